//! The commands around the letters: init, schema, completions, man, and the scripting contract
//! (JSON summaries, quiet, exit codes).

mod common;

use common::{circular, root};

#[test]
fn every_starter_renders_as_is_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for kind in [
        "virtual",
        "physical",
        "workshop",
        "collective",
        "study-group",
        "events",
        "half-days",
        "addendum",
        "no-meeting",
    ] {
        let file = dir.path().join(format!("{kind}.yaml"));
        let file = file.to_str().unwrap();
        circular(&["init", "--kind", kind, file]).success();
        let text = std::fs::read_to_string(file).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema="),
            "{kind}"
        );
        assert!(
            text.lines().filter(|l| l.contains("# ")).count() > 5,
            "{kind} is commented"
        );
        let checked = circular(&["check", file, "--deny-warnings"]).success();
        assert!(
            checked.stderr.contains("no problems found"),
            "{kind}: {}",
            checked.stderr
        );
        let out = circular(&["render", file, "--lang", "all"]).success();
        assert!(out.stdout.contains("Madame, Monsieur,") && out.stdout.contains("Dear Sir/Madam,"));
    }
}

#[test]
fn init_does_not_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("meeting.yaml");
    std::fs::write(&file, "mine").unwrap();
    let file = file.to_str().unwrap();
    let done = circular(&["init", file]).failure(2);
    assert!(done.stderr.contains("exists"), "{}", done.stderr);
    assert_eq!(std::fs::read_to_string(file).unwrap(), "mine");
    circular(&["init", "--kind", "workshop", "--force", file]).success();
    assert!(
        std::fs::read_to_string(file)
            .unwrap()
            .contains("noun: workshop")
    );
}

#[test]
fn init_without_a_file_prints_the_starter() {
    let out = circular(&["init", "--kind", "collective"]).success();
    assert!(out.stdout.contains("series: collective-letter"));
}

/// The committed schema is what `circular schema` prints; refresh it with UPDATE_SCHEMA=1.
#[test]
fn the_examples_schema_is_the_one_the_binary_prints() {
    let out = circular(&["schema"]).success();
    let schema: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(schema["title"], "Circular");
    assert_eq!(
        schema["additionalProperties"], false,
        "unknown fields are refused"
    );
    let committed = root().join("examples/circular.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&committed, &out.stdout).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(committed).unwrap(),
        out.stdout,
        "run with UPDATE_SCHEMA=1"
    );
    for example in ["u4ssc-7", "tsag-collective", "workshop-montreal"] {
        let text =
            std::fs::read_to_string(root().join(format!("examples/{example}.yaml"))).unwrap();
        assert!(text.starts_with("# yaml-language-server: $schema=circular.schema.json\n"));
    }
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = circular(&["completions", shell]).success();
        assert!(
            out.stdout.contains("render") && out.stdout.contains("lang"),
            "{shell}"
        );
    }
    circular(&["completions", "tcsh"]).failure(2);
    let man = circular(&["man"]).success();
    assert!(man.stdout.contains(".TH circular") && man.stdout.contains("render"));
}

#[test]
fn json_summary_names_each_file_with_its_size_and_hash() {
    use sha2::Digest;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tsb92.txt");
    let done = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ])
    .success();
    let summary: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    let files = summary["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    for file in files {
        let bytes = std::fs::read(file["path"].as_str().unwrap()).unwrap();
        assert_eq!(file["bytes"].as_u64(), Some(bytes.len() as u64));
        let hash: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(file["sha256"].as_str(), Some(hash.as_str()));
    }
    assert!(done.stderr.is_empty(), "{}", done.stderr);
}

#[test]
fn quiet_prints_nothing_on_success() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tsb92.txt");
    let done = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "-o",
        out.to_str().unwrap(),
        "--quiet",
    ])
    .success();
    assert!(done.stdout.is_empty() && done.stderr.is_empty());
    let loud = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    assert!(loud.stderr.contains("wrote"), "{}", loud.stderr);
}

#[test]
fn json_summary_needs_an_output_file() {
    circular(&["render", "examples/u4ssc-7.yaml", "--json"]).failure(2);
}

#[test]
fn version_and_help() {
    let version = circular(&["--version"]).success();
    assert!(
        version.stdout.starts_with("circular "),
        "{}",
        version.stdout
    );
    let help = circular(&["render", "--help"]).success();
    assert!(help.stdout.contains("Examples:") && help.stdout.contains("Exit codes"));
}

#[test]
fn every_command_that_writes_a_file_can_summarize_it_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let ics = dir.path().join("meeting.ics");
    let yaml = dir.path().join("new.yaml");
    for args in [
        vec![
            "ics",
            "examples/u4ssc-7.yaml",
            "-o",
            ics.to_str().unwrap(),
            "--json",
        ],
        vec!["init", yaml.to_str().unwrap(), "--json"],
    ] {
        let done = circular(&args).success();
        let summary: serde_json::Value =
            serde_json::from_str(&done.stdout).expect("JSON on stdout");
        let file = &summary["files"][0];
        let bytes = std::fs::read(file["path"].as_str().unwrap()).unwrap();
        assert_eq!(file["bytes"].as_u64(), Some(bytes.len() as u64), "{args:?}");
        assert_eq!(file["sha256"].as_str().map(str::len), Some(64));
    }
}

#[test]
fn verbose_says_what_is_read_used_and_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letter.txt");
    let done = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "-o",
        out.to_str().unwrap(),
        "--verbose",
    ])
    .success();
    assert!(
        done.stderr.contains("note: read `examples/u4ssc-7.yaml`"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("note: fr template `letter`: templates/fr/letter.hbs (built in)")
    );
    assert!(
        done.stderr
            .contains(&format!("note: wrote `{}`", out.display()))
    );
    let quiet = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    assert!(!quiet.stderr.contains("note:"));
}

#[test]
fn render_warns_about_what_check_would_report_and_lists_it_in_json() {
    let text = std::fs::read_to_string(root().join("examples/tsag-collective.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("meeting.yaml");
    std::fs::write(
        &yaml,
        text.replacen("set out in Annex A.", "set out in Annex B.", 1),
    )
    .unwrap();
    let out = dir.path().join("letter.txt");
    let done = circular(&[
        "render",
        yaml.to_str().unwrap(),
        "--lang",
        "en",
        "-o",
        out.to_str().unwrap(),
        "--json",
    ])
    .success();
    let summary: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    let warning = summary["warnings"][0].as_str().unwrap();
    assert!(
        warning.ends_with("the text refers to annex `B`, but the letter has annexes A"),
        "{warning}"
    );
    assert!(done.stderr.contains("warning: "), "{}", done.stderr);
    assert!(out.exists(), "a warning does not stop the render");
}
