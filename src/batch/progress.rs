//! The batch's progress line on stderr: `1234/10000 letters`, redrawn at most ten times a
//! second, and only when stdout and stderr are both terminals and `--quiet` is not given.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(100);

pub struct Progress {
    total: usize,
    /// Letters done and when the line was last drawn; `None` when nothing is shown.
    state: Option<Mutex<(usize, Instant)>>,
}

impl Progress {
    pub fn new(total: usize, quiet: bool) -> Progress {
        let terminal = std::io::stderr().is_terminal() && std::io::stdout().is_terminal();
        let shown = !quiet && terminal;
        let state = shown.then(|| Mutex::new((0, Instant::now())));
        Progress { total, state }
    }

    /// One more letter done.
    pub fn advance(&self) {
        let Some(state) = &self.state else { return };
        let mut state = state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.0 += 1;
        if state.1.elapsed() >= EVERY || state.0 == self.total {
            state.1 = Instant::now();
            let _ = write!(std::io::stderr(), "\r{}/{} letters", state.0, self.total);
        }
    }

    /// Erases the line, before the batch's summary is said.
    pub fn clear(&self) {
        if self.state.is_some() {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}
