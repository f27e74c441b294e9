//! `circular batch`: one letter per recipient, in the recipient's language and naming them, plus
//! a manifest of the files written.
//!
//! Like ripgrep over files, a batch keeps going: a bad row or a recipient whose letter cannot be
//! written is reported with its line, the others are written, and the exit code (3) says that
//! something failed. What would spoil every letter stops the batch before anything is written:
//! a broken description or template, or files already in the way (unless `--force`). Each file
//! is written to a temporary name and renamed, so an interrupted batch (Ctrl-C, kill -9) leaves
//! only whole files (and perhaps a hidden `.circular-*` temporary). The manifest, written last,
//! lists only files that were really written.
//!
//! Letters are rendered in parallel (rayon), each independent of the others, from templates
//! compiled once per language and shared by every thread: the bytes never depend on `--jobs`.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use chrono_tz::Tz;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use crate::cli::{self, BatchArgs, BatchFormat};
use crate::commands::{self, Input};
use crate::document::Document;
use crate::error::Error;
use crate::letter::{self, Letter};
use crate::locale::Lang;
use crate::manifest::{self, Entry};
use crate::output::pdf::PdfOptions;
use crate::recipients::{self, Defaults, Recipient, shown};
use crate::render::Templates;
use crate::values::Zone;
use crate::{names, output, write};

/// One recipient's letter and the files it goes to (one per format).
struct Job<'a> {
    recipient: &'a Recipient,
    files: Vec<(Kind, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Pdf,
}

/// A letter's language, and the recipient's zone when the letter gives the time there too.
type View = (Lang, Option<Tz>);

mod prepared;

/// What every job reads.
struct Context<'a> {
    meeting_zone: Zone,
    pdf: Option<PdfOptions>,
    views: HashMap<View, Letter>,
    prepared: HashMap<View, prepared::Prepared>,
    templates: HashMap<Lang, Templates>,
    dir: &'a Path,
    width: usize,
}

/// The files one job wrote, and why it stopped if it did.
struct Outcome<'a> {
    entries: Vec<Entry<'a>>,
    failure: Option<Error>,
}

pub fn run(args: &BatchArgs) -> Result<(), Error> {
    let started = Instant::now();
    let input = Input::read(&args.file)?;
    let defaults = Defaults::new(&input.circular, &args.defaults)?;
    let loaded = recipients::load(&args.recipients, &defaults)?;
    loaded.report();
    let prefix = names::prefix(&input.circular);
    let jobs = plan(&loaded.recipients, &prefix, &kinds(args.format));
    let context = Context::new(&input, &loaded.recipients, args)?;
    prepare(&args.out, &jobs, &prefix, args.force)?;
    let outcomes = render_all(&jobs, &context, args)?;
    let (entries, failed) = report(&jobs, outcomes, &loaded.path);
    let manifests = manifest::write(&args.out, &prefix, &entries)?;
    let total = loaded.problems.len() + loaded.recipients.len();
    let failed = failed + loaded.problems.len();
    if !args.quiet {
        crate::say!(
            "{} files for {} of {total} recipients in `{}` ({:.2} s); manifest {}, {}",
            entries.len(),
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

impl<'a> Context<'a> {
    /// Everything built once for all letters; fails on what would spoil every letter.
    fn new(
        input: &Input,
        recipients: &[Recipient],
        args: &'a BatchArgs,
    ) -> Result<Context<'a>, Error> {
        let views = views(input, recipients)?;
        let templates = templates(&views, args.templates.as_deref())?;
        let mut prepared = HashMap::new();
        for (view, letter) in &views {
            prepared.insert(*view, prepared::Prepared::new(letter, &templates[&view.0])?);
        }
        Ok(Context {
            meeting_zone: input.circular.meeting.zone,
            pdf: pdf_options(input, &views, args)?,
            templates,
            prepared,
            views,
            dir: &args.out,
            width: args.width,
        })
    }
}

/// The files written, in the recipients' order, and how many recipients failed (each reported).
fn report<'a>(jobs: &[Job], outcomes: Vec<Outcome<'a>>, path: &str) -> (Vec<Entry<'a>>, usize) {
    let mut entries = Vec::new();
    let mut failed = 0;
    for (job, outcome) in jobs.iter().zip(outcomes) {
        entries.extend(outcome.entries);
        if let Some(error) = outcome.failure {
            let r = job.recipient;
            crate::say!(
                "error: {path}:{}: recipient `{}`: {error}",
                r.line,
                shown(&r.id)
            );
            failed += 1;
        }
    }
    (entries, failed)
}

fn kinds(format: BatchFormat) -> Vec<Kind> {
    match format {
        BatchFormat::Text => vec![Kind::Text],
        BatchFormat::Pdf => vec![Kind::Pdf],
        BatchFormat::Both => vec![Kind::Text, Kind::Pdf],
    }
}

/// The PDF settings, the same for every letter of the batch (read the logo once); any view
/// gives them, as all have the same date and signatory.
fn pdf_options(
    input: &Input,
    views: &HashMap<View, Letter>,
    args: &BatchArgs,
) -> Result<Option<PdfOptions>, Error> {
    let (Some(letter), BatchFormat::Pdf | BatchFormat::Both) = (views.values().next(), args.format)
    else {
        return Ok(None);
    };
    let stamp = cli::timestamp(args.timestamp.clone())?;
    commands::pdf_options(input, letter, stamp).map(Some)
}

/// Each recipient's files, one per format, under names no other recipient has.
fn plan<'a>(recipients: &'a [Recipient], prefix: &str, kinds: &[Kind]) -> Vec<Job<'a>> {
    let safe = names::safe_ids(recipients.iter().map(|r| r.id.as_str()));
    let job = |(recipient, safe): (&'a Recipient, String)| {
        let name = |kind: &Kind| names::file_name(prefix, recipient.lang, &safe, kind.extension());
        let files = kinds.iter().map(|kind| (*kind, name(kind))).collect();
        Job { recipient, files }
    };
    recipients.iter().zip(safe).map(job).collect()
}

/// The letter view of each language and zone the recipients need, built once: a recipient's
/// letter is a copy that names them.
fn views(input: &Input, recipients: &[Recipient]) -> Result<HashMap<View, Letter>, Error> {
    let mut views = HashMap::new();
    for r in recipients {
        let view = (r.lang, local_zone(r, input.circular.meeting.zone));
        if let std::collections::hash_map::Entry::Vacant(slot) = views.entry(view) {
            let options = letter::Options {
                recipient: Vec::new(),
                zone: view.1,
            };
            slot.insert(input.letter(r.lang, &options)?);
        }
    }
    Ok(views)
}

/// Compiles the templates of each language once, and renders one letter with them: a broken
/// description or template stops the batch before anything is written.
fn templates(
    views: &HashMap<View, Letter>,
    dir: Option<&Path>,
) -> Result<HashMap<Lang, Templates>, Error> {
    let mut compiled = HashMap::new();
    for lang in Lang::ALL {
        let letter = views.iter().find(|((view_lang, _), _)| *view_lang == lang);
        if let Some((_, letter)) = letter {
            let templates = Templates::new(lang, dir)?;
            commands::document(letter, &templates)?;
            compiled.insert(lang, templates);
        }
    }
    Ok(compiled)
}

/// Creates the folder; refuses, before writing anything, to replace files without `--force`.
fn prepare(dir: &Path, jobs: &[Job], prefix: &str, force: bool) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Write {
        path: dir.display().to_string(),
        source,
    })?;
    if force {
        return Ok(());
    }
    let letters = jobs
        .iter()
        .flat_map(|job| job.files.iter().map(|(_, f)| f.clone()));
    let files = letters.chain(manifest::file_names(prefix));
    let existing: Vec<String> = files
        .filter(|file| dir.join(file).symlink_metadata().is_ok())
        .collect();
    match existing.first() {
        None => Ok(()),
        Some(first) => Err(Error::Exists {
            dir: dir.display().to_string(),
            count: existing.len(),
            first: first.clone(),
        }),
    }
}

/// Renders the jobs on `--jobs` threads while one thread writes the files: parallel creates and
/// renames in one folder contend in the file system (measured: 10,000 letters took twice as
/// long with two writers as with one). Outcomes come back in the jobs' order.
fn render_all<'a>(
    jobs: &'a [Job],
    context: &Context,
    args: &BatchArgs,
) -> Result<Vec<Outcome<'a>>, Error> {
    let threads = args.jobs.map_or(0, usize::from);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|error| Error::Usage(format!("cannot start {threads} threads: {error}")))?;
    let progress = progress(jobs.len(), args.quiet);
    let (sender, receiver) = std::sync::mpsc::sync_channel::<(usize, Rendered)>(256);
    let outcomes = std::thread::scope(|scope| {
        let writer = scope.spawn(|| {
            let mut outcomes: Vec<Option<Outcome>> = jobs.iter().map(|_| None).collect();
            for (index, rendered) in receiver {
                outcomes[index] = Some(jobs[index].write_all(context, rendered));
                progress.inc(1);
            }
            outcomes
        });
        pool.install(|| {
            let each = jobs.par_iter().enumerate();
            each.for_each_with(sender, |sender, (index, job)| {
                let _ = sender.send((index, job.render(context)));
            });
        });
        writer.join().expect("the writer thread does not panic")
    });
    progress.finish_and_clear();
    Ok(outcomes
        .into_iter()
        .map(|outcome| outcome.expect("every job was rendered"))
        .collect())
}

/// A bar on stderr when both stdout and stderr are terminals and `--quiet` is not given.
fn progress(len: usize, quiet: bool) -> ProgressBar {
    let terminal = std::io::stderr().is_terminal() && std::io::stdout().is_terminal();
    if quiet || !terminal {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{bar:40} {pos}/{len} letters, {eta} left")
        .expect("a valid template");
    ProgressBar::new(len as u64).with_style(style)
}

/// A job's files, made but not yet written: the letter can fail, or one of its formats.
type Rendered = Result<Vec<Result<Vec<u8>, Error>>, Error>;

impl Job<'_> {
    /// Makes every file of the job; nothing is written yet.
    fn render(&self, context: &Context) -> Rendered {
        let document = self.document(context)?;
        Ok(self
            .files
            .iter()
            .map(|(kind, _)| bytes(context, &document, *kind))
            .collect())
    }

    /// Writes what `render` made; a failure stops this job only.
    fn write_all(&self, context: &Context, rendered: Rendered) -> Outcome<'_> {
        let mut outcome = Outcome {
            entries: Vec::with_capacity(self.files.len()),
            failure: None,
        };
        let files = match rendered {
            Ok(files) => files,
            Err(error) => {
                outcome.failure = Some(error);
                return outcome;
            }
        };
        for ((_, name), bytes) in self.files.iter().zip(files) {
            match bytes.and_then(|bytes| self.write(context, name, &bytes)) {
                Ok(entry) => outcome.entries.push(entry),
                Err(error) => outcome.failure = Some(error),
            }
        }
        outcome
    }

    fn document(&self, context: &Context) -> Result<Document, Error> {
        let r = self.recipient;
        let lines = [&r.name, &r.organisation]
            .into_iter()
            .filter(|line| !line.is_empty());
        let view = (r.lang, local_zone(r, context.meeting_zone));
        let lines: Vec<String> = lines.cloned().collect();
        if let Some(document) = context.prepared[&view].document(&lines) {
            return Ok(document);
        }
        let mut letter = context.views[&view].clone();
        letter.recipient = lines;
        commands::document(&letter, &context.templates[&r.lang])
    }

    fn write<'s>(
        &'s self,
        context: &Context,
        file: &'s str,
        bytes: &[u8],
    ) -> Result<Entry<'s>, Error> {
        let path = context.dir.join(file);
        write::atomic(&path, bytes)?;
        let written = write::Written::new(&path, bytes);
        Ok(Entry {
            id: &self.recipient.id,
            language: self.recipient.lang.code(),
            zone: self.recipient.zone.0.name(),
            file,
            bytes: written.bytes as u64,
            sha256: written.sha256,
        })
    }
}

/// One file of a letter, as bytes.
fn bytes(context: &Context, document: &Document, kind: Kind) -> Result<Vec<u8>, Error> {
    match kind {
        Kind::Text => Ok(output::text::render(document, context.width).into_bytes()),
        Kind::Pdf => {
            let options = context.pdf.as_ref().expect("PDF options for a PDF batch");
            output::pdf::pdf(document, options).map_err(|e| Error::Pdf(e.to_string()))
        }
    }
}

/// The recipient's zone, when the letter should say the time there too: not the meeting's own.
fn local_zone(r: &Recipient, meeting: Zone) -> Option<Tz> {
    (r.zone != meeting).then_some(r.zone.0)
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Kind::Text => "txt",
            Kind::Pdf => "pdf",
        }
    }
}
