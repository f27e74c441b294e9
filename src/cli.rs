//! The command line: clap definitions whose value parsers hand the commands typed values
//! (languages, zones, timestamps, formats). No logic beyond that.

use std::path::PathBuf;
use std::sync::LazyLock;

use clap::{Args, Parser, Subcommand, ValueEnum};

use chrono::{DateTime, Utc};

use crate::locale::Lang;
use crate::pipeline::Format;
use crate::starter::Kind;
use crate::zone;

const EXAMPLES: &str = "\
Writing a description: `circular init FILE` writes a starter that renders as is,
`circular fields` lists every field with its type and meaning, `circular schema`
prints the JSON Schema for editors.

Examples:
  circular render examples/u4ssc-7.yaml --lang fr          print the French letter
  circular render examples/u4ssc-7.yaml --lang all -o tsb92.txt
                                                           write tsb92-fr.txt and tsb92-en.txt
  circular render examples/u4ssc-7.yaml --format pdf -o tsb92.pdf
  circular check examples/u4ssc-7.yaml                     report every problem, exit 1 if any
  cat meeting.yaml | circular render - --lang en           read the YAML from stdin
  circular addressees examples/u4ssc-7.yaml --format csv   the To and Copy lists
  circular addressees examples/u4ssc-7.yaml --recipients people.csv
                                                           who gets which letter, in which file
  circular batch examples/u4ssc-7.yaml --recipients people.csv --out letters/
                                                           one letter per recipient + manifest

Exit codes: 0 success, 1 invalid input (or a failed write), 2 usage error,
3 some recipients failed (each is reported; the others were written).";

/// "0.1.0 (IANA time zone database 2025b)": the zone rules bundled decide every local time.
static VERSION: LazyLock<String> = LazyLock::new(|| {
    let tzdb = zone::TZDB_VERSION;
    format!(
        "{} (IANA time zone database {tzdb})",
        env!("CARGO_PKG_VERSION")
    )
});

/// Turns a YAML description of an ITU-T meeting into TSB circular letters.
#[derive(Debug, Parser)]
#[command(name = "circular", version = VERSION.as_str(), about, after_help = EXAMPLES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Say on stderr what is read, which templates are used and what is written.
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Print nothing but errors (no `wrote ...` lines, warnings, progress bar or summary).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render the letter in one or more languages, as text or PDF.
    #[command(after_help = EXAMPLES)]
    Render(RenderArgs),
    /// Render the letter, then again each time the YAML (or its logo, or a `--templates` file)
    /// is saved: the problems of each save are printed, and a failed render keeps the last
    /// good output in place.
    Watch(WatchArgs),
    /// Check a circular description and report every problem at once (exit 1 if any).
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// Print the To and Copy lists as the letter shows them; with `--recipients`, the
    /// distribution list: who receives which language, in which zone, under which file name.
    #[command(after_help = EXAMPLES)]
    Addressees(AddresseesArgs),
    /// Write one letter per recipient, in the recipient's language and naming the recipient, and
    /// a manifest of the files written (CSV and JSON).
    ///
    /// Every file is written to a temporary name and renamed. A bad recipient is reported with
    /// its line and the others are still written (exit 3). Nothing is written if a target file
    /// already exists, unless `--force` is given.
    #[command(after_help = EXAMPLES)]
    Batch(BatchArgs),
    /// Print the meeting's start and end on the clocks of many time zones.
    Times(TimesArgs),
    /// Write an iCalendar (RFC 5545) invitation to the meeting.
    Ics(IcsArgs),
    /// Write a commented starter description that renders as is.
    Init(InitArgs),
    /// Print the JSON Schema of the YAML format (for editors).
    Schema,
    /// Print every field of the YAML format, with its type and meaning.
    Fields,
    /// Print a shell completion script.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff); with a folder, write it and one page per command there
    /// (`circular.1`, `circular-render.1`...).
    Man {
        /// Folder to write the pages to.
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct TimesArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// A time zone to show, by IANA name (`Asia/Tokyo`); repeat for several. Default: UTC and
    /// major cities on every continent.
    #[arg(long = "tz", value_name = "ZONE", value_parser = ZONES, hide_possible_values = true)]
    pub zones: Vec<ZoneArg>,
    /// Output format.
    #[arg(long, value_enum, ignore_case = true, default_value_t = TimesFormat::Text)]
    pub format: TimesFormat,
    /// Language of the text table: `fr` or `en`.
    #[arg(long, default_value = "en", value_parser = LANGUAGE)]
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TimesFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct IcsArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// Output file (`-` for stdout, the default).
    #[arg(short, long, default_value = "-")]
    pub output: String,
    /// Language of the event's title and description: `fr` or `en`. Default: English if the
    /// letter is written in it, else the letter's first language.
    #[arg(long, value_parser = LANGUAGE)]
    pub lang: Option<Lang>,
    /// DTSTAMP, as seconds since 1970 (default: midnight UTC of the circular's date).
    #[arg(long = "timestamp", env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = timestamp)]
    pub timestamp: Option<Stamp>,
    /// Print a JSON summary of the file written (path, bytes, sha256) on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it (stdout when absent or `-`).
    pub file: Option<String>,
    /// The kind of circular to start from.
    #[arg(long, value_enum, ignore_case = true, default_value_t = Kind::Virtual)]
    pub kind: Kind,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
    /// Print a JSON summary of the file written (path, bytes, sha256) on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// Languages to render: `fr`, `en`, a list such as `fr,en`, or `all` (every language the
    /// letter is written in, `letter.languages`).
    #[arg(long, default_value = "all", value_parser = LANGUAGES)]
    pub lang: Languages,
    /// Output format (default: the one `-o` names by its extension, else text).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<Format>,
    /// Output file (`-` for stdout, the default). With several languages, `-fr`, `-en`... is
    /// added before the extension.
    #[arg(short, long, default_value = "-")]
    pub output: String,
    /// Creation date of PDFs and Word documents, as seconds since 1970 (default: midnight UTC
    /// of the letter's date).
    #[arg(long = "timestamp", env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = timestamp)]
    pub timestamp: Option<Stamp>,
    /// Wrap plain text at this many columns (0: no wrapping).
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// Folder of templates overriding the built-in ones file by file (`DIR/fr/letter.hbs`...).
    #[arg(long, env = "CIRCULAR_TEMPLATES")]
    pub templates: Option<PathBuf>,
    /// Also give the meeting's time in this zone, by IANA name (`Asia/Tokyo`), beside the time
    /// in the meeting's own zone.
    #[arg(long = "tz", value_name = "ZONE", value_parser = ZONES, hide_possible_values = true)]
    pub zone: Option<ZoneArg>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub letter: LetterArgs,
    /// Print a JSON summary of the files written (path, bytes, sha256) on stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub letter: LetterArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// Report format: readable text on stderr, or one JSON object on stdout.
    #[arg(long, value_enum, ignore_case = true, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Languages to check: `fr`, `en`, `fr,en` or `all` (every language the letter is written in).
    #[arg(long, default_value = "all", value_parser = LANGUAGES)]
    pub lang: Languages,
    /// The two languages whose renderings must carry the same dates, times, numbers, addresses
    /// (when the letter is written in both).
    #[arg(long, default_value = "fr,en", value_parser = lang_pair)]
    pub lang_pair: LangPair,
    /// Fail (exit 1) on warnings too, such as a deadline on a weekend.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Templates to check the description against.
    #[arg(long, env = "CIRCULAR_TEMPLATES")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AddresseesArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// Languages of the To and Copy lists: `fr`, `en`, `fr,en` or `all`.
    #[arg(long, default_value = "all", conflicts_with = "recipients", value_parser = LANGUAGES)]
    pub lang: Languages,
    /// Output format.
    #[arg(long, value_enum, ignore_case = true, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
    /// Recipients file (`.csv`, `.yaml`): prints the distribution list instead of the groups.
    #[arg(long)]
    pub recipients: Option<PathBuf>,
    #[command(flatten)]
    pub defaults: DefaultArgs,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The YAML description of the circular. Use `-` to read it from stdin.
    pub file: String,
    /// Recipients file, CSV or YAML by extension (`.csv`, `.yaml`, `.yml`); columns `id`,
    /// `name`, `organisation`, `country`, `email`, `language`, `zone`, `groups`.
    #[arg(long)]
    pub recipients: PathBuf,
    /// Folder for the letters and the manifest (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Output format: `both` writes a text and a PDF file per recipient, `all` a text, a PDF
    /// and a Word file.
    #[arg(long, value_enum, ignore_case = true, default_value_t = BatchFormat::Text)]
    pub format: BatchFormat,
    /// Letters rendered at once, 1 to 256 (default: one per core). Output does not depend on it.
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,
    /// Replace files that already exist in the output folder.
    #[arg(long)]
    pub force: bool,
    /// Wrap plain text at this many columns (0: no wrapping).
    #[arg(long, default_value_t = 80)]
    pub width: usize,
    /// Creation date of PDFs and Word documents, as seconds since 1970 (default: midnight UTC
    /// of the letter's date).
    #[arg(long = "timestamp", env = "SOURCE_DATE_EPOCH", value_name = "SECONDS", value_parser = timestamp)]
    pub timestamp: Option<Stamp>,
    /// Folder of templates overriding the built-in ones file by file (`DIR/fr/letter.hbs`...).
    #[arg(long, env = "CIRCULAR_TEMPLATES")]
    pub templates: Option<PathBuf>,
    #[command(flatten)]
    pub defaults: DefaultArgs,
}

/// What a recipient row without a language or zone gets.
#[derive(Debug, Args)]
pub struct DefaultArgs {
    /// Language for rows without one (`fr`, `en`). Default: the meeting's first working
    /// language that letters are written in, else English.
    #[arg(long, value_parser = LANGUAGE)]
    pub default_lang: Option<Lang>,
    /// IANA time zone for rows without one. Default: the meeting's zone (Europe/Zurich).
    #[arg(long, value_name = "ZONE", value_parser = ZONES, hide_possible_values = true)]
    pub default_tz: Option<ZoneArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    Text,
    Pdf,
    /// A Word document (`.docx`).
    Docx,
    /// A text and a PDF file.
    Both,
    /// A text, a PDF and a Word file.
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// Languages in the order given, without repeats; none for `all`, the letter's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Languages(pub Vec<Lang>);

/// Exactly two different languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangPair(pub [Lang; 2]);

/// `--timestamp`/`SOURCE_DATE_EPOCH`: an instant, or none when the value is empty (as the
/// reproducible-builds convention has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp(pub Option<DateTime<Utc>>);

/// The instant of an optional `--timestamp`.
pub fn instant(stamp: Option<Stamp>) -> Option<DateTime<Utc>> {
    stamp.and_then(|stamp| stamp.0)
}

/// Parses `fr`, `fr,en`, `all` into languages.
fn languages(list: &str) -> Result<Languages, String> {
    if list.trim() == "all" {
        return Ok(Languages(Vec::new()));
    }
    let mut langs = Vec::new();
    for code in list.split(',') {
        let lang = language(code).map_err(|unknown| format!("{unknown} or all"))?;
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    Ok(Languages(langs))
}

fn lang_pair(list: &str) -> Result<LangPair, String> {
    match languages(list)?.0.as_slice() {
        [a, b] => Ok(LangPair([*a, *b])),
        _ => Err("expected two different languages, like fr,en".into()),
    }
}

/// Whole seconds since 1970, up to the year 9999 (PDF dates have four-digit years).
fn timestamp(text: &str) -> Result<Stamp, String> {
    if text.trim().is_empty() {
        return Ok(Stamp(None));
    }
    let seconds: Option<i64> = text.trim().parse().ok();
    let valid = seconds.filter(|seconds| (0..=253_402_300_799).contains(seconds));
    let instant = valid.and_then(|seconds| DateTime::from_timestamp(seconds, 0));
    let bad = || "expected whole seconds since 1970, up to the year 9999".to_string();
    instant.map(|instant| Stamp(Some(instant))).ok_or_else(bad)
}

/// An IANA zone name, with the closest known name when it is not one.
/// A zone as given on the command line: an IANA name, or a city or country that names one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZoneArg(pub zone::Found);

impl ZoneArg {
    /// The zone, saying (unless `--quiet`) which one a city or country was taken as.
    pub fn chosen(&self) -> chrono_tz::Tz {
        if let Some(read_as) = &self.0.read_as {
            crate::inform!("note: {read_as}");
        }
        self.0.tz
    }
}

/// A value parser from a parsing function, offering `values` to shell completions.
#[derive(Clone)]
struct Values<T> {
    parse: fn(&str) -> Result<T, String>,
    values: fn() -> Vec<&'static str>,
}

impl<T: Clone + Send + Sync + 'static> clap::builder::TypedValueParser for Values<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        (self.parse)(&text).map_err(|message| invalid(cmd, arg, &text, message))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let values = (self.values)().into_iter();
        Some(Box::new(values.map(clap::builder::PossibleValue::new)))
    }
}

/// Zones by IANA name, city or country; completions offer every IANA name.
const ZONES: Values<ZoneArg> = Values {
    parse: |name| {
        zone::find(name).map(ZoneArg).map_err(|suggestion| {
            let hint = suggestion.map(|name| format!(" (did you mean `{name}`?)"));
            let hint = hint.unwrap_or_default();
            format!("not a time zone, city or country known here{hint}")
        })
    },
    values: || chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect(),
};

/// `fr`, `en`, lists like `fr,en`, or `all`.
const LANGUAGES: Values<Languages> = Values {
    parse: languages,
    values: || vec!["fr", "en", "fr,en", "all"],
};

/// One language: `fr` or `en`.
const LANGUAGE: Values<Lang> = Values {
    parse: language,
    values: || Lang::ALL.iter().map(|lang| lang.code()).collect(),
};

/// clap's "invalid value" error with our message.
fn invalid(
    cmd: &clap::Command,
    arg: Option<&clap::Arg>,
    value: &str,
    message: String,
) -> clap::Error {
    let arg = arg.map_or_else(|| "...".to_string(), |arg| arg.to_string());
    let mut cmd = cmd.clone();
    cmd.error(
        clap::error::ErrorKind::ValueValidation,
        format!("invalid value '{value}' for '{arg}': {message}"),
    )
}

/// One language by its code: `fr` or `en`.
fn language(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let known: Vec<_> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        format!(
            "unknown language `{}`: expected {}",
            code.trim(),
            known.join(", ")
        )
    })
}
