//! Reads the text of a WordprocessingML part back, as a reader of the document gets it; shared
//! by the Word tests of the binary and of the writer.

use quick_xml::Reader;
use quick_xml::events::Event;

/// The text of a part: `w:t`, tabs, non-breaking hyphens, a line break after each paragraph.
pub fn text(xml: &str) -> String {
    let mut reader = Reader::from_str(xml);
    let (mut out, mut inside) = (String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == "w:t" => inside = true,
            Event::End(e) if e.name().as_ref() == "w:t" => inside = false,
            Event::End(e) if e.name().as_ref() == "w:p" => out.push('\n'),
            Event::Empty(e) if e.name().as_ref() == "w:tab" => out.push('\t'),
            Event::Empty(e) if e.name().as_ref() == "w:noBreakHyphen" => out.push('\u{2011}'),
            Event::Text(t) if inside => out.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if inside => {
                let entity = format!("&{};", r.into_inner());
                out.push_str(&quick_xml::escape::unescape(&entity).unwrap());
            }
            Event::Eof => return out,
            _ => {}
        }
    }
}
