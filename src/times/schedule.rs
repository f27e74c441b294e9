//! What a letter states of a meeting's hours: the sittings, the opening alone, or the days
//! alone. Everything that speaks of the meeting's times (`times`, `ics`, the world-times
//! annex, the local time beside the letter's) follows it, so none invents a time.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;

use crate::zone::Sitting;

/// What the letter states of a meeting's hours, and so what `times`, `ics` and the
/// world-times annex can say of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Opening and closing times: the sittings (see [`crate::zone::sittings`]).
    Sittings(Vec<Sitting>),
    /// The opening time alone, and the sitting days.
    Opening(DateTime<Tz>, Vec<NaiveDate>),
    /// The sitting days alone.
    Days(Vec<NaiveDate>),
}

impl Schedule {
    /// The days with a sitting, in order.
    pub fn days(&self) -> Vec<NaiveDate> {
        match self {
            Schedule::Sittings(sittings) => sittings.iter().map(|s| s.0.date_naive()).collect(),
            Schedule::Opening(_, days) | Schedule::Days(days) => days.clone(),
        }
    }
}
