//! Backends: a [`crate::document::Document`] in, bytes out.
mod blocks;
mod breaking;
mod cells;
mod flow;
pub mod fonts;
mod header;
pub mod layout;
#[cfg(test)]
mod layout_tests;
mod logo;
mod memo;
pub mod pdf;
mod placing;
mod png;
mod reproducible;
mod slim;
mod subset;
pub mod text;
