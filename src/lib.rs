//! tsb-circular turns a YAML description of a meeting into TSB circular letters.
pub mod document;
pub mod markup;
pub mod output;
pub mod zone;
