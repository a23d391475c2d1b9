#!/usr/bin/env python3
"""Second blind campaign: writes tests/blind2/campaign/ and tests/blind2/expected.toml.

Three templates none of the rules was written from:
  * Sở Nội vụ (province, half converted): a one-row page-header table
    "TÊN CƠ QUAN | TÊN TÀI LIỆU | Mã số / Lần ban hành / Ngày" with line breaks inside the third
    cell; field-label synonyms (Ký hiệu tài liệu, Ngày có hiệu lực); dates like 15/3/2020.
  * UBND phường Thạch Linh (commune, fully converted to 2015): no table at all around the title;
    the title is two centred bold 16 pt paragraphs ("QUY TRÌNH" / "KIỂM SOÁT …"), the fields are
    plain paragraphs ("Số hiệu:", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020").
  * UBND huyện Cẩm Xuyên (district, still on 2008): a cover table with an empty logo cell, the
    document code only in the page FOOTER, "Ban hành ngày 15-03-2014" under the title.

Every document's labels are written next to its content, by hand, the way a consultant reads the
document: they are not produced by running the analysis. Standard library only; PDFs are made with
`soffice --headless --convert-to pdf` (the PDF-marked documents stay DOCX when it is missing, and
the labels follow the paths).

Usage: python3 tests/blind2/make.py
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape  # noqa: F401  (kept for content helpers)

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blindkit"))
from wordml import W_NS, inline, p, r, tbl, tc, toml_str, write_campaign, write_docx  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "campaign")
YEAR = 2025



# ------------------------------------------------------------------------------------------------
# WordprocessingML
# ------------------------------------------------------------------------------------------------

# ------------------------------------------------------------------------------------------------
# Content
# ------------------------------------------------------------------------------------------------

TOPIC = {
    "doc_info": ("Quy định thống nhất cách kiểm soát thông tin dạng văn bản: tài liệu nội bộ, tài liệu "
                 "bên ngoài và hồ sơ (soạn thảo, xem xét, phê duyệt, ban hành, sửa đổi, lưu giữ, bảo "
                 "vệ và hủy bỏ)."),
    "doc_control": ("Quy định cách thức soạn thảo, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi "
                    "và thu hồi tài liệu của hệ thống quản lý chất lượng."),
    "record_control": ("Quy định việc nhận biết, lập danh mục, bảo quản, bảo vệ, thời gian lưu giữ và "
                       "hủy bỏ hồ sơ chất lượng."),
    "risk": ("Quy định cách nhận diện rủi ro, phân tích và đánh giá mức độ rủi ro, lựa chọn biện "
             "pháp xử lý rủi ro và theo dõi hiệu lực của các biện pháp. Kết quả được ghi vào sổ "
             "theo dõi rủi ro."),
    "risk_opp": ("Quy định cách xác định rủi ro và cơ hội từ bối cảnh của tổ chức và các bên quan "
                 "tâm, đánh giá và hoạch định hành động giải quyết rủi ro và cơ hội."),
    "audit": ("Quy định việc lập chương trình đánh giá nội bộ, chuẩn bị, thực hiện đánh giá, báo cáo "
              "kết quả và theo dõi hành động khắc phục sau đánh giá."),
    "nc": ("Quy định việc nhận biết và kiểm soát sản phẩm không phù hợp (kết quả giải quyết công việc "
           "không đúng quy định) để ngăn ngừa việc chuyển giao cho tổ chức, công dân."),
    "ca": ("Quy định cách xác định nguyên nhân của sự không phù hợp và thực hiện hành động khắc phục "
           "để loại bỏ nguyên nhân, tránh tái diễn."),
    "nc_ca": ("Quy định việc kiểm soát sự không phù hợp, thực hiện khắc phục, xác định nguyên nhân và "
              "hành động khắc phục, xem xét hiệu lực, cập nhật rủi ro và cơ hội khi cần."),
    "pa": ("Quy định việc xác định sự không phù hợp tiềm ẩn và nguyên nhân của chúng, thực hiện hành "
           "động phòng ngừa để ngăn chặn sự xuất hiện."),
    "review": ("Quy định việc lãnh đạo xem xét định kỳ hệ thống quản lý chất lượng: đầu vào, tổ chức "
               "cuộc họp xem xét, đầu ra và theo dõi thực hiện các quyết định."),
    "satisfaction": ("Quy định việc khảo sát, đo lường mức độ hài lòng của người dân, tổ chức đối với "
                     "việc giải quyết thủ tục hành chính, tổng hợp và phân tích kết quả."),
}


def procedure_body(topic, edition, records, tthc=None):
    """records: 'numbered' (7. LƯU HỒ SƠ), 'named' (HỒ SƠ CẦN LƯU) or None."""
    out = [p("1. MỤC ĐÍCH", bold=True)]
    if tthc:
        out.append(p(f"Quy định trình tự, thời hạn giải quyết thủ tục {tthc[0]} thuộc lĩnh vực "
                     f"{tthc[1]}, bảo đảm đúng quy định và công khai, minh bạch."))
    else:
        out.append(p(TOPIC[topic]))
    out += [p("2. PHẠM VI ÁP DỤNG", bold=True),
            p("Áp dụng đối với các phòng, bộ phận và công chức có liên quan."),
            p("3. TÀI LIỆU VIỆN DẪN", bold=True),
            p(f"- Tiêu chuẩn TCVN ISO 9001:{edition};")]
    if tthc:
        out += [p("- Bộ thủ tục hành chính được công bố theo quyết định của Chủ tịch UBND tỉnh."),
                p("4. ĐỊNH NGHĨA / VIẾT TẮT", bold=True),
                p("TTHC: thủ tục hành chính; TN&TKQ: tiếp nhận và trả kết quả."),
                p("5. NỘI DUNG QUY TRÌNH", bold=True),
                p("5.1 Thành phần hồ sơ: đơn đề nghị theo mẫu; giấy tờ chứng minh theo quy định."),
                p("5.2 Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
                p("5.3 Nơi tiếp nhận: Bộ phận tiếp nhận và trả kết quả; lệ phí: theo quy định."),
                tbl([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
                     ["B1", "Tiếp nhận, kiểm tra hồ sơ, viết phiếu hẹn", "Công chức TN&TKQ", "0,5 ngày"],
                     ["B2", "Thẩm định hồ sơ, trình ký", "Chuyên viên", "7 ngày"],
                     ["B3", "Ký duyệt kết quả", "Lãnh đạo", "2 ngày"],
                     ["B4", "Trả kết quả cho tổ chức, công dân", "Công chức TN&TKQ", "0,5 ngày"]])]
    else:
        out += [p("4. ĐỊNH NGHĨA / VIẾT TẮT", bold=True),
                p("HTQLCL: hệ thống quản lý chất lượng; CB, CC: cán bộ, công chức."),
                p("5. NỘI DUNG", bold=True),
                p("5.1 Lưu đồ và diễn giải các bước thực hiện theo bảng dưới đây."),
                tbl([["Bước", "Nội dung", "Trách nhiệm"],
                     ["1", "Lập kế hoạch, chuẩn bị", "Thư ký ISO"],
                     ["2", "Thực hiện", "Các bộ phận"],
                     ["3", "Báo cáo, theo dõi kết quả", "Lãnh đạo phụ trách"]])]
    out += [p("6. BIỂU MẪU", bold=True),
            p("Các biểu mẫu kèm theo quy trình này.")]
    if records == "numbered":
        out += [p("7. LƯU HỒ SƠ", bold=True),
                tbl([["TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"],
                     ["1", "Hồ sơ thực hiện quy trình", "Bộ phận thực hiện", "03 năm"]])]
    elif records == "named":
        out += [p("HỒ SƠ CẦN LƯU", bold=True),
                p("Hồ sơ thực hiện quy trình được lưu tại bộ phận thực hiện trong thời gian 03 năm.")]
    return out


OBJ_ROWS = [["Mục tiêu", "Biện pháp", "Người thực hiện", "Thời gian", "Nguồn lực", "Phương pháp đánh giá"],
            ["100% hồ sơ TTHC giải quyết đúng hạn", "Theo dõi trên phần mềm một cửa",
             "Công chức TN&TKQ", "Hằng tháng", "Phần mềm, máy tính", "Báo cáo tỷ lệ đúng hạn"],
            ["Trên 90% người dân hài lòng", "Khảo sát ý kiến người dân", "Văn phòng",
             "Quý IV", "Kinh phí khảo sát", "Tổng hợp phiếu khảo sát"]]


def objectives_body(plan):
    out = [p("Lãnh đạo cam kết thực hiện các mục tiêu chất lượng năm 2025 như sau:")]
    if plan:
        out.append(tbl([row for row in OBJ_ROWS], [1500] * 6))
    else:
        out += [p("1. 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn."),
                p("2. Trên 90% người dân hài lòng với việc giải quyết thủ tục hành chính."),
                p("3. Không có khiếu nại về thái độ phục vụ của công chức.")]
    return out


def policy_body(edition):
    return [p("Lãnh đạo cam kết xây dựng, áp dụng và duy trì hệ thống quản lý chất lượng phù hợp tiêu "
              f"chuẩn TCVN ISO 9001:{edition}, phục vụ tổ chức, công dân ngày càng tốt hơn: "
              "Chuyên nghiệp - Minh bạch - Hiệu quả."),
            p("Chính sách chất lượng được phổ biến đến toàn thể cán bộ, công chức.")]


def manual_body(edition):
    out = [p("1. GIỚI THIỆU CHUNG", bold=True),
           p("Sổ tay mô tả hệ thống quản lý chất lượng của cơ quan theo tiêu chuẩn "
             f"TCVN ISO 9001:{edition}."),
           p("2. PHẠM VI ÁP DỤNG", bold=True),
           p("Hệ thống áp dụng cho việc giải quyết các thủ tục hành chính thuộc thẩm quyền.")]
    if edition == "2008":
        out += [p("3. ĐẠI DIỆN LÃNH ĐẠO", bold=True),
                p("Phó Chủ tịch được bổ nhiệm làm đại diện lãnh đạo về chất lượng."),
                p("4. NGOẠI LỆ", bold=True),
                p("Loại trừ điều khoản 7.3 Thiết kế và phát triển.")]
    else:
        out += [p("3. CÁC QUÁ TRÌNH VÀ MỐI TƯƠNG TÁC", bold=True),
                p("Sơ đồ các quá trình của hệ thống và mối tương tác giữa các quá trình."),
                p("4. YÊU CẦU KHÔNG ÁP DỤNG", bold=True),
                p("Yêu cầu 8.3 Thiết kế và phát triển không áp dụng.")]
    return out


def context_body():
    return [p("1. CÁC VẤN ĐỀ BÊN NGOÀI VÀ NỘI BỘ", bold=True),
            tbl([["Vấn đề", "Bên ngoài / nội bộ", "Ảnh hưởng"],
                 ["Chính sách cải cách hành chính", "Bên ngoài", "Thay đổi thủ tục"],
                 ["Năng lực công chức", "Nội bộ", "Chất lượng giải quyết"]]),
            p("2. CÁC BÊN QUAN TÂM VÀ YÊU CẦU", bold=True),
            tbl([["Bên quan tâm", "Nhu cầu, mong đợi"],
                 ["Người dân, tổ chức", "Giải quyết đúng hạn, minh bạch"],
                 ["UBND thị xã", "Thực hiện đúng quy định"]]),
            p("Áp dụng theo tiêu chuẩn TCVN ISO 9001:2015.")]


def record_body(kind, agency_name, date_vn):
    head = [p(f"{agency_name.upper()}", bold=True), p(f"Hà Tĩnh, {date_vn}")]
    if kind == "audit_programme":
        return head + [p("Căn cứ quy trình đánh giá nội bộ, Thư ký ISO lập chương trình đánh giá:"),
                       tbl([["Bộ phận được đánh giá", "Thời gian", "Chuyên gia đánh giá", "Điều khoản"],
                            ["Văn phòng", "Tháng 6", "Nguyễn Văn A", "7.5, 9.2"],
                            ["Bộ phận một cửa", "Tháng 6", "Trần Thị B", "8.1, 8.5"]])]
    if kind == "survey_results":
        return head + [p("Tổng số phiếu phát ra: 200; số phiếu thu về: 186."),
                       tbl([["Tiêu chí", "Hài lòng", "Không hài lòng"],
                            ["Thái độ phục vụ", "95%", "5%"],
                            ["Thời gian giải quyết", "91%", "9%"]]),
                       p("Kết luận: mức độ hài lòng của người dân đạt 93%.")]
    return head + [p("Thành phần: Lãnh đạo, Thư ký ISO, trưởng các bộ phận."),
                   p("Nội dung: xem xét kết quả đánh giá nội bộ, ý kiến người dân, việc thực hiện "
                     "mục tiêu chất lượng, các rủi ro và cơ hội, nhu cầu nguồn lực."),
                   p("Kết luận: hệ thống quản lý chất lượng duy trì phù hợp và có hiệu lực.")]


def other_body(kind, agency_name, date_vn):
    head = [p(agency_name.upper(), bold=True), p(f"Hà Tĩnh, {date_vn}")]
    if kind == "disaster":
        return head + [p("KẾ HOẠCH", bold=True, center=True),
                       p("Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025", bold=True, center=True),
                       p("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
                       p("Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra."),
                       p("II. NHIỆM VỤ", bold=True),
                       p("Kiện toàn Ban chỉ huy; rà soát phương án sơ tán dân; chuẩn bị vật tư, phương tiện.")]
    return head + [p("NỘI QUY CƠ QUAN", bold=True, center=True),
                   p("Điều 1. Thời gian làm việc: sáng từ 7 giờ 00, chiều từ 13 giờ 30."),
                   p("Điều 2. Cán bộ, công chức đeo thẻ, trang phục lịch sự, giữ gìn trật tự."),
                   p("Điều 3. Khách đến liên hệ công tác đăng ký tại phòng bảo vệ.")]


# ------------------------------------------------------------------------------------------------
# Templates (where the title and fields go)
# ------------------------------------------------------------------------------------------------

def tpl_province(agency, title, fields, body):
    """One-row page-header table; the third cell holds the fields on line breaks."""
    third = [p("\n".join(fields))]
    header = [tbl([[agency.upper(), [p(title.upper(), bold=True, center=True)], third]],
                  [2600, 4000, 2400])]
    return dict(body=body, header=header)


def tpl_commune(agency, title_lines, fields, body):
    """Title as centred bold 16 pt paragraphs, fields as plain paragraphs, no table."""
    top = [p(agency.upper(), bold=True, center=True), p()]
    top += [p(line, bold=True, center=True, size=32) for line in title_lines]
    top += [p(f) for f in fields] + [p()]
    return dict(body=top + body)


def tpl_district(agency, title, cover_lines, footer_line, body):
    """Cover table with an empty logo cell; the code only in the footer."""
    cover = tbl([["", [p(agency.upper(), bold=True, center=True), p(title.upper(), bold=True, center=True)]]],
                [1800, 7200])
    sign = tbl([["Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
                ["Chuyên viên", "Chánh Văn phòng", "Chủ tịch"]])
    return dict(body=[cover] + [p(line, center=True) for line in cover_lines] + [sign, p()] + body,
                footer=[p(footer_line)])


# ------------------------------------------------------------------------------------------------
# The three agencies: each document with its labels
# ------------------------------------------------------------------------------------------------

def lab(kind, action, code=None, revision=None, issued=None, edition=None, target=None):
    return dict(kind=kind, action=action, code=code, revision=revision, issued=issued,
                edition=edition, target=target)


def so_noi_vu():
    a = "Sở Nội vụ"
    docs = []

    def add(path, title, fields, body, labels):
        docs.append((path, tpl_province(a, title, fields, body), labels))

    add("01. He thong/So tay chat luong.docx", "Sổ tay chất lượng",
        ["Mã số: STCL-SNV", "Lần ban hành: 03", "Ngày: 15/3/2020"], manual_body("2015"),
        lab("quality_manual", "keep", "STCL-SNV", "03", "2020-03-15", "2015"))
    add("01. He thong/Chinh sach chat luong.pdf", "Chính sách chất lượng",
        ["Mã số: CSCL-SNV", "Lần ban hành: 01", "Ngày: 10/4/2013"], policy_body("2008"),
        lab("quality_policy", "revise", "CSCL-SNV", "01", "2013-04-10", "2008"))
    add("01. He thong/Muc tieu chat luong nam 2025.docx", "Mục tiêu chất lượng năm 2025",
        ["Mã số: MTCL-2025", "Lần ban hành: 01", "Ngày: 06/01/2025"], objectives_body(True),
        lab("quality_objectives", "keep", "MTCL-2025", "01", "2025-01-06"))
    add("02. Quy trinh he thong/QT-SNV-01 Kiem soat thong tin dang van ban.docx",
        "Thủ tục kiểm soát thông tin dạng văn bản",
        ["Ký hiệu tài liệu: QT-SNV-01", "Lần ban hành: 02", "Ngày ban hành: 15.03.2020"],
        procedure_body("doc_info", "2015", "numbered"),
        lab("procedure.documented_information", "keep", "QT-SNV-01", "02", "2020-03-15", "2015"))
    add("02. Quy trinh he thong/QT-SNV-02 Quan ly rui ro.docx", "Quy trình quản lý rủi ro",
        ["Ký hiệu tài liệu: QT-SNV-02", "Lần ban hành: 01", "Ngày ban hành: 15.03.2020"],
        procedure_body("risk", "2015", "named"),
        lab("procedure.risk_opportunity", "keep", "QT-SNV-02", "01", "2020-03-15", "2015"))
    add("02. Quy trinh he thong/QT-SNV-03 Danh gia noi bo.pdf", "Quy trình đánh giá chất lượng nội bộ",
        ["Mã số: QT-SNV-03", "Lần ban hành: 02", "Ngày có hiệu lực: 20-5-2013"],
        procedure_body("audit", "2008", "numbered"),
        lab("procedure.internal_audit", "revise", "QT-SNV-03", "02", "2013-05-20", "2008"))
    add("02. Quy trinh he thong/QT-SNV-04 Kiem soat san pham khong phu hop.docx",
        "Quy trình kiểm soát sản phẩm không phù hợp",
        ["Mã số: QT-SNV-04", "Lần ban hành: 02", "Ngày: 20/5/2013"],
        procedure_body("nc", "2008", None),
        lab("procedure.nonconforming_product", "merge", "QT-SNV-04", "02", "2013-05-20", "2008",
            "procedure.nonconformity_corrective_action"))
    add("02. Quy trinh he thong/QT-SNV-05 Hanh dong khac phuc.docx", "Quy trình hành động khắc phục",
        ["Mã số: QT-SNV-05", "Lần ban hành: 02", "Ngày: 20/5/2013"],
        procedure_body("ca", "2008", "named"),
        lab("procedure.corrective_action", "merge", "QT-SNV-05", "02", "2013-05-20", "2008",
            "procedure.nonconformity_corrective_action"))
    add("02. Quy trinh he thong/QT-SNV-06 Xem xet cua lanh dao.pdf", "Quy trình xem xét của lãnh đạo",
        ["Mã số: QT-SNV-06", "Lần ban hành: 02", "Ngày: 20/5/2013"],
        procedure_body("review", "2008", "numbered"),
        lab("procedure.management_review", "revise", "QT-SNV-06", "02", "2013-05-20", "2008"))
    add("03. Quy trinh TTHC/QT-TDKT-01 Tang bang khen.docx",
        "Quy trình tặng Bằng khen của Chủ tịch UBND tỉnh",
        ["Mã số: QT-TDKT-01", "Lần ban hành: 01", "Ngày: 02/3/2021"],
        procedure_body(None, "2015", "numbered", ("Tặng Bằng khen của Chủ tịch UBND tỉnh", "Thi đua, khen thưởng")),
        lab("procedure.administrative", "keep", "QT-TDKT-01", "01", "2021-03-02", "2015"))
    add("03. Quy trinh TTHC/QT-TG-01 Dang ky sinh hoat ton giao tap trung.pdf",
        "Quy trình đăng ký sinh hoạt tôn giáo tập trung",
        ["Mã số: QT-TG-01", "Lần ban hành: 01", "Ngày: 12/8/2014"],
        procedure_body(None, "2008", "named", ("Đăng ký sinh hoạt tôn giáo tập trung", "Tôn giáo")),
        lab("procedure.administrative", "revise", "QT-TG-01", "01", "2014-08-12", "2008"))
    add("03. Quy trinh TTHC/QT-CCVC-01 Tiep nhan vao lam cong chuc.docx",
        "Quy trình tiếp nhận vào làm công chức",
        ["Mã số: QT-CCVC-01", "Lần ban hành: 01", "Ngày: 02/3/2021"],
        procedure_body(None, "2015", None, ("Tiếp nhận vào làm công chức", "Công chức, viên chức")),
        lab("procedure.administrative", "keep", "QT-CCVC-01", "01", "2021-03-02", "2015"))
    docs.append(("04. Ho so/Chuong trinh danh gia noi bo nam 2025.pdf",
                 dict(body=[p("CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM 2025", bold=True, center=True)]
                      + record_body("audit_programme", a, "ngày 02 tháng 6 năm 2025")),
                 lab("record.internal_audit", "keep", issued="2025-06-02")))
    docs.append(("05. Van ban khac/Noi quy co quan.docx",
                 dict(body=other_body("rules", a, "ngày 15 tháng 01 năm 2024")),
                 lab("other", "keep", issued="2024-01-15")))
    tthc = [("1.000775", "Tặng Bằng khen của Chủ tịch UBND tỉnh", "Thi đua, khen thưởng"),
            ("1.001085", "Đăng ký sinh hoạt tôn giáo tập trung", "Tôn giáo"),
            ("1.005384", "Tiếp nhận vào làm công chức", "Công chức, viên chức")]
    agency = dict(id="so-noi-vu", name=a, level="province",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "covered", "5.2": "partial",
                           "6.1": "covered", "6.2": "covered", "7.5": "covered", "8.7": "partial",
                           "9.2": "partial", "9.3": "partial", "10.2": "partial"},
                  must_find=[{"clause": "4.1", "severity": "major"}],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "7.5", "severity": "major"}])
    return agency, docs, tthc


def phuong_thach_linh():
    a = "UBND phường Thạch Linh"
    docs = []

    def add(path, title_lines, fields, body, labels):
        docs.append((path, tpl_commune(a, title_lines, fields, body), labels))

    add("He thong/So tay chat luong.docx", ["SỔ TAY CHẤT LƯỢNG"],
        ["Số hiệu: STCL-TL", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        manual_body("2015"), lab("quality_manual", "keep", "STCL-TL", "01/00", "2020-03-15", "2015"))
    add("He thong/Boi canh va cac ben quan tam.pdf", ["BỐI CẢNH CỦA TỔ CHỨC", "VÀ CÁC BÊN QUAN TÂM"],
        ["Số hiệu: BC-TL-01", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        context_body(), lab("context_analysis", "keep", "BC-TL-01", "01/00", "2020-03-15", "2015"))
    add("He thong/Chinh sach chat luong.docx", ["CHÍNH SÁCH CHẤT LƯỢNG"],
        ["Số hiệu: CS-TL", "Lần ban hành/sửa đổi: 01/00", "Ban hành ngày 15-03-2020"],
        policy_body("2015"), lab("quality_policy", "keep", "CS-TL", "01/00", "2020-03-15", "2015"))
    add("He thong/Muc tieu chat luong 2025.docx", ["MỤC TIÊU CHẤT LƯỢNG", "NĂM 2025"],
        ["Số hiệu: MT-TL-2025", "Lần ban hành/sửa đổi: 01/00", "Ban hành ngày 03-01-2025"],
        objectives_body(True), lab("quality_objectives", "keep", "MT-TL-2025", "01/00", "2025-01-03"))
    add("Quy trinh ISO/QT-01 Kiem soat thong tin dang van ban.docx",
        ["QUY TRÌNH", "KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN"],
        ["Số hiệu: QT-01/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("doc_info", "2015", "named"),
        lab("procedure.documented_information", "keep", "QT-01/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh ISO/QT-02 Rui ro va co hoi.docx", ["QUY TRÌNH", "QUẢN LÝ RỦI RO VÀ CƠ HỘI"],
        ["Số hiệu: QT-02/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("risk_opp", "2015", "numbered"),
        lab("procedure.risk_opportunity", "keep", "QT-02/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh ISO/QT-03 Danh gia noi bo.docx", ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"],
        ["Số hiệu: QT-03/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("audit", "2015", "numbered"),
        lab("procedure.internal_audit", "keep", "QT-03/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh ISO/QT-04 Su khong phu hop va hanh dong khac phuc.pdf",
        ["QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP", "VÀ HÀNH ĐỘNG KHẮC PHỤC"],
        ["Số hiệu: QT-04/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("nc_ca", "2015", None),
        lab("procedure.nonconformity_corrective_action", "keep", "QT-04/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh ISO/QT-05 Xem xet cua lanh dao.docx", ["QUY TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO"],
        ["Số hiệu: QT-05/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("review", "2015", "named"),
        lab("procedure.management_review", "keep", "QT-05/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh ISO/QT-06 Khao sat su hai long.pdf",
        ["QUY TRÌNH", "KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN"],
        ["Số hiệu: QT-06/UBND", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 15.03.2020"],
        procedure_body("satisfaction", "2015", "numbered"),
        lab("procedure.customer_satisfaction", "keep", "QT-06/UBND", "01/00", "2020-03-15", "2015"))
    add("Quy trinh TTHC/QT-HT-01 Dang ky khai sinh.docx", ["QUY TRÌNH", "ĐĂNG KÝ KHAI SINH"],
        ["Số hiệu: QT-HT-01", "Lần ban hành/sửa đổi: 02/01", "Ngày có hiệu lực: 10.02.2022"],
        procedure_body(None, "2015", "numbered", ("Đăng ký khai sinh", "Hộ tịch")),
        lab("procedure.administrative", "keep", "QT-HT-01", "02/01", "2022-02-10", "2015"))
    add("Quy trinh TTHC/QT-DD-01 Hoa giai tranh chap dat dai.pdf",
        ["QUY TRÌNH", "HÒA GIẢI TRANH CHẤP ĐẤT ĐAI"],
        ["Số hiệu: QT-DD-01", "Lần ban hành/sửa đổi: 01/00", "Ngày có hiệu lực: 10.02.2022"],
        procedure_body(None, "2015", "named", ("Hòa giải tranh chấp đất đai", "Đất đai")),
        lab("procedure.administrative", "keep", "QT-DD-01", "01/00", "2022-02-10", "2015"))
    docs.append(("Ho so/Bien ban xem xet cua lanh dao ve HTQLCL nam 2025.docx",
                 dict(body=[p("BIÊN BẢN XEM XÉT CỦA LÃNH ĐẠO VỀ HTQLCL NĂM 2025", bold=True, center=True)]
                      + record_body("review", a, "ngày 18 tháng 11 năm 2025")),
                 lab("record.management_review", "keep", issued="2025-11-18")))
    docs.append(("Ho so/Chuong trinh danh gia noi bo nam 2025.docx",
                 dict(body=[p("CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM 2025", bold=True, center=True)]
                      + record_body("audit_programme", a, "ngày 09 tháng 6 năm 2025")),
                 lab("record.internal_audit", "keep", issued="2025-06-09")))
    tthc = [("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("2.000059", "Hòa giải tranh chấp đất đai", "Đất đai")]
    full = {c: "covered" for c in ["4.1", "4.2", "4.3", "5.2", "6.1", "6.2", "7.5", "8.7", "9.1",
                                   "9.2", "9.3", "10.2"]}
    agency = dict(id="ubnd-phuong-thach-linh", name=a, level="commune", clauses=full, must_find=[],
                  must_not=[{"severity": "major"}, {"id": "preventive-action-replaced-by-risk"}])
    return agency, docs, tthc


def huyen_cam_xuyen():
    a = "UBND huyện Cẩm Xuyên"
    docs = []

    def add(path, title, cover_lines, footer, body, labels):
        docs.append((path, tpl_district(a, title, cover_lines, footer, body), labels))

    add("1. He thong/So tay chat luong.docx", "Sổ tay chất lượng",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "STCL-UBND          Trang 1/12",
        manual_body("2008"), lab("quality_manual", "revise", "STCL-UBND", "02", "2014-03-15", "2008"))
    add("1. He thong/Chinh sach chat luong.docx", "Chính sách chất lượng",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "Số hiệu: CS-UBND",
        policy_body("2008"), lab("quality_policy", "revise", "CS-UBND", "02", "2014-03-15", "2008"))
    add("1. He thong/Muc tieu chat luong nam 2025.pdf", "Mục tiêu chất lượng năm 2025",
        ["Lần ban hành: 01", "Ban hành ngày 08-01-2025"], "Số hiệu: MT-UBND-2025",
        objectives_body(False), lab("quality_objectives", "revise", "MT-UBND-2025", "01", "2025-01-08"))
    add("2. Quy trinh/QT.01 Kiem soat tai lieu.docx", "Quy trình kiểm soát tài liệu",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.01-UBND          Trang 1/5",
        procedure_body("doc_control", "2008", "numbered"),
        lab("procedure.document_control", "merge", "QT.01-UBND", "02", "2014-03-15", "2008",
            "procedure.documented_information"))
    add("2. Quy trinh/QT.02 Kiem soat ho so.docx", "Quy trình kiểm soát hồ sơ",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.02-UBND          Trang 1/4",
        procedure_body("record_control", "2008", "numbered"),
        lab("procedure.record_control", "merge", "QT.02-UBND", "02", "2014-03-15", "2008",
            "procedure.documented_information"))
    add("2. Quy trinh/QT.03 Danh gia noi bo.pdf", "Quy trình đánh giá nội bộ",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.03-UBND          Trang 1/6",
        procedure_body("audit", "2008", "named"),
        lab("procedure.internal_audit", "revise", "QT.03-UBND", "02", "2014-03-15", "2008"))
    add("2. Quy trinh/QT.04 Kiem soat san pham khong phu hop.docx",
        "Quy trình kiểm soát sản phẩm không phù hợp",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.04-UBND          Trang 1/3",
        procedure_body("nc", "2008", None),
        lab("procedure.nonconforming_product", "merge", "QT.04-UBND", "02", "2014-03-15", "2008",
            "procedure.nonconformity_corrective_action"))
    add("2. Quy trinh/QT.05 Hanh dong khac phuc.docx", "Quy trình hành động khắc phục",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.05-UBND          Trang 1/3",
        procedure_body("ca", "2008", "numbered"),
        lab("procedure.corrective_action", "merge", "QT.05-UBND", "02", "2014-03-15", "2008",
            "procedure.nonconformity_corrective_action"))
    add("2. Quy trinh/QT.06 Hanh dong phong ngua.docx", "Quy trình hành động phòng ngừa",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.06-UBND          Trang 1/3",
        procedure_body("pa", "2008", "numbered"),
        lab("procedure.preventive_action", "replace", "QT.06-UBND", "02", "2014-03-15", "2008",
            "procedure.risk_opportunity"))
    add("2. Quy trinh/QT.07 Xem xet cua lanh dao.pdf", "Quy trình xem xét của lãnh đạo",
        ["Lần ban hành: 02", "Ban hành ngày 15-03-2014"], "QT.07-UBND          Trang 1/4",
        procedure_body("review", "2008", "named"),
        lab("procedure.management_review", "revise", "QT.07-UBND", "02", "2014-03-15", "2008"))
    add("2. Quy trinh/QT.08 Khao sat su hai long cua nguoi dan.docx",
        "Quy trình khảo sát mức độ hài lòng của người dân",
        ["Lần ban hành: 01", "Ban hành ngày 20-10-2016"], "QT.08-UBND          Trang 1/4",
        procedure_body("satisfaction", "2008", None),
        lab("procedure.customer_satisfaction", "revise", "QT.08-UBND", "01", "2016-10-20", "2008"))
    add("3. Quy trinh TTHC/QT.21 Cap giay chung nhan QSDD lan dau.pdf",
        "Quy trình cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        ["Lần ban hành: 01", "Ban hành ngày 20-10-2016"], "QT.21-UBND          Trang 1/5",
        procedure_body(None, "2008", "numbered", ("Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai")),
        lab("procedure.administrative", "revise", "QT.21-UBND", "01", "2016-10-20", "2008"))
    add("3. Quy trinh TTHC/QT.22 Dang ky ket hon co yeu to nuoc ngoai.docx",
        "Quy trình đăng ký kết hôn có yếu tố nước ngoài",
        ["Lần ban hành: 01", "Ban hành ngày 20-10-2016"], "QT.22-UBND          Trang 1/5",
        procedure_body(None, "2008", "named", ("Đăng ký kết hôn có yếu tố nước ngoài", "Hộ tịch")),
        lab("procedure.administrative", "revise", "QT.22-UBND", "01", "2016-10-20", "2008"))
    docs.append(("4. Ho so/Ket qua khao sat y kien nguoi dan nam 2025.pdf",
                 dict(body=[p("KẾT QUẢ KHẢO SÁT Ý KIẾN NGƯỜI DÂN NĂM 2025", bold=True, center=True)]
                      + record_body("survey_results", a, "ngày 25 tháng 11 năm 2025")),
                 lab("record.customer_satisfaction", "keep", issued="2025-11-25")))
    docs.append(("4. Ho so/Bien ban xem xet cua lanh dao ve HTQLCL nam 2025.docx",
                 dict(body=[p("BIÊN BẢN XEM XÉT CỦA LÃNH ĐẠO VỀ HTQLCL NĂM 2025", bold=True, center=True)]
                      + record_body("review", a, "ngày 05 tháng 12 năm 2025")),
                 lab("record.management_review", "keep", issued="2025-12-05")))
    docs.append(("5. Van ban khac/Ke hoach phong chong thien tai nam 2025.docx",
                 dict(body=other_body("disaster", a, "ngày 20 tháng 02 năm 2025")),
                 lab("other", "keep", issued="2025-02-20")))
    agency = dict(id="ubnd-huyen-cam-xuyen", name=a, level="district",
                  clauses={"4.1": "missing", "4.2": "missing", "6.1": "missing", "5.2": "partial",
                           "6.2": "partial", "7.5": "partial", "8.7": "partial", "9.1": "partial",
                           "9.2": "partial", "9.3": "partial", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, None


# ------------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------------

def main():
    write_campaign(HERE, "blind2", "Blind campaign 2 (unseen templates)", YEAR, "Hà Tĩnh", (so_noi_vu, phuong_thach_linh, huyen_cam_xuyen))


if __name__ == "__main__":
    main()
