//! Writes a laid-out letter as PDF: the thin backend after `layout`.
//!
//! Every line is positioned absolutely (`Tm`) and shown with one `TJ`, whose numbers after each
//! space carry the justification (word spacing `Tw` does not apply to the two-byte glyph codes of
//! embedded fonts). The three faces are subset into the file under fixed names, and the finishing
//! step (`reproducible.rs`) fixes dates and the file identifier, so the same letter always gives
//! the same bytes.

mod error;
mod logo;
mod memo;
mod png;
mod reproducible;
mod slim;
mod subset;

use crate::document::Document;
use crate::layout::fonts::Face;
use crate::layout::layout;
use crate::layout::page::{PAGE_HEIGHT, PAGE_WIDTH, Page, Rect, Run};
pub use error::PdfError;
use logo::Logo;
use printpdf::{
    Actions, BorderArray, FontId, LinkAnnotation, Mm, Op, PaintMode, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem, TextMatrix,
};
use std::collections::BTreeSet;

/// What the PDF says about itself, and what layout does not decide.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PdfOptions {
    /// Creation date, in seconds since 1970-01-01 UTC (`SOURCE_DATE_EPOCH` or the letter's date).
    pub created: i64,
    /// The author in the metadata ("ITU Telecommunication Standardization Bureau").
    pub author: String,
    /// A PNG or JPEG logo for the letterhead.
    pub logo: Option<Vec<u8>>,
}

/// Whether `bytes` are a logo this backend can embed (a PNG or JPEG it reads).
pub fn check_logo(bytes: &[u8]) -> Result<(), PdfError> {
    logo_ratio(bytes).map(|_| ())
}

/// The width over the height of a logo this backend can embed.
pub fn logo_ratio(bytes: &[u8]) -> Result<f32, PdfError> {
    logo::read(bytes).map(|logo| logo.ratio())
}

/// Renders `doc` as PDF bytes.
pub fn pdf(doc: &Document, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    pdf_with(doc, options, subset::subset)
}

/// What gives the font of a face, from the characters drawn in it and its subset tag.
type Fonts = fn(Face, &BTreeSet<char>, &str) -> PdfFont;

fn pdf_with(doc: &Document, options: &PdfOptions, fonts: Fonts) -> Result<Vec<u8>, PdfError> {
    let logo = options.logo.as_deref().map(logo::read).transpose()?;
    let pages = layout(doc, logo.as_ref().map(Logo::ratio))?;
    let mut pdf = PdfDocument::new(&doc.title);
    for face in Face::ALL {
        let chars: BTreeSet<char> = pages
            .iter()
            .flat_map(|page| &page.runs)
            .filter(|run| run.face == face)
            .flat_map(|run| run.text.chars())
            .collect();
        if !chars.is_empty() {
            let id = font_id(face);
            let font = fonts(face, &chars, &id.0);
            pdf.resources.fonts.map.insert(id, font);
        }
    }
    if let Some(logo) = &logo {
        logo::register(&mut pdf, logo);
    }
    pdf.pages = pages.iter().map(page).collect();
    let info = &mut pdf.metadata.info;
    info.author = options.author.clone();
    info.subject = doc.reference.clone();
    info.creator = concat!("tsb-circular ", env!("CARGO_PKG_VERSION")).into();
    info.producer = "printpdf 0.12.8".into();
    let save = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let lopdf = pdf.to_lopdf_document(&save, &mut Vec::new());
    Ok(reproducible::finish(lopdf, &doc.lang, options.created))
}

/// Fixed resource names, which also give the subset tags: no process-wide counter involved.
fn font_id(face: Face) -> FontId {
    FontId(
        match face {
            Face::Regular => "TSBREG",
            Face::Bold => "TSBBLD",
            Face::Italic => "TSBITA",
        }
        .into(),
    )
}

fn page(page: &Page) -> PdfPage {
    let mut ops: Vec<Op> = page
        .logo
        .into_iter()
        .map(rect)
        .flat_map(logo::draw)
        .collect();
    ops.extend(page.rules.iter().map(|rule| {
        let mut rectangle = rect(Rect {
            x: rule.x1,
            top: rule.y - rule.thickness / 2.0,
            width: rule.x2 - rule.x1,
            height: rule.thickness,
        });
        rectangle.mode = Some(PaintMode::Fill);
        Op::DrawRectangle { rectangle }
    }));
    ops.push(Op::StartTextSection);
    let mut current = None;
    for run in &page.runs {
        if current != Some((run.face, run.size)) {
            current = Some((run.face, run.size));
            let font = PdfFontHandle::External(font_id(run.face));
            ops.push(Op::SetFont {
                font,
                size: Pt(run.size),
            });
        }
        let (x, y) = (Pt(run.x), Pt(PAGE_HEIGHT - run.baseline));
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(x, y),
        });
        ops.push(Op::ShowText { items: items(run) });
    }
    ops.push(Op::EndTextSection);
    ops.extend(page.links.iter().map(|link| Op::LinkAnnotation {
        link: LinkAnnotation::new(
            rect(link.rect),
            Actions::Uri(uri(&link.target)),
            Some(BorderArray::Solid([0.0, 0.0, 0.0])),
            None,
            None,
        ),
    }));
    PdfPage::new(Mm::from(Pt(PAGE_WIDTH)), Mm::from(Pt(PAGE_HEIGHT)), ops)
}

/// The TJ array of a run: text, and after each space the justification offset.
fn items(run: &Run) -> Vec<TextItem> {
    if run.space_extra == 0.0 {
        return vec![TextItem::Text(run.text.clone())];
    }
    let offset = -run.space_extra * 1000.0 / run.size;
    let mut items = Vec::new();
    for (index, word) in run.text.split_inclusive(' ').enumerate() {
        if index > 0 {
            items.push(TextItem::Offset(offset));
        }
        items.push(TextItem::Text(word.to_string()));
    }
    items
}

/// A link target as the ASCII URI PDF wants: a non-breaking hyphen (a word-processor artefact)
/// is a hyphen, other non-ASCII characters are percent-encoded.
fn uri(target: &str) -> String {
    let mut uri = String::new();
    for c in target
        .chars()
        .map(|c| if c == '\u{2011}' { '-' } else { c })
    {
        match c.is_ascii() {
            true => uri.push(c),
            false => uri.extend(c.to_string().bytes().map(|byte| format!("%{byte:02X}"))),
        }
    }
    uri
}

/// A layout rectangle in PDF coordinates (origin at the bottom left).
fn rect(rect: Rect) -> printpdf::Rect {
    let bottom = PAGE_HEIGHT - rect.top - rect.height;
    printpdf::Rect::from_xywh(Pt(rect.x), Pt(bottom), Pt(rect.width), Pt(rect.height))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::fonts;
    use crate::locale::Lang;
    use crate::pipeline::{self, Input};
    use crate::render::Templates;

    /// The subsets kept from letter to letter give the very bytes of printpdf subsetting each
    /// letter's full faces itself.
    #[test]
    fn kept_subsets_give_the_bytes_of_printpdf_subsetting() {
        let printpdf =
            |face, _: &BTreeSet<char>, _: &str| PdfFont::new(fonts::parsed(face).clone());
        let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/u4ssc-7.yaml");
        let input = Input::read(example).unwrap();
        let options = PdfOptions::default();
        for lang in Lang::ALL {
            let mut letter = input.letter(lang, &Default::default()).unwrap();
            letter.recipient = vec!["Dr Žofie Müller-Łukasiewicz".into(), "Ministère".into()];
            let templates = Templates::new(lang, None).unwrap();
            let doc = pipeline::document(&letter, &templates).unwrap();
            let kept = pdf(&doc, &options).unwrap();
            assert!(
                kept == pdf_with(&doc, &options, printpdf).unwrap(),
                "{lang:?}"
            );
            assert!(kept == pdf(&doc, &options).unwrap(), "{lang:?}, kept again");
        }
    }
}
