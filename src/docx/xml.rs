//! A thin layer over quick-xml's writer: elements opened and closed by one call, so tags always
//! balance, and every text and attribute value escaped by quick-xml.

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use std::io;

pub type Result<T = ()> = io::Result<T>;

/// The namespaces of WordprocessingML and of relationships.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

/// A part being written.
pub struct Xml(Writer<Vec<u8>>);

impl Xml {
    /// A part that starts with the standalone XML declaration Word writes.
    pub fn new() -> Xml {
        let mut bytes = Vec::with_capacity(16 * 1024);
        bytes.extend_from_slice(DECLARATION);
        Xml(Writer::new(bytes))
    }

    /// `<name attrs>`, what `inner` writes, `</name>`.
    pub fn el(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        inner: impl FnOnce(&mut Xml) -> Result,
    ) -> Result {
        self.start(name, attrs)?;
        inner(self)?;
        self.end(name)
    }

    /// `<name attrs>`: for callers that write the inside with more than the writer; they close it
    /// with [`Xml::end`] in the same function.
    pub fn start(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result {
        let start = BytesStart::new(name).with_attributes(attrs.iter().copied());
        self.0.write_event(Event::Start(start))
    }

    pub fn end(&mut self, name: &str) -> Result {
        self.0.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<name attrs/>`.
    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> Result {
        let start = BytesStart::new(name).with_attributes(attrs.iter().copied());
        self.0.write_event(Event::Empty(start))
    }

    /// `<name attrs>text</name>`, the text escaped.
    pub fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> Result {
        self.el(name, attrs, |x| {
            x.0.write_event(Event::Text(BytesText::new(text)))
        })
    }

    /// An element whose only attribute is `w:val` (most WordprocessingML properties).
    pub fn val(&mut self, name: &str, value: &str) -> Result {
        self.empty(name, &[("w:val", value)])
    }

    pub fn finish(self) -> Vec<u8> {
        self.0.into_inner()
    }
}
