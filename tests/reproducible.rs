//! Same input, same bytes: every command that makes output is run twice and compared, and
//! dates inside files come from SOURCE_DATE_EPOCH or the letter, never from the clock.

mod common;

use common::circular;

/// Runs a command that writes `name` into a fresh folder; returns the file's bytes.
fn file_from(args: &[&str], name: &str, epoch: Option<&str>) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    let mut full: Vec<&str> = args.to_vec();
    full.extend(["-o", path.to_str().unwrap()]);
    let mut run = circular(&full);
    run = match epoch {
        Some(epoch) => run.env("SOURCE_DATE_EPOCH", epoch),
        None => run.env_remove("SOURCE_DATE_EPOCH"),
    };
    run.success();
    std::fs::read(path).unwrap()
}

#[test]
fn files_are_byte_identical_from_run_to_run() {
    let cases: [(&[&str], &str); 4] = [
        (
            &["render", "examples/tsag-collective.yaml", "--lang", "fr"],
            "letter.txt",
        ),
        (
            &[
                "render",
                "examples/tsag-collective.yaml",
                "--lang",
                "fr",
                "--format",
                "pdf",
            ],
            "letter.pdf",
        ),
        (
            &[
                "render",
                "examples/u4ssc-7.yaml",
                "--lang",
                "en",
                "--format",
                "pdf",
                "--tz",
                "Asia/Tokyo",
            ],
            "letter.pdf",
        ),
        (
            &["ics", "examples/tsag-collective.yaml", "--lang", "fr"],
            "meeting.ics",
        ),
    ];
    for (args, name) in cases {
        let first = file_from(args, name, None);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(first, file_from(args, name, None), "{args:?}");
    }
}

#[test]
fn stdout_reports_are_byte_identical_from_run_to_run() {
    let cases: [&[&str]; 5] = [
        &["times", "examples/tsag-collective.yaml", "--format", "json"],
        &["times", "examples/u4ssc-7.yaml", "--lang", "fr"],
        &["check", "examples/u4ssc-7.yaml", "--format", "json"],
        &["schema"],
        &["render", "examples/workshop-montreal.yaml"],
    ];
    for args in cases {
        let first = circular(args).success().stdout;
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(first, circular(args).success().stdout, "{args:?}");
    }
}

#[test]
fn pdf_dates_come_from_source_date_epoch_or_the_letter() {
    let args = [
        "render",
        "examples/u4ssc-7.yaml",
        "--lang",
        "fr",
        "--format",
        "pdf",
    ];
    let from_letter = String::from_utf8_lossy(&file_from(&args, "a.pdf", None)).into_owned();
    assert!(
        from_letter.contains("D:20230502000000"),
        "the circular's date"
    );
    let from_epoch =
        String::from_utf8_lossy(&file_from(&args, "a.pdf", Some("1700000000"))).into_owned();
    assert!(
        from_epoch.contains("D:20231114221320"),
        "SOURCE_DATE_EPOCH 1700000000"
    );
    assert_ne!(from_letter, from_epoch);
    let empty = String::from_utf8_lossy(&file_from(&args, "a.pdf", Some(""))).into_owned();
    assert_eq!(
        empty, from_letter,
        "an empty SOURCE_DATE_EPOCH counts as unset"
    );
}
