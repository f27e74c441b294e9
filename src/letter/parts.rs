//! The meeting, body, deadlines, signature and annexes of the letter view.

use chrono::DateTime;
use chrono_tz::Tz;

use super::translator::{Translator, moment};
use super::view::*;
use super::wording;
use crate::locale::capitalize;
use crate::meeting::{Circular, Item, Series};
use crate::meeting::{Deadline, Meeting, Stated};
use crate::values::{Localized, Zone};
use crate::zone;

impl Translator<'_> {
    pub(super) fn meeting(
        &mut self,
        meeting: &Meeting,
        zone: Option<Tz>,
        group: Option<&str>,
    ) -> MeetingView {
        let lang = self.lang;
        let noun = lang.noun(meeting.noun);
        let name = self.name(meeting, group);
        let head = match &meeting.edition {
            Some(edition) => format!("{} {}", self.ordinal(edition, meeting.noun), noun.bare),
            None => noun.bare.clone(),
        };
        let head = self.prefixed(meeting, head);
        let title = format!("{head} {name}");
        let acronym = match &meeting.acronym {
            Some(acronym) if !title.contains(acronym.as_str()) => format!(" ({acronym})"),
            _ => String::new(),
        };
        let article = lang.the(noun.feminine, &head);
        let (start, end) = self.times(meeting);
        let schedule = || crate::times::quiet_schedule(meeting);
        let local_time = zone
            .filter(|zone| *zone != meeting.zone.0)
            .and_then(|zone| crate::times::beside(lang, &schedule(), zone));
        let stated = meeting.stated();
        let (mut start, mut end) = (moment(&start), moment(&end));
        start.time = start.time.filter(|_| stated != Stated::Days);
        end.time = end.time.filter(|_| stated == Stated::Hours);
        let label = crate::times::local_label(lang, meeting.zone.0);
        if let (crate::meeting::ZoneLabel::City, Some(label)) = (meeting.zone_label, label) {
            (start.zone, end.zone) = (label.clone(), label);
        }
        let short_name = self.option(&meeting.short_name, &self.field("short-name"));
        let registration = meeting
            .registration
            .as_ref()
            .map(|registration| RegistrationView {
                url: registration.url.clone(),
                mandatory: registration.mandatory,
                deadline: registration
                    .deadline
                    .as_ref()
                    .map(|deadline| deadline.value.0),
            });
        let the_title = format!("{article}{title}{acronym}");
        // First mention: "the seventh meeting of ...", "the ITU-T Workshop on ...", but "a
        // workshop on ..." for an event with neither an edition nor a name of its own.
        let announced = match meeting.edition.is_some() || meeting.prefix.is_some() {
            true => the_title.clone(),
            false => format!("{}{title}{acronym}", lang.a(noun.feminine, &head)),
        };
        let days = super::group::days(meeting, start.date, end.date);
        let mut hosts: Vec<String> = self
            .option(&meeting.host, &self.field("host"))
            .into_iter()
            .collect();
        hosts.extend(self.list(&meeting.hosts, &self.field("hosts")));
        // French contracts "de" with each host ("du Gouvernement ... et de l'Administration");
        // English says "of A and B".
        let host_of = (!hosts.is_empty()).then(|| match lang {
            crate::locale::Lang::En => lang.of(&lang.join(&hosts)),
            crate::locale::Lang::Fr => {
                lang.join(&hosts.iter().map(|host| lang.of(host)).collect::<Vec<_>>())
            }
        });
        let host = (!hosts.is_empty()).then(|| lang.join(&hosts));
        MeetingView {
            invited_to: self.invited_to(meeting, &title, &the_title),
            mandate: self.option(&meeting.mandate, &self.field("mandate")),
            chair: self.chair(meeting, group),
            days_text: days.as_ref().map(|days| lang.days_text(days)),
            days_subject: days.as_ref().map(|days| lang.days_subject(days)),
            days_listed: days.as_ref().is_some_and(|days| days.listed),
            registration_place: self.option(
                &meeting.registration_place,
                &self.field("registration-place"),
            ),
            in_geneva: meeting.in_geneva(),
            stated_hours: (meeting.daily_hours.as_ref())
                .filter(|hours| hours.value.stated)
                .map(|hours| (hours.value.from.0.clone(), hours.value.to.0.clone())),
            work_of: wording::work_of(lang, group).into(),
            title: capitalize(&title),
            of_the_title: lang.of(&the_title),
            announced,
            the_title,
            short_name: short_name.clone(),
            short_of: short_name.map(|name| lang.of(&name)),
            partners: self.list(&meeting.partners, &self.field("partners")),
            host_of,
            address: self.list(&meeting.address, &self.field("address")),
            host,
            format: meeting.format,
            venue: self.venue(meeting),
            multi_day: start.date != end.date,
            local_time,
            start,
            end,
            registration_opens: meeting
                .registration_opens
                .as_ref()
                .map(|time| time.0.clone()),
            languages: self.languages(&meeting.languages),
            interpretation: self.languages(meeting.interpretation.languages()),
            interpretation_all: meeting.interpretation.languages().len()
                == crate::locale::LANGUAGE_CODES.len(),
            interpretation_basis: match meeting.interpretation {
                crate::values::Interpretation::OnRequest => "on-request",
                crate::values::Interpretation::RulesInForce => "rules-in-force",
                _ => "languages",
            },
            individuals: meeting.participation.individuals,
            fee: self.option(&meeting.participation.fee, &self.field("participation.fee")),
            fellowships: meeting.participation.fellowships,
            registration,
            web: meeting.web.as_ref().map(|web| WebView {
                url: web.url.clone(),
                includes: web
                    .includes
                    .iter()
                    .map(|item| wording::web_item(lang, *item).to_string())
                    .collect(),
            }),
            noun,
        }
    }

    /// The chairman, their title given or made from the letter's study group.
    fn chair(&mut self, meeting: &Meeting, group: Option<&str>) -> Option<ChairView> {
        let chair = meeting.chair.as_ref()?;
        let name = self.text(&chair.name, &self.field("chair.name"));
        let title = self.option(&chair.title, &self.field("chair.title"));
        let woman = chair
            .name
            .get(crate::locale::Lang::Fr)
            .is_some_and(|fr| fr.starts_with("Mme"));
        let title = match (title, group) {
            (Some(title), _) => title,
            (None, Some(group)) => wording::chair_title(self.lang, group, woman),
            (None, None) => {
                let message =
                    "the chair has no title, and the letter no study group to make it from".into();
                let hint = "add `title: {fr: le Président du ..., en: the Chairman of ...}`, or `study-group` under `letter`";
                let at = (chair.name.line(), chair.name.column());
                self.problem(at, &self.field("chair.title"), message, Some(hint.into()));
                String::new()
            }
        };
        Some(ChairView { name, title })
    }

    fn languages(&self, codes: &[crate::values::Language]) -> Vec<String> {
        let names = codes
            .iter()
            .filter_map(|code| self.lang.language_name(code.0));
        names.map(String::from).collect()
    }

    fn venue(&mut self, meeting: &Meeting) -> Option<VenueView> {
        let venue = meeting.venue.as_ref()?;
        Some(VenueView {
            building: self.option(&venue.building, &self.field("venue.building")),
            city: self.text(&venue.city, &self.field("venue.city")),
            country: self.option(&venue.country, &self.field("venue.country")),
        })
    }

    /// Start and end placed in the meeting's zone; impossible local times are problems at
    /// the meeting's own fields (`events[1].start`).
    fn times(&mut self, meeting: &Meeting) -> (DateTime<Tz>, DateTime<Tz>) {
        let (start, end, problems) = crate::times::placed(meeting, &self.root);
        let source = self.source;
        self.problems.extend(
            problems
                .into_iter()
                .map(|problem| problem.in_source(source)),
        );
        (start, end)
    }

    /// The edition as an ordinal word; editions are 1 to 999.
    fn ordinal(
        &mut self,
        edition: &serde_saphyr::Spanned<u32>,
        noun: crate::locale::Noun,
    ) -> String {
        if !(1..=999).contains(&edition.value) {
            let at = crate::source::at(edition);
            let message = format!(
                "edition {} is out of range: expected 1 to 999",
                edition.value
            );
            let hint = "leave `edition` out for a meeting without a number".to_string();
            self.problem(at, &self.field("edition"), message, Some(hint));
            return String::new();
        }
        self.lang.ordinal(edition.value, noun)
    }

    pub(super) fn body(&mut self, items: &[Item], field: &str) -> Vec<ItemView> {
        let mut number = 0;
        let mut views = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let (mut recommendations, mut agenda) = (Vec::new(), None);
            let (kind, numbered, text, bullets) = match item {
                Item::Paragraph(paragraph) => {
                    let text = self.text(&paragraph.text, &format!("{field}[{i}].paragraph.text"));
                    let bullets = self.list(
                        &paragraph.bullets,
                        &format!("{field}[{i}].paragraph.bullets"),
                    );
                    ("paragraph", paragraph.numbered, Some(text), bullets)
                }
                Item::Recommendations(list) => {
                    let field = format!("{field}[{i}].recommendations");
                    recommendations = self.recommendations(list, &field);
                    ("recommendations", false, None, Vec::new())
                }
                Item::Agenda(given) => {
                    agenda = Some(AgendaView {
                        annex: given.annex.value.trim().to_string(),
                        practical: (given.practical.as_ref()).map(|a| a.value.trim().to_string()),
                        time_plan: given.time_plan,
                    });
                    ("agenda", true, None, Vec::new())
                }
                standard => (kind(standard), true, None, Vec::new()),
            };
            number += usize::from(numbered);
            views.push(ItemView {
                kind,
                number: numbered.then_some(number),
                text,
                bullets,
                recommendations,
                agenda,
            });
        }
        views
    }

    /// The items of a Recommendations list; an empty list says nothing and is a problem.
    fn recommendations(
        &mut self,
        list: &serde_saphyr::Spanned<Vec<crate::meeting::Recommendation>>,
        field: &str,
    ) -> Vec<RecommendationView> {
        if list.value.is_empty() {
            let message = "the list of Recommendations is empty".to_string();
            let hint = "give each as `{number: ITU-T Y.4480, title: {fr: ..., en: ...}}`";
            self.problem(crate::source::at(list), field, message, Some(hint.into()));
        }
        let each = list.value.iter().enumerate();
        each.map(|(j, rec)| RecommendationView {
            name: wording::recommendation(
                self.lang,
                &rec.number.value,
                rec.status,
                rec.date.as_ref().map(|date| date.value.0),
            ),
            title: self.text(&rec.title, &format!("{field}[{j}].title")),
        })
        .collect()
    }

    pub(super) fn deadlines(&mut self, circular: &Circular) -> Vec<DeadlineView> {
        let each = circular.deadlines.iter().enumerate();
        let tz = circular.zone().0;
        let group = circular.study_group();
        each.map(|(i, deadline)| self.deadline(deadline, i, tz, group))
            .collect()
    }

    fn deadline(
        &mut self,
        deadline: &Deadline,
        i: usize,
        tz: Tz,
        group: Option<&str>,
    ) -> DeadlineView {
        let date = deadline.date.value.0;
        let time = deadline.time.as_ref().map(|time| time.0.clone());
        let zone = match (&time, deadline.utc) {
            (Some(time), false) => zone::abbreviation_at(date, time, tz).unwrap_or_else(|error| {
                let field = format!("deadlines[{i}].time");
                let (message, hint) = impossible_deadline(&error, time, tz);
                self.problem(
                    crate::source::at(&deadline.date),
                    &field,
                    message,
                    Some(hint),
                );
                None
            }),
            _ => None,
        };
        DeadlineView {
            date,
            time,
            utc: deadline.utc,
            zone,
            actions: self.actions(&deadline.actions, i, group),
        }
    }

    /// Each action: a standard one by key (`fellowships`), else the text given.
    fn actions(&mut self, actions: &[Localized], i: usize, group: Option<&str>) -> Vec<String> {
        let each = actions.iter().enumerate();
        let field = |j| format!("deadlines[{i}].actions[{j}]");
        each.map(|(j, action)| match crate::actions::standard(action) {
            Some(standard) => standard.wording(self.lang, group),
            None => self.text(action, &field(j)),
        })
        .collect()
    }

    pub(super) fn signatory(&mut self, circular: &Circular) -> Option<SignatoryView> {
        let signatory = circular.signatory.as_ref()?;
        let title = self.option(&signatory.title, "signatory.title");
        Some(SignatoryView {
            name: signatory.name.clone(),
            title: title.unwrap_or_else(|| self.lang.director().into()),
            signed: signatory.signed,
        })
    }

    pub(super) fn annexes(&mut self, circular: &Circular) -> Vec<AnnexView> {
        let collective = circular.letter.series == Series::CollectiveLetter;
        let collective = match circular.letter.annex_numbering {
            Some(numbering) => numbering == crate::meeting::AnnexNumbering::Letters,
            None => collective,
        };
        let mut annexes = Vec::new();
        for (i, annex) in circular.annexes.iter().enumerate() {
            if collective && i == 26 {
                let message = "a collective letter has at most 26 annexes, A to Z".to_string();
                let hint = "merge annexes, or number them in a circular".to_string();
                self.problem(
                    (annex.title.line(), annex.title.column()),
                    "annexes",
                    message,
                    Some(hint),
                );
            }
            annexes.push(AnnexView {
                label: annex_label(collective, i),
                title: self.text(&annex.title, &format!("annexes[{i}].title")),
                body: self.body(&annex.body, &format!("annexes[{i}].body")),
            });
        }
        if let (Some(meeting), Some(zones)) =
            (&circular.meeting, super::translator::world_times(circular))
        {
            let label = annex_label(collective, annexes.len());
            let mut all = vec![meeting.clone()];
            all.extend(circular.co_located());
            annexes.push(self.world_times(&all, zones, label));
        }
        annexes
    }
}

/// "1", "2"... in circulars; "A", "B"... in collective letters (past Z, Z again: an error).
fn annex_label(collective: bool, index: usize) -> String {
    match collective {
        true => char::from(b'A' + index.min(25) as u8).to_string(),
        false => (index + 1).to_string(),
    }
}

impl Translator<'_> {
    /// The annex "Meeting times around the world" for the meeting and its events.
    fn world_times(&self, meetings: &[Meeting], zones: &[Zone], label: String) -> AnnexView {
        let zones: Vec<Tz> = zones.iter().map(|zone| zone.0).collect();
        let zones = if zones.is_empty() {
            zone::DEFAULT_ZONES
        } else {
            &zones
        };
        let mut title = String::new();
        let mut blocks = Vec::new();
        for meeting in meetings {
            let the_meeting = self.lang.noun(meeting.noun).the;
            let schedule = crate::times::quiet_schedule(meeting);
            let annex = crate::times::annex(self.lang, &the_meeting, &schedule, zones);
            title = annex.0;
            blocks.extend(annex.1);
        }
        let body = blocks.into_iter().map(|(lead, lines)| ItemView {
            kind: "paragraph",
            number: None,
            text: Some(lead),
            bullets: lines,
            recommendations: Vec::new(),
            agenda: None,
        });
        AnnexView {
            label,
            title,
            body: body.collect(),
        }
    }
}

/// The standard paragraph's name when it speaks of the meeting.
pub(super) fn about_the_meeting(item: &Item) -> Option<&'static str> {
    match item {
        Item::Deadlines | Item::Paragraph(_) | Item::Addendum | Item::Recommendations(_) => None,
        standard => Some(kind(standard)),
    }
}

fn kind(item: &Item) -> &'static str {
    match item {
        Item::Announcement => "announcement",
        Item::Languages => "languages",
        Item::Objectives => "objectives",
        Item::Participation => "participation",
        Item::Information => "information",
        Item::Deadlines => "deadlines",
        Item::Invitation => "invitation",
        Item::Opening => "opening",
        Item::Contributions => "contributions",
        Item::Venue => "venue",
        Item::Agenda(_) => "agenda",
        Item::Addendum => "addendum",
        Item::Paragraph(_) => "paragraph",
        Item::Recommendations(_) => "recommendations",
    }
}

/// A deadline's local time that the clocks skip or repeat has no one instant.
fn impossible_deadline(error: &zone::LocalTimeError, time: &str, tz: Tz) -> (String, String) {
    let what = match error {
        zone::LocalTimeError::Gap { .. } => "does not exist in {tz} that day: the clocks skip it",
        _ => "happens twice in {tz} that day: the clocks fall back",
    };
    let message = format!(
        "the deadline's time {time} {}",
        what.replace("{tz}", tz.name())
    );
    let hint = "choose another time, or give the time in UTC with `utc: true`".into();
    (message, hint)
}
