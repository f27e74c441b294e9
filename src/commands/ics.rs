//! `circular ics`: the meeting as an iCalendar invitation.

use super::written;
use crate::cli::{self, IcsArgs};
use crate::error::Error;
use crate::pipeline::Input;

pub fn run(args: &IcsArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let lang = input.language(args.lang)?;
    let calendar = input.invitation(lang, cli::instant(args.timestamp))?;
    written::one(&args.output, calendar.as_bytes(), args.json, &args.file)
}
