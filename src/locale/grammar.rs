//! What the languages share: the nouns a meeting is called by, the forms of a noun phrase a
//! letter needs, and the rule for the first date of a range.

use chrono::NaiveDate;
use serde::Serialize;

/// What a meeting is called; French needs each noun's gender and its elided forms.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Noun {
    #[default]
    Meeting,
    Workshop,
    Symposium,
    Forum,
    Seminar,
}

/// The forms of a noun phrase a letter needs, worked out once per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NounForms {
    /// "réunion" / "meeting"
    pub bare: String,
    /// "la réunion" / "the meeting"
    pub the: String,
    /// "à la réunion" / "in the meeting"
    pub to_the: String,
    /// "de la réunion" / "of the meeting"
    pub of_the: String,
    /// "Cette réunion" / "This meeting" (`this` is a Handlebars keyword)
    pub demonstrative: String,
    /// "virtuelle" / "virtual": the adjective agreeing with the noun.
    pub virtual_: String,
    /// "hybride" / "hybrid"
    pub hybrid: String,
    /// The closing wish: "une réunion fructueuse et agréable" / "un atelier fructueux et
    /// agréable" / "a productive and enjoyable workshop".
    pub wish: String,
    /// Whether adjectives and participles take the feminine ("réunion reportée").
    pub feminine: bool,
}

/// The first date of a range: whole when the years differ, day and month when the months do,
/// else the day alone ("2-9 March 2016", "26 February-2 March 2018").
pub(super) fn first_of_range(
    start: NaiveDate,
    end: NaiveDate,
    full: fn(NaiveDate) -> String,
    day_month: fn(NaiveDate) -> String,
    day: fn(NaiveDate) -> String,
) -> String {
    use chrono::Datelike;
    if start.year() != end.year() {
        full(start)
    } else if start.month() != end.month() {
        day_month(start)
    } else {
        day(start)
    }
}
