//! What the file says about itself: metadata (XMP and the document information), the outline
//! (bookmarks to the subject and the annexes, which PDF/UA asks for), and the invitation carried
//! as an associated file, so a delegate who has only the PDF can add the meeting to a calendar.

use super::options::{Attachment, PdfOptions};
use crate::document::Document;
use crate::layout::page::{Mark, Page};
use crate::layout::structure::{Node, Role};
use chrono::{Datelike, Timelike};
use krilla::destination::XyzDestination;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};

/// Title (the subject, else the reference), language, author, subject (the reference), creator
/// and date.
pub fn metadata(doc: &Document, options: &PdfOptions) -> Metadata {
    let title = match doc.title.trim().is_empty() {
        true => &doc.reference,
        false => &doc.title,
    };
    Metadata::new()
        .title(title.clone())
        .language(doc.lang.clone())
        .authors(vec![options.author.clone()])
        .description(doc.reference.clone())
        .creator(concat!("tsb-circular ", env!("CARGO_PKG_VERSION")).into())
        .creation_date(date(options.created))
}

/// A bookmark to each heading of level 1 or 2, where its first line is.
pub fn outline(pages: &[Page], nodes: &[Node]) -> Outline {
    let mut outline = Outline::new();
    for (node, title) in nodes
        .iter()
        .enumerate()
        .filter_map(|(index, node)| match &node.role {
            Role::Heading { level, title } if *level <= 2 => Some((index, title)),
            _ => None,
        })
    {
        let first = pages.iter().enumerate().find_map(|(number, page)| {
            let run = page.runs.iter().find(|run| run.mark == Mark::Node(node))?;
            Some((number, Point::from_xy(run.x, run.baseline - run.size)))
        });
        if let Some((page, at)) = first {
            outline.push_child(OutlineNode::new(
                title.clone(),
                XyzDestination::new(page, at),
            ));
        }
    }
    outline
}

/// The invitation as an iCalendar file that supplements the letter.
pub fn attachment(invitation: &Attachment, created: i64) -> EmbeddedFile {
    EmbeddedFile {
        path: invitation.name.clone(),
        mime_type: MimeType::new("text/calendar"),
        description: Some(invitation.description.clone()),
        association_kind: AssociationKind::Supplement,
        data: invitation.text.clone().into_bytes().into(),
        modification_date: Some(date(created)),
        compress: Some(true),
        location: None,
    }
}

/// A Unix time as a PDF date in UTC.
fn date(seconds: i64) -> DateTime {
    let at = chrono::DateTime::from_timestamp(seconds, 0).unwrap_or_default();
    let year = u16::try_from(at.year()).unwrap_or(1970);
    DateTime::new(year)
        .month(at.month() as u8)
        .day(at.day() as u8)
        .hour(at.hour() as u8)
        .minute(at.minute() as u8)
        .second(at.second() as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// krilla keeps font subsets from letter to letter (comemo): a batch makes the same few over and
/// over. Called after each chunk of a batch (and each render of `watch`): those not used since
/// the call before go, so memory does not grow. The bytes never depend on it.
pub fn forget_old_subsets() {
    comemo::evict(2);
}
