//! The targets of a letter's hyperlinks, each given a relationship id in order of first use, so the
//! same letter always numbers them alike.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Links {
    targets: Vec<String>,
    ids: HashMap<String, usize>,
}

impl Links {
    /// The relationship id of `target` (`rIdLink1`...), the same for every use of it.
    pub fn id(&mut self, target: &str) -> String {
        let next = self.targets.len() + 1;
        let number = *self.ids.entry(target.to_string()).or_insert(next);
        if number == next {
            self.targets.push(target.to_string());
        }
        name(number)
    }

    /// Every target with its id, in order of first use.
    pub fn all(&self) -> impl Iterator<Item = (String, &str)> {
        (1..).map(name).zip(self.targets.iter().map(String::as_str))
    }
}

fn name(number: usize) -> String {
    format!("rIdLink{number}")
}
