//! The fixed-shape blocks of a letter, each laid out as one unit: letterhead, the two-column header
//! table, labelled rows (Copy, Subject) and deadline table rows.
//!
//! Columns follow TSB letters: labels at the margin, values after a label column, the addressees
//! in the right half of the page.

use super::cells::{BODY, DASH, cell, item};
use super::flow::Unit;
use super::page::{
    COLUMN, GUTTER, LABEL, LEFT, LOGO_HEIGHT, LOGO_WIDTH, LayoutError, Page, RIGHT, Rect, Rule,
    plain,
};
use crate::document::{Field, Header, Row, Text};

/// Organisation names in bold, the first larger, over a rule; the logo at their left, the names
/// centred on its height.
pub fn letterhead(lines: &[Text], logo: Option<f32>) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let logo = logo.map(|ratio| {
        let height = LOGO_HEIGHT.min(LOGO_WIDTH / ratio);
        Rect {
            x: LEFT,
            top: 0.0,
            width: ratio * height,
            height,
        }
    });
    let x = logo.map_or(LEFT, |logo| LEFT + logo.width + GUTTER);
    let mut y = 0.0;
    for (index, line) in lines.iter().enumerate() {
        let size = if index == 0 { 12.5 } else { 9.0 };
        let set = BODY.at(x, RIGHT - x).size(size).bold(true);
        y += cell(&mut page, line, set, y)?;
    }
    let logo_height = logo.map_or(0.0, |logo| logo.height);
    page.shift(((logo_height - y) / 2.0).max(0.0));
    page.logo = logo;
    let bottom = y.max(logo_height) + 3.0;
    page.rules.push(Rule {
        x1: LEFT,
        x2: RIGHT,
        y: bottom,
        thickness: 0.75,
    });
    Ok(unit(page, bottom + 1.0, 0.0))
}

/// Labelled fields on the left, the recipient (bold) and the To list on the right. In reading
/// order the addressees come after the first field (the reference), as in the letters.
pub fn header(header: &Header) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let mut left = 0.0;
    let mut right = 0.0;
    for (index, field) in header.fields.iter().enumerate() {
        left += labelled(&mut page, field, COLUMN - GUTTER, left)? + 1.0;
        if index == 0 {
            right = addressees(&mut page, header)?;
        }
    }
    if header.fields.is_empty() {
        right = addressees(&mut page, header)?;
    }
    Ok(unit(page, f32::max(left, right), 14.0))
}

/// The right column of the header; returns its height.
fn addressees(page: &mut Page, header: &Header) -> Result<f32, LayoutError> {
    let column = BODY.at(COLUMN, RIGHT - COLUMN);
    let mut height = 0.0;
    for line in &header.recipient {
        height += cell(page, line, column.bold(true), height)?;
    }
    if !header.recipient.is_empty() && !header.to.is_empty() {
        height += 4.0;
    }
    for line in &header.to {
        height += item(page, DASH, line, column, height)?;
    }
    Ok(height)
}

/// A labelled row over the full width (Copy list, bold Subject).
pub fn field(field: &Field) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let height = labelled(&mut page, field, RIGHT, 0.0)?;
    Ok(unit(page, height, 9.0))
}

/// A deadline row: the date, then the actions as a list, between rules.
pub fn row(row: &Row, indent: f32) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let x = LEFT + indent;
    let key = cell(&mut page, &row.key, BODY.at(x, 100.0).bold(true), 3.0)?;
    let mut items = 3.0;
    for line in &row.items {
        items += item(
            &mut page,
            DASH,
            line,
            BODY.at(x + 110.0, RIGHT - x - 110.0),
            items,
        )?;
    }
    let height = f32::max(key + 3.0, items) + 3.0;
    for y in [0.0, height] {
        page.rules.push(Rule {
            x1: x,
            x2: RIGHT,
            y,
            thickness: 0.5,
        });
    }
    Ok(unit(page, height, 0.0))
}

/// Label at the margin, values from the label column to `right`; returns the height.
fn labelled(page: &mut Page, field: &Field, right: f32, top: f32) -> Result<f32, LayoutError> {
    let label = cell(page, &plain(&field.label), BODY.at(LEFT, LABEL), top)?;
    let values = BODY.at(LEFT + LABEL, right - LEFT - LABEL).bold(field.bold);
    let mut height = 0.0;
    for line in &field.lines {
        height += match field.list {
            true => item(page, DASH, line, values, top + height)?,
            false => cell(page, line, values, top + height)?,
        };
    }
    Ok(f32::max(label, height))
}

fn unit(content: Page, height: f32, space_before: f32) -> Unit {
    Unit {
        content,
        height,
        space_before,
        ..Unit::default()
    }
}
