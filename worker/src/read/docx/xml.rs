//! XML helpers shared by the part parsers: a depth-bounded event reader over a part's bytes
//! that matches on local names only (so Strict OOXML reads like Transitional), strips a BOM,
//! and never resolves entities beyond the five predefined ones and character references.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, BytesText, Event};

use crate::read::ReadError;

/// One event, reduced to what the part parsers need.
pub enum XmlEvent<'a> {
    /// An element opens; `empty` when it closes at once (`<w:tab/>`).
    Open {
        elem: BytesStart<'a>,
        empty: bool,
    },
    /// An element closes.
    Close,
    /// Character data, entities already resolved.
    Text(Cow<'a, str>),
    End,
}

/// Why a part's XML stopped.
#[derive(Debug)]
pub enum XmlStop {
    /// Nesting exceeded `max_xml_depth`: the document is refused.
    TooDeep(ReadError),
    /// The XML is malformed at the given byte offset: keep what was read, warn.
    Malformed(String),
}

/// A pull reader over one part that bounds nesting depth.
pub struct XmlReader<'a> {
    reader: Reader<&'a [u8]>,
    depth: usize,
    max_depth: usize,
    part: String,
}

impl<'a> XmlReader<'a> {
    /// Starts reading; the text is decoded from UTF-8 (after a BOM) or UTF-16 with a BOM.
    pub fn new(bytes: &'a [u8], part: &str, max_depth: usize) -> Self {
        let mut reader = Reader::from_reader(strip_utf8_bom(bytes));
        let config = reader.config_mut();
        config.trim_text(false);
        // Broken end tags in damaged documents should not lose the rest of the text.
        config.check_end_names = false;
        config.allow_unmatched_ends = true;
        config.allow_dangling_amp = true;
        XmlReader {
            reader,
            depth: 0,
            max_depth,
            part: part.to_string(),
        }
    }

    /// The next event, or why reading stopped.
    pub fn next(&mut self) -> Result<XmlEvent<'a>, XmlStop> {
        loop {
            let event = self.reader.read_event().map_err(|e| {
                XmlStop::Malformed(format!(
                    "{} is damaged XML near byte {} ({e})",
                    self.part,
                    self.reader.error_position()
                ))
            })?;
            match event {
                Event::Start(elem) => {
                    self.depth += 1;
                    if self.depth > self.max_depth {
                        return Err(XmlStop::TooDeep(ReadError::TooDeep(format!(
                            "{} nests elements more than {} levels deep",
                            self.part, self.max_depth
                        ))));
                    }
                    return Ok(XmlEvent::Open { elem, empty: false });
                }
                Event::Empty(elem) => return Ok(XmlEvent::Open { elem, empty: true }),
                Event::End(_) => {
                    if self.depth == 0 {
                        continue;
                    }
                    self.depth -= 1;
                    return Ok(XmlEvent::Close);
                }
                Event::Text(text) => return Ok(XmlEvent::Text(text_content(&text))),
                Event::CData(data) => {
                    return Ok(XmlEvent::Text(Cow::Owned(
                        String::from_utf8_lossy(&data.into_inner()).into_owned(),
                    )));
                }
                Event::GeneralRef(reference) => {
                    if let Some(text) = resolve_reference(&reference) {
                        return Ok(XmlEvent::Text(Cow::Owned(text)));
                    }
                }
                Event::Eof => return Ok(XmlEvent::End),
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }
}

fn text_content<'a>(text: &BytesText<'a>) -> Cow<'a, str> {
    match text.xml10_content() {
        Ok(content) => content,
        Err(_) => Cow::Owned(String::from_utf8_lossy(text).into_owned()),
    }
}

/// Character references and the five predefined entities; any other entity (a DTD-declared
/// one, possibly external) is dropped so that an XXE file cannot pull in local files.
fn resolve_reference(reference: &BytesRef<'_>) -> Option<String> {
    if reference.is_char_ref() {
        return reference
            .resolve_char_ref()
            .ok()
            .flatten()
            .map(String::from);
    }
    let name = String::from_utf8_lossy(reference);
    quick_xml::escape::resolve_predefined_entity(&name).map(str::to_string)
}

/// Parts saved by some tools start with a UTF-8 BOM; UTF-16 parts are converted by the caller.
fn strip_utf8_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// A UTF-16 part (with a BOM) re-encoded as UTF-8; `None` when the bytes are not UTF-16.
pub fn utf16_to_utf8(bytes: &[u8]) -> Option<Vec<u8>> {
    let (little_endian, body) = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (true, rest)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (false, rest)
    } else {
        return None;
    };
    let units = body.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    // The declaration still says UTF-16; quick-xml without the encoding feature ignores it.
    Some(text.into_bytes())
}

/// An attribute's value by local name (`w:val`, `r:id`, `val` in Strict all match `val`/`id`).
pub fn attr(elem: &BytesStart<'_>, local_name: &[u8]) -> Option<String> {
    for attribute in elem.attributes().with_checks(false).flatten() {
        if attribute.key.local_name().as_ref() == local_name {
            return Some(match attribute.unescape_value() {
                Ok(value) => value.into_owned(),
                Err(_) => String::from_utf8_lossy(&attribute.value).into_owned(),
            });
        }
    }
    None
}

/// An OOXML on/off property (`<w:b/>`, `<w:b w:val="0"/>`, `w:val="false"`, `"off"`).
pub fn on_off(elem: &BytesStart<'_>) -> bool {
    match attr(elem, b"val") {
        None => true,
        Some(value) => !matches!(value.trim(), "0" | "false" | "off" | "none"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_text(xml: &[u8]) -> Result<String, XmlStop> {
        let mut reader = XmlReader::new(xml, "test.xml", 50);
        let mut out = String::new();
        loop {
            match reader.next()? {
                XmlEvent::Text(text) => out.push_str(&text),
                XmlEvent::End => return Ok(out),
                _ => {}
            }
        }
    }

    #[test]
    fn bom_and_entities() {
        let xml = "\u{FEFF}<a>x &amp; y &#x1EA0; &ext;</a>".as_bytes();
        assert_eq!(collect_text(xml).unwrap(), "x & y Ạ ");
    }

    #[test]
    fn depth_is_bounded() {
        let xml = "<a>".repeat(60);
        assert!(matches!(
            collect_text(xml.as_bytes()),
            Err(XmlStop::TooDeep(_))
        ));
    }

    #[test]
    fn utf16_parts_are_converted() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "<a>Ư</a>".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let utf8 = utf16_to_utf8(&bytes).unwrap();
        assert_eq!(collect_text(&utf8).unwrap(), "Ư");
    }
}
