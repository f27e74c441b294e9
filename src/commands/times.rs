//! `circular times`: the meeting's sittings on the clocks of many zones, and those of the
//! events held with it (each under its title).

use crate::cli::{TimesArgs, TimesFormat, ZoneArg};
use crate::error::Error;
use crate::pipeline::{Input, View};
use crate::{times, write, zone};

pub fn run(args: &TimesArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let mut meetings = vec![input.meeting()?.clone()];
    meetings.extend(input.circular.co_located());
    let zones: Vec<_> = match args.zones.is_empty() {
        true => zone::DEFAULT_ZONES.to_vec(),
        false => args.zones.iter().map(ZoneArg::chosen).collect(),
    };
    let mut reports = Vec::new();
    for meeting in &meetings {
        let sittings = times::sittings(meeting, &input.source)?;
        reports.push(times::report(&sittings, &zones));
    }
    let text = match args.format {
        TimesFormat::Text if reports.len() == 1 => times::text(&reports[0], args.lang),
        TimesFormat::Text => titled(&input, &reports, args)?,
        TimesFormat::Json => times::json(&reports.concat()),
    };
    write::stdout(text.as_bytes())
}

/// Each event's table under its title, as the letter names it in `--lang`.
fn titled(input: &Input, reports: &[Vec<times::Block>], args: &TimesArgs) -> Result<String, Error> {
    // The titles in `--lang` when the letter is written in it, else in its own language.
    let lang = input
        .language(Some(args.lang))
        .or_else(|_| input.language(None))?;
    let letter = input.letter(lang, &View::default())?;
    let main = letter.meeting.iter().map(|meeting| meeting.title.as_str());
    let titles = main.chain(letter.events.iter().map(|event| event.title.as_str()));
    let each = titles
        .zip(reports)
        .map(|(title, report)| format!("{title}\n\n{}", times::text(report, args.lang)));
    Ok(each.collect::<Vec<_>>().join("\n"))
}
