//! Document metadata from the cover table or the page header: code, revision, issue date, and
//! the ISO 9001 edition the document is written against.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::kinds::Edition;
use super::text::{DocText, Line, Source};

static CODE_LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:ma\s*hieu|ma\s*so|so\s*hieu|ky\s*hieu|ma\s*tai\s*lieu|ma\s*quy\s*trinh|ma\s*bieu\s*mau|\bma\s*[:|])(?:\s*tai\s*lieu)?[:.|\s]*([a-z0-9][a-z0-9.\-/_]*[a-z0-9])",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});

/// A code continued after a separator written with spaces or a line break ("QT - 01",
/// "QT-SCT-⏎QLTM-01"); kept only up to a continuation that carries a digit, so "QT-01 - Trang 1"
/// or "QT-01 / Lần ban hành" stay "QT-01".
static CODE_CONT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[.\-/]\s*([a-z0-9](?:[a-z0-9.\-/_]*[a-z0-9])?)")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Field words that a code written straight before the next field can swallow
/// ("QT-01/Lần ban hành: 01").
static CODE_LABEL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/.\-](?:lan|ngay|trang|ban|sua|soat|phien|hieu)$")
        .unwrap_or_else(|e| panic!("{e}"))
});

static CODE_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^a-z0-9.\-/])((?:iso[.\-])?(?:qt|tt|bm|st|stcl|hd|mt|cs|pl)(?:[.\-][a-z0-9]+)+(?:/[a-z0-9]+(?:[.\-][a-z0-9]+)*)?)")
        .unwrap_or_else(|e| panic!("{e}"))
});

static REVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:lan\s*ban\s*hanh(?:\s*/\s*sua\s*doi)?|lan\s*sua\s*doi|lan\s*soat\s*xet|(?:ban\s*hanh|sua\s*doi|soat\s*xet)\s*lan(?:\s*thu)?|soat\s*xet|phien\s*ban|\blan\s*:)\s*(?:so\s*)?[:.|\s]*(?:(\d{1,2}(?:\s*[/.]\s*\d{2,4}|\.\d)?)(?:[^\d/.]|[/.][a-z?]|$)|([a-z])(?:[^a-z0-9?]|$))",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});

/// A date as agencies write it after a field label: "05/01/2025", "05 - 01 - 2025", "05.01.2025",
/// "ngày 05/01/2025" (the word repeated after the label) or "ngày 05 tháng 01 năm 2025".
/// Also ISO "2019-02-01" and a two-digit year "10/10/18".
const DATE: &str = r"(?:ngay\s*)?(?:(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2}\b)|(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})\b)";

static DATE_ISSUED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:ngay\s*ban\s*hanh|ngay\s*bh\b|ban\s*hanh\s*(?:vao\s*)?ngay)[:.|\s]*(?:{DATE}|([./_ ]{{2,}}))"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
static DATE_EFFECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:ngay\s*(?:co\s*)?(?:hieu\s*luc|ap\s*dung)|(?:co\s*)?(?:hieu\s*luc|ap\s*dung)\s*(?:ke\s*)?tu(?:\s*ngay)?)[:.|\s]*(?:{DATE}|([./_ ]{{2,}}))"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
static DATE_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[|\s])ngay\s*[:|]\s*(?:{DATE}|([./_ ]{{2,}}))"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
/// The date written with the revision it belongs to: "Lần ban hành: 03 (Ngày 12/5/2016)",
/// "Lần sửa đổi: 01 - ngày 05/01/2025"; firms that keep one line per revision date it there.
static DATE_REVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"lan\s*(?:ban\s*hanh|sua\s*doi|soat\s*xet)[:.|\s]*\d{{1,2}}(?:\s*/\s*\d{{1,2}})?\s*[(,;\-–]\s*(?:ngay\s*(?:ban\s*hanh\s*)?:?\s*)?(?:{DATE})"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
/// The date of the decision that issues the document ("Ban hành kèm theo Quyết định số 12/QĐ-UBND
/// ngày 06/01/2025"): the issue date when no field states one.
static DATE_DECISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"ban\s*hanh\s*(?:kem\s*theo\s*)?(?:quyet\s*dinh|qd)\s*(?:so\s*)?[:.\s]*[0-9a-z/.\-]*\s*,?\s*(?:{DATE})"
    ))
    .unwrap_or_else(|e| panic!("{e}"))
});
static DATE_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*,?\s*nam\s*(\d{4})")
        .unwrap_or_else(|e| panic!("{e}"))
});

static EDITION_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"9001\s*[:\-/.]?\s*(2000|2008|2015)").unwrap_or_else(|e| panic!("{e}"))
});

/// How often each edition is cited, plus the edition vocabulary found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EditionCues {
    pub cites_2000: u16,
    pub cites_2008: u16,
    pub cites_2015: u16,
    pub vocab_2008: u16,
    pub vocab_2015: u16,
}

/// Phrases only the 2015 edition uses (its own terms, not the topics a 2008 text could name).
const VOCAB_2015: &[&str] = &[
    "thong tin dang van ban",
    "rui ro va co hoi",
    "boi canh cua",
    "ben quan tam",
    "dau ra khong phu hop",
];
/// Phrases that lean to 2008 (concepts 2015 dropped or renamed); they only weigh against 2015
/// vocabulary, never decide alone: a 2008 term in a silent document is not a citation.
const VOCAB_2008: &[&str] = &[
    "hanh dong phong ngua",
    "dai dien lanh dao",
    "san pham khong phu hop",
];

/// Counts edition references and vocabulary over header and body.
pub fn edition_cues(text: &DocText) -> EditionCues {
    let mut cues = EditionCues::default();
    for hay in text.all_keys() {
        for cap in EDITION_REF.captures_iter(hay) {
            match cap.get(1).map(|m| m.as_str()) {
                Some("2000") => cues.cites_2000 = cues.cites_2000.saturating_add(1),
                Some("2008") => cues.cites_2008 = cues.cites_2008.saturating_add(1),
                Some("2015") => cues.cites_2015 = cues.cites_2015.saturating_add(1),
                _ => {}
            }
        }
        for v in VOCAB_2015 {
            cues.vocab_2015 = cues
                .vocab_2015
                .saturating_add(hay.matches(v).count() as u16);
        }
        for v in VOCAB_2008 {
            cues.vocab_2008 = cues
                .vocab_2008
                .saturating_add(hay.matches(v).count() as u16);
        }
    }
    cues
}

/// Decides the edition from the document alone (never from the agency's other documents).
///
/// Explicit references weigh three times a vocabulary hit; ":2000" counts as an old (2008-line)
/// reference since it needs the same conversion; a tie between explicit references goes to 2015
/// (a 2015 document often names the edition it replaced, a 2008 one cannot name its successor).
/// Without any reference, 2015-only vocabulary gives 2015 when `vocabulary` is allowed — not for
/// forms and records, whose field names ("Cập nhật rủi ro và cơ hội") are not written against a
/// standard — and 2008 vocabulary alone gives nothing.
pub fn decide_edition(c: &EditionCues, vocabulary: bool) -> Option<Edition> {
    let old_refs = u32::from(c.cites_2008) + u32::from(c.cites_2000);
    let new_refs = u32::from(c.cites_2015);
    let old = old_refs * 3 + u32::from(c.vocab_2008);
    let new = new_refs * 3 + u32::from(c.vocab_2015);
    if old_refs + new_refs > 0 {
        if new_refs > 0 && new >= old {
            return Some(Edition::E2015);
        }
        return Some(if old > new {
            Edition::E2008
        } else {
            Edition::E2015
        });
    }
    (vocabulary && c.vocab_2015 > c.vocab_2008).then_some(Edition::E2015)
}

/// A table cell holding only a field label, for field tables written with the labels in one
/// row and the values in the row below.
static LABEL_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(ma\s*hieu|ma\s*so|so\s*hieu|ky\s*hieu(?:\s*tai\s*lieu)?|ma\s*tai\s*lieu|ma)|lan\s*ban\s*hanh(?:\s*/\s*sua\s*doi)?|lan\s*sua\s*doi|lan\s*soat\s*xet|soat\s*xet|phien\s*ban|lan|ngay\s*ban\s*hanh|ngay\s*bh|ngay\s*(?:co\s*)?hieu\s*luc|ngay\s*ap\s*dung|(?:co\s*)?hieu\s*luc\s*tu(?:\s*ngay)?|ap\s*dung\s*tu(?:\s*ngay)?|ngay|so\s*trang|trang|so\s*to)\s*:?\s*$",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});

/// A label cell naming the code (Mã hiệu, Mã số, Ký hiệu …).
fn is_code_label(cell: &Line) -> bool {
    LABEL_CELL
        .captures(&cell.key)
        .is_some_and(|cap| cap.get(1).is_some())
}

/// Lines where fields live: the page header first, then label/value pairs of cover field tables
/// written column-wise, then the cover block (first 40 body lines), and last the latest row of
/// an issue history table, which only counts where no field states the revision or date.
fn field_lines(text: &DocText) -> Vec<Cow<'_, Line>> {
    let mut out: Vec<Cow<'_, Line>> = text.header.iter().map(Cow::Borrowed).collect();
    out.extend(column_fields(text).into_iter().map(Cow::Owned));
    out.extend(text.body.iter().take(40).map(Cow::Borrowed));
    out.extend(history_fields(text).into_iter().map(Cow::Owned));
    out
}

/// The body tables that start in the cover block (first 40 body lines).
fn cover_tables(text: &DocText) -> Vec<&Vec<Vec<Line>>> {
    let mut tables: Vec<usize> = text
        .body
        .iter()
        .take(40)
        .filter_map(|l| match l.source {
            Source::Row { table, .. } => Some(table),
            _ => None,
        })
        .collect();
    tables.dedup();
    tables.iter().filter_map(|&t| text.tables.get(t)).collect()
}

/// The heading cell of an issue history table's issue column ("Lần ban hành", "Lần soát xét",
/// "Phiên bản") and of its date column ("Ngày hiệu lực", "Ngày ban hành", "Ngày"). An amendment
/// log ("Lần sửa đổi | Ngày sửa đổi | Nội dung") counts amendments, not issues, and is left out.
static HISTORY_REVISION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:lan\s*ban\s*hanh(?:\s*/\s*(?:sua\s*doi|soat\s*xet))?|lan\s*soat\s*xet|phien\s*ban|soat\s*xet)\s*:?\s*$",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});
static HISTORY_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:ngay(?:\s*(?:ban\s*hanh|bh|(?:co\s*)?hieu\s*luc|ap\s*dung|sua\s*doi|soat\s*xet))?|thoi\s*gian)\s*:?\s*$",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});
static HISTORY_REVISION_VALUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,2})\s*$").unwrap_or_else(|e| panic!("{e}")));
static HISTORY_DATE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\s*(?:{DATE})\s*\.?\s*$")).unwrap_or_else(|e| panic!("{e}"))
});

/// An issue history table on the cover ("Theo dõi tình trạng ban hành": "Lần ban hành | Ngày
/// hiệu lực | Nội dung" over one row per issue) states the current issue only as its latest
/// row. That row (the highest issue number with a date, whatever the rows' order) is read as
/// "Lần ban hành: 03 - ngày 18/03/2019", a revision written with its date. A heading row that
/// names a code is a cover field table instead ([`column_fields`]).
fn history_fields(text: &DocText) -> Vec<Line> {
    let mut out = Vec::new();
    for rows in cover_tables(text) {
        for (at, heading) in rows.iter().enumerate() {
            let column = |re: &Regex| heading.iter().position(|cell| re.is_match(&cell.key));
            let (Some(rev_col), Some(date_col)) =
                (column(&HISTORY_REVISION), column(&HISTORY_DATE))
            else {
                continue;
            };
            if heading.iter().any(is_code_label) {
                continue;
            }
            let latest = rows[at + 1..]
                .iter()
                .filter_map(|row| {
                    let (rev, date) = (row.get(rev_col)?, row.get(date_col)?);
                    let number: u32 = HISTORY_REVISION_VALUE
                        .captures(&rev.key)?
                        .get(1)?
                        .as_str()
                        .parse()
                        .ok()?;
                    labelled(&HISTORY_DATE_VALUE, &date.key)??;
                    Some((number, rev, date))
                })
                .max_by_key(|(number, ..)| *number);
            if let Some((_, rev, date)) = latest {
                let line = format!(
                    "Lần ban hành: {} - ngày {}",
                    rev.orig.trim(),
                    date.orig.trim()
                );
                out.push(Line::new(&line, rev.source));
            }
            break;
        }
    }
    out
}

/// "Mã hiệu | Lần ban hành | Ngày ban hành" over "QT-01 | 01 | 10/10/2018" read as
/// "Mã hiệu: QT-01" … . Only a row made entirely of labels, one of them a code label, counts:
/// a revision table's heading ("Lần | Ngày | Nội dung") never pairs its entries with labels.
fn column_fields(text: &DocText) -> Vec<Line> {
    let mut out = Vec::new();
    for rows in cover_tables(text) {
        for pair in rows.windows(2) {
            let (labels, values) = (&pair[0], &pair[1]);
            let filled: Vec<&Line> = labels.iter().filter(|c| !c.key.trim().is_empty()).collect();
            let all_labels =
                filled.len() >= 2 && filled.iter().all(|c| LABEL_CELL.is_match(&c.key));
            let has_code = filled.iter().any(|c| is_code_label(c));
            if !all_labels || !has_code || labels.len() != values.len() {
                continue;
            }
            for (l, v) in labels.iter().zip(values) {
                if !l.key.trim().is_empty() {
                    let label = l.orig.trim().trim_end_matches(':');
                    out.push(Line::new(&format!("{label}: {}", v.orig), l.source));
                }
            }
        }
    }
    out
}

/// The span of a labelled code in a key: continued across spaced separators and line breaks,
/// then cut before a field word it swallowed.
fn code_span(key: &str, start: usize, mut end: usize) -> (usize, usize) {
    // Continue segment by segment; keep the chain up to its last segment with a digit
    // ("QT - SCT - 01" whole, "QT-01 - Trang" without the page word).
    let mut at = end;
    while let Some(c) = CODE_CONT.captures(&key[at..]) {
        let (Some(all), Some(seg)) = (c.get(0), c.get(1)) else {
            break;
        };
        at += all.end();
        if seg.as_str().chars().any(|ch| ch.is_ascii_digit()) {
            end = at;
        }
    }
    if let Some(tail) = CODE_LABEL_TAIL.find(&key[start..end]) {
        end = start + tail.start();
    }
    (start, end)
}

/// A code's key and original text without the spaces a writer put around its separators.
fn code_text(line: &Line, start: usize, end: usize) -> (String, String) {
    let key: String = line.key[start..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let orig: String = line
        .orig_slice(start, end)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    (key, orig)
}

/// A labelled value may be a code without digits: with a separator ("MT-STP"), or a run of
/// at least three capitals as written ("Mã hiệu: CSCL", "Mã số: STCL"); a word that merely follows
/// the label ("Ký hiệu viết tắt", "Mã số thuế") is in lower case or carries diacritics.
fn valid_labelled_code(key: &str, orig: &str) -> bool {
    valid_code(key)
        || key.len() >= 4
            && key.contains(['-', '.', '/'])
            && key.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 3
        || key.len() >= 3
            && orig.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ')
            && !NOT_CODES.contains(&key)
}

/// Capitalised words and acronyms that can follow a code label without being a code
/// ("MÃ SỐ BHXH", "KY HIEU VA …" typed without diacritics).
const NOT_CODES: &[&str] = &[
    "va", "cua", "tai", "ve", "la", "cac", "nam", "so", "iso", "tcvn", "ubnd", "tthc", "bhxh",
    "bhyt", "cmnd", "cccd", "htqlcl",
];

/// A bare code in the body counts only where it stands almost alone (a cover cell, a form's
/// corner mark), not inside a sentence or a content table ("Quy trình QT-05 chưa cập nhật …").
fn stands_alone(line: &Line, start: usize, end: usize) -> bool {
    if matches!(line.source, Source::Header) {
        return true;
    }
    let key = line.key.as_str();
    // Cells, and the segments a PDF's layout puts on one line with tabs between them.
    let cell_start = key[..start].rfind(['|', '\t']).map(|i| i + 1).unwrap_or(0);
    let cell_end = key[end..]
        .find(['|', '\t'])
        .map(|i| end + i)
        .unwrap_or(key.len());
    // A form's corner mark that a PDF's layout put on one line with the upper-case heading
    // beside it ("BM.03-QT.03 SỞ LAO ĐỘNG - THƯƠNG BINH …", "CỘNG HÒA … VIỆT NAM BM-02/QT.07"):
    // first or last in its segment, only capitals on the other side.
    let capitals = |text: String| {
        text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
    };
    let (before, after) = (&key[cell_start..start], &key[end..cell_end]);
    if before.trim().is_empty() && capitals(line.orig_slice(end, cell_end))
        || after.trim().is_empty() && capitals(line.orig_slice(cell_start, start))
    {
        return true;
    }
    let around = format!("{} {}", &key[cell_start..start], &key[end..cell_end]);
    around
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .count()
        <= 6
}

/// A page header or footer that carries only the code often writes it without a number
/// ("STCL-UBND", "CS-SNV"): accepted there when typed in capitals with a separator, since the
/// margin holds no prose that could look like one.
fn page_margin_code(line: &Line, key: &str, orig: &str) -> bool {
    matches!(line.source, Source::Header)
        && key.len() >= 5
        && key.contains(['-', '.'])
        && orig
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "-./Đ".contains(c))
}

fn valid_code(code: &str) -> bool {
    code.len() >= 4
        && code.chars().any(|c| c.is_ascii_digit())
        && code.chars().any(|c| c.is_ascii_alphabetic())
        && !code.contains("/kh-")
        && !code.contains("/qd-")
}

/// The document code: a labelled field (Mã hiệu / Mã số / Số hiệu / Ký hiệu) in the header or
/// cover block, else a bare code pattern there (QT-01, BM.QT.05.01 …), else one in the file name.
/// Upper-cased, trimmed, as written (Đ kept).
pub fn code(text: &DocText, file_key: &Line) -> Option<String> {
    let lines = field_lines(text);
    let mut labelled = None;
    'outer: for line in &lines {
        for cap in CODE_LABELLED.captures_iter(&line.key) {
            if let Some(m) = cap.get(1) {
                let (start, end) = code_span(&line.key, m.start(), m.end());
                let (key, orig) = code_text(line, start, end);
                if valid_labelled_code(&key, &orig) {
                    labelled = Some(orig.to_uppercase());
                    break 'outer;
                }
            }
        }
    }
    let bare = || {
        lines
            .iter()
            .map(|l| &**l)
            .chain(std::iter::once(file_key))
            .find_map(|line| {
                CODE_BARE
                    .captures_iter(&line.key)
                    .filter_map(|c| c.get(1))
                    .map(|m| {
                        let end = CODE_LABEL_TAIL
                            .find(m.as_str())
                            .map_or(m.end(), |t| m.start() + t.start());
                        (m.start(), end)
                    })
                    .find(|&(start, end)| {
                        let key = &line.key[start..end];
                        let orig = line.orig_slice(start, end);
                        (valid_code(key) || page_margin_code(line, key, orig.trim()))
                            && stands_alone(line, start, end)
                    })
                    .map(|(start, end)| line.orig_slice(start, end).trim().to_uppercase())
            })
    };
    match labelled {
        // A labelled code without digits may be cut off ("QT-SCT-" at a PDF line break): a fuller
        // bare code that extends it wins.
        Some(l) if !l.chars().any(|c| c.is_ascii_digit()) => Some(
            bare()
                .filter(|b| b.starts_with(l.trim_end_matches(['-', '.', '/'])))
                .unwrap_or(l),
        ),
        Some(l) => Some(l),
        None => bare(),
    }
}

/// The revision (Lần ban hành / Lần sửa đổi / Soát xét), as written.
pub fn revision(text: &DocText) -> Option<String> {
    for line in field_lines(text) {
        for cap in REVISION.captures_iter(&line.key) {
            if let Some(m) = cap.get(1) {
                let value = line.orig_slice(m.start(), m.end());
                return Some(value.split_whitespace().collect());
            }
            // A letter revision ("Soát xét: A") only as a capital, never a word's first letter.
            if let Some(m) = cap.get(2) {
                let value = line.orig_slice(m.start(), m.end());
                if value.chars().all(|c| c.is_ascii_uppercase()) {
                    return Some(value);
                }
            }
        }
    }
    None
}

/// A two-digit year ("10/10/18") is read in the window 1990–2089, the span agencies' quality
/// systems exist in.
fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (i32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let y = match y {
        0..=89 => 2000 + y,
        90..=99 => 1900 + y,
        _ => y,
    };
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.rem_euclid(4) == 0 && y.rem_euclid(100) != 0) || y.rem_euclid(400) == 0 => 29,
        2 => 28,
        _ => return None,
    };
    if !(1990..=2100).contains(&y) || d == 0 || d > days {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Reads a labelled date capture; Some(None) when the field is present but left blank.
fn labelled(re: &Regex, key: &str) -> Option<Option<String>> {
    let cap = re.captures(key)?;
    let get = |i: usize| cap.get(i).map(|m| m.as_str());
    if let (Some(d), Some(m), Some(y)) = (get(1), get(2), get(3)) {
        return Some(ymd(y, m, d));
    }
    if let (Some(d), Some(m), Some(y)) = (get(4), get(5), get(6)) {
        return Some(ymd(y, m, d));
    }
    if let (Some(y), Some(m), Some(d)) = (get(7), get(8), get(9)) {
        return Some(ymd(y, m, d));
    }
    Some(None)
}

/// The issue date as YYYY-MM-DD. Ngày ban hành wins over Ngày hiệu lực/áp dụng, then a bare
/// "Ngày:" field, then the "…, ngày 10 tháng 10 năm 2018" line of an administrative document.
/// A labelled field left blank ("…/07/2021") gives None rather than some other date.
pub fn issued(text: &DocText) -> Option<String> {
    let lines = field_lines(text);
    for re in [
        &*DATE_ISSUED,
        &*DATE_EFFECTIVE,
        &*DATE_FIELD,
        &*DATE_REVISION,
        &*DATE_DECISION,
    ] {
        for line in &lines {
            if let Some(found) = labelled(re, &line.key) {
                return found;
            }
        }
    }
    for line in text.header.iter().chain(text.body.iter().take(30)) {
        for cap in DATE_SENTENCE.captures_iter(&line.key) {
            let at = cap.get(0).map_or(0, |m| m.start());
            let cell = line.key[..at].rsplit('|').next().unwrap_or("");
            if !dateline_prefix(cell) {
                continue;
            }
            let get = |i: usize| cap.get(i).map(|m| m.as_str()).unwrap_or("");
            if let Some(date) = ymd(get(3), get(2), get(1)) {
                return Some(date);
            }
        }
    }
    None
}

/// Words of a legal reference: "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018" dates
/// the cited text, not the document.
const LEGAL_WORDS: &[&str] = &[
    "nghi dinh",
    "nghi quyet",
    "quyet dinh",
    "thong tu",
    "luat",
    "chi thi",
    "cong van",
    "can cu",
    "phap lenh",
    "/nd-",
    "/qd-",
    "/tt-",
    "/nq-",
    "/ct-",
];

/// True when what precedes "ngày … tháng … năm …" in its cell is not a citation: a place
/// ("An Bình, "), the document's own number ("Số: 112/KH-STNMT"), the decision it is attached to
/// ("Kèm theo Quyết định số 05/QĐ-STNMT"), a meeting time — anything but a legal reference.
fn dateline_prefix(prefix: &str) -> bool {
    let prefix = prefix.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    prefix.contains("kem theo")
        || prefix.starts_with("so") && prefix[2..].trim_start().starts_with(':')
        || !LEGAL_WORDS.iter().any(|w| prefix.contains(w))
}

/// True when the line is a field of the cover block rather than content.
pub fn is_field_line(line: &Line) -> bool {
    let k = line.key.trim_start();
    [
        "ma hieu",
        "ma so",
        "so hieu",
        "ky hieu",
        "lan ban hanh",
        "lan sua doi",
        "ngay ban hanh",
        "ngay hieu luc",
        "trang",
        "soat xet",
    ]
    .iter()
    .any(|p| k.starts_with(p))
        || matches!(line.source, Source::Header) && k.starts_with("ngay")
}

#[cfg(test)]
#[path = "metadata_variants.rs"]
mod variants;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Block, ExtractedDoc, Paragraph, Table};

    fn doc(header_rows: Vec<Vec<&str>>, body: Vec<&str>) -> DocText {
        let headers = vec![Block::Table(Table {
            rows: header_rows
                .into_iter()
                .map(|r| r.into_iter().map(String::from).collect())
                .collect(),
            ..Default::default()
        })];
        let blocks = body
            .into_iter()
            .map(|t| {
                Block::Paragraph(Paragraph {
                    text: t.to_string(),
                    ..Default::default()
                })
            })
            .collect();
        DocText::new(&ExtractedDoc {
            blocks,
            headers,
            ..Default::default()
        })
    }

    fn no_file() -> Line {
        super::super::text::Line {
            orig: String::new(),
            key: String::new(),
            source: Source::Header,
        }
    }

    #[test]
    fn reads_fields_from_a_header_table_in_several_wordings() {
        let t = doc(
            vec![
                vec![
                    "UBND XÃ AN BÌNH",
                    "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA",
                    "Mã hiệu: qt-sct-06",
                ],
                vec!["", "", "Lần ban hành: 02"],
                vec!["", "", "Ngày ban hành: 10/10/2018"],
            ],
            vec![],
        );
        assert_eq!(code(&t, &no_file()).as_deref(), Some("QT-SCT-06"));
        assert_eq!(revision(&t).as_deref(), Some("02"));
        assert_eq!(issued(&t).as_deref(), Some("2018-10-10"));

        let t = doc(
            vec![
                vec!["Số hiệu", "ST-BGĐ-STCL/00"],
                vec!["Soát xét", "01/2020"],
                vec!["Ngày hiệu lực", "5.3.2021"],
            ],
            vec![],
        );
        assert_eq!(code(&t, &no_file()).as_deref(), Some("ST-BGĐ-STCL/00"));
        assert_eq!(revision(&t).as_deref(), Some("01/2020"));
        assert_eq!(issued(&t).as_deref(), Some("2021-03-05"));
        // The label's words in the other order ("Ban hành lần", "Sửa đổi lần thứ").
        let t = doc(vec![vec!["Mã số: QT-01", "Ban hành lần: 02"]], vec![]);
        assert_eq!(revision(&t).as_deref(), Some("02"));
        let t = doc(vec![vec!["Sửa đổi lần thứ 3"]], vec![]);
        assert_eq!(revision(&t).as_deref(), Some("3"));
    }

    #[test]
    fn blank_dates_and_sentence_dates() {
        let t = doc(
            vec![vec!["Ngày ban hành: …/07/2021"]],
            vec!["Ngày 10 tháng 10 năm 2018"],
        );
        assert_eq!(issued(&t), None);
        let t = doc(vec![vec![""]], vec!["An Bình, ngày 05 tháng 01 năm 2021"]);
        assert_eq!(issued(&t).as_deref(), Some("2021-01-05"));
        let t = doc(vec![vec!["Ngày: 31-02-2021"]], vec![]);
        assert_eq!(issued(&t), None);
    }

    #[test]
    fn version_numbers_keep_their_minor_part() {
        let t = doc(
            vec![vec!["Mã số: 02/QT-VP\nPhiên bản: 2.0\nTrang: 1/5"]],
            vec![],
        );
        assert_eq!(revision(&t).as_deref(), Some("2.0"));
        let t = doc(vec![vec!["Lần soát xét: 2"]], vec![]);
        assert_eq!(revision(&t).as_deref(), Some("2"));
        let t = doc(vec![vec!["Lần ban hành: 01/2018"]], vec![]);
        assert_eq!(revision(&t).as_deref(), Some("01/2018"));
    }

    #[test]
    fn issue_dates_in_other_firms_wordings() {
        // The field block as a separate two-column table; "Hiệu lực từ" and "ngày" repeated.
        let t = doc(
            vec![vec![""]],
            vec![
                "Mã tài liệu: | QT.01/UBND",
                "Hiệu lực từ: | ngày 05/01/2025",
            ],
        );
        assert_eq!(issued(&t).as_deref(), Some("2025-01-05"));
        let t = doc(vec![vec!["Ngày ban hành: ngày 08/01/2025"]], vec![]);
        assert_eq!(issued(&t).as_deref(), Some("2025-01-08"));
        let t = doc(vec![vec!["Ngày hiệu lực: 05 - 01 - 2025"]], vec![]);
        assert_eq!(issued(&t).as_deref(), Some("2025-01-05"));
        let t = doc(vec![vec!["Có hiệu lực kể từ ngày 15/03/2014"]], vec![]);
        assert_eq!(issued(&t).as_deref(), Some("2014-03-15"));
        // The date in brackets after the revision it belongs to.
        let t = doc(vec![vec![""]], vec!["Lần ban hành: 03 (Ngày 12/5/2016)"]);
        assert_eq!(issued(&t).as_deref(), Some("2016-05-12"));
        assert_eq!(revision(&t).as_deref(), Some("03"));
        let t = doc(vec![vec!["Lần sửa đổi: 01 - ngày 05/01/2025"]], vec![]);
        assert_eq!(issued(&t).as_deref(), Some("2025-01-05"));
        // A revision number alone is no date.
        let t = doc(vec![vec!["Lần ban hành: 03 (2016)"]], vec![]);
        assert_eq!(issued(&t), None);
        // The issuing decision's date when no field states one.
        let t = doc(
            vec![vec![""]],
            vec![
                "QUY CHẾ CHI TIÊU NỘI BỘ",
                "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 06/01/2025)",
            ],
        );
        assert_eq!(issued(&t).as_deref(), Some("2025-01-06"));
        // A decision cited without a date gives nothing; a month alone is not a date.
        let t = doc(
            vec![vec![""]],
            vec![
                "(Ban hành kèm theo Quyết định số 45/QĐ-UBND của Chủ tịch UBND)",
                "Tháng 01/2025",
            ],
        );
        assert_eq!(issued(&t), None);
    }

    #[test]
    fn bare_codes_in_header_and_file_name() {
        let t = doc(vec![vec!["BM.QT.05.01", "Trang 1/2"]], vec![]);
        assert_eq!(code(&t, &no_file()).as_deref(), Some("BM.QT.05.01"));
        let t = doc(vec![vec![""]], vec!["Số: 12/KH-UBND"]);
        let file = Line {
            orig: "TT-PTH-KPPN/01 Khac phuc".into(),
            key: "tt-pth-kppn/01 khac phuc".into(),
            source: Source::Header,
        };
        assert_eq!(code(&t, &file).as_deref(), Some("TT-PTH-KPPN/01"));
    }

    #[test]
    fn edition_from_references_and_vocabulary() {
        let t = doc(
            vec![vec!["TCVN ISO 9001 : 2015"]],
            vec!["thay thế TCVN ISO 9001:2008"],
        );
        assert_eq!(
            decide_edition(&edition_cues(&t), true),
            Some(Edition::E2015)
        );
        let t = doc(
            vec![vec![""]],
            vec!["Tiêu chuẩn TCVN ISO 9001:2008", "Đại diện lãnh đạo"],
        );
        assert_eq!(
            decide_edition(&edition_cues(&t), true),
            Some(Edition::E2008)
        );
        let t = doc(
            vec![vec![""]],
            vec!["Kiểm soát thông tin dạng văn bản; rủi ro và cơ hội"],
        );
        assert_eq!(
            decide_edition(&edition_cues(&t), true),
            Some(Edition::E2015)
        );
        // A form naming a 2015 topic in a field is not written against an edition.
        assert_eq!(decide_edition(&edition_cues(&t), false), None);
        let t = doc(vec![vec![""]], vec!["Hành động phòng ngừa"]);
        assert_eq!(decide_edition(&edition_cues(&t), true), None);
        let t = doc(
            vec![vec![""]],
            vec!["Hành động phòng ngừa theo ISO 9001:2000"],
        );
        assert_eq!(
            decide_edition(&edition_cues(&t), false),
            Some(Edition::E2008)
        );
        let t = doc(vec![vec![""]], vec!["Cấp giấy phép"]);
        assert_eq!(decide_edition(&edition_cues(&t), true), None);
    }

    #[test]
    fn issue_date_written_after_ban_hanh_ngay() {
        let t = doc(
            vec![vec![""]],
            vec![
                "SỔ TAY CHẤT LƯỢNG",
                "Lần ban hành: 02",
                "Ban hành ngày 15-03-2014",
            ],
        );
        assert_eq!(issued(&t).as_deref(), Some("2014-03-15"));
    }

    #[test]
    fn code_without_number_only_in_the_page_margin() {
        let t = doc(vec![vec!["STCL-UBND          Trang 1/12"]], vec![]);
        assert_eq!(code(&t, &no_file()).as_deref(), Some("STCL-UBND"));
        // The same shape in body prose is not a code.
        let t = doc(vec![vec![""]], vec!["Theo CS-UBND đã ban hành"]);
        assert_eq!(code(&t, &no_file()), None);
    }
}
