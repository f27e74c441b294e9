//! Local times in the words of a letter: beside the meeting's own time, and in the annex
//! "Meeting times around the world". Dates are said only when they differ from the date in the
//! meeting's zone.

use chrono_tz::Tz;

use chrono::DateTime;

use super::report::{blocks, label};
use super::schedule::Schedule;
use crate::locale::{Lang, capitalize};
use crate::zone::{self, LocalTime};

/// The meeting's time in `zone`, to stand beside the time in the meeting's zone:
/// "(from 1630 to 2300 hours JST, Tokyo time)", "(de 1 heure à 4 heures NZST le 21 juin 2023,
/// heure d'Auckland)". A meeting over several days, or whose letter states its opening alone,
/// gets its opening time only, as the letter says only that; one without times, nothing.
pub fn beside(lang: Lang, schedule: &Schedule, zone: Tz) -> Option<String> {
    let opening = |at: &DateTime<Tz>| {
        let start = zone::local(at, zone);
        let opening = lang.time(start.time);
        format!(
            "{opening} {}{}",
            label(&start, false),
            on_date(lang, &start)
        )
    };
    let hours = match schedule {
        Schedule::Sittings(sittings) => {
            let (first, last) = (sittings.first()?, sittings.last()?);
            match first.0.date_naive() != last.1.date_naive() {
                true => opening(&first.0),
                false => {
                    let (start, end) = (zone::local(&first.0, zone), zone::local(&first.1, zone));
                    span(lang, &start, &end, &|time| on_date(lang, time))
                }
            }
        }
        Schedule::Opening(at, _) => opening(at),
        Schedule::Days(_) => return None,
    };
    Some(match place(lang, zone) {
        Some(place) => format!("({hours}, {place})"),
        None => format!("({hours})"),
    })
}

/// The annex "Meeting times around the world": its title, then for each block of days (one,
/// unless the meeting spans a change of clocks) a lead sentence and one line per zone; none
/// for a meeting whose letter states no time. `the_meeting` is the noun with its article:
/// "the meeting", "la réunion".
pub fn annex(
    lang: Lang,
    the_meeting: &str,
    schedule: &Schedule,
    zones: &[Tz],
) -> (String, Vec<(String, Vec<String>)>) {
    let title = match lang {
        Lang::En => "Meeting times around the world",
        Lang::Fr => "Heures de la réunion dans le monde",
    };
    let daily = matches!(schedule, Schedule::Sittings(sittings) if sittings.len() > 1);
    let day = |time: &LocalTime| match daily {
        true => relative_day(lang, time),
        false => on_date(lang, time),
    };
    let blocks = blocks(schedule, zones).into_iter().map(|block| {
        let (start, end) = block.sitting;
        let tz = start.timezone();
        let start = zone::local(&start, tz);
        let dates = lang.date_range_text(block.first, block.last);
        let dates = match (block.days, lang) {
            (1, _) => capitalize(&dates),
            (_, Lang::En) => format!("Each day {dates}"),
            (_, Lang::Fr) => format!("Chaque jour {dates}"),
        };
        let lead = match end {
            Some(end) => {
                let hours = span(lang, &start, &zone::local(&end, tz), &day);
                match lang {
                    Lang::En => format!("{dates}, {the_meeting} runs {hours}, that is:"),
                    Lang::Fr => format!("{dates}, {the_meeting} a lieu {hours}, soit:"),
                }
            }
            None => {
                let opens = format!("{} {}", lang.time(start.time), label(&start, false));
                match lang {
                    Lang::En => format!("{dates}, {the_meeting} opens at {opens}, that is:"),
                    Lang::Fr => format!("{dates}, {the_meeting} s'ouvre à {opens}, soit:"),
                }
            }
        };
        let lines = block.rows.iter().map(|row| {
            let hours = match &row.end {
                Some(end) => span(lang, &row.start, end, &day),
                None => format!(
                    "{} {}{}",
                    lang.time(row.start.time),
                    label(&row.start, false),
                    day(&row.start)
                ),
            };
            format!("{}: {hours}", row.start.zone)
        });
        (lead, lines.collect())
    });
    (title.into(), blocks.collect())
}

/// "from 1630 to 2300 hours JST", "from 1930 hours to 0200 hours NZST on 21 June 2023":
/// `day` says on which day a time falls when that is not the day in the meeting's zone.
fn span(
    lang: Lang,
    start: &LocalTime,
    end: &LocalTime,
    day: &dyn Fn(&LocalTime) -> String,
) -> String {
    if start.date == end.date {
        let range = lang.time_range(start.time, end.time);
        return format!("{range} {}{}", label(start, false), day(start));
    }
    let (from, until) = (lang.time(start.time), lang.time(end.time));
    let (from, to) = match lang {
        Lang::En => (format!("from {from}"), "to"),
        Lang::Fr => (format!("de {from}"), "à"),
    };
    let zone = label(end, false);
    format!("{from}{} {to} {until} {zone}{}", day(start), day(end))
}

/// " on 21 June 2023" / " le 21 juin 2023" when the day is not the meeting zone's.
fn on_date(lang: Lang, time: &LocalTime) -> String {
    match (time.day_change, lang) {
        (0, _) => String::new(),
        (_, Lang::En) => format!(" on {}", lang.date(time.date)),
        (_, Lang::Fr) => format!(" le {}", lang.date(time.date)),
    }
}

/// " the next day" / " le lendemain", " the day before" / " la veille", for daily meetings.
fn relative_day(lang: Lang, time: &LocalTime) -> String {
    let words = match (time.day_change > 0, lang) {
        (true, Lang::En) => " the next day",
        (false, Lang::En) => " the day before",
        (true, Lang::Fr) => " le lendemain",
        (false, Lang::Fr) => " la veille",
    };
    match time.day_change {
        0 => String::new(),
        _ => words.into(),
    }
}

/// The meeting's zone as a letter may name it instead of its abbreviation: "Geneva time" /
/// "(heure de Genève)" (ITU's zone is Europe/Zurich, its city Geneva), "Seoul time" / "(heure
/// de Seoul)"; none for UTC and the like.
pub fn local_label(lang: Lang, zone: Tz) -> Option<String> {
    let label = match zone == crate::zone::GENEVA {
        true => lang.pick("heure de Genève", "Geneva time").to_string(),
        false => place(lang, zone)?,
    };
    Some(match lang {
        Lang::En => label,
        Lang::Fr => format!("({label})"),
    })
}

/// "Tokyo time" / "heure de Tokyo", "heure d'Auckland"; none for UTC and the like.
fn place(lang: Lang, zone: Tz) -> Option<String> {
    let (region, city) = zone.name().rsplit_once('/')?;
    if region == "Etc" {
        return None;
    }
    let city = city.replace('_', " ");
    Some(match lang {
        Lang::En => format!("{city} time"),
        Lang::Fr if city.starts_with(['A', 'E', 'I', 'O', 'U', 'Y']) => format!("heure d'{city}"),
        Lang::Fr => format!("heure de {city}"),
    })
}
