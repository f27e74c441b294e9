//! Cuts the document's blocks into units for the page flow, in reading order.
//!
//! Running text (paragraphs, bullets, closing) becomes one unit per line, so that a page may break
//! between lines; the last line of a paragraph keeps the line before it (no widow). Paragraph
//! numbers sit in the margin and the text hangs after them; body paragraphs are justified
//! (unless the template says `::align ragged`), lists
//! ragged.

use super::cells::{BODY, BULLET, Set, cell};
use super::flow::Unit;
use super::header;
use super::page::{HANG, INDENT, LEFT, LayoutError, Page, RIGHT, plain};
use super::placing::Align;
use super::structure::{Role, Tree};
use crate::document::{Block, Document, Text};

struct Builder {
    units: Vec<Unit>,
    /// The next unit keeps with the last one (after a salutation or a heading).
    keep_next: bool,
    /// Indent of paragraph text: none in letters without numbered paragraphs.
    indent: f32,
    tree: Tree,
    /// The foot of page 1.
    footer: Page,
}

/// The units of `doc`, in reading order, the structure tree their content is marked with, and
/// the foot of page 1.
pub fn units(doc: &Document, logo: Option<f32>) -> Result<(Vec<Unit>, Tree, Page), LayoutError> {
    let mut builder = Builder {
        units: Vec::new(),
        keep_next: false,
        indent: if doc.numbered() { INDENT } else { 0.0 },
        tree: Tree::default(),
        footer: Page::default(),
    };
    BODY.wrap(&plain(&doc.reference))?;
    for block in &doc.blocks {
        builder.block(block, logo)?;
    }
    Ok((builder.units, builder.tree, builder.footer))
}

impl Builder {
    fn block(&mut self, block: &Block, logo: Option<f32>) -> Result<(), LayoutError> {
        let text = BODY.at(LEFT + self.indent, RIGHT - LEFT - self.indent);
        match block {
            Block::Letterhead(lines) => {
                let unit = header::letterhead(lines, logo, &mut self.tree)?;
                self.push(unit);
            }
            Block::Footer(lines) => self.footer = header::footer(lines)?,
            Block::PlaceDate(date) => {
                let node = self.tree.paragraph();
                self.lines(date, BODY.align(Align::Right), 12.0, None, node)?;
            }
            Block::Header(header) => {
                let unit = header::header(header, &mut self.tree)?;
                self.push(unit);
            }
            Block::Field(field) => {
                let unit = header::field(field, &mut self.tree)?;
                self.push(unit);
            }
            Block::Salutation(salutation) => {
                let node = self.tree.paragraph();
                self.lines(salutation, BODY, 20.0, None, node)?;
                self.keep_next = true;
            }
            Block::Paragraph {
                number,
                text: body,
                justified,
            } => {
                let align = if *justified {
                    Align::Justify
                } else {
                    Align::Left
                };
                let set = text.align(align);
                match number {
                    Some(number) => {
                        let (label, node) = self.tree.numbered();
                        let marker = (number.as_str(), BODY.at(LEFT, INDENT), label);
                        self.lines(body, set, 7.0, Some(marker), node)?
                    }
                    None => {
                        let node = self.tree.continued();
                        self.lines(body, set, 7.0, None, node)?
                    }
                };
            }
            Block::Bullets(items) => self.bullets(items, text)?,
            Block::Table(rows) => self.table(rows)?,
            Block::Heading(lines) => self.heading(lines, false)?,
            Block::Closing(closing) => {
                let node = self.tree.paragraph();
                self.keep_next = true;
                self.lines(closing, BODY, 12.0, None, node)?;
            }
            Block::Signature(lines) => self.signature(lines)?,
            Block::AnnexCount(count) => {
                let node = self.tree.paragraph();
                self.lines(count, BODY, 18.0, None, node)?;
            }
            Block::Annex(lines) => self.heading(lines, true)?,
        }
        Ok(())
    }

    fn push(&mut self, mut unit: Unit) {
        unit.keep_with_prev |= std::mem::take(&mut self.keep_next);
        self.units.push(unit);
    }

    /// One unit per line of `text`, the content of `node`, the first line preceded by `marker`
    /// (a number, a bullet, and its label node); returns the index of the first unit.
    fn lines(
        &mut self,
        text: &Text,
        set: Set,
        space_before: f32,
        marker: Option<(&str, Set, usize)>,
        node: usize,
    ) -> Result<usize, LayoutError> {
        let first = self.units.len();
        let lines = set.wrap(text)?;
        let count = lines.len();
        for (index, line) in lines.iter().enumerate() {
            let mut content = Page::default();
            if let (0, Some((marker, at, label))) = (index, marker) {
                cell(&mut content, &plain(marker), at, 0.0)?;
                self.tree.mark(&mut content, label);
            }
            set.place(&mut content, line, 0.0);
            self.tree.mark(&mut content, node);
            self.push(Unit {
                content,
                height: set.leading(),
                space_before: if index == 0 { space_before } else { 0.0 },
                keep_with_prev: count > 1 && index + 1 == count,
                new_page: false,
            });
        }
        Ok(first)
    }

    /// Bulleted items, ragged, kept with the sentence that introduces them.
    fn bullets(&mut self, items: &[Text], text: Set) -> Result<(), LayoutError> {
        let marker = text.at(text.x + 3.0, HANG);
        let set = text.at(text.x + 3.0 + HANG, text.width - 3.0 - HANG);
        let list = self.tree.inner(Role::List { numbered: false });
        for (index, item) in items.iter().enumerate() {
            self.keep_next |= index == 0;
            let (label, body) = self.tree.item(list);
            let node = self.tree.add(Role::Paragraph, Some(body));
            self.lines(item, set, 3.0, Some((BULLET, marker, label)), node)?;
        }
        Ok(())
    }

    fn table(&mut self, rows: &[crate::document::Row]) -> Result<(), LayoutError> {
        let table = self.tree.inner(Role::Table);
        for (index, row) in rows.iter().enumerate() {
            let mut unit = header::row(row, self.indent, &mut self.tree, table)?;
            unit.space_before = if index == 0 { 8.0 } else { 0.0 };
            self.push(unit);
        }
        Ok(())
    }

    /// Centred bold lines; an annex heading starts a new page.
    fn heading(&mut self, lines: &[Text], annex: bool) -> Result<(), LayoutError> {
        let set = BODY.size(11.0).bold(true).align(Align::Center);
        let title = lines.iter().map(Text::plain).collect::<Vec<_>>().join(" ");
        let node = self.tree.heading(annex, title);
        for (index, line) in lines.iter().enumerate() {
            let space = if index == 0 { 14.0 } else { 0.0 };
            let first = self.lines(line, set, space, None, node)?;
            self.units[first].new_page = annex && index == 0;
            self.keep_next = true;
        }
        Ok(())
    }

    /// Name and title under the closing, after room for the signature.
    fn signature(&mut self, lines: &[Text]) -> Result<(), LayoutError> {
        let node = self.tree.paragraph();
        for (index, line) in lines.iter().enumerate() {
            self.keep_next = true;
            self.lines(line, BODY, if index == 0 { 28.0 } else { 0.0 }, None, node)?;
        }
        Ok(())
    }
}
