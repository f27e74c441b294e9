//! YAML-shaped trees through the whole pipeline: the TSB 92 example, changed by a few
//! arbitrary edits (a value replaced by another of the model's kinds, a field removed or added
//! under one of the model's names), written back as block YAML. Unlike bytes, most such files
//! read, so the letter builder, the templates, the PDF and Word backends and the calendar run on
//! values a drafter could write: far dates, skipped times, unknown zones, control characters,
//! empty lists, duplicate keys. Errors are fine; panics, hangs and aborts are not.
#![no_main]

mod common;

use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tsb_circular::pipeline::Input;
use tsb_circular::source::Source;

/// Field names of the model (and a few that are not), for keys that are added.
const KEYS: &[&str] = &[
    "letter", "series", "number", "study-group", "date", "place", "code", "contact", "tel",
    "fax", "email", "name", "web", "to", "copy", "meeting", "noun", "edition", "acronym",
    "short-name", "partners", "host", "format", "venue", "building", "city", "country", "start",
    "end", "zone", "world-times", "daily-hours", "from", "registration-opens", "languages",
    "interpretation", "participation", "individuals", "fee", "fellowships", "registration",
    "url", "mandatory", "deadline", "includes", "body", "announcement", "objectives",
    "paragraph", "text", "bullets", "numbered", "deadlines", "time", "utc", "actions",
    "closing", "wish", "signatory", "title", "signed", "annexes", "fr", "en", "logo", "unknown",
];

/// Values of the kinds the model reads, near their edges.
const VALUES: &[&str] = &[
    "2023-06-20", "2099-12-31", "2100-03-14", "1970-01-01", "0000-01-01", "2023-02-30",
    "2023-06-20T09:30", "2023-06-21T02:00", "2025-03-30T02:30", "2025-10-26T02:30",
    "2025-10-26T02:30+01:00", "2025-10-26T02:30+05:00", "2099-12-31T23:59", "2024-04-26T00:30",
    "09:30", "24:00", "00:00", "23:59", "25:00", "Europe/Zurich", "Africa/Cairo",
    "Pacific/Kiritimati", "Asia/Kathmandu", "America/Santiago", "Mars/Olympus", "administrations",
    "sg-associates", "sg-chair", "tsag-chair", "permanent-missions", "fr", "en", "ar", "zh",
    "meeting", "workshop", "symposium", "virtual", "physical", "hybrid", "circular",
    "collective-letter", "TSAG", "3", "programme", "remote-access", "documents", "announcement",
    "deadlines", "objectives", "https://www.itu.int/go/x", "a@itu.int", "+41 22 730 5853", "",
    " ", "-", "- x", "::para 1", "*bold*", "\\", "Annex B", "7th-meeting", "Seventh", "☃",
    "名前", "é", "\u{1b}[31m", "\u{202e}", "\u{2028}", "\u{7}", "\t", "a\nb", "x.png",
];

#[derive(Arbitrary, Debug)]
struct Edit {
    /// Which node: at each level, an index into a mapping's fields or a list's items.
    path: Vec<u8>,
    action: Action,
}

#[derive(Arbitrary, Debug)]
enum Action {
    Replace(Gen),
    Remove,
    Insert(u8, Gen),
    Repeat,
}

/// A value to put in the tree.
#[derive(Arbitrary, Debug)]
enum Gen {
    Value(u8),
    Number(i32),
    Bool(bool),
    Free(String),
    Texts(u8, u8),
    List(Vec<Gen>),
    Map(Vec<(u8, Gen)>),
}

impl Gen {
    fn value(&self) -> Value {
        let pick = |i: &u8| Value::String(VALUES[*i as usize % VALUES.len()].into());
        match self {
            Gen::Value(i) => pick(i),
            Gen::Number(n) => Value::from(*n),
            Gen::Bool(b) => Value::Bool(*b),
            Gen::Free(text) => Value::String(text.chars().take(200).collect()),
            Gen::Texts(fr, en) => {
                let map = [("fr".to_string(), pick(fr)), ("en".to_string(), pick(en))];
                Value::Object(map.into_iter().collect())
            }
            Gen::List(items) => Value::Array(items.iter().take(8).map(Gen::value).collect()),
            Gen::Map(fields) => Value::Object(
                fields.iter().take(8).map(|(k, v)| (key(*k), v.value())).collect(),
            ),
        }
    }
}

fn key(i: u8) -> String {
    KEYS[i as usize % KEYS.len()].to_string()
}

fn base() -> &'static Value {
    static BASE: OnceLock<Value> = OnceLock::new();
    BASE.get_or_init(|| {
        let text = include_str!("../../examples/u4ssc-7.yaml");
        serde_saphyr::from_str(text).expect("the example reads")
    })
}

/// Applies `edit`: walks down its path, then acts on the last node reached.
fn apply(tree: &mut Value, edit: &Edit) {
    let mut node = tree;
    for (depth, step) in edit.path.iter().take(6).enumerate() {
        let last = depth + 1 == edit.path.len().min(6);
        let len = match &*node {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if len == 0 {
            break;
        }
        let index = *step as usize % len;
        if last && matches!(edit.action, Action::Remove | Action::Repeat) {
            return change(node, index, &edit.action);
        }
        node = match node {
            Value::Object(map) => map.values_mut().nth(index).unwrap(),
            Value::Array(items) => &mut items[index],
            _ => unreachable!(),
        };
    }
    match &edit.action {
        Action::Replace(value) => *node = value.value(),
        Action::Insert(name, value) => match node {
            Value::Object(map) => drop(map.insert(key(*name), value.value())),
            Value::Array(items) => items.push(value.value()),
            _ => *node = value.value(),
        },
        Action::Remove | Action::Repeat => {}
    }
}

/// Removes or repeats the `index`-th child of `node`.
fn change(node: &mut Value, index: usize, action: &Action) {
    match (node, action) {
        (Value::Object(map), Action::Remove) => {
            let name = map.keys().nth(index).unwrap().clone();
            map.remove(&name);
        }
        (Value::Array(items), Action::Remove) => drop(items.remove(index)),
        (Value::Array(items), _) => {
            let item = items[index].clone();
            items.insert(index, item);
        }
        _ => {}
    }
}

/// The tree as block YAML, scalars double-quoted (JSON strings are YAML strings).
fn emit(value: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) => {
            for (name, value) in map {
                out.push_str(&format!("{pad}{name}:"));
                inner(value, indent, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                out.push_str(&format!("{pad}-"));
                inner(item, indent, out);
            }
        }
        scalar => out.push_str(&format!("{pad}{scalar}\n")),
    }
}

fn inner(value: &Value, indent: usize, out: &mut String) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            emit(value, indent + 2, out);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            emit(value, indent + 2, out);
        }
        Value::Object(_) => out.push_str(" {}\n"),
        Value::Array(_) => out.push_str(" []\n"),
        scalar => out.push_str(&format!(" {scalar}\n")),
    }
}

fuzz_target!(|edits: Vec<Edit>| {
    let mut tree = base().clone();
    edits.iter().take(8).for_each(|edit| apply(&mut tree, edit));
    let mut text = String::new();
    emit(&tree, 0, &mut text);
    let Ok(input) = Input::load(Source::from_text("fuzz.yaml", &text)) else { return };
    common::exercise(&input);
});
