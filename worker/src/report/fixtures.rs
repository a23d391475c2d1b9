//! Realistic reports for the renderers' tests: a 2008 provincial department and a converted
//! 2015 commune, with the awkward file names real campaigns bring.

use crate::analyse::kinds::{Action, DocKind, Edition};
use crate::read::{Format, Status};

use super::labels::{CLAUSES_2015, clause_title};
use super::model::*;

/// A file name straight from an untrusted folder: markup, quotes and an ampersand.
pub const HOSTILE_PATH: &str = "Tai lieu cu/<script>alert(\"x\")</script> & 'QT' <b>.doc";

#[allow(clippy::too_many_arguments)]
fn doc(
    path: &str,
    kind: DocKind,
    title: &str,
    code: Option<&str>,
    edition: Option<Edition>,
    action: Action,
    target: Option<DocKind>,
    clauses: &[&str],
) -> DocumentEntry {
    DocumentEntry {
        path: path.to_string(),
        format: if path.ends_with(".pdf") {
            Format::Pdf
        } else {
            Format::Docx
        },
        status: Status::Analysed,
        error: None,
        kind,
        confidence: 0.93,
        title: Some(title.to_string()),
        code: code.map(str::to_string),
        revision: Some("02".to_string()),
        issued: Some("2018-10-10".to_string()),
        edition,
        action,
        target,
        clauses_2015: clauses.iter().map(|c| c.to_string()).collect(),
        cues: vec!["cover title".to_string()],
        rationale: None,
    }
}

fn unreadable(path: &str, format: Format, status: Status, error: &str) -> DocumentEntry {
    DocumentEntry {
        path: path.to_string(),
        format,
        status,
        error: Some(error.to_string()),
        kind: DocKind::Other,
        confidence: 0.0,
        title: None,
        code: None,
        revision: None,
        issued: None,
        edition: None,
        action: Action::Keep,
        target: None,
        clauses_2015: Vec::new(),
        cues: Vec::new(),
        rationale: None,
    }
}

fn clauses(
    lang: Lang,
    status_of: impl Fn(&str) -> (ClauseStatus, Vec<&'static str>),
) -> Vec<ClauseEntry> {
    CLAUSES_2015
        .iter()
        .map(|c| {
            let (status, evidence) = status_of(c);
            ClauseEntry {
                clause: c.to_string(),
                status,
                evidence: evidence.into_iter().map(str::to_string).collect(),
                title: clause_title(c, lang).unwrap_or("").to_string(),
                note: (status != ClauseStatus::Covered)
                    .then(|| "Tài liệu viết theo phiên bản 2008, cần sửa đổi".to_string()),
            }
        })
        .collect()
}

fn finding(
    id: &str,
    clause: &str,
    severity: Severity,
    message: &str,
    rec: &str,
    docs: &[&str],
) -> Finding {
    Finding {
        id: id.to_string(),
        clause: clause.to_string(),
        severity,
        message: message.to_string(),
        recommendation: rec.to_string(),
        documents: docs.iter().map(|d| d.to_string()).collect(),
    }
}

const QT06: &str = "QT chung/QT-SCT-06 Hanh dong phong ngua.docx";
const QT01: &str = "QT chung/QT-SCT-01 Kiem soat tai lieu.docx";
const QT02: &str = "QT chung/QT-SCT-02 Kiem soat ho so.docx";
const QT03: &str = "QT chung/QT-SCT-03 Danh gia noi bo.docx";
const STCL: &str = "So tay chat luong.docx";
const MTCL: &str = "Muc tieu chat luong 2024.docx";

/// Sở Công Thương on the 2008 edition: the seven general procedures, a manual, TTHC procedures,
/// one scan and two files the program does not read.
pub fn department_2008() -> Report {
    use Action::*;
    use DocKind::*;
    let e8 = Some(Edition::E2008);
    let mut documents = vec![
        doc(
            "Chinh sach chat luong.docx",
            QualityPolicy,
            "Chính sách chất lượng",
            Some("CSCL"),
            e8,
            Revise,
            None,
            &["5.2"],
        ),
        doc(
            MTCL,
            QualityObjectives,
            "Mục tiêu chất lượng năm 2024",
            Some("MTCL-2024"),
            e8,
            Revise,
            None,
            &["6.2"],
        ),
        doc(
            STCL,
            QualityManual,
            "Sổ tay chất lượng",
            Some("ST-SCT"),
            e8,
            Retire,
            None,
            &["4.3", "4.4", "7.5"],
        ),
        doc(
            QT01,
            DocumentControl,
            "Quy trình kiểm soát tài liệu",
            Some("QT-SCT-01"),
            e8,
            Merge,
            Some(DocumentedInformation),
            &["7.5"],
        ),
        doc(
            QT02,
            RecordControl,
            "Quy trình kiểm soát hồ sơ",
            Some("QT-SCT-02"),
            e8,
            Merge,
            Some(DocumentedInformation),
            &["7.5"],
        ),
        doc(
            QT03,
            InternalAudit,
            "Quy trình đánh giá nội bộ",
            Some("QT-SCT-03"),
            e8,
            Revise,
            None,
            &["9.2"],
        ),
        doc(
            "QT chung/QT-SCT-04 San pham khong phu hop.docx",
            NonconformingProduct,
            "Quy trình kiểm soát sản phẩm không phù hợp",
            Some("QT-SCT-04"),
            e8,
            Merge,
            Some(NonconformityCorrectiveAction),
            &["8.7"],
        ),
        doc(
            "QT chung/QT-SCT-05 Hanh dong khac phuc.docx",
            CorrectiveAction,
            "Quy trình hành động khắc phục",
            Some("QT-SCT-05"),
            e8,
            Merge,
            Some(NonconformityCorrectiveAction),
            &["10.2"],
        ),
        doc(
            QT06,
            PreventiveAction,
            "Quy trình hành động phòng ngừa",
            Some("QT-SCT-06"),
            e8,
            Replace,
            Some(RiskOpportunity),
            &["6.1"],
        ),
        doc(
            "QT chung/QT-SCT-07 Xem xet cua lanh dao.docx",
            ManagementReview,
            "Quy trình xem xét của lãnh đạo",
            Some("QT-SCT-07"),
            e8,
            Revise,
            None,
            &["9.3"],
        ),
        doc(
            "QT noi bo/QT-SCT-VT-01 Van thu.docx",
            Internal,
            "Quy trình công tác văn thư",
            Some("QT-SCT-VT-01"),
            e8,
            Revise,
            None,
            &["7.5", "8.1"],
        ),
        doc(
            "TTHC/QT-SCT-QLTM-01 Cap giay phep ban le ruou.docx",
            Administrative,
            "Quy trình cấp Giấy phép bán lẻ sản phẩm rượu",
            Some("QT-SCT-QLTM-01"),
            e8,
            Revise,
            None,
            &["8.1", "8.2", "8.5"],
        ),
        doc(
            "TTHC/QT-SCT-QLTM-02 Cap giay phep ban buon thuoc la.pdf",
            Administrative,
            "Quy trình cấp Giấy phép mua bán nguyên liệu thuốc lá",
            Some("QT-SCT-QLTM-02"),
            None,
            Revise,
            None,
            &["8.1", "8.2", "8.5"],
        ),
        doc(
            "Bieu mau/BM-01 QT-SCT-03 Ke hoach danh gia noi bo.docx",
            Form,
            "Kế hoạch đánh giá nội bộ",
            Some("BM-01/QT-SCT-03"),
            None,
            Keep,
            None,
            &["9.2"],
        ),
        doc(
            "Ho so/Bien ban hop xem xet lanh dao 2019.docx",
            RecordManagementReview,
            "Biên bản họp xem xét của lãnh đạo năm 2019",
            None,
            None,
            Keep,
            None,
            &["9.3"],
        ),
        unreadable(
            "Ho so/Quyet dinh cong bo.pdf",
            Format::Pdf,
            Status::Failed,
            "scanned PDF without a text layer",
        ),
        unreadable(
            "Bieu mau/BM-05 So theo doi.xls",
            Format::Other,
            Status::Unsupported,
            "Excel 97–2003 workbook (.xls) is not read; save it as .xlsx or PDF",
        ),
        unreadable(
            HOSTILE_PATH,
            Format::Other,
            Status::Unsupported,
            "Word 97–2003 document (.doc) is not read; save it as .docx",
        ),
    ];
    for d in documents.iter_mut().filter(|d| d.path == QT06) {
        d.rationale = Some(
            "2015 bỏ hành động phòng ngừa; thay bằng quản lý rủi ro và cơ hội (6.1)".to_string(),
        );
    }
    let clauses = clauses(Lang::Vi, |c| match c {
        "4.1" | "4.2" | "6.3" | "7.1" | "8.4" => (ClauseStatus::Missing, vec![]),
        "6.1" => (ClauseStatus::Missing, vec![QT06]),
        "4.3" | "4.4" => (ClauseStatus::Partial, vec![STCL]),
        "6.2" => (ClauseStatus::Partial, vec![MTCL]),
        "7.5" => (ClauseStatus::Partial, vec![QT01, QT02, STCL]),
        "9.2" => (ClauseStatus::Partial, vec![QT03]),
        "8.7" | "10.2" | "9.3" | "5.3" => (ClauseStatus::Partial, vec![]),
        _ => (ClauseStatus::Covered, vec!["Chinh sach chat luong.docx"]),
    });
    let findings = vec![
        finding(
            "preventive-action-replaced-by-risk",
            "6.1",
            Severity::Major,
            "Quy trình hành động phòng ngừa không còn trong phiên bản 2015; chưa có quy trình quản lý rủi ro và cơ hội.",
            "Xây dựng Quy trình quản lý rủi ro và cơ hội và Sổ theo dõi rủi ro; hủy bỏ QT-SCT-06.",
            &[QT06],
        ),
        finding(
            "context-analysis-missing",
            "4.1",
            Severity::Major,
            "Chưa xác định các vấn đề bên trong và bên ngoài của cơ quan.",
            "Lập tài liệu Bối cảnh của tổ chức, xem xét lại ít nhất mỗi năm một lần.",
            &[],
        ),
        finding(
            "interested-parties-missing",
            "4.2",
            Severity::Major,
            "Chưa xác định các bên quan tâm và yêu cầu của họ.",
            "Bổ sung danh mục các bên quan tâm (tổ chức, công dân, cơ quan cấp trên).",
            &[],
        ),
        finding(
            "internal-audit-not-this-year",
            "9.2",
            Severity::Major,
            "Không có kế hoạch đánh giá nội bộ năm 2024.",
            "Lập và thực hiện kế hoạch đánh giá nội bộ trong năm.",
            &[QT03],
        ),
        finding(
            "documented-information-merge",
            "7.5",
            Severity::Minor,
            "Hai quy trình kiểm soát tài liệu và kiểm soát hồ sơ cần hợp nhất.",
            "Hợp nhất thành Quy trình kiểm soát thông tin dạng văn bản.",
            &[QT01, QT02],
        ),
        finding(
            "objectives-without-plans",
            "6.2",
            Severity::Minor,
            "Mục tiêu chất lượng chưa kèm kế hoạch thực hiện.",
            "Bổ sung kế hoạch: việc cần làm, nguồn lực, trách nhiệm, thời hạn, cách đánh giá.",
            &[MTCL],
        ),
        finding(
            "quality-manual-optional",
            "4.4",
            Severity::Observation,
            "Sổ tay chất lượng không còn bắt buộc.",
            "Giữ phạm vi và sơ đồ quá trình trong một tài liệu khác trước khi hủy bỏ sổ tay.",
            &[STCL],
        ),
    ];
    Report {
        schema_version: SCHEMA_VERSION,
        agency: AgencyInfo {
            id: "so-cong-thuong".to_string(),
            name: "Sở Công Thương".to_string(),
            level: "province".to_string(),
        },
        documents,
        clauses,
        findings,
        year: 2024,
        lang: Lang::Vi,
    }
}

/// UBND xã Tân Phú, already converted to 2015: the five basic procedures, nearly all covered.
pub fn commune_2015() -> Report {
    use Action::*;
    use DocKind::*;
    let e15 = Some(Edition::E2015);
    let documents = vec![
        doc(
            "Chinh sach chat luong.pdf",
            QualityPolicy,
            "Chính sách chất lượng",
            None,
            e15,
            Keep,
            None,
            &["5.2"],
        ),
        doc(
            "Muc tieu chat luong 2024.docx",
            QualityObjectives,
            "Mục tiêu chất lượng và kế hoạch thực hiện năm 2024",
            None,
            e15,
            Keep,
            None,
            &["6.2"],
        ),
        doc(
            "Boi canh to chuc.docx",
            ContextAnalysis,
            "Bối cảnh của tổ chức và các bên quan tâm",
            None,
            e15,
            Keep,
            None,
            &["4.1", "4.2"],
        ),
        doc(
            "QT.ISO.01 Kiem soat thong tin dang van ban.docx",
            DocumentedInformation,
            "Quy trình kiểm soát thông tin dạng văn bản",
            Some("QT.ISO.01"),
            e15,
            Keep,
            None,
            &["7.5"],
        ),
        doc(
            "QT.ISO.02 Rui ro va co hoi.docx",
            RiskOpportunity,
            "Quy trình quản lý rủi ro và cơ hội",
            Some("QT.ISO.02"),
            e15,
            Keep,
            None,
            &["6.1"],
        ),
        doc(
            "QT.ISO.03 Danh gia noi bo.docx",
            InternalAudit,
            "Quy trình đánh giá nội bộ",
            Some("QT.ISO.03"),
            e15,
            Keep,
            None,
            &["9.2"],
        ),
        doc(
            "QT.ISO.04 Khong phu hop va khac phuc.docx",
            NonconformityCorrectiveAction,
            "Quy trình kiểm soát sự không phù hợp và hành động khắc phục",
            Some("QT.ISO.04"),
            e15,
            Keep,
            None,
            &["8.7", "10.2"],
        ),
        doc(
            "QT.ISO.05 Xem xet cua lanh dao.docx",
            ManagementReview,
            "Quy trình xem xét của lãnh đạo",
            Some("QT.ISO.05"),
            e15,
            Keep,
            None,
            &["9.3"],
        ),
    ];
    let clauses = clauses(Lang::Vi, |c| match c {
        "8.4" => (ClauseStatus::Missing, vec![]),
        "7.1" => (ClauseStatus::Partial, vec![]),
        _ => (
            ClauseStatus::Covered,
            vec!["QT.ISO.01 Kiem soat thong tin dang van ban.docx"],
        ),
    });
    let findings = vec![finding(
        "external-providers-not-addressed",
        "8.4",
        Severity::Observation,
        "Chưa đề cập kiểm soát quá trình do bên ngoài cung cấp (dịch vụ bưu chính công ích).",
        "Nêu rõ trong phạm vi hoặc quy trình TTHC nếu có sử dụng dịch vụ bưu chính.",
        &[],
    )];
    Report {
        schema_version: SCHEMA_VERSION,
        agency: AgencyInfo {
            id: "ubnd-xa-tan-phu".to_string(),
            name: "UBND xã Tân Phú".to_string(),
            level: "commune".to_string(),
        },
        documents,
        clauses,
        findings,
        year: 2024,
        lang: Lang::Vi,
    }
}

/// The text of one part of a rendered OOXML package (DOCX or XLSX).
pub fn package_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the package is a zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("the part exists")
        .read_to_string(&mut text)
        .expect("the part is UTF-8");
    text
}
