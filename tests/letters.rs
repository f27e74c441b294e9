//! The letters themselves: TSB 92 word for word, its English version, the other examples.

mod common;

use common::{circular, root, words};

/// The seed without the artefacts of its Word source: bookmarks, tabs, the non-breaking hyphen.
fn seed() -> String {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/tsb-circular-92-fr.txt")).unwrap();
    let mut clean = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("[bookmark: ") {
        clean.push_str(&rest[..start]);
        let end = rest[start..].find(']').expect("bookmark closes");
        rest = &rest[start + end + 1..];
    }
    clean.push_str(rest);
    words(&clean.replace('\u{2011}', "-"))
}

#[test]
fn french_letter_reproduces_circular_92_word_for_word() {
    let out = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "--width",
        "0",
    ])
    .success();
    let signature = " Seizo Onoe Directeur du Bureau de la normalisation des télécommunications";
    assert_eq!(words(&out.stdout), seed() + signature);
}

#[test]
fn french_letter_wraps_at_the_width_with_hanging_indents() {
    let out = circular(&["render", "examples/u4ssc-7.yaml", "--lang", "fr"]).success();
    assert!(
        out.stdout.lines().all(|line| line.chars().count() <= 80),
        "{}",
        out.stdout
    );
    let para = out
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("1   J'ai"))
        .nth(1)
        .unwrap();
    assert!(
        para.starts_with("    ") && !para.starts_with("     "),
        "{para:?}"
    );
    assert!(
        out.stdout.contains("9 h 30") && words(&out.stdout).contains("de 9 h 30 à 16 heures CEST.")
    );
}

#[test]
fn english_letter_in_house_style() {
    let out = circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "en",
        "--width",
        "0",
    ])
    .success();
    let text = words(&out.stdout);
    for expected in [
        "INTERNATIONAL TELECOMMUNICATION UNION TELECOMMUNICATION STANDARDIZATION BUREAU",
        "Geneva, 2 May 2023",
        "Ref: TSB Circular 92",
        "- To Administrations of Member States of the Union; - To ITU-T Sector Members; - To ITU-T Associates; - To ITU Academia Tel:",
        "Tel: +41 22 730 6301 Fax: +41 22 730 5853 E-mail: u4ssc@itu.int",
        "Copy: - To the Chairs and Vice-Chairs of ITU-T Study Groups; - To the Director of the Telecommunication Development Bureau; - To the Director of the Radiocommunication Bureau",
        "Subject: Seventh meeting of the United for Smart Sustainable Cities (U4SSC) initiative (virtual meeting, 20 June 2023)",
        "Dear Sir/Madam, 1 I have the honour",
        "on 20 June 2023, from 0930 to 1600 hours CEST.",
        "2 Discussions will be held in English only. 3 ",
        "4 The main objectives of the meeting are to: • report",
        "5 Participation in the meeting is open",
        "6 Information relating to the meeting",
        "Yours faithfully, Seizo Onoe Director of the Telecommunication Standardization Bureau",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn both_languages_from_one_file() {
    for lang in ["fr,en", "all"] {
        let out = circular(&["render", "examples/u4ssc-7.yaml", "--lang", lang]).success();
        let (fr, en) = out
            .stdout
            .split_once('\u{c}')
            .expect("two letters, a form feed between");
        assert!(fr.contains("Madame, Monsieur,") && en.contains("Dear Sir/Madam,"));
    }
    let out = circular(&["render", "examples/u4ssc-7.yaml", "--lang", "en,fr"]).success();
    assert!(out.stdout.find("Dear Sir").unwrap() < out.stdout.find("Madame").unwrap());
}

#[test]
fn several_languages_to_a_file_write_one_file_each() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tsb92.txt");
    circular(&[
        "render",
        "examples/u4ssc-7.yaml",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    let fr = std::fs::read_to_string(dir.path().join("tsb92-fr.txt")).unwrap();
    let en = std::fs::read_to_string(dir.path().join("tsb92-en.txt")).unwrap();
    assert!(fr.contains("Circulaire TSB 92") && en.contains("TSB Circular 92"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left behind: {names:?}");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let yaml = std::fs::read_to_string(root().join("examples/u4ssc-7.yaml")).unwrap();
    let out = circular(&["render", "-", "--lang", "en"])
        .stdin(&yaml)
        .success();
    assert!(out.stdout.contains("TSB Circular 92"));
}

fn render(example: &str, lang: &str) -> String {
    let path = format!("examples/{example}.yaml");
    words(
        &circular(&["render", &path, "--lang", lang, "--width", "0"])
            .success()
            .stdout,
    )
}

fn assert_contains_all(text: &str, expected: &[&str]) {
    for phrase in expected {
        assert!(text.contains(phrase), "missing {phrase:?} in\n{text}");
    }
}

#[test]
fn collective_letter_over_several_days_in_both_languages() {
    assert_contains_all(
        &render("tsag-collective", "en"),
        &[
            "Ref: TSB Collective letter 2/TSAG TSAG/RS",
            "Subject: Second meeting of the Telecommunication Standardization Advisory Group (TSAG) (Geneva, Switzerland, 26 February-2 March 2018)",
            "from 26 February to 2 March 2018. It will open at 0930 hours CET on the first day.",
            "Interpretation will be provided in the six official languages of the Union.",
            "2400 hours UTC on 13 February 2018 - Submit Member contributions",
            "I wish you a productive and enjoyable meeting. Yours faithfully, (signed) Chaesub Lee",
            "Annex: 1",
            "ANNEX A (to TSB Collective letter 2/TSAG) Practical meeting information 1 WORKING METHODS",
        ],
    );
    assert_contains_all(
        &render("tsag-collective", "fr"),
        &[
            "Réf.: Lettre collective TSB 2/TSAG",
            "Objet: Deuxième réunion du Groupe consultatif de la normalisation des télécommunications (GCNT) (Genève, Suisse, 26 février - 2 mars 2018)",
            "organise la deuxième réunion du Groupe consultatif",
            "se déroulera au siège de l'UIT à Genève (Suisse) du 26 février au 2 mars 2018. La réunion s'ouvrira à 9 h 30 CET le premier jour.",
            "13 février 2018 à 24 heures UTC - Soumission des contributions des Membres",
            "Annexe: 1",
            "ANNEXE A (de la Lettre collective TSB 2/TSAG) Informations pratiques sur la réunion",
        ],
    );
}

#[test]
fn one_day_workshop_abroad_in_both_languages() {
    assert_contains_all(
        &render("workshop-montreal", "en"),
        &[
            "Subject: Workshop on \"Satellites in NGN?\" (Montreal, Canada, 13 July 2007)",
            "at the kind invitation of the Alliance for Telecommunications Industry Solutions (ATIS), is organizing a workshop",
            "on 13 July 2007, from 0900 to 1730 hours EDT.",
            "Participation is free of charge, but no fellowships will be granted.",
            "- To ATIS Subject:",
        ],
    );
    assert_contains_all(
        &render("workshop-montreal", "fr"),
        &[
            "Objet: Atelier sur le thème \"Satellites dans les NGN?\" (Montréal, Canada, 13 juillet 2007)",
            "organise un atelier sur le thème",
            "Cet atelier se déroulera à Montréal (Canada) le 13 juillet 2007, de 9 heures à 17 h 30 EDT.",
            "Les principaux objectifs de l'atelier sont les suivants:",
            "La participation à l'atelier est ouverte",
        ],
    );
}
