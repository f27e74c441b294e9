//! Checks that need several fields at once: dates in the right order, deadlines that make
//! sense, annex references that exist, an edition number that agrees with the texts.
//!
//! Errors make `check` fail; warnings (a deadline on a weekend, a short visa deadline) are
//! reported and fail only with `--deny-warnings`.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::error::{Problem, Severity};
use crate::letter::{Letter, MeetingView};
use crate::locale::Lang;
use crate::meeting::{Circular, Format, Item, Meeting, Recommendation};
use crate::source::{Source, at};
use crate::values::Localized;
use serde_saphyr::Spanned;

/// Every semantic problem of a description whose letters could be built.
pub fn semantic(circular: &Circular, letter: &Letter, source: &Source) -> Vec<Problem> {
    let mut found = Found {
        source,
        problems: Vec::new(),
    };
    if let (Some(meeting), Some(view)) = (&circular.meeting, &letter.meeting) {
        found.dates(circular, meeting, view);
        found.edition(meeting);
        found.contractions(meeting);
        found.short_name(meeting);
        found.zone(meeting, view);
    }
    found.events(circular, letter);
    found.deadlines(circular, letter);
    found.annex_references(circular, letter);
    found.one_language(circular);
    found.recommendations(circular);
    found.problems
}

struct Found<'a> {
    source: &'a Source,
    problems: Vec<Problem>,
}

impl Found<'_> {
    fn add(
        &mut self,
        severity: Severity,
        at: (u64, u64),
        field: &str,
        message: String,
        hint: &str,
    ) {
        let mut problem = self.source.problem(
            at.0 as usize,
            at.1 as usize,
            field,
            message,
            Some(hint.into()),
        );
        problem.severity = severity;
        self.problems.push(problem);
    }

    fn dates(&mut self, circular: &Circular, meeting: &Meeting, view: &MeetingView) {
        let (start, end) = (&view.start, &view.end);
        let days = (end.date - start.date).num_days();
        if let (0, Some(hours)) = (days, &meeting.daily_hours) {
            let message = "`daily-hours` has no effect on a meeting of one day".to_string();
            let hint = "leave it out: `start` and `end` give the hours";
            self.add(
                Severity::Warning,
                at(hours),
                "meeting.daily-hours",
                message,
                hint,
            );
        }
        let hours = start.time.as_ref().zip(end.time.as_ref());
        let one_sitting = days >= 1 && meeting.daily_hours.is_none();
        if let Some((opens, closes)) =
            hours.filter(|(opens, closes)| one_sitting && closes <= opens)
        {
            let message = format!(
                "the meeting closes at {closes} on its last day, not later than it opens ({opens}): it is not one sitting a day at the same hours, so `times` and `ics` take it as one sitting from start to end"
            );
            let hint = "for one sitting a day, give the hours of each day: `daily-hours: {from: \"09:30\", to: \"17:30\"}`";
            self.add(
                Severity::Warning,
                at(&meeting.end),
                "meeting.end",
                message,
                hint,
            );
        }
        for skip in &meeting.skip_days {
            let day = skip.value.0;
            if day <= start.date || day >= end.date {
                let message = format!(
                    "{day} is not a day between the first ({}) and the last ({}) of the meeting",
                    start.date, end.date
                );
                let hint = "skipped days lie between `start` and `end`; to drop the first or last day, move `start` or `end`";
                self.add(
                    Severity::Error,
                    at(skip),
                    "meeting.skip-days",
                    message,
                    hint,
                );
            }
        }
        let dated = &circular.letter.date;
        if dated.value.0 > start.date {
            let message = format!(
                "the letter is dated {}, after the meeting starts ({})",
                dated.value.0, start.date
            );
            self.add(
                Severity::Error,
                at(dated),
                "letter.date",
                message,
                "a circular announces a meeting before it takes place",
            );
        }
        let registration = meeting
            .registration
            .as_ref()
            .and_then(|r| r.deadline.as_ref());
        if let Some(deadline) = registration.filter(|d| d.value.0 > end.date) {
            let message = format!(
                "the registration deadline ({}) is after the meeting ends ({})",
                deadline.value.0, end.date
            );
            self.add(
                Severity::Error,
                at(deadline),
                "meeting.registration.deadline",
                message,
                "registration closes before the meeting",
            );
        }
    }

    /// A Recommendation listed twice, or dated after the letter that announces it.
    fn recommendations(&mut self, circular: &Circular) {
        let body = circular
            .body
            .iter()
            .flat_map(|body| listed("body", &body.value));
        let annexes = circular.annexes.iter().enumerate();
        let annexes =
            annexes.flat_map(|(a, annex)| listed(&format!("annexes[{a}].body"), &annex.body));
        let lists: Vec<_> = body.chain(annexes).collect();
        let dated = circular.letter.date.value.0;
        for (field, list) in lists {
            for (i, rec) in list.value.iter().enumerate() {
                let earlier = &list.value[..i];
                self.recommendation(rec, earlier, &format!("{field}[{i}]"), dated);
            }
        }
    }

    fn recommendation(
        &mut self,
        rec: &Recommendation,
        earlier: &[Recommendation],
        field: &str,
        dated: NaiveDate,
    ) {
        let number = &rec.number.value.number;
        if earlier
            .iter()
            .any(|other| other.number.value.number == *number)
        {
            let message = format!("Recommendation {number} is listed twice");
            let (at, field) = (at(&rec.number), format!("{field}.number"));
            self.add(
                Severity::Warning,
                at,
                &field,
                message,
                "list each Recommendation once",
            );
        }
        if let Some(date) = rec.date.as_ref().filter(|date| date.value.0 > dated) {
            let message = format!(
                "Recommendation {number} is dated {}, after the letter ({dated})",
                date.value.0
            );
            let hint = "give the date it was approved (or deleted), before the letter's";
            self.add(
                Severity::Warning,
                at(date),
                &format!("{field}.date"),
                message,
                hint,
            );
        }
    }

    /// A deadline on a Saturday or Sunday is a warning.
    fn working_day(&mut self, date: &serde_saphyr::Spanned<crate::values::Date>, field: &str) {
        let day = date.value.0;
        if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            let message = format!("the deadline {day} falls on a {}", weekday(day));
            let hint = "TSB deadlines fall on working days";
            self.add(Severity::Warning, at(date), field, message, hint);
        }
    }

    fn deadlines(&mut self, circular: &Circular, letter: &Letter) {
        let start = letter.meeting.as_ref().map(|meeting| meeting.start.date);
        let in_geneva = circular.meeting.as_ref().is_some_and(Meeting::in_geneva);
        let registration = circular
            .meeting
            .as_ref()
            .and_then(|m| m.registration.as_ref());
        if let Some(deadline) = registration.and_then(|r| r.deadline.as_ref()) {
            self.working_day(deadline, "meeting.registration.deadline");
        }
        for (i, deadline) in circular.deadlines.iter().enumerate() {
            let date = deadline.date.value.0;
            let field = format!("deadlines[{i}].date");
            self.working_day(&deadline.date, &field);
            self.misspelt_actions(deadline, i);
            let visa = deadline
                .actions
                .iter()
                .any(|action| mentions(action, "visa"));
            let late =
                start.filter(|start| visa && in_geneva && date > *start - Duration::weeks(4));
            if let Some(start) = late {
                let message = format!(
                    "the visa deadline {date} is less than four weeks before the meeting ({start})"
                );
                self.add(
                    Severity::Warning,
                    at(&deadline.date),
                    &field,
                    message,
                    "Swiss visas take up to four weeks: set the deadline earlier",
                );
            }
        }
    }

    /// An event announced after it has started.
    fn events(&mut self, circular: &Circular, letter: &Letter) {
        let dated = circular.letter.date.value.0;
        for (i, (event, view)) in circular.events.iter().zip(&letter.events).enumerate() {
            if dated > view.start.date {
                let message = format!(
                    "the letter is dated {dated}, after the event starts ({})",
                    view.start.date
                );
                let hint = "a letter announces its events before they take place";
                self.add(
                    Severity::Error,
                    at(&event.start),
                    &format!("events[{i}].start"),
                    message,
                    hint,
                );
            }
        }
    }

    /// Names the tool puts after "de" must come with their article, not their preposition:
    /// "le Gouvernement", which reads "à l'aimable invitation du Gouvernement".
    fn contractions(&mut self, meeting: &Meeting) {
        let named = [
            ("meeting.host", &meeting.host),
            ("meeting.short-name", &meeting.short_name),
        ];
        for (field, text) in named {
            let Some(text) = text else { continue };
            for lang in crate::locale::Lang::ALL {
                let Some(Err(preposition)) = text.get(lang).map(|text| lang.contracts(text)) else {
                    continue;
                };
                let message = format!(
                    "the {} text starts with the preposition `{preposition}`, so the tool cannot put its own before it",
                    lang.describe()
                );
                let hint = "write the name with its article only (`le Gouvernement de ...`, `l'initiative ...`): the tool contracts `de le` to `du`";
                self.add(Severity::Warning, text.at(lang), field, message, hint);
            }
        }
    }

    /// A plain string stands for every language; one that reads as a sentence of one of them
    /// ("the meeting will discuss ...") would stay in that language in the other letter.
    fn one_language(&mut self, circular: &Circular) {
        if circular.declared().len() < 2 {
            return;
        }
        let mut texts = free_texts(circular);
        let objectives = circular.objectives.iter().enumerate();
        texts.extend(objectives.map(|(i, text)| (format!("objectives[{i}]"), text)));
        if let Some(meeting) = &circular.meeting {
            texts.extend(
                meeting
                    .name
                    .iter()
                    .map(|name| ("meeting.name".to_string(), name)),
            );
        }
        for (field, text) in texts {
            let Some(plain) = &text.0.value.all else {
                continue;
            };
            let Some(language) = looks_like(plain) else {
                continue;
            };
            let message = format!(
                "one text for every language, but it reads as {language}: the other letters would print it as it is"
            );
            let hint = "write it per language: `{fr: ..., en: ...}`";
            let at = (text.line(), text.column());
            self.add(Severity::Warning, at, &field, message, hint);
        }
    }

    /// A short name that is the noun again ("l'atelier AI4CR" for a workshop) would read
    /// "L'atelier de l'atelier AI4CR" wherever the letter says "the workshop of ...".
    fn short_name(&mut self, meeting: &Meeting) {
        let Some(short) = &meeting.short_name else {
            return;
        };
        for lang in crate::locale::Lang::ALL {
            let the = lang.noun(meeting.noun).the.to_lowercase();
            let Some(text) = short
                .get(lang)
                .filter(|t| t.to_lowercase().starts_with(&the))
            else {
                continue;
            };
            let message = format!(
                "the {} short name `{text}` repeats the noun: the letter would say \"{} {}\"",
                lang.describe(),
                crate::locale::capitalize(&lang.noun(meeting.noun).the),
                lang.of(text)
            );
            let hint = "name what the meeting belongs to (`l'initiative AI4CR`, `the AI4CR initiative`), or leave `short-name` out";
            self.add(
                Severity::Warning,
                short.at(lang),
                "meeting.short-name",
                message,
                hint,
            );
        }
    }

    /// An action written as one word that is nearly a standard key (`fellowship`) is printed as
    /// is in every language: most likely a misspelt key.
    fn misspelt_actions(&mut self, deadline: &crate::meeting::Deadline, i: usize) {
        for (j, action) in deadline.actions.iter().enumerate() {
            let text = crate::actions::one_text(action);
            let text = text.filter(|text| crate::actions::lookup(text).is_none());
            let Some((text, key)) = text.and_then(|t| Some((t, crate::actions::closest(t)?)))
            else {
                continue;
            };
            let message = format!(
                "`{text}` is not a standard action, so it is printed as it is in every language"
            );
            let hint = format!("did you mean `{key}`?");
            let at = (action.line(), action.column());
            self.add(
                Severity::Warning,
                at,
                &format!("deadlines[{i}].actions[{j}]"),
                message,
                &hint,
            );
        }
    }

    /// "Annex 2", "Annexe B" in free text must name an annex that exists.
    fn annex_references(&mut self, circular: &Circular, letter: &Letter) {
        let labels: Vec<String> = letter
            .annexes
            .iter()
            .map(|annex| annex.label.clone())
            .collect();
        let body = circular
            .body
            .iter()
            .flat_map(|body| body.value.iter().enumerate());
        for (i, item) in body {
            let Item::Agenda(agenda) = item else { continue };
            let field = format!("body[{i}].agenda");
            self.annex_label(&agenda.annex, &labels, &format!("{field}.annex"));
            if let Some(practical) = &agenda.practical {
                self.annex_label(practical, &labels, &format!("{field}.practical"));
            }
        }
        for (field, text) in free_texts(circular) {
            for lang_text in text.0.value.every() {
                for label in annex_labels(lang_text) {
                    if !labels.contains(&label) {
                        let message = format!(
                            "the text refers to annex `{label}`, but the letter has {}",
                            count_annexes(&labels)
                        );
                        self.add(
                            Severity::Error,
                            (text.line(), text.column()),
                            &field,
                            message,
                            "add the annex, or correct the reference",
                        );
                    }
                }
            }
        }
    }

    /// An annex named by its label that the letter does not have.
    fn annex_label(&mut self, label: &Spanned<String>, labels: &[String], field: &str) {
        let name = label.value.trim();
        if labels.iter().any(|known| known == name) {
            return;
        }
        let message = format!(
            "`agenda` points to annex `{name}`, but the letter has {}",
            count_annexes(labels)
        );
        let hint = "give the annex's label as the letter numbers it (1, 2 or A, B)";
        self.add(Severity::Error, at(label), field, message, hint);
    }

    /// "7th-meeting" in a URL, or "Seventh" in the name, must agree with `edition`.
    fn edition(&mut self, meeting: &Meeting) {
        let Some(edition) = &meeting.edition else {
            return;
        };
        let url = meeting
            .web
            .as_ref()
            .map(|web| web.url.as_str())
            .unwrap_or_default();
        if let Some(number) = numbered_edition(url).filter(|n| *n != edition.value) {
            let message = format!(
                "`edition` is {}, but the web address says {number}",
                edition.value
            );
            self.add(
                Severity::Error,
                at(edition),
                "meeting.edition",
                message,
                "correct the edition or the web address",
            );
        }
        let Some(named) = &meeting.name else {
            return;
        };
        for lang in crate::locale::Lang::ALL {
            let Some(name) = named.get(lang) else {
                continue;
            };
            // Only a name that starts with an ordinal restates the edition ("Seventh ...");
            // "following the first one" further on is not the meeting's number.
            let first = name
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase();
            let stated = (1..=99).find(|n| first == lang.ordinal(*n, meeting.noun));
            if let Some(number) = stated.filter(|n| *n != edition.value) {
                let message = format!("`edition` is {}, but the name says {number}", edition.value);
                self.add(
                    Severity::Error,
                    (named.line(), named.column()),
                    "meeting.name",
                    message,
                    "the edition is written by the tool: leave the ordinal out of `name`",
                );
            }
        }
    }
}

impl Found<'_> {
    /// A meeting held somewhere whose clocks are not those of its `zone` (a starter's Tokyo
    /// zone left on a meeting in Geneva) would have every time in the letter wrong.
    fn zone(&mut self, meeting: &Meeting, view: &MeetingView) {
        let Some(venue) = meeting
            .venue
            .as_ref()
            .filter(|_| meeting.format != Format::Virtual)
        else {
            return;
        };
        let instant = view.start.instant_utc;
        let places = [Some(&venue.city), venue.country.as_ref()]
            .into_iter()
            .flatten();
        let names =
            places.flat_map(|place| Lang::ALL.into_iter().filter_map(|lang| place.get(lang)));
        let misfit = names
            .map(|name| (name, crate::zone::fits(meeting.zone.0, name, instant)))
            .find(|(_, fits)| *fits == Some(false));
        let Some((place, _)) = misfit else { return };
        let suggested = crate::zone::find(place).map(|found| found.tz.name());
        let message = format!(
            "the meeting is held in {place}, but its `zone` is {}: every time in the letter would be on {} clocks",
            meeting.zone.0.name(),
            meeting.zone.0.name()
        );
        let hint = match suggested {
            Ok(zone) => format!("set `zone: {zone}`, the zone of {place}"),
            Err(_) => "set `zone` to the venue's IANA zone".into(),
        };
        // The zone is not kept with its place: it is found in the text, else the city is shown.
        let at = crate::load::field_at(&self.source.text, "meeting.zone")
            .unwrap_or_else(|| at(&venue.city.0));
        self.add(Severity::Warning, at, "meeting.zone", message, &hint);
    }
}

/// The Recommendations lists among `items`, each with its field: `body[2].recommendations`.
fn listed<'a>(field: &str, items: &'a [Item]) -> Vec<(String, &'a Spanned<Vec<Recommendation>>)> {
    let each = items.iter().enumerate();
    let each = each.filter_map(|(k, item)| match item {
        Item::Recommendations(list) => Some((format!("{field}[{k}].recommendations"), list)),
        _ => None,
    });
    each.collect()
}

fn weekday(date: NaiveDate) -> &'static str {
    if date.weekday() == Weekday::Sat {
        "Saturday"
    } else {
        "Sunday"
    }
}

fn mentions(text: &Localized, word: &str) -> bool {
    text.0
        .value
        .every()
        .any(|text| text.to_lowercase().contains(word))
}

/// Free texts where a writer may refer to annexes, with their field names.
fn free_texts(circular: &Circular) -> Vec<(String, &Localized)> {
    let mut texts = Vec::new();
    let bodies = circular
        .body
        .iter()
        .map(|body| ("body".to_string(), body.value.as_slice()));
    let annexes = circular
        .annexes
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("annexes[{i}].body"), a.body.as_slice()));
    for (prefix, body) in bodies.chain(annexes) {
        for (i, item) in body.iter().enumerate() {
            if let Item::Paragraph(paragraph) = item {
                texts.push((format!("{prefix}[{i}].paragraph.text"), &paragraph.text));
                texts.extend(
                    paragraph
                        .bullets
                        .iter()
                        .map(|b| (format!("{prefix}[{i}].paragraph.bullets"), b)),
                );
            }
        }
    }
    texts
}

/// The language a text reads as, when it has the small words of a sentence (three different
/// ones, in five words or more): names and codes, which are the same in every language, do not.
fn looks_like(text: &str) -> Option<&'static str> {
    const WORDS: [(&str, &[&str]); 2] = [
        (
            "English",
            &[
                "the", "and", "of", "to", "is", "will", "be", "with", "this", "for", "are", "on",
            ],
        ),
        (
            "French",
            &[
                "le", "la", "les", "des", "du", "et", "est", "sera", "une", "pour", "avec", "aux",
                "dans",
            ],
        ),
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 5 {
        return None;
    }
    WORDS.iter().find_map(|(language, small)| {
        let found = small.iter().filter(|w| words.iter().any(|x| x == *w));
        (found.count() >= 3).then_some(*language)
    })
}

/// Labels after "Annex"/"Annexe" ("Annex 2", "l'Annexe A"); "Annexes" alone is not a reference.
fn annex_labels(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut labels = Vec::new();
    for pair in words.windows(2) {
        let word = pair[0].trim_start_matches("l'").to_lowercase();
        let label = pair[1].trim_end_matches(|c: char| !c.is_alphanumeric());
        let is_label = (1..=2).contains(&label.len())
            && label
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
        if (word == "annex" || word == "annexe") && is_label {
            labels.push(label.to_string());
        }
    }
    labels
}

fn count_annexes(labels: &[String]) -> String {
    match labels {
        [] => "no annex".into(),
        _ => format!("annexes {}", labels.join(", ")),
    }
}

/// The number in "7th-meeting" or "7th_meeting" in an address.
fn numbered_edition(url: &str) -> Option<u32> {
    url.split(['/', '-', '_', '.']).find_map(|part| {
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        let suffix = &part[digits.len()..];
        let ordinal = ["st", "nd", "rd", "th"].contains(&suffix);
        (ordinal && !digits.is_empty())
            .then(|| digits.parse().ok())
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_references_in_both_languages() {
        assert_eq!(annex_labels("set out in Annex A. See also Annexes"), ["A"]);
        assert_eq!(annex_labels("figure dans l'Annexe 1 ci-après"), ["1"]);
    }

    #[test]
    fn editions_in_web_addresses() {
        assert_eq!(
            numbered_edition("https://u4ssc.itu.int/latest-meetings/7th-meeting/"),
            Some(7)
        );
        assert_eq!(numbered_edition("http://itu.int/go/tsg/tsag"), None);
    }
}
