//! The days of a meeting as letters state them when they are not simply "from 9 to 18 April
//! 2018": a half day at either end ("from 11 (afternoon) to 13 May 2005", DM-05/1171) and,
//! when a weekday has no sitting, the sitting days themselves ("on 24, 25 and 27 June 2024").

use chrono::{Datelike, NaiveDate};

/// Half of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Half {
    Morning,
    Afternoon,
}

/// The sitting days, in order, with the half days at either end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Days {
    pub dates: Vec<NaiveDate>,
    pub first: Option<Half>,
    pub last: Option<Half>,
    /// Say each day (a weekday is skipped), not the range from the first to the last.
    pub listed: bool,
}

/// How one language writes dates and joins words, as these phrases need it.
pub struct Words {
    pub date: fn(NaiveDate) -> String,
    pub day_month: fn(NaiveDate) -> String,
    pub day: fn(NaiveDate) -> String,
    pub join: fn(&[String]) -> String,
    /// "from {} to {}" / "du {} au {}"
    pub range: (&'static str, &'static str),
    /// "on" / "les"
    pub on: &'static str,
    /// "morning", "afternoon" / "matin", "après-midi"
    pub halves: [&'static str; 2],
    /// Between the ends in a subject: "-" ("–" with half days) / " - ".
    pub dash: &'static str,
    pub dash_with_halves: &'static str,
}

/// "from 27 (afternoon) to 29 June 2024", "on 24, 25 and 27 June 2024".
pub fn text(days: &Days, words: &Words) -> String {
    match days.listed {
        true => format!("{} {}", words.on, (words.join)(&each(days, words))),
        false => {
            let (first, last) = ends(days, words);
            format!("{} {first} {} {last}", words.range.0, words.range.1)
        }
    }
}

/// For the subject line: "11 (afternoon) – 13 May 2005", "24, 25 and 27 June 2024".
pub fn subject(days: &Days, words: &Words) -> String {
    if days.listed {
        return (words.join)(&each(days, words));
    }
    let (first, last) = ends(days, words);
    let dash = match days.first.is_some() || days.last.is_some() {
        true => words.dash_with_halves,
        false => words.dash,
    };
    format!("{first}{dash}{last}")
}

/// The first and last day of the range, each with its half.
fn ends(days: &Days, words: &Words) -> (String, String) {
    let (start, end) = (days.dates[0], days.dates[days.dates.len() - 1]);
    let first = super::grammar::first_of_range(start, end, words.date, words.day_month, words.day);
    let last = (words.date)(end);
    (half(first, days.first, words), half(last, days.last, words))
}

/// Each day as much as the next does not say (its month, its year), with its half.
fn each(days: &Days, words: &Words) -> Vec<String> {
    let count = days.dates.len();
    let each = days.dates.iter().enumerate().map(|(i, &date)| {
        let next = days
            .dates
            .get(i + 1)
            .map(|next| (next.year(), next.month()));
        let text = match next {
            Some(next) if next == (date.year(), date.month()) => (words.day)(date),
            Some((year, _)) if year == date.year() => (words.day_month)(date),
            _ => (words.date)(date),
        };
        let half_day = match i {
            0 => days.first,
            _ if i + 1 == count => days.last,
            _ => None,
        };
        half(text, half_day, words)
    });
    each.collect()
}

fn half(text: String, half: Option<Half>, words: &Words) -> String {
    match half {
        None => text,
        Some(Half::Morning) => format!("{text} ({})", words.halves[0]),
        Some(Half::Afternoon) => format!("{text} ({})", words.halves[1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, day).unwrap()
    }

    fn days(dates: &[NaiveDate], first: Option<Half>, last: Option<Half>, listed: bool) -> Days {
        Days {
            dates: dates.to_vec(),
            first,
            last,
            listed,
        }
    }

    #[test]
    fn half_days_at_either_end_in_both_languages() {
        let range = days(
            &[d(6, 27), d(6, 28), d(6, 29)],
            Some(Half::Afternoon),
            None,
            false,
        );
        assert_eq!(
            Lang::En.days_text(&range),
            "from 27 (afternoon) to 29 June 2024"
        );
        assert_eq!(
            Lang::Fr.days_text(&range),
            "du 27 (après-midi) au 29 juin 2024"
        );
        assert_eq!(
            Lang::En.days_subject(&range),
            "27 (afternoon) – 29 June 2024"
        );
        assert_eq!(
            Lang::Fr.days_subject(&range),
            "27 (après-midi) - 29 juin 2024"
        );
        let across = days(&[d(6, 30), d(7, 1)], None, Some(Half::Morning), false);
        assert_eq!(
            Lang::En.days_text(&across),
            "from 30 June to 1 July 2024 (morning)"
        );
        assert_eq!(
            Lang::Fr.days_text(&across),
            "du 30 juin au 1er juillet 2024 (matin)"
        );
        assert_eq!(
            Lang::Fr.days_subject(&across),
            "30 juin - 1er juillet 2024 (matin)"
        );
    }

    #[test]
    fn days_are_listed_when_a_weekday_is_skipped() {
        let listed = days(
            &[d(6, 24), d(6, 25), d(6, 27)],
            Some(Half::Afternoon),
            None,
            true,
        );
        assert_eq!(
            Lang::En.days_text(&listed),
            "on 24 (afternoon), 25 and 27 June 2024"
        );
        assert_eq!(
            Lang::Fr.days_text(&listed),
            "les 24 (après-midi), 25 et 27 juin 2024"
        );
        assert_eq!(
            Lang::En.days_subject(&listed),
            "24 (afternoon), 25 and 27 June 2024"
        );
        let months = days(&[d(6, 28), d(7, 1), d(7, 3)], None, None, true);
        assert_eq!(Lang::En.days_text(&months), "on 28 June, 1 and 3 July 2024");
        assert_eq!(
            Lang::Fr.days_text(&months),
            "les 28 juin, 1er et 3 juillet 2024"
        );
    }
}
