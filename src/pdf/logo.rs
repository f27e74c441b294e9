//! Embeds the letterhead logo (PNG or JPEG) without decoding its pixels.
//!
//! A JPEG goes in as it is (`DCTDecode`). A PNG's compressed data goes in as it is too, with its
//! row predictors declared (`FlateDecode`, `Predictor 15`), which every PDF reader undoes. So no
//! image library is needed. PNGs with an alpha channel or interlacing are refused by name.

use super::error::PdfError;
use super::png::{self, name};
use printpdf::{
    CurTransMat, DictItem, ExternalStream, ExternalXObject, Op, PdfDocument, XObject, XObjectId,
    XObjectTransform,
};
use std::collections::BTreeMap;

/// A logo ready to embed: its image dictionary and encoded data.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    width: u32,
    height: u32,
    dict: BTreeMap<String, DictItem>,
    data: Vec<u8>,
}

impl Logo {
    /// Width over height.
    pub fn ratio(&self) -> f32 {
        self.width as f32 / self.height.max(1) as f32
    }
}

/// Reads a PNG or JPEG file.
pub fn read(bytes: &[u8]) -> Result<Logo, PdfError> {
    let (width, height, mut dict) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png::header(bytes)?
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)?
    } else {
        return Err(PdfError::logo("it is neither a PNG nor a JPEG image"));
    };
    let data = match dict.contains_key("DecodeParms") {
        true => png::data(bytes),
        false => bytes.to_vec(),
    };
    dict.insert("Type".into(), name("XObject"));
    dict.insert("Subtype".into(), name("Image"));
    dict.insert("Width".into(), DictItem::Int(width.into()));
    dict.insert("Height".into(), DictItem::Int(height.into()));
    Ok(Logo {
        width,
        height,
        dict,
        data,
    })
}

/// Adds the logo to the document's resources.
pub fn register(pdf: &mut PdfDocument, logo: &Logo) {
    let stream = ExternalStream {
        dict: logo.dict.clone(),
        content: logo.data.clone(),
        compress: false,
    };
    let object = ExternalXObject {
        stream,
        width: None,
        height: None,
        dpi: None,
    };
    let objects = &mut pdf.resources.xobjects.map;
    objects.insert(id(), XObject::External(object));
}

/// Draws the logo into `rect`.
pub fn draw(rect: printpdf::Rect) -> [Op; 4] {
    let (width, height) = (rect.width.0, rect.height.0);
    let matrix = CurTransMat::Raw([width, 0.0, 0.0, height, rect.x.0, rect.y.0]);
    let transform = XObjectTransform {
        no_auto_scale: true,
        ..XObjectTransform::default()
    };
    [
        Op::SaveGraphicsState,
        Op::SetTransformationMatrix { matrix },
        Op::UseXobject {
            id: id(),
            transform,
        },
        Op::RestoreGraphicsState,
    ]
}

fn id() -> XObjectId {
    XObjectId("Logo".into())
}

/// Size and colour space from the JPEG frame header.
fn jpeg(bytes: &[u8]) -> Result<(u32, u32, BTreeMap<String, DictItem>), PdfError> {
    let mut at = 2;
    while at + 9 < bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let height = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let width = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            let space = match bytes[at + 9] {
                1 => "DeviceGray",
                3 => "DeviceRGB",
                4 => "DeviceCMYK",
                _ => {
                    return Err(PdfError::logo(
                        "the JPEG has an unusual number of colour components",
                    ));
                }
            };
            let dict = BTreeMap::from([
                ("ColorSpace".into(), name(space)),
                ("BitsPerComponent".into(), DictItem::Int(8)),
                ("Filter".into(), name("DCTDecode")),
            ]);
            return Ok((width.into(), height.into(), dict));
        }
        at += 2 + length;
    }
    Err(PdfError::logo("the JPEG has no frame header"))
}
