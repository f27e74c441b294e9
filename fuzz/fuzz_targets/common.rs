//! What every fuzz target does with an input that loads: draft, check, invite, and render every
//! language to every format. Errors are fine; panics and hangs are not.

use std::sync::OnceLock;

use tsb_circular::locale::Lang;
use tsb_circular::pipeline::{self, Finish, Format, Input, View};
use tsb_circular::render::Templates;

/// The built-in templates of `lang`, compiled once per process.
fn templates(lang: Lang) -> &'static Templates {
    static SETS: OnceLock<[Templates; 2]> = OnceLock::new();
    let sets = SETS.get_or_init(|| Lang::ALL.map(|lang| Templates::new(lang, None).unwrap()));
    &sets[Lang::ALL.iter().position(|l| *l == lang).unwrap()]
}

/// Every stage of the pipeline on `input`, in every language and format.
pub fn exercise(input: &Input) {
    let finish = Finish {
        width: 80,
        pdf: Some(Default::default()),
        docx: Some(Default::default()),
    };
    let unwrapped = Finish {
        width: 0,
        ..finish.clone()
    };
    for lang in Lang::ALL {
        let (letter, _) = input.draft(lang, &View::default());
        tsb_circular::check::semantic(&input.circular, &letter, &input.source);
        let _ = input.invitation(lang, None);
        let Ok(letter) = input.letter(lang, &View::default()) else { continue };
        if let Ok(document) = pipeline::document(&letter, templates(lang)) {
            input.glyph_problems([&document]);
            let _ = input.output(&document, Format::Text, &finish);
            let _ = input.output(&document, Format::Text, &unwrapped);
            let _ = input.output(&document, Format::Pdf, &finish);
            let _ = input.output(&document, Format::Docx, &finish);
        }
    }
}
