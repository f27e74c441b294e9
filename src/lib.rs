//! tsb-circular turns a YAML description of a meeting into TSB circular letters.
pub mod addressees;
pub mod cli;
pub mod commands;
pub mod document;
pub mod error;
pub mod helpers;
pub mod letter;
pub mod load;
pub mod locale;
pub mod markup;
pub mod meeting;
pub mod output;
pub mod render;
pub mod source;
pub mod values;
pub mod write;
pub mod zone;
