//! File names for a batch: stable, readable, and safe whatever the ids contain.
//!
//! A letter goes to `<prefix>-<lang>-<safe id>.<ext>` (`tsb92-fr-acme-ch.txt`). The safe id keeps
//! only `a-z`, `0-9`, `-` and `_`; when that changed the id (case, spaces, `/`, `..`, unicode...)
//! or cut it, a short hash of the raw id is appended so that `A/B` and `a-b` stay apart. The name
//! can hold no separator, so it always stays in the output folder. A last check over the whole
//! batch makes a clash impossible, even for ids crafted to look like another one's hashed form.

use std::collections::HashSet;

use sha2::{Digest, Sha256};

use crate::locale::Lang;
use crate::meeting::{Circular, Series};

/// The longest safe id kept before the hash.
const MAX_ID: usize = 40;

/// `tsb92` for TSB Circular 92; `tsb-cl2-3` for TSB Collective letter 2/3.
pub fn prefix(circular: &Circular) -> String {
    let info = &circular.letter;
    let number = clean(&info.number.value.text);
    match (&info.series, &info.study_group) {
        (Series::CollectiveLetter, Some(sg)) if !info.number.value.as_written => {
            format!("tsb-cl{number}-{}", clean(&sg.value))
        }
        (Series::CollectiveLetter, _) => format!("tsb-cl{number}"),
        (Series::Circular, _) => format!("tsb{number}"),
    }
}

/// `tsb92-fr-acme-ch.txt`: the name of one letter file inside the output folder.
pub fn file_name(prefix: &str, lang: Lang, safe_id: &str, extension: &str) -> String {
    format!("{prefix}-{}-{safe_id}.{extension}", lang.code())
}

/// Safe ids handed out in order, no two alike: an id whose safe form is taken gets its cleaned
/// form with a hash, then its whole hash. Only a fingerprint of each name handed out is kept.
#[derive(Default)]
pub struct SafeIds {
    taken: HashSet<u128>,
}

impl SafeIds {
    pub fn next(&mut self, id: &str) -> String {
        let mut candidates = std::iter::once_with(|| safe_id(id))
            .chain(std::iter::once_with(|| hashed(&clean(id), id, 10)))
            .chain(std::iter::once_with(|| hashed("", id, 64)));
        candidates
            .find(|name| self.taken.insert(fingerprint(name)))
            .expect("two ids with the same sha256")
    }
}

/// 128 bits of the text's sha256: two texts that differ do not share one.
pub fn fingerprint(text: &str) -> u128 {
    let digest = Sha256::digest(text.as_bytes());
    u128::from_be_bytes(digest[..16].try_into().expect("a sha256 has 32 bytes"))
}

/// The id itself when it is already safe, else its cleaned form and a hash of it.
pub fn safe_id(id: &str) -> String {
    let cleaned = clean(id);
    match cleaned == id && !cleaned.is_empty() {
        true => cleaned,
        false => hashed(&cleaned, id, 10),
    }
}

/// Lowercase `a-z0-9-_`, every other run of characters as one `-`, at most `MAX_ID` long.
fn clean(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let keep = c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
        match keep {
            true => out.push(c),
            false if !out.ends_with('-') => out.push('-'),
            false => {}
        }
    }
    let cut: String = out.trim_matches('-').chars().take(MAX_ID).collect();
    cut.trim_end_matches('-').to_string()
}

fn hashed(stem: &str, id: &str, hex_digits: usize) -> String {
    let hex = crate::write::sha256(id.as_bytes());
    match stem.is_empty() {
        true => hex[..hex_digits].to_string(),
        false => format!("{stem}-{}", &hex[..hex_digits]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_ids_stay_when_safe_and_get_a_hash_when_changed() {
        assert_eq!(safe_id("acme-ch_01"), "acme-ch_01");
        let changed = safe_id("ACME/CH");
        assert!(changed.starts_with("acme-ch-") && changed.len() == "acme-ch-".len() + 10);
        assert_ne!(safe_id("a/b"), safe_id("a b"));
    }

    #[test]
    fn hostile_ids_give_plain_names() {
        for id in [
            "../../etc/passwd",
            "C:\\x",
            "\u{1b}[31m",
            "日本",
            "..",
            "/",
            "",
        ] {
            let name = safe_id(id);
            assert!(!name.is_empty(), "{id:?}");
            let safe = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c);
            assert!(name.chars().all(safe), "{id:?} -> {name}");
        }
        assert!(safe_id(&"x".repeat(10_000)).len() <= MAX_ID + 11);
    }

    #[test]
    fn a_crafted_id_cannot_take_another_ones_name() {
        let hashed = safe_id("A");
        let mut safe = SafeIds::default();
        let names = [safe.next("A"), safe.next(&hashed)];
        assert_ne!(names[0], names[1]);
    }
}
