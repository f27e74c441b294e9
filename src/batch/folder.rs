//! The output folder of a batch, held by one batch at a time.
//!
//! Two batches writing into one folder would interleave their letters and one manifest would
//! replace the other. So a batch takes an exclusive lock on `DIR/.circular.lock` before it writes
//! anything, and a second batch fails at once. The lock is the kernel's (`flock`): a batch that
//! is killed, even with `kill -9`, releases it, so no stale lock ever blocks the next run. The
//! lock file is removed when the batch ends; a batch that locked a file which has since been
//! removed (another batch ended meanwhile) checks that its file is still the one named, and
//! stops as if another batch held it if not (running it again takes a fresh lock).
//!
//! Holding the lock, a batch removes the temporary files (`.circular-XXXXXX`) that a killed batch
//! left behind: no other batch can be writing them.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::write;

/// The lock file's name in the output folder.
pub const LOCK: &str = ".circular.lock";

/// The folder, locked for this batch until the value is dropped (which removes the lock file).
pub struct Locked {
    path: PathBuf,
    _file: File,
}

impl Drop for Locked {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Creates `dir` if needed, locks it and removes stale temporaries.
pub fn lock(dir: &Path) -> Result<Locked, Error> {
    std::fs::create_dir_all(dir).map_err(|source| write::error(dir, source))?;
    let path = dir.join(LOCK);
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| write::error(&path, source))?;
    if file.try_lock().is_err() || !still_named(&file, &path) {
        let source = std::io::Error::other(format!(
            "another batch is writing into this folder (it holds `{LOCK}`); wait for it to end, or \
             give another `--out`"
        ));
        return Err(write::error(dir, source));
    }
    remove_temporaries(dir);
    Ok(Locked { path, _file: file })
}

/// Whether `path` still names the file that was locked (another batch may have ended and
/// removed it in between).
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let id = |meta: &std::fs::Metadata| (meta.dev(), meta.ino());
    matches!((file.metadata(), std::fs::metadata(path)), (Ok(a), Ok(b)) if id(&a) == id(&b))
}

#[cfg(not(unix))]
fn still_named(_: &File, path: &Path) -> bool {
    path.exists()
}

/// Removes what killed batches left: regular files named like `write::temporary`'s.
fn remove_temporaries(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let temporary = name.to_str().is_some_and(write::is_temporary);
        if temporary && entry.file_type().is_ok_and(|kind| kind.is_file()) {
            match std::fs::remove_file(entry.path()) {
                Ok(()) => crate::note!("removed the stale temporary `{}`", entry.path().display()),
                Err(error) => crate::say!(
                    "warning: cannot remove `{}`: {error}",
                    entry.path().display()
                ),
            }
        }
    }
}
