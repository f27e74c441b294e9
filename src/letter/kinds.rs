//! What depends on the kind of letter: a circular without a meeting needs its own subject,
//! and its body cannot use the standard paragraphs that speak of a meeting; an addendum
//! refers to the letter it adds to.

use super::parts::about_the_meeting;
use super::translator::{Translator, default_body};
use super::view::{AddendumView, ItemView, MeetingView};
use crate::meeting::{Change, Circular, Item};
use crate::source::at;

impl Translator<'_> {
    /// `letter.subject`: required when there is no meeting to make the subject from.
    pub(super) fn subject(&mut self, circular: &Circular) -> Option<String> {
        let subject = self.option(&circular.letter.subject, "letter.subject");
        if subject.is_none() && circular.meeting.is_none() {
            let message = "a letter without a `meeting` needs a subject".to_string();
            let hint = "add `subject: {fr: ..., en: ...}` under `letter`".to_string();
            let at = at(&circular.letter.number);
            self.problem(at, "letter.subject", message, Some(hint));
        }
        subject
    }

    /// The body, given or standard; standard paragraphs about a meeting need one, and the
    /// `addendum` paragraph an addendum.
    pub(super) fn letter_body(&mut self, circular: &Circular) -> Vec<ItemView> {
        let Some(body) = &circular.body else {
            return self.body(&default_body(circular), "body");
        };
        for (i, item) in body.value.iter().enumerate() {
            let field = format!("body[{i}]");
            if let (Some(kind), None) = (about_the_meeting(item), &circular.meeting) {
                let message = format!("`{kind}` speaks of the meeting, and the letter has none");
                let hint = "add a `meeting`, or write the paragraph as `paragraph: {text: ...}`";
                self.problem(at(body), &field, message, Some(hint.into()));
            }
            if let (Item::Opening, Some(meeting)) = (item, &circular.meeting) {
                self.opening_time(meeting);
            }
            if let (Item::Addendum, None) = (item, &circular.letter.addendum) {
                let message =
                    "`addendum` says what an addendum changes, and the letter is not one".into();
                let hint = "add `addendum: {number: 1, original-date: ...}` under `letter`";
                self.problem(at(body), &field, message, Some(hint.into()));
            }
        }
        self.body(&body.value, "body")
    }

    /// The `opening` paragraph says when the meeting opens or registration begins: one of
    /// the two times is needed.
    fn opening_time(&mut self, meeting: &crate::meeting::Meeting) {
        if meeting.start.value.timed || meeting.registration_opens.is_some() {
            return;
        }
        let message = "`opening` says when the meeting opens, and its `start` is a date alone";
        let hint = "give `start` its opening time (2018-04-09T09:30) or `registration-opens`, or leave `opening` out";
        let at = at(&meeting.start);
        self.problem(at, "meeting.start", message.into(), Some(hint.into()));
    }

    /// The events held with the meeting, each placed where the meeting is unless it says.
    pub(super) fn events(
        &mut self,
        circular: &Circular,
        zone: Option<chrono_tz::Tz>,
    ) -> Vec<MeetingView> {
        let mut views = Vec::new();
        for (i, event) in circular.co_located().iter().enumerate() {
            self.root = format!("events[{i}]");
            views.push(self.meeting(event, zone, None));
        }
        self.root = "meeting".into();
        views
    }

    /// The original letter of an addendum; a change of the meeting needs the meeting.
    pub(super) fn addendum(
        &mut self,
        circular: &Circular,
        original: String,
    ) -> Option<AddendumView> {
        let addendum = circular.letter.addendum.as_ref()?;
        let change = addendum.change.as_ref();
        if let (Some(change), None) = (change, &circular.meeting) {
            let message =
                "the addendum changes the meeting, and the letter has no `meeting`".into();
            let hint = "describe the meeting as it now is under `meeting`, or leave `change` out";
            self.problem(
                at(change),
                "letter.addendum.change",
                message,
                Some(hint.into()),
            );
        }
        let (original_date, dated) = (&addendum.original_date, circular.letter.date.value);
        if original_date.value >= dated {
            let message = format!(
                "the original letter is dated {}, not before its addendum ({})",
                original_date.value.0, dated.0
            );
            let hint = "give the date of the letter this one adds to";
            let at = at(original_date);
            self.problem(
                at,
                "letter.addendum.original-date",
                message,
                Some(hint.into()),
            );
        }
        Some(AddendumView {
            original,
            original_date: addendum.original_date.value.0,
            change: change.map_or("none", |change| change_name(change.value)),
        })
    }
}

/// The change's name, as the templates test it.
fn change_name(change: Change) -> &'static str {
    match change {
        Change::NewDates => "new-dates",
        Change::NewVenue => "new-venue",
        Change::Postponed => "postponed",
        Change::Cancelled => "cancelled",
        Change::Programme => "programme",
    }
}
