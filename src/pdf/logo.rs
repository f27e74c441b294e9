//! The letterhead logo: a PNG (any colour type, transparency included) or a JPEG, decoded by
//! krilla's image support (the `png` and `zune-jpeg` crates) once per run and shared by every
//! letter of a batch.
//!
//! The file is refused before decoding when it is too big to be a logo, by its size on disk or
//! by the pixel size in its header, so a hostile file cannot make a letter take the memory of a
//! poster. krilla only reports a broken image when a PDF is finished, so the logo is drawn once
//! into a scratch document here: a bad logo is found when the YAML is read, and said where
//! `letter.logo` names it.

use super::error::PdfError;
use krilla::Document;
use krilla::error::KrillaError;
use krilla::geom::Size;
use krilla::image::Image;

/// The largest logo file read, in bytes.
const MAX_BYTES: usize = 8 << 20;
/// The largest logo, in pixels per side and in all.
const MAX_SIDE: usize = 6000;
const MAX_PIXELS: usize = 16_000_000;

/// A logo ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub(super) image: Image,
    /// Width over height.
    pub ratio: f32,
}

/// Reads a PNG or JPEG file.
pub fn read(bytes: &[u8]) -> Result<Logo, PdfError> {
    if bytes.len() > MAX_BYTES {
        return Err(PdfError::logo(
            "the file is over 8 MB; a logo needs far less",
        ));
    }
    let size = imagesize::blob_size(bytes).map_err(|_| not_an_image())?;
    if size.width.max(size.height) > MAX_SIDE || size.width * size.height > MAX_PIXELS {
        let (width, height) = (size.width, size.height);
        let cause = format!("it is {width} x {height} pixels; a logo needs at most {MAX_SIDE}");
        return Err(PdfError::Logo(cause));
    }
    let data = bytes.to_vec().into();
    let image = match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Png) => Image::from_png(data, false),
        Ok(imagesize::ImageType::Jpeg) => Image::from_jpeg(data, false),
        _ => return Err(not_an_image()),
    };
    let image = image.map_err(|cause| PdfError::Logo(cause.trim_end_matches('.').into()))?;
    probe(&image)?;
    let (width, height) = image.size();
    let ratio = width as f32 / height.max(1) as f32;
    Ok(Logo { image, ratio })
}

/// Draws `image` into a scratch PDF: krilla decodes it fully only there.
fn probe(image: &Image) -> Result<(), PdfError> {
    let mut document = Document::new();
    let mut page = document.start_page();
    let mut surface = page.surface();
    surface.draw_image(image.clone(), Size::from_wh(1.0, 1.0).expect("positive"));
    surface.finish();
    page.finish();
    match document.finish() {
        Err(KrillaError::Image(_, _, cause)) => {
            Err(PdfError::Logo(format!("the image is broken: {cause}")))
        }
        _ => Ok(()),
    }
}

fn not_an_image() -> PdfError {
    PdfError::logo("it is neither a PNG nor a JPEG image")
}
