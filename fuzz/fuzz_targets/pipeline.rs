//! Any bytes through load, check and render: errors are fine, panics and hangs are not.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tsb_circular::locale::Lang;
use tsb_circular::pipeline::{self, Finish, Format, Input, View};
use tsb_circular::render::Templates;
use tsb_circular::source::Source;

fn templates(lang: Lang) -> &'static Templates {
    static SETS: OnceLock<[Templates; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| Lang::ALL.map(|lang| Templates::new(lang, None).unwrap()));
    &sets[Lang::ALL.iter().position(|l| *l == lang).unwrap()]
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = Input::load(Source::from_text("fuzz.yaml", text)) else { return };
    for lang in Lang::ALL {
        let (letter, _) = input.draft(lang, &View::default());
        tsb_circular::check::semantic(&input.circular, &letter, &input.source);
        let Ok(letter) = input.letter(lang, &View::default()) else { continue };
        if let Ok(document) = pipeline::document(&letter, templates(lang)) {
            let finish = Finish {
                width: 80,
                pdf: Some(Default::default()),
                docx: Some(Default::default()),
            };
            input.glyph_problems(&document);
            let _ = input.output(&document, Format::Text, &finish);
            let _ = input.output(&document, Format::Text, &Finish { width: 0, ..finish.clone() });
            let _ = input.output(&document, Format::Pdf, &finish);
            let _ = input.output(&document, Format::Docx, &finish);
        }
    }
});
