//! `document.xml`: the blocks of the letter as styled paragraphs and tables, in reading order.
//!
//! Paragraph numbers are typed, followed by a tab, as in TSB's template (the text hangs at the
//! style's indent); bullets are a Word list. Links become hyperlinks whose targets go to the part's
//! relationships, numbered in order of first use.

use super::links::Links;
use super::page;
use super::picture::Picture;
use super::runs::run;
use super::units::twips;
use super::xml::{R, Result, W, Xml};
use crate::document::{Block, Document, Text};
use crate::layout::page::INDENT;

/// The part being written and what it refers to.
pub struct Body<'a> {
    pub x: Xml,
    pub links: Links,
    /// `F` or `E`: ends the names of the template's bookmarks (`Addressee_F`).
    pub suffix: &'static str,
    /// Where paragraph text hangs, in points (0 without numbered paragraphs).
    pub indent: f32,
    /// The letterhead logo.
    pub logo: Option<&'a Picture>,
    bookmarks: usize,
    /// The next paragraph introduces a table: the PDF's gap goes below it.
    before_table: bool,
}

/// The namespace of pictures placed in the text.
const WP: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

/// Space above the deadlines table, as in the PDF.
const TABLE_GAP: f32 = 8.0;

/// `document.xml` and the links it uses.
pub fn document(doc: &Document, logo: Option<&Picture>) -> Result<(Vec<u8>, Links)> {
    let mut body = Body {
        x: Xml::new(),
        links: Links::default(),
        suffix: if doc.lang == "fr" { "F" } else { "E" },
        indent: indent(doc),
        logo,
        bookmarks: 0,
        before_table: false,
    };
    body.x.start(
        "w:document",
        &[("xmlns:w", W), ("xmlns:r", R), ("xmlns:wp", WP)],
    )?;
    body.x.start("w:body", &[])?;
    for (index, block) in doc.blocks.iter().enumerate() {
        let next = doc.blocks.get(index + 1);
        body.before_table = matches!(
            (block, next),
            (Block::Paragraph { .. }, Some(Block::Table(_)))
        );
        body.block(block)?;
    }
    page::section(&mut body.x, footer(doc).is_some())?;
    body.x.end("w:body")?;
    body.x.end("w:document")?;
    Ok((body.x.finish(), body.links))
}

/// Where paragraph text starts, as in the PDF (see `Document::numbered`).
pub fn indent(doc: &Document) -> f32 {
    if doc.numbered() { INDENT } else { 0.0 }
}

impl Body<'_> {
    pub fn block(&mut self, block: &Block) -> Result {
        match block {
            Block::Letterhead(lines) => self.letterhead(lines),
            // Written as the footer part of page 1 (see `footer`).
            Block::Footer(_) => Ok(()),
            Block::PlaceDate(text) => self.paragraph("PlaceDate", text),
            Block::Header(header) => self.header(header),
            Block::Field(field) => self.field(field),
            Block::Salutation(text) => self.styled("Salutation", None, |body| {
                body.bookmark("StartTyping")?;
                body.runs(text)
            }),
            Block::Paragraph {
                number,
                text,
                justified,
            } => self.numbered(number.as_deref(), text, *justified),
            Block::Bullets(items) => self.each("Bullet", items),
            Block::Table(rows) => self.deadlines(rows),
            Block::Heading(lines) => self.broken("AnnexTitle", lines),
            Block::Closing(text) => self.paragraph("Closing", text),
            Block::Signature(lines) => self.each("Signature", lines),
            Block::AnnexCount(text) => self.paragraph("AnnexCount", text),
            Block::Annex(lines) => self.broken("Annex", lines),
        }
    }

    /// "1", a tab, the text; a paragraph without a number starts at the indent.
    fn numbered(&mut self, number: Option<&str>, text: &Text, justified: bool) -> Result {
        let style = match number {
            Some(_) => "Paragraph",
            None => "ParagraphContinued",
        };
        let align = (!justified).then_some("left");
        self.styled(style, align, |body| {
            if let Some(number) = number {
                body.number(number)?;
            }
            body.runs(text)
        })
    }

    fn number(&mut self, number: &str) -> Result {
        self.x.el("w:r", &[], |x| {
            x.el("w:rPr", &[], |x| x.val("w:rStyle", "ParagraphNumber"))?;
            x.text("w:t", &[], number)?;
            x.empty("w:tab", &[])
        })
    }

    /// One paragraph of `lines` with line breaks between them: a heading that keeps together.
    fn broken(&mut self, style: &str, lines: &[Text]) -> Result {
        self.styled(style, None, |body| {
            for (index, line) in lines.iter().enumerate() {
                if index > 0 {
                    body.x.el("w:r", &[], |x| x.empty("w:br", &[]))?;
                }
                body.runs(line)?;
            }
            Ok(())
        })
    }

    pub fn each(&mut self, style: &str, lines: &[Text]) -> Result {
        lines
            .iter()
            .try_for_each(|line| self.paragraph(style, line))
    }

    pub fn paragraph(&mut self, style: &str, text: &Text) -> Result {
        self.styled(style, None, |body| body.runs(text))
    }

    /// A paragraph of `style` (aligned `align` when that differs from the style) around `inner`;
    /// the only direct formatting is that alignment and the gap above a table.
    pub fn styled(
        &mut self,
        style: &str,
        align: Option<&str>,
        inner: impl FnOnce(&mut Self) -> Result,
    ) -> Result {
        self.x.start("w:p", &[])?;
        let gap = std::mem::take(&mut self.before_table).then(|| twips(TABLE_GAP));
        self.x.el("w:pPr", &[], |x| {
            x.val("w:pStyle", style)?;
            gap.map_or(Ok(()), |gap| x.empty("w:spacing", &[("w:after", &gap)]))?;
            align.map_or(Ok(()), |align| x.val("w:jc", align))
        })?;
        inner(self)?;
        self.x.end("w:p")
    }

    /// A list item typed as the template types it: an en dash, a tab, the text.
    pub fn dashed(&mut self, style: &str, text: &Text) -> Result {
        self.styled(style, None, |body| {
            body.dash()?;
            body.runs(text)
        })
    }

    /// The en dash and the tab that start a list item.
    pub fn dash(&mut self) -> Result {
        self.x.el("w:r", &[], |x| {
            x.text("w:t", &[], "\u{2013}")?;
            x.empty("w:tab", &[])
        })
    }

    /// An empty bookmark named `name` and the language suffix, where the template has it.
    pub fn bookmark(&mut self, name: &str) -> Result {
        let id = self.bookmarks.to_string();
        self.bookmarks += 1;
        let name = format!("{name}_{}", self.suffix);
        self.x
            .empty("w:bookmarkStart", &[("w:id", &id), ("w:name", &name)])?;
        self.x.empty("w:bookmarkEnd", &[("w:id", &id)])
    }

    pub fn runs(&mut self, text: &Text) -> Result {
        for span in &text.0 {
            match &span.link {
                Some(target) => {
                    let id = self.links.id(target);
                    let attrs = [("r:id", id.as_str()), ("w:history", "1")];
                    self.x.el("w:hyperlink", &attrs, |x| run(x, span, true))?;
                }
                None => run(&mut self.x, span, false)?,
            }
        }
        Ok(())
    }
}

/// The lines of the letter's page-1 footer, if it has one.
pub fn footer(doc: &Document) -> Option<Vec<String>> {
    doc.blocks.iter().find_map(|block| match block {
        Block::Footer(lines) => Some(lines.iter().map(Text::plain).collect()),
        _ => None,
    })
}
