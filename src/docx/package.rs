//! The zip around the parts: entries in a fixed order, DEFLATE-compressed (images stored as
//! they are), all dated with the letter's timestamp, so the same letter gives the same bytes.

use flate2::Compression;
use flate2::write::DeflateEncoder;
use rawzip::time::UtcDateTime;
use rawzip::{CompressionMethod, ZipArchiveWriter};
use std::io::{self, Write};

/// zlib level 3, as the PDF's streams: most of the size of level 6 in less time.
const LEVEL: u32 = 3;

/// Zips `parts` (name, bytes) in their order, each dated `created` (seconds since 1970, UTC).
pub fn zip(parts: &[(&str, &[u8])], created: i64) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(parts.iter().map(|(_, bytes)| bytes.len() / 3).sum());
    let mut archive = ZipArchiveWriter::new(&mut out);
    // DOS dates start in 1980.
    let date = UtcDateTime::from_unix(created.max(315_532_800));
    for (name, bytes) in parts {
        // A PNG or JPEG is compressed already: deflating it again costs time for nothing.
        let stored = [".png", ".jpeg", ".jpg"]
            .iter()
            .any(|ext| name.ends_with(ext));
        let method = match stored {
            true => CompressionMethod::STORE,
            false => CompressionMethod::DEFLATE,
        };
        let (mut entry, config) = archive
            .new_file(name)
            .compression_method(method)
            .last_modified(date)
            .start()
            .map_err(io::Error::other)?;
        if stored {
            let mut writer = config.wrap(&mut entry);
            writer.write_all(bytes)?;
            let (_, descriptor) = writer.finish().map_err(io::Error::other)?;
            entry.finish(descriptor).map_err(io::Error::other)?;
            continue;
        }
        let encoder = DeflateEncoder::new(&mut entry, Compression::new(LEVEL));
        let mut writer = config.wrap(encoder);
        writer.write_all(bytes)?;
        let (encoder, descriptor) = writer.finish().map_err(io::Error::other)?;
        encoder.finish()?;
        entry.finish(descriptor).map_err(io::Error::other)?;
    }
    archive.finish().map_err(io::Error::other)?;
    Ok(out)
}
