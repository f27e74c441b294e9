//! The manifest of a batch: one entry per file really written, in the recipients' order, as CSV
//! and JSON side by side (`tsb92-manifest.csv`, `tsb92-manifest.json`).

use std::path::Path;

use serde::Serialize;

use crate::error::Error;
use crate::write;

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

/// Writes `<prefix>-manifest.csv` and `.json` into `dir`; returns their names.
pub fn write(dir: &Path, prefix: &str, entries: &[Entry]) -> Result<[String; 2], Error> {
    let names = file_names(prefix);
    write::atomic(&dir.join(&names[0]), &csv(entries))?;
    write::atomic(&dir.join(&names[1]), &json(entries))?;
    Ok(names)
}

pub fn file_names(prefix: &str) -> [String; 2] {
    [
        format!("{prefix}-manifest.csv"),
        format!("{prefix}-manifest.json"),
    ]
}

fn csv(entries: &[Entry]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    if entries.is_empty() {
        let _ = writer.write_record(["id", "language", "zone", "file", "bytes", "sha256"]);
    }
    for entry in entries {
        writer
            .serialize(entry)
            .expect("a manifest entry is plain text");
    }
    writer.into_inner().expect("writing to memory")
}

fn json(entries: &[Entry]) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(entries).expect("a manifest entry is plain text");
    bytes.push(b'\n');
    bytes
}
