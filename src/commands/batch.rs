//! `circular batch`: one letter per recipient, and a manifest (see `crate::batch`).

use crate::batch::{self, Settings};
use crate::cli::{self, BatchArgs, BatchFormat};
use crate::error::{Error, Usage};
use crate::pipeline::{Format, Input};
use crate::values::Zone;

pub fn run(args: &BatchArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let regular = std::fs::metadata(&args.recipients).map(|meta| meta.is_file());
    if let Ok(false) = regular {
        let path = args.recipients.display().to_string();
        return Err(Error::Usage(Usage::NotRegular { path }));
    }
    let formats = match args.format {
        BatchFormat::Text => vec![Format::Text],
        BatchFormat::Pdf => vec![Format::Pdf],
        BatchFormat::Docx => vec![Format::Docx],
        BatchFormat::Both => vec![Format::Text, Format::Pdf],
        BatchFormat::All => vec![Format::Text, Format::Pdf, Format::Docx],
    };
    let settings = Settings {
        recipients: args.recipients.clone(),
        out: args.out.clone(),
        formats,
        jobs: args.jobs.map(usize::from),
        force: args.force,
        quiet: crate::error::quiet(),
        width: args.width,
        stamp: cli::instant(args.timestamp),
        templates: args.templates.clone(),
        lang: args.defaults.default_lang,
        zone: args
            .defaults
            .default_tz
            .as_ref()
            .map(|zone| Zone(zone.chosen())),
    };
    batch::run(&input, &settings)
}
