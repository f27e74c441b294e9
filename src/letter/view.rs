//! The types of the letter view: what templates see.

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::Serialize;

use crate::locale::{Lang, NounForms};
use crate::meeting::Format;

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
    /// What the letterhead logo shows (`letter.logo-alt`), when the YAML says it.
    pub logo_alt: Option<String>,
    pub contact: crate::meeting::Contact,
    /// The recipient's own name and address lines, when the letter goes to one recipient.
    pub recipient: Vec<String>,
    pub to: Vec<String>,
    pub copy: Vec<String>,
    /// The meeting, when the letter announces one.
    pub meeting: Option<MeetingView>,
    /// The events held with the meeting.
    pub events: Vec<MeetingView>,
    /// `letter.subject`, which replaces the subject made from the meeting.
    pub subject: Option<String>,
    /// The letterhead's lines.
    pub letterhead: Vec<String>,
    /// "Title; Place, dates" on one line, not the place and dates in parentheses below.
    pub one_line_subject: bool,
    /// What an addendum refers to, when the letter is one.
    pub addendum: Option<AddendumView>,
    /// The reference as an annex heading gives it: "to TSB Circular 92", "de la Circulaire
    /// TSB 92", "de l'Addendum 1 à la Circulaire TSB 92".
    pub annex_of: String,
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
    /// How the announcement names it first: `the_title`, or with "a"/"un" when it has no
    /// edition ("is organizing a workshop on ...").
    pub announced: String,
    /// The same after "of": "de la septième réunion ...", "du premier atelier ...".
    pub of_the_title: String,
    /// What the invitation invites to: "the next meeting of Study Group 3" (or the
    /// edition's ordinal) / "à la prochaine réunion de la Commission d'études 3".
    pub invited_to: String,
    pub mandate: Option<String>,
    /// The group's chairman, when the YAML names them.
    pub chair: Option<ChairView>,
    /// The days when they are not simply the range from start to end: "from 27 (afternoon) to
    /// 29 June 2024", "on 24, 25 and 27 June 2024".
    pub days_text: Option<String>,
    /// The same for the subject line: "27 (afternoon) – 29 June 2024".
    pub days_subject: Option<String>,
    /// The days are listed one by one (a weekday is skipped): no "inclusive" range.
    pub days_listed: bool,
    pub registration_place: Option<String>,
    /// The daily hours `HH:MM`, when the letter states them (`daily-hours.stated`).
    pub stated_hours: Option<(String, String)>,
    /// A physical or hybrid meeting at Geneva, where rooms are shown on screens.
    pub in_geneva: bool,
    /// "the work of the study group" / "aux travaux de la commission d'études" (TSAG's own).
    pub work_of: String,
    pub noun: NounForms,
    /// "l'initiative U4SSC", or the noun with its article.
    pub short_name: Option<String>,
    /// The short name after "of": "de l'initiative U4SSC", "du Groupe", "of the U4SSC initiative".
    pub short_of: Option<String>,
    pub partners: Vec<String>,
    pub host: Option<String>,
    /// The venue's address lines.
    pub address: Vec<String>,
    /// The host after "of", contracted: "du Gouvernement de la République de Corée".
    pub host_of: Option<String>,
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
    /// `languages` (into `interpretation`, if any), `on-request` or `rules-in-force`.
    pub interpretation_basis: &'static str,
    /// Interpretation into all six official languages.
    pub interpretation_all: bool,
    pub individuals: bool,
    pub fee: Option<String>,
    pub fellowships: bool,
    pub registration: Option<RegistrationView>,
    pub web: Option<WebView>,
}

/// A chairman: "Mr Seiichi Tsugawa (Japan)", "the Chairman of Study Group 3".
#[derive(Debug, Clone, Serialize)]
pub struct ChairView {
    pub name: String,
    /// With its article.
    pub title: String,
}

/// A point in time as the letter states it: in the meeting's zone.
#[derive(Debug, Clone, Serialize)]
pub struct Moment {
    pub date: NaiveDate,
    /// `HH:MM`; none when the letter states no such time (`start` or `end` is a date alone).
    pub time: Option<String>,
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

/// The letter an addendum adds to.
#[derive(Debug, Clone, Serialize)]
pub struct AddendumView {
    /// "TSB Circular 92" / "la Circulaire TSB 92".
    pub original: String,
    pub original_date: NaiveDate,
    /// The change announced, or `none` for changes in free text.
    pub change: &'static str,
}

/// One body item: `kind` names the standard paragraph, or is `paragraph` for free text.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub kind: &'static str,
    pub number: Option<usize>,
    pub text: Option<String>,
    pub bullets: Vec<String>,
    /// The items of a `recommendations` list.
    pub recommendations: Vec<RecommendationView>,
    /// What an `agenda` paragraph points to.
    pub agenda: Option<AgendaView>,
}

/// The annexes an `agenda` paragraph points to.
#[derive(Debug, Clone, Serialize)]
pub struct AgendaView {
    /// The draft agenda's annex: "B".
    pub annex: String,
    /// The practical information's annex: "A".
    pub practical: Option<String>,
    pub time_plan: bool,
}

/// An item of the Recommendations list: "Revised Recommendation D.180", and its title.
#[derive(Debug, Clone, Serialize)]
pub struct RecommendationView {
    pub name: String,
    pub title: String,
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
