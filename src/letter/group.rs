//! What a study-group collective letter says of its group: the name the meeting takes from
//! `letter.study-group` when it has none of its own, and what the invitation invites to.

use super::translator::Translator;
use super::wording;
use chrono::{Datelike, NaiveDate, Weekday};

use crate::locale::{Days, Half, Lang, capitalize};
use crate::meeting::{HalfDay, Meeting};

impl Translator<'_> {
    /// `meeting.name`, else the name of the letter's study group; one of the two is needed.
    pub(super) fn name(&mut self, meeting: &Meeting, group: Option<&str>) -> String {
        if let Some(name) = &meeting.name {
            return self.text(name, &self.field("name"));
        }
        match group {
            Some(group) => wording::group_name(self.lang, group),
            None => {
                let message = "the meeting has no name".to_string();
                let hint = "add `name: {fr: ..., en: ...}`, or `study-group` under `letter` for a study-group meeting";
                self.problem(
                    meeting_at(meeting),
                    &self.field("name"),
                    message,
                    Some(hint.into()),
                );
                String::new()
            }
        }
    }

    /// The noun with `meeting.prefix`: "ITU-T Workshop" (English puts it before the noun,
    /// which then takes a capital) / "atelier de l'UIT-T" (French, after it).
    pub(super) fn prefixed(&mut self, meeting: &Meeting, head: String) -> String {
        let Some(prefix) = self.option(&meeting.prefix, &self.field("prefix")) else {
            return head;
        };
        match self.lang {
            Lang::En => format!("{prefix} {}", capitalize(&head)),
            Lang::Fr => format!("{head} {prefix}"),
        }
    }

    /// "the next meeting of Study Group 3" (an edition's ordinal when it has one) / "à la
    /// prochaine réunion de la Commission d'études 3", contracted.
    pub(super) fn invited_to(&self, meeting: &Meeting, title: &str, the_title: &str) -> String {
        let phrase = match &meeting.edition {
            Some(_) => the_title.to_string(),
            None => {
                let feminine = self.lang.noun(meeting.noun).feminine;
                let article = self.lang.the(feminine, title);
                let rest = the_title.strip_prefix(article).unwrap_or(title);
                format!("{}{rest}", wording::the_next(self.lang, feminine))
            }
        };
        self.lang.to(&phrase)
    }
}

/// The sitting days with their half days, when the letter must say them: a half day at
/// either end, or a weekday without a sitting.
pub(super) fn days(meeting: &Meeting, start: NaiveDate, end: NaiveDate) -> Option<Days> {
    let skipped = |day: &NaiveDate| meeting.skip_days.iter().any(|skip| skip.value.0 == *day);
    let dates: Vec<NaiveDate> = start
        .iter_days()
        .take_while(|day| *day <= end)
        .filter(|day| !skipped(day))
        .collect();
    let weekday = |day: &NaiveDate| !matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    let listed = start
        .iter_days()
        .take_while(|day| *day <= end)
        .any(|day| skipped(&day) && weekday(&day));
    let half = |half: Option<HalfDay>| {
        half.map(|half| match half {
            HalfDay::Morning => Half::Morning,
            HalfDay::Afternoon => Half::Afternoon,
        })
    };
    let days = Days {
        dates,
        first: half(meeting.first_day),
        last: half(meeting.last_day),
        listed,
    };
    let plain = !listed && days.first.is_none() && days.last.is_none();
    (!plain && !days.dates.is_empty()).then_some(days)
}

/// Where a meeting without a name is reported: its `start`, which every meeting has.
fn meeting_at(meeting: &Meeting) -> (u64, u64) {
    crate::source::at(&meeting.start)
}
