//! A drafter's day: zones found from the names people use, a zone that does not fit the venue,
//! help that needs no README, case-insensitive values, `--quiet` everywhere, check's JSON.

mod common;

use common::{circular, temp_file};

const EXAMPLE: &str = "examples/u4ssc-7.yaml";

#[test]
fn cities_countries_and_near_misses_find_their_zone_and_say_which() {
    let done = circular(&["times", EXAMPLE, "--tz", "Geneva", "--tz", "New York"]).success();
    assert!(done.stdout.contains("Europe/Zurich"), "{}", done.stdout);
    assert!(done.stdout.contains("America/New_York"), "{}", done.stdout);
    assert!(
        done.stderr.contains("`Geneva` is Europe/Zurich"),
        "{}",
        done.stderr
    );
    let done = circular(&["times", EXAMPLE, "--tz", "Europe/Geneva", "--tz", "tokyo"]).success();
    assert!(
        done.stderr.contains("`Europe/Geneva` is Europe/Zurich"),
        "{}",
        done.stderr
    );
    assert!(done.stdout.contains("Asia/Tokyo"), "{}", done.stdout);
    let done = circular(&["times", EXAMPLE, "--tz", "Geneva", "-q"]).success();
    assert!(done.stderr.is_empty(), "quiet: {}", done.stderr);
    let done = circular(&["times", EXAMPLE, "--tz", "Genva"]).failure(2);
    assert!(
        done.stderr.contains("did you mean `Europe/Zurich`"),
        "{}",
        done.stderr
    );
    let done = circular(&["render", EXAMPLE, "--lang", "en", "--tz", "Japan"]).success();
    assert!(done.stdout.contains("Tokyo time"), "{}", done.stdout);
}

#[test]
fn a_zone_in_the_yaml_stays_strict_but_suggests_the_places_zone() {
    let text = common::example_with("zone: Europe/Zurich", "zone: Geneva");
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert!(
        done.stderr.contains("did you mean `Europe/Zurich`?"),
        "{}",
        done.stderr
    );
}

#[test]
fn a_venue_whose_clocks_are_not_the_zones_is_a_warning_naming_both() {
    let starter = circular(&["init", "--kind", "workshop"]).success().stdout;
    let city = "city: {fr: Tokyo, en: Tokyo}";
    assert!(starter.contains(city) && starter.contains("zone: Asia/Tokyo"));
    let moved = starter.replace(city, "city: {fr: Genève, en: Geneva}");
    let moved = moved.replace(
        "country: {fr: Japon, en: Japan}",
        "country: {fr: Suisse, en: Switzerland}",
    );
    let (_dir, path) = temp_file("meeting.yaml", &moved);
    let done = circular(&["check", path.to_str().unwrap()]).success();
    let zone_line = moved
        .lines()
        .position(|l| l.contains("zone: Asia/Tokyo"))
        .unwrap()
        + 1;
    assert!(
        done.stderr
            .contains(&format!(":{zone_line}:3: warning: `meeting.zone`")),
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains("Asia/Tokyo"), "{}", done.stderr);
    assert!(
        done.stderr.contains("set `zone: Europe/Zurich`"),
        "{}",
        done.stderr
    );
    let (_dir, path) = temp_file("meeting.yaml", &starter);
    let done = circular(&["check", path.to_str().unwrap()]).success();
    assert!(
        !done.stderr.contains("meeting.zone"),
        "fits: {}",
        done.stderr
    );
}

#[test]
fn help_points_at_the_field_list_which_comes_from_the_model() {
    for command in ["render", "check"] {
        let help = circular(&[command, "--help"]).success().stdout;
        assert!(
            help.contains("circular fields") && help.contains("circular schema"),
            "{help}"
        );
    }
    let fields = circular(&["fields"]).success().stdout;
    for line in ["  start ", "  daily-hours ", "    city ", "signatory "] {
        assert!(
            fields.lines().any(|l| l.starts_with(line)),
            "{line}: {fields}"
        );
    }
    let start = fields.lines().find(|l| l.starts_with("  start ")).unwrap();
    assert!(
        start.contains("local date-time") && start.contains("required"),
        "{start}"
    );
}

#[test]
fn man_writes_the_pages_its_main_page_refers_to() {
    let dir = tempfile::tempdir().unwrap();
    circular(&["man", dir.path().to_str().unwrap()]).success();
    let main = std::fs::read_to_string(dir.path().join("circular.1")).unwrap();
    for command in ["render", "check", "batch", "watch"] {
        assert!(
            main.contains(&format!("circular\\-{command}(1)")),
            "{command}"
        );
        let page = std::fs::read_to_string(dir.path().join(format!("circular-{command}.1")));
        assert!(page.unwrap().contains(".SH OPTIONS"), "{command}");
    }
    assert!(circular(&["man"]).success().stdout.starts_with(".ie"));
}

#[test]
fn completions_offer_languages_formats_kinds_and_zones() {
    let script = circular(&["completions", "bash"]).success().stdout;
    for values in [
        "fr en fr,en all",
        "text pdf",
        "virtual physical workshop collective",
    ] {
        assert!(script.contains(values), "{values}");
    }
    assert!(script.contains("America/New_York"));
}

#[test]
fn values_are_read_in_any_case() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    circular(&[
        "render",
        EXAMPLE,
        "--format",
        "PDF",
        "--lang",
        "EN",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    circular(&["init", "--kind", "Workshop"]).success();
    circular(&["times", EXAMPLE, "--format", "JSON"]).success();
}

#[test]
fn quiet_is_taken_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    for args in [
        vec!["render", EXAMPLE, "-o", &file("a.txt")],
        vec!["check", EXAMPLE],
        vec!["ics", EXAMPLE, "-o", &file("a.ics")],
        vec!["init", &file("new.yaml")],
        vec!["times", EXAMPLE],
        vec!["addressees", EXAMPLE],
        vec!["man", &file("man")],
    ] {
        let mut quiet = args.clone();
        quiet.insert(1, "-q");
        let done = circular(&quiet).success();
        assert!(done.stderr.is_empty(), "{args:?}: {}", done.stderr);
    }
}

#[test]
fn check_json_says_not_ok_when_warnings_are_denied() {
    // A registration deadline on a Saturday: a warning, as in the deadlines table.
    let text = common::example_with(
        "registration:\n    mandatory: true",
        "registration:\n    mandatory: true\n    deadline: 2023-06-17",
    );
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let path = path.to_str().unwrap();
    let plain = circular(&["check", path, "--format", "json"])
        .success()
        .stdout;
    assert!(
        plain.contains("\"ok\": true") && plain.contains("warning"),
        "{plain}"
    );
    let denied = circular(&["check", path, "--format", "json", "--deny-warnings"]).failure(1);
    assert!(denied.stdout.contains("\"ok\": false"), "{}", denied.stdout);
}

#[test]
fn one_tab_in_the_indentation_is_one_error_at_its_place() {
    let text = common::example_with("  number: 92", "\tnumber: 92");
    let line = text.lines().position(|l| l.starts_with('\t')).unwrap() + 1;
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["render", path.to_str().unwrap()]).failure(1);
    assert!(done.stderr.contains("has 1 problem:"), "{}", done.stderr);
    let at = format!(":{line}:1: `letter.number`: a tab in the indentation");
    assert!(done.stderr.contains(&at), "{}", done.stderr);
}

#[test]
fn a_french_spreadsheet_export_is_read_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let people = dir.path().join("people.csv");
    let rows = "\u{feff}Identifiant;Nom;Organisation;Langue;Fuseau horaire\r\n\
                p1;Dupont, Marie;\"Ministère; Paris\";FR;Geneva\r\n\
                p2;Smith;ACME;en;New York\r\n";
    std::fs::write(&people, rows).unwrap();
    let out = dir.path().join("out");
    let (people, out) = (people.to_str().unwrap(), out.to_str().unwrap());
    circular(&["batch", EXAMPLE, "--recipients", people, "--out", out]).success();
    let french = std::fs::read_to_string(dir.path().join("out/tsb92-fr-p1.txt")).unwrap();
    assert!(
        french.contains("Dupont, Marie") && french.contains("Ministère; Paris"),
        "{french}"
    );
    let english = std::fs::read_to_string(dir.path().join("out/tsb92-en-p2.txt")).unwrap();
    let english = common::words(&english);
    assert!(
        english.contains("EDT, New York time"),
        "the zone from a city: {english}"
    );
}

#[test]
fn an_unknown_column_gets_the_closest_name() {
    let (dir, people) = temp_file("people.csv", "id,name,langage\np1,Ana,fr\n");
    let out = dir.path().join("out");
    let args = [
        "batch",
        EXAMPLE,
        "--recipients",
        people.to_str().unwrap(),
        "--out",
    ];
    let done = circular(&[&args[..], &[out.to_str().unwrap()]].concat()).failure(1);
    assert!(
        done.stderr.contains("unknown column `langage`"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("did you mean `language`?"),
        "{}",
        done.stderr
    );
}

#[test]
fn the_wording_follows_the_meetings_noun() {
    let starter = circular(&["init", "--kind", "workshop"]).success().stdout;
    let text = match starter.contains("wish:") {
        true => starter.replace("wish: false", "wish: true"),
        false => format!("{starter}\nclosing:\n  wish: true\n"),
    };
    let (_dir, path) = temp_file("workshop.yaml", &text);
    let path = path.to_str().unwrap();
    let en = common::words(
        &circular(&["render", path, "--lang", "en", "--width", "0"])
            .success()
            .stdout,
    );
    assert!(en.contains("is organizing a workshop on examples."), "{en}");
    assert!(
        en.contains("I wish you a productive and enjoyable workshop."),
        "{en}"
    );
    let fr = common::words(
        &circular(&["render", path, "--lang", "fr", "--width", "0"])
            .success()
            .stdout,
    );
    assert!(fr.contains("organise un atelier sur l'exemple."), "{fr}");
    assert!(
        fr.contains("Je vous souhaite un atelier fructueux et agréable."),
        "{fr}"
    );
    let meeting = circular(&["render", "examples/tsag-collective.yaml", "--lang", "fr"]).success();
    assert!(common::words(&meeting.stdout).contains("une réunion fructueuse et agréable"));
}

#[test]
fn check_warns_of_one_text_in_one_language_and_a_short_name_that_repeats_the_noun() {
    let text = common::example_with(
        "  short-name:\n    fr: l'initiative U4SSC\n    en: the U4SSC initiative",
        "  short-name:\n    fr: l'initiative U4SSC\n    en: the meeting U4SSC",
    );
    let en_line = text
        .lines()
        .position(|l| l.contains("en: the meeting U4SSC"))
        .unwrap()
        + 1;
    let text = text.replace(
        "  - objectives\n",
        "  - objectives\n  - paragraph:\n      text: The meeting will discuss the results of the work and the next steps.\n",
    );
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).success();
    assert!(done.stderr.contains("warning: `body[4].paragraph.text`: one text for every language, but it reads as English"), "{}", done.stderr);
    // Reported at the `en:` line, not where the French text starts.
    let at = format!(
        ":{en_line}:9: warning: `meeting.short-name`: the English (`en`) short name `the meeting U4SSC` repeats the noun"
    );
    assert!(done.stderr.contains(&at), "{}", done.stderr);
}

#[test]
fn a_missing_field_is_reported_once() {
    let text = common::example_with("  date: 2023-05-02\n", "");
    let (_dir, path) = temp_file("meeting.yaml", &text);
    let done = circular(&["check", path.to_str().unwrap()]).failure(1);
    assert_eq!(
        done.stderr.matches("missing field `date`").count(),
        1,
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains("1 error"), "{}", done.stderr);
}
