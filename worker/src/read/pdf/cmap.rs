//! CMap parsing: ToUnicode maps (`bfchar`/`bfrange`, array and multi-character targets,
//! surrogate pairs) and embedded encoding CMaps (`codespacerange`, `cidchar`/`cidrange`).

use std::collections::HashMap;

/// Most code → text entries one CMap may expand to; a hostile `bfrange` over 2^32 codes must
/// not allocate without bound.
const MAX_ENTRIES: usize = 1 << 18;

/// A parsed CMap: how byte strings split into codes and what each code means.
#[derive(Debug, Default, Clone)]
pub(super) struct CMap {
    /// `(byte length, low, high)` of each code space range, in file order.
    pub codespace: Vec<(u8, u32, u32)>,
    /// Code → Unicode text (ToUnicode).
    pub unicode: HashMap<u32, Box<str>>,
    /// Code → CID (encoding CMaps).
    pub cids: HashMap<u32, u32>,
}

impl CMap {
    /// Splits `bytes` into codes with the code space ranges; without ranges every code is
    /// `default_len` bytes long.
    pub fn next_code(&self, bytes: &[u8], default_len: usize) -> (u32, usize) {
        if !self.codespace.is_empty() {
            let mut code = 0u32;
            for len in 1..=bytes.len().min(4) {
                code = (code << 8) | u32::from(bytes[len - 1]);
                if self
                    .codespace
                    .iter()
                    .any(|&(l, lo, hi)| usize::from(l) == len && (lo..=hi).contains(&code))
                {
                    return (code, len);
                }
            }
        }
        let len = default_len.clamp(1, 4).min(bytes.len()).max(1);
        let mut code = 0u32;
        for b in bytes.iter().take(len) {
            code = (code << 8) | u32::from(*b);
        }
        (code, len)
    }

    /// Number of bytes per code when all code space ranges agree, else `None`.
    pub fn uniform_code_len(&self) -> Option<usize> {
        let first = self.codespace.first()?.0;
        self.codespace
            .iter()
            .all(|r| r.0 == first)
            .then_some(usize::from(first))
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Int(i64),
    Word(Vec<u8>),
    Open,
    Close,
}

fn tokens(data: &[u8]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        match c {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                i += 1;
                let mut digits = Vec::new();
                while i < data.len() && data[i] != b'>' {
                    if data[i].is_ascii_hexdigit() {
                        digits.push(data[i]);
                    }
                    i += 1;
                }
                i += 1;
                if digits.len() % 2 == 1 {
                    digits.push(b'0');
                }
                let bytes = digits
                    .chunks(2)
                    .map(|p| (hex_val(p[0]) << 4) | hex_val(p[1]))
                    .collect();
                out.push(Token::Hex(bytes));
            }
            b'(' => {
                // Literal strings only appear in the CMap header (registry names); skip them.
                let mut depth = 0usize;
                while i < data.len() {
                    match data[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'[' => {
                out.push(Token::Open);
                i += 1;
            }
            b']' => {
                out.push(Token::Close);
                i += 1;
            }
            c if c.is_ascii_whitespace() || c == 0 => i += 1,
            _ => {
                let start = i;
                while i < data.len()
                    && !data[i].is_ascii_whitespace()
                    && !b"<>[]()%".contains(&data[i])
                {
                    i += 1;
                }
                if i == start {
                    i += 1;
                    continue;
                }
                let word = &data[start..i];
                match std::str::from_utf8(word)
                    .ok()
                    .and_then(|s| s.parse::<i64>().ok())
                {
                    Some(n) => out.push(Token::Int(n)),
                    None => out.push(Token::Word(word.to_vec())),
                }
            }
        }
    }
    out
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => 0,
    }
}

fn code_of(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .rev()
        .take(4)
        .rev()
        .fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
}

/// UTF-16BE target bytes to text; a single byte (seen in sloppy CMaps) is taken as a code point.
fn utf16_text(bytes: &[u8]) -> String {
    if bytes.len() == 1 {
        return char::from(bytes[0]).to_string();
    }
    let units = bytes
        .chunks(2)
        .map(|p| (u16::from(p[0]) << 8) | u16::from(*p.get(1).unwrap_or(&0)));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect()
}

/// Target text for `code = lo + offset` in a `bfrange` with a string target: the last UTF-16
/// unit is incremented by the offset.
fn range_text(base: &[u8], offset: u32) -> String {
    if base.len() < 2 {
        let v = u32::from(*base.first().unwrap_or(&0)) + offset;
        return char::from_u32(v).map(String::from).unwrap_or_default();
    }
    let mut units: Vec<u16> = base
        .chunks(2)
        .map(|p| (u16::from(p[0]) << 8) | u16::from(*p.get(1).unwrap_or(&0)))
        .collect();
    if let Some(last) = units.last_mut() {
        let v = u32::from(*last) + offset;
        if v > 0xFFFF {
            // Crossing a UTF-16 unit boundary: recompute the whole scalar when the base is a
            // single BMP character.
            if units.len() == 1 {
                let scalar = u32::from(units[0]) + offset;
                return char::from_u32(scalar).map(String::from).unwrap_or_default();
            }
            return String::new();
        }
        *last = v as u16;
    }
    char::decode_utf16(units.iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect()
}

/// Parses a CMap stream's decoded bytes. Malformed sections are skipped, never fatal.
pub(super) fn parse(data: &[u8]) -> CMap {
    let toks = tokens(data);
    let mut cmap = CMap::default();
    let mut entries = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let Token::Word(w) = &toks[i] else {
            i += 1;
            continue;
        };
        i += 1;
        match w.as_slice() {
            b"begincodespacerange" => {
                while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                    (toks.get(i), toks.get(i + 1))
                {
                    if !lo.is_empty() && lo.len() <= 4 && cmap.codespace.len() < 64 {
                        cmap.codespace
                            .push((lo.len() as u8, code_of(lo), code_of(hi)));
                    }
                    i += 2;
                }
            }
            b"beginbfchar" => {
                while let (Some(Token::Hex(src)), Some(dst)) = (toks.get(i), toks.get(i + 1)) {
                    match dst {
                        Token::Hex(dst) => {
                            if entries < MAX_ENTRIES {
                                cmap.unicode.insert(code_of(src), utf16_text(dst).into());
                                entries += 1;
                            }
                        }
                        Token::Word(name) => {
                            if let Some(text) = std::str::from_utf8(name).ok().and_then(|n| {
                                super::encoding::glyph_name_text(n.trim_start_matches('/'))
                            }) {
                                cmap.unicode.insert(code_of(src), text.into());
                                entries += 1;
                            }
                        }
                        _ => break,
                    }
                    i += 2;
                }
            }
            b"beginbfrange" => {
                while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) =
                    (toks.get(i), toks.get(i + 1))
                {
                    let (lo, hi) = (code_of(lo), code_of(hi));
                    i += 2;
                    match toks.get(i) {
                        Some(Token::Hex(base)) => {
                            i += 1;
                            if hi < lo {
                                continue;
                            }
                            for code in lo..=hi {
                                if entries >= MAX_ENTRIES {
                                    break;
                                }
                                cmap.unicode
                                    .insert(code, range_text(base, code - lo).into());
                                entries += 1;
                            }
                        }
                        Some(Token::Open) => {
                            i += 1;
                            let mut code = lo;
                            while let Some(Token::Hex(dst)) = toks.get(i) {
                                if code <= hi && entries < MAX_ENTRIES {
                                    cmap.unicode.insert(code, utf16_text(dst).into());
                                    entries += 1;
                                }
                                code = code.saturating_add(1);
                                i += 1;
                            }
                            if toks.get(i) == Some(&Token::Close) {
                                i += 1;
                            }
                        }
                        _ => break,
                    }
                }
            }
            b"begincidchar" => {
                while let (Some(Token::Hex(src)), Some(Token::Int(cid))) =
                    (toks.get(i), toks.get(i + 1))
                {
                    if entries < MAX_ENTRIES {
                        cmap.cids
                            .insert(code_of(src), u32::try_from(*cid).unwrap_or(0));
                        entries += 1;
                    }
                    i += 2;
                }
            }
            b"begincidrange" => {
                while let (Some(Token::Hex(lo)), Some(Token::Hex(hi)), Some(Token::Int(cid))) =
                    (toks.get(i), toks.get(i + 1), toks.get(i + 2))
                {
                    let (lo, hi) = (code_of(lo), code_of(hi));
                    let base = u32::try_from(*cid).unwrap_or(0);
                    if hi >= lo {
                        for code in lo..=hi {
                            if entries >= MAX_ENTRIES {
                                break;
                            }
                            cmap.cids.insert(code, base.saturating_add(code - lo));
                            entries += 1;
                        }
                    }
                    i += 3;
                }
            }
            _ => {}
        }
    }
    cmap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_and_bfrange_forms() {
        let src = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
            /CMapName /Adobe-Identity-UCS def
            1 begincodespacerange <0000> <FFFF> endcodespacerange
            3 beginbfchar
            <0003> <0020>
            <0011> <1EC7>
            <0050> <00660069>
            endbfchar
            3 beginbfrange
            <0024> <0026> <0041>
            <0030> <0032> [<0065> <0111> <D835DC00>]
            <0040> <0040> <0066006C>
            endbfrange
            endcmap";
        let cmap = parse(src);
        let get = |c: u32| cmap.unicode.get(&c).map(|s| s.to_string());
        assert_eq!(get(0x03).as_deref(), Some(" "));
        assert_eq!(get(0x11).as_deref(), Some("ệ"));
        assert_eq!(get(0x50).as_deref(), Some("fi"));
        assert_eq!(get(0x24).as_deref(), Some("A"));
        assert_eq!(get(0x26).as_deref(), Some("C"));
        assert_eq!(get(0x31).as_deref(), Some("đ"));
        assert_eq!(get(0x32).as_deref(), Some("\u{1D400}"));
        assert_eq!(get(0x40).as_deref(), Some("fl"));
        assert_eq!(cmap.uniform_code_len(), Some(2));
        assert_eq!(cmap.next_code(&[0x00, 0x11, 0x00], 1), (0x11, 2));
    }

    #[test]
    fn mixed_code_space_splits_bytes() {
        let cmap = parse(
            b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
              1 begincidrange <8140> <8142> 633 endcidrange",
        );
        assert_eq!(cmap.next_code(&[0x41, 0x81, 0x40], 2), (0x41, 1));
        assert_eq!(cmap.next_code(&[0x81, 0x41], 2), (0x8141, 2));
        assert_eq!(cmap.cids.get(&0x8142), Some(&635));
        assert_eq!(cmap.uniform_code_len(), None);
    }

    #[test]
    fn hostile_ranges_are_bounded() {
        let cmap = parse(b"1 beginbfrange <00000000> <FFFFFFFF> <0041> endbfrange");
        assert!(cmap.unicode.len() <= MAX_ENTRIES);
        let broken = parse(b"beginbfchar <01> endbfchar <02 beginbfrange [ ] <");
        assert!(broken.unicode.is_empty());
    }
}
