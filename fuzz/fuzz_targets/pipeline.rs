//! Any bytes through load, check and render: errors are fine, panics and hangs are not.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use tsb_circular::pipeline::Input;
use tsb_circular::source::Source;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = Input::load(Source::from_text("fuzz.yaml", text)) else { return };
    common::exercise(&input);
});
