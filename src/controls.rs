//! Characters that must never reach a terminal or a letter: control characters (ESC sequences,
//! BEL, NUL, carriage returns) and the invisible ones that reorder or break what a reader sees
//! (bidirectional overrides and isolates such as U+202E, line and paragraph separators).
//!
//! The YAML parser refuses most of them written raw, but not written as escapes (`"\e[31m"`,
//! `"\u202E"`) nor raw bidi characters. So every scalar of the file, keys included, is looked at
//! after escapes are read, with the YAML parser's own events and places: every command that
//! loads a file (render, check, batch, ics...) refuses it with the line.

use serde_saphyr::granit_parser::{Event, Parser};

/// A character found in a scalar: the scalar's 1-based line and column, and the character.
pub type Found = (usize, usize, char);

/// Every scalar that holds a character that [`is_refused`], once per scalar.
pub fn find(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for event in Parser::new_from_str(text) {
        // A syntax error is the loader's to report.
        let Ok((Event::Scalar(value, ..), span)) = event else {
            if event.is_err() {
                break;
            }
            continue;
        };
        if let Some(c) = value.chars().find(|c| is_refused(*c)) {
            found.push((span.start.line(), span.start.col() + 1, c));
        }
    }
    found
}

/// Whether `c` may not appear in text: a control character other than tab and line feed, or an
/// invisible character that reorders or breaks lines.
pub fn is_refused(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n'))
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}'
        )
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// What `c` is, for the message: "U+202E, a bidirectional control character".
pub fn describe(c: char) -> String {
    let kind = match c {
        '\u{2028}' | '\u{2029}' => "a line or paragraph separator",
        c if c.is_control() => "a control character",
        _ => "a bidirectional control character",
    };
    format!("U+{:04X}, {kind}", c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_raw_bidi_characters_are_found_where_their_scalar_starts() {
        let text =
            "a: \"x\\e[31my\"\nb:\n  - ok\n  - \"\\u202E\"\nc: plain\u{2066}x\nd: \"tab\\there\"\n";
        let found = find(text);
        assert_eq!(
            found,
            [(1, 4, '\u{1b}'), (4, 5, '\u{202E}'), (5, 4, '\u{2066}')]
        );
    }

    #[test]
    fn keys_and_block_scalars_are_looked_at_too() {
        assert_eq!(find("\"k\\a\": 1\n")[0].2, '\u{7}');
        assert!(find("t: |\n  two\n  lines\n").is_empty());
    }
}
