//! Writing output files so that nothing is ever half-written: a temporary file in the same
//! folder, then renamed over the target. A killed process leaves the old file or the new one,
//! never a part of it. (No fsync: it costs ~8 ms a file and guards only against power loss.)

use std::io::Write;
use std::path::{Path, PathBuf};

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
        Written {
            path: path.display().to_string(),
            bytes: bytes.len(),
            sha256: sha256(bytes),
        }
    }
}

/// The SHA-256 of `bytes`, in lowercase hex.
pub fn sha256(bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
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
        stdout(json.as_bytes())
    }
}

/// Writes `bytes` to `path` atomically, replacing any file there.
pub fn atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write(path, bytes, true)
}

/// Writes `bytes` to `path` atomically, unless a file is there: then it is an error and the
/// file stays as it was.
pub fn atomic_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write(path, bytes, false)
}

fn write(path: &Path, bytes: &[u8], replace: bool) -> Result<(), Error> {
    let mut file = temporary(path)?;
    file.write_all(bytes)
        .map_err(|source| error(path, source))?;
    match replace {
        true => persist(file, path)?,
        false => persist_new(file, path)?,
    }
    crate::note!("wrote `{}` ({} bytes)", path.display(), bytes.len());
    Ok(())
}

/// The name a temporary file starts with; six random letters or digits follow.
const TEMPORARY: &str = ".circular-";

/// A file being written under a hidden temporary name beside its target, removed unless it is
/// given its name ([`persist`]).
pub struct Temporary {
    file: std::fs::File,
    path: PathBuf,
    kept: bool,
}

impl Write for Temporary {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.file.write(bytes)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Six letters or digits, different at each call (std's hasher keys are random per process,
/// and change with each `RandomState`).
fn random_name() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8; 62] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut value = std::hash::RandomState::new().build_hasher().finish();
    let mut name = String::from(TEMPORARY);
    for _ in 0..6 {
        name.push(ALPHABET[(value % 62) as usize] as char);
        value /= 62;
    }
    name
}

/// Whether `name` is the name of one of our temporary files.
pub fn is_temporary(name: &str) -> bool {
    name.strip_prefix(TEMPORARY)
        .is_some_and(|rest| rest.len() == 6 && rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A new temporary file beside `path`, hidden (`.circular-*`), for [`persist`] to rename.
pub fn temporary(path: &Path) -> Result<Temporary, Error> {
    if path.is_dir() {
        let source = std::io::Error::other("it is a folder; give a file name");
        return Err(error(path, source));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    // The output is an ordinary file others may read (0644 less the umask).
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o644);
    let mut tries = 0;
    loop {
        let temporary = folder.join(random_name());
        match options.open(&temporary) {
            Ok(file) => {
                let path = temporary;
                return Ok(Temporary {
                    file,
                    path,
                    kept: false,
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && tries < 100 => tries += 1,
            Err(source) => return Err(error(path, source)),
        }
    }
}

/// Gives a finished temporary file its name, replacing any file there.
pub fn persist(mut file: Temporary, path: &Path) -> Result<(), Error> {
    std::fs::rename(&file.path, path).map_err(|source| error(path, source))?;
    file.kept = true;
    Ok(())
}

/// Gives a finished temporary file its name, unless a file has it: then it is an error and the
/// file there stays as it was.
fn persist_new(mut file: Temporary, path: &Path) -> Result<(), Error> {
    match std::fs::hard_link(&file.path, path) {
        Ok(()) => {
            let _ = std::fs::remove_file(&file.path);
            file.kept = true;
            Ok(())
        }
        Err(source) if source.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(error(path, source))
        }
        // A file system without hard links (FAT, some network shares): look, then rename. (A
        // batch holds its folder's lock, so nothing of ours can slip in between.)
        Err(_) if path.symlink_metadata().is_ok() => {
            let source = std::io::Error::from(std::io::ErrorKind::AlreadyExists);
            Err(error(path, source))
        }
        Err(_) => persist(file, path),
    }
}

/// A failure to write `path`.
pub fn error(path: &Path, source: std::io::Error) -> Error {
    Error::Write {
        path: path.display().to_string(),
        source,
    }
}

/// Writes to stdout. A reader that went away (`| head`) has what it wanted: not an error. A
/// closed stdout (`>&-`) is one: Rust's stdout would take the bytes and drop them.
pub fn stdout(bytes: &[u8]) -> Result<(), Error> {
    if closed() {
        return Err(Error::Write {
            path: "<stdout>".into(),
            source: std::io::Error::other("standard output is closed"),
        });
    }
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        result => result.map_err(|source| Error::Write {
            path: "<stdout>".into(),
            source,
        }),
    }
}

/// Whether stdout was closed when the process started (`>&-`). Rust's runtime then opens
/// `/dev/null` in its place, read-write, which no shell redirection does (`>/dev/null` opens it
/// write-only).
#[cfg(target_os = "linux")]
fn closed() -> bool {
    let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|to| to == Path::new("/dev/null"));
    let info = std::fs::read_to_string("/proc/self/fdinfo/1").unwrap_or_default();
    let flags = info.lines().find_map(|line| line.strip_prefix("flags:"));
    let flags = flags.and_then(|flags| u32::from_str_radix(flags.trim(), 8).ok());
    null && flags.is_some_and(|flags| flags & 3 == 2)
}

#[cfg(not(target_os = "linux"))]
fn closed() -> bool {
    false
}
