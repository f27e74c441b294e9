//! `circular render`: the letter in one or more languages, to stdout or files.

use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::written;
use crate::cli::{self, LetterArgs, RenderArgs, ZoneArg};
use crate::error::{Error, Usage};
use crate::letter::Letter;
use crate::locale::Lang;
use crate::pipeline::{self, Format, Input, View};
use crate::render::Templates;
use crate::write;

pub fn run(args: &RenderArgs) -> Result<(), Error> {
    written::json_needs_a_file(args.json, &args.letter.output)?;
    let made = make(&args.letter)?;
    match made.write()? {
        None => Ok(()),
        Some(files) => written::report(&files, made.warnings.clone(), args.json),
    }
}

/// The files (or stdout) of a render, made but not yet written.
pub struct Made {
    /// Each file and its bytes; `-` for stdout.
    outputs: Vec<(PathBuf, Vec<u8>)>,
    /// The file the letters are made from, which no output may replace.
    input: String,
    /// What `check` would say, as `file:line:column: message` lines.
    pub warnings: Vec<String>,
}

/// Every letter of the render, made before any is written: a failing template writes nothing.
/// Warnings are said on stderr unless `--quiet`.
pub fn make(args: &LetterArgs) -> Result<Made, Error> {
    crate::files::not_a_folder(&args.output)?;
    let input = Input::read(&args.file)?;
    let langs = &input.languages(&args.lang.0)?;
    let format = format(args.format, &args.output)?;
    if format.binary() && args.output == "-" && langs.len() > 1 {
        let (format, extension) = (format.name(), format.extension());
        return Err(Error::Usage(Usage::SeveralToStdout { format, extension }));
    }
    let view = View {
        zone: args.zone.as_ref().map(ZoneArg::chosen),
        ..Default::default()
    };
    let letters = input.letters(langs, &view)?;
    let warnings = warnings(&input, &letters[0]);
    let mut outputs = Vec::new();
    for letter in &letters {
        let bytes = make_one(&input, letter, format, args)?;
        let path = output_path(&args.output, letter.lang, langs.len() > 1);
        outputs.push((path, bytes));
    }
    Ok(Made {
        outputs,
        input: args.file.clone(),
        warnings,
    })
}

impl Made {
    /// Writes the files, all of them or none (see `files`), and returns them; or prints
    /// everything on stdout (several text letters separated by a form feed) and returns None.
    pub fn write(&self) -> Result<Option<written::Files<'_>>, Error> {
        if self.outputs.iter().all(|(path, _)| path.as_os_str() == "-") {
            let mut stdout = Vec::new();
            self.outputs
                .iter()
                .for_each(|(_, bytes)| push_page(&mut stdout, bytes));
            return write::stdout(&stdout).map(|()| None);
        }
        let files: written::Files = self
            .outputs
            .iter()
            .map(|(path, bytes)| (path.clone(), bytes.as_slice()))
            .collect();
        crate::files::all(&files, &self.input)?;
        Ok(Some(files))
    }
}

/// One letter through the rest of the pipeline, in `format`.
fn make_one(
    input: &Input,
    letter: &Letter,
    format: Format,
    args: &LetterArgs,
) -> Result<Vec<u8>, Error> {
    let templates = Templates::for_letter(letter, args.templates.as_deref())?;
    let document = pipeline::document(letter, &templates)?;
    let stamp = cli::instant(args.timestamp);
    let finish = input.finish(letter, &[format], args.width, stamp)?;
    input.output(&document, format, &finish)
}

/// `--format`, or the format `-o` names by its extension, else text; the two must agree.
fn format(asked: Option<Format>, output: &str) -> Result<Format, Error> {
    let named = Path::new(output)
        .extension()
        .and_then(|ext| ext.to_str())
        .and_then(|ext| {
            let ext = ext.to_ascii_lowercase();
            Format::value_variants()
                .iter()
                .copied()
                .find(|format| format.extension() == ext)
        });
    match (asked, named) {
        (Some(asked), Some(named)) if asked != named => Err(Error::Usage(Usage::FormatClash {
            asked: asked.name(),
            output: output.into(),
            named: named.name(),
        })),
        (Some(format), _) | (None, Some(format)) => Ok(format),
        (None, None) => Ok(Format::Text),
    }
}

/// What `check` would say of a letter that can be made (a weekend deadline, a reference to a
/// missing annex): said on stderr, and in the `--json` summary, without stopping the render.
fn warnings(input: &Input, letter: &Letter) -> Vec<String> {
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
    for line in &lines {
        crate::inform!("warning: {line} (see `circular check`)");
    }
    lines
}

/// Where one language's output goes: the file itself, or the file with `-fr` added (unused
/// for stdout).
fn output_path(output: &str, lang: Lang, several: bool) -> PathBuf {
    let path = PathBuf::from(output);
    if !several || output == "-" {
        return path;
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{}.{}", lang.code(), ext.to_string_lossy()),
        None => format!("{stem}-{}", lang.code()),
    };
    path.with_file_name(name)
}

/// Several letters on stdout are separated by a form feed, as pages are.
fn push_page(out: &mut Vec<u8>, bytes: &[u8]) {
    if !out.is_empty() {
        out.extend_from_slice(b"\x0c\n");
    }
    out.extend_from_slice(bytes);
}
