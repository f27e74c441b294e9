//! `circular times`: the meeting's sittings on the clocks of many zones, and those of the
//! events held with it (each under its title; in JSON, each row names its event).

use crate::cli::{TimesArgs, TimesFormat, ZoneArg};
use crate::error::Error;
use crate::pipeline::{Input, View};
use crate::{times, write, zone};

pub fn run(args: &TimesArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    input.meeting()?;
    let schedules = times::schedules(&input.circular, &input.source)?;
    let zones: Vec<_> = match args.zones.is_empty() {
        true => zone::DEFAULT_ZONES.to_vec(),
        false => args.zones.iter().map(ZoneArg::chosen).collect(),
    };
    let titles = titles(&input, args)?;
    let blocks: Vec<_> = schedules.iter().map(|s| times::blocks(s, &zones)).collect();
    let text =
        match args.format {
            TimesFormat::Json => {
                let each = titles.iter().map(String::as_str).zip(blocks);
                times::json(&each.collect::<Vec<_>>())
            }
            TimesFormat::Text => {
                let texts = schedules.iter().zip(&blocks).map(|(schedule, blocks)| {
                    match blocks.is_empty() {
                        true => times::untimed(args.lang, schedule),
                        false => times::text(blocks, args.lang),
                    }
                });
                let mut texts: Vec<String> = texts.collect();
                match texts.len() {
                    1 => texts.remove(0),
                    _ => {
                        let each = titles.iter().zip(&texts);
                        let each = each.map(|(title, text)| format!("{title}\n\n{text}"));
                        each.collect::<Vec<_>>().join("\n")
                    }
                }
            }
        };
    write::stdout(text.as_bytes())
}

/// The title of the meeting and of each event, as the letter names them in `--lang` when it
/// is written in it, else in its own language.
fn titles(input: &Input, args: &TimesArgs) -> Result<Vec<String>, Error> {
    let lang = input
        .language(Some(args.lang))
        .or_else(|_| input.language(None))?;
    // A draft: a text missing in that language leaves a title short, not `times` undone.
    let (letter, _) = input.draft(lang, &View::default());
    let main = letter.meeting.iter().map(|meeting| meeting.title.clone());
    Ok(main
        .chain(letter.events.iter().map(|event| event.title.clone()))
        .collect())
}
