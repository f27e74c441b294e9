//! `check`: problems that need several fields at once, the French/English comparison, and the
//! JSON report; everything found is reported in one run.

mod common;

use common::{circular, root, temp_file};

fn example(name: &str) -> String {
    std::fs::read_to_string(root().join("examples").join(name)).unwrap()
}

fn edit(text: &str, edits: &[(&str, &str)]) -> String {
    edits
        .iter()
        .fold(text.to_string(), |text, (find, replace)| {
            assert!(text.contains(find), "the example contains `{find}`");
            text.replacen(find, replace, 1)
        })
}

fn check(text: &str, extra: &[&str], code: i32) -> String {
    let (_dir, path) = temp_file("meeting.yaml", text);
    let mut args = vec!["check", path.to_str().unwrap()];
    args.extend(extra);
    circular(&args).failure_or_success(code).stderr
}

trait Expect {
    fn failure_or_success(self, code: i32) -> common::Done;
}

impl Expect for common::Run {
    fn failure_or_success(self, code: i32) -> common::Done {
        if code == 0 {
            self.success()
        } else {
            self.failure(code)
        }
    }
}

#[test]
fn several_semantic_errors_are_reported_together() {
    let text = edit(
        &example("tsag-collective.yaml"),
        &[
            ("end: 2018-03-02T17:30", "end: 2018-02-20T17:30"),
            ("date: 2017-09-11", "date: 2018-03-05"),
            ("set out in Annex A.", "set out in Annex B."),
        ],
    );
    let err = check(&text, &[], 1);
    assert!(
        err.contains(
            "`meeting.end`: the meeting ends (2018-02-20T17:30:00+01:00) before it starts"
        ),
        "{err}"
    );
    assert!(
        err.contains("`letter.date`: the letter is dated 2018-03-05, after the meeting starts"),
        "{err}"
    );
    assert!(
        err.contains("refers to annex `B`, but the letter has annexes A"),
        "{err}"
    );
    assert!(err.contains("3 errors,"), "{err}");
}

#[test]
fn registration_deadline_after_the_meeting_is_an_error() {
    let text = edit(
        &example("tsag-collective.yaml"),
        &[("deadline: 2018-01-26", "deadline: 2018-03-26")],
    );
    let err = check(&text, &[], 1);
    assert!(
        err.contains(
            "`meeting.registration.deadline`: the registration deadline (2018-03-26) is after"
        ),
        "{err}"
    );
}

#[test]
fn weekend_and_late_visa_deadlines_are_warnings() {
    let text = edit(
        &example("tsag-collective.yaml"),
        &[(
            "date: 2018-01-26\n    actions",
            "date: 2018-02-10\n    actions",
        )],
    );
    let err = check(&text, &[], 0);
    assert!(
        err.contains("warning: `deadlines[2].date`: the deadline 2018-02-10 falls on a Saturday"),
        "{err}"
    );
    assert!(
        err.contains(
            "warning: `deadlines[2].date`: the visa deadline 2018-02-10 is less than four weeks"
        ),
        "{err}"
    );
    assert!(err.contains("0 errors, 2 warnings"), "{err}");
    check(&text, &["--deny-warnings"], 1);
}

#[test]
fn an_edition_that_disagrees_with_the_web_address_is_an_error() {
    let text = edit(&example("u4ssc-7.yaml"), &[("edition: 7", "edition: 8")]);
    let err = check(&text, &[], 1);
    assert!(
        err.contains("`meeting.edition`: `edition` is 8, but the web address says 7"),
        "{err}"
    );
}

#[test]
fn an_edition_that_disagrees_with_the_name_is_an_error() {
    let text = edit(
        &example("workshop-montreal.yaml"),
        &[
            ("noun: workshop", "noun: workshop\n  edition: 3"),
            ("en: on \"Satellites", "en: second on \"Satellites"),
        ],
    );
    let err = check(&text, &[], 1);
    assert!(err.contains("`edition` is 3, but the name says 2"), "{err}");
}

#[test]
fn numbers_that_differ_between_the_languages_are_reported_with_their_paragraph() {
    let text = edit(
        &example("u4ssc-7.yaml"),
        &[(
            "est soutenue par 19 institutions",
            "est soutenue par 18 institutions",
        )],
    );
    let err = check(&text, &[], 1);
    assert!(
        err.contains("paragraph 3: `18` appears 1 time in fr, 0 in en"),
        "{err}"
    );
    assert!(
        err.contains("paragraph 3: `19` appears 0 times in fr, 1 in en"),
        "{err}"
    );
}

#[test]
fn addresses_that_differ_between_the_languages_are_reported() {
    let text = edit(
        &example("u4ssc-7.yaml"),
        &[(
            "          http://www.itu.int/en/ITU-T/ssc/united/Pages/default.aspx.\n        en",
            "          http://www.itu.int/fr/ITU-T/ssc/united/Pages/default.aspx.\n        en",
        )],
    );
    let err = check(&text, &["--lang-pair", "en,fr"], 1);
    assert!(err.contains("paragraph 3: `http://www.itu.int/fr/ITU-T/ssc/united/Pages/default.aspx` appears 0 times in en, 1 in fr"), "{err}");
}

#[test]
fn json_report_lists_problems_with_their_places() {
    let text = edit(&example("u4ssc-7.yaml"), &[("edition: 7", "edition: 8")]);
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap(), "--format", "json"]).failure(1);
    let report: serde_json::Value = serde_json::from_str(&done.stdout).expect("stdout is JSON");
    assert_eq!(report["ok"], false);
    let problem = &report["problems"][0];
    assert_eq!(
        (problem["line"].as_u64(), problem["field"].as_str()),
        (Some(18), Some("meeting.edition"))
    );
    assert_eq!(problem["severity"], "error");
    let done = circular(&["check", "examples/u4ssc-7.yaml", "--format", "json"]).success();
    let report: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    assert_eq!(
        (
            report["ok"].as_bool(),
            report["problems"].as_array().map(Vec::len)
        ),
        (Some(true), Some(0))
    );
}

#[test]
fn json_report_also_covers_schema_errors() {
    let (_dir, path) = temp_file("meeting.yaml", "letter: {number: 1}\n");
    let done = circular(&["check", path.to_str().unwrap(), "--format", "json"]).failure(1);
    let report: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
    assert!(
        report["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("missing field"),
        "{report}"
    );
}

#[test]
fn a_last_day_that_closes_before_the_first_opens_is_a_warning() {
    let text = edit(
        &example("tsag-collective.yaml"),
        &[("end: 2018-03-02T17:30", "end: 2018-03-02T09:00")],
    );
    let err = check(&text, &[], 0);
    assert!(
        err.contains("warning: `meeting.end`: the meeting closes at 09:00 on its last day"),
        "{err}"
    );
    check(&text, &["--deny-warnings"], 1);
}
