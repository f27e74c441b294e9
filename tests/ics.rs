//! The iCalendar writer, read back by a strict little parser (RFC 5545 section 3.1).
//!
//! Expected instants checked by hand: 20 June 2023 09:30-16:00 CEST (UTC+2) is 07:30-14:00 UTC;
//! Geneva leaves summer time on 26 October 2025, so 09:30 on Friday 24 October is 07:30 UTC and
//! 09:30 on Monday 27 October is 08:30 UTC.

mod common;

use chrono::{DateTime, NaiveDateTime, Utc};
use tsb_circular::ics::{self, Calendar, Span};
use tsb_circular::zone::{self, GENEVA};

/// A Geneva wall-clock time, "2023-06-20 09:30", as UTC.
fn geneva(text: &str) -> DateTime<Utc> {
    let local = NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap();
    zone::resolve(local, GENEVA, None).unwrap().to_utc()
}

/// One content line: name, parameters, unescaped value.
#[derive(Debug, PartialEq)]
struct Property {
    name: String,
    params: Vec<String>,
    value: String,
}

/// Checks the physical format (CRLF only, lines of at most 75 octets), unfolds, splits.
fn parse(file: &str) -> Vec<Property> {
    assert!(file.ends_with("\r\n"));
    let physical: Vec<&str> = file.split_terminator("\r\n").collect();
    for line in &physical {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        assert!(!line.contains(['\r', '\n']), "bare CR or LF in {line:?}");
    }
    let unfolded = file.replace("\r\n ", "").replace("\r\n\t", "");
    unfolded.split_terminator("\r\n").map(property).collect()
}

fn property(line: &str) -> Property {
    let (head, value) = line.split_once(':').expect("name:value");
    let mut parts = head.split(';');
    let name = parts.next().unwrap().to_string();
    assert!(
        name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
        "{name}"
    );
    Property {
        name,
        params: parts.map(String::from).collect(),
        value: unescape(value),
    }
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => out.push(c),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            },
            ';' | ',' => panic!("unescaped {c} in {value:?}"),
            c => out.push(c),
        }
    }
    out
}

fn values<'a>(properties: &'a [Property], name: &str) -> Vec<&'a str> {
    properties
        .iter()
        .filter(|p| p.name == name)
        .map(|p| p.value.as_str())
        .collect()
}

fn instant(value: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%SZ")
        .unwrap()
        .and_utc()
}

fn calendar<'a>(sittings: &'a [Span]) -> Calendar<'a> {
    Calendar {
        id: "TSB Circular 92, 2023-05-02",
        stamp: geneva("2023-05-02 00:00"),
        lang: "fr",
        summary: "Septième réunion de l'initiative \"Tous unis pour des villes intelligentes et durables\" (U4SSC)",
        description: "Réunion virtuelle, de 9 h 30 à 16 heures CEST.\nInscription obligatoire; gratuite, ouverte à tous.",
        url: Some("https://u4ssc.itu.int/latest-meetings/"),
        location: Some("Réunion virtuelle, C:\\zoom"),
        sittings,
        events: &[],
    }
}

#[test]
fn a_one_day_meeting_reads_back_at_the_right_instants() {
    let sittings = [Span::Timed(
        geneva("2023-06-20 09:30"),
        geneva("2023-06-20 16:00"),
    )];
    let file = ics::write(&calendar(&sittings));
    let properties = parse(&file);
    assert_eq!(values(&properties, "BEGIN"), ["VCALENDAR", "VEVENT"]);
    assert_eq!(values(&properties, "END"), ["VEVENT", "VCALENDAR"]);
    assert_eq!(values(&properties, "VERSION"), ["2.0"]);
    assert_eq!(
        instant(values(&properties, "DTSTART")[0]).to_rfc3339(),
        "2023-06-20T07:30:00+00:00"
    );
    assert_eq!(
        instant(values(&properties, "DTEND")[0]).to_rfc3339(),
        "2023-06-20T14:00:00+00:00"
    );
    // The circular is dated 2 May 2023: midnight in Geneva (CEST) is 22:00 UTC the day before.
    assert_eq!(values(&properties, "DTSTAMP"), ["20230501T220000Z"]);
    let summary = properties.iter().find(|p| p.name == "SUMMARY").unwrap();
    assert_eq!(summary.params, ["LANGUAGE=fr"]);
    assert_eq!(summary.value, calendar(&sittings).summary);
    assert_eq!(
        values(&properties, "DESCRIPTION"),
        [calendar(&sittings).description]
    );
    assert_eq!(
        values(&properties, "LOCATION"),
        ["Réunion virtuelle, C:\\zoom"]
    );
    assert_eq!(
        values(&properties, "URL"),
        ["https://u4ssc.itu.int/latest-meetings/"]
    );
}

#[test]
fn a_meeting_across_the_autumn_change_keeps_its_geneva_hours() {
    let sittings = [
        Span::Timed(geneva("2025-10-24 09:30"), geneva("2025-10-24 17:30")),
        Span::Timed(geneva("2025-10-27 09:30"), geneva("2025-10-27 17:30")),
    ];
    let properties = parse(&ics::write(&calendar(&sittings)));
    assert_eq!(
        values(&properties, "DTSTART"),
        ["20251024T073000Z", "20251027T083000Z"]
    );
    assert_eq!(
        values(&properties, "DTEND"),
        ["20251024T153000Z", "20251027T163000Z"]
    );
    let uids = values(&properties, "UID");
    assert_eq!(uids.len(), 2);
    assert_ne!(uids[0], uids[1]);
    assert!(uids.iter().all(|uid| uid.ends_with("@tsb-circular")));
}

#[test]
fn the_same_circular_gives_the_same_bytes() {
    let sittings = [Span::Timed(
        geneva("2023-06-20 09:30"),
        geneva("2023-06-20 16:00"),
    )];
    assert_eq!(
        ics::write(&calendar(&sittings)),
        ics::write(&calendar(&sittings))
    );
}

mod binary {
    use super::common::*;
    use super::*;

    #[test]
    fn ics_writes_the_file_atomically_and_it_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("u4ssc.ics");
        let args = ["ics", "examples/u4ssc-7.yaml", "--lang=fr", "-o"];
        circular(&[&args[..], &[path.to_str().unwrap()]].concat()).success();
        let file = std::fs::read_to_string(&path).unwrap();
        let properties = parse(&file);
        // 20 June 2023, 09:30-16:00 CEST = 07:30-14:00 UTC; the circular is dated 2 May 2023.
        assert_eq!(values(&properties, "DTSTART"), ["20230620T073000Z"]);
        assert_eq!(values(&properties, "DTEND"), ["20230620T140000Z"]);
        assert_eq!(values(&properties, "DTSTAMP"), ["20230502T000000Z"]);
        let summary = values(&properties, "SUMMARY")[0];
        assert!(
            summary.starts_with("Septième réunion de l'initiative"),
            "{summary}"
        );
        let link = "https://u4ssc.itu.int/latest-meetings/7th-meeting/";
        assert_eq!(values(&properties, "LOCATION"), [link]);
        assert_eq!(values(&properties, "URL"), [link]);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn the_uid_is_the_same_in_both_languages_and_dtstamp_follows_source_date_epoch() {
        let english = circular(&["ics", "examples/u4ssc-7.yaml", "--lang=en"])
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .success();
        let french = circular(&["ics", "examples/u4ssc-7.yaml", "--lang=fr"]).success();
        let (english, french) = (parse(&english.stdout), parse(&french.stdout));
        assert_eq!(values(&english, "UID"), values(&french, "UID"));
        // 1 700 000 000 s after the epoch is 2023-11-14 22:13:20 UTC.
        assert_eq!(values(&english, "DTSTAMP"), ["20231114T221320Z"]);
    }

    #[test]
    fn a_meeting_of_five_days_is_five_events_at_geneva_hours() {
        let done = circular(&["ics", "examples/tsag-collective.yaml"]).success();
        let properties = parse(&done.stdout);
        // 26 February-2 March 2018, 09:30-17:30 CET (UTC+1) = 08:30-16:30 UTC each day.
        assert_eq!(
            values(&properties, "DTSTART"),
            [
                "20180226T083000Z",
                "20180227T083000Z",
                "20180228T083000Z",
                "20180301T083000Z",
                "20180302T083000Z"
            ]
        );
        assert_eq!(values(&properties, "DTEND")[4], "20180302T163000Z");
        assert_eq!(values(&properties, "LOCATION")[0], "Geneva, Switzerland");
    }

    #[test]
    fn a_meeting_abroad_is_placed_in_its_own_zone() {
        // 13 July 2007, 09:00-17:30 in Montreal (America/Toronto, EDT = UTC-4): 13:00-21:30 UTC.
        let done = circular(&["ics", "examples/workshop-montreal.yaml"]).success();
        let properties = parse(&done.stdout);
        assert_eq!(values(&properties, "DTSTART"), ["20070713T130000Z"]);
        assert_eq!(values(&properties, "DTEND"), ["20070713T213000Z"]);
    }
}
