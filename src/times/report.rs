//! The `times` report: the meeting's sittings on the clocks of many zones, as a text table or
//! JSON.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;

use super::schedule::Schedule;
use crate::locale::{Lang, capitalize};
use crate::zone::{self, LocalTime, Sitting};

/// One zone's line: the start and the end on its clocks (none when the letter states the
/// opening alone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub start: LocalTime,
    pub end: Option<LocalTime>,
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
    /// The first sitting of the block, in the meeting's zone (its end, when stated).
    pub sitting: (DateTime<Tz>, Option<DateTime<Tz>>),
    /// The same, one row per zone.
    pub rows: Vec<Row>,
}

/// What the schedule shows in each of `zones`: its sittings, or its opening alone (one block,
/// rows without an end), or nothing when the letter states no time.
pub fn blocks(schedule: &Schedule, zones: &[Tz]) -> Vec<Block> {
    match schedule {
        Schedule::Sittings(sittings) => report(sittings, zones),
        Schedule::Opening(at, _) => vec![Block {
            first: at.date_naive(),
            last: at.date_naive(),
            days: 1,
            sitting: (*at, None),
            rows: zones
                .iter()
                .map(|&tz| Row {
                    start: zone::local(at, tz),
                    end: None,
                })
                .collect(),
        }],
        Schedule::Days(_) => Vec::new(),
    }
}

/// The sittings seen from each of `zones`, in that order.
pub fn report(sittings: &[Sitting], zones: &[Tz]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    for (start, end) in sittings {
        let rows: Vec<Row> = zones
            .iter()
            .map(|&tz| Row {
                start: zone::local(start, tz),
                end: Some(zone::local(end, tz)),
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
                sitting: (*start, Some(*end)),
                rows,
            }),
        }
    }
    blocks
}

fn same_hours(a: &[Row], b: &[Row]) -> bool {
    let hours = |row: &Row| {
        let end = row
            .end
            .as_ref()
            .map(|end| (end.time, end.utc_offset.clone()));
        (row.start.time, row.start.utc_offset.clone(), end)
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

/// What `times` says of a meeting whose letter states no time: "No times are stated: from 9
/// to 18 April 2018." / "Aucune heure n'est indiquée: du 9 au 18 avril 2018."
pub fn untimed(lang: Lang, schedule: &Schedule) -> String {
    let days = schedule.days();
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return String::new();
    };
    let range = lang.date_range_text(*first, *last);
    match lang {
        Lang::En => format!("No times are stated: {range}.\n"),
        Lang::Fr => format!("Aucune heure n'est indiquée: {range}.\n"),
    }
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

/// The rows as a table; without an end column when the letter states the opening alone.
fn table(rows: &[Row], lang: Lang) -> String {
    let headings = match lang {
        Lang::En => ["Zone", "Date", "Start", "End", "Local time"],
        Lang::Fr => ["Fuseau", "Date", "Début", "Fin", "Heure locale"],
    };
    let mut lines = vec![headings.map(String::from).to_vec()];
    lines.extend(rows.iter().map(|row| cells(row, lang).to_vec()));
    if rows.iter().all(|row| row.end.is_none()) {
        lines.iter_mut().for_each(|cells| drop(cells.remove(3)));
    }
    let widths: Vec<usize> = (0..lines[0].len())
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
    let mut until = end
        .as_ref()
        .map_or(String::new(), |end| lang.time(end.time));
    let mut zone = label(start, true);
    if let Some(end) = end {
        if end.date != start.date {
            until = format!("{until}, {}", lang.weekday_date(end.date));
        }
        if end.utc_offset != start.utc_offset {
            zone = format!("{zone} / {}", label(end, true));
        }
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
    /// The event's title, as the letter names it ("Meeting of Study Group 5"): the rows of
    /// each event of a letter carry their own.
    event: &'a str,
    zone: &'a str,
    /// The first sitting of the block.
    start: &'a str,
    /// None when the letter states the opening alone.
    end: Option<&'a str>,
    date: String,
    weekday: String,
    abbreviation: &'a str,
    utc_offset: &'a str,
    day_change: i64,
    /// How many daily sittings, from `start` on, have these same local hours.
    days: usize,
}

/// The reports of the events titled so as a pretty-printed JSON array: one object per event,
/// zone and block of days, in that order.
pub fn json(reports: &[(&str, Vec<Block>)]) -> String {
    let rows = reports.iter().flat_map(|(event, blocks)| {
        let each = blocks.iter();
        each.flat_map(move |block| block.rows.iter().map(move |row| (*event, block.days, row)))
    });
    let rows: Vec<JsonRow> = rows
        .map(|(event, days, row)| JsonRow {
            event,
            zone: row.start.zone,
            start: &row.start.rfc3339,
            end: row.end.as_ref().map(|end| end.rfc3339.as_str()),
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
