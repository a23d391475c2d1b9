//! Small helpers for walking lopdf objects safely: bounded reference following, typed getters
//! and size-limited stream decoding.

use lopdf::{Dictionary, Document, Object, Stream};

/// Longest chain of references followed to reach a direct object (`1 0 R` → `2 0 R` → …).
const MAX_REF_CHAIN: usize = 16;

/// Follows references to a direct object; `None` for dangling or looping references.
pub(super) fn deref<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..MAX_REF_CHAIN {
        match obj {
            Object::Reference(id) => obj = doc.objects.get(id)?,
            other => return Some(other),
        }
    }
    None
}

/// A dictionary entry with references followed.
pub(super) fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, dict.get(key).ok()?)
}

/// The bytes of a name object.
pub(super) fn name_of(obj: &Object) -> Option<&[u8]> {
    match obj {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// A number (integer or real) as f32; non-finite values are refused.
pub(super) fn num(obj: &Object) -> Option<f32> {
    let v = match obj {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => return None,
    };
    v.is_finite().then_some(v)
}

/// A stream's decoded content, at most `max` bytes; undecodable filters fall back to the raw
/// bytes (as readers do), a stream over the limit yields `None`.
pub(super) fn stream_bytes(obj: &Object, max: usize) -> Option<Vec<u8>> {
    let Object::Stream(s) = obj else { return None };
    stream_data(s, max)
}

/// [`stream_bytes`] for a stream already in hand.
pub(super) fn stream_data(s: &Stream, max: usize) -> Option<Vec<u8>> {
    match s.get_plain_content_with_limit(max) {
        Ok(b) => Some(b),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => None,
        Err(_) => (s.content.len() <= max).then(|| s.content.clone()),
    }
}

/// The data of a stream whose dictionary lacks a usable `/Length` (lopdf then leaves the
/// content empty): from its start in the file up to `endstream`, as pdftotext recovers it.
pub(super) fn recover_stream(file: &[u8], s: &Stream) -> Option<Stream> {
    let base = file.windows(5).position(|w| w == b"%PDF-").unwrap_or(0);
    let start = base.checked_add(s.start_position?)?;
    let rest = file.get(start..)?;
    let end = rest.windows(9).position(|w| w == b"endstream")?;
    let mut data = &rest[..end];
    while let Some((last, head)) = data.split_last() {
        if *last == b'\n' || *last == b'\r' {
            data = head;
        } else {
            break;
        }
    }
    let mut dict = s.dict.clone();
    dict.remove(b"Length");
    Some(Stream::new(dict, data.to_vec()))
}
