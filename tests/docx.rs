//! The Word document as a reader gets it: the zip opened and checked (CRCs, entry order), the
//! letter's words in order against the real circular, its styles, tables, page header and
//! properties; the same bytes every time; `-o x.docx` and `batch --format all`.

mod common;
#[path = "pdf/support.rs"]
mod support;
#[path = "docx/text.rs"]
mod text;

use common::{circular, root};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use support::{png, words};
use text::text;

/// The parts of a .docx, in zip order, each read through rawzip's CRC and size check.
fn parts(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let archive = rawzip::ZipArchive::from_slice(bytes).unwrap();
    let mut entries = archive.entries();
    let mut parts = Vec::new();
    while let Some(entry) = entries.next_entry().unwrap() {
        let name = String::from_utf8(entry.file_path().as_bytes().to_vec()).unwrap();
        let local = archive.get_entry(entry.wayfinder()).unwrap();
        let mut data = Vec::new();
        match entry.compression_method() {
            rawzip::CompressionMethod::STORE => {
                local.verifying_reader(local.data()).read_to_end(&mut data)
            }
            _ => {
                let inflate = flate2::bufread::DeflateDecoder::new(local.data());
                local.verifying_reader(inflate).read_to_end(&mut data)
            }
        }
        .unwrap();
        parts.push((name, data));
    }
    parts
}

fn part<'a>(parts: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let found = parts.iter().find(|(part, _)| part == name);
    let bytes = &found.unwrap_or_else(|| panic!("no part {name}")).1;
    std::str::from_utf8(bytes).unwrap()
}

/// `render examples/u4ssc-7.yaml --lang LANG -o DIR/NAME`: the file's bytes.
fn render(dir: &Path, name: &str, lang: &str, extra: &[&str]) -> Vec<u8> {
    let path = dir.join(name);
    let mut args = vec!["render", "examples/u4ssc-7.yaml", "--lang", lang, "-o"];
    args.push(path.to_str().unwrap());
    args.extend(extra);
    circular(&args).env_remove("SOURCE_DATE_EPOCH").success();
    std::fs::read(&path).unwrap()
}

#[test]
fn tsb_92_in_french_reads_as_the_real_circular() {
    let dir = tempfile::tempdir().unwrap();
    let parts = parts(&render(dir.path(), "tsb92.docx", "fr", &[]));
    let names: Vec<&str> = parts.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    let found = words(&text(part(&parts, "word/document.xml")));
    let seed = std::fs::read_to_string(root().join("tests/fixtures/tsb-circular-92-fr.txt"));
    let mut expected = words(&seed.unwrap());
    expected.extend(words(
        "Seizo Onoe Directeur du Bureau de la normalisation des télécommunications",
    ));
    let same = found
        .iter()
        .zip(&expected)
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(same, expected.len(), "differs after {:?}", &found[..same]);
    assert_eq!(found.len(), expected.len());
}

#[test]
fn paragraphs_carry_named_styles_and_numbers_with_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let parts = parts(&render(dir.path(), "tsb92.docx", "fr", &[]));
    let document = part(&parts, "word/document.xml");
    let body = text(document);
    assert!(
        body.contains("\n1\tJ'ai l'honneur de vous informer"),
        "{body}"
    );
    assert!(body.contains("\n6\tLes informations relatives"));
    assert_eq!(document.matches("<w:pStyle w:val=\"Bullet\"/>").count(), 6);
    assert_eq!(
        document.matches("<w:tbl>").count(),
        4,
        "letterhead, header, Copy, Subject"
    );
    let styles = part(&parts, "word/styles.xml");
    for name in [
        "Letterhead",
        "Place and date",
        "Header label",
        "Header value",
        "Addressee",
        "Subject",
        "Salutation",
        "Paragraph",
        "Bullet",
        "Closing",
        "Signature",
        "Annex title",
        "Header table",
        "Deadlines table",
        "Hyperlink",
    ] {
        assert!(
            styles.contains(&format!("<w:name w:val=\"{name}\"/>")),
            "{name}"
        );
    }
    assert!(styles.contains("<w:lang w:val=\"fr-CH\""));
    let links = part(&parts, "word/_rels/document.xml.rels");
    assert!(links.contains("Target=\"https://u4ssc.itu.int/latest-meetings/7th-meeting/\""));
    assert!(links.contains("Target=\"mailto:u4ssc@itu.int\""));
}

#[test]
fn page_two_on_has_the_page_number_and_the_reference_and_properties_say_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let parts = parts(&render(dir.path(), "tsb92.docx", "en", &[]));
    let head = part(&parts, "word/header2.xml");
    assert!(head.contains("<w:fldSimple w:instr=\" PAGE \">"));
    assert_eq!(text(head), "- 2 -\nTSB Circular 92\n");
    assert_eq!(text(part(&parts, "word/header1.xml")), "\n");
    let core = part(&parts, "docProps/core.xml");
    for element in [
        "<dc:subject>TSB Circular 92</dc:subject>",
        "<dc:creator>Seizo Onoe</dc:creator>",
        "<dc:language>en-GB</dc:language>",
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-05-02T00:00:00Z</dcterms:created>",
    ] {
        assert!(core.contains(element), "{element} in {core}");
    }
    assert!(core.contains("<dc:title>Seventh meeting of the"));
}

#[test]
fn page_one_has_the_itu_address_as_its_footer_as_in_the_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let parts = parts(&render(dir.path(), "tsb92.docx", "fr", &[]));
    let footer = part(&parts, "word/footer1.xml");
    assert!(footer.contains("<w:pStyle w:val=\"Footer\"/>"), "{footer}");
    let lines = text(footer);
    assert!(
        lines.starts_with("Union internationale des télécommunications • Place des Nations"),
        "{lines}"
    );
    let document = part(&parts, "word/document.xml");
    assert!(document.contains("<w:footerReference w:type=\"first\" r:id=\"rIdFirstFooter\"/>"));
    let rels = part(&parts, "word/_rels/document.xml.rels");
    assert!(rels.contains("Target=\"footer1.xml\""), "{rels}");
    let types = part(&parts, "[Content_Types].xml");
    assert!(types.contains("/word/footer1.xml"), "{types}");
}

#[test]
fn the_same_letter_gives_the_same_bytes_and_the_timestamp_dates_it() {
    let dir = tempfile::tempdir().unwrap();
    let first = render(dir.path(), "a.docx", "fr", &[]);
    assert!(first == render(dir.path(), "b.docx", "fr", &[]));
    let stamped = render(dir.path(), "c.docx", "fr", &["--timestamp", "1700000000"]);
    let core = parts(&stamped);
    assert!(part(&core, "docProps/core.xml").contains("2023-11-14T22:13:20Z"));
}

#[test]
fn several_word_letters_need_a_file_and_each_gets_its_language() {
    let done = circular(&["render", "examples/u4ssc-7.yaml", "--format", "docx"]).failure(2);
    assert!(
        done.stderr
            .contains("several docx letters cannot go to stdout"),
        "{}",
        done.stderr
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tsb92.docx");
    circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "-o",
        path.to_str().unwrap(),
    ])
    .success();
    for (lang, tag) in [("fr", "fr-CH"), ("en", "en-GB")] {
        let bytes = std::fs::read(dir.path().join(format!("tsb92-{lang}.docx"))).unwrap();
        let language = format!("<dc:language>{tag}</dc:language>");
        assert!(part(&parts(&bytes), "docProps/core.xml").contains(&language));
    }
}

#[test]
fn a_batch_in_all_formats_writes_text_pdf_and_word_for_each_recipient() {
    let dir = tempfile::tempdir().unwrap();
    let recipients = dir.path().join("r.csv");
    std::fs::write(
        &recipients,
        "id,name,language\nacme,ACME & Co,fr\nbeta,Beta,en\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let (r, o) = (recipients.to_str().unwrap(), out.to_str().unwrap());
    let args = [
        "batch",
        "examples/u4ssc-7.yaml",
        "--recipients",
        r,
        "--out",
        o,
    ];
    circular(&args).success();
    let mut all = args.to_vec();
    all.extend(["--format", "all", "--force"]);
    circular(&all).success();
    let files: BTreeMap<String, u64> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap())
        .map(|entry| {
            (
                entry.file_name().into_string().unwrap(),
                entry.metadata().unwrap().len(),
            )
        })
        .collect();
    for ext in ["txt", "pdf", "docx"] {
        assert!(
            files.contains_key(&format!("tsb92-fr-acme.{ext}")),
            "{files:?}"
        );
        assert!(
            files.contains_key(&format!("tsb92-en-beta.{ext}")),
            "{files:?}"
        );
    }
    let letter = std::fs::read(out.join("tsb92-fr-acme.docx")).unwrap();
    let document = text(part(&parts(&letter), "word/document.xml"));
    assert!(
        document.contains("ACME & Co\n\u{2013}\tAux Administrations"),
        "{document}"
    );
    let manifest = std::fs::read_to_string(out.join("tsb92-manifest.csv")).unwrap();
    assert!(manifest.contains("tsb92-en-beta.docx"), "{manifest}");
}

#[test]
fn a_control_character_stops_the_word_document_and_writes_nothing() {
    let yaml = common::example_with("  name: Seizo Onoe", "  name: \"Seizo\\aOnoe\"");
    let (dir, path) = common::temp_file("bell.yaml", &yaml);
    let out = dir.path().join("bell.docx");
    let args = ["render", path.to_str().unwrap(), "--lang", "fr", "-o"];
    let done = circular(&[&args[..], &[out.to_str().unwrap()]].concat()).failure(1);
    // Refused where the YAML is read, before any backend: at its line, in every format.
    let expected = "`signatory.name`: the text holds U+0007, a control character";
    assert!(done.stderr.contains(expected), "{}", done.stderr);
    assert!(!out.exists());
}

#[test]
fn the_yamls_logo_goes_into_the_word_letterhead() {
    let yaml = common::example_with("  number: 92\n", "  number: 92\n  logo: itu.png\n");
    let (dir, path) = common::temp_file("meeting.yaml", &yaml);
    std::fs::write(dir.path().join("itu.png"), png()).unwrap();
    let out = dir.path().join("letter.docx");
    let args = ["render", path.to_str().unwrap(), "--lang", "fr", "-o"];
    circular(&[&args[..], &[out.to_str().unwrap()]].concat()).success();
    let parts = parts(&std::fs::read(&out).unwrap());
    let document = part(&parts, "word/document.xml");
    // The 2x1 image, 40 pt high and 80 pt wide, as in the PDF.
    assert!(
        document.contains("<wp:extent cx=\"1016000\" cy=\"508000\"/>"),
        "{document}"
    );
    assert!(part(&parts, "word/_rels/document.xml.rels").contains("Target=\"media/logo.png\""));
    let media = parts.iter().find(|(name, _)| name == "word/media/logo.png");
    assert!(media.unwrap().1 == png(), "the logo's bytes as they are");
}
