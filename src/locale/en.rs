//! English house style (ITU): "2 May 2023", "2-9 March 2016", "0930 hours", "seventh".

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::grammar::{Noun, NounForms, first_of_range};

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const LANGUAGE_NAMES: [&str; 6] = [
    "Arabic", "Chinese", "English", "French", "Russian", "Spanish",
];

pub(super) fn day_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), MONTHS[date.month0() as usize])
}

pub fn date(date: NaiveDate) -> String {
    format!("{} {}", day_month(date), date.year())
}

/// The first date of a range, as much of it as the last date does not already say.
fn first(start: NaiveDate, end: NaiveDate) -> String {
    first_of_range(start, end, date, day_month, |d| d.day().to_string())
}

/// "20 June 2023", "2-9 March 2016", "26 February-2 March 2018".
pub fn date_range_subject(start: NaiveDate, end: NaiveDate) -> String {
    match start == end {
        true => date(start),
        false => format!("{}-{}", first(start, end), date(end)),
    }
}

/// "on 20 June 2023", "from 9 to 18 April 2018".
pub fn date_range_text(start: NaiveDate, end: NaiveDate) -> String {
    match start == end {
        true => format!("on {}", date(start)),
        false => format!("from {} to {}", first(start, end), date(end)),
    }
}

fn digits(time: NaiveTime) -> String {
    format!("{:02}{:02}", time.hour(), time.minute())
}

pub fn time(time: NaiveTime) -> String {
    format!("{} hours", digits(time))
}

pub fn time_range(start: NaiveTime, end: NaiveTime) -> String {
    format!("from {} to {} hours", digits(start), digits(end))
}

pub fn noun(noun: Noun) -> NounForms {
    let bare = match noun {
        Noun::Meeting => "meeting",
        Noun::Workshop => "workshop",
        Noun::Symposium => "symposium",
        Noun::Forum => "forum",
        Noun::Seminar => "seminar",
    };
    NounForms {
        bare: bare.into(),
        the: format!("the {bare}"),
        to_the: format!("in the {bare}"),
        of_the: format!("of the {bare}"),
        demonstrative: format!("This {bare}"),
        virtual_: "virtual".into(),
        wish: format!("a productive and enjoyable {bare}"),
        feminine: false,
        hybrid: "hybrid".into(),
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const IRREGULAR: [(&str, &str); 6] = [
    ("one", "first"),
    ("two", "second"),
    ("three", "third"),
    ("five", "fifth"),
    ("eight", "eighth"),
    ("twelve", "twelfth"),
];

fn cardinal(n: u32) -> String {
    match n {
        0..=19 => UNITS[n as usize].into(),
        20..=99 if n.is_multiple_of(10) => TENS[n as usize / 10].into(),
        20..=99 => format!("{}-{}", TENS[n as usize / 10], UNITS[n as usize % 10]),
        _ if n.is_multiple_of(100) => format!("{} hundred", cardinal(n / 100)),
        _ => format!("{} hundred and {}", cardinal(n / 100), cardinal(n % 100)),
    }
}

/// "seventh", "twenty-first", "fortieth": the last word of the cardinal becomes ordinal.
pub fn ordinal(n: u32) -> String {
    let word = cardinal(n);
    let split = word.rfind([' ', '-']).map_or(0, |at| at + 1);
    let (head, last) = word.split_at(split);
    let last = match IRREGULAR.iter().find(|(cardinal, _)| *cardinal == last) {
        Some((_, ordinal)) => ordinal.to_string(),
        None if last.ends_with('y') => format!("{}ieth", &last[..last.len() - 1]),
        None if last.ends_with('e') => format!("{}th", &last[..last.len() - 1]),
        None => format!("{last}th"),
    };
    format!("{head}{last}")
}
