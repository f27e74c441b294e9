//! `circular init`: commented starter descriptions, one per kind of circular, built in.

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
/// The kinds of starter `init` writes.
pub enum Kind {
    /// A virtual meeting announced by circular.
    Virtual,
    /// A physical meeting in Geneva over several days, with deadlines and an annex.
    Physical,
    /// A one-day workshop abroad.
    Workshop,
    /// A collective letter convening a study group meeting.
    Collective,
}

/// The starter text of a kind.
pub fn text(kind: Kind) -> &'static str {
    match kind {
        Kind::Virtual => include_str!("../templates/init/virtual.yaml"),
        Kind::Physical => include_str!("../templates/init/physical.yaml"),
        Kind::Workshop => include_str!("../templates/init/workshop.yaml"),
        Kind::Collective => include_str!("../templates/init/collective.yaml"),
    }
}
