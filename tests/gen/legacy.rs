//! Encoders from Unicode to the two pre-2003 Vietnamese 8-bit font encodings (TCVN3/ABC and
//! VNI-Windows), written from the public tables independently of `worker::vntext`, so that the
//! samples cross-check the worker's decoder instead of mirroring it.
//!
//! A legacy DOCX stores each byte as the Latin-1 character of the same value in a run whose font
//! is `.VnTime` (TCVN3), `.VnTimeH` (TCVN3, capitals-only glyphs) or `VNI-Times`.

use unicode_normalization::UnicodeNormalization;

/// TCVN3 (TCVN 5712:1993 VN3): one byte per letter; lower-case letters only for toned vowels
/// (upper-case toned letters are typed in `.VnTimeH`, whose lower-case slots draw capitals).
const TCVN3: &[(char, u8)] = &[
    ('Ă', 0xA1),
    ('Â', 0xA2),
    ('Ê', 0xA3),
    ('Ô', 0xA4),
    ('Ơ', 0xA5),
    ('Ư', 0xA6),
    ('Đ', 0xA7),
    ('ă', 0xA8),
    ('â', 0xA9),
    ('ê', 0xAA),
    ('ô', 0xAB),
    ('ơ', 0xAC),
    ('ư', 0xAD),
    ('đ', 0xAE),
    ('à', 0xB5),
    ('ả', 0xB6),
    ('ã', 0xB7),
    ('á', 0xB8),
    ('ạ', 0xB9),
    ('ằ', 0xBB),
    ('ẳ', 0xBC),
    ('ẵ', 0xBD),
    ('ắ', 0xBE),
    ('ặ', 0xC6),
    ('ầ', 0xC7),
    ('ẩ', 0xC8),
    ('ẫ', 0xC9),
    ('ấ', 0xCA),
    ('ậ', 0xCB),
    ('è', 0xCC),
    ('ẻ', 0xCE),
    ('ẽ', 0xCF),
    ('é', 0xD0),
    ('ẹ', 0xD1),
    ('ề', 0xD2),
    ('ể', 0xD3),
    ('ễ', 0xD4),
    ('ế', 0xD5),
    ('ệ', 0xD6),
    ('ì', 0xD7),
    ('ỉ', 0xD8),
    ('ĩ', 0xDC),
    ('í', 0xDD),
    ('ị', 0xDE),
    ('ò', 0xDF),
    ('ỏ', 0xE1),
    ('õ', 0xE2),
    ('ó', 0xE3),
    ('ọ', 0xE4),
    ('ồ', 0xE5),
    ('ổ', 0xE6),
    ('ỗ', 0xE7),
    ('ố', 0xE8),
    ('ộ', 0xE9),
    ('ờ', 0xEA),
    ('ở', 0xEB),
    ('ỡ', 0xEC),
    ('ớ', 0xED),
    ('ợ', 0xEE),
    ('ù', 0xEF),
    ('ủ', 0xF1),
    ('ũ', 0xF2),
    ('ú', 0xF3),
    ('ụ', 0xF4),
    ('ừ', 0xF5),
    ('ử', 0xF6),
    ('ữ', 0xF7),
    ('ứ', 0xF8),
    ('ự', 0xF9),
    ('ỳ', 0xFA),
    ('ỷ', 0xFB),
    ('ỹ', 0xFC),
    ('ý', 0xFD),
    ('ỵ', 0xFE),
];

/// VNI-Windows: a base letter followed by a mark byte, or one byte for a few letters.
const VNI_SINGLE: &[(char, &str)] = &[
    ('đ', "ñ"),
    ('Đ', "Ñ"),
    ('ơ', "ô"),
    ('Ơ', "Ô"),
    ('ư', "ö"),
    ('Ư', "Ö"),
    ('í', "í"),
    ('ì', "ì"),
    ('ỉ', "æ"),
    ('ĩ', "ó"),
    ('ị', "ò"),
    ('Í', "Í"),
    ('Ì', "Ì"),
    ('Ỉ', "Æ"),
    ('Ĩ', "Ó"),
    ('Ị', "Ò"),
    ('ỵ', "î"),
    ('Ỵ', "Î"),
];

/// Which font a legacy run is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// `.VnTime`: mixed case; a toned capital needs a `.VnTimeH` run of its own.
    Tcvn3,
    /// `.VnTimeH`: everything drawn as capitals.
    Tcvn3Caps,
    /// `VNI-Times`.
    Vni,
}

impl Legacy {
    pub fn font(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => ".VnTime",
            Legacy::Tcvn3Caps => ".VnTimeH",
            Legacy::Vni => "VNI-Times",
        }
    }
}

/// Splits `text` into (font, encoded text) runs. `.VnTime` text whose toned capitals TCVN3
/// cannot hold is split the way typists did it: the capital goes into a `.VnTimeH` run.
pub fn encode_runs(text: &str, legacy: Legacy) -> Vec<(Legacy, String)> {
    let mut runs: Vec<(Legacy, String)> = Vec::new();
    let mut push = |font: Legacy, s: &str| match runs.last_mut() {
        Some((f, buf)) if *f == font => buf.push_str(s),
        _ => runs.push((font, s.to_string())),
    };
    for c in text.nfc() {
        match legacy {
            Legacy::Vni => push(Legacy::Vni, &vni_char(c)),
            Legacy::Tcvn3Caps => push(Legacy::Tcvn3Caps, &tcvn3_caps_char(c)),
            Legacy::Tcvn3 => match tcvn3_char(c) {
                Some(s) => push(Legacy::Tcvn3, &s),
                None => push(Legacy::Tcvn3Caps, &tcvn3_caps_char(c)),
            },
        }
    }
    runs
}

/// One character in `.VnTime`; None for a toned capital that only `.VnTimeH` can draw.
fn tcvn3_char(c: char) -> Option<String> {
    if c.is_ascii() {
        return Some(c.to_string());
    }
    TCVN3
        .iter()
        .find(|(u, _)| *u == c)
        .map(|(_, b)| char::from(*b).to_string())
}

/// One character in `.VnTimeH`: toned letters use the lower-case slots, ASCII is upper-cased.
fn tcvn3_caps_char(c: char) -> String {
    if c.is_ascii() {
        return c.to_ascii_uppercase().to_string();
    }
    let lower: String = c.to_lowercase().collect();
    let mut chars = lower.chars();
    match (chars.next(), chars.next()) {
        (Some(l), None) => TCVN3
            .iter()
            .find(|(u, _)| *u == l)
            .map(|(_, b)| char::from(*b).to_string())
            .unwrap_or_else(|| c.to_string()),
        _ => c.to_string(),
    }
}

/// One character in VNI-Windows: decomposes into base letter + marks and spells the marks.
fn vni_char(c: char) -> String {
    if c.is_ascii() {
        return c.to_string();
    }
    if let Some((_, s)) = VNI_SINGLE.iter().find(|(u, _)| *u == c) {
        return (*s).to_string();
    }
    let decomposed: Vec<char> = c.to_string().nfd().collect();
    let Some(&base) = decomposed.first() else {
        return c.to_string();
    };
    let upper = base.is_uppercase();
    let mut modifier = None; // breve or circumflex
    let mut horn = false;
    let mut tone = None;
    for &m in &decomposed[1..] {
        match m {
            '\u{0306}' => modifier = Some('ê'),
            '\u{0302}' => modifier = Some('â'),
            '\u{031B}' => horn = true,
            '\u{0301}' | '\u{0300}' | '\u{0309}' | '\u{0303}' | '\u{0323}' => tone = Some(m),
            _ => return c.to_string(),
        }
    }
    let mut out = String::new();
    if horn {
        // ơ/ư are single bytes; the tone follows them.
        let lower_base = base.to_ascii_lowercase();
        let hb = match lower_base {
            'o' => 'ô',
            'u' => 'ö',
            _ => return c.to_string(),
        };
        out.push(if upper { upper_latin1(hb) } else { hb });
        if let Some(t) = tone {
            out.push(plain_tone(t, upper));
        }
        return out;
    }
    out.push(base);
    match (modifier, tone) {
        (None, Some(t)) => out.push(plain_tone(t, upper)),
        (None, None) => {}
        (Some('ê'), t) => out.push(breve_mark(t, upper)),
        (Some(_), t) => out.push(circumflex_mark(t, upper)),
    }
    out
}

/// Tone bytes after a plain vowel (a, e, o, u, y) or after ơ/ư.
fn plain_tone(t: char, upper: bool) -> char {
    let lower = match t {
        '\u{0301}' => 'ù',
        '\u{0300}' => 'ø',
        '\u{0309}' => 'û',
        '\u{0303}' => 'õ',
        _ => 'ï',
    };
    if upper { upper_latin1(lower) } else { lower }
}

/// The byte after `a` that spells ă and its tones.
fn breve_mark(t: Option<char>, upper: bool) -> char {
    let lower = match t {
        None => 'ê',
        Some('\u{0301}') => 'é',
        Some('\u{0300}') => 'è',
        Some('\u{0309}') => 'ú',
        Some('\u{0303}') => 'ü',
        Some(_) => 'ë',
    };
    if upper { upper_latin1(lower) } else { lower }
}

/// The byte after `a`, `e`, `o` that spells â/ê/ô and their tones.
fn circumflex_mark(t: Option<char>, upper: bool) -> char {
    let lower = match t {
        None => 'â',
        Some('\u{0301}') => 'á',
        Some('\u{0300}') => 'à',
        Some('\u{0309}') => 'å',
        Some('\u{0303}') => 'ã',
        Some(_) => 'ä',
    };
    if upper { upper_latin1(lower) } else { lower }
}

/// Latin-1 upper case is the byte minus 0x20 for the letters used here.
fn upper_latin1(c: char) -> char {
    char::from_u32(c as u32 - 0x20).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str, legacy: Legacy) -> String {
        encode_runs(text, legacy)
            .into_iter()
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn tcvn3_matches_the_brief_example() {
        assert_eq!(
            joined("Quản lý chất lượng", Legacy::Tcvn3),
            "Qu¶n lý chÊt l\u{AD}îng"
        );
        assert_eq!(joined("Cộng hoà xã hội", Legacy::Tcvn3), "Céng hoµ x· héi");
    }

    #[test]
    fn tcvn3_toned_capital_moves_to_vntimeh() {
        let runs = encode_runs("Ủy ban", Legacy::Tcvn3);
        assert_eq!(runs[0], (Legacy::Tcvn3Caps, "ñ".to_string()));
        assert_eq!(runs[1], (Legacy::Tcvn3, "y ban".to_string()));
        assert_eq!(joined("Độc lập", Legacy::Tcvn3), "§éc lËp");
    }

    #[test]
    fn tcvn3_caps_uses_lower_slots() {
        assert_eq!(joined("QUY TRÌNH", Legacy::Tcvn3Caps), "QUY TR×NH");
    }

    #[test]
    fn vni_matches_known_spellings() {
        assert_eq!(joined("Xin chào", Legacy::Vni), "Xin chaøo");
        assert_eq!(
            joined("Quản lý chất lượng", Legacy::Vni),
            "Quaûn lyù chaát löôïng"
        );
        assert_eq!(joined("Độc lập", Legacy::Vni), "Ñoäc laäp");
        assert_eq!(joined("QUY TRÌNH", Legacy::Vni), "QUY TRÌNH");
        assert_eq!(joined("ẶN Ưở", Legacy::Vni), "AËN Öôû");
    }
}
