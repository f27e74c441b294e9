//! Scalar values of the YAML model that parse themselves while being read, so that a bad value
//! is reported at its own line and column: localized text, dates, times, zones, addressees.

use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;

use crate::locale::Lang;

/// Text written once per language: `{fr: ..., en: ...}`, or one string for every language
/// (names that don't translate).
#[derive(Debug, Clone, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub Spanned<Texts>);

/// Texts by ISO 639-1 code of an official language of the Union; `all` is one text written
/// for every language. Nothing here assumes French and English: a letter declares its
/// languages, and the texts of those are looked up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Texts {
    pub all: Option<String>,
    /// Each with its own place, so a problem in the `en:` text is shown at the `en:` line.
    pub by_code: std::collections::BTreeMap<&'static str, Spanned<String>>,
}

impl Texts {
    /// The text of the language with this code.
    pub fn get(&self, code: &str) -> Option<&str> {
        let own = self.by_code.get(code).map(|text| text.value.as_str());
        own.or(self.all.as_deref())
    }

    /// Every text written, whatever its language.
    pub fn every(&self) -> impl Iterator<Item = &String> {
        let own = self.by_code.values().map(|text| &text.value);
        self.all.iter().chain(own)
    }
}

impl Localized {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.0.value.get(lang.code())
    }

    pub fn line(&self) -> u64 {
        self.0.referenced.line()
    }

    pub fn column(&self) -> u64 {
        self.0.referenced.column()
    }

    /// Where the text of `lang` is written (the `en:` line), else where the value starts.
    pub fn at(&self, lang: Lang) -> (u64, u64) {
        match self.0.value.by_code.get(lang.code()) {
            Some(text) => (text.referenced.line(), text.referenced.column()),
            None => (self.line(), self.column()),
        }
    }
}

impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Texts, D::Error> {
        deserializer.deserialize_any(TextsVisitor)
    }
}

struct TextsVisitor;

impl<'de> Visitor<'de> for TextsVisitor {
    type Value = Texts;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text, or one text per language like {fr: ..., en: ...}")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Texts, E> {
        Ok(Texts {
            all: Some(text.into()),
            ..Texts::default()
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Texts, A::Error> {
        let mut texts = Texts::default();
        while let Some(key) = map.next_key::<String>()? {
            let codes = &crate::locale::LANGUAGE_CODES;
            let Some(code) = codes.iter().find(|code| **code == key) else {
                return Err(de::Error::unknown_field(&key, codes));
            };
            texts.by_code.insert(code, map.next_value()?);
        }
        Ok(texts)
    }
}

/// Implements `Deserialize` through `FromStr`, so the error carries the value's location.
macro_rules! parsed_from_str {
    ($type:ty) => {
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(de::Error::custom)
            }
        }
    };
}

/// A calendar date, `2023-06-20`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub NaiveDate);

impl FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Date, String> {
        let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| format!("`{text}` is not a date: expected YYYY-MM-DD, like 2023-06-20"))?;
        in_years(date, text).map(|()| Date(date))
    }
}
parsed_from_str!(Date);

/// The years a date may have. The bundled time-zone rules (chrono-tz with tzdb 2025b) give every
/// clock change right from 1970 (the database's own floor) to the end of 2099; past their table
/// they keep the last offset for ever (summer time would vanish in Geneva from March 2100), so a
/// later date is refused rather than given a wrong time.
pub const YEARS: std::ops::RangeInclusive<i32> = 1970..=2099;

fn in_years(date: NaiveDate, text: &str) -> Result<(), String> {
    use chrono::Datelike;
    match YEARS.contains(&date.year()) {
        true => Ok(()),
        false => Err(format!(
            "`{}`: the year {} is outside {} to {}, the years whose clock changes the bundled \
             time-zone rules give right",
            text.trim(),
            date.year(),
            YEARS.start(),
            YEARS.end()
        )),
    }
}

/// A time of day, `09:30`; `24:00` is the end of a day (for deadlines).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time(pub String);

impl FromStr for Time {
    type Err = String;

    fn from_str(text: &str) -> Result<Time, String> {
        let text = text.trim();
        let valid = text == "24:00" || NaiveTime::parse_from_str(text, "%H:%M").is_ok();
        match valid && text.len() == 5 {
            true => Ok(Time(text.into())),
            false => Err(format!(
                "`{text}` is not a time: expected HH:MM on 24 hours, like 09:30"
            )),
        }
    }
}
parsed_from_str!(Time);

impl Time {
    /// The time of day; `24:00`, the end of a day, is none.
    pub fn of_day(&self) -> Option<NaiveTime> {
        NaiveTime::parse_from_str(&self.0, "%H:%M").ok()
    }
}

/// A local date-time, `2023-06-20T09:30`, with an optional UTC offset (`2025-10-26T02:30+01:00`)
/// that says which of two equal local times is meant; or a date alone, `2023-06-20`, for a
/// meeting whose letter states no time (then `local` is the day's noon, never shown).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDateTime {
    pub local: NaiveDateTime,
    pub offset: Option<FixedOffset>,
    /// Whether a time of day is given, not only a date.
    pub timed: bool,
}

impl FromStr for LocalDateTime {
    type Err = String;

    fn from_str(text: &str) -> Result<LocalDateTime, String> {
        let trimmed = text.trim().replacen(' ', "T", 1);
        let timed = |local, offset| LocalDateTime {
            local,
            offset,
            timed: true,
        };
        let parsed = match chrono::DateTime::parse_from_str(&trimmed, "%Y-%m-%dT%H:%M%:z") {
            Ok(time) => timed(time.naive_local(), Some(*time.offset())),
            Err(_) => NaiveDateTime::parse_from_str(&trimmed, "%Y-%m-%dT%H:%M")
                .map(|local| timed(local, None))
                .or_else(|_| {
                    let date = NaiveDate::parse_from_str(&trimmed, "%Y-%m-%d")?;
                    Ok::<_, chrono::ParseError>(LocalDateTime {
                        local: date.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon")),
                        offset: None,
                        timed: false,
                    })
                })
                .map_err(|_| {
                    format!("`{text}` is not a local date-time: expected YYYY-MM-DDTHH:MM, like 2023-06-20T09:30, or a date alone, like 2023-06-20, when no time is stated")
                })?,
        };
        in_years(parsed.local.date(), text).map(|()| parsed)
    }
}
parsed_from_str!(LocalDateTime);

/// A Recommendation's number: its series (one to three capitals), a dot and digits, after
/// `ITU-T ` or not: `ITU-T Y.4480`, `D.400R`, `H.264.1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecommendationNumber {
    /// Written with `ITU-T ` before it.
    pub sector: bool,
    /// `Y.4480`.
    pub number: String,
}

impl FromStr for RecommendationNumber {
    type Err = String;

    fn from_str(text: &str) -> Result<RecommendationNumber, String> {
        let text = text.trim();
        let (sector, number) = match text.strip_prefix("ITU-T ") {
            Some(number) => (true, number.trim()),
            None => (false, text),
        };
        let (series, rest) = number.split_once('.').unwrap_or((number, ""));
        let series_ok =
            (1..=3).contains(&series.len()) && series.chars().all(|c| c.is_ascii_uppercase());
        let rest_ok = rest.starts_with(|c: char| c.is_ascii_digit())
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
        match series_ok && rest_ok {
            true => Ok(RecommendationNumber {
                sector,
                number: number.into(),
            }),
            false => Err(format!(
                "`{text}` is not a Recommendation number: expected its series, a dot and digits, like `ITU-T Y.4480` or `D.180` (French letters say UIT-T by themselves)"
            )),
        }
    }
}
parsed_from_str!(RecommendationNumber);

/// One of the six official languages of the Union, by ISO 639-1 code (`en`, `fr`...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language(pub &'static str);

impl FromStr for Language {
    type Err = String;

    fn from_str(code: &str) -> Result<Language, String> {
        let known = crate::locale::LANGUAGE_CODES;
        match known.iter().find(|known| **known == code.trim()) {
            Some(code) => Ok(Language(code)),
            None => Err(format!(
                "unknown language `{code}`: expected one of {}",
                known.join(", ")
            )),
        }
    }
}
parsed_from_str!(Language);

/// A letter's number as written: `92`, or `"7/LCCE/79"`, `"2/TSAG"` (printed as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub text: String,
    /// Written as a string: the whole reference after the series, not to be completed.
    pub as_written: bool,
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        deserializer.deserialize_any(NumberVisitor)
    }
}

struct NumberVisitor;

/// A list or a mapping where one value belongs.
const SINGLE: &str = "expected a single value here, not a list or a mapping";

impl<'de> Visitor<'de> for NumberVisitor {
    type Value = Number;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number like 92, or the number as written, like \"7/LCCE/79\"")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Number, E> {
        Ok(Number {
            text: n.to_string(),
            as_written: false,
        })
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Number, E> {
        match u64::try_from(n) {
            Ok(n) => self.visit_u64(n),
            Err(_) => Err(E::custom(format!(
                "expected a whole number of 1 or more, not `{n}`"
            ))),
        }
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, _: A) -> Result<Number, A::Error> {
        Err(de::Error::custom(SINGLE))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Number, A::Error> {
        Err(de::Error::custom(SINGLE))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Number, E> {
        match text.trim() {
            text if text.contains(|c: char| c.is_ascii_digit()) => Ok(Number {
                text: text.into(),
                as_written: true,
            }),
            text => Err(E::custom(format!(
                "expected a whole number, or the number as written with its digits like \"7/LCCE/79\", not `{text}`"
            ))),
        }
    }
}

/// Interpretation: into these languages, or "on request", or "in accordance with the
/// provisions in force" (TSB Collective letter 7/16; "conformément aux dispositions en
/// vigueur", Lettre collective TSB 4/16).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Interpretation {
    Into(Vec<Language>),
    #[default]
    None,
    OnRequest,
    RulesInForce,
}

impl<'de> Deserialize<'de> for Interpretation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Interpretation, D::Error> {
        deserializer.deserialize_any(InterpretationVisitor)
    }
}

struct InterpretationVisitor;

impl<'de> Visitor<'de> for InterpretationVisitor {
    type Value = Interpretation;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of language codes like [ar, zh, en, fr, ru, es], `on-request` or `rules-in-force`")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Interpretation, A::Error> {
        let mut languages = Vec::new();
        while let Some(language) = seq.next_element::<Language>()? {
            languages.push(language);
        }
        Ok(match languages.is_empty() {
            true => Interpretation::None,
            false => Interpretation::Into(languages),
        })
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Interpretation, E> {
        match text.trim() {
            "on-request" => Ok(Interpretation::OnRequest),
            "rules-in-force" => Ok(Interpretation::RulesInForce),
            other => Err(E::custom(format!(
                "unknown interpretation `{other}`: expected a list of language codes, `on-request` or `rules-in-force`"
            ))),
        }
    }
}

impl Interpretation {
    /// The languages interpreted into, when the letter names them.
    pub fn languages(&self) -> &[Language] {
        match self {
            Interpretation::Into(languages) => languages,
            _ => &[],
        }
    }
}

/// An IANA time zone name, checked while reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(pub chrono_tz::Tz);

impl Default for Zone {
    fn default() -> Zone {
        Zone(crate::zone::GENEVA)
    }
}

impl FromStr for Zone {
    type Err = String;

    fn from_str(name: &str) -> Result<Zone, String> {
        crate::zone::parse(name)
            .map(Zone)
            .map_err(|suggestion| unknown_zone(name, suggestion))
    }
}

/// "unknown time zone `x`", with the closest name when there is one.
pub fn unknown_zone(name: &str, suggestion: Option<String>) -> String {
    let hint = suggestion.map_or(String::from(" like Europe/Zurich"), |s| {
        format!("; did you mean `{s}`?")
    });
    format!("unknown time zone `{name}`: expected an IANA zone name{hint}")
}
parsed_from_str!(Zone);

/// An addressee: a key of the built-in registry, or a custom entry in each language.
#[derive(Debug, Clone)]
pub enum Addressee {
    Group(&'static crate::addressees::Group),
    Custom(Texts),
}

impl<'de> Deserialize<'de> for Addressee {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Addressee, D::Error> {
        deserializer.deserialize_any(AddresseeVisitor)
    }
}

struct AddresseeVisitor;

impl<'de> Visitor<'de> for AddresseeVisitor {
    type Value = Addressee;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a group key like `administrations`, or {fr: ..., en: ...}")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Addressee, E> {
        crate::addressees::lookup(key)
            .map(Addressee::Group)
            .map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Addressee, A::Error> {
        TextsVisitor.visit_map(map).map(Addressee::Custom)
    }
}

/// JSON Schema of the value types, for `circular schema`: what a YAML editor should accept.
mod schema {
    use std::borrow::Cow;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

    use super::{
        Addressee, Date, Interpretation, Language, LocalDateTime, Localized, Number,
        RecommendationNumber, Time, Zone,
    };

    macro_rules! string_schema {
        ($type:ty, $name:literal, $schema:tt) => {
            impl JsonSchema for $type {
                fn schema_name() -> Cow<'static, str> {
                    $name.into()
                }

                fn json_schema(_: &mut SchemaGenerator) -> Schema {
                    json_schema!($schema)
                }
            }
        };
    }

    string_schema!(Date, "Date", {
        "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
        "description": "A date, YYYY-MM-DD."
    });
    string_schema!(Time, "Time", {
        "type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$",
        "description": "A time of day, HH:MM on 24 hours; 24:00 ends the day."
    });
    string_schema!(LocalDateTime, "LocalDateTime", {
        "type": "string",
        "pattern": "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}([+-]\\d{2}:\\d{2})?)?$",
        "description": "A local date-time, YYYY-MM-DDTHH:MM, with an optional UTC offset; or a date alone, YYYY-MM-DD, when no time is stated."
    });
    string_schema!(RecommendationNumber, "RecommendationNumber", {
        "type": "string", "pattern": "^(ITU-T )?[A-Z]{1,3}\\.[0-9][0-9A-Za-z.-]*$",
        "description": "A Recommendation's number, like ITU-T Y.4480 or D.180."
    });
    string_schema!(Number, "Number", {
        "type": ["integer", "string"],
        "description": "The letter's number: 92, or as written, like \"7/LCCE/79\"."
    });
    string_schema!(Interpretation, "Interpretation", {
        "description": "Languages interpreted into, or `on-request`, or `rules-in-force`.",
        "anyOf": [
            {"type": "array", "items": {"enum": crate::locale::LANGUAGE_CODES}},
            {"enum": ["on-request", "rules-in-force"]}
        ]
    });
    string_schema!(Zone, "Zone", {
        "type": "string", "description": "An IANA time zone name, like Europe/Zurich."
    });
    string_schema!(Language, "Language", {
        "enum": crate::locale::LANGUAGE_CODES,
        "description": "An official language of the Union, by ISO 639-1 code."
    });
    string_schema!(Localized, "Localized", {
        "description": "Text in each language, or one text for all.",
        "anyOf": [
            {"type": "string"},
            {"type": "object", "additionalProperties": false,
             "properties": {
                "ar": {"type": "string"}, "zh": {"type": "string"}, "en": {"type": "string"},
                "fr": {"type": "string"}, "ru": {"type": "string"}, "es": {"type": "string"}
             }}
        ]
    });

    impl JsonSchema for Addressee {
        fn schema_name() -> Cow<'static, str> {
            "Addressee".into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let keys: Vec<&str> = crate::addressees::GROUPS
                .iter()
                .map(|group| group.key)
                .collect();
            let custom = generator.subschema_for::<Localized>();
            json_schema!({
                "description": "A standard group by key, or a custom entry in each language.",
                "anyOf": [{"enum": keys}, custom]
            })
        }
    }
}
