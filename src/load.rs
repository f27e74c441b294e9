//! YAML text -> [`Circular`], with serde-saphyr's limits against hostile input, and its errors
//! turned into [`Problem`]s that point at the line.

use serde_saphyr::{Budget, Options};

use crate::error::{Error, Problem};
use crate::meeting::Circular;
use crate::source::Source;
use crate::yaml_words as words;

/// At most this many schema problems are reported from one file.
const MAX_PROBLEMS: usize = 20;

/// Parses a circular description, reporting every schema problem it can find (see `more`).
pub fn circular(source: &Source) -> Result<Circular, Error> {
    if source.text.trim().is_empty() {
        let hint = "start from `circular init`, or see examples/u4ssc-7.yaml";
        return Err(source.error(vec![source.problem(
            1,
            1,
            "",
            "the file is empty",
            Some(hint.into()),
        )]));
    }
    let tabs = tabs(source);
    if !tabs.is_empty() {
        return Err(source.error(tabs));
    }
    let controls = controls(source);
    match serde_saphyr::from_str_with_options(&source.text, options()) {
        Ok(circular) if controls.is_empty() => Ok(circular),
        Ok(_) => Err(source.error(controls)),
        Err(error) => {
            let first = problem(source, &error);
            let mut problems = match words::is_fatal(&error.to_string()) {
                true => vec![first],
                false => more(source, first),
            };
            problems.extend(controls);
            Err(source.error(problems))
        }
    }
}

/// A tab in a line's indentation, once per line: YAML indents with spaces, and the parser would
/// report one tab several times, as each reading stumbles on it differently.
fn tabs(source: &Source) -> Vec<Problem> {
    let lines = source.text.lines().enumerate();
    let indented = lines.filter_map(|(index, line)| {
        let indent = &line[..line.len() - line.trim_start().len()];
        let column = indent.chars().position(|c| c == '\t')?;
        Some((index + 1, column + 1))
    });
    indented
        .map(|(line, column)| {
            let message = "a tab in the indentation: YAML indents with spaces only";
            let hint = "replace the tab with spaces (two per level, as in the rest of the file)";
            let field = field_path(&source.text, line);
            source.problem(line, column, &field, message, Some(hint.into()))
        })
        .collect()
}

/// Every scalar holding a character no text may hold (see `controls`), as a problem.
fn controls(source: &Source) -> Vec<Problem> {
    let found = crate::controls::find(&source.text).into_iter();
    found
        .map(|(line, column, c)| {
            let message = format!(
                "the text holds {}: it could change what a terminal or an editor shows",
                crate::controls::describe(c)
            );
            let hint = "remove it: letters hold only visible text, tabs and line breaks";
            let field = field_path(&source.text, line);
            source.problem(line, column, &field, message, Some(hint.into()))
        })
        .collect()
}

/// serde stops at the first error. To find the others, the offending line and the lines nested
/// under it are blanked (line numbers stay), and the text is read again, until it reads or
/// nothing new turns up. What the blanking itself causes (a parent left empty, a "missing
/// field" for a blanked key, an early end) is an echo: blanked in turn, never reported.
fn more(source: &Source, first: Problem) -> Vec<Problem> {
    let mut lines: Vec<&str> = source.text.lines().collect();
    let mut blanked: Vec<(usize, String)> = Vec::new();
    let mut problems = vec![first];
    let mut next_line = problems[0].line;
    for _ in 0..MAX_PROBLEMS * 2 {
        let Some(key) = blank(&mut lines, next_line) else {
            break;
        };
        blanked.push((next_line, key));
        let text = lines.join("\n");
        let Err(error) = serde_saphyr::from_str_with_options::<Circular>(&text, options()) else {
            break;
        };
        if words::is_fatal(&error.to_string()) {
            break;
        }
        let next = problem(source, &error);
        next_line = next.line;
        let known = problems
            .iter()
            .any(|p| (p.line, &p.message) == (next.line, &next.message));
        if known || problems.len() == MAX_PROBLEMS {
            break;
        }
        if !echo(&next, &blanked, &source.text) {
            problems.push(next);
        }
    }
    problems
}

/// Whether a problem comes from the blanking rather than from the file.
fn echo(problem: &Problem, blanked: &[(usize, String)], text: &str) -> bool {
    let missing = missing_field(&problem.message);
    let blanked_key = missing.is_some_and(|name| blanked.iter().any(|(_, key)| key == name));
    let parent = blanked.iter().any(|(line, _)| {
        *line > problem.line && field_path(text, *line).starts_with(&field_path(text, problem.line))
    });
    blanked_key || parent || problem.message.contains("end of input")
}

/// Blanks 1-based `line` and the lines indented under it; returns the key that line held.
fn blank(lines: &mut [&str], line: usize) -> Option<String> {
    let index = line
        .checked_sub(1)
        .filter(|i| *i < lines.len() && !lines[*i].trim().is_empty())?;
    let indent = |text: &str| text.len() - text.trim_start().trim_start_matches("- ").len();
    let spaces = |text: &str| text.len() - text.trim_start().len();
    // A line that starts a list item (`- date: x`) takes the whole item with it: the item's
    // other keys alone would no longer be a list item, and each would be reported.
    let (depth, item) = (
        indent(lines[index]),
        lines[index].trim_start().starts_with("- "),
    );
    let dash = spaces(lines[index]);
    let key = key_of(lines[index]).map_or_else(String::new, |(_, key)| key.to_string());
    lines[index] = "";
    for next in lines[index + 1..].iter_mut() {
        let outside = match item {
            true => spaces(next) <= dash,
            false => indent(next) <= depth,
        };
        if !next.trim().is_empty() && outside {
            break;
        }
        *next = "";
    }
    Some(key)
}

fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_depth = 64;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 100_000;
    budget.max_total_scalar_bytes = 4 * 1024 * 1024;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.with_snippet = false;
    options
}

fn problem(source: &Source, error: &serde_saphyr::Error) -> Problem {
    let (line, column) = error.location().map_or((1, 1), |at| {
        (at.line().max(1) as usize, at.column().max(1) as usize)
    });
    let message = error.without_snippet().to_string();
    let message = words::strip_location(&message);
    let hint = words::suggestion(&message).or_else(|| words::hint(&message));
    let earlier = words::duplicate(&message).and_then(|key| earlier(&source.text, line, key));
    let message = words::plain(&message, earlier.map(|at| (at, line)));
    let mut field = field_path_at(&source.text, line, column);
    if let Some(missing) = missing_field(&message) {
        let parent = field.rsplit_once('.').map_or("", |(parent, _)| parent);
        field = [parent, missing]
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(".");
    }
    source.problem(line, column, &field, message, hint)
}

/// The name in "missing field `number`".
fn missing_field(message: &str) -> Option<&str> {
    message
        .strip_prefix("missing field `")?
        .split_once('`')
        .map(|(name, _)| name)
}

/// The path of the key on `line` ("meeting.zone", "objectives[3].en"), found through the
/// indentation of the lines above it: keys and list items, with the text of block scalars
/// (`>-`, `|`) passed over. Flow style (`[a, b]`) gives the path of the key it is under.
pub fn field_path(text: &str, line: usize) -> String {
    let mut paths = Paths::default();
    text.lines().take(line).for_each(|raw| paths.read(raw));
    paths.path()
}

/// The keys and list items open at a line, read line by line from the top.
#[derive(Default)]
struct Paths {
    frames: Vec<(usize, Segment)>,
    /// The indentation of a key whose value is a block of text, while in it.
    block: Option<usize>,
}

impl Paths {
    fn read(&mut self, raw: &str) {
        let content = raw.trim_start();
        let mut depth = raw.len() - content.len();
        if content.is_empty() || content.starts_with('#') || self.block.is_some_and(|b| depth > b) {
            return;
        }
        self.block = None;
        let frames = &mut self.frames;
        let mut rest = content;
        while let Some(item) = rest.strip_prefix("- ").or((rest == "-").then_some("")) {
            let sibling = frames.iter().rev().find_map(|(at, segment)| match segment {
                Segment::Item(index) if *at == depth => Some(index + 1),
                _ => None,
            });
            frames.retain(|(at, seg)| {
                *at < depth || (*at == depth && matches!(seg, Segment::Key(_)))
            });
            frames.push((depth, Segment::Item(sibling.unwrap_or(0))));
            let trimmed = item.trim_start();
            depth += 2 + item.len() - trimmed.len();
            rest = trimmed;
        }
        if let Some((_, key)) = key_of(rest) {
            frames.retain(|(at, _)| *at < depth);
            frames.push((depth, Segment::Key(key.to_string())));
            let value = rest.split_once(':').map_or("", |(_, value)| value.trim());
            if value.starts_with('>') || value.starts_with('|') {
                self.block = Some(depth);
            }
        }
    }

    fn path(&self) -> String {
        let mut path = String::new();
        for (_, segment) in &self.frames {
            match segment {
                Segment::Key(key) if path.is_empty() => path = key.clone(),
                Segment::Key(key) => path = format!("{path}.{key}"),
                Segment::Item(index) => path = format!("{path}[{index}]"),
            }
        }
        path
    }
}

/// The path of what is at 1-based `line` and `column`: [`field_path`], and inside a flow
/// collection that starts on that line (`- {number: E211, title: ...}`, `languages: [fr, xx]`),
/// the keys and indices down to the column (`recommendations[1].number`, `languages[1]`).
pub fn field_path_at(text: &str, line: usize, column: usize) -> String {
    let path = field_path(text, line);
    let Some(written) = text.lines().nth(line.wrapping_sub(1)) else {
        return path;
    };
    path + &flow_path(written, column)
}

/// A step inside a flow collection: a mapping and the key being read, or a sequence and the
/// index of the item being read.
enum Flow {
    Map(Option<String>),
    Seq(usize),
}

/// The path inside a flow collection that is the value on `line`, down to 1-based `column`;
/// empty when the value is not a flow collection.
fn flow_path(line: &str, column: usize) -> String {
    let mut value = line.trim_start();
    while let Some(item) = value.strip_prefix("- ") {
        value = item.trim_start();
    }
    if !value.starts_with(['{', '[']) {
        value = value
            .split_once(": ")
            .map_or("", |(_, after)| after.trim_start());
    }
    if !value.starts_with(['{', '[']) {
        return String::new();
    }
    let start = line[..line.len() - value.len()].chars().count();
    let before = column.saturating_sub(1).saturating_sub(start);
    let (mut stack, mut token, mut quote) = (Vec::new(), String::new(), None);
    for c in value.chars().take(before) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => token.push(c),
            (None, '"' | '\'') => quote = Some(c),
            (None, '{') => stack.push(Flow::Map(None)),
            (None, '[') => stack.push(Flow::Seq(0)),
            (None, '}' | ']') => drop(stack.pop()),
            (None, ',') => match stack.last_mut() {
                Some(Flow::Map(key)) => *key = None,
                Some(Flow::Seq(index)) => *index += 1,
                None => {}
            },
            (None, ':') => {
                if let Some(Flow::Map(key @ None)) = stack.last_mut() {
                    *key = Some(token.trim().to_string());
                }
            }
            (None, c) => token.push(c),
        }
        if matches!(c, '{' | '[' | '}' | ']' | ',' | ':') && quote.is_none() {
            token.clear();
        }
    }
    // At a key itself (an unknown one, say): the key is what follows, up to its colon.
    if let Some(Flow::Map(key @ None)) = stack.last_mut() {
        let ahead: String = value
            .chars()
            .skip(before)
            .take_while(|c| !":,}".contains(*c))
            .collect();
        let ahead = ahead.trim().trim_matches(['"', '\'']);
        if !ahead.is_empty() {
            *key = Some(ahead.to_string());
        }
    }
    let mut path = String::new();
    for flow in stack {
        match flow {
            Flow::Map(Some(key)) => path = format!("{path}.{key}"),
            Flow::Map(None) => {}
            Flow::Seq(index) => path = format!("{path}[{index}]"),
        }
    }
    path
}

/// Where the key `path` ("meeting.zone") is written: line and column, 1-based.
pub fn field_at(text: &str, path: &str) -> Option<(u64, u64)> {
    let mut paths = Paths::default();
    let (index, line) = text.lines().enumerate().find(|(_, line)| {
        paths.read(line);
        line.contains(':') && paths.path() == path
    })?;
    let column = line.len() - line.trim_start_matches([' ', '-']).len() + 1;
    Some((index as u64 + 1, column as u64))
}

/// A step of a field's path: a key, or the index of a list item.
enum Segment {
    Key(String),
    Item(usize),
}

/// The key a line holds (after any list dash), with the column it starts at.
fn key_of(line: &str) -> Option<(usize, &str)> {
    let content = line.trim_start();
    let depth = line.len() - content.len();
    let (depth, content) = match content.strip_prefix("- ") {
        Some(rest) => (depth + 2, rest.trim_start()),
        None => (depth, content),
    };
    // A quoted key (`"acronym\a": ...`) is shown as written, quotes off.
    if let Some(quote @ ('"' | '\'')) = content.chars().next() {
        let end = content[1..].find(quote)? + 1;
        let rest = content[end + 1..].trim_start();
        return (end > 1 && rest.starts_with(':')).then(|| (depth, &content[1..end]));
    }
    let (key, _) = content.split_once(':')?;
    let valid = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    (valid && !content.starts_with('#')).then_some((depth, key))
}

/// The line above `line` where the same key first appears in the same mapping (block style).
fn earlier(text: &str, line: usize, key: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().take(line).collect();
    let (depth, _) = key_of(lines.last()?)?;
    for (index, candidate) in lines.iter().enumerate().rev().skip(1) {
        match key_of(candidate) {
            Some((d, k)) if d == depth && k == key => return Some(index + 1),
            Some((d, _)) if d < depth => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{field_path, field_path_at};

    const TEXT: &str = "\
letter:
  number: 92
to:
- administrations
- fr: A
  en: B
objectives:
  - fr: >-
      Note: un texte
      sur deux lignes
    en: one
  - fr: deux
    en: two
signatory:
  name: X
";

    #[test]
    fn inside_a_flow_collection_the_path_goes_down_to_the_column() {
        let text = "body:\n  - recommendations:\n      - {number: E211, title: {en: Old, fr: \"A, b\"}}\nmeeting:\n  languages: [fr, xx]\n";
        let at = |line, column| field_path_at(text, line, column);
        assert_eq!(
            at(3, 18),
            "body[0].recommendations[0].number",
            "at the value"
        );
        assert_eq!(at(3, 24), "body[0].recommendations[0].title", "at the key");
        assert_eq!(at(3, 32), "body[0].recommendations[0].title.en");
        assert_eq!(
            at(3, 45),
            "body[0].recommendations[0].title.fr",
            "past a quoted comma"
        );
        assert_eq!(at(5, 20), "meeting.languages[1]");
        assert_eq!(at(5, 3), "meeting.languages", "before the flow");
    }

    #[test]
    fn the_path_of_a_line_names_its_keys_and_list_items() {
        let path = |line| field_path(TEXT, line);
        assert_eq!(path(2), "letter.number");
        assert_eq!(path(4), "to[0]");
        assert_eq!(path(6), "to[1].en");
        assert_eq!(path(9), "objectives[0].fr", "block text is not a key");
        assert_eq!(path(11), "objectives[0].en");
        assert_eq!(path(13), "objectives[1].en");
        assert_eq!(path(15), "signatory.name");
    }
}
