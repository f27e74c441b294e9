//! tsb-circular turns a YAML description of a meeting into TSB circular letters.
pub mod document;
pub mod ics;
pub mod markup;
pub mod times;
pub mod zone;
