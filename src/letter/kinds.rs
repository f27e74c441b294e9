//! What depends on the kind of letter: a circular without a meeting needs its own subject,
//! and its body cannot use the standard paragraphs that speak of a meeting.

use super::parts::about_the_meeting;
use super::translator::{Translator, default_body};
use super::view::ItemView;
use crate::meeting::Circular;

impl Translator<'_> {
    /// `letter.subject`: required when there is no meeting to make the subject from.
    pub(super) fn subject(&mut self, circular: &Circular) -> Option<String> {
        let subject = self.option(&circular.letter.subject, "letter.subject");
        if subject.is_none() && circular.meeting.is_none() {
            let at = crate::source::at(&circular.letter.number);
            let message = "a letter without a `meeting` needs a subject".to_string();
            let hint = "add `subject: {fr: ..., en: ...}` under `letter`".to_string();
            self.problem(at, "letter.subject", message, Some(hint));
        }
        subject
    }

    /// The body, given or standard; standard paragraphs about a meeting need one.
    pub(super) fn letter_body(&mut self, circular: &Circular) -> Vec<ItemView> {
        let Some(body) = &circular.body else {
            return self.body(&default_body(circular), "body");
        };
        if circular.meeting.is_none() {
            let at = crate::source::at(body);
            for (i, item) in body.value.iter().enumerate() {
                if let Some(kind) = about_the_meeting(item) {
                    let message =
                        format!("`{kind}` speaks of the meeting, and the letter has none");
                    let hint =
                        "add a `meeting`, or write the paragraph as `paragraph: {text: ...}`";
                    self.problem(at, &format!("body[{i}]"), message, Some(hint.into()));
                }
            }
        }
        self.body(&body.value, "body")
    }
}
