//! The page: A4 with the PDF's margins, and the page headers (none on page 1; from page 2,
//! the page number and the reference, where the PDF has them).

use super::units::twips;
use super::xml::{R, Result, W, Xml};
use crate::layout::page::{BOTTOM, LEFT, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, TOP};

/// A4, the PDF's margins, the running head from page 2 (page 1 has the empty one). The
/// headers start `HEAD_DROP` above the top margin; Word moves the text down below the head.
/// With `footer`, page 1 has the footer part (the ITU address).
pub fn section(x: &mut Xml, footer: bool) -> Result {
    x.el("w:sectPr", &[], |x| {
        x.empty(
            "w:headerReference",
            &[("w:type", "default"), ("r:id", "rIdHeader")],
        )?;
        x.empty(
            "w:headerReference",
            &[("w:type", "first"), ("r:id", "rIdFirstHeader")],
        )?;
        if footer {
            x.empty(
                "w:footerReference",
                &[("w:type", "first"), ("r:id", "rIdFirstFooter")],
            )?;
        }
        let (width, height) = (twips(PAGE_WIDTH), twips(PAGE_HEIGHT));
        x.empty("w:pgSz", &[("w:w", &width), ("w:h", &height)])?;
        let bottom = twips(PAGE_HEIGHT - BOTTOM);
        let margins = [
            ("w:top", twips(TOP)),
            ("w:right", twips(PAGE_WIDTH - RIGHT)),
            ("w:bottom", bottom.clone()),
            ("w:left", twips(LEFT)),
            ("w:header", twips(TOP - HEAD_DROP)),
            ("w:footer", twips(FOOT_RISE)),
            ("w:gutter", "0".to_string()),
        ];
        let margins: Vec<_> = margins.iter().map(|(k, v)| (*k, v.as_str())).collect();
        x.empty("w:pgMar", &margins)?;
        x.empty("w:titlePg", &[])
    })
}

/// A page header: empty on page 1; "- N -" (a PAGE field) and the reference on the others,
/// at the PDF's place: the first line `HEAD_DROP` below where the header starts, the text
/// `HEAD_GAP` below the reference.
pub fn header(reference: Option<&str>) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    let attrs = [("xmlns:w", W), ("xmlns:r", R)];
    x.el("w:hdr", &attrs, |x| {
        let Some(reference) = reference else {
            return head_line(x, None, |_| Ok(()));
        };
        head_line(x, Some(("w:before", HEAD_DROP)), |x| {
            x.el("w:r", &[], |x| {
                x.text("w:t", &[("xml:space", "preserve")], "- ")
            })?;
            x.el("w:fldSimple", &[("w:instr", " PAGE ")], |x| {
                x.el("w:r", &[], |x| x.text("w:t", &[], "2"))
            })?;
            x.el("w:r", &[], |x| {
                x.text("w:t", &[("xml:space", "preserve")], " -")
            })
        })?;
        head_line(x, Some(("w:after", HEAD_GAP)), |x| {
            x.el("w:r", &[], |x| x.text("w:t", &[], reference))
        })
    })?;
    Ok(x.finish())
}

/// The footer of page 1: the lines of the letter's `::footer` block, centred.
pub fn footer(lines: &[String]) -> Result<Vec<u8>> {
    let mut x = Xml::new();
    let attrs = [("xmlns:w", W), ("xmlns:r", R)];
    x.el("w:ftr", &attrs, |x| {
        for line in lines {
            x.el("w:p", &[], |x| {
                x.el("w:pPr", &[], |x| x.val("w:pStyle", "Footer"))?;
                x.el("w:r", &[], |x| {
                    x.text("w:t", &[("xml:space", "preserve")], line)
                })
            })?;
        }
        Ok(())
    })?;
    Ok(x.finish())
}

/// How far above the page's bottom edge the footer ends: inside the bottom margin, where the
/// PDF has it, so the body keeps its height.
const FOOT_RISE: f32 = 24.0;

/// How far above the top margin the page headers start (the first page's empty one fits there).
const HEAD_DROP: f32 = 12.0;
/// Space between the running head and the text.
const HEAD_GAP: f32 = 10.0;

/// A paragraph of the running head, with space before or after it.
fn head_line(
    x: &mut Xml,
    space: Option<(&str, f32)>,
    inner: impl FnOnce(&mut Xml) -> Result,
) -> Result {
    x.el("w:p", &[], |x| {
        x.el("w:pPr", &[], |x| {
            x.val("w:pStyle", "Header")?;
            match space {
                Some((side, points)) => x.empty("w:spacing", &[(side, &twips(points))]),
                None => Ok(()),
            }
        })?;
        inner(x)
    })
}
