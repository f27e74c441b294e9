//! One recipient's letter: its files, rendered in any thread, written by the writer thread.

use super::context::Context;
use crate::document::Document;
use crate::error::Error;
use crate::manifest::{self, Entry};
use crate::names::{self, SafeIds};
use crate::pipeline::Format;
use crate::recipients::Recipient;
use crate::write;

/// One recipient's letter and the files it goes to (one per format).
pub(super) struct Job {
    pub(super) recipient: Recipient,
    pub(super) files: Vec<(Format, String)>,
}

/// A job's files, made but not yet written: the letter can fail, or one of its formats.
pub(super) type Rendered = Result<Vec<Result<Vec<u8>, Error>>, Error>;

/// What writing a job did: the files written, and why it stopped if it did.
pub(super) struct Outcome {
    pub(super) files: usize,
    pub(super) failure: Option<Error>,
}

impl Job {
    /// The recipient's files, one per format, under names no other recipient of the batch has.
    pub(super) fn new(
        recipient: Recipient,
        safe: &mut SafeIds,
        prefix: &str,
        formats: &[Format],
    ) -> Job {
        let safe = safe.next(&recipient.id);
        let name =
            |format: Format| names::file_name(prefix, recipient.lang, &safe, format.extension());
        let files = formats
            .iter()
            .map(|&format| (format, name(format)))
            .collect();
        Job { recipient, files }
    }

    /// Makes every file of the job; nothing is written yet.
    pub(super) fn render(&self, context: &Context) -> Rendered {
        let document = self.document(context)?;
        Ok(self
            .files
            .iter()
            .map(|(format, _)| context.bytes(&document, *format))
            .collect())
    }

    /// Writes what `render` made and enters it in the manifest; a failure stops this job only,
    /// but one to write the manifest stops the batch.
    pub(super) fn write_all(
        &self,
        context: &Context,
        rendered: Rendered,
        manifest: &mut manifest::Writer,
    ) -> Result<Outcome, Error> {
        let mut outcome = Outcome {
            files: 0,
            failure: None,
        };
        let files = match rendered {
            Ok(files) => files,
            Err(error) => {
                outcome.failure = Some(error);
                return Ok(outcome);
            }
        };
        for ((_, name), bytes) in self.files.iter().zip(files) {
            match bytes.and_then(|bytes| self.write(context, name, &bytes)) {
                Ok(entry) => {
                    manifest.push(&entry)?;
                    outcome.files += 1;
                }
                Err(error) => outcome.failure = Some(error),
            }
        }
        Ok(outcome)
    }

    fn document(&self, context: &Context) -> Result<Document, Error> {
        let r = &self.recipient;
        let Some(prepared) = context.views.get(&context.view_of(r)) else {
            // Only if the file changed between the two passes.
            let changed = std::io::Error::other("the file changed while the batch was running");
            return Err(Error::Read {
                path: context.recipients.display().to_string(),
                source: changed,
            });
        };
        let lines = [&r.name, &r.organisation].into_iter();
        let lines = lines.filter(|line| !line.is_empty()).cloned().collect();
        prepared.document(lines, &context.templates[&r.lang])
    }

    fn write<'s>(
        &'s self,
        context: &Context,
        file: &'s str,
        bytes: &[u8],
    ) -> Result<Entry<'s>, Error> {
        let path = context.dir.join(file);
        // Without `--force`, never replace a file, even one that appeared after the first pass.
        match context.replace {
            true => write::atomic(&path, bytes)?,
            false => write::atomic_new(&path, bytes)?,
        }
        Ok(Entry {
            id: &self.recipient.id,
            language: self.recipient.lang.code(),
            zone: self.recipient.zone.0.name(),
            file,
            bytes: bytes.len() as u64,
            sha256: write::sha256(bytes),
        })
    }
}
