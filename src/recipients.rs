//! The recipients of a batch: one row each, read from CSV or YAML (by the file's extension),
//! checked row by row so that one bad row is reported with its line and the others still count.
//!
//! A row names its recipient (`id`, `name`, `organisation`, `country`, `email`), the letter's
//! language and the zone for local times (both optional: the defaults fill them in), and the
//! addressee groups the recipient belongs to (keys of the registry, `;`-separated in CSV).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::cli::DefaultArgs;
use crate::error::{Error, Problem};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::source::Source;
use crate::values::Zone;

/// A recipients file larger than this is refused: 64 MiB is several hundred thousand rows.
const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// Names and organisations are cut to this many characters in the letter.
const MAX_LINE: usize = 200;
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

/// A checked recipient.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// The row's line in the recipients file.
    pub line: usize,
    /// As written (trimmed): the manifest shows it; file names use a safe form of it.
    pub id: String,
    pub name: String,
    pub organisation: String,
    pub country: String,
    pub email: String,
    pub lang: Lang,
    pub zone: Zone,
    pub groups: Vec<&'static str>,
}

/// What a row without a language or zone gets.
#[derive(Debug, Clone, Copy)]
pub struct Defaults {
    pub lang: Lang,
    pub zone: Zone,
}

impl Defaults {
    /// `--default-lang`, else the meeting's first working language that letters are written in,
    /// else English; `--default-tz`, else the meeting's zone.
    pub fn new(circular: &Circular, args: &DefaultArgs) -> Result<Defaults, Error> {
        let working = circular.meeting.languages.iter();
        let lang = match &args.default_lang {
            Some(code) => language(code).map_err(|bad| Error::Usage(bad.message))?,
            None => working
                .filter_map(|language| Lang::from_code(language.0))
                .next()
                .unwrap_or(Lang::En),
        };
        let zone = match &args.default_tz {
            Some(name) => name.parse::<Zone>().map_err(Error::Usage)?,
            None => circular.meeting.zone,
        };
        Ok(Defaults { lang, zone })
    }
}

/// The good rows, and a problem for each bad one.
pub struct Loaded {
    pub path: String,
    pub recipients: Vec<Recipient>,
    pub problems: Vec<Problem>,
}

/// One row as written; every field is checked later, so that a bad value is a row problem.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct Row {
    id: Option<String>,
    name: Option<String>,
    organisation: Option<String>,
    country: Option<String>,
    email: Option<String>,
    language: Option<String>,
    zone: Option<String>,
    #[serde(deserialize_with = "group_list")]
    groups: Vec<String>,
}

impl Loaded {
    /// Prints each bad row on stderr, with its line.
    pub fn report(&self) {
        for problem in &self.problems {
            crate::say!("error: {}:{problem}", self.path);
        }
    }
}

/// Reads and checks a recipients file. Only an unreadable file or broken syntax stops here.
pub fn load(path: &Path, defaults: &Defaults) -> Result<Loaded, Error> {
    let source = read(path)?;
    let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or("");
    let rows = match extension.to_ascii_lowercase().as_str() {
        "csv" => csv_rows(&source)?,
        "yaml" | "yml" => yaml_rows(&source)?,
        _ => {
            return Err(Error::Usage(format!(
                "recipients file `{}`: expected a .csv, .yaml or .yml file",
                source.path
            )));
        }
    };
    let mut loaded = Loaded {
        path: source.path.clone(),
        recipients: Vec::new(),
        problems: Vec::new(),
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, row) in rows {
        let checked = row.and_then(|row| row.check(line, defaults));
        let checked = checked.and_then(|recipient| unique(recipient, &mut seen));
        match checked {
            Ok(recipient) => loaded.recipients.push(recipient),
            Err(bad) => loaded.problems.push(bad.problem(&source, line)),
        }
    }
    Ok(loaded)
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

/// Each row's line, and the row or why it could not be read.
type Rows = Vec<(usize, Result<Row, Bad>)>;

/// A row that could not be used: which field, why, and what to do.
struct Bad {
    field: &'static str,
    message: String,
    hint: Option<String>,
}

impl Bad {
    fn new(field: &'static str, message: String, hint: Option<&str>) -> Bad {
        let hint = hint.map(String::from);
        Bad {
            field,
            message,
            hint,
        }
    }

    /// The problem at the row's line, with the line shown safely (control characters as `?`).
    fn problem(self, source: &Source, line: usize) -> Problem {
        let mut problem = source.problem(line, 1, self.field, self.message, self.hint);
        problem.snippet = problem
            .snippet
            .chars()
            .map(|c| if c.is_control() && c != '\n' { '?' } else { c })
            .collect();
        problem
    }
}

fn csv_rows(source: &Source) -> Result<Rows, Error> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(source.text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(source, &e))?.clone();
    check_columns(source, &headers)?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(source, &e))?;
        let line = record.position().map_or(0, |at| at.line() as usize);
        let row = record.deserialize::<Row>(Some(&headers)).map_err(|error| {
            let message = format!("cannot read the row: {error}");
            Bad::new("", message, None)
        });
        rows.push((line, row));
    }
    Ok(rows)
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

fn yaml_rows(source: &Source) -> Result<Rows, Error> {
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
            let message = message.lines().next().unwrap_or_default().to_string();
            source.error(vec![source.problem(line, column, "", message, None)])
        })?;
    let line = |row: &Spanned<Row>| row.referenced.line() as usize;
    Ok(rows
        .into_iter()
        .map(|row| (line(&row), Ok(row.value)))
        .collect())
}

impl Row {
    fn check(self, line: usize, defaults: &Defaults) -> Result<Recipient, Bad> {
        let id = text(self.id).ok_or_else(|| {
            Bad::new(
                "id",
                "no id".into(),
                Some("give every recipient a unique `id`"),
            )
        })?;
        let lang = match text(self.language) {
            Some(code) => language(&code)?,
            None => defaults.lang,
        };
        let zone = match text(self.zone) {
            Some(name) => name
                .parse::<Zone>()
                .map_err(|message| Bad::new("zone", escape(&message), None))?,
            None => defaults.zone,
        };
        let groups: Result<Vec<_>, Bad> = self.groups.iter().map(|key| group(key)).collect();
        Ok(Recipient {
            line,
            id,
            name: letter_line(self.name),
            organisation: letter_line(self.organisation),
            country: letter_line(self.country),
            email: letter_line(self.email),
            lang,
            zone,
            groups: groups?,
        })
    }
}

fn unique(recipient: Recipient, seen: &mut HashMap<String, usize>) -> Result<Recipient, Bad> {
    match seen.get(&recipient.id) {
        Some(first) => Err(Bad::new(
            "id",
            format!("duplicate id `{}`", shown(&recipient.id)),
            Some(&format!(
                "the same id is on line {first}; ids must be unique"
            )),
        )),
        None => {
            seen.insert(recipient.id.clone(), recipient.line);
            Ok(recipient)
        }
    }
}

fn language(code: &str) -> Result<Lang, Bad> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<_> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        let message = format!(
            "unknown language `{}`: letters are written in {}",
            shown(code),
            known.join(" or ")
        );
        let hint = "leave it empty to use the default (`--default-lang`)";
        Bad::new("language", message, Some(hint))
    })
}

fn group(key: &str) -> Result<&'static str, Bad> {
    crate::addressees::lookup(key.trim())
        .map(|group| group.key)
        .map_err(|message| {
            let message = message.split("; or write").next().unwrap_or_default();
            Bad::new("groups", escape(message), None)
        })
}

/// A trimmed, non-empty value.
fn text(value: Option<String>) -> Option<String> {
    value
        .map(|value| value.trim().to_string())
        .filter(|value| !value.is_empty())
}

/// A value as the letter prints it: one line, no control characters, not starting like a list
/// item, of bounded length.
fn letter_line(value: Option<String>) -> String {
    let value = value
        .unwrap_or_default()
        .replace(|c: char| c.is_control(), " ");
    let words = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.trim_start_matches(['-', '•', ' ']);
    words.chars().take(MAX_LINE).collect()
}

/// A value quoted in a message: control characters escaped, cut at 80 characters.
pub fn shown(value: &str) -> String {
    let mut out = escape(&value.chars().take(80).collect::<String>());
    if value.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// Text with its control characters escaped (`\u{1b}`), safe to print on a terminal.
pub fn escape(text: &str) -> String {
    let escaped = |c: char| match c.is_control() {
        true => c.escape_default().to_string(),
        false => c.to_string(),
    };
    text.chars().map(escaped).collect()
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
