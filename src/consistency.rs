//! French/English consistency: both renderings of a letter must carry the same numbers (dates,
//! times, amounts), web and e-mail addresses and phone numbers, section by section, and the same
//! count of numbered paragraphs, bullets and annexes.
//!
//! Times are compared as HHMM: "9 h 30" and "0930" are the same time, "16 heures" and "1600".

use std::collections::BTreeMap;

use crate::document::{Block, Document};

/// One difference: where, what, and how often each language has it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Difference {
    /// "header", "paragraph 3", "annex A", "paragraph 2 of annex A", or "letter" for counts.
    pub section: String,
    pub item: String,
    pub counts: [(String, usize); 2],
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let [(a, m), (b, n)] = &self.counts;
        write!(
            f,
            "{}: `{}` appears {} in {a}, {n} in {b}",
            self.section,
            self.item,
            crate::error::count(*m, "time")
        )
    }
}

/// Compares two renderings of the same letter.
pub fn compare(first: &Document, second: &Document) -> Vec<Difference> {
    let (a, b) = (sections(first), sections(second));
    let mut differences = Vec::new();
    let names: Vec<&String> = a
        .keys()
        .chain(b.keys())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for name in names {
        let empty = BTreeMap::new();
        let (left, right) = (a.get(name).unwrap_or(&empty), b.get(name).unwrap_or(&empty));
        for item in left
            .keys()
            .chain(right.keys())
            .collect::<std::collections::BTreeSet<_>>()
        {
            let (m, n) = (
                left.get(item).copied().unwrap_or(0),
                right.get(item).copied().unwrap_or(0),
            );
            if m != n {
                let counts = [(first.lang.clone(), m), (second.lang.clone(), n)];
                differences.push(Difference {
                    section: name.clone(),
                    item: item.clone(),
                    counts,
                });
            }
        }
    }
    differences
}

type Tally = BTreeMap<String, usize>;

/// What each section says, counted; plus a "letter" section with the structure counts.
fn sections(document: &Document) -> BTreeMap<String, Tally> {
    let mut sections: BTreeMap<String, Tally> = BTreeMap::new();
    let mut current = String::from("header");
    let mut annex: Option<String> = None;
    for block in &document.blocks {
        current = match (block, section_name(block)) {
            (Block::Annex(_), Some(name)) => {
                annex = Some(name.clone());
                name
            }
            (Block::Paragraph { .. }, Some(name)) => match &annex {
                Some(annex) => format!("{name} of {annex}"),
                None => name,
            },
            (_, Some(name)) => name,
            (_, None) => current,
        };
        let structure = sections.entry("letter".into()).or_default();
        match block {
            Block::Paragraph {
                number: Some(_), ..
            } => *structure.entry("numbered paragraphs".into()).or_default() += 1,
            Block::Bullets(items) => *structure.entry("bullets".into()).or_default() += items.len(),
            Block::Annex(_) => *structure.entry("annexes".into()).or_default() += 1,
            _ => {}
        }
        let tally = sections.entry(current.clone()).or_default();
        for token in tokens(&block.texts().join(" ")) {
            *tally.entry(token).or_default() += 1;
        }
    }
    sections
}

fn section_name(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph {
            number: Some(number),
            ..
        } => Some(format!("paragraph {number}")),
        Block::Annex(lines) => Some(format!(
            "annex {}",
            lines
                .first()
                .map(|l| l.plain())
                .unwrap_or_default()
                .split_whitespace()
                .nth(1)
                .unwrap_or("?")
        )),
        Block::Salutation(_) | Block::Closing(_) => Some("closing".into()),
        _ => None,
    }
}

/// Addresses, phone numbers, times (as HHMM) and numbers, in a language-neutral form.
fn tokens(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (token, used) = token_at(&words[i..]);
        tokens.extend(token);
        i += used;
    }
    tokens
}

/// The token starting at `words[0]` and how many words it took.
fn token_at(words: &[&str]) -> (Vec<String>, usize) {
    let word =
        words[0].trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '"' | '.' | ':'));
    if word.contains("://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.'))
    {
        return (vec![word.trim_end_matches('/').to_string()], 1);
    }
    if word.starts_with('+') && word.len() > 1 {
        return phone(words);
    }
    if let Some(time) = french_time(words) {
        return time;
    }
    (word.split(['-', '–']).flat_map(numbers).collect(), 1)
}

/// "+41 22 730 6301" as one token.
fn phone(words: &[&str]) -> (Vec<String>, usize) {
    let is_group = |w: &&&str| {
        w.trim_start_matches('+')
            .chars()
            .all(|c| c.is_ascii_digit())
    };
    let used = words.iter().take_while(is_group).count().max(1);
    (vec![format!("tel:{}", words[..used].concat())], used)
}

/// "9 h 30" -> 0930, "16 heures" -> 1600, "1 heure" -> 0100.
fn french_time(words: &[&str]) -> Option<(Vec<String>, usize)> {
    let number = |w: &str| {
        w.trim_end_matches(|c: char| !c.is_ascii_digit())
            .parse::<u32>()
            .ok()
    };
    let hour = number(words[0])
        .filter(|hour| *hour <= 24 && words[0].chars().all(|c| c.is_ascii_digit()))?;
    match (words.get(1).copied(), words.get(2).and_then(|w| number(w))) {
        (Some("h"), Some(minute)) => Some((vec![format!("{hour:02}{minute:02}")], 3)),
        (Some(next), _)
            if matches!(
                next.trim_end_matches(|c: char| !c.is_alphabetic()),
                "heure" | "heures"
            ) =>
        {
            Some((vec![format!("{hour:02}00")], 2))
        }
        _ => None,
    }
}

/// The numbers in a word. Words with letters are names ("U4SSC"), except the French day "1er".
fn numbers(word: &str) -> Vec<String> {
    let word = word.strip_suffix("er").unwrap_or(word);
    if word.chars().any(char::is_alphabetic) {
        return Vec::new();
    }
    let digits = word
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| !d.is_empty());
    digits.map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_times_and_dates_reduce_to_the_same_tokens() {
        assert_eq!(
            tokens("le 20 juin 2023, de 9\u{a0}h\u{a0}30 à 16\u{a0}heures CEST."),
            ["20", "2023", "0930", "1600"]
        );
        assert_eq!(
            tokens("on 20 June 2023, from 0930 to 1600 hours CEST."),
            ["20", "2023", "0930", "1600"]
        );
        assert_eq!(
            tokens("de 1\u{a0}heure à 4\u{a0}h\u{a0}30 EDT"),
            tokens("from 0100 to 0430 hours EDT")
        );
        assert_eq!(tokens("le 1er juin 2023"), ["1", "2023"]);
        assert_eq!(tokens("l'initiative U4SSC (2023-2024)"), ["2023", "2024"]);
        assert_eq!(
            tokens("26 February-2 March 2018"),
            tokens("26 février - 2 mars 2018")
        );
    }

    #[test]
    fn addresses_and_phone_numbers_are_single_tokens() {
        assert_eq!(
            tokens("Tél.: +41 22 730 6301 u4ssc@itu.int"),
            ["tel:+41227306301", "u4ssc@itu.int"]
        );
        assert_eq!(
            tokens("l'adresse: https://u4ssc.itu.int/7th-meeting/."),
            ["https://u4ssc.itu.int/7th-meeting"]
        );
    }
}
