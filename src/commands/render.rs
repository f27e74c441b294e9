//! `circular render`: the letter in one or more languages, to stdout or files.

use std::path::{Path, PathBuf};

use super::written;
use crate::cli::{self, RenderArgs};
use crate::error::Error;
use crate::letter::Letter;
use crate::locale::Lang;
use crate::pipeline::{self, Finish, Format, Input, View};
use crate::render::Templates;
use crate::write::{self, Written};

pub fn run(args: &RenderArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let langs = &input.languages(&args.lang.0)?;
    let format = format(args.format, &args.output)?;
    if format == Format::Pdf && args.output == "-" && langs.len() > 1 {
        return Err(Error::Usage(
            "several PDF letters cannot go to stdout: give `-o FILE.pdf` or one `--lang`".into(),
        ));
    }
    written::json_needs_a_file(args.json, &args.output)?;
    let view = View {
        zone: args.zone,
        ..Default::default()
    };
    let letters = input.letters(langs, &view)?;
    let warnings = warnings(&input, &letters[0], args.quiet);
    // Every letter is made before any is written: a failing template writes nothing.
    let mut outputs = Vec::new();
    for letter in &letters {
        let bytes = make(&input, letter, format, args)?;
        outputs.push((
            output_path(&args.output, letter.lang, langs.len() > 1),
            bytes,
        ));
    }
    let mut stdout = Vec::new();
    let mut files = Vec::new();
    for (path, bytes) in outputs {
        match path {
            Some(path) => {
                write::atomic(&path, &bytes)?;
                files.push(Written::new(&path, &bytes));
            }
            None => push_page(&mut stdout, &bytes),
        }
    }
    if args.output == "-" {
        return write::stdout(&stdout);
    }
    written::report(files, warnings, args.json, args.quiet)
}

/// One letter through the rest of the pipeline, in `format`.
fn make(
    input: &Input,
    letter: &Letter,
    format: Format,
    args: &RenderArgs,
) -> Result<Vec<u8>, Error> {
    let templates = Templates::new(letter.lang, args.templates.as_deref())?;
    let document = pipeline::document(letter, &templates)?;
    let pdf = match format {
        Format::Pdf => Some(input.pdf_options(letter, cli::instant(args.timestamp))?),
        Format::Text => None,
    };
    let finish = Finish {
        width: args.width,
        pdf,
    };
    input.output(&document, format, &finish)
}

/// `--format`, or the format `-o` names by its extension, else text; the two must agree.
fn format(asked: Option<Format>, output: &str) -> Result<Format, Error> {
    let named = Path::new(output)
        .extension()
        .and_then(|ext| ext.to_str())
        .and_then(|ext| {
            let ext = ext.to_ascii_lowercase();
            [Format::Text, Format::Pdf]
                .into_iter()
                .find(|format| format.extension() == ext)
        });
    match (asked, named) {
        (Some(asked), Some(named)) if asked != named => Err(Error::Usage(format!(
            "`--format {}` does not fit `-o {output}`, which names a {} file: give one of them, or make them agree",
            asked.name(),
            named.name()
        ))),
        (Some(format), _) | (None, Some(format)) => Ok(format),
        (None, None) => Ok(Format::Text),
    }
}

/// What `check` would say of a letter that can be made (a weekend deadline, a reference to a
/// missing annex): said on stderr, and in the `--json` summary, without stopping the render.
fn warnings(input: &Input, letter: &Letter, quiet: bool) -> Vec<String> {
    let problems = crate::check::semantic(&input.circular, letter, &input.source);
    let lines: Vec<String> = problems
        .iter()
        .map(|p| {
            format!(
                "{}:{}:{}: {}",
                input.source.path, p.line, p.column, p.message
            )
        })
        .collect();
    if !quiet {
        lines
            .iter()
            .for_each(|line| crate::say!("warning: {line} (see `circular check`)"));
    }
    lines
}

/// Where one language's output goes: stdout, the file itself, or the file with `-fr` added.
fn output_path(output: &str, lang: Lang, several: bool) -> Option<PathBuf> {
    if output == "-" {
        return None;
    }
    let path = PathBuf::from(output);
    if !several {
        return Some(path);
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{}.{}", lang.code(), ext.to_string_lossy()),
        None => format!("{stem}-{}", lang.code()),
    };
    Some(path.with_file_name(name))
}

/// Several letters on stdout are separated by a form feed, as pages are.
fn push_page(out: &mut Vec<u8>, bytes: &[u8]) {
    if !out.is_empty() {
        out.extend_from_slice(b"\x0c\n");
    }
    out.extend_from_slice(bytes);
}
