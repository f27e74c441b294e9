//! Meeting times around the world: the `times` report, and the local time a letter can state
//! beside the Geneva time.
//!
//! Letters speak the meeting's zone (Geneva); participants live everywhere. The report answers
//! "when is that for me?", as a table for people (in the language's house style) or as JSON for
//! programs. Day changes are always relative to the date in the meeting's zone.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde_saphyr::Spanned;

use crate::error::Error;
use crate::meeting::{Circular, DailyHours, Meeting, Stated};
use crate::source::{Source, at};
use crate::zone::{self, Sitting};

mod phrases;
mod report;
mod schedule;

pub use phrases::{annex, beside, local_label};
pub use report::{Block, Row, blocks, json, report, text, untimed};
pub use schedule::Schedule;

/// The longest meeting: a year. Its sittings (one a day) are listed in `times`, `ics` and the
/// world-times annex, so a longer one is most likely a typo in a year, and it would take time
/// and memory for nothing.
const MAX_DAYS: i64 = 366;

/// Something wrong with the meeting's start or end, and where it is in the YAML.
pub struct TimeProblem {
    field: String,
    at: (u64, u64),
    message: String,
    hint: String,
}

impl TimeProblem {
    fn new(root: &str, field: &str, at: (u64, u64), message: String, hint: &str) -> TimeProblem {
        TimeProblem {
            field: format!("{root}.{field}"),
            at,
            message,
            hint: hint.into(),
        }
    }

    pub fn in_source(self, source: &Source) -> crate::error::Problem {
        let (line, column) = (self.at.0 as usize, self.at.1 as usize);
        source.problem(line, column, &self.field, self.message, Some(self.hint))
    }
}

/// Start and end placed in the meeting's zone, with every problem found doing it (a local time
/// the clocks skip or repeat, an end before the start), each at its field under `root`
/// (`meeting`, `events[1]`). An impossible time reads as UTC, so that the letter can go on and
/// report the other problems too. A date without a time stands at its noon, which no letter
/// states (see [`Meeting::stated`]).
pub fn placed(meeting: &Meeting, root: &str) -> (DateTime<Tz>, DateTime<Tz>, Vec<TimeProblem>) {
    let tz = meeting.zone.0;
    let mut problems = Vec::new();
    let mut place = |field, written: &Spanned<crate::values::LocalDateTime>| {
        let value = written.value;
        zone::resolve(value.local, tz, value.offset).unwrap_or_else(|error| {
            let (message, hint) = local_time_problem(&error, tz);
            problems.push(TimeProblem::new(root, field, at(written), message, &hint));
            tz.from_utc_datetime(&value.local)
        })
    };
    let (start, end) = (place("start", &meeting.start), place("end", &meeting.end));
    problems.extend(untimed_problem(meeting, root));
    if let (Some(hours), Stated::Hours) = (&meeting.daily_hours, meeting.stated()) {
        problems.extend(daily_problem(hours, root, &start, &end));
    }
    // The clocks are looked at day by day only for a meeting whose days are in order.
    let order = order_problems(meeting, root, &start, &end);
    if problems.is_empty() && order.is_empty() && meeting.stated() == Stated::Hours {
        problems.extend(clock_change(meeting, root, &start, &end));
    }
    problems.extend(order);
    (start, end, problems)
}

/// A meeting that ends before it starts (by date, when a time is not stated), or lasts more
/// than a year: both at `end`.
fn order_problems(
    meeting: &Meeting,
    root: &str,
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
) -> Vec<TimeProblem> {
    let problem = |message, hint| TimeProblem::new(root, "end", at(&meeting.end), message, hint);
    let mut problems = Vec::new();
    if *end - *start > chrono::Duration::days(MAX_DAYS) {
        let message = format!("the meeting lasts more than {MAX_DAYS} days");
        problems.push(problem(message, "check the year of `start` and `end`"));
    }
    let before = match meeting.stated() {
        Stated::Hours => end < start,
        _ => end.date_naive() < start.date_naive(),
    };
    if before {
        let message = end_before_start(meeting, start, end);
        problems.push(problem(message, "swap `start` and `end`, or fix the date"));
    }
    problems
}

/// A closing time without an opening time, or daily hours without the meeting's times: what
/// the letter would state is not clear.
fn untimed_problem(meeting: &Meeting, root: &str) -> Option<TimeProblem> {
    let (start, end) = (&meeting.start, &meeting.end);
    if !start.value.timed && end.value.timed {
        let message = "`end` has a time and `start` has none: a letter states the opening time before the closing one".into();
        let hint = "give `start` its time too (2023-06-20T09:30), or write `end` as a date alone";
        return Some(TimeProblem::new(root, "end", at(end), message, hint));
    }
    let hours = meeting.daily_hours.as_ref()?;
    (meeting.stated() != Stated::Hours).then(|| {
        let message = "`daily-hours` needs the meeting's opening and closing times, and `start` or `end` is a date alone".into();
        let hint = "give `start` and `end` their times (2023-06-20T09:30), or leave `daily-hours` out";
        TimeProblem::new(root, "daily-hours", at(hours), message, hint)
    })
}

/// The daily hours, when they are two times of day, the first before the second.
fn daily(meeting: &Meeting) -> Option<(NaiveTime, NaiveTime)> {
    meeting.daily_hours.as_ref()?.value.of_day()
}

/// What is wrong with the daily hours: not a day's hours, or a first day that starts after
/// them or a last day that ends before them.
fn daily_problem(
    hours: &Spanned<DailyHours>,
    root: &str,
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
) -> Option<TimeProblem> {
    let (from, to) = (&hours.value.from, &hours.value.to);
    let (first, last) = (start.naive_local(), end.naive_local());
    let problem = |message: String, hint: &str| {
        TimeProblem::new(root, "daily-hours", at(hours), message, hint)
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
    root: &str,
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
            "daily-hours",
            at(hours),
            "choose daily hours that the clocks show on every day of the meeting",
        ),
        None => (
            "start",
            at(&meeting.start),
            "give the hours of each day as `daily-hours`, at times the clocks show every day",
        ),
    };
    let message = format!("the meeting's days meet a change of clocks: at `{local}`, {message}");
    Some(TimeProblem::new(root, field, at, message, hint))
}

/// The schedule of the meeting and of each event, each checked at its own fields (`meeting`,
/// `events[1]`); an impossible local time is a problem at its line in the YAML.
pub fn schedules(circular: &Circular, source: &Source) -> Result<Vec<Schedule>, Error> {
    let main = circular
        .meeting
        .iter()
        .map(|meeting| (meeting.clone(), "meeting".to_string()));
    let events = circular.co_located().into_iter().enumerate();
    let events = events.map(|(i, event)| (event, format!("events[{i}]")));
    let each = main.chain(events);
    each.map(|(meeting, root)| schedule(&meeting, &root, source))
        .collect()
}

/// The meeting's schedule; its problems are errors at its fields under `root`.
pub fn schedule(meeting: &Meeting, root: &str, source: &Source) -> Result<Schedule, Error> {
    let (start, end, problems) = placed(meeting, root);
    if !problems.is_empty() {
        return Err(source.error(problems.into_iter().map(|p| p.in_source(source)).collect()));
    }
    stated(meeting, start, end).map_err(|error| {
        let (message, hint) = local_time_problem(&error, meeting.zone.0);
        let message = format!("a later day of the meeting: {message}");
        let problem = TimeProblem::new(root, "start", at(&meeting.start), message, &hint);
        source.error(vec![problem.in_source(source)])
    })
}

/// The schedule, with no sitting when a local time is impossible (reported elsewhere, by the
/// letter).
pub fn quiet_schedule(meeting: &Meeting) -> Schedule {
    let (start, end, problems) = placed(meeting, "meeting");
    let schedule = problems
        .is_empty()
        .then(|| stated(meeting, start, end).ok());
    schedule.flatten().unwrap_or(Schedule::Sittings(Vec::new()))
}

/// What the letter states, from start and end placed in the meeting's zone.
fn stated(
    meeting: &Meeting,
    start: DateTime<Tz>,
    end: DateTime<Tz>,
) -> Result<Schedule, zone::LocalTimeError> {
    let days = || {
        let all = start.date_naive().iter_days();
        let all = all.take_while(|day| *day <= end.date_naive());
        all.filter(|day| !skipped(meeting, *day)).collect()
    };
    Ok(match meeting.stated() {
        Stated::Hours => {
            let all = zone::sittings(&start, &end, daily(meeting))?;
            Schedule::Sittings(sitting_days(meeting, all))
        }
        Stated::Opening => Schedule::Opening(start, days()),
        Stated::Days => Schedule::Days(days()),
    })
}

fn skipped(meeting: &Meeting, day: NaiveDate) -> bool {
    meeting.skip_days.iter().any(|skip| skip.value.0 == day)
}

/// The sittings without those of `skip-days` (a weekend, a holiday): no meeting then.
fn sitting_days(meeting: &Meeting, mut sittings: Vec<Sitting>) -> Vec<Sitting> {
    sittings.retain(|(start, _)| !skipped(meeting, start.date_naive()));
    sittings
}

/// The message for a meeting that ends before it starts: instants, or dates when one has
/// no time.
fn end_before_start(meeting: &Meeting, start: &DateTime<Tz>, end: &DateTime<Tz>) -> String {
    let (start, end) = match meeting.stated() {
        Stated::Hours => (start.to_rfc3339(), end.to_rfc3339()),
        _ => (start.date_naive().to_string(), end.date_naive().to_string()),
    };
    format!("the meeting ends ({end}) before it starts ({start})")
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
