//! What the PDF backend is told besides the document: dates, author, logo, invitation.

use super::logo::Logo;

/// What the PDF says about itself, and what layout does not decide.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfOptions {
    /// Creation date, in seconds since 1970-01-01 UTC (`SOURCE_DATE_EPOCH` or the letter's date).
    pub created: i64,
    /// The author in the metadata (the signatory).
    pub author: String,
    /// The letterhead logo and what it shows, for screen readers.
    pub logo: Option<Logo>,
    pub logo_alt: String,
    /// The meeting's invitation, embedded for calendar programs.
    pub invitation: Option<Attachment>,
}

/// A file carried inside the PDF.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attachment {
    /// Its file name (`tsb92.ics`).
    pub name: String,
    /// What it is, in the letter's language.
    pub description: String,
    pub text: String,
}
