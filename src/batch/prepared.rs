//! A batch renders each language-and-zone view once, not once per recipient: when the templates
//! use the recipient only in the header, every letter is that document with the recipient's
//! lines put in, parsed by the same markup parser, so the bytes are those of a full render.
//!
//! Whether that holds is tried, not assumed: the view is rendered with a probe recipient, and
//! the shortcut is taken only if the probe appears once, as the header's recipient line.

use crate::document::{Block, Document, Text};
use crate::error::Error;
use crate::letter::Letter;
use crate::markup;
use crate::pipeline;
use crate::render::{Templates, escape_markup};

const PROBE: &str = "\u{e000}recipient\u{e000}";

/// A view's letter and its documents: without a recipient, and with a slot for one when the
/// shortcut holds.
pub struct Prepared {
    pub letter: Letter,
    blank: Document,
    named: Option<Document>,
}

impl Prepared {
    /// Renders the view (a broken description or template fails here, before any letter).
    pub fn new(letter: Letter, templates: &Templates) -> Result<Prepared, Error> {
        let blank = pipeline::document(&letter, templates)?;
        let mut probe = letter.clone();
        probe.recipient = vec![PROBE.into()];
        let named = pipeline::document(&probe, templates)?;
        let json = serde_json::to_string(&named).expect("a document serializes");
        let only_in_header = json.matches(PROBE).count() == 1 && names_probe(&named);
        Ok(Prepared {
            letter,
            blank,
            named: only_in_header.then_some(named),
        })
    }

    /// The document naming `lines`: the prepared one with them put in, else a full render.
    pub fn document(&self, lines: Vec<String>, templates: &Templates) -> Result<Document, Error> {
        if let Some(document) = self.shortcut(&lines) {
            return Ok(document);
        }
        let mut letter = self.letter.clone();
        letter.recipient = lines;
        pipeline::document(&letter, templates)
    }

    /// The prepared document naming `lines`, or None when the templates need a full render.
    fn shortcut(&self, lines: &[String]) -> Option<Document> {
        if lines.is_empty() {
            return Some(self.blank.clone());
        }
        let mut document = self.named.clone()?;
        let markup: String = lines
            .iter()
            .map(|line| escape_markup(line) + "\n")
            .collect();
        let parsed = markup::parse(&format!("::to\n{markup}")).ok()?;
        let header = parsed.into_iter().find_map(|block| match block {
            Block::Header(header) if header.to.is_empty() => Some(header.recipient),
            _ => None,
        })?;
        *header_recipient(&mut document)? = header;
        Some(document)
    }
}

/// Whether the header names exactly the probe.
fn names_probe(document: &Document) -> bool {
    document.blocks.iter().any(|block| {
        matches!(block, Block::Header(header) if header.recipient.len() == 1 && header.recipient[0].plain() == PROBE)
    })
}

fn header_recipient(document: &mut Document) -> Option<&mut Vec<Text>> {
    document.blocks.iter_mut().find_map(|block| match block {
        Block::Header(header) => Some(&mut header.recipient),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;
    use crate::pipeline::Input;

    fn full(letter: &Letter, templates: &Templates, lines: &[&str]) -> Document {
        let mut letter = letter.clone();
        letter.recipient = lines.iter().map(|line| line.to_string()).collect();
        pipeline::document(&letter, templates).unwrap()
    }

    #[test]
    fn the_shortcut_gives_the_document_of_a_full_render() {
        let input = Input::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/u4ssc-7.yaml"
        ))
        .unwrap();
        for lang in Lang::ALL {
            let letter = input.letter(lang, &Default::default()).unwrap();
            let templates = Templates::new(lang, None).unwrap();
            let prepared = Prepared::new(letter.clone(), &templates).unwrap();
            for lines in [
                &[][..],
                &["Administration de l'Afghanistan"][..],
                &[
                    "**bold** *it* \\ ::para 9",
                    "  ",
                    "x@example.org http://a.b/c.",
                ][..],
                &["- Aux pirates;", "Org"][..],
            ] {
                let owned: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                let document = prepared.shortcut(&owned).expect("the shortcut holds");
                let full = full(&letter, &templates, lines);
                assert_eq!(document, full, "{lines:?}");
                let header = full.blocks.iter().find_map(|block| match block {
                    Block::Header(header) => Some(header),
                    _ => None,
                });
                let named: Vec<String> =
                    header.unwrap().recipient.iter().map(Text::plain).collect();
                let written: Vec<&str> = lines
                    .iter()
                    .copied()
                    .filter(|l| !l.trim().is_empty())
                    .collect();
                assert_eq!(named, written, "the recipient is named as written");
            }
        }
    }

    #[test]
    fn templates_that_use_the_recipient_elsewhere_get_full_renders() {
        let input = Input::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/u4ssc-7.yaml"
        ))
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en")).unwrap();
        let salutation = "::para\nDear {{#each @root.recipient}}{{this}}{{/each}},\n";
        std::fs::write(dir.path().join("en/languages.hbs"), salutation).unwrap();
        let letter = input.letter(Lang::En, &Default::default()).unwrap();
        let templates = Templates::new(Lang::En, Some(dir.path())).unwrap();
        let prepared = Prepared::new(letter.clone(), &templates).unwrap();
        assert!(prepared.shortcut(&["Ms X".into()]).is_none());
    }
}
