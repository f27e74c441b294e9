//! The letter's tables (their styles are in `sheet.rs`): the letterhead (the logo, if any,
//! beside the names, over a rule), the borderless page-1 header (labels and values on the left,
//! the addressees on the right, one cell spanning the rows, as in TSB's template), the Copy and
//! Subject rows, and the deadlines between rules. Column widths are the PDF's.

use super::body::Body;
use super::picture;
use super::props::margin;
use super::units::twips;
use super::xml::Result;
use crate::document::{Field, Header, Row, Text};
use crate::layout::page::{
    COLUMN, DATE_COLUMN as DATE, DATE_TEXT, GUTTER, LABEL, LEFT, RIGHT, plain,
};

/// How a cell sits: alone, starting or continuing a cell that spans the rows down, or alone
/// with its content centred between top and bottom.
#[derive(Clone, Copy, PartialEq)]
pub enum Cell {
    Plain,
    Starts,
    Continues,
    Centred,
}

impl Body<'_> {
    /// The names in a table over a rule, beside the logo when there is one, centred on its
    /// height.
    pub fn letterhead(&mut self, lines: &[Text]) -> Result {
        let logo = self
            .logo
            .map(|picture| (picture, picture.size().0 + GUTTER));
        let beside = logo.map_or(0.0, |(_, width)| width);
        let widths: Vec<f32> = logo
            .iter()
            .map(|(_, width)| *width)
            .chain([RIGHT - LEFT - beside])
            .collect();
        self.table("LetterheadTable", 0.0, &widths)?;
        self.x.start("w:tr", &[])?;
        if let Some((picture, width)) = logo {
            self.cell(width, Cell::Plain, GUTTER, |body| {
                body.styled("Letterhead", None, |body| {
                    picture::inline(&mut body.x, picture)
                })
            })?;
        }
        self.cell(RIGHT - LEFT - beside, Cell::Centred, 0.0, |body| {
            for (index, line) in lines.iter().enumerate() {
                let style = if index == 0 {
                    "Letterhead"
                } else {
                    "LetterheadBureau"
                };
                body.paragraph(style, line)?;
            }
            Ok(())
        })?;
        self.x.end("w:tr")?;
        self.x.end("w:tbl")
    }

    /// Ref first with the addressees beside it, then Tel, Fax, E-mail... under Ref.
    pub fn header(&mut self, header: &Header) -> Result {
        let value = COLUMN - LEFT - LABEL;
        let widths = [LABEL, value, RIGHT - COLUMN];
        self.table("HeaderTable", 0.0, &widths)?;
        let rows = header.fields.len().max(1);
        for index in 0..rows {
            self.x.start("w:tr", &[])?;
            let field = header.fields.get(index);
            self.cell(LABEL, Cell::Plain, 0.0, |body| match field {
                Some(field) => body.paragraph("HeaderLabel", &plain(&field.label)),
                None => body.styled("HeaderLabel", None, |_| Ok(())),
            })?;
            self.cell(value, Cell::Plain, GUTTER, |body| body.values(field))?;
            let merge = if index == 0 {
                Cell::Starts
            } else {
                Cell::Continues
            };
            self.cell(RIGHT - COLUMN, merge, 0.0, |body| match merge {
                Cell::Starts => body.addressees(header),
                _ => body.styled("Addressee", None, |_| Ok(())),
            })?;
            self.x.end("w:tr")?;
        }
        self.x.end("w:tbl")
    }

    fn values(&mut self, field: Option<&Field>) -> Result {
        let Some(field) = field else {
            return self.styled("HeaderValue", None, |_| Ok(()));
        };
        let style = if field.bold { "Subject" } else { "HeaderValue" };
        for line in &field.lines {
            match field.list {
                true => self.dashed("Addressee", line)?,
                false => self.paragraph(style, line)?,
            }
        }
        if field.lines.is_empty() {
            self.styled(style, None, |_| Ok(()))?;
        }
        Ok(())
    }

    /// The recipient in bold, then the To list; the template's `Addressee_` bookmark starts it.
    fn addressees(&mut self, header: &Header) -> Result {
        let mut first = true;
        for line in &header.recipient {
            self.styled("Recipient", None, |body| {
                if std::mem::take(&mut first) {
                    body.bookmark("Addressee")?;
                }
                body.runs(line)
            })?;
        }
        for line in &header.to {
            self.styled("Addressee", None, |body| {
                if std::mem::take(&mut first) {
                    body.bookmark("Addressee")?;
                }
                body.dash()?;
                body.runs(line)
            })?;
        }
        match first {
            true => self.styled("Addressee", None, |body| body.bookmark("Addressee")),
            false => Ok(()),
        }
    }

    /// A labelled row over the full width: Copy with its list, Subject in bold.
    pub fn field(&mut self, field: &Field) -> Result {
        let widths = [LABEL, RIGHT - LEFT - LABEL];
        self.table("FieldTable", 0.0, &widths)?;
        self.x.start("w:tr", &[])?;
        self.cell(LABEL, Cell::Plain, 0.0, |body| {
            body.paragraph("HeaderLabel", &plain(&field.label))
        })?;
        self.cell(widths[1], Cell::Plain, 0.0, |body| body.values(Some(field)))?;
        self.x.end("w:tr")?;
        self.x.end("w:tbl")
    }

    /// The deadlines: the date in bold, its actions as a dashed list, rules between rows.
    pub fn deadlines(&mut self, rows: &[Row]) -> Result {
        let indent = self.indent;
        let widths = [DATE, RIGHT - LEFT - indent - DATE];
        self.table("DeadlinesTable", indent, &widths)?;
        for row in rows {
            self.x.start("w:tr", &[])?;
            self.x.el("w:trPr", &[], |x| x.empty("w:cantSplit", &[]))?;
            self.cell(DATE, Cell::Plain, DATE - DATE_TEXT, |body| {
                body.paragraph("DeadlineDate", &row.key)
            })?;
            self.cell(widths[1], Cell::Plain, 0.0, |body| {
                row.items
                    .iter()
                    .try_for_each(|item| body.dashed("DeadlineAction", item))
            })?;
            self.x.end("w:tr")?;
        }
        self.x.end("w:tbl")
    }

    /// Opens a table of `style`, `indent` points from the margin, with columns `widths`.
    pub fn table(&mut self, style: &str, indent: f32, widths: &[f32]) -> Result {
        self.x.start("w:tbl", &[])?;
        let total = twips(widths.iter().sum());
        self.x.el("w:tblPr", &[], |x| {
            x.val("w:tblStyle", style)?;
            x.empty("w:tblW", &[("w:w", &total), ("w:type", "dxa")])?;
            x.empty("w:tblInd", &[("w:w", &twips(indent)), ("w:type", "dxa")])?;
            x.empty("w:tblLayout", &[("w:type", "fixed")])?;
            x.empty("w:tblLook", &[("w:val", "0000")])
        })?;
        self.x.el("w:tblGrid", &[], |x| {
            widths
                .iter()
                .try_for_each(|width| x.empty("w:gridCol", &[("w:w", &twips(*width))]))
        })
    }

    /// A cell `width` points wide, `gutter` points kept free at its right.
    pub fn cell(
        &mut self,
        width: f32,
        merge: Cell,
        gutter: f32,
        inner: impl FnOnce(&mut Self) -> Result,
    ) -> Result {
        self.x.start("w:tc", &[])?;
        self.x.el("w:tcPr", &[], |x| {
            x.empty("w:tcW", &[("w:w", &twips(width)), ("w:type", "dxa")])?;
            match merge {
                Cell::Starts => x.val("w:vMerge", "restart"),
                Cell::Continues => x.empty("w:vMerge", &[]),
                Cell::Plain | Cell::Centred => Ok(()),
            }?;
            if gutter > 0.0 {
                x.el("w:tcMar", &[], |x| margin(x, "w:right", gutter))?;
            }
            match merge {
                Cell::Centred => x.val("w:vAlign", "center"),
                _ => Ok(()),
            }
        })?;
        inner(self)?;
        self.x.end("w:tc")
    }
}
