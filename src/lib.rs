//! tsb-circular turns a YAML description of a meeting into the letters the ITU
//! Telecommunication Standardization Bureau sends to announce it.
//!
//! Data flows one way, through the stages of [`pipeline`]:
//!
//! ```text
//! meeting.yaml -read-> Source -load-> Circular -letter(lang, zone, recipient)-> Letter
//!     -markup (templates)-> String -document-> Document -text-> .txt
//!                                                       -layout-> Pages -pdf-> .pdf
//!                                                       -docx-> .docx
//! batch: for each recipient, the line above from a view made once; plus a manifest
//! ```
//!
//! Modules, by stage:
//! - read and load: `source` (files, places), `load` (YAML limits, schema errors, worded by
//!   `yaml_words`; `controls` refuses control characters), the model in `meeting` and `values`
//!   (scalars that check themselves), `addressees` (the ITU groups), `actions` (deadlines);
//! - letter: `letter` (the localized view templates see), with `locale` (house style per
//!   language), `zone` and `times` (time zones, sittings, local times);
//! - markup and document: `render` + `helpers` (Handlebars, with `template_limits`), `markup`,
//!   `document`;
//! - output: `text`, `layout` (pages of positioned lines and a structure tree, no PDF types),
//!   `pdf` (krilla), `docx` (Word);
//! - around the letter: `check` and `consistency` (what `check` reports), `ics`, `batch` with
//!   `recipients`, `names`, `manifest`, and `write` and `files` (atomic, all-or-nothing files);
//! - the command line: `cli` (clap, typed values), `commands` (one file per command), called
//!   by `main` through [`run`].
//!
//! Dependencies point one way: commands -> pipeline -> stages -> model; nothing below the
//! commands imports a command or `cli` (a test checks the crate's files form no cycle).

mod actions;
mod addressees;
mod batch;
pub mod check;
mod cli;
mod closest;
mod commands;
mod consistency;
mod controls;
pub mod document;
mod docx;
mod error;
mod files;
mod helpers;
pub mod ics;
pub mod layout;
mod letter;
mod load;
pub mod locale;
mod manifest;
pub mod markup;
mod meeting;
pub mod names;
pub mod pdf;
pub mod pipeline;
pub mod recipients;
pub mod render;
mod schema;
pub mod source;
mod starter;
mod template_limits;
mod text;
pub mod times;
pub mod values;
mod write;
mod yaml_words;
pub mod zone;

pub use commands::run;
pub use error::Error;
