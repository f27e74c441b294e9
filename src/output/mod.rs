//! Backends: a [`crate::document::Document`] in, bytes out.
pub mod text;
