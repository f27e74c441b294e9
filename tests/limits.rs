//! Reads and threads have limits: a logo that is a FIFO, a device or huge is refused at its
//! line, and `--jobs` is capped.

mod common;

use common::{circular, example_with, temp_file};

/// `render --format pdf` of the example with `logo` (a path) fails at the `logo:` line.
fn logo_refused(logo: &str, expected: &str) {
    let yaml = example_with(
        "  date: 2023-05-02\n",
        &format!("  date: 2023-05-02\n  logo: {logo}\n"),
    );
    let (dir, path) = temp_file("m.yaml", &yaml);
    let out = dir.path().join("m.pdf");
    let args = [
        "render",
        path.to_str().unwrap(),
        "--lang",
        "en",
        "-o",
        out.to_str().unwrap(),
    ];
    let done = circular(&args).failure(1);
    assert!(
        done.stderr.contains("m.yaml:7:9: `letter.logo`"),
        "{}",
        done.stderr
    );
    assert!(done.stderr.contains(expected), "{}", done.stderr);
    assert!(!out.exists());
}

#[test]
fn a_logo_that_is_a_fifo_a_device_or_huge_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("logo.png");
    common::mkfifo(&fifo);
    logo_refused(fifo.to_str().unwrap(), "it is not a regular file");
    logo_refused("/dev/zero", "it is not a regular file");
    let huge = dir.path().join("huge.png");
    std::fs::write(&huge, vec![0u8; 5 * 1024 * 1024]).unwrap();
    logo_refused(huge.to_str().unwrap(), "it is larger than 4 MiB");
}

#[test]
fn jobs_are_capped() {
    let done = circular(&[
        "batch",
        "examples/u4ssc-7.yaml",
        "--recipients",
        "x.csv",
        "--out",
        "x",
        "--jobs",
        "65535",
    ])
    .failure(2);
    assert!(
        done.stderr.contains("65535 is not in 1..=256"),
        "{}",
        done.stderr
    );
}
