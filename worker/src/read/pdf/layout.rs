//! Layout: positioned fragments become lines (same baseline, left to right, spaces where the
//! gap says so) and lines become paragraphs (vertical gaps, size and weight changes).

use super::content::Fragment;

/// A gap wider than this fraction of the font size is a word break.
const WORD_GAP: f32 = 0.12;
/// A gap wider than this many font sizes separates table cells or tab stops.
const CELL_GAP: f32 = 2.0;
/// Baselines closer than this fraction of the font size are the same line.
const SAME_LINE: f32 = 0.4;

/// One visual line.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Line {
    pub text: String,
    pub y: f32,
    pub x0: f32,
    pub x1: f32,
    pub size: f32,
    pub rot: u8,
    /// Share of the line's characters in a bold font.
    pub bold_share: f32,
    /// Width of the first fragment (normally the first word): whether it would have fitted
    /// on the line above tells a wrapped line from a deliberate break.
    pub first_word: f32,
}

/// A paragraph built from lines.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Para {
    pub text: String,
    pub bold: bool,
}

/// Groups a page's fragments into lines sorted top to bottom.
pub(super) fn lines(mut frags: Vec<Fragment>) -> Vec<Line> {
    frags.sort_by(|a, b| a.rot.cmp(&b.rot).then(b.y.total_cmp(&a.y)));
    let mut out = Vec::new();
    let mut start = 0;
    while start < frags.len() {
        let (rot, y0, size0) = (frags[start].rot, frags[start].y, frags[start].size);
        let mut end = start + 1;
        while end < frags.len()
            && frags[end].rot == rot
            && (y0 - frags[end].y) <= SAME_LINE * size0.max(frags[end].size)
        {
            end += 1;
        }
        out.push(build_line(&mut frags[start..end]));
        start = end;
    }
    out
}

fn build_line(frags: &mut [Fragment]) -> Line {
    frags.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let mut text = String::new();
    let mut prev: Option<&Fragment> = None;
    let mut right = f32::MIN;
    let (mut bold_chars, mut chars) = (0usize, 0usize);
    let mut size_sum = 0.0f32;
    let mut first_word_end: Option<f32> = None;
    for f in frags.iter() {
        if let Some(p) = prev {
            // Fake bold and shadows print the same text twice at almost the same place.
            if p.text == f.text
                && (f.x0 - p.x0).abs() < 0.2 * f.size
                && (f.y - p.y).abs() < 0.2 * f.size
            {
                continue;
            }
            let gap = f.x0 - right;
            let size = p.size.max(f.size);
            let space = if gap > CELL_GAP * size {
                Some('\t')
            } else if p.space_after || f.space_before || gap > WORD_GAP * size {
                Some(' ')
            } else {
                None
            };
            if let Some(c) = space {
                text.push(c);
                first_word_end.get_or_insert(right);
            }
        } else if f.space_before && !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&f.text);
        let n = f.text.chars().count();
        chars += n;
        if f.bold {
            bold_chars += n;
        }
        size_sum += f.size * n as f32;
        right = right.max(f.x1);
        prev = Some(f);
    }
    let first = &frags[0];
    Line {
        first_word: first_word_end.unwrap_or(right) - first.x0,
        text: text.trim().to_string(),
        y: first.y,
        x0: first.x0,
        x1: right,
        size: if chars > 0 {
            size_sum / chars as f32
        } else {
            first.size
        },
        rot: first.rot,
        bold_share: if chars > 0 {
            bold_chars as f32 / chars as f32
        } else {
            0.0
        },
    }
}

/// Starts a list item or numbered clause ("- ", "• ", "1. ", "2.3 ", "a) ").
pub(super) fn starts_item(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if "-–•+*▪►●○□■✓".contains(first) {
        return true;
    }
    let head: String = text.chars().take_while(|c| !c.is_whitespace()).collect();
    if head.is_empty() || head.chars().count() > 8 {
        return false;
    }
    let body = head.trim_end_matches(['.', ')', ':']);
    let numbered = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.starts_with(|c: char| c.is_ascii_digit());
    let marked = head.ends_with(')') || head.ends_with('.');
    let lettered = marked && body.chars().count() == 1 && body.chars().all(char::is_alphabetic);
    let roman = head.ends_with('.')
        && body
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'));
    numbered || lettered || (roman && !body.is_empty())
}

/// The most common baseline distance between consecutive lines of equal size: the page's
/// line pitch, against which paragraph gaps are judged.
fn typical_pitch(lines: &[Line]) -> Option<f32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for w in lines.windows(2) {
        if w[0].rot != w[1].rot || (w[0].size - w[1].size).abs() > 0.5 {
            continue;
        }
        let gap = w[0].y - w[1].y;
        if gap <= 0.0 || gap > 4.0 * w[0].size {
            continue;
        }
        let key = (gap * 2.0).round() as i32;
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, c)) => *c += 1,
            None => counts.push((key, 1)),
        }
    }
    // One gap says nothing about the usual spacing.
    counts
        .into_iter()
        .filter(|&(_, c)| c >= 2)
        .max_by_key(|&(k, c)| (c, -k))
        .map(|(k, _)| k as f32 / 2.0)
}

/// Groups lines (top to bottom) into paragraphs.
#[cfg(test)]
pub(super) fn paragraphs(lines: &[Line]) -> Vec<Para> {
    paragraphs_in_groups(lines, &vec![0; lines.len()])
        .into_iter()
        .map(|(_, p)| p)
        .collect()
}

/// Groups lines (top to bottom) into paragraphs that never cross from one group to the next
/// (groups are the stretches between tables); each paragraph comes with its group.
pub(super) fn paragraphs_in_groups(lines: &[Line], groups: &[usize]) -> Vec<(usize, Para)> {
    let pitch = typical_pitch(lines);
    let left = lines.iter().map(|l| l.x0).fold(f32::MAX, f32::min);
    let right = lines.iter().map(|l| l.x1).fold(f32::MIN, f32::max);
    let width = (right - left).max(1.0);
    let mut out: Vec<(usize, Para)> = Vec::new();
    let mut bold_weight = (0.0f32, 0usize);
    let mut prev: Option<(&Line, usize)> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.text.is_empty() {
            continue;
        }
        let group = groups.get(i).copied().unwrap_or(0);
        let new_para = match prev {
            None => true,
            Some((_, g)) if g != group => true,
            Some((p, _)) => {
                let gap = p.y - line.y;
                let limit = match pitch {
                    Some(pitch) if pitch > 0.5 * line.size => pitch * 1.3 + 1.0,
                    _ => 1.6 * p.size.max(line.size),
                };
                p.rot != line.rot
                    || gap > limit
                    || gap < 0.0
                    || (p.size - line.size).abs() > 0.15 * p.size.max(line.size)
                    || (p.bold_share >= 0.5) != (line.bold_share >= 0.5)
                    || p.x1 < right - 0.2 * width
                    || starts_item(&line.text)
            }
        };
        let n = line.text.chars().count();
        if new_para {
            if let Some((_, last)) = out.last_mut() {
                last.bold = bold_weight.1 > 0 && bold_weight.0 / bold_weight.1 as f32 >= 0.5;
            }
            out.push((
                group,
                Para {
                    text: line.text.clone(),
                    bold: false,
                },
            ));
            bold_weight = (0.0, 0);
        } else if let Some((_, last)) = out.last_mut() {
            last.text.push(' ');
            last.text.push_str(&line.text);
        }
        bold_weight.0 += line.bold_share * n as f32;
        bold_weight.1 += n;
        prev = Some((line, group));
    }
    if let Some((_, last)) = out.last_mut() {
        last.bold = bold_weight.1 > 0 && bold_weight.0 / bold_weight.1 as f32 >= 0.5;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frag(text: &str, x0: f32, x1: f32, y: f32) -> Fragment {
        Fragment {
            text: text.into(),
            x0,
            x1,
            y,
            size: 10.0,
            rot: 0,
            bold: false,
            space_before: false,
            space_after: false,
        }
    }

    #[test]
    fn touching_fragments_join_and_gaps_split() {
        let lines = lines(vec![
            frag("QT-01", 70.0, 100.0, 700.0),
            frag("Mã", 0.0, 12.0, 700.2),
            frag("hi", 14.5, 22.0, 700.0),
            frag("ệ", 22.0, 26.0, 700.0),
            frag("u", 26.1, 30.0, 700.0),
            frag("Bước", 0.0, 20.0, 686.0),
            frag("Nội dung", 60.0, 100.0, 686.0),
        ]);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "Mã hiệu\tQT-01");
        assert_eq!(lines[1].text, "Bước\tNội dung");
    }

    #[test]
    fn paragraphs_break_on_gaps_and_items() {
        let mk = |t: &str, y: f32, x1: f32| Line {
            text: t.into(),
            y,
            x0: 0.0,
            x1,
            size: 10.0,
            rot: 0,
            bold_share: 0.0,
            first_word: 10.0,
        };
        let ls = vec![
            mk("một dòng dài", 700.0, 400.0),
            mk("tiếp theo dài", 688.0, 400.0),
            mk("hết.", 676.0, 100.0),
            mk("đoạn mới dài", 664.0, 400.0),
            mk("- gạch đầu dòng", 652.0, 400.0),
            mk("xa phía dưới", 600.0, 400.0),
        ];
        let ps: Vec<String> = paragraphs(&ls).into_iter().map(|p| p.text).collect();
        assert_eq!(
            ps,
            vec![
                "một dòng dài tiếp theo dài hết.",
                "đoạn mới dài",
                "- gạch đầu dòng",
                "xa phía dưới"
            ]
        );
        assert!(starts_item("2.3 Phạm vi"));
        assert!(starts_item("a) nội dung"));
        assert!(starts_item("b. Xử lý hồ sơ"));
        assert!(starts_item("IV. Các chức năng"));
        assert!(!starts_item("Mã hiệu"));
    }
}
