//! Lays a document out on A4 pages: positioned runs of text, link rectangles and rules.
//!
//! This stage is pure and knows nothing of PDF: it turns the document tree into geometry
//! (`page.rs`), measured with the real glyph advances of the embedded fonts (`fonts.rs`), so it
//! can be unit-tested line by line. A backend then only draws what it is given. The document
//! becomes units (`blocks.rs`, with `cells.rs` and `header.rs`), lines are broken on glyph
//! widths (`breaking.rs`) and placed (`placing.rs`), and units are paginated (`flow.rs`).

mod blocks;
mod breaking;
mod cells;
mod flow;
pub mod fonts;
mod glue;
mod header;
#[cfg(test)]
mod layout_tests;
pub mod page;
mod placing;
pub mod structure;

use crate::document::Document;
use page::{LayoutError, Page};
use structure::Node;

/// Lays out `doc`; `logo` is the width/height ratio of the letterhead logo, if there is one.
pub fn layout(doc: &Document, logo: Option<f32>) -> Result<Vec<Page>, LayoutError> {
    Ok(tagged(doc, logo)?.0)
}

/// The pages and the structure tree their content is marked with (see `structure.rs`).
pub fn tagged(doc: &Document, logo: Option<f32>) -> Result<(Vec<Page>, Vec<Node>), LayoutError> {
    let (units, tree, footer) = blocks::units(doc, logo)?;
    let mut pages = flow::paginate(units, &doc.reference);
    pages[0].append(footer);
    Ok((pages, tree.nodes))
}
