//! What every letter of a batch reads, built once before any is written: the views of the
//! letters, their templates, the PDF settings. Whatever would spoil every letter (a broken
//! description or template, a logo, a character the fonts lack) fails here, once, with the
//! message `render` gives.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono_tz::Tz;

use super::prepared::Prepared;
use super::settings::Settings;
use crate::document::Document;
use crate::error::Error;
use crate::locale::Lang;
use crate::pipeline::{Finish, Format, Input, View as LetterView};
use crate::recipients::Recipient;
use crate::render::Templates;
use crate::values::Zone;

/// A letter's language, and the recipient's zone when the letter gives the time there too.
pub(super) type View = (Lang, Option<Tz>);

/// What every job reads.
pub(super) struct Context<'a> {
    input: &'a Input,
    pub(super) views: HashMap<View, Prepared>,
    pub(super) templates: HashMap<Lang, Templates>,
    /// Output settings per language (the PDF's invitation and alternative texts are in it).
    finish: HashMap<Lang, Finish>,
    pub(super) dir: &'a Path,
    pub(super) recipients: &'a Path,
    /// `--force`: a letter may replace a file of the same name.
    pub(super) replace: bool,
}

impl<'a> Context<'a> {
    /// Everything built once for all letters; fails on what would spoil every letter.
    pub(super) fn new(
        input: &'a Input,
        needed: &HashSet<View>,
        args: &'a Settings,
    ) -> Result<Context<'a>, Error> {
        let templates = templates(needed, args.templates.as_deref())?;
        let views = views(input, needed, &templates)?;
        // Per language: the PDF carries that language's invitation and metadata.
        let mut finish = HashMap::new();
        for view in views.values() {
            let letter = &view.letter;
            if let Entry::Vacant(slot) = finish.entry(letter.lang) {
                slot.insert(input.finish(letter, &args.formats, args.width, args.stamp)?);
            }
        }
        let context = Context {
            input,
            views,
            templates,
            finish,
            dir: &args.out,
            recipients: &args.recipients,
            replace: args.force,
        };
        context.try_views(&args.formats)?;
        Ok(context)
    }

    /// The view of a recipient's letter.
    pub(super) fn view_of(&self, r: &Recipient) -> View {
        view(r, self.input.circular.zone())
    }

    /// One file of a letter, as bytes.
    pub(super) fn bytes(&self, document: &Document, format: Format) -> Result<Vec<u8>, Error> {
        let lang = Lang::from_code(&document.lang).expect("a document in a letter's language");
        self.input.output(document, format, &self.finish[&lang])
    }

    /// What would fail for every recipient, found before any letter is made: in each view's
    /// document, the characters the PDF fonts lack (the logo was read with the PDF settings;
    /// texts and templates failed with the views). The problems of all views are reported
    /// together, each once.
    fn try_views(&self, formats: &[Format]) -> Result<(), Error> {
        if !formats.contains(&Format::Pdf) {
            return Ok(());
        }
        let mut order: Vec<(&View, &Prepared)> = self.views.iter().collect();
        order.sort_by_key(|((lang, zone), _)| (*lang, zone.map(|zone| zone.name())));
        let documents = order
            .into_iter()
            .map(|((lang, _), prepared)| prepared.document(Vec::new(), &self.templates[lang]));
        let documents = documents.collect::<Result<Vec<_>, _>>()?;
        let problems = self.input.glyph_problems(&documents);
        match problems.is_empty() {
            true => Ok(()),
            false => Err(self.input.source.error(problems)),
        }
    }
}

/// The view of a recipient's letter.
pub(super) fn view(r: &Recipient, meeting: Zone) -> View {
    (r.lang, local_zone(r, meeting))
}

/// The letter view of each language and zone the recipients need, built and rendered once (a
/// broken description or template stops the batch before anything is written): a recipient's
/// letter is a copy that names them.
fn views(
    input: &Input,
    needed: &HashSet<View>,
    templates: &HashMap<Lang, Templates>,
) -> Result<HashMap<View, Prepared>, Error> {
    let prepared = |&(lang, zone): &View| {
        let options = LetterView {
            recipient: Vec::new(),
            zone,
        };
        let letter = input.letter(lang, &options)?;
        Ok(((lang, zone), Prepared::new(letter, &templates[&lang])?))
    };
    // In a fixed order, so that of two failing views it is always the same one that is reported.
    let mut order: Vec<&View> = needed.iter().collect();
    order.sort_by_key(|(lang, zone)| (*lang, zone.map(|zone| zone.name())));
    order.into_iter().map(prepared).collect()
}

/// The templates of each language the letters need, compiled once.
fn templates(
    needed: &HashSet<View>,
    dir: Option<&Path>,
) -> Result<HashMap<Lang, Templates>, Error> {
    let needs = |lang: &Lang| needed.iter().any(|(needed, _)| needed == lang);
    let compile = |lang: Lang| Ok((lang, Templates::new(lang, dir)?));
    Lang::ALL.into_iter().filter(needs).map(compile).collect()
}

/// The recipient's zone, when the letter should say the time there too: not the meeting's own.
fn local_zone(r: &Recipient, meeting: Zone) -> Option<Tz> {
    (r.zone != meeting).then_some(r.zone.0)
}
