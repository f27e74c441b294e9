//! The three faces of a letter (Liberation Sans regular, bold, italic), embedded in the binary.
//!
//! Layout needs glyph advances and the PDF backend needs glyph ids; both come from here, read
//! with skrifa (the font reader under the PDF writer) once per process. Advances are exact, in
//! thousandths of an em: the writer gives each glyph the advance layout measured.

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider, charmap::Charmap};
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

    /// The font file, without hinting (`build.rs` slims the files of `fonts/`).
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => {
                include_bytes!(concat!(env!("OUT_DIR"), "/LiberationSans-Regular.ttf"))
            }
            Face::Bold => include_bytes!(concat!(env!("OUT_DIR"), "/LiberationSans-Bold.ttf")),
            Face::Italic => include_bytes!(concat!(env!("OUT_DIR"), "/LiberationSans-Italic.ttf")),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A face's character map and advances, read once; those of Latin letters and punctuation
/// (below U+0250 and U+2000 to U+20FF) looked up in advance, as letters use little else.
struct Metrics {
    charmap: Charmap<'static>,
    advances: GlyphMetrics<'static>,
    units_per_em: f32,
    common: Vec<Option<(u32, f32)>>,
}

/// The characters looked up in advance: `common[index(c)]`.
const LATIN: u32 = 0x250;
const PUNCTUATION: std::ops::Range<u32> = 0x2000..0x2100;

fn index(c: char) -> Option<usize> {
    let c = u32::from(c);
    match c {
        c if c < LATIN => Some(c as usize),
        c if PUNCTUATION.contains(&c) => Some((LATIN + c - PUNCTUATION.start) as usize),
        _ => None,
    }
}

fn metrics(face: Face) -> &'static Metrics {
    static FACES: [OnceLock<Metrics>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    FACES[face.index()].get_or_init(|| {
        let font = FontRef::new(face.bytes()).expect("embedded font parses");
        let advances = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let units_per_em = font
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em;
        let mut metrics = Metrics {
            charmap: font.charmap(),
            advances,
            units_per_em: f32::from(units_per_em),
            common: Vec::new(),
        };
        let chars = (0..LATIN).chain(PUNCTUATION).filter_map(char::from_u32);
        metrics.common = chars.map(|c| metrics.read(c)).collect();
        metrics
    })
}

impl Metrics {
    /// Glyph id and advance (thousandths of an em) of `c`, from the font itself.
    fn read(&self, c: char) -> Option<(u32, f32)> {
        let glyph = self.charmap.map(c).filter(|glyph| glyph.to_u32() != 0)?;
        let units = self.advances.advance_width(glyph)?;
        Some((glyph.to_u32(), units * 1000.0 / self.units_per_em))
    }

    fn lookup(&self, c: char) -> Option<(u32, f32)> {
        match index(c) {
            Some(at) => self.common[at],
            None => self.read(c),
        }
    }
}

/// Glyph id and advance (thousandths of an em) of `c` in `face`, or `None` when the face has
/// no glyph for it.
pub fn glyph(face: Face, c: char) -> Option<(u32, f32)> {
    metrics(face).lookup(c)
}

/// Advance of `c` in thousandths of an em, or `None` when the face has no glyph for it.
pub fn advance(face: Face, c: char) -> Option<f32> {
    metrics(face).lookup(c).map(|(_, advance)| advance)
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
        assert_eq!(advance(Face::Regular, ' '), Some(277.832_03));
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

    /// Glyph id, advance and outline bounds of `c`, as a viewer reads them.
    fn glyph(font: &FontRef, c: char) -> (u32, Option<f32>, String) {
        let id = font.charmap().map(c).unwrap();
        let advance = font
            .glyph_metrics(Size::unscaled(), LocationRef::default())
            .advance_width(id);
        let mut pen = skrifa::outline::pen::ControlBoundsPen::new();
        let outline = font.outline_glyphs().get(id).unwrap();
        let settings =
            skrifa::outline::DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
        outline.draw(settings, &mut pen).unwrap();
        (id.to_u32(), advance, format!("{:?}", pen.bounding_box()))
    }

    #[test]
    fn embedded_faces_are_the_published_fonts_without_hinting() {
        let published: [&[u8]; 3] = [
            include_bytes!("../../fonts/LiberationSans-Regular.ttf"),
            include_bytes!("../../fonts/LiberationSans-Bold.ttf"),
            include_bytes!("../../fonts/LiberationSans-Italic.ttf"),
        ];
        for (face, published) in Face::ALL.into_iter().zip(published) {
            let embedded = face.bytes();
            assert!(
                embedded.len() < published.len() * 9 / 10,
                "{face:?} is not slimmed"
            );
            let (font, original) = (
                FontRef::new(embedded).unwrap(),
                FontRef::new(published).unwrap(),
            );
            for c in ['a', 'é', 'œ', 'W', '€', '«'] {
                assert_eq!(glyph(&font, c), glyph(&original, c), "{face:?} {c}");
            }
            for tag in [b"fpgm", b"prep", b"cvt "] {
                let tag = skrifa::raw::types::Tag::new(tag);
                assert!(font.table_data(tag).is_none(), "{face:?} keeps {tag}");
            }
            assert!(
                font.table_data(skrifa::raw::types::Tag::new(b"name"))
                    .is_some()
            );
        }
    }
}
