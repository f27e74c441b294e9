//! Draws one laid-out page: the logo, the rules, every run of text, the link rectangles.
//!
//! Every run is in a marked-content sequence (one for consecutive runs with the same mark), so
//! that each can be placed in the structure tree where layout marked it; the running head and the footer are artifacts (page furniture a
//! screen reader skips), and so are the rules. Returns what was drawn, in drawing order, with the
//! mark layout gave it, and the link annotations likewise.

use super::fonts::{font, glyphs};
use super::logo::Logo;
use crate::layout::page::{Mark, PAGE_HEIGHT, PAGE_WIDTH, Page, Rect, Rule};
use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::geom::{PathBuilder, Point, Size, Transform};
use krilla::page::PageSettings;
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};

/// Content (or annotations) and where it belongs.
pub type Drawn = Vec<(Mark, Identifier)>;

/// Draws `page` as a new page of `pdf`; returns its content and its link annotations.
pub fn page(pdf: &mut krilla::Document, page: &Page, logo: Option<&Logo>) -> (Drawn, Drawn) {
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a size");
    let mut target = pdf.start_page_with(settings);
    let mut surface = target.surface();
    let mut drawn = Vec::new();
    if let (Some(rect), Some(logo)) = (page.logo, logo)
        && let Some(size) = Size::from_wh(rect.width, rect.height)
    {
        drawn.push((page.logo_mark, image(&mut surface, logo, rect, size)));
    }
    for rule in &page.rules {
        self::rule(&mut surface, rule);
    }
    let mut open: Option<Mark> = None;
    for run in &page.runs {
        if open != Some(run.mark) {
            if open.take().is_some() {
                surface.end_tagged();
            }
            let id = surface.start_tagged(tag(run.mark));
            if !matches!(run.mark, Mark::Header | Mark::Footer) {
                drawn.push((run.mark, id));
            }
            open = Some(run.mark);
        }
        let at = Point::from_xy(run.x, run.baseline);
        let glyphs = glyphs(run);
        surface.draw_glyphs(at, &glyphs, font(run.face), &run.text, run.size, false);
    }
    if open.is_some() {
        surface.end_tagged();
    }
    surface.finish();
    let links = page.links.iter().filter_map(|link| {
        let action = LinkAction::new(uri(&link.target));
        let annotation = LinkAnnotation::new(rect(link.rect)?, Target::Action(action.into()));
        let alt = link.target.trim_start_matches("mailto:").to_string();
        let id = target.add_tagged_annotation(Annotation::new_link(annotation, Some(alt)));
        Some((link.mark, id))
    });
    let links = links.collect();
    target.finish();
    (drawn, links)
}

/// Runs one after the other with the same mark share one marked-content sequence.
fn tag(mark: Mark) -> ContentTag<'static> {
    match mark {
        Mark::Header => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Header)),
        Mark::Footer => ContentTag::Artifact(Artifact::with_kind(ArtifactType::Footer)),
        _ => ContentTag::Span(SpanTag::empty()),
    }
}

fn image(surface: &mut Surface, logo: &Logo, at: Rect, size: Size) -> Identifier {
    let id = surface.start_tagged(ContentTag::Other);
    surface.push_transform(&Transform::from_translate(at.x, at.top));
    surface.draw_image(logo.image.clone(), size);
    surface.pop();
    surface.end_tagged();
    id
}

fn rule(surface: &mut Surface, rule: &Rule) {
    let top = rule.y - rule.thickness / 2.0;
    let area = krilla::geom::Rect::from_xywh(rule.x1, top, rule.x2 - rule.x1, rule.thickness);
    let mut path = PathBuilder::new();
    path.push_rect(area.expect("a rule has a size"));
    let Some(path) = path.finish() else { return };
    surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
        ArtifactType::Layout,
    )));
    surface.draw_path(&path);
    surface.end_tagged();
}

/// A link's area, unless it has none (a link of zero-width characters).
fn rect(rect: Rect) -> Option<krilla::geom::Rect> {
    krilla::geom::Rect::from_xywh(rect.x, rect.top, rect.width, rect.height)
}

/// A link target as the ASCII URI PDF wants: a non-breaking hyphen (a word-processor artefact)
/// is a hyphen, other non-ASCII characters are percent-encoded.
fn uri(target: &str) -> String {
    let mut uri = String::new();
    for c in target.chars().map(crate::layout::fonts::shown) {
        match c.is_ascii() {
            true => uri.push(c),
            false => uri.extend(c.to_string().bytes().map(|byte| format!("%{byte:02X}"))),
        }
    }
    uri
}
