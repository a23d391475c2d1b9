#!/usr/bin/env python3
"""Seventh blind campaign: writes tests/blind7/campaign/ and tests/blind7/expected.toml.

Two agencies of Phú Yên province, written by a seventh author whose point is PDFs as the
programs agencies really use write them (every earlier blind PDF came from LibreOffice):

  * Sở Khoa học và Công nghệ (province; converted to TCVN ISO 9001:2015 on 14/8/2020 except the
    management review "THỦ TỤC" of 2016). Word 365 "Save as PDF" (Type0/Identity-H fonts over
    CIDFontType2, ToUnicode maps with bfrange/bfchar, TJ arrays with kerning, words spaced by
    positioning on justified lines, tagged content with /Artifact headers and footers), one of
    them typed with the Windows keyboard (tone marks as separate combining glyphs), one with an
    "fi" ligature glyph; Acrobat PDFMaker (object streams and a cross-reference stream);
    Microsoft Print to PDF (one glyph per show operator, 600 dpi device space with y going
    down, page header drawn last); novaPDF (one syllable per show operator, TrueType fonts with
    WinAnsiEncoding + /Differences naming /uniXXXX glyphs, a plan table drawn column by column
    on a page turned with /Rotate 90; a risk register on a landscape MediaBox); Foxit Reader
    PDF Printer (the page in a Form XObject, a Legal-size MediaBox with an offset A4 CropBox);
    a procedure made "read-only" by the e-office system (RC4 40-bit, empty user password, copy
    not allowed: readable); a scan without a text layer; a procedure printed through an old
    PostScript driver to Distiller (Type3 fonts, codes in order of first use, no ToUnicode: the
    text layer is gibberish); a procedure cut at 60 % of its bytes by a failed download.
  * UBND thị xã Sông Cầu (district; on TCVN ISO 9001:2008 since 2017). Distiller with Type1
    fonts whose /Differences use Adobe Glyph List names only (/ohornacute, /dcroat); Word 2010,
    2013 and 2016; a procedure whose issue date was corrected in Acrobat (an incremental update
    with a new content stream; the first revision is still in the file); Microsoft Print to
    PDF; doPDF with a glyph drawn for "ươ" (one glyph, two characters in ToUnicode); PDF-XChange
    with simple fonts and a CropBox offset; Ghostscript with a custom one-byte encoding that only
    its ToUnicode explains; a management-review procedure encrypted with a user password.

Every hand-built PDF's labels are written next to its content, by hand, from what the document
says; they are not produced by running the analysis. Standard library only. Type0 fonts carry
an embedded TrueType subset whose glyphs are plain boxes (the glyph ids, advances and ToUnicode
maps are what text extraction uses); simple fonts are not embedded, as drivers often leave
Times New Roman out. Nothing depends on the clock, so every run writes the same bytes. tests/blind7/check.py compares pdftotext's output
with the intended text.

Usage: python3 tests/blind7/make.py
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "blindkit"))

import wordml  # noqa: E402
from campaign import DOCINFO, NCCA, RISK, lab, not_read, write_labelled_campaign  # noqa: E402
from pdftext import (L, Break, Cell, Layout, P, Space, Style, Tbl, render, render_edited,  # noqa: E402
                     render_scan, running_text, scan_page)

YEAR = 2025


# ================================================================================================
# Shared building blocks
# ================================================================================================

def hd(text, size=13):
    return P(text, size=size, bold=True, tag="H1", align="left", before=5, after=3)


def h2(text, size=13):
    return P(text, size=size, bold=True, italic=True, tag="H2", align="left", before=2, after=2)


def para(text, size=13):
    return P(text, size=size, first=28)


def dash(text, size=13):
    return P("- " + text, size=size, indent=14)


def plus(text, size=13):
    return P("+ " + text, size=size, indent=28)


def records(rows, size=12, head=("TT", "Tên hồ sơ", "Trách nhiệm lưu", "Thời gian lưu")):
    return Tbl([list(head)] + [[str(k + 1)] + list(r) for k, r in enumerate(rows)], [30, 230, 130, 90], size=size,
               head=1, align=["center", "left", "left", "center"])


def steps(rows, size=11.5, head=("Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả")):
    return Tbl([list(head)] + [list(r) for r in rows], [38, 200, 95, 70, 90], size=size, head=1,
               align=["center", "left", "left", "center", "left"])


def forms(rows, size=13):
    return [dash(f"{c}: {n}.", size) for c, n in rows]


def sign_block(place_date, role, name, size=13):
    return [Space(6), P(place_date, size=size, italic=True, align="right", after=0),
            P(role, size=size, bold=True, align="right", after=0), P("(Đã ký)", size=size, align="right", after=0),
            Space(14), P(name, size=size, bold=True, align="right")]


# ================================================================================================
# Sở Khoa học và Công nghệ tỉnh Phú Yên
# ================================================================================================

KH_SIGN = [("Võ Thị Kim Oanh", "Thư ký ISO"), ("Phạm Minh Đức", "Chánh Văn phòng"), ("Trần Quốc Hưng", "Giám đốc Sở")]
KH_CONV = "14/8/2020"


def kh_cover(kind_word, title, code, rev, date, signers=KH_SIGN, history=None, size=13):
    """Cover table (agency | title | four field rows), sign-off grid, revision history."""
    out = [Tbl([[Cell("UBND TỈNH PHÚ YÊN\nSỞ KHOA HỌC\nVÀ CÔNG NGHỆ", rowspan=4, bold=True, size=11.5),
                 Cell(kind_word + "\n" + title, rowspan=4, bold=True, align="center", size=14),
                 Cell("Mã hiệu: " + code, size=11.5)],
                [Cell("Lần ban hành: " + rev, size=11.5)],
                [Cell("Ngày ban hành: " + date, size=11.5)],
                [Cell("Trang: 1/{TOTAL}", size=11.5)]], [138, 202, 130], valign="center", align=["center"] * 3),
           Space(6),
           Tbl([["", "Soạn thảo", "Xem xét", "Phê duyệt"],
                ["Họ và tên"] + [n for n, _ in signers],
                ["Chức vụ"] + [r for _, r in signers],
                ["Chữ ký", "(Đã ký)", "(Đã ký)", "(Đã ký)"]], [80, 130, 130, 130], size=11.5, head=1,
               align=["left", "center", "center", "center"])]
    if history:
        out += [Space(4), P("THEO DÕI SỬA ĐỔI TÀI LIỆU", size=12, bold=True, align="left", after=2),
                Tbl([["TT", "Ngày sửa đổi", "Vị trí sửa đổi", "Nội dung sửa đổi", "Lần ban hành"]] +
                    [list(r) for r in history], [28, 75, 75, 220, 65], size=11, head=1,
                    align=["center", "center", "center", "left", "center"])]
    return out + [Space(6)]


def kh_running(code, rev, edition):
    def header(lay, page, no, total):
        y = page.h - 38
        if no == 1:
            return [running_text(page, page.w / 2, y, f"HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:{edition}", 9,
                                 "header", align="center", italic=True)]
        return [running_text(page, lay.x0, y, "SỞ KHOA HỌC VÀ CÔNG NGHỆ PHÚ YÊN", 9.5, "header", bold=True),
                running_text(page, lay.x0 + 300, y, code, 9.5, "header", bold=True, align="center"),
                running_text(page, lay.x1, y, f"Lần ban hành: {rev}", 9.5, "header", align="right"),
                L(lay.x0, y - 5, lay.x1, y - 5, role="header")]

    def footer(lay, page, no, total):
        y = 34
        return [L(lay.x0, y + 11, lay.x1, y + 11, role="footer"),
                running_text(page, lay.x0, y, "Tài liệu thuộc hệ thống quản lý chất lượng - không tự ý sao chép", 9,
                             "footer", italic=True),
                running_text(page, lay.x1, y, f"Trang {no}/{total}", 9.5, "footer", align="right")]
    return header, footer


def kh_layout(blocks, code, rev, edition="2015"):
    header, footer = kh_running(code, rev, edition)
    return Layout(blocks, header, footer, margins=(70.9, 56.7, 62, 64)).pages


KH_SCOPE = [hd("2. PHẠM VI ÁP DỤNG"),
            para("Áp dụng đối với Văn phòng, Thanh tra Sở, Phòng Quản lý khoa học, Phòng Quản lý công nghệ và "
                 "chuyên ngành, Chi cục Tiêu chuẩn Đo lường Chất lượng và Bộ phận tiếp nhận và trả kết quả của Sở "
                 "tại Trung tâm Phục vụ hành chính công tỉnh.")]


def kh_manual():
    processes = [["TT", "Quá trình", "Thông tin dạng văn bản", "Đơn vị chủ trì"],
                 ["1", "Hoạch định hệ thống, xác định bối cảnh, rủi ro và cơ hội", "BC-HT; QT-HT-02", "Ban ISO"],
                 ["2", "Kiểm soát thông tin dạng văn bản", "QT-HT-01", "Văn phòng"],
                 ["3", "Giải quyết thủ tục hành chính", "QT-NV-01 đến QT-NV-12", "Các phòng, Chi cục"],
                 ["4", "Đánh giá nội bộ", "QT-HT-03", "Thư ký ISO"],
                 ["5", "Kiểm soát sự không phù hợp và hành động khắc phục", "QT-HT-04", "Các đơn vị"],
                 ["6", "Xem xét của lãnh đạo", "TT-HT-05", "Giám đốc Sở"]]
    return kh_cover("SỔ TAY", "CHẤT LƯỢNG", "ST-HT", "02", KH_CONV,
                    history=[("1", "10/5/2016", "", "Ban hành lần đầu", "01"),
                             ("2", KH_CONV, "Toàn bộ", "Chuyển đổi theo TCVN ISO 9001:2015; bổ sung bối cảnh, rủi ro "
                                                      "và cơ hội", "02")]) + [
        hd("1. GIỚI THIỆU CHUNG"),
        para("Sở Khoa học và Công nghệ tỉnh Phú Yên là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu "
             "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về hoạt động khoa học và công nghệ; phát triển tiềm lực "
             "khoa học và công nghệ; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; ứng dụng bức xạ và đồng vị "
             "phóng xạ; an toàn bức xạ và hạt nhân trên địa bàn tỉnh."),
        para("Sổ tay này mô tả hệ thống quản lý chất lượng của Sở được xây dựng theo tiêu chuẩn quốc gia TCVN ISO "
             "9001:2015, mô hình khung ban hành kèm theo Quyết định số 101/QĐ-BKHCN năm 2019 của Bộ Khoa học và Công "
             "nghệ."),
        hd("2. PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"),
        para("Hệ thống quản lý chất lượng được áp dụng cho toàn bộ hoạt động tiếp nhận, giải quyết và trả kết quả "
             "thủ tục hành chính thuộc thẩm quyền của Sở trong các lĩnh vực: hoạt động khoa học và công nghệ; tiêu "
             "chuẩn đo lường chất lượng; an toàn bức xạ và hạt nhân; sở hữu trí tuệ; chuyển giao công nghệ; và các "
             "hoạt động nội bộ hỗ trợ việc giải quyết thủ tục hành chính."),
        para("Các yêu cầu không áp dụng: điều 8.3 (thiết kế và phát triển sản phẩm, dịch vụ) vì quy trình giải quyết "
             "thủ tục hành chính do pháp luật quy định; điều 7.1.5 (nguồn lực theo dõi và đo lường) vì Sở không sử "
             "dụng thiết bị đo để xác nhận sự phù hợp của kết quả giải quyết thủ tục hành chính."),
        hd("3. BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM"),
        para("Các vấn đề bên ngoài, nội bộ và nhu cầu, mong đợi của các bên quan tâm được xác định trong tài liệu "
             "BC-HT, được xem xét ít nhất mỗi năm một lần và là căn cứ nhận diện rủi ro và cơ hội theo QT-HT-02."),
        hd("4. CÁC QUÁ TRÌNH CỦA HỆ THỐNG VÀ SỰ TƯƠNG TÁC"),
        Tbl(processes, [28, 200, 130, 100], size=11.5, head=1, align=["center", "left", "left", "left"]),
        hd("5. CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG"),
        para("Chính sách chất lượng (CS-HT) do Giám đốc Sở ban hành, được phổ biến đến toàn thể công chức, viên chức. "
             "Mục tiêu chất lượng được thiết lập hằng năm cùng kế hoạch thực hiện, nêu rõ công việc, nguồn lực, "
             "trách nhiệm, thời hạn và cách đánh giá kết quả."),
        hd("6. VAI TRÒ, TRÁCH NHIỆM VÀ QUYỀN HẠN"),
        dash("Giám đốc Sở: chịu trách nhiệm cao nhất về hiệu lực của hệ thống quản lý chất lượng; phê duyệt chính "
             "sách, mục tiêu và thông tin dạng văn bản; chủ trì xem xét của lãnh đạo."),
        dash("Ban ISO: do một Phó Giám đốc làm Trưởng ban, điều phối việc duy trì và cải tiến hệ thống."),
        dash("Thư ký ISO: theo dõi thông tin dạng văn bản, tổng hợp rủi ro và cơ hội, tổ chức đánh giá nội bộ."),
        hd("7. NGUỒN LỰC VÀ TRI THỨC CỦA TỔ CHỨC"),
        para("Sở bố trí nhân lực, cơ sở hạ tầng, môi trường làm việc và phần mềm một cửa điện tử; tri thức của tổ chức "
             "được lưu trên hệ thống quản lý văn bản và được chia sẻ qua tập huấn nội bộ hằng năm."),
        hd("8. THEO DÕI, ĐO LƯỜNG, ĐÁNH GIÁ VÀ CẢI TIẾN"),
        para("Sự hài lòng của tổ chức, công dân được khảo sát 06 tháng một lần; đánh giá nội bộ ít nhất 01 lần/năm "
             "theo QT-HT-03; xem xét của lãnh đạo ít nhất 01 lần/năm; sự không phù hợp được kiểm soát và khắc phục "
             "theo QT-HT-04.")] + sign_block("Phú Yên, ngày 14 tháng 8 năm 2020", "GIÁM ĐỐC", "Trần Quốc Hưng")


def kh_policy():
    cover = [Tbl([[Cell("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH PHÚ YÊN", rowspan=3, bold=True, size=11.5),
                   Cell("CHÍNH SÁCH CHẤT LƯỢNG", rowspan=3, bold=True, size=15),
                   Cell("Mã hiệu: CS-HT", size=11.5)],
                  [Cell("Lần ban hành: 02", size=11.5)],
                  [Cell("Ngày ban hành: 14/08/2020", size=11.5)]], [140, 200, 130], valign="center",
                 align=["center", "center", "left"]), Space(30)]
    return cover + [
        para("Sở Khoa học và Công nghệ tỉnh Phú Yên cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên hệ "
             "thống quản lý chất lượng phù hợp với tiêu chuẩn quốc gia TCVN ISO 9001:2015, nhằm giải quyết thủ tục "
             "hành chính cho tổ chức, cá nhân đúng pháp luật, nhanh chóng, công khai và minh bạch."),
        Space(6),
        P("KHOA HỌC - CHÍNH XÁC - MINH BẠCH - HIỆU QUẢ", size=14, bold=True, align="center"),
        Space(6),
        para("Để thực hiện chính sách này, lãnh đạo Sở cam kết:"),
        dash("Công khai đầy đủ thủ tục hành chính, hướng dẫn tổ chức, cá nhân một lần, rõ ràng, đầy đủ."),
        dash("Giải quyết hồ sơ đúng hoặc trước thời hạn; ứng dụng dịch vụ công trực tuyến toàn trình."),
        dash("Xác định bối cảnh, nhận diện và xử lý rủi ro, nắm bắt cơ hội để cải tiến liên tục."),
        dash("Bố trí đủ nguồn lực; đào tạo công chức, viên chức tận tụy, chuyên nghiệp."),
        para("Chính sách chất lượng được phổ biến đến toàn thể công chức, viên chức và được xem xét định kỳ tại cuộc "
             "họp xem xét của lãnh đạo.")] + sign_block("Phú Yên, ngày 14 tháng 8 năm 2020", "GIÁM ĐỐC",
                                                         "Trần Quốc Hưng")


def kh_policy_running():
    def header(lay, page, no, total):
        return [running_text(page, page.w / 2, page.h - 38, "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:2015", 9,
                             "header", align="center", italic=True)]

    def footer(lay, page, no, total):
        return [running_text(page, lay.x1, 34, f"Trang {no}/{total}", 9.5, "footer", align="right")]
    return header, footer


def kh_objectives():
    plan = [["TT", "Mục tiêu", "Nội dung công việc", "Nguồn lực", "Trách nhiệm", "Thời gian hoàn thành",
             "Cách thức đánh giá kết quả"],
            ["1", "100% hồ sơ TTHC đúng hạn", "Theo dõi tiến độ trên Hệ thống thông tin giải quyết TTHC của tỉnh; nhắc "
             "hạn hằng tuần", "Phần mềm một cửa; 01 công chức Văn phòng", "Chánh Văn phòng", "Hằng tháng",
             "Tỷ lệ hồ sơ đúng hạn trên hệ thống"],
            ["2", "80% hồ sơ nộp trực tuyến", "Hướng dẫn tổ chức, cá nhân nộp hồ sơ qua Cổng Dịch vụ công quốc gia",
             "Kinh phí tập huấn 20 triệu đồng", "Trưởng phòng Quản lý công nghệ và chuyên ngành", "Quý III/2025",
             "Số liệu Cổng Dịch vụ công"],
            ["3", "Hài lòng từ 95% trở lên", "Khảo sát ý kiến tổ chức, công dân 06 tháng/lần",
             "Phiếu khảo sát; khảo sát trực tuyến", "Thư ký ISO", "Tháng 6 và tháng 12", "Báo cáo kết quả khảo sát"],
            ["4", "Cập nhật 100% quy trình khi văn bản pháp luật thay đổi", "Rà soát văn bản quy phạm pháp luật hằng "
             "tháng; đề xuất sửa đổi trong 10 ngày làm việc", "Công chức pháp chế", "Chánh Thanh tra Sở",
             "Hằng tháng", "Danh mục quy trình đã cập nhật"],
            ["5", "Tập huấn 100% công chức", "Mở 02 lớp tập huấn nghiệp vụ và hệ thống quản lý chất lượng",
             "Kinh phí đào tạo năm 2025", "Chánh Văn phòng", "Quý II/2025", "Danh sách học viên"]]
    return [Tbl([[Cell("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH PHÚ YÊN", rowspan=3, bold=True, size=11.5),
                  Cell("MỤC TIÊU CHẤT LƯỢNG\nNĂM 2025", rowspan=3, bold=True, size=14),
                  Cell("Mã hiệu: MT-HT", size=11.5)],
                 [Cell("Lần ban hành: 01", size=11.5)],
                 [Cell("Ngày ban hành: 06/01/2025", size=11.5)]], [140, 200, 130], valign="center",
                align=["center", "center", "left"]),
            Space(12),
            hd("I. CĂN CỨ XÂY DỰNG MỤC TIÊU"),
            dash("Chính sách chất lượng CS-HT của Sở Khoa học và Công nghệ."),
            dash("Điều 6.2 của tiêu chuẩn TCVN ISO 9001:2015."),
            dash("Kết quả thực hiện mục tiêu chất lượng năm 2024 và Sổ theo dõi rủi ro và cơ hội năm 2025."),
            hd("II. MỤC TIÊU CHẤT LƯỢNG NĂM 2025"),
            para("1. 100% hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn."),
            para("2. Tối thiểu 80% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."),
            para("3. Mức độ hài lòng của tổ chức, công dân đạt từ 95% trở lên."),
            para("4. 100% quy trình được cập nhật khi văn bản pháp luật liên quan thay đổi."),
            para("5. 100% công chức trực tiếp giải quyết thủ tục hành chính được tập huấn trong năm."),
            hd("III. KẾ HOẠCH THỰC HIỆN"),
            para("Kế hoạch thực hiện các mục tiêu tại trang 2 là bộ phận không tách rời của văn bản này; kết quả được "
                 "đánh giá 06 tháng một lần và báo cáo tại cuộc họp xem xét của lãnh đạo."),
            ] + sign_block("Phú Yên, ngày 06 tháng 01 năm 2025", "GIÁM ĐỐC", "Trần Quốc Hưng") + [
            Break(landscape=True),
            P("KẾ HOẠCH THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG NĂM 2025", size=14, bold=True, align="center", after=8),
            Tbl(plan, [28, 120, 190, 120, 110, 80, 120], size=11.5, head=1,
                align=["center", "left", "left", "left", "left", "center", "left"])]


def kh_objectives_running():
    def header(lay, page, no, total):
        y = page.h - 34
        return [running_text(page, lay.x0, y, "Sở Khoa học và Công nghệ tỉnh Phú Yên", 9, "header", italic=True),
                running_text(page, lay.x1, y, "MT-HT - Lần ban hành: 01", 9, "header", align="right", italic=True)]

    def footer(lay, page, no, total):
        return [running_text(page, (lay.x0 + lay.x1) / 2, 30, f"Trang {no}/{total}", 9.5, "footer", align="center")]
    return header, footer


def kh_information():
    return kh_cover("QUY TRÌNH", "KIỂM SOÁT THÔNG TIN\nDẠNG VĂN BẢN", "QT-HT-01", "02", KH_CONV,
                    history=[("1", "10/5/2016", "", "Ban hành lần đầu (Thủ tục kiểm soát tài liệu)", "01"),
                             ("2", KH_CONV, "Toàn bộ", "Hợp nhất kiểm soát tài liệu và kiểm soát hồ sơ; chuyển đổi "
                                                      "theo TCVN ISO 9001:2015", "02")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy trình này quy định thống nhất cách thức tạo lập, cập nhật, phê duyệt, phân phối, sử dụng, bảo vệ, "
             "lưu giữ và hủy bỏ thông tin dạng văn bản của hệ thống quản lý chất lượng, gồm thông tin được duy trì "
             "(tài liệu) và thông tin được lưu giữ (hồ sơ)."),
        ] + KH_SCOPE + [
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("TCVN ISO 9001:2015, điều 7.5 Thông tin dạng văn bản."),
        dash("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư."),
        dash("Luật Lưu trữ số 01/2011/QH13."),
        hd("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        dash("Thông tin dạng văn bản được duy trì: chính sách, mục tiêu, sổ tay, quy trình, hướng dẫn, biểu mẫu."),
        dash("Thông tin dạng văn bản được lưu giữ: hồ sơ làm bằng chứng về sự phù hợp."),
        dash("TTDVB: thông tin dạng văn bản; HTQLCL: hệ thống quản lý chất lượng."),
        hd("5. NỘI DUNG"),
        h2("5.1. Tạo lập và cập nhật"),
        para("Đơn vị có nhu cầu lập Phiếu đề nghị tạo lập, sửa đổi (BM-01/QT-HT-01) gửi Thư ký ISO; người được phân "
             "công biên soạn dự thảo và lấy ý kiến các đơn vị liên quan; Chánh Văn phòng kiểm tra tính thống nhất "
             "trước khi trình Giám đốc Sở phê duyệt."),
        h2("5.2. Phân phối, sử dụng và bảo vệ"),
        para("Văn thư phát hành bản điện tử qua Hệ thống quản lý văn bản và điều hành; Thư ký ISO cập nhật Danh mục "
             "thông tin dạng văn bản nội bộ (BM-02/QT-HT-01); bản cũ được thu hồi hoặc đánh dấu hết hiệu lực."),
        h2("5.3. Thông tin dạng văn bản có nguồn gốc bên ngoài"),
        para("Công chức pháp chế rà soát văn bản quy phạm pháp luật hằng tháng, cập nhật Danh mục văn bản bên ngoài "
             "và đề nghị sửa đổi quy trình trong thời hạn 10 ngày làm việc kể từ khi văn bản mới có hiệu lực."),
        h2("5.4. Thông tin dạng văn bản được lưu giữ (hồ sơ)"),
        para("Mỗi đơn vị lập Danh mục hồ sơ lưu (BM-03/QT-HT-01) ghi rõ tên hồ sơ, nơi lưu, thời gian lưu và cách "
             "thức hủy; hồ sơ điện tử được sao lưu hằng tuần; hết thời hạn lưu, Văn phòng lập biên bản hủy trình "
             "Giám đốc Sở phê duyệt."),
        hd("6. HỒ SƠ"),
        records([("Phiếu đề nghị tạo lập, sửa đổi", "Văn phòng", "03 năm"),
                 ("Danh mục thông tin dạng văn bản nội bộ", "Thư ký ISO", "Đến khi thay thế"),
                 ("Danh mục hồ sơ lưu của các đơn vị", "Các đơn vị", "05 năm"),
                 ("Biên bản hủy hồ sơ", "Văn phòng", "Vĩnh viễn")]),
        hd("7. BIỂU MẪU")] + forms([("BM-01/QT-HT-01", "Phiếu đề nghị tạo lập, sửa đổi thông tin dạng văn bản"),
                                     ("BM-02/QT-HT-01", "Danh mục thông tin dạng văn bản nội bộ"),
                                     ("BM-03/QT-HT-01", "Danh mục hồ sơ lưu")])


def kh_risk():
    levels = [["Điểm rủi ro (Khả năng x Mức độ)", "Mức rủi ro", "Yêu cầu xử lý"],
              ["1 - 4", "Thấp", "Chấp nhận, tiếp tục theo dõi"],
              ["5 - 12", "Trung bình", "Có biện pháp kiểm soát, theo dõi hằng quý"],
              ["15 - 25", "Cao", "Xử lý ngay, báo cáo Giám đốc Sở"]]
    return kh_cover("QUY TRÌNH", "QUẢN LÝ RỦI RO\nVÀ CƠ HỘI", "QT-HT-02", "01", KH_CONV,
                    history=[("1", KH_CONV, "", "Ban hành lần đầu, thay thế Thủ tục hành động phòng ngừa", "01")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định cách thức nhận diện, phân tích, đánh giá rủi ro và cơ hội có thể ảnh hưởng đến khả năng đạt "
             "được kết quả dự kiến của hệ thống quản lý chất lượng; hoạch định, thực hiện hành động giải quyết rủi "
             "ro, nắm bắt cơ hội và đánh giá hiệu lực của các hành động đó."),
        ] + KH_SCOPE + [
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("TCVN ISO 9001:2015, điều 4.1, 4.2 và 6.1."),
        dash("TCVN ISO 31000:2018 Quản lý rủi ro - Hướng dẫn."),
        hd("4. ĐỊNH NGHĨA"),
        dash("Rủi ro: tác động của sự không chắc chắn đến kết quả giải quyết công việc."),
        dash("Cơ hội: tình huống thuận lợi giúp nâng cao hiệu quả phục vụ tổ chức, công dân."),
        hd("5. NỘI DUNG"),
        h2("5.1. Nhận diện rủi ro và cơ hội"),
        para("Tháng 01 hằng năm và khi có thay đổi lớn, căn cứ tài liệu bối cảnh (BC-HT) và các quá trình được giao, "
             "mỗi đơn vị lập Phiếu nhận diện rủi ro và cơ hội (BM-01/QT-HT-02)."),
        h2("5.2. Phân tích và đánh giá"),
        para("Mỗi rủi ro được chấm điểm khả năng xảy ra và mức độ tác động theo thang 1 đến 5; điểm rủi ro là tích "
             "của hai điểm này và được phân loại như sau:"),
        Tbl(levels, [150, 100, 220], size=12, head=1, align=["center", "center", "left"]),
        h2("5.3. Hoạch định và thực hiện hành động"),
        para("Thư ký ISO tổng hợp vào Sổ theo dõi rủi ro và cơ hội (BM-02/QT-HT-02), ghi rõ biện pháp, người thực "
             "hiện, thời hạn; Giám đốc Sở phê duyệt. Hành động phải tương xứng với tác động tiềm ẩn đến sự phù hợp "
             "của kết quả giải quyết thủ tục hành chính."),
        h2("5.4. Theo dõi và đánh giá hiệu lực"),
        para("Sáu tháng một lần các đơn vị đánh giá hiệu lực của biện pháp; kết quả là đầu vào của cuộc họp xem xét "
             "của lãnh đạo và được cập nhật khi có sự không phù hợp hoặc thay đổi."),
        hd("6. HỒ SƠ"),
        records([("Phiếu nhận diện rủi ro và cơ hội", "Các đơn vị", "03 năm"),
                 ("Sổ theo dõi rủi ro và cơ hội", "Thư ký ISO", "03 năm")]),
        hd("7. BIỂU MẪU")] + forms([("BM-01/QT-HT-02", "Phiếu nhận diện rủi ro và cơ hội"),
                                     ("BM-02/QT-HT-02", "Sổ theo dõi rủi ro và cơ hội")])


def kh_audit():
    return kh_cover("QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ", "QT-HT-03", "02", KH_CONV,
                    history=[("1", "10/5/2016", "", "Ban hành lần đầu", "01"),
                             ("2", KH_CONV, "Toàn bộ", "Chuyển đổi theo TCVN ISO 9001:2015", "02")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định việc hoạch định, thực hiện đánh giá nội bộ nhằm xác định hệ thống quản lý chất lượng có phù "
             "hợp với các yêu cầu của Sở, của tiêu chuẩn và có được áp dụng, duy trì một cách hiệu lực hay không."),
        ] + KH_SCOPE + [
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("TCVN ISO 9001:2015, điều 9.2 Đánh giá nội bộ."),
        dash("TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý."),
        hd("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        dash("ĐGNB: đánh giá nội bộ; KPH: không phù hợp; CGĐG: chuyên gia đánh giá."),
        hd("5. NỘI DUNG"),
        steps([("1", "Lập chương trình đánh giá nội bộ năm, ít nhất 01 lần/năm, có xét đến tầm quan trọng của các quá "
                     "trình, các thay đổi và kết quả xử lý rủi ro", "Thư ký ISO", "Tháng 3", "BM-01/QT-HT-03"),
               ("2", "Phê duyệt chương trình, thành lập đoàn đánh giá gồm CGĐG đã được đào tạo, độc lập với công việc "
                     "được đánh giá", "Giám đốc Sở", "02 ngày", "Quyết định"),
               ("3", "Thực hiện đánh giá: họp khai mạc, phỏng vấn, xem xét hồ sơ, ghi chép phát hiện", "Đoàn đánh giá",
                "Theo kế hoạch", "BM-02/QT-HT-03"),
               ("4", "Lập báo cáo đánh giá nội bộ, gửi các đơn vị và lãnh đạo Sở", "Trưởng đoàn", "05 ngày",
                "BM-03/QT-HT-03"),
               ("5", "Thực hiện khắc phục điểm KPH theo QT-HT-04 và kiểm tra xác nhận hiệu lực", "Đơn vị được đánh giá",
                "30 ngày", "BM-01/QT-HT-04")]),
        hd("6. HỒ SƠ"),
        records([("Chương trình đánh giá nội bộ", "Thư ký ISO", "03 năm"),
                 ("Phiếu ghi chép đánh giá", "Thư ký ISO", "03 năm"),
                 ("Báo cáo đánh giá nội bộ", "Thư ký ISO", "03 năm")]),
        hd("7. BIỂU MẪU")] + forms([("BM-01/QT-HT-03", "Kế hoạch đánh giá nội bộ"),
                                     ("BM-02/QT-HT-03", "Phiếu ghi chép đánh giá"),
                                     ("BM-03/QT-HT-03", "Báo cáo đánh giá nội bộ")])


def kh_ncca():
    return kh_cover("QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP\nVÀ HÀNH ĐỘNG KHẮC PHỤC", "QT-HT-04", "02", KH_CONV,
                    history=[("1", "10/5/2016", "", "Ban hành lần đầu", "01"),
                             ("2", KH_CONV, "Toàn bộ", "Hợp nhất kiểm soát sản phẩm không phù hợp và hành động khắc "
                                                      "phục; chuyển đổi theo TCVN ISO 9001:2015", "02")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Bảo đảm đầu ra không phù hợp (kết quả giải quyết thủ tục hành chính có sai sót, hồ sơ trễ hạn) được "
             "nhận biết và kiểm soát; xác định nguyên nhân của sự không phù hợp và thực hiện hành động khắc phục để "
             "không tái diễn, cập nhật rủi ro và cơ hội khi cần."),
        ] + KH_SCOPE + [
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("TCVN ISO 9001:2015, điều 8.7 và 10.2."),
        hd("4. NỘI DUNG"),
        h2("4.1. Kiểm soát đầu ra không phù hợp"),
        para("Người phát hiện ghi nhận vào Sổ theo dõi sự không phù hợp (BM-01/QT-HT-04), kèm bản scan hoặc file "
             "điện tử của kết quả có sai sót; lãnh đạo đơn vị quyết định cách xử lý: sửa lại, làm lại, thu hồi kết "
             "quả đã trả hoặc thông báo cho tổ chức, cá nhân."),
        para("Trường hợp hồ sơ quá hạn, Bộ phận tiếp nhận và trả kết quả gửi Phiếu xin lỗi và hẹn lại ngày trả kết "
             "quả theo quy định; file theo dõi được cập nhật trên phần mềm một cửa."),
        h2("4.2. Hành động khắc phục"),
        para("Với sự không phù hợp lặp lại, có khiếu nại hoặc phát hiện qua đánh giá nội bộ, đơn vị lập Phiếu yêu "
             "cầu hành động khắc phục (BM-02/QT-HT-04), phân tích nguyên nhân, đề xuất biện pháp và thời hạn."),
        para("Thư ký ISO theo dõi việc thực hiện, kiểm tra hiệu lực; khi cần, cập nhật Sổ theo dõi rủi ro và cơ hội "
             "và thay đổi hệ thống quản lý chất lượng."),
        hd("5. HỒ SƠ"),
        records([("Sổ theo dõi sự không phù hợp", "Các đơn vị", "03 năm"),
                 ("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm")]),
        hd("6. BIỂU MẪU")] + forms([("BM-01/QT-HT-04", "Sổ theo dõi sự không phù hợp"),
                                     ("BM-02/QT-HT-04", "Phiếu yêu cầu hành động khắc phục")])


def kh_review_2008():
    return kh_cover("THỦ TỤC", "XEM XÉT CỦA LÃNH ĐẠO", "TT-HT-05", "01", "20/5/2016",
                    signers=[("Võ Thị Kim Oanh", "Thư ký ISO"), ("Lê Thị Thu Hiền", "Đại diện lãnh đạo"),
                             ("Nguyễn Đình Bảo", "Giám đốc Sở")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Thủ tục này quy định việc lãnh đạo Sở định kỳ xem xét hệ thống quản lý chất lượng để bảo đảm hệ thống "
             "luôn thích hợp, thỏa đáng và có hiệu lực."),
        hd("2. PHẠM VI ÁP DỤNG"),
        para("Áp dụng cho Ban lãnh đạo Sở, Đại diện lãnh đạo về chất lượng và các đơn vị thuộc hệ thống quản lý chất "
             "lượng."),
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("TCVN ISO 9001:2008, điều 5.6 Xem xét của lãnh đạo."),
        dash("Sổ tay chất lượng của Sở."),
        hd("4. NỘI DUNG"),
        dash("Tần suất: ít nhất 01 lần/năm, do Giám đốc Sở chủ trì; Đại diện lãnh đạo chuẩn bị nội dung."),
        dash("Đầu vào: kết quả đánh giá nội bộ; phản hồi của tổ chức, công dân; kết quả thực hiện các quá trình và sự "
             "phù hợp của sản phẩm; tình trạng hành động khắc phục và phòng ngừa; các hành động từ lần xem xét trước; "
             "những thay đổi có thể ảnh hưởng đến hệ thống; các khuyến nghị cải tiến."),
        dash("Đầu ra: quyết định về cải tiến hiệu lực của hệ thống và các quá trình, cải tiến sản phẩm, nhu cầu về "
             "nguồn lực; Thư ký ISO lập Biên bản họp xem xét của lãnh đạo (BM-01/TT-HT-05)."),
        hd("5. HỒ SƠ"),
        records([("Báo cáo đầu vào xem xét của lãnh đạo", "Thư ký ISO", "03 năm"),
                 ("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "05 năm")])]


KH_NV_SIGN = [("Đặng Văn Lợi", "Chuyên viên Phòng QLKH"), ("Huỳnh Thị Mỹ Lệ", "Trưởng phòng QLKH"),
              ("Trần Quốc Hưng", "Giám đốc Sở")]


def kh_tthc_registration():
    return kh_cover("QUY TRÌNH", "CẤP GIẤY CHỨNG NHẬN ĐĂNG KÝ\nHOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ", "QT-NV-01", "03",
                    "12/4/2023", signers=KH_NV_SIGN,
                    history=[("1", "10/5/2016", "", "Ban hành lần đầu", "01"),
                             ("2", KH_CONV, "Toàn bộ", "Áp dụng TCVN ISO 9001:2015", "02"),
                             ("3", "12/4/2023", "Mục 5", "Cập nhật thời hạn giải quyết, nộp hồ sơ trực tuyến", "03")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định trình tự, thời hạn và trách nhiệm giải quyết thủ tục cấp Giấy chứng nhận đăng ký hoạt động khoa "
             "học và công nghệ cho tổ chức khoa học và công nghệ có trụ sở chính trên địa bàn tỉnh."),
        hd("2. PHẠM VI ÁP DỤNG"),
        para("Áp dụng đối với Phòng Quản lý khoa học, Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ "
             "hành chính công tỉnh và lãnh đạo Sở."),
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("Luật Khoa học và Công nghệ số 29/2013/QH13."),
        dash("Nghị định số 08/2014/NĐ-CP quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khoa học và "
             "Công nghệ."),
        dash("Thông tư số 03/2014/TT-BKHCN hướng dẫn điều kiện thành lập và đăng ký hoạt động của tổ chức khoa học và "
             "công nghệ."),
        dash("TCVN ISO 9001:2015."),
        hd("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        dash("GCN: Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ; QLKH: Quản lý khoa học; TN&TKQ: tiếp "
             "nhận và trả kết quả."),
        hd("5. NỘI DUNG QUY TRÌNH"),
        h2("5.1. Thành phần hồ sơ"),
        dash("Đơn đăng ký hoạt động khoa học và công nghệ (Mẫu 02 Thông tư số 03/2014/TT-BKHCN)."),
        dash("Quyết định thành lập tổ chức khoa học và công nghệ; điều lệ tổ chức và hoạt động."),
        dash("Hồ sơ nhân lực, cơ sở vật chất - kỹ thuật; văn bản xác nhận trụ sở chính."),
        h2("5.2. Số lượng hồ sơ, thời hạn giải quyết, phí"),
        dash("Số lượng hồ sơ: 01 bộ; nộp trực tiếp, qua bưu chính hoặc trực tuyến."),
        dash("Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        dash("Phí thẩm định điều kiện hoạt động: theo quy định của Bộ Tài chính."),
        h2("5.3. Trình tự giải quyết"),
        steps([("1", "Tiếp nhận, kiểm tra hồ sơ; hướng dẫn bổ sung nếu chưa đủ; chuyển hồ sơ về Phòng QLKH",
                "Bộ phận TN&TKQ", "0,5 ngày", "Giấy tiếp nhận và hẹn trả kết quả"),
               ("2", "Thẩm định hồ sơ, kiểm tra thực tế trụ sở khi cần; dự thảo GCN hoặc văn bản trả lời",
                "Chuyên viên Phòng QLKH", "11 ngày", "Phiếu thẩm định"),
               ("3", "Xem xét kết quả thẩm định, trình lãnh đạo Sở", "Trưởng phòng QLKH", "01 ngày", "Tờ trình"),
               ("4", "Ký GCN", "Giám đốc Sở", "02 ngày", "GCN"),
               ("5", "Vào sổ, đóng dấu, chuyển kết quả", "Văn thư", "0,5 ngày", "Sổ theo dõi"),
               ("6", "Trả kết quả cho tổ chức, thu phí", "Bộ phận TN&TKQ", "Theo giấy hẹn", "Sổ theo dõi")]),
        hd("6. BIỂU MẪU"),
        dash("BM-01/QT-NV-01: Phiếu thẩm định hồ sơ đăng ký hoạt động khoa học và công nghệ."),
        dash("BM-02/QT-NV-01: Sổ theo dõi giải quyết hồ sơ."),
        hd("7. HỒ SƠ CẦN LƯU"),
        records([("Hồ sơ đề nghị cấp GCN", "Phòng QLKH", "10 năm"),
                 ("Phiếu thẩm định hồ sơ", "Phòng QLKH", "10 năm"),
                 ("Bản sao GCN đã cấp", "Phòng QLKH", "Vĩnh viễn")])]


def kh_tthc_xray():
    """Printed through a PostScript driver to Distiller 5: the text layer is gibberish."""
    return kh_cover("QUY TRÌNH", "CẤP GIẤY PHÉP SỬ DỤNG THIẾT BỊ\nX-QUANG CHẨN ĐOÁN TRONG Y TẾ", "QT-NV-07", "02",
                    KH_CONV, signers=[("Lương Văn Tài", "Chuyên viên Phòng QLCN&CN"),
                                      ("Bùi Thị Ngọc Hân", "Trưởng phòng QLCN&CN"), ("Trần Quốc Hưng", "Giám đốc Sở")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định trình tự giải quyết thủ tục cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang "
             "chẩn đoán trong y tế cho cơ sở y tế trên địa bàn tỉnh."),
        hd("2. PHẠM VI ÁP DỤNG"),
        para("Áp dụng đối với Phòng Quản lý công nghệ và chuyên ngành, Bộ phận tiếp nhận và trả kết quả."),
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("Luật Năng lượng nguyên tử số 18/2008/QH12."),
        dash("Nghị định số 142/2020/NĐ-CP về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng "
             "lượng nguyên tử."),
        dash("TCVN ISO 9001:2015."),
        hd("4. NỘI DUNG QUY TRÌNH"),
        dash("Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        steps([("1", "Tiếp nhận hồ sơ, chuyển Phòng QLCN&CN", "Bộ phận TN&TKQ", "0,5 ngày", "Giấy tiếp nhận"),
               ("2", "Thẩm định hồ sơ, dự thảo giấy phép", "Chuyên viên", "07 ngày", "Phiếu thẩm định"),
               ("3", "Trình ký giấy phép", "Trưởng phòng", "01 ngày", "Tờ trình"),
               ("4", "Ký giấy phép", "Giám đốc Sở", "01 ngày", "Giấy phép"),
               ("5", "Trả kết quả", "Bộ phận TN&TKQ", "0,5 ngày", "Sổ theo dõi")]),
        hd("5. HỒ SƠ CẦN LƯU"),
        records([("Hồ sơ đề nghị cấp giấy phép", "Phòng QLCN&CN", "10 năm"),
                 ("Bản sao giấy phép đã cấp", "Phòng QLCN&CN", "Vĩnh viễn")])]


def kh_tthc_results():
    """Cut short by a failed download."""
    return kh_cover("QUY TRÌNH", "ĐĂNG KÝ KẾT QUẢ THỰC HIỆN NHIỆM VỤ\nKHOA HỌC VÀ CÔNG NGHỆ KHÔNG SỬ DỤNG NGÂN SÁCH "
                    "NHÀ NƯỚC", "QT-NV-09", "02", KH_CONV, signers=KH_NV_SIGN) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định trình tự đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà "
             "nước của tổ chức, cá nhân trên địa bàn tỉnh."),
        hd("2. TÀI LIỆU VIỆN DẪN"),
        dash("Thông tư số 14/2014/TT-BKHCN quy định việc thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ "
             "khoa học và công nghệ."),
        dash("TCVN ISO 9001:2015."),
        hd("3. NỘI DUNG QUY TRÌNH"),
        dash("Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        steps([("1", "Tiếp nhận hồ sơ, chuyển Phòng QLKH", "Bộ phận TN&TKQ", "0,5 ngày", "Giấy tiếp nhận"),
               ("2", "Kiểm tra hồ sơ, dự thảo Giấy chứng nhận", "Chuyên viên", "03 ngày", "Phiếu kiểm tra"),
               ("3", "Ký Giấy chứng nhận", "Lãnh đạo Sở", "01 ngày", "Giấy chứng nhận"),
               ("4", "Trả kết quả", "Bộ phận TN&TKQ", "0,5 ngày", "Sổ theo dõi")]),
        hd("4. HỒ SƠ CẦN LƯU"),
        records([("Hồ sơ đăng ký kết quả", "Phòng QLKH", "10 năm")])]


def kh_risk_register():
    rows = [["TT", "Quá trình", "Rủi ro / cơ hội", "Nguyên nhân", "Điểm", "Biện pháp xử lý", "Người thực hiện",
             "Thời hạn", "Kết quả theo dõi"],
            ["1", "Giải quyết TTHC", "Rủi ro: hồ sơ trễ hạn do công chức kiêm nhiệm nhiều việc", "Biên chế giảm", "12",
             "Phân công người dự phòng; nhắc hạn tự động trên phần mềm", "Chánh Văn phòng", "Quý I/2025", ""],
            ["2", "Giải quyết TTHC", "Rủi ro: quy trình chưa cập nhật khi văn bản pháp luật thay đổi",
             "Văn bản mới ban hành nhiều", "10", "Rà soát hằng tháng; giao công chức pháp chế theo dõi",
             "Chánh Thanh tra", "Hằng tháng", ""],
            ["3", "An toàn bức xạ", "Rủi ro: thẩm định chậm do thiếu chuyên gia", "Nhân lực chuyên sâu ít", "9",
             "Phối hợp chuyên gia của Cục An toàn bức xạ và hạt nhân", "Trưởng phòng QLCN&CN", "Quý II/2025", ""],
            ["4", "Dịch vụ công", "Cơ hội: tiếp nhận hồ sơ trực tuyến toàn trình", "Cổng Dịch vụ công quốc gia", "-",
             "Hướng dẫn tổ chức nộp trực tuyến; số hóa kết quả", "Bộ phận TN&TKQ", "Quý III/2025", ""],
            ["5", "Lưu trữ", "Rủi ro: mất dữ liệu hồ sơ điện tử", "Máy chủ cũ", "8", "Sao lưu hằng tuần ra thiết bị riêng",
             "Văn phòng", "Hằng tuần", ""]]
    return [P("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN", size=12, bold=True, align="left", after=0),
            P("BM-02/QT-HT-02", size=11, italic=True, align="right", after=4),
            P("SỔ THEO DÕI RỦI RO VÀ CƠ HỘI NĂM 2025", size=15, bold=True, align="center", after=2),
            P("(Cập nhật theo Quy trình quản lý rủi ro và cơ hội QT-HT-02)", size=12, italic=True, align="center",
              after=8),
            Tbl(rows, [24, 70, 150, 95, 36, 150, 90, 66, 70], size=11, head=1,
                align=["center", "left", "left", "left", "center", "left", "left", "center", "left"]),
            Space(6),
            P("Phú Yên, ngày 15 tháng 01 năm 2025", size=12, italic=True, align="right", after=0),
            Tbl([["NGƯỜI LẬP", "GIÁM ĐỐC PHÊ DUYỆT"], ["(Đã ký)", "(Đã ký)"], ["Võ Thị Kim Oanh", "Trần Quốc Hưng"]],
                [1, 1], size=12, head=1, align=["center", "center"], borders=False)]


def kh_context_docx():
    p, tbl = wordml.p, wordml.tbl
    issues = [["Nhóm vấn đề", "Nội dung", "Tác động đến hệ thống quản lý chất lượng"],
              ["Pháp lý (bên ngoài)", "Các luật, nghị định về khoa học và công nghệ, tiêu chuẩn đo lường chất lượng, "
               "năng lượng nguyên tử thay đổi", "Phải rà soát, sửa đổi quy trình kịp thời"],
              ["Kinh tế - xã hội (bên ngoài)", "Doanh nghiệp tại Khu kinh tế Nam Phú Yên có nhu cầu đổi mới công nghệ, "
               "công bố hợp chuẩn, hợp quy tăng", "Khối lượng hồ sơ lớn, nguy cơ trễ hạn"],
              ["Công nghệ (bên ngoài)", "Dịch vụ công trực tuyến toàn trình, chữ ký số", "Cơ hội rút ngắn thời gian"],
              ["Nhân lực (nội bộ)", "Biên chế giảm; chuyên gia an toàn bức xạ còn ít", "Ảnh hưởng tiến độ thẩm định"],
              ["Cơ sở vật chất (nội bộ)", "Máy chủ lưu trữ hồ sơ điện tử đã cũ", "Nguy cơ mất dữ liệu"]]
    parties = [["Bên quan tâm", "Nhu cầu, mong đợi", "Cách đáp ứng, theo dõi"],
               ["Tổ chức, cá nhân, doanh nghiệp", "Thủ tục đơn giản, đúng hẹn, nộp trực tuyến",
                "Quy trình TTHC; khảo sát sự hài lòng"],
               ["UBND tỉnh, Bộ Khoa học và Công nghệ", "Thực hiện đúng chỉ đạo, báo cáo đúng hạn", "Báo cáo định kỳ"],
               ["Tổ chức khoa học và công nghệ", "Thông tin nhiệm vụ, cơ chế hỗ trợ minh bạch",
                "Công khai trên Cổng thông tin điện tử của Sở"],
               ["Công chức, viên chức", "Môi trường làm việc, đào tạo", "Kế hoạch đào tạo hằng năm"]]
    body = [tbl([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH PHÚ YÊN", "BỐI CẢNH CỦA TỔ CHỨC\nVÀ CÁC BÊN QUAN TÂM",
                  "Mã hiệu: BC-HT\nLần ban hành: 02\nNgày ban hành: 10/01/2024"]], [2800, 3600, 2600]),
            p(""),
            p("1. MỤC ĐÍCH", bold=True),
            p("Xác định các vấn đề bên ngoài và nội bộ liên quan đến mục đích, định hướng chiến lược của Sở, có ảnh "
              "hưởng đến khả năng đạt được kết quả dự kiến của hệ thống quản lý chất lượng, và nhu cầu, mong đợi của "
              "các bên quan tâm, theo điều 4.1 và 4.2 của TCVN ISO 9001:2015."),
            p("2. CÁC VẤN ĐỀ BÊN NGOÀI VÀ NỘI BỘ", bold=True),
            tbl(issues, [2300, 3900, 2800]),
            p("3. CÁC BÊN QUAN TÂM VÀ YÊU CẦU CỦA HỌ", bold=True),
            tbl(parties, [2600, 3400, 3000]),
            p("4. THEO DÕI VÀ XEM XÉT", bold=True),
            p("Thư ký ISO rà soát tài liệu này hằng năm hoặc khi có thay đổi lớn; kết quả là căn cứ nhận diện rủi ro và "
              "cơ hội theo QT-HT-02 và là đầu vào của cuộc họp xem xét của lãnh đạo."),
            p("Sửa đổi lần 02 (10/01/2024): cập nhật các vấn đề về dịch vụ công trực tuyến và nhân lực."),
            p(""),
            p("Phú Yên, ngày 10 tháng 01 năm 2024", center=True),
            p("GIÁM ĐỐC", bold=True, center=True),
            p("Trần Quốc Hưng", bold=True, center=True)]
    header = [p("Sở Khoa học và Công nghệ tỉnh Phú Yên - Hệ thống quản lý chất lượng TCVN ISO 9001:2015")]
    footer = [p("BC-HT - Lần ban hành: 02")]
    return body, header, footer


def kh_form_docx():
    p, tbl = wordml.p, wordml.tbl
    body = [tbl([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH PHÚ YÊN", "BM-01/QT-HT-03"]], [5000, 4000]),
            p(""),
            p("KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ", bold=True, center=True, size=30),
            p("Năm: ………", center=True),
            p("1. Mục đích đánh giá: ……………………………………………………………"),
            p("2. Phạm vi đánh giá: ……………………………………………………………"),
            p("3. Chuẩn mực đánh giá: ……………………………………………………………"),
            p("4. Đoàn đánh giá: Trưởng đoàn: ……………… Thành viên: ………………"),
            p("5. Lịch đánh giá:"),
            tbl([["TT", "Thời gian", "Đơn vị được đánh giá", "Quá trình / điều khoản", "Chuyên gia đánh giá"],
                 ["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""], ["4", "", "", "", ""]],
                [600, 1500, 2500, 2600, 1800]),
            p(""),
            tbl([["NGƯỜI LẬP", "PHÊ DUYỆT"], ["\n\n", "\n\n"]], [4500, 4500])]
    footer = [p("BM-01/QT-HT-03")]
    return body, [], footer


# ---- styles of the programs the Sở used ---------------------------------------------------------

def word365(seed, title, **kw):
    kw.setdefault("author", "Võ Thị Kim Oanh")
    return Style(producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365",
                 title=title, tagged=True, seed=seed, **kw)


def so_khcn():
    docs = []

    def pdf(path, data, label):
        docs.append((path, data, label))

    def docx(path, parts, label):
        docs.append((path, ("docx", parts), label))

    h = "01. He thong"
    pdf(f"{h}/ST-HT So tay chat luong.pdf",
        render(word365("kh-manual", "SỔ TAY CHẤT LƯỢNG", created="D:20200814091523+07'00'", gaps="space"),
               kh_layout(kh_manual(), "ST-HT", "02")),
        lab("quality_manual", "keep", "ST-HT", "02", "2020-08-14", "2015"))
    hdr, ftr = kh_policy_running()
    pdf(f"{h}/CS-HT Chinh sach chat luong.pdf",
        render(Style(producer="Microsoft: Print To PDF", creator=None, title="Microsoft Word - CS-HT Chinh sach chat "
                     "luong.docx", author=None, mode="glyph", flipped=True, printer_order=True, compact=False,
                     eol=b"\n", lang=None, seed="kh-policy", created="D:20200817083012+07'00'"),
               Layout(kh_policy(), hdr, ftr, margins=(70.9, 56.7, 62, 64)).pages),
        lab("quality_policy", "keep", "CS-HT", "02", "2020-08-14", "2015"))
    hdr, ftr = kh_objectives_running()
    pdf(f"{h}/MT-HT Muc tieu chat luong nam 2025.pdf",
        render(Style(producer="novaPDF 11.9 (build 445); modified using iText 2.1.7", creator="Microsoft Word - MT "
                     "2025.docx", title="MT 2025", mode="word", fonts="winansi", printer_order=True,
                     rules="stroke", compact=False, eol=b"\n", version="1.5", lang=None, seed="kh-objectives",
                     created="D:20250106101544+07'00'"),
               Layout(kh_objectives(), hdr, ftr, margins=(62, 50, 56, 56)).pages),
        lab("quality_objectives", "keep", "MT-HT", "01", "2025-01-06", "2015"))
    docx(f"{h}/BC-HT Boi canh va cac ben quan tam.docx", kh_context_docx(),
         lab("context_analysis", "keep", "BC-HT", "02", "2024-01-10", "2015"))

    q = "02. Quy trinh he thong"
    pdf(f"{q}/QT-HT-01 Kiem soat thong tin dang van ban.pdf",
        render(word365("kh-info", "QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN", decomposed=True, gaps="space",
                       author="Phạm Minh Đức"),
               kh_layout(kh_information(), "QT-HT-01", "02")),
        lab(DOCINFO, "keep", "QT-HT-01", "02", "2020-08-14", "2015"))
    pdf(f"{q}/QT-HT-02 Quan ly rui ro va co hoi.pdf",
        render(Style(producer="Adobe PDF Library 20.12.71", creator="Acrobat PDFMaker 20 for Word",
                     title="QUY TRÌNH QUẢN LÝ RỦI RO VÀ CƠ HỘI", author="Võ Thị Kim Oanh", tagged=True,
                     xref="stream", objstm=True, arrays=True, gaps="tj", version="1.6", eol=b"\r\n",
                     seed="kh-risk", created="D:20200814101212+07'00'"),
               kh_layout(kh_risk(), "QT-HT-02", "01")),
        lab(RISK, "keep", "QT-HT-02", "01", "2020-08-14", "2015"))
    # Made "read-only" by the e-office system: RC4 40-bit, empty user password, no copying.
    pdf(f"{q}/QT-HT-03 Danh gia noi bo.pdf",
        render(Style(producer="Microsoft® Word 2016; modified using iTextSharp™ 5.5.13 ©2000-2018 iText Group NV "
                              "(AGPL-version)", creator="Microsoft® Word 2016", title="QUY TRÌNH ĐÁNH GIÁ NỘI BỘ",
                     author="Võ Thị Kim Oanh", tagged=True, gaps="space", version="1.5", crypt=(2, "", "kh@2020", -60),
                     seed="kh-audit", created="D:20200814091900+07'00'"),
               kh_layout(kh_audit(), "QT-HT-03", "02")),
        lab("procedure.internal_audit", "keep", "QT-HT-03", "02", "2020-08-14", "2015"))
    pdf(f"{q}/QT-HT-04 Kiem soat su khong phu hop va hanh dong khac phuc.pdf",
        render(word365("kh-ncca", "QUY TRÌNH KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC", gaps="tj",
                       ligatures={"fi": 0x00C0}),
               kh_layout(kh_ncca(), "QT-HT-04", "02")),
        lab(NCCA, "keep", "QT-HT-04", "02", "2020-08-14", "2015"))
    pdf(f"{q}/TT-HT-05 Thu tuc xem xet cua lanh dao.pdf",
        render(Style(producer="Foxit Reader PDF Printer Version 7.3.0.0603", creator="Microsoft Word - TT-HT-05.doc",
                     title="Microsoft Word - TT-HT-05.doc", mode="word", form=True, media=(612, 1008, 8.5, 83),
                     rules="stroke", compact=False, eol=b"\n", version="1.7", lang=None, seed="kh-review",
                     created="D:20160520154210+07'00'"),
               kh_layout(kh_review_2008(), "TT-HT-05", "01", "2008")),
        lab("procedure.management_review", "revise", "TT-HT-05", "01", "2016-05-20", "2008"))

    t = "03. Quy trinh TTHC"
    pdf(f"{t}/QT-NV-01 Cap giay chung nhan dang ky hoat dong KHCN.pdf",
        render(word365("kh-nv01", "QUY TRÌNH CẤP GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG KH&CN", gaps="tm",
                       author="Đặng Văn Lợi", created="D:20230412143000+07'00'"),
               kh_layout(kh_tthc_registration(), "QT-NV-01", "03")),
        lab("procedure.administrative", "keep", "QT-NV-01", "03", "2023-04-12", "2015"))
    # Scanned on the copier of the one-stop desk: two bitmaps, no text.
    pdf(f"{t}/QT-NV-04 Dang ky cong bo hop chuan.pdf",
        render_scan([(620, 877, scan_page(41)), (620, 877, scan_page(42, table=False))], "kh-nv04",
                    "Adobe PSL 1.3e for Canon", "Canon iR-ADV C3525", "D:20210309084512+07'00'"),
        not_read("failed"))
    # Printed to PDF through an old PostScript driver: Type3 fonts, no ToUnicode.
    pdf(f"{t}/QT-NV-07 Cap giay phep su dung thiet bi X-quang.pdf",
        render(Style(producer="Acrobat Distiller 5.0.5 (Windows)", creator="PScript5.dll Version 5.2",
                     title="Microsoft Word - QT-NV-07.doc", mode="word", fonts="type3", rules="stroke",
                     compact=False, eol=b"\r", version="1.4", lang=None, seed="kh-nv07",
                     created="D:20200820093011+07'00'"),
               kh_layout(kh_tthc_xray(), "QT-NV-07", "02")),
        not_read("failed"))
    # Cut at 60 % of its bytes (object stream with the catalog, pages and fonts lost).
    full = render(Style(producer="Adobe PDF Library 20.12.71", creator="Acrobat PDFMaker 20 for Word",
                        title="QT-NV-09", tagged=True, xref="stream", objstm=True, content_first=True, gaps="tj",
                        version="1.6", seed="kh-nv09", created="D:20200814111500+07'00'"),
                  kh_layout(kh_tthc_results(), "QT-NV-09", "02"))
    pdf(f"{t}/QT-NV-09 Dang ky ket qua nhiem vu KHCN khong su dung NSNN.pdf", full[:len(full) * 6 // 10],
        not_read("failed"))

    docx("04. Bieu mau/BM-01-QT-HT-03 Ke hoach danh gia noi bo.docx", kh_form_docx(),
         lab("form", "keep", "BM-01/QT-HT-03"))
    pdf("05. Ho so/So theo doi rui ro va co hoi nam 2025.pdf",
        render(Style(producer="novaPDF 11.9 (build 445)", creator="Microsoft Excel - So rui ro 2025.xlsx",
                     title="So rui ro 2025", mode="word", printer_order=True, rotate_landscape=False,
                     rules="stroke", compact=False, eol=b"\n", version="1.5", lang=None, seed="kh-register",
                     created="D:20250115160344+07'00'"),
               Layout(kh_risk_register(), margins=(36, 36, 40, 40), landscape=True).pages),
        lab("risk_register", "keep", "BM-02/QT-HT-02", issued="2025-01-15"))

    tthc = [("1.003660", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "Hoạt động khoa học và công nghệ"),
            ("1.003679", "Cấp Giấy chứng nhận đăng ký thay đổi, bổ sung hoạt động khoa học và công nghệ",
             "Hoạt động khoa học và công nghệ"),
            ("1.001459", "Đăng ký công bố hợp chuẩn dựa trên kết quả tự đánh giá của tổ chức, cá nhân sản xuất, kinh "
                         "doanh", "Tiêu chuẩn đo lường chất lượng"),
            ("1.002514", "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế",
             "An toàn bức xạ và hạt nhân"),
            ("1.004502", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
             "Hoạt động khoa học và công nghệ"),
            ("", "Xác nhận hàng hóa sử dụng trực tiếp cho phát triển hoạt động ươm tạo công nghệ", "Hoạt động khoa học và "
                                                                                                "công nghệ")]
    agency = dict(id="so-khoa-hoc-cong-nghe", name="Sở Khoa học và Công nghệ", level="province",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "5.2": "covered", "6.1": "covered",
                           "6.2": "covered", "7.5": "covered", "8.7": "covered", "9.2": "covered", "9.3": "partial",
                           "10.2": "covered"},
                  must_find=[],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"id": "objectives-without-plan"},
                            {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "6.2", "severity": "major"}, {"clause": "7.5", "severity": "major"},
                            {"clause": "9.2", "severity": "major"}])
    return agency, docs, tthc


# ================================================================================================
# UBND thị xã Sông Cầu (TCVN ISO 9001:2008 since 2017)
# ================================================================================================

SC_SIGN = [("Nguyễn Thị Thanh Thủy", "Chuyên viên Văn phòng"), ("Trương Công Hậu", "Phó Chủ tịch UBND"),
           ("Lê Văn Trung", "Chủ tịch UBND")]
SC_DATE = "15/6/2017"
SC_QD = "Quyết định số 1520/QĐ-UBND ngày 15/6/2017 của Chủ tịch UBND thị xã"


def sc_cover(kind_word, title, code, rev, date, signers=SC_SIGN, history=None):
    out = [Tbl([[Cell("ỦY BAN NHÂN DÂN\nTHỊ XÃ SÔNG CẦU", rowspan=4, bold=True, size=12),
                 Cell(kind_word + "\n" + title, rowspan=4, bold=True, size=14),
                 Cell("Mã số: " + code, size=11.5, align="left")],
                [Cell("Lần ban hành: " + rev, size=11.5, align="left")],
                [Cell("Ngày ban hành: " + date, size=11.5, align="left")],
                [Cell("Trang: 1/{TOTAL}", size=11.5, align="left")]], [120, 220, 135], valign="center",
               align=["center"] * 3),
           Space(8),
           Tbl([["", "Người viết", "Người kiểm tra", "Người phê duyệt"],
                ["Họ tên"] + [n for n, _ in signers], ["Chức vụ"] + [r for _, r in signers],
                ["Chữ ký", "", "", ""]], [70, 135, 135, 135], size=11.5, head=1,
               align=["left", "center", "center", "center"])]
    if history:
        out += [Space(4), P("SỬA ĐỔI TÀI LIỆU", size=12, bold=True, align="center", after=2),
                Tbl([["Yêu cầu sửa đổi", "Trang/Phần", "Mô tả nội dung sửa đổi", "Lần sửa đổi", "Ngày sửa đổi"]] +
                    [list(r) for r in history], [90, 60, 200, 60, 70], size=11, head=1,
                    align=["left", "center", "left", "center", "center"])]
    return out + [Space(8)]


def sc_running(code, rev, edition="2008"):
    def header(lay, page, no, total):
        y = page.h - 40
        if no == 1:
            return [running_text(page, lay.x0, y, "UBND thị xã Sông Cầu - tỉnh Phú Yên", 9, "header", italic=True)]
        x0, x1 = lay.x0, lay.x1
        cols = [x0, x0 + 150, x0 + 290, x0 + 410, x1]
        top, bot = y + 12, y - 6
        items = [L(x0, top, x1, top, role="header"), L(x0, bot, x1, bot, role="header")]
        items += [L(c, top, c, bot, role="header") for c in cols]
        texts = ["UBND THỊ XÃ SÔNG CẦU", f"Mã số: {code}", f"Lần ban hành: {rev}", f"Trang: {no}/{total}"]
        for k, tx in enumerate(texts):
            items.append(running_text(page, (cols[k] + cols[k + 1]) / 2, y, tx, 9.5, "header", bold=(k == 0),
                                      align="center"))
        return items

    def footer(lay, page, no, total):
        return [running_text(page, (lay.x0 + lay.x1) / 2, 32,
                             f"Hệ thống quản lý chất lượng theo TCVN ISO 9001:{edition}", 9, "footer", italic=True,
                             align="center")]
    return header, footer


def sc_layout(blocks, code, rev, edition="2008"):
    header, footer = sc_running(code, rev, edition)
    return Layout(blocks, header, footer, margins=(70.9, 56.7, 66, 60)).pages


SC_SCOPE = [hd("2. PHẠM VI ÁP DỤNG"),
            para("Áp dụng đối với Văn phòng HĐND và UBND thị xã, các phòng chuyên môn và Bộ phận tiếp nhận và trả kết "
                 "quả của UBND thị xã Sông Cầu trong phạm vi hệ thống quản lý chất lượng.")]


def sc_refs(clause):
    return [hd("3. TÀI LIỆU VIỆN DẪN"),
            dash(f"TCVN ISO 9001:2008, {clause}."),
            dash("Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ."),
            dash("Sổ tay chất lượng ST.ISO của UBND thị xã.")]


def sc_manual():
    procs = [["TT", "Tên tài liệu", "Mã số"],
             ["1", "Quy trình kiểm soát tài liệu", "QT.ISO.01"], ["2", "Quy trình kiểm soát hồ sơ", "QT.ISO.02"],
             ["3", "Quy trình đánh giá nội bộ", "QT.ISO.03"],
             ["4", "Quy trình kiểm soát sản phẩm không phù hợp", "QT.ISO.04"],
             ["5", "Quy trình hành động khắc phục", "QT.ISO.05"], ["6", "Quy trình hành động phòng ngừa", "QT.ISO.06"],
             ["7", "Quy trình xem xét của lãnh đạo", "QT.ISO.07"],
             ["8", "Các quy trình giải quyết thủ tục hành chính", "QT-TP, QT-TCKH, QT-QLĐT, …"]]
    return sc_cover("SỔ TAY", "CHẤT LƯỢNG", "ST.ISO", "01", SC_DATE) + [
        hd("1. GIỚI THIỆU CHUNG"),
        para("Ủy ban nhân dân thị xã Sông Cầu là cơ quan hành chính nhà nước ở địa phương, thực hiện chức năng quản lý "
             "nhà nước trên địa bàn thị xã theo quy định của pháp luật. Sổ tay này mô tả hệ thống quản lý chất lượng "
             "của UBND thị xã được xây dựng theo tiêu chuẩn quốc gia TCVN ISO 9001:2008 và Quyết định số "
             "19/2014/QĐ-TTg của Thủ tướng Chính phủ."),
        hd("2. PHẠM VI ÁP DỤNG"),
        para("Hệ thống quản lý chất lượng được áp dụng cho hoạt động tiếp nhận, giải quyết và trả kết quả thủ tục hành "
             "chính thuộc thẩm quyền của UBND thị xã trong các lĩnh vực: tư pháp, hộ tịch, chứng thực; thành lập và "
             "hoạt động của hộ kinh doanh; xây dựng; đất đai; lao động - thương binh và xã hội."),
        para("Ngoại lệ: điều 7.3 Thiết kế và phát triển vì quy trình giải quyết do pháp luật quy định; điều 7.6 Kiểm "
             "soát thiết bị theo dõi và đo lường vì UBND thị xã không sử dụng thiết bị đo lường."),
        hd("3. CHÍNH SÁCH CHẤT LƯỢNG"),
        para("“CÔNG KHAI - MINH BẠCH - ĐÚNG HẸN - TẬN TỤY”. UBND thị xã cam kết giải quyết thủ tục hành chính đúng pháp "
             "luật, đúng thời hạn, tạo sự hài lòng cho tổ chức, công dân."),
        hd("4. TRÁCH NHIỆM CỦA LÃNH ĐẠO"),
        dash("Chủ tịch UBND thị xã: thiết lập chính sách, mục tiêu chất lượng; bảo đảm nguồn lực; chủ trì xem xét "
             "của lãnh đạo."),
        dash("Đại diện lãnh đạo về chất lượng (một Phó Chủ tịch UBND thị xã): bảo đảm các quá trình cần thiết được "
             "thiết lập, thực hiện và duy trì; báo cáo Chủ tịch về kết quả hoạt động của hệ thống."),
        dash("Thư ký ISO: theo dõi tài liệu, hồ sơ; tổng hợp kết quả đánh giá nội bộ, hành động khắc phục và phòng "
             "ngừa."),
        hd("5. HỆ THỐNG TÀI LIỆU"),
        Tbl(procs, [30, 330, 110], size=12, head=1, align=["center", "left", "left"]),
        hd("6. ĐO LƯỜNG, PHÂN TÍCH VÀ CẢI TIẾN"),
        para("Sự thỏa mãn của tổ chức, công dân được theo dõi qua phiếu khảo sát tại Bộ phận tiếp nhận và trả kết quả; "
             "đánh giá nội bộ được thực hiện ít nhất 01 lần/năm; hành động khắc phục và hành động phòng ngừa được "
             "thực hiện theo QT.ISO.05 và QT.ISO.06.")] + sign_block("Sông Cầu, ngày 15 tháng 6 năm 2017",
                                                                   "CHỦ TỊCH", "Lê Văn Trung")


def sc_letterhead(date_line, number=None):
    return [Tbl([[Cell("UBND THỊ XÃ SÔNG CẦU", bold=True, size=12.5),
                  Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=12.5)],
                 [Cell(number or "", size=12.5), Cell("Độc lập - Tự do - Hạnh phúc", bold=True, size=13)],
                 ["", Cell(date_line, italic=True, size=13)]], [200, 275], borders=False, align=["center", "center"]),
            Space(14)]


def sc_objectives():
    return sc_letterhead("Sông Cầu, ngày 06 tháng 01 năm 2025") + [
        P("MỤC TIÊU CHẤT LƯỢNG NĂM 2025", size=15, bold=True, align="center", after=0),
        P("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 06/01/2025 của Chủ tịch UBND thị xã Sông Cầu)", size=12.5,
          italic=True, align="center", after=12),
        para("1. 100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết đúng hoặc trước thời hạn quy định."),
        para("2. 100% thủ tục hành chính thuộc thẩm quyền được công khai đầy đủ tại Bộ phận tiếp nhận và trả kết quả "
             "và trên Cổng thông tin điện tử của thị xã."),
        para("3. Tối thiểu 70% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến."),
        para("4. Tỷ lệ tổ chức, công dân hài lòng với việc giải quyết thủ tục hành chính đạt từ 90% trở lên."),
        para("5. Không có phản ánh, kiến nghị về thái độ phục vụ của cán bộ, công chức."),
        para("Thủ trưởng các phòng chuyên môn có trách nhiệm triển khai thực hiện các mục tiêu trên và báo cáo kết quả "
             "về Văn phòng HĐND và UBND thị xã trước ngày 15/12/2025.")] + \
        sign_block("", "CHỦ TỊCH", "Lê Văn Trung")


def sc_document_control():
    return sc_cover("QUY TRÌNH", "KIỂM SOÁT TÀI LIỆU", "QT.ISO.01", "01", SC_DATE) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy trình này quy định thống nhất cách thức biên soạn, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi "
             "và thu hồi tài liệu của hệ thống quản lý chất lượng, bảo đảm các tài liệu được sử dụng là bản hiện "
             "hành và được kiểm soát."),
        ] + SC_SCOPE + sc_refs("điều 4.2.3 Kiểm soát tài liệu") + [
        hd("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        dash("Tài liệu nội bộ: sổ tay chất lượng, quy trình, hướng dẫn, biểu mẫu do UBND thị xã ban hành."),
        dash("Tài liệu bên ngoài: văn bản quy phạm pháp luật, tiêu chuẩn, văn bản của cơ quan cấp trên."),
        dash("ĐDLĐ: Đại diện lãnh đạo về chất lượng; HTQLCL: hệ thống quản lý chất lượng."),
        hd("5. NỘI DUNG"),
        h2("5.1. Biên soạn, kiểm tra và phê duyệt"),
        para("Khi có yêu cầu, người đề nghị lập Phiếu yêu cầu soạn thảo, sửa đổi tài liệu (BM-01/QT.ISO.01) trình ĐDLĐ. "
             "Người được phân công biên soạn theo mẫu thống nhất; ĐDLĐ kiểm tra; Chủ tịch UBND thị xã phê duyệt và "
             "ký quyết định ban hành."),
        h2("5.2. Ban hành và phân phối"),
        para("Thư ký ISO đóng dấu “TÀI LIỆU KIỂM SOÁT” lên bản sao, phân phối cho các phòng và ghi vào Sổ theo dõi phân "
             "phối tài liệu (BM-02/QT.ISO.01); bản gốc lưu tại Văn phòng HĐND và UBND."),
        h2("5.3. Sửa đổi, thu hồi tài liệu"),
        para("Tài liệu sửa đổi được ghi nhận trong bảng theo dõi sửa đổi; tài liệu lỗi thời được thu hồi và đóng dấu "
             "“LỖI THỜI”; bản gốc lỗi thời được lưu để tham khảo."),
        h2("5.4. Kiểm soát tài liệu bên ngoài"),
        para("Các phòng cập nhật văn bản quy phạm pháp luật liên quan; Thư ký ISO lập Danh mục tài liệu bên ngoài "
             "(BM-03/QT.ISO.01) và rà soát hằng quý."),
        hd("6. HỒ SƠ"),
        records([("Phiếu yêu cầu soạn thảo, sửa đổi tài liệu", "Thư ký ISO", "03 năm"),
                 ("Sổ theo dõi phân phối tài liệu", "Thư ký ISO", "03 năm"),
                 ("Danh mục tài liệu nội bộ, tài liệu bên ngoài", "Thư ký ISO", "Đến khi thay thế")]),
        hd("7. BIỂU MẪU")] + forms([("BM-01/QT.ISO.01", "Phiếu yêu cầu soạn thảo, sửa đổi tài liệu"),
                                     ("BM-02/QT.ISO.01", "Sổ theo dõi phân phối tài liệu"),
                                     ("BM-03/QT.ISO.01", "Danh mục tài liệu bên ngoài")])


def sc_record_control():
    return sc_cover("QUY TRÌNH", "KIỂM SOÁT HỒ SƠ", "QT.ISO.02", "01", SC_DATE) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định việc nhận biết, bảo quản, bảo vệ, sử dụng, xác định thời gian lưu giữ và hủy bỏ hồ sơ của hệ "
             "thống quản lý chất lượng tại UBND thị xã."),
        ] + SC_SCOPE + sc_refs("điều 4.2.4 Kiểm soát hồ sơ") + [
        hd("4. NỘI DUNG"),
        dash("Mỗi phòng lập Danh mục hồ sơ chất lượng (BM-01/QT.ISO.02), ghi rõ tên hồ sơ, người lưu, nơi lưu, thời "
             "gian lưu."),
        dash("Hồ sơ được sắp xếp trong cặp, hộp có nhãn; hồ sơ giải quyết thủ tục hành chính lưu theo năm và lĩnh "
             "vực; hồ sơ điện tử lưu trên phần mềm một cửa."),
        dash("Việc mượn hồ sơ phải được Chánh Văn phòng đồng ý và ghi vào Sổ theo dõi mượn hồ sơ (BM-02/QT.ISO.02)."),
        dash("Hết thời gian lưu, các phòng lập danh sách hồ sơ đề nghị hủy trình Chủ tịch UBND thị xã phê duyệt, lập "
             "biên bản hủy."),
        hd("5. HỒ SƠ"),
        records([("Danh mục hồ sơ chất lượng", "Các phòng", "Đến khi thay thế"),
                 ("Sổ theo dõi mượn hồ sơ", "Văn phòng HĐND và UBND", "02 năm"),
                 ("Biên bản hủy hồ sơ", "Văn phòng HĐND và UBND", "Vĩnh viễn")]),
        hd("6. BIỂU MẪU")] + forms([("BM-01/QT.ISO.02", "Danh mục hồ sơ chất lượng"),
                                     ("BM-02/QT.ISO.02", "Sổ theo dõi mượn hồ sơ")])


def sc_nonconforming():
    return sc_cover("QUY TRÌNH", "KIỂM SOÁT SẢN PHẨM\nKHÔNG PHÙ HỢP", "QT.ISO.04", "01", SC_DATE) + [
        hd("1. MỤC ĐÍCH"),
        para("Bảo đảm sản phẩm không phù hợp (kết quả giải quyết thủ tục hành chính có sai sót, hồ sơ giải quyết trễ "
             "hạn) được nhận biết và kiểm soát để ngăn ngừa việc chuyển đến tổ chức, công dân."),
        ] + SC_SCOPE + sc_refs("điều 8.3 Kiểm soát sản phẩm không phù hợp") + [
        hd("4. NỘI DUNG"),
        steps([("1", "Phát hiện sản phẩm không phù hợp trong quá trình giải quyết hoặc khi trả kết quả",
                "Công chức các phòng, Bộ phận TN&TKQ", "Ngay khi phát hiện", "BM-01/QT.ISO.04"),
               ("2", "Báo cáo lãnh đạo phòng, đề xuất biện pháp xử lý: sửa lại, làm lại, thu hồi kết quả",
                "Người phát hiện", "01 ngày", "BM-01/QT.ISO.04"),
               ("3", "Quyết định biện pháp xử lý; trường hợp trễ hạn gửi phiếu xin lỗi và hẹn lại ngày trả kết quả",
                "Trưởng phòng", "01 ngày", "Phiếu xin lỗi"),
               ("4", "Kiểm tra lại sản phẩm sau khi xử lý trước khi trả cho tổ chức, công dân", "Trưởng phòng",
                "Theo thời hạn", "Sổ theo dõi"),
               ("5", "Xem xét nhu cầu hành động khắc phục theo QT.ISO.05 nếu sai sót lặp lại", "Thư ký ISO",
                "Hằng quý", "BM-01/QT.ISO.05")]),
        hd("5. HỒ SƠ"),
        records([("Sổ theo dõi sản phẩm không phù hợp", "Các phòng", "02 năm"),
                 ("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Bộ phận TN&TKQ", "02 năm")])]


def sc_corrective():
    return sc_cover("QUY TRÌNH", "HÀNH ĐỘNG KHẮC PHỤC", "QT.ISO.05", "01", SC_DATE) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định phương pháp xác định nguyên nhân của sự không phù hợp đã xảy ra và thực hiện hành động khắc "
             "phục tương ứng nhằm loại bỏ nguyên nhân, ngăn ngừa sự tái diễn."),
        ] + SC_SCOPE + sc_refs("điều 8.5.2 Hành động khắc phục") + [
        hd("4. NỘI DUNG"),
        dash("Nguồn thông tin: kết quả đánh giá nội bộ; khiếu nại, phản ánh của tổ chức, công dân; sản phẩm không phù "
             "hợp lặp lại; kết quả xem xét của lãnh đạo."),
        dash("Phòng có sự không phù hợp lập Phiếu yêu cầu hành động khắc phục (BM-01/QT.ISO.05), phân tích nguyên "
             "nhân bằng phương pháp phù hợp và đề xuất phương án khắc phục, thời hạn hoàn thành."),
        dash("ĐDLĐ xem xét, phê duyệt phương án; trường hợp cần nguồn lực, báo cáo Chủ tịch UBND thị xã."),
        dash("Thư ký ISO theo dõi, kiểm tra kết quả thực hiện tương ứng với phương án được duyệt và xác nhận hiệu lực "
             "trên phiếu; tổng hợp báo cáo tại cuộc họp xem xét của lãnh đạo."),
        hd("5. HỒ SƠ"),
        records([("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm"),
                 ("Sổ theo dõi hành động khắc phục", "Thư ký ISO", "03 năm")]),
        hd("6. BIỂU MẪU")] + forms([("BM-01/QT.ISO.05", "Phiếu yêu cầu hành động khắc phục"),
                                     ("BM-02/QT.ISO.05", "Sổ theo dõi hành động khắc phục")])


def sc_preventive(date):
    return sc_cover("QUY TRÌNH", "HÀNH ĐỘNG PHÒNG NGỪA", "QT.ISO.06", "01", date) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định cách thức xác định sự không phù hợp tiềm ẩn và nguyên nhân của chúng, thực hiện hành động phòng "
             "ngừa thích hợp để ngăn chặn sự xuất hiện của sự không phù hợp."),
        ] + SC_SCOPE + sc_refs("điều 8.5.3 Hành động phòng ngừa") + [
        hd("4. NỘI DUNG"),
        dash("Hằng quý, các phòng phân tích số liệu hồ sơ trễ hạn, ý kiến góp ý của tổ chức, công dân và kết quả khảo "
             "sát để phát hiện sự không phù hợp tiềm ẩn."),
        dash("Lập Phiếu yêu cầu hành động phòng ngừa (BM-01/QT.ISO.06), xác định nguyên nhân tiềm ẩn và biện pháp "
             "ngăn ngừa, trình ĐDLĐ phê duyệt."),
        dash("Thực hiện, theo dõi và đánh giá hiệu quả của hành động phòng ngừa; báo cáo tại cuộc họp xem xét của "
             "lãnh đạo."),
        hd("5. HỒ SƠ"),
        records([("Phiếu yêu cầu hành động phòng ngừa", "Thư ký ISO", "03 năm")]),
        hd("6. BIỂU MẪU")] + forms([("BM-01/QT.ISO.06", "Phiếu yêu cầu hành động phòng ngừa")])


def sc_review():
    return sc_cover("QUY TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO", "QT.ISO.07", "01", SC_DATE) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định việc lãnh đạo UBND thị xã xem xét hệ thống quản lý chất lượng theo định kỳ để bảo đảm hệ thống "
             "luôn thích hợp, thỏa đáng và có hiệu lực."),
        ] + SC_SCOPE + sc_refs("điều 5.6 Xem xét của lãnh đạo") + [
        hd("4. NỘI DUNG"),
        dash("Tần suất: ít nhất 01 lần/năm, do Chủ tịch UBND thị xã chủ trì."),
        dash("Đầu vào: kết quả đánh giá nội bộ; phản hồi của tổ chức, công dân; việc thực hiện các quá trình và sự phù "
             "hợp của sản phẩm; tình trạng hành động khắc phục và phòng ngừa; các hành động từ lần xem xét trước."),
        dash("Đầu ra: quyết định về cải tiến hệ thống, cải tiến sản phẩm và nhu cầu nguồn lực; Thư ký ISO lập Biên bản "
             "họp (BM-02/QT.ISO.07)."),
        hd("5. HỒ SƠ"),
        records([("Báo cáo đầu vào", "Thư ký ISO", "03 năm"),
                 ("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "05 năm")])]


SC_TP_SIGN = [("Đỗ Thị Hồng Nhung", "Chuyên viên Phòng Tư pháp"), ("Phan Văn Long", "Trưởng phòng Tư pháp"),
              ("Lê Văn Trung", "Chủ tịch UBND")]


def sc_tthc_copy():
    return sc_cover("QUY TRÌNH", "CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", "QT-TP-01", "02", "20/9/2019",
                    signers=SC_TP_SIGN,
                    history=[("Cập nhật văn bản", "Mục 3, 5", "Cập nhật mức thu phí theo Thông tư số 226/2016/TT-BTC; "
                              "bổ sung tiếp nhận qua bưu chính", "02", "20/9/2019")]) + [
        hd("1. MỤC ĐÍCH"),
        para("Quy định trình tự, thời hạn giải quyết thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ "
             "quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận, tại Phòng Tư pháp thị xã."),
        hd("2. PHẠM VI ÁP DỤNG"),
        para("Áp dụng đối với Phòng Tư pháp, Bộ phận tiếp nhận và trả kết quả của UBND thị xã Sông Cầu."),
        hd("3. TÀI LIỆU VIỆN DẪN"),
        dash("Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao "
             "từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch."),
        dash("Thông tư số 226/2016/TT-BTC quy định mức thu, chế độ thu, nộp phí chứng thực."),
        dash("TCVN ISO 9001:2008."),
        hd("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        dash("TN&TKQ: tiếp nhận và trả kết quả; TP: Tư pháp."),
        hd("5. NỘI DUNG QUY TRÌNH"),
        h2("5.1. Thành phần hồ sơ"),
        dash("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao."),
        dash("Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)."),
        h2("5.2. Thời hạn giải quyết, lệ phí"),
        dash("Trong ngày làm việc; nếu tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo."),
        dash("Phí: 2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa 200.000 đồng/bản."),
        h2("5.3. Trình tự thực hiện"),
        steps([("1", "Tiếp nhận, kiểm tra bản chính, đối chiếu bản sao", "Công chức Bộ phận TN&TKQ", "15 phút",
                "Sổ chứng thực"),
               ("2", "Ghi lời chứng, trình ký", "Chuyên viên Phòng TP", "30 phút", "Bản sao có lời chứng"),
               ("3", "Ký chứng thực", "Trưởng phòng TP", "Trong ngày", "Bản sao đã chứng thực"),
               ("4", "Đóng dấu, vào sổ, trả kết quả và thu phí", "Bộ phận TN&TKQ", "15 phút", "Biên lai thu phí")]),
        hd("6. BIỂU MẪU"),
        dash("Sổ chứng thực bản sao từ bản chính (theo mẫu của Bộ Tư pháp)."),
        hd("7. HỒ SƠ CẦN LƯU"),
        records([("Sổ chứng thực bản sao từ bản chính", "Phòng Tư pháp", "Vĩnh viễn"),
                 ("Bản sao đã chứng thực (lưu)", "Phòng Tư pháp", "02 năm")])]


def sc_review_minutes():
    return sc_letterhead("Sông Cầu, ngày 20 tháng 12 năm 2024", "BM-02/QT.ISO.07") + [
        P("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO", size=15, bold=True, align="center", after=0),
        P("Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 - năm 2024", size=13, bold=True, align="center",
          after=10),
        para("Thời gian: 14 giờ 00, ngày 20 tháng 12 năm 2024. Địa điểm: Phòng họp UBND thị xã Sông Cầu."),
        para("Chủ trì: ông Lê Văn Trung, Chủ tịch UBND thị xã. Thư ký: bà Nguyễn Thị Thanh Thủy, Thư ký ISO. Thành "
             "phần: ông Trương Công Hậu, Phó Chủ tịch UBND, Đại diện lãnh đạo; Trưởng các phòng chuyên môn."),
        hd("I. NỘI DUNG XEM XÉT"),
        dash("Kết quả đánh giá nội bộ tháng 11/2024: 05 điểm không phù hợp, 03 điểm đã khắc phục."),
        dash("Kết quả khảo sát sự hài lòng của tổ chức, công dân: 91,5% hài lòng."),
        dash("Kết quả thực hiện mục tiêu chất lượng năm 2024: 98,7% hồ sơ đúng hạn (mục tiêu 100%)."),
        dash("Tình trạng hành động khắc phục, phòng ngừa; các thay đổi về văn bản pháp luật."),
        hd("II. KẾT LUẬN"),
        dash("Giao Văn phòng cập nhật các quy trình thủ tục hành chính theo văn bản pháp luật mới trong quý I/2025."),
        dash("Đề nghị xây dựng kế hoạch chuyển đổi hệ thống quản lý chất lượng sang phiên bản tiêu chuẩn mới."),
        dash("Bổ sung 01 máy tính cho Bộ phận tiếp nhận và trả kết quả."),
        para("Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày."),
        Tbl([["THƯ KÝ", "CHỦ TRÌ"], ["(Đã ký)", "(Đã ký)"], ["Nguyễn Thị Thanh Thủy", "Lê Văn Trung"]], [1, 1],
            size=13, head=1, align=["center", "center"], borders=False)]


def sc_form():
    return [Tbl([[Cell("UBND THỊ XÃ SÔNG CẦU", bold=True, size=12), Cell("BM-01/QT.ISO.05", bold=True, size=12)]],
                [300, 175], borders=False, align=["left", "right"]),
            Space(8),
            P("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", size=15, bold=True, align="center", after=0),
            P("Số: ……/HĐKP", size=12.5, align="center", after=8),
            Tbl([["Phòng/bộ phận: ………………………………", "Ngày: ……/……/………"],
                 [Cell("Nguồn phát hiện: □ Đánh giá nội bộ; □ Khiếu nại, phản ánh; □ Sản phẩm không phù hợp; □ Khác",
                       colspan=2)],
                 [Cell("1. Mô tả sự không phù hợp:\n\n\n", colspan=2)],
                 [Cell("2. Nguyên nhân:\n\n\n", colspan=2)],
                 [Cell("3. Hành động khắc phục đề xuất:\n\n\n", colspan=2)],
                 ["Người thực hiện: ………………………", "Thời hạn hoàn thành: ……/……/………"],
                 [Cell("4. Ý kiến phê duyệt của Đại diện lãnh đạo:\n\n", colspan=2)],
                 [Cell("5. Kiểm tra kết quả thực hiện, xác nhận hiệu lực:\n\n", colspan=2)],
                 ["Người kiểm tra: ………………………", "Ngày: ……/……/………"]], [1, 1], size=12.5, align=["left", "left"])]


def sc_policy_docx():
    p, tbl = wordml.p, wordml.tbl
    body = [tbl([["UBND THỊ XÃ SÔNG CẦU", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                 ["", "Sông Cầu, ngày 15 tháng 6 năm 2017"]], [3800, 5200]),
            p(""),
            p("CHÍNH SÁCH CHẤT LƯỢNG", bold=True, center=True, size=32),
            p("Ủy ban nhân dân thị xã Sông Cầu cam kết xây dựng, áp dụng và duy trì hệ thống quản lý chất lượng phù "
              "hợp với tiêu chuẩn quốc gia TCVN ISO 9001:2008 trong hoạt động giải quyết thủ tục hành chính, nhằm "
              "phục vụ tổ chức, công dân ngày càng tốt hơn."),
            p("- Giải quyết thủ tục hành chính công khai, minh bạch, đúng pháp luật, đúng hẹn."),
            p("- Cán bộ, công chức tận tụy, văn minh, lịch sự trong giao tiếp với người dân."),
            p("- Thường xuyên lắng nghe ý kiến của tổ chức, công dân để cải tiến."),
            p("CÔNG KHAI - MINH BẠCH - ĐÚNG HẸN - TẬN TỤY", bold=True, center=True),
            p(""),
            p("CHỦ TỊCH", bold=True, center=True),
            p("(Đã ký)", center=True),
            p("Lê Văn Trung", bold=True, center=True)]
    return body, [], []


def sc_audit_docx():
    p, tbl = wordml.p, wordml.tbl
    body = [tbl([["ỦY BAN NHÂN DÂN\nTHỊ XÃ SÔNG CẦU", "QUY TRÌNH\nĐÁNH GIÁ NỘI BỘ",
                  "Mã số: QT.ISO.03\nLần ban hành: 01\nNgày ban hành: 15/6/2017"]], [2500, 3800, 2700]),
            p(""),
            tbl([["", "Người viết", "Người kiểm tra", "Người phê duyệt"],
                 ["Họ tên", "Nguyễn Thị Thanh Thủy", "Trương Công Hậu", "Lê Văn Trung"],
                 ["Chức vụ", "Chuyên viên Văn phòng", "Phó Chủ tịch UBND", "Chủ tịch UBND"]], [1500, 2500, 2500, 2500]),
            p(""),
            p("1. MỤC ĐÍCH", bold=True),
            p("Quy định việc lập kế hoạch, chuẩn bị, tiến hành đánh giá nội bộ nhằm xác định hệ thống quản lý chất lượng "
              "có phù hợp với các hoạt động đã hoạch định, với yêu cầu của tiêu chuẩn và được áp dụng, duy trì có hiệu "
              "lực hay không."),
            p("2. PHẠM VI ÁP DỤNG", bold=True),
            p("Áp dụng cho việc đánh giá nội bộ tại tất cả các phòng chuyên môn và Bộ phận tiếp nhận và trả kết quả của "
              "UBND thị xã Sông Cầu."),
            p("3. TÀI LIỆU VIỆN DẪN", bold=True),
            p("- TCVN ISO 9001:2008, điều 8.2.2 Đánh giá nội bộ."),
            p("- Sổ tay chất lượng ST.ISO."),
            p("4. NỘI DUNG", bold=True),
            p("- ĐDLĐ lập Kế hoạch đánh giá nội bộ (BM-01/QT.ISO.03) ít nhất 01 lần/năm, trình Chủ tịch UBND thị xã "
              "phê duyệt."),
            p("- Chuyên gia đánh giá là công chức đã được đào tạo về đánh giá nội bộ, không đánh giá công việc của "
              "mình."),
            p("- Tiến hành đánh giá, ghi Phiếu ghi chép (BM-02/QT.ISO.03); họp kết thúc với phòng được đánh giá."),
            p("- Trưởng đoàn lập Báo cáo đánh giá nội bộ (BM-03/QT.ISO.03); phòng có điểm không phù hợp thực hiện hành "
              "động khắc phục theo QT.ISO.05."),
            p("5. HỒ SƠ", bold=True),
            tbl([["TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"],
                 ["1", "Kế hoạch đánh giá nội bộ", "Thư ký ISO", "03 năm"],
                 ["2", "Phiếu ghi chép", "Thư ký ISO", "03 năm"],
                 ["3", "Báo cáo đánh giá nội bộ", "Thư ký ISO", "03 năm"]], [700, 4300, 2200, 1800])]
    header = [p("UBND thị xã Sông Cầu - QT.ISO.03 - Lần ban hành: 01")]
    footer = [p("Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008")]
    return body, header, footer


def sc_household_docx():
    p, tbl = wordml.p, wordml.tbl
    body = [tbl([["ỦY BAN NHÂN DÂN\nTHỊ XÃ SÔNG CẦU", "QUY TRÌNH\nĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH",
                  "Mã số: QT-TCKH-02\nLần ban hành: 02\nNgày ban hành: 10/3/2022"]], [2500, 3800, 2700]),
            p(""),
            tbl([["Yêu cầu sửa đổi", "Trang/Phần", "Mô tả nội dung sửa đổi", "Lần sửa đổi", "Ngày sửa đổi"],
                 ["Cập nhật văn bản", "Toàn bộ", "Cập nhật Nghị định số 01/2021/NĐ-CP; áp dụng TCVN ISO 9001:2015", "02",
                  "10/3/2022"]], [1600, 1200, 3800, 1100, 1300]),
            p(""),
            p("1. MỤC ĐÍCH", bold=True),
            p("Quy định trình tự, thời hạn giải quyết thủ tục đăng ký thành lập hộ kinh doanh tại Phòng Tài chính - Kế "
              "hoạch thị xã."),
            p("2. PHẠM VI ÁP DỤNG", bold=True),
            p("Áp dụng đối với Phòng Tài chính - Kế hoạch và Bộ phận tiếp nhận và trả kết quả của UBND thị xã."),
            p("3. TÀI LIỆU VIỆN DẪN", bold=True),
            p("- Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp."),
            p("- Thông tư số 01/2021/TT-BKHĐT hướng dẫn về đăng ký doanh nghiệp."),
            p("- TCVN ISO 9001:2015."),
            p("4. NỘI DUNG QUY TRÌNH", bold=True),
            p("4.1. Thành phần hồ sơ: Giấy đề nghị đăng ký hộ kinh doanh; bản sao giấy tờ pháp lý của cá nhân; biên bản "
              "họp thành viên hộ gia đình (nếu có)."),
            p("4.2. Thời hạn giải quyết: 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Lệ phí: 100.000 đồng."),
            tbl([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                 ["1", "Tiếp nhận, kiểm tra hồ sơ, chuyển Phòng Tài chính - Kế hoạch", "Bộ phận TN&TKQ", "0,5 ngày",
                  "Giấy biên nhận"],
                 ["2", "Thẩm định hồ sơ, nhập dữ liệu, in Giấy chứng nhận", "Chuyên viên", "01 ngày", "Dự thảo GCN"],
                 ["3", "Ký Giấy chứng nhận đăng ký hộ kinh doanh", "Trưởng phòng TC-KH", "01 ngày", "GCN"],
                 ["4", "Trả kết quả, thu lệ phí", "Bộ phận TN&TKQ", "0,5 ngày", "Sổ theo dõi"]],
                [700, 3500, 1800, 1200, 1800]),
            p("5. HỒ SƠ CẦN LƯU", bold=True),
            p("- Hồ sơ đăng ký hộ kinh doanh: Phòng Tài chính - Kế hoạch, lưu 10 năm.")]
    header = [p("UBND thị xã Sông Cầu - QT-TCKH-02")]
    footer = [p("Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015")]
    return body, header, footer


def word_old(version, seed, title, author="Nguyễn Thị Thanh Thủy", **kw):
    return Style(producer=f"Microsoft® Word {version}", creator=f"Microsoft® Word {version}", title=title,
                 author=author, tagged=True, version="1.5", seed=seed, **kw)


def ubnd_song_cau():
    docs = []

    def pdf(path, data, label):
        docs.append((path, data, label))

    def docx(path, parts, label):
        docs.append((path, ("docx", parts), label))

    h = "1. He thong"
    pdf(f"{h}/ST.ISO So tay chat luong.pdf",
        render(Style(producer="Acrobat Distiller 9.0.0 (Windows)", creator="PScript5.dll Version 5.2.2",
                     title="Microsoft Word - So tay chat luong.doc", author="Thuy", fonts="agl", rules="stroke",
                     compact=False, eol=b"\n", version="1.4", lang=None, seed="sc-manual",
                     created="D:20170615100312+07'00'"),
               sc_layout(sc_manual(), "ST.ISO", "01")),
        lab("quality_manual", "revise", "ST.ISO", "01", "2017-06-15", "2008"))
    docx(f"{h}/Chinh sach chat luong.docx", sc_policy_docx(),
         lab("quality_policy", "revise", issued="2017-06-15", edition="2008"))
    pdf(f"{h}/Muc tieu chat luong nam 2025.pdf",
        render(word_old("2016", "sc-objectives", "Mục tiêu chất lượng năm 2025", gaps="space",
                        created="D:20250106152044+07'00'"),
               Layout(sc_objectives(), margins=(70.9, 56.7, 56.7, 56.7)).pages),
        lab("quality_objectives", "revise", issued="2025-01-06"))

    q = "2. Quy trinh he thong"
    pdf(f"{q}/QT.ISO.01 Kiem soat tai lieu.pdf",
        render(word_old("2010", "sc-doc", "QUY TRÌNH KIỂM SOÁT TÀI LIỆU", gaps="tj", created="D:20170615090000+07'00'"),
               sc_layout(sc_document_control(), "QT.ISO.01", "01")),
        lab("procedure.document_control", "merge", "QT.ISO.01", "01", "2017-06-15", "2008", DOCINFO))
    pdf(f"{q}/QT.ISO.02 Kiem soat ho so.pdf",
        render(Style(producer="PDF-XChange Printer 2012 (5.5 build 315)", creator="Microsoft Word - QT.ISO.02.docx",
                     title="QT.ISO.02", mode="glyph", fonts="winansi", media=(841.92, 1190.52, 123.3, 174.3),
                     rules="stroke", compact=False, eol=b"\n", version="1.5", lang=None, seed="sc-records",
                     created="D:20170615091500+07'00'"),
               sc_layout(sc_record_control(), "QT.ISO.02", "01")),
        lab("procedure.record_control", "merge", "QT.ISO.02", "01", "2017-06-15", "2008", DOCINFO))
    docx(f"{q}/QT.ISO.03 Danh gia noi bo.docx", sc_audit_docx(),
         lab("procedure.internal_audit", "revise", "QT.ISO.03", "01", "2017-06-15", "2008"))
    pdf(f"{q}/QT.ISO.04 Kiem soat san pham khong phu hop.pdf",
        render(Style(producer="Microsoft: Print To PDF", creator=None, title="Microsoft Word - QT.ISO.04.docx",
                     author=None, mode="glyph", flipped=True, printer_order=True, compact=False, eol=b"\n", lang=None,
                     seed="sc-nc", created="D:20190312084500+07'00'"),
               sc_layout(sc_nonconforming(), "QT.ISO.04", "01")),
        lab("procedure.nonconforming_product", "merge", "QT.ISO.04", "01", "2017-06-15", "2008", NCCA))
    pdf(f"{q}/QT.ISO.05 Hanh dong khac phuc.pdf",
        render(Style(producer="doPDF Ver 7.3 Build 398 (Windows 7 Ultimate Edition Service Pack 1 - Version: 6.1.7601 "
                              "(x86))", creator="doPDF Ver 7.3 Build 398", title="QT.ISO.05 Hanh dong khac phuc",
                     mode="word", printer_order=True, ligatures={"ươ": 0x0A10}, rules="stroke", compact=False,
                     eol=b"\n", version="1.5", lang=None, seed="sc-ca", created="D:20170616101010+07'00'"),
               sc_layout(sc_corrective(), "QT.ISO.05", "01")),
        lab("procedure.corrective_action", "merge", "QT.ISO.05", "01", "2017-06-15", "2008", NCCA))
    # Saved from Word 2013 with the year mistyped (2016); corrected in Acrobat, saved incrementally.
    pdf(f"{q}/QT.ISO.06 Hanh dong phong ngua.pdf",
        render_edited(word_old("2013", "sc-pa", "QUY TRÌNH HÀNH ĐỘNG PHÒNG NGỪA", gaps="space",
                               created="D:20170615093000+07'00'"),
                      sc_layout(sc_preventive("15/6/2016"), "QT.ISO.06", "01"),
                      sc_layout(sc_preventive(SC_DATE), "QT.ISO.06", "01"),
                      {"ModDate": "D:20170619081522+07'00'", "Producer": "Adobe Acrobat Pro DC 15.23"}),
        lab("procedure.preventive_action", "replace", "QT.ISO.06", "01", "2017-06-15", "2008", RISK))
    # Protected with a password to open (RC4 128-bit); the password is not in the folder.
    pdf(f"{q}/QT.ISO.07 Xem xet cua lanh dao.pdf",
        render(word_old("2016", "sc-review", "QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO", gaps="space",
                        crypt=(3, "sc2017", "vpubnd@songcau", -3904), created="D:20170615094500+07'00'"),
               sc_layout(sc_review(), "QT.ISO.07", "01")),
        not_read("failed"))

    t = "3. Quy trinh TTHC"
    pdf(f"{t}/QT-TP-01 Chung thuc ban sao tu ban chinh.pdf",
        render(word_old("2016", "sc-tp01", "QUY TRÌNH CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH", author="Đỗ Thị Hồng Nhung",
                        gaps="tm", created="D:20190920101500+07'00'"),
               sc_layout(sc_tthc_copy(), "QT-TP-01", "02")),
        lab("procedure.administrative", "revise", "QT-TP-01", "02", "2019-09-20", "2008"))
    docx(f"{t}/QT-TCKH-02 Dang ky thanh lap ho kinh doanh.docx", sc_household_docx(),
         lab("procedure.administrative", "keep", "QT-TCKH-02", "02", "2022-03-10", "2015"))

    pdf("4. Bieu mau/BM-01-QT.ISO.05 Phieu yeu cau hanh dong khac phuc.pdf",
        render(Style(producer="GPL Ghostscript 9.27", creator="PDFCreator 3.5.1.24946", title="BM-01",
                     mode="word", fonts="custom", rules="stroke", compact=False, eol=b"\n", version="1.4", lang=None,
                     seed="sc-form", created="D:20170616140000+07'00'"),
               Layout(sc_form(), margins=(70.9, 56.7, 56.7, 56.7)).pages),
        lab("form", "keep", "BM-01/QT.ISO.05"))
    pdf("5. Ho so/Bien ban hop xem xet cua lanh dao nam 2024.pdf",
        render(word_old("2016", "sc-minutes", "Biên bản họp xem xét của lãnh đạo năm 2024", gaps="space",
                        created="D:20241220170500+07'00'"),
               Layout(sc_review_minutes(), margins=(70.9, 56.7, 56.7, 56.7)).pages),
        lab("record.management_review", "keep", "BM-02/QT.ISO.07", issued="2024-12-20", edition="2008"))

    tthc = [("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam "
                         "cấp hoặc chứng nhận", "Chứng thực"),
            ("2.000720", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"),
            ("2.000633", "Cấp Giấy phép bán lẻ sản phẩm rượu", "Lưu thông hàng hóa trong nước"),
            ("1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", "Hoạt động xây dựng"),
            ("", "Giải quyết khiếu nại lần đầu", "Giải quyết khiếu nại")]
    agency = dict(id="ubnd-thi-xa-song-cau", name="UBND thị xã Sông Cầu", level="district",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "partial", "5.2": "partial", "6.1": "missing",
                           "6.2": "partial", "7.5": "partial", "8.7": "partial", "9.2": "partial", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


# ================================================================================================
# Writing the campaign and the labels
# ================================================================================================

def write_doc(target, path, payload, final):
    kind, (body, header, footer) = payload
    assert kind == "docx" and not final
    wordml.write_docx(target, body, header, footer)


def main():
    write_labelled_campaign(
        HERE,
        'name = "Blind campaign 7 (PDFs as real producers write them)"\nyear = 2025\nprovince = "Phú Yên"\n',
        ["# Hand-written labels for tests/blind7/campaign/ (made by tests/blind7/make.py), written",
         "# from each document's content before the analysis was run. Absent field = null.",
         "# What a PDF says is what a person sees on its pages (the latest revision of the file); a",
         "# PDF protected only by an owner password (empty user password) is read like any other.",
         "# \"failed\" = could not be read: a scan without a text layer, a text layer that is",
         "# gibberish (fonts without ToUnicode, codes in order of first use), a truncated file, a",
         "# file encrypted with a password to open."],
        YEAR, (so_khcn, ubnd_song_cau), write_doc)


if __name__ == "__main__":
    main()
