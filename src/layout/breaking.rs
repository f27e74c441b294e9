//! Breaks styled text into lines that fit a width, measured with the real glyph advances.
//!
//! Every block of a letter (paragraph, list item, header cell) wraps text the same way, so the
//! rules that make a line look right live here: break at spaces, after a hyphen between letters,
//! inside a link after `/ ? &` and before `. -` (long URLs), never at a no-break space (U+00A0,
//! U+202F) nor inside a date or a time (`glue.rs`); a word wider than the line is cut so that
//! nothing crosses a margin.

use super::fonts::{self, Face, shown};
use super::page::LayoutError;
use crate::document::{Style, Text};

/// A piece of a word in one face, perhaps part of a link. Widths are in points.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub face: Face,
    pub link: Option<String>,
    pub width: f32,
}

/// A word that is never broken, and the gap that follows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Word {
    pub pieces: Vec<Piece>,
    pub width: f32,
    /// Width of the space after the word; 0 after a break point inside a link.
    pub space: f32,
    /// The gap after the word is a space, which justification may stretch.
    pub stretch: bool,
}

/// One line of words and its natural width (without justification).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    pub words: Vec<Word>,
    pub width: f32,
    /// Font size in points.
    pub size: f32,
    /// The paragraph's last line, never justified.
    pub last: bool,
}

/// Wraps `text` set at `size` points into lines at most `width` points wide.
pub fn wrap(text: &Text, size: f32, bold: bool, width: f32) -> Result<Vec<Line>, LayoutError> {
    let words = words(text, size, bold)?;
    let mut lines = Vec::new();
    let mut line = Line::default();
    for word in words.into_iter().flat_map(|word| cut(word, size, width)) {
        let gap = line.words.last().map_or(0.0, |last| last.space);
        if !line.words.is_empty() && line.width + gap + word.width > width + 0.001 {
            lines.push(std::mem::take(&mut line));
        }
        line.width += if line.words.is_empty() { 0.0 } else { gap } + word.width;
        line.words.push(word);
    }
    lines.extend((!line.words.is_empty()).then_some(line));
    for line in &mut lines {
        line.size = size;
    }
    if let Some(last) = lines.last_mut() {
        last.last = true;
    }
    Ok(lines)
}

/// The face a span is set in; bold text keeps its italics.
pub fn face(style: Style, bold: bool) -> Face {
    match style {
        Style::Italic => Face::Italic,
        Style::Bold => Face::Bold,
        Style::Regular if bold => Face::Bold,
        Style::Regular => Face::Regular,
    }
}

/// Width in points of `c` in `face`, or `c` if the face cannot show it.
fn measure(c: char, face: Face, size: f32) -> Result<f32, char> {
    let advance = fonts::advance(face, shown(c)).ok_or(c)?;
    Ok(advance * size / 1000.0)
}

fn words(text: &Text, size: f32, bold: bool) -> Result<Vec<Word>, LayoutError> {
    let mut words = vec![Word::default()];
    let mut previous = [' ', ' '];
    for span in &text.0 {
        let face = face(span.style, bold);
        let glued = super::glue::glued(&span.text);
        for (at, c) in span.text.char_indices() {
            let c = if glued.contains(&at) { '\u{a0}' } else { c };
            if fonts::is_break_space(c) {
                end_word(&mut words, measure(' ', face, size).unwrap_or(0.0), true);
            } else {
                if breaks_between(previous, c, span.link.is_some()) {
                    end_word(&mut words, 0.0, false);
                }
                let width = measure(c, face, size)
                    .map_err(|missing| LayoutError::missing_glyph(missing, text))?;
                push(
                    words.last_mut().expect("never empty"),
                    c,
                    face,
                    &span.link,
                    width,
                );
            }
            previous = [previous[1], c];
        }
    }
    words.retain(|word| !word.pieces.is_empty());
    Ok(words)
}

/// A line may break between the characters `before` and `after` without a space: after a
/// hyphen between letters in words; in a link after `/` (not inside `//`), `?` and `&`, and
/// before `.` and `-`, so that a line never ends in what looks like a hyphenated word.
fn breaks_between(before: [char; 2], after: char, in_link: bool) -> bool {
    let after_letter = after.is_alphanumeric();
    if in_link {
        return match before[1] {
            '/' => after != '/' && before[0] != '/',
            '?' | '&' => after_letter,
            c if c.is_alphanumeric() => matches!(after, '.' | '-'),
            _ => false,
        };
    }
    before[1] == '-' && after_letter
}

fn end_word(words: &mut Vec<Word>, space: f32, stretch: bool) {
    let last = words.last_mut().expect("never empty");
    if last.pieces.is_empty() {
        return;
    }
    last.space = space;
    last.stretch = stretch;
    words.push(Word::default());
}

fn push(word: &mut Word, c: char, face: Face, link: &Option<String>, width: f32) {
    word.width += width;
    match word.pieces.last_mut() {
        Some(piece) if piece.face == face && &piece.link == link => {
            piece.text.push(shown(c));
            piece.width += width;
        }
        _ => word.pieces.push(Piece {
            text: shown(c).to_string(),
            face,
            link: link.clone(),
            width,
        }),
    }
}

/// Cuts a word wider than the line into words that fit, character by character.
fn cut(word: Word, size: f32, width: f32) -> Vec<Word> {
    if word.width <= width {
        return vec![word];
    }
    let mut parts = vec![Word::default()];
    for piece in &word.pieces {
        for c in piece.text.chars() {
            let advance = measure(c, piece.face, size).unwrap_or(0.0);
            let part = parts.last_mut().expect("never empty");
            if part.width + advance > width && !part.pieces.is_empty() {
                parts.push(Word::default());
            }
            let part = parts.last_mut().expect("never empty");
            push(part, c, piece.face, &piece.link, advance);
        }
    }
    let last = parts.last_mut().expect("never empty");
    (last.space, last.stretch) = (word.space, word.stretch);
    parts
}
