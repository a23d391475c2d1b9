//! Judging extracted text: a text layer that exists but is garbled is flagged, not passed on.
//!
//! The failure this catches is the one agency PDFs show most: a text layer (often from an old
//! OCR pass or a font without a Unicode map) where every letter carrying a Vietnamese
//! diacritic was dropped, leaving "H THNG QUN L CHT LNG". Such tokens are not Vietnamese
//! syllables (no vowel after the initial consonant cluster), while English and other
//! Latin-script text almost never has them, and non-Latin scripts are not looked at.

/// Fewest Latin word tokens needed before judging; short texts are left alone.
const MIN_TOKENS: usize = 8;
/// Share of impossible syllables from which text is called garbled.
const MIN_BAD_SHARE: f32 = 0.25;
/// Share of tokens with Vietnamese-only letters (ă đ ơ ư ạ ả ấ …) above which text is intact.
const MAX_VIETNAMESE_SHARE: f32 = 0.05;
/// Longest sample returned for the message.
const SAMPLE_CHARS: usize = 60;

const ONSETS: [&str; 27] = [
    "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "đ",
];

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'à'
            | 'á'
            | 'â'
            | 'ã'
            | 'è'
            | 'é'
            | 'ê'
            | 'ì'
            | 'í'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'õ'
            | 'ù'
            | 'ú'
            | 'ý'
            | 'ä'
            | 'ë'
            | 'ï'
            | 'ö'
            | 'ü'
            | 'å'
            | 'æ'
            | 'ø'
            | 'œ'
            | 'î'
            | 'û'
    )
}

/// Letters that only Vietnamese uses among Latin scripts (outside Latin-1).
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ'
    ) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

/// A Latin-letter token that cannot be a syllable: after the longest initial consonant cluster
/// no vowel is left ("THNG", "CHT", "L", "trnh").
fn impossible_syllable(lower: &str) -> bool {
    let rest = ONSETS
        .iter()
        .find_map(|o| lower.strip_prefix(o))
        .unwrap_or(lower);
    !rest.chars().any(is_vowel)
}

/// Returns a short sample of the text when it looks like Vietnamese with its accented letters
/// dropped, so the message can show the consultant what the PDF's text layer says.
pub fn garbled_sample(text: &str) -> Option<String> {
    let mut tokens = 0usize;
    let mut bad = 0usize;
    let mut vietnamese = 0usize;
    let mut first_bad_line: Option<&str> = None;
    let mut latin_letters = 0usize;
    let mut other_letters = 0usize;
    for line in text.lines() {
        let mut bad_in_line = 0usize;
        // Codes and numbers ("QT-01", "01/2024/NĐ-CP") are not words.
        let words = line
            .split_whitespace()
            .filter(|w| {
                !w.chars().any(|c| c.is_ascii_digit()) && !w.trim_matches('-').contains('-')
            })
            .flat_map(|w| w.split(|c: char| !c.is_alphabetic()));
        for word in words {
            if word.is_empty() {
                continue;
            }
            let latin = word.chars().all(|c| {
                c.is_ascii_alphabetic()
                    || ('\u{C0}'..='\u{24F}').contains(&c)
                    || is_vietnamese_letter(c)
            });
            if !latin {
                other_letters += word.chars().count();
                continue;
            }
            latin_letters += word.chars().count();
            tokens += 1;
            if word.chars().any(is_vietnamese_letter) {
                vietnamese += 1;
                continue;
            }
            let lower = word.to_lowercase();
            // Roman numerals and the article "y"/"a" are fine; single consonants are not.
            if impossible_syllable(&lower) && !is_roman_numeral(&lower) {
                bad += 1;
                bad_in_line += 1;
            }
        }
        if bad_in_line >= 2 && first_bad_line.is_none() {
            first_bad_line = Some(line);
        }
    }
    // Mostly another script (CJK with a few Latin acronyms): not ours to judge.
    if tokens < MIN_TOKENS || latin_letters < other_letters {
        return None;
    }
    let bad_share = bad as f32 / tokens as f32;
    let vn_share = vietnamese as f32 / tokens as f32;
    if bad_share < MIN_BAD_SHARE || vn_share > MAX_VIETNAMESE_SHARE {
        return None;
    }
    let line = first_bad_line
        .unwrap_or_else(|| text.lines().find(|l| !l.trim().is_empty()).unwrap_or(text));
    let sample: String = line
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(SAMPLE_CHARS)
        .collect();
    Some(sample)
}

fn is_roman_numeral(lower: &str) -> bool {
    lower.len() <= 6
        && lower
            .chars()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'l' | 'c' | 'd' | 'm'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_diacritics_are_flagged() {
        let garbled = "H THNG QUN L CHT LNG\nQUY TRNH KIM SOT TI LIU\nMc ch: quy nh cch thc kim sot ti liu trong h thng";
        let sample = garbled_sample(garbled);
        assert_eq!(sample.as_deref(), Some("H THNG QUN L CHT LNG"));
    }

    #[test]
    fn intact_text_in_many_scripts_is_not_flagged() {
        let samples = [
            "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG\nQUY TRÌNH KIỂM SOÁT TÀI LIỆU\nMã hiệu: QT-01 UBND TTHC HTQLCL TCVN ISO 9001:2015",
            "The quick brown fox jumps over the lazy dog. This procedure describes how documents are controlled, reviewed and approved.",
            "Die Dokumentenlenkung beschreibt, wie Dokumente geprüft und freigegeben werden. Strümpfe, Schmidt, Pflicht.",
            "文件控制程序规定了文件的编写、审核、批准和发布。",
            "يصف هذا الإجراء كيفية التحكم في الوثائق ومراجعتها والموافقة عليها",
            "Эта процедура описывает, как документы проверяются и утверждаются руководством организации.",
            "Quy trinh kiem soat tai lieu cua Uy ban nhan dan huyen, ap dung cho tat ca cac phong ban chuyen mon.",
            "Nghi dinh So: 01/2024/ND-CP Con hieu luc Mã hiệu: QT-01 BM-02",
            "佛山市柏年建材有限公司 一般贸易 加拿大 CFR FOB CIF USD TEL FAX NO",
        ];
        for s in samples {
            assert_eq!(garbled_sample(s), None, "{s}");
        }
    }

    #[test]
    fn short_text_is_not_judged() {
        assert_eq!(garbled_sample("CHT LNG"), None);
        assert_eq!(garbled_sample(""), None);
    }
}
