//! A batch's output folder: one batch at a time, and what a killed batch left is cleaned up.

mod common;

use std::path::Path;

use common::{circular, root};

fn batch(recipients: &Path, out: &Path, extra: &[&str]) -> common::Run {
    let example = root().join("examples/u4ssc-7.yaml");
    let mut args = vec!["batch", example.to_str().unwrap(), "--recipients"];
    args.extend([
        recipients.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]);
    args.extend(extra);
    circular(&args)
}

fn recipients(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("people.csv");
    std::fs::write(&path, "id,name\nada,Ada\nbob,Bob\n").unwrap();
    path
}

#[test]
fn a_second_batch_into_a_locked_folder_fails_at_once_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // Another batch holds the folder.
    let held = std::fs::File::create(out.join(".circular.lock")).unwrap();
    held.try_lock().unwrap();
    let done = batch(&recipients(dir.path()), &out, &["--force"]).failure(1);
    assert!(
        done.stderr
            .contains("another batch is writing into this folder"),
        "{}",
        done.stderr
    );
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        1,
        "only the lock file"
    );
    drop(held);
    batch(&recipients(dir.path()), &out, &["--force"]).success();
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        names.len(),
        4,
        "two letters and the manifests, no lock file: {names:?}"
    );
}

#[test]
fn temporaries_a_killed_batch_left_are_removed_by_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    for name in [
        ".circular-Ab3xYz",
        ".circular-q1w2e3",
        ".circular-notours",
        "keep.txt",
    ] {
        std::fs::write(out.join(name), "partial").unwrap();
    }
    batch(&recipients(dir.path()), &out, &[]).success();
    assert!(!out.join(".circular-Ab3xYz").exists() && !out.join(".circular-q1w2e3").exists());
    assert!(out.join(".circular-notours").exists() && out.join("keep.txt").exists());
}

#[test]
fn a_quote_left_open_spoils_its_row_only() {
    let dir = tempfile::tempdir().unwrap();
    let people = dir.path().join("people.csv");
    std::fs::write(
        &people,
        "id,name\nada,\"Ada\nbob,Bob\ncyd,Cyd,extra\ndan,\"Dan \"\"D\"\"\"\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let done = batch(&people, &out, &[]).failure(3);
    assert!(
        done.stderr
            .contains("people.csv:2:1: a quote (`\"`) opens a field but does not close it"),
        "{}",
        done.stderr
    );
    assert!(
        done.stderr.contains("people.csv:4:1: 3 fields"),
        "{}",
        done.stderr
    );
    for id in ["bob", "dan"] {
        assert!(
            out.join(format!("tsb92-en-{id}.txt")).is_file(),
            "{id}: {}",
            done.stderr
        );
    }
    let letter = std::fs::read_to_string(out.join("tsb92-en-dan.txt")).unwrap();
    assert!(letter.contains("Dan \"D\""), "{letter}");
}
