//! serde-saphyr's messages in a drafter's words: no Rust types, no library advice ("set
//! DuplicateKeyPolicy in Options"), no debug dumps of its limits.

/// For "unknown field `x`, expected one of a, b": the closest valid name.
pub fn suggestion(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected = rest.split_once("expected one of ")?.1;
    let expected = expected
        .split(", ")
        .map(|name| name.trim_matches(['`', ' ']));
    let closest = crate::closest::closest(unknown, expected.map(|name| (name, name)), 0.7)?;
    Some(format!("did you mean `{closest}`?"))
}

/// Rust type names and library advice mean nothing to a drafter: "invalid u32" says "a whole
/// number", a duplicate key names its two lines, a budget says which limit in plain words.
/// `twice` is the lines of a duplicate key, when found.
pub fn plain(message: &str, twice: Option<(usize, usize)>) -> String {
    if let Some(key) = duplicate(message) {
        return match twice {
            Some((first, second)) => format!("`{key}` appears twice: lines {first} and {second}"),
            None => format!("`{key}` appears twice in the same mapping"),
        };
    }
    match message {
        "invalid u32" | "invalid u64" | "invalid i64" => {
            "expected a whole number, 0 or more".into()
        }
        "expected string scalar" => "expected a single value here, not a list or a mapping".into(),
        _ if message.starts_with("multiple YAML documents") => {
            "the file holds several YAML documents (a `---` line starts another one): a circular \
             is one document"
                .into()
        }
        _ if message.starts_with("cannot deserialize null") => {
            "expected a value here, but it is empty".into()
        }
        _ if message.starts_with("budget breached") => format!(
            "the YAML goes past a limit set against hostile files: {}; a circular needs far less",
            budget(message)
        ),
        _ => message.replace("expected u32", "expected a whole number"),
    }
}

/// The key of "duplicate mapping key: number, set DuplicateKeyPolicy ...".
pub fn duplicate(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("duplicate mapping key: ")?;
    Some(rest.split_once(", set ").map_or(rest, |(key, _)| key))
}

/// Errors after which reading on would only repeat them: a limit breached, several documents.
pub fn is_fatal(message: &str) -> bool {
    message.contains("budget breached") || message.contains("multiple YAML documents")
}

/// serde-saphyr's `BudgetBreach` (`Aliases { aliases: 1001 }`) as the limit it breached.
fn budget(message: &str) -> &'static str {
    let limits = [
        ("Aliases", "more than 1,000 aliases (`*name`)"),
        ("Anchors", "more than 1,000 anchors (`&name`)"),
        ("Depth", "values nested more than 64 deep"),
        ("Nodes", "more than 100,000 values"),
        (
            "ScalarBytes",
            "more than 4 MiB of text once aliases are expanded",
        ),
        ("Events", "too many YAML events"),
    ];
    let kind = message.trim_start_matches("budget breached: ");
    limits
        .iter()
        .find(|(name, _)| kind.starts_with(name))
        .map_or("a size limit", |(_, words)| words)
}

/// serde-saphyr ends some messages with "at line L, column C", which we show in front.
pub fn strip_location(message: &str) -> String {
    let message = message.lines().next().unwrap_or(message);
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

pub fn hint(message: &str) -> Option<String> {
    let hint = if message.contains("unknown field") {
        "check the spelling; the README lists every field"
    } else if message.contains("missing field") {
        "add the field; the README lists the required fields, and examples/ shows them in use"
    } else if message.contains("invalid type")
        || message.starts_with("invalid ")
        || message.starts_with("expected ")
    {
        "check the value's type against the README (text, number, list, or {fr: ..., en: ...})"
    } else {
        return None;
    };
    Some(hint.into())
}
