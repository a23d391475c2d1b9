//! Simple-font encodings: the WinAnsi/MacRoman/Standard/Symbol base tables, `/Differences`
//! glyph names (Adobe Glyph List, `uniXXXX`, `uXXXX[XX]`, `a_b` ligatures) and ligature
//! expansion.

use std::borrow::Cow;

use super::glyph_tables::{
    GLYPH_NAMES, MAC_ROMAN_ENCODING, STANDARD_ENCODING, SYMBOL_ENCODING, WIN_ANSI_ENCODING,
};

/// A named base encoding of a simple font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BaseEncoding {
    Standard,
    WinAnsi,
    MacRoman,
    Symbol,
}

impl BaseEncoding {
    /// The encoding a `/Encoding` or `/BaseEncoding` name selects.
    pub fn from_name(name: &[u8]) -> Option<Self> {
        match name {
            b"WinAnsiEncoding" => Some(Self::WinAnsi),
            b"MacRomanEncoding" => Some(Self::MacRoman),
            b"StandardEncoding" => Some(Self::Standard),
            b"PDFDocEncoding" => Some(Self::WinAnsi),
            _ => None,
        }
    }

    /// The text of one code, or `None` when the encoding leaves it undefined.
    pub fn text(self, code: u8) -> Option<char> {
        let table = match self {
            Self::Standard => &STANDARD_ENCODING,
            Self::WinAnsi => &WIN_ANSI_ENCODING,
            Self::MacRoman => &MAC_ROMAN_ENCODING,
            Self::Symbol => &SYMBOL_ENCODING,
        };
        let cp = table[usize::from(code)];
        if cp == 0 {
            // WinAnsi leaves a few C1 codes undefined; Latin-1 is what producers meant.
            return (self == Self::WinAnsi && code >= 0xA0).then(|| char::from(code));
        }
        char::from_u32(u32::from(cp))
    }
}

/// Unicode text for a glyph name, as a PDF viewer would copy it.
pub(super) fn glyph_name_text(name: &str) -> Option<String> {
    // "a.sc", "uni1EA1.alt": the suffix names a variant of the same character.
    let base = name.split('.').next().unwrap_or(name);
    if base.is_empty() {
        return None;
    }
    if base.contains('_') {
        let mut out = String::new();
        for part in base.split('_') {
            out.push_str(&component_text(part)?);
        }
        return Some(out);
    }
    component_text(base)
}

fn component_text(name: &str) -> Option<String> {
    if let Ok(i) = GLYPH_NAMES.binary_search_by(|(n, _)| (*n).cmp(name)) {
        let cp = GLYPH_NAMES[i].1;
        return char::from_u32(u32::from(cp))
            .map(|c| expand_ligatures(&c.to_string()).into_owned());
    }
    if let Some(hex) = name.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        let units: Vec<u16> = hex
            .as_bytes()
            .chunks(4)
            .filter_map(|c| std::str::from_utf8(c).ok())
            .filter_map(|c| u16::from_str_radix(c, 16).ok())
            .collect();
        let text: String = char::decode_utf16(units).filter_map(Result::ok).collect();
        return (!text.is_empty()).then_some(text);
    }
    if let Some(hex) = name.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .map(String::from);
    }
    None
}

/// Replaces typographic ligature characters (U+FB00..U+FB06) by their letters, so "ﬁle"
/// matches "file".
pub(super) fn expand_ligatures(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names_cover_vietnamese_and_conventions() {
        assert_eq!(glyph_name_text("ecircumflexdotbelow").as_deref(), Some("ệ"));
        assert_eq!(glyph_name_text("Ohornacute").as_deref(), Some("Ớ"));
        assert_eq!(glyph_name_text("dcroat").as_deref(), Some("đ"));
        assert_eq!(glyph_name_text("uni1EA1").as_deref(), Some("ạ"));
        assert_eq!(glyph_name_text("uni00660069").as_deref(), Some("fi"));
        assert_eq!(glyph_name_text("u1EF9").as_deref(), Some("ỹ"));
        assert_eq!(glyph_name_text("u1D400").as_deref(), Some("\u{1D400}"));
        assert_eq!(glyph_name_text("ffi").as_deref(), Some("ffi"));
        assert_eq!(glyph_name_text("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(glyph_name_text("a.sc").as_deref(), Some("a"));
        assert_eq!(glyph_name_text("g123"), None);
        assert_eq!(glyph_name_text(""), None);
    }

    #[test]
    fn base_encodings_differ_where_they_should() {
        assert_eq!(BaseEncoding::WinAnsi.text(0x93), Some('\u{201C}'));
        assert_eq!(BaseEncoding::MacRoman.text(0x8E), Some('é'));
        assert_eq!(BaseEncoding::Standard.text(0xAE), Some('\u{FB01}'));
        assert_eq!(BaseEncoding::WinAnsi.text(b'A'), Some('A'));
        assert_eq!(expand_ligatures("\u{FB01}le"), "file");
    }
}
