//! French house style (ITU): "2 mai 2023", "1er juin", "9 h 30", "16 heures", "septième".

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::grammar::{Noun, NounForms, first_of_range};

pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

pub const LANGUAGE_NAMES: [&str; 6] = [
    "arabe",
    "chinois",
    "anglais",
    "français",
    "russe",
    "espagnol",
];

pub(super) fn day(date: NaiveDate) -> String {
    match date.day() {
        1 => "1er".into(),
        n => n.to_string(),
    }
}

pub(super) fn day_month(date: NaiveDate) -> String {
    format!("{} {}", day(date), MONTHS[date.month0() as usize])
}

pub fn date(date: NaiveDate) -> String {
    format!("{} {}", day_month(date), date.year())
}

/// The first date of a range, as much of it as the last date does not already say.
fn first(start: NaiveDate, end: NaiveDate) -> String {
    first_of_range(start, end, date, day_month, day)
}

/// "20 juin 2023", "9-18 avril 2018", "26 octobre - 6 novembre 2009" (spaced across months).
pub fn date_range_subject(start: NaiveDate, end: NaiveDate) -> String {
    match (
        start == end,
        start.month() == end.month() && start.year() == end.year(),
    ) {
        (true, _) => date(start),
        (false, true) => format!("{}-{}", first(start, end), date(end)),
        (false, false) => format!("{} - {}", first(start, end), date(end)),
    }
}

/// "le 20 juin 2023", "du 1er au 3 juin 2023", "du 26 octobre au 6 novembre 2009".
pub fn date_range_text(start: NaiveDate, end: NaiveDate) -> String {
    match start == end {
        true => format!("le {}", date(start)),
        false => format!("du {} au {}", first(start, end), date(end)),
    }
}

/// "9 h 30", "16 heures", with no-break spaces so that a line never ends inside a time.
pub fn time(time: NaiveTime) -> String {
    match time.minute() {
        0 if time.hour() < 2 => format!("{}\u{a0}heure", time.hour()),
        0 => format!("{}\u{a0}heures", time.hour()),
        minute => format!("{}\u{a0}h\u{a0}{minute:02}", time.hour()),
    }
}

pub fn time_range(start: NaiveTime, end: NaiveTime) -> String {
    format!("de {} à {}", time(start), time(end))
}

pub fn feminine(noun: Noun) -> bool {
    matches!(noun, Noun::Meeting)
}

/// (noun, feminine, starts with a vowel sound)
fn parts(noun: Noun) -> (&'static str, bool, bool) {
    match noun {
        Noun::Meeting => ("réunion", true, false),
        Noun::Workshop => ("atelier", false, true),
        Noun::Symposium => ("colloque", false, false),
        Noun::Forum => ("forum", false, false),
        Noun::Seminar => ("séminaire", false, false),
    }
}

pub fn noun(noun: Noun) -> NounForms {
    let (bare, feminine, vowel) = parts(noun);
    let (the, to_the, of_the, this) = match (feminine, vowel) {
        (_, true) => (
            "l'",
            "à l'",
            "de l'",
            if feminine { "Cette " } else { "Cet " },
        ),
        (true, false) => ("la ", "à la ", "de la ", "Cette "),
        (false, false) => ("le ", "au ", "du ", "Ce "),
    };
    NounForms {
        bare: bare.into(),
        the: format!("{the}{bare}"),
        to_the: format!("{to_the}{bare}"),
        of_the: format!("{of_the}{bare}"),
        demonstrative: format!("{this}{bare}"),
        virtual_: if feminine { "virtuelle" } else { "virtuel" }.into(),
        wish: match feminine {
            true => format!("une {bare} fructueuse et agréable"),
            false => format!("un {bare} fructueux et agréable"),
        },
        feminine,
        hybrid: "hybride".into(),
    }
}

const UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const TENS: [&str; 7] = [
    "",
    "dix",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

/// The cardinal number in words, up to 999 (enough for any meeting edition).
fn cardinal(n: u32) -> String {
    match n {
        0..=16 => UNITS[n as usize].into(),
        17..=19 => format!("dix-{}", UNITS[n as usize - 10]),
        20..=69 => tens(TENS[n as usize / 10], n % 10),
        70..=79 => sixty_plus(n - 60),
        80 => "quatre-vingts".into(),
        81..=99 => format!("quatre-vingt-{}", cardinal(n - 80)),
        100 => "cent".into(),
        101..=199 => format!("cent {}", cardinal(n - 100)),
        _ => hundreds(n),
    }
}

fn tens(ten: &str, unit: u32) -> String {
    match unit {
        0 => ten.into(),
        1 => format!("{ten} et un"),
        _ => format!("{ten}-{}", UNITS[unit as usize]),
    }
}

fn sixty_plus(rest: u32) -> String {
    match rest {
        11 => "soixante et onze".into(),
        _ => format!("soixante-{}", cardinal(rest)),
    }
}

fn hundreds(n: u32) -> String {
    let (h, rest) = (n / 100, n % 100);
    match rest {
        0 => format!("{} cents", UNITS[h as usize]),
        _ => format!("{} cent {}", UNITS[h as usize], cardinal(rest)),
    }
}

/// "septième", "vingt et unième", "première" / "premier".
pub fn ordinal(n: u32, feminine: bool) -> String {
    if n == 1 {
        return if feminine { "première" } else { "premier" }.into();
    }
    let word = cardinal(n);
    let word = word
        .strip_suffix("quatre-vingts")
        .map_or(word.clone(), |head| format!("{head}quatre-vingt"));
    let word = word
        .strip_suffix("cents")
        .map_or(word.clone(), |head| format!("{head}cent"));
    if let Some(head) = word.strip_suffix("cinq") {
        return format!("{head}cinquième");
    }
    if let Some(head) = word.strip_suffix("neuf") {
        return format!("{head}neuvième");
    }
    let stem = word.strip_suffix('e').unwrap_or(&word);
    format!("{stem}ième")
}
