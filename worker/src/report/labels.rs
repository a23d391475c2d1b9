//! Every word a rendered report shows to people, in Vietnamese and English, in one place.
//!
//! Renderers never spell a user-facing string themselves: a trainer who wants "Đạt" to read
//! "Phù hợp" changes it here and every format follows. Machine ids (`covered`, `major`, …) stay
//! in the data formats (JSON, the `ids` sheet) so scripts never depend on wording.

use crate::analyse::kinds::{Action, DocKind, Edition};
use crate::read::{Format, Status};

use super::model::{ClauseStatus, Lang, Severity};

/// The ISO 9001:2015 second-level clauses in contract §3 order: the columns of every campaign
/// table, and the fallback order when a report carries no `clauses`. One list, the analysis's.
pub use crate::analyse::crosswalk::CLAUSES_2015;

/// The title of a 2015 clause, from the same clause table (`worker/data/clauses.toml`) that gives
/// `ClauseEntry::title` in the agency reports, so the campaign overview and the reports agree.
pub fn clause_title(clause: &str, lang: Lang) -> Option<&'static str> {
    let rule = crate::analyse::crosswalk::tables().clause(clause)?;
    Some(match lang {
        Lang::Vi => rule.title_vi.as_str(),
        Lang::En => rule.title_en.as_str(),
    })
}

/// A clause status as people read it; colour is never the only carrier of the status.
pub fn clause_status(status: ClauseStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (ClauseStatus::Covered, Lang::Vi) => "Đạt",
        (ClauseStatus::Partial, Lang::Vi) => "Một phần",
        (ClauseStatus::Missing, Lang::Vi) => "Thiếu",
        (ClauseStatus::Covered, Lang::En) => "Covered",
        (ClauseStatus::Partial, Lang::En) => "Partial",
        (ClauseStatus::Missing, Lang::En) => "Missing",
    }
}

/// A one-character status mark for dense grids (campaign heat map), explained by a legend.
/// Characters every Vietnamese system font has: "◐" fell back to a tiny glyph in Chromium and
/// could not be told apart from "✗" at heat-map size.
pub fn clause_status_mark(status: ClauseStatus) -> &'static str {
    match status {
        ClauseStatus::Covered => "✓",
        ClauseStatus::Partial => "½",
        ClauseStatus::Missing => "✗",
    }
}

/// The summary line counting the clauses of one status, worded as a sentence rather than as
/// "Clause — Covered".
pub fn clause_status_count(status: ClauseStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (ClauseStatus::Covered, Lang::Vi) => "Điều khoản đã đáp ứng",
        (ClauseStatus::Partial, Lang::Vi) => "Điều khoản đáp ứng một phần",
        (ClauseStatus::Missing, Lang::Vi) => "Điều khoản chưa đáp ứng",
        (ClauseStatus::Covered, Lang::En) => "Clauses covered",
        (ClauseStatus::Partial, Lang::En) => "Clauses partly covered",
        (ClauseStatus::Missing, Lang::En) => "Clauses missing",
    }
}

/// A finding severity as people read it.
pub fn severity(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Major, Lang::Vi) => "Nặng",
        (Severity::Minor, Lang::Vi) => "Nhẹ",
        (Severity::Observation, Lang::Vi) => "Lưu ý",
        (Severity::Major, Lang::En) => "Major",
        (Severity::Minor, Lang::En) => "Minor",
        (Severity::Observation, Lang::En) => "Observation",
    }
}

/// The heading of a group of findings of one severity.
pub fn severity_heading(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Major, Lang::Vi) => "Phát hiện mức nặng",
        (Severity::Minor, Lang::Vi) => "Phát hiện mức nhẹ",
        (Severity::Observation, Lang::Vi) => "Điểm lưu ý",
        (Severity::Major, Lang::En) => "Major findings",
        (Severity::Minor, Lang::En) => "Minor findings",
        (Severity::Observation, Lang::En) => "Observations",
    }
}

/// The migration action for a document.
pub fn action(action: Action, lang: Lang) -> &'static str {
    match (action, lang) {
        (Action::Keep, Lang::Vi) => "Giữ nguyên",
        (Action::Revise, Lang::Vi) => "Sửa đổi",
        (Action::Merge, Lang::Vi) => "Hợp nhất",
        (Action::Replace, Lang::Vi) => "Thay thế",
        (Action::Retire, Lang::Vi) => "Hủy bỏ",
        (Action::Keep, Lang::En) => "Keep",
        (Action::Revise, Lang::En) => "Revise",
        (Action::Merge, Lang::En) => "Merge",
        (Action::Replace, Lang::En) => "Replace",
        (Action::Retire, Lang::En) => "Retire",
    }
}

/// A document kind's name in the report language.
pub fn kind(kind: DocKind, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => kind.name_vi(),
        Lang::En => kind.name_en(),
    }
}

/// The edition a document is written against; an unknown edition is said, not left blank.
pub fn edition(edition: Option<Edition>, lang: Lang) -> &'static str {
    match (edition, lang) {
        (Some(Edition::E2008), _) => "2008",
        (Some(Edition::E2015), _) => "2015",
        (None, Lang::Vi) => "Không rõ",
        (None, Lang::En) => "n/a",
    }
}

/// The agency level; levels the contract does not name are shown as written.
pub fn level(level: &str, lang: Lang) -> String {
    let known = match (level, lang) {
        ("province", Lang::Vi) => "Cấp tỉnh",
        ("district", Lang::Vi) => "Cấp huyện",
        ("commune", Lang::Vi) => "Cấp xã",
        ("province", Lang::En) => "Province",
        ("district", Lang::En) => "District",
        ("commune", Lang::En) => "Commune",
        _ => return level.to_string(),
    };
    known.to_string()
}

/// A document's read status.
pub fn doc_status(status: Status, lang: Lang) -> &'static str {
    match (status, lang) {
        (Status::Analysed, Lang::Vi) => "Đã phân tích",
        (Status::Failed, Lang::Vi) => "Không đọc được",
        (Status::Unsupported, Lang::Vi) => "Định dạng không hỗ trợ",
        (Status::Analysed, Lang::En) => "Analysed",
        (Status::Failed, Lang::En) => "Could not be read",
        (Status::Unsupported, Lang::En) => "Unsupported format",
    }
}

/// The JSON id of a read status, for the machine-readable parts of the outputs.
pub fn doc_status_id(status: Status) -> &'static str {
    match status {
        Status::Analysed => "analysed",
        Status::Failed => "failed",
        Status::Unsupported => "unsupported",
    }
}

/// The container format as a short tag.
pub fn format(format: Format) -> &'static str {
    match format {
        Format::Docx => "DOCX",
        Format::Pdf => "PDF",
        Format::Other => "—",
    }
}

/// The fixed words of the reports, chosen once per language.
#[derive(Debug)]
pub struct Words {
    pub report_title: &'static str,
    pub report_subtitle: &'static str,
    pub agency: &'static str,
    pub agency_id: &'static str,
    pub level: &'static str,
    pub campaign_year: &'static str,
    pub summary: &'static str,
    pub documents_read: &'static str,
    pub documents_failed: &'static str,
    pub documents_unsupported: &'static str,
    pub documents_total: &'static str,
    pub clauses_heading: &'static str,
    pub clause: &'static str,
    pub title: &'static str,
    pub status: &'static str,
    pub evidence: &'static str,
    pub assessment: &'static str,
    pub note: &'static str,
    pub no_evidence: &'static str,
    pub plan_heading: &'static str,
    pub document: &'static str,
    pub kind: &'static str,
    pub code: &'static str,
    pub edition: &'static str,
    pub action: &'static str,
    pub target: &'static str,
    pub clauses_2015: &'static str,
    pub number: &'static str,
    pub documents_per_action: &'static str,
    pub severity: &'static str,
    pub no_documents: &'static str,
    pub findings_heading: &'static str,
    pub findings: &'static str,
    pub findings_heading_campaign: &'static str,
    pub findings_text: &'static str,
    pub agencies_with_finding: &'static str,
    pub clause_counts: &'static str,
    pub no_findings: &'static str,
    pub recommendation: &'static str,
    pub documents_involved: &'static str,
    pub unreadable_heading: &'static str,
    pub file: &'static str,
    pub format: &'static str,
    pub reason: &'static str,
    pub all_readable: &'static str,
    pub page: &'static str,
    pub legend: &'static str,
    pub campaign_title: &'static str,
    pub agencies: &'static str,
    pub total: &'static str,
    pub findings_sheet: &'static str,
    pub overview_sheet: &'static str,
    pub ids_sheet: &'static str,
    pub count: &'static str,
    pub no_agencies: &'static str,
    pub unknown: &'static str,
}

const VI: Words = Words {
    report_title: "BÁO CÁO ĐÁNH GIÁ KHOẢNG CÁCH",
    report_subtitle: "Chuyển đổi hệ thống quản lý chất lượng từ TCVN ISO 9001:2008 sang TCVN ISO 9001:2015",
    agency: "Cơ quan",
    agency_id: "Mã cơ quan",
    level: "Cấp",
    campaign_year: "Năm đánh giá",
    summary: "Tóm tắt",
    documents_read: "Tài liệu đã đọc",
    documents_failed: "Tài liệu không đọc được",
    documents_unsupported: "Tệp định dạng không hỗ trợ",
    documents_total: "Tổng số tệp",
    clauses_heading: "Mức độ đáp ứng các điều khoản TCVN ISO 9001:2015",
    clause: "Điều khoản",
    title: "Tên điều khoản",
    status: "Tình trạng",
    evidence: "Bằng chứng",
    assessment: "Nhận xét và tài liệu liên quan",
    note: "Ghi chú",
    no_evidence: "Chưa có tài liệu",
    plan_heading: "Kế hoạch chuyển đổi tài liệu",
    document: "Tài liệu",
    kind: "Loại",
    code: "Mã hiệu",
    edition: "Phiên bản",
    action: "Xử lý",
    target: "Chuyển thành",
    clauses_2015: "Điều khoản 2015",
    number: "STT",
    documents_per_action: "Số tài liệu theo cách xử lý",
    severity: "Mức độ",
    no_documents: "Không có tài liệu nào được phân tích.",
    findings_heading: "Phát hiện và khuyến nghị",
    findings: "Phát hiện",
    findings_heading_campaign: "Các phát hiện trong đợt chuyển đổi",
    findings_text: "Nội dung",
    agencies_with_finding: "Số cơ quan gặp",
    clause_counts: "Số điều khoản",
    no_findings: "Không có phát hiện nào.",
    recommendation: "Khuyến nghị",
    documents_involved: "Tài liệu liên quan",
    unreadable_heading: "Tệp không đọc được hoặc không hỗ trợ",
    file: "Tệp",
    format: "Định dạng",
    reason: "Lý do",
    all_readable: "Mọi tệp đều đọc được.",
    page: "Trang",
    legend: "Chú giải",
    campaign_title: "TỔNG HỢP ĐỢT CHUYỂN ĐỔI ISO 9001:2015",
    agencies: "Cơ quan",
    total: "Tổng",
    findings_sheet: "Phát hiện",
    overview_sheet: "Tổng hợp",
    ids_sheet: "ids",
    count: "Số lần",
    no_agencies: "Chưa có cơ quan nào.",
    unknown: "—",
};

const EN: Words = Words {
    report_title: "GAP ASSESSMENT REPORT",
    report_subtitle: "Transition of the quality management system from ISO 9001:2008 to ISO 9001:2015",
    agency: "Agency",
    agency_id: "Agency id",
    level: "Level",
    campaign_year: "Assessment year",
    summary: "Summary",
    documents_read: "Documents read",
    documents_failed: "Documents that could not be read",
    documents_unsupported: "Files in unsupported formats",
    documents_total: "Files in total",
    clauses_heading: "Coverage of the ISO 9001:2015 clauses",
    clause: "Clause",
    title: "Title",
    status: "Status",
    evidence: "Evidence",
    assessment: "Assessment and documents",
    note: "Note",
    no_evidence: "No document",
    plan_heading: "Document migration plan",
    document: "Document",
    kind: "Kind",
    code: "Code",
    edition: "Edition",
    action: "Action",
    target: "Becomes",
    clauses_2015: "2015 clauses",
    number: "No.",
    documents_per_action: "Documents per action",
    severity: "Severity",
    no_documents: "No document was analysed.",
    findings_heading: "Findings and recommendations",
    findings: "Findings",
    findings_heading_campaign: "Findings across the campaign",
    findings_text: "What it means",
    agencies_with_finding: "Agencies affected",
    clause_counts: "Clauses",
    no_findings: "No findings.",
    recommendation: "Recommendation",
    documents_involved: "Documents involved",
    unreadable_heading: "Files that could not be read or are not supported",
    file: "File",
    format: "Format",
    reason: "Reason",
    all_readable: "Every file could be read.",
    page: "Page",
    legend: "Legend",
    campaign_title: "ISO 9001:2015 TRANSITION CAMPAIGN OVERVIEW",
    agencies: "Agencies",
    total: "Total",
    findings_sheet: "Findings",
    overview_sheet: "Overview",
    ids_sheet: "ids",
    count: "Count",
    no_agencies: "No agencies yet.",
    unknown: "—",
};

/// The fixed words for a report language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// The clause list a report is rendered with: the report's own entries when present, in the
/// order the analysis wrote them, else the standard list with every clause missing evidence.
pub fn clause_rows(report: &super::model::Report) -> Vec<ClauseRow<'_>> {
    if report.clauses.is_empty() {
        return CLAUSES_2015
            .iter()
            .map(|c| ClauseRow {
                clause: c,
                title: clause_title(c, report.lang).unwrap_or(""),
                status: None,
                evidence: &[],
                note: None,
            })
            .collect();
    }
    report
        .clauses
        .iter()
        .map(|c| ClauseRow {
            clause: &c.clause,
            title: if c.title.trim().is_empty() {
                clause_title(&c.clause, report.lang).unwrap_or("")
            } else {
                &c.title
            },
            status: Some(c.status),
            evidence: &c.evidence,
            note: c.note.as_deref(),
        })
        .collect()
}

/// One clause line as the renderers show it, with the title filled in.
#[derive(Debug, Clone, Copy)]
pub struct ClauseRow<'a> {
    pub clause: &'a str,
    pub title: &'a str,
    /// `None` when the report carried no clause list (analysis did not run).
    pub status: Option<ClauseStatus>,
    pub evidence: &'a [String],
    pub note: Option<&'a str>,
}

/// Status colours shared by every format: fill and text, readable in print and in grey-scale
/// (the fills differ in lightness as well as hue).
pub fn status_colours(status: Option<ClauseStatus>) -> (&'static str, &'static str) {
    match status {
        Some(ClauseStatus::Covered) => ("C6EFCE", "006100"),
        Some(ClauseStatus::Partial) => ("FFE699", "7F6000"),
        Some(ClauseStatus::Missing) => ("F4B6B6", "9C0006"),
        None => ("E7E6E6", "404040"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clause_has_titles_in_both_languages() {
        for c in CLAUSES_2015 {
            let vi = clause_title(c, Lang::Vi).unwrap_or("");
            let en = clause_title(c, Lang::En).unwrap_or("");
            assert!(!vi.is_empty() && !en.is_empty(), "clause {c}");
            assert_ne!(vi, en, "clause {c} is not translated");
        }
        assert_eq!(clause_title("8.2.1", Lang::Vi), None);
    }

    #[test]
    fn clause_list_is_in_contract_order() {
        let keys: Vec<(u32, u32)> = CLAUSES_2015
            .iter()
            .map(|c| {
                let (a, b) = c.split_once('.').unwrap_or(("0", "0"));
                (a.parse().unwrap_or(0), b.parse().unwrap_or(0))
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(keys.first(), Some(&(4, 1)));
        assert_eq!(keys.last(), Some(&(10, 3)));
    }

    #[test]
    fn unknown_level_is_kept_as_written() {
        assert_eq!(level("commune", Lang::Vi), "Cấp xã");
        assert_eq!(level("ward", Lang::Vi), "ward");
    }
}
