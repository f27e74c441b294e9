//! `circular ics`: the meeting as an iCalendar invitation.

use super::written;
use crate::cli::{self, IcsArgs};
use crate::error::Error;
use crate::pipeline::Input;

pub fn run(args: &IcsArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    input.languages(&[args.lang])?;
    let calendar = input.invitation(args.lang, cli::instant(args.timestamp))?;
    written::one(&args.output, calendar.as_bytes(), args.json)
}
