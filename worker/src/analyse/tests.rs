//! End-to-end tests of analysis on documents built the way real agency documents look: a cover
//! table with the title and field block, page headers, numbered sections, step and records tables.

use unicode_normalization::UnicodeNormalization;

use super::*;
use crate::read::{Block, Paragraph, Part, Table};
use crate::report::{ClauseStatus, Severity};

fn p(text: &str) -> Block {
    Block::Paragraph(Paragraph {
        text: text.to_string(),
        caps: text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase()),
        ..Default::default()
    })
}

fn bold(text: &str) -> Block {
    Block::Paragraph(Paragraph {
        text: text.to_string(),
        bold: true,
        ..Default::default()
    })
}

fn t(rows: &[&[&str]]) -> Block {
    Block::Table(Table {
        rows: rows
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
        part: Part::Body,
    })
}

fn header(rows: &[&[&str]]) -> Vec<Block> {
    vec![Block::Table(Table {
        rows: rows
            .iter()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect(),
        part: Part::Header,
    })]
}

fn doc(blocks: Vec<Block>, headers: Vec<Block>) -> ExtractedDoc {
    ExtractedDoc {
        blocks,
        headers,
        ..Default::default()
    }
}

const RECORDS_2008: &[&[&str]] = &[
    &["TT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu"],
    &["1", "Phiếu yêu cầu", "Thư ký ISO", "03 năm"],
];

/// A system procedure in the usual shape: cover table, sign-off grid, sections 1–7.
fn procedure(title: &str, code: &str, standard: &str, extra: &[&str]) -> ExtractedDoc {
    let mut blocks = vec![
        t(&[&[
            "UBND XÃ AN BÌNH",
            title,
            &format!("Mã hiệu: {code}\nLần ban hành: 02\nNgày ban hành: 10/10/2018"),
        ]]),
        t(&[
            &["", "Soạn thảo", "Soát xét", "Phê duyệt"],
            &["Họ tên", "Nguyễn Văn A", "Trần B", "Lê C"],
        ]),
        p("1. MỤC ĐÍCH"),
        p("Quy định cách thức thực hiện."),
        p("2. PHẠM VI ÁP DỤNG"),
        p("Áp dụng cho các bộ phận."),
        p("3. TÀI LIỆU VIỆN DẪN"),
        p(&format!("Tiêu chuẩn {standard}")),
        p("5. NỘI DUNG"),
    ];
    for e in extra {
        blocks.push(p(e));
    }
    blocks.push(p("7. HỒ SƠ CẦN LƯU"));
    blocks.push(t(RECORDS_2008));
    doc(blocks, header(&[&["UBND XÃ AN BÌNH", title, code]]))
}

fn tthc_procedure(title: &str, code: &str, standard: &str) -> ExtractedDoc {
    doc(
        vec![
            t(&[
                &["SỞ CÔNG THƯƠNG", title],
                &["Mã số", code],
                &["Lần sửa đổi", "01"],
                &["Ngày hiệu lực", "01/03/2020"],
            ]),
            p("1. MỤC ĐÍCH"),
            p("2. PHẠM VI"),
            p("3. TÀI LIỆU VIỆN DẪN"),
            p(&format!("{standard}; Quyết định 19/2014/QĐ-TTg")),
            p("5. NỘI DUNG QUY TRÌNH"),
            p("5.1 Cơ sở pháp lý; 5.2 Thành phần hồ sơ; 5.3 Số lượng hồ sơ: 01 bộ"),
            p(
                "5.4 Thời hạn giải quyết: 15 ngày làm việc. 5.5 Nơi tiếp nhận: Bộ phận một cửa. Lệ phí: 200.000 đồng",
            ),
            t(&[
                &[
                    "Bước",
                    "Nội dung công việc",
                    "Trách nhiệm",
                    "Thời gian",
                    "Biểu mẫu/Kết quả",
                ],
                &[
                    "B1",
                    "Tiếp nhận hồ sơ, kiểm soát hồ sơ",
                    "Bộ phận một cửa",
                    "0,5 ngày",
                    "Phiếu hẹn",
                ],
            ]),
            p("6. HỒ SƠ LƯU"),
            p("Hồ sơ được lưu tại phòng chuyên môn, thời gian lưu 05 năm"),
        ],
        header(&[&["SỞ CÔNG THƯƠNG", title, code]]),
    )
}

fn analysed(path: &str, d: ExtractedDoc) -> DocumentResult {
    analyse_document(path, Format::Docx, Ok(d))
}

fn a(r: &DocumentResult) -> &DocAnalysis {
    r.analysis
        .as_ref()
        .unwrap_or_else(|| panic!("no analysis for {}", r.path))
}

#[test]
fn recognises_system_procedures_in_many_wordings() {
    let cases: &[(&str, DocKind)] = &[
        ("QUY TRÌNH KIỂM SOÁT TÀI LIỆU", DocKind::DocumentControl),
        ("QUI TRÌNH KIỂM SOÁT HỒ SƠ", DocKind::RecordControl),
        ("THỦ TỤC HÀNH ĐỘNG PHÒNG NGỪA", DocKind::PreventiveAction),
        (
            "Quy trình đánh giá chất lượng nội bộ",
            DocKind::InternalAudit,
        ),
        ("QUY TRINH XEM XET CUA LANH DAO", DocKind::ManagementReview),
        (
            "Quy trình kiểm soát sản phẩm không phù hợp",
            DocKind::NonconformingProduct,
        ),
        ("Thủ tục hành động khắc phục", DocKind::CorrectiveAction),
        (
            "QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN",
            DocKind::DocumentedInformation,
        ),
        (
            "Quy trình quản lý rủi ro và cơ hội",
            DocKind::RiskOpportunity,
        ),
        (
            "QUY TRÌNH KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC",
            DocKind::NonconformityCorrectiveAction,
        ),
        (
            "Quy trình đo lường sự thoả mãn của khách hàng",
            DocKind::CustomerSatisfaction,
        ),
        (
            "QUY TRÌNH KIỂM SOÁT TÀI LIỆU VÀ HỒ SƠ",
            DocKind::DocumentedInformation,
        ),
    ];
    for (title, kind) in cases {
        let r = analysed(
            "x.docx",
            procedure(title, "QT-01", "TCVN ISO 9001:2008", &[]),
        );
        assert_eq!(a(&r).kind, *kind, "{title}: {:?}", a(&r).cues);
        assert!(a(&r).confidence >= 0.85, "{title}");
        // NFD input gives the same answer.
        let nfd: String = title.nfd().collect();
        let r = analysed(
            "x.docx",
            procedure(&nfd, "QT-01", "TCVN ISO 9001:2008", &[]),
        );
        assert_eq!(a(&r).kind, *kind, "NFD {title}");
    }
}

#[test]
fn combined_corrective_and_preventive_is_both() {
    let r = analysed(
        "QT-05.docx",
        procedure(
            "THỦ TỤC HÀNH ĐỘNG KHẮC PHỤC VÀ PHÒNG NGỪA",
            "TT-PTH-KPPN/01",
            "TCVN ISO 9001:2008",
            &[],
        ),
    );
    let an = a(&r);
    assert_eq!(an.kind, DocKind::CorrectiveAction);
    assert_eq!(an.also, vec![DocKind::PreventiveAction]);
    assert_eq!(an.code.as_deref(), Some("TT-PTH-KPPN/01"));
    assert!(
        an.clauses_2015.contains(&"6.1".to_string())
            && an.clauses_2015.contains(&"10.2".to_string())
    );
}

#[test]
fn metadata_and_plan_of_a_preventive_action_procedure() {
    let r = analysed(
        "QT chung/QT-SCT-06 Hanh dong phong ngua.docx",
        procedure(
            "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA",
            "QT-SCT-06",
            "TCVN ISO 9001:2008",
            &["Đại diện lãnh đạo chỉ đạo hành động phòng ngừa."],
        ),
    );
    let an = a(&r);
    assert_eq!(an.kind, DocKind::PreventiveAction);
    assert_eq!(an.title.as_deref(), Some("QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA"));
    assert_eq!(an.code.as_deref(), Some("QT-SCT-06"));
    assert_eq!(an.revision.as_deref(), Some("02"));
    assert_eq!(an.issued.as_deref(), Some("2018-10-10"));
    assert_eq!(an.edition, Some(Edition::E2008));
    assert_eq!(
        (an.action, an.target),
        (Action::Replace, Some(DocKind::RiskOpportunity))
    );
    assert_eq!(an.clauses_2015, vec!["6.1".to_string()]);
    assert!(an.confidence > 0.9 && an.confidence <= 1.0);
    assert!(an.facts.management_representative > 0);
    assert!(an.facts.records_section && an.facts.retention);
}

#[test]
fn tthc_procedure_citing_record_control_stays_administrative() {
    let r = analysed(
        "TTHC/QT-SCT-QLTM-01.docx",
        tthc_procedure(
            "QUY TRÌNH CẤP GIẤY PHÉP KINH DOANH BÁN LẺ SẢN PHẨM RƯỢU",
            "QT-SCT-QLTM-01",
            "TCVN ISO 9001:2008",
        ),
    );
    let an = a(&r);
    assert_eq!(an.kind, DocKind::Administrative, "{:?}", an.cues);
    assert_eq!(an.code.as_deref(), Some("QT-SCT-QLTM-01"));
    assert_eq!(an.revision.as_deref(), Some("01"));
    assert_eq!(an.issued.as_deref(), Some("2020-03-01"));
    assert_eq!(an.action, Action::Revise);
    let r = analysed(
        "a.docx",
        tthc_procedure(
            "Quy trình đăng ký khai sinh",
            "QT-TP-01",
            "TCVN ISO 9001:2015",
        ),
    );
    assert_eq!(
        (a(&r).kind, a(&r).action),
        (DocKind::Administrative, Action::Keep)
    );
}

#[test]
fn internal_procedures_forms_records_and_other() {
    let r = analysed(
        "vt.docx",
        procedure(
            "QUY TRÌNH QUẢN LÝ CÔNG TÁC VĂN THƯ",
            "QT-SCT-VP-01",
            "TCVN ISO 9001:2008",
            &[],
        ),
    );
    assert_eq!(a(&r).kind, DocKind::Internal);

    let form = doc(
        vec![
            bold("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC"),
            p("Bộ phận: ……………………………"),
            p("Mô tả sự không phù hợp: ……………………………"),
            p("Nguyên nhân: ……………………………"),
            p("Người đề xuất: ……………………"),
        ],
        header(&[&["BM-01/QT-05"]]),
    );
    let r = analysed("BM-01.docx", form);
    assert_eq!(a(&r).kind, DocKind::Form, "{:?}", a(&r).cues);
    assert_eq!(a(&r).code.as_deref(), Some("BM-01/QT-05"));

    let filled = doc(
        vec![
            bold("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC"),
            p("Bộ phận: Văn phòng"),
            p("Mô tả sự không phù hợp: hồ sơ trễ hạn 2 ngày"),
            p("Nguyên nhân: thiếu nhân lực"),
        ],
        vec![],
    );
    assert_eq!(
        a(&analysed("p.docx", filled)).kind,
        DocKind::RecordCorrectiveAction
    );

    let plan = doc(
        vec![
            p("UỶ BAN NHÂN DÂN XÃ AN BÌNH"),
            p("An Bình, ngày 05 tháng 3 năm 2019"),
            bold("KẾ HOẠCH"),
            bold("Đánh giá nội bộ năm 2019"),
            p("1. Mục đích: đánh giá sự phù hợp"),
        ],
        vec![],
    );
    let r = analysed("kh.docx", plan);
    assert_eq!(a(&r).kind, DocKind::RecordInternalAudit, "{:?}", a(&r).cues);
    assert_eq!(a(&r).facts.year, Some(2019));
    assert_eq!(a(&r).issued.as_deref(), Some("2019-03-05"));

    let minutes = doc(
        vec![
            p("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO"),
            p("Thời gian: 8h ngày 20/12/2021"),
        ],
        vec![],
    );
    assert_eq!(
        a(&analysed("bb.docx", minutes)).kind,
        DocKind::RecordManagementReview
    );

    let survey = doc(
        vec![
            p("BÁO CÁO KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA TỔ CHỨC, CÔNG DÂN NĂM 2021"),
            p("Tổng số phiếu: 120; hài lòng 95%"),
        ],
        vec![],
    );
    assert_eq!(
        a(&analysed("ks.docx", survey)).kind,
        DocKind::RecordCustomerSatisfaction
    );

    let register = doc(
        vec![
            p("SỔ THEO DÕI RỦI RO VÀ CƠ HỘI"),
            t(&[
                &["TT", "Quá trình", "Rủi ro", "Biện pháp"],
                &["1", "Cấp phép", "Trễ hạn", "Nhắc việc"],
            ]),
        ],
        vec![],
    );
    assert_eq!(
        a(&analysed("rr.docx", register)).kind,
        DocKind::RiskRegister
    );

    let context = doc(
        vec![
            p("XÁC ĐỊNH BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM"),
            p("Các vấn đề bên trong: nhân lực; bên ngoài: pháp luật"),
            p("Nhu cầu và mong đợi của các bên quan tâm"),
        ],
        vec![],
    );
    let r = analysed("bc.docx", context);
    assert_eq!(a(&r).kind, DocKind::ContextAnalysis);
    assert!(a(&r).facts.context_issues && a(&r).facts.interested_parties);

    let letter = doc(
        vec![
            p("Kính gửi: các phòng"),
            p("Đề nghị các phòng chuẩn bị báo cáo."),
        ],
        vec![],
    );
    let r = analysed("cv.docx", letter);
    assert_eq!(a(&r).kind, DocKind::Other);
}

#[test]
fn file_name_is_the_last_resort_and_failed_files_are_guessed() {
    let r = analysed(
        "QT-06 Hanh dong phong ngua.docx",
        doc(vec![p("Nội dung không có tiêu đề.")], vec![]),
    );
    assert_eq!(a(&r).kind, DocKind::PreventiveAction);
    assert!(a(&r).confidence < 0.8);
    let r = analyse_document(
        "QT-02 Kiem soat ho so.pdf",
        Format::Pdf,
        Err(ReadError::Scanned),
    );
    assert_eq!(r.status, Status::Failed);
    assert_eq!(a(&r).kind, DocKind::RecordControl);
    assert_eq!(a(&r).code.as_deref(), Some("QT-02"));
}

fn agency() -> AgencyInfo {
    AgencyInfo {
        id: "xa-an-binh".into(),
        name: "UBND xã An Bình".into(),
        level: "commune".into(),
    }
}

/// The 2008 set of seed 004, shortened.
fn set_2008() -> Vec<DocumentResult> {
    let std = "TCVN ISO 9001:2008";
    vec![
        analysed(
            "QT-01.docx",
            procedure("QUY TRÌNH KIỂM SOÁT TÀI LIỆU", "QT-SCT-01", std, &[]),
        ),
        analysed(
            "QT-02.docx",
            procedure("QUY TRÌNH KIỂM SOÁT HỒ SƠ", "QT-SCT-02", std, &[]),
        ),
        analysed(
            "QT-03.docx",
            procedure("QUY TRÌNH ĐÁNH GIÁ NỘI BỘ", "QT-SCT-03", std, &[]),
        ),
        analysed(
            "QT-04.docx",
            procedure(
                "QUY TRÌNH KIỂM SOÁT SẢN PHẨM KHÔNG PHÙ HỢP",
                "QT-SCT-04",
                std,
                &[],
            ),
        ),
        analysed(
            "QT-05.docx",
            procedure("QUY TRÌNH HÀNH ĐỘNG KHẮC PHỤC", "QT-SCT-05", std, &[]),
        ),
        analysed(
            "QT-06.docx",
            procedure("QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA", "QT-SCT-06", std, &[]),
        ),
        analysed(
            "QT-07.docx",
            procedure(
                "QUY TRÌNH HỌP XEM XÉT LÃNH ĐẠO",
                "QT-SCT-07",
                std,
                &["Đại diện lãnh đạo báo cáo."],
            ),
        ),
        analysed(
            "STCL.docx",
            procedure(
                "SỔ TAY CHẤT LƯỢNG",
                "ST-BGĐ-STCL/00",
                std,
                &["Đại diện lãnh đạo về chất lượng"],
            ),
        ),
        analysed(
            "CS.docx",
            doc(
                vec![p("CHÍNH SÁCH CHẤT LƯỢNG"), p("Theo TCVN ISO 9001:2008")],
                vec![],
            ),
        ),
        analysed(
            "MT.docx",
            doc(
                vec![p("MỤC TIÊU CHẤT LƯỢNG NĂM 2018"), p("100% hồ sơ đúng hạn")],
                vec![],
            ),
        ),
        analysed(
            "TTHC/QLTM-01.docx",
            tthc_procedure("QUY TRÌNH CẤP GIẤY PHÉP BÁN LẺ RƯỢU", "QT-SCT-QLTM-01", std),
        ),
    ]
}

/// A fully converted 2015 set (seed 001's five procedures plus policy, objectives with plans,
/// model, context, register and the year's records).
fn set_2015(year: i32) -> Vec<DocumentResult> {
    let std = "TCVN ISO 9001:2015";
    vec![
        analysed(
            "QT-01.docx",
            procedure(
                "QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN",
                "QT.ISO.01",
                std,
                &[],
            ),
        ),
        analysed(
            "QT-02.docx",
            procedure("QUY TRÌNH QUẢN LÝ RỦI RO VÀ CƠ HỘI", "QT.ISO.02", std, &[]),
        ),
        analysed(
            "QT-03.docx",
            procedure("QUY TRÌNH ĐÁNH GIÁ NỘI BỘ", "QT.ISO.03", std, &[]),
        ),
        analysed(
            "QT-04.docx",
            procedure(
                "QUY TRÌNH KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC",
                "QT.ISO.04",
                std,
                &[],
            ),
        ),
        analysed(
            "QT-05.docx",
            procedure("QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO", "QT.ISO.05", std, &[]),
        ),
        analysed(
            "MH.docx",
            procedure(
                "MÔ HÌNH HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
                "MH-01",
                std,
                &["Phạm vi áp dụng, các quá trình"],
            ),
        ),
        analysed(
            "CS.docx",
            doc(
                vec![p("CHÍNH SÁCH CHẤT LƯỢNG"), p("TCVN ISO 9001:2015")],
                vec![],
            ),
        ),
        analysed(
            "MT.docx",
            doc(
                vec![
                    p(&format!("MỤC TIÊU CHẤT LƯỢNG NĂM {year}")),
                    p(&format!("Ngày ban hành: 05/01/{year}")),
                    t(&[&[
                        "Mục tiêu",
                        "Kế hoạch thực hiện",
                        "Nguồn lực",
                        "Trách nhiệm",
                        "Thời gian",
                        "Phương pháp đánh giá",
                    ]]),
                ],
                vec![],
            ),
        ),
        analysed(
            "BC.docx",
            doc(
                vec![
                    p("BỐI CẢNH CỦA TỔ CHỨC"),
                    p("Các vấn đề bên trong và bên ngoài"),
                    p("Các bên quan tâm và nhu cầu, mong đợi"),
                ],
                vec![],
            ),
        ),
        analysed(
            "RR.docx",
            doc(
                vec![
                    p("BẢNG NHẬN DIỆN RỦI RO VÀ CƠ HỘI"),
                    t(&[&["Quá trình", "Rủi ro"], &["Một cửa", "Trễ hạn"]]),
                ],
                vec![],
            ),
        ),
        analysed(
            "KH.docx",
            doc(
                vec![
                    p(&format!("KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ NĂM {year}")),
                    p("Phạm vi: toàn cơ quan"),
                ],
                vec![],
            ),
        ),
        analysed(
            "BB.docx",
            doc(
                vec![
                    p(&format!("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM {year}")),
                    p("Nội dung: kết quả"),
                ],
                vec![],
            ),
        ),
        analysed(
            "KS.docx",
            doc(
                vec![
                    p(&format!("BÁO CÁO KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG NĂM {year}")),
                    p("Tổng hợp: 95% hài lòng"),
                ],
                vec![],
            ),
        ),
        analysed(
            "TTHC/QLTM-01.docx",
            tthc_procedure("QUY TRÌNH CẤP GIẤY PHÉP BÁN LẺ RƯỢU", "QT-SCT-QLTM-01", std),
        ),
    ]
}

fn ids(report: &Report, severity: Severity) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|f| f.severity == severity)
        .map(|f| f.id.clone())
        .collect()
}

fn status(report: &Report, clause: &str) -> ClauseStatus {
    report
        .clauses
        .iter()
        .find(|c| c.clause == clause)
        .map(|c| c.status)
        .unwrap_or(ClauseStatus::Missing)
}

#[test]
fn a_converted_2015_agency_has_no_major_finding() {
    let csv = "code;name\n1.001;Cấp giấy phép bán lẻ rượu\n".as_bytes();
    let report = assemble_report(agency(), set_2015(2021), Some(csv), 2021, Lang::Vi);
    assert!(
        ids(&report, Severity::Major).is_empty(),
        "{:#?}",
        report.findings
    );
    for c in [
        "4.1", "4.2", "5.2", "6.1", "6.2", "7.5", "8.7", "9.2", "9.3", "10.2",
    ] {
        assert_eq!(
            status(&report, c),
            ClauseStatus::Covered,
            "{c}: {:?}",
            report.clauses
        );
    }
    assert!(
        report.documents.iter().all(|d| d.action == Action::Keep),
        "{:#?}",
        report.documents
    );
}

#[test]
fn published_tthc_without_a_procedure_leave_operations_partial_not_the_scope() {
    let csv = "code,name\n1.001,Cấp giấy phép bán lẻ rượu\n1.009,Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm\n"
        .as_bytes();
    let report = assemble_report(agency(), set_2015(2021), Some(csv), 2021, Lang::Vi);
    let finding = report
        .findings
        .iter()
        .find(|f| f.id == "tthc-not-covered")
        .expect("the uncovered TTHC is reported");
    assert_eq!(
        (finding.severity, finding.clause.as_str()),
        (Severity::Major, "8.1")
    );
    assert!(finding.message.contains("an toàn thực phẩm"));
    assert_eq!(status(&report, "4.3"), ClauseStatus::Covered);
    assert_eq!(status(&report, "8.1"), ClauseStatus::Partial);
}

/// A 2015 context analysis, with or without a list of risks and opportunities.
fn context_analysis(with_risks: bool) -> DocumentResult {
    let mut lines = vec![
        p("XÁC ĐỊNH BỐI CẢNH VÀ CÁC BÊN QUAN TÂM"),
        p("Căn cứ TCVN ISO 9001:2015, điều 4.1 và 4.2."),
        p("1. Các vấn đề bên ngoài: chuyển đổi số, sắp xếp đơn vị hành chính."),
        p("2. Các vấn đề nội bộ: công chức kiêm nhiệm, trụ sở chật hẹp."),
        p("3. Các bên quan tâm và nhu cầu, mong đợi: người dân cần thủ tục nhanh, đúng hẹn."),
    ];
    if with_risks {
        lines.push(p(
            "4. Rủi ro và cơ hội: rủi ro trễ hạn hồ sơ khi công chức nghỉ phép; cơ hội từ dịch vụ công trực tuyến.",
        ));
    }
    analysed("BC-01 Boi canh.docx", doc(lines, vec![]))
}

#[test]
fn a_context_analysis_supports_risks_and_opportunities_only_when_it_names_them() {
    for (with_risks, expected) in [
        (false, ClauseStatus::Missing),
        (true, ClauseStatus::Partial),
    ] {
        let mut documents = set_2008();
        documents.push(context_analysis(with_risks));
        let report = assemble_report(agency(), documents, None, 2021, Lang::Vi);
        assert_eq!(status(&report, "4.1"), ClauseStatus::Covered);
        assert_eq!(
            status(&report, "6.1"),
            expected,
            "with risks named: {with_risks}: {:?}",
            report.clauses
        );
    }
}

#[test]
fn a_2008_agency_gets_the_conversion_findings() {
    let csv = "code,name\n1.001,Cấp giấy phép bán lẻ rượu\n1.002,Cấp lại giấy phép bán lẻ rượu\n"
        .as_bytes();
    let report = assemble_report(agency(), set_2008(), Some(csv), 2021, Lang::Vi);
    let all: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    for id in [
        "preventive-action-replaced-by-risk",
        "no-risk-procedure",
        "no-context-issues",
        "no-interested-parties",
        "document-record-control-merge",
        "nonconformity-corrective-action-merge",
        "management-representative",
        "objectives-not-issued-for-year",
        "objectives-without-plan",
        "cites-iso-9001-2008",
        "no-internal-audit-for-year",
        "no-management-review-for-year",
        "customer-satisfaction-not-measured",
        "tthc-not-covered",
    ] {
        assert!(all.contains(&id), "{id} missing from {all:?}");
    }
    let pa = report
        .findings
        .iter()
        .find(|f| f.id == "preventive-action-replaced-by-risk")
        .unwrap();
    assert_eq!((pa.severity, pa.clause.as_str()), (Severity::Major, "6.1"));
    assert_eq!(pa.documents, vec!["QT-06.docx".to_string()]);
    let tthc = report
        .findings
        .iter()
        .find(|f| f.id == "tthc-not-covered")
        .unwrap();
    assert!(
        tthc.message.contains("Cấp lại giấy phép bán lẻ rượu") && !tthc.message.contains("1.001")
    );
    // A preventive-action procedure alone does not address 6.1, nor does a 2008 manual 4.1/4.2.
    assert_eq!(status(&report, "6.1"), ClauseStatus::Missing);
    assert_eq!(status(&report, "7.5"), ClauseStatus::Partial);
    assert_eq!(status(&report, "4.1"), ClauseStatus::Missing);
    assert_eq!(status(&report, "4.2"), ClauseStatus::Missing);
    assert_eq!(report.clauses.len(), 28);
    let qt01 = report
        .documents
        .iter()
        .find(|d| d.path == "QT-01.docx")
        .unwrap();
    assert_eq!(
        (qt01.action, qt01.target),
        (Action::Merge, Some(DocKind::DocumentedInformation))
    );
    // English rendering keeps the ids.
    let en = assemble_report(agency(), set_2008(), Some(csv), 2021, Lang::En);
    let en_ids: Vec<&str> = en.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(all, en_ids);
    assert!(
        en.findings
            .iter()
            .any(|f| f.message.contains("preventive action"))
    );
}

#[test]
fn superseded_2008_copies_are_retired() {
    let mut docs = set_2015(2021);
    docs.push(analysed(
        "old/QT-03.docx",
        procedure(
            "QUY TRÌNH ĐÁNH GIÁ NỘI BỘ",
            "QT-03",
            "TCVN ISO 9001:2008",
            &[],
        ),
    ));
    docs.push(analysed(
        "old/STCL.docx",
        procedure("SỔ TAY CHẤT LƯỢNG", "STCL", "TCVN ISO 9001:2008", &[]),
    ));
    let report = assemble_report(agency(), docs, None, 2021, Lang::Vi);
    let old = report
        .documents
        .iter()
        .find(|d| d.path == "old/QT-03.docx")
        .unwrap();
    assert_eq!(old.action, Action::Retire);
    let manual = report
        .documents
        .iter()
        .find(|d| d.path == "old/STCL.docx")
        .unwrap();
    assert_eq!(manual.kind, DocKind::QualityManual);
    assert_eq!(manual.action, Action::Retire);
    assert_eq!(status(&report, "9.2"), ClauseStatus::Covered);
}

#[test]
fn yearly_records_late_objectives_and_unreadable_files() {
    let mut docs = set_2015(2021);
    docs.retain(|d| d.path != "MT.docx" && d.path != "KH.docx");
    docs.push(analysed(
        "MT.docx",
        doc(
            vec![
                p("MỤC TIÊU CHẤT LƯỢNG NĂM 2021"),
                p("Ngày ban hành: 15/06/2021"),
                t(&[&[
                    "Mục tiêu",
                    "Kế hoạch thực hiện",
                    "Nguồn lực",
                    "Trách nhiệm",
                    "Thời gian",
                    "Phương pháp đánh giá",
                ]]),
            ],
            vec![],
        ),
    ));
    docs.push(analyse_document(
        "scan.pdf",
        Format::Pdf,
        Err(ReadError::Scanned),
    ));
    let report = assemble_report(agency(), docs, None, 2021, Lang::Vi);
    let late = report
        .findings
        .iter()
        .find(|f| f.id == "objectives-issued-late")
        .unwrap();
    assert_eq!(late.severity, Severity::Minor);
    let audit = report
        .findings
        .iter()
        .find(|f| f.id == "no-internal-audit-for-year")
        .unwrap();
    assert_eq!(audit.severity, Severity::Minor);
    let unreadable = report
        .findings
        .iter()
        .find(|f| f.id == "unreadable-documents")
        .unwrap();
    assert!(unreadable.message.contains("scan.pdf") && unreadable.message.contains("scanned"));
    assert!(
        ids(&report, Severity::Major).is_empty(),
        "{:#?}",
        report.findings
    );
}

#[test]
fn malformed_tthc_list_is_a_finding() {
    let report = assemble_report(
        agency(),
        set_2015(2021),
        Some(b"code,title\n1,x\n"),
        2021,
        Lang::Vi,
    );
    let f = report
        .findings
        .iter()
        .find(|f| f.id == "tthc-list-malformed")
        .unwrap();
    assert!(f.message.contains("name"));
    assert!(!report.findings.iter().any(|f| f.id == "tthc-not-covered"));
}

#[test]
fn reports_are_deterministic_whatever_the_input_order() {
    let mut docs = set_2008();
    let a1 = assemble_report(agency(), docs.clone(), None, 2021, Lang::Vi);
    docs.reverse();
    let a2 = assemble_report(agency(), docs, None, 2021, Lang::Vi);
    assert_eq!(a1, a2);
    let json1 = serde_json::to_string(&a1).unwrap_or_default();
    let json2 = serde_json::to_string(&a2).unwrap_or_default();
    assert_eq!(json1, json2);
}

#[test]
fn document_results_round_trip_as_json() {
    let r = analysed(
        "QT-06.docx",
        procedure(
            "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA",
            "QT-06",
            "TCVN ISO 9001:2008",
            &[],
        ),
    );
    let json = serde_json::to_string(&r).unwrap_or_default();
    let back: DocumentResult = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, r);
    assert!(json.len() < 4000, "{}", json.len());
}

#[test]
fn unreadable_files_soften_yearly_findings() {
    let mut docs = set_2008();
    docs.push(analyse_document(
        "Ho so/Bien ban hop xem xet 2021.doc",
        Format::Other,
        Err(ReadError::Unsupported("a .doc file".into())),
    ));
    let report = assemble_report(agency(), docs, None, 2021, Lang::Vi);
    let guessed = report
        .documents
        .iter()
        .find(|d| d.path.ends_with(".doc"))
        .unwrap();
    assert_eq!(guessed.kind, DocKind::RecordManagementReview);
    let review = report
        .findings
        .iter()
        .find(|f| f.id == "no-management-review-for-year")
        .unwrap();
    assert_eq!(review.severity, Severity::Minor);
    assert!(
        review
            .documents
            .contains(&"Ho so/Bien ban hop xem xet 2021.doc".to_string())
    );
}

#[test]
fn title_split_over_rows_and_codes_without_digits() {
    let d = doc(
        vec![
            t(&[
                &["SỞ TƯ PHÁP", "QUY TRÌNH", "Số hiệu: QT.ISO.01"],
                &["", "Kiểm soát thông tin dạng văn bản", "Soát xét: 01"],
                &["", "", "Hiệu lực từ ngày 15 tháng 3 năm 2021"],
            ]),
            p("1. MỤC ĐÍCH"),
            p("Theo TCVN ISO 9001:2015."),
        ],
        vec![],
    );
    let r = a(&analysed("QT.ISO.01.docx", d)).clone();
    assert_eq!(r.kind, DocKind::DocumentedInformation);
    assert_eq!(
        r.title.as_deref(),
        Some("QUY TRÌNH Kiểm soát thông tin dạng văn bản")
    );
    assert_eq!(
        (
            r.code.as_deref(),
            r.revision.as_deref(),
            r.issued.as_deref()
        ),
        (Some("QT.ISO.01"), Some("01"), Some("2021-03-15"))
    );
    let d = doc(
        vec![p("Cam kết áp dụng TCVN ISO 9001:2015.")],
        header(&[&["UBND XÃ AN BÌNH", "CHÍNH SÁCH CHẤT LƯỢNG", "Mã hiệu: CSCL"]]),
    );
    assert_eq!(a(&analysed("CS.docx", d)).code.as_deref(), Some("CSCL"));
    // A code quoted inside a content table is not the document's code.
    let d = doc(
        vec![
            bold("KẾ HOẠCH KHẮC PHỤC"),
            t(&[
                &["TT", "Điểm không phù hợp", "Trách nhiệm"],
                &[
                    "1",
                    "Quy trình QT-DD-05 chưa cập nhật văn bản mới",
                    "Phòng QLĐĐ",
                ],
            ]),
        ],
        vec![],
    );
    let r = a(&analysed("KH khac phuc.docx", d)).clone();
    assert_eq!((r.kind, r.code), (DocKind::RecordCorrectiveAction, None));
}

#[test]
fn regulations_and_administrative_plans_are_other() {
    let d = doc(
        vec![
            bold("QUY CHẾ LÀM VIỆC"),
            p("của Ủy ban nhân dân huyện"),
            p("Điều 1. Phạm vi điều chỉnh"),
        ],
        vec![],
    );
    assert_eq!(a(&analysed("Quy che.docx", d)).kind, DocKind::Other);
    let d = doc(
        vec![
            bold("KẾ HOẠCH"),
            bold("CẢI CÁCH HÀNH CHÍNH NĂM 2025"),
            p("I. MỤC ĐÍCH, YÊU CẦU"),
        ],
        vec![],
    );
    assert_eq!(a(&analysed("KH CCHC.docx", d)).kind, DocKind::Other);
    let d = doc(
        vec![
            bold("KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ NĂM 2025"),
            p("Phạm vi: các phòng"),
        ],
        vec![],
    );
    assert_eq!(
        a(&analysed("KH DGNB.docx", d)).kind,
        DocKind::RecordInternalAudit
    );
}

#[test]
fn context_is_covered_by_a_2015_model_analysing_it_never_by_a_2008_manual() {
    let model = |standard: &str| {
        doc(
            vec![
                t(&[&[
                    "UBND XÃ AN BÌNH",
                    "MÔ HÌNH HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
                    "Mã hiệu: MH-01",
                ]]),
                p(&format!("Theo {standard}")),
                p("1. Bối cảnh của tổ chức"),
                p("- Vấn đề bên ngoài: văn bản pháp luật về TTHC thay đổi thường xuyên."),
                p("- Vấn đề bên trong: ít công chức, thiết bị công nghệ thông tin còn thiếu."),
                p("2. Các bên quan tâm và yêu cầu của họ: người dân, tổ chức (đúng hẹn)."),
            ],
            vec![],
        )
    };
    let report = assemble_report(
        agency(),
        vec![analysed("MH.docx", model("TCVN ISO 9001:2015"))],
        None,
        2025,
        Lang::Vi,
    );
    assert_eq!(status(&report, "4.1"), ClauseStatus::Covered);
    assert_eq!(status(&report, "4.2"), ClauseStatus::Covered);
    assert!(!report.findings.iter().any(|f| f.clause == "4.1"));
    let report = assemble_report(
        agency(),
        vec![analysed("ST.docx", model("TCVN ISO 9001:2008"))],
        None,
        2025,
        Lang::Vi,
    );
    assert_eq!(status(&report, "4.1"), ClauseStatus::Missing);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.id == "no-context-issues" && f.severity == Severity::Major)
    );
}

#[test]
fn a_manual_saying_context_is_monitored_without_determining_it_does_not_cover_4_1() {
    let manual = doc(
        vec![
            t(&[&[
                "BAN QUẢN LÝ KHU KINH TẾ",
                "SỔ TAY CHẤT LƯỢNG",
                "Mã số: STCL",
            ]]),
            p("Theo TCVN ISO 9001:2015"),
            p("CHƯƠNG III. BỐI CẢNH VÀ CÁC BÊN LIÊN QUAN"),
            p(
                "Các vấn đề nội bộ, bên ngoài và yêu cầu của các bên liên quan được xác định và theo dõi.",
            ),
        ],
        vec![],
    );
    let report = assemble_report(
        agency(),
        vec![analysed("So tay.docx", manual)],
        None,
        2025,
        Lang::Vi,
    );
    assert_eq!(status(&report, "4.1"), ClauseStatus::Missing);
    assert_eq!(status(&report, "4.2"), ClauseStatus::Missing);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.id == "no-context-issues" && f.severity == Severity::Major)
    );
}

#[test]
fn procedure_named_by_number_takes_its_title_from_the_page_header() {
    let body = vec![
        bold("Quy trình số 07"),
        p("(Ban hành kèm theo Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện)"),
        p("1. MỤC ĐÍCH"),
        p("Quy định việc lãnh đạo xem xét định kỳ hệ thống quản lý chất lượng."),
        p("2. PHẠM VI"),
        p("Áp dụng cho Ban chỉ đạo ISO."),
        p("Tiêu chuẩn TCVN ISO 9001:2008."),
    ];
    let hdr = header(&[&[
        "UBND HUYỆN THẠCH HÀ",
        "QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO",
        "Lần ban hành: 01\nNgày ban hành: 10/03/2016",
    ]]);
    let r = analysed("Quy trinh so 07.docx", doc(body, hdr));
    assert_eq!(a(&r).kind, DocKind::ManagementReview, "{:?}", a(&r).cues);
    assert_eq!(a(&r).issued.as_deref(), Some("2016-03-10"));
}

#[test]
fn survey_with_unticked_boxes_is_a_form_and_ticked_is_a_record() {
    let survey = |mark: &str| {
        doc(
            vec![
                t(&[&[
                    "UBND XÃ HÒA BÌNH",
                    "PHIẾU KHẢO SÁT Ý KIẾN CỦA TỔ CHỨC, CÔNG DÂN",
                    "BM.02-QT-ISO-03",
                ]]),
                p("Xin Ông/Bà vui lòng cho biết ý kiến:"),
                t(&[
                    &["Tiêu chí", "Hài lòng", "Bình thường", "Không hài lòng"],
                    &["Thái độ phục vụ", mark, "☐", "☐"],
                    &["Thời gian giải quyết", mark, "☐", "☐"],
                ]),
            ],
            vec![],
        )
    };
    let r = analysed("Phieu khao sat.docx", survey("☐"));
    assert_eq!(a(&r).kind, DocKind::Form, "{:?}", a(&r).cues);
    let r = analysed("Phieu khao sat.docx", survey("☒"));
    assert_eq!(
        a(&r).kind,
        DocKind::RecordCustomerSatisfaction,
        "{:?}",
        a(&r).cues
    );
}
