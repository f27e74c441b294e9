//! Handlebars: the default templates embedded in the binary, overridable file by file from a
//! folder, strict, with markup escaping instead of HTML escaping, and house-style helpers.
//!
//! A template set is one file per part and language: `fr/letter.hbs`, `en/announcement.hbs`...
//! A folder given with `--templates DIR` may hold any of them (`DIR/fr/letter.hbs`); the others
//! stay the defaults. Only these names can be used as partials, so a template cannot reach a
//! file outside the folder.

use std::path::Path;

use handlebars::Handlebars;

use crate::error::Error;
use crate::letter::Letter;
use crate::locale::Lang;
use crate::template_limits as limits;

/// Every template of a set; `letter` is the entry point, the others are partials.
pub const NAMES: [&str; 18] = [
    "letter",
    "announcement",
    "languages",
    "objectives",
    "participation",
    "information",
    "deadlines",
    "paragraph",
    "when",
    "addendum",
    "invitation",
    "opening",
    "contributions",
    "subject",
    "events",
    "venue",
    "recommendations",
    "agenda",
];

macro_rules! embedded {
    ($lang:literal) => {
        [
            include_str!(concat!("../templates/", $lang, "/letter.hbs")),
            include_str!(concat!("../templates/", $lang, "/announcement.hbs")),
            include_str!(concat!("../templates/", $lang, "/languages.hbs")),
            include_str!(concat!("../templates/", $lang, "/objectives.hbs")),
            include_str!(concat!("../templates/", $lang, "/participation.hbs")),
            include_str!(concat!("../templates/", $lang, "/information.hbs")),
            include_str!(concat!("../templates/", $lang, "/deadlines.hbs")),
            include_str!(concat!("../templates/", $lang, "/paragraph.hbs")),
            include_str!(concat!("../templates/", $lang, "/when.hbs")),
            include_str!(concat!("../templates/", $lang, "/addendum.hbs")),
            include_str!(concat!("../templates/", $lang, "/invitation.hbs")),
            include_str!(concat!("../templates/", $lang, "/opening.hbs")),
            include_str!(concat!("../templates/", $lang, "/contributions.hbs")),
            include_str!(concat!("../templates/", $lang, "/subject.hbs")),
            include_str!(concat!("../templates/", $lang, "/events.hbs")),
            include_str!(concat!("../templates/", $lang, "/venue.hbs")),
            include_str!(concat!("../templates/", $lang, "/recommendations.hbs")),
            include_str!(concat!("../templates/", $lang, "/agenda.hbs")),
        ]
    };
}

const FR: [&str; 18] = embedded!("fr");
const EN: [&str; 18] = embedded!("en");

/// The built-in text of a template.
fn default_template(lang: Lang, name: &str) -> Option<&'static str> {
    let index = NAMES.iter().position(|known| *known == name)?;
    Some(match lang {
        Lang::Fr => FR[index],
        Lang::En => EN[index],
    })
}

/// The compiled templates of one language.
pub struct Templates {
    registry: Handlebars<'static>,
    /// Where each template came from, by name, for error messages.
    files: Vec<(&'static str, String)>,
}

impl Templates {
    /// Compiles the whole set for `lang`, taking each file from `dir` when it is there.
    pub fn new(lang: Lang, dir: Option<&Path>) -> Result<Templates, Error> {
        Templates::compile(lang, dir, &NAMES[1..])
    }

    /// Compiles what `letter` needs: the entry point, the parts of its body and annexes, and
    /// the partials they include. Compiling is most of the time of a one-letter render, and a
    /// letter uses about half of the set.
    pub fn for_letter(letter: &Letter, dir: Option<&Path>) -> Result<Templates, Error> {
        let items = letter
            .body
            .iter()
            .chain(letter.annexes.iter().flat_map(|a| &a.body));
        let mut parts: Vec<&'static str> = items.map(|item| item.kind).collect();
        parts.sort_unstable();
        parts.dedup();
        Templates::compile(letter.lang, dir, &parts)
    }

    /// Compiles `letter` and every template it reaches, where a computed partial name
    /// (`{{> (lookup this "kind")}}`) may be any of `parts`.
    fn compile(lang: Lang, dir: Option<&Path>, parts: &[&'static str]) -> Result<Templates, Error> {
        if let Some(dir) = dir {
            check_folder(dir, lang)?;
        }
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(escape_markup);
        crate::helpers::register(&mut registry, lang);
        let mut files = Vec::new();
        let mut calls = limits::Calls::new(parts);
        let mut wanted = vec!["letter".to_string()];
        while let Some(name) = wanted.pop() {
            let Some(name) = NAMES.into_iter().find(|known| *known == name) else {
                continue;
            };
            if files.iter().any(|(done, _)| *done == name) {
                continue;
            }
            let (file, text) = load(lang, name, dir)?;
            let refused = |(position, message)| Error::Template {
                file: file.clone(),
                position,
                message,
            };
            limits::text(&text).map_err(refused)?;
            registry
                .register_template_string(name, &text)
                .map_err(|error| template_error(&file, &error))?;
            let compiled = registry.get_template(name).expect("just registered");
            calls.add(name, compiled).map_err(|m| refused((None, m)))?;
            wanted.extend(calls.callees(name));
            crate::note!("{} template `{name}`: {file}", lang.code());
            files.push((name, file));
        }
        let templates = Templates { registry, files };
        calls
            .check("letter")
            .map_err(|(name, message)| Error::Template {
                file: templates.file(&name).into(),
                position: None,
                message,
            })?;
        Ok(templates)
    }

    /// Renders a letter to markup.
    pub fn render(&self, letter: &Letter) -> Result<String, Error> {
        self.registry
            .render("letter", letter)
            .map_err(|error| Error::Template {
                file: self
                    .file(error.template_name.as_deref().unwrap_or("letter"))
                    .into(),
                position: error.line_no.zip(error.column_no),
                message: render_message(&error),
            })
    }

    /// The file a template came from.
    pub fn file<'a>(&'a self, name: &'a str) -> &'a str {
        let found = self.files.iter().find(|(known, _)| *known == name);
        found.map_or(name, |(_, file)| file)
    }
}

/// A templates folder must exist, and every `.hbs` file in its language folders must be one of
/// the set: a misspelt override would otherwise be ignored without a word.
fn check_folder(dir: &Path, lang: Lang) -> Result<(), Error> {
    let unreadable = |source| Error::Read {
        path: dir.display().to_string(),
        source,
    };
    std::fs::read_dir(dir).map_err(unreadable)?;
    let Ok(entries) = std::fs::read_dir(dir.join(lang.code())) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        let is_template = path.extension().is_some_and(|ext| ext == "hbs");
        if is_template && !NAMES.contains(&stem) {
            let message = format!(
                "`{stem}.hbs` is not a template of the set: expected one of {}",
                NAMES.join(", ")
            );
            return Err(Error::Template {
                file: path.display().to_string(),
                position: None,
                message,
            });
        }
    }
    Ok(())
}

fn load(lang: Lang, name: &str, dir: Option<&Path>) -> Result<(String, String), Error> {
    if let Some(dir) = dir {
        let path = dir.join(lang.code()).join(format!("{name}.hbs"));
        if path.symlink_metadata().is_ok() {
            let text = read_inside(dir, &path)?;
            return Ok((path.display().to_string(), text));
        }
    }
    let text = default_template(lang, name).unwrap_or_default();
    Ok((
        format!("templates/{}/{name}.hbs (built in)", lang.code()),
        text.into(),
    ))
}

/// Reads a template that must be a regular file inside `dir` (a link may not lead out of it: a
/// templates folder cannot be used to read other files) and of at most `limits::MAX_BYTES`.
fn read_inside(dir: &Path, path: &Path) -> Result<String, Error> {
    use std::io::Read;
    let read_error = |source| Error::Read {
        path: path.display().to_string(),
        source,
    };
    let refuse = |why: &str| read_error(std::io::Error::other(why.to_string()));
    let inside = |p: &Path| p.canonicalize().map_err(read_error);
    if !inside(path)?.starts_with(inside(dir)?) {
        return Err(refuse(
            "it is a link to a file outside the templates folder",
        ));
    }
    if !path.metadata().map_err(read_error)?.is_file() {
        return Err(refuse("it is not a regular file"));
    }
    let mut text = String::new();
    let file = std::fs::File::open(path).map_err(read_error)?;
    file.take(limits::MAX_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(read_error)?;
    match text.len() as u64 > limits::MAX_BYTES {
        true => Err(refuse("it is larger than 256 KiB")),
        false => Ok(text),
    }
}

fn template_error(file: &str, error: &handlebars::TemplateError) -> Error {
    let message = error.reason().to_string();
    Error::Template {
        file: file.into(),
        position: error.pos(),
        message,
    }
}

fn render_message(error: &handlebars::RenderError) -> String {
    let text = error.to_string();
    let text = text.lines().next().unwrap_or_default();
    match text.split_once(": ") {
        Some((_, reason)) if text.starts_with("Error rendering") => reason.into(),
        _ => text.into(),
    }
}

/// Values are text, never markup: a `*` or a line break in the YAML stays what it is.
pub(crate) fn escape_markup(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    // A value at the start of a line must not start a list item ("- ").
    if value.starts_with('-') {
        escaped.push('\\');
    }
    for c in value.chars() {
        match c {
            '\\' | '*' | ':' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' | '\r' | '\t' => escaped.push(' '),
            _ => escaped.push(c),
        }
    }
    escaped
}
