//! `circular init`: commented starter descriptions, one per kind of circular, built in.

use crate::cli::Kind;

/// The starter text of a kind.
pub fn text(kind: Kind) -> &'static str {
    match kind {
        Kind::Virtual => include_str!("../templates/init/virtual.yaml"),
        Kind::Physical => include_str!("../templates/init/physical.yaml"),
        Kind::Workshop => include_str!("../templates/init/workshop.yaml"),
        Kind::Collective => include_str!("../templates/init/collective.yaml"),
    }
}
