//! Saying what a command wrote: one line per file on stderr, or a JSON summary on stdout.

use std::path::{Path, PathBuf};

use crate::error::{Error, Usage, count};
use crate::write::{self, Summary, Written};

/// Writes one output made from `input` to a file or stdout; with `json`, says so on stdout.
pub fn one(output: &str, bytes: &[u8], json: bool, input: &str) -> Result<(), Error> {
    json_needs_a_file(json, output)?;
    if output == "-" {
        return write::stdout(bytes);
    }
    crate::files::not_a_folder(output)?;
    let path = Path::new(output);
    crate::files::all(&[(path.into(), bytes)], input)?;
    report(&vec![(path.into(), bytes)], Vec::new(), json)
}

/// Files written: each path and its bytes.
pub type Files<'a> = Vec<(PathBuf, &'a [u8])>;

/// `--json` describes files written; on stdout it would mix with the output itself.
pub fn json_needs_a_file(json: bool, output: &str) -> Result<(), Error> {
    match json && output == "-" {
        true => Err(Error::Usage(Usage::JsonToStdout)),
        false => Ok(()),
    }
}

/// Says what was written: a JSON summary on stdout (with each file's SHA-256), or a line per
/// file on stderr.
pub fn report(files: &Files, warnings: Vec<String>, json: bool) -> Result<(), Error> {
    if json {
        let files = files.iter().map(|(path, bytes)| Written::new(path, bytes));
        let files = files.collect();
        return Summary { files, warnings }.print();
    }
    for (path, bytes) in files {
        let size = count(bytes.len(), "byte");
        crate::inform!("wrote {} ({size})", path.display());
    }
    Ok(())
}
