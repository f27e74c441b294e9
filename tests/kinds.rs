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
    assert!(
        en.contains("(Geneva, 17 December 1999) • Revised Recommendation D.180: Occasional provision of circuits for international sound- and television-programme transmissions"),
        "the standard list, an item per Recommendation: {en}"
    );
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
    assert!(
        fr.contains("(Genève, 17 décembre 1999) • Recommandation D.180 révisée: Fourniture occasionnelle de circuits"),
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

/// An example rendered in `lang`, words collapsed.
fn example(name: &str, lang: &str) -> String {
    let path = format!("examples/{name}.yaml");
    let done = circular(&["render", &path, "--lang", lang, "--width", "0"]).success();
    words(&done.stdout)
}

fn assert_has(text: &str, expected: &[&str]) {
    for phrase in expected {
        assert!(text.contains(phrase), "missing {phrase:?} in\n{text}");
    }
}

#[test]
fn a_study_group_collective_letter_in_english() {
    assert_has(
        &example("sg3-collective", "en"),
        &[
            "Ref: TSB Collective letter 2/3 SG3/LS",
            "Subject: Meeting of Study Group 3; Geneva, 9-18 April 2018 Dear Sir/Madam,",
            "1 It is my pleasure to invite you to attend the next meeting of Study Group 3 (Tariff and accounting principles and international telecommunication/ICT economic and policy issues), which will be held at ITU headquarters, Geneva, from 9 to 18 April 2018, inclusive.",
            "2 The meeting will open at 0930 hours on the first day, and participant registration will begin at 0830 hours at the Montbrillant building entrance. Daily meeting room allocations will be displayed on screens throughout ITU headquarters, and online.",
            "9 February 2018 - Submit ITU-T Member contributions for which translation is requested",
            "26 February 2018 - Submit fellowship requests - Submit interpretation requests (via online pre-registration form)",
            "9 March 2018 - Pre-registration (online via the study group homepage) - Submit requests for visa support letters",
            "27 March 2018 - Submit ITU-T Member contributions",
            "4 Practical meeting information is set out in Annex A. A draft meeting agenda and time plan, prepared by the Chairman of Study Group 3, Mr Seiichi Tsugawa (Japan), are set out in Annex B.",
            "ANNEX A (to TSB Collective letter 2/3) Practical meeting information 1 Pursuant to the provisions of Recommendation ITU-T A.1, contributions to the work of the study group shall be submitted to the Director of the Telecommunication Standardization Bureau (TSB).",
        ],
    );
}

#[test]
fn a_study_group_collective_letter_in_french() {
    assert_has(
        &example("sg3-collective", "fr"),
        &[
            "Réf.: Lettre collective TSB 2/3 SG3/LS",
            "Objet: Réunion de la Commission d'études 3; Genève, 9-18 avril 2018 Madame, Monsieur,",
            "1 J'ai le plaisir de vous inviter à participer à la prochaine réunion de la Commission d'études 3 (Principes de tarification",
            "qui se tiendra à Genève, au siège de l'UIT, du 9 au 18 avril 2018 inclus.",
            "2 La réunion s'ouvrira à 9 h 30 le premier jour. L'enregistrement des participants débutera à 8 h 30 à l'entrée du bâtiment Montbrillant. Les précisions relatives aux salles de réunion seront affichées sur les écrans",
            "26 février 2018 - Soumission des demandes de bourses - Soumission des demandes d'interprétation (au moyen du formulaire de préinscription en ligne)",
            "9 mars 2018 - Préinscription (en ligne, sur la page d'accueil de la commission d'études) - Soumission des demandes de lettres d'appui pour l'obtention d'un visa",
            "4 Des informations pratiques sur la réunion figurent dans l'Annexe A. Le projet d'ordre du jour et le plan de gestion du temps, établis par le Président de la Commission d'études 3, M. Seiichi Tsugawa (Japon), figurent dans l'Annexe B.",
            "ANNEXE A (de la Lettre collective TSB 2/3) Informations pratiques sur la réunion 1 Conformément aux dispositions de la Recommandation UIT-T A.1, les contributions aux travaux de la commission d'études doivent être soumises au Directeur du Bureau de la normalisation des télécommunications (TSB).",
        ],
    );
    circular(&["check", "examples/sg3-collective.yaml", "--deny-warnings"]).success();
}

/// The study-group example with a line replaced.
fn sg3_with(find: &str, replace: &str) -> String {
    let text =
        std::fs::read_to_string(common::root().join("examples/sg3-collective.yaml")).unwrap();
    assert!(text.contains(find), "{find}");
    text.replacen(find, replace, 1)
}

#[test]
fn tsag_takes_its_own_name_and_homepage() {
    let yaml = sg3_with("study-group: \"3\"", "study-group: TSAG");
    let en = render_stdin(&yaml, "en");
    assert_has(
        &en,
        &[
            "Subject: Meeting of the Telecommunication Standardization Advisory Group (TSAG); Geneva, 9-18 April 2018",
            "to attend the next meeting of the Telecommunication Standardization Advisory Group (TSAG) (Tariff",
            "Pre-registration (online via the TSAG homepage)",
            "contributions to the work of TSAG shall be submitted",
        ],
    );
    let fr = render_stdin(&yaml, "fr");
    assert_has(
        &fr,
        &[
            "à participer à la prochaine réunion du Groupe consultatif de la normalisation des télécommunications (GCNT)",
            "Préinscription (en ligne, sur la page d'accueil du GCNT)",
            "les contributions aux travaux du GCNT doivent",
        ],
    );
}

#[test]
fn deadline_actions_are_keys_or_free_text() {
    let yaml = sg3_with(
        "actions: [contributions]",
        "actions: [contributions, hotel, captioning, {fr: Autre chose, en: Something else}, fellowship]",
    );
    let done = circular(&["check", "-"]).stdin(&yaml).run();
    assert!(done.stderr.contains("`deadlines[3].actions[4]`: `fellowship` is not a standard action, so it is printed as it is in every language"), "{}", done.stderr);
    assert!(done.stderr.contains("hint: did you mean `fellowships`?"));
    let en = render_stdin(&yaml, "en");
    assert_has(
        &en,
        &[
            "27 March 2018 - Submit ITU-T Member contributions - Book hotel accommodation - Submit requests for real-time captioning and/or sign-language interpretation - Something else - fellowship",
        ],
    );
    let fr = render_stdin(&yaml, "fr");
    assert_has(
        &fr,
        &[
            "27 mars 2018 - Soumission des contributions des Membres de l'UIT-T - Réservation de l'hébergement à l'hôtel - Soumission des demandes de sous-titrage en temps réel et/ou d'interprétation en langue des signes - Autre chose - fellowship",
        ],
    );
}

#[test]
fn a_meeting_needs_a_name_or_a_study_group() {
    let yaml = sg3_with("  study-group: \"3\"\n", "");
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("`meeting.name`: the meeting has no name"),
        "{}",
        done.stderr
    );
}

const WORKSHOP_ABROAD: &str = "letter: {number: 7, date: 2017-09-01}
to: [administrations]
meeting:
  noun: workshop
  name: {fr: sur l'environnement, en: on environment}
  format: physical
  venue:
    building: {fr: au siège de l'ETSI, en: at ETSI headquarters}
    city: Sophia Antipolis
    country: France
  start: 2017-11-13T09:30
  end: 2017-11-13T17:30
body: [invitation, opening]
";

#[test]
fn an_invitation_to_one_day_abroad_contracts_and_agrees() {
    let en = render_stdin(WORKSHOP_ABROAD, "en");
    assert_has(
        &en,
        &[
            "1 It is my pleasure to invite you to attend the next workshop on environment, which will be held at ETSI headquarters, Sophia Antipolis, France, on 13 November 2017.",
            "2 The workshop will open at 0930 hours.",
        ],
    );
    assert!(
        !en.contains("Daily meeting room allocations"),
        "rooms on screens only in Geneva"
    );
    let fr = render_stdin(WORKSHOP_ABROAD, "fr");
    assert_has(
        &fr,
        &[
            "1 J'ai le plaisir de vous inviter à participer au prochain atelier sur l'environnement, qui se tiendra à Sophia Antipolis (France), au siège de l'ETSI, le 13 novembre 2017.",
            "2 L'atelier s'ouvrira à 9 h 30.",
        ],
    );
}

#[test]
fn the_host_contracts_with_de_in_french() {
    let host = "  host: {fr: le Gouvernement de la République de Corée, en: the Government of the Republic of Korea}\n";
    let yaml = WORKSHOP_ABROAD
        .replace(
            "  format: physical\n",
            &format!("  format: physical\n{host}"),
        )
        .replace("body: [invitation, opening]", "body: [announcement]");
    let fr = render_stdin(&yaml, "fr");
    assert!(
        fr.contains(
            "(UIT), à l'aimable invitation du Gouvernement de la République de Corée, organise"
        ),
        "{fr}"
    );
    let en = render_stdin(&yaml, "en");
    assert!(en.contains("(ITU), at the kind invitation of the Government of the Republic of Korea, is organizing"), "{en}");
    let les = yaml.replace(
        "le Gouvernement de la République de Corée",
        "les Émirats arabes unis",
    );
    assert!(render_stdin(&les, "fr").contains("à l'aimable invitation des Émirats arabes unis,"));
    let written = yaml.replace("{fr: le Gouvernement", "{fr: du Gouvernement");
    let done = circular(&["check", "-"]).stdin(&written).run();
    assert!(done.stderr.contains("`meeting.host`: the French (`fr`) text starts with the preposition `du`, so the tool cannot put its own before it"), "{}", done.stderr);
    assert!(
        render_stdin(&written, "fr")
            .contains("à l'aimable invitation du Gouvernement de la République")
    );
}

#[test]
fn series_letterhead_number_and_annexes_as_the_letter_has_them() {
    let yaml = "letter:
  number: 7/LCCE/79
  date: 2020-12-16
  languages: [en]
  series-name: BR Circular Letter
  letterhead: \"INTERNATIONAL TELECOMMUNICATION UNION\\nRADIOCOMMUNICATION BUREAU\"
  annex-numbering: letters
  subject: Meetings of Working Parties 7A, 7B, 7C and 7D
to: [administrations]
body:
  - paragraph: {text: Draft agendas for the meetings are contained in the Annex.}
annexes:
  - title: Draft agendas
";
    let text = render_stdin(yaml, "en");
    assert_has(
        &text,
        &[
            "INTERNATIONAL TELECOMMUNICATION UNION RADIOCOMMUNICATION BUREAU Geneva, 16 December 2020",
            "Ref: BR Circular Letter 7/LCCE/79",
            "ANNEX A (to BR Circular Letter 7/LCCE/79)",
        ],
    );
    let tsag = "letter: {series: collective-letter, number: 2/TSAG, study-group: TSAG, date: 2017-09-11, languages: [en], subject: Second meeting}\nto: [administrations]\n";
    assert!(render_stdin(tsag, "en").contains("Ref: TSB Collective letter 2/TSAG - To"));
    let numbered = tsag.replace(
        "subject: Second meeting}",
        "subject: Second meeting, annex-numbering: numbers}",
    ) + "annexes:\n  - title: Practical information\n";
    assert!(render_stdin(&numbered, "en").contains("ANNEX 1 (to TSB Collective letter 2/TSAG)"));
}

#[test]
fn half_days_in_the_letter_in_both_languages() {
    assert_has(
        &example("half-days", "en"),
        &[
            "Subject: Third meeting of the Council Working Group on the International Telecommunication Regulations (Geneva, 11 (afternoon) – 17 May 2005 (morning))",
            "which will be held at ITU headquarters, Geneva, from 11 (afternoon) to 17 May 2005 (morning), inclusive.",
            "2 The meeting will open at 1430 hours on the first day, and participant registration will begin at 1330 hours at the reception of the Montbrillant building.",
        ],
    );
    assert_has(
        &example("half-days", "fr"),
        &[
            "Objet: Troisième réunion du Groupe de travail du Conseil sur le Règlement des télécommunications internationales (Genève, 11 (après-midi) - 17 mai 2005 (matin))",
            "qui se tiendra à Genève, au siège de l'UIT, du 11 (après-midi) au 17 mai 2005 (matin) inclus.",
            "2 La réunion s'ouvrira à 14 h 30 le premier jour. L'enregistrement des participants débutera à 13 h 30 à la réception du bâtiment Montbrillant.",
        ],
    );
    circular(&["check", "examples/half-days.yaml", "--deny-warnings"]).success();
}

#[test]
fn ics_has_one_event_per_sitting_day_and_none_on_the_weekend() {
    let ics = circular(&["ics", "examples/half-days.yaml"])
        .success()
        .stdout;
    let starts: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTSTART")).collect();
    let ends: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTEND")).collect();
    // Hand-checked: 11 May 1430-1730 CEST (UTC+2), 12, 13 and 16 May 0930-1730, 17 May 0930-1230.
    assert_eq!(
        starts,
        [
            "DTSTART:20050511T123000Z",
            "DTSTART:20050512T073000Z",
            "DTSTART:20050513T073000Z",
            "DTSTART:20050516T073000Z",
            "DTSTART:20050517T073000Z",
        ],
        "{ics}"
    );
    assert_eq!(
        ends,
        [
            "DTEND:20050511T153000Z",
            "DTEND:20050512T153000Z",
            "DTEND:20050513T153000Z",
            "DTEND:20050516T153000Z",
            "DTEND:20050517T103000Z",
        ]
    );
    assert!(
        ics.contains("From 11 (afternoon) to 17 May 2005 (morning)."),
        "{ics}"
    );
}

#[test]
fn times_follow_the_sitting_days() {
    let json = circular(&[
        "times",
        "examples/half-days.yaml",
        "--tz",
        "Asia/Tokyo",
        "--format",
        "json",
    ])
    .success()
    .stdout;
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let seen: Vec<(String, String, u64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["start"].as_str().unwrap().to_string(),
                row["end"].as_str().unwrap().to_string(),
                row["days"].as_u64().unwrap(),
            )
        })
        .collect();
    // Hand-checked, JST = UTC+9: a gap at the weekend starts a new block.
    assert_eq!(
        seen,
        [
            (
                "2005-05-11T21:30:00+09:00".into(),
                "2005-05-12T00:30:00+09:00".into(),
                1
            ),
            (
                "2005-05-12T16:30:00+09:00".into(),
                "2005-05-13T00:30:00+09:00".into(),
                2
            ),
            (
                "2005-05-16T16:30:00+09:00".into(),
                "2005-05-17T00:30:00+09:00".into(),
                1
            ),
            (
                "2005-05-17T16:30:00+09:00".into(),
                "2005-05-17T19:30:00+09:00".into(),
                1
            ),
        ]
    );
    let text = circular(&["times", "examples/half-days.yaml", "--tz", "Asia/Tokyo"])
        .success()
        .stdout;
    assert!(
        !text.contains("14 May") && !text.contains("15 May"),
        "{text}"
    );
}

#[test]
fn a_skipped_weekday_lists_the_sitting_days() {
    let text = std::fs::read_to_string(common::root().join("examples/half-days.yaml")).unwrap();
    let yaml = text.replace(
        "skip-days: [2005-05-14, 2005-05-15]",
        "skip-days: [2005-05-13, 2005-05-14, 2005-05-15]",
    );
    assert!(render_stdin(&yaml, "en").contains("which will be held at ITU headquarters, Geneva, on 11 (afternoon), 12, 16 and 17 May 2005 (morning)."));
    assert!(
        render_stdin(&yaml, "fr")
            .contains("au siège de l'UIT, les 11 (après-midi), 12, 16 et 17 mai 2005 (matin).")
    );
    let outside = text.replace(
        "skip-days: [2005-05-14, 2005-05-15]",
        "skip-days: [2005-05-11, 2005-05-20]",
    );
    let done = circular(&["check", "-"]).stdin(&outside).failure(1);
    assert!(done.stderr.contains("`meeting.skip-days`: 2005-05-11 is not a day between the first (2005-05-11) and the last (2005-05-17) of the meeting"), "{}", done.stderr);
    assert!(done.stderr.contains("2005-05-20 is not a day between"));
}

#[test]
fn several_events_abroad_with_a_host_in_both_languages() {
    assert_has(
        &example("sg5-seoul", "en"),
        &[
            "Subject: Meeting of Study Group 5; Seoul, Republic of Korea, 20-28 September 2011 Workshop on ICTs and climate change; Seoul, Republic of Korea, 19 September 2011 Dear Sir/Madam,",
            "1 It is my pleasure to invite you to attend the next meeting of Study Group 5 (Environment and climate change), which, at the kind invitation of the Korea Communications Commission (KCC), will be held at the Lotte Hotel, Seoul, Republic of Korea, from 20 to 28 September 2011, inclusive. The workshop on ICTs and climate change, organized in collaboration with the Korea Communications Commission (KCC), will be held at the Lotte Hotel in Seoul, Republic of Korea, on 19 September 2011, from 1400 to 1730 hours KST.",
            "On 19 September 2011, the workshop runs from 1400 to 1730 hours KST, that is:",
        ],
    );
    assert_has(
        &example("sg5-seoul", "fr"),
        &[
            "Objet: Réunion de la Commission d'études 5; Séoul, République de Corée, 20-28 septembre 2011 Atelier sur les TIC et les changements climatiques; Séoul, République de Corée, 19 septembre 2011 Madame, Monsieur,",
            "qui, à l'aimable invitation de la Commission des communications de Corée (KCC), se tiendra à Séoul (République de Corée), à l'hôtel Lotte, du 20 au 28 septembre 2011 inclus. L'atelier sur les TIC et les changements climatiques, organisé en collaboration avec la Commission des communications de Corée (KCC), se déroulera à l'hôtel Lotte à Séoul (République de Corée) le 19 septembre 2011, de 14 heures à 17 h 30 KST.",
        ],
    );
    circular(&["check", "examples/sg5-seoul.yaml", "--deny-warnings"]).success();
}

#[test]
fn times_and_ics_list_every_event() {
    let ics = circular(&["ics", "examples/sg5-seoul.yaml"])
        .success()
        .stdout;
    let summaries = ics.lines().filter(|l| l.starts_with("SUMMARY")).count();
    assert_eq!(
        summaries, 10,
        "9 days of the meeting and the workshop's afternoon"
    );
    // Hand-checked: 19 September 2011 1400-1730 KST (UTC+9) is 0500-0830 UTC.
    assert!(ics.contains("DTSTART:20110919T050000Z\r\nDTEND:20110919T083000Z\r\nSUMMARY;LANGUAGE=en:Workshop on ICTs and climate change"), "{ics}");
    let text = circular(&["times", "examples/sg5-seoul.yaml", "--tz", "Europe/Zurich"])
        .success()
        .stdout;
    assert!(text.starts_with("Meeting of Study Group 5\n"), "{text}");
    assert!(
        text.contains("Workshop on ICTs and climate change\n\nZone"),
        "{text}"
    );
    assert!(
        text.contains(
            "Europe/Zurich  Monday 19 September 2011  0700 hours  1030 hours  CEST (UTC+02:00)"
        ),
        "{text}"
    );
    let json = seoul_json("en");
    assert_eq!(json.last().unwrap()["start"], "2011-09-19T05:00:00+00:00");
}

#[test]
fn interpretation_on_request_or_by_the_rules_in_force() {
    let yaml = WORKSHOP_ABROAD.replace("body: [invitation, opening]", "body: [languages]");
    let on_request = yaml.replace(
        "  format: physical\n",
        "  format: physical\n  interpretation: on-request\n",
    );
    assert!(render_stdin(&on_request, "en").contains(
        "1 Discussions will be held in English. Interpretation will be provided on request."
    ));
    assert!(render_stdin(&on_request, "fr").contains(
        "1 L'atelier se déroulera en anglais. Un service d'interprétation sera assuré sur demande."
    ));
    let rules = yaml.replace(
        "  format: physical\n",
        "  format: physical\n  interpretation: rules-in-force\n",
    );
    assert!(render_stdin(&rules, "en").contains("An interpretation service will be provided for the workshop in accordance with the provisions in force."));
    assert!(render_stdin(&rules, "fr").contains("Un service d'interprétation sera assuré pour l'atelier, conformément aux dispositions en vigueur."));
    let wrong = yaml.replace(
        "  format: physical\n",
        "  format: physical\n  interpretation: always\n",
    );
    let done = circular(&["check", "-"]).stdin(&wrong).failure(1);
    assert!(done.stderr.contains("unknown interpretation `always`: expected a list of language codes, `on-request` or `rules-in-force`"), "{}", done.stderr);
}

#[test]
fn several_hosts_and_a_venue_address() {
    let hosts = "  hosts:\n    - {fr: le Gouvernement de la France, en: the Government of France}\n    - {fr: l'Institut européen des normes de télécommunication (ETSI), en: the European Telecommunications Standards Institute (ETSI)}\n  address: [\"650, route des Lucioles\", 06921 Sophia Antipolis, France]\n";
    let yaml = WORKSHOP_ABROAD
        .replace(
            "  format: physical\n",
            &format!("  format: physical\n{hosts}"),
        )
        .replace("body: [invitation, opening]", "body: [announcement, venue]");
    let en = render_stdin(&yaml, "en");
    assert_has(
        &en,
        &[
            "at the kind invitation of the Government of France and the European Telecommunications Standards Institute (ETSI), is organizing",
            "2 The venue of the workshop is: • 650, route des Lucioles • 06921 Sophia Antipolis • France",
        ],
    );
    let fr = render_stdin(&yaml, "fr");
    assert_has(
        &fr,
        &[
            "à l'aimable invitation du Gouvernement de la France et de l'Institut européen des normes de télécommunication (ETSI), organise",
            "2 Le lieu de l'atelier est le suivant: • 650, route des Lucioles • 06921 Sophia Antipolis • France",
        ],
    );
}

#[test]
fn ics_speaks_a_language_the_letter_is_written_in() {
    let french = std::fs::read_to_string(common::root().join("examples/half-days.yaml"))
        .unwrap()
        .replace("  code: TSB/ST", "  code: TSB/ST\n  languages: [fr]");
    let ics = circular(&["ics", "-"]).stdin(&french).success().stdout;
    assert!(
        ics.contains("SUMMARY;LANGUAGE=fr:Troisième réunion"),
        "{ics}"
    );
    let done = circular(&["ics", "-", "--lang", "en"])
        .stdin(&french)
        .failure(2);
    assert!(
        done.stderr.contains("is not written in English (`en`)"),
        "{}",
        done.stderr
    );
    circular(&["times", "-"]).stdin(&french).success();
}

#[test]
fn the_zone_as_geneva_time_by_choice() {
    let yaml = WORKSHOP_ABROAD
        .replace(
            "  format: physical\n",
            "  format: virtual\n  zone-label: city\n",
        )
        .replace("body: [invitation, opening]", "body: [announcement]");
    let en = render_stdin(&yaml, "en");
    assert!(
        en.contains("on 13 November 2017, from 0930 to 1730 hours Geneva time."),
        "{en}"
    );
    let fr = render_stdin(&yaml, "fr");
    assert!(
        fr.contains("le 13 novembre 2017, de 9 h 30 à 17 h 30 (heure de Genève)."),
        "{fr}"
    );
    let seoul = yaml.replace(
        "  zone-label: city\n",
        "  zone-label: city\n  zone: Asia/Seoul\n",
    );
    assert!(render_stdin(&seoul, "en").contains("from 0930 to 1730 hours Seoul time."));
    circular(&["check", "-"]).stdin(&yaml).success();
}

#[test]
fn a_batch_row_in_an_undeclared_language_is_reported_and_the_others_go_on() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("en.yaml");
    std::fs::write(&yaml, ENGLISH_ONLY).unwrap();
    let rows = dir.path().join("r.csv");
    std::fs::write(
        &rows,
        "id,name,language\na1,Alice,fr\nb2,Bob,en\nc3,Carol,\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let args = [
        "batch",
        yaml.to_str().unwrap(),
        "--recipients",
        rows.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    let done = circular(&args).failure(3);
    assert!(
        done.stderr.contains("r.csv:2")
            && done
                .stderr
                .contains("the letter is not written in French (`fr`)"),
        "{}",
        done.stderr
    );
    assert!(out.join("tsb5-en-b2.txt").exists() && out.join("tsb5-en-c3.txt").exists());
}

#[test]
fn an_itu_t_workshop_names_its_sector() {
    let yaml = WORKSHOP_ABROAD
        .replace(
            "  noun: workshop\n",
            "  noun: workshop\n  prefix: {fr: de l'UIT-T, en: ITU-T}\n",
        )
        .replace("body: [invitation, opening]", "body: [announcement]");
    let en = render_stdin(&yaml, "en");
    assert_has(
        &en,
        &[
            "Subject: ITU-T Workshop on environment (Sophia Antipolis, France, 13 November 2017)",
            "is organizing the ITU-T Workshop on environment.",
        ],
    );
    let fr = render_stdin(&yaml, "fr");
    assert_has(
        &fr,
        &[
            "Objet: Atelier de l'UIT-T sur l'environnement (Sophia Antipolis, France, 13 novembre 2017)",
            "organise l'atelier de l'UIT-T sur l'environnement.",
        ],
    );
}

#[test]
fn a_corrigendum_is_named_so() {
    let yaml = addendum("new-dates", "meeting")
        .replace("    number: 1\n", "    number: 1\n    corrigendum: true\n")
        + "annexes:\n  - title: {fr: Programme, en: Programme}\n";
    assert_has(
        &render_stdin(&yaml, "en"),
        &[
            "Ref: Corrigendum 1 to TSB Circular 92",
            "ANNEX 1 (to Corrigendum 1 to TSB Circular 92)",
        ],
    );
    assert_has(
        &render_stdin(&yaml, "fr"),
        &[
            "Réf.: Corrigendum 1 à la Circulaire TSB 92",
            "ANNEXE 1 (du Corrigendum 1 à la Circulaire TSB 92)",
        ],
    );
}

#[test]
fn an_event_s_mistakes_name_the_event() {
    let text = std::fs::read_to_string(common::root().join("examples/sg5-seoul.yaml")).unwrap();
    let yaml = text.replace(
        "    name: {fr: sur les TIC et les changements climatiques, en: on ICTs and climate change}",
        "    name: {fr: sur les TIC et les changements climatiques}",
    );
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("`events[0].name`: no English (`en`) text"),
        "{}",
        done.stderr
    );
}

#[test]
fn daily_hours_are_stated_when_the_letter_says_them() {
    let yaml = "letter: {number: 7, date: 2020-12-16}
to: [administrations]
meeting:
  name: {fr: des Groupes de travail 7A et 7B, en: of Working Parties 7A and 7B}
  start: 2021-04-12T12:00
  end: 2021-04-16T16:00
  daily-hours: {from: \"12:00\", to: \"16:00\", stated: true}
  zone-label: city
body: [opening]
";
    assert!(render_stdin(yaml, "en").contains("1 The meeting will open at 1200 hours on the first day. The working hours of the meeting are from 1200 to 1600 hours Geneva time."));
    assert!(render_stdin(yaml, "fr").contains("1 La réunion s'ouvrira à 12 heures le premier jour. Les heures de travail de la réunion sont fixées de 12 heures à 16 heures (heure de Genève)."));
    let unstated = yaml.replace(", stated: true", "");
    assert!(!render_stdin(&unstated, "en").contains("working hours"));
}

#[test]
fn an_event_before_the_letter_is_refused() {
    let text = std::fs::read_to_string(common::root().join("examples/sg5-seoul.yaml")).unwrap();
    let yaml = text
        .replace("start: 2011-09-19T14:00", "start: 2011-06-19T14:00")
        .replace("end: 2011-09-19T17:30", "end: 2011-06-19T17:30");
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains(
            "`events[0].start`: the letter is dated 2011-06-24, after the event starts (2011-06-19)"
        ),
        "{}",
        done.stderr
    );
}

#[test]
fn a_new_venue_and_a_virtual_invitation_in_both_languages() {
    let moved = addendum("new-venue", "meeting").replace(
        "  start: 2023-06-27T09:30",
        "  format: physical\n  venue: {building: {fr: au siège de l'UIT, en: at ITU headquarters}, city: {fr: Genève, en: Geneva}}\n  start: 2023-06-27T09:30",
    );
    assert!(render_stdin(&moved, "en").contains("will now be held at ITU headquarters in Geneva on 27 June 2023, from 0930 to 1600 hours CEST. All other information"));
    assert!(render_stdin(&moved, "fr").contains("se déroulera désormais au siège de l'UIT à Genève le 27 juin 2023, de 9 h 30 à 16 heures CEST. Les autres informations"));
    let online = WORKSHOP_ABROAD.replace("  format: physical\n", "  format: virtual\n").replace("  venue:\n    building: {fr: au siège de l'ETSI, en: at ETSI headquarters}\n    city: Sophia Antipolis\n    country: France\n", "");
    assert!(render_stdin(&online, "en").contains(
        "the next workshop on environment, which will be held virtually on 13 November 2017."
    ));
    assert!(render_stdin(&online, "fr").contains("au prochain atelier sur l'environnement, qui se tiendra de manière virtuelle le 13 novembre 2017."));
}

/// TSB 92 with its closing time, or both its times, taken away (dates alone).
fn u4ssc_without(times: &str) -> String {
    let text = common::example_with("end: 2023-06-20T16:00", "end: 2023-06-20");
    match times {
        "closing" => text,
        _ => text.replacen("start: 2023-06-20T09:30", "start: 2023-06-20", 1),
    }
}

#[test]
fn an_opening_time_alone_is_said_without_a_closing_time() {
    let yaml = u4ssc_without("closing");
    assert_has(
        &render_stdin(&yaml, "en"),
        &["The meeting will be held virtually on 20 June 2023. It will open at 0930 hours CEST. 2"],
    );
    assert_has(
        &render_stdin(&yaml, "fr"),
        &[
            "Cette réunion se déroulera de manière virtuelle le 20 juin 2023. La réunion s'ouvrira à 9 h 30 CEST. 2",
        ],
    );
    // Hand-checked: 0930 CEST is 0730 UTC, 1630 JST; there is no end to give.
    let json = circular(&["times", "-", "--tz", "Asia/Tokyo", "--format", "json"])
        .stdin(&yaml)
        .success()
        .stdout;
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json[0]["start"], "2023-06-20T16:30:00+09:00");
    assert_eq!(json[0]["end"], serde_json::Value::Null);
    let text = circular(&["times", "-", "--tz", "Asia/Tokyo"])
        .stdin(&yaml)
        .success()
        .stdout;
    assert_eq!(
        text,
        "Zone        Date                  Start       Local time\nAsia/Tokyo  Tuesday 20 June 2023  1630 hours  JST (UTC+09:00)\n"
    );
    let yaml = yaml.replacen(
        "  zone: Europe/Zurich",
        "  zone: Europe/Zurich\n  world-times: [Asia/Tokyo]",
        1,
    );
    assert_has(
        &render_stdin(&yaml, "en"),
        &[
            "Meeting times around the world On 20 June 2023, the meeting opens at 0930 hours CEST, that is: • Asia/Tokyo: 1630 hours JST",
        ],
    );
    assert_has(
        &render_stdin(&yaml, "fr"),
        &[
            "Heures de la réunion dans le monde Le 20 juin 2023, la réunion s'ouvre à 9 h 30 CEST, soit: • Asia/Tokyo: 16 h 30 JST",
        ],
    );
}

#[test]
fn a_meeting_without_times_invents_none() {
    let yaml = u4ssc_without("both");
    let yaml = yaml.replacen(
        "  zone: Europe/Zurich",
        "  zone: Europe/Zurich\n  world-times: [Asia/Tokyo]",
        1,
    );
    let en = render_stdin(&yaml, "en");
    assert_has(
        &en,
        &["The meeting will be held virtually on 20 June 2023. 2"],
    );
    assert!(
        !en.contains("hours") && !en.contains("ANNEX"),
        "no time, no world-times annex: {en}"
    );
    let fr = render_stdin(&yaml, "fr");
    assert_has(
        &fr,
        &["Cette réunion se déroulera de manière virtuelle le 20 juin 2023. 2"],
    );
    assert!(!fr.contains(" h ") && !fr.contains("ANNEXE"), "{fr}");
    let times = |format: &str| {
        let args = ["times", "-", "--format", format];
        circular(&args).stdin(&yaml).success().stdout
    };
    assert_eq!(times("text"), "No times are stated: on 20 June 2023.\n");
    assert_eq!(times("json"), "[]\n");
    let ics = circular(&["ics", "-"]).stdin(&yaml).success().stdout;
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20230620\r\nDTEND;VALUE=DATE:20230621\r\n"),
        "an all-day event, DTEND the day after: {ics}"
    );
    assert!(
        ics.replace("\r\n ", "").contains("\\nOn 20 June 2023.\\n"),
        "{ics}"
    );
    circular(&["check", "-", "--deny-warnings"])
        .stdin(&yaml)
        .success();
}

#[test]
fn all_day_events_follow_the_sitting_days_of_a_meeting_that_states_its_opening() {
    let text = std::fs::read_to_string(common::root().join("examples/half-days.yaml")).unwrap();
    let yaml = text
        .replacen("end: 2005-05-17T12:30", "end: 2005-05-17", 1)
        .replacen("  daily-hours: {from: \"09:30\", to: \"17:30\"}\n", "", 1);
    let ics = circular(&["ics", "-"]).stdin(&yaml).success().stdout;
    // 11 (afternoon) to 17 May 2005 without the weekend of 14-15 May: Wednesday to Friday,
    // then Monday and Tuesday, each run ending the day after its last day.
    let starts: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTSTART")).collect();
    let ends: Vec<&str> = ics.lines().filter(|l| l.starts_with("DTEND")).collect();
    assert_eq!(
        starts,
        ["DTSTART;VALUE=DATE:20050511", "DTSTART;VALUE=DATE:20050516"]
    );
    assert_eq!(
        ends,
        ["DTEND;VALUE=DATE:20050514", "DTEND;VALUE=DATE:20050518"]
    );
    assert!(
        ics.replace("\r\n ", "")
            .contains("(morning)\\, opening at 1430 hours CEST."),
        "{ics}"
    );
    let fr = circular(&["ics", "-", "--lang", "fr"])
        .stdin(&yaml)
        .success()
        .stdout;
    assert!(
        words(&fr.replace("\r\n ", "")).contains("(matin)\\, ouverture à 14 h 30 CEST."),
        "{fr}"
    );
    assert_has(
        &render_stdin(&yaml, "en"),
        &["2 The meeting will open at 1430 hours on the first day, and participant registration"],
    );
}

#[test]
fn times_a_letter_cannot_state_are_located_errors() {
    let closing_only = common::example_with("start: 2023-06-20T09:30", "start: 2023-06-20");
    let done = circular(&["check", "-"]).stdin(&closing_only).failure(1);
    assert!(
        done.stderr
            .contains("`meeting.end`: `end` has a time and `start` has none"),
        "{}",
        done.stderr
    );
    let yaml = u4ssc_without("closing").replacen(
        "  zone: Europe/Zurich",
        "  zone: Europe/Zurich\n  daily-hours: {from: \"09:30\", to: \"16:00\"}",
        1,
    );
    let line = 1 + yaml
        .lines()
        .position(|l| l.contains("daily-hours"))
        .unwrap();
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains(&format!("<stdin>:{line}:16: `meeting.daily-hours`: `daily-hours` needs the meeting's opening and closing times")),
        "{}",
        done.stderr
    );
    let yaml = sg3_with("start: 2018-04-09T09:30", "start: 2018-04-09")
        .replacen("end: 2018-04-18T17:30", "end: 2018-04-18", 1)
        .replacen("  daily-hours: {from: \"09:30\", to: \"17:30\"}\n", "", 1)
        .replacen("  registration-opens: \"08:30\"\n", "", 1);
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains("`meeting.start`: `opening` says when the meeting opens, and its `start` is a date alone"),
        "{}",
        done.stderr
    );
}

#[test]
fn a_time_problem_of_an_event_is_at_the_event_s_own_field() {
    let text = std::fs::read_to_string(common::root().join("examples/sg5-seoul.yaml")).unwrap();
    // The clocks of Geneva skip from 0200 to 0300 hours on 25 March 2012.
    let forum = "    end: 2011-09-19T17:30\n  - noun: forum\n    name: {fr: sur les villes, en: on cities}\n    zone: Europe/Zurich\n    start: 2012-03-25T02:30\n    end: 2012-03-25T05:00\n";
    let yaml = text.replacen("    end: 2011-09-19T17:30\n", forum, 1);
    let line = 1 + yaml
        .lines()
        .position(|l| l.contains("2012-03-25T02:30"))
        .unwrap();
    let expected = format!(
        "<stdin>:{line}:12: `events[1].start`: this local time does not exist in Europe/Zurich"
    );
    for command in [
        &["check", "-"][..],
        &["render", "-"],
        &["times", "-"],
        &["ics", "-"],
    ] {
        let done = circular(command).stdin(&yaml).failure(1);
        assert!(
            done.stderr.contains(&expected),
            "{command:?}: {}",
            done.stderr
        );
        assert!(!done.stderr.contains("`meeting.start`"), "{}", done.stderr);
    }
}

/// The rows of `times --format json` in UTC for the Seoul letter, titled in `lang`.
fn seoul_json(lang: &str) -> Vec<serde_json::Value> {
    let args = [
        "times",
        "examples/sg5-seoul.yaml",
        "--tz=UTC",
        "--format=json",
        "--lang",
        lang,
    ];
    let json = circular(&args).success().stdout;
    serde_json::from_str(&json).unwrap()
}

#[test]
fn times_json_names_the_event_of_every_row() {
    let event = |row: &serde_json::Value| row["event"].as_str().unwrap().to_string();
    let mut events: Vec<String> = seoul_json("en").iter().map(event).collect();
    // The meeting's rows first (its last day ends earlier: a block of its own), then the
    // workshop's.
    events.dedup();
    assert_eq!(
        events,
        [
            "Meeting of Study Group 5",
            "Workshop on ICTs and climate change"
        ]
    );
    let mut events: Vec<String> = seoul_json("fr").iter().map(event).collect();
    events.dedup();
    assert_eq!(
        events,
        [
            "Réunion de la Commission d'études 5",
            "Atelier sur les TIC et les changements climatiques"
        ]
    );
}

const APPROVAL: &str = "letter: {number: 5, date: 2021-12-01, subject: {en: Approval, fr: Approbation}}
to: [administrations]
body:
  - recommendations:
      - {number: ITU-T Y.4480, status: new, date: 2021-11-13, title: {en: Low power protocol for wide area wireless networks, fr: Protocole de faible puissance pour les réseaux étendus sans fil}}
      - {number: ITU-T E.211, status: deleted, title: {en: Old, fr: Ancienne}}
";

#[test]
fn a_list_of_recommendations_names_each_with_its_title_in_both_languages() {
    assert_has(
        &render_stdin(APPROVAL, "en"),
        &[
            "Dear Sir/Madam, • New Recommendation ITU-T Y.4480 (11/2021): Low power protocol for wide area wireless networks • Deleted Recommendation ITU-T E.211: Old Yours faithfully,",
        ],
    );
    assert_has(
        &render_stdin(APPROVAL, "fr"),
        &[
            "Madame, Monsieur, • Nouvelle Recommandation UIT-T Y.4480 (11/2021): Protocole de faible puissance pour les réseaux étendus sans fil • Recommandation UIT-T E.211 supprimée: Ancienne Veuillez agréer",
        ],
    );
    circular(&["check", "-", "--deny-warnings"])
        .stdin(APPROVAL)
        .success();
}

#[test]
fn recommendation_mistakes_are_located() {
    let yaml = APPROVAL.replacen(
        "      - {number: ITU-T E.211, status: deleted, title: {en: Old, fr: Ancienne}}",
        "      - number: E211\n        title: {en: Old, fr: Ancienne}",
        1,
    );
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains("<stdin>:6:17: `body[0].recommendations[1].number`: `E211` is not a Recommendation number: expected its series, a dot and digits"),
        "{}",
        done.stderr
    );
    let yaml = APPROVAL
        .replacen("ITU-T E.211", "ITU-T Y.4480", 1)
        .replacen("date: 2021-11-13", "date: 2022-01-10", 1);
    let done = circular(&["check", "-", "--deny-warnings"])
        .stdin(&yaml)
        .failure(1);
    assert!(
        done.stderr.contains("<stdin>:6:18: warning: `body[0].recommendations[1].number`: Recommendation Y.4480 is listed twice"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("warning: `body[0].recommendations[0].date`: Recommendation Y.4480 is dated 2022-01-10, after the letter (2021-12-01)"),
        "{}",
        done.stderr
    );
    let yaml = APPROVAL.replacen("fr: Ancienne", "es: Antigua", 1);
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("`body[0].recommendations[1].title`: no French (`fr`) text"),
        "{}",
        done.stderr
    );
    let yaml = "letter: {number: 5, date: 2021-12-01, subject: A, languages: [en]}\nto: [administrations]\nbody:\n  - recommendations: []\n";
    let done = circular(&["check", "-"]).stdin(yaml).failure(1);
    assert!(
        done.stderr.contains(
            "<stdin>:4:22: `body[0].recommendations`: the list of Recommendations is empty"
        ),
        "{}",
        done.stderr
    );
}

#[test]
fn the_agenda_names_the_chairman_when_there_is_one() {
    let yaml = sg3_with(
        "  - agenda: {annex: B, practical: A, time-plan: true}",
        "  - agenda: {annex: B}",
    );
    let without = yaml.replacen(
        "  chair:\n    name: {fr: M. Seiichi Tsugawa (Japon), en: Mr Seiichi Tsugawa (Japan)}\n",
        "",
        1,
    );
    assert_has(
        &render_stdin(&without, "en"),
        &["4 A draft meeting agenda is set out in Annex B."],
    );
    assert_has(
        &render_stdin(&without, "fr"),
        &["4 Le projet d'ordre du jour figure dans l'Annexe B."],
    );
    let chair = "  chair:\n    name: {fr: Mme Maria Victoria Sukenik (Argentine), en: Ms Maria Victoria Sukenik (Argentina)}\n";
    let woman = without.replacen(
        "  registration-place:",
        &format!("{chair}  registration-place:"),
        1,
    );
    assert_has(
        &render_stdin(&woman, "en"),
        &[
            "4 A draft meeting agenda, prepared by the Chairman of Study Group 3, Ms Maria Victoria Sukenik (Argentina), is set out in Annex B.",
        ],
    );
    assert_has(
        &render_stdin(&woman, "fr"),
        &[
            "4 Le projet d'ordre du jour, établi par la Présidente de la Commission d'études 3, Mme Maria Victoria Sukenik (Argentine), figure dans l'Annexe B.",
        ],
    );
    let tsag = yaml.replacen("study-group: \"3\"", "study-group: TSAG", 1);
    assert_has(
        &render_stdin(&tsag, "en"),
        &["prepared by the Chairman of TSAG, Mr Seiichi Tsugawa (Japan), is set out"],
    );
    assert_has(
        &render_stdin(&tsag, "fr"),
        &["établi par le Président du GCNT, M. Seiichi Tsugawa (Japon), figure"],
    );
    let titled = yaml.replacen(
        "    name: {fr: M. Seiichi",
        "    title: {fr: le Président du Groupe de travail 1/3, en: the Chairman of WP1/3}\n    name: {fr: M. Seiichi",
        1,
    );
    assert_has(
        &render_stdin(&titled, "en"),
        &["prepared by the Chairman of WP1/3, Mr Seiichi Tsugawa (Japan), is"],
    );
    assert_has(
        &render_stdin(&titled, "fr"),
        &["établi par le Président du Groupe de travail 1/3, M. Seiichi Tsugawa (Japon), figure"],
    );
}

#[test]
fn agenda_and_chair_mistakes_are_located() {
    let yaml = sg3_with(
        "  - agenda: {annex: B, practical: A, time-plan: true}",
        "  - agenda: {annex: C, practical: A}",
    );
    let line = 1 + yaml
        .lines()
        .position(|l| l.contains("agenda: {annex: C"))
        .unwrap();
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains(&format!("<stdin>:{line}:21: `body[3].agenda.annex`: `agenda` points to annex `C`, but the letter has annexes A, B")),
        "{}",
        done.stderr
    );
    let yaml = sg3_with("  study-group: \"3\"\n", "").replacen(
        "meeting:\n",
        "meeting:\n  name: {fr: de la réunion, en: of the meeting}\n",
        1,
    );
    let line = 1 + yaml
        .lines()
        .position(|l| l.contains("name: {fr: M. Seiichi"))
        .unwrap();
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr.contains(&format!("<stdin>:{line}:11: `meeting.chair.title`: the chair has no title, and the letter no study group to make it from")),
        "{}",
        done.stderr
    );
    let yaml = sg3_with(
        "en: Mr Seiichi Tsugawa (Japan)}",
        "es: Sr. Seiichi Tsugawa (Japón)}",
    );
    let done = circular(&["check", "-"]).stdin(&yaml).failure(1);
    assert!(
        done.stderr
            .contains("`meeting.chair.name`: no English (`en`) text"),
        "{}",
        done.stderr
    );
}

#[test]
fn without_an_opening_time_the_opening_paragraph_says_when_registration_begins() {
    let yaml = sg3_with("start: 2018-04-09T09:30", "start: 2018-04-09")
        .replacen("end: 2018-04-18T17:30", "end: 2018-04-18", 1)
        .replacen("  daily-hours: {from: \"09:30\", to: \"17:30\"}\n", "", 1);
    assert_has(
        &render_stdin(&yaml, "en"),
        &[
            "2 Participant registration will begin at 0830 hours on the first day at the Montbrillant building entrance. Daily meeting room",
        ],
    );
    assert_has(
        &render_stdin(&yaml, "fr"),
        &[
            "2 L'enregistrement des participants débutera à 8 h 30 le premier jour à l'entrée du bâtiment Montbrillant. Les précisions",
        ],
    );
    circular(&["check", "-", "--deny-warnings"])
        .stdin(&yaml)
        .success();
}
