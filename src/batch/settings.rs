//! What a batch is asked to do, in typed values (the command line's flags, parsed).

use std::path::PathBuf;

use crate::locale::Lang;
use crate::pipeline::Format;
use crate::values::Zone;

/// What a batch is asked to do.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The recipients file, CSV or YAML.
    pub recipients: PathBuf,
    /// The folder for the letters and the manifest.
    pub out: PathBuf,
    /// One file per format for each recipient.
    pub formats: Vec<Format>,
    /// Threads rendering letters (None: one per core).
    pub jobs: Option<usize>,
    /// Replace files of the batch that exist.
    pub force: bool,
    /// No progress bar and no summary line.
    pub quiet: bool,
    /// Plain-text wrapping.
    pub width: usize,
    /// The date in PDFs (None: the letter's date).
    pub stamp: Option<chrono::DateTime<chrono::Utc>>,
    /// Templates overriding the built-in ones.
    pub templates: Option<PathBuf>,
    /// What a row without a language or zone gets.
    pub lang: Option<Lang>,
    pub zone: Option<Zone>,
}
