//! Facts the agency-level rules need from one document, gathered once so the assembly never
//! needs the text again (edition references, records list and retention, objectives' plans,
//! context statements, the year a record is for …).

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::metadata::EditionCues;
use super::text::{DocText, Source};

static RECORDS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:\d{1,2}(?:\.\d{1,2})?[.)]?\s*|[ivx]{1,4}[.)]\s*)?(?:danh muc\s*)?(?:ho so(?:\s*(?:can|phai|duoc))?\s*(?:luu|luu tru|luu giu)|luu(?:\s*tru|\s*giu)?\s*ho\s*so|ho so)\s*(?:\(.*\))?\s*[:.]?\s*$",
    )
    .unwrap_or_else(|e| panic!("{e}"))
});
static TOP_SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\d{1,2}[.)]\s+[a-z]|[ivx]{1,4}[.)]\s|phu luc)")
        .unwrap_or_else(|e| panic!("{e}"))
});
static RETENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9])\d{1,2}\s*(?:nam|thang)(?:[^a-z]|$)|vinh vien|lau dai|het hieu luc|suot thoi gian|den khi")
        .unwrap_or_else(|e| panic!("{e}"))
});
static YEAR_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"nam\s*((?:19|20)\d{2})(?:[^0-9]|$)").unwrap_or_else(|e| panic!("{e}"))
});
static YEAR_BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9:./\-])(20\d{2})(?:[^0-9]|$)").unwrap_or_else(|e| panic!("{e}"))
});
static TTHC_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9.])([1-3]\.\d{6})(?:[^0-9]|$)|ma\s*(?:so\s*)?(?:thu\s*tuc|tthc)(?:\s*hanh\s*chinh)?\s*[:|]?\s*([a-z0-9][a-z0-9.\-]{3,})")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Which elements of a plan to achieve the quality objectives are stated (6.2.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectivePlan {
    pub stated: bool,
    pub who: bool,
    pub when: bool,
    pub resources: bool,
    pub evaluation: bool,
}

impl ObjectivePlan {
    /// The number of elements stated (who, when, resources, evaluation).
    pub fn elements(&self) -> usize {
        [self.who, self.when, self.resources, self.evaluation]
            .iter()
            .filter(|b| **b)
            .count()
    }
}

/// Words of a context analysis (4.1) or of interested parties (4.2), in match-key form.
const CONTEXT_WORDS: [&str; 8] = [
    "boi canh",
    "ben trong",
    "ben ngoai",
    "noi bo",
    "van de",
    "ben quan tam",
    "ben lien quan",
    "mong doi",
];

/// What the agency-level rules need from one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocFacts {
    pub cites_2000: u16,
    pub cites_2008: u16,
    pub cites_2015: u16,
    /// Mentions of "hành động phòng ngừa".
    pub preventive_action: u16,
    /// Mentions of a management representative role ("đại diện lãnh đạo", QMR).
    pub management_representative: u16,
    /// Mentions of "sản phẩm không phù hợp" (2015 says "đầu ra").
    pub nonconforming_product: u16,
    /// A records section ("HỒ SƠ CẦN LƯU", "Lưu hồ sơ") or a records table.
    pub records_section: bool,
    /// Retention periods stated in the records section ("01 năm", "Vĩnh viễn").
    pub retention: bool,
    /// The year the document is for (title "năm 2021", else the issue year).
    pub year: Option<i32>,
    pub plan: ObjectivePlan,
    /// Internal and external issues are stated (4.1).
    pub context_issues: bool,
    /// Interested parties and their requirements are stated (4.2).
    pub interested_parties: bool,
    /// Risks or opportunities are named ("rủi ro", or a SWOT's "cơ hội" with "thách thức").
    #[serde(default)]
    pub risks_opportunities: bool,
    /// Lines and table rows about the context or interested parties: one sentence saying they
    /// "are identified and monitored" is not an analysis; a section that lists them is.
    #[serde(default)]
    pub context_lines: u16,
    /// Describes how citizens' satisfaction is surveyed or measured.
    pub satisfaction_method: bool,
    /// A plan/programme (as opposed to a report/minutes).
    pub is_plan: bool,
    /// Distinct TTHC workflow cues in the body.
    pub tthc_score: u8,
    /// National TTHC codes written in the document ("1.001234").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tthc_codes: Vec<String>,
    /// The body is a blank template.
    pub blank: bool,
}

/// Counts "đại diện lãnh đạo" used as the role, not as "a representative of the leaders of …".
fn management_representative(body: &str) -> u16 {
    let mut n = 0u16;
    for (at, m) in body.match_indices("dai dien lanh dao") {
        let rest = &body[at + m.len()..];
        let ordinary = [
            " cac ",
            " phong",
            " don vi",
            " co quan",
            " ubnd",
            " uy ban",
            " so ",
            " xa",
            " bo phan",
            " tham du",
            " du hop",
            " tham gia",
            " huyen",
            " tinh",
        ]
        .iter()
        .any(|p| rest.starts_with(p));
        if !ordinary {
            n = n.saturating_add(1);
        }
    }
    n.saturating_add(body.matches("qmr").count() as u16)
}

/// Finds the records section and whether it states retention periods.
fn records(text: &DocText) -> (bool, bool) {
    let mut found = false;
    for (i, line) in text.body.iter().enumerate() {
        let heading = match line.source {
            Source::Para { .. } => RECORDS_HEADING.is_match(&line.key),
            Source::Row { .. } => {
                let first = line.key.split('|').next().unwrap_or("");
                RECORDS_HEADING.is_match(first)
                    && line.key.split('|').filter(|c| !c.trim().is_empty()).count() == 1
            }
            Source::Header => false,
        };
        let table_header = matches!(line.source, Source::Row { .. })
            && (line.key.contains("ten ho so") || line.key.contains("ho so luu"))
            && (line.key.contains("luu") || line.key.contains("thoi gian"));
        if !(heading || table_header) {
            continue;
        }
        found = true;
        if table_header && RETENTION.is_match(&line.key) {
            return (true, true);
        }
        for next in text.body.iter().skip(i + 1).take(40) {
            if matches!(next.source, Source::Para { .. }) && TOP_SECTION.is_match(&next.key) {
                break;
            }
            if RETENTION.is_match(&next.key) {
                return (true, true);
            }
        }
    }
    (found, false)
}

fn objective_plan(body: &str) -> ObjectivePlan {
    let has = |ps: &[&str]| ps.iter().any(|p| body.contains(p));
    let who = has(&[
        "trach nhiem",
        "nguoi thuc hien",
        "don vi thuc hien",
        "bo phan thuc hien",
        "phan cong",
        "chu tri",
        "can bo thuc hien",
        "cong chuc thuc hien",
    ]);
    let when = has(&[
        "thoi gian",
        "thoi han",
        "tien do",
        "hoan thanh truoc",
        "quy i",
        "quy 1",
        "hang thang",
        "hang quy",
        "6 thang",
    ]);
    let resources = has(&[
        "nguon luc",
        "kinh phi",
        "phuong tien",
        "nhan luc",
        "co so vat chat",
        "trang thiet bi",
    ]);
    let evaluation = has(&[
        "phuong phap danh gia",
        "cach thuc danh gia",
        "danh gia ket qua",
        "danh gia muc do",
        "do luong",
        "phuong phap theo doi",
        "chi so",
        "tan suat",
        "cach danh gia",
        "phuong phap do",
        "danh gia viec",
        "cach thuc theo doi",
    ]);
    let stated = body.contains("ke hoach")
        || [who, when, resources, evaluation]
            .iter()
            .filter(|b| **b)
            .count()
            >= 2;
    ObjectivePlan {
        stated,
        who,
        when,
        resources,
        evaluation,
    }
}

/// The year a document is for: "năm 2021" in the title, then a bare year in the title (not an
/// edition like 9001:2015), then the issue date's year.
pub fn year_of(title_key: Option<&str>, issued: Option<&str>) -> Option<i32> {
    if let Some(t) = title_key {
        let cleaned = t.replace("9001", " ");
        if let Some(y) = YEAR_WORD
            .captures(&cleaned)
            .and_then(|c| c.get(1))
            .and_then(|m| m.as_str().parse().ok())
        {
            return Some(y);
        }
        if let Some(y) = YEAR_BARE
            .captures(&cleaned)
            .and_then(|c| c.get(1))
            .and_then(|m| m.as_str().parse().ok())
        {
            return Some(y);
        }
    }
    issued
        .and_then(|d| d.get(0..4))
        .and_then(|y| y.parse().ok())
}

/// Gathers the facts from a prepared document.
pub fn gather(
    text: &DocText,
    cues: &EditionCues,
    title_key: Option<&str>,
    issued: Option<&str>,
    tthc_score: u8,
    blank: bool,
) -> DocFacts {
    let body = &text.body_key;
    let (records_section, retention) = records(text);
    let has = |p: &str| body.contains(p);
    let context_issues = has("boi canh")
        && (has("ben trong") || has("ben ngoai") || has("noi bo") || has("van de"))
        || has("van de ben trong")
        || has("van de noi bo")
        || has("yeu to ben trong")
        || has("yeu to ben ngoai");
    let interested_parties = has("ben quan tam")
        || has("ben lien quan") && (has("nhu cau") || has("mong doi") || has("yeu cau"));
    let risks_opportunities = has("rui ro") || has("co hoi") && has("thach thuc");
    let context_lines = text
        .body
        .iter()
        .filter(|line| CONTEXT_WORDS.iter().any(|word| line.key.contains(word)))
        .count()
        .min(u16::MAX as usize) as u16;
    let satisfaction_method =
        (has("khao sat") || has("do luong") || has("lay y kien") || has("thu thap y kien"))
            && (has("hai long")
                || has("thoa man")
                || has("y kien cua to chuc")
                || has("y kien khach hang")
                || has("y kien nguoi dan"));
    let mut tthc_codes: Vec<String> = TTHC_CODE
        .captures_iter(body)
        .filter_map(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().trim_end_matches(['.', '-']).to_string())
        })
        .collect();
    tthc_codes.sort();
    tthc_codes.dedup();
    tthc_codes.truncate(20);
    let is_plan = title_key.is_some_and(|t| {
        let t = t.trim_start();
        t.starts_with("ke hoach") || t.starts_with("chuong trinh")
    });
    DocFacts {
        cites_2000: cues.cites_2000,
        cites_2008: cues.cites_2008,
        cites_2015: cues.cites_2015,
        preventive_action: body
            .matches("hanh dong phong ngua")
            .count()
            .min(u16::MAX as usize) as u16,
        management_representative: management_representative(body),
        nonconforming_product: body
            .matches("san pham khong phu hop")
            .count()
            .min(u16::MAX as usize) as u16,
        records_section,
        retention,
        year: year_of(title_key, issued),
        plan: objective_plan(body),
        context_issues,
        interested_parties,
        risks_opportunities,
        context_lines,
        satisfaction_method,
        is_plan,
        tthc_score,
        tthc_codes,
        blank,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Block, ExtractedDoc, Paragraph, Table};

    fn para(t: &str) -> Block {
        Block::Paragraph(Paragraph {
            text: t.into(),
            ..Default::default()
        })
    }

    fn table(rows: &[&[&str]]) -> Block {
        Block::Table(Table {
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| c.to_string()).collect())
                .collect(),
            ..Default::default()
        })
    }

    fn prepared(blocks: Vec<Block>) -> DocText {
        DocText::new(&ExtractedDoc {
            blocks,
            ..Default::default()
        })
    }

    #[test]
    fn records_section_with_and_without_retention() {
        let t = prepared(vec![
            para("6. BIỂU MẪU"),
            para("7. HỒ SƠ CẦN LƯU"),
            table(&[
                &["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
                &["1", "Sổ theo dõi", "Văn thư", "05 năm"],
            ]),
        ]);
        assert_eq!(records(&t), (true, true));
        let t = prepared(vec![
            para("VII. Lưu hồ sơ"),
            para("Hồ sơ được lưu tại Văn phòng."),
            para("8. Phụ lục"),
            para("Lưu 01 năm"),
        ]);
        assert_eq!(records(&t), (true, false));
        let t = prepared(vec![para("5. NỘI DUNG"), para("Tiếp nhận hồ sơ")]);
        assert_eq!(records(&t), (false, false));
        let t = prepared(vec![
            para("7. Hồ sơ"),
            para("Lưu trữ vĩnh viễn tại bộ phận một cửa"),
        ]);
        assert_eq!(records(&t), (true, true));
    }

    #[test]
    fn management_representative_as_role_only() {
        assert_eq!(
            management_representative("chuc nang cua dai dien lanh dao ve chat luong"),
            1
        );
        assert_eq!(
            management_representative("co dai dien lanh dao cac phong tham du"),
            0
        );
    }

    #[test]
    fn years_from_title_then_issue_date() {
        assert_eq!(
            year_of(Some("ke hoach danh gia noi bo nam 2019"), None),
            Some(2019)
        );
        assert_eq!(
            year_of(
                Some("quy trinh theo tcvn iso 9001:2015"),
                Some("2020-05-01")
            ),
            Some(2020)
        );
        assert_eq!(year_of(Some("muc tieu chat luong 2021"), None), Some(2021));
        assert_eq!(year_of(None, None), None);
    }

    #[test]
    fn objectives_plan_elements() {
        let p = objective_plan(
            "muc tieu | ke hoach thuc hien | nguon luc | trach nhiem | thoi gian | phuong phap danh gia",
        );
        assert_eq!(p.elements(), 4);
        assert!(p.stated);
        let p = objective_plan("100% ho so giai quyet dung han");
        assert_eq!((p.elements(), p.stated), (0, false));
    }
}
