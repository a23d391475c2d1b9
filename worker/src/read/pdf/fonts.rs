//! Font resources: how a shown byte string splits into codes, what text each code stands for
//! (ToUnicode first, then the encoding) and how wide each glyph is.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object};

use super::cmap::{self, CMap};
use super::encoding::{BaseEncoding, expand_ligatures, glyph_name_text};
use super::objects::{deref, get, name_of, num, stream_bytes};
use crate::read::LegacyEncoding;

/// Most `/W` entries read from a CID font; real fonts have a few thousand.
const MAX_CID_WIDTHS: usize = 1 << 17;

/// One glyph as shown: its text (None when the font gives no Unicode for it), its advance in
/// text space units (1/1000 of the font size for most fonts) and whether it is the single-byte
/// code 32 that word spacing (`Tw`) applies to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Glyph<'a> {
    pub text: Option<&'a str>,
    pub width: f32,
    pub word_space: bool,
}

/// A font ready for decoding shown strings.
#[derive(Debug)]
pub(super) struct Font {
    /// Base font name without the subset tag ("ABCDEF+").
    pub name: String,
    pub bold: bool,
    /// Legacy Vietnamese 8-bit encoding implied by the font name.
    pub legacy: Option<LegacyEncoding>,
    kind: Kind,
}

#[derive(Debug)]
enum Kind {
    Simple {
        text: Vec<Option<Box<str>>>,
        widths: Vec<f32>,
    },
    Composite(Box<Composite>),
}

#[derive(Debug)]
struct Composite {
    encoding: Option<CMap>,
    code_len: usize,
    to_unicode: Option<CMap>,
    /// Predefined `Uni…-UCS2`/`UTF16` encodings: codes are UTF-16 units.
    ucs2: bool,
    widths: HashMap<u32, f32>,
    default_width: f32,
}

impl Font {
    /// Calls `each` for every glyph of `bytes` in order.
    pub fn decode(&self, bytes: &[u8], mut each: impl FnMut(Glyph<'_>)) {
        match &self.kind {
            Kind::Simple { text, widths } => {
                for &b in bytes {
                    each(Glyph {
                        text: text[usize::from(b)].as_deref(),
                        width: widths[usize::from(b)],
                        word_space: b == 32,
                    });
                }
            }
            Kind::Composite(c) => {
                let Composite {
                    encoding,
                    code_len,
                    to_unicode,
                    ucs2,
                    widths,
                    default_width,
                } = &**c;
                let mut rest = bytes;
                let mut buf = [0u8; 4];
                while !rest.is_empty() {
                    let (code, len) = match encoding {
                        Some(cm) => cm.next_code(rest, *code_len),
                        None => match to_unicode {
                            Some(tu) if tu.uniform_code_len().is_some() => {
                                tu.next_code(rest, *code_len)
                            }
                            _ => CMap::default().next_code(rest, *code_len),
                        },
                    };
                    rest = &rest[len.min(rest.len())..];
                    let cid = encoding
                        .as_ref()
                        .and_then(|cm| {
                            (!cm.cids.is_empty()).then(|| cm.cids.get(&code).copied().unwrap_or(0))
                        })
                        .unwrap_or(code);
                    let width = widths.get(&cid).copied().unwrap_or(*default_width);
                    let text = to_unicode
                        .as_ref()
                        .and_then(|tu| tu.unicode.get(&code))
                        .map(|s| &**s)
                        .or_else(|| {
                            if *ucs2 {
                                char::from_u32(code).map(|c| &*c.encode_utf8(&mut buf))
                            } else {
                                None
                            }
                        });
                    each(Glyph {
                        text,
                        width,
                        word_space: len == 1 && code == 32,
                    });
                }
            }
        }
    }
}

fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
}

fn is_bold(name: &str, descriptor: Option<&Dictionary>, doc: &Document) -> bool {
    let lower = name.to_ascii_lowercase();
    if ["bold", "black", "heavy", "semibold", "demi"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return true;
    }
    let Some(d) = descriptor else { return false };
    let weight = get(doc, d, b"FontWeight").and_then(num).unwrap_or(0.0);
    let flags = get(doc, d, b"Flags").and_then(num).unwrap_or(0.0) as i64;
    weight >= 600.0 || flags & (1 << 18) != 0
}

/// Approximate advance (1/1000 em) when a font carries no widths: the standard 14 fonts may
/// omit `/Widths`, and word gaps still need a glyph end.
fn fallback_width(text: Option<&str>, mono: bool) -> f32 {
    if mono {
        return 600.0;
    }
    let Some(c) = text.and_then(|t| t.chars().next()) else {
        return 500.0;
    };
    match c {
        ' ' => 250.0,
        'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 't' | 'f' | 'r' => 300.0,
        'm' | 'w' | 'M' | 'W' => 850.0,
        c if c.is_uppercase() => 680.0,
        _ => 500.0,
    }
}

/// Builds a [`Font`] from a font dictionary. Never fails: missing parts degrade to defaults.
pub(super) fn load(doc: &Document, dict: &Dictionary, max_stream: usize) -> Font {
    let subtype = get(doc, dict, b"Subtype")
        .and_then(name_of)
        .unwrap_or(b"Type1");
    let base = get(doc, dict, b"BaseFont")
        .and_then(name_of)
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .unwrap_or_else(|| {
            if subtype == b"Type3" {
                "Type3".into()
            } else {
                String::new()
            }
        });
    let name = strip_subset(&base).to_string();
    let legacy = crate::vntext::legacy::encoding_for_font(&name);
    let to_unicode = get(doc, dict, b"ToUnicode")
        .and_then(|o| stream_bytes(o, max_stream))
        .map(|b| cmap::parse(&b))
        .filter(|c| !c.unicode.is_empty());

    if subtype == b"Type0" {
        let descendant = get(doc, dict, b"DescendantFonts").and_then(|o| match o {
            Object::Array(a) => a
                .first()
                .and_then(|d| deref(doc, d))
                .and_then(|d| d.as_dict().ok()),
            Object::Dictionary(d) => Some(d),
            _ => None,
        });
        let descriptor = descendant
            .and_then(|d| get(doc, d, b"FontDescriptor"))
            .and_then(|o| o.as_dict().ok());
        let (mut encoding, mut code_len, mut ucs2) = (None, 2usize, false);
        match get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                let n = String::from_utf8_lossy(n);
                ucs2 = n.starts_with("Uni") && (n.contains("UCS2") || n.contains("UTF16"));
                if !n.starts_with("Identity") && !ucs2 {
                    // Predefined CJK byte encodings (e.g. 90ms-RKSJ) mix 1- and 2-byte codes.
                    code_len = 2;
                }
            }
            Some(o @ Object::Stream(_)) => {
                if let Some(b) = stream_bytes(o, max_stream) {
                    let cm = cmap::parse(&b);
                    code_len = cm.uniform_code_len().unwrap_or(2);
                    encoding = Some(cm);
                }
            }
            _ => {}
        }
        let default_width = descendant
            .and_then(|d| get(doc, d, b"DW"))
            .and_then(num)
            .unwrap_or(1000.0);
        let to_unicode = match to_unicode {
            Some(tu) => Some(tu),
            None if encoding.is_none() && !ucs2 => {
                descendant.and_then(|d| embedded_unicode(doc, d, descriptor, max_stream))
            }
            None => None,
        };
        let mut widths = HashMap::new();
        if let Some(Object::Array(w)) = descendant.and_then(|d| get(doc, d, b"W")) {
            read_cid_widths(doc, w, &mut widths);
        }
        return Font {
            bold: is_bold(&name, descriptor, doc),
            name,
            legacy,
            kind: Kind::Composite(Box::new(Composite {
                encoding,
                code_len,
                to_unicode,
                ucs2,
                widths: widths.into_iter().map(|(k, v)| (k, v / 1000.0)).collect(),
                default_width: default_width / 1000.0,
            })),
        };
    }

    let descriptor = get(doc, dict, b"FontDescriptor").and_then(|o| o.as_dict().ok());
    let flags = descriptor
        .and_then(|d| get(doc, d, b"Flags"))
        .and_then(num)
        .unwrap_or(0.0) as i64;
    let symbolic = flags & 4 != 0 && flags & 32 == 0;
    let lower = name.to_ascii_lowercase();
    let mono = lower.contains("courier") || flags & 1 != 0;

    let mut base_enc = if lower.starts_with("symbol") {
        Some(BaseEncoding::Symbol)
    } else if lower.starts_with("zapfdingbats") || (symbolic && subtype != b"TrueType") {
        None
    } else if subtype == b"Type1" && !symbolic {
        Some(BaseEncoding::Standard)
    } else {
        Some(BaseEncoding::WinAnsi)
    };
    let mut differences: Vec<(u8, String)> = Vec::new();
    match get(doc, dict, b"Encoding") {
        Some(Object::Name(n)) => {
            if let Some(e) = BaseEncoding::from_name(n) {
                base_enc = Some(e);
            }
        }
        Some(Object::Dictionary(d)) => {
            if let Some(e) = get(doc, d, b"BaseEncoding")
                .and_then(name_of)
                .and_then(BaseEncoding::from_name)
            {
                base_enc = Some(e);
            }
            if let Some(Object::Array(diffs)) = get(doc, d, b"Differences") {
                let mut code: i64 = 0;
                for item in diffs.iter().take(1024) {
                    match deref(doc, item) {
                        Some(Object::Integer(c)) => code = *c,
                        Some(Object::Name(n)) => {
                            if let Ok(c) = u8::try_from(code) {
                                differences.push((c, String::from_utf8_lossy(n).into_owned()));
                            }
                            code += 1;
                        }
                        _ => {}
                    }
                }
            }
        }
        _ => {}
    }

    let mut text: Vec<Option<Box<str>>> = (0..=255u8)
        .map(|c| match base_enc {
            Some(e) => e
                .text(c)
                .map(|ch| expand_ligatures(&ch.to_string()).into_owned().into()),
            // Symbolic fonts without an encoding: the code is the character (Word's symbol
            // subsets use Latin-1 positions).
            None => (c >= 32).then(|| char::from(c).to_string().into()),
        })
        .collect();
    for (code, glyph) in differences {
        if let Some(t) = glyph_name_text(&glyph) {
            text[usize::from(code)] = Some(t.into());
        } else if glyph != ".notdef" {
            // Unknown names ("g12", "cid34") say nothing about the character; keep the base.
        }
    }
    if let Some(tu) = &to_unicode {
        for (code, t) in &tu.unicode {
            if let Ok(c) = u8::try_from(*code) {
                text[usize::from(c)] = Some(expand_ligatures(t).into_owned().into());
            }
        }
    }

    // Type 3 glyph widths are in glyph space; the font matrix scales them to text space.
    let scale = if subtype == b"Type3" {
        match get(doc, dict, b"FontMatrix") {
            Some(Object::Array(m)) => m.first().and_then(num).map(f32::abs).unwrap_or(0.001),
            _ => 0.001,
        }
    } else {
        0.001
    };
    let first = get(doc, dict, b"FirstChar").and_then(num).unwrap_or(0.0) as i64;
    let missing = descriptor
        .and_then(|d| get(doc, d, b"MissingWidth"))
        .and_then(num);
    let mut widths: Vec<f32> = Vec::with_capacity(256);
    let declared = match get(doc, dict, b"Widths") {
        Some(Object::Array(w)) => Some(w),
        _ => None,
    };
    for code in 0..256i64 {
        let w = declared
            .and_then(|w| usize::try_from(code - first).ok().and_then(|i| w.get(i)))
            .and_then(|o| deref(doc, o))
            .and_then(num)
            .or(missing.filter(|_| declared.is_some()))
            .unwrap_or_else(|| fallback_width(text[code as usize].as_deref(), mono));
        widths.push(w * scale);
    }
    Font {
        bold: is_bold(&name, descriptor, doc),
        name,
        legacy,
        kind: Kind::Simple { text, widths },
    }
}

/// CID → text from the embedded TrueType program's `cmap` (through `/CIDToGIDMap`), for
/// Identity-encoded fonts without a ToUnicode map.
fn embedded_unicode(
    doc: &Document,
    cid_font: &Dictionary,
    descriptor: Option<&Dictionary>,
    max_stream: usize,
) -> Option<CMap> {
    let program = stream_bytes(get(doc, descriptor?, b"FontFile2")?, max_stream)?;
    let by_gid = super::truetype::glyph_to_unicode(&program);
    if by_gid.is_empty() {
        return None;
    }
    let mut cmap = CMap::default();
    match get(doc, cid_font, b"CIDToGIDMap") {
        Some(o @ Object::Stream(_)) => {
            let map = stream_bytes(o, max_stream)?;
            for (cid, pair) in map.chunks_exact(2).enumerate() {
                let gid = u16::from_be_bytes([pair[0], pair[1]]);
                if let Some(c) = by_gid.get(&gid) {
                    cmap.unicode.insert(cid as u32, c.to_string().into());
                }
            }
        }
        _ => {
            for (gid, c) in by_gid {
                cmap.unicode.insert(u32::from(gid), c.to_string().into());
            }
        }
    }
    Some(cmap)
}

fn read_cid_widths(doc: &Document, w: &[Object], out: &mut HashMap<u32, f32>) {
    let mut i = 0;
    while i < w.len() && out.len() < MAX_CID_WIDTHS {
        let Some(first) = deref(doc, &w[i]).and_then(num) else {
            i += 1;
            continue;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).and_then(|o| deref(doc, o)) {
            Some(Object::Array(ws)) => {
                for (k, v) in ws.iter().enumerate().take(MAX_CID_WIDTHS) {
                    if let Some(v) = deref(doc, v).and_then(num) {
                        out.insert(first.saturating_add(k as u32), v);
                    }
                }
                i += 2;
            }
            Some(o) => {
                let last = num(o).unwrap_or(0.0).max(0.0) as u32;
                let width = w
                    .get(i + 2)
                    .and_then(|o| deref(doc, o))
                    .and_then(num)
                    .unwrap_or(0.0);
                if last >= first {
                    for cid in first..=last.min(first.saturating_add(MAX_CID_WIDTHS as u32)) {
                        if out.len() >= MAX_CID_WIDTHS {
                            break;
                        }
                        out.insert(cid, width);
                    }
                }
                i += 3;
            }
            None => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn differences_and_widths_of_a_simple_font() {
        let doc = Document::with_version("1.5");
        let dict = dictionary! {
            "Type" => "Font",
            "Subtype" => "Type1",
            "BaseFont" => "ABCDEF+VnTimes-Bold",
            "FirstChar" => 65,
            "Widths" => vec![Object::Integer(700), Object::Integer(600)],
            "Encoding" => dictionary! {
                "BaseEncoding" => "WinAnsiEncoding",
                "Differences" => vec![Object::Integer(66), Object::Name(b"ecircumflexdotbelow".to_vec())],
            },
        };
        let font = load(&doc, &dict, 1 << 20);
        assert_eq!(font.name, "VnTimes-Bold");
        assert!(font.bold);
        let mut got = Vec::new();
        font.decode(b"AB ", |g| {
            got.push((
                g.text.map(str::to_string),
                (g.width * 1000.0).round(),
                g.word_space,
            ))
        });
        assert_eq!(got[0], (Some("A".into()), 700.0, false));
        assert_eq!(got[1], (Some("ệ".into()), 600.0, false));
        assert_eq!(got[2].0.as_deref(), Some(" "));
        assert!(got[2].2);
    }

    #[test]
    fn cid_widths_both_forms() {
        let doc = Document::with_version("1.5");
        let w = vec![
            Object::Integer(1),
            Object::Array(vec![Object::Integer(500), Object::Integer(600)]),
            Object::Integer(10),
            Object::Integer(12),
            Object::Integer(300),
        ];
        let mut out = HashMap::new();
        read_cid_widths(&doc, &w, &mut out);
        assert_eq!(out.get(&2), Some(&600.0));
        assert_eq!(out.get(&12), Some(&300.0));
        assert_eq!(out.len(), 5);
    }
}
