//! Writing output files so that nothing is ever half-written: a temporary file in the same
//! folder, flushed, then renamed over the target.

use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// A file that was written, for `--json` summaries and manifests.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Written {
    pub path: String,
    pub bytes: usize,
    pub sha256: String,
}

impl Written {
    pub fn new(path: &Path, bytes: &[u8]) -> Written {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(bytes);
        let sha256 = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        Written {
            path: path.display().to_string(),
            bytes: bytes.len(),
            sha256,
        }
    }
}

/// The `--json` summary of a command that writes files.
#[derive(Debug, serde::Serialize)]
pub struct Summary {
    pub files: Vec<Written>,
    pub warnings: Vec<String>,
}

impl Summary {
    pub fn print(&self) -> Result<(), Error> {
        let json = serde_json::to_string_pretty(self).expect("a summary serializes") + "\n";
        output(None, json.as_bytes())
    }
}

/// Writes `bytes` to `path` atomically, flushed to the disk before the rename.
pub fn atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    replace(path, bytes, true)
}

/// Like [`atomic`] without waiting for the disk: an interrupted process (Ctrl-C, kill -9)
/// still leaves only whole files, since the rename follows a complete write, but a power cut
/// may lose the files of the last seconds. For batches, where each flush costs a millisecond.
pub fn atomic_unsynced(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    replace(path, bytes, false)
}

fn replace(path: &Path, bytes: &[u8], flush: bool) -> Result<(), Error> {
    let error = |source| Error::Write {
        path: path.display().to_string(),
        source,
    };
    if path.is_dir() {
        let source = std::io::Error::other("it is a folder; give a file name");
        return Err(error(source));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".circular-");
    // Readable like any new file (the umask applies), not owner-only as temporary files are.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut file = builder.tempfile_in(folder).map_err(error)?;
    file.write_all(bytes).map_err(error)?;
    if flush {
        file.as_file().sync_all().map_err(error)?;
    }
    file.persist(path).map_err(|failed| error(failed.error))?;
    Ok(())
}

/// Writes to stdout, or atomically to a file.
pub fn output(path: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    match path {
        Some(path) => atomic(path, bytes),
        None => {
            let mut stdout = std::io::stdout().lock();
            let result = stdout.write_all(bytes).and_then(|()| stdout.flush());
            result.map_err(|source| Error::Write {
                path: "<stdout>".into(),
                source,
            })
        }
    }
}
