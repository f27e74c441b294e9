//! IANA time zones: names, local times that exist (or not), abbreviations.
//!
//! Meetings are authored as a local date-time plus a zone. A local time can be missing (the
//! spring-forward gap) or happen twice (the fall-back overlap); both are errors unless the author
//! gives an explicit UTC offset. chrono-tz types stay inside this module's signatures.

use chrono::{
    DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone,
};
use chrono_tz::{OffsetName, Tz};

mod places;

/// The zone meetings default to: Geneva.
pub const GENEVA: Tz = chrono_tz::Europe::Zurich;

/// Version of the IANA time-zone database compiled into the binary ("2025b").
pub const TZDB_VERSION: &str = chrono_tz::IANA_TZDB_VERSION;

/// The zones `circular times` shows when none is asked for: UTC and major cities on every
/// continent, west to east, with half- and quarter-hour offsets and both hemispheres' DST.
pub const DEFAULT_ZONES: &[Tz] = {
    use chrono_tz::{Africa, America, Asia, Australia, Europe, Pacific};
    &[
        Pacific::Honolulu,
        America::Los_Angeles,
        America::Mexico_City,
        America::New_York,
        America::Santiago,
        America::Sao_Paulo,
        chrono_tz::UTC,
        Europe::London,
        Africa::Lagos,
        Europe::Zurich,
        Africa::Johannesburg,
        Africa::Nairobi,
        Asia::Dubai,
        Asia::Kolkata,
        Asia::Kathmandu,
        Asia::Shanghai,
        Asia::Tokyo,
        Australia::Sydney,
        Pacific::Auckland,
        Pacific::Kiritimati,
    ]
};

/// One instant as the clocks of one zone show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalTime {
    /// IANA name: "Asia/Tokyo".
    pub zone: &'static str,
    pub date: NaiveDate,
    pub time: NaiveTime,
    /// "JST", or the offset ("+05:45") where the database has no abbreviation.
    pub abbreviation: String,
    /// "+09:00".
    pub utc_offset: String,
    /// "2023-06-20T16:30:00+09:00".
    pub rfc3339: String,
    /// Local date minus the date in the zone the meeting was authored in (Geneva): +1 when it
    /// is already the next day here, -1 when it is still the day before.
    pub day_change: i64,
}

/// Shows `instant` on the clocks of `zone`.
pub fn local(instant: &DateTime<Tz>, zone: Tz) -> LocalTime {
    let here = instant.with_timezone(&zone);
    LocalTime {
        zone: zone.name(),
        date: here.date_naive(),
        time: here.time(),
        abbreviation: abbreviation(&here),
        utc_offset: utc_offset(&here),
        rfc3339: here.to_rfc3339(),
        day_change: (here.date_naive() - instant.date_naive()).num_days(),
    }
}

/// Why a local time cannot be placed on the time line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalTimeError {
    /// The clocks jump over this time (spring forward). `before` reads it with the offset in
    /// force before the jump, `after` with the one after: the two instants the author may mean.
    Gap { before: Reading, after: Reading },
    /// The time happens twice (fall back): the earlier and the later instant.
    Ambiguous { earlier: Reading, later: Reading },
    /// An explicit offset that the zone never has at that date.
    WrongOffset { offset: String, expected: String },
}

/// One way to read a local time that is missing or doubled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// The instant, as the YAML would write it to mean exactly that: "2025-03-30T03:30+02:00".
    pub instant: String,
    /// The abbreviation of the offset it was read with: "CET".
    pub read_as: String,
}

impl Reading {
    fn new(instant: DateTime<Tz>, read_as: &DateTime<Tz>) -> Reading {
        Reading {
            instant: instant.format("%Y-%m-%dT%H:%M%:z").to_string(),
            read_as: abbreviation(read_as),
        }
    }
}

/// Looks a zone up by its IANA name; on failure, the closest known name.
pub fn parse(name: &str) -> Result<Tz, Option<String>> {
    name.parse::<Tz>().map_err(|_| match find(name) {
        Ok(found) => Some(found.tz.name().to_string()),
        Err(suggestion) => suggestion,
    })
}

/// A zone found from what someone wrote for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub tz: Tz,
    /// How the name was read when it is not the zone's own name ("`Geneva` is Europe/Zurich").
    pub read_as: Option<String>,
}

/// The zone of an IANA name in any case, a city (`Geneva`, `New York`, `Genève`, even
/// `Europe/Geneva`) or a country (the capital's zone, and a note when it has several); else
/// the closest known name, if any is close.
pub fn find(name: &str) -> Result<Found, Option<String>> {
    // A country that is also an old zone name (`Japan`, `Egypt`) is read as the country.
    let exact = name.trim().parse::<Tz>().ok();
    if let Some(tz) = exact.filter(|_| name.contains('/') || places::zones(name).is_none()) {
        return Ok(Found { tz, read_as: None });
    }
    let lower = name.trim().to_lowercase();
    let read = |tz: Tz, why: String| Found {
        tz,
        read_as: Some(format!("`{}` is {}{why}", name.trim(), tz.name())),
    };
    let named = chrono_tz::TZ_VARIANTS.iter();
    let place = lower.rsplit('/').next().unwrap_or(&lower).replace('_', " ");
    if let Some(zones) = places::zones(&place) {
        let tz: Tz = zones[0].parse().expect("the places name real zones");
        let why = match zones.len() {
            1 => String::new(),
            n => format!(" (the capital's; it has {n} zones: give one by name)"),
        };
        return Ok(read(tz, why));
    }
    if let Some(tz) = named.clone().find(|tz| tz.name().to_lowercase() == lower) {
        return Ok(read(*tz, String::new()));
    }
    if let Some(tz) = named.clone().find(|tz| city(tz.name()) == place) {
        return Ok(read(*tz, String::new()));
    }
    Err(suggest(&place))
}

/// Whether a meeting's zone fits a place it is held in: Some(false) when the place is known
/// and its clocks differ from the zone's at `instant`, None when the place is not known.
pub fn fits(zone: Tz, place: &str, instant: chrono::DateTime<chrono::Utc>) -> Option<bool> {
    let lower = place.trim().to_lowercase();
    let zones: Vec<Tz> = match places::zones(&lower) {
        Some(zones) => zones.iter().filter_map(|name| name.parse().ok()).collect(),
        None => chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|tz| city(tz.name()) == lower)
            .copied()
            .collect(),
    };
    let offset = |tz: Tz| instant.with_timezone(&tz).offset().fix();
    let same = |tz: &Tz| *tz == zone || offset(*tz) == offset(zone);
    (!zones.is_empty()).then(|| zones.iter().any(same))
}

/// The city of a zone name, as people write it: "America/New_York" -> "new york".
fn city(zone: &str) -> String {
    let last = zone.rsplit('/').next().unwrap_or(zone);
    last.replace('_', " ").to_lowercase()
}

fn suggest(name: &str) -> Option<String> {
    let zones = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name());
    let names = zones.flat_map(|zone| [(zone.to_lowercase(), zone), (city(zone), zone)]);
    let places = places::names().filter_map(|place| Some((place.into(), places::zones(place)?[0])));
    let closest = crate::closest::closest(&name.to_lowercase(), names.chain(places), 0.8);
    closest.map(String::from)
}

/// Places a local date-time in a zone, refusing times that don't exist or happen twice unless
/// `offset` says which one is meant.
pub fn resolve(
    local: NaiveDateTime,
    tz: Tz,
    offset: Option<FixedOffset>,
) -> Result<DateTime<Tz>, LocalTimeError> {
    match (tz.from_local_datetime(&local), offset) {
        (LocalResult::Single(time), None) => Ok(time),
        (LocalResult::Ambiguous(earlier, later), None) => Err(LocalTimeError::Ambiguous {
            earlier: Reading::new(earlier, &earlier),
            later: Reading::new(later, &later),
        }),
        (LocalResult::None, None) => Err(gap(local, tz)),
        (candidates, Some(offset)) => with_offset(local, tz, offset, candidates),
    }
}

fn with_offset(
    local: NaiveDateTime,
    tz: Tz,
    offset: FixedOffset,
    candidates: LocalResult<DateTime<Tz>>,
) -> Result<DateTime<Tz>, LocalTimeError> {
    let instant = (local - offset).and_utc().with_timezone(&tz);
    if instant.offset().fix() == offset {
        return Ok(instant);
    }
    let expected = match candidates {
        LocalResult::Single(time) => time.offset().fix().to_string(),
        LocalResult::Ambiguous(a, b) => format!("{} or {}", a.offset().fix(), b.offset().fix()),
        LocalResult::None => "none: this local time does not exist".into(),
    };
    Err(LocalTimeError::WrongOffset {
        offset: offset.to_string(),
        expected,
    })
}

/// The start and end of one sitting of a meeting.
pub type Sitting = (DateTime<Tz>, DateTime<Tz>);

/// The meeting's sittings, from `start` to `end`. Over several days, one a day: at the `daily`
/// hours when given (the first day from `start`, the last until `end`), else at the hours of
/// `start` and `end` when it ends later in the day than it starts ("9 to 18 April, 0930 to 1730
/// hours"); otherwise one unbroken sitting. Every day counts, weekends included.
pub fn sittings(
    start: &DateTime<Tz>,
    end: &DateTime<Tz>,
    daily: Option<(NaiveTime, NaiveTime)>,
) -> Result<Vec<Sitting>, LocalTimeError> {
    let (first, last) = (start.naive_local(), end.naive_local());
    let Some((opens, closes)) = hours(first, last, daily) else {
        return Ok(vec![(*start, *end)]);
    };
    let at = |day: NaiveDate, time| resolve(day.and_time(time), start.timezone(), None);
    first
        .date()
        .iter_days()
        .take_while(|day| *day <= last.date())
        .map(|day| {
            let from = if day == first.date() {
                *start
            } else {
                at(day, opens)?
            };
            let to = if day == last.date() {
                *end
            } else {
                at(day, closes)?
            };
            Ok((from, to))
        })
        .collect()
}

/// The hours of each day of a meeting from `first` to `last` (local times), or none when it is
/// one unbroken sitting: see [`sittings`].
pub fn hours(
    first: NaiveDateTime,
    last: NaiveDateTime,
    daily: Option<(NaiveTime, NaiveTime)>,
) -> Option<(NaiveTime, NaiveTime)> {
    match daily {
        _ if first.date() == last.date() => None,
        Some(hours) => Some(hours),
        None if last.time() <= first.time() => None,
        None => Some((first.time(), last.time())),
    }
}

/// The skipped time read with the offsets in force a day before and a day after the jump.
fn gap(local: NaiveDateTime, tz: Tz) -> LocalTimeError {
    let day = chrono::Duration::days(1);
    let (before, after) = (
        tz.from_utc_datetime(&(local - day)),
        tz.from_utc_datetime(&(local + day)),
    );
    let read = |near: DateTime<Tz>| {
        let instant = (local - near.offset().fix()).and_utc().with_timezone(&tz);
        Reading::new(instant, &near)
    };
    LocalTimeError::Gap {
        before: read(before),
        after: read(after),
    }
}

/// The abbreviation in force ("CEST", "CET"), or the numeric offset where the database has none.
pub fn abbreviation(time: &DateTime<Tz>) -> String {
    let offset = time.offset();
    match offset.abbreviation() {
        Some(name) if !name.starts_with(['+', '-']) => name.to_string(),
        _ => utc_offset(time),
    }
}

/// The abbreviation in force in `tz` at a deadline's `time` ("16:00"; "24:00" is the end of
/// `date`): "CET". None for a time that is not HH:MM; an error for a time the clocks skip or
/// repeat, which has no one label.
pub fn abbreviation_at(
    date: NaiveDate,
    time: &str,
    tz: Tz,
) -> Result<Option<String>, LocalTimeError> {
    let time = match time {
        "24:00" => NaiveTime::from_hms_opt(23, 59, 59),
        time => NaiveTime::parse_from_str(time, "%H:%M").ok(),
    };
    let Some(time) = time else { return Ok(None) };
    resolve(date.and_time(time), tz, None).map(|instant| Some(abbreviation(&instant)))
}

/// "+02:00" style offset.
pub fn utc_offset(time: &DateTime<Tz>) -> String {
    time.offset().fix().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn geneva_is_cest_in_june_and_cet_in_january() {
        let june = resolve(at(2023, 6, 20, 9, 30), GENEVA, None).unwrap();
        let january = resolve(at(2024, 1, 15, 9, 30), GENEVA, None).unwrap();
        assert_eq!(
            (abbreviation(&june), utc_offset(&june)),
            ("CEST".into(), "+02:00".into())
        );
        assert_eq!(
            (abbreviation(&january), utc_offset(&january)),
            ("CET".into(), "+01:00".into())
        );
    }

    fn reading(instant: &str, read_as: &str) -> Reading {
        Reading {
            instant: instant.into(),
            read_as: read_as.into(),
        }
    }

    #[test]
    fn spring_forward_gap_and_fall_back_overlap_are_errors_naming_both_candidates() {
        let gap = resolve(at(2025, 3, 30, 2, 30), GENEVA, None).unwrap_err();
        assert_eq!(
            gap,
            LocalTimeError::Gap {
                before: reading("2025-03-30T03:30+02:00", "CET"),
                after: reading("2025-03-30T01:30+01:00", "CEST"),
            }
        );
        let overlap = resolve(at(2025, 10, 26, 2, 30), GENEVA, None).unwrap_err();
        assert_eq!(
            overlap,
            LocalTimeError::Ambiguous {
                earlier: reading("2025-10-26T02:30+02:00", "CEST"),
                later: reading("2025-10-26T02:30+01:00", "CET"),
            }
        );
    }

    #[test]
    fn an_explicit_offset_picks_one_side_of_the_overlap_and_must_exist() {
        let later = FixedOffset::east_opt(3600).unwrap();
        let time = resolve(at(2025, 10, 26, 2, 30), GENEVA, Some(later)).unwrap();
        assert_eq!(time.to_rfc3339(), "2025-10-26T02:30:00+01:00");
        let wrong = FixedOffset::east_opt(5 * 3600).unwrap();
        assert!(matches!(
            resolve(at(2025, 6, 1, 9, 0), GENEVA, Some(wrong)),
            Err(LocalTimeError::WrongOffset { .. })
        ));
    }

    #[test]
    fn local_time_in_tokyo_is_seven_hours_ahead_of_geneva_summer_time() {
        // 20 June 2023 (a Tuesday) 16:00 CEST = 14:00 UTC = 23:00 JST; 17:30 CEST = 00:30 JST
        // the next day, and 09:30 CEST = 21:30 HST (UTC-10) the day before in Honolulu.
        let afternoon = resolve(at(2023, 6, 20, 16, 0), GENEVA, None).unwrap();
        let tokyo = local(&afternoon, chrono_tz::Asia::Tokyo);
        assert_eq!(tokyo.rfc3339, "2023-06-20T23:00:00+09:00");
        assert_eq!((tokyo.abbreviation.as_str(), tokyo.day_change), ("JST", 0));
        let evening = resolve(at(2023, 6, 20, 17, 30), GENEVA, None).unwrap();
        let tokyo = local(&evening, chrono_tz::Asia::Tokyo);
        assert_eq!(
            (tokyo.date, tokyo.day_change),
            (at(2023, 6, 21, 0, 0).date(), 1)
        );
        let morning = resolve(at(2023, 6, 20, 9, 30), GENEVA, None).unwrap();
        let honolulu = local(&morning, chrono_tz::Pacific::Honolulu);
        assert_eq!(honolulu.rfc3339, "2023-06-19T21:30:00-10:00");
        assert_eq!(honolulu.day_change, -1);
    }

    #[test]
    fn a_meeting_over_several_days_sits_daily_at_the_same_local_hours() {
        let start = resolve(at(2025, 10, 24, 9, 30), GENEVA, None).unwrap();
        let end = resolve(at(2025, 10, 27, 17, 30), GENEVA, None).unwrap();
        let days = sittings(&start, &end, None).unwrap();
        assert_eq!(days.len(), 4);
        // 27 October is after the change to CET: 09:30 CET.
        assert_eq!(days[3].0.to_rfc3339(), "2025-10-27T09:30:00+01:00");
        assert_eq!(days[0].1.to_rfc3339(), "2025-10-24T17:30:00+02:00");
        let overnight = resolve(at(2025, 10, 28, 9, 0), GENEVA, None).unwrap();
        let unbroken = sittings(&end, &overnight, None).unwrap();
        assert_eq!(unbroken, [(end, overnight)]);
    }

    #[test]
    fn a_deadline_time_is_labelled_with_the_abbreviation_of_its_date() {
        let date = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
        let label = |m, d, time| abbreviation_at(date(m, d), time, GENEVA);
        assert_eq!(label(3, 29, "24:00").unwrap().unwrap(), "CET");
        assert_eq!(label(3, 30, "16:00").unwrap().unwrap(), "CEST");
        assert_eq!(label(3, 30, "1600"), Ok(None));
        assert!(matches!(
            label(3, 30, "02:30"),
            Err(LocalTimeError::Gap { .. })
        ));
        assert!(matches!(
            label(10, 26, "02:30"),
            Err(LocalTimeError::Ambiguous { .. })
        ));
    }

    #[test]
    fn the_bundled_rules_end_in_2099_which_is_why_later_years_are_refused() {
        // chrono-tz keeps the last offset of its table for ever (chrono-tz issue 155): June
        // 2100 in Geneva comes out CET. If this fails, the rules reach further: widen
        // `values::YEARS`.
        let june = |year| resolve(at(year, 6, 22, 12, 0), GENEVA, None).unwrap();
        assert_eq!(abbreviation(&june(2099)), "CEST");
        assert_eq!(abbreviation(&june(2100)), "CET");
    }

    #[test]
    fn the_default_zones_are_distinct_and_include_utc_and_geneva() {
        let mut names: Vec<_> = DEFAULT_ZONES.iter().map(|tz| tz.name()).collect();
        assert!(names.contains(&"UTC") && names.contains(&"Europe/Zurich"));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), DEFAULT_ZONES.len());
    }

    #[test]
    fn the_tz_database_version_looks_like_2025b() {
        assert_eq!(TZDB_VERSION.len(), 5);
        assert!(TZDB_VERSION.starts_with("20"));
    }

    #[test]
    fn unknown_zone_names_suggest_the_closest() {
        assert_eq!(
            parse("Europe/Zurik").unwrap_err(),
            Some("Europe/Zurich".into())
        );
        assert_eq!(parse("Asia/Kolkata").unwrap().name(), "Asia/Kolkata");
    }
}
