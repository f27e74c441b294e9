//! One named style for each kind of block, so that a drafter restyles the letter by style (all
//! paragraphs, all bullets) rather than by hand. Sizes and spacing are the PDF layout's
//! (`layout/blocks.rs`, `layout/header.rs`).

use super::props::{Para, Run};
use crate::layout::page::{HANG, leading};

/// The font named in the file: Word has Arial, LibreOffice shows it with Liberation Sans, whose
/// glyph widths are Arial's, so lines break as in the PDF.
pub const FONT: &str = "Arial";

const LINK_COLOR: &str = "0000FF";

/// One style: `w:type`, id, the name Word shows, the style it is based on, its properties.
pub struct Style {
    pub kind: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub based_on: Option<&'static str>,
    pub para: Option<Para>,
    pub run: Run,
}

/// The letter's paragraph and character styles; paragraph text hangs at `indent` points.
pub fn all(indent: f32) -> impl Iterator<Item = Style> {
    letterhead()
        .into_iter()
        .chain(header())
        .chain(body(indent))
        .chain(end())
        .chain([running_head(), footer()])
        .chain(characters())
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

/// The letterhead: organisation (12.5 pt) and bureau (9 pt), bold (the rule under them is the
/// letterhead table's).
fn letterhead() -> [Style; 2] {
    let (first, first_run) = sized(12.5, true);
    let (second, second_run) = sized(9.0, true);
    let ruled = |para: Para| Para {
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

/// The ITU address under page 1: 7.5 pt, centred, as in the PDF.
fn footer() -> Style {
    let para = Para {
        align: Some("center"),
        line: Some(leading(7.5)),
        ..Para::default()
    };
    let run = Run {
        size: Some(7.5),
        ..Run::default()
    };
    self::para("Footer", "footer", para, run)
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
