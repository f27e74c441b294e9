//! Any bytes as a recipients file, CSV or YAML (the first byte picks), read and checked row by
//! row, each good row given its file name: errors are fine, panics and hangs are not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsb_circular::locale::Lang;
use tsb_circular::names::SafeIds;
use tsb_circular::recipients::{self, Defaults};
use tsb_circular::values::Zone;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let extension = if first % 2 == 0 { "csv" } else { "yaml" };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("people.{extension}"));
    std::fs::write(&path, rest).unwrap();
    let defaults = Defaults { lang: Lang::Fr, zone: Zone::default(), written: Lang::ALL.to_vec() };
    let mut safe = SafeIds::default();
    let _ = recipients::each(&path, &defaults, &mut |row| {
        if let Ok(recipient) = row {
            safe.next(&recipient.id);
        }
    });
});
