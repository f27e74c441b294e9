//! The `times` report: the meeting's sittings on the clocks of many zones, as a text table or
//! JSON.

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

use crate::locale::{Lang, capitalize};
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
            Some(block)
                if same_hours(&block.rows, &rows)
                    && block.last.succ_opt() == Some(start.date_naive()) =>
            {
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
pub(super) fn label(time: &LocalTime, offset: bool) -> String {
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
