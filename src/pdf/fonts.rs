//! The letter's faces as the PDF writer embeds them, and runs of text as positioned glyphs.
//!
//! Each face (slimmed at build time: see `build.rs`) is handed to krilla, which subsets it into
//! every file; the glyph ids stay those layout measured. Each glyph gets the
//! advance layout gave it, spaces with the justification's extra width: krilla writes any
//! difference from the font's own advance into the text operator, so the PDF shows the line
//! exactly where layout put it.

use crate::layout::fonts::{self, Face};
use crate::layout::page::Run;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use std::sync::OnceLock;

/// The embeddable font of `face`.
pub fn font(face: Face) -> Font {
    static FONTS: [OnceLock<Font>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    FONTS[face as usize]
        .get_or_init(|| Font::new(face.bytes().into(), 0).expect("embedded font parses"))
        .clone()
}

/// The glyphs of `run`, with advances in ems. Layout has checked every character has a glyph.
pub fn glyphs(run: &Run) -> Vec<KrillaGlyph> {
    let extra = run.space_extra / run.size;
    let glyph = |(at, c): (usize, char)| {
        let (id, advance) = fonts::glyph(run.face, c).unwrap_or((0, 0.0));
        let advance = advance / 1000.0;
        let advance = if c == ' ' { advance + extra } else { advance };
        let range = at..at + c.len_utf8();
        KrillaGlyph::new(GlyphId::new(id), advance, 0.0, 0.0, 0.0, range, None)
    };
    run.text.char_indices().map(glyph).collect()
}
