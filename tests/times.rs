//! Meeting times across zones, against values checked by hand.
//!
//! How each value was checked: the Geneva offset comes from the EU rule (summer time from the
//! last Sunday of March to the last Sunday of October: 30 March and 26 October in 2025), the
//! UTC instant is Geneva minus that offset, and the local time is UTC plus the zone's offset from
//! its tz rule, read in the database sources (`tz/northamerica`, `tz/australasia`,
//! `tz/southamerica`): USA from the second Sunday of March to the first Sunday of November
//! (9 March and 2 November 2025); Sydney from the first Sunday of October to the first Sunday of
//! April (5 October and 6 April 2025); Chile from the first Sunday of September to the first
//! Sunday of April (7 September and 6 April 2025, changing at 04:00 and 03:00 UTC); New Zealand
//! from the last Sunday of September to the first Sunday of April. Weekdays from a calendar:
//! 20 June 2023 was a Tuesday, 15 January 2024 a Monday, 1 March 2025 a Saturday.

mod common;

use chrono::{DateTime, NaiveDateTime};
use chrono_tz::Tz;
use tsb_circular::locale::Lang;
use tsb_circular::times;
use tsb_circular::zone::{self, GENEVA, LocalTimeError, Reading};

fn naive(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// A Geneva wall-clock time, "2023-06-20 09:30".
fn geneva(text: &str) -> DateTime<Tz> {
    zone::resolve(naive(text), GENEVA, None).unwrap()
}

/// The Geneva time `text` on the clocks of `zone`, as RFC 3339.
fn seen(text: &str, zone: &str) -> String {
    zone::local(&geneva(text), zone::parse(zone).unwrap()).rfc3339
}

#[test]
fn geneva_is_cest_in_june_and_cet_in_january() {
    let june = zone::local(&geneva("2023-06-20 09:30"), GENEVA);
    assert_eq!(
        (june.abbreviation.as_str(), june.utc_offset.as_str()),
        ("CEST", "+02:00")
    );
    let january = zone::local(&geneva("2024-01-15 09:30"), GENEVA);
    assert_eq!(
        (january.abbreviation.as_str(), january.utc_offset.as_str()),
        ("CET", "+01:00")
    );
    assert_eq!(seen("2023-06-20 09:30", "UTC"), "2023-06-20T07:30:00+00:00");
    assert_eq!(seen("2024-01-15 09:30", "UTC"), "2024-01-15T08:30:00+00:00");
}

#[test]
fn new_york_is_an_hour_closer_while_only_the_usa_has_changed_clocks() {
    // Spring 2025: 6 hours apart before 9 March, 5 hours from 9 to 29 March, 6 again from 30 March.
    assert_eq!(
        seen("2025-03-06 09:30", "America/New_York"),
        "2025-03-06T03:30:00-05:00"
    );
    assert_eq!(
        seen("2025-03-20 09:30", "America/New_York"),
        "2025-03-20T04:30:00-04:00"
    );
    assert_eq!(
        seen("2025-03-27 09:30", "America/New_York"),
        "2025-03-27T04:30:00-04:00"
    );
    assert_eq!(
        seen("2025-04-03 09:30", "America/New_York"),
        "2025-04-03T03:30:00-04:00"
    );
    assert_eq!(
        seen("2025-03-20 09:30", "America/Los_Angeles"),
        "2025-03-20T01:30:00-07:00"
    );
    // Autumn 2025: 5 hours apart from 26 October to 1 November.
    assert_eq!(
        seen("2025-10-23 09:30", "America/New_York"),
        "2025-10-23T03:30:00-04:00"
    );
    assert_eq!(
        seen("2025-10-30 09:30", "America/New_York"),
        "2025-10-30T04:30:00-04:00"
    );
    assert_eq!(
        seen("2025-11-06 09:30", "America/New_York"),
        "2025-11-06T03:30:00-05:00"
    );
    let time = zone::local(
        &geneva("2025-03-20 09:30"),
        zone::parse("America/New_York").unwrap(),
    );
    assert_eq!(time.abbreviation, "EDT");
}

#[test]
fn southern_hemisphere_summer_time_runs_the_other_way() {
    // Sydney leaves summer time on 6 April 2025 and starts it again on 5 October.
    assert_eq!(
        seen("2025-04-03 09:30", "Australia/Sydney"),
        "2025-04-03T18:30:00+11:00"
    );
    assert_eq!(
        seen("2025-04-10 09:30", "Australia/Sydney"),
        "2025-04-10T17:30:00+10:00"
    );
    assert_eq!(
        seen("2025-10-02 09:30", "Australia/Sydney"),
        "2025-10-02T17:30:00+10:00"
    );
    assert_eq!(
        seen("2025-10-09 09:30", "Australia/Sydney"),
        "2025-10-09T18:30:00+11:00"
    );
    assert_eq!(
        seen("2025-10-30 09:30", "Australia/Sydney"),
        "2025-10-30T19:30:00+11:00"
    );
    // Santiago: -03 in its summer, -04 in its winter; the database has no letters for either.
    assert_eq!(
        seen("2025-04-03 09:30", "America/Santiago"),
        "2025-04-03T04:30:00-03:00"
    );
    assert_eq!(
        seen("2025-04-10 09:30", "America/Santiago"),
        "2025-04-10T03:30:00-04:00"
    );
    assert_eq!(
        seen("2024-01-15 09:30", "America/Santiago"),
        "2024-01-15T05:30:00-03:00"
    );
    assert_eq!(
        seen("2023-06-20 09:30", "America/Santiago"),
        "2023-06-20T03:30:00-04:00"
    );
    let santiago = zone::local(
        &geneva("2023-06-20 09:30"),
        zone::parse("America/Santiago").unwrap(),
    );
    assert_eq!(santiago.abbreviation, "-04:00");
    // Auckland: NZDT (+13) in January, NZST (+12) in June.
    assert_eq!(
        seen("2024-01-15 09:30", "Pacific/Auckland"),
        "2024-01-15T21:30:00+13:00"
    );
    assert_eq!(
        seen("2023-06-20 09:30", "Pacific/Auckland"),
        "2023-06-20T19:30:00+12:00"
    );
}

#[test]
fn zones_without_summer_time_keep_their_offset_all_year() {
    for (zone, january, june) in [
        (
            "Asia/Tokyo",
            "2024-01-15T17:30:00+09:00",
            "2023-06-20T16:30:00+09:00",
        ),
        (
            "Africa/Nairobi",
            "2024-01-15T11:30:00+03:00",
            "2023-06-20T10:30:00+03:00",
        ),
        (
            "Asia/Dubai",
            "2024-01-15T12:30:00+04:00",
            "2023-06-20T11:30:00+04:00",
        ),
        (
            "America/Sao_Paulo",
            "2024-01-15T05:30:00-03:00",
            "2023-06-20T04:30:00-03:00",
        ),
        (
            "Africa/Lagos",
            "2024-01-15T09:30:00+01:00",
            "2023-06-20T08:30:00+01:00",
        ),
    ] {
        assert_eq!(seen("2024-01-15 09:30", zone), january, "{zone}");
        assert_eq!(seen("2023-06-20 09:30", zone), june, "{zone}");
    }
}

#[test]
fn half_and_quarter_hour_offsets() {
    assert_eq!(
        seen("2023-06-20 09:30", "Asia/Kolkata"),
        "2023-06-20T13:00:00+05:30"
    );
    assert_eq!(
        seen("2024-01-15 09:30", "Asia/Kolkata"),
        "2024-01-15T14:00:00+05:30"
    );
    assert_eq!(
        seen("2023-06-20 09:30", "Asia/Kathmandu"),
        "2023-06-20T13:15:00+05:45"
    );
    assert_eq!(
        seen("2024-01-15 09:30", "Asia/Kathmandu"),
        "2024-01-15T14:15:00+05:45"
    );
    let kathmandu = zone::local(
        &geneva("2023-06-20 09:30"),
        zone::parse("Asia/Kathmandu").unwrap(),
    );
    assert_eq!(kathmandu.abbreviation, "+05:45");
    let kolkata = zone::local(
        &geneva("2023-06-20 09:30"),
        zone::parse("Asia/Kolkata").unwrap(),
    );
    assert_eq!(kolkata.abbreviation, "IST");
}

#[test]
fn a_geneva_afternoon_is_already_the_next_day_in_tokyo_and_auckland() {
    // 15:00-18:00 CEST = 13:00-16:00 UTC = 22:00-01:00 JST = 01:00-04:00 NZST (the 21st).
    let (start, end) = (geneva("2023-06-20 15:00"), geneva("2023-06-20 18:00"));
    let tokyo = zone::parse("Asia/Tokyo").unwrap();
    let auckland = zone::parse("Pacific/Auckland").unwrap();
    let blocks = times::report(&[(start, end)], &[tokyo, auckland]);
    let rows = &blocks[0].rows;
    assert_eq!(rows[0].start.rfc3339, "2023-06-20T22:00:00+09:00");
    assert_eq!(
        rows[0].end.as_ref().unwrap().rfc3339,
        "2023-06-21T01:00:00+09:00"
    );
    assert_eq!(
        (
            rows[0].start.day_change,
            rows[0].end.as_ref().unwrap().day_change
        ),
        (0, 1)
    );
    assert_eq!(rows[1].start.rfc3339, "2023-06-21T01:00:00+12:00");
    assert_eq!(
        rows[1].end.as_ref().unwrap().rfc3339,
        "2023-06-21T04:00:00+12:00"
    );
    assert_eq!(rows[1].start.day_change, 1);
    // Winter: 14:00 CET = 13:00 UTC = 22:00 JST, and 02:00 NZDT on Tuesday the 16th.
    let january = geneva("2024-01-15 14:00");
    assert_eq!(
        zone::local(&january, tokyo).rfc3339,
        "2024-01-15T22:00:00+09:00"
    );
    assert_eq!(
        zone::local(&january, auckland).rfc3339,
        "2024-01-16T02:00:00+13:00"
    );
    assert_eq!(zone::local(&january, auckland).day_change, 1);
}

fn reading(instant: &str, read_as: &str) -> Reading {
    Reading {
        instant: instant.into(),
        read_as: read_as.into(),
    }
}

#[test]
fn gaps_and_overlaps_are_errors_naming_both_candidates() {
    let new_york = zone::parse("America/New_York").unwrap();
    // 9 March 2025: 02:00 EST jumps to 03:00 EDT. 02:30 read as EST is 07:30 UTC = 03:30 EDT;
    // read as EDT it is 06:30 UTC = 01:30 EST.
    assert_eq!(
        zone::resolve(naive("2025-03-09 02:30"), new_york, None),
        Err(LocalTimeError::Gap {
            before: reading("2025-03-09T03:30-04:00", "EST"),
            after: reading("2025-03-09T01:30-05:00", "EDT"),
        })
    );
    // 2 November 2025: 01:30 happens in EDT, then again in EST.
    assert_eq!(
        zone::resolve(naive("2025-11-02 01:30"), new_york, None),
        Err(LocalTimeError::Ambiguous {
            earlier: reading("2025-11-02T01:30-04:00", "EDT"),
            later: reading("2025-11-02T01:30-05:00", "EST"),
        })
    );
    // Sydney, 6 April 2025: 03:00 AEDT falls back to 02:00 AEST.
    let sydney = zone::parse("Australia/Sydney").unwrap();
    assert_eq!(
        zone::resolve(naive("2025-04-06 02:30"), sydney, None),
        Err(LocalTimeError::Ambiguous {
            earlier: reading("2025-04-06T02:30+11:00", "AEDT"),
            later: reading("2025-04-06T02:30+10:00", "AEST"),
        })
    );
    assert!(matches!(
        zone::resolve(naive("2025-10-05 02:30"), sydney, None),
        Err(LocalTimeError::Gap { .. })
    ));
}

#[test]
fn the_text_table_aligns_columns_and_shows_day_changes() {
    let zones = [
        "Pacific/Honolulu",
        "Europe/Zurich",
        "Asia/Tokyo",
        "Asia/Kathmandu",
    ];
    let zones: Vec<Tz> = zones
        .iter()
        .map(|name| zone::parse(name).unwrap())
        .collect();
    let sittings = [(geneva("2023-06-20 09:30"), geneva("2023-06-20 16:00"))];
    let blocks = times::report(&sittings, &zones);
    // 07:30-14:00 UTC: 21:30-04:00 HST from the 19th, 16:30-23:00 JST, 13:15-19:45 +0545.
    assert_eq!(
        times::text(&blocks, Lang::En),
        "\
Zone              Date                              Start       End                               Local time
Pacific/Honolulu  Monday 19 June 2023 (day before)  2130 hours  0400 hours, Tuesday 20 June 2023  HST (UTC-10:00)
Europe/Zurich     Tuesday 20 June 2023              0930 hours  1600 hours                        CEST (UTC+02:00)
Asia/Tokyo        Tuesday 20 June 2023              1630 hours  2300 hours                        JST (UTC+09:00)
Asia/Kathmandu    Tuesday 20 June 2023              1315 hours  1945 hours                        UTC+05:45
"
    );
}

#[test]
fn json_rows_carry_zone_start_end_abbreviation_and_offset() {
    let kiritimati = zone::parse("Pacific/Kiritimati").unwrap();
    let sittings = [(geneva("2023-06-20 09:30"), geneva("2023-06-20 16:00"))];
    let blocks = times::report(&sittings, &[kiritimati]);
    let json: serde_json::Value =
        serde_json::from_str(&times::json(&[("Meeting", blocks)])).unwrap();
    // 07:30 UTC + 14 hours = 21:30 on the 20th; 14:00 UTC + 14 = 04:00 on the 21st.
    assert_eq!(
        json,
        serde_json::json!([{
            "event": "Meeting",
            "zone": "Pacific/Kiritimati",
            "start": "2023-06-20T21:30:00+14:00",
            "end": "2023-06-21T04:00:00+14:00",
            "date": "2023-06-20",
            "weekday": "Tuesday",
            "abbreviation": "+14:00",
            "utc_offset": "+14:00",
            "day_change": 0,
            "days": 1
        }])
    );
}

#[test]
fn a_meeting_across_the_autumn_change_gets_a_table_for_each_side() {
    // Daily 09:30-17:30 from Friday 24 to Tuesday 28 October 2025; Geneva leaves CEST early on
    // Sunday 26th: 07:30-15:30 UTC (16:30-00:30 JST) on 24-25, 08:30-16:30 UTC after.
    let start = geneva("2025-10-24 09:30");
    let end = geneva("2025-10-28 17:30");
    let sittings = zone::sittings(&start, &end, None).unwrap();
    let zones = [
        zone::parse("UTC").unwrap(),
        zone::parse("Asia/Tokyo").unwrap(),
    ];
    let blocks = times::report(&sittings, &zones);
    assert_eq!(
        times::text(&blocks, Lang::En),
        "\
Each day from 24 to 25 October 2025:
Zone        Date                    Start       End                                   Local time
UTC         Friday 24 October 2025  0730 hours  1530 hours                            UTC
Asia/Tokyo  Friday 24 October 2025  1630 hours  0030 hours, Saturday 25 October 2025  JST (UTC+09:00)

Each day from 26 to 28 October 2025:
Zone        Date                    Start       End                                 Local time
UTC         Sunday 26 October 2025  0830 hours  1630 hours                          UTC
Asia/Tokyo  Sunday 26 October 2025  1730 hours  0130 hours, Monday 27 October 2025  JST (UTC+09:00)
"
    );
    let json: serde_json::Value =
        serde_json::from_str(&times::json(&[("Meeting", blocks)])).unwrap();
    let starts: Vec<_> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["start"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2025-10-24T07:30:00+00:00",
            "2025-10-24T16:30:00+09:00",
            "2025-10-26T08:30:00+00:00",
            "2025-10-26T17:30:00+09:00"
        ]
    );
    assert_eq!(json[2]["days"], 3);
}

/// The local time beside a letter's time, for a meeting of these sittings.
fn beside(lang: Lang, sittings: &[zone::Sitting], zone: chrono_tz::Tz) -> String {
    let schedule = times::Schedule::Sittings(sittings.to_vec());
    times::beside(lang, &schedule, zone).unwrap()
}

#[test]
fn a_meeting_without_times_is_said_so_in_both_languages() {
    let day = |d| chrono::NaiveDate::from_ymd_opt(2009, 11, d).unwrap();
    let one = times::Schedule::Days(vec![day(2)]);
    assert_eq!(
        times::untimed(Lang::En, &one),
        "No times are stated: on 2 November 2009.\n"
    );
    let two = times::Schedule::Days(vec![day(2), day(3)]);
    assert_eq!(
        times::untimed(Lang::Fr, &two),
        "Aucune heure n'est indiquée: du 2 au 3 novembre 2009.\n"
    );
    assert!(times::blocks(&two, &[chrono_tz::UTC]).is_empty());
    assert_eq!(times::beside(Lang::En, &two, chrono_tz::UTC), None);
}

/// No-break spaces (French times) read as spaces.
fn plain(text: String) -> String {
    text.replace('\u{a0}', " ")
}

#[test]
fn a_letter_states_the_local_time_beside_the_geneva_time() {
    let tokyo = zone::parse("Asia/Tokyo").unwrap();
    let auckland = zone::parse("Pacific/Auckland").unwrap();
    let honolulu = zone::parse("Pacific/Honolulu").unwrap();
    let day = [(geneva("2023-06-20 09:30"), geneva("2023-06-20 16:00"))];
    // 07:30-14:00 UTC: 16:30-23:00 JST; 19:30 NZST, then 02:00 on the 21st; 21:30 HST on the 19th.
    assert_eq!(
        beside(Lang::En, &day, tokyo),
        "(from 1630 to 2300 hours JST, Tokyo time)"
    );
    assert_eq!(
        plain(beside(Lang::Fr, &day, tokyo)),
        "(de 16 h 30 à 23 heures JST, heure de Tokyo)"
    );
    assert_eq!(
        beside(Lang::En, &day, auckland),
        "(from 1930 hours to 0200 hours NZST on 21 June 2023, Auckland time)"
    );
    assert_eq!(
        beside(Lang::En, &day, honolulu),
        "(from 2130 hours on 19 June 2023 to 0400 hours HST, Honolulu time)"
    );
    assert_eq!(
        beside(Lang::En, &day, zone::parse("UTC").unwrap()),
        "(from 0730 to 1400 hours UTC)"
    );
    // 15:00-18:00 CEST = 13:00-16:00 UTC = 01:00-04:00 NZST on the 21st.
    let afternoon = [(geneva("2023-06-20 15:00"), geneva("2023-06-20 18:00"))];
    assert_eq!(
        plain(beside(Lang::Fr, &afternoon, auckland)),
        "(de 1 heure à 4 heures NZST le 21 juin 2023, heure d'Auckland)"
    );
    assert_eq!(
        beside(Lang::En, &afternoon, zone::parse("Asia/Kathmandu").unwrap()),
        "(from 1845 to 2145 hours UTC+05:45, Kathmandu time)"
    );
}

#[test]
fn a_meeting_of_several_days_gives_its_opening_time_only() {
    // 26 February 2018 09:30 CET = 08:30 UTC = 17:30 JST.
    let start = geneva("2018-02-26 09:30");
    let sittings = zone::sittings(&start, &geneva("2018-03-02 17:30"), None).unwrap();
    assert_eq!(sittings.len(), 5);
    let tokyo = zone::parse("Asia/Tokyo").unwrap();
    assert_eq!(
        beside(Lang::En, &sittings, tokyo),
        "(1730 hours JST, Tokyo time)"
    );
}

#[test]
fn weekdays_and_single_hours_in_both_languages() {
    let date = chrono::NaiveDate::from_ymd_opt(2023, 6, 20).unwrap();
    assert_eq!(Lang::En.weekday_date(date), "Tuesday 20 June 2023");
    assert_eq!(Lang::Fr.weekday_date(date), "mardi 20 juin 2023");
    let one = chrono::NaiveTime::from_hms_opt(1, 0, 0).unwrap();
    assert_eq!(plain(Lang::Fr.time(one)), "1 heure");
    assert_eq!(plain(Lang::Fr.time(chrono::NaiveTime::MIN)), "0 heure");
}

mod binary {
    use super::common::*;

    #[test]
    fn version_names_the_tz_database() {
        let done = circular(&["--version"]).success();
        assert!(
            done.stdout.contains("(IANA time zone database 20"),
            "{}",
            done.stdout
        );
    }

    #[test]
    fn times_shows_the_default_zones_as_a_table() {
        let done = circular(&["times", "examples/u4ssc-7.yaml"]).success();
        let lines: Vec<&str> = done.stdout.lines().collect();
        assert_eq!(lines.len(), 1 + tsb_circular::zone::DEFAULT_ZONES.len());
        // 20 June 2023 09:30-16:00 CEST: 16:30-23:00 JST; 21:30 on the 20th at UTC+14.
        assert!(
            lines
                .iter()
                .any(|line| line.starts_with("Asia/Tokyo")
                    && line.contains("1630 hours  2300 hours"))
        );
        let kiritimati = lines
            .iter()
            .find(|l| l.starts_with("Pacific/Kiritimati"))
            .unwrap();
        assert!(kiritimati.contains("2130 hours  0400 hours, Wednesday 21 June 2023"));
    }

    #[test]
    fn times_as_json_for_the_zones_asked() {
        let done = circular(&[
            "times",
            "examples/u4ssc-7.yaml",
            "--format=json",
            "--tz=Asia/Kolkata",
            "--tz=America/New_York",
        ])
        .success();
        let json: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
        // 07:30-14:00 UTC: 13:00-19:30 IST; 03:30-10:00 EDT.
        assert_eq!(json[0]["start"], "2023-06-20T13:00:00+05:30");
        assert_eq!(json[0]["end"], "2023-06-20T19:30:00+05:30");
        assert_eq!(json[1]["start"], "2023-06-20T03:30:00-04:00");
        assert_eq!(json[1]["abbreviation"], "EDT");
        assert_eq!(json[1]["utc_offset"], "-04:00");
    }

    #[test]
    fn an_unknown_zone_is_a_usage_error_with_a_suggestion() {
        let done = circular(&["times", "examples/u4ssc-7.yaml", "--tz", "Asia/Tokio"]).failure(2);
        assert!(
            done.stderr.contains("did you mean `Asia/Tokyo`?"),
            "{}",
            done.stderr
        );
    }

    #[test]
    fn render_with_a_zone_gives_both_times_in_the_letter() {
        let render = |zone, lang| {
            circular(&["render", "examples/u4ssc-7.yaml", "--width=0", zone, lang]).success()
        };
        let english = render("--tz=Asia/Tokyo", "--lang=en");
        assert!(
            english.stdout.contains(
                "from 0930 to 1600 hours CEST (from 1630 to 2300 hours JST, Tokyo time)."
            ),
            "{}",
            english.stdout
        );
        let french = render("--tz=Pacific/Auckland", "--lang=fr");
        assert!(
            words(&french.stdout).contains(
                "de 9 h 30 à 16 heures CEST (de 19 h 30 à 2 heures NZST le 21 juin 2023, heure d'Auckland)."
            ),
            "{}",
            french.stdout
        );
    }

    #[test]
    fn times_points_at_a_skipped_local_time() {
        let text = example_with("start: 2023-06-20T09:30", "start: 2025-03-30T02:30");
        let text = text.replacen("end: 2023-06-20T16:00", "end: 2025-03-30T16:00", 1);
        let (_dir, path) = temp_file("gap.yaml", &text);
        let done = circular(&["times", path.to_str().unwrap()]).failure(1);
        let line = 1 + text
            .lines()
            .position(|l| l.contains("start: 2025"))
            .unwrap();
        assert!(
            done.stderr
                .contains(&format!("gap.yaml:{line}:10: `meeting.start`")),
            "{}",
            done.stderr
        );
        assert!(
            done.stderr.contains(
                "read in CET it is `2025-03-30T03:30+02:00`, read in CEST it is `2025-03-30T01:30+01:00`"
            ),
            "{}",
            done.stderr
        );
    }
}

mod annex {
    use super::common::*;

    #[test]
    fn world_times_in_the_yaml_add_an_annex_in_both_languages() {
        let text = example_with(
            "  zone: Europe/Zurich\n",
            "  zone: Europe/Zurich\n  world-times: [Asia/Tokyo, Pacific/Auckland]\n",
        );
        let (_dir, path) = temp_file("world.yaml", &text);
        let path = path.to_str().unwrap();
        let english = circular(&["render", path, "--lang=en", "--width=0"]).success();
        let english = words(&english.stdout);
        assert!(english.contains("Annex: 1"), "{english}");
        // 07:30-14:00 UTC: 16:30-23:00 JST; 19:30 NZST, then 02:00 on the 21st.
        assert!(english.contains(
            "Meeting times around the world On 20 June 2023, the meeting runs from 0930 to 1600 hours CEST, that is: \
             • Asia/Tokyo: from 1630 to 2300 hours JST \
             • Pacific/Auckland: from 1930 hours to 0200 hours NZST on 21 June 2023"
        ), "{english}");
        let french = circular(&["render", path, "--lang=fr", "--width=0"]).success();
        assert!(
            words(&french.stdout)
                .contains("• Pacific/Auckland: de 19 h 30 à 2 heures NZST le 21 juin 2023"),
            "{}",
            french.stdout
        );
    }

    #[test]
    fn a_daily_meeting_says_next_day_rather_than_a_date() {
        // TSAG, 26 February-2 March 2018, 09:30-17:30 CET = 08:30-16:30 UTC = 17:30-01:30 JST.
        let text = std::fs::read_to_string(root().join("examples/tsag-collective.yaml")).unwrap();
        let text = text.replacen(
            "  end: 2018-03-02T17:30\n",
            "  end: 2018-03-02T17:30\n  world-times: [Asia/Tokyo]\n",
            1,
        );
        let (_dir, path) = temp_file("tsag.yaml", &text);
        let done =
            circular(&["render", path.to_str().unwrap(), "--lang=en", "--width=0"]).success();
        let text = words(&done.stdout);
        assert!(text.contains("Annexes: 2"), "{text}");
        assert!(text.contains("ANNEX B (to TSB Collective letter 2/TSAG) Meeting times around the world \
             Each day from 26 February to 2 March 2018, the meeting runs from 0930 to 1730 hours CET, that is: \
             • Asia/Tokyo: from 1730 hours to 0130 hours JST the next day"), "{text}");
    }
}

mod deadlines {
    use super::common::*;

    #[test]
    fn deadline_times_say_utc_or_the_meeting_zone_of_their_date() {
        let text = std::fs::read_to_string(root().join("examples/tsag-collective.yaml")).unwrap();
        let text = text
            .replacen(
                "  - date: 2017-12-26\n",
                "  - date: 2017-12-26\n    time: \"24:00\"\n    utc: true\n",
                1,
            )
            .replacen(
                "  - date: 2018-01-12\n",
                "  - date: 2018-01-12\n    time: \"16:00\"\n",
                1,
            );
        let (_dir, path) = temp_file("deadlines.yaml", &text);
        let path = path.to_str().unwrap();
        let english = circular(&["render", path, "--lang=en"]).success();
        assert!(
            english
                .stdout
                .contains("2400 hours UTC on 26 December 2017"),
            "{}",
            english.stdout
        );
        // 12 January is winter in Geneva: CET.
        assert!(
            english.stdout.contains("1600 hours CET on 12 January 2018"),
            "{}",
            english.stdout
        );
        let french = circular(&["render", path, "--lang=fr"]).success();
        assert!(
            words(&french.stdout).contains("12 janvier 2018 à 16 heures CET"),
            "{}",
            french.stdout
        );
    }
}

/// `daily-hours`: a meeting that opens on Monday afternoon and closes on Friday at lunchtime
/// sits every day, at the daily hours in between. TSAG, 26 February-2 March 2018 (Monday to
/// Friday), Geneva on CET (UTC+1) all week: 14:00-17:30, then 09:30-17:30, then 09:30-12:30.
mod daily {
    use super::common::*;

    /// The TSAG example opening and closing at the given times, with `extra` after its end.
    fn tsag(start: &str, end: &str, extra: &str) -> String {
        let text = std::fs::read_to_string(root().join("examples/tsag-collective.yaml")).unwrap();
        let text = text.replacen(
            "start: 2018-02-26T09:30",
            &format!("start: 2018-02-26T{start}"),
            1,
        );
        let old_end = "  end: 2018-03-02T17:30\n";
        assert!(text.contains(old_end));
        text.replacen(old_end, &format!("  end: 2018-03-02T{end}\n{extra}"), 1)
    }

    const HOURS: &str = "  daily-hours: {from: \"09:30\", to: \"17:30\"}\n";

    #[test]
    fn the_invitation_has_one_event_a_day_at_the_daily_hours() {
        let (_dir, path) = temp_file("tsag.yaml", &tsag("14:00", "12:30", HOURS));
        let done = circular(&["ics", path.to_str().unwrap()]).success();
        let values = |name: &str| -> Vec<String> {
            let prefix = format!("{name}:");
            let lines = done.stdout.lines();
            lines
                .filter_map(|l| l.strip_prefix(&prefix))
                .map(String::from)
                .collect()
        };
        assert_eq!(
            values("DTSTART"),
            [
                "20180226T130000Z",
                "20180227T083000Z",
                "20180228T083000Z",
                "20180301T083000Z",
                "20180302T083000Z"
            ]
        );
        assert_eq!(
            values("DTEND"),
            [
                "20180226T163000Z",
                "20180227T163000Z",
                "20180228T163000Z",
                "20180301T163000Z",
                "20180302T113000Z"
            ]
        );
        let checked = circular(&["check", path.to_str().unwrap()]).success();
        assert!(!checked.stderr.contains("warning"), "{}", checked.stderr);
    }

    #[test]
    fn the_times_report_groups_the_days_with_the_same_hours() {
        let (_dir, path) = temp_file("tsag.yaml", &tsag("14:00", "12:30", HOURS));
        let done =
            circular(&["times", path.to_str().unwrap(), "--tz=UTC", "--format=json"]).success();
        let json: serde_json::Value = serde_json::from_str(&done.stdout).unwrap();
        let blocks: Vec<(String, String, u64)> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|row| {
                (
                    row["start"].as_str().unwrap().into(),
                    row["end"].as_str().unwrap().into(),
                    row["days"].as_u64().unwrap(),
                )
            })
            .collect();
        let block = |start: &str, end: &str, days| (start.to_string(), end.to_string(), days);
        assert_eq!(
            blocks,
            [
                block("2018-02-26T13:00:00+00:00", "2018-02-26T16:30:00+00:00", 1),
                block("2018-02-27T08:30:00+00:00", "2018-02-27T16:30:00+00:00", 3),
                block("2018-03-02T08:30:00+00:00", "2018-03-02T11:30:00+00:00", 1),
            ]
        );
    }

    #[test]
    fn without_daily_hours_such_a_meeting_is_one_sitting_and_check_says_so() {
        let (_dir, path) = temp_file("tsag.yaml", &tsag("14:00", "12:30", ""));
        let done = circular(&["ics", path.to_str().unwrap()]).success();
        assert_eq!(done.stdout.matches("BEGIN:VEVENT").count(), 1);
        let checked = circular(&["check", path.to_str().unwrap()]).success();
        assert!(checked.stderr.contains("daily-hours"), "{}", checked.stderr);
    }

    #[test]
    fn daily_hours_that_do_not_fit_the_meeting_are_errors_at_their_line() {
        let cases = [
            (
                "14:00",
                "12:30",
                "  daily-hours: {from: \"17:30\", to: \"09:30\"}\n",
                "are not the hours of a day",
            ),
            ("18:00", "12:30", HOURS, "when its days have ended (17:30)"),
            ("14:00", "09:00", HOURS, "before its days begin (09:30)"),
        ];
        for (start, end, hours, expected) in cases {
            refused_at_the_daily_hours(&tsag(start, end, hours), expected);
        }
    }

    /// `render`, `ics` and `times` refuse the description, pointing at its `daily-hours` line.
    fn refused_at_the_daily_hours(text: &str, expected: &str) {
        let line = 1 + text
            .lines()
            .position(|l| l.contains("daily-hours"))
            .unwrap();
        let (_dir, path) = temp_file("meeting.yaml", text);
        for command in ["render", "ics", "times"] {
            let done = circular(&[command, path.to_str().unwrap()]).failure(1);
            assert!(
                done.stderr.contains(&format!("meeting.yaml:{line}:"))
                    && done.stderr.contains(expected),
                "{command}: {}",
                done.stderr
            );
        }
    }

    #[test]
    fn daily_hours_the_clocks_skip_are_errors_at_their_line() {
        // Geneva springs forward on Sunday 29 March 2026: 02:30 does not exist that day.
        let text = tsag(
            "14:00",
            "12:30",
            "  daily-hours: {from: \"02:30\", to: \"17:30\"}\n",
        )
        .replace("2018-02-26T14:00", "2026-03-28T14:00")
        .replace("2018-03-02T12:30", "2026-03-30T12:30");
        refused_at_the_daily_hours(
            &text,
            "at `2026-03-29T02:30`, this local time does not exist",
        );
        // Without daily hours, the days open at the start's time: the problem is at `start`.
        let text = tsag("02:30", "17:30", "")
            .replace("2018-02-26T02:30", "2026-03-28T02:30")
            .replace("2018-03-02T17:30", "2026-03-30T17:30");
        let line = 1 + text
            .lines()
            .position(|l| l.contains("start: 2026"))
            .unwrap();
        let (_dir, path) = temp_file("start.yaml", &text);
        for command in ["render", "ics", "times"] {
            let done = circular(&[command, path.to_str().unwrap()]).failure(1);
            let expected = format!(
                "start.yaml:{line}:10: `meeting.start`: the meeting's days meet a change of clocks: at `2026-03-29T02:30`"
            );
            assert!(
                done.stderr.contains(&expected),
                "{command}: {}",
                done.stderr
            );
        }
    }

    #[test]
    fn check_warns_of_daily_hours_on_a_one_day_meeting_and_of_a_two_day_overnight_sitting() {
        let one_day = example_with(
            "  end: 2023-06-20T16:00\n",
            "  end: 2023-06-20T16:00\n  daily-hours: {from: \"10:00\", to: \"12:00\"}\n",
        );
        let (_dir, path) = temp_file("one.yaml", &one_day);
        let done = circular(&["check", path.to_str().unwrap()]).success();
        assert!(
            done.stderr.contains("no effect on a meeting of one day"),
            "{}",
            done.stderr
        );
        let two_days = tsag("14:00", "12:30", "").replace("2018-03-02T12:30", "2018-02-27T12:30");
        let (_dir, path) = temp_file("two.yaml", &two_days);
        let done = circular(&["check", path.to_str().unwrap()]).success();
        assert!(done.stderr.contains("daily-hours"), "{}", done.stderr);
    }
}
