//! `styles.xml`: the document defaults (font, size, language of every style), Normal, the
//! letter's styles and the table styles.

use super::props::{margin, rule};
use super::styles::{FONT, Style, all};
use super::units::{half_points, twips};
use super::xml::{Result, W, Xml};
use crate::layout::page::{BODY_SIZE, leading};

/// `styles.xml` for a letter in `lang` whose paragraph text hangs at `indent` points.
pub fn styles(lang: &str, indent: f32) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("w:styles", &[("xmlns:w", W)], |x| {
        defaults(x, lang)?;
        normal(x)?;
        for style in all(indent) {
            write(x, &style)?;
        }
        table_styles(x)
    })?;
    Ok(x.finish())
}

/// Font, size and language of every style.
fn defaults(x: &mut Xml, lang: &str) -> Result {
    x.el("w:docDefaults", &[], |x| {
        x.el("w:rPrDefault", &[], |x| {
            x.el("w:rPr", &[], |x| {
                let font = ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"].map(|key| (key, FONT));
                x.empty("w:rFonts", &font)?;
                x.val("w:sz", &half_points(BODY_SIZE))?;
                x.val("w:szCs", &half_points(BODY_SIZE))?;
                x.val("w:lang", lang)
            })
        })?;
        x.el("w:pPrDefault", &[], |x| {
            x.el("w:pPr", &[], |x| {
                let line = twips(leading(BODY_SIZE));
                x.empty(
                    "w:spacing",
                    &[
                        ("w:before", "0"),
                        ("w:after", "0"),
                        ("w:line", &line),
                        ("w:lineRule", "atLeast"),
                    ],
                )
            })
        })
    })
}

fn normal(x: &mut Xml) -> Result {
    x.el(
        "w:style",
        &[
            ("w:type", "paragraph"),
            ("w:default", "1"),
            ("w:styleId", "Normal"),
        ],
        |x| {
            x.val("w:name", "Normal")?;
            x.empty("w:qFormat", &[])?;
            x.el("w:pPr", &[], |x| x.empty("w:widowControl", &[]))
        },
    )
}

fn write(x: &mut Xml, style: &Style) -> Result {
    x.el(
        "w:style",
        &[
            ("w:type", style.kind),
            ("w:customStyle", custom(style.id)),
            ("w:styleId", style.id),
        ],
        |x| {
            x.val("w:name", style.name)?;
            style
                .based_on
                .map_or(Ok(()), |base| x.val("w:basedOn", base))?;
            if style.kind == "paragraph" {
                x.val("w:next", next(style.id))?;
            }
            x.empty("w:qFormat", &[])?;
            style.para.map_or(Ok(()), |para| para.write(x))?;
            style.run.write(x)
        },
    )
}

/// Word's own styles keep their built-in meaning; the others are marked as the letter's own.
fn custom(id: &str) -> &'static str {
    match id {
        "Salutation" | "Closing" | "Signature" | "Header" | "Hyperlink" => "0",
        _ => "1",
    }
}

/// The style Word gives the paragraph typed after one of this style.
fn next(id: &'static str) -> &'static str {
    match id {
        "Paragraph" | "ParagraphContinued" | "Bullet" | "Salutation" => "Paragraph",
        "Addressee" | "Recipient" => "Addressee",
        "Header" => "Header",
        _ => id,
    }
}

/// Space between the letterhead and its rule.
const LETTERHEAD_RULE: f32 = 3.0;
/// Space above and below a deadline row's text.
const ROW_PADDING: f32 = 3.0;

/// The table styles: no cell padding at the sides, so text lines up with the paragraphs.
fn table_styles(x: &mut Xml) -> Result {
    style(x, "TableNormal", "Normal Table", true, |x| {
        cell_margins(x, 0.0, 0.0)
    })?;
    style(x, "LetterheadTable", "Letterhead table", false, |x| {
        x.el("w:tblBorders", &[], |x| rule(x, "w:bottom", 0.75, 0.0))?;
        cell_margins(x, 0.0, LETTERHEAD_RULE)
    })?;
    style(x, "HeaderTable", "Header table", false, |x| {
        cell_margins(x, 0.0, 1.0)
    })?;
    style(x, "FieldTable", "Field table", false, |x| {
        cell_margins(x, 9.0, 0.0)
    })?;
    style(x, "DeadlinesTable", "Deadlines table", false, |x| {
        x.el("w:tblBorders", &[], |x| {
            ["w:top", "w:bottom", "w:insideH"]
                .iter()
                .try_for_each(|side| rule(x, side, 0.5, 0.0))
        })?;
        cell_margins(x, ROW_PADDING, ROW_PADDING)
    })
}

fn style(
    x: &mut Xml,
    id: &str,
    name: &str,
    default: bool,
    table: impl FnOnce(&mut Xml) -> Result,
) -> Result {
    let mut attrs = vec![("w:type", "table")];
    if default {
        attrs.push(("w:default", "1"));
    }
    attrs.push(("w:styleId", id));
    x.el("w:style", &attrs, |x| {
        x.val("w:name", name)?;
        if !default {
            x.val("w:basedOn", "TableNormal")?;
        }
        x.el("w:tblPr", &[], |x| {
            x.empty("w:tblInd", &[("w:w", "0"), ("w:type", "dxa")])?;
            table(x)
        })
    })
}

fn cell_margins(x: &mut Xml, top: f32, bottom: f32) -> Result {
    x.el("w:tblCellMar", &[], |x| {
        margin(x, "w:top", top)?;
        margin(x, "w:left", 0.0)?;
        margin(x, "w:bottom", bottom)?;
        margin(x, "w:right", 0.0)
    })
}
