//! Reading an input file (or stdin) and pointing at places in it.

use std::io::Read;

use crate::error::{Error, Problem};

/// Inputs larger than this are refused before parsing: a circular is a few kilobytes.
pub const MAX_BYTES: u64 = 1024 * 1024;

/// An input file's name and text.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub text: String,
}

impl Source {
    /// Reads `path`, or standard input for `-`. Refuses huge files and text that is not UTF-8.
    pub fn read(path: &str) -> Result<Source, Error> {
        let hint = "a circular description is a few kilobytes of YAML: is this the right file?";
        Source::read_at_most(path, MAX_BYTES, hint)
    }

    /// Reads `path` (`-`: standard input) if it has at most `max` bytes of UTF-8 text; `hint`
    /// says what to do with a larger one.
    pub fn read_at_most(path: &str, max: u64, hint: &str) -> Result<Source, Error> {
        let read_error = |source| Error::Read {
            path: path.into(),
            source,
        };
        let mut bytes = Vec::new();
        let reader: Box<dyn Read> = match path {
            "-" => Box::new(std::io::stdin()),
            _ => Box::new(std::fs::File::open(path).map_err(read_error)?),
        };
        reader
            .take(max + 1)
            .read_to_end(&mut bytes)
            .map_err(read_error)?;
        let source = Source {
            path: display_path(path),
            text: String::new(),
        };
        if bytes.len() as u64 > max {
            let message = format!("the file is larger than {} KiB", max / 1024);
            return Err(source.error(vec![source.problem(1, 1, "", message, Some(hint.into()))]));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source { text, ..source }),
            Err(error) => Err(source.not_utf8(error.as_bytes(), error.utf8_error().valid_up_to())),
        }
    }

    pub fn from_text(path: &str, text: &str) -> Source {
        Source {
            path: path.into(),
            text: text.into(),
        }
    }

    fn not_utf8(&self, bytes: &[u8], valid: usize) -> Error {
        let before = String::from_utf8_lossy(&bytes[..valid]);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let message = format!("byte 0x{:02X} is not UTF-8 text", bytes[valid]);
        let hint = "save the file as UTF-8 (a binary file or a Latin-1 text was given)";
        self.error(vec![self.problem(
            line,
            column,
            "",
            message,
            Some(hint.into()),
        )])
    }

    /// A problem at a 1-based line and column, with the source line and a caret.
    pub fn problem(
        &self,
        line: usize,
        column: usize,
        field: &str,
        message: impl Into<String>,
        hint: Option<String>,
    ) -> Problem {
        let text = self.text.lines().nth(line.wrapping_sub(1));
        problem(line, column, field, message, hint, text)
    }

    pub fn error(&self, problems: Vec<Problem>) -> Error {
        Error::Input {
            path: self.path.clone(),
            problems,
        }
    }
}

/// A problem at a 1-based line and column; given the line's text, it is shown with a caret.
pub fn problem(
    line: usize,
    column: usize,
    field: &str,
    message: impl Into<String>,
    hint: Option<String>,
    text: Option<&str>,
) -> Problem {
    Problem {
        severity: Default::default(),
        line,
        column,
        field: field.into(),
        message: message.into(),
        hint,
        snippet: text.map_or_else(String::new, |text| snippet(text, line, column)),
    }
}

fn snippet(text: &str, line: usize, column: usize) -> String {
    let text: String = text.chars().take(120).collect();
    let number = line.to_string();
    let pad = " ".repeat(number.len());
    let caret = " ".repeat(column.saturating_sub(1).min(120));
    format!("{pad} |\n{number} | {text}\n{pad} | {caret}^")
}

/// The lines of a text, looked up in increasing order without scanning from the start each time.
pub struct Lines<'a> {
    text: &'a str,
    /// The 1-based number of the line `rest` starts with.
    at: usize,
    rest: &'a str,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text,
            at: 1,
            rest: text,
        }
    }

    /// Line `number` (1-based), or "" past the end.
    pub fn line(&mut self, number: usize) -> &'a str {
        if number < self.at {
            *self = Lines::new(self.text);
        }
        while self.at < number {
            let Some((_, rest)) = self.rest.split_once('\n') else {
                return "";
            };
            self.rest = rest;
            self.at += 1;
        }
        let line = self.rest.split('\n').next().unwrap_or_default();
        line.strip_suffix('\r').unwrap_or(line)
    }
}

/// The line and column of a value in the YAML.
pub fn at<T>(spanned: &serde_saphyr::Spanned<T>) -> (u64, u64) {
    (spanned.referenced.line(), spanned.referenced.column())
}

fn display_path(path: &str) -> String {
    if path == "-" {
        "<stdin>".into()
    } else {
        path.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_forwards_and_backwards() {
        let mut lines = Lines::new("one\r\ntwo\nthree");
        assert_eq!(lines.line(2), "two");
        assert_eq!(lines.line(3), "three");
        assert_eq!(lines.line(1), "one");
        assert_eq!(lines.line(9), "");
    }
}
