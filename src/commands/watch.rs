//! `circular watch`: render, then render again each time a file the letter is made from is
//! saved. Editors that save by writing a new file and renaming it over the old one (vim, VS
//! Code) are followed, as the folders are watched, not the files. A render that fails prints its
//! problems and writes nothing, so the last good output stays in place.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use super::render;
use crate::cli::WatchArgs;
use crate::error::{Error, Usage, count};

/// Saves closer together than this are one change (an editor writes, renames, touches).
const SETTLE: Duration = Duration::from_millis(150);

pub fn run(args: &WatchArgs) -> Result<(), Error> {
    let letter = &args.letter;
    if letter.file == "-" {
        return Err(Error::Usage(Usage::WatchStdin));
    }
    let (sender, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(sender).map_err(watch_error)?;
    let mut watched = BTreeSet::new();
    loop {
        // Watched before the render, so that a save during it is not missed.
        let files = sources(args);
        for (folder, mode) in folders(&files, letter.templates.as_deref()) {
            if watched.insert(folder.clone()) {
                watcher.watch(&folder, mode).map_err(watch_error)?;
            }
        }
        once(args);
        wait(&events, &files, letter.templates.as_deref());
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

/// The folders to watch: each file's own (not recursive), the templates folder (recursive).
fn folders(files: &[PathBuf], templates: Option<&Path>) -> Vec<(PathBuf, RecursiveMode)> {
    let own = files.iter().filter_map(|file| file.parent());
    let mut folders: Vec<_> = own
        .map(|folder| (folder.to_path_buf(), RecursiveMode::NonRecursive))
        .collect();
    if let Some(templates) = templates {
        folders.push((absolute(templates), RecursiveMode::Recursive));
    }
    folders
}

/// Blocks until one of `files` or a template changes, and the saving has settled.
fn wait(
    events: &mpsc::Receiver<notify::Result<notify::Event>>,
    files: &[PathBuf],
    templates: Option<&Path>,
) {
    let templates = templates.map(absolute);
    let relevant = |event: &notify::Result<notify::Event>| {
        let Ok(event) = event else { return false };
        let changes = !matches!(event.kind, notify::EventKind::Access(_));
        let ours = |path: &PathBuf| {
            files.contains(path) || templates.as_ref().is_some_and(|dir| path.starts_with(dir))
        };
        changes && event.paths.iter().any(ours)
    };
    while let Ok(event) = events.recv() {
        if relevant(&event) {
            break;
        }
    }
    while events.recv_timeout(SETTLE).is_ok() {}
}

/// `path` from the root, its folder resolved, so that it compares with the paths events give.
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

fn watch_error(error: notify::Error) -> Error {
    Error::Watch(error.to_string())
}
