//! `circular addressees`: the To and Copy lists exactly as the letter view has them (same
//! wording, same semicolons), or with `--recipients` the distribution list of a batch: who
//! receives which language, in which zone, under which file name.

use serde::Serialize;

use crate::cli::{AddresseesArgs, ListFormat};
use crate::error::Error;
use crate::error::shown;
use crate::locale::Lang;
use crate::pipeline::{Input, View};
use crate::recipients::{self, Defaults, Recipient};
use crate::values::Zone;
use crate::{names, write};

/// The lists of one language.
#[derive(Serialize)]
struct Lists {
    language: Lang,
    to: Vec<String>,
    copy: Vec<String>,
}

/// One line of the distribution list.
#[derive(Serialize)]
struct Line<'a> {
    line: usize,
    id: &'a str,
    name: &'a str,
    organisation: &'a str,
    country: &'a str,
    email: &'a str,
    language: &'static str,
    zone: &'static str,
    groups: String,
    /// The text letter's file; the PDF one ends in `.pdf` instead.
    file: String,
}

pub fn run(args: &AddresseesArgs) -> Result<(), Error> {
    let input = Input::read(&args.file)?;
    let Some(path) = &args.recipients else {
        let lists = lists(&input, &input.languages(&args.lang.0)?)?;
        return print(args.format, &lists, lists_text, lists_csv);
    };
    let zone = args
        .defaults
        .default_tz
        .as_ref()
        .map(|zone| Zone(zone.chosen()));
    let defaults = Defaults::new(&input.circular, args.defaults.default_lang, zone);
    let loaded = recipients::load(path, &defaults)?;
    let prefix = names::prefix(&input.circular);
    let mut safe = names::SafeIds::default();
    let each = loaded.recipients.iter();
    let lines: Vec<Line> = each.map(|r| line(r, &prefix, &safe.next(&r.id))).collect();
    print(args.format, &lines, distribution_text, |lines| {
        csv_of(lines.iter())
    })?;
    loaded.report();
    match loaded.problems.len() {
        0 => Ok(()),
        failed => Err(Error::Partial {
            failed,
            total: failed + loaded.recipients.len(),
        }),
    }
}

fn lists(input: &Input, langs: &[Lang]) -> Result<Vec<Lists>, Error> {
    let letters = input.letters(langs, &View::default())?;
    let each = letters.into_iter().map(|letter| Lists {
        language: letter.lang,
        to: letter.to,
        copy: letter.copy,
    });
    Ok(each.collect())
}

fn line<'a>(r: &'a Recipient, prefix: &str, safe: &str) -> Line<'a> {
    Line {
        line: r.line,
        id: &r.id,
        name: &r.name,
        organisation: &r.organisation,
        country: &r.country,
        email: &r.email,
        language: r.lang.code(),
        zone: r.zone.0.name(),
        groups: r.groups.join(";"),
        file: names::file_name(prefix, r.lang, safe, "txt"),
    }
}

/// Prints `items` to stdout as text, CSV or JSON.
fn print<T: Serialize>(
    format: ListFormat,
    items: &[T],
    text: fn(&[T]) -> String,
    csv: fn(&[T]) -> Vec<u8>,
) -> Result<(), Error> {
    let bytes = match format {
        ListFormat::Text => text(items).into_bytes(),
        ListFormat::Csv => csv(items),
        ListFormat::Json => {
            let mut json = serde_json::to_vec_pretty(items).expect("plain data");
            json.push(b'\n');
            json
        }
    };
    write::stdout(&bytes)
}

fn lists_text(lists: &[Lists]) -> String {
    let mut out = String::new();
    for (i, list) in lists.iter().enumerate() {
        let lang = list.language.code();
        out.push_str(if i == 0 { "" } else { "\n" });
        out.push_str(&format!("To ({lang}):\n"));
        list.to
            .iter()
            .for_each(|item| out.push_str(&format!("- {item}\n")));
        if !list.copy.is_empty() {
            out.push_str(&format!("Copy ({lang}):\n"));
            list.copy
                .iter()
                .for_each(|item| out.push_str(&format!("- {item}\n")));
        }
    }
    out
}

fn lists_csv(lists: &[Lists]) -> Vec<u8> {
    #[derive(Serialize)]
    struct Row<'a> {
        language: &'static str,
        list: &'static str,
        text: &'a str,
    }
    let rows = lists.iter().flat_map(|list| {
        let language = list.language.code();
        let to = list.to.iter().map(move |text| ("to", text));
        let copy = list.copy.iter().map(move |text| ("copy", text));
        to.chain(copy).map(move |(list, text)| Row {
            language,
            list,
            text,
        })
    });
    csv_of(rows)
}

fn csv_of<T: Serialize>(rows: impl Iterator<Item = T>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    rows.for_each(|row| writer.serialize(row).expect("plain data"));
    writer.into_inner().expect("writing to memory")
}

/// Aligned columns; ids and names shown with control characters escaped.
fn distribution_text(lines: &[Line]) -> String {
    let ids: Vec<String> = lines.iter().map(|line| shown(line.id)).collect();
    let width = |column: &dyn Fn(usize) -> usize| (0..lines.len()).map(column).max();
    let id_width = width(&|i| ids[i].chars().count()).unwrap_or(0).max(2);
    let zone_width = width(&|i| lines[i].zone.len()).unwrap_or(0).max(4);
    let file_width = width(&|i| lines[i].file.len()).unwrap_or(0).max(4);
    let mut out = format!(
        "{:<id_width$}  lang  {:<zone_width$}  {:<file_width$}  recipient\n",
        "id", "zone", "file"
    );
    for (line, id) in lines.iter().zip(&ids) {
        let who = [line.name, line.organisation].map(shown);
        let who: Vec<_> = who.into_iter().filter(|part| !part.is_empty()).collect();
        out.push_str(&format!(
            "{id:<id_width$}  {:<4}  {:<zone_width$}  {:<file_width$}  {}\n",
            line.language,
            line.zone,
            line.file,
            who.join(", ")
        ));
    }
    out
}
