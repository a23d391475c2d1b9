//! Normalisation for display (NFC) and for matching (case, tone-mark placement, QUI/QUY, no diacritics).

use unicode_normalization::UnicodeNormalization;

use super::syllable::{self, Syllable};

/// Unicode NFC, the form every stored and displayed string takes.
pub fn nfc(text: &str) -> String {
    // Most text already arrives composed; the quick check skips the decompose/recompose pass.
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        return text.to_string();
    }
    text.nfc().collect()
}

/// The form two spellings of the same Vietnamese words share, for equality and similarity.
///
/// NFC, lower case, whitespace collapsed, punctuation turned into word breaks (except `.`, `:`,
/// `/` and `,` between digits, so "9001:2015" and "7.5.1" survive), and per syllable one tone
/// placement: the "old style" that puts the tone on the first vowel of an open oa/oe/uy
/// ("hoà" → "hòa", "thuỷ" → "thủy", "qúy" → "quý"). "qui" is spelled "quy" and a final i after
/// h/k/l/m/s/t is spelled y ("kí" → "ký", "lí" → "lý"), since agencies use both spellings for
/// the same word. Compare keys with keys: literals must go through this function too.
pub fn match_key(text: &str) -> String {
    let lower: String = text.nfc().flat_map(char::to_lowercase).collect();
    let chars: Vec<char> = lower.chars().collect();
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let keeps_number = matches!(c, '.' | ':' | '/' | ',')
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() || is_mark(c) || keeps_number {
            current.push(c);
        } else if !current.is_empty() {
            words.push(canonical_word(&current));
            current.clear();
        }
    }
    if !current.is_empty() {
        words.push(canonical_word(&current));
    }
    words.join(" ")
}

/// Removes every diacritic and lower-cases ("Hành động phòng ngừa" → "hanh dong phong ngua"),
/// for file names and text typed without accents. đ becomes d.
pub fn fold_diacritics(text: &str) -> String {
    text.nfd()
        .filter(|&c| !is_mark(c))
        .map(|c| match c {
            'đ' | 'Đ' | 'Ð' | 'ð' => 'd',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of a match key (or of any text, after [`match_key`]).
pub fn tokens(text: &str) -> Vec<String> {
    match_key(text)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// One word in canonical spelling; words that are not a Vietnamese syllable stay as they are.
fn canonical_word(word: &str) -> String {
    let word: String = word.nfc().collect();
    let Some(mut syl) = syllable::parse(&word) else {
        return word;
    };
    respell(&mut syl);
    place_tone(&syl)
}

/// "qui" → "quy" and a final i after h/k/l/m/s/t → y: variant spellings of the same words.
fn respell(syl: &mut Syllable) {
    if syl.vowels != ['i'] {
        return;
    }
    let qui = syl.initial == "qu" && matches!(syl.coda.as_str(), "" | "t" | "n" | "nh");
    let final_i =
        syl.coda.is_empty() && matches!(syl.initial.as_str(), "h" | "k" | "l" | "m" | "s" | "t");
    if qui || final_i {
        syl.vowels = vec!['y'];
    }
}

/// Writes the syllable with its tone on the vowel the old-style rule picks.
fn place_tone(syl: &Syllable) -> String {
    let v = &syl.vowels;
    let index = if let Some(pos) = v
        .iter()
        .rposition(|c| matches!(c, 'ă' | 'â' | 'ê' | 'ô' | 'ơ' | 'ư'))
    {
        pos
    } else if v.len() == 1 {
        0
    } else if !syl.coda.is_empty() {
        v.len() - 1
    } else if v.len() == 3 {
        1
    } else {
        0
    };
    let mut out = String::with_capacity(syl.initial.len() + 8 + syl.coda.len());
    out.push_str(&syl.initial);
    for (i, &c) in v.iter().enumerate() {
        out.push(c);
        if i == index
            && let Some(mark) = syl.tone.mark()
        {
            out.push(mark);
        }
    }
    out.push_str(&syl.coda);
    out.nfc().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_nfd_input() {
        let nfd: String = "Quản lý chất lượng".nfd().collect();
        assert_ne!(nfd, "Quản lý chất lượng");
        assert_eq!(nfc(&nfd), "Quản lý chất lượng");
    }

    #[test]
    fn tone_placements_share_a_key() {
        let pairs = [
            ("hoà", "hòa"),
            ("thoả", "thỏa"),
            ("thuỷ", "thủy"),
            ("quý", "qúy"),
            ("Hoá đơn", "hóa đơn"),
            ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
            ("hoà giải", "HÒA GIẢI"),
            ("khoẻ", "khỏe"),
            ("loà", "lòa"),
            ("tuỳ", "tùy"),
            ("xoá", "xóa"),
            ("hoạch định", "hoacḥ định"),
        ];
        for (a, b) in pairs {
            assert_eq!(match_key(a), match_key(b), "{a} / {b}");
        }
        assert_eq!(match_key("thuỷ lợi"), "thủy lợi");
        assert_eq!(match_key("HOÀ"), "hòa");
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(match_key("QUI TRÌNH"), match_key("quy trình"));
        assert_eq!(match_key("Qui trình"), "quy trình");
        assert_eq!(match_key("Thư kí"), match_key("Thư ký"));
        assert_eq!(match_key("quản lí"), match_key("quản lý"));
        assert_eq!(match_key("kĩ thuật"), match_key("kỹ thuật"));
        assert_eq!(match_key("quí"), match_key("quý"));
        // Different words stay different.
        assert_ne!(match_key("thi"), match_key("thy"));
        assert_ne!(match_key("khi"), match_key("khy"));
        assert_eq!(match_key("khi"), "khi");
        assert_eq!(match_key("chi"), "chi");
    }

    #[test]
    fn nfd_and_capitals_give_the_same_key() {
        let nfd: String = "QUY TRÌNH KIỂM SOÁT TÀI LIỆU".nfd().collect();
        assert_eq!(match_key(&nfd), "quy trình kiểm soát tài liệu");
        assert_eq!(
            match_key("Quy trình kiểm soát tài liệu"),
            "quy trình kiểm soát tài liệu"
        );
    }

    #[test]
    fn whitespace_and_punctuation() {
        assert_eq!(
            match_key("  Quy   trình\t\n(QT-01):  kiểm soát…  "),
            "quy trình qt 01 kiểm soát"
        );
        assert_eq!(
            match_key("TCVN ISO 9001:2015, mục 7.5.1"),
            "tcvn iso 9001:2015 mục 7.5.1"
        );
        assert_eq!(match_key("19/2014/QĐ-TTg"), "19/2014 qđ ttg");
        assert_eq!(match_key(""), "");
        assert_eq!(match_key("English words stay"), "english words stay");
    }

    #[test]
    fn folding_removes_every_diacritic() {
        assert_eq!(
            fold_diacritics("Hành động phòng ngừa"),
            "hanh dong phong ngua"
        );
        assert_eq!(fold_diacritics("ĐĂNG KÝ KHAI SINH"), "dang ky khai sinh");
        let nfd: String = "Quản lý chất lượng".nfd().collect();
        assert_eq!(fold_diacritics(&nfd), "quan ly chat luong");
        assert_eq!(
            fold_diacritics("QT-06 Hanh dong phong ngua.docx"),
            "qt-06 hanh dong phong ngua.docx"
        );
        assert_eq!(fold_diacritics("Ưu tiên, Ơn, Ỵ"), "uu tien, on, y");
    }

    #[test]
    fn tokens_split_a_key() {
        assert_eq!(
            tokens("QUY TRÌNH  Đăng ký"),
            vec!["quy", "trình", "đăng", "ký"]
        );
        assert!(tokens("  ").is_empty());
    }
}
