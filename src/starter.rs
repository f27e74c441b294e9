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
    /// A study-group meeting at ITU headquarters: invitation, opening, deadlines by key.
    StudyGroup,
    /// A meeting abroad with a host and a workshop held with it.
    Events,
    /// A meeting with half days and a weekend without sittings.
    HalfDays,
    /// An addendum to a circular already sent.
    Addendum,
    /// A circular without a meeting (approval of Recommendations, a questionnaire).
    NoMeeting,
}

/// The starter text of a kind.
pub fn text(kind: Kind) -> &'static str {
    match kind {
        Kind::Virtual => include_str!("../templates/init/virtual.yaml"),
        Kind::Physical => include_str!("../templates/init/physical.yaml"),
        Kind::Workshop => include_str!("../templates/init/workshop.yaml"),
        Kind::Collective => include_str!("../templates/init/collective.yaml"),
        Kind::StudyGroup => include_str!("../templates/init/study-group.yaml"),
        Kind::Events => include_str!("../templates/init/events.yaml"),
        Kind::HalfDays => include_str!("../templates/init/half-days.yaml"),
        Kind::Addendum => include_str!("../templates/init/addendum.yaml"),
        Kind::NoMeeting => include_str!("../templates/init/no-meeting.yaml"),
    }
}
