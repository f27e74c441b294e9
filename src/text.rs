//! Plain text: the document tree printed in reading order, wrapped at a width with hanging
//! indents for numbered paragraphs, bullets and header values.

use textwrap::{Options, WordSeparator, WordSplitter};

use crate::document::{Block, Document, Field, Header, Row, Text};

/// Width of the label column of the header ("Courriel:" fits).
const LABEL: usize = 12;
/// Indent of paragraph text after its number.
const NUMBER: usize = 4;

/// Renders a document as plain text, wrapped at `width` columns (0: no wrapping).
pub fn render(document: &Document, width: usize) -> String {
    let mut out = Printer {
        width,
        lines: Vec::new(),
    };
    for block in &document.blocks {
        out.block(block);
    }
    let mut text = out.lines.join("\n");
    text.push('\n');
    text
}

struct Printer {
    width: usize,
    lines: Vec<String>,
}

impl Printer {
    fn block(&mut self, block: &Block) {
        match block {
            Block::Letterhead(lines) => lines
                .iter()
                .for_each(|line| self.wrap(&line.plain(), "", "")),
            // Page furniture of the printed letter.
            Block::Footer(_) => {}
            Block::PlaceDate(text) => self.right(&text.plain()),
            Block::Header(header) => self.header(header),
            Block::Field(field) => self.field(field),
            Block::Salutation(text) | Block::Closing(text) | Block::AnnexCount(text) => {
                self.gap();
                self.wrap(&text.plain(), "", "");
            }
            Block::Paragraph { number, text, .. } => self.paragraph(number.as_deref(), text),
            Block::Bullets(items) => self.list(items, " ".repeat(NUMBER), "•"),
            Block::Table(rows) => self.table(rows),
            Block::Heading(lines) => self.centred(lines),
            Block::Signature(lines) => self.lines_after_gap(lines),
            Block::Annex(lines) => {
                self.lines.push(String::from("\u{c}"));
                self.centred(lines);
            }
        }
    }

    fn gap(&mut self) {
        if self.lines.last().is_some_and(|line| !line.is_empty()) {
            self.lines.push(String::new());
        }
    }

    fn wrap(&mut self, text: &str, first: &str, rest: &str) {
        if self.width == 0 {
            self.lines
                .push(format!("{first}{text}").replace('\u{a0}', " "));
            return;
        }
        let options = Options::new(self.width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation)
            .break_words(false);
        let wrapped = textwrap::wrap(text, options);
        let readable = |line: std::borrow::Cow<str>| line.trim_end().replace('\u{a0}', " ");
        self.lines.extend(wrapped.into_iter().map(readable));
    }

    fn right(&mut self, text: &str) {
        self.gap();
        let pad = self.width.saturating_sub(text.chars().count());
        self.lines.push(format!("{}{text}", " ".repeat(pad)));
    }

    fn centred(&mut self, lines: &[Text]) {
        self.gap();
        for line in lines {
            let text = line.plain();
            let pad = self.width.saturating_sub(text.chars().count()) / 2;
            self.lines.push(format!("{}{text}", " ".repeat(pad)));
        }
    }

    fn lines_after_gap(&mut self, lines: &[Text]) {
        self.gap();
        lines
            .iter()
            .for_each(|line| self.wrap(&line.plain(), "", ""));
    }

    /// The first field (Ref), then the addressees, then the other fields, as the letter reads.
    fn header(&mut self, header: &Header) {
        self.gap();
        let mut fields = header.fields.iter();
        if let Some(first) = fields.next() {
            self.labelled(first);
        }
        let indent = " ".repeat(LABEL);
        self.gap();
        header
            .recipient
            .iter()
            .for_each(|line| self.wrap(&line.plain(), &indent, &indent));
        self.list(&header.to, indent.clone(), "-");
        self.gap();
        fields.for_each(|field| self.labelled(field));
    }

    fn field(&mut self, field: &Field) {
        self.gap();
        self.labelled(field);
    }

    fn labelled(&mut self, field: &Field) {
        let label = format!("{:<LABEL$}", field.label);
        let indent = " ".repeat(LABEL.max(label.chars().count()));
        if field.list {
            return self.labelled_list(&label, &indent, &field.lines);
        }
        for (i, line) in field.lines.iter().enumerate() {
            let first = if i == 0 { &label } else { &indent };
            self.wrap(&line.plain(), first, &indent);
        }
    }

    /// "Copie:      - Aux ...;" with the next items under the first.
    fn labelled_list(&mut self, label: &str, indent: &str, items: &[Text]) {
        let rest = format!("{indent}  ");
        for (i, item) in items.iter().enumerate() {
            let first = format!("{}- ", if i == 0 { label } else { indent });
            self.wrap(&item.plain(), &first, &rest);
        }
    }

    fn paragraph(&mut self, number: Option<&str>, text: &Text) {
        self.gap();
        let indent = " ".repeat(NUMBER);
        let first = match number {
            Some(number) => format!("{number:<NUMBER$}"),
            None => indent.clone(),
        };
        self.wrap(&text.plain(), &first, &indent);
    }

    /// Items with a marker in front and their text aligned after it.
    fn list(&mut self, items: &[Text], indent: String, marker: &str) {
        let rest = format!("{indent}  ");
        let first = format!("{indent}{marker} ");
        items
            .iter()
            .for_each(|item| self.wrap(&item.plain(), &first, &rest));
    }

    /// Deadline rows: the date, then its actions indented under it.
    fn table(&mut self, rows: &[Row]) {
        let indent = " ".repeat(NUMBER);
        for row in rows {
            self.gap();
            self.wrap(&row.key.plain(), &indent, &indent);
            self.list(&row.items, " ".repeat(NUMBER * 2), "-");
        }
    }
}
