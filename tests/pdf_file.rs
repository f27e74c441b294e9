//! The PDF file itself: byte-identical output (in one process and across threads), metadata,
//! link annotations, font subsetting and size, the letterhead logo.
//!
//! Set `PDF_OUT=dir` to keep the rendered files for a look (`pdftoppm -png -r 60`).

#[path = "pdf/support.rs"]
mod support;

use lopdf::{Document as Pdf, Object};
use support::{TSB92_FR, options, png, render, runs};
use tsb_circular::markup;
use tsb_circular::pdf::{PdfOptions, pdf};

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

/// Font subsets and font programs are kept from letter to letter; what a letter gets must not
/// depend on that. About seventy letters with other characters come in between: more than the
/// 64 subsets and font programs kept, so those of the first letter are dropped and made again.
#[test]
fn a_letter_does_not_depend_on_the_letters_made_before_it() {
    let first = render("first", TSB92_FR);
    let others = ('A'..='Z')
        .chain('a'..='z')
        .chain('0'..='9')
        .chain('à'..='ï');
    for c in others {
        let text = format!("::para 1\nLettre {c}\n");
        let doc = markup::document(&text, "fr", "Circulaire TSB 92").unwrap();
        pdf(&doc, &options()).unwrap();
    }
    assert!(render("again", TSB92_FR) == first, "the letter changed");
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

/// `letter.logo` in the YAML: a file next to it, read when rendering a PDF.
#[test]
fn the_yaml_names_the_logo_file() {
    let dir = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/u4ssc-7.yaml"
    ))
    .unwrap();
    let yaml = example.replacen("  number: 92\n", "  number: 92\n  logo: itu.png\n", 1);
    std::fs::write(dir.path().join("meeting.yaml"), &yaml).unwrap();
    let out = dir.path().join("letter.pdf");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_circular"))
            .args(args)
            .output()
            .unwrap()
    };
    let args = [
        "render",
        dir.path().join("meeting.yaml").to_str().unwrap(),
        "--lang",
        "fr",
        "--format",
        "pdf",
        "-o",
        out.to_str().unwrap(),
    ]
    .map(String::from);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let missing = run(&args);
    assert_eq!(missing.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("meeting.yaml:6:9: `letter.logo`: cannot read the logo"),
        "{stderr}"
    );
    std::fs::write(dir.path().join("itu.png"), png()).unwrap();
    assert!(run(&args).status.success());
    let file = Pdf::load(&out).unwrap();
    let image = file.objects.values().any(|object| {
        let dict = object.as_stream().map(|stream| &stream.dict);
        dict.is_ok_and(|dict| dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image"))
    });
    assert!(image, "the logo is in the PDF");
}
