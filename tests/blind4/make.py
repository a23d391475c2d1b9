#!/usr/bin/env python3
"""Fourth blind campaign: writes tests/blind4/campaign/ and tests/blind4/expected.toml.

Two templates from a fourth consulting firm, none of which any rule was written from; most files
are PDF:
  * Sở Tài chính (province, half converted to 2015): a 2-row header table whose first row holds
    the agency and the title and whose second row holds "Mã số: … | Lần: … | Ngày: … | Trang: …"
    in four cells (in the body for most documents, in the page header for some); codes QT-STC-05,
    QTNB-02.
  * UBND xã Quảng Phú (commune, still on 2008, with a tthc.csv): no table at all — a centred title
    and "Label: value" lines under it ("Ký hiệu: QT.01", "Lần ban hành: 01"), and the only date is
    the signing line of the signature block ("Quảng Phú, ngày 02 tháng 01 năm 2024"); codes QT.01,
    QT.TTHC.HT-03, forms BM.02/QT.07.

Every document's labels are written next to its content, by hand, the way a consultant reads it;
they are not produced by running the analysis. Standard library only; PDFs are made with
`soffice --headless --convert-to pdf` through tests/blindkit/wordml.py.

Usage: python3 tests/blind4/make.py
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blindkit"))
from wordml import p, tbl, write_campaign  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025

NCCA = "procedure.nonconformity_corrective_action"
DOCINFO = "procedure.documented_information"


def lab(kind, action, code=None, revision=None, issued=None, edition=None, target=None):
    return dict(kind=kind, action=action, code=code, revision=revision, issued=issued,
                edition=edition, target=target)


# ------------------------------------------------------------------------------------------------
# Content (this firm's wording)
# ------------------------------------------------------------------------------------------------

PURPOSE = {
    "doc": "Quy định cách thức biên soạn, kiểm tra, phê duyệt, phân phối, cập nhật tài liệu của hệ thống.",
    "rec": "Quy định việc lập, nhận biết, lưu trữ, bảo vệ, sử dụng và hủy bỏ hồ sơ của hệ thống.",
    "info": ("Quy định việc tạo lập, cập nhật, kiểm soát thông tin dạng văn bản cần được duy trì "
             "và lưu giữ, kể cả tài liệu có nguồn gốc bên ngoài."),
    "audit": ("Quy định việc lập chương trình, chuẩn bị, thực hiện đánh giá nội bộ, báo cáo kết quả "
              "và theo dõi hành động khắc phục sau đánh giá."),
    "nc": "Bảo đảm sản phẩm không phù hợp được phát hiện, kiểm soát và xử lý kịp thời.",
    "ca": "Loại bỏ nguyên nhân của sự không phù hợp đã phát hiện để ngăn ngừa tái diễn.",
    "pa": "Loại bỏ nguyên nhân của sự không phù hợp tiềm ẩn để ngăn ngừa việc xảy ra.",
    "nc_ca": ("Kiểm soát đầu ra không phù hợp; xử lý sự không phù hợp, xác định nguyên nhân, thực hiện "
              "hành động khắc phục, đánh giá hiệu lực và cập nhật rủi ro, cơ hội."),
    "risk": ("Nhận diện, phân tích, đánh giá rủi ro và cơ hội liên quan đến bối cảnh và các bên quan "
             "tâm; hoạch định và theo dõi các biện pháp xử lý rủi ro, nắm bắt cơ hội."),
    "review": ("Quy định việc lãnh đạo xem xét định kỳ hệ thống quản lý chất lượng: chuẩn bị đầu vào, "
               "tổ chức họp, ra quyết định cải tiến."),
    "sat": ("Thu thập, phân tích ý kiến của tổ chức, công dân về mức độ hài lòng đối với việc giải "
            "quyết thủ tục hành chính."),
    "mail": ("Quy định việc tiếp nhận, đăng ký, chuyển giao, theo dõi, giải quyết văn bản đến và phát "
             "hành văn bản đi của cơ quan."),
}


def body(aim, edition, tthc=None):
    out = [p("1. MỤC ĐÍCH", bold=True)]
    out.append(p(f"Quy định trình tự, thời gian giải quyết thủ tục {tthc}, bảo đảm công khai, đúng hạn."
                 if tthc else PURPOSE[aim]))
    out += [p("2. PHẠM VI ÁP DỤNG", bold=True),
            p("Áp dụng đối với các bộ phận, cán bộ, công chức thuộc phạm vi hệ thống quản lý chất lượng."),
            p("3. TÀI LIỆU VIỆN DẪN", bold=True),
            p(f"- Tiêu chuẩn quốc gia TCVN ISO 9001:{edition}."),
            p("- Các văn bản pháp luật hiện hành có liên quan."),
            p("4. ĐỊNH NGHĨA, CHỮ VIẾT TẮT", bold=True),
            p("HTQLCL: hệ thống quản lý chất lượng; CB, CC: cán bộ, công chức.")]
    if tthc:
        out += [p("5. NỘI DUNG QUY TRÌNH", bold=True),
                p("5.1. Thành phần hồ sơ: tờ khai theo mẫu; giấy tờ kèm theo theo quy định."),
                p("5.2. Số lượng hồ sơ: 01 bộ."),
                p("5.3. Thời hạn giải quyết: 05 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ."),
                p("5.4. Lệ phí: không."),
                p("5.5. Trình tự thực hiện:"),
                p("Bước 1. Công chức bộ phận tiếp nhận và trả kết quả kiểm tra, tiếp nhận hồ sơ (0,5 ngày)."),
                p("Bước 2. Công chức chuyên môn thẩm định, trình lãnh đạo (3 ngày)."),
                p("Bước 3. Lãnh đạo xem xét, ký duyệt (1 ngày)."),
                p("Bước 4. Trả kết quả cho tổ chức, công dân (0,5 ngày).")]
    else:
        out += [p("5. NỘI DUNG QUY TRÌNH", bold=True),
                p("5.1. Lưu đồ: lập kế hoạch → thực hiện → kiểm tra → xem xét, phê duyệt."),
                p("5.2. Diễn giải: người được giao chủ trì chuẩn bị, các bộ phận phối hợp thực hiện, "
                  "lãnh đạo xem xét, phê duyệt kết quả.")]
    out += [p("6. HỒ SƠ", bold=True),
            p("Hồ sơ được lưu tại bộ phận thực hiện, thời gian lưu 05 năm, sau đó chuyển lưu trữ cơ quan.")]
    return out


def manual(edition):
    out = [p("PHẦN 1. GIỚI THIỆU", bold=True),
           p(f"Sổ tay chất lượng mô tả hệ thống quản lý chất lượng theo TCVN ISO {9001}:{edition}."),
           p("PHẦN 2. PHẠM VI ÁP DỤNG", bold=True),
           p("Hệ thống áp dụng cho toàn bộ hoạt động giải quyết thủ tục hành chính và quản lý nội bộ.")]
    if edition == "2008":
        out += [p("PHẦN 3. ĐẠI DIỆN LÃNH ĐẠO", bold=True),
                p("Phó Chủ tịch UBND xã được phân công làm đại diện lãnh đạo về chất lượng."),
                p("PHẦN 4. NGOẠI LỆ", bold=True), p("Loại trừ điều khoản 7.3 Thiết kế và phát triển.")]
    else:
        out += [p("PHẦN 3. BỐI CẢNH CỦA TỔ CHỨC", bold=True),
                p("Các vấn đề bên trong, bên ngoài và nhu cầu của các bên quan tâm được theo dõi hằng năm."),
                p("PHẦN 4. CÁC QUÁ TRÌNH VÀ MỐI TƯƠNG TÁC", bold=True),
                p("Điều khoản 8.3 Thiết kế và phát triển không áp dụng.")]
    return out


def policy(edition):
    return [p(f"Lãnh đạo cơ quan cam kết xây dựng, áp dụng và cải tiến thường xuyên hệ thống quản lý "
              f"chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:{edition}, phục vụ tổ chức, công dân: "
              "Chuyên nghiệp – Minh bạch – Hiệu quả.")]


def objectives(year, plan):
    head = [p(f"Các mục tiêu chất lượng năm {year}:")]
    if plan:
        return head + [tbl([["STT", "Mục tiêu", "Kế hoạch thực hiện", "Người chịu trách nhiệm", "Thời hạn"],
                            ["1", "100% hồ sơ giải quyết đúng hạn", "Theo dõi trên hệ thống một cửa điện tử",
                             "Chánh Văn phòng", "Hằng tháng"],
                            ["2", "Tỷ lệ hài lòng trên 95%", "Khảo sát ý kiến 6 tháng một lần",
                             "Thư ký ISO", "Tháng 6, 12"]])]
    return head + [p("- 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn."),
                   p("- Không có khiếu nại về thái độ phục vụ của công chức.")]


def context():
    return [p("I. CÁC VẤN ĐỀ BÊN NGOÀI VÀ BÊN TRONG", bold=True),
            p("- Bên ngoài: yêu cầu chuyển đổi số, thay đổi quy định về quản lý ngân sách."),
            p("- Bên trong: biên chế hạn chế, hạ tầng công nghệ thông tin chưa đồng bộ."),
            p("II. CÁC BÊN QUAN TÂM VÀ YÊU CẦU", bold=True),
            p("- Đơn vị sử dụng ngân sách: giải quyết nhanh, đúng quy định."),
            p("- UBND tỉnh, Bộ Tài chính: thực hiện đúng chỉ đạo, báo cáo kịp thời."),
            p("Theo yêu cầu 4.1, 4.2 của TCVN ISO 9001:2015.")]


def risk_register():
    return [tbl([["TT", "Quá trình", "Rủi ro, cơ hội", "Khả năng xảy ra", "Tác động", "Biện pháp", "Phụ trách"],
                 ["1", "Thẩm tra quyết toán", "Rủi ro: hồ sơ thiếu căn cứ pháp lý", "2", "3",
                  "Lập danh mục kiểm tra", "Phòng Đầu tư"],
                 ["2", "Cấp mã số ngân sách", "Rủi ro: trễ hạn do hệ thống lỗi", "2", "2",
                  "Sao lưu, hỗ trợ kỹ thuật", "Văn phòng"],
                 ["3", "Dịch vụ công", "Cơ hội: tiếp nhận trực tuyến toàn trình", "", "",
                  "Hướng dẫn đơn vị nộp trực tuyến", "Lãnh đạo Sở"]])]


# ------------------------------------------------------------------------------------------------
# Templates
# ------------------------------------------------------------------------------------------------

def two_row_header(title_lines, code, rev, date, pages):
    """Row 1: agency | title across three columns; row 2: four 'Label: value' cells."""
    def cell(paras, width, span=1):
        grid = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{grid}</w:tcPr>{"".join(paras)}</w:tc>'
    widths = [2600, 2000, 2400, 2000]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    row1 = ("<w:tr>" + cell([p("SỞ TÀI CHÍNH", bold=True, center=True),
                             p("TỈNH QUẢNG BÌNH", bold=True, center=True)], widths[0])
            + cell([p(t, bold=True, center=True, size=28) for t in title_lines], sum(widths[1:]), 3) + "</w:tr>")
    row2 = ("<w:tr>" + "".join(cell([p(t)], w) for t, w in zip(
        [f"Mã số: {code}", f"Lần: {rev}", f"Ngày: {date}", f"Trang: {pages}"], widths)) + "</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{row1}{row2}</w:tbl>')


def tpl_stc(title_lines, code, rev, date, content, in_header=False, pages="1/5"):
    head = two_row_header(title_lines, code, rev, date, pages)
    signoff = tbl([["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
                   ["Chức vụ", "Chuyên viên", "Chánh Văn phòng", "Giám đốc Sở"]])
    if in_header:
        return dict(body=[signoff, p()] + content, header=[head])
    return dict(body=[head, p(), signoff, p()] + content)


def tpl_xa(title_lines, fields, content, signed, signer="CHỦ TỊCH"):
    """No table: centred title, 'Label: value' lines, content, signature block with the date."""
    top = [p("ỦY BAN NHÂN DÂN", bold=True, center=True), p("XÃ QUẢNG PHÚ", bold=True, center=True), p()]
    top += [p(t, bold=True, center=True, size=32) for t in title_lines] + [p()]
    top += [p(f) for f in fields] + [p()]
    tail = [p(), p(f"Quảng Phú, {signed}", center=True), p(signer, bold=True, center=True),
            p("(Đã ký)", center=True), p("Trần Văn Hòa", bold=True, center=True)]
    return dict(body=top + content + tail)


# ------------------------------------------------------------------------------------------------
# Agencies
# ------------------------------------------------------------------------------------------------

def so_tai_chinh():
    name = "Sở Tài chính"
    docs = []

    def add(path, title_lines, code, rev, date, content, labels, in_header=False):
        docs.append((path, tpl_stc(title_lines, code, rev, date, content, in_header), labels))

    add("HTQLCL/So tay chat luong.pdf", ["SỔ TAY CHẤT LƯỢNG"], "ST-STC", "03", "15/3/2019", manual("2015"),
        lab("quality_manual", "keep", "ST-STC", "03", "2019-03-15", "2015"))
    add("HTQLCL/Chinh sach chat luong.docx", ["CHÍNH SÁCH CHẤT LƯỢNG"], "CS-STC", "02", "18/6/2013",
        policy("2008"), lab("quality_policy", "revise", "CS-STC", "02", "2013-06-18", "2008"))
    add("HTQLCL/Muc tieu chat luong nam 2025.pdf", ["MỤC TIÊU CHẤT LƯỢNG NĂM 2025"], "MT-STC-2025", "01",
        "06/01/2025", objectives(2025, True),
        lab("quality_objectives", "keep", "MT-STC-2025", "01", "2025-01-06"))
    add("HTQLCL/Boi canh cua to chuc va cac ben quan tam.docx",
        ["BỐI CẢNH CỦA TỔ CHỨC", "VÀ CÁC BÊN QUAN TÂM"], "BC-STC", "01", "15/3/2019", context(),
        lab("context_analysis", "keep", "BC-STC", "01", "2019-03-15", "2015"))
    add("Quy trinh/QT-STC-01 Kiem soat thong tin dang van ban.pdf",
        ["QUY TRÌNH", "KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN"], "QT-STC-01", "03", "15/3/2019", body("info", "2015"),
        lab(DOCINFO, "keep", "QT-STC-01", "03", "2019-03-15", "2015"))
    add("Quy trinh/QT-STC-02 Danh gia noi bo.pdf", ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], "QT-STC-02", "02",
        "18/6/2013", body("audit", "2008"),
        lab("procedure.internal_audit", "revise", "QT-STC-02", "02", "2013-06-18", "2008"), in_header=True)
    add("Quy trinh/QT-STC-03 Kiem soat su khong phu hop va hanh dong khac phuc.docx",
        ["QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP", "VÀ HÀNH ĐỘNG KHẮC PHỤC"], "QT-STC-03", "03", "15/3/2019",
        body("nc_ca", "2015"), lab(NCCA, "keep", "QT-STC-03", "03", "2019-03-15", "2015"))
    add("Quy trinh/QT-STC-04 Xem xet cua lanh dao.pdf", ["QUY TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO"], "QT-STC-04",
        "02", "18/6/2013", body("review", "2008"),
        lab("procedure.management_review", "revise", "QT-STC-04", "02", "2013-06-18", "2008"), in_header=True)
    add("Quy trinh/QT-STC-05 Quan ly rui ro va co hoi.pdf", ["QUY TRÌNH", "QUẢN LÝ RỦI RO VÀ CƠ HỘI"],
        "QT-STC-05", "01", "15/3/2019", body("risk", "2015"),
        lab("procedure.risk_opportunity", "keep", "QT-STC-05", "01", "2019-03-15", "2015"))
    add("Quy trinh noi bo/QTNB-02 Quan ly van ban di den.docx", ["QUY TRÌNH", "QUẢN LÝ VĂN BẢN ĐI, ĐẾN"],
        "QTNB-02", "01", "15/3/2019", body("mail", "2015"),
        lab("procedure.internal", "keep", "QTNB-02", "01", "2019-03-15", "2015"), in_header=True)
    add("Quy trinh TTHC/QT-STC-08 Cap ma so don vi co quan he voi ngan sach.pdf",
        ["QUY TRÌNH", "CẤP MÃ SỐ ĐƠN VỊ CÓ QUAN HỆ VỚI NGÂN SÁCH"], "QT-STC-08", "02", "10/7/2020",
        body(None, "2015", tthc="cấp mã số đơn vị có quan hệ với ngân sách"),
        lab("procedure.administrative", "keep", "QT-STC-08", "02", "2020-07-10", "2015"))
    docs.append(("Ho so/Bang theo doi rui ro va co hoi nam 2025.docx",
                 dict(body=[p("SỞ TÀI CHÍNH TỈNH QUẢNG BÌNH", bold=True),
                            p("BẢNG THEO DÕI RỦI RO VÀ CƠ HỘI NĂM 2025", bold=True, center=True), p()]
                      + risk_register()
                      + [p(), p("Quảng Bình, ngày 06 tháng 01 năm 2025", center=True),
                         p("NGƯỜI LẬP", bold=True, center=True)]),
                 lab("risk_register", "keep", issued="2025-01-06")))
    agency = dict(id="so-tai-chinh", name=name, level="province",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "5.2": "partial",
                           "6.1": "covered", "6.2": "covered", "7.5": "covered", "8.7": "covered",
                           "9.2": "partial", "9.3": "partial", "10.2": "covered"},
                  must_find=[],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"clause": "4.1", "severity": "major"},
                            {"clause": "6.1", "severity": "major"}, {"clause": "7.5", "severity": "major"}])
    return agency, docs, None


def xa_quang_phu():
    name = "UBND xã Quảng Phú"
    docs = []
    signed_2014 = "ngày 12 tháng 8 năm 2014"

    def add(path, title_lines, code, rev, content, labels, signed=signed_2014, code_label="Ký hiệu"):
        fields = [f"{code_label}: {code}", f"Lần ban hành: {rev}", "Tổng số trang: 06"]
        docs.append((path, tpl_xa(title_lines, fields, content, signed), labels))

    add("He thong/So tay chat luong.pdf", ["SỔ TAY CHẤT LƯỢNG"], "STCL", "01", manual("2008"),
        lab("quality_manual", "revise", "STCL", "01", "2014-08-12", "2008"), code_label="Mã hiệu")
    add("He thong/Chinh sach chat luong.pdf", ["CHÍNH SÁCH CHẤT LƯỢNG"], "CSCL", "01", policy("2008"),
        lab("quality_policy", "revise", "CSCL", "01", "2014-08-12", "2008"), code_label="Mã hiệu")
    add("He thong/Muc tieu chat luong nam 2024.pdf", ["MỤC TIÊU CHẤT LƯỢNG NĂM 2024"], "MTCL-2024", "01",
        objectives(2024, False), lab("quality_objectives", "revise", "MTCL-2024", "01", "2024-01-02"),
        signed="ngày 02 tháng 01 năm 2024", code_label="Mã hiệu")
    add("Quy trinh/QT.01 Kiem soat tai lieu.pdf", ["QUY TRÌNH", "KIỂM SOÁT TÀI LIỆU"], "QT.01", "01",
        body("doc", "2008"),
        lab("procedure.document_control", "merge", "QT.01", "01", "2014-08-12", "2008", DOCINFO))
    add("Quy trinh/QT.02 Kiem soat ho so.docx", ["QUY TRÌNH", "KIỂM SOÁT HỒ SƠ"], "QT.02", "01",
        body("rec", "2008"),
        lab("procedure.record_control", "merge", "QT.02", "01", "2014-08-12", "2008", DOCINFO))
    add("Quy trinh/QT.03 Danh gia noi bo.pdf", ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], "QT.03", "01",
        body("audit", "2008"),
        lab("procedure.internal_audit", "revise", "QT.03", "01", "2014-08-12", "2008"))
    add("Quy trinh/QT.04 Kiem soat san pham khong phu hop.pdf",
        ["QUY TRÌNH", "KIỂM SOÁT SẢN PHẨM KHÔNG PHÙ HỢP"], "QT.04", "01", body("nc", "2008"),
        lab("procedure.nonconforming_product", "merge", "QT.04", "01", "2014-08-12", "2008", NCCA))
    add("Quy trinh/QT.05 Hanh dong khac phuc.docx", ["QUY TRÌNH", "HÀNH ĐỘNG KHẮC PHỤC"], "QT.05", "01",
        body("ca", "2008"),
        lab("procedure.corrective_action", "merge", "QT.05", "01", "2014-08-12", "2008", NCCA))
    add("Quy trinh/QT.06 Hanh dong phong ngua.pdf", ["QUY TRÌNH", "HÀNH ĐỘNG PHÒNG NGỪA"], "QT.06", "01",
        body("pa", "2008"),
        lab("procedure.preventive_action", "replace", "QT.06", "01", "2014-08-12", "2008",
            "procedure.risk_opportunity"))
    add("Quy trinh/QT.07 Do luong su hai long.pdf",
        ["QUY TRÌNH", "ĐO LƯỜNG SỰ HÀI LÒNG CỦA TỔ CHỨC, CÔNG DÂN"], "QT.07", "01", body("sat", "2008"),
        lab("procedure.customer_satisfaction", "revise", "QT.07", "01", "2014-08-12", "2008"))
    add("TTHC/QT.TTHC.HT-03 Dang ky khai sinh.pdf", ["QUY TRÌNH", "ĐĂNG KÝ KHAI SINH"], "QT.TTHC.HT-03",
        "02", body(None, "2008", tthc="đăng ký khai sinh"),
        lab("procedure.administrative", "revise", "QT.TTHC.HT-03", "02", "2016-05-20", "2008"),
        signed="ngày 20 tháng 5 năm 2016")
    docs.append(("Bieu mau/BM.02-QT.07 Phieu khao sat y kien.docx",
                 dict(body=[p("BM.02/QT.07", bold=True),
                            p("PHIẾU KHẢO SÁT Ý KIẾN CỦA TỔ CHỨC, CÔNG DÂN", bold=True, center=True),
                            p("Họ và tên: ……………………………  Địa chỉ: ……………………………"),
                            p("Thủ tục đã giải quyết: ……………………………"),
                            p("Ông/Bà có hài lòng về thời gian giải quyết không?  □ Có  □ Không"),
                            p("Ông/Bà có hài lòng về thái độ của công chức không?  □ Có  □ Không"),
                            p("Góp ý khác: ……………………………")]),
                 lab("form", "keep", code="BM.02/QT.07")))
    tthc = [("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("2.000908", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực")]
    agency = dict(id="ubnd-xa-quang-phu", name=name, level="commune",
                  clauses={"4.1": "missing", "4.2": "missing", "6.1": "missing", "5.2": "partial",
                           "7.5": "partial", "8.7": "partial", "9.1": "partial", "9.2": "partial",
                           "9.3": "missing", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


def main():
    write_campaign(HERE, "blind4", "Blind campaign 4 (fourth firm)", YEAR, "Quảng Bình",
                   (so_tai_chinh, xa_quang_phu))


if __name__ == "__main__":
    main()
