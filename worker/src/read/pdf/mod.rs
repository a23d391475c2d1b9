//! PDF text extraction on lopdf with positioning-aware layout and Vietnamese-correct decoding.
//!
//! lopdf parses the file (and decrypts it when the empty user password opens it); everything
//! after that is ours: the content stream is interpreted with its text state
//! ([`content`]), glyphs are decoded through ToUnicode maps and encodings ([`fonts`],
//! [`cmap`], [`encoding`]), and positioned fragments are laid out into lines and paragraphs
//! ([`layout`]). Ruling lines ([`paths`]) give table grids ([`grid`]); text inside them comes
//! out as [`Table`] blocks among the paragraphs ([`tables`]). Every loop is bounded by
//! [`Limits`], a deadline and a per-page path-segment budget.

mod cmap;
mod content;
mod encoding;
mod fonts;
mod glyph_tables;
mod grid;
mod layout;
mod nesting;
mod objects;
mod paths;
mod tables;
mod truetype;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use lopdf::{Dictionary, Document, LoadOptions, Object};

use super::{Block, ExtractedDoc, Limits, Paragraph, Part, ReadError, Table};
use crate::vntext::{legacy, normalize::nfc};
use objects::get;

/// Reads a PDF from its bytes.
///
/// Parser panics are caught and reported as a damaged PDF, so one hostile file cannot take a
/// batch down (stack overflows still need the isolating child process).
pub fn read_pdf(bytes: &[u8], limits: &Limits) -> Result<ExtractedDoc, ReadError> {
    // Legitimate PDFs nest a handful of levels; hundreds only come from files built to crash parsers.
    let max_nesting = limits.max_pdf_depth.saturating_mul(8);
    if nesting::max_nesting(bytes, max_nesting) > max_nesting {
        return Err(ReadError::TooDeep(format!(
            "PDF arrays or dictionaries nested more than {max_nesting} levels deep"
        )));
    }
    let deadline = Instant::now() + Duration::from_secs(limits.time_budget_secs);
    match catch_unwind(AssertUnwindSafe(|| read_inner(bytes, limits, deadline))) {
        Ok(result) => result,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown error".into());
            let msg: String = msg.chars().take(120).collect();
            Err(ReadError::DamagedPdf(format!(
                "the PDF parser failed: {msg}"
            )))
        }
    }
}

/// A short reason a consultant can act on, from lopdf's error.
fn human_reason(err: &lopdf::Error) -> String {
    use lopdf::{Error as E, ParseError as P};
    match err {
        E::Parse(P::InvalidFileHeader) => "no PDF header; the file is not a PDF".into(),
        E::Parse(P::InvalidXref) | E::Xref(_) | E::MissingXrefEntry => {
            "broken cross-reference table".into()
        }
        E::Parse(P::InvalidTrailer) => "broken trailer".into(),
        E::Parse(P::EndOfInput) | E::InvalidOffset(_) => "the file is truncated".into(),
        E::Decompress(_) => "a compressed stream cannot be decoded".into(),
        E::ReferenceCycle(_) | E::ReferenceLimit | E::RecursionLimit => {
            "its object structure loops".into()
        }
        E::IndirectObject { .. } | E::ObjectIdMismatch => "broken object table".into(),
        other => other.to_string().chars().take(120).collect(),
    }
}

fn is_bomb(err: &lopdf::Error) -> bool {
    matches!(
        err,
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })
    )
}

fn is_password_error(err: &lopdf::Error) -> bool {
    matches!(
        err,
        lopdf::Error::InvalidPassword
            | lopdf::Error::Decryption(_)
            | lopdf::Error::UnsupportedSecurityHandler(_)
    )
}

/// Loads the document, trying lopdf's recovery paths (xref reconstruction, a missing header)
/// before giving up.
fn load(bytes: &[u8], limits: &Limits, warnings: &mut Vec<String>) -> Result<Document, ReadError> {
    let max = usize::try_from(limits.max_stream_bytes).unwrap_or(usize::MAX);
    let options = |reconstruct: bool| LoadOptions {
        max_decompressed_size: Some(max),
        force_reconstruct: reconstruct,
        ..LoadOptions::default()
    };
    let bomb = || ReadError::Bomb(format!("a stream inflates beyond {max} bytes"));
    let first = match Document::load_mem_with_options(bytes, options(false)) {
        Ok(doc) if doc.page_iter().next().is_some() => return Ok(doc),
        Ok(doc) => Ok(doc),
        Err(e) if is_bomb(&e) => return Err(bomb()),
        Err(e) if is_password_error(&e) => return Err(ReadError::Encrypted),
        Err(e) => Err(e),
    };
    // The cross-reference data may describe the wrong objects: rebuild it by scanning.
    if let Ok(doc) = Document::load_mem_with_options(bytes, options(true))
        && doc.page_iter().next().is_some()
    {
        warnings.push("the PDF's cross-reference table was damaged and has been rebuilt".into());
        return Ok(doc);
    }
    if let Err(lopdf::Error::Parse(lopdf::ParseError::InvalidFileHeader)) = &first
        && bytes.windows(6).any(|w| w == b" 0 obj")
    {
        let mut patched = b"%PDF-1.7\n".to_vec();
        patched.extend_from_slice(bytes);
        if let Ok(doc) = Document::load_mem_with_options(&patched, options(true))
            && doc.page_iter().next().is_some()
        {
            warnings
                .push("the PDF has no valid header; it was read by scanning its objects".into());
            return Ok(doc);
        }
    }
    match first {
        Ok(doc) => Ok(doc),
        Err(e) => Err(ReadError::DamagedPdf(human_reason(&e))),
    }
}

fn read_inner(bytes: &[u8], limits: &Limits, deadline: Instant) -> Result<ExtractedDoc, ReadError> {
    let mut out = ExtractedDoc::default();
    let mut doc = load(bytes, limits, &mut out.warnings)?;
    if doc.trailer.get(b"Encrypt").is_ok() {
        // lopdf tried the empty user password and it did not open the file. When the crypt
        // filters are Identity (only attachments are encrypted) the text is readable as is.
        if !identity_crypt(&doc) {
            return Err(ReadError::Encrypted);
        }
        doc = load(&hide_encrypt(bytes), limits, &mut out.warnings)?;
        if doc.trailer.get(b"Encrypt").is_ok() {
            return Err(ReadError::Encrypted);
        }
    }
    if doc.objects.len() > limits.max_pdf_objects {
        return Err(ReadError::Bomb(format!(
            "{} objects; the limit is {}",
            doc.objects.len(),
            limits.max_pdf_objects
        )));
    }
    out.meta_title = info_title(&doc);
    let max_stream = usize::try_from(limits.max_stream_bytes).unwrap_or(usize::MAX);
    let mut interp = content::Interpreter::new(&doc, limits, deadline);
    let mut pages_read = 0u32;
    let mut image_only_pages: Vec<u32> = Vec::new();
    let mut any_images = false;
    let mut unmapped = 0usize;
    let mut skipped_forms = 0usize;
    let mut page_ids = doc.page_iter().take(limits.max_pdf_pages.saturating_add(1));
    let mut more_pages = false;
    for (index, page_id) in page_ids.by_ref().enumerate() {
        if index >= limits.max_pdf_pages {
            more_pages = true;
            break;
        }
        if Instant::now() > deadline {
            return Err(ReadError::Timeout(limits.time_budget_secs));
        }
        let page_no = index as u32 + 1;
        pages_read = page_no;
        let Some(data) = page_content(&doc, bytes, page_id, max_stream) else {
            return Err(ReadError::Bomb(format!(
                "the content of page {page_no} inflates beyond {max_stream} bytes"
            )));
        };
        let resources = page_resources(&doc, page_id);
        let page = interp.page(&data, resources)?;
        unmapped += page.unmapped_glyphs;
        skipped_forms += page.skipped_forms;
        any_images |= page.images > 0;
        if page.fragments.is_empty() {
            if page.images > 0 {
                image_only_pages.push(page_no);
            }
            continue;
        }
        let rules = (!page.rules.overflow).then_some(page.rules.rules.as_slice());
        for item in tables::page_items(page.fragments, rules) {
            match item {
                tables::Item::Para(para) => {
                    let text = nfc(&para.text);
                    out.blocks.push(Block::Paragraph(Paragraph {
                        caps: mostly_upper(&text),
                        bold: para.bold,
                        text,
                        page: Some(page_no),
                        ..Paragraph::default()
                    }));
                }
                tables::Item::Table(rows) => out.blocks.push(Block::Table(Table {
                    rows: rows
                        .iter()
                        .map(|row| row.iter().map(|cell| nfc(cell)).collect())
                        .collect(),
                    part: Part::Body,
                })),
            }
        }
    }
    out.pages = Some(pages_read);
    out.fonts = interp.font_names.iter().cloned().collect();
    out.encodings = interp.legacy.iter().copied().collect();
    if more_pages {
        out.warnings.push(format!(
            "only the first {} pages were read",
            limits.max_pdf_pages
        ));
    }
    if interp.truncated {
        out.warnings.push(format!(
            "the text was cut off after {} characters",
            limits.max_text_chars
        ));
    }
    if skipped_forms > 0 {
        out.warnings.push(format!(
            "{skipped_forms} nested or looping form objects were skipped"
        ));
    }
    if out.blocks.is_empty() {
        if any_images {
            return Err(ReadError::Scanned);
        }
        if unmapped > 0 {
            return Err(ReadError::Garbled(
                "the fonts carry no Unicode mapping, so no letters can be recovered".into(),
            ));
        }
        out.warnings.push("the PDF contains no text".into());
        return Ok(out);
    }
    if !image_only_pages.is_empty() {
        out.warnings.push(format!(
            "page(s) {} have no text layer (scanned images; needs OCR)",
            page_list(&image_only_pages)
        ));
    }
    if unmapped > 0 {
        out.warnings.push(format!(
            "{unmapped} glyphs have no Unicode mapping and were left out"
        ));
    }
    if out.encodings.is_empty() {
        let text = out.body_text();
        if let Some(enc) = legacy::detect(&text) {
            for block in &mut out.blocks {
                match block {
                    Block::Paragraph(p) => {
                        p.text = nfc(&legacy::decode(&p.text, enc));
                        p.caps = mostly_upper(&p.text);
                    }
                    Block::Table(t) => {
                        for cell in t.rows.iter_mut().flatten() {
                            *cell = nfc(&legacy::decode(cell, enc));
                        }
                    }
                }
            }
            out.encodings.push(enc);
        }
    }
    if let Some(sample) = super::quality::garbled_sample(&out.body_text()) {
        return Err(ReadError::Garbled(sample));
    }
    Ok(out)
}

/// True when strings and streams are not encrypted at all (V4+ with Identity crypt filters).
fn identity_crypt(doc: &Document) -> bool {
    let Ok(enc) = doc.get_encrypted() else {
        return false;
    };
    let version = get(doc, enc, b"V").and_then(objects::num).unwrap_or(0.0);
    let identity = |key: &[u8]| match get(doc, enc, key) {
        None => true,
        Some(Object::Name(n)) => n == b"Identity",
        Some(_) => false,
    };
    version >= 4.0 && identity(b"StmF") && identity(b"StrF")
}

/// The file with its `/Encrypt` keys renamed (same length, so offsets stay valid), for files
/// whose encryption covers nothing the reader needs.
fn hide_encrypt(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let key = b"/Encrypt";
    let mut i = 0;
    while i + key.len() < out.len() {
        if &out[i..i + key.len()] == key && !out[i + key.len()].is_ascii_alphanumeric() {
            out[i + key.len() - 1] = b'x';
            i += key.len();
        } else {
            i += 1;
        }
    }
    out
}

/// A page's content streams concatenated, at most `max` bytes in all (`None` beyond that).
/// Streams whose length lopdf could not read are recovered from the file.
fn page_content(
    doc: &Document,
    file: &[u8],
    page_id: lopdf::ObjectId,
    max: usize,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for id in doc.get_page_contents(page_id) {
        let Some(Object::Stream(stream)) = doc.objects.get(&id) else {
            continue;
        };
        let recovered;
        let stream = if stream.content.is_empty() && stream.start_position.is_some() {
            match objects::recover_stream(file, stream) {
                Some(s) => {
                    recovered = s;
                    &recovered
                }
                None => stream,
            }
        } else {
            stream
        };
        out.extend(objects::stream_data(stream, max.saturating_sub(out.len()))?);
        out.push(b'\n');
    }
    Some(out)
}

/// The page's resource dictionaries, nearest first (inherited ones after).
fn page_resources(doc: &Document, page_id: lopdf::ObjectId) -> Vec<&Dictionary> {
    let Ok((direct, ids)) = doc.get_page_resources(page_id) else {
        return Vec::new();
    };
    let mut out: Vec<&Dictionary> = direct.into_iter().collect();
    out.extend(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
    out
}

fn info_title(doc: &Document) -> Option<String> {
    let info = objects::deref(doc, doc.trailer.get(b"Info").ok()?)?
        .as_dict()
        .ok()?;
    let title = get(doc, info, b"Title")?;
    let text = match title {
        Object::String(..) => lopdf::decode_text_string(title).ok()?,
        _ => return None,
    };
    let text = nfc(text.trim_matches(|c: char| c.is_whitespace() || c == '\u{0}'));
    (!text.is_empty()).then_some(text)
}

fn mostly_upper(text: &str) -> bool {
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_uppercase() {
            upper += 1;
        }
    }
    letters >= 3 && upper * 10 >= letters * 8
}

fn page_list(pages: &[u32]) -> String {
    let shown: Vec<String> = pages.iter().take(10).map(u32::to_string).collect();
    let mut s = shown.join(", ");
    if pages.len() > 10 {
        s.push_str(&format!(" and {} more", pages.len() - 10));
    }
    s
}

#[cfg(test)]
mod tests;
