//! `styles.xml`: one named style for each kind of block, so that a drafter restyles the letter by
//! style (all paragraphs, all bullets) rather than by hand. Measures follow the PDF layout.

use super::props::{Para, Run};
use super::units::{leading, twips};
use super::xml::{Result, W, Xml};
use crate::layout::page::{BODY_SIZE, HANG};

/// The font named in the file: Word has Arial, LibreOffice shows it with Liberation Sans, whose
/// glyph widths are Arial's, so lines break as in the PDF.
pub const FONT: &str = "Arial";

const LINK_COLOR: &str = "0000FF";

/// One style: `w:type`, id, the name Word shows, the style it is based on, its properties.
struct Style {
    kind: &'static str,
    id: &'static str,
    name: &'static str,
    based_on: Option<&'static str>,
    para: Option<Para>,
    run: Run,
}

/// A paragraph style based on Normal.
fn para(id: &'static str, name: &'static str, para: Para, run: Run) -> Style {
    Style {
        kind: "paragraph",
        id,
        name,
        based_on: Some("Normal"),
        para: Some(para),
        run,
    }
}

fn bold() -> Run {
    Run {
        bold: true,
        ..Run::default()
    }
}

/// A font size with the PDF's line pitch for it.
fn sized(size: f32, bold: bool) -> (Para, Run) {
    let para = Para {
        line: Some(leading(size)),
        ..Para::default()
    };
    let run = Run {
        size: Some(size),
        bold,
        ..Run::default()
    };
    (para, run)
}

fn spaced(before: f32) -> Para {
    Para {
        before: Some(before),
        ..Para::default()
    }
}

/// The letterhead: organisation (12.5 pt) and bureau (9 pt), bold, over a rule.
fn letterhead() -> [Style; 2] {
    let (first, first_run) = sized(12.5, true);
    let (second, second_run) = sized(9.0, true);
    let ruled = |para: Para| Para {
        rule_below: Some(3.0),
        keep_next: true,
        ..para
    };
    [
        para("Letterhead", "Letterhead", ruled(first), first_run),
        para(
            "LetterheadBureau",
            "Letterhead bureau",
            ruled(second),
            second_run,
        ),
    ]
}

/// The page-1 header, Copy and Subject: labels, values, the addressee lists.
fn header() -> [Style; 6] {
    let date = Para {
        after: Some(14.0),
        align: Some("right"),
        ..spaced(12.0)
    };
    let list = Para {
        indent: Some((HANG, HANG)),
        tab: Some(HANG),
        ..Para::default()
    };
    [
        para("PlaceDate", "Place and date", date, Run::default()),
        para(
            "HeaderLabel",
            "Header label",
            Para::default(),
            Run::default(),
        ),
        para(
            "HeaderValue",
            "Header value",
            Para::default(),
            Run::default(),
        ),
        para("Recipient", "Recipient", Para::default(), bold()),
        para("Addressee", "Addressee", list, Run::default()),
        para("Subject", "Subject", Para::default(), bold()),
    ]
}

/// Salutation, numbered paragraphs (number, tab, text hanging at `indent`) and their bullets.
fn body(indent: f32) -> [Style; 4] {
    let salutation = Para {
        keep_next: true,
        ..spaced(20.0)
    };
    let paragraph = Para {
        indent: Some((indent, indent)),
        tab: (indent > 0.0).then_some(indent),
        align: Some("both"),
        ..spaced(7.0)
    };
    let continued = Para {
        indent: Some((indent, 0.0)),
        ..paragraph
    };
    let bullet = Para {
        bulleted: true,
        indent: Some((indent + 3.0 + HANG, HANG)),
        align: Some("left"),
        ..spaced(3.0)
    };
    [
        para("Salutation", "Salutation", salutation, Run::default()),
        para("Paragraph", "Paragraph", paragraph, Run::default()),
        para(
            "ParagraphContinued",
            "Paragraph continued",
            continued,
            Run::default(),
        ),
        para("Bullet", "Bullet", bullet, Run::default()),
    ]
}

/// Deadline rows, closing, signature, annexes.
fn end() -> [Style; 7] {
    let (heading, heading_run) = sized(11.0, true);
    let heading = Para {
        keep_next: true,
        align: Some("center"),
        ..Para {
            before: Some(14.0),
            ..heading
        }
    };
    let annex = Para {
        page_break_before: true,
        ..heading
    };
    let signature = Para {
        keep_next: true,
        contextual: true,
        ..spaced(28.0)
    };
    let action = Para {
        indent: Some((HANG, HANG)),
        tab: Some(HANG),
        ..Para::default()
    };
    [
        para("DeadlineDate", "Deadline date", Para::default(), bold()),
        para("DeadlineAction", "Deadline action", action, Run::default()),
        para("AnnexTitle", "Annex title", heading, heading_run),
        para("Annex", "Annex", annex, heading_run),
        para(
            "Closing",
            "Closing",
            Para {
                keep_next: true,
                ..spaced(12.0)
            },
            Run::default(),
        ),
        para("Signature", "Signature", signature, Run::default()),
        para("AnnexCount", "Annexes", spaced(18.0), Run::default()),
    ]
}

/// The running head of pages 2 on: 9 pt, centred, two lines of 12 pt, then the body 10 pt lower
/// (the PDF's 34 pt head).
fn running_head() -> Style {
    let para = Para {
        align: Some("center"),
        line: Some(12.0),
        ..Para::default()
    };
    let run = Run {
        size: Some(9.0),
        ..Run::default()
    };
    self::para("Header", "header", para, run)
}

fn characters() -> [Style; 2] {
    let character = |id, name, run| Style {
        kind: "character",
        id,
        name,
        based_on: None,
        para: None,
        run,
    };
    let link = Run {
        color: Some(LINK_COLOR),
        underline: true,
        ..Run::default()
    };
    [
        character("Hyperlink", "Hyperlink", link),
        character("ParagraphNumber", "Paragraph number", Run::default()),
    ]
}

/// `styles.xml` for a letter in `lang` whose paragraph text hangs at `indent` points.
pub fn styles(lang: &str, indent: f32) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    x.el("w:styles", &[("xmlns:w", W)], |x| {
        defaults(x, lang)?;
        normal(x)?;
        let styles = letterhead()
            .into_iter()
            .chain(header())
            .chain(body(indent))
            .chain(end())
            .chain([running_head()])
            .chain(characters());
        for style in styles {
            write(x, &style)?;
        }
        super::tables::styles(x)
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
                x.val("w:sz", &(BODY_SIZE * 2.0).to_string())?;
                x.val("w:szCs", &(BODY_SIZE * 2.0).to_string())?;
                x.empty(
                    "w:lang",
                    &[("w:val", lang), ("w:eastAsia", lang), ("w:bidi", lang)],
                )
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
