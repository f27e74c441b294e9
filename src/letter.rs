//! The letter view: everything a template needs, resolved for one language (and, in a batch,
//! one recipient). Templates only arrange and phrase; all choosing happens here.

mod parts;

pub(crate) use parts::{end_before_start, local_time_problem};

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;
use serde::Serialize;

use crate::error::{Error, Problem};
use crate::locale::{Lang, NounForms, capitalize};
use crate::meeting::{Circular, Format, Item, Series};
use crate::source::Source;
use crate::values::{Addressee, Localized};
use crate::zone;

/// What templates see. Dates are ISO (`2023-06-20`) and times `HH:MM`, formatted by helpers.
#[derive(Debug, Clone, Serialize)]
pub struct Letter {
    pub lang: Lang,
    /// "Circulaire TSB 92" / "TSB Circular 92".
    pub reference: String,
    pub code: Option<String>,
    pub collective: bool,
    pub date: NaiveDate,
    pub place: String,
    pub contact: crate::meeting::Contact,
    /// The recipient's own name and address lines, when the letter goes to one recipient.
    pub recipient: Vec<String>,
    pub to: Vec<String>,
    pub copy: Vec<String>,
    pub meeting: MeetingView,
    pub body: Vec<ItemView>,
    pub objectives: Vec<String>,
    pub deadlines: Vec<DeadlineView>,
    pub wish: bool,
    pub signatory: Option<SignatoryView>,
    pub annexes: Vec<AnnexView>,
    pub annex_count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct MeetingView {
    /// "Septième réunion de l'initiative ..." for the subject line.
    pub title: String,
    /// "la septième réunion de l'initiative ... (U4SSC)" for running text.
    pub the_title: String,
    pub noun: NounForms,
    /// "l'initiative U4SSC", or the noun with its article.
    pub short_name: Option<String>,
    /// The short name after "of": "de l'initiative U4SSC", "du Groupe", "of the U4SSC initiative".
    pub short_of: Option<String>,
    pub partners: Vec<String>,
    pub host: Option<String>,
    pub format: Format,
    pub venue: Option<VenueView>,
    pub start: Moment,
    pub end: Moment,
    pub multi_day: bool,
    /// The time in the zone asked for with `--tz`, said beside `start` (and `end`):
    /// "(from 1630 to 2300 hours JST, Tokyo time)".
    pub local_time: Option<String>,
    pub registration_opens: Option<String>,
    pub languages: Vec<String>,
    pub interpretation: Vec<String>,
    /// Interpretation into all six official languages.
    pub interpretation_all: bool,
    pub individuals: bool,
    pub fee: Option<String>,
    pub fellowships: bool,
    pub registration: Option<RegistrationView>,
    pub web: Option<WebView>,
}

/// A point in time as the letter states it: in the meeting's zone.
#[derive(Debug, Clone, Serialize)]
pub struct Moment {
    pub date: NaiveDate,
    pub time: String,
    /// "CEST", "CET", or "+05:45" where the zone has no abbreviation.
    pub zone: String,
    pub utc_offset: String,
    /// RFC 3339 instant.
    pub instant: String,
    pub instant_utc: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VenueView {
    pub building: Option<String>,
    pub city: String,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegistrationView {
    pub url: Option<String>,
    pub mandatory: bool,
    pub deadline: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WebView {
    pub url: String,
    pub includes: Vec<String>,
}

/// One body item: `kind` names the standard paragraph, or is `paragraph` for free text.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub kind: &'static str,
    pub number: Option<usize>,
    pub text: Option<String>,
    pub bullets: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    pub date: NaiveDate,
    pub time: Option<String>,
    pub utc: bool,
    /// The abbreviation for a time in the meeting's zone, from the date: "CET".
    pub zone: Option<String>,
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SignatoryView {
    pub name: String,
    pub title: String,
    pub signed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct AnnexView {
    /// "1", "2" in circulars; "A", "B" in collective letters.
    pub label: String,
    pub title: String,
    pub body: Vec<ItemView>,
}

impl Letter {
    /// Midnight UTC of the letter's date: the date inside files made without SOURCE_DATE_EPOCH.
    pub fn issued(&self) -> chrono::DateTime<chrono::Utc> {
        self.date.and_time(chrono::NaiveTime::MIN).and_utc()
    }
}

/// Per-letter choices from the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub recipient: Vec<String>,
    /// Also say the meeting's time in this zone (`--tz`).
    pub zone: Option<Tz>,
}

/// Builds the view of `circular` in `lang`. Every missing translation is reported at once.
pub fn build(
    circular: &Circular,
    lang: Lang,
    source: &Source,
    options: &Options,
) -> Result<Letter, Error> {
    let (letter, problems) = draft(circular, lang, source, options);
    match problems.is_empty() {
        true => Ok(letter),
        false => Err(source.error(problems)),
    }
}

/// The view with its problems: missing texts are empty, impossible times read as UTC. For
/// `check`, which goes on to look for more problems.
pub fn draft(
    circular: &Circular,
    lang: Lang,
    source: &Source,
    options: &Options,
) -> (Letter, Vec<Problem>) {
    let mut tr = Translator {
        lang,
        source,
        problems: Vec::new(),
    };
    let letter = tr.letter(circular, options);
    (letter, tr.problems)
}

/// Looks texts up in one language, noting every one that is missing.
struct Translator<'a> {
    lang: Lang,
    source: &'a Source,
    problems: Vec<Problem>,
}

impl Translator<'_> {
    fn text(&mut self, text: &Localized, field: &str) -> String {
        if let Some(found) = text.get(self.lang) {
            return found.trim().to_string();
        }
        let message = format!("no {} text", self.lang.describe());
        let hint = format!("add `{}: ...` beside the other language", self.lang.code());
        let (line, column) = (text.line() as usize, text.column() as usize);
        self.problems.push(
            self.source
                .problem(line, column, field, message, Some(hint)),
        );
        String::new()
    }

    fn option(&mut self, text: &Option<Localized>, field: &str) -> Option<String> {
        text.as_ref().map(|text| self.text(text, field))
    }

    fn list(&mut self, texts: &[Localized], field: &str) -> Vec<String> {
        let each = texts.iter().enumerate();
        each.map(|(i, text)| self.text(text, &format!("{field}[{i}]")))
            .collect()
    }

    fn problem(&mut self, at: (u64, u64), field: &str, message: String, hint: Option<String>) {
        let problem = self
            .source
            .problem(at.0 as usize, at.1 as usize, field, message, hint);
        self.problems.push(problem);
    }

    fn letter(&mut self, circular: &Circular, options: &Options) -> Letter {
        let info = &circular.letter;
        let lang = self.lang;
        let study_group = info.study_group.as_ref().map(|sg| sg.value.clone());
        let number = match (&info.series, &study_group) {
            (Series::CollectiveLetter, Some(sg)) => format!("{}/{sg}", info.number.value),
            _ => info.number.value.to_string(),
        };
        let place = self.option(&info.place, "letter.place");
        Letter {
            lang,
            reference: format!("{} {number}", lang.series(info.series)),
            code: info.code.clone(),
            collective: info.series == Series::CollectiveLetter,
            date: info.date.value.0,
            place: place.unwrap_or_else(|| lang.geneva().into()),
            contact: circular.contact.clone(),
            recipient: options.recipient.clone(),
            to: self.addressees(&circular.to, "to", study_group.as_deref()),
            copy: self.addressees(&circular.copy, "copy", study_group.as_deref()),
            meeting: self.meeting(&circular.meeting, options.zone),
            body: self.body(
                circular.body.as_deref().unwrap_or(&default_body(circular)),
                "body",
            ),
            objectives: self.list(&circular.objectives, "objectives"),
            deadlines: self.deadlines(circular),
            wish: circular.closing.wish,
            signatory: self.signatory(circular),
            annex_count: circular.annexes.len()
                + usize::from(circular.meeting.world_times.is_some()),
            annexes: self.annexes(circular),
        }
    }

    fn addressees(
        &mut self,
        list: &[serde_saphyr::Spanned<Addressee>],
        field: &str,
        study_group: Option<&str>,
    ) -> Vec<String> {
        let mut lines = Vec::new();
        for (i, entry) in list.iter().enumerate() {
            let at = crate::source::at(entry);
            let field = format!("{field}[{i}]");
            let line = match &entry.value {
                Addressee::Group(group) => {
                    if group.needs_study_group() && study_group.is_none() {
                        let message = format!("group `{}` names a study group", group.key);
                        let hint = "set `letter.study-group` (e.g. \"3\" or \"TSAG\")".to_string();
                        self.problem(at, &field, message, Some(hint));
                    }
                    group.wording(self.lang, study_group)
                }
                Addressee::Custom(texts) => self.custom_addressee(texts, at, &field),
            };
            lines.push(line);
        }
        terminate(lines)
    }

    fn custom_addressee(
        &mut self,
        texts: &crate::values::Texts,
        at: (u64, u64),
        field: &str,
    ) -> String {
        let text = match self.lang {
            Lang::Fr => texts.fr.clone(),
            Lang::En => texts.en.clone(),
        };
        text.unwrap_or_else(|| {
            let hint = format!("add `{}: ...` to the entry", self.lang.code());
            self.problem(
                at,
                field,
                format!("no {} text", self.lang.describe()),
                Some(hint),
            );
            String::new()
        })
    }
}

/// "A;", "B;", "C": every item but the last ends with a semicolon.
fn terminate(mut lines: Vec<String>) -> Vec<String> {
    let count = lines.len();
    for line in lines.iter_mut().take(count.saturating_sub(1)) {
        line.push(';');
    }
    lines
}

/// The standard paragraphs the meeting's fields allow, in the usual order.
fn default_body(circular: &Circular) -> Vec<Item> {
    let meeting = &circular.meeting;
    let mut body = vec![Item::Announcement, Item::Languages];
    if !circular.objectives.is_empty() {
        body.push(Item::Objectives);
    }
    body.push(Item::Participation);
    if meeting.web.is_some() || meeting.registration.is_some() {
        body.push(Item::Information);
    }
    if !circular.deadlines.is_empty() {
        body.push(Item::Deadlines);
    }
    body
}

pub(crate) fn moment(time: &DateTime<Tz>) -> Moment {
    Moment {
        date: time.date_naive(),
        time: time.format("%H:%M").to_string(),
        zone: zone::abbreviation(time),
        utc_offset: zone::utc_offset(time),
        instant: time.to_rfc3339(),
        instant_utc: time.with_timezone(&chrono::Utc),
    }
}
