//! Places a broken line on the page: alignment, justification and link rectangles.
//!
//! A line becomes runs (one per change of face). Justification does not move words one by one: it
//! records the extra width of every space (`space_extra`), which the PDF backend writes as one
//! offset per gap, so the text stays one string per run for copy and search.
//!
//! A line that ends at a space, or ends its text, keeps a trailing space (drawn beyond the line's
//! width, so invisible): the runs read one after the other give back the source text, and a URL
//! cut at a line end comes back whole.

use super::breaking::Line;
use super::fonts::Face;
use super::page::{Link, Mark, Page, Rect, Run};

/// The widest extra space justification gives a gap, in ems (a space is 0.28 em).
const MAX_STRETCH: f32 = 0.5;

/// How a line sits between its left and right edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Both edges, except the last line of a paragraph.
    Justify,
}

/// Adds the runs and links of `line` to `page`, between `x` and `x + width`.
pub fn place(page: &mut Page, line: &Line, x: f32, baseline: f32, width: f32, align: Align) {
    let slack = (width - line.width).max(0.0);
    let gaps = line.words[..line.words.len().saturating_sub(1)]
        .iter()
        .filter(|word| word.stretch)
        .count();
    let (mut pen, extra) = match align {
        Align::Left => (x, 0.0),
        Align::Right => (x + slack, 0.0),
        Align::Center => (x + slack / 2.0, 0.0),
        Align::Justify if line.last || gaps == 0 => (x, 0.0),
        // A line with a long unbreakable word (a URL) would get gaps wider than words: ragged.
        Align::Justify if slack / gaps as f32 > MAX_STRETCH * line.size => (x, 0.0),
        Align::Justify => (x, slack / gaps as f32),
    };
    let first_run = page.runs.len();
    let mut linking = false;
    for (index, word) in line.words.iter().enumerate() {
        for piece in &word.pieces {
            let at = (pen, baseline, line.size);
            let run = run_for(page, first_run, piece.face, &piece.link, at);
            run.text.push_str(&piece.text);
            run.width += piece.width;
            let target = piece.link.as_deref();
            linking = add_link(
                page,
                target,
                linking,
                pen,
                pen + piece.width,
                baseline,
                line.size,
            );
            pen += piece.width;
        }
        if index + 1 < line.words.len() && word.stretch {
            let run = page.runs.last_mut().expect("a word was placed");
            run.text.push(' ');
            run.width += word.space + extra;
            run.space_extra = extra;
            pen += word.space + extra;
        }
    }
    let ends_at_space = line.last || line.words.last().is_some_and(|word| word.stretch);
    if let (true, Some(run)) = (ends_at_space, page.runs.last_mut()) {
        run.text.push(' ');
    }
}

/// The run to extend for a piece in `face`: the line's last run if its face matches, or a new one.
fn run_for<'a>(
    page: &'a mut Page,
    first: usize,
    face: Face,
    link: &Option<String>,
    (x, baseline, size): (f32, f32, f32),
) -> &'a mut Run {
    let same = |run: &Run| run.face == face && run.link == *link;
    let reuse = page.runs.len() > first && page.runs.last().is_some_and(same);
    if !reuse {
        page.runs.push(Run {
            x,
            baseline,
            face,
            size,
            text: String::new(),
            width: 0.0,
            space_extra: 0.0,
            link: link.clone(),
            mark: Mark::Unmarked,
        });
    }
    page.runs.last_mut().expect("just pushed")
}

/// Extends the open link rectangle or opens one; returns whether a link is open after the piece.
fn add_link(
    page: &mut Page,
    target: Option<&str>,
    open: bool,
    x: f32,
    end: f32,
    baseline: f32,
    size: f32,
) -> bool {
    let Some(target) = target else {
        return false;
    };
    match page.links.last_mut() {
        Some(link) if open && link.target == target => link.rect.width = end - link.rect.x,
        _ => page.links.push(Link {
            rect: Rect {
                x,
                top: baseline - 0.9 * size,
                width: end - x,
                height: 1.15 * size,
            },
            target: target.to_string(),
            mark: Mark::Unmarked,
        }),
    }
    true
}
