//! Limits on the templates a `--templates` folder brings, so that no template can hang, exhaust
//! or crash the process: Handlebars compiles and renders by recursion, so a template of deeply
//! nested blocks overflows the stack (2,000 nested `{{#if}}`, or partials that include each
//! other), and compiling takes quadratic time (10,000 `{{else if}}` take seconds).
//!
//! Before compiling, the text is checked: its size, its number of `{{`, how deep its blocks and
//! parentheses nest. After compiling, the partials the set includes form a graph that must have
//! no cycle (also through inline partials) and whose calls, with the blocks around them, nest
//! no deeper than [`MAX_DEPTH`]. The built-in templates use a fraction of each limit.

use std::collections::HashMap;

use handlebars::template::{Parameter, Template, TemplateElement};

/// The most bytes a template file may have (the built-in ones have 1-4 KiB).
pub const MAX_BYTES: u64 = 256 * 1024;
/// The most `{{` in a template (the built-in letter has 58).
const MAX_TAGS: usize = 2_000;
/// The deepest blocks and partial calls may nest, all templates together.
pub const MAX_DEPTH: usize = 24;
/// The deepest parentheses may nest in one `{{...}}`.
const MAX_PARENS: usize = 8;

/// A template that goes past a limit: where (1-based line and column, when known) and why.
pub type Refused = (Option<(usize, usize)>, String);

/// Checks the text of one template before it is compiled.
pub fn text(text: &str) -> Result<(), Refused> {
    let tags: Vec<usize> = text.match_indices("{{").map(|(at, _)| at).collect();
    if tags.len() > MAX_TAGS {
        let message =
            format!("more than {MAX_TAGS} `{{{{` tags: a letter template needs far fewer");
        return Err((None, message));
    }
    let mut depth = 0usize;
    for at in tags {
        let tag = &text[at + 2..];
        let tag = tag[..tag.find("}}").unwrap_or(tag.len())].trim_start_matches(['{', '~', ' ']);
        match tag.chars().next() {
            // `{{^}}` alone is an `else`.
            Some('#') => depth += 1,
            Some('^') if tag.trim_end_matches(['~', ' ']).len() > 1 => depth += 1,
            Some('/') => depth = depth.saturating_sub(1),
            _ => {}
        }
        let parens = nesting(tag);
        if depth > MAX_DEPTH || parens > MAX_PARENS {
            let message = match depth > MAX_DEPTH {
                true => format!("blocks nest more than {MAX_DEPTH} deep"),
                false => format!("parentheses nest more than {MAX_PARENS} deep"),
            };
            return Err((Some(place(text, at)), message));
        }
    }
    Ok(())
}

/// How deep parentheses nest in a tag.
fn nesting(tag: &str) -> usize {
    let (mut depth, mut most) = (0usize, 0);
    for c in tag.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        most = most.max(depth);
    }
    most
}

/// The 1-based line and column of byte `at`.
fn place(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// What each partial (a template of the set, or an inline one) includes, and how deep.
pub struct Calls {
    /// What a computed partial name may be: the letter's parts (the body's kinds).
    any: Vec<&'static str>,
    /// Partial name -> (included partial, block depth at the call).
    calls: HashMap<String, Vec<(String, usize)>>,
    /// Partial name -> its own block depth.
    depth: HashMap<String, usize>,
    /// Inline partial -> the template it is defined in.
    home: HashMap<String, String>,
}

impl Calls {
    /// Calls among templates where a computed name may be any of `any`.
    pub fn new(any: &[&'static str]) -> Calls {
        Calls {
            any: any.to_vec(),
            calls: HashMap::new(),
            depth: HashMap::new(),
            home: HashMap::new(),
        }
    }

    /// Adds the compiled template `name`.
    pub fn add(&mut self, name: &str, template: &Template) -> Result<(), String> {
        self.walk(name, template, 0)
    }

    fn walk(&mut self, name: &str, template: &Template, depth: usize) -> Result<(), String> {
        let most = self.depth.entry(name.into()).or_default();
        *most = (*most).max(depth);
        for element in &template.elements {
            match element {
                TemplateElement::HelperBlock(block) => {
                    for inner in [&block.template, &block.inverse].into_iter().flatten() {
                        self.walk(name, inner, depth + 1)?;
                    }
                }
                TemplateElement::DecoratorBlock(block) if is_inline(&block.name) => {
                    let inline = partial_name(block.params.first())?;
                    self.home.insert(inline.clone(), name.into());
                    if let Some(body) = &block.template {
                        self.walk(&inline, body, 0)?;
                    }
                }
                TemplateElement::PartialExpression(call) | TemplateElement::PartialBlock(call) => {
                    let calls = self.calls.entry(name.into()).or_default();
                    match partial_name(Some(&call.name)) {
                        Ok(callee) if callee.starts_with('@') => {}
                        Ok(callee) => calls.push((callee, depth)),
                        // `{{> (lookup this "kind")}}`: any paragraph of the set.
                        Err(_) => calls.extend(self.any.iter().map(|p| (p.to_string(), depth))),
                    }
                    if let Some(body) = &call.template {
                        self.walk(name, body, depth + 1)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// What `name` includes, directly (its inline partials included).
    pub fn callees(&self, name: &str) -> Vec<String> {
        let inline = self.home.iter().filter(|(_, home)| *home == name);
        let mut names: Vec<&str> = inline.map(|(inline, _)| inline.as_str()).collect();
        names.push(name);
        let calls = names
            .iter()
            .flat_map(|n| self.calls.get(*n).into_iter().flatten());
        calls.map(|(callee, _)| callee.clone()).collect()
    }

    /// How deep rendering `name` nests, through the partials it includes; an error (the
    /// template at fault, and why) for a cycle or a depth past [`MAX_DEPTH`].
    pub fn check(&self, name: &str) -> Result<usize, (String, String)> {
        self.deepest(name, &mut Vec::new())
    }

    fn deepest(&self, name: &str, path: &mut Vec<String>) -> Result<usize, (String, String)> {
        if path.iter().any(|seen| seen == name) {
            let includer = path.last().cloned().unwrap_or_default();
            let includer = self.home.get(&includer).cloned().unwrap_or(includer);
            path.push(name.into());
            let message = format!("partials include each other: {}", path.join(" -> "));
            return Err((includer, message));
        }
        path.push(name.into());
        let mut most = self.depth.get(name).copied().unwrap_or(0);
        for (callee, at) in self.calls.get(name).into_iter().flatten() {
            most = most.max(at + 1 + self.deepest(callee, path)?);
        }
        path.pop();
        match most > MAX_DEPTH {
            true => Err((
                name.into(),
                format!("blocks and partials nest more than {MAX_DEPTH} deep"),
            )),
            false => Ok(most),
        }
    }
}

fn is_inline(name: &Parameter) -> bool {
    matches!(name, Parameter::Name(name) if name == "inline")
}

/// A partial's name as written (`{{> languages}}`, `{{> "languages"}}`); an error for a
/// computed one (or an inline partial without a name).
fn partial_name(name: Option<&Parameter>) -> Result<String, String> {
    match name {
        Some(Parameter::Name(name)) => Ok(name.clone()),
        Some(Parameter::Path(handlebars::Path::Relative((_, name)))) => Ok(name.clone()),
        Some(Parameter::Literal(handlebars::JsonValue::String(name))) => Ok(name.clone()),
        _ => Err("an inline partial's name must be written out, not computed".into()),
    }
}
