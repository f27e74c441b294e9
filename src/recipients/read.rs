//! Reading a recipients file into rows, CSV or YAML by its extension. Only what makes the whole
//! file unreadable is an error here; a row that cannot be read is a [`Bad`] row at its line.

use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::shown;
use crate::error::{Error, Problem};
use crate::source::Source;

/// A recipients file larger than this is refused: 64 MiB is several hundred thousand rows.
const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// The columns a recipients file may have.
pub const COLUMNS: [&str; 8] = [
    "id",
    "name",
    "organisation",
    "country",
    "email",
    "language",
    "zone",
    "groups",
];

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

/// Hands each row to `each` with its line, as it is read (a CSV file is never held as rows);
/// returns the file's text.
pub(super) fn rows(path: &Path, each: Each) -> Result<Source, Error> {
    let source = read(path)?;
    let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or("");
    match extension.to_ascii_lowercase().as_str() {
        "csv" => csv_rows(&source, each)?,
        "yaml" | "yml" => yaml_rows(&source, each)?,
        _ => {
            return Err(Error::Usage(format!(
                "recipients file `{}`: expected a .csv, .yaml or .yml file",
                source.path
            )));
        }
    };
    Ok(source)
}

fn read(path: &Path) -> Result<Source, Error> {
    let shown = path.display().to_string();
    let read_error = |source| Error::Read {
        path: shown.clone(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_BYTES {
        let message = format!("larger than {} MiB", MAX_BYTES >> 20);
        return Err(read_error(std::io::Error::other(message)));
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| read_error(std::io::Error::other("not UTF-8 text")))?;
    Ok(Source::from_text(
        &shown,
        text.trim_start_matches('\u{feff}'),
    ))
}

/// What takes each row's line, and the row or why it could not be read.
pub(super) type Each<'a> = &'a mut dyn FnMut(&Source, usize, Result<Row, Bad>);

/// A row that could not be used: which field, why, and what to do.
pub(super) struct Bad {
    pub(super) field: &'static str,
    pub(super) message: String,
    pub(super) hint: Option<String>,
}

impl Bad {
    pub(super) fn new(field: &'static str, message: String, hint: Option<&str>) -> Bad {
        let hint = hint.map(String::from);
        Bad {
            field,
            message,
            hint,
        }
    }

    /// The problem at the row's line, with the line shown safely (control characters as `?`).
    pub(super) fn problem(self, source: &Source, line: usize) -> Problem {
        let mut problem = source.problem(line, 1, self.field, self.message, self.hint);
        problem.snippet = problem
            .snippet
            .chars()
            .map(|c| if c.is_control() && c != '\n' { '?' } else { c })
            .collect();
        problem
    }
}

fn csv_rows(source: &Source, each: Each) -> Result<(), Error> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(source.text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(source, &e))?.clone();
    check_columns(source, &headers)?;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(source, &e))?;
        let line = record.position().map_or(0, |at| at.line() as usize);
        each(source, line, csv_row(&record, &headers));
    }
    Ok(())
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

/// Every column must be known and `id` present: a typo in a header would lose a whole column.
fn check_columns(source: &Source, headers: &csv::StringRecord) -> Result<(), Error> {
    let unknown = headers.iter().find(|name| !COLUMNS.contains(&name.trim()));
    let message = match unknown {
        Some(name) => format!("unknown column `{}`", shown(name)),
        None if !headers.iter().any(|name| name.trim() == "id") => "no `id` column".into(),
        None => return Ok(()),
    };
    let hint = format!("the first line names the columns: {}", COLUMNS.join(","));
    Err(source.error(vec![source.problem(1, 1, "", message, Some(hint))]))
}

fn csv_error(source: &Source, error: &csv::Error) -> Error {
    let line = error.position().map_or(1, |at| at.line() as usize);
    let problem = Bad::new("", format!("cannot read the CSV: {error}"), None);
    source.error(vec![problem.problem(source, line)])
}

fn yaml_rows(source: &Source, each: Each) -> Result<(), Error> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_nodes = 4_000_000;
    budget.max_events = 8_000_000;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    let rows: Vec<Spanned<Row>> = serde_saphyr::from_str_with_options(&source.text, options)
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
        })?;
    for row in rows {
        each(source, row.referenced.line() as usize, Ok(row.value));
    }
    Ok(())
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
