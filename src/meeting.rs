//! The YAML model of a circular: what the letter says, as meanings rather than formatted text.
//!
//! Reading is strict (`deny_unknown_fields`, typed scalars that check themselves), so that a
//! mistake is reported at its line and column. Checks that need several fields at once live in
//! `check.rs`.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::locale::Noun;
use crate::values::{
    Addressee, Date, Interpretation, Language, LocalDateTime, Localized, Number,
    RecommendationNumber, Time, Zone,
};

impl Circular {
    /// The codes of the languages the letter is written in (`letter.languages`, else fr, en).
    pub fn declared(&self) -> Vec<&'static str> {
        match &self.letter.languages {
            Some(languages) => languages.value.iter().map(|language| language.0).collect(),
            None => vec!["fr", "en"],
        }
    }

    /// The letter's study group, as `letter.study-group` gives it ("3", "TSAG").
    pub fn study_group(&self) -> Option<&str> {
        let group = self.letter.study_group.as_ref();
        group.map(|group| group.value.as_str())
    }

    /// The events with what they take from the meeting: its venue and format when they have
    /// no venue of their own, its zone.
    pub fn co_located(&self) -> Vec<Meeting> {
        let Some(main) = &self.meeting else {
            return Vec::new();
        };
        let placed = |event: &Meeting| {
            let mut event = event.clone();
            if event.venue.is_none() {
                event.venue = main.venue.clone();
                event.format = main.format;
            }
            event
        };
        self.events.iter().map(placed).collect()
    }

    /// The zone deadlines and times are in: the meeting's, else Geneva's.
    pub fn zone(&self) -> Zone {
        self.meeting
            .as_ref()
            .map(|meeting| meeting.zone)
            .unwrap_or_default()
    }
}

/// A whole circular as described in YAML.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Circular {
    pub letter: LetterInfo,
    #[serde(default)]
    pub contact: Contact,
    #[schemars(with = "Vec<Addressee>")]
    pub to: Vec<Spanned<Addressee>>,
    #[serde(default)]
    #[schemars(with = "Vec<Addressee>")]
    pub copy: Vec<Spanned<Addressee>>,
    /// The meeting the letter announces; a circular without one (an approval of
    /// Recommendations, a questionnaire) has only `letter.subject` and its body.
    pub meeting: Option<Meeting>,
    /// Events held with the meeting (a workshop before it, a forum on its last day), each
    /// with its own noun, name, dates, hours, partners and host; without a `venue`, an event
    /// is where the meeting is. The subject, the announcement or invitation, `times`, `ics` and
    /// the world-times annex cover every one.
    #[serde(default)]
    pub events: Vec<Meeting>,
    /// The numbered paragraphs, in order. Default: the standard ones the meeting fields allow.
    #[schemars(with = "Option<Vec<Item>>")]
    pub body: Option<Spanned<Vec<Item>>>,
    #[serde(default)]
    pub objectives: Vec<Localized>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    #[serde(default)]
    pub closing: Closing,
    pub signatory: Option<Signatory>,
    #[serde(default)]
    pub annexes: Vec<Annex>,
}

/// The letter's series, number, date and reference.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LetterInfo {
    #[serde(default)]
    pub series: Series,
    /// 92, or the number as written after the series: "7/LCCE/79" (no study group added).
    #[schemars(with = "Number")]
    pub number: Spanned<Number>,
    /// The study group of a collective letter: "3" gives "TSB Collective letter 2/3".
    #[schemars(with = "Option<String>")]
    pub study_group: Option<Spanned<String>>,
    #[schemars(with = "Date")]
    pub date: Spanned<Date>,
    /// Where the letter is signed. Default: Geneva.
    pub place: Option<Localized>,
    /// The internal code under the reference ("TSB Workshops/P.R.").
    pub code: Option<String>,
    /// A letterhead logo for PDF output: a PNG or JPEG file, relative to the YAML file.
    #[schemars(with = "Option<String>")]
    pub logo: Option<Spanned<String>>,
    /// What the logo shows, for screen readers. Default: "Logo of the International
    /// Telecommunication Union" / "Logo de l'Union internationale des télécommunications".
    pub logo_alt: Option<Localized>,
    /// The languages the letter is written in, by ISO 639-1 code. Default: `[fr, en]`.
    #[schemars(with = "Option<Vec<Language>>")]
    pub languages: Option<Spanned<Vec<Language>>>,
    /// The subject line; required without a `meeting`, else made from the meeting.
    pub subject: Option<Localized>,
    /// `one-line` gives the collective letter's subject "Meeting of Study Group 3; Geneva,
    /// 9-18 April 2018"; default `two-line`, the place and dates in parentheses below.
    #[serde(default)]
    pub subject_form: SubjectForm,
    /// The series as the reference names it, instead of "TSB Circular" / "TSB Collective
    /// letter": {fr: "Lettre circulaire BR", en: "BR Circular Letter"}.
    pub series_name: Option<Localized>,
    /// The letterhead's lines, one per line of the text; default: ITU and TSB.
    pub letterhead: Option<Localized>,
    /// `numbers` (1, 2, 3) or `letters` (A, B, C); default: numbers in circulars, letters in
    /// collective letters.
    pub annex_numbering: Option<AnnexNumbering>,
    /// This letter is an addendum to one already sent: "Addendum 1 to TSB Circular 92".
    pub addendum: Option<Addendum>,
}

/// How annexes are numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AnnexNumbering {
    /// Annex 1, Annex 2.
    Numbers,
    /// Annex A, Annex B.
    Letters,
}

/// How the subject line gives the meeting's place and dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SubjectForm {
    /// "Seventh meeting of ..." and "(virtual meeting, 20 June 2023)" below.
    #[default]
    TwoLine,
    /// "Meeting of Study Group 3; Geneva, 9-18 April 2018".
    OneLine,
}

/// An addendum (or corrigendum) to the letter of the same series and number.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Addendum {
    /// "Addendum 1".
    pub number: u32,
    /// A corrigendum, not an addendum: "Corrigendum 1 to TSB Circular 92".
    #[serde(default)]
    pub corrigendum: bool,
    /// The date of the original letter: "Further to TSB Circular 92 of 2 May 2023".
    #[schemars(with = "Date")]
    pub original_date: Spanned<Date>,
    /// What the addendum announces about the meeting; without it, the changes are free text.
    #[schemars(with = "Option<Change>")]
    pub change: Option<Spanned<Change>>,
}

/// The change an addendum announces, each with its standard wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// The meeting's dates or hours (`start`, `end`) are new.
    NewDates,
    /// The meeting's venue is new.
    NewVenue,
    /// The meeting is postponed to dates not yet known.
    Postponed,
    /// The meeting is cancelled.
    Cancelled,
    /// The meeting's programme is revised.
    Programme,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Series {
    #[default]
    Circular,
    CollectiveLetter,
}

/// The contact block of the header.
#[derive(Debug, Clone, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Contact {
    pub tel: Option<String>,
    /// Default: the TSB fax, +41 22 730 5853.
    #[serde(default = "tsb_fax")]
    pub fax: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub web: Option<String>,
}

impl Default for Contact {
    fn default() -> Contact {
        Contact {
            tel: None,
            fax: tsb_fax(),
            email: None,
            name: None,
            web: None,
        }
    }
}

fn tsb_fax() -> Option<String> {
    Some("+41 22 730 5853".into())
}

/// The meeting the letter announces.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Meeting {
    #[serde(default)]
    pub noun: Noun,
    /// Who the event is of, around the noun: {fr: "de l'UIT-T", en: "ITU-T"} gives "ITU-T
    /// Workshop on ..." / "Atelier de l'UIT-T sur ...".
    pub prefix: Option<Localized>,
    /// Makes the name "Seventh meeting of ...".
    #[schemars(with = "Option<u32>")]
    pub edition: Option<Spanned<u32>>,
    /// What follows the noun, with its preposition: {fr: "de l'initiative ...", en: "of the ...".
    /// Default, in a collective letter: the study group of `letter.study-group` ("of Study
    /// Group 3" / "de la Commission d'études 3"; TSAG).
    pub name: Option<Localized>,
    /// The group's mandate, in parentheses after its name in the invitation: "Study Group 3
    /// (Tariff and accounting principles ...)".
    pub mandate: Option<Localized>,
    /// The group's chairman, named by the `agenda` paragraph.
    pub chair: Option<Chair>,
    /// The venue's address, line by line, given by the `venue` paragraph.
    #[serde(default)]
    pub address: Vec<Localized>,
    /// Where participant registration takes place: {fr: "à l'entrée Montbrillant", en: "at the
    /// Montbrillant building entrance"}.
    pub registration_place: Option<Localized>,
    pub acronym: Option<String>,
    /// The short name used after the first mention: {fr: "l'initiative U4SSC", ...}.
    pub short_name: Option<Localized>,
    /// Who organises it with ITU, each with its article: "the United Nations ... (UNECE)".
    #[serde(default)]
    pub partners: Vec<Localized>,
    /// Who hosts it at its kind invitation, with its article.
    pub host: Option<Localized>,
    /// Several hosts, each with its article: "at the kind invitation of A and B" / "à
    /// l'aimable invitation du Gouvernement ... et de l'Administration ...".
    #[serde(default)]
    pub hosts: Vec<Localized>,
    #[serde(default)]
    pub format: Format,
    pub venue: Option<Venue>,
    /// When it opens, `2023-06-20T09:30`; a date alone (`2023-06-20`) when the letter states
    /// no time.
    #[schemars(with = "LocalDateTime")]
    pub start: Spanned<LocalDateTime>,
    /// When it closes; a date alone when the letter states no closing time (the opening
    /// alone, or no time at all).
    #[schemars(with = "LocalDateTime")]
    pub end: Spanned<LocalDateTime>,
    /// `abbreviation` (default: "0930 hours CEST") or `city` ("0930 hours Geneva time" /
    /// "9 h 30 (heure de Genève)").
    #[serde(default)]
    pub zone_label: ZoneLabel,
    /// IANA zone of `start` and `end`. Default: Europe/Zurich (Geneva).
    #[serde(default)]
    pub zone: Zone,
    /// Adds the annex "Meeting times around the world" with the meeting's hours in these zones
    /// (IANA names); `[]` gives UTC and major cities on every continent.
    pub world_times: Option<Vec<Zone>>,
    /// For a meeting over several days, the hours of every day: `{from: "09:30", to: "17:30"}`.
    /// The first day still begins at `start` and the last ends at `end`, so a meeting can open
    /// at 1400 hours on Monday and close at 1230 hours on Friday. Without it, every day has the
    /// hours of `start` and `end`.
    #[schemars(with = "Option<DailyHours>")]
    pub daily_hours: Option<Spanned<DailyHours>>,
    /// Days without a sitting between the first and the last (a weekend, a holiday): `times`,
    /// `ics` and the world-times annex leave them out, and the letter lists the days when one
    /// of them is a weekday ("on 24, 25 and 27 June 2024").
    #[serde(default)]
    #[schemars(with = "Vec<Date>")]
    pub skip_days: Vec<Spanned<Date>>,
    /// The first day is a half day: "from 27 (afternoon) to 29 June 2024". Its hours are
    /// those of `start`.
    pub first_day: Option<HalfDay>,
    /// The last day is a half day: "to 29 June 2024 (morning)". Its hours end at `end`.
    pub last_day: Option<HalfDay>,
    /// Participant registration opens at this time on the first day (physical meetings).
    pub registration_opens: Option<Time>,
    /// Working languages, ISO 639-1 codes. Default: English only.
    #[serde(default = "english")]
    pub languages: Vec<Language>,
    /// Languages interpretation is provided into (`[ar, zh, en, fr, ru, es]`), or
    /// `on-request`, or `rules-in-force` ("in accordance with the provisions in force").
    #[serde(default)]
    pub interpretation: Interpretation,
    #[serde(default)]
    pub participation: Participation,
    pub registration: Option<Registration>,
    pub web: Option<Web>,
}

impl Meeting {
    /// Which times the letter states: `start` and `end` written as dates give none, a `start`
    /// with a time and an `end` without gives the opening alone.
    pub fn stated(&self) -> Stated {
        match (self.start.value.timed, self.end.value.timed) {
            (true, true) => Stated::Hours,
            (true, false) => Stated::Opening,
            _ => Stated::Days,
        }
    }

    /// Whether participants come to Geneva: a physical or hybrid meeting there.
    pub fn in_geneva(&self) -> bool {
        let physical = self.format != Format::Virtual;
        let city = self.venue.as_ref();
        let city = city.and_then(|venue| venue.city.0.value.get("en"));
        physical && city.is_some_and(|city| city.eq_ignore_ascii_case("geneva"))
    }
}

/// The times a letter states of its meeting, never more than the YAML gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stated {
    /// Opening and closing: "from 0930 to 1600 hours CEST".
    Hours,
    /// The opening alone: "It will open at 0930 hours CEST".
    Opening,
    /// The days alone: "on 2 November 2009".
    Days,
}

fn english() -> Vec<Language> {
    vec![Language("en")]
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    #[default]
    Virtual,
    Physical,
    Hybrid,
}

/// How the letter names the meeting's zone after its times.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ZoneLabel {
    /// "CEST", "CET", computed from the date.
    #[default]
    Abbreviation,
    /// "Geneva time" / "(heure de Genève)".
    City,
}

/// Half of a day, as letters name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HalfDay {
    Morning,
    Afternoon,
}

/// The hours of each day of a meeting.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DailyHours {
    pub from: Time,
    pub to: Time,
    /// Said by the `opening` paragraph: "The working hours of the meeting are from 1200 to
    /// 1600 hours CEST." (BR Circular Letter 7/LCCE/79).
    #[serde(default)]
    pub stated: bool,
}

impl DailyHours {
    /// Opening and closing as times of day, when the opening comes first.
    pub fn of_day(&self) -> Option<(chrono::NaiveTime, chrono::NaiveTime)> {
        let (from, to) = (self.from.of_day()?, self.to.of_day()?);
        (from < to).then_some((from, to))
    }
}

/// Where a physical or hybrid meeting takes place.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Venue {
    /// With its preposition: {fr: "au siège de l'UIT", en: "at ITU headquarters"}.
    pub building: Option<Localized>,
    pub city: Localized,
    pub country: Option<Localized>,
}

/// Who may take part and what it costs.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Participation {
    /// Also open to any individual from a Member State who wishes to contribute.
    #[serde(default = "yes")]
    pub individuals: bool,
    /// Free of charge unless a fee is described.
    pub fee: Option<Localized>,
    /// Whether ITU fellowships are offered (said only when false and the meeting is free).
    #[serde(default = "yes")]
    pub fellowships: bool,
}

impl Default for Participation {
    fn default() -> Participation {
        Participation {
            individuals: true,
            fee: None,
            fellowships: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Registration {
    pub url: Option<String>,
    #[serde(default)]
    pub mandatory: bool,
    #[schemars(with = "Option<Date>")]
    pub deadline: Option<Spanned<Date>>,
}

/// The meeting's web page and what it will publish.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Web {
    pub url: String,
    #[serde(default = "programme")]
    pub includes: Vec<WebItem>,
}

fn programme() -> Vec<WebItem> {
    vec![WebItem::Programme]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WebItem {
    Programme,
    Speakers,
    RemoteAccess,
    RegistrationLink,
    Documents,
}

/// One numbered paragraph of the body: a standard one generated from the fields, or free text.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Item {
    /// Who organises what, where and when (TSB 92 paragraph 1).
    Announcement,
    /// Working languages and interpretation (paragraph 2).
    Languages,
    /// The `objectives` list with its lead sentence (paragraph 4).
    Objectives,
    /// Who may participate, and the fee (paragraph 5).
    Participation,
    /// The web page and registration (paragraph 6).
    Information,
    /// The `deadlines` table with its lead sentence.
    Deadlines,
    /// "It is my pleasure to invite you to attend the next meeting of Study Group 3 (...),
    /// which will be held at ITU headquarters, Geneva, from 9 to 18 April 2018, inclusive."
    Invitation,
    /// "The meeting will open at 0930 hours on the first day, and participant registration
    /// will begin at 0830 hours ..." (and, in Geneva, where room allocations are shown).
    Opening,
    /// "Pursuant to the provisions of Recommendation ITU-T A.1, contributions ..."
    Contributions,
    /// "The venue of the meeting is:" and `meeting.address`, line by line.
    Venue,
    /// "A draft meeting agenda, prepared by the Chairman of Study Group 3, Mr Seiichi Tsugawa
    /// (Japan), is set out in Annex B." (`meeting.chair`; TSB Collective letters 2/5, 3/5).
    Agenda(Agenda),
    /// What an addendum changes (`letter.addendum`): "Further to TSB Circular 92 of ...".
    Addendum,
    /// Free text, with optional bullets.
    Paragraph(Paragraph),
    /// The table of Recommendations an approval or deletion circular lists, one row each:
    /// "Revised Recommendation D.180" and its title (TSB Circular 237, Annex 1).
    Recommendations(#[schemars(with = "Vec<Recommendation>")] Spanned<Vec<Recommendation>>),
}

/// Where the `agenda` paragraph says the draft agenda is.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Agenda {
    /// The annex's label as the letter numbers it: `B`, or `"2"`.
    #[schemars(with = "String")]
    pub annex: Spanned<String>,
    /// The annex with the practical meeting information, said first: "Practical meeting
    /// information is set out in Annex A."
    #[schemars(with = "Option<String>")]
    pub practical: Option<Spanned<String>>,
    /// The annex also has the time plan: "A draft meeting agenda and time plan, prepared by
    /// ..., are set out in Annex B." (TSB Collective letter 2/3).
    #[serde(default)]
    pub time_plan: bool,
}

/// The chairman of the group that meets, as the `agenda` paragraph names them.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Chair {
    /// With the form of address and the country: {fr: "M. Seiichi Tsugawa (Japon)", en: "Mr
    /// Seiichi Tsugawa (Japan)"}.
    pub name: Localized,
    /// With its article: {fr: "le Président du Groupe de travail 2/5", en: "the Chairman of
    /// WP2/5"}. Default, from `letter.study-group`: "the Chairman of Study Group 3" / "le
    /// Président de la Commission d'études 3" ("la Présidente" when the French name starts
    /// with "Mme"); TSAG's.
    pub title: Option<Localized>,
}

/// A Recommendation approved, revised or deleted.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Recommendation {
    /// As ITU numbers it: `ITU-T Y.4480`, or `D.180` as older letters write it; French says
    /// "UIT-T".
    #[schemars(with = "RecommendationNumber")]
    pub number: Spanned<RecommendationNumber>,
    pub title: Localized,
    /// `new`, `revised` or `deleted`: "New Recommendation ITU-T Y.4480" / "Nouvelle
    /// Recommandation UIT-T Y.4480", "Recommandation D.180 révisée".
    pub status: Option<Status>,
    /// When it was approved (or deleted): "ITU-T Y.4480 (11/2021)".
    #[schemars(with = "Option<Date>")]
    pub date: Option<Spanned<Date>>,
}

/// What happened to a Recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    New,
    Revised,
    Deleted,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Paragraph {
    pub text: Localized,
    #[serde(default)]
    pub bullets: Vec<Localized>,
    /// Unnumbered paragraphs continue the one before.
    #[serde(default = "yes")]
    pub numbered: bool,
}

/// A row of the deadlines table: a date (and time, for deadlines in UTC), and what is due.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Deadline {
    #[schemars(with = "Date")]
    pub date: Spanned<Date>,
    pub time: Option<Time>,
    /// The time is UTC ("2400 hours UTC"), not the meeting's zone.
    #[serde(default)]
    pub utc: bool,
    pub actions: Vec<Localized>,
}

#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Closing {
    /// Adds "I wish you a productive and enjoyable meeting." before the closing formula.
    #[serde(default)]
    pub wish: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    /// Default: Director of the Telecommunication Standardization Bureau.
    pub title: Option<Localized>,
    /// Prints "(signed)" above the name.
    #[serde(default)]
    pub signed: bool,
}

/// An annex: a title and its own paragraphs, on a new page.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Annex {
    pub title: Localized,
    #[serde(default)]
    pub body: Vec<Item>,
}
