//! The commands: each takes validated arguments, runs the pipeline and writes its output.

use clap::Parser;

use crate::cli::{self, Cli, Command, Format, IcsArgs, RenderArgs, TimesArgs, TimesFormat};
use crate::document::Document;
use crate::error::{Error, Problem};
use crate::letter::{self, Letter};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::render::Templates;
use crate::source::Source;
use crate::{check, ics, load, markup, meta, output, times, write, zone};

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return error.exit_code();
        }
    };
    crate::error::VERBOSE.store(cli.verbose, std::sync::atomic::Ordering::Relaxed);
    let result = match cli.command {
        Command::Render(args) => render(&args),
        Command::Check(args) => check::report::run(&args),
        Command::Addressees(args) => crate::distribution::run(&args),
        Command::Batch(args) => crate::batch::run(&args),
        Command::Times(args) => times(&args),
        Command::Ics(args) => ics(&args),
        Command::Init(args) => meta::init(&args),
        Command::Schema => meta::schema(),
        Command::Completions { shell } => meta::completions(shell),
        Command::Man => meta::man(),
    };
    match result {
        Ok(()) => 0,
        Err(Error::Reported) => 1,
        Err(error) => {
            crate::say!("error: {error}");
            error.exit_code()
        }
    }
}

/// A loaded description and where it came from.
pub struct Input {
    pub source: Source,
    pub circular: Circular,
}

impl Input {
    pub fn read(path: &str) -> Result<Input, Error> {
        let source = Source::read(path)?;
        crate::note!("read `{}` ({} bytes)", source.path, source.text.len());
        let circular = load::circular(&source)?;
        Ok(Input { source, circular })
    }

    /// A PDF error; a character the fonts lack is shown where the YAML has it.
    pub fn pdf_error(&self, error: output::pdf::PdfError) -> Error {
        use output::{layout::LayoutError, pdf::PdfError};
        let PdfError::Layout(LayoutError::MissingGlyph { character, .. }) = &error else {
            return Error::Pdf(error.to_string());
        };
        let Some((line, text)) = self
            .source
            .text
            .lines()
            .enumerate()
            .find(|(_, text)| text.contains(*character))
        else {
            return Error::Pdf(error.to_string());
        };
        let column = text.chars().take_while(|c| c != character).count() + 1;
        let field = load::field_path(&self.source.text, line + 1);
        let message = format!(
            "the PDF fonts cannot show U+{:04X} `{character}`",
            *character as u32
        );
        let hint = Some("use text output, or write the character another way".to_string());
        self.source.error(vec![self.source.problem(
            line + 1,
            column,
            &field,
            message,
            hint,
        )])
    }

    /// The letterhead logo named by `letter.logo`, read relative to the YAML file.
    pub fn logo(&self) -> Result<Option<Vec<u8>>, Error> {
        let Some(logo) = &self.circular.letter.logo else {
            return Ok(None);
        };
        let folder = std::path::Path::new(&self.source.path)
            .parent()
            .unwrap_or(std::path::Path::new("."));
        let path = folder.join(&logo.value);
        std::fs::read(&path).map(Some).map_err(|error| {
            let at = (
                logo.referenced.line() as usize,
                logo.referenced.column() as usize,
            );
            let message = format!("cannot read the logo `{}`: {error}", path.display());
            let hint = Some("give a PNG or JPEG file, relative to the YAML file".to_string());
            self.source.error(vec![self.source.problem(
                at.0,
                at.1,
                "letter.logo",
                message,
                hint,
            )])
        })
    }

    pub fn letter(&self, lang: Lang, options: &letter::Options) -> Result<Letter, Error> {
        letter::build(&self.circular, lang, &self.source, options)
    }
}

/// Letter view -> markup -> document.
pub fn document(letter: &Letter, templates: &Templates) -> Result<Document, Error> {
    let markup = templates.render(letter)?;
    markup::document(&markup, letter.lang.code(), &letter.reference).map_err(|error| {
        Error::Markup {
            template: templates.file("letter").into(),
            line: error.line,
            message: error.message,
        }
    })
}

fn render(args: &RenderArgs) -> Result<(), Error> {
    let langs = cli::languages(&args.lang)?;
    if args.format == Format::Pdf && args.output == "-" && langs.len() > 1 {
        return Err(Error::Usage(
            "several PDF letters cannot go to stdout: give `-o FILE.pdf` or one `--lang`".into(),
        ));
    }
    json_needs_a_file(args.json, &args.output)?;
    let stamp = cli::timestamp(args.timestamp.clone())?;
    let input = Input::read(&args.file)?;
    let options = letter::Options {
        zone: args.zone,
        ..Default::default()
    };
    let letters = both_or_all(&input, &langs, &options)?;
    let warnings = warnings(&input, &letters[0], args.quiet);
    // Every letter is made before any is written: a failing template writes nothing.
    let mut outputs = Vec::new();
    for letter in &letters {
        let templates = Templates::new(letter.lang, args.templates.as_deref())?;
        let document = document(letter, &templates)?;
        let bytes = match args.format {
            Format::Text => output::text::render(&document, args.width).into_bytes(),
            Format::Pdf => pdf(&input, letter, &document, stamp)?,
        };
        outputs.push((
            cli::output_path(&args.output, letter.lang, langs.len() > 1),
            bytes,
        ));
    }
    let mut stdout = Vec::new();
    let mut written = Vec::new();
    for (path, bytes) in outputs {
        match path {
            Some(path) => {
                write::atomic(&path, &bytes)?;
                written.push(write::Written::new(&path, &bytes));
            }
            None => push_page(&mut stdout, &bytes),
        }
    }
    if args.output == "-" {
        return write::stdout(&stdout);
    }
    report_written(written, warnings, args.json, args.quiet)
}

/// What `check` would say of a letter that can be made (a weekend deadline, a reference to a
/// missing annex): said on stderr, and in the `--json` summary, without stopping the render.
fn warnings(input: &Input, letter: &Letter, quiet: bool) -> Vec<String> {
    let problems = check::semantic(&input.circular, letter, &input.source);
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

/// The PDF of one letter, dated `stamp` or else the letter's own date.
fn pdf(
    input: &Input,
    letter: &Letter,
    document: &Document,
    stamp: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<Vec<u8>, Error> {
    let options = pdf_options(input, letter, stamp)?;
    output::pdf::pdf(document, &options).map_err(|error| input.pdf_error(error))
}

/// The PDF settings of a letter: dated `stamp` or else the letter's own date, with the logo.
pub fn pdf_options(
    input: &Input,
    letter: &Letter,
    stamp: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<output::pdf::PdfOptions, Error> {
    Ok(output::pdf::PdfOptions {
        created: stamp.unwrap_or_else(|| letter.issued()).timestamp(),
        author: letter
            .signatory
            .as_ref()
            .map_or_else(|| "ITU TSB".into(), |s| s.name.clone()),
        logo: input.logo()?,
    })
}

/// Writes one output to a file or stdout; with `json`, says so on stdout.
pub fn written(output: &str, bytes: &[u8], json: bool) -> Result<(), Error> {
    json_needs_a_file(json, output)?;
    if output == "-" {
        return write::stdout(bytes);
    }
    let path = std::path::Path::new(output);
    write::atomic(path, bytes)?;
    report_written(
        vec![write::Written::new(path, bytes)],
        Vec::new(),
        json,
        false,
    )
}

/// `--json` describes files written; on stdout it would mix with the output itself.
fn json_needs_a_file(json: bool, output: &str) -> Result<(), Error> {
    match json && output == "-" {
        true => Err(Error::Usage(
            "`--json` describes the files written: give an output file".into(),
        )),
        false => Ok(()),
    }
}

/// Says what was written: a JSON summary on stdout, or a line per file on stderr.
fn report_written(
    files: Vec<write::Written>,
    warnings: Vec<String>,
    json: bool,
    quiet: bool,
) -> Result<(), Error> {
    if json {
        return write::Summary { files, warnings }.print();
    }
    if !quiet {
        files
            .iter()
            .for_each(|file| crate::say!("wrote {} ({} bytes)", file.path, file.bytes));
    }
    Ok(())
}

/// Several letters on stdout are separated by a form feed, as pages are.
fn push_page(out: &mut Vec<u8>, bytes: &[u8]) {
    if !out.is_empty() {
        out.extend_from_slice(b"\x0c\n");
    }
    out.extend_from_slice(bytes);
}

/// Builds the letter in every language, reporting the problems of all of them at once.
fn both_or_all(
    input: &Input,
    langs: &[Lang],
    options: &letter::Options,
) -> Result<Vec<Letter>, Error> {
    let mut letters = Vec::new();
    let mut problems = Vec::new();
    for lang in langs {
        match input.letter(*lang, options) {
            Ok(letter) => letters.push(letter),
            Err(Error::Input {
                problems: found, ..
            }) => problems.extend(found),
            Err(other) => return Err(other),
        }
    }
    dedup(&mut problems);
    match problems.is_empty() {
        true => Ok(letters),
        false => Err(input.source.error(problems)),
    }
}

fn times(args: &TimesArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let sittings = times::sittings(&input.circular.meeting, &input.source)?;
    let zones = match args.zones.is_empty() {
        true => zone::DEFAULT_ZONES,
        false => &args.zones,
    };
    let report = times::report(&sittings, zones);
    let text = match args.format {
        TimesFormat::Text => times::text(&report, args.lang),
        TimesFormat::Json => times::json(&report),
    };
    write::stdout(text.as_bytes())
}

fn ics(args: &IcsArgs) -> Result<(), Error> {
    let stamp = cli::timestamp(args.timestamp.clone())?;
    let input = Input::read(&args.file)?;
    let letter = input.letter(args.lang, &letter::Options::default())?;
    let sittings = times::sittings(&input.circular.meeting, &input.source)?;
    let calendar = ics::invitation(&input.circular, &letter, &sittings, stamp);
    written(&args.output, calendar.as_bytes(), args.json)
}

/// The same mistake (a skipped local time) shows in every language: say it once.
pub(crate) fn dedup(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert((p.line, p.column, p.message.clone())));
}
