//! The findings catalogue: every rule's stable id, clause, severity and its message and
//! recommendation in Vietnamese and English. `{docs}` and `{detail}` are filled in when it fires.

use crate::report::Lang;

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub clause: &'static str,
    pub message_vi: &'static str,
    pub message_en: &'static str,
    pub recommendation_vi: &'static str,
    pub recommendation_en: &'static str,
}

macro_rules! rules {
    ($($name:ident = $id:literal, $clause:literal, $mvi:literal, $men:literal, $rvi:literal, $ren:literal;)*) => {
        $(pub const $name: Rule = Rule {
            id: $id, clause: $clause, message_vi: $mvi, message_en: $men,
            recommendation_vi: $rvi, recommendation_en: $ren,
        };)*
        /// Every rule, for documentation and tests.
        pub const ALL: &[Rule] = &[$($name,)*];
    };
}

rules! {
    PREVENTIVE_ACTION = "preventive-action-replaced-by-risk", "6.1",
        "Cơ quan còn duy trì hành động phòng ngừa, khái niệm không còn trong TCVN ISO 9001:2015: {docs}.{detail}",
        "The agency still keeps preventive action, a concept the 2015 edition dropped: {docs}.{detail}",
        "Thay quy trình hành động phòng ngừa bằng quy trình quản lý rủi ro và cơ hội kèm sổ theo dõi rủi ro (6.1); loại bỏ thuật ngữ \"phòng ngừa\" khỏi các tài liệu còn lại.",
        "Replace the preventive action procedure by a risks-and-opportunities procedure with a risk register (6.1); remove \"preventive action\" from the remaining documents.";
    NO_RISK_PROCEDURE = "no-risk-procedure", "6.1",
        "Không có quy trình quản lý rủi ro và cơ hội.{detail}",
        "No procedure for addressing risks and opportunities.{detail}",
        "Ban hành quy trình nhận diện, đánh giá và xử lý rủi ro, cơ hội (theo mô hình khung 101/QĐ-BKHCN) và lập sổ theo dõi rủi ro cho các quá trình, kể cả các TTHC.",
        "Issue a procedure to identify, assess and address risks and opportunities (per the 101/QĐ-BKHCN framework model) and keep a risk register covering the processes, TTHC included.";
    NO_RISK_REGISTER = "no-risk-register", "6.1",
        "Có quy trình rủi ro và cơ hội ({docs}) nhưng không có sổ/bảng theo dõi rủi ro được lập.",
        "There is a risks-and-opportunities procedure ({docs}) but no risk register filled in.",
        "Lập sổ/bảng nhận diện và theo dõi rủi ro, cơ hội cho từng quá trình, cập nhật ít nhất mỗi năm và khi có thay đổi.",
        "Draw up the risk and opportunity register for each process and update it at least yearly and on change.";
    NO_CONTEXT_ISSUES = "no-context-issues", "4.1",
        "Chưa xác định các vấn đề bên trong và bên ngoài (bối cảnh của tổ chức).",
        "Internal and external issues (the organization's context) are not determined.",
        "Lập tài liệu xác định bối cảnh: các vấn đề bên trong (con người, cơ sở vật chất, CNTT…) và bên ngoài (pháp luật, kinh tế – xã hội, người dân…); rà soát tại cuộc họp xem xét của lãnh đạo.",
        "Document the context: internal issues (people, facilities, IT…) and external ones (legislation, socio-economic conditions, citizens…); review them at management review.";
    NO_INTERESTED_PARTIES = "no-interested-parties", "4.2",
        "Chưa xác định các bên quan tâm và yêu cầu của họ.",
        "Interested parties and their requirements are not determined.",
        "Liệt kê các bên quan tâm (tổ chức, công dân, cơ quan cấp trên, công chức…) cùng nhu cầu, mong đợi của họ liên quan đến hệ thống.",
        "List the interested parties (organizations, citizens, higher authorities, staff…) and their relevant needs and expectations.";
    DOCUMENT_RECORD_MERGE = "document-record-control-merge", "7.5",
        "Kiểm soát tài liệu và kiểm soát hồ sơ còn là quy trình riêng theo 2008: {docs}.",
        "Control of documents and control of records are still separate 2008 procedures: {docs}.",
        "Gộp thành một quy trình kiểm soát thông tin dạng văn bản (duy trì và lưu giữ, 7.5.2–7.5.3), chuyển danh mục hồ sơ và thời gian lưu vào quy trình mới.",
        "Merge them into one control of documented information procedure (maintained and retained, 7.5.2–7.5.3) and move the records list and retention periods into it.";
    NO_DOCUMENTED_INFORMATION = "no-documented-information-control", "7.5",
        "Không có quy trình kiểm soát tài liệu, hồ sơ hay thông tin dạng văn bản.",
        "No procedure controls documents, records or documented information.",
        "Ban hành quy trình kiểm soát thông tin dạng văn bản: ban hành, sửa đổi, phân phối, lưu giữ và thời gian lưu.",
        "Issue a control of documented information procedure: approval, change, distribution, retention and retention periods.";
    NONCONFORMITY_MERGE = "nonconformity-corrective-action-merge", "8.7",
        "Kiểm soát sản phẩm không phù hợp và hành động khắc phục còn theo cách viết 2008: {docs}.",
        "Nonconforming product and corrective action are still written the 2008 way: {docs}.",
        "Gộp thành quy trình kiểm soát sự không phù hợp và hành động khắc phục (8.7, 10.2); đổi \"sản phẩm\" thành \"đầu ra\"; bổ sung cập nhật rủi ro và cơ hội khi cần (10.2.1 e).",
        "Merge them into one nonconformity and corrective action procedure (8.7, 10.2); write \"output\" instead of \"product\"; add updating risks and opportunities where needed (10.2.1 e).";
    NO_NONCONFORMITY = "no-nonconformity-procedure", "10.2",
        "Không có cách xử lý sự không phù hợp và hành động khắc phục được lập thành văn bản.",
        "No documented way of handling nonconformities and corrective action.",
        "Ban hành quy trình kiểm soát sự không phù hợp và hành động khắc phục (8.7, 10.2) và lưu hồ sơ (8.7.2, 10.2.2).",
        "Issue a nonconformity and corrective action procedure (8.7, 10.2) and retain its records (8.7.2, 10.2.2).";
    MANAGEMENT_REPRESENTATIVE = "management-representative", "5.3",
        "Tài liệu còn quy định \"đại diện lãnh đạo\" (QMR) theo 2008: {docs}.",
        "Documents still appoint a management representative (QMR) as in 2008: {docs}.",
        "Phân công vai trò, trách nhiệm, quyền hạn theo 5.3 (ví dụ Ban chỉ đạo ISO, Thư ký ISO) thay cho chức danh đại diện lãnh đạo; cập nhật các quy trình có nhắc đến.",
        "Assign roles, responsibilities and authorities per 5.3 (e.g. ISO steering committee, ISO secretary) instead of the management representative, and update every document that names it.";
    OBJECTIVES_WITHOUT_PLAN = "objectives-without-plan", "6.2",
        "Mục tiêu chất lượng chưa có kế hoạch thực hiện đầy đủ (thiếu: {detail}): {docs}.",
        "Quality objectives lack complete plans to achieve them (missing: {detail}): {docs}.",
        "Bổ sung cho từng mục tiêu: công việc thực hiện, nguồn lực, người/bộ phận chịu trách nhiệm, thời hạn hoàn thành và cách đánh giá kết quả (6.2.2).",
        "For each objective add what will be done, the resources, who is responsible, when it will be completed and how results are evaluated (6.2.2).";
    NO_OBJECTIVES = "no-quality-objectives", "6.2",
        "Không có mục tiêu chất lượng được ban hành.",
        "No quality objectives are issued.",
        "Ban hành mục tiêu chất lượng của năm ngay từ đầu năm, đo lường được và kèm kế hoạch thực hiện.",
        "Issue the year's quality objectives at the start of the year, measurable and with plans to achieve them.";
    OBJECTIVES_NOT_FOR_YEAR = "objectives-not-issued-for-year", "6.2",
        "Không có mục tiêu chất lượng năm {detail}; mục tiêu hiện có: {docs}.",
        "No quality objectives for {detail}; objectives on file: {docs}.",
        "Ban hành mục tiêu chất lượng năm {detail} ngay từ đầu năm (quý I), kèm kế hoạch thực hiện.",
        "Issue the quality objectives for {detail} at the start of the year (first quarter), with plans to achieve them.";
    OBJECTIVES_LATE = "objectives-issued-late", "6.2",
        "Mục tiêu chất lượng năm được ban hành muộn ({detail}): {docs}.",
        "The year's quality objectives were issued late ({detail}): {docs}.",
        "Ban hành mục tiêu chất lượng ngay từ đầu năm để làm căn cứ triển khai và đánh giá.",
        "Issue the quality objectives at the start of the year so work can be planned and evaluated against them.";
    NO_POLICY = "no-quality-policy", "5.2",
        "Không có chính sách chất lượng.",
        "No quality policy.",
        "Ban hành chính sách chất lượng phù hợp với mục đích, bối cảnh của cơ quan và phổ biến cho công chức.",
        "Issue a quality policy appropriate to the agency's purpose and context and communicate it to staff.";
    CITES_2008 = "cites-iso-9001-2008", "7.5",
        "Tài liệu còn viện dẫn TCVN ISO 9001:2008 (hoặc :2000): {docs}.",
        "Documents still cite TCVN ISO 9001:2008 (or :2000): {docs}.",
        "Cập nhật viện dẫn sang TCVN ISO 9001:2015, soát xét nội dung theo yêu cầu mới và ban hành lại (lần ban hành mới).",
        "Update the reference to TCVN ISO 9001:2015, review the content against the new requirements and reissue (new revision).";
    NO_RECORDS_LIST = "procedure-without-records-list", "7.5",
        "Quy trình không có mục hồ sơ cần lưu: {docs}.",
        "Procedures without a records-to-keep section: {docs}.",
        "Bổ sung mục \"Hồ sơ cần lưu\" (tên hồ sơ, nơi lưu, thời gian lưu) cho từng quy trình (7.5.3).",
        "Add a \"records to keep\" section (record, where kept, retention period) to each procedure (7.5.3).";
    NO_RETENTION = "records-without-retention", "7.5",
        "Hồ sơ được liệt kê nhưng không nêu thời gian lưu: {docs}.",
        "Records are listed without retention periods: {docs}.",
        "Quy định thời gian lưu cho từng hồ sơ (ví dụ 01 năm, 05 năm, vĩnh viễn) theo quy định lưu trữ (7.5.3.2).",
        "State a retention period for each record (e.g. 1 year, 5 years, permanent) per archiving rules (7.5.3.2).";
    NO_INTERNAL_AUDIT = "no-internal-audit-for-year", "9.2",
        "Không có kế hoạch hoặc báo cáo đánh giá nội bộ năm {detail}.{docs}",
        "No internal audit plan or report for {detail}.{docs}",
        "Lập kế hoạch và thực hiện đánh giá nội bộ ít nhất mỗi năm một lần, lưu kế hoạch, báo cáo và hành động khắc phục (9.2.2).",
        "Plan and carry out an internal audit at least once a year and retain the plan, report and corrective actions (9.2.2).";
    NO_MANAGEMENT_REVIEW = "no-management-review-for-year", "9.3",
        "Không có biên bản/báo cáo họp xem xét của lãnh đạo năm {detail}.{docs}",
        "No management review minutes or report for {detail}.{docs}",
        "Tổ chức họp xem xét của lãnh đạo ít nhất mỗi năm một lần với đầy đủ đầu vào của 9.3.2 và lưu biên bản (9.3.3).",
        "Hold a management review at least once a year covering the 9.3.2 inputs and retain the minutes (9.3.3).";
    SATISFACTION_NOT_MEASURED = "customer-satisfaction-not-measured", "9.1",
        "Chưa có kết quả đo lường sự hài lòng của tổ chức, công dân năm {detail}.{docs}",
        "No results of measuring citizens' and organizations' satisfaction for {detail}.{docs}",
        "Khảo sát ý kiến tổ chức, công dân ít nhất mỗi năm một lần theo phương pháp đã định, tổng hợp, phân tích kết quả (9.1.2, 9.1.3).",
        "Survey citizens' and organizations' opinions at least once a year by the planned method, and compile and analyse the results (9.1.2, 9.1.3).";
    QUALITY_MANUAL_2008 = "quality-manual-2008", "4.3",
        "Sổ tay chất lượng theo 2008 không còn bắt buộc nhưng là nơi duy nhất mô tả phạm vi và các quá trình: {docs}.",
        "The 2008 quality manual is no longer required but is where the scope and processes are described: {docs}.",
        "Chuyển thành mô hình hệ thống quản lý chất lượng theo 2015 (phạm vi 4.3, quá trình 4.4), bỏ \"ngoại lệ\" 1.2 và đại diện lãnh đạo.",
        "Turn it into a 2015 system model (scope 4.3, processes 4.4), dropping the 1.2 exclusions and the management representative.";
    UNREADABLE = "unreadable-documents", "7.5",
        "Không đọc được {detail} tệp; nội dung của chúng chưa được đánh giá: {docs}.",
        "{detail} file(s) could not be read and were not assessed: {docs}.",
        "Cung cấp bản đọc được (DOCX hoặc PDF có lớp văn bản) của các tệp này rồi chạy lại.",
        "Provide readable copies (DOCX, or PDF with a text layer) of these files and run again.";
    UNSUPPORTED = "unsupported-documents", "7.5",
        "Có {detail} tệp định dạng không được hỗ trợ (ví dụ .doc, .xls): {docs}.",
        "{detail} file(s) are in unsupported formats (e.g. .doc, .xls): {docs}.",
        "Lưu lại dưới dạng DOCX hoặc PDF nếu đó là tài liệu của hệ thống.",
        "Save them as DOCX or PDF if they belong to the quality system.";
    TTHC_NOT_COVERED = "tthc-not-covered", "8.1",
        "{detail} TTHC đã công bố chưa có quy trình trong hệ thống: {docs}.",
        "{detail} published TTHC have no procedure in the system: {docs}.",
        "Xây dựng quy trình giải quyết cho từng TTHC thuộc thẩm quyền đã công bố và đưa vào phạm vi hệ thống (Quyết định 19/2014/QĐ-TTg).",
        "Write a procedure for each published TTHC the agency handles and bring it into the system's scope (Decision 19/2014/QĐ-TTg).";
    TTHC_NOT_PUBLISHED = "procedure-tthc-not-published", "4.3",
        "Quy trình giải quyết TTHC không khớp với TTHC nào trong danh mục đang công bố (có thể đã bãi bỏ hoặc đổi tên): {docs}.",
        "TTHC procedures that match no TTHC in the published list (possibly abolished or renamed): {docs}.",
        "Đối chiếu với quyết định công bố TTHC mới nhất; bãi bỏ hoặc cập nhật các quy trình này.",
        "Check them against the latest TTHC publication decision; retire or update these procedures.";
    TTHC_LIST_MALFORMED = "tthc-list-malformed", "4.3",
        "Danh mục TTHC (tthc.csv) có vấn đề: {detail}.",
        "The TTHC list (tthc.csv) has a problem: {detail}.",
        "Sửa tệp tthc.csv: UTF-8, dòng tiêu đề có cột `code` và `name`, mỗi TTHC một dòng.",
        "Fix tthc.csv: UTF-8, a header row with `code` and `name` columns, one TTHC per row.";
}

/// The texts of a rule in a language, with `{docs}` and `{detail}` filled in.
pub fn render(rule: &Rule, lang: Lang, docs: &str, detail: &str) -> (String, String) {
    let (m, r) = match lang {
        Lang::Vi => (rule.message_vi, rule.recommendation_vi),
        Lang::En => (rule.message_en, rule.recommendation_en),
    };
    let fill = |s: &str| s.replace("{docs}", docs).replace("{detail}", detail);
    (fill(m), fill(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_clauses_known() {
        let mut ids: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        for r in ALL {
            assert!(
                r.id.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit()),
                "{}",
                r.id
            );
            assert!(
                super::super::crosswalk::CLAUSES_2015.contains(&r.clause),
                "{}",
                r.id
            );
            assert!(!r.message_vi.is_empty() && !r.recommendation_en.is_empty());
        }
    }
}
