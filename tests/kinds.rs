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

/// The addendum example with `change` (and the noun) replaced.
fn addendum(change: &str, noun: &str) -> String {
    let text = std::fs::read_to_string(common::root().join("examples/addendum-92.yaml")).unwrap();
    text.replace("change: new-dates", &format!("change: {change}"))
        .replace("  edition: 7", &format!("  edition: 7\n  noun: {noun}"))
}

#[test]
fn an_addendum_refers_to_the_original_letter() {
    let en = render_stdin(&addendum("new-dates", "meeting"), "en");
    for expected in [
        "Ref: Addendum 1 to TSB Circular 92",
        "1 Further to TSB Circular 92 of 2 May 2023, I wish to inform you that the seventh meeting of the United for Smart Sustainable Cities initiative (U4SSC) will now be held virtually on 27 June 2023, from 0930 to 1600 hours CEST. All other information in TSB Circular 92 remains unchanged.",
    ] {
        assert!(en.contains(expected), "{expected}\n{en}");
    }
    let fr = render_stdin(&addendum("new-dates", "meeting"), "fr");
    for expected in [
        "Réf.: Addendum 1 à la Circulaire TSB 92",
        "1 Suite à la Circulaire TSB 92 du 2 mai 2023, je tiens à vous informer que la septième réunion de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC) se déroulera désormais de manière virtuelle le 27 juin 2023, de 9 h 30 à 16 heures CEST. Les autres informations figurant dans la Circulaire TSB 92 restent inchangées.",
    ] {
        assert!(fr.contains(expected), "{expected}\n{fr}");
    }
}

#[test]
fn postponement_cancellation_and_programme_in_both_languages() {
    let cases = [
        (
            "postponed",
            "meeting",
            "en",
            "that the seventh meeting of the United for Smart Sustainable Cities initiative (U4SSC) has been postponed. The new dates will be announced in due course. 2",
        ),
        (
            "postponed",
            "workshop",
            "fr",
            "que le septième atelier de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC) a été reporté à une date ultérieure. Les nouvelles dates seront communiquées en temps utile. 2",
        ),
        (
            "cancelled",
            "meeting",
            "en",
            "that the seventh meeting of the United for Smart Sustainable Cities initiative (U4SSC) has been cancelled. 2",
        ),
        (
            "cancelled",
            "meeting",
            "fr",
            "que la septième réunion de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC) a été annulée. 2",
        ),
        (
            "programme",
            "workshop",
            "fr",
            "que le programme du septième atelier de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC) a été révisé. Les autres informations",
        ),
        (
            "programme",
            "meeting",
            "en",
            "that the programme of the seventh meeting of the United for Smart Sustainable Cities initiative (U4SSC) has been revised. All other information",
        ),
    ];
    for (change, noun, lang, expected) in cases {
        let text = render_stdin(&addendum(change, noun), lang);
        assert!(
            text.contains(expected),
            "{change} {noun} {lang}: {expected}\n{text}"
        );
    }
}

#[test]
fn an_addendum_without_a_change_introduces_free_paragraphs() {
    let yaml = addendum("new-dates", "meeting").replace("    change: new-dates\n", "");
    let en = render_stdin(&yaml, "en");
    assert!(en.contains("1 Further to TSB Circular 92 of 2 May 2023, I wish to inform you of the following changes. 2"), "{en}");
    let fr = render_stdin(&yaml, "fr");
    assert!(fr.contains("1 Suite à la Circulaire TSB 92 du 2 mai 2023, je tiens à vous informer des modifications suivantes. 2"), "{fr}");
}

#[test]
fn annexes_of_an_addendum_say_so() {
    let yaml =
        addendum("new-dates", "meeting") + "annexes:\n  - title: {fr: Programme, en: Programme}\n";
    assert!(render_stdin(&yaml, "en").contains("ANNEX 1 (to Addendum 1 to TSB Circular 92)"));
    assert!(
        render_stdin(&yaml, "fr").contains("ANNEXE 1 (de l'Addendum 1 à la Circulaire TSB 92)")
    );
    let tsb92 = words(
        &circular(&["render", "examples/u4ssc-7.yaml", "--lang", "fr"])
            .success()
            .stdout,
    );
    assert!(!tsb92.contains("ANNEXE"));
}

#[test]
fn addendum_mistakes_are_located() {
    let yaml = addendum("new-dates", "meeting")
        .replace("original-date: 2023-05-02", "original-date: 2023-06-02");
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(done.stderr.contains("`letter.addendum.original-date`: the original letter is dated 2023-06-02, not before its addendum (2023-05-30)"), "{}", done.stderr);
    let start = ENGLISH_ONLY.replace(
        "subject:",
        "addendum: {number: 1, original-date: 2024-01-02, change: cancelled}, subject:",
    );
    let done = circular(&["check", "-"]).stdin(&start).failure(1);
    assert!(done.stderr.contains("`letter.addendum.change`: the addendum changes the meeting, and the letter has no `meeting`"), "{}", done.stderr);
    let body = ENGLISH_ONLY.replace("body:\n", "body:\n  - addendum\n");
    let done = circular(&["check", "-"]).stdin(&body).failure(1);
    assert!(
        done.stderr.contains(
            "`body[0]`: `addendum` says what an addendum changes, and the letter is not one"
        ),
        "{}",
        done.stderr
    );
}
