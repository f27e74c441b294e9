//! Writes the letter as a Word document (WordprocessingML in a zip), from the same document tree
//! as the text and the PDF, so that TSB's drafters can finish it in Word as they do today.
//!
//! The look is the PDF's (A4, its margins, fonts, sizes and spacing), but carried by named
//! styles rather than by positions: Word breaks the lines and the pages itself, and a drafter
//! restyles all paragraphs at once. The parts are written with quick-xml (every text escaped)
//! and zipped with rawzip and flate2. Nothing depends on the clock, a counter or a hash map's
//! order: the same letter gives the same bytes.

mod body;
#[cfg(test)]
mod docx_tests;
mod error;
mod links;
mod package;
mod page;
mod parts;
mod picture;
mod props;
mod rels;
mod runs;
mod sheet;
mod styles;
mod tables;
mod units;
mod xml;

pub use error::DocxError;
pub use picture::Picture;

use crate::document::Document;

/// What the document says about itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocxOptions {
    /// Creation date, in seconds since 1970-01-01 UTC (`SOURCE_DATE_EPOCH` or the letter's date).
    pub created: i64,
    /// The author in the document's properties (the signatory).
    pub author: String,
    /// The letterhead logo.
    pub logo: Option<Picture>,
}

/// Renders `doc` as the bytes of a `.docx` file.
pub fn docx(doc: &Document, options: &DocxOptions) -> Result<Vec<u8>, DocxError> {
    error::check(doc)?;
    let lang = language(&doc.lang);
    let indent = body::indent(doc);
    let logo = options.logo.as_ref();
    let (document, links) = body::document(doc, logo)?;
    let created = chrono::DateTime::from_timestamp(options.created, 0).unwrap_or_default();
    let created = created.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let footer = body::footer(doc);
    let mut parts = vec![
        ("_rels/.rels", rels::package_rels()?),
        (
            "docProps/core.xml",
            parts::core(doc, lang, &options.author, &created)?,
        ),
        ("docProps/app.xml", parts::app()?),
        ("word/document.xml", document),
        (
            "word/_rels/document.xml.rels",
            rels::document_rels(&links, logo.map(Picture::part), footer.is_some())?,
        ),
        ("word/styles.xml", sheet::styles(lang, indent)?),
        ("word/settings.xml", parts::settings(lang)?),
        ("word/numbering.xml", parts::numbering()?),
        ("word/header1.xml", page::header(None)?),
        ("word/header2.xml", page::header(Some(&doc.reference))?),
    ];
    if let Some(lines) = &footer {
        parts.push(("word/footer1.xml", page::footer(lines)?));
    }
    let logo = logo.map(|logo| (logo.part(), &*logo.bytes));
    let names = parts
        .iter()
        .map(|(name, _)| *name)
        .chain(logo.map(|(name, _)| name));
    let names: Vec<&str> = names.collect();
    // Readers look for the index first.
    let index = rels::content_types(&names)?;
    let made = parts.iter().map(|(name, bytes)| (*name, bytes.as_slice()));
    let all: Vec<(&str, &[u8])> = [("[Content_Types].xml", index.as_slice())]
        .into_iter()
        .chain(made)
        .chain(logo)
        .collect();
    Ok(package::zip(&all, options.created)?)
}

/// The language tag of ITU's documents: Swiss French (the Union sits in Geneva), British English.
fn language(lang: &str) -> &str {
    match lang {
        "fr" => "fr-CH",
        "en" => "en-GB",
        other => other,
    }
}
