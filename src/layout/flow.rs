//! Flows laid-out units onto pages: page breaks, the widow rule, and the running head.
//!
//! Blocks are cut into units (a line of a paragraph, a header table, a table row) that never split.
//! A unit may ask to stay with the one before it; that is how a paragraph's last line never stands
//! alone at the top of a page and how a heading never ends a page. From page 2 on, every page
//! starts with its number ("- 2 -") and the letter's reference.

use super::breaking::wrap;
use super::page::{BOTTOM, Mark, Page, TOP, plain};
use super::placing::{Align, place};

/// Height of the running head on pages after the first.
const HEAD: f32 = 34.0;
const HEAD_SIZE: f32 = 9.0;

/// Content that is placed as a whole, its coordinates relative to its own top.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub content: Page,
    pub height: f32,
    /// Space above the unit, dropped at the top of a page.
    pub space_before: f32,
    /// The unit must not start a page without the unit before it.
    pub keep_with_prev: bool,
    /// The unit starts a new page (an annex).
    pub new_page: bool,
}

/// Places the units on pages and adds the running heads.
pub fn paginate(units: Vec<Unit>, reference: &str) -> Vec<Page> {
    let tops = positions(&units);
    let count = tops.last().map_or(1, |&(page, _)| page + 1);
    let mut pages: Vec<Page> = (0..count).map(|number| head(number, reference)).collect();
    for (unit, (page, top)) in units.into_iter().zip(tops) {
        let mut content = unit.content;
        content.shift(top);
        pages[page].append(content);
    }
    pages
}

/// Page number and top of every unit.
fn positions(units: &[Unit]) -> Vec<(usize, f32)> {
    let mut tops: Vec<(usize, f32)> = Vec::with_capacity(units.len());
    let (mut page, mut first, mut y) = (0, 0, TOP);
    let mut index = 0;
    while index < units.len() {
        let unit = &units[index];
        let fresh = index == first;
        let top = if fresh { y } else { y + unit.space_before };
        if !fresh && (unit.new_page || top + unit.height > BOTTOM) {
            let start = if unit.new_page {
                index
            } else {
                chain_start(units, first, index)
            };
            (page, first, y) = (page + 1, start, TOP + HEAD);
            tops.truncate(start);
            index = start;
            continue;
        }
        tops.push((page, top));
        y = top + unit.height;
        index += 1;
    }
    tops
}

/// The first unit to move to the next page with `index`: back along `keep_with_prev`, but never
/// the first unit of the page (which would loop).
fn chain_start(units: &[Unit], first: usize, index: usize) -> usize {
    let mut start = index;
    while start > first + 1 && units[start].keep_with_prev {
        start -= 1;
    }
    start
}

/// The running head of page `number` (0-based): nothing on the first page.
fn head(number: usize, reference: &str) -> Page {
    let mut page = Page::default();
    if number == 0 {
        return page;
    }
    let lines = [format!("- {} -", number + 1), reference.to_string()];
    for (row, text) in lines.iter().enumerate() {
        let baseline = TOP + HEAD_SIZE + row as f32 * (HEAD_SIZE + 3.0);
        let wrapped = wrap(
            &plain(text),
            HEAD_SIZE,
            false,
            super::page::RIGHT - super::page::LEFT,
        );
        for line in wrapped.unwrap_or_default() {
            let width = super::page::RIGHT - super::page::LEFT;
            place(
                &mut page,
                &line,
                super::page::LEFT,
                baseline,
                width,
                Align::Center,
            );
        }
    }
    page.runs.iter_mut().for_each(|run| run.mark = Mark::Header);
    page
}
