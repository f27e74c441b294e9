//! Every command makes its letters through one pipeline, so they agree about the same letter:
//! what `render` fails on, `check` reports (in every language, every character, at its line),
//! `batch` stops on before writing anything (once, with the same message), and `addressees`
//! reports for every language at once.

mod common;

use common::{circular, example_with, root, temp_file};

/// The example with a signatory and an objective that the PDF fonts cannot show.
fn with_missing_glyphs() -> String {
    let text = example_with("  name: Seizo Onoe", "  name: Seizo 尾上");
    text.replacen(
        "    en: present the activities of the U4SSC hub;",
        "    en: present the activities of the U4SSC hub ☃;",
        1,
    )
}

/// The line of the file holding `needle`, 1-based.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|line| line.contains(needle)).unwrap() + 1
}

#[test]
fn check_reports_every_character_the_fonts_lack_at_its_line_and_field() {
    let text = with_missing_glyphs();
    let (dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    let file = path.display();
    let name = line_of(&text, "尾上");
    let snowman = line_of(&text, "☃");
    for (line, field, code) in [
        (name, "signatory.name", "U+5C3E"),
        (name, "signatory.name", "U+4E0A"),
        (snowman, "objectives[3].en", "U+2603"),
    ] {
        let expected = format!("{file}:{line}:");
        let at_line = done
            .stderr
            .lines()
            .any(|l| l.starts_with(&expected) && l.contains(field) && l.contains(code));
        assert!(at_line, "{code} at {expected} `{field}`:\n{}", done.stderr);
    }
    assert!(done.stderr.contains("3 errors"), "{}", done.stderr);
    drop(dir);
}

#[test]
fn render_reports_what_check_reports_and_a_text_letter_is_still_made() {
    let text = with_missing_glyphs();
    let (dir, path) = temp_file("meeting.yaml", &text);
    let pdf = dir.path().join("letter.pdf");
    let args = ["render", path.to_str().unwrap(), "--lang", "en", "-o"];
    let done = circular(&[&args[..], &[pdf.to_str().unwrap()]].concat()).failure(1);
    assert!(done.stderr.contains("U+2603"), "{}", done.stderr);
    assert!(done.stderr.contains("U+5C3E"), "{}", done.stderr);
    assert!(
        done.stderr.contains("`signatory.name`"),
        "located: {}",
        done.stderr
    );
    assert!(!pdf.exists(), "no PDF was written");
    let text_out = dir.path().join("letter.txt");
    circular(&[&args[..], &[text_out.to_str().unwrap()]].concat()).success();
    assert!(std::fs::read_to_string(&text_out).unwrap().contains("尾上"));
}

/// `batch --format pdf` of `meeting` for the CSV `rows`, into `out` beside it.
fn batch_pdf(
    dir: &std::path::Path,
    meeting: &std::path::Path,
    rows: &str,
    code: i32,
) -> common::Done {
    let recipients = dir.join("people.csv");
    std::fs::write(&recipients, rows).unwrap();
    let out = dir.join("out");
    circular(&[
        "batch",
        meeting.to_str().unwrap(),
        "--recipients",
        recipients.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--format",
        "pdf",
    ])
    .failure(code)
}

#[test]
fn a_batch_stops_before_writing_on_what_spoils_every_letter_and_says_it_once() {
    let text = with_missing_glyphs();
    let (dir, path) = temp_file("meeting.yaml", &text);
    let rows = "id,name,language\np1,Ana,fr\np2,Bo,en\np3,Cy,en\n";
    let done = batch_pdf(dir.path(), &path, rows, 1);
    assert_eq!(
        done.stderr.matches("U+2603").count(),
        1,
        "once: {}",
        done.stderr
    );
    assert!(
        done.stderr.contains("`objectives[3].en`"),
        "{}",
        done.stderr
    );
    let written = std::fs::read_dir(dir.path().join("out")).map_or(0, |files| files.count());
    assert_eq!(written, 0, "nothing written, no manifest");
}

#[test]
fn a_batch_goes_on_past_a_recipient_whose_own_name_the_fonts_lack() {
    let (dir, path) = temp_file("meeting.yaml", &example_with("number: 92", "number: 92"));
    let rows = "id,name,language\np1,Ana ☃,fr\np2,Bo,en\n";
    let done = batch_pdf(dir.path(), &path, rows, 3);
    assert!(
        done.stderr.contains("people.csv:2: recipient `p1`"),
        "{}",
        done.stderr
    );
    assert!(dir.path().join("out/tsb92-en-p2.pdf").exists());
}

#[test]
fn a_logo_that_is_not_an_image_is_reported_at_letter_logo_by_check_and_render() {
    let text = example_with("  date: 2023-05-02", "  date: 2023-05-02\n  logo: logo.png");
    let (dir, path) = temp_file("meeting.yaml", &text);
    std::fs::write(dir.path().join("logo.png"), "not an image").unwrap();
    let line = line_of(&text, "logo:");
    let expected = format!("{}:{line}:", path.display());
    let check = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(check.stderr.contains(&expected), "{}", check.stderr);
    assert!(check.stderr.contains("`letter.logo`"), "{}", check.stderr);
    let pdf = dir.path().join("x.pdf");
    let render = circular(&[
        "render",
        path.to_str().unwrap(),
        "-o",
        pdf.to_str().unwrap(),
    ]);
    let render = render.failure(1);
    assert!(render.stderr.contains(&expected), "{}", render.stderr);
    assert!(
        render.stderr.contains("neither a PNG nor a JPEG"),
        "{}",
        render.stderr
    );
}

#[test]
fn addressees_reports_the_missing_texts_of_every_language_at_once() {
    let text = example_with(
        "to: [administrations, sector-members, associates, academia]",
        "to:\n  - administrations\n  - {en: To ATIS}\n  - {fr: À l'ETSI}",
    );
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["addressees", path.to_str().unwrap(), "--lang", "all"]).failure(1);
    assert!(
        done.stderr.contains("`to[1]`: no French (`fr`) text"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("`to[2]`: no English (`en`) text"),
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains("2 problems"), "{}", done.stderr);
}

#[test]
fn the_format_follows_the_output_file_name_and_a_clash_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("letter.pdf");
    let example = root().join("examples/u4ssc-7.yaml");
    let example = example.to_str().unwrap();
    circular(&[
        "render",
        example,
        "--lang",
        "fr",
        "-o",
        pdf.to_str().unwrap(),
    ])
    .success();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let txt = dir.path().join("letter.txt");
    let done = circular(&[
        "render",
        example,
        "--format",
        "pdf",
        "-o",
        txt.to_str().unwrap(),
    ]);
    let done = done.failure(2);
    assert!(
        done.stderr.contains("--format pdf") && done.stderr.contains("letter.txt"),
        "{}",
        done.stderr
    );
    assert!(!txt.exists());
}

#[test]
fn when_check_passes_every_language_and_format_renders() {
    let dir = tempfile::tempdir().unwrap();
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    for kind in ["virtual", "physical", "workshop", "collective"] {
        let path = dir.path().join(format!("{kind}.yaml"));
        circular(&["init", "--kind", kind, path.to_str().unwrap()]).success();
        files.push(path);
    }
    for file in &files {
        let file = file.to_str().unwrap();
        circular(&["check", file]).success();
        for format in ["text", "pdf"] {
            let out = dir.path().join(format!(
                "out.{}",
                if format == "pdf" { "pdf" } else { "txt" }
            ));
            circular(&[
                "render",
                file,
                "--format",
                format,
                "-o",
                out.to_str().unwrap(),
            ])
            .success();
        }
    }
}
