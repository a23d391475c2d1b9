//! Recognising a document's kind: the title (cover table or first heading) decides, the page
//! header, code and body structure refine, the file name is the last resort.

use std::sync::LazyLock;

use regex::Regex;

use super::kinds::DocKind;
use super::metadata::is_field_line;
use super::text::{DocText, Line, Source, key, mostly_upper, squash};

/// What a title starts with: the genre of the document, before its topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Head {
    Procedure,
    Manual,
    Policy,
    Objectives,
    Plan,
    Report,
    Minutes,
    Form,
    Register,
    Context,
    Decision,
    /// "Quy chế": rules of working, spending, coordination; not a quality-system procedure
    /// unless it is about a system topic.
    Regulation,
}

/// Title heads in matching form, longest first where prefixes overlap.
const HEADS: &[(&str, Head)] = &[
    ("quy trinh", Head::Procedure),
    ("thu tuc", Head::Procedure),
    ("quy dinh", Head::Procedure),
    ("quy che", Head::Regulation),
    ("huong dan", Head::Procedure),
    ("so tay", Head::Manual),
    ("mo hinh", Head::Manual),
    ("chinh sach", Head::Policy),
    ("muc tieu", Head::Objectives),
    ("ke hoach", Head::Plan),
    ("chuong trinh", Head::Plan),
    ("bao cao", Head::Report),
    ("ket qua", Head::Report),
    ("tong hop", Head::Report),
    ("thong bao", Head::Report),
    ("bien ban", Head::Minutes),
    ("bieu mau", Head::Form),
    ("phieu", Head::Form),
    ("mau so", Head::Form),
    ("mau ", Head::Form),
    ("giay de nghi", Head::Form),
    ("don de nghi", Head::Form),
    ("so theo doi", Head::Register),
    ("so dang ky", Head::Register),
    ("so quan ly", Head::Register),
    ("so ghi chep", Head::Register),
    ("so nhan dien", Head::Register),
    ("so rui ro", Head::Register),
    ("bang ", Head::Register),
    ("danh muc", Head::Register),
    ("danh sach", Head::Register),
    ("boi canh", Head::Context),
    ("phan tich", Head::Context),
    ("xac dinh", Head::Context),
    ("nhan dien", Head::Context),
    ("danh gia rui ro", Head::Context),
    ("cac ben quan tam", Head::Context),
    ("van de noi bo", Head::Context),
    ("quyet dinh", Head::Decision),
    ("to trinh", Head::Decision),
];

/// The genre a title starts with (leading numbering and punctuation ignored).
pub fn head_of(title_key: &str) -> Option<Head> {
    // Titles never start with a number: "1. Mục tiêu" is a section, not a title.
    let t = title_key.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    HEADS
        .iter()
        .find(|(p, _)| t.starts_with(p))
        .map(|(_, h)| *h)
}

/// Topics of internal (supporting) procedures.
const INTERNAL_TOPICS: &[&str] = &[
    "van thu",
    "luu tru",
    "thi dua",
    "khen thuong",
    "du toan",
    "ngan sach",
    "thanh tra",
    "tiep cong dan",
    "khieu nai",
    "to cao",
    "tai san",
    "mua sam",
    "tuyen dung",
    "dao tao",
    "boi duong",
    "cong van",
    "van ban den",
    "van ban di",
    "quyet toan",
    "ke toan",
    "thu chi",
    "nang luong",
    "nang bac",
    "cham cong",
    "lich cong tac",
    "bao cao dinh ky",
    "cai cach hanh chinh",
    "quan ly xe",
    "ky luat",
    "xep loai",
    "nhan su",
    "to chuc can bo",
    "phap che",
    "kiem tra noi bo",
    "xu ly van ban",
    "ban hanh van ban",
    "soan thao van ban",
    "phong chay",
    "cong tac",
    "hoi nghi",
    "tiep khach",
    "quan ly va su dung",
];

/// Verbs and objects typical of TTHC titles.
const TTHC_TITLE: &[&str] = &[
    "thu tuc hanh chinh",
    "tthc",
    "cap giay",
    "cap phep",
    "cap lai",
    "cap doi",
    "cap ban sao",
    "dang ky",
    "chung thuc",
    "xac nhan",
    "cong nhan",
    "tham dinh",
    "phe duyet",
    "gia han",
    "thu hoi",
    "cho phep",
    "thanh lap",
    "giai the",
    "dieu chinh",
    "cap chung chi",
    "cap the",
    "tro cap",
    "ho tro",
    "giai quyet",
];

/// Words that tie a plan, report or decision to the quality system or its TTHC work; without
/// them it is an ordinary administrative document ("Kế hoạch cải cách hành chính năm 2025").
const QMS_LINK: &[&str] = &[
    "iso",
    "chat luong",
    "htqlcl",
    "he thong quan ly",
    "tthc",
    "thu tuc hanh chinh",
    "ho so",
    "mot cua",
];

/// Cues of an administrative-procedure (TTHC) workflow in the body.
const TTHC_BODY: &[&str] = &[
    "thanh phan ho so",
    "so luong ho so",
    "thoi han giai quyet",
    "le phi",
    "mot cua",
    "tiep nhan va tra ket qua",
    "doi tuong thuc hien",
    "co quan thuc hien",
    "can cu phap ly",
    "trinh tu thuc hien",
    "cach thuc thuc hien",
    "dieu kien thuc hien",
    "ket qua giai quyet",
];

static FILL_IN_BLANK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\.{3,}|_{3,}|\. ?\.(?:\s|$|/)").unwrap_or_else(|e| panic!("{e}"))
});
static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\d{1,2}[.)]|[ivx]{1,4}[.)]|chuong|phan\s+[ivx\d])\s*")
        .unwrap_or_else(|e| panic!("{e}"))
});

/// Where the title was found; the cover block and the first heading are the most reliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleSource {
    Cover,
    Heading,
    Header,
    Meta,
}

/// A recognised title in the document's own words and its matching key.
#[derive(Debug, Clone)]
pub struct Title {
    pub text: String,
    pub key: String,
    pub source: TitleSource,
}

/// Structure found in the body that helps when the title is silent or generic.
#[derive(Debug, Clone, Copy, Default)]
pub struct BodyCues {
    /// Distinct TTHC cues (dossier, time limit, fees, one-stop desk …) plus a step table.
    pub tthc_score: u8,
    /// Sections "mục đích" and "phạm vi": the document is written as a procedure.
    pub procedure_sections: bool,
    /// Most fields are fill-in blanks ("……", "____") or table rows are empty: a blank form.
    pub blank: bool,
}

/// The classification with its evidence.
#[derive(Debug, Clone)]
pub struct Classified {
    pub kind: DocKind,
    /// Further kinds a combined document also is ("khắc phục và phòng ngừa").
    pub also: Vec<DocKind>,
    pub confidence: f64,
    pub cues: Vec<String>,
    pub head: Option<Head>,
}

fn lines_of(line: &Line) -> Vec<(String, String)> {
    line.orig
        .split('\n')
        .map(squash)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let k = key(&l);
            (l, k)
        })
        .collect()
}

/// Joins a head-only line ("QUY TRÌNH") with the lines that continue it.
fn title_from_lines(lines: &[(String, String)], start: usize) -> (String, String) {
    let (mut text, mut k) = lines[start].clone();
    for (taken, (t, tk)) in lines.iter().skip(start + 1).enumerate() {
        let only_head = HEADS.iter().any(|(h, _)| k.trim() == h.trim());
        let continues = mostly_upper(t)
            && mostly_upper(&text)
            && !SECTION.is_match(tk)
            && head_of(tk).is_none();
        if taken >= 3
            || text.len() > 200
            || !(only_head || continues)
            || is_noise(tk)
            || stops_title(tk)
        {
            break;
        }
        text = format!("{text} {t}");
        k = format!("{k} {tk}");
    }
    (text, k)
}

fn is_only_head(k: &str) -> bool {
    let k = k.trim();
    HEADS.iter().any(|(h, _)| k == h.trim())
}

/// The rest of a title whose genre word stands alone in its cell ("QUY TRÌNH" above "Kiểm soát
/// thông tin dạng văn bản"): the same column in the next rows, else the next cell of the row.
/// Field labels, agency names and sign-off headings never continue a title.
fn title_continuation(
    text: &DocText,
    table: usize,
    row: usize,
    col: usize,
) -> Option<(String, String)> {
    let rows = text.tables.get(table)?;
    let usable = |cell: &Line| -> Option<(String, String)> {
        let t = squash(&cell.orig.replace('\n', " "));
        let k = squash(&cell.key.replace('\n', " "));
        (!t.is_empty()
            && !is_field_line_key(&k)
            && !is_noise(&k)
            && !stops_title(&k)
            && head_of(&k).is_none()
            && !k.starts_with("soan thao")
            && !k.starts_with("bien soan")
            && !k.starts_with("nguoi")
            && k.chars().any(|c| c.is_ascii_alphabetic()))
        .then_some((t, k))
    };
    for next in rows.iter().skip(row + 1).take(2) {
        match next.get(col) {
            Some(cell) if cell.key.trim().is_empty() => continue,
            Some(cell) => return usable(cell),
            None => break,
        }
    }
    rows.get(row)?.get(col + 1).and_then(usable)
}

/// Headings that follow a title in the cover block but are not part of it.
fn stops_title(k: &str) -> bool {
    let k = k.trim();
    [
        "theo doi sua doi",
        "sua doi tai lieu",
        "tinh trang sua doi",
        "noi dung sua doi",
        "bang theo doi",
        "muc luc",
        "lan ",
        "phan ",
        "chuong",
        "can cu",
        "ke hoach thuc hien",
    ]
    .iter()
    .any(|p| k.starts_with(p))
}

/// Agency names, the national motto, field labels: lines that are never the title.
fn is_noise(k: &str) -> bool {
    let k = k.trim();
    [
        "uy ban",
        "ubnd",
        "cong hoa",
        "doc lap",
        "hoi dong",
        "so ",
        "chi cuc",
        "phong ",
        "van phong",
        "ban chi dao",
        "trung tam",
        "cuc ",
        "tong cuc",
        "bo ",
        "ma hieu",
        "ma so",
        "lan ban hanh",
        "ngay ",
        "trang",
        "soat xet",
        "soan thao",
        "phe duyet",
        "ho ten",
        "chuc vu",
        "chu ky",
    ]
    .iter()
    .any(|p| k.starts_with(p) && head_of(k).is_none())
}

/// A genre word followed only by a number or a code ("Quy trình số 07", "Thủ tục 05",
/// "Quy trình QT.07"): a designation that names the document by its place in a list, not a title;
/// the real title is elsewhere (usually the page header).
fn is_designation(k: &str) -> bool {
    let t = k.trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
    let Some((head, _)) = HEADS.iter().find(|(p, _)| t.starts_with(p)) else {
        return false;
    };
    let mut rest = t[head.len()..].split(|c: char| c.is_whitespace() || c == ':');
    rest.all(|w| w.is_empty() || w == "so" || w.chars().any(|c| c.is_ascii_digit()))
}

fn candidate(text: &str, k: &str, source: TitleSource) -> Option<Title> {
    if head_of(k).is_some()
        && k.split_whitespace().count() >= 2
        && !is_designation(k)
        && text.chars().count() <= 300
    {
        Some(Title {
            text: tidy_title(text),
            key: squash(k),
            source,
        })
    } else {
        None
    }
}

/// Finds the title: the first cover-table cell or heading-like paragraph, in reading order, that
/// starts with a genre word ("QUY TRÌNH …", "KẾ HOẠCH …"), within the first lines and before the
/// first numbered section; then the page header; then an unstyled early paragraph; then the
/// package title. Reading order matters: a content table further down ("… | Phiếu HĐKP") must
/// not win over the heading above it.
pub fn find_title(text: &DocText, meta_title: Option<&str>) -> Option<Title> {
    let mut plain: Vec<usize> = Vec::new();
    let mut seen_rows = std::collections::BTreeSet::new();
    for (i, line) in text.body.iter().enumerate().take(45) {
        match line.source {
            Source::Row { table, index } => {
                if table >= 3 || index >= 8 || !seen_rows.insert((table, index)) {
                    continue;
                }
                let Some(row) = text.tables.get(table).and_then(|t| t.get(index)) else {
                    continue;
                };
                for (col, cell) in row.iter().enumerate() {
                    let lines = lines_of(cell);
                    for li in 0..lines.len() {
                        if head_of(&lines[li].1).is_some()
                            && !is_field_line_key(&lines[li].1)
                            && !is_noise(&lines[li].1)
                        {
                            let (mut t, mut k) = title_from_lines(&lines, li);
                            if li + 1 == lines.len()
                                && is_only_head(&k)
                                && let Some((more, more_k)) =
                                    title_continuation(text, table, index, col)
                            {
                                // "QUY TRÌNH" + "Kiểm soát …": one title, each part as written.
                                t = format!("{t} {more}");
                                k = format!("{k} {more_k}");
                            }
                            if let Some(title) = candidate(&t, &k, TitleSource::Cover) {
                                return Some(title);
                            }
                        }
                    }
                }
            }
            Source::Para { heading, .. } => {
                if SECTION.is_match(&line.key)
                    && i > 0
                    && (line.key.contains("muc dich") || line.key.contains("pham vi"))
                {
                    break;
                }
                if head_of(&line.key).is_none() || is_noise(&line.key) {
                    continue;
                }
                if heading {
                    let pairs = following_paras(text, i);
                    let (t, k) = title_from_lines(&pairs, 0);
                    if let Some(title) = candidate(&t, &k, TitleSource::Heading) {
                        return Some(title);
                    }
                } else if plain.len() < 3 && line.key.len() < 160 {
                    plain.push(i);
                }
            }
            Source::Header => {}
        }
    }
    // Page header.
    for line in &text.header {
        for cell in line.orig.split(" | ") {
            let lines: Vec<(String, String)> = cell
                .split('\n')
                .map(squash)
                .filter(|l| !l.is_empty())
                .map(|l| {
                    let k = key(&l);
                    (l, k)
                })
                .collect();
            for li in 0..lines.len() {
                if head_of(&lines[li].1).is_some() && !is_noise(&lines[li].1) {
                    let (t, k) = title_from_lines(&lines, li);
                    if let Some(title) = candidate(&t, &k, TitleSource::Header) {
                        return Some(title);
                    }
                }
            }
        }
    }
    // A plain paragraph that starts with a genre word, early on (titles not styled at all).
    for i in plain {
        let pairs = following_paras(text, i);
        let (t, k) = title_from_lines(&pairs, 0);
        if let Some(title) = candidate(&t, &k, TitleSource::Heading) {
            return Some(title);
        }
    }
    let meta = meta_title?;
    candidate(&squash(meta), &key(meta), TitleSource::Meta)
}

/// The paragraph at `start` and the next few paragraphs (for titles split over lines).
fn following_paras(text: &DocText, start: usize) -> Vec<(String, String)> {
    text.body
        .iter()
        .skip(start)
        .take(4)
        .take_while(|l| matches!(l.source, Source::Para { .. }))
        .map(|l| (squash(&l.orig), squash(&l.key)))
        .collect()
}

fn is_field_line_key(k: &str) -> bool {
    is_field_line(&Line {
        orig: String::new(),
        key: k.to_string(),
        source: Source::Para {
            heading: false,
            index: 0,
        },
    })
}

/// A title as written in the document (contract §3): surrounding punctuation trimmed and white
/// space normalised, case kept, so a consultant can find it in the document as typed.
pub fn tidy_title(text: &str) -> String {
    squash(text.trim_matches(|c: char| c == ':' || c == '-' || c.is_whitespace()))
}

/// Glyphs of a box or circle left unticked: a form's answer still to give ("☐ Hài lòng").
const UNTICKED: &[char] = &['☐', '□', '◻', '▢', '❏', '○', '◯'];

/// A cell holding nothing but unticked boxes ("☐", "[ ]", "( )").
fn only_unticked(k: &str) -> bool {
    let t = k.trim();
    !t.is_empty()
        && (t
            .chars()
            .all(|c| UNTICKED.contains(&c) || c.is_whitespace())
            || t == "[ ]"
            || t == "( )")
}

/// Counts the body structure cues once.
pub fn body_cues(text: &DocText) -> BodyCues {
    let body = &text.body_key;
    let mut tthc = TTHC_BODY.iter().filter(|c| body.contains(*c)).count();
    let step_table = text.tables.iter().any(|t| {
        t.iter().take(3).any(|row| {
            let k: Vec<&str> = row.iter().map(|c| c.key.as_str()).collect();
            let joined = k.join("|");
            (joined.contains("buoc")
                || joined.contains("trinh tu")
                || joined.contains("noi dung cong viec"))
                && joined.contains("trach nhiem")
                && (joined.contains("thoi gian") || joined.contains("thoi han"))
        })
    });
    if step_table && tthc > 0 {
        tthc += 1;
    }
    let procedure_sections = body.contains("muc dich") && body.contains("pham vi");
    // Blankness: dotted fill-in blanks on many lines, or data rows of tables mostly empty.
    let lines: Vec<&Line> = text
        .body
        .iter()
        .filter(|l| !l.key.trim().is_empty())
        .collect();
    let fill_in_lines = lines
        .iter()
        .filter(|l| FILL_IN_BLANK.is_match(&l.key) || l.orig.contains(UNTICKED))
        .count();
    let (mut empty, mut cells) = (0usize, 0usize);
    for t in &text.tables {
        for row in t.iter().skip(1) {
            for c in row {
                cells += 1;
                if c.key.trim().is_empty()
                    || only_unticked(&c.orig)
                    || FILL_IN_BLANK.is_match(&c.key)
                        && c.key.chars().filter(|c| c.is_ascii_alphanumeric()).count() < 3
                {
                    empty += 1;
                }
            }
        }
    }
    let blank = (fill_in_lines >= 3 && fill_in_lines * 4 >= lines.len())
        || (cells >= 8 && empty * 10 >= cells * 6)
        || body.contains("mau so") && fill_in_lines >= 2;
    BodyCues {
        tthc_score: tthc.min(255) as u8,
        procedure_sections,
        blank,
    }
}

/// Topics a title (or file name) names; several may be true in a combined document.
#[derive(Debug, Clone, Copy, Default)]
struct Topics {
    risk: bool,
    context: bool,
    doc_ctl: bool,
    rec_ctl: bool,
    doc_info: bool,
    audit: bool,
    review: bool,
    nc: bool,
    nc_product: bool,
    ca: bool,
    pa: bool,
    cs: bool,
    survey: bool,
    policy: bool,
    objectives: bool,
    manual: bool,
}

fn topics(t: &str) -> Topics {
    let has = |p: &str| t.contains(p);
    let rec_ctl = has("kiem soat ho so")
        || has("kiem soat tai lieu va ho so")
        || has("quan ly ho so")
            && ![
                "can bo",
                "cong chuc",
                "vien chuc",
                "dia chinh",
                "luu tru",
                "dang vien",
                "nhan su",
            ]
            .iter()
            .any(|x| has(x));
    let doc_ctl = has("kiem soat tai lieu") || has("quan ly tai lieu");
    Topics {
        risk: has("rui ro"),
        context: has("boi canh")
            || has("ben quan tam")
            || has("ben lien quan") && (has("nhu cau") || has("mong doi"))
            || has("van de noi bo")
            || has("van de ben"),
        doc_ctl,
        rec_ctl,
        doc_info: has("thong tin dang van ban")
            || has("thong tin bang van ban")
            || has("dang van ban hoa")
            || doc_ctl && rec_ctl,
        audit: has("danh gia noi bo") || has("danh gia chat luong noi bo") || has("audit"),
        review: has("xem xet cua lanh dao")
            || has("xem xet lanh dao")
            || has("hop xem xet")
            || has("lanh dao xem xet")
            || has("xem xet he thong quan ly"),
        nc: has("khong phu hop"),
        nc_product: has("san pham khong phu hop")
            || has("dich vu khong phu hop")
            || has("ket qua khong phu hop"),
        ca: has("khac phuc"),
        pa: has("phong ngua"),
        cs: has("hai long")
            || has("thoa man")
            || has("khao sat y kien")
            || has("y kien khach hang")
            || has("lay y kien")
            || has("y kien danh gia")
            || has("y kien cua to chuc"),
        survey: has("khao sat"),
        policy: has("chinh sach chat luong"),
        objectives: has("muc tieu chat luong") || t.trim_start().starts_with("muc tieu"),
        manual: has("so tay chat luong")
            || t.trim_start().starts_with("so tay")
            || has("mo hinh he thong")
            || has("mo hinh khung")
            || has("mo ta he thong quan ly"),
    }
}

/// Kind for a procedure-genre title; None when the topic is not a system procedure.
fn system_procedure(tp: &Topics) -> Option<(DocKind, Vec<DocKind>)> {
    use DocKind::*;
    Some(if tp.pa && tp.ca {
        if tp.nc {
            (NonconformityCorrectiveAction, vec![PreventiveAction])
        } else {
            (CorrectiveAction, vec![PreventiveAction])
        }
    } else if tp.nc && tp.ca {
        (NonconformityCorrectiveAction, vec![])
    } else if tp.pa {
        (PreventiveAction, vec![])
    } else if tp.risk {
        (RiskOpportunity, vec![])
    } else if tp.doc_info {
        (DocumentedInformation, vec![])
    } else if tp.doc_ctl {
        (DocumentControl, vec![])
    } else if tp.rec_ctl {
        (RecordControl, vec![])
    } else if tp.audit {
        (InternalAudit, vec![])
    } else if tp.review {
        (ManagementReview, vec![])
    } else if tp.nc_product {
        (NonconformingProduct, vec![])
    } else if tp.nc {
        (NonconformityCorrectiveAction, vec![])
    } else if tp.ca {
        (CorrectiveAction, vec![])
    } else if tp.cs {
        (CustomerSatisfaction, vec![])
    } else if tp.context {
        (ContextAnalysis, vec![])
    } else if tp.manual {
        (QualityManual, vec![])
    } else if tp.policy {
        (
            QualityPolicy,
            if tp.objectives {
                vec![QualityObjectives]
            } else {
                vec![]
            },
        )
    } else if tp.objectives {
        (QualityObjectives, vec![])
    } else {
        return None;
    })
}

/// The record kind a filled-in plan/report/minutes/form on a topic is.
fn record_kind(tp: &Topics) -> Option<DocKind> {
    use DocKind::*;
    if tp.audit {
        Some(RecordInternalAudit)
    } else if tp.review {
        Some(RecordManagementReview)
    } else if tp.cs || tp.survey {
        Some(RecordCustomerSatisfaction)
    } else if tp.ca || tp.nc {
        Some(RecordCorrectiveAction)
    } else if tp.risk {
        Some(RiskRegister)
    } else if tp.context {
        Some(ContextAnalysis)
    } else {
        None
    }
}

/// Decides from a title key (or a file-name key) and the body cues. Returns the kind, the kinds it
/// also is, and a base confidence for a title-borne decision.
fn from_title(
    t: &str,
    head: Option<Head>,
    body: &BodyCues,
) -> Option<(DocKind, Vec<DocKind>, f64, String)> {
    use DocKind::*;
    let tp = topics(t);
    let head = head?;
    let r = match head {
        Head::Procedure => {
            if let Some((k, also)) = system_procedure(&tp) {
                (k, also, 0.93, "title names a system procedure".to_string())
            } else if INTERNAL_TOPICS.iter().any(|x| t.contains(x)) && body.tthc_score < 3 {
                (
                    Internal,
                    vec![],
                    0.88,
                    "title names a supporting internal process".to_string(),
                )
            } else if body.tthc_score >= 2
                || body.tthc_score >= 1 && TTHC_TITLE.iter().any(|x| t.contains(x))
            {
                (
                    Administrative,
                    vec![],
                    0.92,
                    format!("TTHC workflow ({} body cues)", body.tthc_score),
                )
            } else if TTHC_TITLE.iter().any(|x| t.contains(x)) {
                (
                    Administrative,
                    vec![],
                    0.75,
                    "title names an administrative procedure".to_string(),
                )
            } else {
                (
                    Internal,
                    vec![],
                    0.6,
                    "procedure without TTHC cues".to_string(),
                )
            }
        }
        Head::Regulation => match system_procedure(&tp) {
            Some((k, also)) => (k, also, 0.85, "regulation on a system topic".to_string()),
            None => (
                Other,
                vec![],
                0.8,
                "regulation (quy chế), not a quality-system document".to_string(),
            ),
        },
        Head::Manual if tp.manual || t.contains("chat luong") || t.contains("he thong") => (
            QualityManual,
            vec![],
            0.93,
            "title names the manual/system model".to_string(),
        ),
        Head::Policy if tp.policy || t.contains("chat luong") => (
            QualityPolicy,
            if tp.objectives {
                vec![QualityObjectives]
            } else {
                vec![]
            },
            0.93,
            "title names the quality policy".to_string(),
        ),
        Head::Objectives => (
            QualityObjectives,
            vec![],
            0.93,
            "title names the quality objectives".to_string(),
        ),
        Head::Context if tp.risk && !tp.context => {
            (RiskRegister, vec![], 0.88, "title lists risks".to_string())
        }
        Head::Context if tp.context => (
            ContextAnalysis,
            if tp.risk { vec![RiskRegister] } else { vec![] },
            0.9,
            "title names the context analysis".to_string(),
        ),
        Head::Register if tp.risk => (
            RiskRegister,
            if tp.context {
                vec![ContextAnalysis]
            } else {
                vec![]
            },
            0.92,
            "title names a risk register".to_string(),
        ),
        Head::Register if tp.context => (
            ContextAnalysis,
            vec![],
            0.88,
            "title names context/interested parties".to_string(),
        ),
        Head::Plan
        | Head::Report
        | Head::Minutes
        | Head::Form
        | Head::Register
        | Head::Decision => {
            if tp.objectives && matches!(head, Head::Plan | Head::Decision) {
                (
                    QualityObjectives,
                    vec![],
                    0.9,
                    "title names the objectives and their plan".to_string(),
                )
            } else if tp.policy && head == Head::Decision {
                (
                    QualityPolicy,
                    vec![],
                    0.85,
                    "decision issuing the quality policy".to_string(),
                )
            } else if body.blank && head != Head::Decision {
                let why = if record_kind(&tp).is_some() {
                    "blank form on a system topic"
                } else {
                    "blank fields"
                };
                (Form, vec![], 0.88, why.to_string())
            } else if let Some(k) = record_kind(&tp) {
                (
                    k,
                    vec![],
                    0.9,
                    "filled-in record on a system topic".to_string(),
                )
            } else if head == Head::Decision {
                // A decision applying or announcing the system is an administrative act, not a
                // record the standard asks for; two independent test authors read it so.
                (
                    Other,
                    vec![],
                    0.75,
                    "decision (quyết định), not one of the quality-system document kinds"
                        .to_string(),
                )
            } else if head == Head::Form && body.tthc_score >= 3 {
                (Form, vec![], 0.7, "application form of a TTHC".to_string())
            } else if matches!(head, Head::Plan | Head::Report | Head::Decision)
                && !QMS_LINK.iter().any(|x| t.contains(x))
            {
                (
                    Other,
                    vec![],
                    0.75,
                    "administrative plan/report/decision outside the quality system".to_string(),
                )
            } else {
                (RecordOther, vec![], 0.7, "filled-in record".to_string())
            }
        }
        Head::Context if tp.audit || tp.cs => (
            record_kind(&tp).unwrap_or(RecordOther),
            vec![],
            0.75,
            "assessment record".to_string(),
        ),
        _ => return None,
    };
    Some(r)
}

/// Genre inferred from a code's prefix (QT/TT procedure, BM form, ST/STCL manual).
fn head_from_code(code: &str) -> Option<Head> {
    let c = code.to_ascii_lowercase();
    if c.starts_with("bm") {
        Some(Head::Form)
    } else if c.starts_with("qt") || c.starts_with("tt") {
        Some(Head::Procedure)
    } else if c.starts_with("st") {
        Some(Head::Manual)
    } else {
        None
    }
}

/// Classifies a read document. `file_key` is the file name's matching key (no extension).
pub fn classify(
    text: &DocText,
    title: Option<&Title>,
    code: Option<&str>,
    file_key: &str,
    body: &BodyCues,
) -> Classified {
    let mut cues = Vec::new();
    let file_words = file_key.replace(['_', '-', '.'], " ");
    let file_head = file_head(&file_words).or_else(|| code.and_then(head_from_code));
    let file_guess = from_title(&file_words, file_head, body);
    if let Some(t) = title {
        let head = head_of(&t.key);
        if let Some((kind, also, base, why)) = from_title(&t.key, head, body) {
            let mut confidence: f64 = match t.source {
                TitleSource::Cover | TitleSource::Heading => base,
                TitleSource::Header => base - 0.05,
                TitleSource::Meta => base - 0.15,
            };
            cues.push(format!("title ({}): \"{}\"", source_name(t.source), t.text));
            cues.push(why);
            if file_guess.as_ref().is_some_and(|g| g.0 == kind) {
                confidence += 0.04;
                cues.push("file name agrees".to_string());
            }
            if let Some(c) = code {
                cues.push(format!("code {c}"));
                if head_from_code(c).is_some_and(|h| h == head.unwrap_or(Head::Procedure)) {
                    confidence += 0.02;
                }
            }
            // A procedure-genre title whose body is a blank form is a form (BM templates titled
            // "Quy trình…" do not exist, but "Mẫu … quy trình" do): trust the title.
            return Classified {
                kind,
                also,
                confidence: round2(confidence.min(0.99)),
                cues,
                head,
            };
        }
        cues.push(format!(
            "title ({}): \"{}\" names no known kind",
            source_name(t.source),
            t.text
        ));
    }
    // No usable title: the body's structure, then the file name.
    if body.tthc_score >= 3 {
        cues.push(format!("TTHC workflow ({} body cues)", body.tthc_score));
        return Classified {
            kind: DocKind::Administrative,
            also: vec![],
            confidence: 0.7,
            cues,
            head: Some(Head::Procedure),
        };
    }
    if let Some((kind, also, _, why)) = file_guess {
        cues.push(format!("file name: {why}"));
        return Classified {
            kind,
            also,
            confidence: 0.6,
            cues,
            head: file_head,
        };
    }
    if body.blank
        && (code.is_some_and(|c| c.to_ascii_lowercase().starts_with("bm"))
            || text.body_key.contains("mau so"))
    {
        cues.push("blank form (placeholders, form code)".to_string());
        return Classified {
            kind: DocKind::Form,
            also: vec![],
            confidence: 0.7,
            cues,
            head: Some(Head::Form),
        };
    }
    if body.procedure_sections && code.is_some_and(|c| head_from_code(c) == Some(Head::Procedure)) {
        cues.push("procedure sections and a procedure code, no title".to_string());
        return Classified {
            kind: DocKind::Internal,
            also: vec![],
            confidence: 0.5,
            cues,
            head: Some(Head::Procedure),
        };
    }
    cues.push("nothing identifies the document".to_string());
    Classified {
        kind: DocKind::Other,
        also: vec![],
        confidence: 0.5,
        cues,
        head: None,
    }
}

/// Classifies from the file name alone (for files that could not be read).
pub fn classify_file_name(file_key: &str) -> Option<(DocKind, Vec<DocKind>)> {
    let words = file_key.replace(['_', '-', '.'], " ");
    let head = file_head(&words);
    from_title(&words, head, &BodyCues::default()).map(|(k, a, _, _)| (k, a))
}

/// The genre of a file name: a genre word after any leading code, else the code's prefix.
fn file_head(words: &str) -> Option<Head> {
    head_of(words)
        .or_else(|| head_of(&strip_code_prefix(words)))
        .or_else(|| head_from_code(words.split_whitespace().next().unwrap_or("")))
}

/// "qt 06 hanh dong phong ngua" → "hanh dong phong ngua": drops a leading code (everything up to
/// the last token with a digit among the first six) from a file name.
fn strip_code_prefix(words: &str) -> String {
    let tokens: Vec<&str> = words.split_whitespace().collect();
    let cut = tokens
        .iter()
        .take(6)
        .rposition(|t| t.chars().any(|c| c.is_ascii_digit()))
        .map(|i| i + 1)
        .unwrap_or(0);
    tokens[cut..].join(" ")
}

fn source_name(s: TitleSource) -> &'static str {
    match s {
        TitleSource::Cover => "cover table",
        TitleSource::Heading => "first heading",
        TitleSource::Header => "page header",
        TitleSource::Meta => "document properties",
    }
}

/// Rounds a confidence to two decimals so reports are byte-stable.
pub fn round2(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 100.0).round() / 100.0
}
