//! The letter view: everything a template needs, resolved for one language (and, in a batch,
//! one recipient). Templates only arrange and phrase; all choosing happens here.
//!
//! `view.rs` holds the view's types; `translator.rs` builds it, with the meeting, body,
//! deadlines and annexes in `parts.rs` and the wording of series and web items in `wording.rs`.

mod group;
mod kinds;
mod parts;
mod translator;
mod view;
mod wording;

pub use view::*;

use crate::error::{Error, Problem};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::source::Source;
use translator::Translator;

/// Builds the view of `circular` in `lang`. Every missing translation is reported at once.
pub fn build(
    circular: &Circular,
    lang: Lang,
    source: &Source,
    options: &Options,
) -> Result<Letter, Error> {
    let (letter, problems) = draft(circular, lang, source, options);
    match problems.is_empty() {
        true => Ok(letter),
        false => Err(source.error(problems)),
    }
}

/// The view with its problems: missing texts are empty, impossible times read as UTC. For
/// `check`, which goes on to look for more problems.
pub fn draft(
    circular: &Circular,
    lang: Lang,
    source: &Source,
    options: &Options,
) -> (Letter, Vec<Problem>) {
    let mut tr = Translator {
        lang,
        source,
        problems: Vec::new(),
        root: "meeting".into(),
    };
    let letter = tr.letter(circular, options);
    (letter, tr.problems)
}
