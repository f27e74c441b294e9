//! Slims the fonts the binary embeds, at build time: drops TrueType hinting.
//!
//! Hinting (the `fpgm`, `prep` and `cvt ` tables and each glyph's instructions) is about a third
//! of a subset, and PDF viewers do not need it: they scale outlines themselves. krilla subsets
//! fonts as they are, so the faces are slimmed before anything sees them: every PDF is smaller,
//! and a process no longer spends 13 million instructions (2 ms) slimming them at start. The
//! outlines, metrics and glyph ids are untouched; the `name` table stays (the PDF font's name
//! comes from it). `fonts/` keeps the files as their authors publish them.

use std::path::Path;

/// The faces, in `fonts/`; each is written slimmed to `OUT_DIR` under the same name.
const FACES: [&str; 3] = [
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf",
];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed=build.rs");
    for face in FACES {
        let source = Path::new("fonts").join(face);
        println!("cargo::rerun-if-changed={}", source.display());
        let font = std::fs::read(&source).expect("the fonts/ folder holds the faces");
        let slimmed = slim(&font).unwrap_or(font);
        std::fs::write(Path::new(&out).join(face), slimmed).expect("OUT_DIR is writable");
    }
}

/// Tables that PDF viewers do not need.
const DROPPED: [&[u8; 4]; 3] = [b"fpgm", b"prep", b"cvt "];

/// The font without hinting, or `None` if it is not a TrueType font this understands.
pub fn slim(font: &[u8]) -> Option<Vec<u8>> {
    let tables = tables(font)?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let head = table(b"head")?;
    let offsets = loca(table(b"loca")?, be16(head, 50)? != 0)?;
    let glyf = table(b"glyf")?;
    let (glyf, loca) = glyphs(glyf, &offsets)?;
    let mut head = head.to_vec();
    head[50..52].copy_from_slice(&1u16.to_be_bytes());
    head[8..12].copy_from_slice(&[0; 4]);
    let mut kept: Vec<([u8; 4], Vec<u8>)> = tables
        .iter()
        .filter(|(tag, _)| !DROPPED.contains(&tag))
        .map(|(tag, data)| (*tag, data.to_vec()))
        .collect();
    for (tag, data) in &mut kept {
        *data = match &*tag {
            b"head" => head.clone(),
            b"glyf" => glyf.clone(),
            b"loca" => loca.clone(),
            _ => continue,
        };
    }
    Some(write(&kept))
}

fn be16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The table directory: tag and data of each table.
fn tables(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    (be32(font, 0)? == 0x0001_0000).then_some(())?;
    (0..usize::from(be16(font, 4)?))
        .map(|index| {
            let entry = 12 + 16 * index;
            let tag = font.get(entry..entry + 4)?.try_into().ok()?;
            let start = be32(font, entry + 8)? as usize;
            let length = be32(font, entry + 12)? as usize;
            Some((tag, font.get(start..start + length)?))
        })
        .collect()
}

/// Glyph offsets into `glyf`, one more than there are glyphs.
fn loca(loca: &[u8], long: bool) -> Option<Vec<usize>> {
    match long {
        true => (0..loca.len() / 4)
            .map(|i| be32(loca, 4 * i).map(|o| o as usize))
            .collect(),
        false => (0..loca.len() / 2)
            .map(|i| be16(loca, 2 * i).map(|o| 2 * o as usize))
            .collect(),
    }
}

/// The glyphs without instructions, and their new (long) `loca`.
fn glyphs(glyf: &[u8], offsets: &[usize]) -> Option<(Vec<u8>, Vec<u8>)> {
    let (mut out, mut loca) = (Vec::new(), Vec::new());
    for pair in offsets.windows(2) {
        loca.extend_from_slice(&(out.len() as u32).to_be_bytes());
        let glyph = glyf.get(pair[0]..pair[1])?;
        if !glyph.is_empty() {
            out.extend(without_instructions(glyph)?);
            out.resize(out.len().next_multiple_of(4), 0);
        }
    }
    loca.extend_from_slice(&(out.len() as u32).to_be_bytes());
    Some((out, loca))
}

/// A glyph without its hinting instructions.
fn without_instructions(glyph: &[u8]) -> Option<Vec<u8>> {
    let contours = be16(glyph, 0)? as i16;
    if contours >= 0 {
        let at = 10 + 2 * contours as usize;
        let length = usize::from(be16(glyph, at)?);
        let rest = glyph.get(at + 2 + length..)?;
        return Some([&glyph[..at], &[0, 0], rest].concat());
    }
    let mut at = 10;
    loop {
        let flags = be16(glyph, at)?;
        let arguments = if flags & 0x1 != 0 { 4 } else { 2 };
        let scale = match flags {
            f if f & 0x8 != 0 => 2,
            f if f & 0x40 != 0 => 4,
            f if f & 0x80 != 0 => 8,
            _ => 0,
        };
        if flags & 0x20 == 0 {
            let mut glyph = glyph.get(..at + 4 + arguments + scale)?.to_vec();
            glyph[at..at + 2].copy_from_slice(&(flags & !0x100).to_be_bytes());
            return Some(glyph);
        }
        at += 4 + arguments + scale;
    }
}

/// Writes an sfnt file: directory, then each table padded to four bytes, with checksums.
fn write(tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let count = tables.len() as u16;
    let power = 1u16 << (15 - count.leading_zeros());
    let mut font = Vec::new();
    for value in [
        count,
        power * 16,
        power.trailing_zeros() as u16,
        count * 16 - power * 16,
    ] {
        font.extend_from_slice(&value.to_be_bytes());
    }
    font.splice(0..0, 0x0001_0000u32.to_be_bytes());
    let mut offset = 12 + 16 * tables.len();
    let mut data = Vec::new();
    for (tag, table) in tables {
        font.extend_from_slice(tag);
        for value in [checksum(table), offset as u32, table.len() as u32] {
            font.extend_from_slice(&value.to_be_bytes());
        }
        data.extend_from_slice(table);
        data.resize(data.len().next_multiple_of(4), 0);
        offset = 12 + 16 * tables.len() + data.len();
    }
    font.extend(data);
    let head = tables.iter().position(|(tag, _)| tag == b"head");
    if let Some(index) = head {
        let at = be32(&font, 12 + 16 * index + 8).unwrap_or(0) as usize + 8;
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&font));
        font[at..at + 4].copy_from_slice(&adjustment.to_be_bytes());
    }
    font
}

fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}
