//! The crate's files import each other one way: no cycle between files (a module and its
//! children included: a child never reaches back to its parent), and nothing below the
//! commands imports a command or the command-line definitions.
//!
//! Read from the source: every `crate::a::b` path, `super::` path and child-module path in a
//! file (tests at the end of a file and `*_tests.rs` files left out) is an edge to the file
//! that defines the module named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path ("letter::parts") -> the file's code, tests cut off.
fn modules() -> BTreeMap<String, String> {
    let mut modules = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if path.extension().is_none_or(|ext| ext != "rs") || name.ends_with("_tests") {
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap().with_extension("");
            let mut parts: Vec<String> = relative
                .iter()
                .map(|part| part.to_str().unwrap().to_string())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            if name == "main" {
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            let code = code
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap()
                .to_string();
            modules.insert(parts.join("::"), code);
        }
    }
    modules
}

/// The paths a file names: `crate::x::y`, `super::x`, `self::x`, and `x::` for a child `x`,
/// with `use a::{b, c::d}` groups expanded.
fn paths(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if starts_word && (chars[i].is_ascii_lowercase() || chars[i] == '_') {
            let (path, end) = path_at(&chars, i);
            if path.contains("::") {
                found.extend(expand(&path));
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// The path starting at `i` (identifiers, `::`, and brace groups), and where it ends.
fn path_at(chars: &[char], mut i: usize) -> (String, usize) {
    let mut path = String::new();
    let mut depth = 0;
    while i < chars.len() {
        let c = chars[i];
        let word = c.is_alphanumeric() || c == '_' || c == ':' || c == '*';
        match c {
            '{' if path.ends_with("::") => depth += 1,
            '}' if depth > 0 => depth -= 1,
            ',' | ' ' | '\n' if depth > 0 => {}
            _ if word => {}
            _ => break,
        }
        if !(c.is_whitespace()) {
            path.push(c);
        }
        i += 1;
        if depth == 0 && c == '}' {
            break;
        }
    }
    (path, i)
}

/// `a::{b, c::{d, e}}` -> `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else {
        return vec![path.trim_end_matches(':').to_string()];
    };
    let (head, rest) = (&path[..open], &path[open + 1..path.len().saturating_sub(1)]);
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&rest[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&rest[start..]);
    let items = items.into_iter().filter(|item| !item.is_empty());
    items
        .flat_map(|item| expand(&format!("{head}{item}")))
        .collect()
}

/// The module a path names, from the file `from`: the longest prefix that is a module.
fn target(path: &str, from: &str, modules: &BTreeMap<String, String>) -> Option<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let base: Vec<&str> = match parts[0] {
        "crate" => {
            parts.remove(0);
            Vec::new()
        }
        "super" => {
            parts.remove(0);
            let mut base: Vec<&str> = from.split("::").collect();
            base.pop();
            base
        }
        "self" => {
            parts.remove(0);
            from.split("::").filter(|p| !p.is_empty()).collect()
        }
        // `child::x` for a module declared in `from`.
        first => {
            let child = if from.is_empty() {
                first.to_string()
            } else {
                format!("{from}::{first}")
            };
            if !modules.contains_key(&child) {
                return None;
            }
            from.split("::").filter(|p| !p.is_empty()).collect()
        }
    };
    let mut full: Vec<&str> = base.into_iter().chain(parts).collect();
    while !full.is_empty() {
        let name = full.join("::");
        if modules.contains_key(&name) {
            return Some(name);
        }
        full.pop();
    }
    None
}

fn edges() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let mut edges = BTreeMap::new();
    for (name, code) in &modules {
        let targets: BTreeSet<String> = paths(code)
            .iter()
            .filter_map(|path| target(path, name, &modules))
            .filter(|target| target != name && !target.is_empty())
            .collect();
        edges.insert(name.clone(), targets);
    }
    edges
}

/// A cycle through `from`, if there is one: the modules in order.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in edges.get(&at).into_iter().flatten() {
            if next == from {
                return Some(path.clone());
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn the_files_of_the_crate_import_each_other_without_a_cycle() {
    let edges = edges();
    assert!(edges.len() > 40, "the source was read: {edges:?}");
    let cycles: Vec<String> = edges
        .keys()
        .filter_map(|module| cycle(&edges, module))
        .map(|cycle| cycle.join(" -> "))
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn nothing_below_the_commands_imports_a_command_or_the_command_line() {
    let edges = edges();
    let above =
        |module: &str| module == "cli" || module.starts_with("commands") || module.is_empty();
    let wrong: Vec<String> = edges
        .iter()
        .filter(|(module, _)| !above(module))
        .flat_map(|(module, targets)| {
            let bad = targets.iter().filter(|target| above(target));
            bad.map(move |target| format!("{module} -> {target}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
}

#[test]
fn the_reader_finds_the_imports_of_a_file() {
    let code = "use super::page::{LEFT, Page};\nuse crate::{layout, pdf::{PdfError, x}};\nfn f() { crate::zone::parse(); }\n";
    let found = paths(code);
    for path in [
        "super::page::LEFT",
        "crate::layout",
        "crate::pdf::PdfError",
        "crate::zone::parse",
    ] {
        assert!(found.contains(&path.to_string()), "{path}: {found:?}");
    }
}
