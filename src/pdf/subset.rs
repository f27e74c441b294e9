//! Font subsets, made once per process for each face and set of characters (see `memo.rs`).
//!
//! Letters of a batch differ only in their addressee lines, so most use the same characters of
//! each face, and subsetting (allsorts, then parsing the subset back) was a fifth of the time of a
//! PDF. The subset is handed to printpdf as a font to embed whole: it is the very program printpdf
//! would have made, under the same name, so the file has the same bytes as when printpdf subset.

use super::memo::Memo;
use crate::layout::fonts::{self, Face};
use printpdf::{FontEmbeddingMode, ParsedFont, PdfFont, PrintpdfFontMeta};
use std::collections::{BTreeMap, BTreeSet};

/// `face` reduced to `chars`, named `TAG+Name` as a subset must be (ISO 32000-1, 9.6.4).
pub fn subset(face: Face, chars: &BTreeSet<char>, tag: &str) -> PdfFont {
    /// A batch has a few character sets per language and face, and one more for each new set of
    /// letters in the names of its addressees; a subset is some tens of kilobytes.
    static SUBSETS: Memo<(Face, String, String), ParsedFont> = Memo::new(64);
    let key = (face, tag.to_string(), chars.iter().collect());
    let font = SUBSETS.get(&key, || make(face, chars, tag));
    let meta = PrintpdfFontMeta {
        embedding_mode: FontEmbeddingMode::Full,
        requires_subsetting: false,
        ..PrintpdfFontMeta::default()
    };
    PdfFont::with_meta(font, meta)
}

/// Subsets as printpdf does (glyph 0, then the glyphs of `chars` in id order), and gives the subset
/// the face's metrics, which the font descriptor describes.
fn make(face: Face, chars: &BTreeSet<char>, tag: &str) -> ParsedFont {
    let original = fonts::parsed(face);
    let glyphs: BTreeMap<u16, String> = chars
        .iter()
        .filter_map(|&c| Some((original.lookup_glyph_index(c as u32)?, c.to_string())))
        .collect();
    let subset = printpdf::subset_font(original, &glyphs).expect("the embedded faces subset");
    let mut font =
        ParsedFont::from_bytes(&subset.bytes, 0, &mut Vec::new()).expect("a subset parses");
    font.pdf_font_metrics = original.pdf_font_metrics; // the subset lacks OS/2's weight class
    let name = original.font_name.as_deref().unwrap_or(tag);
    font.font_name = Some(format!("{tag}+{name}"));
    font
}
