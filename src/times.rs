//! The `times` report: one meeting's start and end on the clocks of many zones.
//!
//! Letters speak Geneva time; participants live everywhere. This report answers "when is that
//! for me?", as a table for people (in the letter language's house style) or as JSON for
//! programs. Day changes are always relative to the date in the zone the meeting was authored in.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::Serialize;

use crate::zone::{self, LocalTime, Sitting};

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
    /// The first sitting of the block, one row per zone.
    pub rows: Vec<Row>,
}

/// The sittings (see [`zone::sessions`]) seen from each of `zones`, in that order.
pub fn report(sessions: &[Sitting], zones: &[Tz]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (start, end) in sessions {
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

/// The words and formats of the text table, in the letter's language.
pub struct Style<'a> {
    /// A full date with its weekday: "Tuesday 20 June 2023".
    pub date: &'a dyn Fn(NaiveDate) -> String,
    /// A time of day: "0930 hours", "9 h 30".
    pub time: &'a dyn Fn(NaiveTime) -> String,
    /// Column headings: zone, date, start, end, time zone.
    pub headings: [&'a str; 5],
    /// Said after a date that is one day after the authored date ("next day") or before it.
    pub next_day: &'a str,
    pub day_before: &'a str,
    /// Introduces a block of a meeting of several days: "Each day from 9 to 18 April 2018:".
    pub days: &'a dyn Fn(NaiveDate, NaiveDate) -> String,
}

/// The report as aligned plain-text tables, one zone a line; a meeting of several days gets a
/// line saying which days each table is for.
pub fn text(blocks: &[Block], style: &Style) -> String {
    let several = blocks.iter().map(|block| block.days).sum::<usize>() > 1;
    let mut out = String::new();
    for block in blocks {
        if several {
            out.push_str(&(style.days)(block.first, block.last));
            out.push('\n');
        }
        out.push_str(&table(&block.rows, style));
        if several {
            out.push('\n');
        }
    }
    out.truncate(out.trim_end().len());
    out + "\n"
}

fn table(rows: &[Row], style: &Style) -> String {
    let mut lines = vec![style.headings.map(String::from)];
    lines.extend(rows.iter().map(|row| cells(row, style)));
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

fn cells(row: &Row, style: &Style) -> [String; 5] {
    let (start, end) = (&row.start, &row.end);
    let mut date = (style.date)(start.date);
    match start.day_change {
        0 => {}
        change if change > 0 => date = format!("{date} ({})", style.next_day),
        _ => date = format!("{date} ({})", style.day_before),
    }
    let mut until = (style.time)(end.time);
    if end.date != start.date {
        until = format!("{until}, {}", (style.date)(end.date));
    }
    let mut zone = label(start);
    if end.utc_offset != start.utc_offset {
        zone = format!("{zone} / {}", label(end));
    }
    [
        start.zone.into(),
        date,
        (style.time)(start.time),
        until,
        zone,
    ]
}

/// "JST (UTC+09:00)", "UTC+05:45" where the zone has no abbreviation, "UTC" for UTC.
fn label(time: &LocalTime) -> String {
    match time.abbreviation.as_str() {
        "UTC" => "UTC".into(),
        name if name == time.utc_offset => format!("UTC{name}"),
        name => format!("{name} (UTC{})", time.utc_offset),
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
