//! Inline text: a span as a run with its style, and the characters WordprocessingML writes as
//! elements rather than text (non-breaking and soft hyphens, tabs, line breaks).

use super::xml::{Result, Xml};
use crate::document::{Span, Style};

/// One span as a run: its style, then its text, with the characters Word writes as elements.
pub fn run(x: &mut Xml, span: &Span, link: bool) -> Result {
    x.el("w:r", &[], |x| {
        if link || span.style != Style::Regular {
            x.el("w:rPr", &[], |x| {
                if link {
                    x.val("w:rStyle", "Hyperlink")?;
                }
                match span.style {
                    Style::Regular => Ok(()),
                    Style::Bold => x.empty("w:b", &[]),
                    Style::Italic => x.empty("w:i", &[]),
                }
            })?;
        }
        content(x, &span.text)
    })
}

/// Text between the characters that are elements in WordprocessingML.
fn content(x: &mut Xml, text: &str) -> Result {
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if let Some(name) = element(c) {
            plain(x, &text[start..at])?;
            x.empty(name, &[])?;
            start = at + c.len_utf8();
        }
    }
    plain(x, &text[start..])
}

fn plain(x: &mut Xml, text: &str) -> Result {
    match text.is_empty() {
        true => Ok(()),
        false => x.text("w:t", &[("xml:space", "preserve")], text),
    }
}

fn element(c: char) -> Option<&'static str> {
    match c {
        '\u{2011}' => Some("w:noBreakHyphen"),
        '\u{ad}' => Some("w:softHyphen"),
        '\t' => Some("w:tab"),
        '\n' => Some("w:br"),
        _ => None,
    }
}
