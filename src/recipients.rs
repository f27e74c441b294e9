//! The recipients of a batch: one row each, read from CSV or YAML (by the file's extension),
//! checked row by row so that one bad row is reported with its line and the others still count.
//!
//! A row names its recipient (`id`, `name`, `organisation`, `country`, `email`), the letter's
//! language and the zone for local times (both optional: the defaults fill them in), and the
//! addressee groups the recipient belongs to (keys of the registry, `;`-separated in CSV).

use std::collections::HashMap;
use std::path::Path;

use crate::error::{Error, Problem, escape, shown};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::values::Zone;

mod columns;
mod read;

use read::{Bad, Row};

/// Names and organisations are cut to this many characters in the letter.
const MAX_LINE: usize = 200;

/// A checked recipient.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The row's line in the recipients file.
    pub line: usize,
    /// As written (trimmed): the manifest shows it; file names use a safe form of it.
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub email: String,
    pub lang: Lang,
    pub zone: Zone,
    pub groups: Vec<&'static str>,
}

/// What a row without a language or zone gets.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub lang: Lang,
    pub zone: Zone,
    /// The languages the letter is written in: a row asking for another is bad.
    pub written: Vec<Lang>,
}

impl Defaults {
    /// `lang`, else the meeting's first working language that the letter is written in, else
    /// English if the letter is, else its first language; `zone`, else the meeting's zone.
    pub fn new(circular: &Circular, lang: Option<Lang>, zone: Option<Zone>) -> Defaults {
        let declared = circular.declared();
        let written = |code: &&str| declared.contains(code);
        let working = circular.meeting.iter().flat_map(|m| m.languages.iter());
        let codes = working.map(|language| language.0).chain(["en"]);
        let first = codes.chain(declared.iter().copied()).filter(written);
        Defaults {
            lang: lang
                .or(first.filter_map(Lang::from_code).next())
                .unwrap_or(Lang::En),
            zone: zone.unwrap_or(circular.zone()),
            written: declared
                .iter()
                .filter_map(|code| Lang::from_code(code))
                .collect(),
        }
    }
}

/// The good rows, and a problem for each bad one.
pub struct Loaded {
    pub path: String,
    pub recipients: Vec<Recipient>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// Prints each bad row on stderr, with its line.
    pub fn report(&self) {
        for problem in &self.problems {
            crate::say!("error: {}:{problem}", self.path);
        }
    }
}

/// Reads and checks a whole recipients file. Only an unreadable file or broken syntax stops here.
pub fn load(path: &Path, defaults: &Defaults) -> Result<Loaded, Error> {
    let mut recipients = Vec::new();
    let mut problems = Vec::new();
    each(path, defaults, &mut |checked| match checked {
        Ok(recipient) => recipients.push(recipient),
        Err(problem) => problems.push(problem),
    })?;
    Ok(Loaded {
        path: path.display().to_string(),
        recipients,
        problems,
    })
}

/// Reads and checks a recipients file row by row, handing on each recipient or the problem of
/// its row as soon as it is read: nothing is kept but a fingerprint of each id, to find
/// duplicates. Reading the same file twice hands on the same rows.
pub fn each(
    path: &Path,
    defaults: &Defaults,
    each: &mut dyn FnMut(Result<Recipient, Problem>),
) -> Result<(), Error> {
    let mut seen = HashMap::new();
    read::rows(path, &mut |read| {
        let checked = read.row.and_then(|row| row.check(read.line, defaults));
        let checked = checked.and_then(|recipient| unique(recipient, &mut seen));
        each(checked.map_err(|bad| bad.problem(read.line, read.text)))
    })
}

impl Row {
    fn check(self, line: usize, defaults: &Defaults) -> Result<Recipient, Bad> {
        let id = text(self.id).ok_or_else(|| {
            Bad::new(
                "id",
                "no id".into(),
                Some("give every recipient a unique `id`"),
            )
        })?;
        let lang = match text(self.language) {
            Some(code) => language(&code)?,
            None => defaults.lang,
        };
        if !defaults.written.contains(&lang) {
            let message = format!("the letter is not written in {}", lang.describe());
            let hint = "give a language of `letter.languages`, or none for the default";
            return Err(Bad::new("language", message, Some(hint)));
        }
        let zone = match text(self.zone) {
            // A city or a country does too, as a spreadsheet may have it (`Geneva`).
            Some(name) => match crate::zone::find(&name) {
                Ok(found) => Zone(found.tz),
                Err(suggestion) => {
                    let message = crate::values::unknown_zone(&name, suggestion);
                    return Err(Bad::new("zone", escape(&message), None));
                }
            },
            None => defaults.zone,
        };
        let groups: Result<Vec<_>, Bad> = self.groups.iter().map(|key| group(key)).collect();
        Ok(Recipient {
            line,
            id,
            name: letter_line(self.name),
            organisation: letter_line(self.organisation),
            country: letter_line(self.country),
            email: letter_line(self.email),
            lang,
            zone,
            groups: groups?,
        })
    }
}

/// The recipient if no row before had its id (`seen` maps id fingerprints to their lines).
fn unique(recipient: Recipient, seen: &mut HashMap<u128, usize>) -> Result<Recipient, Bad> {
    let fingerprint = crate::names::fingerprint(&recipient.id);
    match seen.get(&fingerprint) {
        Some(first) => Err(Bad::new(
            "id",
            format!("duplicate id `{}`", shown(&recipient.id)),
            Some(&format!(
                "the same id is on line {first}; ids must be unique"
            )),
        )),
        None => {
            seen.insert(fingerprint, recipient.line);
            Ok(recipient)
        }
    }
}

fn language(code: &str) -> Result<Lang, Bad> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<_> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        let message = format!(
            "unknown language `{}`: letters are written in {}",
            shown(code),
            known.join(" or ")
        );
        let hint = "leave it empty to use the default (`--default-lang`)";
        Bad::new("language", message, Some(hint))
    })
}

fn group(key: &str) -> Result<&'static str, Bad> {
    crate::addressees::lookup(key.trim())
        .map(|group| group.key)
        .map_err(|message| {
            let message = message.split("; or write").next().unwrap_or_default();
            Bad::new("groups", escape(message), None)
        })
}

/// A trimmed, non-empty value.
fn text(value: Option<String>) -> Option<String> {
    value
        .map(|value| value.trim().to_string())
        .filter(|value| !value.is_empty())
}

/// A value as the letter prints it: one line, no control or bidi characters, not starting like
/// a list item, of bounded length.
fn letter_line(value: Option<String>) -> String {
    let value = value
        .unwrap_or_default()
        .replace(crate::controls::is_refused, " ");
    let words = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.trim_start_matches(['-', '•', ' ']);
    words.chars().take(MAX_LINE).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_lines_are_one_plain_line_that_cannot_start_a_list_item() {
        let line = |text: &str| letter_line(Some(text.into()));
        assert_eq!(line("  Jane\n\tDoe \u{1b}[2J "), "Jane Doe [2J");
        assert_eq!(line("- Aux Administrations"), "Aux Administrations");
        assert_eq!(line(&"é".repeat(500)).chars().count(), MAX_LINE);
    }
}
