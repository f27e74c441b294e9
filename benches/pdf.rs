//! PDF benchmark (not a timed test): in-process time per page and file size for the examples.
//!
//! Run with `cargo bench --bench pdf`. Targets (issue 4): under 3 ms per page of TSB 92, under
//! 25 KB per file of one page. Each letter is written as the binary writes it: tagged PDF/UA-1
//! and PDF/A-3b with the meeting's invitation inside.

use std::time::{Duration, Instant};
use tsb_circular::document::Document;
use tsb_circular::layout::layout;
use tsb_circular::locale::Lang;
use tsb_circular::pdf::{PdfOptions, pdf};
use tsb_circular::pipeline::{self, Input, View};
use tsb_circular::render::Templates;

fn example(name: &str, lang: Lang) -> (Document, PdfOptions) {
    let input = Input::read(&format!("examples/{name}.yaml")).expect("example loads");
    let letter = input.letter(lang, &View::default()).expect("letter builds");
    let templates = Templates::new(lang, None).expect("templates load");
    let document = pipeline::document(&letter, &templates).expect("document builds");
    let stamp = chrono::DateTime::from_timestamp(1_682_985_600, 0);
    let options = input.pdf_options(&letter, stamp).expect("options");
    (document, options)
}

/// Median time of `run` over the runs that fill about half a second (the median, because the
/// machine is shared and a mean follows the neighbours' load).
fn time(mut run: impl FnMut()) -> Duration {
    run();
    let start = Instant::now();
    let mut times = Vec::new();
    while start.elapsed() < Duration::from_millis(500) {
        let one = Instant::now();
        run();
        times.push(one.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let (doc, options) = example("workshop-montreal", Lang::En);
    let start = Instant::now();
    pdf(&doc, &options).expect("renders");
    println!(
        "first PDF in the process (fonts parsed): {:.2?}\n",
        start.elapsed()
    );
    println!(
        "{:<28} {:>5} {:>10} {:>10} {:>10} {:>9}",
        "letter", "pages", "layout", "pdf", "per page", "bytes"
    );
    for (name, lang) in [
        ("u4ssc-7", Lang::Fr),
        ("u4ssc-7", Lang::En),
        ("workshop-montreal", Lang::En),
        ("tsag-collective", Lang::En),
    ] {
        let (doc, options) = example(name, lang);
        let pages = layout(&doc, None).expect("lays out").len();
        let layout_time = time(|| drop(layout(&doc, None)));
        let pdf_time = time(|| drop(pdf(&doc, &options)));
        let bytes = pdf(&doc, &options).expect("renders").len();
        let label = format!("{name} ({})", lang.code());
        let per_page = pdf_time / pages as u32;
        println!(
            "{label:<28} {pages:>5} {layout_time:>10.2?} {pdf_time:>10.2?} {per_page:>10.2?} {bytes:>9}"
        );
    }
}
