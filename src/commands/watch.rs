//! `circular watch`: render, then render again each time a file the letter is made from is
//! saved. The files (the YAML, its logo, the templates folder's `.hbs` files) are looked at twenty
//! times a second by path, size and modification time: a look costs a few microseconds, works
//! on every file system (network ones too), and follows editors that save by writing a new file
//! and renaming it over the old one (vim, VS Code). A render that fails prints its problems and
//! writes nothing, so the last good output stays in place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::render;
use crate::cli::WatchArgs;
use crate::error::{Error, Usage, count};

/// How often the files are looked at.
const EVERY: Duration = Duration::from_millis(50);
/// Saves closer together than this are one change (an editor writes, renames, touches).
const SETTLE: Duration = Duration::from_millis(100);

pub fn run(args: &WatchArgs) -> Result<(), Error> {
    let letter = &args.letter;
    if letter.file == "-" {
        return Err(Error::Usage(Usage::WatchStdin));
    }
    if let Some(dir) = &letter.templates {
        std::fs::read_dir(dir)
            .map_err(|error| Error::Watch(format!("{}: {error}", dir.display())))?;
    }
    loop {
        // Looked at before the render, so that a save during it is not missed.
        let files = sources(args);
        let before = looks(&files, letter.templates.as_deref());
        once(args);
        wait(before, &files, letter.templates.as_deref());
    }
}

/// One render: written, or its problems said (and the output left as it was).
fn once(args: &WatchArgs) {
    let started = Instant::now();
    let result = render::make(&args.letter).and_then(|made| {
        let files = made.write()?.unwrap_or_default();
        let named = files
            .iter()
            .map(|(path, bytes)| format!("{} ({})", path.display(), count(bytes.len(), "byte")));
        Ok(named.collect::<Vec<_>>())
    });
    crate::pdf::forget_old_subsets();
    let took = started.elapsed().as_millis();
    match result {
        Ok(names) if !names.is_empty() && !crate::error::quiet() => {
            crate::say!("watch: wrote {} in {took} ms", names.join(", "));
        }
        Ok(_) => {}
        Err(error) => {
            crate::say!("error: {error}");
            crate::say!("watch: nothing written; the last good output stays as it was");
        }
    }
}

/// The files the letter is made from: the YAML, and its logo when the YAML names one.
fn sources(args: &WatchArgs) -> Vec<PathBuf> {
    let yaml = absolute(Path::new(&args.letter.file));
    let mut files = vec![yaml.clone()];
    let logo = crate::pipeline::Input::read(&args.letter.file)
        .ok()
        .and_then(|input| input.circular.letter.logo.map(|logo| logo.value));
    if let (Some(logo), Some(folder)) = (logo, yaml.parent()) {
        files.push(absolute(&folder.join(logo)));
    }
    files
}

/// What is known of each file: its size and modification time, or `None` if it is not there.
type Looks = Vec<(PathBuf, Option<(u64, SystemTime)>)>;

/// How `files` and the templates (each `.hbs` file in the folder's language folders) look now.
fn looks(files: &[PathBuf], templates: Option<&Path>) -> Looks {
    let mut paths = files.to_vec();
    let folders = templates.and_then(|dir| std::fs::read_dir(dir).ok());
    for folder in folders.into_iter().flatten().flatten() {
        let inside = std::fs::read_dir(folder.path())
            .into_iter()
            .flatten()
            .flatten();
        let templates = inside.map(|entry| entry.path());
        paths.extend(templates.filter(|path| path.extension().is_some_and(|ext| ext == "hbs")));
    }
    paths.sort();
    let look = |path: &PathBuf| {
        let meta = std::fs::metadata(path).ok()?;
        Some((meta.len(), meta.modified().ok()?))
    };
    paths
        .into_iter()
        .map(|path| (path.clone(), look(&path)))
        .collect()
}

/// Blocks until one of `files` or a template looks different from `before`, and has stayed the
/// same for [`SETTLE`].
fn wait(before: Looks, files: &[PathBuf], templates: Option<&Path>) {
    let mut now = before.clone();
    while now == before {
        std::thread::sleep(EVERY);
        now = looks(files, templates);
    }
    let mut settled = Instant::now();
    while settled.elapsed() < SETTLE {
        std::thread::sleep(EVERY.min(SETTLE));
        let again = looks(files, templates);
        if again != now {
            (now, settled) = (again, Instant::now());
        }
    }
}

/// `path` from the root, its folder resolved: the logo is found beside the YAML wherever the
/// command runs.
fn absolute(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (
        path.parent().and_then(|p| p.canonicalize().ok()),
        path.file_name(),
    ) {
        (Some(folder), Some(name)) => folder.join(name),
        _ => path,
    }
}
