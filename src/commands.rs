//! The commands: each takes validated arguments, runs the pipeline and writes its output.

use clap::Parser;

use crate::cli::{self, CheckArgs, Cli, Command, Format, RenderArgs};
use crate::document::Document;
use crate::error::Error;
use crate::letter::{self, Letter};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::render::Templates;
use crate::source::Source;
use crate::{load, markup, output, write};

/// Runs the command line; returns the process exit code.
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return error.exit_code();
        }
    };
    let result = match cli.command {
        Command::Render(args) => render(&args),
        Command::Check(args) => check(&args),
        Command::Addressees(args) => crate::distribution::run(&args),
        Command::Batch(args) => crate::batch::run(&args),
    };
    match result {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("error: {error}");
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
        let circular = load::circular(&source)?;
        Ok(Input { source, circular })
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
            template: templates.letter_file().into(),
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
    let input = Input::read(&args.file)?;
    let letters = both_or_all(&input, &langs)?;
    let mut stdout = Vec::new();
    for letter in &letters {
        let templates = Templates::new(letter.lang, args.templates.as_deref())?;
        let document = document(letter, &templates)?;
        let bytes = match args.format {
            Format::Text => output::text::render(&document, args.width).into_bytes(),
            Format::Pdf => return Err(Error::Usage("PDF output is not available yet".into())),
        };
        match cli::output_path(&args.output, letter.lang, langs.len() > 1) {
            Some(path) => write::atomic(&path, &bytes)?,
            None => push_page(&mut stdout, &bytes),
        }
    }
    if args.output == "-" {
        write::output(None, &stdout)?;
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
fn both_or_all(input: &Input, langs: &[Lang]) -> Result<Vec<Letter>, Error> {
    let mut letters = Vec::new();
    let mut problems = Vec::new();
    for lang in langs {
        match input.letter(*lang, &letter::Options::default()) {
            Ok(letter) => letters.push(letter),
            Err(Error::Input {
                problems: found, ..
            }) => problems.extend(found),
            Err(other) => return Err(other),
        }
    }
    match problems.is_empty() {
        true => Ok(letters),
        false => Err(input.source.error(problems)),
    }
}

fn check(args: &CheckArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let letters = both_or_all(&input, &Lang::ALL)?;
    for letter in &letters {
        let templates = Templates::new(letter.lang, args.templates.as_deref())?;
        document(letter, &templates)?;
    }
    eprintln!("{}: no problems found", input.source.path);
    Ok(())
}
