//! The wording of each kind of procedure, with the variants different consultants use
//! ("kiểm soát tài liệu"/"quản lý tài liệu", "hành động khắc phục"/"khắc phục sự không phù hợp").

use crate::layout::Body;
use crate::model::{Block, p, row, table};

/// The standard as cited in "Tài liệu viện dẫn".
pub fn std_ref(edition: &str) -> String {
    format!(
        "Tiêu chuẩn quốc gia TCVN ISO 9001:{edition} - Hệ thống quản lý chất lượng - Các yêu cầu"
    )
}

fn steps(rows: &[[&str; 5]]) -> Block {
    let mut out = vec![row(&[
        "Bước",
        "Nội dung công việc",
        "Trách nhiệm",
        "Thời gian",
        "Biểu mẫu/Kết quả",
    ])];
    for r in rows {
        out.push(row(r));
    }
    table(&out)
}

fn paras(lines: &[&str]) -> Vec<Block> {
    lines.iter().map(|l| Block::P(p(*l))).collect()
}

fn rec(name: &str, who: &str, keep: &str) -> [String; 3] {
    [name.to_string(), who.to_string(), keep.to_string()]
}

fn form(code: String, name: &str) -> (String, String) {
    (code, name.to_string())
}

/// 2008 4.2.3; `v` picks the wording ("kiểm soát" or "quản lý" tài liệu).
pub fn document_control(edition: &str, qt: &str, v: u8) -> Body {
    let noun = if v == 0 {
        "kiểm soát tài liệu"
    } else {
        "quản lý tài liệu"
    };
    let mut content = paras(&[
        "5.1. Tài liệu nội bộ gồm: Sổ tay chất lượng, chính sách chất lượng, mục tiêu chất lượng, các quy trình, hướng dẫn, biểu mẫu.",
        "5.2. Tài liệu có nguồn gốc bên ngoài: văn bản quy phạm pháp luật, tiêu chuẩn, văn bản hướng dẫn của cơ quan cấp trên.",
        "5.3. Lưu đồ biên soạn, soát xét, phê duyệt và ban hành tài liệu:",
    ]);
    content.push(steps(&[
        [
            "1",
            "Đề xuất biên soạn mới hoặc sửa đổi tài liệu",
            "Các phòng, bộ phận",
            "Khi có nhu cầu",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Biên soạn dự thảo tài liệu",
            "Người được phân công",
            "05 ngày",
            "Dự thảo",
        ],
        [
            "3",
            "Soát xét nội dung tài liệu",
            "Đại diện lãnh đạo / Thư ký ISO",
            "03 ngày",
            "Dự thảo đã soát xét",
        ],
        [
            "4",
            "Phê duyệt và ban hành tài liệu",
            "Thủ trưởng cơ quan",
            "02 ngày",
            "Tài liệu được ban hành",
        ],
        [
            "5",
            "Phân phối tài liệu, cập nhật danh mục tài liệu nội bộ",
            "Thư ký ISO",
            "01 ngày",
            &format!("BM-02/{qt}, BM-04/{qt}"),
        ],
        [
            "6",
            "Thu hồi, hủy bỏ tài liệu lỗi thời; đóng dấu \"Tài liệu lỗi thời\" nếu cần lưu",
            "Thư ký ISO",
            "Khi ban hành mới",
            "Sổ theo dõi",
        ],
    ]));
    content.push(Block::P(p("5.4. Tài liệu có nguồn gốc bên ngoài được cập nhật vào Danh mục tài liệu có nguồn gốc bên ngoài và phân phối đến nơi sử dụng.")));
    Body {
        purpose: format!("Quy định thống nhất cách thức biên soạn, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi và {noun} thuộc hệ thống quản lý chất lượng, bảo đảm tài liệu luôn được cập nhật và sẵn có tại nơi sử dụng."),
        scope: "Áp dụng đối với toàn bộ tài liệu nội bộ và tài liệu có nguồn gốc bên ngoài thuộc hệ thống quản lý chất lượng của cơ quan.".into(),
        refs: vec![std_ref(edition), "Sổ tay chất lượng".into()],
        defs: vec!["HTQLCL: Hệ thống quản lý chất lượng".into(), "Tài liệu lỗi thời: tài liệu đã được thay thế hoặc hủy bỏ".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Phiếu đề nghị biên soạn/sửa đổi tài liệu"),
            form(format!("BM-02/{qt}"), "Danh mục tài liệu nội bộ"),
            form(format!("BM-03/{qt}"), "Danh mục tài liệu có nguồn gốc bên ngoài"),
            form(format!("BM-04/{qt}"), "Sổ theo dõi phân phối tài liệu"),
        ],
        records: Some(vec![
            rec("Phiếu đề nghị biên soạn/sửa đổi tài liệu", "Thư ký ISO", "03 năm"),
            rec("Danh mục tài liệu nội bộ", "Thư ký ISO", "Đến khi có thay đổi"),
            rec("Sổ theo dõi phân phối tài liệu", "Thư ký ISO", "03 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 4.2.4.
pub fn record_control(edition: &str, qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Hồ sơ chất lượng là bằng chứng về sự phù hợp với các yêu cầu và hoạt động có hiệu lực của hệ thống quản lý chất lượng.",
        "5.2. Mỗi phòng lập Danh mục hồ sơ, trong đó quy định rõ tên hồ sơ, nơi lưu, người lưu, thời gian lưu và phương pháp hủy.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Nhận biết hồ sơ, lập danh mục hồ sơ",
            "Các phòng",
            "Đầu năm",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Sắp xếp, bảo quản hồ sơ tại nơi lưu",
            "Cán bộ được giao",
            "Thường xuyên",
            "Hồ sơ",
        ],
        [
            "3",
            "Truy cập, mượn hồ sơ",
            "Người có nhu cầu",
            "Khi có yêu cầu",
            "Sổ theo dõi",
        ],
        [
            "4",
            "Hủy hồ sơ hết thời hạn lưu",
            "Trưởng phòng",
            "Hết thời hạn lưu",
            &format!("BM-02/{qt}"),
        ],
    ]));
    Body {
        purpose: "Quy định cách thức nhận biết, bảo quản, bảo vệ, sử dụng, thời gian lưu giữ và hủy bỏ các hồ sơ chất lượng.".into(),
        scope: "Áp dụng đối với tất cả các hồ sơ của hệ thống quản lý chất lượng tại các phòng chuyên môn.".into(),
        refs: vec![std_ref(edition), "Luật Lưu trữ năm 2011".into()],
        defs: vec!["Hồ sơ: tài liệu công bố các kết quả đạt được hay cung cấp bằng chứng về các hoạt động được thực hiện".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Danh mục hồ sơ"),
            form(format!("BM-02/{qt}"), "Biên bản hủy hồ sơ"),
        ],
        records: Some(vec![
            rec("Danh mục hồ sơ", "Các phòng", "01 năm"),
            rec("Biên bản hủy hồ sơ", "Văn phòng", "05 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2015 7.5: documents and records in one procedure, records list with retention.
pub fn documented_information(qt: &str, v: u8) -> Body {
    let mut content = paras(&[
        "5.1. Thông tin dạng văn bản cần duy trì (tài liệu): chính sách chất lượng, mục tiêu chất lượng, phạm vi của hệ thống, các quy trình và hướng dẫn.",
        "5.2. Thông tin dạng văn bản cần lưu giữ (hồ sơ): bằng chứng về kết quả thực hiện các quá trình, được lưu giữ theo thời gian lưu quy định tại Danh mục hồ sơ.",
        "5.3. Kiểm soát thông tin dạng văn bản có nguồn gốc bên ngoài: được nhận biết và kiểm soát thích hợp.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Đề xuất xây dựng, sửa đổi thông tin dạng văn bản",
            "Các bộ phận",
            "Khi có nhu cầu",
            &format!("BM.{qt}.01"),
        ],
        [
            "2",
            "Soạn thảo, xem xét, phê duyệt",
            "Thư ký ISO; Lãnh đạo",
            "07 ngày",
            "Tài liệu ban hành",
        ],
        [
            "3",
            "Phân phối, cập nhật Danh mục thông tin dạng văn bản",
            "Thư ký ISO",
            "01 ngày",
            &format!("BM.{qt}.02"),
        ],
        [
            "4",
            "Lưu giữ, bảo vệ, truy cập hồ sơ theo Danh mục hồ sơ",
            "Các bộ phận",
            "Thường xuyên",
            &format!("BM.{qt}.03"),
        ],
        [
            "5",
            "Hủy hồ sơ hết thời hạn lưu giữ",
            "Chánh Văn phòng",
            "Hằng năm",
            "Biên bản hủy",
        ],
    ]));
    let verb = if v == 0 { "kiểm soát" } else { "quản lý" };
    Body {
        purpose: format!("Quy định cách thức {verb} thông tin dạng văn bản (tài liệu và hồ sơ) của hệ thống quản lý chất lượng, bảo đảm sẵn có, phù hợp và được bảo vệ thích đáng."),
        scope: "Áp dụng cho toàn bộ thông tin dạng văn bản được duy trì và lưu giữ trong hệ thống quản lý chất lượng.".into(),
        refs: vec![std_ref("2015"), "Quyết định số 19/2014/QĐ-TTg; Quyết định số 101/QĐ-BKHCN năm 2019".into()],
        defs: vec!["Thông tin dạng văn bản: thông tin cần được kiểm soát và duy trì bởi tổ chức và phương tiện chứa đựng thông tin".into()],
        content,
        forms: vec![
            form(format!("BM.{qt}.01"), "Phiếu đề nghị xây dựng/sửa đổi tài liệu"),
            form(format!("BM.{qt}.02"), "Danh mục thông tin dạng văn bản nội bộ"),
            form(format!("BM.{qt}.03"), "Danh mục hồ sơ"),
        ],
        records: Some(vec![
            rec("Phiếu đề nghị xây dựng/sửa đổi tài liệu", "Thư ký ISO", "02 năm"),
            rec("Danh mục thông tin dạng văn bản nội bộ", "Thư ký ISO", "Đến khi có thay đổi"),
            rec("Danh mục hồ sơ", "Các bộ phận", "Vĩnh viễn"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 8.2.2 / 2015 9.2.
pub fn internal_audit(edition: &str, qt: &str) -> Body {
    let risk = edition == "2015";
    let mut content = paras(&[
        "5.1. Đánh giá nội bộ được thực hiện ít nhất 01 lần/năm đối với toàn bộ hệ thống quản lý chất lượng.",
        if risk {
            "5.2. Chương trình đánh giá được hoạch định có xem xét tầm quan trọng của các quá trình, các thay đổi ảnh hưởng đến cơ quan, các rủi ro và cơ hội đã xác định và kết quả của các lần đánh giá trước."
        } else {
            "5.2. Chương trình đánh giá được hoạch định có xem xét tình trạng và tầm quan trọng của các quá trình, các khu vực được đánh giá và kết quả của các lần đánh giá trước."
        },
        "5.3. Chuyên gia đánh giá phải được đào tạo và không đánh giá công việc của chính mình.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Lập chương trình/kế hoạch đánh giá nội bộ",
            "Thư ký ISO",
            "Tháng 3 hằng năm",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Phê duyệt kế hoạch đánh giá",
            "Lãnh đạo cơ quan",
            "02 ngày",
            "Kế hoạch được duyệt",
        ],
        [
            "3",
            "Họp khai mạc, tiến hành đánh giá tại các phòng",
            "Đoàn đánh giá",
            "Theo kế hoạch",
            &format!("BM-02/{qt}"),
        ],
        [
            "4",
            "Lập báo cáo đánh giá nội bộ",
            "Trưởng đoàn",
            "03 ngày",
            &format!("BM-03/{qt}"),
        ],
        [
            "5",
            "Thực hiện và kiểm tra hành động khắc phục",
            "Các phòng; Thư ký ISO",
            "Theo thời hạn",
            "Phiếu yêu cầu hành động khắc phục",
        ],
    ]));
    Body {
        purpose: "Quy định việc lập kế hoạch, thực hiện và báo cáo kết quả đánh giá nội bộ nhằm xác định hệ thống quản lý chất lượng có phù hợp và được áp dụng, duy trì có hiệu lực hay không.".into(),
        scope: "Áp dụng cho tất cả các hoạt động đánh giá nội bộ hệ thống quản lý chất lượng của cơ quan.".into(),
        refs: vec![std_ref(edition), "TCVN ISO 19011 - Hướng dẫn đánh giá hệ thống quản lý".into()],
        defs: vec!["Chuyên gia đánh giá: người có năng lực để tiến hành cuộc đánh giá".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Kế hoạch đánh giá nội bộ"),
            form(format!("BM-02/{qt}"), "Phiếu ghi chép đánh giá"),
            form(format!("BM-03/{qt}"), "Báo cáo đánh giá nội bộ"),
        ],
        records: Some(vec![
            rec("Kế hoạch đánh giá nội bộ", "Thư ký ISO", "03 năm"),
            rec("Phiếu ghi chép đánh giá", "Thư ký ISO", "03 năm"),
            rec("Báo cáo đánh giá nội bộ", "Thư ký ISO", "05 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 8.3.
pub fn nonconforming_product(edition: &str, qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Sản phẩm không phù hợp là kết quả giải quyết thủ tục hành chính không đáp ứng yêu cầu: sai sót về nội dung, trễ hẹn so với quy định.",
        "5.2. Khi phát hiện sản phẩm không phù hợp, cán bộ phát hiện ghi vào Sổ theo dõi sản phẩm không phù hợp và báo cáo lãnh đạo phòng.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Phát hiện sản phẩm không phù hợp",
            "Cán bộ, công chức",
            "Ngay khi phát hiện",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Xem xét, quyết định biện pháp xử lý (sửa chữa, làm lại, thông báo cho công dân)",
            "Trưởng phòng",
            "01 ngày",
            "Ý kiến xử lý",
        ],
        [
            "3",
            "Thực hiện xử lý và kiểm tra lại",
            "Cán bộ thụ lý",
            "Theo yêu cầu",
            "Kết quả đã xử lý",
        ],
    ]));
    Body {
        purpose: "Bảo đảm các sản phẩm không phù hợp với yêu cầu được nhận biết và kiểm soát để phòng ngừa việc sử dụng hoặc chuyển giao ngoài ý muốn.".into(),
        scope: "Áp dụng đối với các kết quả giải quyết công việc, thủ tục hành chính không phù hợp.".into(),
        refs: vec![std_ref(edition)],
        defs: vec!["Sản phẩm: kết quả giải quyết thủ tục hành chính trả cho tổ chức, công dân".into()],
        content,
        forms: vec![form(format!("BM-01/{qt}"), "Sổ theo dõi sản phẩm không phù hợp")],
        records: Some(vec![rec("Sổ theo dõi sản phẩm không phù hợp", "Các phòng", "02 năm")]),
        records_without_retention: false,
    }
}

/// 2008 8.5.2; `v` picks "hành động khắc phục" or "khắc phục sự không phù hợp".
pub fn corrective_action(edition: &str, qt: &str, v: u8) -> Body {
    let noun = if v == 0 {
        "hành động khắc phục"
    } else {
        "khắc phục sự không phù hợp"
    };
    let mut content = paras(&[
        "5.1. Nguồn phát hiện sự không phù hợp: kết quả đánh giá nội bộ, khiếu nại của tổ chức, công dân, kết quả xem xét của lãnh đạo, kiểm tra của cấp trên.",
        "5.2. Mọi sự không phù hợp phải được xác định nguyên nhân và đề xuất biện pháp khắc phục để loại bỏ nguyên nhân, ngăn ngừa tái diễn.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Ghi nhận sự không phù hợp vào Phiếu yêu cầu hành động khắc phục",
            "Người phát hiện",
            "01 ngày",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Phân tích nguyên nhân, đề xuất biện pháp khắc phục",
            "Trưởng phòng có liên quan",
            "03 ngày",
            &format!("BM-01/{qt}"),
        ],
        [
            "3",
            "Phê duyệt biện pháp khắc phục",
            "Đại diện lãnh đạo",
            "01 ngày",
            "Phiếu đã duyệt",
        ],
        [
            "4",
            "Thực hiện hành động khắc phục",
            "Phòng có liên quan",
            "Theo thời hạn",
            "Bằng chứng thực hiện",
        ],
        [
            "5",
            "Kiểm tra hiệu lực của hành động khắc phục",
            "Thư ký ISO",
            "Sau thời hạn",
            &format!("BM-02/{qt}"),
        ],
    ]));
    Body {
        purpose: format!("Quy định cách thức thực hiện {noun} nhằm loại bỏ nguyên nhân của sự không phù hợp để ngăn ngừa việc tái diễn."),
        scope: "Áp dụng đối với các sự không phù hợp được phát hiện trong quá trình áp dụng hệ thống quản lý chất lượng.".into(),
        refs: vec![std_ref(edition)],
        defs: vec!["Sự không phù hợp: sự không đáp ứng một yêu cầu".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Phiếu yêu cầu hành động khắc phục"),
            form(format!("BM-02/{qt}"), "Sổ theo dõi hành động khắc phục"),
        ],
        records: Some(vec![
            rec("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm"),
            rec("Sổ theo dõi hành động khắc phục", "Thư ký ISO", "03 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 8.5.3.
pub fn preventive_action(edition: &str, qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Nguồn thông tin để xác định sự không phù hợp tiềm ẩn: phân tích dữ liệu, ý kiến góp ý của tổ chức, công dân, thay đổi của văn bản pháp luật.",
        "5.2. Hành động phòng ngừa được xác định nhằm loại bỏ nguyên nhân của sự không phù hợp tiềm ẩn để ngăn chặn việc xảy ra.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Xác định sự không phù hợp tiềm ẩn và nguyên nhân",
            "Các phòng",
            "Khi phát hiện",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Đề xuất hành động phòng ngừa",
            "Trưởng phòng",
            "03 ngày",
            &format!("BM-01/{qt}"),
        ],
        [
            "3",
            "Phê duyệt, thực hiện hành động phòng ngừa",
            "Lãnh đạo; các phòng",
            "Theo thời hạn",
            "Phiếu yêu cầu hành động phòng ngừa",
        ],
        [
            "4",
            "Xem xét hiệu lực của hành động phòng ngừa",
            "Thư ký ISO",
            "Sau thời hạn",
            "Sổ theo dõi",
        ],
    ]));
    Body {
        purpose: "Quy định cách thức xác định và thực hiện hành động phòng ngừa nhằm loại bỏ nguyên nhân của sự không phù hợp tiềm ẩn.".into(),
        scope: "Áp dụng cho các sự không phù hợp tiềm ẩn trong hệ thống quản lý chất lượng của cơ quan.".into(),
        refs: vec![std_ref(edition)],
        defs: vec!["Hành động phòng ngừa: hành động được tiến hành để loại bỏ nguyên nhân của sự không phù hợp tiềm ẩn".into()],
        content,
        forms: vec![form(format!("BM-01/{qt}"), "Phiếu yêu cầu hành động phòng ngừa")],
        records: Some(vec![rec("Phiếu yêu cầu hành động phòng ngừa", "Thư ký ISO", "03 năm")]),
        records_without_retention: false,
    }
}

/// 2008 8.5.2 + 8.5.3 in one "thủ tục" (commune sets).
pub fn corrective_and_preventive(edition: &str, qt: &str) -> Body {
    let mut b = corrective_action(edition, qt, 0);
    b.purpose = "Quy định cách thức thực hiện hành động khắc phục đối với sự không phù hợp đã xảy ra và hành động phòng ngừa đối với sự không phù hợp tiềm ẩn.".into();
    b.content.push(Block::P(p("5.3. Hành động phòng ngừa: khi phát hiện sự không phù hợp tiềm ẩn, bộ phận liên quan lập Phiếu yêu cầu hành động phòng ngừa và thực hiện như đối với hành động khắc phục.")));
    b.forms.push(form(
        format!("BM-03/{qt}"),
        "Phiếu yêu cầu hành động phòng ngừa",
    ));
    b
}

/// 2015 6.1.
pub fn risk_opportunity(qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Căn cứ bối cảnh của cơ quan (các vấn đề bên trong và bên ngoài) và nhu cầu, mong đợi của các bên quan tâm, các bộ phận nhận diện rủi ro và cơ hội đối với từng quá trình.",
        "5.2. Đánh giá mức độ rủi ro = Khả năng xảy ra × Mức độ ảnh hưởng (thang điểm 1-3); rủi ro có mức từ 6 trở lên phải có kế hoạch xử lý.",
        "5.3. Hành động giải quyết rủi ro và cơ hội phải tương xứng với tác động tiềm ẩn đến sự phù hợp của kết quả giải quyết thủ tục hành chính.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Nhận diện rủi ro và cơ hội của từng quá trình",
            "Các bộ phận",
            "Tháng 01 hằng năm",
            &format!("BM.{qt}.01"),
        ],
        [
            "2",
            "Phân tích, đánh giá mức độ rủi ro",
            "Các bộ phận; Thư ký ISO",
            "05 ngày",
            &format!("BM.{qt}.01"),
        ],
        [
            "3",
            "Lập kế hoạch hành động xử lý rủi ro, tận dụng cơ hội",
            "Các bộ phận",
            "05 ngày",
            &format!("BM.{qt}.02"),
        ],
        [
            "4",
            "Phê duyệt Sổ theo dõi rủi ro và cơ hội",
            "Chủ tịch UBND / Thủ trưởng",
            "02 ngày",
            "Sổ theo dõi rủi ro và cơ hội",
        ],
        [
            "5",
            "Theo dõi, đánh giá hiệu lực của hành động; cập nhật khi có thay đổi",
            "Thư ký ISO",
            "06 tháng/lần",
            &format!("BM.{qt}.02"),
        ],
    ]));
    Body {
        purpose: "Quy định cách thức xác định, đánh giá và giải quyết rủi ro và cơ hội nhằm bảo đảm hệ thống quản lý chất lượng đạt được kết quả dự kiến.".into(),
        scope: "Áp dụng cho tất cả các quá trình thuộc phạm vi hệ thống quản lý chất lượng.".into(),
        refs: vec![std_ref("2015"), "TCVN ISO 31000:2018 Quản lý rủi ro - Hướng dẫn".into()],
        defs: vec!["Rủi ro: tác động của sự không chắc chắn".into(), "Cơ hội: tình huống thuận lợi có thể dẫn đến kết quả tốt hơn".into()],
        content,
        forms: vec![
            form(format!("BM.{qt}.01"), "Phiếu nhận diện và đánh giá rủi ro, cơ hội"),
            form(format!("BM.{qt}.02"), "Sổ theo dõi rủi ro và cơ hội"),
        ],
        records: Some(vec![
            rec("Phiếu nhận diện và đánh giá rủi ro, cơ hội", "Các bộ phận", "03 năm"),
            rec("Sổ theo dõi rủi ro và cơ hội", "Thư ký ISO", "05 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2015 8.7 + 10.2.
pub fn nonconformity_corrective(qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Đầu ra không phù hợp: kết quả giải quyết thủ tục hành chính sai sót, trễ hẹn; được nhận biết, kiểm soát để ngăn ngừa việc chuyển giao ngoài dự kiến.",
        "5.2. Khi sự không phù hợp xảy ra, kể cả phát sinh từ khiếu nại, cơ quan hành động để kiểm soát và khắc phục, xác định nguyên nhân và cập nhật rủi ro và cơ hội khi cần.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Nhận biết đầu ra không phù hợp, ghi nhận vào sổ theo dõi",
            "Công chức phát hiện",
            "Ngay khi phát hiện",
            &format!("BM.{qt}.01"),
        ],
        [
            "2",
            "Xử lý đầu ra không phù hợp (khắc phục, thông báo cho tổ chức, công dân)",
            "Lãnh đạo bộ phận",
            "01 ngày",
            &format!("BM.{qt}.01"),
        ],
        [
            "3",
            "Phân tích nguyên nhân, đề xuất hành động khắc phục",
            "Bộ phận liên quan",
            "03 ngày",
            &format!("BM.{qt}.02"),
        ],
        [
            "4",
            "Thực hiện hành động khắc phục, cập nhật rủi ro và cơ hội",
            "Bộ phận liên quan",
            "Theo thời hạn",
            &format!("BM.{qt}.02"),
        ],
        [
            "5",
            "Xem xét hiệu lực của hành động khắc phục",
            "Thư ký ISO",
            "Sau thời hạn",
            &format!("BM.{qt}.02"),
        ],
    ]));
    Body {
        purpose: "Quy định cách thức kiểm soát đầu ra không phù hợp và thực hiện hành động khắc phục nhằm loại bỏ nguyên nhân của sự không phù hợp.".into(),
        scope: "Áp dụng đối với các đầu ra không phù hợp và các sự không phù hợp của hệ thống quản lý chất lượng.".into(),
        refs: vec![std_ref("2015")],
        defs: vec!["Đầu ra: kết quả của một quá trình".into()],
        content,
        forms: vec![
            form(format!("BM.{qt}.01"), "Sổ theo dõi đầu ra không phù hợp"),
            form(format!("BM.{qt}.02"), "Phiếu yêu cầu hành động khắc phục"),
        ],
        records: Some(vec![
            rec("Sổ theo dõi đầu ra không phù hợp", "Các bộ phận", "03 năm"),
            rec("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 5.6 / 2015 9.3.
pub fn management_review(edition: &str, qt: &str) -> Body {
    let inputs: &[&str] = if edition == "2015" {
        &[
            "a) Tình trạng của các hành động từ các cuộc xem xét trước;",
            "b) Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến hệ thống quản lý chất lượng;",
            "c) Sự thỏa mãn của tổ chức, công dân; mức độ đạt mục tiêu chất lượng; kết quả đánh giá nội bộ; sự không phù hợp và hành động khắc phục;",
            "d) Kết quả thực hiện của nhà cung cấp bên ngoài; sự thỏa đáng của nguồn lực;",
            "e) Hiệu lực của các hành động giải quyết rủi ro và cơ hội; các cơ hội cải tiến.",
        ]
    } else {
        &[
            "a) Kết quả của các cuộc đánh giá;",
            "b) Phản hồi của tổ chức, công dân;",
            "c) Việc thực hiện các quá trình và sự phù hợp của sản phẩm;",
            "d) Tình trạng của các hành động khắc phục và phòng ngừa;",
            "e) Các hành động tiếp theo từ các cuộc xem xét lần trước; những thay đổi có thể ảnh hưởng đến hệ thống; các khuyến nghị về cải tiến.",
        ]
    };
    let mut content = paras(&[
        "5.1. Lãnh đạo cơ quan xem xét hệ thống quản lý chất lượng ít nhất 01 lần/năm để bảo đảm hệ thống luôn phù hợp, thỏa đáng và có hiệu lực.",
        "5.2. Đầu vào của việc xem xét gồm:",
    ]);
    content.extend(paras(inputs));
    content.push(steps(&[
        [
            "1",
            "Lập kế hoạch họp xem xét của lãnh đạo",
            "Thư ký ISO",
            "Trước 10 ngày",
            &format!("BM-01/{qt}"),
        ],
        [
            "2",
            "Chuẩn bị báo cáo đầu vào",
            "Các phòng",
            "05 ngày",
            "Báo cáo",
        ],
        [
            "3",
            "Tổ chức họp xem xét của lãnh đạo",
            "Lãnh đạo cơ quan",
            "01 ngày",
            &format!("BM-02/{qt}"),
        ],
        [
            "4",
            "Theo dõi thực hiện các quyết định sau cuộc họp",
            "Thư ký ISO",
            "Theo thời hạn",
            "Báo cáo",
        ],
    ]));
    Body {
        purpose: "Quy định cách thức tiến hành xem xét của lãnh đạo đối với hệ thống quản lý chất lượng theo định kỳ.".into(),
        scope: "Áp dụng cho các cuộc họp xem xét của lãnh đạo về hệ thống quản lý chất lượng.".into(),
        refs: vec![std_ref(edition)],
        defs: vec!["HTQLCL: Hệ thống quản lý chất lượng".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Kế hoạch họp xem xét của lãnh đạo"),
            form(format!("BM-02/{qt}"), "Biên bản họp xem xét của lãnh đạo"),
        ],
        records: Some(vec![
            rec("Kế hoạch họp xem xét của lãnh đạo", "Thư ký ISO", "03 năm"),
            rec("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "05 năm"),
        ]),
        records_without_retention: false,
    }
}

/// 2008 8.2.1 / 2015 9.1.2.
pub fn customer_satisfaction(edition: &str, qt: &str) -> Body {
    let mut content = paras(&[
        "5.1. Cơ quan theo dõi sự hài lòng của tổ chức, công dân đối với việc giải quyết thủ tục hành chính ít nhất 01 lần/năm.",
        "5.2. Phương pháp: phát phiếu khảo sát tại Bộ phận Một cửa, khảo sát trực tuyến, hộp thư góp ý.",
    ]);
    content.push(steps(&[
        [
            "1",
            "Lập kế hoạch khảo sát sự hài lòng",
            "Thư ký ISO",
            "Quý II",
            "Kế hoạch",
        ],
        [
            "2",
            "Phát và thu Phiếu khảo sát ý kiến",
            "Bộ phận Một cửa",
            "30 ngày",
            &format!("BM-01/{qt}"),
        ],
        [
            "3",
            "Tổng hợp, phân tích kết quả khảo sát",
            "Thư ký ISO",
            "05 ngày",
            &format!("BM-02/{qt}"),
        ],
        [
            "4",
            "Báo cáo lãnh đạo, đề xuất cải tiến",
            "Thư ký ISO",
            "02 ngày",
            "Báo cáo kết quả",
        ],
    ]));
    Body {
        purpose: "Quy định cách thức thu thập, theo dõi và đánh giá sự hài lòng của tổ chức, công dân đối với kết quả giải quyết thủ tục hành chính.".into(),
        scope: "Áp dụng cho việc đo lường sự hài lòng của tổ chức, công dân đến giao dịch tại cơ quan.".into(),
        refs: vec![std_ref(edition)],
        defs: vec!["Khách hàng: tổ chức, công dân có yêu cầu giải quyết thủ tục hành chính".into()],
        content,
        forms: vec![
            form(format!("BM-01/{qt}"), "Phiếu khảo sát ý kiến sự hài lòng của tổ chức, công dân"),
            form(format!("BM-02/{qt}"), "Báo cáo kết quả khảo sát"),
        ],
        records: Some(vec![
            rec("Phiếu khảo sát đã thu", "Thư ký ISO", "01 năm"),
            rec("Báo cáo kết quả khảo sát", "Thư ký ISO", "05 năm"),
        ]),
        records_without_retention: false,
    }
}

/// Supporting internal processes.
#[derive(Debug, Clone, Copy)]
pub enum Internal {
    VanThu,
    ThiDua,
    DuToan,
    ThanhTra,
}

impl Internal {
    pub fn title(self) -> &'static str {
        match self {
            Internal::VanThu => "Quản lý công tác văn thư",
            Internal::ThiDua => "Xét thi đua khen thưởng hằng năm",
            Internal::DuToan => "Xây dựng dự toán thu, chi ngân sách",
            Internal::ThanhTra => "Tiến hành một cuộc thanh tra",
        }
    }
}

pub fn internal(kind: Internal, edition: &str) -> Body {
    let (purpose, law, rows): (&str, &str, Vec<[&str; 5]>) = match kind {
        Internal::VanThu => (
            "Quy định thống nhất việc tiếp nhận, đăng ký, trình, chuyển giao văn bản đến và soạn thảo, ban hành, phát hành văn bản đi.",
            "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
            vec![
                [
                    "1",
                    "Tiếp nhận, đăng ký văn bản đến",
                    "Văn thư",
                    "Trong ngày",
                    "Sổ đăng ký văn bản đến",
                ],
                [
                    "2",
                    "Trình lãnh đạo cho ý kiến phân phối",
                    "Văn thư",
                    "Trong ngày",
                    "Phiếu xử lý",
                ],
                [
                    "3",
                    "Chuyển giao văn bản đến phòng xử lý",
                    "Văn thư",
                    "01 ngày",
                    "Sổ chuyển giao",
                ],
                [
                    "4",
                    "Phát hành văn bản đi, lưu văn bản",
                    "Văn thư",
                    "Trong ngày",
                    "Sổ đăng ký văn bản đi",
                ],
            ],
        ),
        Internal::ThiDua => (
            "Quy định trình tự xét, đề nghị khen thưởng danh hiệu thi đua và hình thức khen thưởng hằng năm.",
            "Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP",
            vec![
                [
                    "1",
                    "Hướng dẫn đăng ký thi đua đầu năm",
                    "Văn phòng",
                    "Tháng 01",
                    "Bản đăng ký",
                ],
                [
                    "2",
                    "Các phòng bình xét, đề nghị",
                    "Các phòng",
                    "Tháng 11",
                    "Biên bản bình xét",
                ],
                [
                    "3",
                    "Hội đồng thi đua khen thưởng họp xét",
                    "Hội đồng TĐKT",
                    "Tháng 12",
                    "Biên bản họp Hội đồng",
                ],
                [
                    "4",
                    "Quyết định khen thưởng hoặc trình cấp trên",
                    "Thủ trưởng",
                    "05 ngày",
                    "Quyết định",
                ],
            ],
        ),
        Internal::DuToan => (
            "Quy định trình tự xây dựng dự toán thu, chi ngân sách nhà nước hằng năm của cơ quan.",
            "Luật Ngân sách nhà nước năm 2015; Nghị định số 163/2016/NĐ-CP",
            vec![
                [
                    "1",
                    "Hướng dẫn xây dựng dự toán",
                    "Phòng Kế hoạch - Tài chính",
                    "Tháng 6",
                    "Văn bản hướng dẫn",
                ],
                [
                    "2",
                    "Các phòng lập nhu cầu kinh phí",
                    "Các phòng",
                    "10 ngày",
                    "Bảng nhu cầu",
                ],
                [
                    "3",
                    "Tổng hợp, lập dự toán",
                    "Phòng Kế hoạch - Tài chính",
                    "10 ngày",
                    "Dự toán",
                ],
                [
                    "4",
                    "Trình lãnh đạo duyệt, gửi Sở Tài chính",
                    "Trưởng phòng KHTC",
                    "05 ngày",
                    "Công văn trình",
                ],
            ],
        ),
        Internal::ThanhTra => (
            "Quy định trình tự tiến hành một cuộc thanh tra hành chính, thanh tra chuyên ngành.",
            "Luật Thanh tra năm 2022; Nghị định số 43/2023/NĐ-CP",
            vec![
                [
                    "1",
                    "Ban hành quyết định thanh tra",
                    "Chánh Thanh tra",
                    "05 ngày",
                    "Quyết định thanh tra",
                ],
                [
                    "2",
                    "Công bố quyết định, tiến hành thanh tra",
                    "Đoàn thanh tra",
                    "Theo quyết định",
                    "Biên bản",
                ],
                [
                    "3",
                    "Báo cáo kết quả thanh tra",
                    "Trưởng đoàn",
                    "15 ngày",
                    "Báo cáo",
                ],
                [
                    "4",
                    "Ban hành kết luận thanh tra",
                    "Thủ trưởng",
                    "15 ngày",
                    "Kết luận thanh tra",
                ],
            ],
        ),
    };
    Body {
        purpose: purpose.into(),
        scope: "Áp dụng trong nội bộ cơ quan.".into(),
        refs: vec![std_ref(edition), law.into()],
        defs: vec![],
        content: vec![steps(&rows)],
        forms: vec![],
        records: Some(vec![rec("Hồ sơ công việc", "Phòng chủ trì", "05 năm")]),
        records_without_retention: false,
    }
}

/// One published administrative procedure.
#[derive(Debug, Clone, Copy)]
pub struct Tthc {
    pub name: &'static str,
    pub field: &'static str,
    pub laws: &'static [&'static str],
    pub dossier: &'static [&'static str],
    pub days: &'static str,
    pub fee: &'static str,
    pub result: &'static str,
}

/// A TTHC procedure body; `keep` picks records retention wording, `records` false drops section 7.
pub fn tthc(t: &Tthc, edition: &str, unit: &str, records: bool, legal_first: bool) -> Body {
    let mut content = Vec::new();
    let mut legal = vec![Block::P(p("5.1. Cơ sở pháp lý").b())];
    for law in t.laws {
        legal.push(Block::P(p(format!("- {law}"))));
    }
    if legal_first {
        content.extend(legal.clone());
    }
    content.push(Block::P(p("5.2. Thành phần hồ sơ").b()));
    for (i, d) in t.dossier.iter().enumerate() {
        content.push(Block::P(p(format!("{}. {d}", i + 1))));
    }
    content.push(Block::P(p("5.3. Số lượng hồ sơ: 01 (bộ)")));
    content.push(Block::P(p(format!("5.4. Thời hạn giải quyết: {}", t.days))));
    content.push(Block::P(p(format!(
        "5.5. Nơi tiếp nhận và trả kết quả: Bộ phận tiếp nhận và trả kết quả ({unit})"
    ))));
    content.push(Block::P(p(format!("5.6. Lệ phí: {}", t.fee))));
    if !legal_first {
        content.extend(legal);
    }
    content.push(Block::P(p("5.7. Quy trình xử lý công việc").b()));
    content.push(steps(&[
        [
            "B1",
            "Tiếp nhận, kiểm tra hồ sơ; hướng dẫn bổ sung nếu chưa đầy đủ",
            "Bộ phận một cửa",
            "0,5 ngày",
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        ],
        [
            "B2",
            "Chuyển hồ sơ cho bộ phận chuyên môn",
            "Bộ phận một cửa",
            "0,5 ngày",
            "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        ],
        [
            "B3",
            "Thẩm định hồ sơ, dự thảo kết quả",
            "Công chức chuyên môn",
            "Theo thời hạn",
            "Dự thảo kết quả",
        ],
        [
            "B4",
            "Xem xét, ký duyệt kết quả",
            "Lãnh đạo",
            "01 ngày",
            t.result,
        ],
        [
            "B5",
            "Trả kết quả cho tổ chức, công dân; thu lệ phí",
            "Bộ phận một cửa",
            "Theo giấy hẹn",
            "Sổ theo dõi hồ sơ",
        ],
    ]));
    Body {
        purpose: format!(
            "Quy định trình tự, thủ tục giải quyết thủ tục \"{}\" bảo đảm đúng quy định, đúng thời hạn.",
            t.name
        ),
        scope: format!(
            "Áp dụng đối với tổ chức, cá nhân có yêu cầu và các công chức thuộc {unit} tham gia giải quyết."
        ),
        refs: vec![
            std_ref(edition),
            "Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ".into(),
        ],
        defs: vec!["TTHC: Thủ tục hành chính; CBCC: Cán bộ, công chức".into()],
        content,
        forms: vec![],
        records: if records {
            Some(vec![
                [
                    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả".to_string(),
                    "Bộ phận một cửa".to_string(),
                    "01 năm".to_string(),
                ],
                [
                    "Hồ sơ đề nghị và kết quả giải quyết".to_string(),
                    unit.to_string(),
                    "05 năm".to_string(),
                ],
                [
                    "Sổ theo dõi hồ sơ".to_string(),
                    "Bộ phận một cửa".to_string(),
                    "Vĩnh viễn".to_string(),
                ],
            ])
        } else {
            None
        },
        records_without_retention: false,
    }
}
