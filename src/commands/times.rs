//! `circular times`: the meeting's sittings on the clocks of many zones.

use crate::cli::{TimesArgs, TimesFormat};
use crate::error::Error;
use crate::pipeline::Input;
use crate::{times, write, zone};

pub fn run(args: &TimesArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let sittings = times::sittings(input.meeting()?, &input.source)?;
    let zones = match args.zones.is_empty() {
        true => zone::DEFAULT_ZONES,
        false => &args.zones,
    };
    let report = times::report(&sittings, zones);
    let text = match args.format {
        TimesFormat::Text => times::text(&report, args.lang),
        TimesFormat::Json => times::json(&report),
    };
    write::stdout(text.as_bytes())
}
