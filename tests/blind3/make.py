#!/usr/bin/env python3
"""Third blind campaign: writes tests/blind3/campaign/ and tests/blind3/expected.toml.

Three templates from a third consulting firm, none of which any rule was written from:
  * Sở Y tế (province, still on 2008): system procedures are titled "Thủ tục …" with codes like
    TT-VP-01, guidance "HD-01", a decision "QĐ-ISO-01"; the title is a bold paragraph above a
    4-column field table "Mã số | … | Ngày ban hành | …" / "Lần ban hành | … | Trang | …"; one
    TTHC procedure is titled only by the TTHC name with a step table.
  * UBND thị trấn Nghèn (commune, fully on 2015): the cover title sits in a VML text box; fields are
    "Mã hiệu:", "Lần ban hành:", and "Hiệu lực kể từ ngày ký" with the signing date at the end
    ("Nghèn, ngày 10 tháng 3 năm 2021"); a risk register as a table; a context analysis titled
    "Phân tích bối cảnh – các bên liên quan".
  * Ban Quản lý khu kinh tế tỉnh (province, half converted): page-header table with the code, and
    "Lần ban hành: 03 (Ngày 12/5/2016)" combining revision and date in the body.

Every document's labels are written next to its content, by hand, the way a consultant reads it;
they are not produced by running the analysis. Standard library only; PDFs are made with
`soffice --headless --convert-to pdf` (the PDF-marked documents stay DOCX when it is missing, and
the labels follow the paths).

Usage: python3 tests/blind3/make.py
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

def textbox(lines):
    """A VML text box anchored in an empty paragraph (how older Word covers hold the title)."""
    inner = "".join(p(line, bold=True, center=True, size=36) for line in lines)
    return (f'<w:p><w:r><w:pict><v:shape style="width:420pt;height:90pt"><v:textbox>'
            f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


# ------------------------------------------------------------------------------------------------
# Content
# ------------------------------------------------------------------------------------------------

AIM = {
    "doc": "Thống nhất cách soạn thảo, xem xét, phê duyệt, ban hành, phân phối, sửa đổi và thu hồi tài liệu.",
    "rec": "Thống nhất cách nhận biết, sắp xếp, bảo quản, thời gian lưu và hủy hồ sơ chất lượng.",
    "info": ("Kiểm soát thông tin dạng văn bản cần duy trì và lưu giữ: tài liệu nội bộ, tài liệu có "
             "nguồn gốc bên ngoài và hồ sơ, từ khi soạn thảo đến khi hủy bỏ."),
    "audit": ("Hoạch định chương trình đánh giá nội bộ, tiến hành đánh giá, báo cáo kết quả đánh giá "
              "và theo dõi việc khắc phục các điểm không phù hợp."),
    "nc": ("Nhận biết và kiểm soát sản phẩm không phù hợp (kết quả giải quyết công việc sai sót) "
           "để không chuyển đến tổ chức, công dân."),
    "ca": "Tìm nguyên nhân của sự không phù hợp và thực hiện hành động khắc phục để không tái diễn.",
    "pa": ("Nhận biết sự không phù hợp tiềm ẩn và nguyên nhân, thực hiện hành động phòng ngừa để "
           "ngăn ngừa sự xuất hiện."),
    "nc_ca": ("Kiểm soát đầu ra không phù hợp, thực hiện khắc phục, phân tích nguyên nhân, hành động "
              "khắc phục, xem xét hiệu lực và cập nhật rủi ro, cơ hội khi cần."),
    "risk": ("Xác định rủi ro và cơ hội từ các vấn đề bối cảnh và yêu cầu của các bên liên quan; "
             "đánh giá, lập kế hoạch hành động giải quyết rủi ro và cơ hội, theo dõi hiệu lực."),
    "review": ("Lãnh đạo xem xét hệ thống quản lý chất lượng theo định kỳ để bảo đảm sự phù hợp, "
               "thỏa đáng và hiệu lực; đầu vào, đầu ra của cuộc họp xem xét."),
    "sat": ("Đo lường sự hài lòng của tổ chức, công dân đối với việc giải quyết thủ tục hành chính; "
            "tổng hợp, phân tích kết quả khảo sát."),
    "guide": ("Hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính, văn bản chuyên môn của "
              "cơ quan; cách đánh số, ký hiệu văn bản."),
}


def proc_body(aim, edition, tthc=None, records=True):
    out = [p("I. MỤC ĐÍCH", bold=True)]
    if tthc:
        out.append(p(f"Quy định trình tự, thời hạn giải quyết thủ tục {tthc} bảo đảm đúng quy định, "
                     "công khai, minh bạch."))
    else:
        out.append(p(AIM[aim]))
    out += [p("II. PHẠM VI", bold=True),
            p("Áp dụng cho các phòng chuyên môn, cán bộ, công chức, viên chức có liên quan."),
            p("III. TÀI LIỆU VIỆN DẪN", bold=True),
            p(f"- TCVN ISO 9001:{edition} Hệ thống quản lý chất lượng – Các yêu cầu."),
            p("IV. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT", bold=True),
            p("CBCC: cán bộ, công chức; ĐDLĐ: đại diện lãnh đạo; VP: Văn phòng.")]
    if tthc:
        out += [p("V. NỘI DUNG", bold=True),
                p("1. Hồ sơ gồm: đơn đề nghị theo mẫu; bản sao giấy tờ chứng minh theo quy định."),
                p("2. Thời hạn giải quyết: 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
                p("3. Phí, lệ phí: theo quy định hiện hành."),
                tbl([["TT", "Trình tự thực hiện", "Bộ phận thực hiện", "Thời gian"],
                     ["1", "Tiếp nhận hồ sơ, kiểm tra, viết giấy biên nhận", "Bộ phận một cửa", "0,5 ngày"],
                     ["2", "Thẩm định hồ sơ, đề xuất", "Phòng chuyên môn", "15 ngày"],
                     ["3", "Xem xét, ký duyệt", "Lãnh đạo", "4 ngày"],
                     ["4", "Trả kết quả", "Bộ phận một cửa", "0,5 ngày"]])]
    else:
        out += [p("V. NỘI DUNG", bold=True),
                tbl([["Bước", "Trách nhiệm", "Nội dung thực hiện"],
                     ["1", "Thư ký ISO", "Chuẩn bị, lập kế hoạch"],
                     ["2", "Các phòng", "Tổ chức thực hiện"],
                     ["3", "Lãnh đạo", "Xem xét, phê duyệt kết quả"]])]
    if records:
        out += [p("VI. HỒ SƠ", bold=True),
                tbl([["TT", "Tên hồ sơ", "Bộ phận lưu", "Thời gian lưu"],
                     ["1", "Hồ sơ thực hiện", "Văn phòng", "05 năm"]])]
    return out


def policy(edition):
    return [p("Lãnh đạo cam kết áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo tiêu "
              f"chuẩn TCVN ISO 9001:{edition} nhằm phục vụ người dân, tổ chức tốt nhất: "
              "Tận tâm – Công khai – Đúng hẹn.")]


def objectives(plan):
    if plan:
        return [p("Mục tiêu chất lượng năm 2025 và kế hoạch thực hiện:"),
                tbl([["Mục tiêu", "Hành động", "Trách nhiệm", "Thời hạn", "Cách đánh giá kết quả"],
                     ["98% hồ sơ giải quyết trước và đúng hạn", "Theo dõi qua phần mềm một cửa",
                      "Văn phòng", "Hằng tháng", "Thống kê tỷ lệ đúng hạn"],
                     ["Không có phản ánh về thái độ phục vụ", "Nhắc nhở, kiểm tra", "Lãnh đạo",
                      "Hằng quý", "Sổ ghi nhận phản ánh"]])]
    return [p("Năm 2025 phấn đấu đạt các mục tiêu chất lượng sau:"),
            p("1. 98% hồ sơ được giải quyết trước và đúng hạn."),
            p("2. Không có phản ánh, kiến nghị về thái độ phục vụ.")]


def manual(edition):
    out = [p("CHƯƠNG I. GIỚI THIỆU CHUNG", bold=True),
           p(f"Sổ tay mô tả hệ thống quản lý chất lượng theo TCVN ISO 9001:{edition}."),
           p("CHƯƠNG II. PHẠM VI HỆ THỐNG", bold=True),
           p("Phạm vi: giải quyết thủ tục hành chính thuộc thẩm quyền và các hoạt động hỗ trợ.")]
    if edition == "2008":
        out += [p("CHƯƠNG III. ĐẠI DIỆN LÃNH ĐẠO", bold=True),
                p("Phó Giám đốc được bổ nhiệm làm đại diện lãnh đạo về chất lượng."),
                p("CHƯƠNG IV. CÁC NGOẠI LỆ", bold=True), p("Ngoại lệ điều khoản 7.3.")]
    else:
        out += [p("CHƯƠNG III. BỐI CẢNH VÀ CÁC BÊN LIÊN QUAN", bold=True),
                p("Các vấn đề nội bộ, bên ngoài và yêu cầu của các bên liên quan được xác định và theo dõi."),
                p("CHƯƠNG IV. CÁC QUÁ TRÌNH CỦA HỆ THỐNG", bold=True),
                p("Sơ đồ các quá trình và mối tương tác; yêu cầu 8.3 không áp dụng.")]
    return out


def context():
    return [p("1. Các vấn đề bên ngoài và nội bộ", bold=True),
            tbl([["STT", "Vấn đề", "Loại", "Tác động đến HTQLCL"],
                 ["1", "Chủ trương chuyển đổi số", "Bên ngoài", "Thay đổi cách tiếp nhận hồ sơ"],
                 ["2", "Số lượng công chức ít", "Nội bộ", "Quá tải khi đông hồ sơ"]]),
            p("2. Các bên liên quan và yêu cầu", bold=True),
            tbl([["Bên liên quan", "Yêu cầu, mong đợi", "Cách đáp ứng"],
                 ["Người dân, doanh nghiệp", "Nhanh, đúng hẹn, công khai", "Niêm yết, một cửa"],
                 ["UBND huyện", "Thực hiện đúng chỉ đạo", "Báo cáo định kỳ"]]),
            p("Theo yêu cầu 4.1, 4.2 của TCVN ISO 9001:2015.")]


def risk_table():
    return [tbl([["TT", "Quá trình", "Rủi ro / cơ hội", "Khả năng", "Mức độ ảnh hưởng", "Mức rủi ro",
                  "Biện pháp xử lý", "Trách nhiệm"],
                 ["1", "Tiếp nhận hồ sơ", "Rủi ro: thiếu thành phần hồ sơ", "3", "2", "6",
                  "Hướng dẫn một lần đầy đủ", "Công chức một cửa"],
                 ["2", "Giải quyết hồ sơ", "Rủi ro: trễ hạn do mất điện, mạng", "2", "3", "6",
                  "Dự phòng máy phát", "Văn phòng"],
                 ["3", "Chuyển đổi số", "Cơ hội: dịch vụ công trực tuyến", "", "", "",
                  "Hướng dẫn nộp hồ sơ trực tuyến", "Lãnh đạo"]], [500, 1300, 1800, 800, 900, 800, 1700, 1200])]


# ------------------------------------------------------------------------------------------------
# Templates
# ------------------------------------------------------------------------------------------------

def tpl_sy(agency, title, code, date, rev, body, pages="1/6"):
    """Bold title paragraph above a 4-column field table."""
    fields = tbl([["Mã số", code, "Ngày ban hành", date], ["Lần ban hành", rev, "Trang", pages]],
                 [1800, 2700, 2000, 2500])
    head = [p("SỞ Y TẾ " + agency.upper(), bold=True), p(title.upper(), bold=True, center=True, size=30),
            fields, p(), tbl([["Soạn thảo", "Xem xét", "Phê duyệt"], ["Chuyên viên", "Chánh Văn phòng", "Giám đốc"]]),
            p()]
    return dict(body=head + body)


def tpl_tt(agency, title_lines, fields, body, signed=None):
    """Cover title inside a text box; fields as paragraphs; optional signing line at the end."""
    top = [p("ỦY BAN NHÂN DÂN", bold=True, center=True), p(agency.upper(), bold=True, center=True),
           textbox(title_lines)] + [p(f) for f in fields] + [p()]
    tail = [p(), p(f"Nghèn, {signed}", center=True), p("CHỦ TỊCH", bold=True, center=True)] if signed else []
    return dict(body=top + body + tail)


def tpl_bql(agency, title, code, rev_line, body):
    """Page-header table with agency, title and code; revision and date in the body."""
    header = [tbl([[agency.upper(), [p(title.upper(), bold=True, center=True)], f"Mã hiệu: {code}"]],
                  [2700, 4300, 2000])]
    return dict(body=[p(rev_line), p()] + body, header=header)


def lab(kind, action, code=None, revision=None, issued=None, edition=None, target=None):
    return dict(kind=kind, action=action, code=code, revision=revision, issued=issued,
                edition=edition, target=target)


NCCA = "procedure.nonconformity_corrective_action"
DOCINFO = "procedure.documented_information"


def so_y_te():
    a = "Hà Tĩnh"
    name = "Sở Y tế"
    docs = []

    def add(path, title, code, date, rev, body, labels, pages="1/6"):
        docs.append((path, tpl_sy(a, title, code, date, rev, body, pages), labels))

    add("1. Tai lieu chung/So tay chat luong.docx", "Sổ tay chất lượng", "ST-VP", "05/6/2012", "02",
        manual("2008"), lab("quality_manual", "revise", "ST-VP", "02", "2012-06-05", "2008"))
    add("1. Tai lieu chung/Chinh sach chat luong.pdf", "Chính sách chất lượng", "CS-VP", "05/6/2012", "02",
        policy("2008"), lab("quality_policy", "revise", "CS-VP", "02", "2012-06-05", "2008"), "1/1")
    add("1. Tai lieu chung/Muc tieu chat luong 2025.docx", "Mục tiêu chất lượng năm 2025", "MT-VP-2025",
        "06/01/2025", "01", objectives(False),
        lab("quality_objectives", "revise", "MT-VP-2025", "01", "2025-01-06"), "1/1")
    add("1. Tai lieu chung/QD-ISO-01 Quyet dinh ap dung HTQLCL.pdf",
        "Quyết định về việc áp dụng hệ thống quản lý chất lượng", "QĐ-ISO-01", "02/3/2012", "01",
        [p("GIÁM ĐỐC SỞ Y TẾ", bold=True, center=True),
         p("Căn cứ Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ;"),
         p("QUYẾT ĐỊNH:", bold=True, center=True),
         p("Điều 1. Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 tại Văn phòng Sở."),
         p("Điều 2. Quyết định có hiệu lực kể từ ngày ký.")],
        lab("other", "revise", "QĐ-ISO-01", "01", "2012-03-02", "2008"), "1/1")
    add("2. Thu tuc/TT-VP-01 Kiem soat tai lieu.docx", "Thủ tục kiểm soát tài liệu", "TT-VP-01",
        "05/6/2012", "02", proc_body("doc", "2008"),
        lab("procedure.document_control", "merge", "TT-VP-01", "02", "2012-06-05", "2008", DOCINFO))
    add("2. Thu tuc/TT-VP-02 Kiem soat ho so.docx", "Thủ tục kiểm soát hồ sơ", "TT-VP-02",
        "05/6/2012", "02", proc_body("rec", "2008"),
        lab("procedure.record_control", "merge", "TT-VP-02", "02", "2012-06-05", "2008", DOCINFO))
    add("2. Thu tuc/TT-VP-03 Danh gia chat luong noi bo.pdf", "Thủ tục đánh giá chất lượng nội bộ",
        "TT-VP-03", "05/6/2012", "02", proc_body("audit", "2008"),
        lab("procedure.internal_audit", "revise", "TT-VP-03", "02", "2012-06-05", "2008"))
    add("2. Thu tuc/TT-VP-04 Kiem soat san pham khong phu hop.docx",
        "Thủ tục kiểm soát sản phẩm không phù hợp", "TT-VP-04", "05/6/2012", "02", proc_body("nc", "2008"),
        lab("procedure.nonconforming_product", "merge", "TT-VP-04", "02", "2012-06-05", "2008", NCCA))
    add("2. Thu tuc/TT-VP-05 Hanh dong khac phuc.docx", "Thủ tục hành động khắc phục", "TT-VP-05",
        "05/6/2012", "02", proc_body("ca", "2008"),
        lab("procedure.corrective_action", "merge", "TT-VP-05", "02", "2012-06-05", "2008", NCCA))
    add("2. Thu tuc/TT-VP-06 Hanh dong phong ngua.pdf", "Thủ tục hành động phòng ngừa", "TT-VP-06",
        "05/6/2012", "02", proc_body("pa", "2008"),
        lab("procedure.preventive_action", "replace", "TT-VP-06", "02", "2012-06-05", "2008",
            "procedure.risk_opportunity"))
    add("2. Thu tuc/TT-VP-07 Xem xet cua lanh dao.docx", "Thủ tục xem xét của lãnh đạo", "TT-VP-07",
        "05/6/2012", "02", proc_body("review", "2008"),
        lab("procedure.management_review", "revise", "TT-VP-07", "02", "2012-06-05", "2008"))
    add("2. Thu tuc/HD-01 Huong dan soan thao van ban.docx", "Hướng dẫn soạn thảo văn bản", "HD-01",
        "05/6/2012", "01", proc_body("guide", "2008", records=False),
        lab("procedure.internal", "revise", "HD-01", "01", "2012-06-05", "2008"))
    add("3. Quy trinh TTHC/QT-KCB-01.pdf", "Cấp phép hoạt động khám bệnh, chữa bệnh", "QT-KCB-01",
        "14/9/2016", "01", proc_body(None, "2008", tthc="cấp phép hoạt động khám bệnh, chữa bệnh"),
        lab("procedure.administrative", "revise", "QT-KCB-01", "01", "2016-09-14", "2008"))
    add("3. Quy trinh TTHC/QT-DUOC-02 Cap chung chi hanh nghe duoc.docx",
        "Quy trình cấp chứng chỉ hành nghề dược", "QT-DUOC-02", "14/9/2016", "01",
        proc_body(None, "2008", tthc="cấp chứng chỉ hành nghề dược"),
        lab("procedure.administrative", "revise", "QT-DUOC-02", "01", "2016-09-14", "2008"))
    docs.append(("4. Ho so/So theo doi hanh dong khac phuc 2025.docx",
                 dict(body=[p("SỞ Y TẾ HÀ TĨNH", bold=True), p("SỔ THEO DÕI HÀNH ĐỘNG KHẮC PHỤC 2025", bold=True, center=True),
                            tbl([["TT", "Ngày", "Sự không phù hợp", "Nguyên nhân", "Hành động khắc phục", "Kết quả"],
                                 ["1", "12/3/2025", "Hồ sơ trễ hạn 02 ngày", "Thiếu người", "Bố trí thêm người", "Đã đóng"],
                                 ["2", "20/6/2025", "Sai mẫu phiếu hẹn", "Chưa cập nhật mẫu", "Cập nhật mẫu", "Đã đóng"]])]),
                 lab("record.corrective_action", "keep")))
    docs.append(("4. Ho so/Bao cao danh gia noi bo lan 1 nam 2025.pdf",
                 dict(body=[p("SỞ Y TẾ HÀ TĨNH", bold=True), p("Hà Tĩnh, ngày 18 tháng 7 năm 2025"),
                            p("BÁO CÁO ĐÁNH GIÁ NỘI BỘ LẦN 1 NĂM 2025", bold=True, center=True),
                            p("Phạm vi đánh giá: Văn phòng Sở, phòng Nghiệp vụ Y, phòng Nghiệp vụ Dược."),
                            p("Kết quả: 02 điểm không phù hợp, 03 khuyến nghị; các phòng lập hành động khắc phục."),
                            p("Kết luận: hệ thống được duy trì, cần khắc phục các điểm nêu trên.")]),
                 lab("record.internal_audit", "keep", issued="2025-07-18")))
    docs.append(("5. Bieu mau/BM-VP-01 Phieu yeu cau hanh dong khac phuc.docx",
                 dict(body=[p("Mẫu: BM-VP-01", bold=True), p("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", bold=True, center=True),
                            p("Số phiếu: ……  Ngày: …/…/……"), p("Bộ phận được yêu cầu: ……………………"),
                            p("Mô tả sự không phù hợp: ……………………"), p("Nguyên nhân: ……………………"),
                            p("Hành động khắc phục đề xuất: ……………………"), p("Người thực hiện: ……… Thời hạn: ………")]),
                 lab("form", "keep", code="BM-VP-01")))
    tthc = [("1.004585", "Cấp phép hoạt động khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh"),
            ("1.004616", "Cấp chứng chỉ hành nghề dược", "Dược phẩm")]
    agency = dict(id="so-y-te", name=name, level="province",
                  clauses={"4.1": "missing", "4.2": "missing", "6.1": "missing", "5.2": "partial",
                           "7.5": "partial", "8.7": "partial", "9.2": "partial", "9.3": "partial",
                           "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


def thi_tran_nghen():
    a = "thị trấn Nghèn"
    name = "UBND thị trấn Nghèn"
    docs = []
    sign = "ngày 10 tháng 3 năm 2021"

    def add(path, title_lines, code, rev, body, labels, date=None):
        fields = [f"Mã hiệu: {code}", f"Lần ban hành: {rev}"]
        fields.append(f"Ngày ban hành: {date}" if date else "Hiệu lực kể từ ngày ký")
        docs.append((path, tpl_tt(a, title_lines, fields, body, None if date else sign), labels))

    add("01_HeThong/So tay HTQLCL.docx", ["SỔ TAY", "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"], "ST-TTN", "01",
        manual("2015"), lab("quality_manual", "keep", "ST-TTN", "01", "2021-03-10", "2015"))
    add("01_HeThong/Phan tich boi canh - cac ben lien quan.docx",
        ["PHÂN TÍCH BỐI CẢNH – CÁC BÊN LIÊN QUAN"], "BC-TTN", "01", context(),
        lab("context_analysis", "keep", "BC-TTN", "01", "2021-03-10", "2015"))
    add("01_HeThong/Chinh sach chat luong.pdf", ["CHÍNH SÁCH CHẤT LƯỢNG"], "CS-TTN", "01", policy("2015"),
        lab("quality_policy", "keep", "CS-TTN", "01", "2021-03-10", "2015"))
    add("01_HeThong/Muc tieu chat luong nam 2025.docx", ["MỤC TIÊU CHẤT LƯỢNG NĂM 2025"], "MT-TTN-2025",
        "01", objectives(True), lab("quality_objectives", "keep", "MT-TTN-2025", "01", "2025-01-03"),
        date="03/01/2025")
    add("01_HeThong/Bang nhan dien va danh gia rui ro, co hoi.pdf",
        ["BẢNG NHẬN DIỆN VÀ ĐÁNH GIÁ", "RỦI RO, CƠ HỘI"], "RR-TTN", "02", risk_table(),
        lab("risk_register", "keep", "RR-TTN", "02", "2025-02-14"), date="14/02/2025")
    add("02_QuyTrinh/QT-01 Kiem soat thong tin dang van ban.docx",
        ["QUY TRÌNH", "KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN"], "QT-01/TTN", "01", proc_body("info", "2015"),
        lab(DOCINFO, "keep", "QT-01/TTN", "01", "2021-03-10", "2015"))
    add("02_QuyTrinh/QT-02 Giai quyet rui ro va co hoi.docx",
        ["QUY TRÌNH", "GIẢI QUYẾT RỦI RO VÀ CƠ HỘI"], "QT-02/TTN", "01", proc_body("risk", "2015"),
        lab("procedure.risk_opportunity", "keep", "QT-02/TTN", "01", "2021-03-10", "2015"))
    add("02_QuyTrinh/QT-03 Danh gia noi bo.pdf", ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], "QT-03/TTN", "01",
        proc_body("audit", "2015"), lab("procedure.internal_audit", "keep", "QT-03/TTN", "01", "2021-03-10", "2015"))
    add("02_QuyTrinh/QT-04 Kiem soat su khong phu hop va hanh dong khac phuc.docx",
        ["QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC"], "QT-04/TTN", "01",
        proc_body("nc_ca", "2015"), lab(NCCA, "keep", "QT-04/TTN", "01", "2021-03-10", "2015"))
    add("02_QuyTrinh/QT-05 Xem xet cua lanh dao.docx", ["QUY TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO"], "QT-05/TTN",
        "01", proc_body("review", "2015"),
        lab("procedure.management_review", "keep", "QT-05/TTN", "01", "2021-03-10", "2015"))
    add("02_QuyTrinh/QT-06 Do luong su hai long.docx", ["QUY TRÌNH", "ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN"],
        "QT-06/TTN", "01", proc_body("sat", "2015"),
        lab("procedure.customer_satisfaction", "keep", "QT-06/TTN", "01", "2021-03-10", "2015"))
    add("03_TTHC/QT-CT-01 Chung thuc ban sao tu ban chinh.docx",
        ["QUY TRÌNH", "CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH"], "QT-CT-01", "02",
        proc_body(None, "2015", tthc="chứng thực bản sao từ bản chính"),
        lab("procedure.administrative", "keep", "QT-CT-01", "02", "2023-05-12", "2015"), date="12/5/2023")
    add("03_TTHC/QT-HT-02 Dang ky ket hon.pdf", ["QUY TRÌNH", "ĐĂNG KÝ KẾT HÔN"], "QT-HT-02", "02",
        proc_body(None, "2015", tthc="đăng ký kết hôn"),
        lab("procedure.administrative", "keep", "QT-HT-02", "02", "2023-05-12", "2015"), date="12/5/2023")
    docs.append(("04_Khac/Quy che dan chu co so.docx",
                 dict(body=[p("ỦY BAN NHÂN DÂN", bold=True, center=True), p("THỊ TRẤN NGHÈN", bold=True, center=True),
                            p("QUY CHẾ", bold=True, center=True),
                            p("Thực hiện dân chủ ở cơ sở tại thị trấn Nghèn", bold=True, center=True),
                            p("Chương I. QUY ĐỊNH CHUNG", bold=True),
                            p("Điều 1. Quy chế này quy định những việc phải công khai để nhân dân biết, "
                              "những việc nhân dân bàn và quyết định, những việc nhân dân giám sát."),
                            p("Điều 2. Cán bộ, công chức thị trấn có trách nhiệm thực hiện quy chế."),
                            p("Nghèn, ngày 15 tháng 4 năm 2024", center=True)]),
                 lab("other", "keep", issued="2024-04-15")))
    tthc = [("2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực"),
            ("1.000894", "Đăng ký kết hôn", "Hộ tịch")]
    full = {c: "covered" for c in ["4.1", "4.2", "4.3", "5.2", "6.1", "6.2", "7.5", "8.7", "9.1",
                                   "9.2", "9.3", "10.2"]}
    agency = dict(id="ubnd-thi-tran-nghen", name=name, level="commune", clauses=full, must_find=[],
                  must_not=[{"severity": "major"}, {"id": "preventive-action-replaced-by-risk"}])
    return agency, docs, tthc


def ban_quan_ly():
    name = "Ban Quản lý Khu kinh tế tỉnh"
    docs = []

    def add(path, title, code, rev_line, body, labels):
        docs.append((path, tpl_bql(name, title, code, rev_line, body), labels))

    add("He thong/So tay chat luong.docx", "Sổ tay chất lượng", "STCL-BQL", "Lần ban hành: 03 (Ngày 12/5/2016)",
        manual("2015"), lab("quality_manual", "keep", "STCL-BQL", "03", "2016-05-12", "2015"))
    add("He thong/Chinh sach chat luong.docx", "Chính sách chất lượng", "CSCL-BQL",
        "Lần ban hành: 01 (Ngày 20/8/2011)", policy("2008"),
        lab("quality_policy", "revise", "CSCL-BQL", "01", "2011-08-20", "2008"))
    add("He thong/Muc tieu chat luong nam 2025.pdf", "Mục tiêu chất lượng năm 2025", "MTCL-BQL-2025",
        "Lần ban hành: 01 (Ngày 07/01/2025)", objectives(True),
        lab("quality_objectives", "keep", "MTCL-BQL-2025", "01", "2025-01-07"))
    add("Quy trinh/QT-BQL-01 Kiem soat thong tin dang van ban.docx", "Quy trình kiểm soát thông tin dạng văn bản",
        "QT-BQL-01", "Lần ban hành: 03 (Ngày 12/5/2016)", proc_body("info", "2015"),
        lab(DOCINFO, "keep", "QT-BQL-01", "03", "2016-05-12", "2015"))
    add("Quy trinh/QT-BQL-02 Quan ly rui ro va co hoi.pdf", "Quy trình quản lý rủi ro và cơ hội", "QT-BQL-02",
        "Lần ban hành: 01 (Ngày 12/5/2016)", proc_body("risk", "2015"),
        lab("procedure.risk_opportunity", "keep", "QT-BQL-02", "01", "2016-05-12", "2015"))
    add("Quy trinh/QT-BQL-03 Danh gia noi bo.docx", "Quy trình đánh giá nội bộ", "QT-BQL-03",
        "Lần ban hành: 02 (Ngày 20/8/2011)", proc_body("audit", "2008"),
        lab("procedure.internal_audit", "revise", "QT-BQL-03", "02", "2011-08-20", "2008"))
    add("Quy trinh/QT-BQL-04 Kiem soat san pham khong phu hop.docx", "Quy trình kiểm soát sản phẩm không phù hợp",
        "QT-BQL-04", "Lần ban hành: 02 (Ngày 20/8/2011)", proc_body("nc", "2008"),
        lab("procedure.nonconforming_product", "merge", "QT-BQL-04", "02", "2011-08-20", "2008", NCCA))
    add("Quy trinh/QT-BQL-05 Hanh dong khac phuc.pdf", "Quy trình hành động khắc phục", "QT-BQL-05",
        "Lần ban hành: 02 (Ngày 20/8/2011)", proc_body("ca", "2008"),
        lab("procedure.corrective_action", "merge", "QT-BQL-05", "02", "2011-08-20", "2008", NCCA))
    add("Quy trinh/QT-BQL-06 Xem xet cua lanh dao.docx", "Quy trình xem xét của lãnh đạo", "QT-BQL-06",
        "Lần ban hành: 03 (Ngày 12/5/2016)", proc_body("review", "2015"),
        lab("procedure.management_review", "keep", "QT-BQL-06", "03", "2016-05-12", "2015"))
    add("Quy trinh/QT-BQL-07 Do luong su thoa man cua khach hang.docx",
        "Quy trình đo lường sự thỏa mãn của khách hàng", "QT-BQL-07", "Lần ban hành: 02 (Ngày 20/8/2011)",
        proc_body("sat", "2008"),
        lab("procedure.customer_satisfaction", "revise", "QT-BQL-07", "02", "2011-08-20", "2008"))
    add("Quy trinh TTHC/QT-DT-01 Cap giay chung nhan dang ky dau tu.pdf",
        "Quy trình cấp Giấy chứng nhận đăng ký đầu tư", "QT-DT-01", "Lần ban hành: 02 (Ngày 03/4/2019)",
        proc_body(None, "2015", tthc="cấp Giấy chứng nhận đăng ký đầu tư"),
        lab("procedure.administrative", "keep", "QT-DT-01", "02", "2019-04-03", "2015"))
    docs.append(("Van ban khac/Bao cao ket qua CCHC quy I nam 2025.docx",
                 dict(body=[p(name.upper(), bold=True), p("Hà Tĩnh, ngày 25 tháng 3 năm 2025"),
                            p("BÁO CÁO", bold=True, center=True),
                            p("Kết quả công tác cải cách hành chính quý I năm 2025", bold=True, center=True),
                            p("I. KẾT QUẢ THỰC HIỆN", bold=True),
                            p("1. Cải cách thể chế: rà soát 05 văn bản quy phạm pháp luật."),
                            p("2. Cải cách thủ tục hành chính: tiếp nhận 214 hồ sơ, giải quyết đúng hạn 100%."),
                            p("II. PHƯƠNG HƯỚNG QUÝ II", bold=True),
                            p("Tiếp tục đẩy mạnh dịch vụ công trực tuyến toàn trình.")]),
                 lab("other", "keep", issued="2025-03-25")))
    agency = dict(id="ban-quan-ly-kkt", name=name, level="province",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "covered", "5.2": "partial",
                           "6.1": "covered", "6.2": "covered", "7.5": "covered", "8.7": "partial",
                           "9.1": "partial", "9.2": "partial", "9.3": "covered", "10.2": "partial"},
                  must_find=[{"clause": "4.1", "severity": "major"}],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "7.5", "severity": "major"}])
    return agency, docs, None


# ------------------------------------------------------------------------------------------------
# Output
# ------------------------------------------------------------------------------------------------

def main():
    write_campaign(HERE, "blind3", "Blind campaign 3 (third firm)", YEAR, "Hà Tĩnh", (so_y_te, thi_tran_nghen, ban_quan_ly))


if __name__ == "__main__":
    main()
