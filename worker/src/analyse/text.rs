//! Matching forms of a document's text: every line keeps its NFC original and an ASCII key with
//! the same number of characters, so a match found on the key can be cut out of the original.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::read::{Block, ExtractedDoc, Paragraph};

/// Folds one character to its matching form: lower case, no diacritics, `đ` → `d`, ASCII only.
///
/// One character in, one character out: that is what lets a key offset address the original.
/// Punctuation that Word likes to substitute (ellipsis, dashes, curly quotes, no-break space) is
/// mapped to its ASCII twin so patterns can stay ASCII; anything else outside ASCII becomes `?`.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => return 'd',
        '…' => return '.',
        '–' | '—' | '‐' | '‑' | '−' => return '-',
        '“' | '”' | '„' | '«' | '»' => return '"',
        '‘' | '’' | '‚' => return '\'',
        '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' | '\u{3000}' => return ' ',
        '\u{200b}' | '\u{feff}' => return ' ',
        '：' => return ':',
        _ => {}
    }
    let base = c.nfd().find(|d| !is_combining_mark(*d)).unwrap_or(c);
    let lower = base.to_lowercase().next().unwrap_or(base);
    if lower.is_ascii() {
        lower
    } else if is_combining_mark(c) {
        // A stray combining mark (NFD input that was not recomposed): drop it visually as a space
        // would break words, so fold it to a character patterns never contain.
        '\u{1}'
    } else {
        '?'
    }
}

/// The matching key of a string: NFC first (NFD input recomposes), then [`fold_char`] per
/// character, then the spelling variant "qui" → "quy" (QUI TRÌNH, QUI ĐỊNH, QUI CHẾ).
///
/// This is the same equivalence as `vntext::normalize`'s match key followed by diacritic folding
/// (case, tone-mark placement hoà/hòa, QUI/QUY, no diacritics); it is kept here because analysis
/// also needs the one-to-one character correspondence with the original.
pub fn key(text: &str) -> String {
    let nfc = crate::vntext::normalize::nfc(text);
    key_of_nfc(&nfc)
}

fn key_of_nfc(nfc: &str) -> String {
    let mut out: String = nfc
        .chars()
        .map(fold_char)
        .filter(|c| *c != '\u{1}')
        .collect();
    if out.contains("qui") {
        out = fix_qui(&out);
    }
    out
}

/// "qui" as a whole syllable (not "quinh") → "quy"; same length.
fn fix_qui(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = b.to_vec();
    let mut i = 0;
    while i + 3 <= b.len() {
        if &b[i..i + 3] == b"qui"
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && (i + 3 == b.len() || !b[i + 3].is_ascii_alphanumeric())
        {
            out[i + 2] = b'y';
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Collapses runs of whitespace to one space and trims.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One line of text with its key. `orig` is NFC with combining marks recomposed; `key` has
/// exactly one ASCII character per character of `orig`.
#[derive(Debug, Clone)]
pub struct Line {
    pub orig: String,
    pub key: String,
    pub source: Source,
}

/// Where a line came from; the cover block and the page header carry the title and the fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A body paragraph, with its heading-likeness.
    Para { heading: bool, index: usize },
    /// A table row in the body (cells joined with " | "); `table` counts body tables from 0.
    Row { table: usize, index: usize },
    /// A page header or footer line or row.
    Header,
}

impl Line {
    /// Builds a line outside [`DocText::new`] too: metadata pairs a label cell with the value cell
    /// below it and matches the pair like a written "Label: value" line.
    pub fn new(text: &str, source: Source) -> Line {
        let orig: String = text.nfc().filter(|c| !is_combining_mark(*c)).collect();
        let key: String = orig.chars().map(fold_char).collect();
        let key = if key.contains("qui") {
            fix_qui(&key)
        } else {
            key
        };
        Line { orig, key, source }
    }

    /// The original text for a byte range of the key (the key is ASCII, so byte = char index).
    pub fn orig_slice(&self, start: usize, end: usize) -> String {
        self.orig
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect()
    }
}

/// A document prepared for matching once: lines in reading order (header lines first kept apart),
/// the joined keys, and the body tables' cells.
#[derive(Debug, Clone, Default)]
pub struct DocText {
    pub body: Vec<Line>,
    pub header: Vec<Line>,
    /// Body tables as cells of keys/originals, for cover-table and records-table reading.
    pub tables: Vec<Vec<Vec<Line>>>,
    /// All body keys joined with '\n'.
    pub body_key: String,
    /// All header keys joined with '\n'.
    pub header_key: String,
}

impl DocText {
    /// Prepares an extracted document; every string is normalised exactly once here.
    pub fn new(doc: &ExtractedDoc) -> DocText {
        let mut text = DocText::default();
        let mut para_index = 0usize;
        for block in &doc.blocks {
            match block {
                Block::Paragraph(p) => {
                    for part in p.text.split('\n') {
                        if part.trim().is_empty() {
                            continue;
                        }
                        let heading = is_heading_like(p, part);
                        text.body.push(Line::new(
                            part,
                            Source::Para {
                                heading,
                                index: para_index,
                            },
                        ));
                        para_index += 1;
                    }
                }
                Block::Table(t) => {
                    let table_index = text.tables.len();
                    let mut cells_of_table = Vec::with_capacity(t.rows.len());
                    for (ri, row) in t.rows.iter().enumerate() {
                        let cells: Vec<Line> = row
                            .iter()
                            .map(|c| {
                                Line::new(
                                    c,
                                    Source::Row {
                                        table: table_index,
                                        index: ri,
                                    },
                                )
                            })
                            .collect();
                        let joined: Vec<&str> = cells.iter().map(|c| c.orig.as_str()).collect();
                        let joined = joined.join(" | ").replace('\n', " ");
                        text.body.push(Line::new(
                            &joined,
                            Source::Row {
                                table: table_index,
                                index: ri,
                            },
                        ));
                        cells_of_table.push(cells);
                    }
                    text.tables.push(cells_of_table);
                }
            }
        }
        for block in &doc.headers {
            match block {
                Block::Paragraph(p) => {
                    for part in p.text.split('\n') {
                        if !part.trim().is_empty() {
                            text.header.push(Line::new(part, Source::Header));
                        }
                    }
                }
                Block::Table(t) => {
                    for row in &t.rows {
                        let joined = row.join(" | ").replace('\n', " ");
                        text.header.push(Line::new(&joined, Source::Header));
                    }
                }
            }
        }
        text.body_key = join_keys(&text.body);
        text.header_key = join_keys(&text.header);
        text
    }

    /// Header and body keys, for edition and phrase counting over the whole document.
    pub fn all_keys(&self) -> impl Iterator<Item = &str> {
        [self.header_key.as_str(), self.body_key.as_str()].into_iter()
    }
}

fn join_keys(lines: &[Line]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.key.len() + 1).sum());
    for l in lines {
        out.push_str(&l.key);
        out.push('\n');
    }
    out
}

fn is_heading_like(p: &Paragraph, part: &str) -> bool {
    if p.heading_level.is_some() {
        return true;
    }
    if let Some(style) = &p.style {
        let s = style.to_ascii_lowercase();
        if s.contains("heading") || s.contains("title") || s.starts_with("tieude") {
            return true;
        }
    }
    p.caps || p.bold || mostly_upper(part)
}

/// True when most letters are upper case (titles typed in capitals).
pub fn mostly_upper(text: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_uppercase() {
            upper += 1;
        }
    }
    letters >= 4 && upper * 10 >= letters * 8
}

/// Counts non-overlapping occurrences of an ASCII needle in a key.
pub fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

/// True when any of the needles occurs.
pub fn any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| hay.contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_case_diacritics_tone_placement_and_qui() {
        assert_eq!(
            key("QUI TRÌNH KIỂM SOÁT TÀI LIỆU"),
            "quy trinh kiem soat tai lieu"
        );
        assert_eq!(key("Quy trình"), key("quy trinh"));
        assert_eq!(key("hoà"), key("hòa"));
        assert_eq!(key("thuỷ"), key("thủy"));
        assert_eq!(key("Đại diện lãnh đạo"), "dai dien lanh dao");
        assert_eq!(key("quinh"), "quinh");
        // NFD input (Windows "tổ hợp" keyboard) gives the same key.
        let nfd: String = "Thủ tục hành động khắc phục".nfd().collect();
        assert_eq!(key(&nfd), "thu tuc hanh dong khac phuc");
    }

    #[test]
    fn line_key_and_original_have_the_same_length() {
        let nfd: String = "Mã hiệu: QT-SCT-06 … Ngày – 10/10/2018".nfd().collect();
        let line = Line::new(&nfd, Source::Header);
        assert_eq!(line.orig.chars().count(), line.key.chars().count());
        assert!(line.key.is_ascii());
        let at = line.key.find("qt-sct").unwrap_or(0);
        assert_eq!(line.orig_slice(at, at + 9), "QT-SCT-06");
    }
}
