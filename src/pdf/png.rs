//! Reads just enough of a PNG file to embed it in a PDF as it is: the header and the compressed
//! image data (see `logo.rs`).

use super::error::PdfError;
use printpdf::DictItem;
use std::collections::BTreeMap;

/// The chunks of a PNG file: type and data.
fn chunks(bytes: &[u8]) -> impl Iterator<Item = (&[u8], &[u8])> {
    let mut at = 8;
    std::iter::from_fn(move || {
        let length = u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = bytes.get(at + 4..at + 8)?;
        let data = bytes.get(at + 8..at + 8 + length)?;
        at += 12 + length;
        Some((kind, data))
    })
}

/// Size and image dictionary of a PNG that PDF can show without decoding.
pub fn header(bytes: &[u8]) -> Result<(u32, u32, BTreeMap<String, DictItem>), PdfError> {
    let (_, ihdr) = chunks(bytes)
        .find(|(kind, data)| *kind == b"IHDR" && data.len() == 13)
        .ok_or_else(|| PdfError::logo("the PNG has no header"))?;
    let width = u32::from_be_bytes(ihdr[0..4].try_into().expect("13 bytes"));
    let height = u32::from_be_bytes(ihdr[4..8].try_into().expect("13 bytes"));
    let (depth, colour, interlace) = (ihdr[8], ihdr[9], ihdr[12]);
    if interlace != 0 {
        return Err(PdfError::logo(
            "interlaced PNGs are not supported; save it without interlacing",
        ));
    }
    let (space, colours) = match colour {
        0 => (name("DeviceGray"), 1),
        2 => (name("DeviceRGB"), 3),
        3 => (palette(bytes)?, 1),
        _ => {
            return Err(PdfError::logo(
                "PNGs with transparency are not supported; save it without alpha",
            ));
        }
    };
    let parameters = BTreeMap::from([
        ("Predictor".into(), DictItem::Int(15)),
        ("Colors".into(), DictItem::Int(colours)),
        ("BitsPerComponent".into(), DictItem::Int(depth.into())),
        ("Columns".into(), DictItem::Int(width.into())),
    ]);
    let dict = BTreeMap::from([
        ("ColorSpace".into(), space),
        ("BitsPerComponent".into(), DictItem::Int(depth.into())),
        ("Filter".into(), name("FlateDecode")),
        ("DecodeParms".into(), DictItem::Dict { map: parameters }),
    ]);
    Ok((width, height, dict))
}

/// The compressed image data: all IDAT chunks, joined.
pub fn data(bytes: &[u8]) -> Vec<u8> {
    chunks(bytes)
        .filter(|(kind, _)| *kind == b"IDAT")
        .flat_map(|(_, data)| data.iter().copied())
        .collect()
}

/// An indexed colour space from the PLTE chunk.
fn palette(bytes: &[u8]) -> Result<DictItem, PdfError> {
    let (_, colours) = chunks(bytes)
        .find(|(kind, _)| *kind == b"PLTE")
        .ok_or_else(|| PdfError::logo("the PNG has no palette"))?;
    Ok(DictItem::Array(vec![
        name("Indexed"),
        name("DeviceRGB"),
        DictItem::Int((colours.len() / 3) as i64 - 1),
        DictItem::String {
            data: colours.to_vec(),
            literal: false,
        },
    ]))
}

/// A PDF name object.
pub(super) fn name(name: &str) -> DictItem {
    DictItem::Name(name.as_bytes().to_vec())
}
