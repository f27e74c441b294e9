//! The geometry layout produces: pages of positioned runs of text, link rectangles and rules,
//! in points from the page's top-left corner, and the page's fixed measures.
//!
//! This stage is pure and knows nothing of PDF: it turns the document tree into geometry, measured
//! with the real glyph advances of the embedded fonts, so it can be unit-tested line by line. The
//! PDF backend then only writes what it is given. Coordinates are points from the page's top-left
//! corner; `baseline` and `top` grow downwards.

use super::fonts::Face;
use crate::document::{Span, Style, Text};
use std::fmt;

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margins (20 mm), as in TSB letters.
pub const LEFT: f32 = 56.7;
pub const RIGHT: f32 = PAGE_WIDTH - 56.7;
pub const TOP: f32 = 48.0;
pub const BOTTOM: f32 = PAGE_HEIGHT - 56.7;
pub const BODY_SIZE: f32 = 10.0;
/// Indent of paragraph text after its number.
pub const INDENT: f32 = 22.0;
/// Indent of list item text after its marker.
pub const HANG: f32 = 11.0;
/// Width of the label column of the header ("Réf.:", "Copie:").
pub const LABEL: f32 = 76.0;
/// Left edge of the header's addressee column.
pub const COLUMN: f32 = LEFT + 252.0;
/// Space kept between the header's columns (and right of the logo).
pub const GUTTER: f32 = 12.0;
/// The letterhead logo's height, unless that makes it wider than `LOGO_WIDTH`.
pub const LOGO_HEIGHT: f32 = 40.0;
pub const LOGO_WIDTH: f32 = 120.0;
/// Width of the deadlines table's date column, and of the date's text in it.
pub const DATE_COLUMN: f32 = 110.0;
pub const DATE_TEXT: f32 = 100.0;

/// Distance between baselines for a font size.
pub fn leading(size: f32) -> f32 {
    size * 1.3
}

/// Width and height in points of a logo of this width-to-height `ratio`: `LOGO_HEIGHT` high
/// unless that is wider than `LOGO_WIDTH`.
pub fn logo_size(ratio: f32) -> (f32, f32) {
    let height = LOGO_HEIGHT.min(LOGO_WIDTH / ratio);
    (ratio * height, height)
}

/// One page of the letter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub runs: Vec<Run>,
    pub links: Vec<Link>,
    pub rules: Vec<Rule>,
    /// Where the logo goes, when the letter has one (page 1 only).
    pub logo: Option<Rect>,
    pub logo_mark: Mark,
}

/// Text in one face on one line, starting at `x` on `baseline`.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f32,
    pub baseline: f32,
    pub face: Face,
    pub size: f32,
    pub text: String,
    /// Width as drawn, justification included.
    pub width: f32,
    /// Extra width added to every space of the run (justification), in points.
    pub space_extra: f32,
    /// The address when the run is the text of a link.
    pub link: Option<String>,
    pub mark: Mark,
}

/// Where a piece of a page belongs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mark {
    /// Not marked by layout (read as part of the document).
    #[default]
    Unmarked,
    /// Content of a node of the structure tree (`structure.rs`).
    Node(usize),
    /// The running head of pages after the first.
    Header,
    /// The page footer.
    Footer,
}

/// A clickable area and the address it opens (`https://...`, `mailto:...`).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub rect: Rect,
    pub target: String,
    pub mark: Mark,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub top: f32,
    pub width: f32,
    pub height: f32,
}

/// A horizontal line (under the letterhead).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub x1: f32,
    pub x2: f32,
    pub y: f32,
    pub thickness: f32,
}

/// Why a document cannot be laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LayoutError {
    /// The fonts have no glyph for `character`, which appears in `text`.
    MissingGlyph { character: char, text: String },
}

impl LayoutError {
    pub(crate) fn missing_glyph(character: char, text: &Text) -> LayoutError {
        let text = text.plain();
        let text = match text.char_indices().nth(80) {
            Some((end, _)) => format!("{}...", &text[..end]),
            None => text,
        };
        LayoutError::MissingGlyph { character, text }
    }
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LayoutError::MissingGlyph { character, text } => write!(
                f,
                "the PDF fonts cannot show U+{:04X} `{character}` in `{text}`",
                *character as u32
            ),
        }
    }
}

impl std::error::Error for LayoutError {}

impl Page {
    /// Moves everything `dy` points down.
    pub(crate) fn shift(&mut self, dy: f32) {
        self.runs.iter_mut().for_each(|run| run.baseline += dy);
        self.links.iter_mut().for_each(|link| link.rect.top += dy);
        self.rules.iter_mut().for_each(|rule| rule.y += dy);
        if let Some(logo) = &mut self.logo {
            logo.top += dy;
        }
    }

    /// Takes over everything of `other`.
    pub(crate) fn append(&mut self, mut other: Page) {
        self.runs.append(&mut other.runs);
        self.links.append(&mut other.links);
        self.rules.append(&mut other.rules);
        if other.logo.is_some() {
            (self.logo, self.logo_mark) = (other.logo, other.logo_mark);
        }
    }
}

/// Plain text in the regular face.
pub(crate) fn plain(text: &str) -> Text {
    Text(vec![Span {
        text: text.to_string(),
        style: Style::Regular,
        link: None,
    }])
}
