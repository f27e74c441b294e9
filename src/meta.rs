//! Commands about the tool itself rather than a letter: `init`, `schema`, `completions`, `man`.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::{Cli, InitArgs};
use crate::error::Error;
use crate::{schema, starter, write};

pub fn init(args: &InitArgs) -> Result<(), Error> {
    let text = starter::text(args.kind);
    match args.file.as_deref() {
        None | Some("-") => write::output(None, text.as_bytes()),
        Some(file) => {
            let path = Path::new(file);
            if path.exists() && !args.force {
                return Err(Error::Usage(format!(
                    "`{file}` exists: give another name, or --force to overwrite it"
                )));
            }
            write::atomic(path, text.as_bytes())?;
            crate::say!("wrote {file}; render it with: circular render {file}");
            Ok(())
        }
    }
}

pub fn schema() -> Result<(), Error> {
    write::output(None, schema::json().as_bytes())
}

pub fn completions(shell: clap_complete::Shell) -> Result<(), Error> {
    let mut bytes = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "circular", &mut bytes);
    write::output(None, &bytes)
}

pub fn man() -> Result<(), Error> {
    let mut bytes = Vec::new();
    let page = clap_mangen::Man::new(Cli::command());
    page.render(&mut bytes).map_err(|source| Error::Write {
        path: "<stdout>".into(),
        source,
    })?;
    write::output(None, &bytes)
}
