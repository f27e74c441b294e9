//! IANA time zones: names, local times that exist (or not), abbreviations.
//!
//! Meetings are authored as a local date-time plus a zone. A local time can be missing (the
//! spring-forward gap) or happen twice (the fall-back overlap); both are errors unless the author
//! gives an explicit UTC offset. chrono-tz types stay inside this module's signatures.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetName, Tz};

/// The zone meetings default to: Geneva.
pub const GENEVA: Tz = chrono_tz::Europe::Zurich;

/// Why a local time cannot be placed on the time line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalTimeError {
    /// The clocks jump over this time (spring forward); `before` and `after` are the instants
    /// the author may have meant, as RFC 3339 strings.
    Gap { before: String, after: String },
    /// The time happens twice (fall back): the earlier and the later instant.
    Ambiguous { earlier: String, later: String },
    /// An explicit offset that the zone never has at that date.
    WrongOffset { offset: String, expected: String },
}

/// Looks a zone up by its IANA name; on failure, the closest known name.
pub fn parse(name: &str) -> Result<Tz, Option<String>> {
    name.parse::<Tz>().map_err(|_| suggest(name))
}

fn suggest(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| {
            (
                strsim::jaro_winkler(&lower, &tz.name().to_ascii_lowercase()),
                tz.name(),
            )
        })
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.to_string())
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
            earlier: earlier.to_rfc3339(),
            later: later.to_rfc3339(),
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

/// The instants an hour either side of a skipped local time, read with the offsets in force
/// before and after the jump.
fn gap(local: NaiveDateTime, tz: Tz) -> LocalTimeError {
    let hour = chrono::Duration::hours(1);
    let before = tz.from_local_datetime(&(local - hour)).earliest();
    let after = tz.from_local_datetime(&(local + hour)).latest();
    let read = |near: Option<DateTime<Tz>>| match near {
        Some(near) => (local - near.offset().fix())
            .and_utc()
            .with_timezone(&tz)
            .to_rfc3339(),
        None => String::from("?"),
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

    #[test]
    fn spring_forward_gap_and_fall_back_overlap_are_errors_naming_both_candidates() {
        let gap = resolve(at(2025, 3, 30, 2, 30), GENEVA, None).unwrap_err();
        assert_eq!(
            gap,
            LocalTimeError::Gap {
                before: "2025-03-30T03:30:00+02:00".into(),
                after: "2025-03-30T01:30:00+01:00".into()
            }
        );
        let overlap = resolve(at(2025, 10, 26, 2, 30), GENEVA, None).unwrap_err();
        assert_eq!(
            overlap,
            LocalTimeError::Ambiguous {
                earlier: "2025-10-26T02:30:00+02:00".into(),
                later: "2025-10-26T02:30:00+01:00".into()
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
    fn unknown_zone_names_suggest_the_closest() {
        assert_eq!(
            parse("Europe/Zurik").unwrap_err(),
            Some("Europe/Zurich".into())
        );
        assert_eq!(parse("Asia/Kolkata").unwrap().name(), "Asia/Kolkata");
    }
}
