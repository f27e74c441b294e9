//! House style per language: dates, times, ordinals, list joining and the grammar of nouns.
//!
//! Each language lives in its own file with the same set of functions; [`Lang`] picks one.
//! Templates reach these through helpers (see `render.rs`), the letter view through `Lang`.

mod articles;
mod days;
mod en;
mod fr;
mod grammar;

pub use days::{Days, Half};
pub use grammar::{Noun, NounForms};

use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;

/// A language a letter can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code() == code.trim().to_ascii_lowercase())
    }

    /// "2 May 2023" / "2 mai 2023" ("1er mai 2023").
    pub fn date(self, date: NaiveDate) -> String {
        match self {
            Lang::Fr => fr::date(date),
            Lang::En => en::date(date),
        }
    }

    /// Dates for the subject line: "20 June 2023", "2-9 March 2016", "26 February-2 March 2018";
    /// "26 octobre - 6 novembre 2009".
    pub fn date_range_subject(self, start: NaiveDate, end: NaiveDate) -> String {
        match self {
            Lang::Fr => fr::date_range_subject(start, end),
            Lang::En => en::date_range_subject(start, end),
        }
    }

    /// Dates in running text: "on 20 June 2023", "from 9 to 18 April 2018";
    /// "le 20 juin 2023", "du 26 octobre au 6 novembre 2009".
    pub fn date_range_text(self, start: NaiveDate, end: NaiveDate) -> String {
        match self {
            Lang::Fr => fr::date_range_text(start, end),
            Lang::En => en::date_range_text(start, end),
        }
    }

    /// A time written `HH:MM`, where `24:00` ends the day: "2400 hours" / "24 heures".
    pub fn clock(self, text: &str) -> Option<String> {
        if text == "24:00" {
            return Some(self.pick("24\u{a0}heures", "2400 hours").into());
        }
        NaiveTime::parse_from_str(text, "%H:%M")
            .ok()
            .map(|time| self.time(time))
    }

    /// "0930 hours" / "9 h 30", "16 heures".
    pub fn time(self, time: NaiveTime) -> String {
        match self {
            Lang::Fr => fr::time(time),
            Lang::En => en::time(time),
        }
    }

    /// "from 0930 to 1600 hours" / "de 9 h 30 à 16 heures".
    pub fn time_range(self, start: NaiveTime, end: NaiveTime) -> String {
        match self {
            Lang::Fr => fr::time_range(start, end),
            Lang::En => en::time_range(start, end),
        }
    }

    /// Both ends in full, as in a programme: "1400 hours to 1800 hours" / "14 heures à 18 heures".
    pub fn time_range_hours(self, start: NaiveTime, end: NaiveTime) -> String {
        let to = match self {
            Lang::Fr => "à",
            Lang::En => "to",
        };
        format!("{} {to} {}", self.time(start), self.time(end))
    }

    /// The ordinal word: "seventh" / "septième", "première" (feminine) or "premier".
    pub fn ordinal(self, n: u32, noun: Noun) -> String {
        match self {
            Lang::Fr => fr::ordinal(n, fr::feminine(noun)),
            Lang::En => en::ordinal(n),
        }
    }

    /// Days with half days, or listed: "from 27 (afternoon) to 29 June 2024", "on 24, 25 and
    /// 27 June 2024"; "du 27 (après-midi) au 29 juin 2024", "les 24, 25 et 27 juin 2024".
    pub fn days_text(self, days: &Days) -> String {
        days::text(days, &self.day_words())
    }

    /// The same for the subject line: "11 (afternoon) – 13 May 2005"; "11 (après-midi) - 13
    /// mai 2005".
    pub fn days_subject(self, days: &Days) -> String {
        days::subject(days, &self.day_words())
    }

    fn day_words(self) -> days::Words {
        match self {
            Lang::Fr => days::Words {
                date: fr::date,
                day_month: fr::day_month,
                day: fr::day,
                join: |items| Lang::Fr.join(items),
                range: ("du", "au"),
                on: "les",
                halves: ["matin", "après-midi"],
                dash: " - ",
                dash_with_halves: " - ",
            },
            Lang::En => days::Words {
                date: en::date,
                day_month: en::day_month,
                day: |date| chrono::Datelike::day(&date).to_string(),
                join: |items| Lang::En.join(items),
                range: ("from", "to"),
                on: "on",
                halves: ["morning", "afternoon"],
                dash: "-",
                dash_with_halves: " – ",
            },
        }
    }

    /// "A, B and C" / "A, B et C".
    pub fn join(self, items: &[String]) -> String {
        let last = match self {
            Lang::Fr => " et ",
            Lang::En => " and ",
        };
        join_with(items, ", ", last)
    }

    /// "A, B or C" / "A, B ou C".
    pub fn join_or(self, items: &[String]) -> String {
        let last = match self {
            Lang::Fr => " ou ",
            Lang::En => " or ",
        };
        join_with(items, ", ", last)
    }

    pub fn noun(self, noun: Noun) -> NounForms {
        match self {
            Lang::Fr => fr::noun(noun),
            Lang::En => en::noun(noun),
        }
    }

    /// The title of the Director of TSB, the default signatory.
    pub fn director(self) -> &'static str {
        self.pick(
            "Directeur du Bureau de la normalisation des télécommunications",
            "Director of the Telecommunication Standardization Bureau",
        )
    }

    /// A date with its weekday, for tables: "Tuesday 20 June 2023" / "mardi 20 juin 2023".
    pub fn weekday_date(self, date: NaiveDate) -> String {
        const FR: [&str; 7] = [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        const EN: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        let day = chrono::Datelike::weekday(&date).num_days_from_monday() as usize;
        format!("{} {}", self.pick(FR[day], EN[day]), self.date(date))
    }

    /// The month names, January first.
    pub fn months(self) -> &'static [&'static str; 12] {
        match self {
            Lang::Fr => &fr::MONTHS,
            Lang::En => &en::MONTHS,
        }
    }

    /// Geneva, where letters are signed unless the YAML says otherwise.
    pub fn geneva(self) -> &'static str {
        self.pick("Genève", "Geneva")
    }

    pub fn pick(self, fr: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// "of" before a noun phrase, contracted in French: "de l'initiative", "du Groupe", "des
    /// commissions"; "of the U4SSC initiative". A French phrase that starts with a preposition
    /// is left as it is (see [`Lang::contracts`]).
    pub fn of(self, phrase: &str) -> String {
        match self {
            Lang::En => format!("of {phrase}"),
            Lang::Fr => articles::contract("de", phrase).unwrap_or_else(|_| phrase.into()),
        }
    }

    /// "à" before a noun phrase in French, contracted ("au prochain atelier", "à la réunion");
    /// English needs no preposition there ("attend the meeting").
    pub fn to(self, phrase: &str) -> String {
        match self {
            Lang::En => phrase.into(),
            Lang::Fr => articles::contract("à", phrase).unwrap_or_else(|_| phrase.into()),
        }
    }

    /// Whether the tool can put "de" before `phrase`: not when it has its preposition already
    /// ("du Gouvernement"), which is then returned.
    pub fn contracts(self, phrase: &str) -> Result<(), String> {
        match self {
            Lang::En => Ok(()),
            Lang::Fr => articles::contract("de", phrase).map(|_| ()),
        }
    }

    /// The indefinite article before `next`: "a "/"an ", "un "/"une ".
    pub fn a(self, feminine: bool, next: &str) -> &'static str {
        let vowel = next.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
        match (self, feminine, vowel) {
            (Lang::En, _, true) => "an ",
            (Lang::En, _, false) => "a ",
            (Lang::Fr, true, _) => "une ",
            (Lang::Fr, false, _) => "un ",
        }
    }

    /// The definite article before `next` ("the ", "la ", "le ", "l'"), agreeing with a noun.
    pub fn the(self, feminine: bool, next: &str) -> &'static str {
        match self {
            Lang::En => "the ",
            Lang::Fr => articles::article(feminine, next),
        }
    }

    /// The language's own name for its field in the YAML: "French (`fr`)".
    pub fn describe(self) -> &'static str {
        self.pick("French (`fr`)", "English (`en`)")
    }

    /// The name of a working language ("anglais" / "English"), by ISO 639-1 code.
    pub fn language_name(self, code: &str) -> Option<&'static str> {
        let index = LANGUAGE_CODES.iter().position(|known| *known == code)?;
        Some(match self {
            Lang::Fr => fr::LANGUAGE_NAMES[index],
            Lang::En => en::LANGUAGE_NAMES[index],
        })
    }
}

/// The six official languages of the Union, by ISO 639-1 code.
pub const LANGUAGE_CODES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

fn join_with(items: &[String], separator: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{}{last}{tail}", init.join(separator)),
    }
}

/// Upper-cases the first letter ("septième réunion" -> "Septième réunion").
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(Lang::En.date(d(2023, 5, 2)), "2 May 2023");
        assert_eq!(Lang::Fr.date(d(2023, 5, 2)), "2 mai 2023");
        assert_eq!(Lang::Fr.date(d(2023, 6, 1)), "1er juin 2023");
        assert_eq!(Lang::En.date(d(2023, 6, 1)), "1 June 2023");
        assert_eq!(Lang::Fr.date(d(2017, 12, 11)), "11 décembre 2017");
        assert_eq!(Lang::Fr.date(d(2017, 8, 11)), "11 août 2017");
    }

    #[test]
    fn subject_line_ranges() {
        assert_eq!(
            Lang::En.date_range_subject(d(2023, 6, 20), d(2023, 6, 20)),
            "20 June 2023"
        );
        assert_eq!(
            Lang::En.date_range_subject(d(2016, 3, 2), d(2016, 3, 9)),
            "2-9 March 2016"
        );
        assert_eq!(
            Lang::En.date_range_subject(d(2018, 2, 26), d(2018, 3, 2)),
            "26 February-2 March 2018"
        );
        assert_eq!(
            Lang::Fr.date_range_subject(d(2009, 10, 26), d(2009, 11, 6)),
            "26 octobre - 6 novembre 2009"
        );
        assert_eq!(
            Lang::Fr.date_range_subject(d(2018, 4, 9), d(2018, 4, 18)),
            "9-18 avril 2018"
        );
        assert_eq!(
            Lang::En.date_range_subject(d(2025, 12, 30), d(2026, 1, 2)),
            "30 December 2025-2 January 2026"
        );
        assert_eq!(
            Lang::Fr.date_range_subject(d(2025, 12, 30), d(2026, 1, 2)),
            "30 décembre 2025 - 2 janvier 2026"
        );
    }

    #[test]
    fn running_text_ranges() {
        assert_eq!(
            Lang::En.date_range_text(d(2023, 6, 20), d(2023, 6, 20)),
            "on 20 June 2023"
        );
        assert_eq!(
            Lang::Fr.date_range_text(d(2023, 6, 20), d(2023, 6, 20)),
            "le 20 juin 2023"
        );
        assert_eq!(
            Lang::En.date_range_text(d(2018, 4, 9), d(2018, 4, 18)),
            "from 9 to 18 April 2018"
        );
        assert_eq!(
            Lang::En.date_range_text(d(2018, 2, 26), d(2018, 3, 2)),
            "from 26 February to 2 March 2018"
        );
        assert_eq!(
            Lang::Fr.date_range_text(d(2009, 10, 26), d(2009, 11, 6)),
            "du 26 octobre au 6 novembre 2009"
        );
        assert_eq!(
            Lang::Fr.date_range_text(d(2023, 6, 1), d(2023, 6, 3)),
            "du 1er au 3 juin 2023"
        );
        assert_eq!(
            Lang::Fr.date_range_text(d(2023, 6, 1), d(2023, 6, 1)),
            "le 1er juin 2023"
        );
    }

    /// French times hold together with no-break spaces; compare them as read.
    fn read(text: String) -> String {
        text.replace('\u{a0}', " ")
    }

    #[test]
    fn times_in_house_style() {
        assert_eq!(Lang::En.clock("24:00").unwrap(), "2400 hours");
        assert_eq!(read(Lang::Fr.clock("24:00").unwrap()), "24 heures");
        assert_eq!(read(Lang::Fr.clock("08:30").unwrap()), "8 h 30");
        assert_eq!(Lang::Fr.of("le Groupe"), "du Groupe");
        assert_eq!(Lang::Fr.of("l'initiative U4SSC"), "de l'initiative U4SSC");
        assert_eq!(Lang::En.time(t(9, 30)), "0930 hours");
        assert_eq!(Lang::En.time(t(14, 0)), "1400 hours");
        assert_eq!(
            Lang::En.time_range(t(9, 30), t(16, 0)),
            "from 0930 to 1600 hours"
        );
        assert_eq!(
            Lang::En.time_range_hours(t(14, 0), t(18, 0)),
            "1400 hours to 1800 hours"
        );
        assert_eq!(read(Lang::Fr.time(t(9, 30))), "9 h 30");
        assert_eq!(read(Lang::Fr.time(t(16, 0))), "16 heures");
        assert_eq!(read(Lang::Fr.time(t(0, 5))), "0 h 05");
        assert_eq!(
            read(Lang::Fr.time_range(t(9, 30), t(16, 0))),
            "de 9 h 30 à 16 heures"
        );
    }

    #[test]
    fn ordinals_agree_in_gender() {
        assert_eq!(Lang::En.ordinal(7, Noun::Meeting), "seventh");
        assert_eq!(Lang::Fr.ordinal(7, Noun::Meeting), "septième");
        assert_eq!(Lang::Fr.ordinal(1, Noun::Meeting), "première");
        assert_eq!(Lang::Fr.ordinal(1, Noun::Workshop), "premier");
        assert_eq!(Lang::En.ordinal(1, Noun::Meeting), "first");
        assert_eq!(Lang::En.ordinal(8, Noun::Symposium), "eighth");
        assert_eq!(Lang::En.ordinal(12, Noun::Meeting), "twelfth");
        assert_eq!(Lang::En.ordinal(21, Noun::Meeting), "twenty-first");
        assert_eq!(Lang::En.ordinal(40, Noun::Meeting), "fortieth");
        assert_eq!(Lang::Fr.ordinal(5, Noun::Meeting), "cinquième");
        assert_eq!(Lang::Fr.ordinal(9, Noun::Meeting), "neuvième");
        assert_eq!(Lang::Fr.ordinal(11, Noun::Meeting), "onzième");
        assert_eq!(Lang::Fr.ordinal(21, Noun::Meeting), "vingt et unième");
        assert_eq!(Lang::Fr.ordinal(17, Noun::Meeting), "dix-septième");
        assert_eq!(Lang::Fr.ordinal(71, Noun::Meeting), "soixante et onzième");
        assert_eq!(Lang::Fr.ordinal(80, Noun::Meeting), "quatre-vingtième");
        assert_eq!(Lang::Fr.ordinal(100, Noun::Meeting), "centième");
    }

    #[test]
    fn lists_join_with_the_language_conjunction() {
        let items = ["A".to_string(), "B".into(), "C".into()];
        assert_eq!(Lang::Fr.join(&items), "A, B et C");
        assert_eq!(Lang::En.join(&items), "A, B and C");
        assert_eq!(Lang::En.join(&items[..2]), "A and B");
        assert_eq!(Lang::En.join(&items[..1]), "A");
    }

    #[test]
    fn french_nouns_elide_and_contract() {
        let meeting = Lang::Fr.noun(Noun::Meeting);
        assert_eq!(
            (meeting.the.as_str(), meeting.demonstrative.as_str()),
            ("la réunion", "Cette réunion")
        );
        let workshop = Lang::Fr.noun(Noun::Workshop);
        assert_eq!(
            (workshop.to_the.as_str(), workshop.demonstrative.as_str()),
            ("à l'atelier", "Cet atelier")
        );
        let symposium = Lang::Fr.noun(Noun::Symposium);
        assert_eq!(
            (symposium.to_the.as_str(), symposium.of_the.as_str()),
            ("au colloque", "du colloque")
        );
    }
}
