//! PDF output as a reader sees it: text extraction, metadata, reproducibility.

use tsb_circular::markup;
use tsb_circular::output::pdf::{PdfOptions, pdf};

const TSB92_FR: &str = include_str!("pdf/tsb-92-fr.markup");

fn options() -> PdfOptions {
    PdfOptions {
        created: 1_682_985_600,
        author: "ITU".into(),
        logo: None,
    }
}

fn render(markup_text: &str) -> Vec<u8> {
    let doc = markup::document(markup_text, "fr", "Circulaire TSB 92").unwrap();
    let bytes = pdf(&doc, &options()).unwrap();
    if let Ok(dir) = std::env::var("PDF_OUT") {
        std::fs::write(format!("{dir}/tsb-92-fr.pdf"), &bytes).unwrap();
    }
    bytes
}

#[test]
fn renders() {
    let bytes = render(TSB92_FR);
    assert!(bytes.starts_with(b"%PDF-"));
}
