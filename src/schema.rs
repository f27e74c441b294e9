//! `circular schema`: the JSON Schema of the YAML format, derived from the model itself so it
//! cannot drift from what the reader accepts.

use serde_json::Value;

use crate::meeting::Circular;

/// The schema as pretty-printed JSON.
pub fn json() -> String {
    let schema = schemars::schema_for!(Circular);
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}

/// Every field of the YAML format, one line each, indented under its parent, with its type
/// and what it means: the schema read out for a person (`circular fields`).
pub fn fields() -> String {
    let schema = serde_json::to_value(schemars::schema_for!(Circular)).expect("a schema");
    let mut out =
        String::from("Fields of a circular description (see also `circular schema`):\n\n");
    object(&schema, &schema, 0, &mut out);
    out
}

/// The properties of `node` (an object schema), each with the fields under it.
fn object(root: &Value, node: &Value, depth: usize, out: &mut String) {
    let Some(properties) = node.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = node
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (name, property) in properties {
        let (kind, inner) = describe(root, property);
        let mark = if required.contains(&name.as_str()) {
            ", required"
        } else {
            ""
        };
        let about = doc(property)
            .or_else(|| inner.and_then(doc))
            .unwrap_or_default();
        let head = format!("{}{name}", "  ".repeat(depth));
        out.push_str(&format!("{head:<28} ({kind}{mark}) {about}\n"));
        if let Some(inner) = inner.filter(|_| depth < 4) {
            object(root, inner, depth + 1, out);
        }
    }
}

/// A property's type in words, and the object schema under it when it has fields.
fn describe<'a>(root: &'a Value, node: &'a Value) -> (String, Option<&'a Value>) {
    let named = node.get("$ref").and_then(Value::as_str);
    if let Some(words) = named.and_then(|name| scalar(name.trim_start_matches("#/$defs/"))) {
        return (words.into(), None);
    }
    let node = resolve(root, node);
    if let Some(values) = node.get("enum").and_then(Value::as_array) {
        let names: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        return (names.join(" | "), None);
    }
    if let Some(choices) = node
        .get("anyOf")
        .or(node.get("oneOf"))
        .and_then(Value::as_array)
    {
        let real = choices
            .iter()
            .find(|choice| choice.get("type") != Some(&"null".into()));
        return real.map_or(("any".into(), None), |choice| describe(root, choice));
    }
    let kind = match node.get("type") {
        Some(Value::String(kind)) => kind.clone(),
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|kind| *kind != "null")
            .unwrap_or("any")
            .to_string(),
        _ => "any".into(),
    };
    match kind.as_str() {
        "array" => {
            let (item, inner) = node
                .get("items")
                .map_or(("any".into(), None), |i| describe(root, i));
            (format!("list of {item}"), inner)
        }
        "object" if node.get("properties").is_some() => ("fields".into(), Some(node)),
        "object" => ("{fr: ..., en: ...}".into(), None),
        "integer" => ("whole number".into(), None),
        "string" => (
            node.get("title")
                .and_then(Value::as_str)
                .unwrap_or("text")
                .to_lowercase(),
            None,
        ),
        other => (other.to_string(), None),
    }
}

/// The values that check themselves, in words.
fn scalar(name: &str) -> Option<&'static str> {
    Some(match name {
        "Date" => "date YYYY-MM-DD",
        "LocalDateTime" => "local date-time YYYY-MM-DDTHH:MM, or a date",
        "Time" => "time HH:MM",
        "Zone" => "IANA zone",
        "Localized" => "text, or {fr: ..., en: ...}",
        "Language" => "language code",
        "Addressee" => "group key, or {fr: ..., en: ...}",
        "Item" => "paragraph name, or {paragraph: ...}, {agenda: ...}, {recommendations: [...]}",
        _ => return None,
    })
}

/// The schema a `$ref` points to, else the node itself.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    let reference = node.get("$ref").and_then(Value::as_str);
    let name = reference.and_then(|r| r.strip_prefix("#/$defs/"));
    name.and_then(|name| root.get("$defs")?.get(name))
        .unwrap_or(node)
}

/// The first line of a schema's description.
fn doc(node: &Value) -> Option<String> {
    let text = node.get("description")?.as_str()?;
    Some(text.split("\n\n").next()?.replace('\n', " "))
}
