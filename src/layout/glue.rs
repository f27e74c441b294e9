//! Spaces a line must not break at although the text has a plain space there: inside a date
//! ("2 mars 2027", "26 January 2018") and a time ("9 h 30", "1600 hours", "16 heures"). The
//! wording comes from the templates and the house style, which write plain spaces; layout
//! treats these as no-break spaces.

use crate::locale::Lang;
use std::sync::OnceLock;

const HOURS: [&str; 4] = ["h", "hours", "heures", "heure"];

/// Byte offsets of the spaces of `text` that join the parts of a date or a time.
pub fn glued(text: &str) -> Vec<usize> {
    let mut glued = Vec::new();
    let mut previous: Option<&str> = None;
    let mut at = 0;
    for token in text.split(' ') {
        if let Some(before) = previous
            && joins(before, token)
        {
            glued.push(at - 1);
        }
        previous = Some(token);
        at += token.len() + 1;
    }
    glued
}

/// The space between `before` and `after` is inside a date or a time.
fn joins(before: &str, after: &str) -> bool {
    let word = |token: &str| {
        token
            .trim_end_matches([',', '.', ';', ':', ')'])
            .to_lowercase()
    };
    let number = |token: &str| {
        let token = token
            .trim_start_matches('(')
            .trim_end_matches([',', '.', ';', ':', ')']);
        let token = token.trim_end_matches("er");
        !token.is_empty() && token.len() <= 4 && token.bytes().all(|b| b.is_ascii_digit())
    };
    let month = |token: &str| months().contains(&word(token));
    let hours = |token: &str| HOURS.contains(&word(token).as_str());
    match (number(before), number(after)) {
        (true, _) => month(after) || hours(after),
        (false, true) => month(before) || word(before) == "h",
        (false, false) => false,
    }
}

/// Month names of every language, in lower case.
fn months() -> &'static [String] {
    static MONTHS: OnceLock<Vec<String>> = OnceLock::new();
    MONTHS.get_or_init(|| {
        let names = Lang::ALL.into_iter().flat_map(|lang| lang.months().iter());
        names.map(|name| name.to_lowercase()).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::glued;

    #[test]
    fn dates_and_times_hold_together_other_spaces_break() {
        let text = "le 2 mars 2027, de 9 h 30 à 16 heures; 26 January 2018 at 0930 hours";
        let joined: Vec<&str> = glued(text)
            .iter()
            .map(|&at| &text[at - 1..at + 2])
            .collect();
        assert_eq!(
            joined,
            ["2 m", "s 2", "9 h", "h 3", "6 h", "6 J", "y 2", "0 h"]
        );
        assert!(glued("I have 3 items and 2 of them").is_empty());
    }
}
