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
use crate::document::{Block, Document, Text};

struct Builder {
    units: Vec<Unit>,
    /// The next unit keeps with the last one (after a salutation or a heading).
    keep_next: bool,
    /// Indent of paragraph text: none in letters without numbered paragraphs.
    indent: f32,
}

/// The units of `doc`, in reading order.
pub fn units(doc: &Document, logo: Option<f32>) -> Result<Vec<Unit>, LayoutError> {
    let numbered = doc.blocks.iter().any(|block| {
        matches!(
            block,
            Block::Paragraph {
                number: Some(_),
                ..
            }
        )
    });
    let mut builder = Builder {
        units: Vec::new(),
        keep_next: false,
        indent: if numbered { INDENT } else { 0.0 },
    };
    BODY.wrap(&plain(&doc.reference))?;
    for block in &doc.blocks {
        builder.block(block, logo)?;
    }
    Ok(builder.units)
}

impl Builder {
    fn block(&mut self, block: &Block, logo: Option<f32>) -> Result<(), LayoutError> {
        let text = BODY.at(LEFT + self.indent, RIGHT - LEFT - self.indent);
        match block {
            Block::Letterhead(lines) => self.push(header::letterhead(lines, logo)?),
            Block::PlaceDate(date) => {
                self.lines(date, BODY.align(Align::Right), 12.0, None)?;
            }
            Block::Header(header) => self.push(header::header(header)?),
            Block::Field(field) => self.push(header::field(field)?),
            Block::Salutation(salutation) => {
                self.lines(salutation, BODY, 20.0, None)?;
                self.keep_next = true;
            }
            Block::Paragraph {
                number,
                text: body,
                justified,
            } => {
                let number = number
                    .as_deref()
                    .map(|number| (number, BODY.at(LEFT, INDENT)));
                let align = if *justified {
                    Align::Justify
                } else {
                    Align::Left
                };
                self.lines(body, text.align(align), 7.0, number)?;
            }
            Block::Bullets(items) => self.bullets(items, text)?,
            Block::Table(rows) => self.table(rows)?,
            Block::Heading(lines) => self.heading(lines, false)?,
            Block::Closing(closing) => {
                self.lines(closing, BODY, 12.0, None)?;
            }
            Block::Signature(lines) => self.signature(lines)?,
            Block::AnnexCount(count) => {
                self.lines(count, BODY, 18.0, None)?;
            }
            Block::Annex(lines) => self.heading(lines, true)?,
        }
        Ok(())
    }

    fn push(&mut self, mut unit: Unit) {
        unit.keep_with_prev |= std::mem::take(&mut self.keep_next);
        self.units.push(unit);
    }

    /// One unit per line of `text`, the first preceded by `marker` (a number, a bullet); returns
    /// the index of the first unit.
    fn lines(
        &mut self,
        text: &Text,
        set: Set,
        space_before: f32,
        marker: Option<(&str, Set)>,
    ) -> Result<usize, LayoutError> {
        let first = self.units.len();
        let lines = set.wrap(text)?;
        let count = lines.len();
        for (index, line) in lines.iter().enumerate() {
            let mut content = Page::default();
            if let (0, Some((marker, at))) = (index, marker) {
                cell(&mut content, &plain(marker), at, 0.0)?;
            }
            set.place(&mut content, line, 0.0);
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
        for (index, item) in items.iter().enumerate() {
            self.keep_next |= index == 0;
            self.lines(item, set, 3.0, Some((BULLET, marker)))?;
        }
        Ok(())
    }

    fn table(&mut self, rows: &[crate::document::Row]) -> Result<(), LayoutError> {
        for (index, row) in rows.iter().enumerate() {
            let mut unit = header::row(row, self.indent)?;
            unit.space_before = if index == 0 { 8.0 } else { 0.0 };
            self.push(unit);
        }
        Ok(())
    }

    /// Centred bold lines; an annex heading starts a new page.
    fn heading(&mut self, lines: &[Text], annex: bool) -> Result<(), LayoutError> {
        let set = BODY.size(11.0).bold(true).align(Align::Center);
        for (index, line) in lines.iter().enumerate() {
            let first = self.lines(line, set, if index == 0 { 14.0 } else { 0.0 }, None)?;
            self.units[first].new_page = annex && index == 0;
            self.keep_next = true;
        }
        Ok(())
    }

    /// Name and title under the closing, after room for the signature.
    fn signature(&mut self, lines: &[Text]) -> Result<(), LayoutError> {
        for (index, line) in lines.iter().enumerate() {
            self.keep_next = true;
            self.lines(line, BODY, if index == 0 { 28.0 } else { 0.0 }, None)?;
        }
        Ok(())
    }
}
