//! Letters of every kind (issue 11): letters in some languages only, circulars without a
//! meeting, addenda, study-group collective letters and the rest, in both languages.

mod common;

use common::{circular, words};

/// The letter of `yaml` (given on stdin) in `lang`, words collapsed.
fn render_stdin(yaml: &str, lang: &str) -> String {
    let done = circular(&["render", "-", "--lang", lang, "--width", "0"])
        .stdin(yaml)
        .success();
    words(&done.stdout)
}

const ENGLISH_ONLY: &str =
    "letter: {number: 5, date: 2024-01-10, languages: [en], subject: Questionnaire on numbering}
to: [administrations]
body:
  - paragraph: {text: {en: Please reply to the questionnaire in the Annex.}}
";

#[test]
fn a_letter_declared_in_english_needs_no_french() {
    let text = render_stdin(ENGLISH_ONLY, "all");
    assert!(
        text.contains("Subject: Questionnaire on numbering"),
        "{text}"
    );
    assert!(text.contains("1 Please reply to the questionnaire in the Annex."));
    assert!(
        !text.contains("Madame"),
        "all is the letter's languages only: {text}"
    );
    circular(&["check", "-"]).stdin(ENGLISH_ONLY).success();
}

#[test]
fn rendering_an_undeclared_language_is_one_clear_error() {
    for command in ["render", "check"] {
        let done = circular(&[command, "-", "--lang", "fr"])
            .stdin(ENGLISH_ONLY)
            .failure(2);
        assert!(
            done.stderr
                .contains("is not written in French (`fr`): its `letter.languages` are `en`"),
            "{}",
            done.stderr
        );
    }
}

#[test]
fn a_declared_language_without_house_style_is_located() {
    let yaml = ENGLISH_ONLY.replace("languages: [en]", "languages: [en, es]");
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("<stdin>:1:50: `letter.languages`: there is no house style for `es` yet"),
        "{}",
        done.stderr
    );
    let yaml = ENGLISH_ONLY.replace("languages: [en]", "languages: []");
    let done = circular(&["render", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("a letter is written in at least one language")
    );
}

#[test]
fn texts_are_keyed_by_any_official_language() {
    let yaml = ENGLISH_ONLY.replace("{en: Please", "{es: Sírvase responder., en: Please");
    render_stdin(&yaml, "en");
    let yaml = ENGLISH_ONLY.replace("{en: Please", "{de: Bitte, en: Please");
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("unknown field `de`, expected one of ar, zh, en, fr, ru, es"),
        "{}",
        done.stderr
    );
}

#[test]
fn a_circular_without_a_meeting_in_both_languages() {
    let en = words(
        &circular(&[
            "render",
            "examples/approval-circular.yaml",
            "--lang",
            "en",
            "--width",
            "0",
        ])
        .success()
        .stdout,
    );
    assert!(
        en.contains("Subject: Approval of 4 revised or new ITU-T Recommendations Dear Sir/Madam,"),
        "{en}"
    );
    assert!(en.contains("ANNEX 1 (to TSB Circular 237)"));
    let fr = words(
        &circular(&[
            "render",
            "examples/approval-circular.yaml",
            "--lang",
            "fr",
            "--width",
            "0",
        ])
        .success()
        .stdout,
    );
    assert!(
        fr.contains(
            "Objet: Approbation de 4 Recommandations UIT-T nouvelles ou révisées Madame, Monsieur,"
        ),
        "{fr}"
    );
    circular(&["check", "examples/approval-circular.yaml"]).success();
}

#[test]
fn times_and_ics_say_that_there_is_no_meeting() {
    for command in ["times", "ics"] {
        let done = circular(&[command, "examples/approval-circular.yaml"]).failure(2);
        assert!(
            done.stderr
                .contains("announces no meeting (it has no `meeting`)"),
            "{}",
            done.stderr
        );
    }
}

#[test]
fn without_a_meeting_the_subject_is_required_and_meeting_paragraphs_refused() {
    let yaml = "letter: {number: 1, date: 2024-01-10, languages: [en]}\nto: [administrations]\nbody: [announcement]\n";
    let done = circular(&["check", "-"]).stdin(yaml).failure(1);
    for expected in [
        "<stdin>:1:18: `letter.subject`: a letter without a `meeting` needs a subject",
        "<stdin>:3:7: `body[0]`: `announcement` speaks of the meeting, and the letter has none",
        "hint: add a `meeting`, or write the paragraph as `paragraph: {text: ...}`",
    ] {
        assert!(
            done.stderr.contains(expected),
            "{expected}\n{}",
            done.stderr
        );
    }
}
