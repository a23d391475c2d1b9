//! Similarity of Vietnamese names, for matching administrative procedures (TTHC) in a published
//! list to the titles of an agency's procedures.
//!
//! Titles wrap the name in a frame ("Quy trình giải quyết thủ tục …"), add or drop words,
//! change the order, come in capitals or without diacritics; the score has to survive all that
//! and still rank "bán lẻ rượu" above "bán buôn rượu" for a "bán lẻ … rượu" name.

use std::collections::HashSet;

use super::normalize::{fold_diacritics, match_key};

/// Leading words that frame a procedure's name in a title, folded; removed before comparing.
const FRAMES: &[&[&str]] = &[
    &[
        "quy", "trinh", "giai", "quyet", "thu", "tuc", "hanh", "chinh",
    ],
    &["quy", "trinh", "giai", "quyet", "thu", "tuc"],
    &["quy", "trinh", "giai", "quyet", "tthc"],
    &["quy", "trinh", "thuc", "hien", "thu", "tuc"],
    &["quy", "trinh", "giai", "quyet"],
    &["quy", "trinh"],
    &["thu", "tuc", "hanh", "chinh"],
    &["thu", "tuc"],
    &["tthc"],
    &["ve", "viec"],
    &["ve"],
];

/// Similarity in [0, 1] of two names: 1 for the same words in any spelling, high when one name
/// is contained in the other, low for unrelated names.
///
/// Weighs token containment most (titles add words around the name; damped for names of one or
/// two words), then character trigrams (typos, split words), token Dice (penalises extra words
/// a little) and word-pair Dice (so that "bán lẻ" and "bán buôn" differ). When either side has
/// no diacritics, both sides are compared folded.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (mut ka, mut kb) = (match_key(a), match_key(b));
    let folded_a = fold_diacritics(&ka);
    let folded_b = fold_diacritics(&kb);
    if folded_a == ka || folded_b == kb {
        ka = folded_a;
        kb = folded_b;
    }
    let ta = strip_frame(ka.split(' ').filter(|t| !t.is_empty()).collect());
    let tb = strip_frame(kb.split(' ').filter(|t| !t.is_empty()).collect());
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    if ta == tb {
        return 1.0;
    }
    let sa: HashSet<&str> = ta.iter().copied().collect();
    let sb: HashSet<&str> = tb.iter().copied().collect();
    let common = sa.intersection(&sb).count() as f64;
    let dice = 2.0 * common / (sa.len() + sb.len()) as f64;
    let smaller = sa.len().min(sb.len());
    let containment = common / smaller as f64 * (smaller as f64 / 3.0).min(1.0);
    let pairs = dice_of(&word_pairs(&ta), &word_pairs(&tb));
    let (ga, gb) = (trigrams(&ta.join(" ")), trigrams(&tb.join(" ")));
    let trigram = (dice_of(&ga, &gb) + contained(&ga, &gb)) / 2.0;
    (0.15 * dice + 0.45 * containment + 0.10 * pairs + 0.30 * trigram).clamp(0.0, 1.0)
}

/// Drops leading frame words ("quy trình", "thủ tục", …) unless nothing would be left.
fn strip_frame(mut tokens: Vec<&str>) -> Vec<&str> {
    loop {
        let folded: Vec<String> = tokens.iter().map(|t| fold_diacritics(t)).collect();
        let frame = FRAMES.iter().find(|frame| {
            frame.len() < folded.len() && frame.iter().zip(&folded).all(|(f, t)| *f == t.as_str())
        });
        match frame {
            Some(frame) => {
                tokens.drain(..frame.len());
            }
            None => return tokens,
        }
    }
}

fn word_pairs(tokens: &[&str]) -> HashSet<String> {
    tokens
        .windows(2)
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect()
}

fn trigrams(text: &str) -> HashSet<String> {
    let chars: Vec<char> = format!("  {text} ").chars().collect();
    chars.windows(3).map(|w| w.iter().collect()).collect()
}

fn contained(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / smaller as f64
}

fn dice_of(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framed_title_matches_its_name() {
        let s = similarity("Đăng ký khai sinh", "QUY TRÌNH ĐĂNG KÝ KHAI SINH");
        assert!(s > 0.95, "{s}");
        let s = similarity(
            "Đăng ký khai sinh",
            "Quy trình giải quyết thủ tục đăng ký khai sinh",
        );
        assert!(s > 0.95, "{s}");
    }

    #[test]
    fn missing_diacritics_still_match() {
        let s = similarity("Dang ky ket hon", "Đăng ký kết hôn");
        assert!(s > 0.95, "{s}");
        let s = similarity(
            "QT-06 Hanh dong phong ngua",
            "Quy trình hành động phòng ngừa",
        );
        assert!(s > 0.6, "{s}");
    }

    #[test]
    fn true_match_beats_a_near_miss() {
        let name = "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu";
        let good = similarity(name, "Thủ tục cấp Giấy phép bán lẻ rượu");
        let near = similarity(name, "Cấp giấy phép bán buôn rượu");
        assert!(good > 0.7, "{good}");
        assert!(good > near + 0.05, "{good} vs {near}");
        let title = "Thủ tục cấp Giấy phép bán lẻ rượu";
        assert!(similarity(title, name) > similarity(title, "Cấp giấy phép bán buôn rượu"));
    }

    #[test]
    fn unrelated_names_score_low() {
        let s = similarity("Đăng ký khai sinh", "Cấp giấy phép xây dựng");
        assert!(s < 0.25, "{s}");
        let s = similarity("Đăng ký kết hôn", "Đăng ký khai sinh");
        assert!(s < 0.7 && s > 0.2, "{s}");
        assert_eq!(similarity("", "Đăng ký khai sinh"), 0.0);
    }

    #[test]
    fn order_and_spelling_variants() {
        let s = similarity("Hòa giải tranh chấp đất đai", "hoà giải đất đai tranh chấp");
        assert!(s > 0.75, "{s}");
        assert_eq!(similarity("QUI TRÌNH thủ tục", "quy trình thủ tục"), 1.0);
        let s = similarity("Thư kí", "Thư ký");
        assert_eq!(s, 1.0);
    }

    #[test]
    fn symmetric() {
        let a = "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu";
        let b = "Thủ tục cấp Giấy phép bán lẻ rượu";
        assert!((similarity(a, b) - similarity(b, a)).abs() < 1e-12);
    }
}
