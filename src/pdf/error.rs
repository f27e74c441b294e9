//! Why a PDF cannot be made.

use crate::layout::page::LayoutError;
use std::fmt;

/// Why a PDF cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    Layout(LayoutError),
    /// The logo is not a PNG or JPEG image this backend can read.
    Logo(String),
    /// The PDF writer refused the file (a broken conformance rule: a bug of this tool).
    Writer(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Layout(error) => error.fmt(f),
            PdfError::Logo(cause) => write!(f, "cannot use the logo: {cause}"),
            PdfError::Writer(cause) => write!(f, "the PDF writer refused the letter: {cause}"),
        }
    }
}

impl std::error::Error for PdfError {}

impl From<LayoutError> for PdfError {
    fn from(error: LayoutError) -> PdfError {
        PdfError::Layout(error)
    }
}

impl PdfError {
    /// The logo cannot be used, for `cause`.
    pub(super) fn logo(cause: &str) -> PdfError {
        PdfError::Logo(cause.into())
    }
}
