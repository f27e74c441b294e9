//! The PDF file itself: byte-identical output (in one process and across threads), metadata,
//! link annotations, font subsetting and size, the letterhead logo.
//!
//! Set `PDF_OUT=dir` to keep the rendered files for a look (`pdftoppm -png -r 60`).

mod common;
#[path = "pdf/support.rs"]
mod support;

use common::{circular, example_with, root, temp_file};
use lopdf::{Document as Pdf, Object};
use support::{Element, TSB92_FR, options, render, runs, structure};
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

/// Font subsets are kept from letter to letter (krilla's memo); what a letter gets must not
/// depend on that. About seventy letters with other characters come in between, so the first
/// letter's subsets are dropped (every 128 letters) and made again.
#[test]
fn a_letter_does_not_depend_on_the_letters_made_before_it() {
    let first = render("first", TSB92_FR);
    let others = ('A'..='Z')
        .chain('A'..='Z')
        .chain('a'..='z')
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
    let preferences = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(
        preferences
            .get(b"DisplayDocTitle")
            .unwrap()
            .as_bool()
            .unwrap()
    );
    let info = pdf.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = pdf.get_dictionary(info).unwrap();
    let text = |key: &[u8]| lopdf::decode_text_string(info.get(key).unwrap()).unwrap();
    assert!(text(b"Title").starts_with("Septième réunion de l'initiative"));
    assert_eq!(text(b"Author"), "ITU");
    assert_eq!(text(b"Subject"), "Circulaire TSB 92");
    assert!(text(b"Creator").starts_with("tsb-circular"));
    assert!(text(b"CreationDate").starts_with("D:20230502000000"));
    let id = pdf.trailer.get(b"ID").unwrap().as_array().unwrap();
    assert!(!id[0].as_str().unwrap().is_empty());
}

/// The XMP packet says what the file is: title, language, PDF/A-3b and PDF/UA-1; the output
/// intent is sRGB; the file is marked as tagged.
#[test]
fn the_file_declares_pdf_a_3b_and_pdf_ua_1() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let metadata = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let xmp = pdf.get_object(metadata).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    for expected in [
        "<pdfaid:part>3</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "<rdf:li xml:lang=\"x-default\">Septième réunion de l",
        "<rdf:li>fr</rdf:li>",
    ] {
        assert!(xmp.contains(expected), "{expected} in {xmp}");
    }
    let intents = catalog.get(b"OutputIntents").unwrap();
    let intents = match intents {
        Object::Reference(id) => pdf.get_object(*id).unwrap().as_array().unwrap(),
        other => other.as_array().unwrap(),
    };
    let intent = pdf
        .get_dictionary(intents[0].as_reference().unwrap())
        .unwrap();
    let condition = intent.get(b"OutputCondition").unwrap();
    assert!(
        lopdf::decode_text_string(condition)
            .unwrap()
            .contains("sRGB")
    );
    let mark = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
}

/// A screen reader gets the letter's structure, in reading order: the letterhead lines, the
/// header's labelled items, the subject as the heading, the numbered paragraphs as a list with
/// their numbers as labels, the bullets as a list inside paragraph 4, links with their
/// annotations; the running head of page 2 is not in it.
#[test]
fn the_structure_tree_follows_the_letter() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    let tree = structure(&bytes);
    let roles: Vec<&str> = tree.iter().map(|e| e.role.as_str()).collect();
    assert_eq!(roles[0], "Document");
    assert_eq!(
        &roles[1..4],
        ["P", "P", "P"],
        "letterhead lines, then the date"
    );
    let heading = tree.iter().find(|e| e.role == "H1").unwrap();
    assert!(
        heading
            .text
            .as_deref()
            .unwrap()
            .starts_with("Septième réunion")
    );
    let labels: Vec<usize> = (0..tree.len())
        .filter(|&i| tree[i].role == "Lbl" && tree[i].depth == 3)
        .collect();
    assert!(labels.len() >= 6, "{roles:?}");
    let numbered = tree.iter().position(|e| e.role == "L" && e.depth == 1);
    let bullets = tree.iter().filter(|e| e.role == "L" && e.depth > 3).count();
    assert!(numbered.is_some() && bullets >= 1, "{roles:?}");
    let links: Vec<&Element> = tree.iter().filter(|e| e.role == "Link").collect();
    assert!(links.len() >= 3);
    assert!(
        links
            .iter()
            .all(|link| link.annotations >= 1 && link.content >= 1)
    );
    assert!(!tree.iter().any(|e| e.text.as_deref() == Some("- 2 -")));
    let content: usize = tree.iter().map(|e| e.content).sum();
    let (marked, artifacts) = marked_content(&bytes);
    assert_eq!(
        content, marked,
        "every marked-content sequence is in the tree"
    );
    assert!(
        artifacts >= 2,
        "the rule and the running head are artifacts"
    );
}

/// Marked-content sequences of the pages: those in the structure tree, and artifacts.
fn marked_content(bytes: &[u8]) -> (usize, usize) {
    let pdf = Pdf::load_mem(bytes).unwrap();
    let (mut marked, mut artifacts) = (0, 0);
    for page in pdf.get_pages().into_values() {
        for operation in pdf.get_and_decode_page_content(page).unwrap().operations {
            let tag = operation
                .operands
                .first()
                .and_then(|tag| tag.as_name().ok());
            match (operation.operator.as_str(), tag) {
                ("BDC" | "BMC", Some(b"Artifact")) => artifacts += 1,
                ("BDC", Some(_)) => marked += 1,
                _ => {}
            }
        }
    }
    (marked, artifacts)
}

#[test]
fn web_and_mail_addresses_are_link_annotations() {
    let bytes = render("tsb-92-fr", TSB92_FR);
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let mut targets = Vec::new();
    for page in pdf.get_pages().into_values() {
        let page = pdf.get_dictionary(page).unwrap();
        for annotation in page.get(b"Annots").unwrap().as_array().unwrap() {
            let annotation = match annotation {
                Object::Reference(id) => pdf.get_dictionary(*id).unwrap(),
                other => other.as_dict().unwrap(),
            };
            let action = annotation.get(b"A").unwrap().as_dict().unwrap();
            let target = action.get(b"URI").unwrap().as_str().unwrap();
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
    assert!(bytes.len() < 45_000, "{} bytes", bytes.len());
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let fonts: Vec<String> = pdf
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok()?.get(b"BaseFont").ok()?.as_name().ok())
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect();
    assert!(!fonts.is_empty());
    for font in &fonts {
        let (tag, name) = font.split_once('+').unwrap();
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{font}"
        );
        assert!(name.starts_with("LiberationSans"), "{font}");
    }
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Images (and their soft masks, for transparency) in the file.
fn images(bytes: &[u8]) -> usize {
    let file = Pdf::load_mem(bytes).unwrap();
    let images = file.objects.values().filter(|object| {
        let dict = object.as_stream().map(|stream| &stream.dict);
        dict.is_ok_and(|dict| dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image"))
    });
    images.count()
}

#[test]
fn png_and_jpeg_logos_with_transparency_are_figures_and_the_letterhead_moves_right() {
    let doc = markup::document(TSB92_FR, "fr", "Circulaire TSB 92").unwrap();
    for (name, expected) in [
        ("logo-rgba.png", 2),
        ("logo-palette-trns.png", 2),
        ("logo.jpg", 1),
    ] {
        let with_logo = PdfOptions {
            logo: Some(tsb_circular::pdf::logo(&fixture(name)).unwrap()),
            ..options()
        };
        let bytes = pdf(&doc, &with_logo).unwrap();
        if let Ok(dir) = std::env::var("PDF_OUT") {
            std::fs::write(format!("{dir}/{name}.pdf"), &bytes).unwrap();
        }
        assert_eq!(
            images(&bytes),
            expected,
            "{name}: the image, and its mask if any"
        );
        let figure = structure(&bytes).into_iter().find(|e| e.role == "Figure");
        assert_eq!(figure.unwrap().text.as_deref(), Some("Logo de l'UIT"));
        assert_eq!(
            runs(&bytes)[0].trim(),
            "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS"
        );
    }
    let error = |logo: &[u8]| tsb_circular::pdf::logo(logo).unwrap_err().to_string();
    assert_eq!(
        error(b"GIF89a"),
        "cannot use the logo: it is neither a PNG nor a JPEG image"
    );
    let broken = &fixture("logo-rgba.png")[..300];
    assert!(
        error(broken).contains("the image is broken"),
        "{}",
        error(broken)
    );
    let mut huge = fixture("logo-rgba.png");
    huge[16..20].copy_from_slice(&100_000u32.to_be_bytes());
    assert!(
        error(&huge).contains("100000 x 80 pixels"),
        "{}",
        error(&huge)
    );
}

/// `letter.logo` in the YAML: a file next to it, read when rendering a PDF; a bad one is an
/// error at the field.
#[test]
fn the_yaml_names_the_logo_file() {
    let yaml = example_with("  number: 92\n", "  number: 92\n  logo: itu.png\n");
    let (dir, yaml) = temp_file("meeting.yaml", &yaml);
    let out = dir.path().join("letter.pdf");
    let args = [
        "render",
        yaml.to_str().unwrap(),
        "--lang",
        "fr",
        "-o",
        out.to_str().unwrap(),
    ];
    let stderr = circular(&args).failure(1).stderr;
    assert!(
        stderr.contains("meeting.yaml:6:9: `letter.logo`: cannot read the logo"),
        "{stderr}"
    );
    std::fs::write(dir.path().join("itu.png"), &fixture("logo-rgba.png")[..300]).unwrap();
    let stderr = circular(&args).failure(1).stderr;
    assert!(
        stderr.contains("meeting.yaml:6:9: `letter.logo`"),
        "{stderr}"
    );
    assert!(stderr.contains("the image is broken"), "{stderr}");
    std::fs::write(dir.path().join("itu.png"), fixture("logo-rgba.png")).unwrap();
    circular(&args).success();
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(images(&bytes), 2);
    let figure = structure(&bytes).into_iter().find(|e| e.role == "Figure");
    let alt = figure.unwrap().text.unwrap();
    assert_eq!(alt, "Logo de l'Union internationale des télécommunications");
    let said = "  logo: itu.png\n  logo-alt: {fr: \"L'UIT en bleu\", en: ITU in blue}\n";
    let yaml_text = std::fs::read_to_string(&yaml)
        .unwrap()
        .replace("  logo: itu.png\n", said);
    std::fs::write(&yaml, yaml_text).unwrap();
    circular(&args).success();
    let bytes = std::fs::read(&out).unwrap();
    let figure = structure(&bytes).into_iter().find(|e| e.role == "Figure");
    assert_eq!(figure.unwrap().text.as_deref(), Some("L'UIT en bleu"));
}

/// The PDF carries the meeting's invitation, as `circular ics` writes it, as an associated file.
#[test]
fn the_invitation_is_inside_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tsb92.pdf");
    let example = root().join("examples/u4ssc-7.yaml");
    let example = example.to_str().unwrap();
    let args = [
        "render",
        example,
        "--lang",
        "en",
        "-o",
        out.to_str().unwrap(),
    ];
    circular(&args).success();
    let ics = circular(&["ics", example, "--lang", "en"]).success().stdout;
    let bytes = std::fs::read(&out).unwrap();
    let pdf = Pdf::load_mem(&bytes).unwrap();
    let catalog = pdf.catalog().unwrap();
    let associated = catalog.get(b"AF").unwrap().as_array().unwrap();
    let spec = pdf
        .get_dictionary(associated[0].as_reference().unwrap())
        .unwrap();
    let name = lopdf::decode_text_string(spec.get(b"UF").unwrap()).unwrap();
    assert_eq!(name, "tsb92.ics");
    assert_eq!(
        spec.get(b"AFRelationship").unwrap().as_name().unwrap(),
        b"Supplement"
    );
    let files = spec.get(b"EF").unwrap().as_dict().unwrap();
    let file = pdf
        .get_object(files.get(b"F").unwrap().as_reference().unwrap())
        .unwrap();
    let file = file.as_stream().unwrap();
    assert_eq!(
        file.dict.get(b"Subtype").unwrap().as_name().unwrap(),
        b"text/calendar"
    );
    assert_eq!(file.decompressed_content().unwrap(), ics.as_bytes());
}
