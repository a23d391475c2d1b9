//! System-level documents and records: policy, objectives (with or without plans), manual or
//! "Mô hình", context analysis, risk register, audit/review/survey records and empty forms.

use crate::layout::{House, Meta, record, simple};
use crate::model::{Block, Doc, p, row, table};

fn b(text: &str) -> Block {
    Block::P(p(text))
}

pub fn policy(h: &House, m: &Meta, edition: &str, head: &str) -> Doc {
    let blocks = vec![
        b(&format!(
            "{head} cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:{edition} trong hoạt động giải quyết thủ tục hành chính, với phương châm:"
        )),
        Block::P(
            p("\"CÔNG KHAI - MINH BẠCH - ĐÚNG HẸN - HIỆU QUẢ\"")
                .b()
                .center(),
        ),
        b(
            "- Giải quyết thủ tục hành chính cho tổ chức, công dân nhanh chóng, chính xác, đúng quy định của pháp luật;",
        ),
        b("- Không ngừng nâng cao năng lực, trách nhiệm và thái độ phục vụ của cán bộ, công chức;"),
        b(
            "- Lãnh đạo cam kết cung cấp đủ nguồn lực và phổ biến chính sách chất lượng đến toàn thể cán bộ, công chức.",
        ),
    ];
    simple(h, m, blocks, false)
}

/// Objectives for `year`; `plans` adds the 2015 plan table (what, resources, who, when, how evaluated).
pub fn objectives(h: &House, m: &Meta, edition: &str, year: &str, plans: bool) -> Doc {
    let mut blocks = vec![
        b(&format!(
            "Căn cứ chính sách chất lượng và yêu cầu của tiêu chuẩn TCVN ISO 9001:{edition}, lãnh đạo cơ quan ban hành mục tiêu chất lượng năm {year} như sau:"
        )),
        b(
            "1. 100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết đúng hạn, trong đó tối thiểu 40% hồ sơ giải quyết trước hạn.",
        ),
        b(
            "2. Tỷ lệ tổ chức, công dân hài lòng về việc giải quyết thủ tục hành chính đạt từ 95% trở lên.",
        ),
        b("3. Không có hồ sơ phải giải quyết lại do lỗi của công chức."),
        b("4. 100% cán bộ, công chức được phổ biến về hệ thống quản lý chất lượng."),
    ];
    if plans {
        blocks.push(Block::P(
            p(format!("KẾ HOẠCH THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG NĂM {year}"))
                .b()
                .center(),
        ));
        blocks.push(table(&[
            row(&[
                "Mục tiêu",
                "Công việc cần thực hiện",
                "Nguồn lực",
                "Người thực hiện",
                "Thời gian hoàn thành",
                "Cách thức đánh giá kết quả",
            ]),
            row(&[
                "1",
                "Theo dõi tiến độ hồ sơ trên phần mềm một cửa điện tử; nhắc hồ sơ sắp đến hạn",
                "Phần mềm một cửa, 02 công chức",
                "Bộ phận một cửa",
                "Hằng tháng",
                "Báo cáo tỷ lệ hồ sơ đúng hạn hằng quý",
            ]),
            row(&[
                "2",
                "Khảo sát sự hài lòng của tổ chức, công dân",
                "Phiếu khảo sát, kinh phí 5 triệu đồng",
                "Thư ký ISO",
                "Tháng 10",
                "Báo cáo kết quả khảo sát",
            ]),
            row(&[
                "3",
                "Rà soát hồ sơ trước khi trình ký",
                "Lãnh đạo các bộ phận",
                "Trưởng bộ phận",
                "Thường xuyên",
                "Sổ theo dõi đầu ra không phù hợp",
            ]),
            row(&[
                "4",
                "Tổ chức tập huấn về hệ thống quản lý chất lượng",
                "Đơn vị tư vấn",
                "Văn phòng",
                "Quý II",
                "Danh sách tham dự",
            ]),
        ]));
    }
    simple(h, m, blocks, false)
}

/// A quality manual (2008) or a "Mô hình hệ thống quản lý chất lượng" (2015).
pub fn manual(h: &House, m: &Meta, edition: &str, qmr: bool) -> Doc {
    let mut blocks = vec![
        Block::P(p("1. GIỚI THIỆU VỀ CƠ QUAN").b()),
        b(
            "Cơ quan là cơ quan chuyên môn thực hiện chức năng tham mưu, giúp Ủy ban nhân dân quản lý nhà nước và giải quyết các thủ tục hành chính theo thẩm quyền.",
        ),
        Block::P(p("2. PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG").b()),
        b(
            "Hệ thống quản lý chất lượng được áp dụng đối với toàn bộ hoạt động giải quyết thủ tục hành chính thuộc thẩm quyền đã được Ủy ban nhân dân tỉnh công bố và các hoạt động quản lý nội bộ.",
        ),
        b(if edition == "2015" {
            "Điều khoản 8.3 (Thiết kế và phát triển) không áp dụng do các thủ tục hành chính đã được pháp luật quy định."
        } else {
            "Loại trừ: Điều khoản 7.3 (Thiết kế và phát triển) do các thủ tục hành chính đã được pháp luật quy định."
        }),
        Block::P(p("3. SƠ ĐỒ CÁC QUÁ TRÌNH").b()),
        table(&[
            row(&["Quá trình", "Đầu vào", "Đầu ra", "Trách nhiệm"]),
            row(&[
                "Tiếp nhận hồ sơ TTHC",
                "Hồ sơ của tổ chức, công dân",
                "Giấy tiếp nhận",
                "Bộ phận một cửa",
            ]),
            row(&[
                "Giải quyết hồ sơ",
                "Hồ sơ hợp lệ",
                "Kết quả giải quyết",
                "Phòng chuyên môn",
            ]),
            row(&[
                "Đo lường, phân tích, cải tiến",
                "Dữ liệu, phản hồi",
                "Báo cáo, hành động khắc phục",
                "Thư ký ISO",
            ]),
        ]),
        b(&format!(
            "Hệ thống quản lý chất lượng được xây dựng theo tiêu chuẩn TCVN ISO 9001:{edition}."
        )),
    ];
    if qmr {
        blocks.push(Block::P(p("4. ĐẠI DIỆN LÃNH ĐẠO").b()));
        blocks.push(b("Giám đốc Sở bổ nhiệm một Phó Giám đốc làm Đại diện lãnh đạo về chất lượng, có trách nhiệm bảo đảm các quá trình cần thiết của hệ thống được thiết lập, thực hiện và duy trì, báo cáo Giám đốc về kết quả hoạt động của hệ thống."));
    } else {
        blocks.push(Block::P(p("4. VAI TRÒ, TRÁCH NHIỆM VÀ QUYỀN HẠN").b()));
        blocks.push(b("Chủ tịch UBND phân công trách nhiệm và quyền hạn cho các vị trí liên quan; Ban chỉ đạo ISO và Thư ký ISO bảo đảm hệ thống quản lý chất lượng phù hợp với các yêu cầu của tiêu chuẩn."));
    }
    simple(h, m, blocks, true)
}

pub fn context(h: &House, m: &Meta) -> Doc {
    let blocks = vec![
        Block::P(p("I. CÁC VẤN ĐỀ BÊN NGOÀI VÀ NỘI BỘ (BỐI CẢNH CỦA CƠ QUAN)").b()),
        table(&[
            row(&["Nhóm vấn đề", "Vấn đề", "Ảnh hưởng đến HTQLCL"]),
            row(&[
                "Bối cảnh bên ngoài - Pháp luật",
                "Văn bản quy phạm pháp luật về TTHC thay đổi thường xuyên",
                "Quy trình phải cập nhật kịp thời",
            ]),
            row(&[
                "Bối cảnh bên ngoài - Công nghệ",
                "Yêu cầu dịch vụ công trực tuyến toàn trình",
                "Cần hạ tầng CNTT và kỹ năng số",
            ]),
            row(&[
                "Bối cảnh bên ngoài - Xã hội",
                "Sắp xếp đơn vị hành chính, chính quyền hai cấp từ 01/7/2025",
                "Khối lượng hồ sơ tăng",
            ]),
            row(&[
                "Bối cảnh bên trong - Nhân lực",
                "Công chức kiêm nhiệm nhiều lĩnh vực",
                "Nguy cơ trễ hẹn",
            ]),
            row(&[
                "Bối cảnh bên trong - Cơ sở vật chất",
                "Bộ phận một cửa đã được đầu tư trang thiết bị",
                "Thuận lợi",
            ]),
        ]),
        Block::P(p("II. CÁC BÊN QUAN TÂM VÀ YÊU CẦU CỦA HỌ").b()),
        table(&[
            row(&["Bên quan tâm", "Nhu cầu và mong đợi", "Cách thức theo dõi"]),
            row(&[
                "Tổ chức, công dân",
                "Giải quyết đúng hẹn, thủ tục đơn giản, thái độ phục vụ tốt",
                "Khảo sát sự hài lòng",
            ]),
            row(&[
                "UBND cấp trên",
                "Thực hiện đúng quy định, báo cáo kịp thời",
                "Kiểm tra cải cách hành chính",
            ]),
            row(&[
                "Cán bộ, công chức",
                "Môi trường làm việc, chế độ đãi ngộ",
                "Họp cơ quan",
            ]),
            row(&[
                "Sở Khoa học và Công nghệ",
                "Duy trì HTQLCL theo TCVN ISO 9001:2015",
                "Kiểm tra hằng năm",
            ]),
        ]),
    ];
    simple(h, m, blocks, true)
}

pub fn register(h: &House, m: &Meta, year: &str) -> Doc {
    let blocks = vec![
        b(&format!("Năm {year}")),
        table(&[
            row(&[
                "TT",
                "Quá trình",
                "Rủi ro/Cơ hội",
                "Khả năng xảy ra",
                "Mức độ ảnh hưởng",
                "Mức rủi ro",
                "Biện pháp xử lý",
                "Trách nhiệm",
                "Thời hạn",
            ]),
            row(&[
                "1",
                "Tiếp nhận hồ sơ",
                "Rủi ro: tiếp nhận hồ sơ thiếu thành phần",
                "2",
                "3",
                "6",
                "Dùng phiếu kiểm tra thành phần hồ sơ",
                "Bộ phận một cửa",
                "Thường xuyên",
            ]),
            row(&[
                "2",
                "Giải quyết hồ sơ",
                "Rủi ro: trễ hẹn do công chức nghỉ phép",
                "2",
                "3",
                "6",
                "Phân công người thay thế",
                "Lãnh đạo bộ phận",
                "Thường xuyên",
            ]),
            row(&[
                "3",
                "Giải quyết hồ sơ",
                "Cơ hội: tiếp nhận trực tuyến toàn trình",
                "3",
                "2",
                "6",
                "Hướng dẫn công dân nộp trực tuyến",
                "Bộ phận một cửa",
                "Quý II",
            ]),
            row(&[
                "4",
                "Lưu trữ hồ sơ",
                "Rủi ro: thất lạc hồ sơ giấy",
                "1",
                "3",
                "3",
                "Số hóa kết quả giải quyết",
                "Văn thư",
                "Quý III",
            ]),
        ]),
    ];
    simple(h, m, blocks, false)
}

/// Audit plan (`report` false) or audit report (`report` true) for `year`.
pub fn audit_record(
    h: &House,
    form: Option<&str>,
    year: &str,
    report: bool,
    date: &str,
    edition: &str,
) -> Doc {
    let title = if report {
        format!("BÁO CÁO ĐÁNH GIÁ NỘI BỘ NĂM {year}")
    } else {
        format!("KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ NĂM {year}")
    };
    let mut blocks = vec![b(&format!("Ngày lập: {date}"))];
    if report {
        blocks.extend([
            b("1. Phạm vi đánh giá: toàn bộ hệ thống quản lý chất lượng, các bộ phận và quy trình giải quyết thủ tục hành chính."),
            b(&format!("2. Chuẩn mực đánh giá: TCVN ISO 9001:{edition}; các quy trình của hệ thống; văn bản pháp luật liên quan.")),
            b("3. Kết quả: phát hiện 02 điểm không phù hợp nhẹ và 03 khuyến nghị cải tiến."),
            table(&[
                row(&["TT", "Bộ phận", "Mô tả sự không phù hợp", "Điều khoản", "Phiếu HĐKP"]),
                row(&["1", "Bộ phận một cửa", "Sổ theo dõi hồ sơ chưa ghi ngày trả kết quả", "", &format!("01/{year}")]),
                row(&["2", "Văn phòng", "Danh mục hồ sơ chưa cập nhật thời gian lưu", "", &format!("02/{year}")]),
            ]),
        ]);
    } else {
        blocks.extend([
            b(&format!("Mục đích: xác định hệ thống quản lý chất lượng phù hợp với TCVN ISO 9001:{edition} và được áp dụng có hiệu lực.")),
            table(&[
                row(&["Thời gian", "Bộ phận được đánh giá", "Điều khoản/Quá trình", "Chuyên gia đánh giá"]),
                row(&["08h00 ngày 15/5", "Lãnh đạo, Thư ký ISO", "Lãnh đạo, mục tiêu, xem xét", "Trưởng đoàn"]),
                row(&["14h00 ngày 15/5", "Bộ phận một cửa", "Tiếp nhận, trả kết quả", "Chuyên gia 1"]),
                row(&["08h00 ngày 16/5", "Các bộ phận chuyên môn", "Giải quyết hồ sơ, hồ sơ lưu", "Chuyên gia 2"]),
            ]),
        ]);
    }
    record(h, form, &title, blocks)
}

pub fn review_minutes(h: &House, form: Option<&str>, year: &str, date: &str, edition: &str) -> Doc {
    let blocks = vec![
        b(&format!(
            "Hôm nay, ngày {date}, lãnh đạo cơ quan tổ chức họp xem xét của lãnh đạo về hệ thống quản lý chất lượng theo TCVN ISO 9001:{edition}."
        )),
        b("Thành phần: Lãnh đạo cơ quan, Ban chỉ đạo ISO, Thư ký ISO, lãnh đạo các bộ phận."),
        b(
            "Nội dung: xem xét kết quả đánh giá nội bộ, mức độ đạt mục tiêu chất lượng, sự hài lòng của tổ chức, công dân, tình trạng hành động khắc phục, nhu cầu nguồn lực và các cơ hội cải tiến.",
        ),
        b(
            "Kết luận: hệ thống quản lý chất lượng phù hợp và có hiệu lực; giao Thư ký ISO cập nhật các quy trình có thay đổi về văn bản pháp luật.",
        ),
        b("Cuộc họp kết thúc lúc 11 giờ 00 cùng ngày."),
    ];
    record(
        h,
        form,
        &format!("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM {year}"),
        blocks,
    )
}

pub fn survey_results(h: &House, form: Option<&str>, year: &str) -> Doc {
    let blocks = vec![
        b(&format!(
            "Thực hiện kế hoạch đo lường sự hài lòng của tổ chức, công dân năm {year}, Thư ký ISO đã phát 200 phiếu khảo sát, thu về 186 phiếu hợp lệ."
        )),
        table(&[
            row(&["Tiêu chí", "Rất hài lòng", "Hài lòng", "Không hài lòng"]),
            row(&["Thời gian giải quyết", "112", "70", "4"]),
            row(&["Thái độ phục vụ của công chức", "130", "54", "2"]),
            row(&["Tiếp cận thông tin về TTHC", "98", "83", "5"]),
        ]),
        b(
            "Tỷ lệ hài lòng chung: 97,8%. Đề xuất: tăng cường niêm yết công khai TTHC tại Bộ phận một cửa.",
        ),
    ];
    record(
        h,
        form,
        &format!("BÁO CÁO KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA TỔ CHỨC, CÔNG DÂN NĂM {year}"),
        blocks,
    )
}

pub fn ca_request(h: &House, form: &str, number: &str) -> Doc {
    let blocks = vec![
        b(&format!("Số: {number}")),
        table(&[
            row(&["Nơi phát hiện", "Bộ phận một cửa"]),
            row(&[
                "Mô tả sự không phù hợp",
                "Sổ theo dõi hồ sơ chưa ghi ngày trả kết quả đối với 05 hồ sơ",
            ]),
            row(&["Nguyên nhân", "Công chức mới chưa được hướng dẫn"]),
            row(&[
                "Hành động khắc phục",
                "Hướng dẫn lại, bổ sung thông tin vào sổ",
            ]),
            row(&["Thời hạn hoàn thành", "30/6/2025"]),
            row(&["Kiểm tra hiệu lực", "Đã thực hiện, có hiệu lực"]),
        ]),
    ];
    record(h, Some(form), "PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", blocks)
}

/// A filled-in record that is none of the above (a dossier tracking book page).
pub fn tracking_book(h: &House, form: &str, year: &str) -> Doc {
    let blocks = vec![table(&[
        row(&[
            "STT",
            "Mã hồ sơ",
            "Tên TTHC",
            "Ngày nhận",
            "Ngày hẹn trả",
            "Ngày trả",
            "Ghi chú",
        ]),
        row(&[
            "1",
            &format!("{year}-0001"),
            "Đăng ký khai sinh",
            "06/01/2025",
            "06/01/2025",
            "06/01/2025",
            "",
        ]),
        row(&[
            "2",
            &format!("{year}-0002"),
            "Chứng thực bản sao từ bản chính",
            "06/01/2025",
            "06/01/2025",
            "06/01/2025",
            "",
        ]),
        row(&[
            "3",
            &format!("{year}-0003"),
            "Đăng ký kết hôn",
            "07/01/2025",
            "08/01/2025",
            "08/01/2025",
            "",
        ]),
    ])];
    record(
        h,
        Some(form),
        &format!("SỔ THEO DÕI HỒ SƠ NĂM {year}"),
        blocks,
    )
}

/// An empty form: a title and blank fields.
pub fn empty_form(h: &House, code: &str, title: &str, fields: &[&str]) -> Doc {
    let mut rows = vec![row(&["STT", "Nội dung", "Ghi chú"])];
    for (i, f) in fields.iter().enumerate() {
        rows.push(vec![
            (i + 1).to_string(),
            (*f).to_string(),
            "….……".to_string(),
        ]);
    }
    let blocks = vec![
        table(&rows),
        Block::P(p("…………, ngày …… tháng …… năm ……").right().i()),
        Block::P(p("NGƯỜI LẬP").b().right()),
    ];
    record(h, Some(code), title, blocks)
}
