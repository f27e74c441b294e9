//! The document tree: what a letter says, block by block, in reading order, without any layout.
//!
//! Templates produce markup (see `markup.rs`), which is parsed once into this tree. The text
//! backend prints it; the PDF backend lays it out. Neither backend knows about meetings.

use serde::Serialize;

/// A whole letter in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// BCP 47 code of the letter's language (`fr`, `en`), for PDF metadata.
    pub lang: String,
    /// The reference shown on every page after the first ("TSB Circular 92").
    pub reference: String,
    /// The subject, as plain text (for the PDF title).
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One block of the letter. Blocks come in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Block {
    /// Organisation and bureau names at the top of page 1, one line each.
    Letterhead(Vec<Text>),
    /// The organisation's address line at the foot of page 1 (PDF only).
    Footer(Vec<Text>),
    /// "Genève, le 2 mai 2023", right-aligned.
    PlaceDate(Text),
    /// The two-column header: labelled fields on the left, addressees on the right.
    Header(Header),
    /// A labelled row over the full width ("Copie:" with its list, "Objet:" in bold).
    Field(Field),
    /// "Madame, Monsieur," / "Dear Sir/Madam,".
    Salutation(Text),
    /// A paragraph, numbered ("1") or continuing without a number; justified unless the
    /// template said `::align ragged`.
    Paragraph {
        number: Option<String>,
        text: Text,
        justified: bool,
    },
    /// A bullet list inside the preceding paragraph.
    Bullets(Vec<Text>),
    /// A two-column table (deadlines: date, then the actions due that day).
    Table(Vec<Row>),
    /// A centred bold heading (annex titles).
    Heading(Vec<Text>),
    /// The closing formula.
    Closing(Text),
    /// Signature block lines (name, title).
    Signature(Vec<Text>),
    /// "Annexes: 2", left-aligned under the signature.
    AnnexCount(Text),
    /// Starts an annex on a new page; the lines are its heading ("ANNEX 1", "(to TSB Circular 92)").
    Annex(Vec<Text>),
}

/// The header table of page 1.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Header {
    /// Ref, Tel, Fax, E-mail, Contact... In the source order the first field (Ref) comes before
    /// the addressees, the others after them.
    pub fields: Vec<Field>,
    /// The recipient's own name when the letter is addressed to one (bold), then the "To" list.
    pub recipient: Vec<Text>,
    pub to: Vec<Text>,
}

/// A label and its value lines, or list items when `list` is set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub label: String,
    pub lines: Vec<Text>,
    /// Lines are list items ("- Aux ...;").
    pub list: bool,
    /// Value set in bold (the subject).
    pub bold: bool,
}

/// One table row: the first cell, then the second cell's lines (list items).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub key: Text,
    pub items: Vec<Text>,
}

/// A run of inline content.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Text(pub Vec<Span>);

/// Text in one style, possibly a link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    pub text: String,
    pub style: Style,
    /// Target of a link (`https://...`, `mailto:...`): the span's text is what is shown.
    pub link: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    Regular,
    Bold,
    Italic,
}

impl Text {
    /// The text without styles or links.
    pub fn plain(&self) -> String {
        self.0.iter().map(|span| span.text.as_str()).collect()
    }

    /// The same text, every span in bold.
    pub fn bold(mut self) -> Text {
        for span in &mut self.0 {
            span.style = Style::Bold;
        }
        self
    }
}

impl Document {
    /// Whether the letter has numbered paragraphs: then paragraph text hangs after the numbers
    /// (the PDF and Word alike), else it starts at the margin.
    pub fn numbered(&self) -> bool {
        self.blocks.iter().any(|block| {
            matches!(
                block,
                Block::Paragraph {
                    number: Some(_),
                    ..
                }
            )
        })
    }

    /// Every text the letter shows, labels and numbers included, one after the other: what
    /// the fonts must be able to draw.
    pub fn strings(&self) -> String {
        let mut all = String::new();
        for block in &self.blocks {
            for text in block.texts() {
                all.push_str(&text);
            }
        }
        all
    }
}

impl Block {
    /// The plain text of each line of the block, as a reader sees it (numbers and labels
    /// included).
    pub fn texts(&self) -> Vec<String> {
        let plain = |lines: &[Text]| lines.iter().map(Text::plain).collect::<Vec<_>>();
        match self {
            Block::Letterhead(lines)
            | Block::Footer(lines)
            | Block::Bullets(lines)
            | Block::Heading(lines)
            | Block::Signature(lines)
            | Block::Annex(lines) => plain(lines),
            Block::PlaceDate(text)
            | Block::Salutation(text)
            | Block::Closing(text)
            | Block::AnnexCount(text) => vec![text.plain()],
            Block::Paragraph { number, text, .. } => {
                number.iter().cloned().chain([text.plain()]).collect()
            }
            Block::Header(header) => {
                let fields = header.fields.iter().flat_map(Field::texts);
                let names = plain(&header.recipient)
                    .into_iter()
                    .chain(plain(&header.to));
                fields.chain(names).collect()
            }
            Block::Field(field) => field.texts(),
            Block::Table(rows) => rows
                .iter()
                .flat_map(|row| [row.key.plain()].into_iter().chain(plain(&row.items)))
                .collect(),
        }
    }
}

impl Field {
    fn texts(&self) -> Vec<String> {
        let lines = self.lines.iter().map(Text::plain);
        [self.label.clone()].into_iter().chain(lines).collect()
    }
}
