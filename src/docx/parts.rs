//! The small parts around the body: content types, relationships, settings, the bullet list, the
//! page headers and the document properties.

use super::links::Links;
use super::units::twips;
use super::xml::{R, Result, W, Xml};
use crate::document::Document;
use crate::layout::page::{BOTTOM, LEFT, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, TOP};

const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORD_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// The parts of the package after `[Content_Types].xml`, with their content types.
pub const PARTS: [(&str, &str); 9] = [
    ("_rels/.rels", ""),
    (
        "docProps/core.xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
    ),
    (
        "docProps/app.xml",
        "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    ),
    ("word/document.xml", "document.main+xml"),
    ("word/_rels/document.xml.rels", ""),
    ("word/styles.xml", "styles+xml"),
    ("word/settings.xml", "settings+xml"),
    ("word/numbering.xml", "numbering+xml"),
    ("word/header1.xml", "header+xml"),
];

/// The running head's part; the first page has an empty one (`header1.xml`).
pub const HEAD: (&str, &str) = ("word/header2.xml", "header+xml");

pub fn content_types() -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("Types", &[("xmlns", CONTENT_TYPES)], |x| {
        let rels = "application/vnd.openxmlformats-package.relationships+xml";
        x.empty("Default", &[("Extension", "rels"), ("ContentType", rels)])?;
        x.empty(
            "Default",
            &[("Extension", "xml"), ("ContentType", "application/xml")],
        )?;
        for (part, kind) in PARTS.iter().chain([&HEAD]) {
            if kind.is_empty() {
                continue;
            }
            let kind = match kind.starts_with("application/") {
                true => kind.to_string(),
                false => format!("{WORD_TYPE}.{kind}"),
            };
            let name = format!("/{part}");
            x.empty("Override", &[("PartName", &name), ("ContentType", &kind)])?;
        }
        Ok(())
    })?;
    Ok(x.finish())
}

pub fn package_rels() -> Result<Vec<u8>> {
    relationships(
        &[
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", "package/core", "docProps/core.xml"),
            ("rId3", "extended-properties", "docProps/app.xml"),
        ],
        &Links::default(),
    )
}

pub fn document_rels(links: &Links) -> Result<Vec<u8>> {
    relationships(
        &[
            ("rIdStyles", "styles", "styles.xml"),
            ("rIdSettings", "settings", "settings.xml"),
            ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdFirstHeader", "header", "header1.xml"),
            ("rIdHeader", "header", "header2.xml"),
        ],
        links,
    )
}

/// Relationships of a part: `(id, kind, target)`, then the links, external.
fn relationships(rels: &[(&str, &str, &str)], links: &Links) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("Relationships", &[("xmlns", PACKAGE_RELS)], |x| {
        for (id, kind, target) in rels {
            let kind = match *kind {
                "package/core" => {
                    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties".to_string()
                }
                kind => format!("{R}/{kind}"),
            };
            x.empty("Relationship", &[("Id", id), ("Type", &kind), ("Target", target)])?;
        }
        let hyperlink = format!("{R}/hyperlink");
        for (id, target) in links.all() {
            x.empty(
                "Relationship",
                &[("Id", &id), ("Type", &hyperlink), ("Target", target), ("TargetMode", "External")],
            )?;
        }
        Ok(())
    })?;
    Ok(x.finish())
}

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

/// A page header: empty on page 1; "- N -" (a PAGE field) and the reference on the others,
/// at the PDF's place: the first line `HEAD_DROP` below where the header starts, the text
/// `HEAD_GAP` below the reference.
pub fn header(reference: Option<&str>) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    let attrs = [("xmlns:w", W), ("xmlns:r", R)];
    x.el("w:hdr", &attrs, |x| {
        let Some(reference) = reference else {
            return head_line(x, None, |_| Ok(()));
        };
        head_line(x, Some(("w:before", HEAD_DROP)), |x| {
            x.el("w:r", &[], |x| {
                x.text("w:t", &[("xml:space", "preserve")], "- ")
            })?;
            x.el("w:fldSimple", &[("w:instr", " PAGE ")], |x| {
                x.el("w:r", &[], |x| x.text("w:t", &[], "2"))
            })?;
            x.el("w:r", &[], |x| {
                x.text("w:t", &[("xml:space", "preserve")], " -")
            })
        })?;
        head_line(x, Some(("w:after", HEAD_GAP)), |x| {
            x.el("w:r", &[], |x| x.text("w:t", &[], reference))
        })
    })?;
    Ok(x.finish())
}

/// How far above the top margin the page headers start (the first page's empty one fits there).
const HEAD_DROP: f32 = 12.0;
/// Space between the running head and the text.
const HEAD_GAP: f32 = 10.0;

/// A paragraph of the running head, with space before or after it.
fn head_line(
    x: &mut Xml,
    space: Option<(&str, f32)>,
    inner: impl FnOnce(&mut Xml) -> Result,
) -> Result {
    x.el("w:p", &[], |x| {
        x.el("w:pPr", &[], |x| {
            x.val("w:pStyle", "Header")?;
            match space {
                Some((side, points)) => x.empty("w:spacing", &[(side, &twips(points))]),
                None => Ok(()),
            }
        })?;
        inner(x)
    })
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

/// A4, the PDF's margins, the running head from page 2 (page 1 has the empty one). The
/// headers start `HEAD_DROP` above the top margin; Word moves the text down below the head.
pub fn section(x: &mut Xml) -> Result {
    x.el("w:sectPr", &[], |x| {
        x.empty(
            "w:headerReference",
            &[("w:type", "default"), ("r:id", "rIdHeader")],
        )?;
        x.empty(
            "w:headerReference",
            &[("w:type", "first"), ("r:id", "rIdFirstHeader")],
        )?;
        let (width, height) = (twips(PAGE_WIDTH), twips(PAGE_HEIGHT));
        x.empty("w:pgSz", &[("w:w", &width), ("w:h", &height)])?;
        let bottom = twips(PAGE_HEIGHT - BOTTOM);
        let margins = [
            ("w:top", twips(TOP)),
            ("w:right", twips(PAGE_WIDTH - RIGHT)),
            ("w:bottom", bottom.clone()),
            ("w:left", twips(LEFT)),
            ("w:header", twips(TOP - HEAD_DROP)),
            ("w:footer", bottom),
            ("w:gutter", "0".to_string()),
        ];
        let margins: Vec<_> = margins.iter().map(|(k, v)| (*k, v.as_str())).collect();
        x.empty("w:pgMar", &margins)?;
        x.empty("w:titlePg", &[])
    })
}
