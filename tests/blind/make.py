#!/usr/bin/env python3
"""Blind campaign generator: writes tests/blind/campaign/ and tests/blind/expected.toml.

The documents imitate three consulting firms' templates that differ from both tests/gen (samples/)
and tests/heldout/: a logo cell on the left of a two-row title with the field block in a separate
two-column table; a cover page whose sign-off grid comes BEFORE the title; and documents whose
title is a Word Heading 1 with the fields only in the page header. Each document's labels are
written next to its content, from what the document says, as a consultant would label it.

Standard library only. PDFs are made with `soffice --headless --convert-to pdf` when it is
available; without it the PDF-marked documents stay DOCX (and the labels follow the paths).

Usage: python3 tests/blind/make.py   (from the repository root or anywhere)
"""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "campaign")
YEAR = 2025

# --------------------------------------------------------------------------------------------
# Minimal WordprocessingML writer
# --------------------------------------------------------------------------------------------

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
            f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    parts = text.split("\n")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("<w:br/>")
        out.append(f'<w:t xml:space="preserve">{escape(p)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def para(text="", style=None, bold=False, center=False, size=None):
    ppr = ""
    if style or center:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            '<w:jc w:val="center"/>' if center else "") + "</w:pPr>"
    return f"<w:p>{ppr}{run(text, bold, size) if text else ''}</w:p>"


def cell(content, vmerge=None, span=None, bold=False, center=False):
    """content: a string ('\n' separates paragraphs) or None for an empty merged cell."""
    tcpr = ""
    if vmerge or span:
        tcpr = "<w:tcPr>" + (f'<w:gridSpan w:val="{span}"/>' if span else "") + (
            '<w:vMerge w:val="restart"/>' if vmerge == "restart" else
            "<w:vMerge/>" if vmerge == "continue" else "") + "</w:tcPr>"
    paras = "".join(para(line, bold=bold, center=center) for line in (content or "").split("\n"))
    return f"<w:tc>{tcpr}{paras or '<w:p/>'}</w:tc>"


def table(rows):
    """rows: list of lists of cells (strings or pre-rendered <w:tc>)."""
    ncols = max(len(r) for r in rows)
    # The text width of an A4 page with these margins is ~9000 twips: keep every table inside
    # it (a wider grid would run off the page and be clipped in the PDF).
    grid = "".join(f'<w:gridCol w:w="{9000 // ncols}"/>' for _ in range(ncols))
    body = []
    for r in rows:
        cells = "".join(c if c.startswith("<w:tc>") else cell(c) for c in r)
        body.append(f"<w:tr>{cells}</w:tr>")
    borders = "".join(
        f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/><w:tblBorders>{borders}'
            f'</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
</Relationships>"""


def write_docx(path, body, header):
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}>'
                f'<w:body>{"".join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" '
                'w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    hdr = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>'
           f'{"".join(header) or "<w:p/>"}</w:hdr>')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/header1.xml", hdr)


# --------------------------------------------------------------------------------------------
# Common body material
# --------------------------------------------------------------------------------------------

def sections(items, style=None, numbered_roman=False):
    """items: list of (heading, [paragraph or table-rows list])."""
    out = []
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    for i, (head, content) in enumerate(items):
        label = f"{romans[i]}. {head}" if numbered_roman else f"{i + 1}. {head}"
        out.append(para(label, style=style, bold=style is None))
        for c in content:
            out.append(table(c) if isinstance(c, list) else para(c))
    return out


def records_table(rows):
    return [["TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"]] + [
        [str(i + 1), *r] for i, r in enumerate(rows)]


def steps_table(rows):
    return [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"]] + [
        [str(i + 1), *r] for i, r in enumerate(rows)]


# --------------------------------------------------------------------------------------------
# Three templates
# --------------------------------------------------------------------------------------------

def template_logo_left(agency, doc_word, title, fields, edition_line):
    """Firm 1: logo cell on the left (merged over two rows), a two-row title, then the field
    block as a separate two-column table. Page header: agency and a system line."""
    head = table([
        [cell(f"{agency}\n[LOGO]", vmerge="restart", center=True, bold=True),
         cell(doc_word, center=True, bold=True)],
        [cell(None, vmerge="continue"), cell(title.upper(), center=True, bold=True)],
    ])
    block = table([[k, v] for k, v in fields])
    header = [para(f"{agency} - Hệ thống quản lý chất lượng {edition_line}".strip(" -"))]
    return [head, para(), block, para()], header


def signoff_grid(names, roles=("Người biên soạn", "Người xem xét", "Người phê duyệt")):
    return table([
        ["", *roles],
        ["Họ tên", *names[0]],
        ["Chức vụ", *names[1]],
        ["Chữ ký", "", "", ""],
    ])


def template_cover_first(agency, doc_word, title, code_cell, rev_cell, date_cell, names):
    """Firm 2: the sign-off grid comes first on the cover, then the title paragraphs, then a
    one-row field table. Page header: agency | title | code."""
    body = [
        para(agency, bold=True, center=True),
        signoff_grid(names),
        para(),
        para(doc_word, bold=True, center=True, size=32),
        para(title.upper(), bold=True, center=True, size=32),
        table([[code_cell, rev_cell, date_cell]]),
        para(),
    ]
    header = [table([[agency, f"{doc_word.capitalize()} {title.lower()}", code_cell]])]
    return body, header


def template_heading(agency, title, header_fields):
    """Firm 3: no cover table; the title is a Heading 1 paragraph in sentence case; the fields
    appear only in the page-header table."""
    body = [para(title, style="Heading1")]
    header = [table([[agency, "\n".join(header_fields)]])]
    return body, header


# --------------------------------------------------------------------------------------------
# The campaign
# --------------------------------------------------------------------------------------------

DOCS = []  # (agency_id, rel_path, pdf?, body, header, labels)


def add(agency, path, body, header, pdf=False, **labels):
    DOCS.append((agency, path, pdf, body, header, labels))


# ---- Agency 1: UBND huyện Thạch Hà, district, still on 2008 -------------------------------

A = "ubnd-huyen-thach-ha"
A_NAME = "UBND HUYỆN THẠCH HÀ"
A_NAMES = [("Phan Thị Lan", "Hoàng Văn Đức", "Nguyễn Hữu Tài"),
           ("Chuyên viên Văn phòng", "Chánh Văn phòng", "Chủ tịch UBND huyện")]
A_REF = "Tiêu chuẩn TCVN ISO 9001:2008 - Hệ thống quản lý chất lượng - Các yêu cầu."


def a_proc(path, num, title, rev, date, purpose, content, records, kind, action, target=None,
           doc_word="QUY TRÌNH", pdf=False, code_override=None):
    code = code_override or f"QT.{num:02d}/UBND"
    body, header = template_logo_left(A_NAME, doc_word, title, [
        ("Mã tài liệu:", code), ("Phiên bản:", rev), ("Hiệu lực từ:", date),
        ("Số trang:", "6")], "TCVN ISO 9001:2008")
    body += sections([
        ("MỤC ĐÍCH", [purpose]),
        ("PHẠM VI ÁP DỤNG", ["Áp dụng đối với các phòng, ban chuyên môn thuộc UBND huyện Thạch Hà."]),
        ("TÀI LIỆU VIỆN DẪN", [A_REF, "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ."]),
        ("ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT", ["UBND: Ủy ban nhân dân; HTQLCL: Hệ thống quản lý chất lượng; ĐDLĐ: Đại diện lãnh đạo."]),
        ("NỘI DUNG", content),
        ("HỒ SƠ", [records_table(records)]),
    ], numbered_roman=True)
    body.append(signoff_grid(A_NAMES, ("Người soạn thảo", "Người kiểm tra", "Người phê duyệt")))
    add(A, path, body, header, pdf=pdf, kind=kind, code=code, revision=rev,
        issued=iso(date), edition="2008", action=action, target=target)


def iso(date):
    """dd/mm/yyyy (with optional 'ngày', spaces or dashes) → yyyy-mm-dd, for the labels only."""
    d = date.replace("ngày", "").replace(" ", "").replace("-", "/").strip()
    dd, mm, yy = d.split("/")
    return f"{yy}-{int(mm):02d}-{int(dd):02d}"


def build_a():
    # Quality manual, 2008, "Lần soát xét: 2" in a logo-left header.
    body, header = template_logo_left(A_NAME, "SỔ TAY", "CHẤT LƯỢNG", [
        ("Mã tài liệu:", "STCL/UBND"), ("Lần soát xét:", "2"), ("Hiệu lực từ:", "15/03/2014"),
        ("Số trang:", "18")], "TCVN ISO 9001:2008")
    body += sections([
        ("GIỚI THIỆU VỀ UBND HUYỆN THẠCH HÀ", ["UBND huyện là cơ quan hành chính nhà nước ở địa phương."]),
        ("PHẠM VI ÁP DỤNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", [
            "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 áp dụng cho việc giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả.",
            "Ngoại lệ: điều 7.3 Thiết kế và phát triển; điều 7.6 Kiểm soát thiết bị theo dõi và đo lường."]),
        ("CHÍNH SÁCH CHẤT LƯỢNG", ["Lãnh đạo UBND huyện cam kết: Minh bạch - Đúng hạn - Tận tụy."]),
        ("ĐẠI DIỆN LÃNH ĐẠO", ["Phó Chủ tịch UBND huyện được chỉ định làm Đại diện lãnh đạo về chất lượng."]),
        ("CÁC QUÁ TRÌNH CỦA HỆ THỐNG", ["Sơ đồ các quá trình và mối tương tác; danh mục 06 thủ tục bắt buộc: kiểm soát tài liệu, kiểm soát hồ sơ, đánh giá nội bộ, kiểm soát sản phẩm không phù hợp, hành động khắc phục, hành động phòng ngừa."]),
    ], numbered_roman=True)
    add(A, "1. He thong/So tay chat luong.docx", body, header, kind="quality_manual",
        code="STCL/UBND", revision="2", issued="2014-03-15", edition="2008", action="revise")

    # Quality policy, 2008, PDF.
    body, header = template_logo_left(A_NAME, "CHÍNH SÁCH", "CHẤT LƯỢNG", [
        ("Mã tài liệu:", "CS/UBND"), ("Phiên bản:", "01"), ("Hiệu lực từ:", "15/03/2014"),
        ("Số trang:", "1")], "TCVN ISO 9001:2008")
    body += [para("UBND huyện Thạch Hà cam kết xây dựng, áp dụng và duy trì hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001:2008."),
             para("Phương châm: Công khai - Minh bạch - Đúng hẹn - Tận tụy."),
             para("Chính sách chất lượng được phổ biến tới toàn thể cán bộ, công chức."),
             para("CHỦ TỊCH UBND HUYỆN", bold=True), para("Nguyễn Hữu Tài")]
    add(A, "1. He thong/Chinh sach chat luong.docx", body, header, pdf=True, kind="quality_policy",
        code="CS/UBND", revision="01", issued="2014-03-15", edition="2008", action="revise")

    # Objectives 2025: a list without plans, dated "ngày 05/01/2025", no edition cited.
    body, header = template_logo_left(A_NAME, "MỤC TIÊU", "CHẤT LƯỢNG NĂM 2025", [
        ("Mã tài liệu:", "MT/UBND"), ("Phiên bản:", "01"), ("Hiệu lực từ:", "ngày 05/01/2025"),
        ("Số trang:", "2")], "")
    body += [para("Năm 2025, UBND huyện Thạch Hà phấn đấu đạt các mục tiêu chất lượng sau:"),
             para("1. 100% hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn."),
             para("2. Không có khiếu nại về thái độ phục vụ của cán bộ, công chức."),
             para("3. 95% tổ chức, công dân hài lòng với việc giải quyết thủ tục hành chính.")]
    add(A, "1. He thong/Muc tieu chat luong nam 2025.docx", body, header,
        kind="quality_objectives", code="MT/UBND", revision="01", issued="2025-01-05",
        action="revise")

    a_proc("2. Quy trinh ISO/QT.01 Kiem soat tai lieu.docx", 1, "Kiểm soát tài liệu", "02", "15/03/2014",
           "Quy định thống nhất cách thức soạn thảo, xem xét, phê duyệt, ban hành, sửa đổi và kiểm soát tài liệu của HTQLCL.",
           ["Soạn thảo tài liệu; xem xét và phê duyệt; ban hành và phân phối; sửa đổi tài liệu; kiểm soát tài liệu có nguồn gốc bên ngoài; thu hồi tài liệu lỗi thời."],
           [("Danh mục tài liệu nội bộ", "Văn phòng", "Đến khi có thay đổi"), ("Phiếu yêu cầu sửa đổi tài liệu", "Văn phòng", "02 năm")],
           "procedure.document_control", "merge", "procedure.documented_information")
    a_proc("2. Quy trinh ISO/QT.02 Kiem soat ho so.docx", 2, "Kiểm soát hồ sơ", "02", "15/03/2014",
           "Quy định cách thức nhận biết, bảo quản, bảo vệ, sử dụng, thời gian lưu giữ và hủy bỏ hồ sơ chất lượng.",
           ["Lập danh mục hồ sơ; lưu trữ và bảo quản hồ sơ; thời gian lưu hồ sơ; hủy hồ sơ hết hạn lưu."],
           [("Danh mục hồ sơ chất lượng", "Các phòng", "03 năm"), ("Biên bản hủy hồ sơ", "Văn phòng", "Vĩnh viễn")],
           "procedure.record_control", "merge", "procedure.documented_information")
    a_proc("2. Quy trinh ISO/QT.03 Danh gia noi bo.docx", 3, "Đánh giá chất lượng nội bộ", "02", "15/03/2014",
           "Quy định cách thức tiến hành đánh giá chất lượng nội bộ nhằm xác định HTQLCL có phù hợp và được duy trì hiệu lực.",
           ["Lập chương trình đánh giá nội bộ hằng năm; thành lập đoàn đánh giá; chuẩn bị và tiến hành đánh giá; báo cáo kết quả đánh giá; theo dõi hành động khắc phục."],
           [("Chương trình đánh giá nội bộ (BM.01-QT.03)", "Thư ký ISO", "03 năm"), ("Báo cáo đánh giá nội bộ", "Thư ký ISO", "03 năm")],
           "procedure.internal_audit", "revise", pdf=True)
    a_proc("2. Quy trinh ISO/QT.04 Kiem soat san pham khong phu hop.docx", 4, "Kiểm soát sản phẩm không phù hợp", "02", "15/03/2014",
           "Quy định cách thức phát hiện và xử lý sản phẩm không phù hợp trong quá trình giải quyết thủ tục hành chính.",
           ["Phát hiện sản phẩm không phù hợp (hồ sơ trễ hạn, sai sót kết quả); ghi nhận vào sổ theo dõi; xử lý và báo cáo lãnh đạo."],
           [("Sổ theo dõi sản phẩm không phù hợp", "Các phòng", "02 năm")],
           "procedure.nonconforming_product", "merge", "procedure.nonconformity_corrective_action")
    a_proc("2. Quy trinh ISO/QT.05 Hanh dong khac phuc.docx", 5, "Hành động khắc phục", "02", "15/03/2014",
           "Quy định cách thức xác định nguyên nhân của sự không phù hợp và thực hiện hành động khắc phục để ngăn ngừa tái diễn.",
           ["Xác định sự không phù hợp; phân tích nguyên nhân; đề xuất hành động khắc phục; thực hiện và kiểm tra hiệu lực."],
           [("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "02 năm")],
           "procedure.corrective_action", "merge", "procedure.nonconformity_corrective_action")
    a_proc("2. Quy trinh ISO/QT.06 Hanh dong phong ngua.docx", 6, "Hành động phòng ngừa", "02", "15/03/2014",
           "Quy định cách thức xác định sự không phù hợp tiềm ẩn và thực hiện hành động phòng ngừa.",
           ["Nhận diện sự không phù hợp tiềm ẩn; phân tích nguyên nhân; đề xuất hành động phòng ngừa; theo dõi kết quả."],
           [("Phiếu yêu cầu hành động phòng ngừa", "Thư ký ISO", "02 năm")],
           "procedure.preventive_action", "replace", "procedure.risk_opportunity")

    # Procedure named by its number only in the body; the title is in the page header only.
    header = [table([[f"{A_NAME}\n[LOGO]", "QUY TRÌNH XEM XÉT CỦA LÃNH ĐẠO", "Lần ban hành: 01\nNgày ban hành: 10/03/2016\nTrang: 1/4"]])]
    body = [para("Quy trình số 07", bold=True, center=True),
            para("(Ban hành kèm theo Quyết định số 45/QĐ-UBND của Chủ tịch UBND huyện)", center=True)]
    body += sections([
        ("MỤC ĐÍCH", ["Quy định việc lãnh đạo UBND huyện xem xét định kỳ hệ thống quản lý chất lượng để đảm bảo sự phù hợp, thỏa đáng và hiệu lực."]),
        ("PHẠM VI", ["Áp dụng cho Ban chỉ đạo ISO và các phòng chuyên môn."]),
        ("TÀI LIỆU VIỆN DẪN", [A_REF]),
        ("NỘI DUNG", ["Tần suất: ít nhất 01 lần/năm. Đầu vào xem xét: kết quả đánh giá nội bộ, phản hồi của tổ chức, công dân, việc thực hiện quá trình, tình trạng hành động khắc phục và phòng ngừa, các thay đổi có thể ảnh hưởng đến hệ thống.",
                      "Đầu ra: các quyết định về cải tiến hiệu lực của hệ thống và nhu cầu về nguồn lực."]),
        ("HỒ SƠ", [records_table([("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "03 năm")])]),
    ])
    add(A, "2. Quy trinh ISO/Quy trinh so 07.docx", body, header, kind="procedure.management_review",
        revision="01", issued="2016-03-10", edition="2008", action="revise")

    # Two TTHC procedures, 2008, "QT.xx/UBND" codes; one as PDF.
    for (path, num, title, field, pdf) in [
        ("3. Quy trinh TTHC/QT.11 Cap GCN quyen su dung dat.docx", 11,
         "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai", True),
        ("3. Quy trinh TTHC/QT.12 Dang ky ho kinh doanh.docx", 12,
         "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh", False),
    ]:
        a_proc(path, num, title, "01", "20/08/2015",
               f"Quy định trình tự, thủ tục giải quyết thủ tục hành chính {title.lower()} thuộc lĩnh vực {field}.",
               ["Thành phần hồ sơ: đơn đề nghị theo mẫu; giấy tờ tùy thân; các giấy tờ liên quan. Số lượng hồ sơ: 01 bộ.",
                "Thời hạn giải quyết: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Lệ phí: theo quy định của HĐND tỉnh.",
                steps_table([("Tiếp nhận hồ sơ, kiểm tra tính đầy đủ", "Bộ phận một cửa", "0,5 ngày", "Phiếu hẹn trả kết quả"),
                             ("Thẩm định hồ sơ", "Phòng chuyên môn", "10 ngày", "Tờ trình"),
                             ("Phê duyệt", "Lãnh đạo UBND huyện", "3 ngày", "Kết quả"),
                             ("Trả kết quả", "Bộ phận một cửa", "0,5 ngày", "Sổ theo dõi")])],
               [("Hồ sơ giải quyết thủ tục", "Phòng chuyên môn", "05 năm")],
               "procedure.administrative", "revise", pdf=pdf)

    # Round 2. A fourth firm's cover: one row, the title behind a "Tên tài liệu:" label, fields
    # stacked in the right cell; version written "2.0"; date in words.
    body = [table([[cell(f"{A_NAME}\nVĂN PHÒNG HĐND VÀ UBND", center=True, bold=True),
                    cell("Tên tài liệu:\nQuy trình tiếp nhận và xử lý văn bản đến", center=True, bold=True),
                    "Mã số: 02/QT-VP\nPhiên bản: 2.0\nNgày ban hành: 05 tháng 01 năm 2015\nTrang: 1/5"]]),
            para()]
    body += sections([
        ("MỤC ĐÍCH", ["Thống nhất cách tiếp nhận, đăng ký, trình, chuyển giao và theo dõi xử lý văn bản đến."]),
        ("PHẠM VI", ["Áp dụng cho Văn phòng HĐND và UBND huyện và các phòng chuyên môn."]),
        ("TÀI LIỆU VIỆN DẪN", [A_REF, "Nghị định 110/2004/NĐ-CP về công tác văn thư."]),
        ("NỘI DUNG", ["Tiếp nhận văn bản đến; đăng ký vào sổ văn bản đến; trình Chánh Văn phòng cho ý kiến phân phối; chuyển giao; theo dõi, đôn đốc giải quyết."]),
        ("HỒ SƠ", [records_table([("Sổ đăng ký văn bản đến", "Văn thư", "05 năm")])]),
    ], numbered_roman=True)
    add(A, "2. Quy trinh ISO/02-QT-VP Tiep nhan van ban den.docx", body, [], kind="procedure.internal",
        code="02/QT-VP", revision="2.0", issued="2015-01-05", edition="2008", action="revise")

    # Round 2: an administrative plan outside the quality system, dated by its place-date line.
    body = [table([["ỦY BAN NHÂN DÂN\nHUYỆN THẠCH HÀ\nSố: 25/KH-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThạch Hà, ngày 10 tháng 01 năm 2025"]]),
            para("KẾ HOẠCH", bold=True, center=True),
            para("Cải cách hành chính năm 2025", bold=True, center=True),
            para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            para("Đẩy mạnh cải cách thủ tục hành chính, nâng cao chỉ số hài lòng của người dân."),
            para("II. NHIỆM VỤ", bold=True),
            table([["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
                   ["1", "Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng", "Quý II"],
                   ["2", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Phòng Nội vụ", "Cả năm"]])]
    add(A, "4. Van ban khac/Ke hoach CCHC nam 2025.docx", body, [], kind="other",
        issued="2025-01-10", action="keep")

    # Quy chế chi tiêu nội bộ: not part of the quality system.
    body = [para(A_NAME, bold=True), para("QUY CHẾ", bold=True, center=True),
            para("CHI TIÊU NỘI BỘ NĂM 2025", bold=True, center=True),
            para("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 06/01/2025)", center=True),
            para("Chương I. QUY ĐỊNH CHUNG", bold=True),
            para("Điều 1. Quy chế này quy định các định mức chi thường xuyên: công tác phí, hội nghị, văn phòng phẩm, điện thoại."),
            para("Điều 2. Nguyên tắc: công khai, dân chủ, tiết kiệm, phù hợp dự toán được giao."),
            para("Chương II. ĐỊNH MỨC CHI", bold=True),
            table([["Nội dung chi", "Định mức"], ["Công tác phí", "200.000 đồng/ngày"], ["Văn phòng phẩm", "300.000 đồng/người/quý"]])]
    add(A, "4. Van ban khac/Quy che chi tieu noi bo 2025.docx", body, [], kind="other",
        issued="2025-01-06", action="keep")

    # Form BM.01-QT.03 (empty): audit programme.
    body = [table([[cell(f"{A_NAME}\n[LOGO]", center=True), cell("CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ", bold=True, center=True), "BM.01-QT.03"]]),
            para("Năm: ........"),
            table([["TT", "Bộ phận được đánh giá", "Thời gian", "Chuyên gia đánh giá", "Ghi chú"], ["", "", "", "", ""], ["", "", "", "", ""]]),
            para("Người lập                                   Phê duyệt")]
    add(A, "5. Bieu mau/BM.01-QT.03 Chuong trinh DGNB.docx", body, [], kind="form",
        code="BM.01-QT.03", action="keep")

    # Filled record: management review minutes 2025.
    body = [para(A_NAME, bold=True),
            para("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM 2025", bold=True, center=True),
            para("Hôm nay, ngày 15 tháng 12 năm 2025, tại phòng họp UBND huyện Thạch Hà, Ban chỉ đạo ISO tiến hành họp xem xét của lãnh đạo."),
            para("Thành phần: ông Nguyễn Hữu Tài - Chủ tịch UBND huyện, chủ trì; các thành viên Ban chỉ đạo ISO."),
            para("Nội dung: 1. Kết quả đánh giá nội bộ năm 2025; 2. Phản hồi của tổ chức, công dân; 3. Tình trạng hành động khắc phục; 4. Mục tiêu chất lượng năm 2025 đạt 3/3."),
            para("Kết luận: tiếp tục duy trì hệ thống; chuẩn bị chuyển đổi hệ thống sang phiên bản tiêu chuẩn mới trong năm 2026."),
            para("Thư ký                                   Chủ trì")]
    add(A, "6. Ho so/Bien ban hop xem xet lanh dao 2025.docx", body,
        [para(f"{A_NAME}        BM.02-QT.07")], kind="record.management_review",
        code="BM.02-QT.07", issued="2025-12-15", action="keep")


# ---- Agency 2: UBND xã Hòa Bình, commune, fully converted to 2015 -------------------------

B = "ubnd-xa-hoa-binh"
B_NAME = "UBND XÃ HÒA BÌNH"
B_NAMES = [("Lê Thị Mai", "Trần Văn Hùng", "Đặng Quốc Bảo"),
           ("Công chức Văn phòng - Thống kê", "Phó Chủ tịch UBND xã", "Chủ tịch UBND xã")]
B_REF = "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu."
B_DATE = "05 - 01 - 2025"


def b_doc(path, doc_word, title, code, content, kind, action="keep", rev="01", date=B_DATE,
          pdf=False, intro=None, edition="2015"):
    body, header = template_cover_first(B_NAME, doc_word, title, f"Mã hiệu: {code}",
                                        f"Lần ban hành: {rev}", f"Ngày hiệu lực: {date}", B_NAMES)
    if intro:
        body += [para(x) for x in intro]
    body += content
    add(B, path, body, header, pdf=pdf, kind=kind, code=code, revision=rev, issued=iso(date),
        edition=edition, action=action)


def b_proc(path, title, code, purpose, content, records, kind, pdf=False):
    body = sections([
        ("Mục đích", [purpose]),
        ("Phạm vi áp dụng", ["Áp dụng đối với công chức và người hoạt động không chuyên trách của UBND xã Hòa Bình."]),
        ("Tài liệu viện dẫn", [B_REF, "Quyết định số 19/2014/QĐ-TTg; Quyết định số 101/QĐ-BKHCN ngày 21/01/2019."]),
        ("Giải thích từ ngữ", ["TTDVB: thông tin dạng văn bản; BCĐ: Ban chỉ đạo ISO."]),
        ("Nội dung quy trình", content),
        ("Lưu hồ sơ", [records_table(records)]),
    ], style="Heading2")
    b_doc(path, "QUY TRÌNH", title, code, body, kind, pdf=pdf)


def build_b():
    b_doc("01 He thong/So tay chat luong.docx", "SỔ TAY", "CHẤT LƯỢNG", "STCL", sections([
        ("Giới thiệu chung", ["UBND xã Hòa Bình là cơ quan hành chính nhà nước cấp xã."]),
        ("Bối cảnh của tổ chức", ["Các vấn đề bên ngoài: chính sách pháp luật thay đổi, chuyển đổi số; các vấn đề bên trong: nhân lực, cơ sở vật chất. Chi tiết tại tài liệu Xác định bối cảnh và các bên quan tâm."]),
        ("Phạm vi áp dụng", ["Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 áp dụng cho toàn bộ các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã. Yêu cầu không áp dụng: 8.3 Thiết kế và phát triển."]),
        ("Hệ thống các quá trình và sự tương tác", ["Sơ đồ tương tác giữa các quá trình: lãnh đạo, hoạch định, hỗ trợ, thực hiện, đánh giá kết quả, cải tiến."]),
        ("Vai trò, trách nhiệm và quyền hạn", ["Chủ tịch UBND xã chịu trách nhiệm giải trình về hiệu lực của hệ thống; Thư ký ISO giúp việc."]),
        ("Theo dõi sự hài lòng của người dân", ["Định kỳ hằng năm khảo sát sự hài lòng của tổ chức, công dân bằng phiếu khảo sát."]),
    ], style="Heading2"), "quality_manual")

    b_doc("01 He thong/Chinh sach chat luong.docx", "CHÍNH SÁCH", "CHẤT LƯỢNG", "CSCL", [
        para("UBND xã Hòa Bình cam kết áp dụng, duy trì và cải tiến liên tục hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, đáp ứng yêu cầu của tổ chức, công dân và các yêu cầu pháp luật."),
        para("Phương châm: Tận tâm - Chuyên nghiệp - Hiệu quả.")], "quality_policy", pdf=True)

    plan = [["TT", "Mục tiêu", "Nội dung công việc", "Người thực hiện", "Thời gian hoàn thành", "Nguồn lực", "Phương pháp đánh giá"],
            ["1", "100% hồ sơ TTHC giải quyết đúng hạn", "Theo dõi tiến độ trên phần mềm một cửa", "Công chức một cửa", "Hằng tháng", "Phần mềm, máy tính", "Báo cáo tỷ lệ đúng hạn"],
            ["2", "Tỷ lệ hài lòng ≥ 95%", "Khảo sát ý kiến người dân", "Văn phòng - Thống kê", "Tháng 11/2025", "Kinh phí 2 triệu đồng", "Tổng hợp phiếu khảo sát"]]
    b_doc("01 He thong/Muc tieu chat luong 2025.docx", "MỤC TIÊU CHẤT LƯỢNG", "VÀ KẾ HOẠCH THỰC HIỆN NĂM 2025",
          "MTCL-2025", [para("Căn cứ chính sách chất lượng, UBND xã xây dựng mục tiêu chất lượng năm 2025 và kế hoạch thực hiện như sau:"), table(plan)],
          "quality_objectives", edition=None)

    b_doc("01 He thong/Boi canh va cac ben quan tam.docx", "XÁC ĐỊNH", "BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM",
          "BC-01", [
              para("1. Các vấn đề bên ngoài", bold=True),
              table([["Vấn đề", "Ảnh hưởng", "Cách theo dõi"], ["Thay đổi quy định pháp luật về TTHC", "Phải cập nhật quy trình", "Rà soát hằng quý"], ["Chuyển đổi số", "Thay đổi cách tiếp nhận hồ sơ", "Theo dõi văn bản cấp trên"]]),
              para("2. Các vấn đề bên trong", bold=True),
              table([["Vấn đề", "Ảnh hưởng", "Cách theo dõi"], ["Biến động nhân sự", "Thiếu người giải quyết hồ sơ", "Phân công kiêm nhiệm"]]),
              para("3. Các bên quan tâm và yêu cầu của họ", bold=True),
              table([["Bên quan tâm", "Yêu cầu", "Cách đáp ứng"], ["Tổ chức, công dân", "Giải quyết đúng hẹn", "Công khai TTHC"], ["UBND tỉnh", "Tuân thủ pháp luật", "Báo cáo định kỳ"]])],
          "context_analysis")

    b_proc("02 Quy trinh he thong/QT-ISO-01 Kiem soat thong tin dang van ban.docx", "Kiểm soát thông tin dạng văn bản", "QT-ISO-01",
           "Quy định cách thức kiểm soát thông tin dạng văn bản được duy trì và được lưu giữ của hệ thống quản lý chất lượng.",
           ["Tạo mới và cập nhật thông tin dạng văn bản; phê duyệt; phân phối; lưu giữ và bảo quản; kiểm soát thông tin có nguồn gốc bên ngoài; thời gian lưu giữ và hủy."],
           [("Danh mục tài liệu nội bộ", "Thư ký ISO", "Đến khi có thay đổi"), ("Danh mục hồ sơ", "Các bộ phận", "03 năm")],
           "procedure.documented_information")
    b_proc("02 Quy trinh he thong/QT-ISO-02 Quan ly rui ro va co hoi.docx", "Quản lý rủi ro và cơ hội", "QT-ISO-02",
           "Quy định cách thức nhận diện, đánh giá và xử lý rủi ro, cơ hội liên quan đến bối cảnh và các bên quan tâm.",
           ["Nhận diện rủi ro và cơ hội; đánh giá mức độ (khả năng xảy ra × mức độ ảnh hưởng); lựa chọn biện pháp xử lý; cập nhật Sổ theo dõi rủi ro và cơ hội."],
           [("Sổ theo dõi rủi ro và cơ hội", "Các bộ phận", "03 năm")], "procedure.risk_opportunity")
    b_proc("02 Quy trinh he thong/QT-ISO-03 Danh gia noi bo.docx", "Đánh giá nội bộ", "QT-ISO-03",
           "Quy định việc lập chương trình và thực hiện đánh giá nội bộ, có xét đến rủi ro và các thay đổi.",
           ["Lập kế hoạch đánh giá nội bộ hằng năm; chỉ định chuyên gia đánh giá; tiến hành đánh giá; báo cáo kết quả; theo dõi hành động khắc phục."],
           [("Kế hoạch đánh giá nội bộ", "Thư ký ISO", "03 năm"), ("Báo cáo đánh giá nội bộ", "Thư ký ISO", "03 năm")],
           "procedure.internal_audit", pdf=True)
    b_proc("02 Quy trinh he thong/QT-ISO-04 Kiem soat su khong phu hop va HDKP.docx", "Kiểm soát sự không phù hợp và hành động khắc phục", "QT-ISO-04",
           "Quy định cách thức kiểm soát đầu ra không phù hợp và thực hiện hành động khắc phục, cập nhật rủi ro và cơ hội khi cần.",
           ["Nhận biết đầu ra không phù hợp; xử lý; phân tích nguyên nhân; hành động khắc phục; xem xét hiệu lực; cập nhật rủi ro và cơ hội."],
           [("Phiếu theo dõi sự không phù hợp", "Các bộ phận", "02 năm"), ("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "02 năm")],
           "procedure.nonconformity_corrective_action")
    b_proc("02 Quy trinh he thong/QT-ISO-05 Xem xet cua lanh dao.docx", "Xem xét của lãnh đạo", "QT-ISO-05",
           "Quy định việc lãnh đạo UBND xã xem xét hệ thống quản lý chất lượng ít nhất một lần mỗi năm.",
           ["Đầu vào: tình trạng các hành động từ lần xem xét trước; thay đổi của bối cảnh; sự hài lòng của người dân; mức độ đạt mục tiêu; kết quả đánh giá; hiệu lực của các hành động giải quyết rủi ro và cơ hội; kết quả thực hiện của nhà cung cấp bên ngoài; sự thỏa đáng của nguồn lực.",
            "Đầu ra: cơ hội cải tiến; nhu cầu thay đổi hệ thống; nhu cầu nguồn lực."],
           [("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "03 năm")], "procedure.management_review")

    body = [table([[B_NAME, cell("SỔ THEO DÕI RỦI RO VÀ CƠ HỘI NĂM 2025", bold=True, center=True), "BM.01-QT-ISO-02"]]),
            table([["TT", "Quá trình", "Rủi ro/Cơ hội", "Khả năng xảy ra", "Mức độ ảnh hưởng", "Biện pháp xử lý", "Người thực hiện"],
                   ["1", "Tiếp nhận hồ sơ", "Hồ sơ bị thất lạc", "2", "3", "Số hóa hồ sơ khi tiếp nhận", "Công chức một cửa"],
                   ["2", "Giải quyết TTHC", "Trễ hạn do thiếu người", "3", "3", "Phân công dự phòng", "Chủ tịch UBND xã"]])]
    add(B, "01 He thong/So theo doi rui ro va co hoi 2025.docx", body, [], kind="risk_register",
        code="BM.01-QT-ISO-02", action="keep")

    for (path, title, code, field, pdf) in [
        ("03 Quy trinh TTHC/QT-TP-01 Dang ky khai sinh.docx", "Đăng ký khai sinh", "QT-TP-01", "Hộ tịch", False),
        ("03 Quy trinh TTHC/QT-TP-02 Chung thuc ban sao tu ban chinh.docx", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "QT-TP-02", "Chứng thực", True),
    ]:
        content = sections([
            ("Mục đích", [f"Quy định trình tự giải quyết thủ tục {title.lower()} thuộc lĩnh vực {field}."]),
            ("Phạm vi", ["Áp dụng tại Bộ phận tiếp nhận và trả kết quả UBND xã."]),
            ("Tài liệu viện dẫn", [B_REF, "Luật Hộ tịch 2014; Nghị định 23/2015/NĐ-CP."]),
            ("Nội dung", ["Thành phần hồ sơ: tờ khai theo mẫu; giấy tờ chứng minh. Số lượng: 01 bộ. Thời hạn giải quyết: trong ngày. Lệ phí: theo quy định.",
                          steps_table([("Tiếp nhận, kiểm tra hồ sơ", "Công chức Tư pháp - Hộ tịch", "15 phút", "Phiếu tiếp nhận"),
                                       ("Xử lý, trình ký", "Công chức Tư pháp - Hộ tịch", "2 giờ", "Dự thảo kết quả"),
                                       ("Ký duyệt", "Chủ tịch UBND xã", "1 giờ", "Kết quả"),
                                       ("Trả kết quả", "Bộ phận một cửa", "15 phút", "Sổ theo dõi")])]),
            ("Hồ sơ cần lưu", [records_table([("Hồ sơ giải quyết TTHC", "Công chức Tư pháp", "Vĩnh viễn")])]),
        ], style="Heading2")
        b_doc(path, "QUY TRÌNH", title, code, content, "procedure.administrative", pdf=pdf, date="ngày 10/01/2025")

    body = [para(B_NAME, bold=True),
            para("KẾ HOẠCH ĐÁNH GIÁ NỘI BỘ NĂM 2025", bold=True, center=True),
            para("Tháng 01/2025", center=True),
            para("Mục đích: đánh giá sự phù hợp của hệ thống quản lý chất lượng với TCVN ISO 9001:2015 và hiệu lực áp dụng."),
            table([["TT", "Bộ phận được đánh giá", "Thời gian", "Chuyên gia đánh giá"],
                   ["1", "Bộ phận một cửa", "Tháng 9/2025", "Lê Thị Mai"], ["2", "Công chức Tư pháp - Hộ tịch", "Tháng 9/2025", "Trần Văn Hùng"]])]
    add(B, "04 Ho so 2025/Ke hoach danh gia noi bo 2025.docx", body, [para("BM.01-QT-ISO-03")],
        kind="record.internal_audit", code="BM.01-QT-ISO-03", edition="2015", action="keep")

    body = [para(B_NAME, bold=True),
            para("BIÊN BẢN HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM 2025", bold=True, center=True),
            para("Thời gian: 14 giờ ngày 20 tháng 11 năm 2025. Địa điểm: Hội trường UBND xã."),
            para("Chủ trì: ông Đặng Quốc Bảo - Chủ tịch UBND xã. Thư ký: bà Lê Thị Mai."),
            para("Các nội dung xem xét: thay đổi bối cảnh; mức độ hài lòng của người dân; kết quả đánh giá nội bộ; hiệu lực của hành động giải quyết rủi ro và cơ hội; nguồn lực."),
            para("Kết luận và phân công thực hiện: bổ sung 01 công chức một cửa; cập nhật sổ theo dõi rủi ro.")]
    add(B, "04 Ho so 2025/Bien ban hop xem xet cua lanh dao 2025.docx", body, [para("BM.01-QT-ISO-05")],
        kind="record.management_review", code="BM.01-QT-ISO-05", issued="2025-11-20", action="keep",
        pdf=True)

    body = [para(B_NAME, bold=True),
            para("BÁO CÁO", bold=True, center=True),
            para("KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN NĂM 2025", bold=True, center=True),
            para("Tổng số phiếu phát ra: 120; thu về: 114. Tỷ lệ hài lòng: 96,5%."),
            table([["Tiêu chí", "Hài lòng", "Bình thường", "Không hài lòng"], ["Thái độ phục vụ", "110", "4", "0"], ["Thời gian giải quyết", "108", "6", "0"]]),
            para("Kiến nghị: tiếp tục niêm yết công khai TTHC tại Bộ phận một cửa.")]
    add(B, "04 Ho so 2025/Bao cao khao sat su hai long 2025.docx", body, [],
        kind="record.customer_satisfaction", action="keep")

    # Round 2: the decision announcing the system; not itself a quality-system document.
    body = [table([["ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 20/QĐ-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 15 tháng 02 năm 2025"]]),
            para("QUYẾT ĐỊNH", bold=True, center=True),
            para("Về việc công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015", bold=True, center=True),
            para("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", bold=True, center=True),
            para("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ;"),
            para("QUYẾT ĐỊNH:", bold=True),
            para("Điều 1. Công bố Hệ thống quản lý chất lượng của UBND xã Hòa Bình phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015 đối với các lĩnh vực hoạt động trong phạm vi áp dụng."),
            para("Điều 2. Quyết định có hiệu lực kể từ ngày ký."),
            para("Điều 3. Văn phòng - Thống kê và các công chức chuyên môn chịu trách nhiệm thi hành Quyết định này.")]
    add(B, "05 Van ban khac/Quyet dinh cong bo HTQLCL.docx", body, [], kind="other",
        issued="2025-02-15", edition="2015", action="keep")

    # Round 2: customer-satisfaction procedure of the same firm.
    b_proc("02 Quy trinh he thong/QT-ISO-06 Do luong su hai long.docx", "Đo lường sự hài lòng của người dân", "QT-ISO-06",
           "Quy định cách thu thập và phân tích ý kiến, mức độ hài lòng của tổ chức, công dân đối với việc giải quyết TTHC.",
           ["Lập kế hoạch khảo sát hằng năm; phát phiếu khảo sát; tổng hợp, phân tích kết quả; báo cáo lãnh đạo; đề xuất cải tiến."],
           [("Phiếu khảo sát đã điền", "Văn phòng - Thống kê", "01 năm"), ("Báo cáo kết quả khảo sát", "Văn phòng - Thống kê", "03 năm")],
           "procedure.customer_satisfaction")

    body = [para("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", bold=True),
            para("Số: 215/BC-UBND", ),
            para("BÁO CÁO", bold=True, center=True),
            para("TỔNG KẾT CÔNG TÁC NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", bold=True, center=True),
            para("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", bold=True),
            para("1. Kinh tế: tổng giá trị sản xuất tăng 7,2%; thu ngân sách đạt 112% dự toán."),
            para("2. Văn hóa - xã hội: 95% gia đình đạt danh hiệu gia đình văn hóa."),
            para("3. Cải cách hành chính: tiếp nhận 1.245 hồ sơ, 100% giải quyết đúng hạn."),
            para("II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", bold=True),
            para("Tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng phục vụ người dân.")]
    add(B, "05 Van ban khac/Bao cao tong ket cong tac nam 2024.docx", body, [], kind="other", action="keep")

    body = [table([[B_NAME, cell("PHIẾU KHẢO SÁT Ý KIẾN CỦA TỔ CHỨC, CÔNG DÂN", bold=True, center=True), "BM.02-QT-ISO-03"]]),
            para("Xin Ông/Bà vui lòng cho biết ý kiến về việc giải quyết thủ tục hành chính:"),
            table([["Tiêu chí", "Hài lòng", "Bình thường", "Không hài lòng"], ["Thái độ phục vụ", "☐", "☐", "☐"], ["Thời gian giải quyết", "☐", "☐", "☐"]]),
            para("Ý kiến khác: ..................................................")]
    add(B, "06 Bieu mau/BM.02-QT-ISO-03 Phieu khao sat.docx", body, [], kind="form",
        code="BM.02-QT-ISO-03", action="keep")


# ---- Agency 3: Sở Văn hóa, Thể thao và Du lịch, province, half-converted ---------------------

C = "so-van-hoa-the-thao-du-lich"
C_NAME = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"


def c_doc(path, title, code, rev, date, edition, content, kind, action, target=None, pdf=False,
          code_label="Mã số", rev_label="Lần soát xét", date_label="Ngày ban hành"):
    body, header = template_heading(C_NAME, title, [
        f"{code_label}: {code}", f"{rev_label}: {rev}", f"{date_label}: {date}", "Trang: 1/5"])
    body += content
    add(C, path, body, header, pdf=pdf, kind=kind, code=code, revision=rev, issued=iso(date),
        edition=edition, action=action, target=target)


def c_sections(purpose, ref, content, records):
    return sections([
        ("Mục đích", [purpose]),
        ("Phạm vi", ["Áp dụng cho các phòng, đơn vị thuộc Sở Văn hóa, Thể thao và Du lịch."]),
        ("Tài liệu tham chiếu", [ref]),
        ("Thuật ngữ", ["Sở: Sở Văn hóa, Thể thao và Du lịch; HTQLCL: hệ thống quản lý chất lượng."]),
        ("Nội dung", content),
        ("Hồ sơ", [records_table(records)]),
    ], style="Heading2")


C15 = "Tiêu chuẩn quốc gia TCVN ISO 9001:2015."
C08 = "Tiêu chuẩn quốc gia TCVN ISO 9001:2008."


def build_c():
    c_doc("He thong/Chinh sach chat luong.docx", "Chính sách chất lượng", "CSCL/SVHTTDL", "1",
          "02 - 03 - 2020", "2015", [
              para("Sở Văn hóa, Thể thao và Du lịch cam kết duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, lấy sự hài lòng của tổ chức, công dân làm thước đo.")],
          "quality_policy", "keep")
    plan = [["Mục tiêu", "Hành động", "Trách nhiệm", "Thời hạn", "Nguồn lực", "Đánh giá kết quả"],
            ["98% hồ sơ trả đúng hạn", "Rà soát quy trình nội bộ", "Văn phòng Sở", "Quý II/2025", "Cán bộ Văn phòng", "Thống kê phần mềm"],
            ["Không có phản ánh về thái độ", "Tập huấn kỹ năng giao tiếp", "Phòng Tổ chức", "Tháng 6/2025", "Kinh phí đào tạo", "Số phản ánh nhận được"]]
    c_doc("He thong/Muc tieu chat luong nam 2025.docx", "Mục tiêu chất lượng năm 2025", "MTCL/SVHTTDL", "1",
          "ngày 08/01/2025", "2015", [
              para("Căn cứ TCVN ISO 9001:2015 và chính sách chất lượng, Sở xác định mục tiêu và kế hoạch thực hiện năm 2025:"),
              table(plan)], "quality_objectives", "keep", pdf=True)
    c_doc("Quy trinh he thong/QTHT.01 Kiem soat thong tin dang van ban.docx",
          "Quy trình kiểm soát thông tin dạng văn bản", "QTHT.01", "1", "02 - 03 - 2020", "2015",
          c_sections("Quy định việc kiểm soát thông tin dạng văn bản được duy trì và được lưu giữ.", C15,
                     ["Tạo và cập nhật; kiểm soát thông tin dạng văn bản; lưu giữ, bảo quản, hủy bỏ."],
                     [("Danh mục thông tin dạng văn bản", "Văn phòng Sở", "Đến khi thay thế")]),
          "procedure.documented_information", "keep")
    c_doc("Quy trinh he thong/QTHT.02 Giai quyet rui ro va co hoi.docx",
          "Quy trình giải quyết rủi ro và cơ hội", "QTHT.02", "1", "02 - 03 - 2020", "2015",
          c_sections("Quy định cách xác định và giải quyết rủi ro, cơ hội của các quá trình.", C15,
                     ["Xác định rủi ro và cơ hội theo bối cảnh; đánh giá; hoạch định hành động; theo dõi hiệu lực trong sổ đăng ký rủi ro."],
                     [("Sổ đăng ký rủi ro và cơ hội", "Các phòng", "03 năm")]),
          "procedure.risk_opportunity", "keep")
    c_doc("Quy trinh he thong/QTHT.03 Danh gia noi bo.docx", "Quy trình đánh giá nội bộ", "QTHT.03", "3",
          "20/10/2016", "2008",
          c_sections("Quy định cách thức đánh giá nội bộ hệ thống quản lý chất lượng.", C08,
                     ["Lập chương trình đánh giá; chuẩn bị; tiến hành đánh giá; báo cáo; hành động khắc phục và phòng ngừa sau đánh giá."],
                     [("Chương trình đánh giá", "Thư ký ISO", "03 năm")]),
          "procedure.internal_audit", "revise", code_label="Mã hiệu", rev_label="Lần ban hành")
    c_doc("Quy trinh he thong/QTHT.04 Kiem soat san pham khong phu hop.docx",
          "Quy trình kiểm soát sản phẩm không phù hợp", "QTHT.04", "3", "20/10/2016", "2008",
          c_sections("Quy định cách phát hiện, kiểm soát và xử lý sản phẩm không phù hợp.", C08,
                     ["Phát hiện và ghi nhận; đánh giá mức độ; xử lý; lưu hồ sơ."],
                     [("Sổ theo dõi sản phẩm không phù hợp", "Các phòng", "02 năm")]),
          "procedure.nonconforming_product", "merge", "procedure.nonconformity_corrective_action",
          code_label="Mã hiệu", rev_label="Lần ban hành")
    c_doc("Quy trinh he thong/QTHT.05 Hanh dong khac phuc.docx", "Quy trình hành động khắc phục", "QTHT.05", "3",
          "20/10/2016", "2008",
          c_sections("Quy định cách loại bỏ nguyên nhân của sự không phù hợp để ngăn ngừa tái diễn.", C08,
                     ["Xác định sự không phù hợp; tìm nguyên nhân; hành động khắc phục; kiểm tra hiệu lực."],
                     [("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "02 năm")]),
          "procedure.corrective_action", "merge", "procedure.nonconformity_corrective_action",
          code_label="Mã hiệu", rev_label="Lần ban hành", pdf=True)
    c_doc("Quy trinh he thong/QTHT.06 Hanh dong phong ngua.docx", "Quy trình hành động phòng ngừa", "QTHT.06", "3",
          "20/10/2016", "2008",
          c_sections("Quy định cách loại bỏ nguyên nhân của sự không phù hợp tiềm ẩn.", C08,
                     ["Nhận diện sự không phù hợp tiềm ẩn; đề xuất và thực hiện hành động phòng ngừa."],
                     [("Phiếu đề xuất hành động phòng ngừa", "Thư ký ISO", "02 năm")]),
          "procedure.preventive_action", "replace", "procedure.risk_opportunity",
          code_label="Mã hiệu", rev_label="Lần ban hành")
    c_doc("Quy trinh he thong/QTHT.07 Xem xet cua lanh dao.docx", "Quy trình xem xét của lãnh đạo", "QTHT.07", "1",
          "02 - 03 - 2020", "2015",
          c_sections("Quy định việc Giám đốc Sở xem xét hệ thống quản lý chất lượng định kỳ.", C15,
                     ["Đầu vào theo 9.3.2: thay đổi của bối cảnh; hiệu lực của hành động giải quyết rủi ro và cơ hội; kết quả thực hiện của nhà cung cấp bên ngoài; nguồn lực. Đầu ra theo 9.3.3."],
                     [("Biên bản xem xét của lãnh đạo", "Văn phòng Sở", "03 năm")]),
          "procedure.management_review", "keep")
    c_doc("Quy trinh noi bo/01-QT-VP Quy dinh cong tac van thu.docx", "Quy định về công tác văn thư, lưu trữ",
          "01/QT-VP", "2", "12/05/2017", "2008",
          c_sections("Quy định việc tiếp nhận, đăng ký, xử lý văn bản đến, văn bản đi và lưu trữ hồ sơ của Sở.", C08,
                     ["Tiếp nhận văn bản đến; đăng ký vào sổ; trình lãnh đạo phân phối; phát hành văn bản đi; lập hồ sơ và nộp lưu vào lưu trữ cơ quan."],
                     [("Sổ đăng ký văn bản đến", "Văn thư", "05 năm"), ("Sổ đăng ký văn bản đi", "Văn thư", "Vĩnh viễn")]),
          "procedure.internal", "revise")
    for (path, title, code, date, pdf) in [
        ("Quy trinh TTHC/QT-VHTT-01 Cap giay phep karaoke.docx",
         "Quy trình cấp giấy phép đủ điều kiện kinh doanh dịch vụ karaoke", "QT-VHTT-01", "15/06/2020", False),
        ("Quy trinh TTHC/QT-VHTT-02 Bieu dien nghe thuat.docx",
         "Quy trình cấp giấy phép tổ chức biểu diễn nghệ thuật", "QT-VHTT-02", "15/06/2020", True),
    ]:
        c_doc(path, title, code, "1", date, "2015", c_sections(
            "Quy định trình tự giải quyết thủ tục hành chính thuộc lĩnh vực văn hóa.", C15 + " Nghị định 54/2019/NĐ-CP.",
            ["Thành phần hồ sơ: đơn đề nghị; giấy tờ chứng minh đủ điều kiện. Thời hạn giải quyết: 05 ngày làm việc. Phí thẩm định: theo Thông tư 01/2021/TT-BTC.",
             steps_table([("Tiếp nhận hồ sơ", "Trung tâm Phục vụ hành chính công", "0,5 ngày", "Giấy tiếp nhận"),
                          ("Thẩm định, kiểm tra thực tế", "Phòng Quản lý văn hóa", "3 ngày", "Biên bản thẩm định"),
                          ("Ký giấy phép", "Giám đốc Sở", "1 ngày", "Giấy phép"),
                          ("Trả kết quả", "Trung tâm Phục vụ hành chính công", "0,5 ngày", "Sổ theo dõi")])],
            [("Hồ sơ cấp phép", "Phòng Quản lý văn hóa", "05 năm")]),
            "procedure.administrative", "keep", pdf=pdf, code_label="Ký hiệu", rev_label="Lần ban hành")

    # Round 2: the 2008 manual still in force, same heading-only template.
    c_doc("He thong/So tay chat luong.docx", "Sổ tay chất lượng", "STCL", "2", "20/10/2016", "2008",
          sections([
              ("Giới thiệu", ["Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc UBND tỉnh."]),
              ("Phạm vi áp dụng", ["Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 áp dụng cho các thủ tục hành chính thuộc thẩm quyền của Sở. Ngoại lệ: 7.3, 7.6."]),
              ("Đại diện lãnh đạo", ["Phó Giám đốc Sở là Đại diện lãnh đạo về chất lượng."]),
              ("Các quá trình", ["Sơ đồ quá trình; các thủ tục bắt buộc theo 4.2.3, 4.2.4, 8.2.2, 8.3, 8.5.2, 8.5.3."]),
          ], style="Heading2"),
          "quality_manual", "revise", pdf=True)

    # Round 2: a filled register of incoming mail (a record, not a quality-system topic).
    body = [para(C_NAME, bold=True),
            para("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2025", style="Heading1"),
            table([["Số đến", "Ngày đến", "Tác giả", "Số, ký hiệu", "Trích yếu", "Đơn vị nhận"],
                   ["01", "02/01/2025", "UBND tỉnh", "01/UBND-VX", "V/v tổ chức Tết Nguyên đán", "Phòng QLVH"],
                   ["02", "03/01/2025", "Bộ VHTTDL", "15/BVHTTDL-VP", "V/v báo cáo năm 2024", "Văn phòng"],
                   ["03", "06/01/2025", "Sở Tài chính", "22/STC-NS", "V/v dự toán ngân sách", "Phòng KHTC"]])]
    add(C, "Ho so/So dang ky van ban den 2025.docx", body, [para("BM.01-01/QT-VP")],
        kind="record.other", code="BM.01-01/QT-VP", action="keep")

    body = [para(C_NAME, bold=True),
            para("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ NỘI BỘ NĂM 2025", style="Heading1"),
            para("Thời gian đánh giá: từ ngày 15/9/2025 đến ngày 19/9/2025. Chuẩn mực: TCVN ISO 9001:2008 và các tài liệu của Sở."),
            para("Kết quả: 02 điểm không phù hợp, 05 khuyến nghị."),
            table([["TT", "Điểm không phù hợp", "Điều khoản", "Bộ phận"], ["1", "Chưa cập nhật quy trình cấp phép theo Nghị định mới", "7.5", "Phòng Quản lý văn hóa"], ["2", "Chưa lưu hồ sơ đào tạo", "7.2", "Phòng Tổ chức"]]),
            para("Đề nghị các phòng thực hiện hành động khắc phục trước 30/10/2025.")]
    add(C, "Ho so/Bao cao danh gia noi bo nam 2025.docx", body, [para("BM.03-QTHT.03")], pdf=True,
        kind="record.internal_audit", code="BM.03-QTHT.03", edition="2008", action="keep")

    body = [table([[C_NAME, cell("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", bold=True, center=True), "Số: 03/2025"]]),
            para("Bộ phận: Phòng Quản lý văn hóa"),
            para("Mô tả sự không phù hợp: Quy trình QT-VHTT-01 chưa cập nhật theo Nghị định 54/2019/NĐ-CP sửa đổi."),
            para("Nguyên nhân: chưa rà soát văn bản pháp luật mới ban hành."),
            para("Hành động khắc phục: cập nhật quy trình, trình Giám đốc Sở ban hành lại. Thời hạn: 30/10/2025."),
            para("Kiểm tra hiệu lực: Đã thực hiện. Người kiểm tra: Thư ký ISO.")]
    add(C, "Ho so/Phieu yeu cau HDKP so 03-2025.docx", body, [para("BM.01-QTHT.05")],
        kind="record.corrective_action", code="BM.01-QTHT.05", action="keep")


# --------------------------------------------------------------------------------------------
# Agency files, labels, writing
# --------------------------------------------------------------------------------------------

AGENCIES = {
    A: dict(name="UBND huyện Thạch Hà", level="district",
            clauses={"4.1": "missing", "4.2": "missing", "6.1": "missing", "5.2": "partial",
                     "6.2": "partial", "7.5": "partial", "8.7": "partial", "9.2": "partial",
                     "9.3": "partial", "10.2": "partial"},
            must_find=['{ id = "preventive-action-replaced-by-risk", severity = "major" }',
                       '{ clause = "4.1", severity = "major" }', '{ clause = "6.1", severity = "major" }'],
            must_not=[],
            tthc=[("", "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai"),
                  ("", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh")]),
    B: dict(name="UBND xã Hòa Bình", level="commune",
            clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "5.2": "covered",
                     "6.1": "covered", "6.2": "covered", "7.5": "covered", "8.7": "covered",
                     "9.2": "covered", "9.3": "covered", "10.2": "covered"},
            must_find=[],
            must_not=['{ severity = "major" }', '{ id = "preventive-action-replaced-by-risk" }'],
            tthc=[("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
                  ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp", "Chứng thực")]),
    C: dict(name="Sở Văn hóa, Thể thao và Du lịch", level="province",
            clauses={"4.1": "missing", "4.2": "missing", "4.3": "partial", "5.2": "covered", "6.1": "covered",
                     "6.2": "covered", "7.5": "covered", "8.7": "partial", "9.2": "partial",
                     "9.3": "covered", "10.2": "partial"},
            must_find=['{ id = "preventive-action-replaced-by-risk" }',
                       '{ clause = "4.1", severity = "major" }'],
            must_not=['{ id = "objectives-without-plan" }'], tthc=None),
}


def q(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def convert_pdfs(pdf_paths):
    """Converts the given DOCX files to PDF next to them (one soffice call) and removes the DOCX.
    Returns the set of paths converted."""
    if not pdf_paths or not shutil.which("soffice"):
        return set()
    done = set()
    with tempfile.TemporaryDirectory() as profile:
        by_dir = {}
        for p in pdf_paths:
            by_dir.setdefault(os.path.dirname(p), []).append(p)
        for d, files in by_dir.items():
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", "pdf", "--outdir", d, *files],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for f in files:
                if os.path.exists(f[:-5] + ".pdf"):
                    os.remove(f)
                    done.add(f)
    return done


def main():
    build_a()
    build_b()
    build_c()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    with open(os.path.join(OUT, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(f'name = "Blind campaign (other firms\' templates)"\nyear = {YEAR}\nprovince = "Hà Tĩnh"\n')
    for aid, a in AGENCIES.items():
        d = os.path.join(OUT, aid)
        os.makedirs(d)
        with open(os.path.join(d, "agency.toml"), "w", encoding="utf-8") as f:
            f.write(f"name = {q(a['name'])}\nlevel = {q(a['level'])}\n")
        if a["tthc"]:
            with open(os.path.join(d, "tthc.csv"), "w", encoding="utf-8") as f:
                f.write("code,name,field\n")
                for code, name, field in a["tthc"]:
                    f.write(f'{code},"{name}",{field}\n')
    pdfs = []
    for aid, path, pdf, body, header, _ in DOCS:
        full = os.path.join(OUT, aid, path)
        write_docx(full, body, header)
        if pdf:
            pdfs.append(full)
    converted = convert_pdfs(pdfs)

    lines = ["# Expected labels for the blind campaign in tests/blind/campaign/, written by hand in",
             "# tests/blind/make.py from each document's content (the way a consultant labels it), before",
             "# running the analysis. Regenerate both with `python3 tests/blind/make.py`.",
             "# A document field that is absent means the report must say null.",
             f"year = {YEAR}", ""]
    for aid, a in AGENCIES.items():
        clauses = ", ".join(f"{q(k)} = {q(v)}" for k, v in a["clauses"].items())
        lines += ["[[agency]]", f"id = {q(aid)}", f"name = {q(a['name'])}", f"level = {q(a['level'])}",
                  f"clauses = {{ {clauses} }}",
                  f"must_find = [{', '.join(a['must_find'])}]",
                  f"must_not = [{', '.join(a['must_not'])}]", ""]
        for did, path, pdf, _, _, labels in DOCS:
            if did != aid:
                continue
            full = os.path.join(OUT, aid, path)
            if full in converted:
                path = path[:-5] + ".pdf"
            lines += ["[[agency.document]]", f"path = {q(path)}", 'status = "analysed"']
            for key in ("kind", "code", "revision", "issued", "edition", "action", "target"):
                if labels.get(key):
                    lines.append(f"{key} = {q(labels[key])}")
            lines.append("")
    with open(os.path.join(HERE, "expected.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{len(DOCS)} documents, {len(converted)} as PDF", file=sys.stderr)


if __name__ == "__main__":
    main()
