#!/usr/bin/env python3
"""Fifth blind campaign: writes tests/blind5/campaign/ and tests/blind5/expected.toml.

Two agencies of Bến Tre province, in a fifth consulting firm's templates that no rule was
written from:

  * Sở Lao động - Thương binh và Xã hội (province, converted to 2015 in March 2019 except the
    management review, the customer-satisfaction "Thủ tục" and a forgotten 2008 preventive-action
    procedure). Cover: a bordered 2-cell table (agency | title in sentence case, "Quy trình" /
    "Kiểm soát …"), a centred "Mã số: QT.01/SLĐTBXH" line, then a history table "THEO DÕI TÌNH
    TRẠNG BAN HÀNH" (Lần ban hành | Ngày hiệu lực | Tóm tắt nội dung | Ghi chú) holding every past
    issue: the CURRENT revision and date are the last row, and converted documents still say
    "TCVN ISO 9001:2008" in their earlier rows. Sections are "1/ Mục đích", "2/ Phạm vi áp dụng";
    dates dd/mm/yyyy zero-padded; codes carry "Đ" (QT.01/SLĐTBXH, QT.VL.02/SLĐTBXH, forms
    BM.01-QT.04); the page footer, where there is one, holds only the code and the page. One
    TTHC procedure's cover, headings and code were typed without diacritics (QT.GDNN.01/SLDTBXH);
    the management-review procedure is entirely in decomposed Unicode (NFD); the 2024 management
    review minutes are a scan (PDF without a text layer).
  * UBND huyện Chợ Lách (district, still on 2008, with a 2020 context analysis and one TTHC
    procedure re-issued for 2015). No cover table: the page header says which edition the system
    follows ("HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:2008"); the title is "QUI TRÌNH" in
    capitals; the issue date is only in the line "(Ban hành kèm theo Quyết định số 1520/QĐ-UBND
    ngày 12 tháng 6 năm 2016 của Chủ tịch Uỷ ban nhân dân huyện Chợ Lách)"; the fields are one
    line "Mã hiệu: QT-CL-01 – Lần ban hành: 02 – Số trang: 05"; sections "Mục 1. MỤC ĐÍCH"; old
    tone-mark placement throughout (hoà, thoả, thuỷ, Uỷ). One procedure is NFD, one is NFD below
    its title, one has its title, headings and field line without diacritics; the policy and the
    objectives have no code; one TTHC procedure is a truncated DOCX (corrupt zip) and the records
    folder holds an .xls.

Every document's labels are written next to its content, by hand, from what the document says;
they are not produced by running the analysis. Standard library only; PDFs are made with
`soffice --headless --convert-to pdf` (through a private profile, TZ=UTC) and their creation date
and /ID are then fixed so that regenerating gives the same bytes; the scan is a hand-built PDF
holding only a 1-bit image. Without soffice the PDF-marked documents stay DOCX and the labels
follow the paths.

Usage: python3 tests/blind5/make.py
"""
import hashlib
import os
import random
import shutil
import sys
import tempfile
import unicodedata
import zlib
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blindkit"))
from campaign import DOCINFO, NCCA, RISK, lab, not_read, write_labelled_campaign  # noqa: E402
from wordml import write_docx  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025


# ------------------------------------------------------------------------------------------------
# WordprocessingML (this firm's documents are Times New Roman 13 pt)
# ------------------------------------------------------------------------------------------------

FONT = "Times New Roman"


def run(text, b=False, i=False, sz=26):
    rpr = (f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
           + ("<w:b/>" if b else "") + ("<w:i/>" if i else "")
           + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>')
    out = []
    for k, line in enumerate(text.split("\n")):
        if k:
            out.append("<w:br/>")
        for m, part in enumerate(line.split("\t")):
            if m:
                out.append("<w:tab/>")
            if part:
                out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def field(instr, sz=20):
    """A simple field (PAGE, NUMPAGES) as Word writes it in a footer."""
    return (f'<w:fldSimple w:instr=" {instr} "><w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}"/>'
            f'<w:sz w:val="{sz}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')


def para(text="", b=False, i=False, sz=26, align=None, after=60, runs=None):
    ppr = f'<w:spacing w:before="0" w:after="{after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    content = "".join(runs) if runs else (run(text, b, i, sz) if text else "")
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>"


def table(rows, widths, borders=True, head=False, sz=24):
    """rows: lists of cells; a cell is a str (one paragraph per line), a list of paragraph XML,
    or a (cell, span) pair."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    val = "single" if borders else "nil"
    bdr = "".join(f'<w:{e} w:val="{val}" w:sz="4" w:space="0" w:color="000000"/>'
                  for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    out = []
    for n, row in enumerate(rows):
        cells, col = [], 0
        for c in row:
            span = 1
            if isinstance(c, tuple):
                c, span = c
            width = sum(widths[col:col + span])
            col += span
            if isinstance(c, str):
                paras = [para(line, b=head and n == 0, sz=sz, after=0) for line in c.split("\n")]
            else:
                paras = c
            gs = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{gs}</w:tcPr>'
                         f'{"".join(paras) or "<w:p/>"}</w:tc>')
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblBorders>{bdr}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f'{"".join(out)}</w:tbl>')


def ascii_vi(text):
    """Vietnamese typed without diacritics ("Mục 1. MỤC ĐÍCH" -> "Muc 1. MUC DICH")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def nfd(parts):
    """Decomposed Unicode, as a Windows keyboard ("tổ hợp") types it; the markup is ASCII."""
    return [unicodedata.normalize("NFD", x) for x in parts]


def docx_bytes(doc):
    tmp = tempfile.mkdtemp()
    try:
        path = os.path.join(tmp, "d.docx")
        write_docx(path, doc["body"], doc.get("header", ()), doc.get("footer", ()))
        with open(path, "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(tmp)


# ------------------------------------------------------------------------------------------------
# Hostile and unsupported files
# ------------------------------------------------------------------------------------------------

def scanned_pdf(seed, pages=2):
    """A copier's scan: each page one 1-bit image at 100 dpi, no fonts, no text layer."""
    rng = random.Random(seed)
    w, h = 827, 1169
    stride = (w + 7) // 8
    images = []
    for page in range(pages):
        img = bytearray(b"\xff" * stride * h)

        def block(x0, y0, nbytes, height, pattern):
            for y in range(y0, min(y0 + height, h)):
                row = y * stride
                for k in range(nbytes):
                    if x0 + k < stride:
                        img[row + x0 + k] = pattern[(k + y) % len(pattern)]

        y = 90
        if page == 0:  # letterhead, title
            block(12, y, 30, 14, b"\x00\x81\x18\xc3"); block(58, y, 36, 14, b"\x00\x3c\x81")
            y += 60
            block(30, y, 44, 22, b"\x00\x00\x18\x81")
            y += 60
        while y < h - 140:
            x = 12
            line_end = rng.randint(78, 92) if rng.random() > 0.12 else rng.randint(30, 60)
            while x < line_end:
                n = rng.randint(2, 7)
                block(x, y, n, 12, bytes(rng.choice((0x00, 0x18, 0x3c, 0x81, 0xc3, 0x99))
                                         for _ in range(3)))
                x += n + 1
            y += rng.choice((24, 24, 24, 38))
        if page == pages - 1:  # signatures and a round stamp-like blot
            block(14, h - 120, 20, 40, b"\x81\x00\x3c"); block(62, h - 120, 22, 40, b"\x00\xc3\x18")
        for _ in range(400):  # dust
            img[rng.randrange(len(img))] &= rng.choice((0xfe, 0x7f, 0xef))
        images.append(zlib.compress(bytes(img), 9))

    objs = ["<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[" + " ".join(f"{3 + 3 * k} 0 R" for k in range(pages))
            + f"]/Count {pages}>>"]
    streams = {}
    for k, data in enumerate(images):
        page_no, content_no, image_no = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        objs.append(f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Im0 "
                    f"{image_no} 0 R>>>>/Contents {content_no} 0 R>>")
        content = b"q 595.3 0 0 841.9 0 0 cm /Im0 Do Q\n"
        objs.append(f"<</Length {len(content)}>>")
        streams[content_no] = content
        objs.append(f"<</Type/XObject/Subtype/Image/Width {w}/Height {h}/ColorSpace/DeviceGray"
                    f"/BitsPerComponent 1/Filter/FlateDecode/Length {len(data)}>>")
        streams[image_no] = data
    info_no = len(objs) + 1
    objs.append("<</Producer(Canon iR-ADV C3525 PDF)/Creator(Canon iR-ADV C3525)"
                "/CreationDate(D:20241218094512+07'00')>>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\n".encode()
        if n in streams:
            out += b"stream\n" + streams[n] + b"\nendstream\n"
        out += b"endobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    fid = hashlib.md5(bytes(out)).hexdigest().upper()
    out += (f"trailer\n<</Size {len(objs) + 1}/Root 1 0 R/Info {info_no} 0 R/ID[<{fid}><{fid}>]>>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def truncated(doc, keep=0.55):
    """A DOCX cut short (an interrupted copy): local entries but no central directory."""
    data = docx_bytes(doc)
    return data[:int(len(data) * keep)]


def legacy_xls():
    """The first sectors of an OLE2 compound file (Excel 97-2003 .xls)."""
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    hdr[24:26] = (0x3E).to_bytes(2, "little")
    hdr[26:28] = (3).to_bytes(2, "little")
    hdr[28:30] = bytes.fromhex("FEFF")
    hdr[30:32] = (9).to_bytes(2, "little")
    hdr[32:34] = (6).to_bytes(2, "little")
    hdr[44:48] = (1).to_bytes(4, "little")
    hdr[48:52] = (1).to_bytes(4, "little")
    hdr[56:60] = (4096).to_bytes(4, "little")
    hdr[60:64] = (0xFFFFFFFE).to_bytes(4, "little")
    hdr[68:72] = (0xFFFFFFFE).to_bytes(4, "little")
    hdr[76:80] = (0).to_bytes(4, "little")
    for k in range(1, 109):
        hdr[76 + 4 * k:80 + 4 * k] = (0xFFFFFFFF).to_bytes(4, "little")
    fat = bytearray(b"\xff" * 512)
    fat[0:4] = (0xFFFFFFFD).to_bytes(4, "little")
    fat[4:8] = (0xFFFFFFFE).to_bytes(4, "little")
    fat[8:12] = (0xFFFFFFFE).to_bytes(4, "little")
    dir_ = bytearray(512)
    for n, name in enumerate(("Root Entry", "Workbook")):
        e = bytearray(128)
        raw = name.encode("utf-16-le")
        e[0:len(raw)] = raw
        e[64:66] = (len(raw) + 2).to_bytes(2, "little")
        e[66] = 5 if n == 0 else 2
        e[68:72] = e[72:76] = (0xFFFFFFFF).to_bytes(4, "little")
        e[76:80] = (1 if n == 0 else 0xFFFFFFFF).to_bytes(4, "little")
        e[116:120] = (0xFFFFFFFE if n == 0 else 2).to_bytes(4, "little")
        e[120:124] = (0 if n == 0 else 512).to_bytes(4, "little")
        dir_[128 * n:128 * (n + 1)] = e
    book = bytearray(512)
    book[0:4] = bytes.fromhex("09081000")  # BOF record
    return bytes(hdr + fat + dir_ + book)


# ------------------------------------------------------------------------------------------------
# Sở Lao động - Thương binh và Xã hội: cover table, "Mã số" line, history of issues, sign-off
# ------------------------------------------------------------------------------------------------

SO_AGENCY = "SỞ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI\nTỈNH BẾN TRE"
SO_SIGN = [("Nguyễn Thị Thủy", "Chuyên viên Văn phòng"), ("Lê Văn Hòa", "Chánh Văn phòng"),
           ("Trần Minh Quý", "Giám đốc Sở")]


def so_cover(title_lines, code, history, signers=SO_SIGN, plain=False):
    """plain: typed without diacritics (cover, labels and code), as one department's template."""
    agency = SO_AGENCY
    labels = ("Mã số", "THEO DÕI TÌNH TRẠNG BAN HÀNH", ["Lần ban hành", "Ngày hiệu lực",
              "Tóm tắt nội dung ban hành, sửa đổi", "Ghi chú"], ["", "Soạn thảo", "Kiểm tra", "Phê duyệt"],
              ["Họ và tên", "Chức vụ", "Chữ ký"], "(đã ký)")
    if plain:
        agency = "SO LAO DONG -\nTHUONG BINH VA XA HOI\nTINH BEN TRE"
        labels = ("Ma so", "THEO DOI TINH TRANG BAN HANH", ["Lan ban hanh", "Ngay hieu luc",
                  "Tom tat noi dung ban hanh, sua doi", "Ghi chu"], ["", "Soan thao", "Kiem tra", "Phe duyet"],
                  ["Ho va ten", "Chuc vu", "Chu ky"], "(da ky)")
    code_label, hist_title, hist_head, sign_head, sign_rows, signed = labels
    top = table([[[para(line, b=True, sz=22, align="center", after=0) for line in agency.split("\n")],
                  [para(line, b=True, sz=32, align="center", after=0) for line in title_lines]]],
                [3400, 5700])
    hist = table([hist_head] + [[n, d, what, ""] for n, d, what in history],
                 [1300, 1500, 5000, 1300], head=True)
    names = [sign_rows[0]] + [n for n, _ in signers]
    roles = [sign_rows[1]] + [r for _, r in signers]
    sign = table([sign_head, names, roles, [sign_rows[2], signed, signed, signed]],
                 [1500, 2533, 2533, 2534], head=True)
    return [top, para(), para(f"{code_label}: {code}", b=True, align="center", after=120),
            para(hist_title, b=True, sz=24), hist, para(), sign, para()]


def so_doc(title_lines, code, history, content, footer=True, plain=False, signers=SO_SIGN):
    body = so_cover(title_lines, code, history, signers, plain) + content
    foot = [para(runs=[run(f"{code}\t\tTrang: ", sz=20), field("PAGE"), run("/", sz=20),
                       field("NUMPAGES")])] if footer else []
    return dict(body=body, footer=foot)


def h(text):
    """This firm's section heading: "1/ Mục đích" in bold sentence case."""
    return para(text, b=True, after=60)


def bullets(lines):
    return [para(line) for line in lines]


def records_table(rows, plain=False):
    head = (["TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"] if not plain
            else ["TT", "Ten ho so", "Noi luu", "Thoi gian luu"])
    return table([head] + [[str(k + 1)] + list(r) for k, r in enumerate(rows)],
                 [600, 4600, 2200, 1700], head=True)


def so_refs(edition, extra=()):
    return [h("3/ Tài liệu viện dẫn"), para(f"- TCVN ISO 9001:{edition} Hệ thống quản lý chất lượng - Các yêu cầu."),
            para("- Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng "
                 "Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động "
                 "của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.")
            if edition == "2008" else
            para("- Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý "
                 "chất lượng vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước.")
            ] + bullets(extra)


def so_scope():
    return [h("2/ Phạm vi áp dụng"),
            para("Áp dụng đối với Văn phòng, Thanh tra và các phòng chuyên môn thuộc Sở trong phạm vi hệ "
                 "thống quản lý chất lượng; Thư ký ISO theo dõi việc thực hiện.")]


def so_information():
    return [h("1/ Mục đích"),
            para("Quy trình này quy định cách thức tạo lập, cập nhật, phê duyệt, phân phối, sử dụng, bảo "
                 "vệ, lưu giữ và hủy bỏ thông tin dạng văn bản của hệ thống quản lý chất lượng (tài liệu "
                 "cần duy trì và hồ sơ cần lưu giữ), kể cả thông tin dạng văn bản có nguồn gốc bên ngoài."),
            ] + so_scope() + so_refs("2015", [
                "- Điều 7.5 Thông tin dạng văn bản, TCVN ISO 9001:2015.",
                "- Nghị định số 110/2004/NĐ-CP ngày 08/4/2004 của Chính phủ về công tác văn thư.",
                "- Luật Lưu trữ số 01/2011/QH13."]) + [
            h("4/ Định nghĩa và chữ viết tắt"),
            para("- Thông tin dạng văn bản được duy trì: chính sách, mục tiêu, quy trình, hướng dẫn, biểu mẫu."),
            para("- Thông tin dạng văn bản được lưu giữ: hồ sơ làm bằng chứng về sự phù hợp."),
            para("- TTDVB: thông tin dạng văn bản; HTQLCL: hệ thống quản lý chất lượng; BM: biểu mẫu."),
            h("5/ Nội dung"),
            para("a) Tạo lập và cập nhật thông tin dạng văn bản được duy trì", i=True),
            table([["TT", "Trình tự thực hiện", "Trách nhiệm", "Biểu mẫu"],
                   ["1", "Đề nghị biên soạn mới hoặc sửa đổi", "Phòng chuyên môn", "BM.01-QT.01"],
                   ["2", "Biên soạn dự thảo, lấy ý kiến các phòng liên quan", "Người được phân công", ""],
                   ["3", "Kiểm tra sự phù hợp và thống nhất trong hệ thống", "Chánh Văn phòng", ""],
                   ["4", "Phê duyệt, ký ban hành", "Giám đốc Sở", ""],
                   ["5", "Cập nhật Danh mục TTDVB nội bộ, phân phối bản điện tử qua hệ thống quản lý "
                         "văn bản và điều hành", "Thư ký ISO", "BM.02-QT.01"],
                   ["6", "Thu hồi bản lỗi thời; bản lưu đóng dấu \"HẾT HIỆU LỰC\"", "Thư ký ISO", ""]],
                  [600, 4400, 2200, 1900], head=True),
            para("b) Thông tin dạng văn bản có nguồn gốc bên ngoài", i=True),
            para("Văn bản quy phạm pháp luật liên quan đến thủ tục hành chính được các phòng rà soát hằng "
                 "tháng trên Cơ sở dữ liệu quốc gia về văn bản pháp luật; khi văn bản thay đổi, phòng "
                 "chủ trì đề nghị sửa đổi quy trình trong thời hạn 10 ngày làm việc."),
            para("c) Thông tin dạng văn bản được lưu giữ (hồ sơ)", i=True),
            para("Mỗi phòng lập Danh mục hồ sơ lưu (BM.03-QT.01) nêu rõ tên hồ sơ, nơi lưu, thời gian lưu "
                 "và cách thức hủy; hồ sơ điện tử được sao lưu hằng tuần. Hết thời hạn lưu, Văn phòng "
                 "lập biên bản hủy trình Giám đốc Sở phê duyệt."),
            h("6/ Hồ sơ"),
            records_table([("Phiếu đề nghị biên soạn, sửa đổi TTDVB", "Văn phòng", "03 năm"),
                           ("Danh mục TTDVB nội bộ", "Thư ký ISO", "Đến khi có bản thay thế"),
                           ("Danh mục hồ sơ lưu của các phòng", "Các phòng", "05 năm"),
                           ("Biên bản hủy hồ sơ", "Văn phòng", "Vĩnh viễn")]),
            h("7/ Biểu mẫu"),
            para("BM.01-QT.01 Phiếu đề nghị biên soạn, sửa đổi TTDVB; BM.02-QT.01 Danh mục TTDVB nội bộ; "
                 "BM.03-QT.01 Danh mục hồ sơ lưu.")]


def so_risk():
    return [h("1/ Mục đích"),
            para("Thống nhất cách nhận diện, phân tích, đánh giá rủi ro và cơ hội có thể ảnh hưởng đến khả "
                 "năng đạt được kết quả dự kiến của hệ thống quản lý chất lượng; hoạch định hành động giải "
                 "quyết rủi ro, nắm bắt cơ hội và đánh giá hiệu lực của các hành động đó."),
            ] + so_scope() + so_refs("2015", [
                "- Điều 4.1, 4.2 và 6.1 của TCVN ISO 9001:2015.",
                "- TCVN ISO 31000:2011 Quản lý rủi ro - Nguyên tắc và hướng dẫn."]) + [
            h("4/ Định nghĩa"),
            para("- Rủi ro: tác động của sự không chắc chắn đến kết quả giải quyết công việc."),
            para("- Cơ hội: tình huống thuận lợi giúp nâng cao sự hài lòng của người dân, doanh nghiệp."),
            h("5/ Nội dung"),
            para("a) Nhận diện: căn cứ tài liệu phân tích bối cảnh (BCTC/SLĐTBXH) và các quá trình được giao, "
                 "mỗi phòng lập Phiếu nhận diện rủi ro và cơ hội (BM.01-QT.02) vào tháng 01 hằng năm."),
            para("b) Đánh giá: mức rủi ro = khả năng xảy ra (1-3) x mức độ tác động (1-3). Rủi ro có mức "
                 "từ 6 trở lên phải có biện pháp xử lý; cơ hội khả thi được đưa vào kế hoạch."),
            para("c) Hoạch định hành động: Thư ký ISO tổng hợp vào Sổ theo dõi rủi ro và cơ hội (BM.02-QT.02), "
                 "ghi rõ biện pháp, người thực hiện, thời hạn; Giám đốc Sở phê duyệt."),
            para("d) Theo dõi, đánh giá hiệu lực: 06 tháng một lần; kết quả là đầu vào của cuộc họp xem xét "
                 "của lãnh đạo và được cập nhật khi có sự không phù hợp hoặc thay đổi."),
            h("6/ Hồ sơ"),
            records_table([("Phiếu nhận diện rủi ro và cơ hội", "Các phòng", "03 năm"),
                           ("Sổ theo dõi rủi ro và cơ hội", "Thư ký ISO", "03 năm")])]


def so_audit():
    return [h("1/ Mục đích"),
            para("Quy định việc hoạch định chương trình đánh giá nội bộ có xét đến tầm quan trọng của các "
                 "quá trình, những thay đổi, rủi ro và kết quả của lần đánh giá trước; tiến hành đánh giá, "
                 "báo cáo kết quả cho lãnh đạo và theo dõi việc khắc phục."),
            ] + so_scope() + so_refs("2015", ["- Điều 9.2 của TCVN ISO 9001:2015.",
                                              "- TCVN ISO 19011:2013 Hướng dẫn đánh giá hệ thống quản lý."]) + [
            h("4/ Chữ viết tắt"), para("ĐGNB: đánh giá nội bộ; CGĐG: chuyên gia đánh giá; KPH: không phù hợp."),
            h("5/ Nội dung"),
            table([["Bước", "Nội dung công việc", "Trách nhiệm", "Biểu mẫu"],
                   ["1", "Lập chương trình ĐGNB năm (ít nhất 01 lần/năm)", "Thư ký ISO", "BM.01-QT.03"],
                   ["2", "Thành lập đoàn; CGĐG không đánh giá công việc của mình", "Giám đốc Sở", ""],
                   ["3", "Thông báo kế hoạch, tiến hành đánh giá, ghi chép bằng chứng", "Đoàn đánh giá",
                    "BM.02-QT.03"],
                   ["4", "Họp kết thúc, lập báo cáo kết quả ĐGNB", "Trưởng đoàn", "BM.03-QT.03"],
                   ["5", "Khắc phục điểm KPH theo QT.04/SLĐTBXH, kiểm tra xác nhận", "Các phòng", ""]],
                  [800, 4500, 2000, 1800], head=True),
            h("6/ Hồ sơ"),
            records_table([("Chương trình, kế hoạch đánh giá nội bộ", "Thư ký ISO", "03 năm"),
                           ("Phiếu ghi chép của chuyên gia đánh giá", "Thư ký ISO", "03 năm"),
                           ("Báo cáo kết quả đánh giá nội bộ", "Thư ký ISO", "05 năm")])]


def so_ncca():
    return [h("1/ Mục đích"),
            para("Bảo đảm đầu ra không phù hợp (kết quả giải quyết thủ tục hành chính sai sót, trễ hạn) được "
                 "nhận biết và kiểm soát; khi có sự không phù hợp, kể cả từ khiếu nại, thì khắc phục, xác "
                 "định nguyên nhân, thực hiện hành động khắc phục, xem xét hiệu lực, cập nhật rủi ro và cơ "
                 "hội và thay đổi hệ thống quản lý chất lượng khi cần."),
            ] + so_scope() + so_refs("2015", ["- Điều 8.7 và 10.2 của TCVN ISO 9001:2015."]) + [
            h("4/ Định nghĩa"),
            para("- Sự không phù hợp: việc không đáp ứng một yêu cầu."),
            para("- Khắc phục: hành động loại bỏ sự không phù hợp đã phát hiện; hành động khắc phục: loại bỏ "
                 "nguyên nhân để không tái diễn."),
            h("5/ Nội dung"),
            para("a) Kiểm soát đầu ra không phù hợp: công chức phát hiện ghi vào Sổ theo dõi đầu ra không phù "
                 "hợp; hồ sơ trễ hạn phải có Phiếu xin lỗi và hẹn lại ngày trả kết quả; lãnh đạo phòng quyết "
                 "định cách xử lý (sửa lại, thu hồi, làm lại)."),
            para("b) Hành động khắc phục: lãnh đạo phòng lập Phiếu yêu cầu hành động khắc phục (BM.01-QT.04), "
                 "phân tích nguyên nhân, đề xuất biện pháp và thời hạn."),
            para("c) Xem xét hiệu lực: Thư ký ISO kiểm tra sau thời hạn; nếu chưa hiệu lực thì lập phiếu mới."),
            para("d) Cập nhật rủi ro và cơ hội theo QT.02/SLĐTBXH; đề xuất thay đổi hệ thống khi cần."),
            h("6/ Hồ sơ"),
            records_table([("Sổ theo dõi đầu ra không phù hợp", "Các phòng", "03 năm"),
                           ("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm")]),
            h("7/ Biểu mẫu"), para("BM.01-QT.04 Phiếu yêu cầu hành động khắc phục.")]


def so_preventive():
    return [h("1/ Mục đích"),
            para("Quy định cách thức phát hiện sự không phù hợp tiềm ẩn và nguyên nhân của chúng, thực hiện "
                 "hành động phòng ngừa nhằm ngăn chặn sự không phù hợp xảy ra."),
            ] + so_scope() + so_refs("2008", ["- Điều 8.5.3 Hành động phòng ngừa, TCVN ISO 9001:2008."]) + [
            h("4/ Chữ viết tắt"), para("HĐPN: hành động phòng ngừa; ĐDLĐ: Đại diện lãnh đạo về chất lượng."),
            h("5/ Nội dung"),
            para("a) Các phòng phân tích dữ liệu về kết quả giải quyết hồ sơ, ý kiến của tổ chức, công dân "
                 "để phát hiện sự không phù hợp tiềm ẩn."),
            para("b) Lập Phiếu yêu cầu hành động phòng ngừa (BM.01-QT.06) trình ĐDLĐ xem xét."),
            para("c) Thực hiện hành động phòng ngừa đã được phê duyệt, báo cáo kết quả cho ĐDLĐ."),
            para("d) ĐDLĐ kiểm tra hiệu lực và báo cáo tại cuộc họp xem xét của lãnh đạo."),
            h("6/ Hồ sơ"),
            records_table([("Phiếu yêu cầu hành động phòng ngừa", "Thư ký ISO", "02 năm")])]


def so_review():
    return [h("1/ Mục đích"),
            para("Quy định việc Giám đốc Sở định kỳ xem xét hệ thống quản lý chất lượng để bảo đảm hệ thống "
                 "luôn thích hợp, thỏa đáng và có hiệu lực."),
            ] + so_scope() + so_refs("2008", ["- Điều 5.6 Xem xét của lãnh đạo, TCVN ISO 9001:2008."]) + [
            h("4/ Chữ viết tắt"), para("ĐDLĐ: Đại diện lãnh đạo về chất lượng; XXLĐ: xem xét của lãnh đạo."),
            h("5/ Nội dung"),
            para("a) Tần suất: ít nhất 01 lần/năm, vào tháng 12; có thể họp bất thường theo yêu cầu của "
                 "Giám đốc Sở."),
            para("b) ĐDLĐ (Phó Giám đốc Sở) chuẩn bị báo cáo đầu vào gồm: kết quả đánh giá nội bộ; phản hồi "
                 "của khách hàng; việc thực hiện các quá trình và sự phù hợp của sản phẩm; tình trạng của "
                 "các hành động khắc phục và phòng ngừa; các hành động tiếp theo từ cuộc xem xét trước; "
                 "những thay đổi có thể ảnh hưởng đến hệ thống; các khuyến nghị cải tiến; kết quả giải "
                 "quyết thủ tục hành chính."),
            para("c) Cuộc họp do Giám đốc Sở chủ trì; Thư ký ISO lập Biên bản họp xem xét của lãnh đạo "
                 "(BM.02-QT.07)."),
            para("d) Đầu ra: quyết định về cải tiến hiệu lực của hệ thống, cải tiến sản phẩm và nhu cầu "
                 "nguồn lực; ĐDLĐ theo dõi việc thực hiện."),
            h("6/ Hồ sơ"),
            records_table([("Báo cáo đầu vào của ĐDLĐ", "Thư ký ISO", "03 năm"),
                           ("Biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "05 năm")])]


def so_satisfaction():
    return [h("1/ Mục đích"),
            para("Quy định cách thức thu thập, tổng hợp và phân tích thông tin về sự thoả mãn của khách hàng "
                 "(tổ chức, công dân) đối với việc giải quyết công việc của Sở, làm cơ sở cải tiến."),
            ] + so_scope() + so_refs("2008", ["- Điều 8.2.1 Sự thoả mãn của khách hàng, TCVN ISO 9001:2008."]) + [
            h("4/ Định nghĩa"),
            para("Khách hàng: tổ chức, công dân có yêu cầu giải quyết thủ tục hành chính tại Sở."),
            h("5/ Nội dung"),
            para("a) Bộ phận tiếp nhận và trả kết quả phát Phiếu thăm dò ý kiến khách hàng (BM.01-QT.08) "
                 "khi trả kết quả; khách hàng bỏ phiếu vào thùng thư góp ý."),
            para("b) Thư ký ISO tổng hợp phiếu 06 tháng một lần, lập Báo cáo kết quả thăm dò sự thoả mãn "
                 "của khách hàng (BM.02-QT.08) gửi Đại diện lãnh đạo."),
            para("c) Ý kiến không hài lòng được chuyển phòng liên quan xử lý theo QT.05 Hành động khắc phục."),
            h("6/ Hồ sơ"),
            records_table([("Phiếu thăm dò ý kiến khách hàng", "Thư ký ISO", "01 năm"),
                           ("Báo cáo kết quả thăm dò sự thoả mãn", "Thư ký ISO", "03 năm")])]


def so_emulation():
    return [h("1/ Mục đích"),
            para("Quy định trình tự xét, đề nghị khen thưởng các danh hiệu thi đua và hình thức khen thưởng "
                 "hằng năm đối với tập thể, cá nhân thuộc Sở, bảo đảm công khai, dân chủ, đúng quy định."),
            ] + so_scope() + so_refs("2008", ["- Luật Thi đua, Khen thưởng năm 2003, sửa đổi, bổ sung năm 2013.",
                                              "- Nghị định số 42/2010/NĐ-CP của Chính phủ."]) + [
            h("4/ Chữ viết tắt"), para("TĐKT: thi đua, khen thưởng; HĐTĐKT: Hội đồng Thi đua - Khen thưởng."),
            h("5/ Nội dung"),
            table([["Bước", "Nội dung", "Trách nhiệm", "Thời gian"],
                   ["1", "Phát động thi đua, đăng ký danh hiệu", "Văn phòng", "Tháng 01"],
                   ["2", "Bình xét tại phòng, gửi biên bản và báo cáo thành tích", "Các phòng", "Tháng 11"],
                   ["3", "Họp HĐTĐKT Sở, bỏ phiếu kín", "Chủ tịch HĐTĐKT", "Tháng 12"],
                   ["4", "Ra quyết định khen thưởng hoặc trình cấp trên", "Giám đốc Sở", "Tháng 12"]],
                  [800, 4700, 2000, 1600], head=True),
            h("6/ Hồ sơ"),
            records_table([("Hồ sơ đề nghị khen thưởng", "Văn phòng", "10 năm"),
                           ("Quyết định khen thưởng", "Văn phòng", "Vĩnh viễn")])]


def so_tthc_work_permit():
    return [h("1/ Mục đích"),
            para("Quy định trình tự, thời hạn giải quyết thủ tục cấp giấy phép lao động cho người lao động "
                 "nước ngoài làm việc tại Việt Nam, bảo đảm đúng quy định, công khai và đúng hẹn."),
            h("2/ Phạm vi áp dụng"),
            para("Áp dụng đối với người sử dụng lao động trên địa bàn tỉnh; Phòng Việc làm - An toàn lao "
                 "động và Trung tâm Phục vụ hành chính công tỉnh."),
            h("3/ Căn cứ pháp lý"),
            para("- Bộ luật Lao động số 45/2019/QH14."),
            para("- Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ quy định về người lao động "
                 "nước ngoài làm việc tại Việt Nam."),
            para("- TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu."),
            h("4/ Nội dung quy trình"),
            para("4.1. Thành phần hồ sơ: văn bản đề nghị cấp giấy phép lao động (Mẫu số 11/PLI); giấy chứng "
                 "nhận sức khỏe; phiếu lý lịch tư pháp; văn bản chứng minh là nhà quản lý, giám đốc điều "
                 "hành, chuyên gia hoặc lao động kỹ thuật; 02 ảnh màu 4 x 6 cm; bản sao hộ chiếu; văn bản "
                 "chấp thuận nhu cầu sử dụng lao động nước ngoài."),
            para("4.2. Số lượng hồ sơ: 01 bộ."),
            para("4.3. Thời hạn giải quyết: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
            para("4.4. Phí, lệ phí: 600.000 đồng/giấy phép."),
            para("4.5. Trình tự thực hiện:"),
            table([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"],
                   ["B1", "Tiếp nhận, kiểm tra hồ sơ; viết giấy tiếp nhận và hẹn trả kết quả",
                    "Công chức Trung tâm Phục vụ HCC", "0,5 ngày", "Giấy tiếp nhận"],
                   ["B2", "Thẩm định hồ sơ, dự thảo giấy phép", "Chuyên viên Phòng VL-ATLĐ", "2,5 ngày",
                    "Phiếu trình"],
                   ["B3", "Xem xét, trình ký", "Trưởng phòng VL-ATLĐ", "0,5 ngày", ""],
                   ["B4", "Phê duyệt, ký giấy phép", "Phó Giám đốc Sở", "1 ngày", "Giấy phép lao động"],
                   ["B5", "Vào sổ, đóng dấu, chuyển Trung tâm Phục vụ HCC", "Văn thư", "0,25 ngày", ""],
                   ["B6", "Trả kết quả, thu phí", "Công chức Trung tâm Phục vụ HCC", "0,25 ngày", "Sổ theo dõi"]],
                  [700, 3300, 2300, 1200, 1600], head=True),
            h("5/ Hồ sơ lưu"),
            records_table([("Hồ sơ đề nghị cấp giấy phép lao động", "Phòng VL-ATLĐ", "05 năm"),
                           ("Sổ theo dõi cấp giấy phép lao động", "Phòng VL-ATLĐ", "Vĩnh viễn")])]


def so_tthc_vocational():
    """Headings typed without diacritics, the body with them."""
    return [h("1/ MUC DICH"),
            para("Quy định trình tự, thời hạn giải quyết thủ tục cấp giấy chứng nhận đăng ký hoạt động giáo "
                 "dục nghề nghiệp trình độ sơ cấp cho các cơ sở trên địa bàn tỉnh."),
            h("2/ PHAM VI AP DUNG"),
            para("Phòng Giáo dục nghề nghiệp, Bộ phận tiếp nhận và trả kết quả của Sở."),
            h("3/ TAI LIEU VIEN DAN"),
            para("- Luật Giáo dục nghề nghiệp số 74/2014/QH13."),
            para("- Nghị định số 48/2015/NĐ-CP ngày 15/5/2015 của Chính phủ."),
            para("- TCVN ISO 9001:2008 Hệ thống quản lý chất lượng - Các yêu cầu."),
            h("4/ NOI DUNG"),
            para("- Hồ sơ: văn bản đề nghị đăng ký; báo cáo thực trạng cơ sở vật chất, thiết bị, đội ngũ "
                 "nhà giáo; chương trình đào tạo; quy chế tuyển sinh."),
            para("- Thời hạn giải quyết: 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
            para("- Lệ phí: không."),
            table([["Buoc", "Noi dung cong viec", "Trach nhiem", "Thoi gian"],
                   ["1", "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận TN&TKQ", "0,5 ngày"],
                   ["2", "Thẩm định hồ sơ, kiểm tra thực tế tại cơ sở", "Phòng GDNN", "7 ngày"],
                   ["3", "Trình ký giấy chứng nhận", "Trưởng phòng GDNN", "1 ngày"],
                   ["4", "Ký giấy chứng nhận", "Giám đốc Sở", "1 ngày"],
                   ["5", "Trả kết quả", "Bộ phận TN&TKQ", "0,5 ngày"]],
                  [900, 4400, 2300, 1500], head=True),
            h("5/ HO SO LUU"),
            records_table([("Hồ sơ đăng ký hoạt động GDNN", "Phòng GDNN", "10 năm")], plain=True)]


def so_manual():
    return [para("PHẦN I - GIỚI THIỆU CHUNG", b=True),
            para("Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre là cơ quan chuyên môn thuộc UBND tỉnh, "
                 "tham mưu quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, bảo "
                 "hiểm xã hội, an toàn lao động, người có công, bảo trợ xã hội, trẻ em, bình đẳng giới."),
            para("Sổ tay mô tả hệ thống quản lý chất lượng của Sở theo TCVN ISO 9001:2015."),
            para("PHẦN II - PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", b=True),
            para("Hệ thống áp dụng cho việc giải quyết toàn bộ thủ tục hành chính thuộc thẩm quyền của Sở "
                 "đã được UBND tỉnh công bố và các quá trình quản lý nội bộ có liên quan."),
            para("Yêu cầu 8.3 Thiết kế và phát triển sản phẩm, dịch vụ không áp dụng vì trình tự, thành phần "
                 "hồ sơ và kết quả giải quyết thủ tục hành chính do văn bản quy phạm pháp luật quy định; "
                 "việc không áp dụng không ảnh hưởng đến khả năng cung cấp dịch vụ phù hợp."),
            para("PHẦN III - BỐI CẢNH VÀ CÁC BÊN QUAN TÂM", b=True),
            para("Các vấn đề bên ngoài, nội bộ và yêu cầu của các bên quan tâm được xác định trong tài liệu "
                 "BCTC/SLĐTBXH, xem xét lại hằng năm."),
            para("PHẦN IV - CÁC QUÁ TRÌNH VÀ SỰ TƯƠNG TÁC", b=True),
            table([["Nhóm quá trình", "Quá trình"],
                   ["Lãnh đạo, hoạch định", "Chính sách, mục tiêu; quản lý rủi ro và cơ hội; xem xét của lãnh đạo"],
                   ["Tác nghiệp", "Giải quyết thủ tục hành chính theo các quy trình QT.VL, QT.GDNN, QT.NCC, QT.BTXH"],
                   ["Hỗ trợ", "Kiểm soát thông tin dạng văn bản; văn thư; thi đua, khen thưởng"],
                   ["Đánh giá, cải tiến", "Đo lường sự hài lòng; đánh giá nội bộ; sự không phù hợp và "
                                          "hành động khắc phục"]],
                  [2600, 6500], head=True),
            para("PHẦN V - VAI TRÒ, TRÁCH NHIỆM VÀ QUYỀN HẠN", b=True),
            para("Giám đốc Sở chịu trách nhiệm giải trình về hiệu lực của hệ thống; Phó Giám đốc phụ trách "
                 "Văn phòng điều hành Ban ISO; Thư ký ISO theo dõi, tổng hợp và báo cáo."),
            para("PHẦN VI - THÔNG TIN DẠNG VĂN BẢN", b=True),
            para("Danh mục thông tin dạng văn bản nội bộ được duy trì theo QT.01/SLĐTBXH.")]


def so_policy():
    return [para("Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre cam kết xây dựng, áp dụng, duy trì và "
                 "cải tiến thường xuyên hệ thống quản lý chất lượng phù hợp với tiêu chuẩn TCVN ISO "
                 "9001:2015 và các yêu cầu pháp luật, nhằm giải quyết thủ tục hành chính về lao động, "
                 "người có công và xã hội nhanh chóng, chính xác, đúng hẹn."),
            para("Phương châm: TẬN TỤY - CÔNG KHAI - ĐÚNG HẸN - HÀI LÒNG.", b=True, align="center"),
            para("Chính sách được phổ biến đến toàn thể công chức, viên chức, niêm yết tại Trung tâm Phục "
                 "vụ hành chính công tỉnh, đăng trên Cổng thông tin điện tử của Sở và được xem xét hằng năm "
                 "tại cuộc họp xem xét của lãnh đạo."),
            para(), para("Bến Tre, ngày 18 tháng 3 năm 2019", i=True, align="right"),
            para("GIÁM ĐỐC", b=True, align="right"), para("(đã ký)", align="right"),
            para("Trần Minh Quý", b=True, align="right")]


def so_objectives():
    return [para("Căn cứ Chính sách chất lượng và yêu cầu tại điều 6.2 của TCVN ISO 9001:2015, Sở Lao động "
                 "- Thương binh và Xã hội thiết lập mục tiêu chất lượng năm 2025 và kế hoạch thực hiện "
                 "như sau:"),
            table([["TT", "Mục tiêu", "Việc cần làm", "Nguồn lực", "Người chủ trì", "Thời hạn",
                    "Cách đánh giá kết quả"],
                   ["1", "100% hồ sơ TTHC giải quyết đúng hoặc trước hạn",
                    "Theo dõi tiến độ trên Hệ thống thông tin giải quyết TTHC tỉnh", "Phần mềm; 01 chuyên viên",
                    "Chánh Văn phòng", "Hằng tháng", "Tỷ lệ hồ sơ đúng hạn trên hệ thống"],
                   ["2", "Tối thiểu 80% hồ sơ nộp trực tuyến đối với giấy phép lao động",
                    "Hướng dẫn doanh nghiệp nộp qua Cổng dịch vụ công", "Kinh phí tập huấn 20 triệu đồng",
                    "Trưởng phòng VL-ATLĐ", "Quý IV/2025", "Số liệu Cổng dịch vụ công"],
                   ["3", "Mức độ hài lòng của tổ chức, công dân đạt từ 95% trở lên",
                    "Khảo sát 06 tháng/lần", "Phiếu khảo sát", "Thư ký ISO", "Tháng 6 và 12",
                    "Báo cáo kết quả khảo sát"]],
                  [500, 1900, 1900, 1300, 1300, 1000, 1200], head=True, sz=22),
            para(), para("Kết quả thực hiện mục tiêu được báo cáo tại cuộc họp xem xét của lãnh đạo."),
            para("Bến Tre, ngày 06 tháng 01 năm 2025", i=True, align="right"),
            para("GIÁM ĐỐC", b=True, align="right"), para("(đã ký)", align="right"),
            para("Trần Minh Quý", b=True, align="right")]


def so_context():
    return [para("a) Các vấn đề bên ngoài", b=True),
            para("- Pháp luật: Bộ luật Lao động 2019 và các nghị định hướng dẫn thay đổi nhiều thủ tục hành chính."),
            para("- Kinh tế - xã hội: lao động của tỉnh dịch chuyển sang các tỉnh miền Đông; xâm nhập mặn, "
                 "biến đổi khí hậu làm tăng số hộ cần trợ giúp xã hội."),
            para("- Công nghệ: yêu cầu chuyển đổi số, dịch vụ công trực tuyến toàn trình, hiện đại hóa hành chính."),
            para("b) Các vấn đề nội bộ", b=True),
            para("- Biên chế giảm theo lộ trình tinh giản; một số công chức kiêm nhiệm nhiều lĩnh vực."),
            para("- Hạ tầng công nghệ thông tin được đầu tư nhưng kỹ năng sử dụng chưa đồng đều."),
            para("c) Các bên quan tâm và yêu cầu của họ", b=True),
            table([["Bên quan tâm", "Nhu cầu, mong đợi", "Cách đáp ứng, theo dõi"],
                   ["Người lao động, doanh nghiệp", "Thủ tục đơn giản, đúng hẹn, nộp trực tuyến",
                    "Quy trình TTHC; khảo sát sự hài lòng"],
                   ["Người có công và thân nhân", "Chế độ được giải quyết đầy đủ, kịp thời",
                    "Rà soát hồ sơ định kỳ"],
                   ["UBND tỉnh, Bộ Lao động - Thương binh và Xã hội", "Thực hiện đúng chỉ đạo, báo cáo kịp thời",
                    "Báo cáo định kỳ, đột xuất"],
                   ["UBND cấp huyện, cấp xã", "Hướng dẫn nghiệp vụ thống nhất", "Tập huấn, văn bản hướng dẫn"],
                   ["Công chức, viên chức của Sở", "Môi trường làm việc, đào tạo", "Kế hoạch đào tạo năm"]],
                  [2800, 3300, 3000], head=True),
            para("Tài liệu được lập theo điều 4.1 và 4.2 của TCVN ISO 9001:2015, là căn cứ nhận diện rủi ro "
                 "và cơ hội (QT.02/SLĐTBXH) và được xem xét lại hằng năm.")]


def so_risk_register():
    return [para("BM.02-QT.02", b=True, align="right"),
            para("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE", b=True),
            para("SỔ THEO DÕI RỦI RO VÀ CƠ HỘI NĂM 2025", b=True, sz=30, align="center", after=160),
            table([["TT", "Quá trình", "Rủi ro / Cơ hội", "Khả năng", "Tác động", "Mức", "Biện pháp xử lý",
                    "Trách nhiệm", "Thời hạn"],
                   ["1", "Cấp giấy phép lao động", "Rủi ro: hồ sơ thiếu văn bản chấp thuận nhu cầu", "3", "2",
                    "6", "Hướng dẫn một lần, đầy đủ qua điện thoại và Cổng DVC", "Phòng VL-ATLĐ", "Quý I"],
                   ["2", "Giải quyết chế độ người có công", "Rủi ro: trễ hạn do xác minh hồ sơ gốc", "2",
                    "3", "6", "Lập danh sách theo dõi, nhắc hạn hằng tuần", "Phòng NCC", "Thường xuyên"],
                   ["3", "Dịch vụ công trực tuyến", "Cơ hội: thanh toán phí trực tuyến", "", "", "",
                    "Phối hợp ngân hàng triển khai", "Văn phòng", "Quý II"]],
                  [400, 1300, 1900, 700, 700, 500, 1700, 1100, 800], head=True, sz=20),
            para(), para("Bến Tre, ngày 10 tháng 01 năm 2025", i=True, align="right"),
            para("NGƯỜI LẬP", b=True, align="right"), para("Nguyễn Thị Thủy", align="right")]


def so_ca_form():
    dots = "…………………………………………………………………………"
    return [para("BM.01-QT.04", b=True, align="right"),
            para("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE", b=True),
            para("PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC", b=True, sz=30, align="center"),
            para("Số: ……/20……", align="center", after=160),
            para("Phòng/bộ phận được yêu cầu: " + dots),
            para("Nguồn phát hiện:  □ Đánh giá nội bộ   □ Khiếu nại, phản ánh   □ Kiểm tra   □ Khác"),
            para("1. Mô tả sự không phù hợp: " + dots), para(dots),
            para("2. Nguyên nhân: " + dots),
            para("3. Hành động khắc phục đề xuất: " + dots),
            para("   Người thực hiện: ………………………   Thời hạn hoàn thành: ……/……/20……"),
            para("4. Cập nhật rủi ro và cơ hội (nếu có): " + dots),
            para("5. Xem xét hiệu lực: □ Có hiệu lực   □ Chưa hiệu lực   Ngày kiểm tra: ……/……/20……"),
            table([["Người yêu cầu", "Lãnh đạo phòng", "Phê duyệt"], ["\n\n", "\n\n", "\n\n"]],
                  [3033, 3033, 3034], head=True)]


def so_audit_report():
    return [para("BM.03-QT.03", b=True, align="right"),
            para("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BẾN TRE", b=True),
            para("ĐOÀN ĐÁNH GIÁ NỘI BỘ", b=True, after=160),
            para("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ NỘI BỘ NĂM 2024", b=True, sz=30, align="center", after=160),
            para("1. Thời gian đánh giá: từ ngày 12/11/2024 đến ngày 14/11/2024."),
            para("2. Chuẩn mực đánh giá: TCVN ISO 9001:2015; chính sách, mục tiêu chất lượng và các quy trình "
                 "của Sở; quy định pháp luật về thủ tục hành chính."),
            para("3. Phạm vi: Văn phòng; Phòng Việc làm - An toàn lao động; Phòng Người có công; Phòng Bảo "
                 "trợ xã hội; Phòng Giáo dục nghề nghiệp."),
            para("4. Đoàn đánh giá: Lê Văn Hòa (trưởng đoàn), Nguyễn Thị Thủy, Phạm Quốc Thái."),
            para("5. Kết quả:"),
            table([["TT", "Phòng", "Điểm không phù hợp", "Điều khoản"],
                   ["1", "Phòng Người có công", "02 hồ sơ trễ hạn không có phiếu xin lỗi", "8.7"],
                   ["2", "Phòng GDNN", "Quy trình QT.GDNN.01 chưa cập nhật văn bản pháp luật mới", "7.5"],
                   ["3", "Văn phòng", "Sổ theo dõi rủi ro chưa đánh giá hiệu lực biện pháp 6 tháng cuối năm",
                    "6.1"]],
                  [600, 2400, 4800, 1300], head=True),
            para("Ngoài ra có 04 khuyến nghị cải tiến. Các phòng lập phiếu yêu cầu hành động khắc phục trước "
                 "ngày 30/11/2024."),
            para("6. Kết luận: hệ thống quản lý chất lượng được duy trì, phù hợp và có hiệu lực."),
            para("Bến Tre, ngày 20 tháng 11 năm 2024", i=True, align="right"),
            para("TRƯỞNG ĐOÀN ĐÁNH GIÁ", b=True, align="right"), para("Lê Văn Hòa", align="right")]


# ------------------------------------------------------------------------------------------------
# UBND huyện Chợ Lách: system line in the page header, "QUI TRÌNH", decision line, one field line
# ------------------------------------------------------------------------------------------------

QD_2016 = ("(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 12 tháng 6 năm 2016 của Chủ tịch "
           "Uỷ ban nhân dân huyện Chợ Lách)")
QD_2018 = ("(Ban hành kèm theo Quyết định số 456/QĐ-UBND ngày 03 tháng 4 năm 2018 của Chủ tịch "
           "Uỷ ban nhân dân huyện Chợ Lách)")
QD_2020 = ("(Ban hành kèm theo Quyết định số 2345/QĐ-UBND ngày 15 tháng 9 năm 2020 của Chủ tịch "
           "Uỷ ban nhân dân huyện Chợ Lách)")
QD_2024 = ("(Ban hành kèm theo Quyết định số 1789/QĐ-UBND ngày 20 tháng 8 năm 2024 của Chủ tịch "
           "Uỷ ban nhân dân huyện Chợ Lách)")
HX_SIGN = [("Võ Thị Thuỷ", "Chuyên viên Văn phòng HĐND và UBND"),
           ("Nguyễn Văn Hoà", "Chánh Văn phòng HĐND và UBND"), ("Lê Quang Khải", "Chủ tịch UBND huyện")]


def hx_header(edition, plain=False):
    text = (f"UBND HUYỆN CHỢ LÁCH\t\tHỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:{edition}" if not plain
            else f"UBND HUYEN CHO LACH\t\tHE THONG QUAN LY CHAT LUONG THEO TCVN ISO 9001:{edition}")
    return [para(text, sz=18)]


def hx_signoff(signers=HX_SIGN, plain=False):
    head = (["", "Người soạn thảo", "Người xem xét", "Người phê duyệt"] if not plain
            else ["", "Nguoi soan thao", "Nguoi xem xet", "Nguoi phe duyet"])
    rows = [["Họ tên"] + [n for n, _ in signers], ["Chức vụ"] + [r for _, r in signers],
            ["Chữ ký", "(Đã ký)", "(Đã ký)", "(Đã ký)"]]
    if plain:
        rows = [[ascii_vi(c) for c in row] for row in rows]
    return table([head] + rows, [1300, 2600, 2600, 2600], head=True)


def hx_doc(title_lines, decision, fields, content, edition="2008", form=None, plain=False, signoff=True):
    """form: None (NFC), "nfd" (everything decomposed) or "nfd-body" (decomposed below the title,
    as when the body was pasted from another file)."""
    top = [para(t, b=True, sz=30, align="center", after=0) for t in title_lines]
    top += [para(decision, sz=24, align="center", after=120), para(fields, align="center", after=200)]
    rest = content + ([para(), hx_signoff(plain=plain)] if signoff else [])
    header = hx_header(edition, plain)
    if form == "nfd":
        top, rest, header = nfd(top), nfd(rest), nfd(header)
    elif form == "nfd-body":
        rest = nfd(rest)
    return dict(body=top + rest, header=header)


def m(text):
    """This firm's section heading: "Mục 1. MỤC ĐÍCH"."""
    return para(text, b=True, after=60)


def hx_scope():
    return [m("Mục 2. PHẠM VI ÁP DỤNG"),
            para("Áp dụng đối với Văn phòng HĐND và UBND huyện, các cơ quan chuyên môn thuộc UBND huyện "
                 "trong phạm vi hệ thống quản lý chất lượng.")]


def hx_refs(clause_line, edition="2008"):
    return [m("Mục 3. TÀI LIỆU VIỆN DẪN"),
            para(f"- Tiêu chuẩn TCVN ISO 9001:{edition}; {clause_line}"),
            para("- Sổ tay chất lượng của UBND huyện Chợ Lách.")]


def hx_records(rows):
    return [m("Mục 6. HỒ SƠ LƯU"),
            table([["TT", "Tên hồ sơ", "Bộ phận lưu", "Thời gian lưu"]]
                  + [[str(k + 1)] + list(r) for k, r in enumerate(rows)], [600, 4600, 2300, 1600], head=True)]


def hx_document_control():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định thống nhất cách thức soạn thảo, xem xét, phê duyệt, ban hành, phân phối, sửa đổi "
                 "và thu hồi tài liệu của hệ thống quản lý chất lượng, bảo đảm tài liệu sử dụng luôn là "
                 "bản hiện hành và thoả đáng.")] + hx_scope() + hx_refs("điều 4.2.3 Kiểm soát tài liệu.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("- Tài liệu nội bộ: sổ tay chất lượng, qui trình, hướng dẫn, biểu mẫu do UBND huyện ban hành."),
            para("- Tài liệu bên ngoài: văn bản qui phạm pháp luật, văn bản chỉ đạo của cấp trên."),
            para("- ĐDLĐ: Đại diện lãnh đạo; TLKS: tài liệu kiểm soát."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Soạn thảo: cơ quan chuyên môn được giao soạn thảo theo mẫu thống nhất của Ban ISO."),
            para("5.2. Xem xét: ĐDLĐ xem xét sự phù hợp với tiêu chuẩn và các qui định hiện hành."),
            para("5.3. Phê duyệt, ban hành: Chủ tịch UBND huyện ký quyết định ban hành."),
            para("5.4. Phân phối: bản gốc lưu tại Văn phòng; bản sao đóng dấu \"TÀI LIỆU KIỂM SOÁT\", cập nhật "
                 "Danh mục tài liệu nội bộ (BM.01/QT-CL-01) và Sổ phân phối tài liệu (BM.02/QT-CL-01)."),
            para("5.5. Sửa đổi: đơn vị đề nghị lập Phiếu yêu cầu sửa đổi tài liệu (BM.03/QT-CL-01); tài liệu "
                 "lỗi thời được thu hồi, bản lưu đóng dấu \"TÀI LIỆU LỖI THỜI\"."),
            para("5.6. Tài liệu bên ngoài: Văn phòng cập nhật Danh mục tài liệu bên ngoài hằng quý.")] + hx_records([
                ("Danh mục tài liệu nội bộ", "Văn phòng", "Đến khi có bản thay thế"),
                ("Sổ phân phối tài liệu", "Văn phòng", "03 năm"),
                ("Phiếu yêu cầu sửa đổi tài liệu", "Văn phòng", "03 năm")])


def hx_record_control(plain_heads=True):
    mm = (lambda t: m(ascii_vi(t))) if plain_heads else m
    return [mm("Mục 1. MỤC ĐÍCH"),
            para("Qui định việc nhận biết, sắp xếp, bảo quản, bảo vệ, sử dụng, xác định thời gian lưu giữ và "
                 "huỷ bỏ hồ sơ chất lượng của UBND huyện."),
            mm("Mục 2. PHẠM VI ÁP DỤNG"),
            para("Áp dụng đối với hồ sơ của hệ thống quản lý chất lượng tại Văn phòng HĐND và UBND huyện và "
                 "các cơ quan chuyên môn."),
            mm("Mục 3. TÀI LIỆU VIỆN DẪN"),
            para("- Tiêu chuẩn TCVN ISO 9001:2008; điều 4.2.4 Kiểm soát hồ sơ."),
            para("- Luật Lưu trữ năm 2011."),
            mm("Mục 4. NỘI DUNG QUI TRÌNH"),
            para("4.1. Mỗi cơ quan lập Danh mục hồ sơ chất lượng (BM.01/QT-CL-02), ghi rõ tên hồ sơ, nơi lưu, "
                 "thời gian lưu."),
            para("4.2. Hồ sơ được sắp xếp trong cặp, bìa có nhãn; hồ sơ giải quyết thủ tục hành chính lưu "
                 "theo năm và lĩnh vực."),
            para("4.3. Việc mượn hồ sơ phải được lãnh đạo cơ quan đồng ý và ghi vào Sổ theo dõi mượn hồ sơ."),
            para("4.4. Hết thời gian lưu, cơ quan lập danh sách hồ sơ đề nghị huỷ, trình Chánh Văn phòng "
                 "xem xét, lập biên bản huỷ."),
            mm("Mục 5. HỒ SƠ LƯU"),
            table([["TT", "Ten ho so", "Bo phan luu", "Thoi gian luu"],
                   ["1", "Danh mục hồ sơ chất lượng", "Các cơ quan", "Đến khi có bản thay thế"],
                   ["2", "Biên bản huỷ hồ sơ", "Văn phòng", "Vĩnh viễn"]], [600, 4600, 2300, 1600], head=True)]


def hx_audit():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định việc lập kế hoạch, chuẩn bị, tiến hành đánh giá chất lượng nội bộ nhằm xác định hệ "
                 "thống quản lý chất lượng có phù hợp với các hoạt động đã hoạch định, với yêu cầu của tiêu "
                 "chuẩn và được áp dụng, duy trì có hiệu lực hay không.")] + hx_scope() + hx_refs(
                "điều 8.2.2 Đánh giá nội bộ.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("ĐGCLNB: đánh giá chất lượng nội bộ; ĐDLĐ: Đại diện lãnh đạo; CGĐG: chuyên gia đánh giá."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. ĐDLĐ lập Kế hoạch đánh giá chất lượng nội bộ (BM.01/QT-CL-03) ít nhất 01 lần/năm, "
                 "trình Chủ tịch UBND huyện phê duyệt."),
            para("5.2. CGĐG đã qua lớp đào tạo đánh giá viên nội bộ; không đánh giá công việc của mình."),
            para("5.3. Tiến hành đánh giá theo Phiếu ghi chép (BM.02/QT-CL-03); họp kết thúc với cơ quan "
                 "được đánh giá; lập Phiếu yêu cầu hành động khắc phục theo QT-CL-05."),
            para("5.4. Trưởng đoàn lập Báo cáo kết quả đánh giá (BM.04/QT-CL-03) gửi ĐDLĐ để báo cáo tại "
                 "cuộc họp xem xét của lãnh đạo.")] + hx_records([
                ("Kế hoạch đánh giá chất lượng nội bộ", "Văn phòng", "03 năm"),
                ("Phiếu ghi chép", "Văn phòng", "03 năm"),
                ("Báo cáo kết quả đánh giá", "Văn phòng", "05 năm")])


def hx_nonconforming():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Bảo đảm sản phẩm không phù hợp (kết quả giải quyết thủ tục hành chính có sai sót, hồ sơ trễ "
                 "hạn) được nhận biết và kiểm soát để không chuyển đến tổ chức, công dân.")] + hx_scope() + hx_refs(
                "điều 8.3 Kiểm soát sản phẩm không phù hợp.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("Sản phẩm không phù hợp: kết quả giải quyết công việc không đáp ứng yêu cầu pháp luật hoặc "
                 "yêu cầu của tổ chức, công dân."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Người phát hiện ghi vào Sổ theo dõi sản phẩm không phù hợp (BM.01/QT-CL-04)."),
            para("5.2. Lãnh đạo cơ quan chuyên môn quyết định biện pháp xử lý: sửa lại, làm lại, thu hồi."),
            para("5.3. Trường hợp đã trả kết quả cho công dân thì thông báo, xin lỗi và hẹn lại."),
            para("5.4. Sản phẩm sau khi xử lý phải được kiểm tra lại trước khi chuyển giao.")] + hx_records([
                ("Sổ theo dõi sản phẩm không phù hợp", "Các cơ quan", "02 năm")])


def hx_corrective():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định cách thức xác định nguyên nhân của sự không phù hợp đã xảy ra và thực hiện hành "
                 "động khắc phục nhằm loại bỏ nguyên nhân, ngăn ngừa tái diễn.")] + hx_scope() + hx_refs(
                "điều 8.5.2 Hành động khắc phục.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("HĐKP: hành động khắc phục; ĐDLĐ: Đại diện lãnh đạo."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Nguồn: kết quả đánh giá nội bộ, khiếu nại của công dân, sản phẩm không phù hợp lặp lại."),
            para("5.2. Cơ quan liên quan lập Phiếu yêu cầu HĐKP (BM.01/QT-CL-05), phân tích nguyên nhân."),
            para("5.3. ĐDLĐ xem xét, phê duyệt biện pháp và thời hạn thực hiện."),
            para("5.4. Thư ký ISO kiểm tra kết quả thực hiện và xác nhận hiệu lực trên phiếu.")] + hx_records([
                ("Phiếu yêu cầu hành động khắc phục", "Văn phòng", "03 năm"),
                ("Sổ theo dõi hành động khắc phục", "Văn phòng", "03 năm")])


def hx_preventive():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định cách thức xác định các sự không phù hợp tiềm ẩn, nguyên nhân của chúng và thực hiện "
                 "hành động phòng ngừa thích hợp để ngăn chặn sự xuất hiện, bảo đảm sự hài hoà giữa các "
                 "cơ quan trong giải quyết công việc.")] + hx_scope() + hx_refs(
                "điều 8.5.3 Hành động phòng ngừa.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("HĐPN: hành động phòng ngừa; ĐDLĐ: Đại diện lãnh đạo."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Hằng quý, các cơ quan phân tích số liệu hồ sơ trễ hạn, ý kiến góp ý của tổ chức, công "
                 "dân để phát hiện sự không phù hợp tiềm ẩn."),
            para("5.2. Lập Phiếu yêu cầu hành động phòng ngừa (BM.01/QT-CL-06), trình ĐDLĐ phê duyệt."),
            para("5.3. Thực hiện, theo dõi và đánh giá hiệu quả; báo cáo tại cuộc họp xem xét của lãnh đạo."),
            para("5.4. Trường hợp cần sửa đổi tài liệu thì thực hiện theo QT-CL-01.")] + hx_records([
                ("Phiếu yêu cầu hành động phòng ngừa", "Văn phòng", "03 năm")])


def hx_review():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định việc lãnh đạo UBND huyện xem xét định kỳ hệ thống quản lý chất lượng nhằm bảo đảm "
                 "hệ thống luôn thích hợp, thoả đáng và có hiệu lực.")] + hx_scope() + hx_refs(
                "điều 5.6 Xem xét của lãnh đạo.") + [
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("ĐDLĐ: Đại diện lãnh đạo; HTQLCL: hệ thống quản lý chất lượng."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Cuộc họp xem xét của lãnh đạo tổ chức 01 lần/năm, do Chủ tịch UBND huyện chủ trì."),
            para("5.2. ĐDLĐ chuẩn bị báo cáo đầu vào: kết quả đánh giá nội bộ; ý kiến phản hồi của tổ chức, "
                 "công dân; kết quả giải quyết hồ sơ; tình trạng các hành động khắc phục và phòng ngừa; "
                 "các thay đổi ảnh hưởng đến hệ thống; khuyến nghị cải tiến."),
            para("5.3. Thư ký ISO lập Biên bản họp xem xét của lãnh đạo (BM.01/QT-CL-07)."),
            para("5.4. Các quyết định về cải tiến và nguồn lực được giao cho cơ quan liên quan thực hiện.")
            ] + hx_records([("Báo cáo đầu vào của ĐDLĐ", "Văn phòng", "03 năm"),
                ("Biên bản họp xem xét của lãnh đạo", "Văn phòng", "05 năm")])


def hx_manual():
    return [m("Mục 1. GIỚI THIỆU UBND HUYỆN CHỢ LÁCH"),
            para("Huyện Chợ Lách nằm ở phía Tây tỉnh Bến Tre, có 11 xã, thị trấn; là vùng cây giống, hoa "
                 "kiểng nổi tiếng. UBND huyện có 12 cơ quan chuyên môn và Văn phòng HĐND và UBND huyện."),
            m("Mục 2. PHẠM VI ÁP DỤNG VÀ CÁC NGOẠI LỆ"),
            para("Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 áp dụng cho việc giải quyết thủ tục hành "
                 "chính tại Bộ phận tiếp nhận và trả kết quả của huyện."),
            para("Ngoại lệ: điều 7.3 Thiết kế và phát triển; điều 7.6 Kiểm soát thiết bị theo dõi và đo lường."),
            m("Mục 3. CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG"),
            para("Chính sách chất lượng do Chủ tịch UBND huyện ký ban hành; mục tiêu chất lượng ban hành hằng năm."),
            m("Mục 4. TRÁCH NHIỆM, QUYỀN HẠN VÀ ĐẠI DIỆN LÃNH ĐẠO"),
            para("Chủ tịch UBND huyện bổ nhiệm một Phó Chủ tịch làm Đại diện lãnh đạo về chất lượng, có trách "
                 "nhiệm bảo đảm các quá trình cần thiết được thiết lập, thực hiện và duy trì."),
            m("Mục 5. HỆ THỐNG TÀI LIỆU"),
            para("Gồm: Sổ tay chất lượng; Chính sách, mục tiêu chất lượng; 07 qui trình hệ thống QT-CL-01 đến "
                 "QT-CL-07 (kiểm soát tài liệu, kiểm soát hồ sơ, đánh giá chất lượng nội bộ, kiểm soát sản "
                 "phẩm không phù hợp, hành động khắc phục, hành động phòng ngừa, xem xét của lãnh đạo) và "
                 "các qui trình giải quyết thủ tục hành chính QT-TTHC-01 trở đi.")]


def hx_policy():
    return [para("ỦY BAN NHÂN DÂN", b=True, align="left", after=0),
            para("HUYỆN CHỢ LÁCH", b=True, align="left", after=200),
            para("CHÍNH SÁCH CHẤT LƯỢNG", b=True, sz=32, align="center", after=200),
            para("Uỷ ban nhân dân huyện Chợ Lách cam kết xây dựng, áp dụng và duy trì hệ thống quản lý chất "
                 "lượng phù hợp với tiêu chuẩn TCVN ISO 9001:2008 trong giải quyết thủ tục hành chính, "
                 "không ngừng cải tiến để phục vụ tổ chức, công dân ngày càng tốt hơn."),
            para("Mọi cán bộ, công chức hiểu rõ và thực hiện chính sách: \"CÔNG KHAI - ĐÚNG HẸN - "
                 "THÂN THIỆN - HÀI HOÀ\".", b=True),
            para(), para("Chợ Lách, ngày 12 tháng 6 năm 2016", i=True, align="right"),
            para("CHỦ TỊCH", b=True, align="right"), para("(Đã ký)", align="right"),
            para("Lê Quang Khải", b=True, align="right")]


def hx_objectives():
    return [para("ỦY BAN NHÂN DÂN", b=True, after=0), para("HUYỆN CHỢ LÁCH", b=True, after=200),
            para("MỤC TIÊU CHẤT LƯỢNG NĂM 2025", b=True, sz=32, align="center", after=0),
            para("(Kèm theo Quyết định số 08/QĐ-UBND ngày 06/01/2025 của Uỷ ban nhân dân huyện Chợ Lách)",
                 i=True, sz=24, align="center", after=200),
            para("1. 100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết đúng hoặc trước hạn."),
            para("2. 100% thủ tục hành chính thuộc thẩm quyền được niêm yết công khai, đầy đủ."),
            para("3. Không có khiếu nại về thái độ phục vụ của cán bộ, công chức."),
            para("4. Tối thiểu 60% hồ sơ được tiếp nhận trực tuyến."),
            para(), para("Chợ Lách, ngày 06 tháng 01 năm 2025", i=True, align="right"),
            para("CHỦ TỊCH", b=True, align="right"), para("(Đã ký)", align="right"),
            para("Lê Quang Khải", b=True, align="right")]


def hx_context():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Xác định các vấn đề bên ngoài và nội bộ liên quan đến mục đích, định hướng chiến lược của "
                 "UBND huyện và nhu cầu, mong đợi của các bên quan tâm, theo điều 4.1 và 4.2 của TCVN ISO "
                 "9001:2015."),
            m("Mục 2. CÁC VẤN ĐỀ BÊN NGOÀI"),
            para("- Xâm nhập mặn, hạn hán mùa khô ảnh hưởng sản xuất cây giống, hoa kiểng, nuôi thuỷ sản."),
            para("- Chủ trương sắp xếp đơn vị hành chính cấp huyện, cấp xã; tổ chức chính quyền địa phương "
                 "hai cấp."),
            para("- Yêu cầu chuyển đổi số, dịch vụ công trực tuyến toàn trình, Đề án 06 của Chính phủ."),
            m("Mục 3. CÁC VẤN ĐỀ NỘI BỘ"),
            para("- Công chức kiêm nhiệm nhiều việc; phần mềm một cửa điện tử chưa liên thông đầy đủ với cấp xã."),
            para("- Trụ sở Bộ phận tiếp nhận và trả kết quả chật hẹp."),
            m("Mục 4. CÁC BÊN QUAN TÂM VÀ YÊU CẦU"),
            table([["Bên quan tâm", "Nhu cầu, mong đợi", "Cách theo dõi"],
                   ["Người dân, hộ kinh doanh", "Thủ tục nhanh, đúng hẹn, ít đi lại", "Ý kiến góp ý, khảo sát"],
                   ["UBND tỉnh, các sở", "Thực hiện đúng chỉ đạo, báo cáo kịp thời", "Báo cáo định kỳ"],
                   ["UBND các xã, thị trấn", "Hướng dẫn nghiệp vụ, liên thông hồ sơ", "Giao ban hằng tháng"],
                   ["Cán bộ, công chức", "Được đào tạo, trang bị phương tiện", "Họp cơ quan"]],
                  [2800, 3600, 2700], head=True),
            m("Mục 5. THEO DÕI VÀ XEM XÉT"),
            para("Văn phòng HĐND và UBND huyện cập nhật tài liệu này hằng năm hoặc khi có thay đổi lớn.")]


def hx_tthc_building():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định trình tự, thời hạn giải quyết thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ tại "
                 "huyện, bảo đảm đúng pháp luật, công khai, đúng hẹn.")] + hx_scope() + [
            m("Mục 3. TÀI LIỆU VIỆN DẪN"),
            para("- Luật Xây dựng số 50/2014/QH13; Nghị định số 59/2015/NĐ-CP của Chính phủ."),
            para("- Tiêu chuẩn TCVN ISO 9001:2008."),
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("TN&TKQ: tiếp nhận và trả kết quả; KT-HT: Kinh tế và Hạ tầng."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Hồ sơ: đơn đề nghị cấp giấy phép xây dựng; bản sao giấy tờ về quyền sử dụng đất; "
                 "02 bộ bản vẽ thiết kế. Số lượng: 01 bộ."),
            para("5.2. Thời hạn giải quyết: 15 ngày làm việc. Lệ phí: 75.000 đồng/giấy phép."),
            para("5.3. Trình tự:"),
            para("B1 - Bộ phận TN&TKQ tiếp nhận, kiểm tra hồ sơ, viết phiếu hẹn (0,5 ngày)."),
            para("B2 - Phòng KT-HT thẩm định, kiểm tra thực địa (10 ngày)."),
            para("B3 - Lãnh đạo Phòng KT-HT xem xét, trình ký (2 ngày)."),
            para("B4 - Phó Chủ tịch UBND huyện ký giấy phép (2 ngày)."),
            para("B5 - Văn thư vào sổ, đóng dấu; Bộ phận TN&TKQ trả kết quả, thu lệ phí (0,5 ngày).")] + hx_records([
                ("Hồ sơ cấp giấy phép xây dựng", "Phòng KT-HT", "Vĩnh viễn"),
                ("Sổ theo dõi cấp phép", "Phòng KT-HT", "10 năm")])


def hx_tthc_household():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định trình tự, thời hạn giải quyết thủ tục đăng ký thành lập hộ kinh doanh, bảo đảm "
                 "nhanh chóng, thuận tiện cho người dân.")] + hx_scope() + [
            m("Mục 3. TÀI LIỆU VIỆN DẪN"),
            para("- Nghị định số 78/2015/NĐ-CP; Nghị định số 108/2018/NĐ-CP của Chính phủ."),
            para("- Thông tư số 02/2019/TT-BKHĐT của Bộ Kế hoạch và Đầu tư."),
            para("- Tiêu chuẩn TCVN ISO 9001:2015."),
            m("Mục 4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            para("TC-KH: Tài chính - Kế hoạch; TN&TKQ: tiếp nhận và trả kết quả."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Hồ sơ: giấy đề nghị đăng ký hộ kinh doanh; bản sao giấy tờ pháp lý của chủ hộ. "
                 "Số lượng: 01 bộ."),
            para("5.2. Thời hạn giải quyết: 03 ngày làm việc. Lệ phí: 100.000 đồng."),
            para("5.3. Trình tự:"),
            table([["Bước", "Nội dung", "Trách nhiệm", "Thời gian"],
                   ["B1", "Tiếp nhận hồ sơ trực tiếp hoặc trực tuyến", "Bộ phận TN&TKQ", "04 giờ"],
                   ["B2", "Thẩm định, nhập dữ liệu vào hệ thống đăng ký hộ kinh doanh", "Phòng TC-KH", "12 giờ"],
                   ["B3", "Ký giấy chứng nhận đăng ký hộ kinh doanh", "Trưởng phòng TC-KH", "04 giờ"],
                   ["B4", "Trả kết quả", "Bộ phận TN&TKQ", "04 giờ"]],
                  [800, 4700, 2200, 1400], head=True)] + hx_records([
                ("Hồ sơ đăng ký hộ kinh doanh", "Phòng TC-KH", "10 năm")])


def hx_tthc_marriage():
    return [m("Mục 1. MỤC ĐÍCH"),
            para("Qui định trình tự giải quyết thủ tục đăng ký kết hôn có yếu tố nước ngoài.")] + hx_scope() + [
            m("Mục 3. TÀI LIỆU VIỆN DẪN"),
            para("- Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP."),
            para("- Tiêu chuẩn TCVN ISO 9001:2008."),
            m("Mục 5. NỘI DUNG QUI TRÌNH"),
            para("5.1. Hồ sơ: tờ khai đăng ký kết hôn; giấy xác nhận tình trạng hôn nhân; giấy xác nhận của "
                 "tổ chức y tế; bản sao hộ chiếu. Thời hạn: 15 ngày. Lệ phí: 1.000.000 đồng."),
            para("5.2. Phòng Tư pháp thẩm tra, xác minh; Chủ tịch UBND huyện ký giấy chứng nhận kết hôn; "
                 "tổ chức trao giấy chứng nhận trong 05 ngày làm việc.")] + hx_records([
                ("Hồ sơ đăng ký kết hôn", "Phòng Tư pháp", "Vĩnh viễn")])


def hx_audit_plan_form():
    return [para("BM.01/QT-CL-03", b=True, align="right"),
            para("UBND HUYỆN CHỢ LÁCH", b=True),
            para("KẾ HOẠCH ĐÁNH GIÁ CHẤT LƯỢNG NỘI BỘ", b=True, sz=30, align="center", after=0),
            para("Lần: ……   Năm: ……", align="center", after=160),
            para("1. Mục đích đánh giá: ……………………………………………………………"),
            para("2. Phạm vi đánh giá: ……………………………………………………………"),
            para("3. Căn cứ đánh giá: ……………………………………………………………"),
            para("4. Đoàn đánh giá: Trưởng đoàn: …………………  Thành viên: …………………"),
            para("5. Lịch đánh giá:"),
            table([["Thời gian", "Cơ quan được đánh giá", "Nội dung (điều khoản)", "Chuyên gia đánh giá"],
                   ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], [1800, 2800, 2500, 2000], head=True),
            para(), para("Chợ Lách, ngày …… tháng …… năm 20……", i=True, align="right"),
            para("ĐẠI DIỆN LÃNH ĐẠO", b=True, align="right")]


def hx_audit_report():
    return [para("BM.04/QT-CL-03", b=True, align="right"),
            para("UBND HUYỆN CHỢ LÁCH", b=True),
            para("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHẤT LƯỢNG NỘI BỘ NĂM 2024", b=True, sz=30, align="center",
                 after=160),
            para("1. Thời gian: ngày 22 và 23/10/2024."),
            para("2. Căn cứ đánh giá: tiêu chuẩn TCVN ISO 9001:2008 và hệ thống tài liệu của UBND huyện."),
            para("3. Phạm vi: Văn phòng HĐND và UBND huyện, Phòng Tư pháp, Phòng Tài chính - Kế hoạch, "
                 "Phòng Kinh tế và Hạ tầng, Bộ phận tiếp nhận và trả kết quả."),
            para("4. Kết quả: 04 điểm không phù hợp, 03 điểm lưu ý."),
            table([["TT", "Cơ quan", "Nội dung không phù hợp"],
                   ["1", "Phòng Kinh tế và Hạ tầng", "Qui trình QT-TTHC-05 chưa cập nhật Luật sửa đổi, bổ sung "
                                                   "Luật Xây dựng năm 2020"],
                   ["2", "Phòng Tư pháp", "03 hồ sơ trễ hạn chưa có văn bản xin lỗi"],
                   ["3", "Văn phòng", "Chưa tổ chức họp xem xét của lãnh đạo năm 2023"],
                   ["4", "Bộ phận TN&TKQ", "Chưa tổng hợp ý kiến góp ý 6 tháng đầu năm"]],
                  [600, 2700, 5800], head=True),
            para("5. Kiến nghị: các cơ quan thực hiện hành động khắc phục trước ngày 30/11/2024; sớm hoàn "
                 "thành việc chuyển đổi hệ thống theo phiên bản tiêu chuẩn mới."),
            para("Chợ Lách, ngày 25 tháng 10 năm 2024", i=True, align="right"),
            para("TRƯỞNG ĐOÀN", b=True, align="right"), para("Nguyễn Văn Hoà", align="right")]


# ------------------------------------------------------------------------------------------------
# Agencies: every document with the labels read from its content
# ------------------------------------------------------------------------------------------------

CODE_SO = "SLĐTBXH"


def so_ldtbxh():
    docs = []

    def add(path, doc, labels):
        docs.append((path, doc, labels))

    # Issue histories (the current issue is the LAST row).
    first = ("01", "20/04/2012", "Ban hành lần đầu theo TCVN ISO 9001:2008")
    qd19 = ("02", "17/08/2015", "Cập nhật theo Quyết định số 19/2014/QĐ-TTg")
    conv = "18/03/2019"

    add("01_HE THONG/So tay chat luong.pdf",
        so_doc(["Sổ tay chất lượng"], f"STCL/{CODE_SO}",
               [first, qd19, ("03", conv, "Chuyển đổi sang TCVN ISO 9001:2015")], so_manual(), footer=False),
        lab("quality_manual", "keep", f"STCL/{CODE_SO}", "03", "2019-03-18", "2015"))
    add("01_HE THONG/Chinh sach chat luong.docx",
        so_doc(["Chính sách chất lượng"], f"CSCL/{CODE_SO}",
               [first, ("02", conv, "Chuyển đổi sang TCVN ISO 9001:2015")], so_policy(), footer=False),
        lab("quality_policy", "keep", f"CSCL/{CODE_SO}", "02", "2019-03-18", "2015"))
    add("01_HE THONG/Muc tieu chat luong nam 2025.docx",
        so_doc(["Mục tiêu chất lượng", "năm 2025"], f"MT.2025/{CODE_SO}",
               [("01", "06/01/2025", "Ban hành mục tiêu chất lượng năm 2025")], so_objectives(), footer=False),
        lab("quality_objectives", "keep", f"MT.2025/{CODE_SO}", "01", "2025-01-06", "2015"))
    add("01_HE THONG/Phan tich boi canh va cac ben quan tam.pdf",
        so_doc(["Phân tích bối cảnh của tổ chức", "và nhu cầu, mong đợi của các bên quan tâm"],
               f"BCTC/{CODE_SO}",
               [("01", conv, "Ban hành lần đầu"), ("02", "10/01/2024", "Cập nhật các vấn đề bối cảnh, các bên "
                                                                        "quan tâm năm 2024")],
               so_context(), footer=False),
        lab("context_analysis", "keep", f"BCTC/{CODE_SO}", "02", "2024-01-10", "2015"))

    qt = "02_QUY TRINH HE THONG"
    add(f"{qt}/QT.01 Kiem soat thong tin dang van ban.docx",
        so_doc(["Quy trình", "Kiểm soát thông tin dạng văn bản"], f"QT.01/{CODE_SO}",
               [("01", "20/04/2012", "Ban hành Quy trình kiểm soát tài liệu theo TCVN ISO 9001:2008"),
                ("02", "17/08/2015", "Bổ sung kiểm soát văn bản điện tử"),
                ("03", conv, "Hợp nhất với QT.02 Kiểm soát hồ sơ; chuyển đổi theo TCVN ISO 9001:2015")],
               so_information()),
        lab(DOCINFO, "keep", f"QT.01/{CODE_SO}", "03", "2019-03-18", "2015"))
    add(f"{qt}/QT.02 Quan ly rui ro va co hoi.pdf",
        so_doc(["Quy trình", "Quản lý rủi ro và cơ hội"], f"QT.02/{CODE_SO}",
               [("01", conv, "Ban hành lần đầu theo TCVN ISO 9001:2015")], so_risk(), footer=False),
        lab(RISK, "keep", f"QT.02/{CODE_SO}", "01", "2019-03-18", "2015"))
    add(f"{qt}/QT.03 Danh gia noi bo.pdf",
        so_doc(["Quy trình", "Đánh giá nội bộ"], f"QT.03/{CODE_SO}",
               [first, qd19, ("03", conv, "Chuyển đổi theo TCVN ISO 9001:2015: chương trình đánh giá xét đến "
                                          "rủi ro và các thay đổi")], so_audit()),
        lab("procedure.internal_audit", "keep", f"QT.03/{CODE_SO}", "03", "2019-03-18", "2015"))
    add(f"{qt}/QT.04 Kiem soat su khong phu hop va hanh dong khac phuc.docx",
        so_doc(["Quy trình", "Kiểm soát sự không phù hợp", "và hành động khắc phục"], f"QT.04/{CODE_SO}",
               [("01", "20/04/2012", "Ban hành Quy trình kiểm soát sản phẩm không phù hợp (TCVN ISO 9001:2008)"),
                ("02", conv, "Hợp nhất với QT.05 Hành động khắc phục; chuyển đổi theo TCVN ISO 9001:2015")],
               so_ncca()),
        lab(NCCA, "keep", f"QT.04/{CODE_SO}", "02", "2019-03-18", "2015"))
    # Left in the folder when the 2015 set was issued; nothing on it says it was withdrawn.
    add(f"{qt}/QT.06 Hanh dong phong ngua.pdf",
        so_doc(["Quy trình", "Hành động phòng ngừa"], f"QT.06/{CODE_SO}",
               [("01", "20/04/2012", "Ban hành lần đầu"), ("02", "17/08/2015", "Sửa đổi biểu mẫu BM.01-QT.06")],
               so_preventive(), footer=False),
        lab("procedure.preventive_action", "replace", f"QT.06/{CODE_SO}", "02", "2015-08-17", "2008", RISK))
    review = so_doc(["Quy trình", "Xem xét của lãnh đạo"], f"QT.07/{CODE_SO}",
                    [("01", "20/04/2012", "Ban hành lần đầu"),
                     ("02", "17/08/2015", "Bổ sung đầu vào về kết quả giải quyết thủ tục hành chính")], so_review())
    review = dict(body=nfd(review["body"]), footer=nfd(review["footer"]))  # typed "tổ hợp"
    add(f"{qt}/QT.07 Xem xet cua lanh dao.docx", review,
        lab("procedure.management_review", "revise", f"QT.07/{CODE_SO}", "02", "2015-08-17", "2008"))
    add(f"{qt}/QT.08 Do luong su thoa man cua khach hang.pdf",
        so_doc(["Thủ tục", "Đo lường sự thoả mãn của khách hàng"], f"QT.08/{CODE_SO}",
               [("01", "20/04/2012", "Ban hành lần đầu")], so_satisfaction()),
        lab("procedure.customer_satisfaction", "revise", f"QT.08/{CODE_SO}", "01", "2012-04-20", "2008"))

    add("03_QUY TRINH NOI BO/QT.NB.01 Xet thi dua khen thuong.docx",
        so_doc(["Quy trình", "Xét thi đua, khen thưởng hằng năm"], f"QT.NB.01/{CODE_SO}",
               [("01", "17/08/2015", "Ban hành lần đầu")], so_emulation()),
        lab("procedure.internal", "revise", f"QT.NB.01/{CODE_SO}", "01", "2015-08-17", "2008"))

    tthc_sign = [("Đặng Văn Tài", "Chuyên viên Phòng VL-ATLĐ"), ("Huỳnh Thị Ngọc Hân", "Trưởng phòng VL-ATLĐ"),
                 ("Trần Minh Quý", "Giám đốc Sở")]
    add("04_QUY TRINH TTHC/QT.VL.02 Cap giay phep lao dong cho nguoi nuoc ngoai.pdf",
        so_doc(["Quy trình", "Cấp giấy phép lao động cho người lao động", "nước ngoài làm việc tại Việt Nam"],
               f"QT.VL.02/{CODE_SO}",
               [("01", "03/10/2016", "Ban hành lần đầu theo TCVN ISO 9001:2008"),
                ("02", conv, "Chuyển đổi theo TCVN ISO 9001:2015"),
                ("03", "15/07/2021", "Cập nhật theo Nghị định số 152/2020/NĐ-CP")],
               so_tthc_work_permit(), footer=False, signers=tthc_sign),
        lab("procedure.administrative", "keep", f"QT.VL.02/{CODE_SO}", "03", "2021-07-15", "2015"))
    # This department's template was typed without diacritics: cover, headings, code ("SLDTBXH").
    add("04_QUY TRINH TTHC/QT.GDNN.01 Cap giay chung nhan dang ky hoat dong GDNN.docx",
        so_doc(["QUY TRINH", "CAP GIAY CHUNG NHAN DANG KY HOAT DONG", "GIAO DUC NGHE NGHIEP TRINH DO SO CAP"],
               "QT.GDNN.01/SLDTBXH", [("01", "03/10/2016", "Ban hanh lan dau")], so_tthc_vocational(),
               plain=True, signers=[("Pham Quoc Thai", "Chuyen vien Phong GDNN"),
                                    ("Ngo Thanh Hai", "Truong phong GDNN"), ("Tran Minh Quy", "Giam doc So")]),
        lab("procedure.administrative", "revise", "QT.GDNN.01/SLDTBXH", "01", "2016-10-03", "2008"))

    add("05_BIEU MAU/BM.01-QT.04 Phieu yeu cau hanh dong khac phuc.docx", dict(body=so_ca_form()),
        lab("form", "keep", "BM.01-QT.04"))
    add("06_HO SO/So theo doi rui ro va co hoi nam 2025.docx", dict(body=so_risk_register()),
        lab("risk_register", "keep", "BM.02-QT.02", issued="2025-01-10"))
    add("06_HO SO/Bao cao danh gia noi bo nam 2024.pdf", dict(body=so_audit_report()),
        lab("record.internal_audit", "keep", "BM.03-QT.03", issued="2024-11-20", edition="2015"))
    add("06_HO SO/Bien ban hop xem xet cua lanh dao nam 2024.pdf", scanned_pdf(2024), not_read("failed"))

    tthc = [("1.000105", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", "Việc làm"),
            ("1.000459", "Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp",
             "Giáo dục nghề nghiệp"),
            ("1.001257", "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", "Người có công"),
            ("2.000205", "Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam",
             "Việc làm"),
            ("", "Đăng ký nội quy lao động", "Lao động, tiền lương")]
    agency = dict(id="so-lao-dong-tbxh", name="Sở Lao động - Thương binh và Xã hội", level="province",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "5.2": "covered",
                           "6.1": "covered", "6.2": "covered", "7.5": "covered", "8.7": "covered",
                           "9.1": "partial", "9.2": "covered", "9.3": "partial", "10.2": "covered"},
                  must_find=[],
                  must_not=[{"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "6.2", "severity": "major"}, {"clause": "7.5", "severity": "major"}])
    return agency, docs, tthc


def huyen_cho_lach():
    docs = []

    def add(path, doc, labels):
        docs.append((path, doc, labels))

    def fields(code, rev, pages):
        return f"Mã hiệu: {code}  –  Lần ban hành: {rev}  –  Số trang: {pages}"

    add("He thong ISO/STCL So tay chat luong.docx",
        hx_doc(["SỔ TAY CHẤT LƯỢNG"], QD_2016, fields("STCL", "02", "18"), hx_manual()),
        lab("quality_manual", "revise", "STCL", "02", "2016-06-12", "2008"))
    add("He thong ISO/Chinh sach chat luong.pdf", dict(body=hx_policy(), header=hx_header("2008")),
        lab("quality_policy", "revise", issued="2016-06-12", edition="2008"))
    add("He thong ISO/Muc tieu chat luong nam 2025.docx", dict(body=hx_objectives(), header=hx_header("2008")),
        lab("quality_objectives", "revise", issued="2025-01-06", edition="2008"))
    add("He thong ISO/Boi canh noi bo ben ngoai va cac ben quan tam.pdf",
        hx_doc(["XÁC ĐỊNH CÁC VẤN ĐỀ NỘI BỘ, BÊN NGOÀI", "VÀ NHU CẦU, MONG ĐỢI CỦA CÁC BÊN QUAN TÂM"], QD_2024,
               fields("BC-01", "02", "03"), hx_context(), edition="2015"),
        lab("context_analysis", "keep", "BC-01", "02", "2024-08-20", "2015"))

    q = "Qui trinh"
    add(f"{q}/QT-CL-01 Kiem soat tai lieu.docx",
        hx_doc(["QUI TRÌNH", "KIỂM SOÁT TÀI LIỆU"], QD_2016, fields("QT-CL-01", "02", "05"),
               hx_document_control(), form="nfd"),
        lab("procedure.document_control", "merge", "QT-CL-01", "02", "2016-06-12", "2008", DOCINFO))
    add(f"{q}/QT-CL-02 Kiem soat ho so.pdf",
        hx_doc(["QUI TRINH", "KIEM SOAT HO SO"], ascii_vi(QD_2016), ascii_vi(fields("QT-CL-02", "02", "04")),
               hx_record_control(), plain=True),
        lab("procedure.record_control", "merge", "QT-CL-02", "02", "2016-06-12", "2008", DOCINFO))
    add(f"{q}/QT-CL-03 Danh gia chat luong noi bo.docx",
        hx_doc(["QUI TRÌNH", "ĐÁNH GIÁ CHẤT LƯỢNG NỘI BỘ"], QD_2018, fields("QT-CL-03", "03", "05"), hx_audit()),
        lab("procedure.internal_audit", "revise", "QT-CL-03", "03", "2018-04-03", "2008"))
    add(f"{q}/QT-CL-04 Kiem soat san pham khong phu hop.pdf",
        hx_doc(["QUI TRÌNH", "KIỂM SOÁT SẢN PHẨM KHÔNG PHÙ HỢP"], QD_2016, fields("QT-CL-04", "02", "04"),
               hx_nonconforming()),
        lab("procedure.nonconforming_product", "merge", "QT-CL-04", "02", "2016-06-12", "2008", NCCA))
    add(f"{q}/QT-CL-05 Hanh dong khac phuc.docx",
        hx_doc(["QUI TRÌNH", "HÀNH ĐỘNG KHẮC PHỤC"], QD_2016, fields("QT-CL-05", "02", "04"), hx_corrective()),
        lab("procedure.corrective_action", "merge", "QT-CL-05", "02", "2016-06-12", "2008", NCCA))
    add(f"{q}/QT-CL-06 Hanh dong phong ngua.docx",
        hx_doc(["QUI TRÌNH", "HÀNH ĐỘNG PHÒNG NGỪA"], QD_2016, fields("QT-CL-06", "02", "04"), hx_preventive(),
               form="nfd-body"),
        lab("procedure.preventive_action", "replace", "QT-CL-06", "02", "2016-06-12", "2008", RISK))
    add(f"{q}/QT-CL-07 Xem xet cua lanh dao.pdf",
        hx_doc(["QUI TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO"], QD_2016, fields("QT-CL-07", "02", "04"), hx_review()),
        lab("procedure.management_review", "revise", "QT-CL-07", "02", "2016-06-12", "2008"))

    add("TTHC/QT-TTHC-05 Cap giay phep xay dung nha o rieng le.pdf",
        hx_doc(["QUI TRÌNH", "CẤP GIẤY PHÉP XÂY DỰNG NHÀ Ở RIÊNG LẺ"], QD_2016, fields("QT-TTHC-05", "01", "04"),
               hx_tthc_building()),
        lab("procedure.administrative", "revise", "QT-TTHC-05", "01", "2016-06-12", "2008"))
    add("TTHC/QT-TTHC-12 Dang ky thanh lap ho kinh doanh.docx",
        hx_doc(["QUI TRÌNH", "ĐĂNG KÝ THÀNH LẬP HỘ KINH DOANH"], QD_2020, fields("QT-TTHC-12", "03", "03"),
               hx_tthc_household(), edition="2015"),
        lab("procedure.administrative", "keep", "QT-TTHC-12", "03", "2020-09-15", "2015"))
    add("TTHC/QT-TTHC-09 Dang ky ket hon co yeu to nuoc ngoai.docx",
        truncated(hx_doc(["QUI TRÌNH", "ĐĂNG KÝ KẾT HÔN CÓ YẾU TỐ NƯỚC NGOÀI"], QD_2016,
                         fields("QT-TTHC-09", "01", "03"), hx_tthc_marriage())),
        not_read("failed"))

    add("Biểu mẫu/BM.01 QT-CL-03 Kế hoạch đánh giá nội bộ.docx", dict(body=hx_audit_plan_form()),
        lab("form", "keep", "BM.01/QT-CL-03"))
    add("Ho so/Bao cao ket qua danh gia noi bo nam 2024.pdf", dict(body=hx_audit_report()),
        lab("record.internal_audit", "keep", "BM.04/QT-CL-03", issued="2024-10-25", edition="2008"))
    add("Ho so/Danh muc ho so luu tru nam 2024.xls", legacy_xls(), not_read("unsupported"))

    tthc = [("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng"),
            ("2.000720", "Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"),
            ("1.000893", "Đăng ký kết hôn có yếu tố nước ngoài", "Hộ tịch"),
            ("1.001695", "Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch"),
            ("", "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu", "Lưu thông hàng hóa trong nước")]
    agency = dict(id="ubnd-huyen-cho-lach", name="UBND huyện Chợ Lách", level="district",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "partial", "5.2": "partial",
                           "6.1": "missing", "6.2": "partial", "7.5": "partial", "8.7": "partial", "9.2": "partial",
                           "9.3": "partial", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "6.1", "severity": "major"}],
                  must_not=[{"clause": "4.1", "severity": "major"}, {"clause": "4.2", "severity": "major"}])
    return agency, docs, tthc


# ------------------------------------------------------------------------------------------------
# Writing the campaign and the labels
# ------------------------------------------------------------------------------------------------

def write_doc(target, path, payload, final):
    write_docx(target, payload["body"], payload.get("header", ()), payload.get("footer", ()))


def main():
    write_labelled_campaign(
        HERE,
        'name = "Blind campaign 5 (fifth firm)"\nyear = 2025\nprovince = "Bến Tre"\n',
        ["# Hand-written labels for tests/blind5/campaign/ (made by tests/blind5/make.py), written",
         "# from each document's content before the analysis was run. Absent field = null.",
         "# \"failed\" = could not be read (scan without a text layer, truncated DOCX);",
         "# \"unsupported\" = a format the program does not read (.xls)."],
        YEAR, (so_ldtbxh, huyen_cho_lach), write_doc)


if __name__ == "__main__":
    main()
