//! The letterhead logo: an image part and the inline DrawingML picture that shows it, at the
//! size the PDF's letterhead gives it.

use super::xml::{Result, Xml};

const DRAWING: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PICTURE: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";
/// English Metric Units in a point.
const EMU: f32 = 12_700.0;

/// A PNG or JPEG image (already checked to be one) and its width over its height.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Shared by every letter of a batch: the image is read once.
    pub bytes: std::sync::Arc<[u8]>,
    pub ratio: f32,
}

impl Picture {
    /// The image's part in the package.
    pub fn part(&self) -> &'static str {
        match self.bytes.starts_with(b"\x89PNG") {
            true => "word/media/logo.png",
            false => "word/media/logo.jpeg",
        }
    }

    /// Width and height in points: `LOGO_HEIGHT` high unless that is wider than `LOGO_WIDTH`.
    pub fn size(&self) -> (f32, f32) {
        crate::layout::page::logo_size(self.ratio.max(0.01))
    }
}

/// The picture inline in a run, its image the part `rIdLogo` names.
pub fn inline(x: &mut Xml, picture: &Picture) -> Result {
    let (width, height) = picture.size();
    let (cx, cy) = (emu(width), emu(height));
    let extent = [("cx", cx.as_str()), ("cy", cy.as_str())];
    let zero = [
        ("distT", "0"),
        ("distB", "0"),
        ("distL", "0"),
        ("distR", "0"),
    ];
    x.el("w:r", &[], |x| {
        x.el("w:drawing", &[], |x| {
            x.el("wp:inline", &zero, |x| {
                x.empty("wp:extent", &extent)?;
                x.empty("wp:docPr", &[("id", "1"), ("name", "Logo")])?;
                x.el("a:graphic", &[("xmlns:a", DRAWING)], |x| {
                    x.el("a:graphicData", &[("uri", PICTURE)], |x| pic(x, &extent))
                })
            })
        })
    })
}

fn pic(x: &mut Xml, extent: &[(&str, &str)]) -> Result {
    x.el("pic:pic", &[("xmlns:pic", PICTURE)], |x| {
        x.el("pic:nvPicPr", &[], |x| {
            x.empty("pic:cNvPr", &[("id", "1"), ("name", "Logo")])?;
            x.empty("pic:cNvPicPr", &[])
        })?;
        x.el("pic:blipFill", &[], |x| {
            x.empty("a:blip", &[("r:embed", "rIdLogo")])?;
            x.el("a:stretch", &[], |x| x.empty("a:fillRect", &[]))
        })?;
        x.el("pic:spPr", &[], |x| {
            x.el("a:xfrm", &[], |x| {
                x.empty("a:off", &[("x", "0"), ("y", "0")])?;
                x.empty("a:ext", extent)
            })?;
            x.el("a:prstGeom", &[("prst", "rect")], |x| {
                x.empty("a:avLst", &[])
            })
        })
    })
}

fn emu(points: f32) -> String {
    ((points * EMU).round() as i64).to_string()
}
