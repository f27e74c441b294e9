//! A command's output files (`render -o`, `ics -o`): all of them written or none, never over the
//! input, and straight into special files.
//!
//! A regular file is written to a temporary file beside it and renamed (see `write`); a link is
//! followed, so the file it points to is replaced and the link stays. Devices and FIFOs
//! (`/dev/null`, `/dev/stdout`, a named pipe) are written in place: a rename would replace the
//! node itself with a regular file. Every file of a command is complete in its temporary before
//! the first one takes its name, so a full disk leaves none of them. A folder, or the input
//! itself (by another spelling, a link or a hard link), is refused before anything is written.

use std::fs::{self, Metadata};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Usage};
use crate::write;

/// Where one output goes.
enum Target {
    /// A regular file (or none yet), replaced atomically; the path is the link's target.
    Replace(PathBuf),
    /// A device or FIFO, written as it is.
    InPlace,
}

/// Writes every `(path, bytes)`, or none of them; `input` is the file read (`-` for stdin).
pub fn all(outputs: &[(PathBuf, &[u8])], input: &str) -> Result<(), Error> {
    let targets = outputs
        .iter()
        .map(|(path, _)| target(path, input))
        .collect::<Result<Vec<_>, _>>()?;
    let mut staged = Vec::new();
    for (target, (path, bytes)) in targets.iter().zip(outputs) {
        if let Target::Replace(real) = target {
            let mut file = write::temporary(real)?;
            file.write_all(bytes)
                .map_err(|source| write::error(path, source))?;
            staged.push((file, real, path, bytes.len()));
        }
    }
    for (target, (path, bytes)) in targets.iter().zip(outputs) {
        if let Target::InPlace = target {
            in_place(path, bytes).map_err(|source| write::error(path, source))?;
        }
    }
    for (file, real, path, bytes) in staged {
        write::persist(file, real)?;
        crate::note!("wrote `{}` ({bytes} bytes)", path.display());
    }
    Ok(())
}

/// `-o` naming a folder is refused before anything is made: the files would go beside it
/// (`letters-fr`), not into it.
pub fn not_a_folder(output: &str) -> Result<(), Error> {
    let path = Path::new(output);
    match output != "-" && (path.is_dir() || output.ends_with(std::path::MAIN_SEPARATOR)) {
        true => Err(write::error(path, folder())),
        false => Ok(()),
    }
}

fn folder() -> std::io::Error {
    std::io::Error::other("it is a folder; give a file name")
}

fn target(path: &Path, input: &str) -> Result<Target, Error> {
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        Err(_) if path.symlink_metadata().is_ok() => {
            let source = std::io::Error::other("it is a link to a file that does not exist");
            return Err(write::error(path, source));
        }
        Err(_) => return Ok(Target::Replace(path.into())),
    };
    if is_input(&meta, input) {
        let path = crate::error::shown(&path.display().to_string());
        return Err(Error::Usage(Usage::OutputIsInput { path }));
    }
    if meta.is_dir() {
        return Err(write::error(path, folder()));
    }
    if !meta.is_file() {
        return Ok(Target::InPlace);
    }
    match path
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        true => fs::canonicalize(path)
            .map(Target::Replace)
            .map_err(|source| write::error(path, source)),
        false => Ok(Target::Replace(path.into())),
    }
}

/// Whether `meta` is the file `input` (the same device and inode).
fn is_input(meta: &Metadata, input: &str) -> bool {
    input != "-" && fs::metadata(input).is_ok_and(|read| same(meta, &read))
}

#[cfg(unix)]
fn same(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    (a.dev(), a.ino()) == (b.dev(), b.ino())
}

#[cfg(not(unix))]
fn same(a: &Metadata, b: &Metadata) -> bool {
    a.is_file() && b.is_file() && a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

/// A device or FIFO takes the bytes as they are: no temporary, no rename, no truncation.
fn in_place(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = fs::OpenOptions::new().write(true).open(path)?;
    file.write_all(bytes)?;
    file.flush()
}
