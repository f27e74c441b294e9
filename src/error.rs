//! The one error type. All user-facing wording of failures lives here.
//!
//! Messages follow one shape: lowercase, the value in backticks, then the cause, then where
//! (`file:line:column`) with the source line underneath, then a hint.

use std::fmt;
use std::io;

/// Something that stops a command.
#[derive(Debug)]
pub enum Error {
    /// The command line asks for something impossible (exit code 2).
    Usage(Usage),
    /// The input could not be read at all.
    Read { path: String, source: io::Error },
    /// The input was read but is wrong: every problem found, each with its place.
    Input {
        path: String,
        problems: Vec<Problem>,
    },
    /// A template does not compile or fails to render.
    Template {
        file: String,
        position: Option<(usize, usize)>,
        message: String,
    },
    /// A template produced markup that does not parse.
    Markup {
        template: String,
        line: usize,
        message: String,
    },
    /// An output file could not be written; nothing was left half-written.
    Write { path: String, source: io::Error },
    /// The files cannot be watched for changes.
    Watch(String),
    /// The problems were already reported (by `check`); only the exit code is left to give.
    Reported,
    /// The PDF could not be made (a character the fonts lack, an unreadable logo).
    Pdf(String),
    /// The Word document could not be made (a control character).
    Docx(String),
    /// A batch went on past failed recipients, each already reported (exit code 3).
    Partial { failed: usize, total: usize },
    /// A batch would replace files that exist; nothing was written.
    Exists {
        dir: String,
        count: usize,
        first: String,
    },
}

/// What the command line asks that cannot be done.
#[derive(Debug)]
pub enum Usage {
    /// Several PDF or Word letters asked for on stdout.
    SeveralToStdout {
        format: &'static str,
        extension: &'static str,
    },
    /// `--json` with the output on stdout.
    JsonToStdout,
    /// `--format` names one format and `-o` another.
    FormatClash {
        asked: &'static str,
        output: String,
        named: &'static str,
    },
    /// A batch's recipients file is a pipe or a device: it is read twice.
    NotRegular { path: String },
    /// A recipients file that is neither CSV nor YAML by its extension.
    RecipientsKind { path: String },
    /// `init` onto a file that exists, without `--force`.
    Exists { file: String },
    /// `-o` names the input file itself.
    OutputIsInput { path: String },
    /// `watch` of stdin: there is no file to watch.
    WatchStdin,
    /// The threads of `--jobs` cannot be started.
    Threads { count: usize, cause: String },
    /// A language asked for that the letter is not written in (`letter.languages`).
    NotWrittenIn {
        path: String,
        language: &'static str,
        code: &'static str,
        declared: String,
    },
    /// `times` or `ics` of a letter without a meeting.
    NoMeeting { path: String },
}

/// One mistake in an input file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    /// Where in the model: `meeting.zone`, `to[2]`; empty when unknown (syntax errors).
    pub field: String,
    pub message: String,
    pub hint: Option<String>,
    /// The source line with a caret under the column.
    #[serde(skip)]
    pub snippet: String,
}

/// Errors stop a command; warnings are reported and stop only `check --deny-warnings`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

impl Error {
    /// Whether writing failed for want of space (a full disk, a quota).
    pub fn is_out_of_space(&self) -> bool {
        use io::ErrorKind::{QuotaExceeded, StorageFull};
        matches!(self, Error::Write { source, .. } if matches!(source.kind(), StorageFull | QuotaExceeded))
    }

    /// The process exit code: 2 for usage errors, 3 for a partly failed batch, 1 otherwise.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::Partial { .. } => 3,
            _ => 1,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Usage(usage) => usage.fmt(f),
            Error::Read { path, source } => write!(f, "cannot read `{path}`: {source}"),
            Error::Input { path, problems } => {
                write!(f, "`{path}` has {}:", count(problems.len(), "problem"))?;
                problems
                    .iter()
                    .try_for_each(|problem| write!(f, "\n\n{path}:{problem}"))
            }
            Error::Template {
                file,
                position: Some((line, column)),
                message,
            } => {
                write!(f, "template `{file}`:{line}:{column}: {message}")
            }
            Error::Template {
                file,
                position: None,
                message,
            } => {
                write!(f, "template `{file}`: {message}")
            }
            Error::Markup {
                template,
                line,
                message,
            } => write!(
                f,
                "template `{template}` produced bad markup at line {line} of its output: {message}"
            ),
            Error::Write { path, source } => write!(f, "cannot write `{path}`: {source}"),
            Error::Pdf(message) => write!(f, "cannot make the PDF: {message}"),
            Error::Docx(message) => write!(f, "cannot make the Word document: {message}"),
            Error::Partial { failed, total } => {
                let total = count(*total, "recipient");
                write!(f, "{failed} of {total} failed (reported above)")
            }
            Error::Exists {
                dir,
                count: files,
                first,
            } => {
                let files = count(*files, "file");
                write!(
                    f,
                    "`{dir}` already holds {files} of this batch (`{first}`...); \
                     nothing was written\n  hint: add `--force` to replace them, or choose \
                     another `--out` folder"
                )
            }
            Error::Reported => write!(f, "problems were found"),
            Error::Watch(cause) => write!(f, "cannot watch the files for changes: {cause}"),
        }
    }
}

impl std::error::Error for Error {}

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Usage::SeveralToStdout { format, extension } => write!(
                f,
                "several {format} letters cannot go to stdout: give `-o FILE.{extension}` or one \
                 `--lang`"
            ),
            Usage::JsonToStdout => write!(
                f,
                "`--json` describes the files written: give an output file"
            ),
            Usage::FormatClash {
                asked,
                output,
                named,
            } => write!(
                f,
                "`--format {asked}` does not fit `-o {output}`, which names a {named} file: give \
                 one of them, or make them agree"
            ),
            Usage::NotRegular { path } => write!(
                f,
                "recipients file `{path}` is not a regular file: a batch reads it twice (once to \
                 check every row, once to write the letters); save it to a file first"
            ),
            Usage::RecipientsKind { path } => write!(
                f,
                "recipients file `{path}`: expected a .csv, .yaml or .yml file"
            ),
            Usage::Exists { file } => write!(
                f,
                "`{file}` exists: give another name, or --force to overwrite it"
            ),
            Usage::OutputIsInput { path } => write!(
                f,
                "`-o {path}` is the input file itself: writing there would destroy it; give \
                 another name"
            ),
            Usage::WatchStdin => write!(f, "`watch` needs a file to watch, not `-` (stdin)"),
            Usage::Threads { count, cause } => write!(f, "cannot start {count} threads: {cause}"),
            Usage::NotWrittenIn {
                path,
                language,
                code,
                declared,
            } => write!(
                f,
                "`{path}` is not written in {language}: its `letter.languages` are {declared}; ask for one of those, or add `{code}` to them"
            ),
            Usage::NoMeeting { path } => write!(
                f,
                "`{path}` announces no meeting (it has no `meeting`): there are no times to show or invite to"
            ),
        }
    }
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

/// A message made safe for a terminal: a control or bidi character that came in with a file
/// name, an argument or a value (`bad\x1b[31m.yaml`) is escaped (`\u{1b}`); line breaks and
/// tabs stay.
pub fn terminal(message: &str) -> String {
    let escaped = |c: char| match c != '\n' && c != '\t' && crate::controls::is_refused(c) {
        true => c.escape_unicode().to_string(),
        false => c.to_string(),
    };
    message.chars().map(escaped).collect()
}

/// "1 problem", "2 problems": a count and its noun, in the plural unless the count is one.
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:{}: ", self.line, self.column)?;
        if self.severity == Severity::Warning {
            write!(f, "warning: ")?;
        }
        if !self.field.is_empty() {
            write!(f, "`{}`: ", self.field)?;
        }
        write!(f, "{}", self.message)?;
        if !self.snippet.is_empty() {
            write!(f, "\n{}", self.snippet)?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Prints a line on stderr. A closed stderr is not worth a panic: the line is dropped.
#[macro_export]
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let line = $crate::error::terminal(&format!($($arg)*));
        let _ = writeln!(std::io::stderr(), "{line}");
    }};
}

/// Set by `--verbose`: [`note!`] lines are printed.
pub static VERBOSE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Set by `--quiet`: [`inform!`] lines are not printed.
pub static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether `--quiet` was given.
pub fn quiet() -> bool {
    QUIET.load(std::sync::atomic::Ordering::Relaxed)
}

/// Prints a line on stderr unless `--quiet`: what was written, warnings, summaries.
#[macro_export]
macro_rules! inform {
    ($($arg:tt)*) => {{
        if !$crate::error::quiet() {
            $crate::say!($($arg)*);
        }
    }};
}

/// Prints a line on stderr with `--verbose`, prefixed `note:`.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {{
        if $crate::error::VERBOSE.load(std::sync::atomic::Ordering::Relaxed) {
            $crate::say!("note: {}", format_args!($($arg)*));
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_in_messages_have_control_characters_escaped_and_are_cut() {
        assert_eq!(shown("a\u{1b}b"), "a\\u{1b}b");
        assert!(shown(&"x".repeat(200)).ends_with('…'));
    }

    #[test]
    fn counts_take_the_plural_unless_one() {
        assert_eq!(count(1, "file"), "1 file");
        assert_eq!(count(0, "error"), "0 errors");
        assert_eq!(count(2, "problem"), "2 problems");
    }
}
