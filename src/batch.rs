//! `circular batch`: one letter per recipient, in the recipient's language and naming them, plus
//! a manifest of the files written.
//!
//! Like ripgrep over files, a batch keeps going: a bad row or a recipient whose letter cannot be
//! written is reported with its line, the others are written, and the exit code (3) says that
//! something failed. What would spoil every letter stops the batch before anything is written:
//! a broken description or template, or files already in the way (unless `--force`). Each file
//! is written to a temporary name and renamed, so an interrupted batch (Ctrl-C, kill -9) leaves
//! only whole files (and perhaps a hidden `.circular-*` temporary). The manifest takes its name
//! last and lists only files that were really written.
//!
//! The recipients file is read twice and never held: a first pass checks every row, reports the
//! bad ones and finds the views the letters need and the files in the way; the second renders
//! the letters a chunk at a time and writes them as they come, appending to the manifest. So
//! memory does not grow with the number of recipients.
//!
//! Letters are rendered in parallel (`parallel.rs`), each independent of the others, from templates
//! compiled once per language and shared by every thread: the bytes never depend on `--jobs`.

use std::collections::HashSet;
use std::path::Path;
use std::sync::mpsc;
use std::time::Instant;

use crate::error::shown;
use crate::error::{Error, Usage};
use crate::manifest;
use crate::names::{self, SafeIds};
use crate::pipeline::Input;
use crate::recipients::{self, Defaults};

/// Letters rendered together before they are written: enough to keep every thread busy, few
/// enough that the letters waiting to be written take little memory.
const CHUNK: usize = 128;

mod context;
mod folder;
mod job;
mod parallel;
mod prepared;
mod progress;
mod settings;

use context::{Context, View, view};
use job::{Job, Rendered};
use progress::Progress;
pub use settings::Settings;

/// What the first pass found.
#[derive(Default)]
struct Survey {
    good: usize,
    bad: usize,
    views: HashSet<View>,
    /// Files of the batch already in the output folder: how many, and the first.
    existing: usize,
    first_existing: Option<String>,
}

/// What the second pass did.
#[derive(Default)]
struct Tally {
    files: usize,
    failed: usize,
}

/// Runs the batch of `input`'s letters.
pub fn run(input: &Input, args: &Settings) -> Result<(), Error> {
    let started = Instant::now();
    let defaults = Defaults::new(&input.circular, args.lang, args.zone);
    let prefix = names::prefix(&input.circular);
    // A `--default-lang` the letter is not written in is refused before any row is read.
    input.languages(&[defaults.lang])?;
    let survey = survey(args, &defaults, input, &prefix)?;
    let context = Context::new(input, &survey.views, args)?;
    let _locked = prepare(&args.out, &survey)?;
    let (tally, manifests) = render_all(args, &defaults, &prefix, &context, survey.good)?;
    let total = survey.good + survey.bad;
    let failed = tally.failed + survey.bad;
    if !args.quiet {
        crate::say!(
            "{} files for {} of {total} recipients in `{}` ({:.2} s); manifest {}, {}",
            tally.files,
            total - failed,
            args.out.display(),
            started.elapsed().as_secs_f64(),
            manifests[0],
            manifests[1]
        );
    }
    match failed {
        0 => Ok(()),
        failed => Err(Error::Partial { failed, total }),
    }
}

/// The first pass: reports each bad row, and finds the views the letters need and the files of
/// the batch already in the folder (unless `--force`).
fn survey(
    args: &Settings,
    defaults: &Defaults,
    input: &Input,
    prefix: &str,
) -> Result<Survey, Error> {
    let mut survey = Survey::default();
    let mut safe = SafeIds::default();
    let mut in_the_way = |file: &String| {
        if !args.force && args.out.join(file).symlink_metadata().is_ok() {
            survey.existing += 1;
            survey.first_existing.get_or_insert_with(|| file.clone());
        }
    };
    manifest::file_names(prefix)
        .iter()
        .for_each(&mut in_the_way);
    let path = args.recipients.display();
    recipients::each(&args.recipients, defaults, &mut |checked| match checked {
        Ok(recipient) => {
            survey.good += 1;
            survey.views.insert(view(&recipient, input.circular.zone()));
            let job = Job::new(recipient, &mut safe, prefix, &args.formats);
            job.files.iter().for_each(|(_, file)| in_the_way(file));
        }
        Err(problem) => {
            survey.bad += 1;
            crate::say!("error: {path}:{problem}");
        }
    })?;
    Ok(survey)
}

/// Creates and locks the folder; refuses, before writing anything, to replace files without
/// `--force`.
fn prepare(dir: &Path, survey: &Survey) -> Result<folder::Locked, Error> {
    let locked = folder::lock(dir)?;
    match &survey.first_existing {
        None => Ok(locked),
        Some(first) => Err(Error::Exists {
            dir: dir.display().to_string(),
            count: survey.existing,
            first: first.clone(),
        }),
    }
}

/// What the writer thread is sent: letters to write, then the end of the batch. A writer that
/// sees the channel close without `End` (a thread panicked) leaves no manifest.
enum Message {
    Letters(Vec<(Job, Rendered)>),
    End,
}

/// The second pass: renders the letters a chunk at a time on `--jobs` threads while one thread
/// writes them, in the recipients' order, and appends them to the manifest. (One writer:
/// parallel creates and renames in one folder contend in the file system; measured, 10,000
/// letters took twice as long with two writers as with one.)
fn render_all(
    args: &Settings,
    defaults: &Defaults,
    prefix: &str,
    context: &Context,
    count: usize,
) -> Result<(Tally, [String; 2]), Error> {
    let threads = parallel::threads(args.jobs);
    let manifest = manifest::Writer::new(&args.out, prefix)?;
    let progress = Progress::new(count, args.quiet);
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::sync_channel(1);
        let writer = scope.spawn(|| write_all(receiver, manifest, context, &progress));
        // Once the writer has stopped (the disk is full), the other rows are read, not rendered.
        let stopped = std::cell::Cell::new(false);
        let failed = std::cell::Cell::new(None);
        let render = |chunk: Vec<Job>| {
            if stopped.get() {
                return;
            }
            let rendered = parallel::map(&chunk, threads, |job| job.render(context));
            crate::pdf::forget_old_subsets();
            match rendered {
                Ok(rendered) => {
                    let letters = Message::Letters(chunk.into_iter().zip(rendered).collect());
                    stopped.set(sender.send(letters).is_err());
                }
                Err(error) => {
                    failed.set(Some(error.to_string()));
                    stopped.set(true);
                }
            }
        };
        let mut safe = SafeIds::default();
        let mut chunk = Vec::with_capacity(CHUNK);
        let read = recipients::each(&args.recipients, defaults, &mut |checked| {
            if let Ok(recipient) = checked {
                chunk.push(Job::new(recipient, &mut safe, prefix, &args.formats));
            }
            if chunk.len() == CHUNK {
                render(std::mem::take(&mut chunk));
            }
        });
        render(chunk);
        if let Some(cause) = failed.take() {
            drop(sender);
            let _ = writer.join();
            progress.clear();
            return Err(Error::Usage(Usage::Threads {
                count: threads,
                cause,
            }));
        }
        let _ = sender.send(Message::End);
        let written = writer.join().expect("the writer thread does not panic");
        progress.clear();
        read.and(written)
    })
}

/// Writes the letters as they come, reports each recipient that fails, and ends the manifest.
/// A full disk stops the batch: the manifest lists the letters written so far.
fn write_all(
    messages: mpsc::Receiver<Message>,
    mut manifest: manifest::Writer,
    context: &Context,
    progress: &Progress,
) -> Result<(Tally, [String; 2]), Error> {
    let mut tally = Tally::default();
    loop {
        let letters = match messages.recv() {
            Ok(Message::Letters(letters)) => letters,
            Ok(Message::End) => return Ok((tally, manifest.finish()?)),
            Err(_) => return Err(Error::Reported),
        };
        for (job, rendered) in letters {
            let outcome = job.write_all(context, rendered, &mut manifest)?;
            tally.files += outcome.files;
            if let Some(error) = outcome.failure {
                let r = &job.recipient;
                let id = shown(&r.id);
                let path = context.recipients.display();
                crate::say!("error: {path}:{}: recipient `{id}`: {error}", r.line);
                tally.failed += 1;
                if error.is_out_of_space() {
                    let _ = manifest.finish();
                    return Err(error);
                }
            }
            progress.advance();
        }
    }
}
