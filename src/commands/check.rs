//! `circular check`: every problem of a description at once, as text or JSON: everything that
//! would make `render` (in any language and format), `batch` or `addressees` fail, and what
//! is merely suspicious (warnings).

use crate::cli::{CheckArgs, ReportFormat};
use crate::consistency;
use crate::document::Document;
use crate::error::{Error, Problem, Severity, count};
use crate::locale::Lang;
use crate::pipeline::{self, Input, View};
use crate::render::Templates;
use crate::write;

pub fn run(args: &CheckArgs) -> Result<(), Error> {
    let report = match Input::read(&args.file) {
        Ok(input) => check_input(&input, args)?,
        Err(Error::Input { path, problems }) => Report::new(path, problems, Vec::new()),
        Err(other) => return Err(other),
    };
    let report = report.judged(args.deny_warnings);
    report.print(args.format)?;
    match report.ok {
        false => Err(Error::Reported),
        true => Ok(()),
    }
}

/// Builds the letter in every language, then runs the checks that need them: the rules of
/// `check::semantic`, the templates, the PDF fonts, the logo, and the two languages compared.
fn check_input(input: &Input, args: &CheckArgs) -> Result<Report, Error> {
    let langs = match input.languages(&args.lang.0) {
        Ok(langs) => langs,
        Err(Error::Input { path, problems }) => return Ok(Report::new(path, problems, Vec::new())),
        Err(other) => return Err(other),
    };
    let (letters, mut problems) = input.drafts(&langs, &View::default());
    let built = problems.is_empty();
    problems.extend(crate::check::semantic(
        &input.circular,
        &letters[0],
        &input.source,
    ));
    let mut documents = Vec::new();
    for letter in &letters {
        let templates = Templates::new(letter.lang, args.templates.as_deref())?;
        documents.push(pipeline::document(letter, &templates)?);
    }
    problems.extend(input.glyph_problems(&documents));
    if let Err(Error::Input {
        problems: found, ..
    }) = input.logo()
    {
        problems.extend(found);
    }
    // With texts missing, the languages differ by those texts: that is already said.
    let differences = match built {
        true => compare(&documents, &letters, args.lang_pair.0),
        false => Vec::new(),
    };
    let differences = differences
        .into_iter()
        .map(|difference| Located {
            line: line_of(&input.source.text, &difference.item),
            difference,
        })
        .collect();
    Ok(Report::new(
        input.source.path.clone(),
        problems,
        differences,
    ))
}

/// The first line of the YAML where `item` stands as a whole word, if it does (a normalized
/// time like `0930` may not be written as such).
fn line_of(text: &str, item: &str) -> Option<usize> {
    let whole = |line: &str| {
        line.match_indices(item).any(|(at, _)| {
            let before = line[..at].chars().next_back();
            let after = line[at + item.len()..].chars().next();
            let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            apart(before) && apart(after)
        })
    };
    text.lines().position(whole).map(|index| index + 1)
}

/// A difference between the languages, with the YAML line that has it, when one does.
#[derive(serde::Serialize)]
struct Located {
    line: Option<usize>,
    #[serde(flatten)]
    difference: consistency::Difference,
}

/// The differences between the documents of the two languages of `pair`.
fn compare(
    documents: &[Document],
    letters: &[crate::letter::Letter],
    pair: [Lang; 2],
) -> Vec<consistency::Difference> {
    let of = |lang: Lang| letters.iter().position(|letter| letter.lang == lang);
    match (of(pair[0]), of(pair[1])) {
        (Some(a), Some(b)) => consistency::compare(&documents[a], &documents[b]),
        _ => Vec::new(),
    }
}

/// What `check` found.
#[derive(serde::Serialize)]
struct Report {
    file: String,
    ok: bool,
    problems: Vec<Problem>,
    differences: Vec<Located>,
}

impl Report {
    fn new(file: String, problems: Vec<Problem>, differences: Vec<Located>) -> Report {
        let ok = differences.is_empty() && problems.iter().all(|p| p.severity == Severity::Warning);
        Report {
            file,
            ok,
            problems,
            differences,
        }
    }

    /// With `--deny-warnings`, a warning fails the check too (and `ok` says so).
    fn judged(mut self, deny_warnings: bool) -> Report {
        self.ok &= !deny_warnings || self.problems.is_empty();
        self
    }

    fn print(&self, format: ReportFormat) -> Result<(), Error> {
        if format == ReportFormat::Json {
            let json = serde_json::to_string_pretty(self).expect("a report serializes") + "\n";
            return write::stdout(json.as_bytes());
        }
        for problem in &self.problems {
            crate::say!("{}:{problem}\n", self.file);
        }
        for Located { line, difference } in &self.differences {
            let at = line.map_or_else(String::new, |line| format!("{line}:"));
            crate::say!("{}:{at} languages differ: {difference}", self.file);
        }
        let (errors, warnings) = self.counts();
        match (errors, warnings) {
            (0, 0) => crate::inform!("{}: no problems found", self.file),
            _ => crate::inform!(
                "{}: {}, {}",
                self.file,
                count(errors, "error"),
                count(warnings, "warning")
            ),
        }
        Ok(())
    }

    fn counts(&self) -> (usize, usize) {
        let warnings = self
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count();
        (
            self.problems.len() - warnings + self.differences.len(),
            warnings,
        )
    }
}
