//! The commands, one file each. This file only parses the command line, dispatches, and turns
//! an error into its message and exit code.

mod addressees;
mod batch;
mod check;
mod ics;
mod meta;
mod render;
mod times;
mod watch;
mod written;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::error::Error;

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
    crate::error::QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    match dispatch(cli.command) {
        Ok(()) => 0,
        Err(Error::Reported) => 1,
        Err(error) => {
            crate::say!("error: {error}");
            error.exit_code()
        }
    }
}

fn dispatch(command: Command) -> Result<(), Error> {
    match command {
        Command::Render(args) => render::run(&args),
        Command::Watch(args) => watch::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Addressees(args) => addressees::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Times(args) => times::run(&args),
        Command::Ics(args) => ics::run(&args),
        Command::Init(args) => meta::init(&args),
        Command::Schema => meta::schema(),
        Command::Fields => meta::fields(),
        Command::Completions { shell } => meta::completions(shell),
        Command::Man { dir } => meta::man(dir.as_deref()),
    }
}
