//! Parses the markup that templates produce into a [`Document`].
//!
//! The markup is line based so that templates stay readable. A line starting with `::` opens a
//! block; the lines after it, up to the next `::` line, are its content. Blank lines are ignored.
//!
//! ```text
//! ::para 1                  numbered paragraph; lines are joined with a space
//! ::align ragged            paragraphs after it are ragged-right (`::align justified`: default)
//! ::bullets                 `- ` starts an item; other lines continue the item
//! ::field Réf.:             header field (label after the directive), one value per line
//! ::to                      addressees: plain lines name the recipient, `- ` lines the To list
//! ::copy Copie:             labelled list over the full width
//! ::subject Objet:          labelled bold lines
//! ::row 26 janvier 2018     deadline table row; `- ` items are the actions
//! ::letterhead ::date ::salutation ::heading ::closing ::signature ::annexes ::annex
//! ```
//!
//! Inline: `**bold**`, `*italic*`, `\` escapes the next character. Web addresses and e-mail
//! addresses become links by themselves.

use crate::document::{Block, Document, Field, Header, Row, Span, Style, Text};

/// A markup line that makes no sense, with its 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub line: usize,
    pub message: String,
}

/// Parses markup into the blocks of a document.
pub fn parse(markup: &str) -> Result<Vec<Block>, MarkupError> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, &str, &str, Vec<&str>)> = None;
    let mut justified = true;
    for (index, line) in markup.lines().enumerate() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("::") {
            if let Some((at, name, arg, lines)) = open.take() {
                close(&mut blocks, at, name, arg, &lines, justified)?;
            }
            let (name, arg) = rest.split_once(' ').unwrap_or((rest, ""));
            if name == "align" {
                justified = alignment(arg.trim()).ok_or_else(|| {
                    error(
                        index + 1,
                        "expected `::align justified` or `::align ragged`",
                    )
                })?;
                continue;
            }
            open = Some((index + 1, name, arg.trim(), Vec::new()));
        } else if !line.is_empty() {
            match &mut open {
                Some((.., lines)) => lines.push(line),
                None => return Err(error(index + 1, "text before the first `::` block")),
            }
        }
    }
    if let Some((at, name, arg, lines)) = open {
        close(&mut blocks, at, name, arg, &lines, justified)?;
    }
    Ok(blocks)
}

/// `::align justified` (the default) or `::align ragged`: how the paragraphs after it are set.
fn alignment(arg: &str) -> Option<bool> {
    match arg {
        "justified" => Some(true),
        "ragged" => Some(false),
        _ => None,
    }
}

/// Parses markup and wraps it in a document.
pub fn document(markup: &str, lang: &str, reference: &str) -> Result<Document, MarkupError> {
    let blocks = parse(markup)?;
    let title = blocks
        .iter()
        .find_map(|block| match block {
            Block::Field(field) if field.bold => Some(plain_lines(&field.lines)),
            _ => None,
        })
        .unwrap_or_default();
    Ok(Document {
        lang: lang.into(),
        reference: reference.into(),
        title,
        blocks,
    })
}

fn plain_lines(lines: &[Text]) -> String {
    lines.iter().map(Text::plain).collect::<Vec<_>>().join(" ")
}

fn error(line: usize, message: &str) -> MarkupError {
    MarkupError {
        line,
        message: message.into(),
    }
}

fn close(
    blocks: &mut Vec<Block>,
    at: usize,
    name: &str,
    arg: &str,
    lines: &[&str],
    justified: bool,
) -> Result<(), MarkupError> {
    let each = || lines.iter().map(|line| inline(line)).collect::<Vec<_>>();
    let joined = || inline(&lines.join(" "));
    let field = |list, bold, lines| Field {
        label: unescape(arg),
        lines,
        list,
        bold,
    };
    let block = match name {
        "letterhead" => Block::Letterhead(each()),
        "footer" => Block::Footer(each()),
        "date" => Block::PlaceDate(joined()),
        "field" => return push_header(blocks, Some(field(false, false, each())), None),
        "to" => return push_header(blocks, None, Some(lines)),
        "copy" => Block::Field(field(true, false, items(lines))),
        "subject" => Block::Field(field(false, true, each())),
        "salutation" => Block::Salutation(joined()),
        "para" => Block::Paragraph {
            number: (!arg.is_empty()).then(|| arg.into()),
            text: joined(),
            justified,
        },
        "bullets" => Block::Bullets(items(lines)),
        "row" => {
            return push_row(
                blocks,
                Row {
                    key: inline(arg),
                    items: items(lines),
                },
            );
        }
        "heading" => Block::Heading(each()),
        "closing" => Block::Closing(joined()),
        "signature" => Block::Signature(each()),
        "annexes" => Block::AnnexCount(joined()),
        "annex" => Block::Annex(each()),
        _ => return Err(error(at, &format!("unknown block `::{name}`"))),
    };
    blocks.push(block);
    Ok(())
}

/// Adds a field or the addressees to the header being built, opening one if needed.
fn push_header(
    blocks: &mut Vec<Block>,
    field: Option<Field>,
    to: Option<&[&str]>,
) -> Result<(), MarkupError> {
    if !matches!(blocks.last(), Some(Block::Header(_))) {
        blocks.push(Block::Header(Header {
            fields: vec![],
            recipient: vec![],
            to: vec![],
        }));
    }
    let Some(Block::Header(header)) = blocks.last_mut() else {
        unreachable!()
    };
    header.fields.extend(field);
    if let Some(lines) = to {
        let split = lines
            .iter()
            .position(|line| line.starts_with("- "))
            .unwrap_or(lines.len());
        header.recipient = lines[..split]
            .iter()
            .map(|line| inline(line).bold())
            .collect();
        header.to = items(&lines[split..]);
    }
    Ok(())
}

fn push_row(blocks: &mut Vec<Block>, row: Row) -> Result<(), MarkupError> {
    match blocks.last_mut() {
        Some(Block::Table(rows)) => rows.push(row),
        _ => blocks.push(Block::Table(vec![row])),
    }
    Ok(())
}

/// List items: `- ` starts one, any other line continues the current one.
fn items(lines: &[&str]) -> Vec<Text> {
    let mut items: Vec<String> = Vec::new();
    for line in lines {
        match (line.strip_prefix("- "), items.last_mut()) {
            (None, Some(last)) => {
                last.push(' ');
                last.push_str(line);
            }
            (item, _) => items.push(item.unwrap_or(line).trim().to_string()),
        }
    }
    items.iter().map(|item| inline(item)).collect()
}

fn unescape(text: &str) -> String {
    inline(text).plain()
}

/// Parses inline styles, then finds links in the regular and italic runs.
pub fn inline(source: &str) -> Text {
    let mut spans = Vec::new();
    let mut current = String::new();
    let mut style = Style::Regular;
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        let next = match c {
            '\\' => {
                current.extend(chars.next());
                continue;
            }
            '*' if chars.peek() == Some(&'*') => {
                chars.next();
                toggle(style, Style::Bold)
            }
            '*' => toggle(style, Style::Italic),
            _ => {
                current.push(c);
                continue;
            }
        };
        flush(&mut spans, &mut current, style);
        style = next;
    }
    flush(&mut spans, &mut current, style);
    Text(spans)
}

fn toggle(current: Style, marker: Style) -> Style {
    if current == marker {
        Style::Regular
    } else {
        marker
    }
}

fn flush(spans: &mut Vec<Span>, current: &mut String, style: Style) {
    if current.is_empty() {
        return;
    }
    let text = std::mem::take(current);
    let mut rest = text.as_str();
    while let Some((start, end, target)) = find_link(rest) {
        push_span(spans, &rest[..start], style, None);
        push_span(spans, &rest[start..end], style, Some(target));
        rest = &rest[end..];
    }
    push_span(spans, rest, style, None);
}

fn push_span(spans: &mut Vec<Span>, text: &str, style: Style, link: Option<String>) {
    if !text.is_empty() {
        spans.push(Span {
            text: text.into(),
            style,
            link,
        });
    }
}

/// The first web or e-mail address in `text`: its byte range and link target.
fn find_link(text: &str) -> Option<(usize, usize, String)> {
    let mut offset = 0;
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>')) {
        let start = offset + word.len() - word.trim_start_matches('(').len();
        offset += word.len() + 1;
        let candidate = trim_trailing_punctuation(word.trim_start_matches('('));
        if let Some(target) = link_target(candidate) {
            return Some((start, start + candidate.len(), target));
        }
    }
    None
}

fn link_target(word: &str) -> Option<String> {
    let lower = word.to_ascii_lowercase();
    let web = ["https://", "http://"]
        .iter()
        .any(|scheme| lower.starts_with(scheme));
    if web && !word.ends_with("//") {
        return Some(word.to_string());
    }
    if lower.starts_with("www.") && word.len() > 4 {
        return Some(format!("http://{word}"));
    }
    let (user, domain) = word.split_once('@')?;
    let valid = !user.is_empty() && domain.contains('.') && !domain.ends_with('.');
    valid.then(|| format!("mailto:{word}"))
}

/// Trailing sentence punctuation is not part of an address; a closing parenthesis is only
/// when the address opened one.
fn trim_trailing_punctuation(mut word: &str) -> &str {
    loop {
        let before = word.len();
        word = word.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
        if word.ends_with(')') && word.matches(')').count() > word.matches('(').count() {
            word = &word[..word.len() - 1];
        }
        if word.len() == before {
            return word;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(text: &Text) -> Vec<(String, Option<String>)> {
        text.0
            .iter()
            .map(|span| (span.text.clone(), span.link.clone()))
            .collect()
    }

    #[test]
    fn a_url_at_the_end_of_a_sentence_leaves_the_full_stop_out() {
        let text = inline("see http://www.itu.int/en/ITU-T/ssc/Pages/default.aspx. Then");
        assert_eq!(
            links(&text)[1],
            (
                "http://www.itu.int/en/ITU-T/ssc/Pages/default.aspx".into(),
                Some("http://www.itu.int/en/ITU-T/ssc/Pages/default.aspx".into())
            )
        );
        assert_eq!(
            text.plain(),
            "see http://www.itu.int/en/ITU-T/ssc/Pages/default.aspx. Then"
        );
    }

    #[test]
    fn e_mail_addresses_become_mailto_links_and_parentheses_stay_outside() {
        let text = inline("write (u4ssc@itu.int) now");
        assert_eq!(
            links(&text)[1],
            ("u4ssc@itu.int".into(), Some("mailto:u4ssc@itu.int".into()))
        );
        assert_eq!(text.plain(), "write (u4ssc@itu.int) now");
    }

    #[test]
    fn bold_italic_and_escapes() {
        let text = inline(r"**Objet** *note* 2 \* 3");
        let styles: Vec<_> = text.0.iter().map(|s| (s.text.as_str(), s.style)).collect();
        assert_eq!(
            styles,
            [
                ("Objet", Style::Bold),
                (" ", Style::Regular),
                ("note", Style::Italic),
                (" 2 * 3", Style::Regular)
            ]
        );
    }

    #[test]
    fn blocks_in_order_with_header_lists_and_tables() {
        let markup = "::field Réf.:\nCirculaire TSB 92\n::to\nAdministration de la France\n- Aux A;\n- Aux B\n::field Tél.:\n+41\n::para 1\nUn\ndeux\n::bullets\n- a\nsuite\n- b\n::row 1 juin\n- x\n::row 2 juin\n- y\n";
        let blocks = parse(markup).unwrap();
        let Block::Header(header) = &blocks[0] else {
            panic!("{blocks:?}")
        };
        assert_eq!(header.fields.len(), 2);
        assert_eq!(header.recipient[0].0[0].style, Style::Bold);
        assert_eq!(
            header.to.iter().map(Text::plain).collect::<Vec<_>>(),
            ["Aux A;", "Aux B"]
        );
        assert_eq!(
            blocks[1],
            Block::Paragraph {
                number: Some("1".into()),
                text: inline("Un deux"),
                justified: true
            }
        );
        assert_eq!(
            blocks[2],
            Block::Bullets(vec![inline("a suite"), inline("b")])
        );
        assert!(matches!(&blocks[3], Block::Table(rows) if rows.len() == 2));
    }

    #[test]
    fn alignment_applies_to_the_paragraphs_after_it() {
        let blocks =
            parse("::para 1\na\n::align ragged\n::para 2\nb\n::align justified\n::para 3\nc\n")
                .unwrap();
        let justified: Vec<bool> = blocks
            .iter()
            .filter_map(|block| match block {
                Block::Paragraph { justified, .. } => Some(*justified),
                _ => None,
            })
            .collect();
        assert_eq!(justified, [true, false, true]);
        assert_eq!(parse("::align left\n").unwrap_err().line, 1);
    }

    #[test]
    fn unknown_blocks_and_stray_text_are_errors_with_their_line() {
        assert_eq!(parse("::para\nx\n::nope\n").unwrap_err().line, 3);
        assert_eq!(parse("\nstray\n").unwrap_err().line, 2);
    }
}
