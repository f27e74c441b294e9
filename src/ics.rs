//! RFC 5545 calendar invitations: one VEVENT per meeting day, with times in UTC.
//!
//! Why UTC: `DTSTART;TZID=Europe/Zurich` needs a matching VTIMEZONE, and a missing or stale one
//! is the classic cause of events an hour off in some programs; a UTC time (`...Z`) is read at
//! the same instant everywhere, and every program shows it in its reader's own zone anyway.
//! Why one event per day rather than an RRULE: a daily rule repeats the same UTC hour, which
//! moves by an hour in Geneva when a meeting spans a DST change (late March, late October).
//! The output is deterministic: the UID comes from the circular, DTSTAMP is given.

use chrono::{DateTime, NaiveDate, Utc};

use crate::letter::Letter;
use crate::locale::{Lang, capitalize};
use crate::meeting::{Circular, Format, Series};
use crate::times::Schedule;
use crate::zone::{self, Sitting};

/// The invitation to the meeting of `circular`, worded as `letter` (one language) words it.
/// `schedules` are the meeting's and each event's, in order; `stamp` is DTSTAMP; by default,
/// midnight UTC of the circular's date.
pub fn invitation(
    circular: &Circular,
    letter: &Letter,
    schedules: &[Schedule],
    stamp: Option<DateTime<Utc>>,
) -> String {
    let info = &circular.letter;
    let study_group = info.study_group.as_ref().map(|group| group.value.as_str());
    let series = match info.series {
        Series::Circular => "circular",
        Series::CollectiveLetter => "collective-letter",
    };
    let id = format!(
        "{series} {}/{} {}",
        info.number.value,
        study_group.unwrap_or_default(),
        letter.date
    );
    let meeting = letter
        .meeting
        .as_ref()
        .expect("an invitation is made for a meeting");
    let url = meeting.web.as_ref().map(|web| web.url.as_str());
    let url = url.or(meeting.registration.as_ref().and_then(|r| r.url.as_deref()));
    // The building is left out: the YAML gives it with its preposition ("at ITU headquarters").
    let venue = meeting.venue.as_ref().map(|venue| match &venue.country {
        Some(country) => format!("{}, {country}", venue.city),
        None => venue.city.clone(),
    });
    let location = match meeting.format {
        Format::Virtual => url.map(String::from),
        _ => venue,
    };
    let (main, others) = schedules
        .split_first()
        .expect("the meeting's schedule comes first");
    let description = format!(
        "{} ({})\n{}\n{}",
        letter.reference,
        letter.lang.date(letter.date),
        meeting.title,
        when(letter.lang, meeting.days_text.as_deref(), main)
    );
    let description = match url {
        Some(url) => format!("{description}\n{url}"),
        None => description,
    };
    let titles = letter.events.iter().map(|event| event.title.as_str());
    let events: Vec<_> = titles
        .zip(others)
        .map(|(title, s)| (title, spans(s)))
        .collect();
    write(&Calendar {
        id: &id,
        stamp: stamp.unwrap_or_else(|| letter.issued()),
        lang: letter.lang.code(),
        summary: &meeting.title,
        description: &description,
        url,
        location: location.as_deref(),
        sittings: &spans(main),
        events: &events,
    })
}

/// The calendar events of a schedule: each sitting in UTC; without hours, all-day events, one
/// for each run of consecutive sitting days.
pub fn spans(schedule: &Schedule) -> Vec<Span> {
    let Schedule::Sittings(sittings) = schedule else {
        let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
        for day in schedule.days() {
            let next = day.succ_opt().expect("dates stop in 2099");
            match runs.last_mut() {
                Some((_, end)) if *end == day => *end = next,
                _ => runs.push((day, next)),
            }
        }
        return runs.into_iter().map(|(a, b)| Span::AllDay(a, b)).collect();
    };
    let each = sittings.iter();
    each.map(|(a, b)| Span::Timed(a.to_utc(), b.to_utc()))
        .collect()
}

/// What the description says of the days and hours: the days as the letter says them when
/// it must (half days, skipped weekdays), then the hours it states.
fn when(lang: Lang, days_text: Option<&str>, schedule: &Schedule) -> String {
    let days = schedule.days();
    let range = match (days_text, days.first(), days.last()) {
        (Some(days), _, _) => capitalize(days),
        (None, Some(first), Some(last)) => capitalize(&lang.date_range_text(*first, *last)),
        _ => return String::new(),
    };
    match schedule {
        Schedule::Sittings(sittings) if days_text.is_none() => hours(lang, sittings),
        Schedule::Opening(at, _) => format!("{range}{}.", opening(lang, at)),
        _ => format!("{range}."),
    }
}

/// ", opening at 0930 hours CEST" / ", ouverture à 9 h 30 CEST".
fn opening(lang: Lang, at: &DateTime<chrono_tz::Tz>) -> String {
    let time = lang.time(at.time());
    let zone = zone::abbreviation(at);
    match lang {
        Lang::En => format!(", opening at {time} {zone}"),
        Lang::Fr => format!(", ouverture à {time} {zone}"),
    }
}

/// "On 20 June 2023, from 0930 to 1600 hours CEST."; "Du 9 au 18 avril 2018, de 9 h 30 à
/// 17 h 30 CEST chaque jour."
fn hours(lang: Lang, sittings: &[Sitting]) -> String {
    let (Some(first), Some(last)) = (sittings.first(), sittings.last()) else {
        return String::new();
    };
    let (start, end) = (first.0.date_naive(), last.1.date_naive());
    // A meeting across a change of clocks: "CEST/CET".
    let mut zone = zone::abbreviation(&first.0);
    if zone::abbreviation(&last.1) != zone {
        zone = format!("{zone}/{}", zone::abbreviation(&last.1));
    }
    if sittings.len() == 1 && start != end {
        let at = |time: &chrono::DateTime<chrono_tz::Tz>| {
            format!(
                "{} {}",
                lang.date(time.date_naive()),
                lang.time(time.time())
            )
        };
        return format!("{} - {} {zone}.", at(&first.0), at(&first.1));
    }
    let dates = lang.date_range_text(start, end);
    let hours = lang.time_range(first.0.time(), first.1.time());
    let each_day = match (sittings.len(), lang) {
        (1, _) => "",
        (_, Lang::En) => " each day",
        (_, Lang::Fr) => " chaque jour",
    };
    format!("{}, {hours} {zone}{each_day}.", capitalize(&dates))
}

/// Everything one invitation says.
pub struct Calendar<'a> {
    /// What identifies the circular for good, e.g. "TSB Circular 92, 2023-05-02": hashed into
    /// the UIDs, so that a corrected invitation replaces the old one in calendars.
    pub id: &'a str,
    /// DTSTAMP: when the invitation was made (SOURCE_DATE_EPOCH, or the circular's date).
    pub stamp: DateTime<Utc>,
    /// BCP 47 code of the texts: "fr", "en".
    pub lang: &'a str,
    pub summary: &'a str,
    pub description: &'a str,
    /// The meeting's web page.
    pub url: Option<&'a str>,
    /// The venue, or the virtual meeting's link.
    pub location: Option<&'a str>,
    /// Start and end of each meeting day, in order.
    pub sittings: &'a [Span],
    /// The events held with the meeting: each one's summary and sittings.
    pub events: &'a [Event<'a>],
}

/// When a calendar event is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// From a start to an end, in UTC.
    Timed(DateTime<Utc>, DateTime<Utc>),
    /// Whole days, from the first to the day after the last (DTEND is exclusive).
    AllDay(NaiveDate, NaiveDate),
}

/// An event held with the meeting, in a calendar: its summary and its sittings.
pub type Event<'a> = (&'a str, Vec<Span>);

/// The calendar as an iCalendar file: CRLF line ends, lines folded at 75 octets.
pub fn write(calendar: &Calendar) -> String {
    let mut out = String::new();
    let mut line = |name: &str, value: &str| fold(&format!("{name}:{value}"), &mut out);
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line(
        "PRODID",
        concat!(
            "-//ITU TSB//tsb-circular ",
            env!("CARGO_PKG_VERSION"),
            "//EN"
        ),
    );
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    let uid = uid(calendar.id);
    let lang = format!(";LANGUAGE={}", calendar.lang);
    let main = calendar
        .sittings
        .iter()
        .map(|sitting| (calendar.summary, sitting));
    let events = calendar.events.iter();
    let events = events.flat_map(|(summary, sittings)| sittings.iter().map(move |s| (*summary, s)));
    for (day, (summary, span)) in main.chain(events).enumerate() {
        line("BEGIN", "VEVENT");
        line("UID", &format!("{uid}-{}@tsb-circular", day + 1));
        line("DTSTAMP", &utc(&calendar.stamp));
        match span {
            Span::Timed(start, end) => {
                line("DTSTART", &utc(start));
                line("DTEND", &utc(end));
            }
            Span::AllDay(first, after) => {
                line("DTSTART;VALUE=DATE", &first.format("%Y%m%d").to_string());
                line("DTEND;VALUE=DATE", &after.format("%Y%m%d").to_string());
            }
        }
        line(&format!("SUMMARY{lang}"), &text(summary));
        line(&format!("DESCRIPTION{lang}"), &text(calendar.description));
        if let Some(location) = calendar.location {
            line(&format!("LOCATION{lang}"), &text(location));
        }
        if let Some(url) = calendar.url {
            line("URL", &url.replace(['\r', '\n'], ""));
        }
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    out
}

/// The first 128 bits of the SHA-256 of `id`, in hex: stable across runs and versions.
fn uid(id: &str) -> String {
    crate::write::sha256(id.as_bytes())[..32].to_string()
}

/// "20230620T073000Z".
fn utc(time: &DateTime<Utc>) -> String {
    time.format("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => out.extend(['\\', c]),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so that no physical line exceeds 75 octets (the leading
/// space of a continuation counts) and no UTF-8 character is split (RFC 5545 3.1).
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_escape_backslash_semicolon_comma_and_newline() {
        assert_eq!(text("a\\b;c,d\r\ne"), "a\\\\b\\;c\\,d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        let value = "é".repeat(60);
        fold(&format!("SUMMARY:{value}"), &mut out);
        let lines: Vec<&str> = out.split_terminator("\r\n").collect();
        assert!(lines.iter().all(|line| line.len() <= 75), "{lines:?}");
        // "SUMMARY:" is 8 octets, then 33 two-octet "é" (66 octets) fit in 75 but 34 do not.
        assert_eq!(lines[0].len(), 74);
        assert!(lines[1..].iter().all(|line| line.starts_with(' ')));
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{value}\r\n"));
    }

    #[test]
    fn the_description_states_only_the_times_the_letter_states() {
        let day = |d| NaiveDate::from_ymd_opt(2018, 4, d).unwrap();
        let days = Schedule::Days(vec![day(9), day(10)]);
        assert_eq!(when(Lang::En, None, &days), "From 9 to 10 April 2018.");
        assert_eq!(when(Lang::Fr, None, &days), "Du 9 au 10 avril 2018.");
        let opens = day(9).and_hms_opt(9, 30, 0).unwrap();
        let opens = zone::resolve(opens, zone::GENEVA, None).unwrap();
        let opening = Schedule::Opening(opens, vec![day(9), day(10)]);
        assert_eq!(
            when(Lang::En, None, &opening),
            "From 9 to 10 April 2018, opening at 0930 hours CEST."
        );
        assert_eq!(
            when(
                Lang::Fr,
                Some("du 9 (après-midi) au 10 avril 2018"),
                &opening
            )
            .replace('\u{a0}', " "),
            "Du 9 (après-midi) au 10 avril 2018, ouverture à 9 h 30 CEST."
        );
    }

    #[test]
    fn days_without_hours_are_all_day_events_one_per_run_of_days() {
        let day = |d| NaiveDate::from_ymd_opt(2005, 5, d).unwrap();
        let days = Schedule::Days(vec![day(11), day(12), day(13), day(16)]);
        assert_eq!(
            spans(&days),
            [
                Span::AllDay(day(11), day(14)),
                Span::AllDay(day(16), day(17))
            ]
        );
    }

    #[test]
    fn uids_are_stable_and_differ_between_circulars() {
        // SHA-256("abc") begins ba7816bf8f01cfea414140de5dae2223 (FIPS 180-2 test vector).
        assert_eq!(uid("abc"), "ba7816bf8f01cfea414140de5dae2223");
        assert_ne!(uid("TSB Circular 92"), uid("TSB Circular 93"));
    }
}
