//! Meeting times around the world: the `times` report, and the local time a letter can state
//! beside the Geneva time.
//!
//! Letters speak the meeting's zone (Geneva); participants live everywhere. The report answers
//! "when is that for me?", as a table for people (in the language's house style) or as JSON for
//! programs. Day changes are always relative to the date in the meeting's zone.

use chrono::{DateTime, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde_saphyr::Spanned;

use crate::error::Error;
use crate::meeting::{DailyHours, Meeting};
use crate::source::{Source, at};
use crate::zone::{self, Sitting};

mod phrases;
mod report;

pub use phrases::{annex, beside, local_label};
pub use report::{Block, Row, json, report, text};

/// The longest meeting: a year. Its sittings (one a day) are listed in `times`, `ics` and the
/// world-times annex, so a longer one is most likely a typo in a year, and it would take time
/// and memory for nothing.
const MAX_DAYS: i64 = 366;

/// Something wrong with the meeting's start or end, and where it is in the YAML.
pub struct TimeProblem {
    field: &'static str,
    at: (u64, u64),
    message: String,
    hint: String,
}

impl TimeProblem {
    pub fn in_source(self, source: &Source) -> crate::error::Problem {
        let (line, column) = (self.at.0 as usize, self.at.1 as usize);
        source.problem(line, column, self.field, self.message, Some(self.hint))
    }
}

/// Start and end placed in the meeting's zone, with every problem found doing it (a local time
/// the clocks skip or repeat, an end before the start). An impossible time reads as UTC, so
/// that the letter can go on and report the other problems too.
pub fn placed(meeting: &Meeting) -> (DateTime<Tz>, DateTime<Tz>, Vec<TimeProblem>) {
    let tz = meeting.zone.0;
    let mut problems = Vec::new();
    let mut place = |field, at: &serde_saphyr::Spanned<crate::values::LocalDateTime>| {
        let value = at.value;
        zone::resolve(value.local, tz, value.offset).unwrap_or_else(|error| {
            let (message, hint) = local_time_problem(&error, tz);
            problems.push(TimeProblem {
                field,
                at: crate::source::at(at),
                message,
                hint,
            });
            tz.from_utc_datetime(&value.local)
        })
    };
    let (start, end) = (
        place("meeting.start", &meeting.start),
        place("meeting.end", &meeting.end),
    );
    if let Some(hours) = &meeting.daily_hours {
        problems.extend(daily_problem(hours, &start, &end));
    }
    if end - start > chrono::Duration::days(MAX_DAYS) {
        let message = format!("the meeting lasts more than {MAX_DAYS} days");
        let hint = "check the year of `start` and `end`".to_string();
        let (field, at) = ("meeting.end", at(&meeting.end));
        problems.push(TimeProblem {
            field,
            at,
            message,
            hint,
        });
    }
    if problems.is_empty() {
        problems.extend(clock_change(meeting, &start, &end));
    }
    if end < start {
        let (message, hint) = end_before_start(&start, &end);
        problems.push(TimeProblem {
            field: "meeting.end",
            at: at(&meeting.end),
            message,
            hint,
        });
    }
    (start, end, problems)
}

/// The daily hours, when they are two times of day, the first before the second.
fn daily(meeting: &Meeting) -> Option<(NaiveTime, NaiveTime)> {
    meeting.daily_hours.as_ref()?.value.of_day()
}

/// What is wrong with the daily hours: not a day's hours, or a first day that starts after
/// them or a last day that ends before them.
fn daily_problem(
    hours: &Spanned<DailyHours>,
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
) -> Option<TimeProblem> {
    let (from, to) = (&hours.value.from, &hours.value.to);
    let (first, last) = (start.naive_local(), end.naive_local());
    let problem = |message: String, hint: &str| TimeProblem {
        field: "meeting.daily-hours",
        at: at(hours),
        message,
        hint: hint.into(),
    };
    let Some((opens, closes)) = hours.value.of_day() else {
        let message = format!(
            "daily hours from {} to {} are not the hours of a day",
            from.0, to.0
        );
        return Some(problem(
            message,
            "give two times between 00:00 and 23:59, the opening first, like {from: \"09:30\", to: \"17:30\"}",
        ));
    };
    if first.date() == last.date() {
        return None;
    }
    let hhmm = |time: chrono::NaiveDateTime| time.format("%H:%M").to_string();
    let (message, hint) = if first.time() >= closes {
        let starts = hhmm(first);
        let message = format!(
            "the meeting starts at {starts} on its first day, when its days have ended ({})",
            to.0
        );
        (message, "start the meeting before the daily closing time")
    } else if last.time() <= opens {
        let ends = hhmm(last);
        let message = format!(
            "the meeting ends at {ends} on its last day, before its days begin ({})",
            from.0
        );
        (message, "end the meeting after the daily opening time")
    } else {
        return None;
    };
    Some(problem(message, hint))
}

/// The first opening or closing of a day after the first or before the last (at the daily
/// hours, or at the hours of `start` and `end`) that the clocks skip or show twice. It is a
/// problem at `daily-hours` when they are given, else at `start`.
fn clock_change(
    meeting: &Meeting,
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
) -> Option<TimeProblem> {
    let (first, last) = (start.naive_local(), end.naive_local());
    let (opens, closes) = zone::hours(first, last, daily(meeting))?;
    let days = first
        .date()
        .iter_days()
        .take_while(|day| *day <= last.date());
    let hours = days.flat_map(|day| {
        let open = (day != first.date()).then(|| day.and_time(opens));
        let close = (day != last.date()).then(|| day.and_time(closes));
        open.into_iter().chain(close)
    });
    let tz = start.timezone();
    let (local, error) = hours
        .filter_map(|local| Some((local, zone::resolve(local, tz, None).err()?)))
        .next()?;
    let (message, _) = local_time_problem(&error, tz);
    let local = local.format("%Y-%m-%dT%H:%M");
    let (field, at, hint) = match &meeting.daily_hours {
        Some(hours) => (
            "meeting.daily-hours",
            at(hours),
            "choose daily hours that the clocks show on every day of the meeting",
        ),
        None => (
            "meeting.start",
            at(&meeting.start),
            "give the hours of each day as `daily-hours`, at times the clocks show every day",
        ),
    };
    Some(TimeProblem {
        field,
        at,
        message: format!("the meeting's days meet a change of clocks: at `{local}`, {message}"),
        hint: hint.into(),
    })
}

/// The meeting's sittings (see [`zone::sittings`]); an impossible local time is a problem at
/// its line in the YAML.
pub fn sittings(meeting: &Meeting, source: &Source) -> Result<Vec<Sitting>, Error> {
    let (start, end, problems) = placed(meeting);
    if !problems.is_empty() {
        return Err(source.error(problems.into_iter().map(|p| p.in_source(source)).collect()));
    }
    let sittings = zone::sittings(&start, &end, daily(meeting));
    sittings
        .map(|all| sitting_days(meeting, all))
        .map_err(|error| {
            let (message, hint) = local_time_problem(&error, meeting.zone.0);
            let message = format!("a later day of the meeting: {message}");
            let problem = TimeProblem {
                field: "meeting.start",
                at: at(&meeting.start),
                message,
                hint,
            };
            source.error(vec![problem.in_source(source)])
        })
}

/// The sittings, or none when a local time is impossible (reported elsewhere, by the letter).
pub fn quiet_sittings(meeting: &Meeting) -> Vec<Sitting> {
    let (start, end, problems) = placed(meeting);
    match problems.is_empty() {
        true => sitting_days(
            meeting,
            zone::sittings(&start, &end, daily(meeting)).unwrap_or_default(),
        ),
        false => Vec::new(),
    }
}

/// The sittings without those of `skip-days` (a weekend, a holiday): no meeting then.
fn sitting_days(meeting: &Meeting, mut sittings: Vec<Sitting>) -> Vec<Sitting> {
    let skipped = |day: chrono::NaiveDate| meeting.skip_days.iter().any(|skip| skip.value.0 == day);
    sittings.retain(|(start, _)| !skipped(start.date_naive()));
    sittings
}

/// The message and hint for a meeting that ends before it starts.
fn end_before_start(start: &DateTime<Tz>, end: &DateTime<Tz>) -> (String, String) {
    let message = format!(
        "the meeting ends ({}) before it starts ({})",
        end.to_rfc3339(),
        start.to_rfc3339()
    );
    (message, "swap `start` and `end`, or fix the date".into())
}

fn local_time_problem(error: &zone::LocalTimeError, tz: Tz) -> (String, String) {
    use zone::LocalTimeError::*;
    match error {
        Gap { before, after } => (
            format!("this local time does not exist in {tz}: the clocks skip it (spring forward)"),
            format!(
                "read in {} it is `{}`, read in {} it is `{}`: write the one you mean, or choose another time",
                before.read_as, before.instant, after.read_as, after.instant
            ),
        ),
        Ambiguous { earlier, later } => (
            format!("this local time happens twice in {tz} (the clocks fall back)"),
            format!(
                "write the offset you mean: `{}` ({}, the first) or `{}` ({}, the second)",
                earlier.instant, earlier.read_as, later.instant, later.read_as
            ),
        ),
        WrongOffset { offset, expected } => (
            format!("{tz} is never at UTC{offset} at this time"),
            format!("the offset in force is {expected}"),
        ),
    }
}
