//! Meeting times around the world: the `times` report, and the local time a letter can state
//! beside the Geneva time.
//!
//! Letters speak the meeting's zone (Geneva); participants live everywhere. The report answers
//! "when is that for me?", as a table for people (in the language's house style) or as JSON for
//! programs. Day changes are always relative to the date in the meeting's zone.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Tz;
use serde::Serialize;
use serde_saphyr::Spanned;

use crate::error::Error;
use crate::locale::{Lang, capitalize};
use crate::meeting::{DailyHours, Meeting};
use crate::source::{Source, at};
use crate::zone::{self, LocalTime, Sitting};

mod phrases;

pub use phrases::{annex, beside};

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
            let (message, hint) = crate::letter::local_time_problem(&error, tz);
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
    if problems.is_empty() {
        problems.extend(clock_change(meeting, &start, &end));
    }
    if end < start {
        let (message, hint) = crate::letter::end_before_start(&start, &end);
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
    let (message, _) = crate::letter::local_time_problem(&error, tz);
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
    zone::sittings(&start, &end, daily(meeting)).map_err(|error| {
        let (message, hint) = crate::letter::local_time_problem(&error, meeting.zone.0);
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
        true => zone::sittings(&start, &end, daily(meeting)).unwrap_or_default(),
        false => Vec::new(),
    }
}

/// One zone's line: the start and the end on its clocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub start: LocalTime,
    pub end: LocalTime,
}

/// Consecutive meeting days that every zone sees at the same local hours: usually the whole
/// meeting, but a meeting over a DST change splits in two.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// First and last day, in the zone the meeting was authored in.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// How many sittings the block has (one a day).
    pub days: usize,
    /// The first sitting of the block, in the meeting's zone.
    pub sitting: Sitting,
    /// The same, one row per zone.
    pub rows: Vec<Row>,
}

/// The sittings seen from each of `zones`, in that order.
pub fn report(sittings: &[Sitting], zones: &[Tz]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (start, end) in sittings {
        let rows: Vec<Row> = zones
            .iter()
            .map(|&tz| Row {
                start: zone::local(start, tz),
                end: zone::local(end, tz),
            })
            .collect();
        match blocks.last_mut() {
            Some(block) if same_hours(&block.rows, &rows) => {
                block.last = start.date_naive();
                block.days += 1;
            }
            _ => blocks.push(Block {
                first: start.date_naive(),
                last: start.date_naive(),
                days: 1,
                sitting: (*start, *end),
                rows,
            }),
        }
    }
    blocks
}

fn same_hours(a: &[Row], b: &[Row]) -> bool {
    let hours = |row: &Row| {
        let (start, end) = (&row.start, &row.end);
        (
            start.time,
            end.time,
            start.utc_offset.clone(),
            end.utc_offset.clone(),
        )
    };
    a.iter().map(hours).eq(b.iter().map(hours))
}

/// The report as aligned plain-text tables, one zone a line; a meeting of several days gets a
/// line saying which days each table is for.
pub fn text(blocks: &[Block], lang: Lang) -> String {
    let several = blocks.iter().map(|block| block.days).sum::<usize>() > 1;
    let mut out = String::new();
    for block in blocks {
        if several {
            out.push_str(&days(lang, block));
            out.push('\n');
        }
        out.push_str(&table(&block.rows, lang));
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out + "\n"
}

/// "Each day from 9 to 18 April 2018:", "Le 27 octobre 2025:".
fn days(lang: Lang, block: &Block) -> String {
    let range = lang.date_range_text(block.first, block.last);
    match (block.days, lang) {
        (1, _) => format!("{}:", capitalize(&range)),
        (_, Lang::En) => format!("Each day {range}:"),
        (_, Lang::Fr) => format!("Chaque jour {range}:"),
    }
}

fn table(rows: &[Row], lang: Lang) -> String {
    let headings = match lang {
        Lang::En => ["Zone", "Date", "Start", "End", "Local time"],
        Lang::Fr => ["Fuseau", "Date", "Début", "Fin", "Heure locale"],
    };
    let mut lines = vec![headings.map(String::from)];
    lines.extend(rows.iter().map(|row| cells(row, lang)));
    let widths: Vec<usize> = (0..5)
        .map(|column| lines.iter().map(|cells| width(&cells[column])).max())
        .map(Option::unwrap_or_default)
        .collect();
    let mut out = String::new();
    for cells in &lines {
        let mut line = String::new();
        for (cell, column_width) in cells.iter().zip(&widths) {
            line.push_str(cell);
            line.extend(std::iter::repeat_n(' ', column_width - width(cell) + 2));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn cells(row: &Row, lang: Lang) -> [String; 5] {
    let (start, end) = (&row.start, &row.end);
    let mut date = lang.weekday_date(start.date);
    let (next_day, day_before) = match lang {
        Lang::En => ("next day", "day before"),
        Lang::Fr => ("lendemain", "veille"),
    };
    match start.day_change {
        0 => {}
        change if change > 0 => date = format!("{date} ({next_day})"),
        _ => date = format!("{date} ({day_before})"),
    }
    let mut until = lang.time(end.time);
    if end.date != start.date {
        until = format!("{until}, {}", lang.weekday_date(end.date));
    }
    let mut zone = label(start, true);
    if end.utc_offset != start.utc_offset {
        zone = format!("{zone} / {}", label(end, true));
    }
    [start.zone.into(), date, lang.time(start.time), until, zone]
}

/// "JST", or "JST (UTC+09:00)" with `offset`; "UTC+05:45" where the zone has no abbreviation.
pub(crate) fn label(time: &LocalTime, offset: bool) -> String {
    match time.abbreviation.as_str() {
        "UTC" => "UTC".into(),
        name if name == time.utc_offset => format!("UTC{name}"),
        name if offset => format!("{name} (UTC{})", time.utc_offset),
        name => name.into(),
    }
}

fn width(cell: &str) -> usize {
    cell.chars().count()
}

/// What `--format json` prints for one zone and block of days.
#[derive(Serialize)]
struct JsonRow<'a> {
    zone: &'a str,
    /// The first sitting of the block.
    start: &'a str,
    end: &'a str,
    date: String,
    weekday: String,
    abbreviation: &'a str,
    utc_offset: &'a str,
    day_change: i64,
    /// How many daily sittings, from `start` on, have these same local hours.
    days: usize,
}

/// The report as a pretty-printed JSON array: one object per zone (and per block of days).
pub fn json(blocks: &[Block]) -> String {
    let rows: Vec<JsonRow> = blocks
        .iter()
        .flat_map(|block| block.rows.iter().map(move |row| (block.days, row)))
        .map(|(days, row)| JsonRow {
            zone: row.start.zone,
            start: &row.start.rfc3339,
            end: &row.end.rfc3339,
            date: row.start.date.to_string(),
            weekday: row.start.date.format("%A").to_string(),
            abbreviation: &row.start.abbreviation,
            utc_offset: &row.start.utc_offset,
            day_change: row.start.day_change,
            days,
        })
        .collect();
    serde_json::to_string_pretty(&rows).expect("plain strings serialize") + "\n"
}
