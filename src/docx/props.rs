//! Paragraph and run properties, written in the order the WordprocessingML schema requires (Word
//! refuses a file whose `w:pPr` children come out of order).

use super::units::{eighths, half_points, twips};
use super::xml::{Result, Xml};

/// What a paragraph style sets; `None` and `false` inherit.
#[derive(Debug, Clone, Copy, Default)]
pub struct Para {
    pub keep_next: bool,
    pub page_break_before: bool,
    /// The bullet list (`numbering.xml`, list 1).
    pub bulleted: bool,
    pub tab: Option<f32>,
    pub before: Option<f32>,
    pub after: Option<f32>,
    /// Line pitch at least this, in points.
    pub line: Option<f32>,
    /// Left indent and how far the first line hangs back from it.
    pub indent: Option<(f32, f32)>,
    /// No space between paragraphs of the same style.
    pub contextual: bool,
    /// `left`, `right`, `center`, `both` (justified).
    pub align: Option<&'static str>,
}

/// What a run style sets.
#[derive(Debug, Clone, Copy, Default)]
pub struct Run {
    pub font: Option<&'static str>,
    pub bold: bool,
    pub italic: bool,
    pub color: Option<&'static str>,
    pub size: Option<f32>,
    pub underline: bool,
}

impl Para {
    pub fn write(&self, x: &mut Xml) -> Result {
        x.el("w:pPr", &[], |x| {
            flag(x, "w:keepNext", self.keep_next)?;
            flag(x, "w:pageBreakBefore", self.page_break_before)?;
            if self.bulleted {
                x.el("w:numPr", &[], |x| {
                    x.val("w:ilvl", "0")?;
                    x.val("w:numId", "1")
                })?;
            }
            if let Some(tab) = self.tab {
                x.el("w:tabs", &[], |x| {
                    x.empty("w:tab", &[("w:val", "left"), ("w:pos", &twips(tab))])
                })?;
            }
            self.spacing(x)?;
            if let Some((left, hanging)) = self.indent {
                let (left, hanging) = (twips(left), twips(hanging));
                x.empty("w:ind", &[("w:left", &left), ("w:hanging", &hanging)])?;
            }
            flag(x, "w:contextualSpacing", self.contextual)?;
            self.align.map_or(Ok(()), |align| x.val("w:jc", align))
        })
    }

    fn spacing(&self, x: &mut Xml) -> Result {
        let before = self.before.map(twips);
        let after = self.after.map(twips);
        let line = self.line.map(twips);
        let mut attrs = Vec::new();
        if let Some(before) = &before {
            attrs.push(("w:before", before.as_str()));
        }
        if let Some(after) = &after {
            attrs.push(("w:after", after.as_str()));
        }
        if let Some(line) = &line {
            attrs.extend([("w:line", line.as_str()), ("w:lineRule", "atLeast")]);
        }
        if attrs.is_empty() {
            return Ok(());
        }
        x.empty("w:spacing", &attrs)
    }
}

impl Run {
    pub fn write(&self, x: &mut Xml) -> Result {
        x.el("w:rPr", &[], |x| {
            if let Some(font) = self.font {
                let attrs = ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"].map(|key| (key, font));
                x.empty("w:rFonts", &attrs)?;
            }
            flag(x, "w:b", self.bold)?;
            flag(x, "w:i", self.italic)?;
            self.color.map_or(Ok(()), |color| x.val("w:color", color))?;
            if let Some(size) = self.size {
                x.val("w:sz", &half_points(size))?;
                x.val("w:szCs", &half_points(size))?;
            }
            match self.underline {
                true => x.val("w:u", "single"),
                false => Ok(()),
            }
        })
    }
}

fn flag(x: &mut Xml, name: &str, on: bool) -> Result {
    if on { x.empty(name, &[]) } else { Ok(()) }
}

/// A single line border `width` points thick, `space` points from the text.
pub fn rule(x: &mut Xml, side: &str, width: f32, space: f32) -> Result {
    let (size, space) = (eighths(width), space.round().to_string());
    x.empty(
        side,
        &[
            ("w:val", "single"),
            ("w:sz", &size),
            ("w:space", &space),
            ("w:color", "auto"),
        ],
    )
}

/// A cell margin of `points` on `side`.
pub fn margin(x: &mut Xml, side: &str, points: f32) -> Result {
    x.empty(side, &[("w:w", &twips(points)), ("w:type", "dxa")])
}
