//! Layout checked on geometry alone, without any PDF type.

use super::layout;
use super::page::INDENT;
use super::page::{LEFT, LayoutError, Page, RIGHT, Run};
use crate::markup;

fn pages(markup_text: &str) -> Vec<Page> {
    let doc = markup::document(markup_text, "en", "TSB Circular 92").unwrap();
    layout(&doc, None).unwrap()
}

fn runs(pages: &[Page]) -> impl Iterator<Item = &Run> {
    pages.iter().flat_map(|page| &page.runs)
}

const TOLERANCE: f32 = 0.01;

#[test]
fn nothing_crosses_a_margin_even_a_long_url_or_a_word_without_break() {
    let url = format!("https://www.itu.int/{}/index.html", "segment/".repeat(30));
    let word = "x".repeat(300);
    let pages = pages(&format!(
        "::para 1\nSee {url} and {word} now.\n::bullets\n- {url}\n"
    ));
    for run in runs(&pages) {
        assert!(run.x >= LEFT - TOLERANCE, "{run:?}");
        assert!(run.x + run.width <= RIGHT + TOLERANCE, "{run:?}");
    }
    let text: String = runs(&pages).map(|run| run.text.as_str()).collect();
    assert!(
        text.contains(&format!("{url} ")),
        "the URL reads back whole"
    );
    let link_rects = pages[0].links.len();
    assert!(
        link_rects >= 2,
        "a URL over two lines has a rectangle on each"
    );
}

#[test]
fn urls_break_after_slashes_not_inside_the_scheme() {
    let url = format!("https://u4ssc.itu.int/{}", "latest-meetings/".repeat(12));
    let pages = pages(&format!("::para\nAt the address: {url}.\n"));
    let lines: Vec<_> = runs(&pages).map(|run| run.text.as_str()).collect();
    assert!(lines.len() > 1);
    for line in &lines[..lines.len() - 1] {
        assert!(line.ends_with(['/', '-', ' ']), "{line:?}");
        assert!(!line.ends_with("//"), "{line:?}");
    }
}

#[test]
fn numbered_paragraph_has_its_number_in_the_margin_and_a_hanging_indent() {
    let text = "word ".repeat(60);
    let pages = pages(&format!("::para 3\n{text}\n"));
    let runs: Vec<_> = runs(&pages).collect();
    assert_eq!(runs[0].text.trim(), "3");
    assert_eq!(runs[0].x, LEFT);
    assert!(runs.len() > 3, "several lines");
    for run in &runs[1..] {
        assert_eq!(run.x, LEFT + INDENT);
    }
}

#[test]
fn justified_lines_reach_the_right_margin_except_the_last() {
    let text = "justified words of varying length ".repeat(12);
    let pages = pages(&format!("::para 1\n{text}\n"));
    let lines: Vec<_> = runs(&pages).skip(1).collect();
    for line in &lines[..lines.len() - 1] {
        assert!((line.x + line.width - RIGHT).abs() < 0.05, "{line:?}");
        assert!(line.space_extra > 0.0);
    }
    assert_eq!(lines.last().unwrap().space_extra, 0.0);
}

#[test]
fn ragged_paragraphs_are_not_stretched() {
    let text = "ragged words of varying length ".repeat(12);
    let pages = pages(&format!("::align ragged\n::para 1\n{text}\n"));
    let lines: Vec<_> = runs(&pages).skip(1).collect();
    assert!(lines.len() > 2, "several lines");
    assert!(
        lines
            .iter()
            .all(|line| line.space_extra == 0.0 && line.x + line.width <= RIGHT)
    );
    assert!(
        lines.iter().any(|line| RIGHT - (line.x + line.width) > 1.0),
        "a ragged edge"
    );
}

#[test]
fn no_break_spaces_never_break() {
    let text = "de 9\u{a0}h\u{a0}30 à 16\u{202f}heures ".repeat(30);
    let pages = pages(&format!("::para\n{text}\n"));
    let whole = |needle: &str| {
        runs(&pages)
            .map(|run| run.text.matches(needle).count())
            .sum::<usize>()
    };
    assert!(pages[0].runs.len() > 2, "several lines");
    assert_eq!(whole("9\u{a0}h\u{a0}30"), 30);
    assert_eq!(whole("16\u{202f}heures"), 30);
}

#[test]
fn a_paragraph_last_line_never_starts_a_page_alone() {
    let paragraph = format!(
        "{}final words.",
        "filler text for the long paragraph ".repeat(9)
    );
    for fillers in 0..60 {
        let markup: String = (0..fillers).map(|_| "::para\nOne line.\n").collect();
        let pages = pages(&format!("{markup}::para\n{paragraph}\n"));
        let last = pages.last().unwrap();
        let body: Vec<_> = last.runs.iter().filter(|run| run.size > 9.5).collect();
        let at = body
            .iter()
            .position(|run| run.text.contains("final"))
            .unwrap();
        assert!(
            at > 0 && !body[at - 1].text.starts_with("One"),
            "{fillers}: widow"
        );
    }
}

#[test]
fn an_annex_starts_a_new_page_with_its_heading_centred() {
    let pages =
        pages("::para 1\nBody.\n::annex\nANNEX 1\n(to TSB Circular 92)\n::para\nAnnex text.\n");
    assert_eq!(pages.len(), 2);
    let heading = pages[1]
        .runs
        .iter()
        .find(|run| run.text.starts_with("ANNEX 1"))
        .unwrap();
    let centre = heading.x + heading.width / 2.0;
    assert!((centre - (LEFT + RIGHT) / 2.0).abs() < 0.1, "{centre}");
    let head: Vec<_> = pages[1]
        .runs
        .iter()
        .take(2)
        .map(|run| run.text.trim())
        .collect();
    assert_eq!(head, ["- 2 -", "TSB Circular 92"]);
    assert!(pages[0].runs.iter().all(|run| !run.text.contains("- 1 -")));
}

#[test]
fn a_character_the_fonts_cannot_show_is_an_error_naming_it_and_its_text() {
    let doc = markup::document("::para 1\nA snowman \u{2603} here.\n", "en", "X").unwrap();
    let error = layout(&doc, None).unwrap_err();
    assert_eq!(
        error,
        LayoutError::MissingGlyph {
            character: '\u{2603}',
            text: "A snowman \u{2603} here.".into()
        }
    );
    let message = error.to_string();
    assert!(message.contains("U+2603 `\u{2603}`"), "{message}");
}
