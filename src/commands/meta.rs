//! Commands about the tool itself rather than a letter: `init`, `schema`, `completions`, `man`.

use std::path::Path;

use clap::CommandFactory;

use super::written;
use crate::cli::{Cli, InitArgs};
use crate::error::{Error, Usage};
use crate::{schema, starter, write};

pub fn init(args: &InitArgs) -> Result<(), Error> {
    let text = starter::text(args.kind);
    let file = args.file.as_deref().unwrap_or("-");
    if file != "-" && Path::new(file).exists() && !args.force {
        let file = file.to_string();
        return Err(Error::Usage(Usage::Exists { file }));
    }
    written::one(file, text.as_bytes(), args.json, "-")
}

pub fn schema() -> Result<(), Error> {
    write::stdout(schema::json().as_bytes())
}

pub fn fields() -> Result<(), Error> {
    write::stdout(schema::fields().as_bytes())
}

pub fn completions(shell: clap_complete::Shell) -> Result<(), Error> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "circular", &mut bytes);
    write::stdout(&bytes)
}

/// The manual page on stdout; with `dir`, it and a page for each command, written there.
pub fn man(dir: Option<&Path>) -> Result<(), Error> {
    let command = Cli::command();
    let Some(dir) = dir else {
        return write::stdout(&page(&command, "<stdout>")?);
    };
    std::fs::create_dir_all(dir).map_err(|source| write::error(dir, source))?;
    let mut pages = vec![("circular.1".to_string(), command.clone())];
    for sub in command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        let name = format!("circular-{}", sub.get_name());
        let page = sub.clone().name(name.clone()).bin_name(name.clone());
        pages.push((format!("{name}.1"), page));
    }
    for (file, command) in pages {
        let path = dir.join(file);
        write::atomic(&path, &page(&command, &path.display().to_string())?)?;
        crate::inform!("wrote {}", path.display());
    }
    Ok(())
}

/// One command's page, in roff.
fn page(command: &clap::Command, path: &str) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    let page = clap_mangen::Man::new(command.clone());
    page.render(&mut bytes).map_err(|source| Error::Write {
        path: path.into(),
        source,
    })?;
    Ok(bytes)
}
