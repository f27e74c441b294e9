//! A corpus of bad inputs (tests/corpus/, each naming the message it expects on its first line)
//! and generated hostile ones: every case is one clear error, exit code 1, no panic, and no
//! output file left behind.

mod common;

use std::path::Path;

use common::{Done, circular, root};

/// Runs `check` and `render -o` on a bad input; returns the render's stderr.
fn refused(path: &Path) -> String {
    let path = path.to_str().unwrap();
    let checked = circular(&["check", path]).failure(1);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("letter.txt");
    let rendered = circular(&["render", path, "-o", target.to_str().unwrap()]).failure(1);
    assert!(
        rendered.stderr.starts_with("error: "),
        "{}",
        rendered.stderr
    );
    let left: Vec<_> = std::fs::read_dir(out.path()).unwrap().collect();
    assert!(
        left.is_empty(),
        "{path}: no output file, not even a temporary one: {left:?}"
    );
    format!("{}\n{}", checked.stderr, rendered.stderr)
}

#[test]
fn every_case_of_the_corpus_is_refused_clearly() {
    let mut cases: Vec<_> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 20);
    for case in cases {
        let bytes = std::fs::read(&case).unwrap();
        let first = String::from_utf8_lossy(&bytes)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string();
        let expect = first
            .split_once("# expect:")
            .map(|(_, e)| e.trim().to_string())
            .expect("first line says what to expect");
        let stderr = refused(&case);
        assert!(
            stderr.contains(&expect),
            "{}: expected {expect:?} in\n{stderr}",
            case.display()
        );
        assert!(
            stderr.contains(":"),
            "{}: names a place: {stderr}",
            case.display()
        );
    }
}

#[test]
fn a_50_megabyte_file_is_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let line = "# ".to_string() + &"x".repeat(98) + "\n";
    std::fs::write(&path, line.repeat(500_000)).unwrap();
    let stderr = refused(&path);
    assert!(stderr.contains("larger than 1024 KiB"), "{stderr}");
}

#[test]
fn deep_nesting_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("flow.yaml", format!("letter: {}", "[".repeat(100_000))),
        (
            "block.yaml",
            (0..2_000)
                .map(|i| format!("{}k:\n", " ".repeat(i)))
                .collect(),
        ),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        refused(&path);
    }
}

#[test]
fn writing_into_a_missing_or_impossible_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("file");
    std::fs::write(&not_a_folder, "x").unwrap();
    for target in [
        not_a_folder.join("out.txt"),
        dir.path().join("missing/out.txt"),
    ] {
        let done: Done = circular(&[
            "render",
            "examples/u4ssc-7.yaml",
            "--lang",
            "fr",
            "-o",
            target.to_str().unwrap(),
        ])
        .failure(1);
        assert!(
            done.stderr.starts_with("error: cannot write"),
            "{}",
            done.stderr
        );
    }
    assert_eq!(std::fs::read_to_string(&not_a_folder).unwrap(), "x");
}

#[test]
fn an_output_path_that_is_a_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let done = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "-o",
        dir.path().to_str().unwrap(),
    ])
    .failure(1);
    assert!(done.stderr.contains("it is a folder"), "{}", done.stderr);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn an_existing_file_is_left_whole_when_rendering_fails() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("letter.txt");
    std::fs::write(&target, "the previous letter").unwrap();
    let bad = root().join("tests/corpus/unknown-field.yaml");
    circular(&[
        "render",
        bad.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ])
    .failure(1);
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "the previous letter"
    );
}

#[test]
fn a_broken_override_template_is_named_and_nothing_is_written() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir(templates.path().join("en")).unwrap();
    std::fs::write(
        templates.path().join("en/letter.hbs"),
        "::closing\n{{#each to}}\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("letter.txt");
    let args = [
        "render",
        "examples/u4ssc-7.yaml",
        "--templates",
        templates.path().to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ];
    let done = circular(&args).failure(1);
    assert!(done.stderr.contains("en/letter.hbs`"), "{}", done.stderr);
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "not even the French letter"
    );
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_circular"))
        .args(["render", "examples/u4ssc-7.yaml", "--lang", "all"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
}

#[test]
fn a_breached_limit_is_said_once_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let items = "  - x\n".repeat(120_000);
    let nodes = format!("letter: {{number: 1, date: 2023-05-02}}\nobjectives:\n{items}");
    let text = "x".repeat(60_000);
    let aliases = vec!["*a"; 100].join(", ");
    let bytes = format!(
        "letter: {{number: 1, date: 2023-05-02}}\nobjectives: [&a \"{text}\", {aliases}]\n"
    );
    let anchors: String = (0..1200).map(|i| format!("  - &a{i} x\n")).collect();
    let anchors = format!("objectives:\n{anchors}");
    for (name, text, limit) in [
        ("nodes.yaml", nodes, "more than 100,000 values"),
        (
            "bytes.yaml",
            bytes,
            "more than 4 MiB of text once aliases are expanded",
        ),
        ("anchors.yaml", anchors, "more than 1,000 anchors (`&name`)"),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        let done = circular(&["check", path.to_str().unwrap()]).failure(1);
        assert!(done.stderr.contains(limit), "{name}: {}", done.stderr);
        assert_eq!(
            done.stderr.matches("goes past a limit").count(),
            1,
            "{}",
            done.stderr
        );
        assert!(!done.stderr.contains("{"), "no debug dump: {}", done.stderr);
    }
}

#[test]
fn a_file_name_with_escape_sequences_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad\u{1b}[31m\u{202e}name.yaml");
    std::fs::write(&path, "x: [\n").unwrap();
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(
        done.stderr.contains("bad\\u{1b}[31m\\u{202e}name.yaml:"),
        "{}",
        done.stderr
    );
    assert!(!done.stderr.contains('\u{1b}') && !done.stderr.contains('\u{202e}'));
}
