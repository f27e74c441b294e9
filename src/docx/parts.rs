//! The small parts around the body: settings, the bullet list, the document's properties.

use super::units::twips;
use super::xml::{Result, W, Xml};
use crate::document::Document;

/// Word 2013+ behaviour, no compression of punctuation, the language for theme fonts.
pub fn settings(lang: &str) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("w:settings", &[("xmlns:w", W)], |x| {
        x.val("w:defaultTabStop", &twips(36.0))?;
        x.val("w:characterSpacingControl", "doNotCompress")?;
        x.el("w:compat", &[], |x| {
            x.empty(
                "w:compatSetting",
                &[
                    ("w:name", "compatibilityMode"),
                    ("w:uri", "http://schemas.microsoft.com/office/word"),
                    ("w:val", "15"),
                ],
            )
        })?;
        x.val("w:themeFontLang", lang)
    })?;
    Ok(x.finish())
}

/// The bullet list: "•" at the style's hanging indent, then a tab.
pub fn numbering() -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("w:numbering", &[("xmlns:w", W)], |x| {
        x.el("w:abstractNum", &[("w:abstractNumId", "0")], |x| {
            x.val("w:multiLevelType", "singleLevel")?;
            x.el("w:lvl", &[("w:ilvl", "0")], |x| {
                x.val("w:start", "1")?;
                x.val("w:numFmt", "bullet")?;
                x.val("w:pStyle", "Bullet")?;
                x.val("w:lvlText", "\u{2022}")?;
                x.val("w:lvlJc", "left")
            })
        })?;
        x.el("w:num", &[("w:numId", "1")], |x| {
            x.val("w:abstractNumId", "0")
        })
    })?;
    Ok(x.finish())
}

/// Title (the subject), subject (the reference), author, language, dates.
pub fn core(doc: &Document, lang: &str, author: &str, created: &str) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    let attrs = [
        (
            "xmlns:cp",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        ),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:dcterms", "http://purl.org/dc/terms/"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ];
    x.el("cp:coreProperties", &attrs, |x| {
        x.text("dc:title", &[], &doc.title)?;
        x.text("dc:subject", &[], &doc.reference)?;
        x.text("dc:creator", &[], author)?;
        x.text("cp:lastModifiedBy", &[], author)?;
        x.text("dc:language", &[], lang)?;
        let date = [("xsi:type", "dcterms:W3CDTF")];
        x.text("dcterms:created", &date, created)?;
        x.text("dcterms:modified", &date, created)
    })?;
    Ok(x.finish())
}

pub fn app() -> Result<Vec<u8>> {
    let mut x = Xml::new();
    let ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
    x.el("Properties", &[("xmlns", ns)], |x| {
        x.text(
            "Application",
            &[],
            concat!("tsb-circular ", env!("CARGO_PKG_VERSION")),
        )
    })?;
    Ok(x.finish())
}
