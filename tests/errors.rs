//! Bad input: one clear message naming file, line, column and field, with the source line and
//! a hint; exit code 1 for bad input, 2 for bad usage; never a panic.

mod common;

use common::{circular, example_with, temp_file};

/// Checks the example with one change and returns the error output.
fn check_with(find: &str, replace: &str) -> String {
    let (_dir, path) = temp_file("bad.yaml", &example_with(find, replace));
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(
        done.stderr.contains("bad.yaml:"),
        "names the file: {}",
        done.stderr
    );
    done.stderr
}

#[test]
fn unknown_field_names_the_closest_valid_one_with_its_line() {
    let err = check_with("  edition: 7", "  editon: 7");
    assert!(
        err.contains("bad.yaml:18:3: `meeting.editon`: unknown field `editon`"),
        "{err}"
    );
    assert!(
        err.contains("18 |   editon: 7"),
        "shows the source line: {err}"
    );
    assert!(err.contains("did you mean `edition`?"), "{err}");
}

#[test]
fn wrong_type_points_at_the_value() {
    let err = check_with("  number: 92", "  number: ninety-two");
    assert!(
        err.contains("bad.yaml:5:11: `letter.number`: expected a whole number"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn missing_field_is_named() {
    let err = check_with("  number: 92\n", "");
    assert!(err.contains("missing field `number`"), "{err}");
}

#[test]
fn unknown_group_key_suggests_the_closest_key() {
    let err = check_with("sector-members,", "sector-member,");
    assert!(err.contains("bad.yaml:13:23"), "{err}");
    assert!(
        err.contains("unknown addressee group `sector-member` (did you mean `sector-members`?)"),
        "{err}"
    );
}

#[test]
fn unknown_zone_suggests_the_iana_name() {
    let err = check_with("zone: Europe/Zurich", "zone: Europe/Zurik");
    assert!(
        err.contains("bad.yaml:34:9: `meeting.zone`: unknown time zone `Europe/Zurik`"),
        "{err}"
    );
    assert!(err.contains("did you mean `Europe/Zurich`?"), "{err}");
}

#[test]
fn unknown_working_language_lists_the_known_ones() {
    let err = check_with("languages: [en]", "languages: [english]");
    assert!(
        err.contains("unknown language `english`: expected one of ar, zh, en, fr, ru, es"),
        "{err}"
    );
}

#[test]
fn unknown_letter_language_is_a_usage_error() {
    let done = circular(&["render", "examples/u4ssc-7.yaml", "--lang", "es"]).failure(2);
    assert!(
        done.stderr
            .contains("unknown language `es`: expected fr, en or all"),
        "{}",
        done.stderr
    );
    assert!(done.stdout.is_empty());
}

#[test]
fn yaml_syntax_error_has_line_and_column() {
    let err = check_with("  number: 92", "  number: [92");
    assert!(err.contains("bad.yaml:"), "{err}");
    assert!(err.contains("number: [92"), "shows the source line: {err}");
}

#[test]
fn every_missing_translation_is_reported_at_once() {
    let text = example_with(
        "    en: of the United for Smart Sustainable Cities (U4SSC) initiative\n",
        "",
    );
    let text = text.replacen(
        "      en: the United Nations Human Settlements Programme (UN-Habitat)\n",
        "",
        1,
    );
    let (_dir, path) = temp_file("half.yaml", &text);
    let done = circular(&["render", path.to_str().unwrap(), "--lang", "en"]).failure(1);
    assert!(done.stderr.contains("has 2 problems"), "{}", done.stderr);
    assert!(
        done.stderr
            .contains("half.yaml:20:5: `meeting.name`: no English (`en`) text"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("`meeting.partners[1]`: no English (`en`) text"),
        "{}",
        done.stderr
    );
    circular(&["render", path.to_str().unwrap(), "--lang", "fr"]).success();
}

#[test]
fn a_local_time_skipped_by_the_clocks_is_refused_with_both_readings() {
    let text = example_with("start: 2023-06-20T09:30", "start: 2025-03-30T02:30");
    let text = text.replacen("end: 2023-06-20T16:00", "end: 2025-03-30T16:00", 1);
    let (_dir, path) = temp_file("gap.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(
        done.stderr
            .contains("gap.yaml:32:10: `meeting.start`: this local time does not exist"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("2025-03-30T03:30+02:00"),
        "{}",
        done.stderr
    );
}

#[test]
fn empty_and_binary_files_are_clear_errors() {
    let (_dir, path) = temp_file("empty.yaml", "");
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(done.stderr.contains("the file is empty"), "{}", done.stderr);
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("logo.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe").unwrap();
    let done = circular(&["check", binary.to_str().unwrap()]).failure(1);
    assert!(done.stderr.contains("is not UTF-8"), "{}", done.stderr);
}

#[test]
fn a_missing_file_is_an_input_error() {
    let done = circular(&["render", "no-such-file.yaml"]).failure(1);
    assert!(
        done.stderr.contains("cannot read `no-such-file.yaml`"),
        "{}",
        done.stderr
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    circular(&["render"]).failure(2);
    circular(&["render", "examples/u4ssc-7.yaml", "--format", "docx"]).failure(2);
    circular(&["frobnicate"]).failure(2);
}

#[test]
fn check_accepts_every_example() {
    for example in ["u4ssc-7", "tsag-collective", "workshop-montreal"] {
        let done = circular(&["check", &format!("examples/{example}.yaml")]).success();
        assert!(done.stderr.contains("no problems found"), "{}", done.stderr);
    }
}

#[test]
fn a_meeting_that_ends_before_it_starts_is_refused_by_every_command() {
    let text = example_with("end: 2023-06-20T16:00", "end: 2023-06-19T16:00");
    let (_dir, path) = temp_file("backwards.yaml", &text);
    let path = path.to_str().unwrap();
    for args in [
        vec!["render", path],
        vec!["times", path],
        vec!["ics", path],
        vec!["check", path],
    ] {
        let done = circular(&args).failure(1);
        assert!(
            done.stderr.contains("`meeting.end`: the meeting ends"),
            "{args:?}: {}",
            done.stderr
        );
    }
}

#[test]
fn out_of_range_timestamps_are_usage_errors() {
    for stamp in ["--timestamp=253402300800", "--timestamp=-1"] {
        let args = [
            "render",
            "examples/u4ssc-7.yaml",
            "--lang",
            "fr",
            "--format",
            "pdf",
            stamp,
        ];
        let done = circular(&args).failure(2);
        assert!(
            done.stderr.contains("expected whole seconds since 1970"),
            "{}",
            done.stderr
        );
    }
}

#[test]
fn the_meetings_own_zone_adds_no_aside() {
    let out = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "en",
        "--tz",
        "Europe/Zurich",
        "--width",
        "0",
    ])
    .success();
    assert!(
        out.stdout.contains("from 0930 to 1600 hours CEST.\n")
            || out.stdout.contains("from 0930 to 1600 hours CEST. "),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("Zurich time"));
}

#[test]
fn a_character_the_pdf_fonts_lack_is_shown_in_the_yaml() {
    let text = example_with("acronym: U4SSC", "acronym: U4SSC智");
    let (_dir, path) = temp_file("glyph.yaml", &text);
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("letter.pdf");
    let args = [
        "render",
        path.to_str().unwrap(),
        "--lang",
        "en",
        "--format",
        "pdf",
        "-o",
        target.to_str().unwrap(),
    ];
    let done = circular(&args).failure(1);
    assert!(
        done.stderr
            .contains("glyph.yaml:22:17: `meeting.acronym`: the PDF fonts cannot show U+667A `智`"),
        "{}",
        done.stderr
    );
    assert!(!target.exists());
    circular(&["render", path.to_str().unwrap(), "--lang", "en"]).success();
}

#[test]
fn several_schema_errors_are_reported_at_once_without_echoes() {
    let text = example_with("  number: 92", "  number: x")
        .replacen(
            "  date: 2023-05-02",
            "  date: 2023-05-02\n  datum: 2023-05-02",
            1,
        )
        .replacen("sector-members,", "sector-member,", 1)
        .replacen("  edition: 7", "  editon: 7", 1)
        .replacen("zone: Europe/Zurich", "zone: Europe/Zurik", 1);
    let (_dir, path) = temp_file("many.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap(), "--format", "json"]).failure(1);
    let report: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    let fields: Vec<&str> = report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        [
            "letter.number",
            "letter.datum",
            "to[1]",
            "meeting.editon",
            "meeting.zone"
        ]
    );
}

#[test]
fn a_bad_first_key_of_a_list_item_is_one_error_and_the_next_real_one_is_still_found() {
    let text = example_with(
        "  - fr: Rendre compte des travaux des groupes thématiques de l'initiative U4SSC.",
        "  - fr: [Rendre compte]",
    )
    .replacen("signatory:\n", "signatory:\n  colour: red\n", 1);
    let (_dir, path) = temp_file("bad.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(
        done.stderr.contains("`objectives[0].fr`"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("`signatory.colour`"),
        "{}",
        done.stderr
    );
    assert!(
        !done.stderr.contains("`objectives[0].en`"),
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains("2 errors"), "{}", done.stderr);
}

#[test]
fn inside_flow_mappings_the_field_path_names_the_key() {
    let yaml = "letter: {number: 5, date: 2021-12-01, subject: {en: A, fr: B}}
to: [administrations]
body:
  - recommendations:
      - {number: ITU-T Y.4480, colour: new, title: {en: Low power, fr: Faible puissance}}
      - {number: ITU-T E.211, title: {en: Old, fr: [Ancienne]}}
";
    let done = circular(&["check", "-"]).stdin(yaml).failure(1);
    assert!(
        done.stderr
            .contains("<stdin>:5:32: `body[0].recommendations[0].colour`: unknown field"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr
            .contains("<stdin>:6:52: `body[0].recommendations[1].title.fr`"),
        "{}",
        done.stderr
    );
}
