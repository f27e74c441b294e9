//! The package's index: the content type of every part and the relationships that tie the
//! parts (and the hyperlinks' targets) to the document.

use super::links::Links;
use super::xml::{R, Result, Xml};

const PACKAGE_RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
const WORD_TYPE: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// `[Content_Types].xml` for the parts named `parts`.
pub fn content_types(parts: &[&str]) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("Types", &[("xmlns", CONTENT_TYPES)], |x| {
        let rels = "application/vnd.openxmlformats-package.relationships+xml";
        x.empty("Default", &[("Extension", "rels"), ("ContentType", rels)])?;
        let xml = [("Extension", "xml"), ("ContentType", "application/xml")];
        x.empty("Default", &xml)?;
        for part in parts {
            if let Some(kind) = content_type(part) {
                let name = format!("/{part}");
                x.empty("Override", &[("PartName", &name), ("ContentType", &kind)])?;
            }
        }
        Ok(())
    })?;
    Ok(x.finish())
}

/// The content type of a part, unless it is a relationships part (which the default covers).
fn content_type(part: &str) -> Option<String> {
    let kind = match part {
        "docProps/core.xml" => {
            return Some("application/vnd.openxmlformats-package.core-properties+xml".into());
        }
        "docProps/app.xml" => {
            return Some(
                "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
            );
        }
        "word/document.xml" => "document.main",
        part if part.ends_with(".rels") => return None,
        part if part.ends_with(".png") => return Some("image/png".into()),
        part if part.ends_with(".jpeg") => return Some("image/jpeg".into()),
        part if part.starts_with("word/header") => "header",
        part if part.starts_with("word/footer") => "footer",
        part => part.strip_prefix("word/")?.strip_suffix(".xml")?,
    };
    Some(format!("{WORD_TYPE}.{kind}+xml"))
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

/// The document's relationships: its parts, the logo's part `logo` if any, page 1's footer
/// with `footer`, the links.
pub fn document_rels(links: &Links, logo: Option<&str>, footer: bool) -> Result<Vec<u8>> {
    let mut rels = vec![
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdFirstHeader", "header", "header1.xml"),
        ("rIdHeader", "header", "header2.xml"),
    ];
    if footer {
        rels.push(("rIdFirstFooter", "footer", "footer1.xml"));
    }
    if let Some(part) = logo.and_then(|part| part.strip_prefix("word/")) {
        rels.push(("rIdLogo", "image", part));
    }
    relationships(&rels, links)
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
