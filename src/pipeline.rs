//! The stages every letter goes through, in order, each a function with a typed input and
//! output. Every command, the batch, `check`, the tests, the benches and the fuzz targets make
//! letters through this module only, so they cannot disagree about one:
//!
//! ```text
//! read      path            -> Source        source.rs (size limit, UTF-8, places)
//! load      Source          -> Circular      load.rs, meeting.rs (YAML, schema, spans)
//! letter    Circular x View -> Letter        letter/ (language, zone, recipient)
//! markup    Letter          -> String        render.rs (Handlebars templates)
//! document  String          -> Document      markup.rs, document.rs
//! output    Document        -> text | PDF    text.rs; layout/ then pdf/
//!                              | Word          docx/
//! ```
//!
//! Problems found at a stage are located in the YAML here, once: a character the fonts lack,
//! a logo that cannot be read, a missing translation.

use std::path::Path;
use std::sync::Arc;

use crate::document::Document;
use crate::docx::{DocxOptions, Picture};
use crate::error::{Error, Problem, Usage};
use crate::letter::{self, Letter};
use crate::locale::Lang;
use crate::meeting::Circular;
use crate::pdf::{Attachment, Logo, PdfError, PdfOptions};
use crate::render::Templates;
use crate::source::{Source, at};
use crate::{layout, load, markup};

pub use crate::letter::Options as View;

/// An output format of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Format {
    Text,
    Pdf,
    /// A Word document (`.docx`).
    Docx,
}

impl Format {
    /// The format's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// The file extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// Bytes that cannot be shown on a terminal, so several letters cannot share stdout.
    pub fn binary(self) -> bool {
        self != Format::Text
    }
}

/// The logo file's bytes (for Word, shared by every letter) and the image the PDF draws.
pub type LogoFile = (Arc<[u8]>, Logo);

/// What the output stage needs besides the document.
#[derive(Debug, Clone, Default)]
pub struct Finish {
    /// Plain-text wrapping (0: none).
    pub width: usize,
    /// PDF settings, for PDF output.
    pub pdf: Option<PdfOptions>,
    /// Word settings, for Word output.
    pub docx: Option<DocxOptions>,
}

/// "`fr`, `en`": language codes as a message lists them.
fn codes(langs: &[Lang]) -> String {
    let codes: Vec<String> = langs
        .iter()
        .map(|lang| format!("`{}`", lang.code()))
        .collect();
    codes.join(", ")
}

/// A loaded description and where it came from.
pub struct Input {
    pub source: Source,
    pub circular: Circular,
    /// The logo, read and decoded once for every letter made from this input.
    logo: std::sync::OnceLock<Option<LogoFile>>,
}

impl Input {
    /// Stages `read` and `load`: a file (`-`: stdin) to the model.
    pub fn read(path: &str) -> Result<Input, Error> {
        let source = Source::read(path)?;
        crate::note!("read `{}` ({} bytes)", source.path, source.text.len());
        Input::load(source)
    }

    /// Stage `load` alone, for text already in memory.
    pub fn load(source: Source) -> Result<Input, Error> {
        let circular = load::circular(&source)?;
        let logo = std::sync::OnceLock::new();
        Ok(Input {
            source,
            circular,
            logo,
        })
    }

    /// The languages to make: `asked` (none: every language the letter is written in), each of
    /// which the letter must be written in and have a house style for.
    pub fn languages(&self, asked: &[Lang]) -> Result<Vec<Lang>, Error> {
        let declared = self.declared()?;
        let missing = asked.iter().find(|lang| !declared.contains(lang));
        match (asked.is_empty(), missing) {
            (true, _) => Ok(declared),
            (false, None) => Ok(asked.to_vec()),
            (false, Some(lang)) => Err(Error::Usage(Usage::NotWrittenIn {
                path: self.source.path.clone(),
                language: lang.describe(),
                code: lang.code(),
                declared: codes(&declared),
            })),
        }
    }

    /// One language to make: `asked`, else English if the letter is written in it, else the
    /// letter's first language.
    pub fn language(&self, asked: Option<Lang>) -> Result<Lang, Error> {
        if let Some(lang) = asked {
            return Ok(self.languages(&[lang])?[0]);
        }
        let declared = self.declared()?;
        let english = declared.iter().find(|lang| **lang == Lang::En);
        Ok(*english.unwrap_or(&declared[0]))
    }

    /// `letter.languages` as languages with a house style: any other is a problem there.
    fn declared(&self) -> Result<Vec<Lang>, Error> {
        let declared = self.circular.declared();
        let unknown = declared.iter().find(|code| Lang::from_code(code).is_none());
        let at = self.circular.letter.languages.as_ref();
        if let (true, Some(at)) = (declared.is_empty(), at) {
            let hint = "list them, like `languages: [fr, en]`, or leave the field out".into();
            return Err(self.located(
                at,
                "a letter is written in at least one language".into(),
                hint,
            ));
        }
        let (Some(code), Some(at)) = (unknown, at) else {
            return Ok(declared
                .iter()
                .filter_map(|code| Lang::from_code(code))
                .collect());
        };
        let known = codes(&Lang::ALL);
        let message =
            format!("there is no house style for `{code}` yet: letters are written in {known}");
        let hint = format!("write the letter in {known}");
        Err(self.located(at, message, hint))
    }

    fn located<T>(&self, at: &serde_saphyr::Spanned<T>, message: String, hint: String) -> Error {
        let (line, column) = crate::source::at(at);
        let problem = self.source.problem(
            line as usize,
            column as usize,
            "letter.languages",
            message,
            Some(hint),
        );
        self.source.error(vec![problem])
    }

    /// Stage `letter`: the view of one language, for one zone and recipient.
    pub fn letter(&self, lang: Lang, view: &View) -> Result<Letter, Error> {
        letter::build(&self.circular, lang, &self.source, view)
    }

    /// The letter in each language, with the problems of all of them reported at once.
    pub fn letters(&self, langs: &[Lang], view: &View) -> Result<Vec<Letter>, Error> {
        let (letters, problems) = self.drafts(langs, view);
        match problems.is_empty() {
            true => Ok(letters),
            false => Err(self.source.error(problems)),
        }
    }

    /// The letter in each language with the problems of all of them, each said once.
    pub fn drafts(&self, langs: &[Lang], view: &View) -> (Vec<Letter>, Vec<Problem>) {
        let mut letters = Vec::new();
        let mut problems = Vec::new();
        for &lang in langs {
            let (letter, found) = self.draft(lang, view);
            letters.push(letter);
            problems.extend(found);
        }
        dedup(&mut problems);
        (letters, problems)
    }

    /// The view with its problems (missing texts left empty), for `check`.
    pub fn draft(&self, lang: Lang, view: &View) -> (Letter, Vec<Problem>) {
        letter::draft(&self.circular, lang, &self.source, view)
    }

    /// The meeting, for the commands that need one (`times`, `ics`).
    pub fn meeting(&self) -> Result<&crate::meeting::Meeting, Error> {
        self.circular.meeting.as_ref().ok_or_else(|| {
            Error::Usage(Usage::NoMeeting {
                path: self.source.path.clone(),
            })
        })
    }

    /// The meeting's invitation (RFC 5545) in `lang`, stamped `stamp` or else the letter's date.
    pub fn invitation(
        &self,
        lang: Lang,
        stamp: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<String, Error> {
        self.meeting()?;
        self.invitation_for(&self.letter(lang, &View::default())?, stamp)
    }

    /// The invitation of a letter already made: it reads only what every view of the letter
    /// shares (titles, dates, venue), not the recipient or a second zone.
    fn invitation_for(
        &self,
        letter: &Letter,
        stamp: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<String, Error> {
        self.meeting()?;
        let schedules = crate::times::schedules(&self.circular, &self.source)?;
        Ok(crate::ics::invitation(
            &self.circular,
            letter,
            &schedules,
            stamp,
        ))
    }

    /// The bytes of `document` in `format`. A character the fonts lack or a logo that is not
    /// an image is reported where the YAML has it.
    pub fn output(
        &self,
        document: &Document,
        format: Format,
        finish: &Finish,
    ) -> Result<Vec<u8>, Error> {
        match format {
            Format::Text => Ok(text(document, finish.width).into_bytes()),
            Format::Pdf => {
                let options = finish.pdf.as_ref().expect("PDF options for a PDF");
                crate::pdf::pdf(document, options).map_err(|error| self.pdf_error(error, document))
            }
            Format::Docx => {
                let options = finish
                    .docx
                    .as_ref()
                    .expect("Word options for a Word document");
                crate::docx::docx(document, options).map_err(|error| Error::Docx(error.to_string()))
            }
        }
    }

    /// The PDF settings of a letter: dated `stamp`, else the letter's own date; with the logo.
    pub fn pdf_options(
        &self,
        letter: &Letter,
        stamp: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<PdfOptions, Error> {
        let (created, author) = dated_and_signed(letter, stamp);
        let lang = letter.lang;
        let invitation = self
            .invitation_for(letter, stamp)
            .ok()
            .map(|text| Attachment {
                name: format!("{}.ics", crate::names::prefix(&self.circular)),
                description: lang
                    .pick(
                        "Invitation à la réunion (iCalendar)",
                        "Invitation to the meeting (iCalendar)",
                    )
                    .into(),
                text,
            });
        Ok(PdfOptions {
            created,
            author,
            logo: self.logo()?.map(|(_, logo)| logo),
            logo_alt: letter.logo_alt.clone().unwrap_or_else(|| {
                let fr = "Logo de l'Union internationale des télécommunications";
                lang.pick(fr, "Logo of the International Telecommunication Union")
                    .into()
            }),
            invitation,
        })
    }

    /// The Word settings of a letter: as the PDF's, the logo with its proportions.
    /// What the output stage needs to make `letter` in each of `formats`.
    pub fn finish(
        &self,
        letter: &Letter,
        formats: &[Format],
        width: usize,
        stamp: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<Finish, Error> {
        let wanted = |format| formats.contains(&format);
        let pdf = wanted(Format::Pdf).then(|| self.pdf_options(letter, stamp));
        let docx = wanted(Format::Docx).then(|| self.docx_options(letter, stamp));
        Ok(Finish {
            width,
            pdf: pdf.transpose()?,
            docx: docx.transpose()?,
        })
    }

    pub fn docx_options(
        &self,
        letter: &Letter,
        stamp: Option<chrono::DateTime<chrono::Utc>>,
    ) -> Result<DocxOptions, Error> {
        let (created, author) = dated_and_signed(letter, stamp);
        let logo = self.logo()?;
        let logo = logo.map(|(bytes, logo)| Picture {
            bytes,
            ratio: logo.ratio,
        });
        Ok(DocxOptions {
            created,
            author,
            logo,
        })
    }

    /// The letterhead logo named by `letter.logo`, read relative to the YAML file and checked
    /// to be an image the PDF can show: its bytes (for Word) and the image (for the PDF).
    /// Read once: a batch's languages and formats share it.
    pub fn logo(&self) -> Result<Option<LogoFile>, Error> {
        if let Some(read) = self.logo.get() {
            return Ok(read.clone());
        }
        let read = self.read_logo()?;
        Ok(self.logo.get_or_init(|| read).clone())
    }

    fn read_logo(&self) -> Result<Option<LogoFile>, Error> {
        let Some(logo) = &self.circular.letter.logo else {
            return Ok(None);
        };
        let folder = Path::new(&self.source.path).parent();
        let path = folder.unwrap_or(Path::new(".")).join(&logo.value);
        let bytes = read_logo(&path)
            .map_err(|error| format!("cannot read the logo `{}`: {error}", path.display()));
        let checked = bytes.and_then(|bytes| match crate::pdf::logo(&bytes) {
            Ok(logo) => Ok((bytes.into(), logo)),
            Err(error) => Err(format!("`{}`: {error}", path.display())),
        });
        checked.map(Some).map_err(|message| {
            let hint = Some("give a PNG or JPEG file, relative to the YAML file".to_string());
            let (line, column) = at(logo);
            let problem =
                self.source
                    .problem(line as usize, column as usize, "letter.logo", message, hint);
            self.source.error(vec![problem])
        })
    }

    /// Every character of `documents` that the PDF fonts cannot show, at each line of the YAML
    /// that has it (or, when the templates or a recipient brought it, without a place); each
    /// problem once, however many documents have it.
    pub fn glyph_problems<'d>(
        &self,
        documents: impl IntoIterator<Item = &'d Document>,
    ) -> Vec<Problem> {
        let each = documents
            .into_iter()
            .flat_map(|document| self.glyphs_of(document));
        let mut problems: Vec<Problem> = each.collect();
        dedup(&mut problems);
        problems
    }

    fn glyphs_of(&self, document: &Document) -> Vec<Problem> {
        let mut problems = Vec::new();
        for character in layout::fonts::unsupported(&document.strings()) {
            let message = format!(
                "the PDF fonts cannot show U+{:04X} `{character}`",
                character as u32
            );
            let hint = "use text output, or write the character another way";
            let lines = self.source.text.lines().enumerate();
            let mut found = lines
                .filter(|(_, text)| text.contains(character))
                .peekable();
            if found.peek().is_none() {
                problems.push(
                    self.source
                        .problem(0, 0, "", message.clone(), Some(hint.into())),
                );
            }
            for (line, text) in found {
                let column = text.chars().take_while(|&c| c != character).count() + 1;
                let field = load::field_path_at(&self.source.text, line + 1, column);
                let problem = self.source.problem(
                    line + 1,
                    column,
                    &field,
                    message.clone(),
                    Some(hint.into()),
                );
                problems.push(problem);
            }
        }
        problems
    }

    fn pdf_error(&self, error: PdfError, document: &Document) -> Error {
        let problems = match &error {
            PdfError::Layout(layout::page::LayoutError::MissingGlyph { .. }) => {
                self.glyphs_of(document)
            }
            _ => Vec::new(),
        };
        let located = problems.iter().all(|p| p.line > 0);
        match (problems.is_empty(), located) {
            (false, true) => self.source.error(problems),
            _ => Error::Pdf(error.to_string()),
        }
    }
}

/// When a letter's files say they were made (`stamp`, else the letter's own date) and by whom
/// (its signatory).
fn dated_and_signed(
    letter: &Letter,
    stamp: Option<chrono::DateTime<chrono::Utc>>,
) -> (i64, String) {
    let created = stamp.unwrap_or_else(|| letter.issued()).timestamp();
    let author = letter
        .signatory
        .as_ref()
        .map_or_else(|| "ITU TSB".into(), |s| s.name.clone());
    (created, author)
}

/// Stage `markup`: the letter through its language's templates.
pub fn markup(letter: &Letter, templates: &Templates) -> Result<String, Error> {
    templates.render(letter)
}

/// Stages `markup` and `document`: the letter as a document tree.
pub fn document(letter: &Letter, templates: &Templates) -> Result<Document, Error> {
    let text = markup(letter, templates)?;
    parse(&text, letter, templates)
}

/// Stage `document` alone: markup the templates made for `letter`, parsed.
pub fn parse(text: &str, letter: &Letter, templates: &Templates) -> Result<Document, Error> {
    markup::document(text, letter.lang.code(), &letter.reference).map_err(|error| Error::Markup {
        template: templates.file("letter").into(),
        line: error.line,
        message: error.message,
    })
}

/// Stage `output`, as plain text wrapped at `width` columns (0: not wrapped).
pub fn text(document: &Document, width: usize) -> String {
    crate::text::render(document, width)
}

/// The same mistake (a skipped local time) shows in every language: say it once.
fn dedup(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| seen.insert((p.line, p.column, p.message.clone())));
}

/// A logo larger than this is refused: a letterhead image is some kilobytes.
const MAX_LOGO_BYTES: u64 = 4 * 1024 * 1024;

/// Reads a logo that is a regular file (a FIFO would block, a device never end) of at most
/// [`MAX_LOGO_BYTES`].
fn read_logo(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::other("it is not a regular file"));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_LOGO_BYTES + 1)
        .read_to_end(&mut bytes)?;
    match bytes.len() as u64 > MAX_LOGO_BYTES {
        true => Err(std::io::Error::other("it is larger than 4 MiB")),
        false => Ok(bytes),
    }
}
