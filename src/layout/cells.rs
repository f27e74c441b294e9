//! Sets text into a rectangle of a fragment: the building block of header cells, list items and
//! table rows, which are laid out as one piece each.

use super::breaking::{Line, wrap};
use super::page::{BODY_SIZE, HANG, LEFT, LayoutError, Page, RIGHT, plain};
use super::placing::{Align, place};
use super::structure::Tree;
use crate::document::Text;

/// Where and how text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Set {
    pub x: f32,
    pub width: f32,
    pub size: f32,
    pub bold: bool,
    pub align: Align,
}

/// Body text over the full measure.
pub const BODY: Set = Set {
    x: LEFT,
    width: RIGHT - LEFT,
    size: BODY_SIZE,
    bold: false,
    align: Align::Left,
};

/// Marker of list items ("–") and of bullets ("•").
pub const DASH: &str = "\u{2013}";
pub const BULLET: &str = "\u{2022}";

impl Set {
    pub fn at(self, x: f32, width: f32) -> Set {
        Set { x, width, ..self }
    }

    pub fn bold(self, bold: bool) -> Set {
        Set { bold, ..self }
    }

    pub fn align(self, align: Align) -> Set {
        Set { align, ..self }
    }

    pub fn size(self, size: f32) -> Set {
        Set { size, ..self }
    }

    /// Distance between baselines.
    pub fn leading(self) -> f32 {
        super::page::leading(self.size)
    }

    pub fn wrap(self, text: &Text) -> Result<Vec<Line>, LayoutError> {
        wrap(text, self.size, self.bold, self.width)
    }

    /// Places one wrapped line whose top is `top`.
    pub fn place(self, page: &mut Page, line: &Line, top: f32) {
        place(page, line, self.x, top + self.size, self.width, self.align);
    }
}

/// Sets `text` into `page` from `top` down; returns the height used.
pub fn cell(page: &mut Page, text: &Text, set: Set, top: f32) -> Result<f32, LayoutError> {
    let lines = set.wrap(text)?;
    for (row, line) in lines.iter().enumerate() {
        set.place(page, line, top + row as f32 * set.leading());
    }
    Ok(lines.len() as f32 * set.leading())
}

/// An item of `list`: `marker` at the left of `set`, the text hanging after it.
pub fn item(
    page: &mut Page,
    (marker, text): (&str, &Text),
    set: Set,
    top: f32,
    (tree, list): (&mut Tree, usize),
) -> Result<f32, LayoutError> {
    let (label, body) = tree.item(list);
    let marker_set = set.bold(false).align(Align::Left);
    cell(page, &plain(marker), marker_set, top)?;
    tree.mark(page, label);
    let height = cell(page, text, set.at(set.x + HANG, set.width - HANG), top)?;
    tree.mark(page, body);
    Ok(height)
}
