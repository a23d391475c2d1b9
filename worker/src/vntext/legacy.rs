//! Legacy 8-bit Vietnamese encodings (TCVN3/ABC and VNI-Windows) decoded to Unicode.
//!
//! Documents typed before the 2003 Unicode mandate store the font's 8-bit codes; Word and PDF
//! extractors hand them to us as the Windows-1252 (or Latin-1) characters of those bytes, e.g.
//! "Qu¶n lý chÊt l\u{AD}îng". The tables below follow TCVN 5712:1993 (VN3, the font subset) and
//! the VNI-Windows font layout as documented by UniKey's vnconv and GNU recode.

use unicode_normalization::UnicodeNormalization;

use super::syllable;
use crate::read::LegacyEncoding;

/// Which legacy encoding a font name implies (`.VnTime` → TCVN3, `VNI-Times` → VNI).
pub fn encoding_for_font(font: &str) -> Option<LegacyEncoding> {
    let f = font.trim().to_lowercase();
    if f.starts_with(".vn") {
        Some(LegacyEncoding::Tcvn3)
    } else if f.starts_with("vni") {
        Some(LegacyEncoding::Vni)
    } else {
        None
    }
}

/// True for the TCVN3 capitals-only fonts (`.VnTimeH`, `.VnArialH`): they draw every code as a
/// capital, so text typed in them must come out upper case.
pub fn is_caps_font(font: &str) -> bool {
    let f = font.trim();
    f.to_lowercase().starts_with(".vn") && f.len() > 4 && f.ends_with(['H', 'h'])
}

/// Decodes text by the encoding its font implies; `None` when the font is not a legacy font.
///
/// This is the entry point for readers that know the run's font, because only the font name
/// tells the capitals-only TCVN3 fonts apart.
pub fn decode_with_font(text: &str, font: &str) -> Option<(String, LegacyEncoding)> {
    let encoding = encoding_for_font(font)?;
    let decoded = decode(text, encoding);
    if is_caps_font(font) {
        Some((decoded.to_uppercase(), encoding))
    } else {
        Some((decoded, encoding))
    }
}

/// Decodes text that was typed in a legacy font and stored as if it were Latin-1/CP1252.
pub fn decode(text: &str, encoding: LegacyEncoding) -> String {
    let latin: Vec<char> = text.chars().map(to_latin1).collect();
    let out: String = match encoding {
        LegacyEncoding::Tcvn3 => latin.iter().map(|&c| tcvn3_char(c)).collect(),
        LegacyEncoding::Vni => decode_vni(&latin),
    };
    out.nfc().collect()
}

/// Brings a character back to the Latin-1 character of its font byte: CP1252 punctuation stays
/// (neither legacy table uses 0x80–0x9F, the fonts draw Windows punctuation there), C1 controls
/// become that punctuation, and Word's symbol-font private-use codes (U+F020–U+F0FF) lose their
/// offset.
fn to_latin1(c: char) -> char {
    let code = c as u32;
    if (0x80..0xA0).contains(&code) {
        return cp1252_char(code as u8).unwrap_or(c);
    }
    if (0xF020..=0xF0FF).contains(&code) {
        let byte = (code - 0xF000) as u8;
        if (0x80..0xA0).contains(&byte) {
            return cp1252_char(byte).unwrap_or(c);
        }
        return char::from(byte);
    }
    c
}

fn cp1252_char(byte: u8) -> Option<char> {
    Some(match byte {
        0x80 => '€',
        0x82 => '‚',
        0x83 => 'ƒ',
        0x84 => '„',
        0x85 => '…',
        0x86 => '†',
        0x87 => '‡',
        0x88 => 'ˆ',
        0x89 => '‰',
        0x8A => 'Š',
        0x8B => '‹',
        0x8C => 'Œ',
        0x8E => 'Ž',
        0x91 => '‘',
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x95 => '•',
        0x96 => '–',
        0x97 => '—',
        0x98 => '˜',
        0x99 => '™',
        0x9A => 'š',
        0x9B => '›',
        0x9C => 'œ',
        0x9E => 'ž',
        0x9F => 'Ÿ',
        _ => return None,
    })
}

/// TCVN3 (VN3) bytes 0xA1–0xFE; 0 marks a code the font subset leaves to Latin-1.
const TCVN3_HIGH: [char; 94] = [
    // 0xA1..=0xAF
    'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', '\0',
    // 0xB0..=0xBF
    '\0', '\0', '\0', '\0', '\0', 'à', 'ả', 'ã', 'á', 'ạ', '\0', 'ằ', 'ẳ', 'ẵ', 'ắ', '\0',
    // 0xC0..=0xCF
    '\0', '\0', '\0', '\0', '\0', '\0', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', '\0', 'ẻ', 'ẽ',
    // 0xD0..=0xDF
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', '\0', '\0', '\0', 'ĩ', 'í', 'ị', 'ò',
    // 0xE0..=0xEF
    '\0', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
    // 0xF0..=0xFE
    '\0', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ',
];

fn tcvn3_char(c: char) -> char {
    let code = c as u32;
    if (0xA1..=0xFE).contains(&code) {
        let mapped = TCVN3_HIGH[(code - 0xA1) as usize];
        if mapped != '\0' {
            return mapped;
        }
    }
    c
}

const GRAVE: char = '\u{300}';
const ACUTE: char = '\u{301}';
const TILDE: char = '\u{303}';
const HOOK: char = '\u{309}';
const DOT: char = '\u{323}';
const CIRCUMFLEX: char = '\u{302}';
const BREVE: char = '\u{306}';

/// What a VNI mark byte adds to the vowel before it.
#[derive(Clone, Copy)]
enum VniMark {
    Tone(char),
    Circumflex(Option<char>),
    Breve(Option<char>),
}

fn vni_mark(c: char) -> Option<VniMark> {
    use VniMark::*;
    Some(match c {
        'ø' | 'Ø' => Tone(GRAVE),
        'ù' | 'Ù' => Tone(ACUTE),
        'û' | 'Û' => Tone(HOOK),
        'õ' | 'Õ' => Tone(TILDE),
        'ï' | 'Ï' => Tone(DOT),
        'â' | 'Â' => Circumflex(None),
        'à' | 'À' => Circumflex(Some(GRAVE)),
        'á' | 'Á' => Circumflex(Some(ACUTE)),
        'å' | 'Å' => Circumflex(Some(HOOK)),
        'ã' | 'Ã' => Circumflex(Some(TILDE)),
        'ä' | 'Ä' => Circumflex(Some(DOT)),
        'ê' | 'Ê' => Breve(None),
        'è' | 'È' => Breve(Some(GRAVE)),
        'é' | 'É' => Breve(Some(ACUTE)),
        'ú' | 'Ú' => Breve(Some(HOOK)),
        'ü' | 'Ü' => Breve(Some(TILDE)),
        'ë' | 'Ë' => Breve(Some(DOT)),
        _ => return None,
    })
}

/// Letters VNI writes with one byte.
fn vni_single(c: char) -> char {
    match c {
        'ñ' => 'đ',
        'Ñ' => 'Đ',
        'ô' => 'ơ',
        'Ô' => 'Ơ',
        'ö' => 'ư',
        'Ö' => 'Ư',
        'æ' => 'ỉ',
        'Æ' => 'Ỉ',
        'ó' => 'ĩ',
        'Ó' => 'Ĩ',
        'ò' => 'ị',
        'Ò' => 'Ị',
        'î' => 'ỵ',
        'Î' => 'Ỵ',
        other => other,
    }
}

/// Which marks may follow a VNI base letter: a takes circumflex and breve, e/o the circumflex,
/// and every vowel letter a tone.
fn vni_accepts(base: char, mark: VniMark) -> bool {
    let lower = base.to_lowercase().next().unwrap_or(base);
    match mark {
        VniMark::Tone(_) => matches!(lower, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư'),
        VniMark::Circumflex(_) => matches!(lower, 'a' | 'e' | 'o'),
        VniMark::Breve(_) => lower == 'a',
    }
}

fn decode_vni(chars: &[char]) -> String {
    let mut out = String::with_capacity(chars.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let base = vni_single(chars[i]);
        out.push(base);
        if let Some(mark) = chars.get(i + 1).and_then(|&c| vni_mark(c))
            && vni_accepts(base, mark)
        {
            match mark {
                VniMark::Tone(t) => out.push(t),
                VniMark::Circumflex(t) => {
                    out.push(CIRCUMFLEX);
                    out.extend(t);
                }
                VniMark::Breve(t) => {
                    out.push(BREVE);
                    out.extend(t);
                }
            }
            i += 1;
        }
        i += 1;
    }
    out
}

/// Letters that only Unicode Vietnamese has (outside Latin-1), and combining marks of NFD text:
/// their presence says the text is already Unicode.
fn is_unicode_vietnamese(c: char) -> bool {
    matches!(c as u32,
        0x0102 | 0x0103 | 0x0110 | 0x0111 | 0x0128 | 0x0129 | 0x0168 | 0x0169 | 0x01A0 | 0x01A1
        | 0x01AF | 0x01B0 | 0x0300..=0x0309 | 0x0323 | 0x1EA0..=0x1EF9)
}

/// Share of well-formed syllables among words, before and after decoding.
#[derive(Debug, Default)]
struct Score {
    words: usize,
    changed: usize,
    valid_before_changed: usize,
    valid_after_changed: usize,
    valid_after: usize,
}

fn score(text: &str, encoding: LegacyEncoding) -> Score {
    let mut s = Score::default();
    for raw in text.split(|c: char| c.is_whitespace()) {
        let word = raw.trim_matches(|c: char| c.is_ascii_punctuation() || c.is_ascii_digit());
        if word.is_empty() || !word.chars().any(|c| c.is_alphabetic() || c as u32 >= 0xA0) {
            continue;
        }
        s.words += 1;
        let decoded = decode(word, encoding);
        let decoded =
            decoded.trim_matches(|c: char| c.is_ascii_punctuation() || !(c.is_alphanumeric()));
        let valid_after = syllable::is_valid(decoded);
        if valid_after {
            s.valid_after += 1;
        }
        if decoded != word {
            s.changed += 1;
            if valid_after {
                s.valid_after_changed += 1;
            }
            if syllable::is_valid(word) {
                s.valid_before_changed += 1;
            }
        }
    }
    s
}

/// Guesses, from character statistics, whether text is legacy-encoded mojibake.
///
/// For text whose font does not say (pasted text, PDF fonts with made-up names). It decodes the
/// words both ways and accepts an encoding only when the words it changes become well-formed
/// Vietnamese syllables that they were not before, and the text as a whole then reads as
/// Vietnamese; genuine Unicode Vietnamese, English, French or German text does not improve.
pub fn detect(text: &str) -> Option<LegacyEncoding> {
    let unicode_vn = text.chars().filter(|&c| is_unicode_vietnamese(c)).count();
    let mut best: Option<(LegacyEncoding, usize)> = None;
    for encoding in [LegacyEncoding::Tcvn3, LegacyEncoding::Vni] {
        let s = score(text, encoding);
        // One word is too little evidence: a lone "¤" or "¡" in a character table decodes to a
        // valid syllable ("Ô", "ă") without being Vietnamese.
        if s.changed == 0 || s.words < 2 {
            continue;
        }
        let gain = s.valid_after_changed.saturating_sub(s.valid_before_changed);
        let plausible = s.valid_after_changed * 10 >= s.changed * 7
            && s.valid_after * 10 >= s.words * 6
            && gain * 2 >= s.changed
            && gain >= 1
            && unicode_vn * 4 < s.changed;
        if plausible && best.is_none_or(|(_, g)| gain > g) {
            best = Some((encoding, gain));
        }
    }
    best.map(|(e, _)| e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use LegacyEncoding::{Tcvn3, Vni};

    /// Encodes Unicode Vietnamese into TCVN3 as Latin-1 characters (test fixture builder).
    fn to_tcvn3(text: &str) -> String {
        text.chars()
            .map(|c| match TCVN3_HIGH.iter().position(|&m| m == c) {
                Some(i) => char::from(0xA1 + i as u8),
                None => c,
            })
            .collect()
    }

    #[test]
    fn tcvn3_known_words() {
        let cases = [
            ("Qu¶n lý chÊt l\u{AD}îng", "Quản lý chất lượng"),
            ("Hå s¬ l\u{AD}u tr÷", "Hồ sơ lưu trữ"),
            ("Thñ tôc hµnh chÝnh", "Thủ tục hành chính"),
            ("§¸nh gi¸ néi bé", "Đánh giá nội bộ"),
            ("Hµnh ®éng kh¾c phôc", "Hành động khắc phục"),
            ("Sæ tay chÊt l\u{AD}îng", "Sổ tay chất lượng"),
            ("ViÖt Nam", "Việt Nam"),
            ("Uû ban nh©n d©n x·", "Uỷ ban nhân dân xã"),
            ("KiÓm so¸t tµi liÖu", "Kiểm soát tài liệu"),
            ("Xem xÐt cña l·nh ®¹o", "Xem xét của lãnh đạo"),
            ("Môc ®Ých", "Mục đích"),
            ("Ph¹m vi ¸p dông", "Phạm vi áp dụng"),
            ("Tr¸ch nhiÖm", "Trách nhiệm"),
            ("Ng\u{AD}êi ký", "Người ký"),
            ("§¨ng ký khai sinh", "Đăng ký khai sinh"),
            ("C¬ héi vµ rñi ro", "Cơ hội và rủi ro"),
            ("Thêi gian l\u{AD}u: 05 n¨m", "Thời gian lưu: 05 năm"),
            ("Chñ tÞch UBND", "Chủ tịch UBND"),
            ("Nguþ", "Nguỵ"),
            ("ThÈm ®Þnh", "Thẩm định"),
            ("Tháa thuËn", "Thỏa thuận"),
        ];
        for (legacy, unicode) in cases {
            assert_eq!(decode(legacy, Tcvn3), unicode, "decoding {legacy:?}");
        }
    }

    #[test]
    fn tcvn3_table_round_trips_every_letter() {
        let letters = "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵĂÂÊÔƠƯĐ";
        assert_eq!(decode(&to_tcvn3(letters), Tcvn3), letters);
    }

    #[test]
    fn tcvn3_caps_fonts_decode_to_upper_case() {
        let (text, enc) =
            decode_with_font("qu¶n lý chÊt l\u{AD}îng", ".VnTimeH").expect("a legacy font");
        assert_eq!(text, "QUẢN LÝ CHẤT LƯỢNG");
        assert_eq!(enc, Tcvn3);
        let (text, _) = decode_with_font("§¨NG Ký KHAI SINH", ".VnArialH").expect("a legacy font");
        assert_eq!(text, "ĐĂNG KÝ KHAI SINH");
        let (text, _) = decode_with_font("Qu¶n lý", ".VnTime").expect("a legacy font");
        assert_eq!(text, "Quản lý");
        assert!(decode_with_font("Quản lý", "Times New Roman").is_none());
        assert!(is_caps_font(".VnArial NarrowH"));
        assert!(!is_caps_font(".VnArial Narrow"));
        assert!(!is_caps_font("VNI-Helve"));
    }

    #[test]
    fn cp1252_and_latin1_views_of_the_same_bytes_agree() {
        // 0x93/0x94 are quotes and 0x96 an en dash in CP1252; Latin-1 gives C1 controls.
        let cp1252 = "\u{201C}Qu¶n lý\u{201D} \u{2013} chÊt l\u{AD}îng";
        let latin1 = "\u{93}Qu¶n lý\u{94} \u{96} chÊt l\u{AD}îng";
        let expected = "\u{201C}Quản lý\u{201D} \u{2013} chất lượng";
        assert_eq!(decode(cp1252, Tcvn3), expected);
        assert_eq!(decode(latin1, Tcvn3), expected);
        assert_eq!(
            decode("\u{93}Xin chaøo\u{94}", Vni),
            "\u{201C}Xin chào\u{201D}"
        );
        // Word's symbol-font private-use codes.
        assert_eq!(decode("Qu\u{F0B6}n", Tcvn3), "Quản");
    }

    #[test]
    fn vni_known_words() {
        let cases = [
            ("Xin chaøo", "Xin chào"),
            ("Vieät Nam", "Việt Nam"),
            ("ñ", "đ"),
            ("Ñ", "Đ"),
            ("Quaûn lyù chaát löôïng", "Quản lý chất lượng"),
            ("Thuû tuïc haønh chính", "Thủ tục hành chính"),
            ("Ñaêng kyù khai sinh", "Đăng ký khai sinh"),
            ("Ñaùnh giaù noäi boä", "Đánh giá nội bộ"),
            ("Haønh ñoäng khaéc phuïc", "Hành động khắc phục"),
            ("Hoà sô löu tröõ", "Hồ sơ lưu trữ"),
            ("Ngöôøi kyù", "Người ký"),
            ("Uûy ban nhaân daân xaõ", "Ủy ban nhân dân xã"),
            ("Kieåm soaùt taøi lieäu", "Kiểm soát tài liệu"),
            ("Thôøi gian löu: 05 naêm", "Thời gian lưu: 05 năm"),
            ("tæ leä", "tỉ lệ"),
            ("ngaõ", "ngã"),
            ("Ñaø Naüng", "Đà Nẵng"),
            ("Nguî", "Nguỵ"),
            ("kyõ thuaät", "kỹ thuật"),
            ("ñöôïc", "được"),
            ("naëng", "nặng"),
            ("nhaèm", "nhằm"),
            ("Chuû tòch", "Chủ tịch"),
            ("mieãn", "miễn"),
            ("ñaàu tieân", "đầu tiên"),
            ("aån", "ẩn"),
            ("vaãn", "vẫn"),
            ("khoù", "khó"),
            ("Thaåm ñònh", "Thẩm định"),
            ("tôùi", "tới"),
            ("nöûa", "nửa"),
            ("nhöõng", "những"),
            ("keát quaû", "kết quả"),
            ("hoà sô", "hồ sơ"),
        ];
        for (legacy, unicode) in cases {
            assert_eq!(decode(legacy, Vni), unicode, "decoding {legacy:?}");
        }
    }

    #[test]
    fn vni_upper_case() {
        let cases = [
            ("VIEÄT NAM", "VIỆT NAM"),
            ("QUAÛN LYÙ CHAÁT LÖÔÏNG", "QUẢN LÝ CHẤT LƯỢNG"),
            ("ÑAÊNG KYÙ KEÁT HOÂN", "ĐĂNG KÝ KẾT HÔN"),
            ("QUY TRÌNH", "QUY TRÌNH"),
            ("ÑAØ NAÜNG", "ĐÀ NẴNG"),
            ("THÔØI GIAN", "THỜI GIAN"),
            ("ÑAËT", "ĐẶT"),
            ("TÆNH", "TỈNH"),
        ];
        for (legacy, unicode) in cases {
            assert_eq!(decode(legacy, Vni), unicode, "decoding {legacy:?}");
        }
    }

    #[test]
    fn fonts_name_their_encoding() {
        assert_eq!(encoding_for_font(".VnTime"), Some(Tcvn3));
        assert_eq!(encoding_for_font(".VnArialH"), Some(Tcvn3));
        assert_eq!(encoding_for_font("VNI-Times"), Some(Vni));
        assert_eq!(encoding_for_font("VNI-Helve"), Some(Vni));
        assert_eq!(encoding_for_font("Times New Roman"), None);
        assert_eq!(encoding_for_font("Arial"), None);
    }

    #[test]
    fn detect_finds_mojibake() {
        for text in [
            "Qu¶n lý chÊt l\u{AD}îng",
            "Quy tr×nh kiÓm so¸t tµi liÖu vµ hå s¬",
            "Hµnh ®éng kh¾c phôc vµ phßng ngõa",
            "Uû ban nh©n d©n x· ViÖt Nam",
            "QUY TR×NH §¸NH GI¸ NéI Bé",
        ] {
            assert_eq!(detect(text), Some(Tcvn3), "{text}");
        }
        for text in [
            "Xin chaøo Vieät Nam",
            "Quaûn lyù chaát löôïng theo tieâu chuaån",
            "Thuû tuïc haønh chính ñaêng kyù khai sinh",
            "QUY TRÌNH ÑAÙNH GIAÙ NOÄI BOÄ",
        ] {
            assert_eq!(detect(text), Some(Vni), "{text}");
        }
    }

    #[test]
    fn detect_leaves_genuine_text_alone() {
        for text in [
            "Quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015",
            "Cà phê",
            "Hòa bình và hợp tác",
            "The quality manual describes the scope of the system.",
            "Le café est très bon, l'élève a réussi où il voulait.",
            "Où est la gare? Là-bas, près de l'hôtel.",
            "Müller über die Größe der Straße für Schüler",
            "Prix: 5 µm, 20 °C, ± 2 %",
            "Äußerst schön ist das Wörterbuch",
            "naïve façade, déjà vu, maître d'hôtel",
            "",
            "12345",
        ] {
            assert_eq!(detect(text), None, "{text}");
        }
        let nfd: String = "Quản lý chất lượng hồ sơ".nfd().collect();
        assert_eq!(detect(&nfd), None);
    }

    #[test]
    fn a_lone_latin1_character_is_not_legacy_text() {
        for lone in ["¡", "¤", "§", "ª", "¯"] {
            assert_eq!(detect(lone), None, "{lone:?}");
        }
        assert_eq!(detect("Qu¶n lý chÊt l\u{AD}îng"), Some(Tcvn3));
    }
}
