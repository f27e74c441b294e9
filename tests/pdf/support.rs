//! Shared by the PDF tests: rendering the fixtures and the examples, and reading a PDF back as
//! a reader would (runs of text through `/ToUnicode`, in content-stream order).
#![allow(dead_code)]

use lopdf::{Document as Pdf, Encoding, Object};
use std::collections::BTreeMap;
use tsb_circular::document::Document;
use tsb_circular::locale::Lang;
use tsb_circular::markup;
use tsb_circular::pdf::{PdfOptions, pdf};
use tsb_circular::pipeline::{self, Input, View};
use tsb_circular::render::Templates;

/// TSB Circular 92 in French, written by hand in markup (independent of the templates).
pub const TSB92_FR: &str = include_str!("tsb-92-fr.markup");

pub fn options() -> PdfOptions {
    PdfOptions {
        created: 1_682_985_600,
        author: "ITU".into(),
        logo: None,
    }
}

pub fn render(name: &str, markup_text: &str) -> Vec<u8> {
    let doc = markup::document(markup_text, "fr", "Circulaire TSB 92").unwrap();
    let bytes = pdf(&doc, &options()).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/{name}.pdf"), &bytes).unwrap();
    }
    bytes
}

/// An example letter through the whole pipeline, as the binary builds it.
pub fn example(name: &str, lang: Lang) -> Document {
    let input = Input::read(&format!("examples/{name}.yaml")).unwrap();
    let letter = input.letter(lang, &View::default()).unwrap();
    let templates = Templates::new(lang, None).unwrap();
    pipeline::document(&letter, &templates).unwrap()
}

pub fn render_example(name: &str, lang: Lang) -> Vec<u8> {
    let bytes = pdf(&example(name, lang), &options()).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/{name}-{}.pdf", lang.code()), &bytes).unwrap();
    }
    bytes
}

/// The text of every positioned run, in content-stream order, decoded through `/ToUnicode`.
pub fn runs(bytes: &[u8]) -> Vec<String> {
    let pdf = Pdf::load_mem(bytes).unwrap();
    let mut runs = Vec::new();
    for page in pdf.get_pages().into_values() {
        let fonts = pdf.get_page_fonts(page).unwrap();
        let encodings: BTreeMap<Vec<u8>, Encoding> = fonts
            .into_iter()
            .map(|(name, font)| (name, font.get_font_encoding(&pdf).unwrap()))
            .collect();
        let mut encoding = None;
        for operation in pdf.get_and_decode_page_content(page).unwrap().operations {
            let operands = &operation.operands;
            match operation.operator.as_str() {
                "Tf" => encoding = encodings.get(operands[0].as_name().unwrap()),
                "Tm" => runs.push(String::new()),
                "TJ" => {
                    for item in operands[0].as_array().unwrap() {
                        if let Object::String(text, _) = item {
                            let text = Pdf::decode_text(encoding.unwrap(), text).unwrap();
                            runs.last_mut().unwrap().push_str(&text);
                        }
                    }
                }
                "Tj" => {
                    let text = operands[0].as_str().unwrap();
                    let text = Pdf::decode_text(encoding.unwrap(), text).unwrap();
                    runs.last_mut().unwrap().push_str(&text);
                }
                _ => {}
            }
        }
    }
    runs
}

/// Words of a text, without list markers and Word bookmarks ("[bookmark: Addressee_F]"); a
/// non-breaking hyphen counts as a hyphen.
pub fn words(text: &str) -> Vec<String> {
    let mut text = text.replace('\u{2011}', "-");
    while let Some(start) = text.find("[bookmark:") {
        let end = text[start..]
            .find(']')
            .map_or(text.len(), |end| start + end + 1);
        text.replace_range(start..end, " ");
    }
    text.split_whitespace()
        .filter(|word| !["-", "\u{2013}", "\u{2022}"].contains(word))
        .map(str::to_string)
        .collect()
}

/// The runs' text in order, without the running heads ("- 2 -" and the reference after it).
pub fn body(runs: &[String]) -> String {
    let mut text = String::new();
    let mut skip = 0;
    for run in runs {
        let words: Vec<_> = run.split_whitespace().collect();
        let head = words.len() == 3 && words[0] == "-" && words[2] == "-";
        skip = if head { 2 } else { skip };
        if skip > 0 {
            skip -= 1;
        } else {
            text.push_str(run);
        }
    }
    text
}

/// A 2x1 RGB PNG: the smallest logo the backend must take (CRCs are not checked by anyone).
pub fn png() -> Vec<u8> {
    use std::io::Write;
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&[0; 4]);
        chunk
    };
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&[0, 0, 51, 153, 255, 255, 255]).unwrap();
    let header = [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0];
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(b"IDAT", &encoder.finish().unwrap()));
    png.extend(chunk(b"IEND", &[]));
    png
}
