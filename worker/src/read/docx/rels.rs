//! OPC relationships (`*.rels`): how the package names its main part, styles, headers and
//! footers, with targets resolved to part names.

use super::xml::{XmlEvent, XmlReader, attr};

/// One internal relationship with its target resolved against the source part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    pub id: String,
    /// The last path segment of the type URI (`officeDocument`, `header`, `styles`, …), which is
    /// the same in Transitional and Strict packages.
    pub kind: String,
    /// Part name without a leading '/'.
    pub target: String,
}

/// The `.rels` part that holds the relationships of `part` (`word/document.xml` →
/// `word/_rels/document.xml.rels`; the package itself is `""` → `_rels/.rels`).
pub fn rels_part_for(part: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{part}.rels"),
    }
}

/// Parses a `.rels` part; external targets (hyperlinks, attached templates) are skipped and a
/// malformed part yields what was read before the damage.
pub fn parse_rels(bytes: &[u8], source_part: &str, max_depth: usize) -> Vec<Relationship> {
    let mut reader = XmlReader::new(bytes, "relationships", max_depth);
    let mut out = Vec::new();
    while let Ok(event) = reader.next() {
        match event {
            XmlEvent::Open { elem, .. } if elem.local_name().as_ref() == b"Relationship" => {
                let external = attr(&elem, b"TargetMode")
                    .is_some_and(|mode| mode.eq_ignore_ascii_case("external"));
                let (Some(id), Some(kind), Some(target)) = (
                    attr(&elem, b"Id"),
                    attr(&elem, b"Type"),
                    attr(&elem, b"Target"),
                ) else {
                    continue;
                };
                if external {
                    continue;
                }
                let kind = kind.rsplit('/').next().unwrap_or_default().to_string();
                out.push(Relationship {
                    id,
                    kind,
                    target: resolve_target(source_part, &target),
                });
            }
            XmlEvent::End => break,
            _ => {}
        }
    }
    out
}

/// Resolves a relative target URI against the folder of its source part.
fn resolve_target(source_part: &str, target: &str) -> String {
    let target = percent_decode(target.trim());
    let target = target.split(['#', '?']).next().unwrap_or_default();
    let mut segments: Vec<&str> = Vec::new();
    if !target.starts_with('/')
        && let Some((dir, _)) = source_part.rsplit_once('/')
    {
        segments.extend(dir.split('/').filter(|s| !s.is_empty()));
    }
    for segment in target.split(['/', '\\']) {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Some(byte) = std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_relative_to_source() {
        let xml = br#"<?xml version="1.0"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
  <Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="../word/styles.xml"/>
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://example.com" TargetMode="External"/>
  <Relationship Id="rId4" Type="x/footer" Target="/word/foot%20er1.xml"/>
</Relationships>"#;
        let rels = parse_rels(xml, "word/document.xml", 64);
        let targets: Vec<(&str, &str)> = rels
            .iter()
            .map(|r| (r.kind.as_str(), r.target.as_str()))
            .collect();
        assert_eq!(
            targets,
            vec![
                ("header", "word/header1.xml"),
                ("styles", "word/styles.xml"),
                ("footer", "word/foot er1.xml"),
            ]
        );
    }

    #[test]
    fn rels_part_names() {
        assert_eq!(rels_part_for(""), "_rels/.rels");
        assert_eq!(
            rels_part_for("word/document2.xml"),
            "word/_rels/document2.xml.rels"
        );
        assert_eq!(rels_part_for("doc.xml"), "_rels/doc.xml.rels");
    }
}
