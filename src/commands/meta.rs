//! Commands about the tool itself rather than a letter: `init`, `schema`, `completions`, `man`.

use std::path::Path;

use clap::CommandFactory;

use super::written;
use crate::cli::{Cli, InitArgs};
use crate::error::Error;
use crate::{schema, starter, write};

pub fn init(args: &InitArgs) -> Result<(), Error> {
    let text = starter::text(args.kind);
    let file = args.file.as_deref().unwrap_or("-");
    if file != "-" && Path::new(file).exists() && !args.force {
        let message = format!("`{file}` exists: give another name, or --force to overwrite it");
        return Err(Error::Usage(message));
    }
    written::one(file, text.as_bytes(), args.json, "-")
}

pub fn schema() -> Result<(), Error> {
    write::stdout(schema::json().as_bytes())
}

pub fn completions(shell: clap_complete::Shell) -> Result<(), Error> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "circular", &mut bytes);
    write::stdout(&bytes)
}

pub fn man() -> Result<(), Error> {
    let mut bytes = Vec::new();
    let page = clap_mangen::Man::new(Cli::command());
    page.render(&mut bytes).map_err(|source| Error::Write {
        path: "<stdout>".into(),
        source,
    })?;
    write::stdout(&bytes)
}
