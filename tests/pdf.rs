//! PDF output as a reader sees it: text extraction in reading order, links, metadata, and
//! byte-identical output (in one process, and across threads).
//!
//! Set `PDF_OUT=dir` to keep the rendered files for a look (`pdftoppm -png -r 60`).

use lopdf::{Document as Pdf, Encoding, Object};
use std::collections::BTreeMap;
use tsb_circular::commands::{self, Input};
use tsb_circular::document::Document;
use tsb_circular::locale::Lang;
use tsb_circular::output::pdf::{PdfOptions, pdf};
use tsb_circular::render::Templates;
use tsb_circular::{letter, markup};

const TSB92_FR: &str = include_str!("pdf/tsb-92-fr.markup");

fn options() -> PdfOptions {
    PdfOptions {
        created: 1_682_985_600,
        author: "ITU".into(),
        logo: None,
    }
}

fn render(name: &str, markup_text: &str) -> Vec<u8> {
    let doc = markup::document(markup_text, "fr", "Circulaire TSB 92").unwrap();
    let bytes = pdf(&doc, &options()).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/{name}.pdf"), &bytes).unwrap();
    }
    bytes
}

/// An example letter through the whole pipeline, as the binary builds it.
fn example(name: &str, lang: Lang) -> Document {
    let input = Input::read(&format!("examples/{name}.yaml")).unwrap();
    let letter = input.letter(lang, &letter::Options::default()).unwrap();
    let templates = Templates::new(lang, None).unwrap();
    commands::document(&letter, &templates).unwrap()
}

fn render_example(name: &str, lang: Lang) -> Vec<u8> {
    let bytes = pdf(&example(name, lang), &options()).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/{name}-{}.pdf", lang.code()), &bytes).unwrap();
    }
    bytes
}

/// The text of every positioned run, in content-stream order, decoded through `/ToUnicode`.
fn runs(bytes: &[u8]) -> Vec<String> {
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
fn words(text: &str) -> Vec<String> {
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
fn body(runs: &[String]) -> String {
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

#[test]
fn french_body_text_comes_back_in_reading_order() {
    let runs = runs(&render("tsb-92-fr", TSB92_FR));
    let extracted = words(&body(&runs));
    let source: String = TSB92_FR
        .lines()
        .filter(|line| !line.starts_with("::"))
        .collect::<Vec<_>>()
        .join(" ");
    let start = extracted.iter().position(|word| word == "Madame,").unwrap();
    let source = words(&source);
    let source_start = source.iter().position(|word| word == "Madame,").unwrap();
    let numbers = ["1", "2", "3", "4", "5", "6"];
    let body: Vec<_> = extracted[start..]
        .iter()
        .filter(|word| !numbers.contains(&word.as_str()))
        .collect();
    let expected: Vec<_> = source[source_start..].iter().collect();
    assert_eq!(body, expected);
    for needle in [
        "œuvre",
        "\"Tous",
        "http://www.itu.int/en/ITU-T/ssc/united/Pages/default.aspx.",
        "États",
    ] {
        assert!(body.iter().any(|word| word.as_str() == needle), "{needle}");
    }
}

/// Every word of the real circular, in order; the example adds only the signature, which the
/// seed lacks.
#[test]
fn tsb_92_in_french_reads_as_the_real_circular() {
    let runs = runs(&render_example("u4ssc-7", Lang::Fr));
    let seed = include_str!("fixtures/tsb-circular-92-fr.txt");
    let (found, expected) = (words(&body(&runs)), words(seed));
    let same = found
        .iter()
        .zip(&expected)
        .take_while(|(a, b)| a == b)
        .count();
    let context = |words: &[String]| words[same.saturating_sub(5)..].join(" ");
    let (found_context, seed_context) = (context(&found), context(&expected));
    assert!(
        same == expected.len(),
        "after word {same}:\n found: {found_context:.80}\n seed:  {seed_context:.80}"
    );
    assert_eq!(found[same..].first().map(String::as_str), Some("Seizo"));
}

#[test]
fn every_example_renders_in_both_languages() {
    for name in ["u4ssc-7", "tsag-collective", "workshop-montreal"] {
        for lang in Lang::ALL {
            let runs = runs(&render_example(name, lang));
            assert!(runs.len() > 20, "{name} {lang:?}");
        }
    }
}

#[test]
fn same_letter_same_bytes_in_one_process_and_across_threads() {
    let first = render("first", TSB92_FR);
    let second = render("second", TSB92_FR);
    assert!(first == second, "second render differs");
    let threads: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(|| render("thread", TSB92_FR)))
        .collect();
    for thread in threads {
        assert!(
            thread.join().unwrap() == first,
            "render in a thread differs"
        );
    }
}

#[test]
fn metadata_language_dates_and_file_identifier() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"fr");
    let info = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = pdf.get_dictionary(info).unwrap();
    let text = |key: &[u8]| lopdf::decode_text_string(info.get(key).unwrap()).unwrap();
    assert!(text(b"Title").starts_with("Septième réunion de l'initiative"));
    assert_eq!(text(b"Author"), "ITU");
    assert_eq!(text(b"Subject"), "Circulaire TSB 92");
    assert!(text(b"Creator").starts_with("tsb-circular"));
    assert_eq!(text(b"CreationDate"), "D:20230502000000Z");
    let id = pdf.trailer.get(b"ID").unwrap().as_array().unwrap();
    let id = id[0].as_str().unwrap();
    assert_eq!(id.len(), 32);
    assert!(id.iter().all(u8::is_ascii_hexdigit));
}

#[test]
fn web_and_mail_addresses_are_link_annotations() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let mut targets = Vec::new();
    for page in pdf.get_pages().into_values() {
        let page = pdf.get_dictionary(page).unwrap();
        for annotation in page.get(b"Annots").unwrap().as_array().unwrap() {
            let action = annotation.as_dict().unwrap().get(b"A").unwrap();
            let target = action
                .as_dict()
                .unwrap()
                .get(b"URI")
                .unwrap()
                .as_str()
                .unwrap();
            targets.push(String::from_utf8(target.to_vec()).unwrap());
        }
    }
    for target in [
        "mailto:u4ssc@itu.int",
        "http://www.itu.int/en/ITU-T/ssc/united/Pages/default.aspx",
        "https://u4ssc.itu.int/latest-meetings/7th-meeting/",
    ] {
        assert!(
            targets.iter().any(|found| found == target),
            "{target} in {targets:?}"
        );
    }
}

#[test]
fn fonts_are_subset_and_the_file_is_small() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    assert!(bytes.len() < 25_000, "{} bytes", bytes.len());
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("/BaseFont/TSBREG+LiberationSans"));
}

/// A 2x1 RGB PNG: the smallest logo the backend must take (CRCs are not checked by anyone).
fn png() -> Vec<u8> {
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

#[test]
fn a_png_logo_is_embedded_as_an_image_and_the_letterhead_moves_right() {
    let doc = markup::document(TSB92_FR, "fr", "Circulaire TSB 92").unwrap();
    let with_logo = PdfOptions {
        logo: Some(png()),
        ..options()
    };
    let bytes = pdf(&doc, &with_logo).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/logo.pdf"), &bytes).unwrap();
    }
    let file = Pdf::load_mem(&bytes).unwrap();
    let images = file.objects.values().filter(|object| {
        let dict = object.as_stream().map(|stream| &stream.dict);
        dict.is_ok_and(|dict| dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image"))
    });
    assert_eq!(images.count(), 1);
    assert_eq!(
        runs(&bytes)[0].trim(),
        "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS"
    );
    let error = |logo: &[u8]| {
        let options = PdfOptions {
            logo: Some(logo.to_vec()),
            ..options()
        };
        pdf(&doc, &options).unwrap_err().to_string()
    };
    assert_eq!(
        error(b"GIF89a"),
        "cannot use the logo: it is neither a PNG nor a JPEG image"
    );
    let mut alpha = png();
    alpha[8 + 8 + 9] = 6;
    assert!(error(&alpha).contains("transparency"));
}
