//! Looks the texts of the description up in one language and builds the letter view, noting
//! every text that is missing.

use chrono::DateTime;
use chrono_tz::Tz;

use super::view::*;
use super::wording;
use crate::error::Problem;
use crate::locale::Lang;
use crate::meeting::{Circular, Item, Series};
use crate::source::Source;
use crate::values::{Addressee, Localized};
use crate::zone;

/// Looks texts up in one language, noting every one that is missing.
pub(super) struct Translator<'a> {
    pub(super) lang: Lang,
    pub(super) source: &'a Source,
    pub(super) problems: Vec<Problem>,
    /// Where the meeting being translated is: `meeting`, or `events[0]`.
    pub(super) root: String,
}

impl Translator<'_> {
    pub(super) fn text(&mut self, text: &Localized, field: &str) -> String {
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

    /// A field of the meeting being translated: `meeting.name`, `events[0].name`.
    pub(super) fn field(&self, name: &str) -> String {
        format!("{}.{name}", self.root)
    }

    pub(super) fn option(&mut self, text: &Option<Localized>, field: &str) -> Option<String> {
        text.as_ref().map(|text| self.text(text, field))
    }

    pub(super) fn list(&mut self, texts: &[Localized], field: &str) -> Vec<String> {
        let each = texts.iter().enumerate();
        each.map(|(i, text)| self.text(text, &format!("{field}[{i}]")))
            .collect()
    }

    pub(super) fn problem(
        &mut self,
        at: (u64, u64),
        field: &str,
        message: String,
        hint: Option<String>,
    ) {
        let problem = self
            .source
            .problem(at.0 as usize, at.1 as usize, field, message, hint);
        self.problems.push(problem);
    }

    pub(super) fn letter(&mut self, circular: &Circular, options: &Options) -> Letter {
        let info = &circular.letter;
        let lang = self.lang;
        let study_group = circular.study_group();
        let number = &info.number.value;
        let number = match (&info.series, study_group) {
            (Series::CollectiveLetter, Some(sg)) if !number.as_written => format!("{number}/{sg}"),
            _ => number.to_string(),
        };
        let place = self.option(&info.place, "letter.place");
        let series = self.option(&info.series_name, "letter.series-name");
        let series = series.unwrap_or_else(|| wording::series(lang, info.series).into());
        let original = format!("{series} {number}");
        let letterhead = self.option(&info.letterhead, "letter.letterhead");
        let letterhead = letterhead.unwrap_or_else(|| wording::letterhead(lang).into());
        let reference = match &info.addendum {
            Some(addendum) => {
                wording::addendum(lang, addendum.corrigendum, addendum.number, &original)
            }
            None => original.clone(),
        };
        Letter {
            lang,
            letterhead: letterhead
                .lines()
                .map(str::trim)
                .map(String::from)
                .collect(),
            one_line_subject: info.subject_form == crate::meeting::SubjectForm::OneLine,
            annex_of: wording::annex_of(lang, &reference, info.addendum.is_some()),
            addendum: self.addendum(circular, original),
            reference,
            code: info.code.clone(),
            collective: info.series == Series::CollectiveLetter,
            date: info.date.value.0,
            place: place.unwrap_or_else(|| lang.geneva().into()),
            logo_alt: self.option(&info.logo_alt, "letter.logo-alt"),
            contact: circular.contact.clone(),
            recipient: options.recipient.clone(),
            to: self.addressees(&circular.to, "to", study_group),
            copy: self.addressees(&circular.copy, "copy", study_group),
            meeting: (circular.meeting.as_ref())
                .map(|meeting| self.meeting(meeting, options.zone, study_group)),
            events: self.events(circular, options.zone),
            subject: self.subject(circular),
            body: self.letter_body(circular),
            objectives: self.list(&circular.objectives, "objectives"),
            deadlines: self.deadlines(circular),
            wish: circular.closing.wish,
            signatory: self.signatory(circular),
            annex_count: circular.annexes.len() + usize::from(world_times(circular).is_some()),
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
        let text = texts.get(self.lang.code()).map(String::from);
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

/// The zones of the world-times annex, when the letter has one: `world-times` is given and
/// the meeting or an event states a time.
pub(super) fn world_times(circular: &Circular) -> Option<&Vec<crate::values::Zone>> {
    let meeting = circular.meeting.as_ref()?;
    let mut all = std::iter::once(meeting).chain(&circular.events);
    let timed = all.any(|meeting| meeting.stated() != crate::meeting::Stated::Days);
    meeting.world_times.as_ref().filter(|_| timed)
}

/// The standard paragraphs the meeting's fields allow, in the usual order; without a meeting,
/// only the deadlines.
pub(super) fn default_body(circular: &Circular) -> Vec<Item> {
    let addendum = circular.letter.addendum.as_ref().map(|_| Item::Addendum);
    let deadlines = (!circular.deadlines.is_empty()).then_some(Item::Deadlines);
    let (Some(meeting), None) = (&circular.meeting, &addendum) else {
        return addendum.into_iter().chain(deadlines).collect();
    };
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

pub(super) fn moment(time: &DateTime<Tz>) -> Moment {
    Moment {
        date: time.date_naive(),
        time: Some(time.format("%H:%M").to_string()),
        zone: zone::abbreviation(time),
        utc_offset: zone::utc_offset(time),
        instant: time.to_rfc3339(),
        instant_utc: time.with_timezone(&chrono::Utc),
    }
}
