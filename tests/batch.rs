//! `circular batch` and `circular addressees`, driven through the binary on a generated
//! 200-row recipients file with hostile ids and names and five bad rows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

const MEETING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/u4ssc-7.yaml");

/// Runs the binary with `args`; returns the exit code, stdout and stderr.
fn circular(args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_circular"))
        .args(args)
        .output()
        .expect("the binary runs");
    let text = |bytes| String::from_utf8(bytes).expect("UTF-8 output");
    (status.code().unwrap_or(-1), text(stdout), text(stderr))
}

/// Ids and names that try to escape the folder, clash, or inject markup or escapes.
const HOSTILE: [(&str, &str); 15] = [
    ("../../escape", "../../../name"),
    ("/etc/passwd", "Root"),
    ("C:\\Windows\\system32", "Drive"),
    ("..", "Dots"),
    ("a/b", "- Aux injected"),
    ("A/B", "::para 9"),
    ("a-b", "**bold** name"),
    ("\u{1b}[31mred", "Esc \u{1b}[2J name"),
    ("日本語", "名前"),
    ("CON", "Reserved"),
    ("nul.txt", "Dotted"),
    ("tab\tid", "Tab\tname"),
    ("-leading", "Carriage\rreturn name"),
    ("Δ", "Greek"),
    ("Quote\"d", "\"Quoted\", Name"),
];

/// The 200 data rows; returns the CSV text and the lines of the five bad rows.
fn fixture() -> (String, Vec<usize>) {
    let zones = [
        "Europe/Zurich",
        "America/New_York",
        "Asia/Tokyo",
        "",
        "Africa/Nairobi",
    ];
    let mut rows = vec![String::from(
        "id,name,organisation,country,email,language,zone,groups",
    )];
    for i in 1..=179 {
        let lang = ["fr", "en", ""][i % 3];
        let zone = zones[i % zones.len()];
        rows.push(format!(
            "p{i:03},Person {i},Org {i},CH,p{i}@example.org,{lang},{zone},administrations;academia"
        ));
    }
    let long = "x".repeat(300);
    rows.push(format!("{long},Long,,,,,,"));
    for (id, name) in HOSTILE {
        rows.push(csv_row(&[id, name, "Org", "", "", "en", "", ""]));
    }
    let bad = [
        "p001,Duplicate,,,,fr,,",
        "p002,Duplicate again,,,,,,",
        "zone-bad,Zed,,,,fr,Mars/Olympus,",
        "lang-bad,Lang,,,,de,,",
        ",No id,,,,fr,,",
    ];
    rows.extend(bad.iter().map(|row| row.to_string()));
    let text = rows.join("\n") + "\n";
    let first_bad = rows.len() - bad.len() + 1;
    (text, (first_bad..first_bad + bad.len()).collect())
}

fn csv_row(fields: &[&str]) -> String {
    let quote = |field: &&str| format!("\"{}\"", field.replace('"', "\"\""));
    fields.iter().map(quote).collect::<Vec<_>>().join(",")
}

/// A folder with the recipients file, and an empty parent for the output folder.
struct Setup {
    _inputs: tempfile::TempDir,
    parent: tempfile::TempDir,
    recipients: PathBuf,
    bad_lines: Vec<usize>,
}

fn setup() -> Setup {
    let inputs = tempfile::tempdir().unwrap();
    let (text, bad_lines) = fixture();
    let recipients = inputs.path().join("recipients.csv");
    std::fs::write(&recipients, text).unwrap();
    Setup {
        _inputs: inputs,
        parent: tempfile::tempdir().unwrap(),
        recipients,
        bad_lines,
    }
}

impl Setup {
    fn batch(&self, out: &str, extra: &[&str]) -> (i32, String, String) {
        batch(&self.recipients, &self.parent.path().join(out), extra)
    }
}

/// `circular batch MEETING --recipients RECIPIENTS --out OUT EXTRA...`
fn batch(recipients: &Path, out: &Path, extra: &[&str]) -> (i32, String, String) {
    let recipients = recipients.to_str().unwrap();
    let mut args = vec!["batch", MEETING, "--recipients", recipients, "--out"];
    args.push(out.to_str().unwrap());
    args.extend(extra);
    circular(&args)
}

/// `batch` on a recipients file `name` holding `contents`, into `out` beside it; returns the
/// folder (removed when dropped), the output folder, and what the run gave.
fn batch_on(name: &str, contents: &[u8]) -> (tempfile::TempDir, PathBuf, (i32, String, String)) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, contents).unwrap();
    let out = dir.path().join("out");
    let run = batch(&path, &out, &[]);
    (dir, out, run)
}

/// Every file of a folder, by name, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let entries = std::fs::read_dir(dir).unwrap().map(|entry| entry.unwrap());
    entries
        .map(|entry| {
            assert!(entry.file_type().unwrap().is_file(), "{:?}", entry.path());
            let name = entry.file_name().into_string().unwrap();
            (name, std::fs::read(entry.path()).unwrap())
        })
        .collect()
}

fn manifest(dir: &Path) -> Vec<serde_json::Value> {
    let json = std::fs::read(dir.join("tsb92-manifest.json")).unwrap();
    serde_json::from_slice(&json).unwrap()
}

#[test]
fn a_batch_writes_every_good_recipient_and_reports_the_bad_rows() {
    let setup = setup();
    let (code, _, stderr) = setup.batch("out", &["--jobs", "1"]);
    assert_eq!(code, 3, "{stderr}");
    for line in &setup.bad_lines {
        assert!(
            stderr.contains(&format!("recipients.csv:{line}:")),
            "line {line}: {stderr}"
        );
    }
    for reason in [
        "duplicate id `p001`",
        "`Mars/Olympus`",
        "unknown language `de`",
        "no id",
    ] {
        assert!(stderr.contains(reason), "{reason}: {stderr}");
    }
    assert!(stderr.contains("5 of 200 recipients failed"), "{stderr}");

    let out = setup.parent.path().join("out");
    let written = files(&out);
    assert_eq!(written.len(), 195 + 2);
    let entries = manifest(&out);
    assert_eq!(entries.len(), 195);
    for entry in &entries {
        let bytes = &written[entry["file"].as_str().unwrap()];
        assert_eq!(entry["bytes"].as_u64().unwrap(), bytes.len() as u64);
        let sha: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(entry["sha256"].as_str().unwrap(), sha);
    }
    let text = |file: &str| String::from_utf8(written[file].clone()).unwrap();
    let new_york = text("tsb92-en-p001.txt");
    assert!(new_york.contains("Person 1\n") && new_york.contains("Org 1\n"));
    assert!(
        new_york.contains("hours CEST (from 0330 to 1000 hours EDT"),
        "{new_york}"
    );
    let geneva = text("tsb92-fr-p015.txt");
    assert!(
        geneva.contains("16 heures CEST.") && !geneva.contains("heure de"),
        "{geneva}"
    );
    let csv = text("tsb92-manifest.csv");
    assert!(csv.starts_with("id,language,zone,file,bytes,sha256\n"));
    assert_eq!(csv.lines().count(), 196, "a header and a row per file");
}

#[test]
fn hostile_ids_stay_inside_the_folder_and_never_clash() {
    let setup = setup();
    setup.batch("out", &[]);
    let parent: Vec<_> = std::fs::read_dir(setup.parent.path()).unwrap().collect();
    assert_eq!(parent.len(), 1, "only `out` in its parent");
    let out = setup.parent.path().join("out");
    let safe = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c);
    for name in files(&out).keys() {
        assert!(
            name.chars().all(safe) && name.starts_with("tsb92-"),
            "{name}"
        );
        assert!(name.len() < 100, "{name}");
    }
    let entries = manifest(&out);
    let file_of = |id: &str| {
        let entry = entries.iter().find(|entry| entry["id"] == id);
        entry.map(|entry| entry["file"].as_str().unwrap().to_string())
    };
    assert_eq!(file_of("p010").unwrap(), "tsb92-en-p010.txt");
    let clashing = ["a/b", "A/B", "a-b"].map(|id| file_of(id).unwrap());
    assert!(clashing[0] != clashing[1] && clashing[1] != clashing[2] && clashing[0] != clashing[2]);
    let text = String::from_utf8(files(&out)[&clashing[0]].clone()).unwrap();
    assert!(
        !text.contains("- Aux injected"),
        "a name cannot become a To item"
    );
    assert!(text.contains("Aux injected"));
}

#[test]
fn a_rerun_without_force_refuses_and_writes_nothing() {
    let setup = setup();
    setup.batch("out", &[]);
    let out = setup.parent.path().join("out");
    let before = files(&out);
    let (code, _, stderr) = setup.batch("out", &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("--force") && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert_eq!(files(&out), before);
    let (code, _, stderr) = setup.batch("out", &["--force", "--quiet"]);
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(files(&out), before);
}

#[test]
fn jobs_do_not_change_a_byte() {
    let setup = setup();
    setup.batch("one", &["--jobs", "1"]);
    setup.batch("four", &["--jobs", "4"]);
    let one = files(&setup.parent.path().join("one"));
    assert_eq!(one, files(&setup.parent.path().join("four")));
}

#[test]
fn the_distribution_list_names_the_files_the_batch_writes() {
    let setup = setup();
    let recipients = setup.recipients.to_str().unwrap();
    let args = [
        "addressees",
        MEETING,
        "--recipients",
        recipients,
        "--format",
        "json",
    ];
    let (code, stdout, _) = circular(&args);
    assert_eq!(code, 3);
    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(list.len(), 195);
    setup.batch("out", &[]);
    let entries = manifest(&setup.parent.path().join("out"));
    for (line, entry) in list.iter().zip(&entries) {
        assert_eq!((&line["id"], &line["file"]), (&entry["id"], &entry["file"]));
    }
    let p008 = list.iter().find(|line| line["id"] == "p008").unwrap();
    assert_eq!(
        p008["language"], "en",
        "no language: the meeting's (English)"
    );
    assert_eq!(p008["zone"], "Europe/Zurich", "no zone: the meeting's");
}

#[test]
fn defaults_come_from_the_command_line() {
    let setup = setup();
    let recipients = setup.recipients.to_str().unwrap();
    let (_, stdout, _) = circular(&[
        "addressees",
        MEETING,
        "--recipients",
        recipients,
        "--format",
        "csv",
        "--default-lang",
        "fr",
        "--default-tz",
        "Asia/Kolkata",
    ]);
    let p008 = stdout
        .lines()
        .find(|line| line.starts_with("9,p008,"))
        .unwrap();
    assert!(
        p008.contains(",fr,Asia/Kolkata,") && p008.ends_with("tsb92-fr-p008.txt"),
        "{p008}"
    );
}

#[test]
fn yaml_recipients_report_bad_rows_at_their_line() {
    let yaml = "- id: jane\n  name: Jane\n  language: fr\n  groups: [administrations]\n\
                - id: bob\n  zone: Europe/Zurik\n";
    let (_dir, out, (code, _, stderr)) = batch_on("people.yaml", yaml.as_bytes());
    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("people.yaml:5:") && stderr.contains("Europe/Zurich"),
        "{stderr}"
    );
    assert!(
        stderr.contains("5 | - id: bob"),
        "the row is shown: {stderr}"
    );
    assert!(out.join("tsb92-fr-jane.txt").is_file());
}

#[test]
fn a_row_that_is_not_utf8_stops_the_batch_at_its_line_before_anything_is_written() {
    let csv = b"\xef\xbb\xbfid,name\njane,Jane\nbob,B\xe9atrice\n";
    let (_dir, out, (code, _, stderr)) = batch_on("people.csv", csv);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("people.csv:3:1: the line is not UTF-8 text") && stderr.contains("hint"),
        "{stderr}"
    );
    assert!(!out.exists());
}

#[test]
fn addressees_prints_the_lists_as_the_letter_has_them() {
    let (code, stdout, _) = circular(&["addressees", MEETING, "--lang", "fr"]);
    assert_eq!(code, 0);
    let letter = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/tsb-circular-92-fr.txt"
    ))
    .unwrap();
    let items: Vec<&str> = stdout
        .lines()
        .filter_map(|line| line.strip_prefix("- "))
        .collect();
    assert_eq!(items.len(), 7);
    for item in items {
        assert!(letter.contains(item), "{item}");
    }
}

#[test]
fn bad_columns_are_refused_before_anything_is_written() {
    let (_dir, out, (code, _, stderr)) = batch_on("people.csv", b"id,nmae\nx,y\n");
    assert_eq!(code, 1);
    assert!(stderr.contains("unknown column `nmae`"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn both_formats_give_a_text_and_a_pdf_per_recipient_whatever_the_jobs() {
    let dir = tempfile::tempdir().unwrap();
    let (text, _) = fixture();
    let lines: Vec<&str> = text.lines().collect();
    let hostile_and_bad = [&lines[..1], &lines[lines.len() - 20..]]
        .concat()
        .join("\n");
    let path = dir.path().join("hostile.csv");
    std::fs::write(&path, hostile_and_bad + "\n").unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    let (code, _, stderr) = batch(&path, &one, &["--format", "both", "--jobs", "1"]);
    assert_eq!(code, 3, "{stderr}");
    batch(&path, &two, &["--format", "both", "--jobs", "2"]);
    assert_eq!(files(&one), files(&two));
    let entries = manifest(&one);
    let ends = |suffix: &str| {
        let named = |entry: &&serde_json::Value| entry["file"].as_str().unwrap().ends_with(suffix);
        entries.iter().filter(named).count()
    };
    // 17 good rows (the duplicates of p001 and p002 are alone here); the fonts lack `名`.
    assert_eq!((ends(".txt"), ends(".pdf")), (17, 16), "{stderr}");
    assert!(
        stderr.contains("recipient `日本語`: cannot make the PDF"),
        "{stderr}"
    );
    assert!(files(&one)["tsb92-fr-p001.pdf"].starts_with(b"%PDF-"));
}

#[test]
fn a_file_that_cannot_be_written_fails_its_recipient_only() {
    let setup = setup();
    let out = setup.parent.path().join("out");
    std::fs::create_dir_all(out.join("tsb92-en-p010.txt")).unwrap();
    let (code, _, stderr) = setup.batch("out", &["--force"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("recipient `p010`"), "{stderr}");
    assert!(stderr.contains("6 of 200 recipients failed"), "{stderr}");
    let entries = manifest(&out);
    assert_eq!(entries.len(), 194);
    assert!(entries.iter().all(|entry| entry["id"] != "p010"));
}

#[test]
fn a_killed_batch_leaves_only_whole_letters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.csv");
    let rows: Vec<String> = (0..3000).map(|i| format!("r{i},Person {i}")).collect();
    std::fs::write(&path, format!("id,name\n{}\n", rows.join("\n"))).unwrap();
    let out = dir.path().join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_circular"))
        .args(["batch", MEETING, "--quiet", "--recipients"])
        .arg(&path)
        .arg("--out")
        .arg(&out)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
    let Ok(entries) = std::fs::read_dir(&out) else {
        return;
    };
    for entry in entries {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.starts_with("tsb92-en-r") {
            let text = std::fs::read_to_string(out.join(&name)).unwrap();
            let end = "Seizo Onoe\nDirector of the Telecommunication Standardization Bureau\n";
            assert!(text.ends_with(end), "{name}: {text}");
        }
    }
}

#[test]
fn a_recipients_file_that_cannot_be_read_twice_or_at_all_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // A batch reads its recipients twice: a pipe would hang the second pass.
    let fifo = dir.path().join("people.csv");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (code, _, stderr) = batch(&fifo, &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is not a regular file"), "{stderr}");
    assert!(!out.exists());
    // A folder is a file that cannot be read, not a bad line.
    let folder = dir.path().join("folder.csv");
    std::fs::create_dir(&folder).unwrap();
    let folder = folder.to_str().unwrap();
    let (code, _, stderr) = circular(&["addressees", MEETING, "--recipients", folder]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("cannot read") && !stderr.contains(":1:1"),
        "{stderr}"
    );
}

#[test]
fn a_default_language_the_letter_is_not_written_in_stops_the_batch_before_any_row() {
    let dir = tempfile::tempdir().unwrap();
    let english = std::fs::read_to_string(MEETING).unwrap().replacen(
        "letter:\n",
        "letter:\n  languages: [en]\n",
        1,
    );
    let yaml = dir.path().join("en.yaml");
    std::fs::write(&yaml, english).unwrap();
    let rows = dir.path().join("r.csv");
    std::fs::write(&rows, "id,name,zone\na1,Alice,Europe/Zurik\nb2,Bob,\n").unwrap();
    let out = dir.path().join("out");
    let (code, _, stderr) = circular(&[
        "batch",
        yaml.to_str().unwrap(),
        "--recipients",
        rows.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--default-lang",
        "fr",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not written in French (`fr`)"), "{stderr}");
    assert!(
        !stderr.contains("r.csv:2"),
        "no row is read first: {stderr}"
    );
    assert!(!out.exists());
}
