//! `watch`: renders, then renders again when the YAML is saved, even by an editor that writes a
//! new file and renames it over the old one; a broken save prints its problem and leaves the
//! last good output in place.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// The `watch` process, killed when dropped, and its stderr lines as they come.
struct Watching {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watching {
    fn start(args: &[&str]) -> Watching {
        let mut child = Command::new(env!("CARGO_BIN_EXE_circular"))
            .arg("watch")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        Watching { child, lines }
    }

    /// Waits (up to 30 s) for a stderr line containing `text`; returns the lines until then.
    fn expect(&self, text: &str) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut seen = Vec::new();
        while Instant::now() < deadline {
            if let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200)) {
                let found = line.contains(text);
                seen.push(line);
                if found {
                    return seen;
                }
            }
        }
        panic!("no line with `{text}` on stderr: {seen:#?}");
    }
}

/// Saves `text` as an editor that renames would: a new file, then renamed over `path`.
fn save_by_rename(path: &Path, text: &str) {
    let new = path.with_extension("yaml.new");
    std::fs::write(&new, text).unwrap();
    std::fs::rename(&new, path).unwrap();
}

#[test]
fn each_save_renders_again_and_a_broken_save_keeps_the_last_good_output() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("meeting.yaml");
    let example = std::fs::read_to_string(common::root().join("examples/u4ssc-7.yaml")).unwrap();
    std::fs::write(&yaml, &example).unwrap();
    let out = dir.path().join("letter.txt");
    let watching = Watching::start(&[
        yaml.to_str().unwrap(),
        "--lang",
        "en",
        "-o",
        out.to_str().unwrap(),
    ]);
    watching.expect("watch: wrote");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Seizo Onoe")
    );

    save_by_rename(
        &yaml,
        &example.replace("name: Seizo Onoe", "name: Ada Lovelace"),
    );
    watching.expect("watch: wrote");
    let good = std::fs::read_to_string(&out).unwrap();
    assert!(good.contains("Ada Lovelace"), "{good}");

    std::fs::write(&yaml, example.replace("  number: 92", "  numbr: 92")).unwrap();
    let said = watching.expect("the last good output stays").join("\n");
    assert!(said.contains("unknown field `numbr`"), "{said}");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        good,
        "left in place"
    );

    std::fs::write(&yaml, &example).unwrap();
    watching.expect("watch: wrote");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Seizo Onoe")
    );
}

#[test]
fn watch_needs_a_file() {
    common::circular(&["watch", "-"]).failure(2);
}
