//! The three faces of a letter (Liberation Sans regular, bold, italic), embedded in the binary.
//!
//! Layout needs glyph advances and PDF embedding needs the parsed faces; both come from here, parsed
//! once per process. Advances are in thousandths of an em, truncated exactly as printpdf writes the
//! PDF `/W` widths, so a line measured here is the line a viewer draws.

use printpdf::ParsedFont;
use std::sync::OnceLock;

/// A face of the letter's font family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
}

impl Face {
    pub const ALL: [Face; 3] = [Face::Regular, Face::Bold, Face::Italic];

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The parsed face, for embedding.
pub fn parsed(face: Face) -> &'static ParsedFont {
    static FACES: [OnceLock<ParsedFont>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    FACES[face.index()].get_or_init(|| {
        ParsedFont::from_bytes(face.bytes(), 0, &mut Vec::new()).expect("embedded font parses")
    })
}

/// Advance of `c` in thousandths of an em, or `None` when the face has no glyph for it.
pub fn advance(face: Face, c: char) -> Option<f32> {
    let font = parsed(face);
    let glyph = font.lookup_glyph_index(c as u32).filter(|&gid| gid != 0)?;
    let units = f32::from(font.get_horizontal_advance(glyph));
    Some((units * 1000.0 / f32::from(font.pdf_font_metrics.units_per_em)).trunc())
}

/// What a character is drawn as: the fonts lack the non-breaking hyphen (U+2011, a word-processor
/// artefact in URLs), so it shows as a hyphen, which also keeps a copied URL working.
pub fn shown(c: char) -> char {
    match c {
        '\u{2011}' => '-',
        c => c,
    }
}

/// Spaces where a line may break; they are never drawn at a line end.
pub fn is_break_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n')
}

/// Every character of `text` that some face cannot show, each once, in the order met: for
/// reporting them all where the YAML has them.
pub fn unsupported(text: &str) -> Vec<char> {
    let missing = |c: &char| {
        Face::ALL
            .iter()
            .any(|&face| advance(face, shown(*c)).is_none())
    };
    let mut found: Vec<char> = Vec::new();
    for c in text.chars().filter(|&c| !is_break_space(c)).filter(missing) {
        if !found.contains(&c) {
            found.push(c);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advances_come_from_the_font_and_missing_glyphs_are_none() {
        assert_eq!(advance(Face::Regular, ' '), Some(277.0));
        assert!(advance(Face::Bold, 'œ').is_some());
        assert_eq!(advance(Face::Italic, '\u{2603}'), None);
    }

    #[test]
    fn unsupported_finds_every_character_no_face_can_show_once() {
        assert!(unsupported("Genève, le 2 mai\u{a0}2023 ITU\u{2011}T œ €").is_empty());
        assert_eq!(
            unsupported("a \u{1F600} b \u{2603} \u{1F600}"),
            ['\u{1F600}', '\u{2603}']
        );
    }
}
