//! The manifest of a batch: one entry per file really written, in the recipients' order, as CSV
//! and JSON side by side (`tsb92-manifest.csv`, `tsb92-manifest.json`).
//!
//! Entries are appended as the letters are written, so the manifest of a batch of any size takes
//! no memory; both files are temporary until the batch ends, then take their names.

use std::io::{BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use crate::error::Error;
use crate::write::{self, Temporary};

/// One written file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub language: &'static str,
    pub zone: &'static str,
    /// The file name, inside the output folder.
    pub file: &'a str,
    pub bytes: u64,
    pub sha256: String,
}

const COLUMNS: [&str; 6] = ["id", "language", "zone", "file", "bytes", "sha256"];

pub fn file_names(prefix: &str) -> [String; 2] {
    [
        format!("{prefix}-manifest.csv"),
        format!("{prefix}-manifest.json"),
    ]
}

/// A manifest being written.
pub struct Writer<'a> {
    dir: &'a Path,
    names: [String; 2],
    csv: csv::Writer<Temporary>,
    json: BufWriter<Temporary>,
    entries: usize,
}

impl<'a> Writer<'a> {
    /// Starts `<prefix>-manifest.csv` and `.json` in `dir`, under temporary names.
    pub fn new(dir: &'a Path, prefix: &str) -> Result<Writer<'a>, Error> {
        let names = file_names(prefix);
        let temporary = |name: &str| write::temporary(&dir.join(name));
        let mut csv = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(temporary(&names[0])?);
        csv.write_record(COLUMNS)
            .map_err(|error| write::error(&dir.join(&names[0]), error.into()))?;
        let json = BufWriter::new(temporary(&names[1])?);
        Ok(Writer {
            dir,
            names,
            csv,
            json,
            entries: 0,
        })
    }

    /// Appends one written file.
    pub fn push(&mut self, entry: &Entry) -> Result<(), Error> {
        self.csv
            .serialize(entry)
            .map_err(|error| self.error(0, error.into()))?;
        let pretty = serde_json::to_string_pretty(entry).expect("a manifest entry is plain text");
        let open = if self.entries == 0 { "[\n" } else { ",\n" };
        let indented: Vec<String> = pretty.lines().map(|line| format!("  {line}")).collect();
        self.entries += 1;
        write!(self.json, "{open}{}", indented.join("\n")).map_err(|error| self.error(1, error))
    }

    /// Ends both files and gives them their names, which it returns.
    pub fn finish(mut self) -> Result<[String; 2], Error> {
        let close = if self.entries == 0 { "[]\n" } else { "\n]\n" };
        self.json
            .write_all(close.as_bytes())
            .map_err(|error| self.error(1, error))?;
        let csv = self.csv.into_inner().map_err(|e| e.into_error());
        let json = self.json.into_inner().map_err(|e| e.into_error());
        for (index, file) in [csv, json].into_iter().enumerate() {
            let path = self.dir.join(&self.names[index]);
            write::persist(file.map_err(|error| write::error(&path, error))?, &path)?;
        }
        Ok(self.names)
    }

    fn error(&self, index: usize, error: std::io::Error) -> Error {
        write::error(&self.dir.join(&self.names[index]), error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> Entry<'_> {
        Entry {
            id,
            language: "fr",
            zone: "Europe/Zurich",
            file: "tsb92-fr-a.txt",
            bytes: 12,
            sha256: "ab".repeat(32),
        }
    }

    /// The JSON appended entry by entry is serde_json's pretty array, and the CSV has its header
    /// even when empty.
    #[test]
    fn appended_entries_make_the_usual_json_and_csv() {
        for count in [0, 1, 3] {
            let dir = tempfile::tempdir().unwrap();
            let ids: Vec<String> = (0..count).map(|i| format!("id\"{i}\n")).collect();
            let entries: Vec<Entry> = ids.iter().map(|id| entry(id)).collect();
            let mut writer = Writer::new(dir.path(), "tsb92").unwrap();
            entries.iter().for_each(|e| writer.push(e).unwrap());
            let names = writer.finish().unwrap();
            let json = std::fs::read(dir.path().join(&names[1])).unwrap();
            let expected = serde_json::to_string_pretty(&entries).unwrap() + "\n";
            assert_eq!(String::from_utf8(json).unwrap(), expected);
            let mut csv = csv::Reader::from_path(dir.path().join(&names[0])).unwrap();
            assert_eq!(csv.headers().unwrap(), COLUMNS.as_slice());
            let ids_read: Vec<String> = csv.records().map(|r| r.unwrap()[0].into()).collect();
            assert_eq!(ids_read, ids);
            assert_eq!(
                std::fs::read_dir(dir.path()).unwrap().count(),
                2,
                "no temporary left"
            );
        }
    }
}
