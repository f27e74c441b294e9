//! Templates: built-in defaults, overridden file by file from a folder; strict; errors that
//! name the template file.

mod common;

use common::circular;

/// The English TSB 92 with templates from `templates`.
fn render_en(templates: &str) -> common::Run {
    circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "en",
        "--templates",
        templates,
    ])
}

fn folder_with(lang: &str, name: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(lang)).unwrap();
    std::fs::write(dir.path().join(lang).join(name), text).unwrap();
    dir
}

#[test]
fn one_overridden_file_changes_only_its_part() {
    let dir = folder_with(
        "en",
        "languages.hbs",
        "::para {{number}}\nAll sessions are in {{join @root.meeting.languages}}.\n",
    );
    let templates = dir.path().to_str().unwrap();
    let out = render_en(templates).success();
    assert!(
        out.stdout.contains("2   All sessions are in English."),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("1   I have the honour"),
        "the other parts stay the defaults"
    );
    let fr = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "--templates",
        templates,
    ])
    .success();
    assert!(
        fr.stdout.contains("aura lieu en anglais seulement"),
        "French keeps its own templates"
    );
}

#[test]
fn the_templates_folder_can_come_from_the_environment() {
    let dir = folder_with(
        "en",
        "languages.hbs",
        "::para {{number}}\nFrom the environment.\n",
    );
    let out = circular(&["render", "examples/u4ssc-7.yaml", "--lang", "en"])
        .env("CIRCULAR_TEMPLATES", dir.path().to_str().unwrap())
        .success();
    assert!(out.stdout.contains("From the environment."));
}

#[test]
fn strict_mode_names_the_file_line_and_column_of_an_unknown_field() {
    let dir = folder_with(
        "en",
        "languages.hbs",
        "::para {{number}}\n\nHeld in {{meeting.langauges}}.\n",
    );
    let templates = dir.path().to_str().unwrap();
    let done = render_en(templates).failure(1);
    assert!(done.stderr.contains("languages.hbs`:3:"), "{}", done.stderr);
    assert!(done.stderr.contains("langauges"), "{}", done.stderr);
}

#[test]
fn a_template_that_does_not_compile_is_named() {
    let dir = folder_with("fr", "letter.hbs", "::closing\n{{#if wish}}\nunclosed\n");
    let templates = dir.path().to_str().unwrap();
    let done = circular(&["check", "examples/u4ssc-7.yaml", "--templates", templates]).failure(1);
    assert!(done.stderr.contains("fr/letter.hbs`"), "{}", done.stderr);
}

/// A render compiles only the parts its letter uses (compiling is most of a one-letter render's
/// time); `check` compiles them all.
#[test]
fn a_broken_part_the_letter_does_not_use_fails_check_but_not_render() {
    let dir = folder_with("en", "addendum.hbs", "::para {{number}}\n{{#if change}}\n");
    let templates = dir.path().to_str().unwrap();
    let with = render_en(templates).success();
    let without = circular(&["render", "examples/u4ssc-7.yaml", "--lang", "en"]).success();
    assert_eq!(with.stdout, without.stdout);
    let args = ["check", "examples/u4ssc-7.yaml", "--templates", templates];
    let done = circular(&args).failure(1);
    assert!(done.stderr.contains("en/addendum.hbs`"), "{}", done.stderr);
    let addendum = circular(&["render", "examples/addendum-92.yaml", "--lang", "en"])
        .env("CIRCULAR_TEMPLATES", templates)
        .failure(1);
    assert!(
        addendum.stderr.contains("en/addendum.hbs`"),
        "{}",
        addendum.stderr
    );
}

#[test]
fn values_are_text_not_markup() {
    let text = common::example_with(
        "email: u4ssc@itu.int",
        "email: '**u4ssc** \\ ::para 9@itu.int'",
    );
    let (_dir, path) = common::temp_file("stars.yaml", &text);
    let out = circular(&["render", path.to_str().unwrap(), "--lang", "en"]).success();
    assert!(
        out.stdout.contains("**u4ssc** \\ ::para 9@itu.int"),
        "{}",
        out.stdout
    );
}

#[test]
fn unknown_partials_cannot_reach_outside_the_set() {
    let dir = folder_with(
        "en",
        "languages.hbs",
        "::para {{number}}\n{{> ../../etc/passwd}}\n",
    );
    let templates = dir.path().to_str().unwrap();
    let done = render_en(templates).failure(1);
    assert!(done.stderr.contains("languages.hbs`"), "{}", done.stderr);
    assert!(!done.stdout.contains("root:"));
}

#[test]
fn a_missing_folder_or_a_misspelt_template_is_an_error() {
    let done = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--templates",
        "no-such-folder",
    ])
    .failure(1);
    assert!(
        done.stderr.contains("cannot read `no-such-folder`"),
        "{}",
        done.stderr
    );
    let dir = folder_with("fr", "leter.hbs", "::closing\nx\n");
    let templates = dir.path().to_str().unwrap();
    let done = circular(&["render", "examples/u4ssc-7.yaml", "--templates", templates]).failure(1);
    assert!(
        done.stderr
            .contains("`leter.hbs` is not a template of the set"),
        "{}",
        done.stderr
    );
}
