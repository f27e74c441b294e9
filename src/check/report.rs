//! The `check` command: every problem of a description at once, as text or JSON.

use crate::cli::{self, CheckArgs, ReportFormat};
use crate::commands::{Input, dedup, document};
use crate::error::{Error, Problem, Severity};
use crate::locale::Lang;
use crate::render::Templates;
use crate::{check, consistency, letter, write};

pub fn run(args: &CheckArgs) -> Result<(), Error> {
    let pair = cli::lang_pair(&args.lang_pair)?;
    let report = match Input::read(&args.file) {
        Ok(input) => check_input(&input, args, pair)?,
        Err(Error::Input { path, problems }) => Report::new(path, problems, Vec::new()),
        Err(other) => return Err(other),
    };
    report.print(args.format)?;
    match report.failed(args.deny_warnings) {
        true => Err(Error::Reported),
        false => Ok(()),
    }
}

/// Builds both letters, then runs the checks that need them.
fn check_input(input: &Input, args: &CheckArgs, pair: [Lang; 2]) -> Result<Report, Error> {
    let mut letters = Vec::new();
    let mut problems = Vec::new();
    for lang in pair {
        let (letter, found) = letter::draft(
            &input.circular,
            lang,
            &input.source,
            &letter::Options::default(),
        );
        letters.push(letter);
        problems.extend(found);
    }
    dedup(&mut problems);
    let built = problems.is_empty();
    problems.extend(check::semantic(&input.circular, &letters[0], &input.source));
    let mut documents = Vec::new();
    for letter in &letters {
        let templates = Templates::new(letter.lang, args.templates.as_deref())?;
        documents.push(document(letter, &templates)?);
    }
    // With texts missing, the languages differ by those texts: that is already said.
    let differences = match built {
        true => consistency::compare(&documents[0], &documents[1]),
        false => Vec::new(),
    };
    Ok(Report::new(
        input.source.path.clone(),
        problems,
        differences,
    ))
}

/// What `check` found.
#[derive(serde::Serialize)]
struct Report {
    file: String,
    ok: bool,
    problems: Vec<Problem>,
    differences: Vec<consistency::Difference>,
}

impl Report {
    fn new(
        file: String,
        problems: Vec<Problem>,
        differences: Vec<consistency::Difference>,
    ) -> Report {
        let ok = differences.is_empty() && problems.iter().all(|p| p.severity == Severity::Warning);
        Report {
            file,
            ok,
            problems,
            differences,
        }
    }

    fn failed(&self, deny_warnings: bool) -> bool {
        !self.ok || (deny_warnings && !self.problems.is_empty())
    }

    fn print(&self, format: ReportFormat) -> Result<(), Error> {
        if format == ReportFormat::Json {
            let json = serde_json::to_string_pretty(self).expect("a report serializes") + "\n";
            return write::stdout(json.as_bytes());
        }
        for problem in &self.problems {
            crate::say!("{}:{problem}\n", self.file);
        }
        for difference in &self.differences {
            crate::say!("{}: languages differ: {difference}", self.file);
        }
        let (errors, warnings) = self.counts();
        match (errors, warnings) {
            (0, 0) => crate::say!("{}: no problems found", self.file),
            _ => crate::say!("{}: {errors} error(s), {warnings} warning(s)", self.file),
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
