//! The fixed-shape blocks of a letter, each laid out as one unit: letterhead, the two-column header
//! table, labelled rows (Copy, Subject) and deadline table rows.
//!
//! Columns follow TSB letters: labels at the margin, values after a label column, the addressees
//! in the right half of the page.

use super::cells::Set;
use super::cells::{BODY, DASH, cell, item};
use super::flow::Unit;
use super::page::{
    BOTTOM, COLUMN, DATE_COLUMN, DATE_TEXT, GUTTER, LABEL, LEFT, LayoutError, Mark, Page, RIGHT,
    Rect, Rule, logo_size, plain,
};
use super::structure::{Role, Tree};
use crate::document::{Field, Header, Row, Text};

/// Organisation names in bold, the first larger, over a rule; the logo at their left, the names
/// centred on its height.
pub fn letterhead(lines: &[Text], logo: Option<f32>, tree: &mut Tree) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let logo = logo.map(|ratio| {
        let (width, height) = logo_size(ratio);
        Rect {
            x: LEFT,
            top: 0.0,
            width,
            height,
        }
    });
    let x = logo.map_or(LEFT, |logo| LEFT + logo.width + GUTTER);
    let mut y = 0.0;
    for (index, line) in lines.iter().enumerate() {
        let size = if index == 0 { 12.5 } else { 9.0 };
        let set = BODY.at(x, RIGHT - x).size(size).bold(true);
        y += cell(&mut page, line, set, y)?;
        let node = tree.paragraph();
        tree.mark(&mut page, node);
    }
    let logo_height = logo.map_or(0.0, |logo| logo.height);
    page.shift(((logo_height - y) / 2.0).max(0.0));
    page.logo = logo;
    if logo.is_some() {
        let figure = tree.add(Role::Figure, None);
        tree.mark(&mut page, figure);
    }
    let bottom = y.max(logo_height) + 3.0;
    page.rules.push(Rule {
        x1: LEFT,
        x2: RIGHT,
        y: bottom,
        thickness: 0.75,
    });
    Ok(unit(page, bottom + 1.0, 0.0))
}

/// Small centred lines in the bottom margin of page 1, page furniture (an artifact).
pub fn footer(lines: &[Text]) -> Result<Page, LayoutError> {
    let mut page = Page::default();
    let set = BODY.size(7.5).align(super::placing::Align::Center);
    let mut y = BOTTOM + 16.0;
    for line in lines {
        y += cell(&mut page, line, set, y)?;
    }
    page.runs.iter_mut().for_each(|run| run.mark = Mark::Footer);
    page.links.clear();
    Ok(page)
}

/// Labelled fields on the left, the recipient (bold) and the To list on the right. In reading
/// order the addressees come after the first field (the reference), as in the letters.
/// In the structure, a list of labelled items, the addressees one of them.
pub fn header(header: &Header, tree: &mut Tree) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let mut left = 0.0;
    let mut right = 0.0;
    let list = tree.paragraph_like(Role::List { numbered: false });
    for (index, field) in header.fields.iter().enumerate() {
        left += labelled(&mut page, field, COLUMN - GUTTER, left, (tree, list))? + 1.0;
        if index == 0 {
            right = addressees(&mut page, header, (tree, list))?;
        }
    }
    if header.fields.is_empty() {
        right = addressees(&mut page, header, (tree, list))?;
    }
    Ok(unit(page, f32::max(left, right), 14.0))
}

/// The right column of the header; returns its height.
fn addressees(
    page: &mut Page,
    header: &Header,
    (tree, list): (&mut Tree, usize),
) -> Result<f32, LayoutError> {
    let column = BODY.at(COLUMN, RIGHT - COLUMN);
    let (_, body) = tree.item(list);
    let mut height = 0.0;
    for line in &header.recipient {
        height += cell(page, line, column.bold(true), height)?;
        let node = tree.add(Role::Paragraph, Some(body));
        tree.mark(page, node);
    }
    if !header.recipient.is_empty() && !header.to.is_empty() {
        height += 4.0;
    }
    let to = tree.add(Role::List { numbered: false }, Some(body));
    for line in &header.to {
        height += item(page, (DASH, line), column, height, (tree, to))?;
    }
    Ok(height)
}

/// A labelled row over the full width (Copy list, bold Subject). The subject is the letter's
/// heading.
pub fn field(field: &Field, tree: &mut Tree) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let node = match field.bold {
        true => {
            let title = field.lines.iter().map(Text::plain).collect::<Vec<_>>();
            let title = title.join(" ");
            tree.paragraph_like(Role::Heading { level: 1, title })
        }
        false => tree.paragraph_like(Role::List { numbered: false }),
    };
    let height = labelled(&mut page, field, RIGHT, 0.0, (tree, node))?;
    Ok(unit(page, height, 9.0))
}

/// A deadline row: the date, then the actions as a list, between rules. A row of `table`.
pub fn row(row: &Row, indent: f32, tree: &mut Tree, table: usize) -> Result<Unit, LayoutError> {
    let mut page = Page::default();
    let x = LEFT + indent;
    let tr = tree.add(Role::Row, Some(table));
    let key = cell(&mut page, &row.key, BODY.at(x, DATE_TEXT).bold(true), 3.0)?;
    let th = tree.add(Role::HeaderCell, Some(tr));
    tree.mark(&mut page, th);
    let td = tree.add(Role::Cell, Some(tr));
    let list = tree.add(Role::List { numbered: false }, Some(td));
    let mut items = 3.0;
    let set = BODY.at(x + DATE_COLUMN, RIGHT - x - DATE_COLUMN);
    for line in &row.items {
        items += item(&mut page, (DASH, line), set, items, (&mut *tree, list))?;
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

/// Label at the margin, values from the label column to `right`; returns the height. In the
/// structure an item of `node`'s list (label, then the values), or all of `node` (a heading).
fn labelled(
    page: &mut Page,
    field: &Field,
    right: f32,
    top: f32,
    (tree, node): (&mut Tree, usize),
) -> Result<f32, LayoutError> {
    let heading = matches!(tree.nodes[node].role, Role::Heading { .. });
    let (label_node, body) = match heading {
        true => (node, node),
        false => tree.item(node),
    };
    let label = cell(page, &plain(&field.label), BODY.at(LEFT, LABEL), top)?;
    tree.mark(page, label_node);
    let values: Set = BODY.at(LEFT + LABEL, right - LEFT - LABEL).bold(field.bold);
    let list = field
        .list
        .then(|| tree.add(Role::List { numbered: false }, Some(body)));
    let mut height = 0.0;
    for line in &field.lines {
        height += match list {
            Some(list) => item(page, (DASH, line), values, top + height, (&mut *tree, list))?,
            None => cell(page, line, values, top + height)?,
        };
        tree.mark(page, body);
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
