//! Any bytes through load, check and render: errors are fine, panics and hangs are not.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tsb_circular::commands::{Input, document};
use tsb_circular::locale::Lang;
use tsb_circular::render::Templates;
use tsb_circular::source::Source;
use tsb_circular::{check, letter, load, output};

fn templates(lang: Lang) -> &'static Templates {
    static SETS: OnceLock<[Templates; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| Lang::ALL.map(|lang| Templates::new(lang, None).unwrap()));
    &sets[Lang::ALL.iter().position(|l| *l == lang).unwrap()]
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = Source::from_text("fuzz.yaml", text);
    let Ok(circular) = load::circular(&source) else { return };
    let input = Input { source, circular };
    for lang in Lang::ALL {
        let Ok(letter) = letter::build(&input.circular, lang, &input.source, &letter::Options::default()) else { continue };
        check::semantic(&input.circular, &letter, &input.source);
        if let Ok(document) = document(&letter, templates(lang)) {
            output::text::render(&document, 80);
            output::text::render(&document, 0);
            let _ = output::pdf::pdf(&document, &output::pdf::PdfOptions::default());
        }
    }
});
