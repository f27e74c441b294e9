//! Saying what a command wrote: one line per file on stderr, or a JSON summary on stdout.

use std::path::Path;

use crate::error::Error;
use crate::write::{self, Summary, Written};

/// Writes one output made from `input` to a file or stdout; with `json`, says so on stdout.
pub fn one(output: &str, bytes: &[u8], json: bool, input: &str) -> Result<(), Error> {
    json_needs_a_file(json, output)?;
    if output == "-" {
        return write::stdout(bytes);
    }
    crate::files::not_a_folder(output)?;
    let path = Path::new(output);
    crate::files::all(&[(path.into(), bytes.to_vec())], input)?;
    report(vec![Written::new(path, bytes)], Vec::new(), json, false)
}

/// `--json` describes files written; on stdout it would mix with the output itself.
pub fn json_needs_a_file(json: bool, output: &str) -> Result<(), Error> {
    match json && output == "-" {
        true => Err(Error::Usage(
            "`--json` describes the files written: give an output file".into(),
        )),
        false => Ok(()),
    }
}

/// Says what was written: a JSON summary on stdout, or a line per file on stderr.
pub fn report(
    files: Vec<Written>,
    warnings: Vec<String>,
    json: bool,
    quiet: bool,
) -> Result<(), Error> {
    if json {
        return Summary { files, warnings }.print();
    }
    if !quiet {
        files.iter().for_each(|file| {
            crate::say!(
                "wrote {} ({})",
                file.path,
                crate::error::count(file.bytes, "byte")
            )
        });
    }
    Ok(())
}
