//! PDF text as a reader sees it: every word of the letter, in reading order, decoded through
//! the fonts' `/ToUnicode` maps (accents, quotes, œ, URLs), with a Rust PDF reader.
//!
//! Set `PDF_OUT=dir` to keep the rendered files for a look (`pdftoppm -png -r 60`).

#[path = "pdf/support.rs"]
mod support;

use support::{TSB92_FR, body, furniture, render, render_example, runs, words};
use tsb_circular::locale::Lang;

#[test]
fn french_body_text_comes_back_in_reading_order() {
    let runs = runs(&render("tsb-92-fr", TSB92_FR));
    let extracted = words(&body(&runs));
    let source: String = TSB92_FR
        .lines()
        .filter(|line| !line.starts_with("::"))
        .collect::<Vec<_>>()
        .join(" ");
    let start = extracted.iter().position(|word| word == "Madame,").unwrap();
    let source = words(&source);
    let source_start = source.iter().position(|word| word == "Madame,").unwrap();
    let numbers = ["1", "2", "3", "4", "5", "6"];
    let body: Vec<_> = extracted[start..]
        .iter()
        .filter(|word| !numbers.contains(&word.as_str()))
        .collect();
    let expected: Vec<_> = source[source_start..].iter().collect();
    assert_eq!(body, expected);
    for needle in [
        "œuvre",
        "\"Tous",
        "http://www.itu.int/en/ITU-T/ssc/united/Pages/default.aspx.",
        "États",
    ] {
        assert!(body.iter().any(|word| word.as_str() == needle), "{needle}");
    }
}

/// Every word of the real circular, in order; the example adds only the signature, which the
/// seed lacks.
#[test]
fn tsb_92_in_french_reads_as_the_real_circular() {
    let runs = runs(&render_example("u4ssc-7", Lang::Fr));
    let seed = include_str!("fixtures/tsb-circular-92-fr.txt");
    let (found, expected) = (words(&body(&runs)), words(seed));
    let same = found
        .iter()
        .zip(&expected)
        .take_while(|(a, b)| a == b)
        .count();
    let context = |words: &[String]| words[same.saturating_sub(5)..].join(" ");
    let (found_context, seed_context) = (context(&found), context(&expected));
    assert!(
        same == expected.len(),
        "after word {same}:\n found: {found_context:.80}\n seed:  {seed_context:.80}"
    );
    assert_eq!(found[same..].first().map(String::as_str), Some("Seizo"));
}

#[test]
fn every_example_renders_in_both_languages() {
    for name in ["u4ssc-7", "tsag-collective", "workshop-montreal"] {
        for lang in Lang::ALL {
            let runs = runs(&render_example(name, lang));
            assert!(runs.len() > 20, "{name} {lang:?}");
        }
    }
}

/// Page 1 ends with the ITU address line in the letter's language; it is page furniture, which
/// a screen reader skips, like the running head of page 2.
#[test]
fn the_first_page_has_the_itu_address_in_its_footer() {
    for (lang, place, web) in [
        (
            Lang::Fr,
            "CH-1211 Genève 20 • Suisse",
            "Courriel: itumail@itu.int",
        ),
        (
            Lang::En,
            "CH-1211 Geneva 20 • Switzerland",
            "E-mail: itumail@itu.int",
        ),
    ] {
        let bytes = render_example("u4ssc-7", lang);
        let furniture = furniture(&bytes).concat();
        assert!(
            furniture.contains(place) && furniture.contains(web),
            "{furniture}"
        );
        assert!(furniture.contains("- 2 -"), "{furniture}");
        assert!(!runs(&bytes).concat().contains("Place des Nations"));
    }
}
