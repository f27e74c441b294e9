//! Writes a laid-out letter as a tagged PDF/UA-1 and PDF/A-3b file: the backend after `layout`.
//!
//! krilla writes the file: it embeds and subsets the fonts, writes the structure tree, the XMP
//! metadata and the sRGB output intent, and checks both standards itself, refusing a file that
//! would break them. This module only hands it what layout decided: each run as positioned glyphs
//! in its own marked content (`draw.rs`), the structure tree layout recorded (`tags.rs`), and the
//! metadata, outline and the meeting's invitation as an associated file (`meta.rs`). The file
//! identifier is a hash of the content and the dates come from the options, so the same letter
//! always gives the same bytes.

mod draw;
mod error;
mod fonts;
mod logo;
mod meta;
mod options;
mod tags;

use crate::document::Document;
use crate::layout::tagged;
pub use error::PdfError;
use krilla::SerializeSettings;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder};
pub use logo::Logo;
pub use meta::forget_old_subsets;
pub use options::{Attachment, PdfOptions};

/// Reads a logo file (PNG or JPEG), checked to be an image the PDF can show.
pub fn logo(bytes: &[u8]) -> Result<Logo, PdfError> {
    logo::read(bytes)
}

/// Renders `doc` as PDF bytes.
pub fn pdf(doc: &Document, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    let logo = options.logo.as_ref();
    let (pages, nodes) = tagged(doc, logo.map(|logo| logo.ratio))?;
    let mut pdf = krilla::Document::new_with(settings());
    let mut content = Vec::new();
    let mut annotations = Vec::new();
    for page in &pages {
        let (drawn, links) = draw::page(&mut pdf, page, logo);
        content.extend(drawn);
        annotations.extend(links);
    }
    let alt = &options.logo_alt;
    pdf.set_tag_tree(tags::tree(&nodes, &content, &annotations, &doc.lang, alt));
    pdf.set_outline(meta::outline(&pages, &nodes));
    pdf.set_metadata(meta::metadata(doc, options));
    if let Some(invitation) = &options.invitation {
        pdf.embed_file(meta::attachment(invitation, options.created));
    }
    pdf.finish()
        .map_err(|error| PdfError::Writer(format!("{error:?}")))
}

/// PDF 1.7 checked against PDF/A-3b (archiving, with attachments) and PDF/UA-1 (accessibility).
fn settings() -> SerializeSettings {
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A3_B)
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .expect("PDF/A-3b and PDF/UA-1 share PDF 1.7");
    SerializeSettings {
        configuration,
        ..SerializeSettings::default()
    }
}
