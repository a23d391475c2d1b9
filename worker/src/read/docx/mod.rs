//! DOCX reading with a streaming zip + quick-xml reader (body, tables, headers/footers, text boxes,
//! fields, run fonts), bounded by [`Limits`].
//!
//! The package is walked the way Word walks it: `_rels/.rels` names the main part, its `.rels`
//! name styles, theme, headers, footers and footnotes. Each story is streamed once; nothing
//! builds a DOM. docx-rs was measured against this reader (`cargo bench -p worker --bench read`)
//! and is slower, fails whole files on a missing part, drops hyphen elements and hides run fonts.

mod body;
mod rels;
mod runs;
mod styles;
mod xml;
pub mod zipsafe;

use std::collections::{BTreeSet, HashSet};

use self::body::{StoryOutput, read_story};
use self::rels::{Relationship, parse_rels, rels_part_for};
use self::styles::{Styles, ThemeFonts};
use self::xml::{XmlEvent, XmlReader, XmlStop};
use self::zipsafe::{Package, PartError};
use super::{Block, ExtractedDoc, Limits, Part, ReadError};
use crate::vntext::normalize;

/// The magic of an OLE compound file: Word 97-2003 documents and encrypted OOXML packages.
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads a DOCX package from its bytes.
///
/// Damage that leaves the text readable (a missing header part, broken XML after the first
/// paragraphs) becomes a warning; only a package without a readable body is an error.
pub fn read_docx(bytes: &[u8], limits: &Limits) -> Result<ExtractedDoc, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if bytes.starts_with(CFB_MAGIC) {
        return Err(compound_file_error(bytes));
    }
    if !bytes.starts_with(b"PK")
        && let Some(error) = foreign_format_error(bytes)
    {
        return Err(error);
    }
    let mut package = Package::open(bytes, limits)?;
    let mut reading = Reading {
        limits,
        warnings: Vec::new(),
        fonts: BTreeSet::new(),
        encodings: BTreeSet::new(),
        chars: 0,
        truncated: false,
    };

    let package_rels =
        match reading.optional_part(&mut package, "_rels/.rels", "package relationships")? {
            Some(xml) => parse_rels(&xml, "", limits.max_xml_depth),
            None => Vec::new(),
        };
    let main_part = main_part_name(&package, &package_rels);
    let Some(main_part) = main_part else {
        return Err(ReadError::CorruptDocx(
            "no document body: the package has no word/document.xml; it may not be a Word document"
                .into(),
        ));
    };
    let main_xml = match package.read_part(&main_part) {
        Ok(xml) => to_utf8(xml),
        Err(PartError::Refused(error)) => return Err(error),
        Err(PartError::Missing) => {
            return Err(ReadError::CorruptDocx(format!(
                "no document body: {main_part} is missing"
            )));
        }
        Err(PartError::Damaged(detail)) => {
            return Err(ReadError::CorruptDocx(format!(
                "corrupt zip: the document body {main_part} cannot be unpacked ({detail})"
            )));
        }
    };
    let main_rels = match reading.optional_part(
        &mut package,
        &rels_part_for(&main_part),
        "document relationships",
    )? {
        Some(xml) => parse_rels(&xml, &main_part, limits.max_xml_depth),
        None => Vec::new(),
    };

    let styles = reading.styles(&mut package, &main_part, &main_rels)?;
    let body = reading.story(&main_xml, &main_part, Part::Body, &styles)?;
    if let Some(damage) = &body.damaged
        && body.blocks.is_empty()
    {
        return Err(ReadError::CorruptDocx(format!(
            "no document body: the text part is damaged ({damage})"
        )));
    }
    let mut doc = ExtractedDoc::default();
    let header_refs = body.header_refs.clone();
    doc.blocks = body.blocks;

    doc.headers = reading.headers(&mut package, &main_rels, &header_refs, &styles)?;
    for kind in ["footnotes", "endnotes"] {
        if reading.truncated {
            break;
        }
        let Some(rel) = main_rels.iter().find(|r| r.kind == kind) else {
            continue;
        };
        if let Some(xml) = reading.optional_part(&mut package, &rel.target, kind)? {
            let story = reading.story(&xml, &rel.target, Part::Footnote, &styles)?;
            doc.blocks.extend(story.blocks);
        }
    }
    doc.meta_title = reading.core_title(&mut package, &package_rels)?;

    if reading.truncated {
        reading.warnings.push(format!(
            "the text was cut at {} characters (the reading limit)",
            limits.max_text_chars
        ));
    }
    doc.fonts = reading.fonts.into_iter().collect();
    doc.encodings = reading.encodings.into_iter().collect();
    doc.warnings = reading.warnings;
    Ok(doc)
}

/// State shared while the stories of one package are read.
struct Reading<'l> {
    limits: &'l Limits,
    warnings: Vec<String>,
    fonts: BTreeSet<String>,
    encodings: BTreeSet<super::LegacyEncoding>,
    chars: usize,
    truncated: bool,
}

impl Reading<'_> {
    /// A part that may be absent or damaged without failing the document; a limit still does.
    fn optional_part(
        &mut self,
        package: &mut Package<'_>,
        name: &str,
        what: &str,
    ) -> Result<Option<Vec<u8>>, ReadError> {
        match package.read_part(name) {
            Ok(xml) => Ok(Some(to_utf8(xml))),
            Err(PartError::Missing) => Ok(None),
            Err(PartError::Damaged(detail)) => {
                self.warnings.push(format!(
                    "{what} ({name}) is damaged and was skipped: {detail}"
                ));
                Ok(None)
            }
            Err(PartError::Refused(error)) => Err(error),
        }
    }

    fn styles(
        &mut self,
        package: &mut Package<'_>,
        main_part: &str,
        main_rels: &[Relationship],
    ) -> Result<Styles, ReadError> {
        let styles_part = main_rels
            .iter()
            .find(|r| r.kind == "styles")
            .map(|r| r.target.clone())
            .unwrap_or_else(|| sibling(main_part, "styles.xml"));
        let mut styles = match self.optional_part(package, &styles_part, "styles")? {
            Some(xml) => match Styles::parse(&xml, self.limits.max_xml_depth) {
                Ok(styles) => styles,
                Err(XmlStop::TooDeep(error)) => return Err(error),
                Err(XmlStop::Malformed(_)) => Styles::default(),
            },
            None => Styles::default(),
        };
        if let Some(theme) = main_rels.iter().find(|r| r.kind == "theme")
            && let Some(xml) = self.optional_part(package, &theme.target, "theme")?
        {
            styles.set_theme(ThemeFonts::parse(&xml, self.limits.max_xml_depth));
        }
        Ok(styles)
    }

    fn story(
        &mut self,
        xml: &[u8],
        part_name: &str,
        part: Part,
        styles: &Styles,
    ) -> Result<StoryOutput, ReadError> {
        let budget = self.limits.max_text_chars.saturating_sub(self.chars);
        let story = read_story(
            xml,
            part_name,
            part,
            styles,
            self.limits.max_xml_depth,
            budget,
        )?;
        self.chars += story.chars;
        self.truncated |= story.truncated;
        self.fonts.extend(story.fonts.iter().cloned());
        self.encodings.extend(story.encodings.iter().copied());
        if let Some(damage) = &story.damaged {
            self.warnings
                .push(format!("{damage}; the text after that point is missing"));
        }
        Ok(story)
    }

    /// Header and footer blocks: the parts the sections reference first, in section order, then
    /// any other header/footer part; identical blocks (first/even/default pages) kept once.
    fn headers(
        &mut self,
        package: &mut Package<'_>,
        main_rels: &[Relationship],
        header_refs: &[String],
        styles: &Styles,
    ) -> Result<Vec<Block>, ReadError> {
        let is_header = |r: &&Relationship| r.kind == "header" || r.kind == "footer";
        let mut ordered: Vec<&Relationship> = Vec::new();
        for id in header_refs {
            if let Some(rel) = main_rels.iter().filter(is_header).find(|r| &r.id == id)
                && !ordered.iter().any(|o| o.target == rel.target)
            {
                ordered.push(rel);
            }
        }
        let mut others: Vec<&Relationship> = main_rels
            .iter()
            .filter(is_header)
            .filter(|r| !ordered.iter().any(|o| o.target == r.target))
            .collect();
        others.sort_by(|a, b| a.target.cmp(&b.target));
        others.dedup_by(|a, b| a.target == b.target);
        ordered.extend(others);
        // Headers before footers, each group in the order above.
        ordered.sort_by_key(|r| r.kind == "footer");

        let mut blocks = Vec::new();
        let mut seen = HashSet::new();
        for rel in ordered {
            if self.truncated {
                break;
            }
            let (part, what) = if rel.kind == "header" {
                (Part::Header, "page header")
            } else {
                (Part::Footer, "page footer")
            };
            let Some(xml) = self.optional_part(package, &rel.target, what)? else {
                if !package.has_part(&rel.target) {
                    self.warnings.push(format!(
                        "{what} part {} is missing; page headers and footers may be incomplete",
                        rel.target
                    ));
                }
                continue;
            };
            let story = self.story(&xml, &rel.target, part, styles)?;
            for block in story.blocks {
                if seen.insert(block_key(&block)) {
                    blocks.push(block);
                }
            }
        }
        Ok(blocks)
    }

    /// `dc:title` of `docProps/core.xml`, when it says something.
    fn core_title(
        &mut self,
        package: &mut Package<'_>,
        package_rels: &[Relationship],
    ) -> Result<Option<String>, ReadError> {
        let core_part = package_rels
            .iter()
            .find(|r| r.kind == "core-properties")
            .map(|r| r.target.clone())
            .unwrap_or_else(|| "docProps/core.xml".to_string());
        let Some(xml) = self.optional_part(package, &core_part, "document properties")? else {
            return Ok(None);
        };
        let mut reader = XmlReader::new(&xml, &core_part, self.limits.max_xml_depth);
        let mut in_title = 0usize;
        let mut title = String::new();
        loop {
            match reader.next() {
                Ok(XmlEvent::Open { elem, empty }) => {
                    if in_title > 0 {
                        in_title += usize::from(!empty);
                    } else if elem.local_name().as_ref() == b"title" && !empty {
                        in_title = 1;
                    }
                }
                Ok(XmlEvent::Close) => {
                    if in_title == 1 {
                        break;
                    }
                    in_title = in_title.saturating_sub(1);
                }
                Ok(XmlEvent::Text(text)) if in_title > 0 => title.push_str(&text),
                Ok(XmlEvent::Text(_)) => {}
                Ok(XmlEvent::End) | Err(XmlStop::Malformed(_)) => break,
                Err(XmlStop::TooDeep(error)) => return Err(error),
            }
        }
        let title = normalize::nfc(title.trim());
        Ok((!title.is_empty()).then_some(title))
    }
}

/// The main part named by the package relationships, else `word/document.xml`.
fn main_part_name(package: &Package<'_>, package_rels: &[Relationship]) -> Option<String> {
    package_rels
        .iter()
        .filter(|r| r.kind == "officeDocument")
        .map(|r| r.target.clone())
        .find(|target| package.has_part(target))
        .or_else(|| {
            package
                .has_part("word/document.xml")
                .then(|| "word/document.xml".to_string())
        })
}

/// A part next to another (`word/document.xml` + `styles.xml` → `word/styles.xml`).
fn sibling(part: &str, file: &str) -> String {
    match part.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{file}"),
        None => file.to_string(),
    }
}

fn to_utf8(bytes: Vec<u8>) -> Vec<u8> {
    xml::utf16_to_utf8(&bytes).unwrap_or(bytes)
}

/// A key that identifies a header block's visible content, for deduplication.
fn block_key(block: &Block) -> String {
    match block {
        Block::Paragraph(p) => format!("p\u{0}{}", p.text.trim()),
        Block::Table(t) => {
            let mut key = String::from("t");
            for row in &t.rows {
                key.push('\u{0}');
                key.push_str(&row.join("\u{1}"));
            }
            key
        }
    }
}

/// An OLE compound file with a `.docx` name: an encrypted OOXML package keeps its real content
/// in an `EncryptedPackage` stream; anything else is a Word 97-2003 binary document.
fn compound_file_error(bytes: &[u8]) -> ReadError {
    let stream_name: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    if bytes
        .windows(stream_name.len())
        .any(|window| window == stream_name.as_slice())
    {
        ReadError::Encrypted
    } else {
        ReadError::Unsupported(
            "Word 97-2003 .doc saved with a .docx name; open it in Word or LibreOffice and save as DOCX"
                .into(),
        )
    }
}

/// Formats that are not zip at all but are commonly saved with a `.docx` name.
fn foreign_format_error(bytes: &[u8]) -> Option<ReadError> {
    let head = &bytes[..bytes.len().min(512)];
    let head_text = String::from_utf8_lossy(head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head))
        .trim_start()
        .to_lowercase();
    let saved_as = |what: &str| {
        Some(ReadError::Unsupported(format!(
            "{what} saved with a .docx name; open it in Word or LibreOffice and save as DOCX"
        )))
    };
    if head_text.starts_with("{\\rtf") {
        saved_as("RTF document")
    } else if head_text.starts_with("<html") || head_text.starts_with("<!doctype html") {
        saved_as("web page (HTML)")
    } else if head_text.starts_with("<?xml") && head_text.contains("w:worddocument") {
        saved_as("Word 2003 XML document")
    } else if head_text.starts_with("mime-version") {
        saved_as("single-file web page (MHT)")
    } else if bytes.starts_with(b"%PDF") {
        saved_as("PDF")
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
