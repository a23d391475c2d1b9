//! Vietnamese syllable structure: initial consonant, vowel cluster, final consonant and tone.
//!
//! Legacy-encoding detection asks "do these words look like Vietnamese after decoding?", and
//! match keys need to move a tone mark to one canonical vowel; both need the syllable split.

use unicode_normalization::UnicodeNormalization;

/// The six Vietnamese tones; `Level` (ngang) carries no mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    Level,
    Grave,
    Acute,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    fn from_mark(c: char) -> Option<Tone> {
        match c {
            '\u{300}' | '\u{340}' => Some(Tone::Grave),
            '\u{301}' | '\u{341}' => Some(Tone::Acute),
            '\u{309}' => Some(Tone::Hook),
            '\u{303}' => Some(Tone::Tilde),
            '\u{323}' => Some(Tone::Dot),
            _ => None,
        }
    }

    /// The combining mark that writes this tone, if any.
    pub(crate) fn mark(self) -> Option<char> {
        match self {
            Tone::Level => None,
            Tone::Grave => Some('\u{300}'),
            Tone::Acute => Some('\u{301}'),
            Tone::Hook => Some('\u{309}'),
            Tone::Tilde => Some('\u{303}'),
            Tone::Dot => Some('\u{323}'),
        }
    }
}

/// A parsed syllable in lower case with the tone taken off the vowels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Syllable {
    pub initial: String,
    pub vowels: Vec<char>,
    pub coda: String,
    pub tone: Tone,
}

const INITIALS: &[&str] = &[
    "ngh", "ng", "nh", "gh", "gi", "kh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

/// Vowel clusters that end a syllable.
const OPEN_NUCLEI: &[&str] = &[
    "a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
    "êu", "ia", "iu", "iêu", "oa", "oai", "oao", "oay", "oe", "oeo", "oi", "ôi", "ơi", "ua", "uây",
    "uê", "ui", "uôi", "uơ", "uy", "uya", "uyu", "ưa", "ưi", "ưu", "ươi", "ươu", "yêu",
];

/// Vowel clusters followed by a final consonant.
const CLOSED_NUCLEI: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "iê", "yê", "oa", "oă", "oe", "uâ",
    "uê", "uô", "ươ", "uy", "uyê", "oo",
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Lower-cases a word and takes its tone mark off; `None` when it carries two tone marks.
pub(crate) fn split_tone(word: &str) -> Option<(String, Tone)> {
    let mut tone = Tone::Level;
    let mut base = String::with_capacity(word.len());
    for c in word.nfd() {
        if let Some(t) = Tone::from_mark(c) {
            if tone != Tone::Level {
                return None;
            }
            tone = t;
        } else {
            base.extend(c.to_lowercase());
        }
    }
    Some((base.nfc().collect(), tone))
}

/// Splits a word into a syllable when it is one that Vietnamese spelling allows.
pub(crate) fn parse(word: &str) -> Option<Syllable> {
    let (base, tone) = split_tone(word)?;
    if base.is_empty() || base.chars().count() > 8 {
        return None;
    }
    for initial in INITIALS {
        let Some(rest) = base.strip_prefix(initial) else {
            continue;
        };
        let vowels: Vec<char> = rest.chars().take_while(|c| is_vowel(*c)).collect();
        if vowels.is_empty() {
            continue;
        }
        let coda: String = rest.chars().skip(vowels.len()).collect();
        if !CODAS.contains(&coda.as_str()) {
            continue;
        }
        let nucleus: String = vowels.iter().collect();
        let allowed = if coda.is_empty() {
            OPEN_NUCLEI
        } else {
            CLOSED_NUCLEI
        };
        if !allowed.contains(&nucleus.as_str()) {
            continue;
        }
        // A stop final (c, ch, p, t) only takes the rising or the heavy tone.
        if matches!(coda.as_str(), "c" | "ch" | "p" | "t")
            && !matches!(tone, Tone::Acute | Tone::Dot)
        {
            continue;
        }
        return Some(Syllable {
            initial: (*initial).to_string(),
            vowels,
            coda,
            tone,
        });
    }
    None
}

/// True when the word is one well-formed Vietnamese syllable (with or without diacritics).
pub(crate) fn is_valid(word: &str) -> bool {
    parse(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_syllables_parse() {
        for w in [
            "quản", "lý", "chất", "lượng", "nguyễn", "giữ", "gì", "khuya", "ngoài", "hòa", "hoà",
            "thuỷ", "thủy", "quý", "được", "việt", "xoong", "ĐĂNG", "KÝ", "trình", "yên", "ươn",
            "oanh", "huých", "a", "ơi",
        ] {
            assert!(is_valid(w), "{w} should be a syllable");
        }
    }

    #[test]
    fn foreign_and_broken_words_do_not_parse() {
        for w in [
            "café",
            "élève",
            "müller",
            "straße",
            "price",
            "chÊt",
            "l\u{AD}îng",
            "qu¶n",
            "cafộ",
            "trốs",
            "bàt",
            "àă",
            "quality",
            "",
        ] {
            assert!(!is_valid(w), "{w} should not be a syllable");
        }
    }

    #[test]
    fn tone_is_split_from_nfd_input() {
        let nfd: String = "Quản".nfd().collect();
        assert_eq!(split_tone(&nfd), Some(("quan".to_string(), Tone::Hook)));
        assert!(split_tone("áà").is_none());
    }
}
