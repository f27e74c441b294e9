//! `circular schema`: the JSON Schema of the YAML format, derived from the model itself so it
//! cannot drift from what the reader accepts.

use crate::meeting::Circular;

/// The schema as pretty-printed JSON.
pub fn json() -> String {
    let schema = schemars::schema_for!(Circular);
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}
