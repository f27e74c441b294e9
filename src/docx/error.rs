//! Why a Word document cannot be made, and the check that finds it before anything is written.

use crate::document::Document;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// A control character (XML cannot carry most of them) in `text`.
    Control { character: char, text: String },
    /// Writing a part failed (it cannot, in memory; kept so that nothing panics).
    Write(String),
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Control { character, text } => write!(
                f,
                "XML cannot hold the control character U+{:04X}, in `{text}`",
                *character as u32
            ),
            DocxError::Write(cause) => write!(f, "cannot write the Word document: {cause}"),
        }
    }
}

impl std::error::Error for DocxError {}

impl From<std::io::Error> for DocxError {
    fn from(error: std::io::Error) -> DocxError {
        DocxError::Write(error.to_string())
    }
}

/// Refuses control characters other than tab and line break (which become `w:tab`, `w:br`).
pub fn check(doc: &Document) -> Result<(), DocxError> {
    let all = [doc.strings(), doc.reference.clone(), doc.title.clone()].concat();
    let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n');
    let Some((at, character)) = all.char_indices().find(|&(_, c)| bad(c)) else {
        return Ok(());
    };
    let start = all[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
    Err(DocxError::Control {
        character,
        text: crate::error::shown(&all[start..]),
    })
}
