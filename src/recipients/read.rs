//! Reading a recipients file into rows, CSV or YAML by its extension. Only what makes the whole
//! file unreadable is an error here; a row that cannot be read is a [`Bad`] row at its line.
//!
//! Rows are handed on one at a time and never held: a CSV file is read as a stream, so memory
//! does not grow with the number of recipients; a YAML file is read whole (its rows are not).

use std::io::{BufRead as _, Read as _};
use std::path::Path;

use serde::de::{DeserializeSeed, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_saphyr::Spanned;

use super::columns::{self, COLUMNS, Lines};
use crate::error::{Error, Problem, Usage};
use crate::source::{self, Source};

/// A recipients file larger than this is refused: 64 MiB is several hundred thousand rows, and
/// a CSV row (read whole) or a YAML file (read whole) stays within it.
const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// One row as written; every field is checked later, so that a bad value is a row problem.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(super) struct Row {
    pub(super) id: Option<String>,
    pub(super) name: Option<String>,
    pub(super) organisation: Option<String>,
    pub(super) country: Option<String>,
    pub(super) email: Option<String>,
    pub(super) language: Option<String>,
    pub(super) zone: Option<String>,
    #[serde(deserialize_with = "group_list")]
    pub(super) groups: Vec<String>,
}

/// Hands each row to `each` as it is read.
pub(super) fn rows(path: &Path, each: Each) -> Result<(), Error> {
    let shown = path.display().to_string();
    let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "csv" => csv_rows(path, &shown, each)?,
        "yaml" | "yml" => yaml_rows(&read(&shown)?, each)?,
        _ => {
            return Err(Error::Usage(Usage::RecipientsKind { path: shown }));
        }
    };
    Ok(())
}

fn read_error(path: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Read {
        path: path.into(),
        source,
    }
}

/// Opens the file, refusing one larger than `MAX_BYTES` (the limit also holds if it grows).
fn open(path: &Path, shown: &str) -> Result<impl std::io::Read, Error> {
    let size = std::fs::metadata(path).map_err(read_error(shown))?.len();
    if size > MAX_BYTES {
        let message = format!("larger than {} MiB", MAX_BYTES >> 20);
        return Err(read_error(shown)(std::io::Error::other(message)));
    }
    let file = std::fs::File::open(path).map_err(read_error(shown))?;
    Ok(file.take(MAX_BYTES))
}

fn read(shown: &str) -> Result<Source, Error> {
    let hint = "split the recipients into several files, or write them as CSV";
    let source = Source::read_at_most(shown, MAX_BYTES, hint)?;
    Ok(match source.text.strip_prefix('\u{feff}') {
        Some(text) => Source::from_text(&source.path, text),
        None => source,
    })
}

/// What takes each row as it is read.
pub(super) type Each<'a> = &'a mut dyn FnMut(Read);

/// A row as read: its line, its fields or why they could not be read, and its text for messages
/// (made only when a message needs it).
pub(super) struct Read<'a> {
    pub(super) line: usize,
    pub(super) row: Result<Row, Bad>,
    pub(super) text: &'a dyn Fn() -> String,
}

/// A row that could not be used: which field, why, and what to do.
pub(super) struct Bad {
    pub(super) field: &'static str,
    pub(super) message: String,
    pub(super) hint: Option<String>,
}

impl Bad {
    /// The problem at the row's line, with the row's text shown safely (control characters as
    /// `?`).
    pub(super) fn problem(self, line: usize, text: &dyn Fn() -> String) -> Problem {
        let text: String = text()
            .chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect();
        source::problem(line, 1, self.field, self.message, self.hint, Some(&text))
    }

    pub(super) fn new(field: &'static str, message: String, hint: Option<&str>) -> Bad {
        let hint = hint.map(String::from);
        Bad {
            field,
            message,
            hint,
        }
    }
}

/// A CSV file is read a line at a time, each line one row: a quote left open or a wrong field
/// count spoils only its own row, and the rows after it are still read. (A field cannot hold a
/// line break; no recipient field needs one.) Bytes that are not UTF-8 stop the reading.
fn csv_rows(path: &Path, shown: &str, each: Each) -> Result<(), Error> {
    let mut lines = std::io::BufReader::new(open(path, shown)?);
    let mut bytes = Vec::new();
    let mut next = |bytes: &mut Vec<u8>| {
        bytes.clear();
        lines.read_until(b'\n', bytes).map_err(read_error(shown))
    };
    next(&mut bytes)?;
    let first = String::from_utf8_lossy(&bytes);
    let first = first
        .trim_start_matches('\u{feff}')
        .trim_end_matches(['\n', '\r']);
    let mut split = Lines::new(columns::delimiter(first));
    let names = split.fields(first).map_err(|open| Error::Input {
        path: shown.into(),
        problems: vec![open_quote(open).problem(1, &|| first.to_string())],
    })?;
    let headers = headers(shown, first, &names)?;
    let mut line = 1;
    while next(&mut bytes)? > 0 {
        line += 1;
        let text = String::from_utf8_lossy(&bytes);
        let text = text.trim_end_matches(['\n', '\r']);
        if text.is_empty() {
            continue;
        }
        if std::str::from_utf8(&bytes).is_err() {
            // A file in another encoding spoils every row with an accent: stop at the first.
            let (message, hint) = ("the line is not UTF-8 text", Some(NOT_UTF8.into()));
            let problem = source::problem(line, 1, "", message, hint, Some(text));
            return Err(Error::Input {
                path: shown.into(),
                problems: vec![problem],
            });
        }
        let fields = split.fields(text).map_err(open_quote);
        let row = fields.and_then(|fields| csv_row(&fields.into(), &headers));
        let shown_text = || text.to_string();
        each(Read {
            line,
            row,
            text: &shown_text,
        });
    }
    Ok(())
}

const NOT_UTF8: &str = "save the file as UTF-8 (a Latin-1 or spreadsheet export was given?)";

/// A quote still open at the end of its line spoils that row only.
fn open_quote(_: columns::OpenQuote) -> Bad {
    let message = "a quote (`\"`) opens a field but does not close it on this line".into();
    let hint = "close the quote, or write a quote inside a quoted field as `\"\"`";
    Bad::new("", message, Some(hint))
}

fn csv_row(record: &csv::StringRecord, headers: &csv::StringRecord) -> Result<Row, Bad> {
    if record.len() > headers.len() {
        let message = format!(
            "{} fields, but the first line names {} columns",
            record.len(),
            headers.len()
        );
        return Err(Bad::new(
            "",
            message,
            Some("quote a field that holds a comma"),
        ));
    }
    record.deserialize::<Row>(Some(headers)).map_err(|error| {
        let message = format!("cannot read the row: {error}");
        Bad::new("", message, None)
    })
}

/// The columns the first line names, by their names here (`Langue` is `language`). Every
/// column must be known, once, and `id` present: a typo in a header would lose a whole column.
fn headers(shown: &str, first: &str, names: &[String]) -> Result<csv::StringRecord, Error> {
    let mut headers = Vec::new();
    let mut wrong = None;
    for name in names {
        match columns::column(name) {
            Ok(column) if headers.contains(&column) => {
                wrong.get_or_insert((format!("two columns are `{column}`"), None));
            }
            Ok(column) => headers.push(column),
            Err(closest) => {
                let message = format!("unknown column `{}`", crate::error::shown(name));
                let hint = closest.map(|column| format!("did you mean `{column}`?"));
                wrong.get_or_insert((message, hint));
            }
        }
    }
    if wrong.is_none() && !headers.contains(&"id") {
        wrong = Some(("no `id` column".into(), None));
    }
    let Some((message, hint)) = wrong else {
        return Ok(headers.into_iter().collect());
    };
    let known = format!("the first line names the columns: {}", COLUMNS.join(","));
    let hint = hint.map_or(known.clone(), |hint| format!("{hint} ({known})"));
    let problem = source::problem(1, 1, "", message, Some(hint), Some(first));
    Err(Error::Input {
        path: shown.into(),
        problems: vec![problem],
    })
}

/// Parses the YAML list of rows, handing on each row as soon as it is read.
fn yaml_rows(source: &Source, each: Each) -> Result<(), Error> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = 4_000_000;
    budget.max_events = 8_000_000;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    let mut lines = source::Lines::new(&source.text);
    let mut each_row = |line: usize, row: Row| {
        let text = lines.line(line).to_string();
        each(Read {
            line,
            row: Ok(row),
            text: &|| text.clone(),
        })
    };
    let seed = RowSeed(&mut each_row);
    serde_saphyr::with_deserializer_from_str_with_options(&source.text, options, |de| {
        seed.deserialize(de)
    })
    .map_err(|error| {
        let (line, column) = error.location().map_or((1, 1), |at| {
            (at.line().max(1) as usize, at.column().max(1) as usize)
        });
        let message = error.without_snippet().to_string();
        let message = message.lines().next().unwrap_or_default();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string();
        source.error(vec![source.problem(line, column, "", message, None)])
    })
}

/// Deserializes a list of rows, calling back for each one instead of collecting them.
struct RowSeed<'a>(&'a mut dyn FnMut(usize, Row));

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of recipients")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(row) = seq.next_element::<Spanned<Row>>()? {
            (self.0)(row.referenced.line() as usize, row.value);
        }
        Ok(())
    }
}

/// Groups as a YAML list, or one text with `;`, `,` or spaces between keys (CSV).
fn group_list<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Groups {
        List(Vec<String>),
        Text(String),
    }
    Ok(match Option::<Groups>::deserialize(deserializer)? {
        None => Vec::new(),
        Some(Groups::List(keys)) => keys,
        Some(Groups::Text(text)) => text
            .split([';', ',', ' '])
            .filter(|key| !key.trim().is_empty())
            .map(String::from)
            .collect(),
    })
}
