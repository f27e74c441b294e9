//! A small builder that runs the `circular` binary, in the manner of just's test harness.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub struct Run {
    args: Vec<String>,
    stdin: Option<String>,
    dir: Option<PathBuf>,
    env: Vec<(String, String)>,
    removed: Vec<String>,
}

pub struct Done {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn circular(args: &[&str]) -> Run {
    Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        stdin: None,
        dir: None,
        env: vec![],
        removed: vec![],
    }
}

/// The repository root, where `examples/` and `tests/fixtures/` are.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

impl Run {
    pub fn stdin(mut self, text: &str) -> Run {
        self.stdin = Some(text.into());
        self
    }

    pub fn current_dir(mut self, dir: &Path) -> Run {
        self.dir = Some(dir.into());
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Run {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn env_remove(mut self, key: &str) -> Run {
        self.removed.push(key.into());
        self
    }

    pub fn run(self) -> Done {
        let mut command = Command::new(env!("CARGO_BIN_EXE_circular"));
        command
            .args(&self.args)
            .current_dir(self.dir.as_deref().unwrap_or(root()));
        command
            .env_remove("CIRCULAR_TEMPLATES")
            .env("NO_COLOR", "1");
        for key in &self.removed {
            command.env_remove(key);
        }
        for (key, value) in &self.env {
            command.env(key, value);
        }
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("the binary starts");
        let input = self.stdin.unwrap_or_default();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        let Output {
            status,
            stdout,
            stderr,
        } = child.wait_with_output().unwrap();
        Done {
            code: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into(),
            stderr: String::from_utf8_lossy(&stderr).into(),
        }
    }

    /// Runs and expects exit code 0.
    pub fn success(self) -> Done {
        let done = self.run();
        assert_eq!(done.code, 0, "stderr:\n{}", done.stderr);
        done
    }

    /// Runs and expects the given non-zero exit code, with no panic.
    pub fn failure(self, code: i32) -> Done {
        let done = self.run();
        assert_eq!(
            done.code, code,
            "stdout:\n{}\nstderr:\n{}",
            done.stdout, done.stderr
        );
        assert!(!done.stderr.contains("panicked"), "{}", done.stderr);
        done
    }
}

/// A temporary folder holding one file, for inputs made in a test.
/// A named pipe at `path` (made with `mkfifo`).
pub fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status();
    assert!(made.unwrap().success(), "mkfifo {}", path.display());
}

pub fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

/// The example with one line replaced, for error tests.
pub fn example_with(find: &str, replace: &str) -> String {
    let text = std::fs::read_to_string(root().join("examples/u4ssc-7.yaml")).unwrap();
    assert!(text.contains(find), "the example contains `{find}`");
    text.replacen(find, replace, 1)
}

/// Words in order, without layout: whitespace of any kind collapsed.
pub fn words(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
