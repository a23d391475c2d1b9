#!/usr/bin/env python3
"""Sixth blind campaign: writes tests/blind6/campaign/ and tests/blind6/expected.toml.

Two agencies of Vĩnh Phúc province, written by a sixth author whose point is how Microsoft Word
really builds its files (the places where a DOCX reader breaks), not a new cover layout:

  * Sở Tài nguyên và Môi trường (province, converted to 2015 on 15/3/2020 by editing the 2016
    "ISO.TT.xx" documents with Track Changes left on, except the management review "THỦ TỤC",
    still 2008). Word 2016 files: the title sits in a floating text box (mc:AlternateContent, a
    wps:wsp drawing with a VML v:textbox fallback that repeats it); the field block is a table
    inside a block content control (w:sdt) laid out as a label row over a value row; headings
    are numbered by their style (Heading1/Heading2 carry w:numPr, so "1." is not in the text);
    the first page has its own header (titlePg) and the default header (a table with the code
    and "Trang: {PAGE}/{NUMPAGES}" as complex fields) is shared by every later section; text is
    split into runs with rsid attributes, w:proofErr and w:bookmarkStart in the middle of words.
    The document-control procedure's conversion is all tracked: w:del holds the 2008 title,
    code (ISO.TT.01), revision, date and "TCVN ISO 9001:2008", w:ins the 2015 ones; the
    nonconformity procedure has a deleted preventive-action section; the objectives a deleted
    target. One TTHC procedure writes its code with non-breaking hyphens (w:noBreakHyphen) and
    has soft hyphens pasted from the national portal; the 2018 TTHC procedure keeps its date in
    a date-picker content control; the blank form has placeholder and check-box content
    controls and a glossary part with a cover building block; the audit procedure carries a
    comment, a code in a text box in the header, and a docProps title left over from the
    template it was copied from. One TTHC procedure was saved with a password: an OLE2
    compound file (EncryptionInfo + EncryptedPackage) named .docx.
  * UBND phường Liên Bảo (commune, on 2008 since 2018; the management review and one TTHC
    procedure re-issued for 2015 in 2023). Word 2007 files: system procedures are titled
    "THỦ TỤC …" and coded by abbreviation (QT-KSTL, QT-ĐGNB, forms "Mẫu 01/QT-KSTL" cited in the
    text); the field block exists ONLY in the default page header, a vertically merged table,
    while the cover page has a different first-page header naming the edition; dates are
    "05/3/2018" inside w:smartTag elements whose attributes read the date the American way
    (Month 5, Day 3), and "ngày 5 tháng 3 năm 2018" in the decision line; lists and headings
    are numbered by w:numPr on the paragraph. One procedure's headings are typed without
    diacritics, one TTHC procedure's headings are in the legacy VNI-Times font (two bytes per
    accented letter), one TTHC procedure was updated with Track Changes inside the page header
    (revision and date) and the decision line. The records folder holds a Word 97-2003 .doc.

Every document's labels are written next to its content, by hand, from what the document says
once Word's tracked deletions are removed; they are not produced by running the analysis.
Standard library only. PDFs are made with `soffice --headless --convert-to pdf` (private
profile, TZ=UTC) from the same package with the changes accepted, and their dates and /ID are
then pinned so that regenerating gives the same bytes. Without soffice the PDF-marked documents
stay DOCX and the labels follow the paths.

Usage: python3 tests/blind6/make.py
"""
import base64
import os
import random
import re
import sys
import unicodedata
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "blindkit"))
from campaign import DOCINFO, NCCA, RISK, lab, not_read, write_labelled_campaign  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
FIXED_DATE = (2025, 1, 1, 0, 0, 0)


# ================================================================================================
# WordprocessingML as Word writes it
# ================================================================================================

NS_DOC = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
          'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'mc:Ignorable="w14 w15 wp14"')
# Word 2007 knew neither w14 nor wps, and called the markup-compatibility namespace "ve".
NS_2007 = ('xmlns:ve="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
           'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
           'xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word" '
           'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"')

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

SHY = "\x01"   # Word's optional hyphen element <w:softHyphen/>
NBH = "\x02"   # Word's non-breaking hyphen element <w:noBreakHyphen/>


class Raw(str):
    """A piece of WordprocessingML (as opposed to text to be written into runs)."""


def vni(text):
    """Unicode Vietnamese -> the VNI-Windows 8-bit encoding, as the characters a DOCX holds for a
    run in the VNI-Times font (each byte read as Latin-1: "MỤC ĐÍCH" -> "MUÏC ÑÍCH")."""
    tone_lo = {"\u0301": "\u00f9", "\u0300": "\u00f8", "\u0309": "\u00fb", "\u0303": "\u00f5", "\u0323": "\u00ef"}
    tone_up = {"\u0301": "\u00d9", "\u0300": "\u00d8", "\u0309": "\u00db", "\u0303": "\u00d5", "\u0323": "\u00cf"}
    circ_lo = {None: "\u00e2", "\u0301": "\u00e1", "\u0300": "\u00e0", "\u0309": "\u00e5", "\u0303": "\u00e3",
               "\u0323": "\u00e4"}
    circ_up = {None: "\u00c2", "\u0301": "\u00c1", "\u0300": "\u00c0", "\u0309": "\u00c5", "\u0303": "\u00c3",
               "\u0323": "\u00c4"}
    brev_lo = {None: "\u00ea", "\u0301": "\u00e9", "\u0300": "\u00e8", "\u0309": "\u00fa", "\u0303": "\u00fc",
               "\u0323": "\u00eb"}
    brev_up = {None: "\u00ca", "\u0301": "\u00c9", "\u0300": "\u00c8", "\u0309": "\u00da", "\u0303": "\u00dc",
               "\u0323": "\u00cb"}
    i_lo = {"\u0301": "\u00ed", "\u0300": "\u00ec", "\u0309": "\u00e6", "\u0303": "\u00f3", "\u0323": "\u00f2"}
    i_up = {"\u0301": "\u00cd", "\u0300": "\u00cc", "\u0309": "\u00c6", "\u0303": "\u00d3", "\u0323": "\u00d2"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch == "đ":
            out.append("\u00f1")
            continue
        if ch == "Đ":
            out.append("\u00d1")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if not marks:
            out.append(ch)
            continue
        up = base.isupper()
        mod = next((c for c in marks if c in "\u0302\u0306\u031b"), None)
        tone = next((c for c in marks if c in "\u0301\u0300\u0309\u0303\u0323"), None)
        if base in "iI":
            out.append(base if tone is None else (i_up if up else i_lo)[tone])
        elif base in "yY" and tone == "\u0323":
            out.append("\u00ce" if up else "\u00ee")
        elif mod == "\u0302":
            out.append(base + (circ_up if up else circ_lo)[tone])
        elif mod == "\u0306":
            out.append(base + (brev_up if up else brev_lo)[tone])
        elif mod == "\u031b":
            horn = {"o": "\u00f4", "O": "\u00d4", "u": "\u00f6", "U": "\u00d6"}[base]
            out.append(horn + ("" if tone is None else (tone_up if up else tone_lo)[tone]))
        else:
            out.append(base + (tone_up if up else tone_lo)[tone])
    return "".join(out)


def ascii_vi(text):
    """Vietnamese typed without diacritics."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def seed_of(name):
    return zlib.crc32(name.encode("utf-8"))


class WordDoc:
    """One .docx being written the way Word saves it. `final` = Track Changes accepted (used for
    the copies converted to PDF); `flavor` = "2016" or "2007" (namespaces, w14 ids, smart tags)."""

    def __init__(self, name, flavor="2016", final=False, mess=2, author="Nguyễn Minh Tuấn",
                 editor=None, created="2016-05-10T02:14:00Z", modified="2020-03-16T01:32:00Z",
                 title="", company="", pages=5, total_time=95, revision=9, track_date="2020-03-10T08:30:00Z"):
        self.rng = random.Random(seed_of(name))
        self.flavor, self.final, self.mess = flavor, final, mess
        self.author, self.editor = author, editor or author
        self.created, self.modified, self.title, self.company = created, modified, title, company
        self.pages, self.total_time, self.revision = pages, total_time, revision
        self.track_date = track_date
        self.rsids = sorted({"00%06X" % self.rng.randrange(0x100000, 0xFFFFFF) for _ in range(9)})
        self.rsid_root = self.rsids[0]
        self.next_id = 0
        self.rels = []            # (rId, type, target, external)
        self.parts = {}           # part name -> xml
        self.headers = 0
        self.footers = 0
        self.comments = []
        self.footnotes = []
        self.numbering = False
        self.glossary = None
        self.goback = False
        self.fonts = {"Times New Roman"}
        self.tracked = False
        self.smart = False
        self.shape_no = 0

    # ---- ids -----------------------------------------------------------------------------------
    def nid(self):
        self.next_id += 1
        return self.next_id

    def rid(self, rtype, target, external=False):
        rid = f"rId{len(self.rels) + 20}"
        self.rels.append((rid, rtype, target, external))
        return rid

    def rsid(self):
        return self.rng.choice(self.rsids)

    def pid(self):
        return "%08X" % self.rng.randrange(0x01000000, 0x7FFFFFFF)

    # ---- runs ----------------------------------------------------------------------------------
    def rpr(self, b=False, i=False, sz=None, font=None, caps=False, u=False, style=None, color=None,
            lang=None, no_proof=False, extra=""):
        out = []
        if style:
            out.append(f'<w:rStyle w:val="{style}"/>')
        if font:
            self.fonts.add(font)
            out.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"'
                       + ('' if font.startswith("VNI") else f' w:cs="{font}"') + '/>')
        if b:
            out.append("<w:b/><w:bCs/>")
        if i:
            out.append("<w:i/><w:iCs/>")
        if caps:
            out.append("<w:caps/>")
        if no_proof:
            out.append("<w:noProof/>")
        if color:
            out.append(f'<w:color w:val="{color}"/>')
        if sz:
            out.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
        if u:
            out.append('<w:u w:val="single"/>')
        if lang:
            out.append(f'<w:lang w:val="{lang}"/>')
        out.append(extra)
        body = "".join(out)
        return f"<w:rPr>{body}</w:rPr>" if body else ""

    def _content(self, text, deleted=False):
        """Text -> run content: tabs, breaks, soft and non-breaking hyphen elements."""
        out, buf = [], []
        tag = "w:delText" if deleted else "w:t"

        def flush():
            if buf:
                s = "".join(buf)
                sp = ' xml:space="preserve"' if s != s.strip() or "  " in s else ""
                out.append(f"<{tag}{sp}>{escape(s)}</{tag}>")
                buf.clear()
        for ch in text:
            if ch in "\t\n" + SHY + NBH:
                flush()
                out.append({"\t": "<w:tab/>", "\n": "<w:br/>", SHY: "<w:softHyphen/>",
                            NBH: "<w:noBreakHyphen/>"}[ch])
            else:
                buf.append(ch)
        flush()
        return "".join(out)

    def r(self, text, deleted=False, **fmt):
        """One run, no splitting."""
        attrs = f' w:rsidR="{self.rsid()}"' if self.mess else ""
        if self.mess and self.rng.random() < 0.4:
            attrs += f' w:rsidRPr="{self.rsid()}"'
        return Raw(f"<w:r{attrs}>{self.rpr(**fmt)}{self._content(text, deleted)}</w:r>")

    def t(self, text, goback=False, hlk=False, split=None, deleted=False, **fmt):
        """Text as Word leaves it after a few editing sessions: several runs with different rsids,
        proofing marks around words the English spell checker rejects, a run boundary now and then
        inside a word, optionally the _GoBack bookmark (or a _Hlk bookmark) inside a word."""
        mess = self.mess if split is None else split
        if not text:
            return Raw("")
        if mess == 0:
            return self.r(text, deleted=deleted, **fmt)
        rng = self.rng
        tokens = re.findall(r"\s+|[^\s]+", text)
        pieces, cur = [], []          # pieces: ("run", text) or ("raw", xml)

        def flush():
            if cur:
                pieces.append(("run", "".join(cur)))
                cur.clear()
        words = [k for k, tok in enumerate(tokens) if not tok.isspace() and len(tok) >= 3]
        mark_at = rng.choice(words) if (goback or hlk) and words else -1
        p_err = {1: 0.05, 2: 0.14, 3: 0.25}.get(mess, 0.1)
        p_split = {1: 0.05, 2: 0.12, 3: 0.3}.get(mess, 0.1)
        p_break = {1: 0.08, 2: 0.18, 3: 0.35}.get(mess, 0.1)
        for k, tok in enumerate(tokens):
            if tok.isspace():
                cur.append(tok)
                continue
            if cur and rng.random() < p_break:
                flush()
            err = (not deleted and any(ord(c) > 127 and c.isalpha() for c in tok) and rng.random() < p_err)
            if err:
                flush()
                pieces.append(("raw", '<w:proofErr w:type="spellStart"/>'))
            if k == mark_at:
                cut = rng.randrange(1, len(tok))
                cur.append(tok[:cut])
                flush()
                n = self.nid()
                if goback and not self.goback:
                    self.goback = True
                    pieces.append(("raw", f'<w:bookmarkStart w:id="{n}" w:name="_GoBack"/><w:bookmarkEnd w:id="{n}"/>'))
                    cur.append(tok[cut:])
                else:
                    pieces.append(("raw", f'<w:bookmarkStart w:id="{n}" w:name="_Hlk{34000000 + n * 7919}"/>'))
                    cur.append(tok[cut:])
                    flush()
                    pieces.append(("raw", f'<w:bookmarkEnd w:id="{n}"/>'))
            elif len(tok) >= 2 and rng.random() < p_split:
                cut = rng.randrange(1, len(tok))
                cur.append(tok[:cut])
                flush()
                cur.append(tok[cut:])
            else:
                cur.append(tok)
            if err:
                flush()
                pieces.append(("raw", '<w:proofErr w:type="spellEnd"/>'))
        flush()
        out = []
        for kind, val in pieces:
            if kind == "raw":
                out.append(val)
            elif val:
                out.append(self.r(val, deleted=deleted, **fmt))
        return Raw("".join(out))

    # ---- revisions -----------------------------------------------------------------------------
    def rev_attrs(self, author=None, date=None):
        return (f'w:id="{self.nid()}" w:author={quoteattr(author or self.editor)} '
                f'w:date="{date or self.track_date}"')

    def ins(self, *items, author=None, date=None, **fmt):
        body = "".join(it if isinstance(it, Raw) else self.t(it, **fmt) for it in items)
        if self.final:
            return Raw(body)
        self.tracked = True
        return Raw(f"<w:ins {self.rev_attrs(author, date)}>{body}</w:ins>")

    def dele(self, text, author=None, date=None, **fmt):
        if self.final:
            return Raw("")
        self.tracked = True
        return Raw(f"<w:del {self.rev_attrs(author, date)}>{self.t(text, deleted=True, **fmt)}</w:del>")

    # ---- paragraphs ----------------------------------------------------------------------------
    def p(self, *items, style=None, jc=None, num=None, after=None, before=None, keep_next=False,
          page_break_before=False, ind=None, tabs=None, sect=None, mark=None, line=None, fmt=None,
          goback=False):
        """items: text (str, written as runs with `fmt`) or Raw XML. mark: "ins"/"del" = the
        paragraph mark itself is a tracked insertion/deletion."""
        if self.final:
            if mark == "del":
                return Raw("")
            mark = None
        fmt = fmt or {}
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if keep_next:
            ppr.append("<w:keepNext/>")
        if page_break_before:
            ppr.append("<w:pageBreakBefore/>")
        if num:
            self.numbering = True
            ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if tabs:
            ppr.append("<w:tabs>" + "".join(f'<w:tab w:val="{t[0]}"' + (f' w:leader="{t[2]}"' if len(t) > 2 else "")
                                            + f' w:pos="{t[1]}"/>' for t in tabs) + "</w:tabs>")
        if after is not None or before is not None or line:
            sp = ""
            if before is not None:
                sp += f' w:before="{before}"'
            if after is not None:
                sp += f' w:after="{after}"'
            if line:
                sp += f' w:line="{line}" w:lineRule="auto"'
            ppr.append(f"<w:spacing{sp}/>")
        if ind:
            ppr.append(f"<w:ind {ind}/>")
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        if mark and not self.final:
            self.tracked = True
            tag = "w:ins" if mark == "ins" else "w:del"
            ppr.append(f"<w:rPr><{tag} {self.rev_attrs()}/></w:rPr>")
        if sect:
            ppr.append(sect)
        content = []
        run_pr = self.rpr(**fmt) if fmt else ""
        for n, it in enumerate(items):
            if isinstance(it, Raw):
                if run_pr and (it.startswith("<w:ins ") or it.startswith("<w:del ")):
                    # Word gives the inserted/deleted runs the formatting of the text around them.
                    it = Raw(re.sub(r"(<w:r(?: [^>]*)?>)(?!<w:rPr>)", lambda mo: mo.group(1) + run_pr, it))
                content.append(it)
            elif it:
                if mark == "del":
                    content.append(Raw(f"<w:del {self.rev_attrs()}>{self.t(it, deleted=True, **fmt)}</w:del>"))
                elif mark == "ins":
                    content.append(Raw(f"<w:ins {self.rev_attrs()}>{self.t(it, **fmt)}</w:ins>"))
                else:
                    content.append(self.t(it, goback=goback and n == 0, **fmt))
        attrs = ""
        if self.mess:
            attrs = f' w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}"'
            if self.rng.random() < 0.5:
                attrs += f' w:rsidP="{self.rsid()}"'
        if self.flavor != "2007":
            attrs = f' w14:paraId="{self.pid()}" w14:textId="77777777"' + attrs
        pp = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return Raw(f"<w:p{attrs}>{pp}{''.join(content)}</w:p>")

    def page_break(self):
        return Raw('<w:r><w:br w:type="page"/></w:r>')

    # ---- tables --------------------------------------------------------------------------------
    def tbl(self, rows, widths, head=1, borders=True, sz=None, bold_head=True, jc_cells=None,
            ins_rows=(), del_rows=(), style="TableGrid"):
        """rows: lists of cells. A cell is text (one paragraph per line), a list of Raw paragraphs,
        or a dict(c=cell, span=n, vmerge="restart"|"continue")."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        val = "single" if borders else "nil"
        bdr = "".join(f'<w:{e} w:val="{val}" w:sz="4" w:space="0" w:color="auto"/>'
                      for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = []
        for n, row in enumerate(rows):
            tracked = "ins" if n in ins_rows else "del" if n in del_rows else None
            if tracked == "del" and self.final:
                continue
            cells, col = [], 0
            for c in row:
                span, vm = 1, None
                if isinstance(c, dict):
                    span, vm, c = c.get("span", 1), c.get("vmerge"), c.get("c", "")
                width = sum(widths[col:col + span])
                jc = jc_cells[col] if jc_cells else None
                col += span
                fmt = dict(b=bold_head and n < head, sz=sz)
                if isinstance(c, str):
                    paras = [self.p(line, jc=jc, after=0, fmt=fmt, mark=tracked) for line in c.split("\n")] if c else []
                else:
                    paras = c
                tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
                if span > 1:
                    tcpr += f'<w:gridSpan w:val="{span}"/>'
                if vm:
                    tcpr += '<w:vMerge w:val="restart"/>' if vm == "restart" else "<w:vMerge/>"
                tcpr += '<w:vAlign w:val="center"/>'
                cells.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras) or self.p(after=0)}</w:tc>")
            trpr = ""
            if n < head:
                trpr += "<w:tblHeader/>"
            if tracked and not self.final:
                self.tracked = True
                trpr += f'<w:{tracked} {self.rev_attrs()}/>'
            attrs = ""
            if self.mess:
                attrs = f' w:rsidR="{self.rsid()}" w:rsidTr="{self.rsid()}"'
            if self.flavor != "2007":
                attrs = f' w14:paraId="{self.pid()}" w14:textId="77777777"' + attrs
            out.append(f"<w:tr{attrs}>" + (f"<w:trPr>{trpr}</w:trPr>" if trpr else "") + "".join(cells) + "</w:tr>")
        look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        return Raw(f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
                   f'<w:tblBorders>{bdr}</w:tblBorders><w:tblLayout w:type="fixed"/>{look}</w:tblPr>'
                   f'<w:tblGrid>{grid}</w:tblGrid>{"".join(out)}</w:tbl>')

    # ---- fields, links, notes, content controls ------------------------------------------------
    def fld(self, instr, result, simple=False, **fmt):
        if simple:
            return Raw(f'<w:fldSimple w:instr=" {escape(instr)} ">'
                       f'<w:r>{self.rpr(no_proof=True, **fmt)}<w:t>{escape(result)}</w:t></w:r></w:fldSimple>')
        rp = self.rpr(**fmt)
        return Raw(f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
                   f'<w:r>{rp}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
                   f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
                   f'<w:r>{self.rpr(no_proof=True, **fmt)}<w:t>{escape(result)}</w:t></w:r>'
                   f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')

    def link(self, url, text=None):
        rid = self.rid(f"{REL}/hyperlink", url, external=True)
        return Raw(f'<w:hyperlink r:id="{rid}" w:history="1">{self.r(text or url, style="Hyperlink")}</w:hyperlink>')

    def comment(self, items, text, author="Đỗ Thị Thu Hà", initials="ĐH", date="2020-03-11T10:05:00Z"):
        n = self.nid()
        self.comments.append((n, author, initials, date, text))
        body = "".join(it if isinstance(it, Raw) else self.t(it) for it in items)
        return Raw(f'<w:commentRangeStart w:id="{n}"/>{body}<w:commentRangeEnd w:id="{n}"/>'
                   f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{n}"/></w:r>')

    def footnote(self, text):
        n = len(self.footnotes) + 1
        self.footnotes.append((n, text))
        return Raw(f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>')

    def sdt_block(self, blocks, alias, tag):
        sid = -self.rng.randrange(100000000, 2000000000)
        return Raw(f'<w:sdt><w:sdtPr><w:alias w:val={quoteattr(alias)}/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
                   f'<w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>{"".join(blocks)}</w:sdtContent></w:sdt>')

    def sdt_date(self, shown, iso, **fmt):
        sid = -self.rng.randrange(100000000, 2000000000)
        return Raw(f'<w:sdt><w:sdtPr>{self.rpr(**fmt)}<w:id w:val="{sid}"/>'
                   f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d/M/yyyy"/><w:lid w:val="vi-VN"/>'
                   f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                   f'<w:sdtContent>{self.r(shown, **fmt)}</w:sdtContent></w:sdt>')

    def sdt_placeholder(self, what="text"):
        sid = -self.rng.randrange(100000000, 2000000000)
        self.glossary = self.glossary or []
        if what == "date":
            part, text = "DefaultPlaceholder_-1854013437", "Bấm hoặc gõ nhẹ vào đây để nhập ngày."
            extra = ('<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="vi-VN"/>'
                     '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        else:
            part, text = "DefaultPlaceholder_-1854013440", "Bấm hoặc gõ nhẹ vào đây để nhập văn bản."
            extra = "<w:text/>"
        if part not in [g[0] for g in self.glossary]:
            self.glossary.append((part, "placeholder", text))
        return Raw(f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w:placeholder><w:docPart w:val="{part}"/></w:placeholder>'
                   f'<w:showingPlcHdr/>{extra}</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
                   f'</w:rPr><w:t>{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>')

    def checkbox(self):
        sid = -self.rng.randrange(100000000, 2000000000)
        self.fonts.add("MS Gothic")
        return Raw(f'<w:sdt><w:sdtPr><w:id w:val="{sid}"/><w14:checkbox><w14:checked w14:val="0"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
                   'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
                   'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
                   '<w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>')

    def sym(self, char="F0A8", font="Wingdings"):
        self.fonts.add(font)
        return Raw(f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>')

    def smart_date(self, shown, month, day, year, **fmt):
        """A Word 2003/2007 date smart tag; its attributes are what the recogniser guessed."""
        self.smart = True
        return Raw(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
                   f'<w:smartTagPr><w:attr w:name="Month" w:val="{month}"/><w:attr w:name="Day" w:val="{day}"/>'
                   f'<w:attr w:name="Year" w:val="{year}"/></w:smartTagPr>{self.r(shown, **fmt)}</w:smartTag>')

    def bookmark(self, name, items):
        n = self.nid()
        body = "".join(it if isinstance(it, Raw) else self.t(it) for it in items)
        return Raw(f'<w:bookmarkStart w:id="{n}" w:name="{name}"/>{body}<w:bookmarkEnd w:id="{n}"/>')

    # ---- text boxes ----------------------------------------------------------------------------
    def textbox(self, paras, cx, cy, h_rel="margin", h_align="center", v_rel="paragraph", v_off=0,
                wrap="topAndBottom", border=True):
        """A floating text box: DrawingML (wps) for Word 2010+, VML for older readers; both hold
        the same paragraphs."""
        self.shape_no += 1
        n = self.shape_no
        inner = "".join(paras)
        # The fallback copy gets its own paragraph ids, as Word writes it.
        fallback = re.sub(r'w14:paraId="[0-9A-F]{8}"', lambda mo: f'w14:paraId="{self.pid()}"', inner)
        line = ('<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>' if border
                else "<a:ln><a:noFill/></a:ln>")
        wrap_xml = "<wp:wrapTopAndBottom/>" if wrap == "topAndBottom" else "<wp:wrapNone/>"
        if h_align in ("left", "center", "right"):
            pos_h = f"<wp:align>{h_align}</wp:align>"
            vml_h = f"mso-position-horizontal:{h_align};"
        else:
            pos_h = f"<wp:posOffset>{h_align}</wp:posOffset>"
            vml_h = f"margin-left:{int(h_align) / 12700:.1f}pt;"
        drawing = (
            f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            f'relativeHeight="{251659264 + n * 1024}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" '
            f'wp14:anchorId="{self.pid()}" wp14:editId="{self.pid()}">'
            f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{h_rel}">{pos_h}</wp:positionH>'
            f'<wp:positionV relativeFrom="{v_rel}"><wp:posOffset>{v_off}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="19050" b="19050"/>{wrap_xml}'
            f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            f'{line}</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f'<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
            f'<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
            f'</wp:anchor></w:drawing>')
        stroke = 'strokeweight=".75pt"' if border else 'stroked="f"'
        vml = (
            '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
            'o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
            f'style="position:absolute;{vml_h}margin-top:{v_off / 12700:.1f}pt;width:{cx / 12700:.1f}pt;'
            f'height:{cy / 12700:.1f}pt;z-index:{251659264 + n * 1024};visibility:visible;mso-wrap-style:square;'
            f'mso-position-horizontal-relative:{h_rel};mso-position-vertical-relative:text;v-text-anchor:middle" '
            f'fillcolor="white" {stroke}><v:textbox><w:txbxContent>{fallback}</w:txbxContent></v:textbox>'
            f'<w10:wrap type="{"topAndBottom" if wrap == "topAndBottom" else "none"}" anchorx="{h_rel}"/>'
            f'</v:shape></w:pict>')
        if self.flavor == "2007":
            return Raw(f"<w:r>{self.rpr(no_proof=True)}{vml}</w:r>")
        return Raw(f'<w:r>{self.rpr(no_proof=True)}<mc:AlternateContent><mc:Choice Requires="wps">{drawing}'
                   f'</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')

    # ---- headers, footers, sections ------------------------------------------------------------
    def header(self, blocks):
        self.headers += 1
        name = f"header{self.headers}.xml"
        self.parts[f"word/{name}"] = (f"{XML_HEAD}<w:hdr {self.ns()}>{''.join(blocks) or self.p()}</w:hdr>",
                                      f"{CT_WORD}.header+xml")
        return self.rid(f"{REL}/header", name)

    def footer(self, blocks):
        self.footers += 1
        name = f"footer{self.footers}.xml"
        self.parts[f"word/{name}"] = (f"{XML_HEAD}<w:ftr {self.ns()}>{''.join(blocks) or self.p()}</w:ftr>",
                                      f"{CT_WORD}.footer+xml")
        return self.rid(f"{REL}/footer", name)

    def sectpr(self, default=None, first=None, footer=None, landscape=False, title_pg=False, next_page=True):
        refs = ""
        if default:
            refs += f'<w:headerReference w:type="default" r:id="{default}"/>'
        if first:
            refs += f'<w:headerReference w:type="first" r:id="{first}"/>'
        if footer:
            refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
        size = ('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' if landscape
                else '<w:pgSz w:w="11906" w:h="16838" w:code="9"/>')
        marg = ('<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
                'w:footer="567" w:gutter="0"/>' if landscape else
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" '
                'w:footer="567" w:gutter="0"/>')
        attrs = f' w:rsidR="{self.rsid()}" w:rsidSect="{self.rsid()}"' if self.mess else ""
        return Raw(f"<w:sectPr{attrs}>{refs}" + ("" if next_page else '<w:type w:val="continuous"/>')
                   + f'{size}{marg}<w:cols w:space="708"/>' + ("<w:titlePg/>" if title_pg else "")
                   + '<w:docGrid w:linePitch="360"/></w:sectPr>')

    def ns(self):
        return NS_2007 if self.flavor == "2007" else NS_DOC

    # ---- the package ---------------------------------------------------------------------------
    def package(self, body, final_sect):
        parts = dict(self.parts)
        doc = (f'{XML_HEAD}<w:document {self.ns()}><w:body>{"".join(body)}{final_sect}</w:body></w:document>')
        parts["word/document.xml"] = (doc, f"{CT_WORD}.document.main+xml")
        parts["word/styles.xml"] = (styles_xml(self), f"{CT_WORD}.styles+xml")
        rels = [(rid, t, tg, ext) for rid, t, tg, ext in self.rels]
        rels += [("rId1", f"{REL}/styles", "styles.xml", False),
                 ("rId2", f"{REL}/settings", "settings.xml", False),
                 ("rId3", f"{REL}/webSettings", "webSettings.xml", False),
                 ("rId4", f"{REL}/fontTable", "fontTable.xml", False)]
        if self.numbering:
            parts["word/numbering.xml"] = (numbering_xml(self), f"{CT_WORD}.numbering+xml")
            rels.append(("rId5", f"{REL}/numbering", "numbering.xml", False))
        notes = bool(self.footnotes)
        if notes:
            parts["word/footnotes.xml"] = (notes_xml(self, "footnote", self.footnotes), f"{CT_WORD}.footnotes+xml")
            parts["word/endnotes.xml"] = (notes_xml(self, "endnote", []), f"{CT_WORD}.endnotes+xml")
            rels += [("rId6", f"{REL}/footnotes", "footnotes.xml", False),
                     ("rId7", f"{REL}/endnotes", "endnotes.xml", False)]
        if self.comments:
            parts["word/comments.xml"] = (comments_xml(self), f"{CT_WORD}.comments+xml")
            rels.append(("rId8", f"{REL}/comments", "comments.xml", False))
        if self.glossary:
            parts["word/glossary/document.xml"] = (glossary_xml(self), f"{CT_WORD}.document.glossary+xml")
            parts["word/glossary/styles.xml"] = (styles_xml(self), f"{CT_WORD}.styles+xml")
            parts["word/glossary/_rels/document.xml.rels"] = (
                rels_xml([("rId1", f"{REL}/styles", "styles.xml", False)]), None)
            rels.append(("rId9", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument",
                         "glossary/document.xml", False))
        parts["word/settings.xml"] = (settings_xml(self, notes), f"{CT_WORD}.settings+xml")
        parts["word/webSettings.xml"] = (f'{XML_HEAD}<w:webSettings {self.ns()}><w:optimizeForBrowser/>'
                                         f'<w:allowPNG/></w:webSettings>', f"{CT_WORD}.webSettings+xml")
        parts["word/fontTable.xml"] = (fonts_xml(self), f"{CT_WORD}.fontTable+xml")
        parts["word/_rels/document.xml.rels"] = (rels_xml(sorted(rels, key=lambda x: int(x[0][3:]))), None)
        parts["docProps/core.xml"] = (core_xml(self), "application/vnd.openxmlformats-package.core-properties+xml")
        parts["docProps/app.xml"] = (app_xml(self), "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        parts["_rels/.rels"] = (rels_xml([
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
             "docProps/app.xml", False),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml", False),
            ("rId1", f"{REL}/officeDocument", "word/document.xml", False)]), None)
        ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>']
        order = ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/webSettings.xml",
                 "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml", "word/comments.xml"]
        order += sorted(n for n in parts if n.startswith("word/header") or n.startswith("word/footer"))
        order += ["word/glossary/document.xml", "word/glossary/styles.xml", "word/fontTable.xml",
                  "docProps/core.xml", "docProps/app.xml"]
        for name in order:
            if name in parts and parts[name][1]:
                ct.append(f'<Override PartName="/{name}" ContentType="{parts[name][1]}"/>')
        parts["[Content_Types].xml"] = (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                                        f'content-types">{"".join(ct)}</Types>', None)
        zip_order = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"]
        zip_order += [n for n in order if n not in zip_order]
        zip_order += ["word/glossary/_rels/document.xml.rels"]
        buf = _Buf()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name in zip_order:
                if name in parts:
                    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, parts[name][0].encode("utf-8"))
        return buf.getvalue()


class _Buf:
    """A seekable in-memory file for zipfile."""

    def __init__(self):
        self.data, self.pos = bytearray(), 0

    def write(self, b):
        end = self.pos + len(b)
        if end > len(self.data):
            self.data.extend(b"\0" * (end - len(self.data)))
        self.data[self.pos:end] = b
        self.pos = end
        return len(b)

    def tell(self):
        return self.pos

    def seek(self, pos, whence=0):
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos

    def flush(self):
        pass

    def getvalue(self):
        return bytes(self.data)


def rels_xml(rels):
    out = []
    for rid, rtype, target, ext in rels:
        mode = ' TargetMode="External"' if ext else ""
        out.append(f'<Relationship Id="{rid}" Type="{rtype}" Target={quoteattr(target)}{mode}/>')
    return (f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'{"".join(out)}</Relationships>')


def styles_xml(d):
    lat = "Times New Roman"
    return (f'{XML_HEAD}<w:styles {d.ns()}>'
            f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{lat}" w:eastAsia="{lat}" w:hAnsi="{lat}" '
            f'w:cs="{lat}"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="en-US" '
            f'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" '
            f'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="180" '
            'w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>'
            '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="120" w:after="60"/>'
            '<w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:i/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs>'
            '<w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="22"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>'
            '<w:contextualSpacing/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/>'
            '</w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="40"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
            '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
            '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>'
            '</w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
            '<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/>'
            '<w:link w:val="Heading1"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr>'
            '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/>'
            '<w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
            '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
            '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" '
            'w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
            '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
            '<w:semiHidden/></w:style>'
            '</w:styles>')


def numbering_xml(d):
    """1: headings by style (1. / 1.1.); 2: dash bullets; 3: "1." list; 4: "a)" list; 5: "1." list
    restarting (a second list in the same document); 6: "Bước 1:" steps."""
    def lvl(i, fmt, text, ind, style=None, font=None, start=1):
        ps = f'<w:pStyle w:val="{style}"/>' if style else ""
        rp = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{ps}'
                f'<w:lvlText w:val="{escape(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" '
                f'w:hanging="{360 if ind < 900 else 567}"/></w:pPr>{rp}</w:lvl>')
    absn = [
        (0, "hybridMultilevel" if d.flavor == "2007" else "multilevel", "6A1B3C20",
         lvl(0, "decimal", "%1.", 360, "Heading1") + lvl(1, "decimal", "%1.%2.", 567, "Heading2")),
        (1, "hybridMultilevel", "2F4D6E11", lvl(0, "bullet", "-", 720, font="Times New Roman")),
        (2, "hybridMultilevel", "51C0A7E2", lvl(0, "decimal", "%1.", 720)),
        (3, "hybridMultilevel", "0B7E55D3", lvl(0, "lowerLetter", "%1)", 720)),
        (4, "hybridMultilevel", "7C2F19A4", lvl(0, "decimal", "Bước %1:", 1080)),
    ]
    out = []
    for n, kind, nsid, lvls in absn:
        out.append(f'<w:abstractNum w:abstractNumId="{n}"><w:nsid w:val="{nsid}"/><w:multiLevelType '
                   f'w:val="{kind}"/><w:tmpl w:val="{nsid[::-1]}"/>{lvls}</w:abstractNum>')
    nums = [(1, 0, ""), (2, 1, ""), (3, 2, ""), (4, 3, ""),
            (5, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'), (6, 4, "")]
    for num, ab, over in nums:
        out.append(f'<w:num w:numId="{num}"><w:abstractNumId w:val="{ab}"/>{over}</w:num>')
    return f'{XML_HEAD}<w:numbering {d.ns()}>{"".join(out)}</w:numbering>'


def notes_xml(d, kind, notes):
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>'
           f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    body = "".join(f'<w:{kind} w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                   f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                   f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:{kind}>' for n, text in notes)
    return f'{XML_HEAD}<w:{kind}s {d.ns()}>{sep}{body}</w:{kind}s>'


def comments_xml(d):
    out = []
    for n, author, initials, date, text in d.comments:
        out.append(f'<w:comment w:id="{n}" w:author={quoteattr(author)} w:date="{date}" w:initials={quoteattr(initials)}>'
                   f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                   f'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>{escape(text)}</w:t></w:r>'
                   f'</w:p></w:comment>')
    return f'{XML_HEAD}<w:comments {d.ns()}>{"".join(out)}</w:comments>'


def glossary_xml(d):
    out = []
    for n, (name, gallery, text) in enumerate(d.glossary):
        guid = "{%08X-%04X-%04X-%04X-%012X}" % (seed_of(name), n * 17 + 4096, 0x4A5B, 0x8C9D, seed_of(text) * 7919)
        beh = "content" if gallery == "placeholder" else "pg"
        paras = "".join(f'<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t xml:space="preserve">'
                        f'{escape(line)}</w:t></w:r></w:p>' for line in text.split("\n"))
        out.append(f'<w:docPart><w:docPartPr><w:name w:val={quoteattr(name)}/><w:category><w:name w:val="General"/>'
                   f'<w:gallery w:val="{gallery}"/></w:category><w:types><w:type w:val="'
                   f'{"bbPlcHdr" if gallery == "placeholder" else "none"}"/></w:types><w:behaviors><w:behavior '
                   f'w:val="{beh}"/></w:behaviors><w:guid w:val="{guid}"/></w:docPartPr><w:docPartBody>{paras}'
                   f'</w:docPartBody></w:docPart>')
    return f'{XML_HEAD}<w:glossaryDocument {d.ns()}><w:docParts>{"".join(out)}</w:docParts></w:glossaryDocument>'


def settings_xml(d, notes):
    rsids = f'<w:rsidRoot w:val="{d.rsid_root}"/>' + "".join(f'<w:rsid w:val="{r}"/>' for r in d.rsids)
    notes_pr = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
                '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>') if notes else ""
    compat = ('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
              f'w:val="{12 if d.flavor == "2007" else 15}"/></w:compat>')
    smart = ('<w:smartTagType w:namespaceuri="urn:schemas-microsoft-com:office:smarttags" w:name="date"/>'
             if d.smart else "")
    return (f'{XML_HEAD}<w:settings {d.ns()}><w:zoom w:percent="100"/>'
            + ('<w:proofState w:spelling="clean" w:grammar="clean"/>' if not d.mess else "")
            + ('<w:trackRevisions/>' if d.tracked else "")
            + '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
            + notes_pr + compat + f"<w:rsids>{rsids}</w:rsids>"
            + '<w:themeFontLang w:val="vi-VN"/>' + smart
            + '<w:decimalSymbol w:val=","/><w:listSeparator w:val=","/></w:settings>')


def fonts_xml(d):
    info = {"Times New Roman": ('00', "roman"), "MS Gothic": ("80", "modern"), "Wingdings": ("02", "auto"),
            "VNI-Times": ("00", "auto"), "Arial": ("00", "swiss")}
    out = "".join(f'<w:font w:name={quoteattr(f)}><w:charset w:val="{info.get(f, ("00", "auto"))[0]}"/>'
                  f'<w:family w:val="{info.get(f, ("00", "auto"))[1]}"/><w:pitch w:val="variable"/></w:font>'
                  for f in sorted(d.fonts))
    return f'{XML_HEAD}<w:fonts {d.ns()}>{out}</w:fonts>'


def core_xml(d):
    return (f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(d.title)}</dc:title><dc:subject></dc:subject><dc:creator>{escape(d.author)}</dc:creator>'
            f'<cp:keywords></cp:keywords><dc:description></dc:description><cp:lastModifiedBy>{escape(d.editor)}'
            f'</cp:lastModifiedBy><cp:revision>{d.revision}</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{d.created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{d.modified}</dcterms:modified></cp:coreProperties>')


def app_xml(d):
    version = "12.0000" if d.flavor == "2007" else "16.0000"
    words = 380 * d.pages
    return (f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><TotalTime>{d.total_time}</TotalTime><Pages>{d.pages}</Pages>'
            f'<Words>{words}</Words><Characters>{words * 5}</Characters><Application>Microsoft Office Word'
            f'</Application><DocSecurity>0</DocSecurity><Lines>{words // 12}</Lines><Paragraphs>{words // 40}'
            f'</Paragraphs><ScaleCrop>false</ScaleCrop><Company>{escape(d.company)}</Company>'
            f'<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>{words * 6}</CharactersWithSpaces>'
            f'<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>{version}'
            f'</AppVersion></Properties>')


# ================================================================================================
# OLE2 compound files: a password-protected DOCX and a Word 97-2003 .doc
# ================================================================================================

FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def cfb(streams):
    """A version-3 compound file (512-byte sectors, 64-byte mini sectors below 4096 bytes).
    streams: {"Name": bytes, "Storage/Name": bytes, ...}."""
    le32 = lambda v: v.to_bytes(4, "little")  # noqa: E731
    tree = {"": {"type": 5, "children": {}, "data": b""}}
    for path, data in streams.items():
        node = tree[""]
        parts = path.split("/")
        for k, part in enumerate(parts):
            if part not in node["children"]:
                leaf = k == len(parts) - 1
                node["children"][part] = {"type": 2 if leaf else 1, "children": {}, "data": data if leaf else b""}
            node = node["children"][part]
    entries = []

    def key(name):
        return (len(name), name.upper())

    def add(name, node):
        idx = len(entries)
        entries.append({"name": name, "node": node, "left": NOSTREAM, "right": NOSTREAM, "child": NOSTREAM})
        names = sorted(node["children"], key=key)
        ids = [add(n, node["children"][n]) for n in names]

        def balance(lo, hi):
            if lo > hi:
                return NOSTREAM
            mid = (lo + hi) // 2
            entries[ids[mid]]["left"] = balance(lo, mid - 1)
            entries[ids[mid]]["right"] = balance(mid + 1, hi)
            return ids[mid]
        entries[idx]["child"] = balance(0, len(ids) - 1)
        return idx
    add("Root Entry", tree[""])
    mini, big = bytearray(), []
    minifat = []
    for e in entries[1:]:
        data = e["node"]["data"]
        if e["node"]["type"] != 2:
            continue
        if len(data) < 4096:
            e["start"] = len(mini) // 64 if data else ENDOFCHAIN
            n = (len(data) + 63) // 64
            for k in range(n):
                minifat.append(len(minifat) + 1 if k < n - 1 else ENDOFCHAIN)
            mini += data + b"\0" * (n * 64 - len(data))
        else:
            big.append(e)
    n_dir = (len(entries) + 3) // 4
    n_minifat = (len(minifat) * 4 + 511) // 512
    n_mini = (len(mini) + 511) // 512
    n_big = [(len(e["node"]["data"]) + 511) // 512 for e in big]
    rest = n_dir + n_minifat + n_mini + sum(n_big)
    n_fat = 1
    while n_fat * 128 < n_fat + rest:
        n_fat += 1
    fat = [FATSECT] * n_fat
    sec = n_fat

    def chain(n):
        nonlocal sec
        start = sec if n else ENDOFCHAIN
        for k in range(n):
            fat.append(sec + 1 if k < n - 1 else ENDOFCHAIN)
            sec += 1
        return start
    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat)
    mini_start = chain(n_mini)
    for e, n in zip(big, n_big):
        e["start"] = chain(n)
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    out = bytearray()
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    hdr[24:26] = (0x3E).to_bytes(2, "little")
    hdr[26:28] = (3).to_bytes(2, "little")
    hdr[28:30] = bytes.fromhex("FEFF")
    hdr[30:32] = (9).to_bytes(2, "little")
    hdr[32:34] = (6).to_bytes(2, "little")
    hdr[44:48] = le32(n_fat)
    hdr[48:52] = le32(dir_start)
    hdr[56:60] = le32(4096)
    hdr[60:64] = le32(minifat_start)
    hdr[64:68] = le32(n_minifat)
    hdr[68:72] = le32(ENDOFCHAIN)
    for k in range(109):
        hdr[76 + 4 * k:80 + 4 * k] = le32(k if k < n_fat else FREESECT)
    out += hdr
    out += b"".join(le32(v) for v in fat)
    dirs = bytearray()
    for k, e in enumerate(entries):
        d = bytearray(128)
        raw = e["name"].encode("utf-16-le")
        d[0:len(raw)] = raw
        d[64:66] = (len(raw) + 2).to_bytes(2, "little")
        node = e["node"]
        d[66] = node["type"]
        d[67] = 1
        d[68:72], d[72:76], d[76:80] = le32(e["left"]), le32(e["right"]), le32(e["child"])
        if k == 0:
            d[116:120] = le32(mini_start if mini else ENDOFCHAIN)
            d[120:124] = le32(len(mini))
        elif node["type"] == 2:
            d[116:120] = le32(e["start"])
            d[120:124] = le32(len(node["data"]))
        dirs += d
    for _ in range(n_dir * 4 - len(entries)):
        d = bytearray(128)
        d[68:80] = le32(NOSTREAM) * 3
        dirs += d
    out += dirs
    mf = b"".join(le32(v) for v in minifat)
    out += mf + b"\xff" * (n_minifat * 512 - len(mf))
    out += bytes(mini) + b"\0" * (n_mini * 512 - len(mini))
    for e, n in zip(big, n_big):
        data = e["node"]["data"]
        out += data + b"\0" * (n * 512 - len(data))
    return bytes(out)


def encrypted_docx(seed, plain_size=21873):
    """What Word writes for "Encrypt with Password": no zip at all, an OLE2 container holding the
    agile EncryptionInfo (AES-256, SHA-512) and the EncryptedPackage."""
    rng = random.Random(seed)

    def b64(n):
        return base64.b64encode(bytes(rng.randrange(256) for _ in range(n))).decode()
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/'
           'office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" '
           'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate"><keyData saltSize="16" '
           'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
           f'hashAlgorithm="SHA512" saltValue="{b64(16)}"/><dataIntegrity encryptedHmacKey="{b64(64)}" '
           f'encryptedHmacValue="{b64(64)}"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/'
           '2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" '
           'hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" '
           f'saltValue="{b64(16)}" encryptedVerifierHashInput="{b64(16)}" encryptedVerifierHashValue="{b64(64)}" '
           f'encryptedKeyValue="{b64(32)}"/></keyEncryptor></keyEncryptors></encryption>')
    info = (4).to_bytes(2, "little") + (4).to_bytes(2, "little") + (0x40).to_bytes(4, "little") + xml.encode()
    padded = (plain_size + 4095) // 4096 * 4096
    package = plain_size.to_bytes(8, "little") + bytes(rng.randrange(256) for _ in range(padded))

    def u16(s):
        raw = s.encode("utf-16-le")
        return len(raw).to_bytes(4, "little") + raw + b"\0" * (-len(raw) % 4)
    version = u16("Microsoft.Container.DataSpaces") + bytes.fromhex("010000000100000001000000")
    entry = u16("EncryptedPackage") + u16("StrongEncryptionDataSpace")
    dsmap = (8).to_bytes(4, "little") + (1).to_bytes(4, "little") + (len(entry) + 8).to_bytes(4, "little") \
        + (1).to_bytes(4, "little") + (0).to_bytes(4, "little") + entry
    dsinfo = (8).to_bytes(4, "little") + (1).to_bytes(4, "little") + u16("StrongEncryptionTransform")
    primary = (bytes.fromhex("58000000") + (1).to_bytes(4, "little") + u16("{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}")
               + u16("Microsoft.Container.EncryptionTransform") + bytes.fromhex("010000000100000001000000")
               + bytes(8) + (4).to_bytes(4, "little"))
    return cfb({
        "\x06DataSpaces/Version": version,
        "\x06DataSpaces/DataSpaceMap": dsmap,
        "\x06DataSpaces/DataSpaceInfo/StrongEncryptionDataSpace": dsinfo,
        "\x06DataSpaces/TransformInfo/StrongEncryptionTransform/\x06Primary": primary,
        "EncryptionInfo": info,
        "EncryptedPackage": package,
    })


def word97_doc(text):
    """A Word 97-2003 binary document: a FIB (wIdent 0xA5EC, nFib 193) and the text in UTF-16."""
    body = text.replace("\n", "\r").encode("utf-16-le")
    fib = bytearray(1472)
    fib[0:2] = (0xA5EC).to_bytes(2, "little")
    fib[2:4] = (0x00C1).to_bytes(2, "little")
    fib[4:6] = (0x6A62).to_bytes(2, "little")    # "jb": created by Word
    fib[6:8] = (0x042A).to_bytes(2, "little")    # lid: Vietnamese
    fib[10:12] = (0x1200).to_bytes(2, "little")  # fWhichTblStm = 1Table, fExtChar
    fib[24:28] = (len(fib)).to_bytes(4, "little")
    fib[28:32] = (len(fib) + len(body)).to_bytes(4, "little")
    word = bytes(fib) + body + b"\0" * 512
    compobj = (bytes.fromhex("0100FEFF030A0000FFFFFFFF0609020000000000C000000000000046")
               + (32).to_bytes(4, "little") + b"Microsoft Word 97-2003 Document\0"
               + (10).to_bytes(4, "little") + b"MSWordDoc\0" + (16).to_bytes(4, "little") + b"Word.Document.8\0"
               + bytes.fromhex("F439B271000000000000000000000000"))
    table = bytes(range(256)) * 6
    summary = bytes.fromhex("FEFF000006020000") + bytes(16) + (1).to_bytes(4, "little") \
        + bytes.fromhex("E0859FF2F94F6810AB9108002B27B3D9") + (48).to_bytes(4, "little") + bytes(64)
    return cfb({"WordDocument": word, "1Table": table, "\x01CompObj": compobj,
                "\x05SummaryInformation": summary})


# ================================================================================================
# Sở Tài nguyên và Môi trường tỉnh Vĩnh Phúc (Word 2016; converted 2020 with Track Changes)
# ================================================================================================

TN_SIGN = [("Nguyễn Minh Tuấn", "Chuyên viên Văn phòng"), ("Đỗ Thị Thu Hà", "Chánh Văn phòng"),
           ("Phạm Quang Huy", "Giám đốc Sở")]
TN_COMPANY = "So Tai nguyen va Moi truong Vinh Phuc"
CONV = "15/3/2020"
FIRST16 = ("1", "12/5/2016", "", "Ban hành lần đầu", "01")
CONV_ROW = ("2", CONV, "Toàn bộ", "Chuyển đổi theo TCVN ISO 9001:2015", "02")
SECTION = "\x00section:"       # a marker in a content list: the section ends here


def ptab(d):
    """Word's absolute right tab; LibreOffice ignores it, so the copy printed to PDF breaks the line."""
    if d.final:
        return Raw("<w:r><w:br/></w:r>")
    return Raw('<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>')


def items_of(x):
    return x if isinstance(x, (list, tuple)) else [x]


def tn_first_header(d, edition):
    left = [d.p("UBND TỈNH VĨNH PHÚC", jc="center", after=0, fmt=dict(sz=22)),
            d.p("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", jc="center", after=0, fmt=dict(b=True, sz=22))]
    right = [d.p("HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", jc="center", after=0, fmt=dict(b=True, sz=22)),
             d.p(f"TCVN\u00a0ISO\u00a09001:{edition}", jc="center", after=0, fmt=dict(b=True, sz=22))]
    return [d.tbl([[left, right]], [4300, 4771], head=0, borders=False), d.p(after=0)]


def tn_header(d, title, code, rev, pages, code_box=False):
    """The default header (pages 2 and after, every section): agency | title | code, issue, page."""
    fields = []
    if not code_box:
        fields.append(d.p("Mã hiệu: ", *items_of(code), after=0, fmt=dict(sz=20)))
    fields += [d.p("Lần ban hành: ", *items_of(rev), after=0, fmt=dict(sz=20)),
               d.p("Trang: ", d.fld("PAGE   \\* MERGEFORMAT", "2", sz=20), "/",
                   d.fld("NUMPAGES", pages, simple=True, sz=20), after=0, fmt=dict(sz=20))]
    out = []
    if code_box:
        box = d.textbox([d.p(*items_of(code), jc="center", after=0, fmt=dict(b=True, sz=22))], 1500000, 380000,
                        h_rel="margin", h_align="right", v_off=-320000, wrap="none")
        out.append(d.p(box, after=0, style="Header"))
    out.append(d.tbl([[[d.p("SỞ TN&MT", jc="center", after=0, fmt=dict(b=True, sz=20)),
                        d.p("VĨNH PHÚC", jc="center", after=0, fmt=dict(b=True, sz=20))],
                       [d.p(*items_of(title), jc="center", after=0, fmt=dict(b=True, sz=22))],
                       fields]], [1900, 4571, 2600], head=0))
    out.append(d.p(after=0))
    return out


def tn_signoff(d, signers=TN_SIGN):
    return d.tbl([["", "Người soạn thảo", "Người kiểm tra", "Người phê duyệt"],
                  ["Họ và tên"] + [n for n, _ in signers], ["Chức vụ"] + [r for _, r in signers],
                  ["Chữ ký", "(Đã ký)", "(Đã ký)", "(Đã ký)"]],
                 [1500, 2523, 2524, 2524], jc_cells=["left", "center", "center", "center"], sz=24)


def tn_history(d, rows, ins_rows=()):
    return [d.p("THEO DÕI SỬA ĐỔI TÀI LIỆU", after=60, fmt=dict(b=True)),
            d.tbl([["TT", "Ngày sửa đổi", "Vị trí sửa đổi", "Nội dung sửa đổi", "Lần ban hành"]] + [list(r) for r in rows],
                  [600, 1500, 1500, 4271, 1200], sz=22, ins_rows=ins_rows,
                  jc_cells=["center", "center", "center", "left", "center"])]


def tn_cover(d, title_lines, fields, history, signers=TN_SIGN, box=True, ins_rows=()):
    """title_lines: lists of items; fields: (label, items) for Mã hiệu, Lần ban hành, Ngày ban hành,
    Số trang, set out as a label row over a value row inside a block content control."""
    paras = [d.p(*items_of(line), jc="center", after=0, fmt=dict(b=True, sz=32), goback=(k == 1))
             for k, line in enumerate(title_lines)]
    if box:
        tb = d.textbox(paras, 5400000, 260000 + 300000 * len(title_lines))
        top = [d.p(tb, after=240)]
    else:
        top = paras + [d.p(after=240)]
    labels = [label for label, _ in fields]
    values = [[d.p(*items_of(v), jc="center", after=0, fmt=dict(sz=24))] for _, v in fields]
    block = d.tbl([labels, values], [2400, 2200, 2471, 2000], sz=24, jc_cells=["center"] * 4)
    return top + [d.sdt_block([block], "Thông tin tài liệu", "ThongTinTaiLieu"), d.p(after=120),
                  tn_signoff(d, signers), d.p(after=120)] + tn_history(d, history, ins_rows)


def tn_doc(d, title_lines, header_title, fields, history, content, edition="2015", pages="6", box=True,
           code_box=False, signers=TN_SIGN, ins_rows=(), footer=None, hcode=None, hrev=None):
    """hcode/hrev: the header's own copy of the code and issue items (tracked changes need their own ids)."""
    code = hcode if hcode is not None else fields[0][1]
    rev = hrev if hrev is not None else fields[1][1]
    first = d.header(tn_first_header(d, edition))
    default = d.header(tn_header(d, header_title, code, rev, pages, code_box))
    foot = d.footer(footer) if footer else None
    body = tn_cover(d, title_lines, fields, history, signers, box, ins_rows)
    landscape, n_sect = False, 0
    for block in content:
        if isinstance(block, str) and block.startswith(SECTION):
            hdr = dict(default=default, first=first, footer=foot, title_pg=True) if n_sect == 0 else {}
            body.append(d.p(after=0, sect=d.sectpr(landscape=landscape, **hdr)))
            landscape = block[len(SECTION):] == "landscape"
            n_sect += 1
        else:
            body.append(block)
    hdr = dict(default=default, first=first, footer=foot, title_pg=True) if n_sect == 0 else {}
    return d.package(body, d.sectpr(landscape=landscape, **hdr))


def h1(d, text, first=False, toc=None, mark=None):
    items = [d.bookmark(toc, [text])] if toc else [text]
    return d.p(*items, style="Heading1", page_break_before=first, mark=mark)


def h2(d, text, mark=None):
    return d.p(text, style="Heading2", mark=mark)


def para(d, *items, **kw):
    return d.p(*items, **kw)


def dash(d, *items, mark=None):
    return d.p(*items, num=(2, 0), mark=mark)


def sign(d, place_date, role, name):
    return [d.p(place_date, jc="right", after=0, fmt=dict(i=True)), d.p(role, jc="right", after=0, fmt=dict(b=True)),
            d.p("(Đã ký)", jc="right", after=0), d.p(name, jc="right", fmt=dict(b=True))]


def records(d, rows, head=("TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"), ins_rows=()):
    return d.tbl([list(head)] + [[str(k + 1)] + list(r) for k, r in enumerate(rows)], [600, 4571, 2200, 1700],
                 sz=24, ins_rows=ins_rows, jc_cells=["center", "left", "left", "center"])


def tn_scope(d):
    return [h1(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Áp dụng đối với Văn phòng, Thanh tra, các phòng chuyên môn, Chi cục Bảo vệ môi trường và Văn "
                    "phòng Đăng ký đất đai trong phạm vi hệ thống quản lý chất lượng của Sở.")]


# ---- documents ---------------------------------------------------------------------------------

def tn_manual(d):
    toc_items = [("_Toc34812201", "GIỚI THIỆU CHUNG", "3"), ("_Toc34812202", "PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", "3"),
                 ("_Toc34812203", "BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM", "4"),
                 ("_Toc34812204", "CÁC QUÁ TRÌNH CỦA HỆ THỐNG", "4"), ("_Toc34812205", "LÃNH ĐẠO", "6"),
                 ("_Toc34812206", "HOẠCH ĐỊNH", "6"), ("_Toc34812207", "HỖ TRỢ VÀ THỰC HIỆN", "7"),
                 ("_Toc34812208", "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN VÀ CẢI TIẾN", "8")]
    toc = [d.p("MỤC LỤC", style="TOCHeading", page_break_before=True, fmt=dict(b=True))]
    for k, (bm, text, page) in enumerate(toc_items):
        entry = (f'<w:hyperlink w:anchor="{bm}" w:history="1"><w:r><w:t>{k + 1}.</w:t></w:r><w:r><w:tab/></w:r>'
                 f'<w:r><w:t>{escape(text)}</w:t></w:r><w:r><w:tab/></w:r>' + d.fld(f"PAGEREF {bm} \\h", page)
                 + "</w:hyperlink>")
        start = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                 '"1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if k == 0 else ""
        toc.append(d.p(Raw(start + entry), style="TOC1", tabs=[("left", 440), ("right", 9061, "dot")]))
    toc.append(d.p(Raw('<w:r><w:fldChar w:fldCharType="end"/></w:r>')))
    sdt_id = -d.rng.randrange(100000000, 2000000000)
    toc_block = Raw(f'<w:sdt><w:sdtPr><w:id w:val="{sdt_id}"/><w:docPartObj><w:docPartGallery w:val="Table of '
                    f'Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent>{"".join(toc)}'
                    f'</w:sdtContent></w:sdt>')
    procs = [["TT", "Quá trình", "Đầu vào", "Đầu ra", "Tài liệu áp dụng", "Đơn vị chủ trì"],
             ["1", "Hoạch định hệ thống quản lý chất lượng", "Bối cảnh; yêu cầu của các bên quan tâm",
              "Chính sách, mục tiêu và kế hoạch; các hành động giải quyết rủi ro", "ISO.CS; ISO.MT; ISO.QT.02", "Văn phòng"],
             ["2", "Giải quyết thủ tục hành chính", "Hồ sơ của tổ chức, công dân",
              "Kết quả giải quyết thủ tục hành chính", "QT.TNMT.01 đến QT.TNMT.45; QT-MT-01 đến QT-MT-09",
              "Các phòng, Chi cục, Văn phòng ĐKĐĐ"],
             ["3", "Kiểm soát thông tin dạng văn bản", "Văn bản pháp luật; đề nghị sửa đổi",
              "Tài liệu được duy trì; hồ sơ được lưu giữ", "ISO.QT.01", "Văn phòng"],
             ["4", "Đo lường sự hài lòng", "Phiếu khảo sát; ý kiến phản ánh", "Báo cáo kết quả khảo sát", "ISO.QT.06",
              "Văn phòng"],
             ["5", "Đánh giá nội bộ", "Chương trình đánh giá", "Báo cáo đánh giá nội bộ", "ISO.QT.03", "Văn phòng"],
             ["6", "Kiểm soát sự không phù hợp và hành động khắc phục", "Đầu ra không phù hợp; kết quả đánh giá",
              "Hành động khắc phục có hiệu lực", "ISO.QT.04", "Các đơn vị"],
             ["7", "Xem xét của lãnh đạo", "Báo cáo đầu vào", "Quyết định cải tiến, nguồn lực", "ISO.TT.07",
              "Giám đốc Sở"]]
    return [toc_block,
            h1(d, "GIỚI THIỆU CHUNG", first=True, toc="_Toc34812201"),
            para(d, "Sở Tài nguyên và Môi trường tỉnh Vĩnh Phúc là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
                    "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về đất đai; tài nguyên nước; tài nguyên "
                    "khoáng sản, địa chất; môi trường; khí tượng thủy văn; đo đạc, bản đồ và viễn thám."),
            para(d, "Cơ cấu tổ chức gồm: Văn phòng, Thanh tra, Phòng Quản lý đất đai, Phòng Tài nguyên nước - "
                    "Khoáng sản, Chi cục Bảo vệ môi trường, Văn phòng Đăng ký đất đai và các đơn vị sự nghiệp trực thuộc."),
            para(d, "Năm 2016 Sở xây dựng và áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2008; năm 2020 "
                    "hệ thống được chuyển đổi sang TCVN\u00a0ISO\u00a09001:2015. Sổ tay này thay thế Sổ tay chất lượng "
                    "ban hành năm 2016 và mô tả hệ thống theo phiên bản 2015."),
            h1(d, "PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG", toc="_Toc34812202"),
            para(d, "Hệ thống quản lý chất lượng áp dụng cho việc giải quyết toàn bộ thủ tục hành chính thuộc thẩm "
                    "quyền của Sở đã được Chủ tịch Ủy ban nhân dân tỉnh công bố, thuộc các lĩnh vực đất đai, tài "
                    "nguyên nước, địa chất và khoáng sản, môi trường, khí tượng thủy văn, đo đạc và bản đồ, cùng các "
                    "quá trình quản lý nội bộ liên quan."),
            para(d, "Yêu cầu không áp dụng: điều 8.3 Thiết kế và phát triển sản phẩm và dịch vụ, vì trình tự, hồ sơ và "
                    "kết quả giải quyết thủ tục hành chính do văn bản quy phạm pháp luật quy định; việc không áp dụng "
                    "không ảnh hưởng đến khả năng cung cấp dịch vụ phù hợp và nâng cao sự hài lòng của tổ chức, công dân."),
            h1(d, "BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM", toc="_Toc34812203"),
            para(d, "Các vấn đề bên ngoài, nội bộ và nhu cầu, mong đợi của các bên quan tâm được xác định trong tài "
                    "liệu ISO.BC và được xem xét lại hằng năm tại cuộc họp xem xét của lãnh đạo."),
            h1(d, "CÁC QUÁ TRÌNH CỦA HỆ THỐNG", toc="_Toc34812204"),
            para(d, "Các quá trình, trình tự và sự tương tác giữa các quá trình được thể hiện tại bảng dưới đây."),
            SECTION + "landscape",
            d.tbl(procs, [600, 2800, 2600, 3000, 2600, 2970], sz=22),
            SECTION + "portrait",
            h1(d, "LÃNH ĐẠO", toc="_Toc34812205"),
            h2(d, "Sự lãnh đạo và cam kết"),
            para(d, "Giám đốc Sở chịu trách nhiệm giải trình về hiệu lực của hệ thống, bảo đảm chính sách và mục "
                    "tiêu chất lượng tương thích với định hướng của Sở, tích hợp các yêu cầu của hệ thống vào hoạt "
                    "động giải quyết thủ tục hành chính."),
            h2(d, "Chính sách chất lượng"),
            para(d, "Chính sách chất lượng (ISO.CS) được phổ biến đến công chức, viên chức, niêm yết tại Bộ phận "
                    "một cửa và đăng trên Cổng thông tin điện tử của Sở."),
            h2(d, "Vai trò, trách nhiệm và quyền hạn"),
            para(d, "Giám đốc Sở phân công một Phó Giám đốc phụ trách việc duy trì và cải tiến hệ thống; Chánh Văn "
                    "phòng là đầu mối; Thư ký ISO theo dõi, tổng hợp, báo cáo kết quả thực hiện."),
            h1(d, "HOẠCH ĐỊNH", toc="_Toc34812206"),
            para(d, "Rủi ro và cơ hội được xác định, đánh giá và xử lý theo ISO.QT.02; mục tiêu chất lượng được ban "
                    "hành hằng năm cùng kế hoạch thực hiện (ISO.MT); các thay đổi đối với hệ thống được hoạch định và "
                    "thực hiện có kiểm soát."),
            h1(d, "HỖ TRỢ VÀ THỰC HIỆN", toc="_Toc34812207"),
            para(d, "Sở bảo đảm nguồn lực, môi trường làm việc, tri thức của tổ chức (cơ sở dữ liệu văn bản pháp luật, "
                    "hồ sơ mẫu, hướng dẫn nghiệp vụ), năng lực và nhận thức của công chức; thông tin dạng văn bản "
                    "được kiểm soát theo ISO.QT.01."),
            para(d, "Việc giải quyết thủ tục hành chính thực hiện theo các quy trình tác nghiệp; các thay đổi được xem "
                    "xét và kiểm soát; đầu ra không phù hợp được kiểm soát theo ISO.QT.04."),
            h1(d, "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN VÀ CẢI TIẾN", toc="_Toc34812208"),
            para(d, "Sự hài lòng của tổ chức, công dân được đo lường theo ISO.QT.06; đánh giá nội bộ ít nhất một lần "
                    "mỗi năm theo ISO.QT.03; Giám đốc Sở xem xét hệ thống ít nhất một lần mỗi năm; sự không phù hợp "
                    "được khắc phục và cải tiến theo ISO.QT.04.")]


def tn_policy(d):
    return [d.p(after=120),
            para(d, "Sở Tài nguyên và Môi trường tỉnh Vĩnh Phúc cam kết xây dựng, áp dụng, duy trì và cải tiến thường "
                    "xuyên hệ thống quản lý chất lượng phù hợp với tiêu chuẩn quốc gia TCVN ISO 9001:2015 và các yêu "
                    "cầu của pháp luật, nhằm giải quyết thủ tục hành chính về tài nguyên và môi trường công khai, "
                    "minh bạch, đúng hẹn."),
            d.p("MINH BẠCH - ĐÚNG HẸN - TẬN TỤY - HÀI LÒNG", jc="center", fmt=dict(b=True, sz=28)),
            para(d, "Để thực hiện chính sách này, lãnh đạo Sở cam kết:"),
            dash(d, "Giải quyết thủ tục hành chính đúng quy định, đúng thời hạn; hướng dẫn tổ chức, công dân một lần, đầy đủ."),
            dash(d, "Bố trí đủ nguồn lực, đào tạo công chức, ứng dụng công nghệ thông tin trong giải quyết hồ sơ."),
            dash(d, "Lắng nghe ý kiến của tổ chức, công dân; xác định và xử lý rủi ro, nắm bắt cơ hội để cải tiến."),
            para(d, "Chính sách được phổ biến đến toàn thể công chức, viên chức và được xem xét hằng năm."),
            d.p(after=120)] + sign(d, "Vĩnh Phúc, ngày 15 tháng 3 năm 2020", "GIÁM ĐỐC", "Phạm Quang Huy")


def tn_objectives(d):
    plan = [["TT", "Mục tiêu", "Công việc cần thực hiện", "Nguồn lực", "Người chịu trách nhiệm", "Thời gian",
             "Cách thức đánh giá"],
            ["1", "Hồ sơ TTHC đúng hạn 100%", "Theo dõi tiến độ trên Hệ thống thông tin giải quyết TTHC của tỉnh; "
             "nhắc hạn hằng tuần", "Phần mềm; 01 chuyên viên Văn phòng", "Chánh Văn phòng", "Hằng tháng",
             "Tỷ lệ hồ sơ đúng hạn trên hệ thống"],
            ["2", "Hồ sơ đăng ký đất đai nộp trực tuyến", "Hướng dẫn người dân nộp hồ sơ qua Cổng dịch vụ công; "
             "bố trí cán bộ hỗ trợ tại Bộ phận một cửa", "Kinh phí tập huấn 30 triệu đồng",
             "Giám đốc Văn phòng ĐKĐĐ", "Quý IV/2025", "Số liệu Cổng dịch vụ công"],
            ["3", "Hài lòng từ 95%", "Khảo sát theo ISO.QT.06, 06 tháng/lần", "Phiếu khảo sát; khảo sát trực tuyến",
             "Thư ký ISO", "Tháng 6 và tháng 12", "Báo cáo kết quả khảo sát"],
            ["4", "Tập huấn 100% công chức", "Mở 02 lớp tập huấn nghiệp vụ và hệ thống quản lý chất lượng",
             "Kinh phí đào tạo năm 2025", "Chánh Văn phòng", "Quý II/2025", "Danh sách học viên, kết quả kiểm tra"]]
    return [h1(d, "CĂN CỨ XÂY DỰNG MỤC TIÊU", first=True),
            para(d, "Chính sách chất lượng (ISO.CS); điều 6.2 của TCVN\u00a0ISO\u00a09001:2015; kết quả thực hiện mục "
                    "tiêu chất lượng năm 2024 và Sổ theo dõi rủi ro và cơ hội năm 2025."),
            h1(d, "MỤC TIÊU CHẤT LƯỢNG NĂM 2025"),
            d.p("100% hồ sơ thủ tục hành chính được giải quyết đúng hoặc trước hạn.", num=(3, 0)),
            d.p("Tỷ lệ hồ sơ đăng ký đất đai nộp trực tuyến đạt tối thiểu ", d.dele("50%"), d.ins("70%"), ".",
                num=(3, 0)),
            d.p("Mức độ hài lòng của tổ chức, công dân đạt từ 95% trở lên.", num=(3, 0)),
            d.p("Không để xảy ra khiếu nại về thái độ phục vụ của công chức.", num=(3, 0), mark="del"),
            d.p("100% công chức trực tiếp giải quyết thủ tục hành chính được tập huấn nghiệp vụ và hệ thống quản lý "
                "chất lượng.", num=(3, 0)),
            h1(d, "KẾ HOẠCH THỰC HIỆN MỤC TIÊU"),
            d.tbl(plan, [450, 1500, 2100, 1400, 1300, 1000, 1321], sz=20),
            para(d, "Kết quả thực hiện được đánh giá 06 tháng một lần và báo cáo tại cuộc họp xem xét của lãnh đạo."),
            d.p(after=120)] + sign(d, "Vĩnh Phúc, ngày 08 tháng 01 năm 2025", "GIÁM ĐỐC", "Phạm Quang Huy")


def tn_context(d):
    issues = [["Nhóm vấn đề", "Nội dung", "Tác động đến hệ thống quản lý chất lượng"],
              ["Pháp lý (bên ngoài)", "Luật Đất đai, Luật Bảo vệ môi trường và các nghị định hướng dẫn thay đổi nhiều "
               "thủ tục hành chính", "Phải rà soát, sửa đổi quy trình kịp thời"],
              ["Kinh tế - xã hội (bên ngoài)", "Đô thị hóa nhanh, nhu cầu đăng ký biến động đất đai tăng",
               "Khối lượng hồ sơ lớn, nguy cơ trễ hạn"],
              ["Công nghệ (bên ngoài)", "Cơ sở dữ liệu đất đai, dịch vụ công trực tuyến toàn trình",
               "Cơ hội rút ngắn thời gian giải quyết"],
              ["Môi trường tự nhiên (bên ngoài)", "Ô nhiễm tại các làng nghề, khai thác khoáng sản trái phép",
               "Tăng yêu cầu thanh tra, kiểm tra"],
              ["Nhân lực (nội bộ)", "Biên chế giảm, công chức kiêm nhiệm nhiều lĩnh vực", "Ảnh hưởng tiến độ"],
              ["Cơ sở vật chất (nội bộ)", "Kho lưu trữ hồ sơ địa chính quá tải", "Khó tra cứu, nguy cơ hư hỏng hồ sơ"]]
    parties = [["Bên quan tâm", "Nhu cầu, mong đợi", "Cách đáp ứng, theo dõi"],
               ["Tổ chức, công dân", "Thủ tục đơn giản, đúng hẹn, nộp trực tuyến", "Quy trình TTHC; khảo sát hài lòng"],
               ["Doanh nghiệp", "Thông tin quy hoạch, môi trường minh bạch", "Công khai trên Cổng thông tin điện tử"],
               ["UBND tỉnh, Bộ Tài nguyên và Môi trường", "Thực hiện đúng chỉ đạo, báo cáo đúng hạn", "Báo cáo định kỳ"],
               ["UBND cấp huyện, cấp xã", "Hướng dẫn nghiệp vụ thống nhất", "Tập huấn, văn bản hướng dẫn"],
               ["Công chức, viên chức", "Môi trường làm việc, đào tạo", "Kế hoạch đào tạo hằng năm"]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Xác định các vấn đề bên ngoài và nội bộ liên quan đến mục đích, định hướng chiến lược của Sở và "
                    "nhu cầu, mong đợi của các bên quan tâm, theo điều 4.1 và 4.2 của TCVN ISO 9001:2015."),
            h1(d, "CÁC VẤN ĐỀ BÊN NGOÀI VÀ NỘI BỘ"),
            d.tbl(issues, [2300, 3800, 2971], sz=22),
            h1(d, "CÁC BÊN QUAN TÂM VÀ YÊU CẦU CỦA HỌ"),
            d.tbl(parties, [2600, 3400, 3071], sz=22),
            h1(d, "THEO DÕI VÀ XEM XÉT"),
            para(d, "Văn phòng rà soát tài liệu này hằng năm hoặc khi có thay đổi lớn; kết quả là căn cứ nhận diện "
                    "rủi ro và cơ hội theo ISO.QT.02 và là đầu vào của cuộc họp xem xét của lãnh đạo.")]


def tn_information(d):
    """The 2016 "Thủ tục kiểm soát tài liệu" turned into the 2015 procedure with Track Changes on."""
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Quy định thống nhất cách thức ", d.dele("soạn thảo, ban hành, phân phối, sửa đổi và thu hồi tài "
                                                             "liệu của hệ thống quản lý chất lượng"),
                 d.ins("tạo lập, cập nhật, phê duyệt, phân phối, sử dụng, bảo vệ, lưu giữ và hủy bỏ thông tin dạng văn "
                       "bản của hệ thống quản lý chất lượng, gồm thông tin được duy trì (tài liệu) và thông tin được "
                       "lưu giữ (hồ sơ)"), "."),
            ] + tn_scope(d) + [
            h1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:", d.dele("2008, điều 4.2.3 Kiểm soát tài liệu"),
                 d.ins("2015, điều 7.5 Thông tin dạng văn bản"), "."),
            dash(d, "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ."),
            dash(d, "Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư.", mark="ins"),
            h1(d, "ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            dash(d, d.dele("Tài liệu: sổ tay chất lượng, thủ tục, hướng dẫn, biểu mẫu."),
                 d.ins("Thông tin dạng văn bản được duy trì: chính sách, mục tiêu, quy trình, hướng dẫn, biểu mẫu.")),
            dash(d, "Thông tin dạng văn bản được lưu giữ: hồ sơ làm bằng chứng về sự phù hợp.", mark="ins"),
            dash(d, "TTDVB: thông tin dạng văn bản; HTQLCL: hệ thống quản lý chất lượng."),
            h1(d, "NỘI DUNG"),
            h2(d, "Tạo lập và cập nhật"),
            para(d, "Đơn vị có nhu cầu lập Phiếu đề nghị (BM.01/ISO.QT.01); người được phân công biên soạn dự thảo, lấy "
                    "ý kiến các đơn vị liên quan."),
            para(d, "Đại diện lãnh đạo xem xét tài liệu trước khi trình Giám đốc Sở phê duyệt.", mark="del"),
            para(d, "Chánh Văn phòng kiểm tra sự phù hợp, thống nhất trong hệ thống trước khi trình Giám đốc Sở phê duyệt.",
                 mark="ins"),
            h2(d, "Phân phối và sử dụng"),
            para(d, "Văn thư ", d.dele("đóng dấu \"TÀI LIỆU KIỂM SOÁT\" lên bản sao giấy"),
                 d.ins("phát hành bản điện tử qua Hệ thống quản lý văn bản và điều hành "),
                 d.ins(d.link("https://qlvb.vinhphuc.gov.vn")),
                 "; Thư ký ISO cập nhật Danh mục thông tin dạng văn bản nội bộ (BM.02/ISO.QT.01)."),
            h2(d, "Kiểm soát thông tin dạng văn bản được lưu giữ (hồ sơ)", mark="ins"),
            para(d, "Mỗi đơn vị lập Danh mục hồ sơ lưu (BM.03/ISO.QT.01) nêu rõ tên hồ sơ, nơi lưu, thời gian lưu và "
                    "cách thức hủy; hồ sơ điện tử được sao lưu hằng tuần; hết thời hạn lưu, Văn phòng lập biên bản "
                    "hủy trình Giám đốc Sở phê duyệt.", mark="ins"),
            h2(d, "Tài liệu có nguồn gốc bên ngoài"),
            para(d, "Các đơn vị rà soát văn bản quy phạm pháp luật liên quan hằng tháng và đề nghị sửa đổi quy trình "
                    "trong thời hạn 10 ngày làm việc kể từ khi văn bản có hiệu lực."),
            h1(d, "HỒ SƠ"),
            records(d, [("Phiếu đề nghị tạo lập, sửa đổi", "Văn phòng", "03 năm"),
                        ("Danh mục thông tin dạng văn bản nội bộ", "Thư ký ISO", "Đến khi có bản thay thế"),
                        ("Danh mục hồ sơ lưu của các đơn vị", "Các đơn vị", "05 năm"),
                        ("Biên bản hủy hồ sơ", "Văn phòng", "Vĩnh viễn")], ins_rows=(3, 4))]


def tn_risk(d):
    levels = [["Mức rủi ro (Khả năng x Tác động)", "Phân loại", "Yêu cầu xử lý"],
              ["1 - 3", "Thấp", "Theo dõi"], ["4 - 6", "Trung bình", "Có biện pháp kiểm soát"],
              ["8 - 9", "Cao", "Xử lý ngay, báo cáo Giám đốc Sở"]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Thống nhất cách nhận diện, phân tích, đánh giá rủi ro và cơ hội có thể ảnh hưởng đến khả năng "
                    "đạt được kết quả dự kiến của hệ thống quản lý chất lượng; hoạch định và thực hiện hành động "
                    "giải quyết rủi ro, nắm bắt cơ hội và đánh giá hiệu lực của các hành động đó."),
            ] + tn_scope(d) + [
            h1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2015, điều 4.1, 4.2 và 6.1."),
            dash(d, "TCVN ISO 31000:2018", d.footnote("TCVN ISO 31000:2018 Quản lý rủi ro - Hướng dẫn."),
                 " Quản lý rủi ro."),
            h1(d, "ĐỊNH NGHĨA"),
            dash(d, "Rủi ro: tác động của sự không chắc chắn đến kết quả giải quyết công việc."),
            dash(d, "Cơ hội: tình huống thuận lợi giúp nâng cao sự hài lòng của tổ chức, công dân."),
            h1(d, "NỘI DUNG"),
            h2(d, "Nhận diện rủi ro và cơ hội"),
            para(d, "Tháng 01 hằng năm, căn cứ tài liệu bối cảnh (ISO.BC) và các quá trình được giao, mỗi đơn vị lập "
                    "Phiếu nhận diện rủi ro và cơ hội (BM.01/ISO.QT.02)."),
            h2(d, "Phân tích và đánh giá"),
            d.tbl(levels, [3600, 2000, 3471], sz=22),
            h2(d, "Hoạch định hành động"),
            para(d, "Thư ký ISO tổng hợp vào Sổ theo dõi rủi ro và cơ hội (BM.02/ISO.QT.02), ghi rõ biện pháp, người "
                    "thực hiện, thời hạn; Giám đốc Sở phê duyệt."),
            h2(d, "Theo dõi và đánh giá hiệu lực"),
            para(d, "Sáu tháng một lần các đơn vị đánh giá hiệu lực của biện pháp; kết quả là đầu vào của cuộc họp "
                    "xem xét của lãnh đạo và được cập nhật khi có sự không phù hợp hoặc thay đổi."),
            h1(d, "HỒ SƠ"),
            records(d, [("Phiếu nhận diện rủi ro và cơ hội", "Các đơn vị", "03 năm"),
                        ("Sổ theo dõi rủi ro và cơ hội", "Thư ký ISO", "03 năm")])]


def tn_audit(d):
    steps = [["Bước", "Nội dung công việc", "Trách nhiệm", "Biểu mẫu"],
             ["1", "Lập chương trình đánh giá nội bộ năm, ít nhất 01 lần/năm, có xét đến tầm quan trọng của các quá "
                   "trình, những thay đổi, rủi ro và kết quả của lần đánh giá trước", "Thư ký ISO", "BM.01/ISO.QT.03"],
             ["2", "Thành lập đoàn đánh giá; chuyên gia không đánh giá công việc của mình", "Giám đốc Sở", ""],
             ["3", "Lập kế hoạch, thông báo đến đơn vị được đánh giá", "Trưởng đoàn", "BM.02/ISO.QT.03"],
             ["4", "Tiến hành đánh giá, ghi chép bằng chứng", "Chuyên gia đánh giá", "BM.03/ISO.QT.03"],
             ["5", "Họp kết thúc, lập báo cáo đánh giá gửi lãnh đạo", "Trưởng đoàn", "BM.04/ISO.QT.03"],
             ["6", "Khắc phục điểm không phù hợp theo ISO.QT.04, kiểm tra xác nhận", "Các đơn vị", ""]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Quy định việc hoạch định, thực hiện đánh giá nội bộ nhằm xác định hệ thống quản lý chất lượng "
                    "phù hợp với các yêu cầu của Sở và của tiêu chuẩn, được áp dụng và duy trì có hiệu lực."),
            ] + tn_scope(d) + [
            h1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN\u00a0ISO\u00a09001:2015, điều 9.2 Đánh giá nội bộ."),
            dash(d, "TCVN ISO 19011:2018 Hướng dẫn đánh giá hệ thống quản lý."),
            h1(d, "ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            dash(d, "ĐGNB: đánh giá nội bộ; CGĐG: chuyên gia đánh giá; KPH: không phù hợp."),
            h1(d, "NỘI DUNG"),
            h2(d, "Lưu đồ thực hiện"),
            d.tbl(steps, [800, 4971, 1700, 1600], sz=22),
            h2(d, "Lựa chọn chuyên gia đánh giá"),
            para(d, d.comment(["Chuyên gia đánh giá là công chức đã qua lớp đào tạo đánh giá viên nội bộ"],
                              "Đề nghị bổ sung tiêu chí: đã tham gia ít nhất 01 cuộc đánh giá."),
                 ", bảo đảm tính khách quan và vô tư của quá trình đánh giá."),
            h2(d, "Báo cáo và theo dõi"),
            para(d, "Báo cáo đánh giá nội bộ được gửi Giám đốc Sở và là đầu vào của cuộc họp xem xét của lãnh đạo; "
                    "Thư ký ISO theo dõi việc khắc phục đến khi kết thúc."),
            h1(d, "HỒ SƠ"),
            records(d, [("Chương trình, kế hoạch đánh giá nội bộ", "Thư ký ISO", "03 năm"),
                        ("Phiếu ghi chép của chuyên gia đánh giá", "Thư ký ISO", "03 năm"),
                        ("Báo cáo đánh giá nội bộ", "Thư ký ISO", "05 năm")])]


def tn_ncca(d):
    flow = [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu"],
            ["1", "Ghi nhận sự không phù hợp từ đánh giá nội bộ, phản ánh, kiến nghị, kiểm tra", "Đơn vị phát hiện",
             "Khi phát hiện", "BM.01/ISO.QT.04"],
            ["2", "Khắc phục ngay hậu quả (sửa lại, làm lại, xin lỗi, hẹn lại)", "Lãnh đạo đơn vị", "01 ngày", ""],
            ["3", "Phân tích nguyên nhân, đề xuất hành động khắc phục", "Đơn vị liên quan", "05 ngày",
             "BM.02/ISO.QT.04"],
            ["4", "Phê duyệt hành động khắc phục", "Phó Giám đốc phụ trách", "02 ngày", ""],
            ["5", "Thực hiện và xem xét hiệu lực; cập nhật rủi ro và cơ hội khi cần", "Thư ký ISO",
             "Theo thời hạn", "BM.02/ISO.QT.04"]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Bảo đảm đầu ra không phù hợp (kết quả giải quyết thủ tục hành chính sai sót, trễ hạn) được nhận "
                    "biết và kiểm soát; khi có sự không phù hợp thì khắc phục, xác định nguyên nhân, thực hiện hành "
                    "động khắc phục, xem xét hiệu lực và thay đổi hệ thống quản lý chất lượng khi cần."),
            ] + tn_scope(d) + [
            h1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2015, điều 8.7 và 10.2."),
            h1(d, "ĐỊNH NGHĨA"),
            dash(d, "Sự không phù hợp: việc không đáp ứng một yêu cầu."),
            dash(d, "Hành động khắc phục: hành động loại bỏ nguyên nhân của sự không phù hợp để ngăn ngừa tái diễn."),
            h1(d, "NỘI DUNG"),
            h2(d, "Kiểm soát đầu ra không phù hợp"),
            para(d, "Công chức phát hiện ghi vào Sổ theo dõi đầu ra không phù hợp; hồ sơ trễ hạn phải có Phiếu xin lỗi "
                    "và hẹn lại ngày trả kết quả; lãnh đạo đơn vị quyết định cách xử lý."),
            h2(d, "Trình tự thực hiện hành động khắc phục"),
            SECTION + "landscape",
            d.tbl(flow, [800, 5600, 2900, 1900, 3370], sz=22),
            SECTION + "portrait",
            h2(d, "Hành động phòng ngừa", mark="del"),
            para(d, "Hằng quý các đơn vị phân tích dữ liệu để phát hiện sự không phù hợp tiềm ẩn, lập Phiếu yêu cầu "
                    "hành động phòng ngừa trình Đại diện lãnh đạo phê duyệt.", mark="del"),
            h2(d, "Cập nhật rủi ro và cơ hội", mark="ins"),
            para(d, "Sau khi hành động khắc phục có hiệu lực, Thư ký ISO cập nhật Sổ theo dõi rủi ro và cơ hội theo "
                    "ISO.QT.02 và đề xuất thay đổi hệ thống khi cần.", mark="ins"),
            h1(d, "HỒ SƠ"),
            records(d, [("Sổ theo dõi đầu ra không phù hợp", "Các đơn vị", "03 năm"),
                        ("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm")])]


def tn_satisfaction(d):
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Quy định việc theo dõi, đo lường, phân tích và đánh giá sự hài lòng của tổ chức, công dân đối "
                    "với việc giải quyết thủ tục hành chính của Sở, cùng các dữ liệu về kết quả giải quyết hồ sơ, "
                    "làm căn cứ cải tiến."),
            ] + tn_scope(d) + [
            h1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2015, điều 9.1 Theo dõi, đo lường, phân tích và đánh giá."),
            dash(d, "Quyết định số 2640/QĐ-BNV của Bộ Nội vụ phê duyệt Đề án đo lường sự hài lòng của người dân, tổ "
                    "chức đối với sự phục vụ của cơ quan hành chính nhà nước."),
            h1(d, "NỘI DUNG"),
            h2(d, "Thu thập ý kiến"),
            para(d, "Bộ phận một cửa phát Phiếu khảo sát (BM.01/ISO.QT.06) khi trả kết quả; tổ chức, công dân cũng có "
                    "thể đánh giá trực tuyến tại ", d.link("https://dichvucong.vinhphuc.gov.vn"), "."),
            h2(d, "Tổng hợp và phân tích"),
            para(d, "Sáu tháng một lần Thư ký ISO tổng hợp phiếu, số liệu hồ sơ đúng hạn, trễ hạn và các phản ánh, "
                    "kiến nghị; lập Báo cáo kết quả đo lường sự hài lòng (BM.02/ISO.QT.06)."),
            h2(d, "Sử dụng kết quả"),
            para(d, "Ý kiến không hài lòng được chuyển đơn vị liên quan xử lý theo ISO.QT.04; kết quả đo lường là đầu "
                    "vào của cuộc họp xem xét của lãnh đạo."),
            h1(d, "HỒ SƠ"),
            records(d, [("Phiếu khảo sát", "Thư ký ISO", "01 năm"),
                        ("Báo cáo kết quả đo lường sự hài lòng", "Thư ký ISO", "03 năm")])]


def tn_tthc_land(d):
    steps = [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Kết quả"],
             ["1", "Tiếp nhận, kiểm tra hồ sơ; cấp giấy tiếp nhận và hẹn trả kết quả", "Bộ phận một cửa", "0,5 ngày",
              "Giấy tiếp nhận"],
             ["2", "Thẩm tra hồ sơ, gửi thông tin xác định nghĩa vụ tài chính", "Văn phòng ĐKĐĐ", "4 ngày",
              "Phiếu chuyển thông tin"],
             ["3", "Chỉnh lý hồ sơ địa chính, cơ sở dữ liệu; xác nhận nội dung biến động", "Văn phòng ĐKĐĐ",
              "4 ngày", "Giấy chứng nhận đã xác nhận"],
             ["4", "Trả kết quả cho tổ chức, công dân", "Bộ phận một cửa", "1,5 ngày", "Sổ theo dõi"]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Quy định trình tự, thời hạn giải quyết thủ tục đăng ký biến động quyền sử dụng đất, quyền sở hữu "
                    "tài sản gắn liền với đất, bảo đảm đúng pháp luật, công khai và đúng hẹn."),
            h1(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Áp dụng đối với Văn phòng Đăng ký đất đai, Phòng Quản lý đất đai và Bộ phận một cửa của Sở."),
            h1(d, "CĂN CỨ PHÁP LÝ"),
            dash(d, "Luật Đất đai số 45/2013/QH13."),
            dash(d, "Nghị định số 43/2014/NĐ-CP; Nghị định số 148/2020/NĐ-CP; Nghị định số 10/2023/NĐ-CP của Chính phủ."),
            dash(d, "Thông tư số 24/2014/TT-BTNMT của Bộ Tài nguyên và Môi trường."),
            dash(d, "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu."),
            h1(d, "NỘI DUNG QUY TRÌNH"),
            h2(d, "Thành phần hồ sơ"),
            dash(d, "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 09/ĐK)."),
            dash(d, "Bản gốc Giấy chứng nhận đã cấp; hợp đồng, văn bản về việc chuyển quyền."),
            h2(d, "Thời hạn giải quyết"),
            para(d, "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
            h2(d, "Trình tự thực hiện"),
            d.tbl(steps, [850, 3850, 1800, 1100, 1471], sz=22),
            h1(d, "HỒ SƠ CẦN LƯU"),
            records(d, [("Hồ sơ đăng ký biến động", "Văn phòng ĐKĐĐ", "Vĩnh viễn"),
                        ("Sổ theo dõi trả kết quả", "Bộ phận một cửa", "05 năm")])]


def tn16_doc(d, kind_word, title, code, rev, date_items, content, pages="5"):
    """The 2016 template: no text box, no content control; a 3-cell cover table, headings numbered
    directly (w:numPr on the paragraph), one header for every page, the page number in the footer."""
    head = d.header([d.p("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH VĨNH PHÚC", ptab(d),
                         "HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:2008", style="Header", fmt=dict(sz=18))])
    foot = d.footer([d.p(f"{code}\t\tTrang ", d.fld("PAGE", "1", simple=True, sz=20), "/",
                         d.fld("NUMPAGES", pages, simple=True, sz=20), style="Footer", fmt=dict(sz=20))])
    cover = d.tbl([[[d.p("UBND TỈNH VĨNH PHÚC", jc="center", after=0, fmt=dict(sz=22)),
                     d.p("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", jc="center", after=0, fmt=dict(b=True, sz=22))],
                    [d.p(kind_word, jc="center", after=0, fmt=dict(b=True, sz=28))]
                    + [d.p(line, jc="center", after=0, fmt=dict(b=True, sz=28)) for line in title],
                    [d.p(f"Mã hiệu: {code}", after=0, fmt=dict(sz=22)),
                     d.p(f"Lần ban hành: {rev}", after=0, fmt=dict(sz=22)),
                     d.p("Ngày ban hành: ", *items_of(date_items), after=0, fmt=dict(sz=22))]]],
                  [2600, 4071, 2400], head=0)
    body = [cover, d.p(after=120), tn_signoff(d), d.p(after=120)] + content
    return d.package(body, d.sectpr(default=head, footer=foot))


def n1(d, text):
    """The 2016 template's heading: bold, numbered by a w:numPr on the paragraph itself."""
    return d.p(text, num=(3, 0), keep_next=True, before=120, fmt=dict(b=True))


def tn_review_2008(d):
    return [n1(d, "MỤC ĐÍCH"),
            para(d, "Quy định việc Giám đốc Sở định kỳ xem xét hệ thống quản lý chất lượng nhằm bảo đảm hệ thống luôn "
                    "thích hợp, thỏa đáng và có hiệu lực."),
            n1(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Áp dụng đối với lãnh đạo Sở, Đại diện lãnh đạo về chất lượng và các đơn vị thuộc Sở."),
            n1(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 5.6 Xem xét của lãnh đạo."),
            dash(d, "Sổ tay chất lượng của Sở."),
            n1(d, "ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
            dash(d, "ĐDLĐ: Đại diện lãnh đạo về chất lượng; XXLĐ: xem xét của lãnh đạo."),
            n1(d, "NỘI DUNG"),
            d.p("Tần suất: ít nhất 01 lần/năm, vào tháng 12; có thể họp bất thường theo yêu cầu của Giám đốc Sở.",
                num=(4, 0)),
            d.p("ĐDLĐ chuẩn bị báo cáo đầu vào gồm: kết quả đánh giá; phản hồi của khách hàng; việc thực hiện các "
                "quá trình và sự phù hợp của sản phẩm; tình trạng của các hành động khắc phục và phòng ngừa; các "
                "hành động tiếp theo từ các cuộc xem xét trước; những thay đổi có thể ảnh hưởng đến hệ thống; các "
                "khuyến nghị về cải tiến.", num=(4, 0)),
            d.p("Cuộc họp do Giám đốc Sở chủ trì; Thư ký ISO lập Biên bản họp xem xét của lãnh đạo (BM.02/ISO.TT.07).",
                num=(4, 0)),
            d.p("Đầu ra: các quyết định về cải tiến hiệu lực của hệ thống, cải tiến sản phẩm và nhu cầu nguồn lực; "
                "ĐDLĐ theo dõi việc thực hiện.", num=(4, 0)),
            n1(d, "HỒ SƠ"),
            records(d, [("Báo cáo đầu vào của ĐDLĐ", "Văn phòng", "03 năm"),
                        ("Biên bản họp xem xét của lãnh đạo", "Văn phòng", "05 năm")])]


def tn_tthc_water(d):
    return [n1(d, "MỤC ĐÍCH"),
            para(d, "Quy định trình tự, thời hạn giải quyết thủ tục cấp giấy phép khai thác, sử dụng nước mặt thuộc "
                    "thẩm quyền của Ủy ban nhân dân tỉnh, do Sở tiếp nhận và thẩm định."),
            n1(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Phòng Tài nguyên nước - Khoáng sản và Bộ phận một cửa của Sở."),
            n1(d, "CĂN CỨ PHÁP LÝ"),
            dash(d, "Luật Tài nguyên nước số 17/2012/QH13."),
            dash(d, "Nghị định số 201/2013/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Tài nguyên nước."),
            dash(d, "TCVN ISO 9001:2008 Hệ thống quản lý chất lượng - Các yêu cầu."),
            n1(d, "NỘI DUNG QUY TRÌNH"),
            para(d, "Hồ sơ: đơn đề nghị cấp giấy phép; đề án khai thác, sử dụng nước; kết quả phân tích chất lượng nguồn "
                    "nước; sơ đồ vị trí công trình. Số lượng: 02 bộ."),
            para(d, "Thời hạn giải quyết: 30 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
            d.p("Bộ phận một cửa tiếp nhận, kiểm tra hồ sơ, hẹn trả kết quả (01 ngày).", num=(6, 0)),
            d.p("Phòng Tài nguyên nước - Khoáng sản thẩm định hồ sơ, kiểm tra thực tế (20 ngày).", num=(6, 0)),
            d.p("Lãnh đạo Sở xem xét, trình Ủy ban nhân dân tỉnh (04 ngày).", num=(6, 0)),
            d.p("Ủy ban nhân dân tỉnh cấp giấy phép; Bộ phận một cửa trả kết quả (05 ngày).", num=(6, 0)),
            n1(d, "HỒ SƠ LƯU"),
            records(d, [("Hồ sơ cấp giấy phép khai thác, sử dụng nước mặt", "Phòng TNN-KS", "Vĩnh viễn")])]


def tn_tthc_eia(d):
    """Text pasted from the national portal keeps its U+00AD soft hyphens; a narrow cell gets an
    optional hyphen typed in Word (<w:softHyphen/>)."""
    shy = "\u00ad"
    steps = [["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
             ["1", "Tiếp nhận hồ sơ, kiểm tra tính đầy đủ", "Bộ phận một cửa", "0,5 ngày"],
             ["2", "Thành lập hội đồng thẩm định, tổ chức họp hội đồng", f"Chi cục Bảo vệ môi trư{SHY}ờng", "15 ngày"],
             ["3", "Thông báo kết quả thẩm định; tiếp nhận báo cáo đã chỉnh sửa", f"Chi cục Bảo vệ môi trư{SHY}ờng",
              "7 ngày"],
             ["4", "Trình Ủy ban nhân dân tỉnh phê duyệt kết quả thẩm định", "Lãnh đạo Sở", "2 ngày"],
             ["5", "Trả kết quả", "Bộ phận một cửa", "0,5 ngày"]]
    return [h1(d, "MỤC ĐÍCH", first=True),
            para(d, "Quy định trình tự thẩm định báo cáo đánh giá tác động môi trường của dự án đầu tư thuộc thẩm quyền "
                    "phê duyệt của Ủy ban nhân dân tỉnh."),
            h1(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Chi cục Bảo vệ môi trường và Bộ phận một cửa của Sở."),
            h1(d, "CĂN CỨ PHÁP LÝ"),
            dash(d, "Luật Bảo vệ môi trường số 72/2020/QH14."),
            dash(d, f"Nghị định số 08/2022/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trư{shy}ờng."),
            dash(d, "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu."),
            h1(d, "NỘI DUNG QUY TRÌNH"),
            h2(d, "Thành phần hồ sơ"),
            dash(d, f"Văn bản đề nghị thẩm định báo cáo đánh giá tác đ{shy}ộng môi trường theo Mẫu số 01 Phụ lục IV "
                    f"ban hành kèm theo Nghị định số 08/2022/NĐ-CP."),
            dash(d, f"Báo cáo đánh giá tác động môi trư{shy}ờng của dự án đầu tư."),
            dash(d, "Báo cáo nghiên cứu khả thi hoặc tài liệu tương đương của dự án."),
            h2(d, "Thời hạn và cách thức nộp"),
            para(d, "Thời hạn: 25 ngày kể từ ngày nhận đủ hồ sơ hợp lệ. Hồ sơ nộp trực tiếp, qua bưu chính hoặc trực tuyến "
                    "tại ", d.link("https://dichvucong.gov.vn"), "."),
            h2(d, "Trình tự thực hiện"),
            d.tbl(steps, [700, 4671, 2300, 1400], sz=22),
            h1(d, "HỒ SƠ CẦN LƯU"),
            records(d, [("Hồ sơ thẩm định báo cáo ĐTM", "Chi cục BVMT", "Vĩnh viễn"),
                        ("Biên bản họp hội đồng thẩm định", "Chi cục BVMT", "Vĩnh viễn")])]


def tn_form(d):
    head = d.header([d.p("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", ptab(d), "BM.01/ISO.QT.03", style="Header",
                         fmt=dict(b=True, sz=20))])
    d.glossary = [("Bìa quy trình Sở TNMT", "coverPg",
                   "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH VĨNH PHÚC\nQUY TRÌNH\nMã hiệu: ISO.QT.…\nLần ban hành: …\n"
                   "Ngày ban hành: …/…/20…")]
    rows = [["TT", "Đơn vị được đánh giá", "Quá trình / điều khoản", "Chuyên gia đánh giá", "Thời gian"]]
    rows += [[str(k), "", "", "", ""] for k in range(1, 6)]
    body = [d.p("CHƯƠNG TRÌNH ĐÁNH GIÁ NỘI BỘ NĂM ……", jc="center", before=240, fmt=dict(b=True, sz=30)),
            d.p(after=120),
            d.p("Mục đích đánh giá: ", d.sdt_placeholder()),
            d.p("Phạm vi đánh giá: ", d.sdt_placeholder()),
            d.p("Thời gian đánh giá: từ ngày ", d.sdt_placeholder("date"), " đến ngày ", d.sdt_placeholder("date")),
            d.p("Hình thức:  ", d.checkbox(), " Đánh giá định kỳ     ", d.checkbox(), " Đánh giá đột xuất"),
            d.p("Trưởng đoàn: ………………………………  Thành viên: ………………………………"),
            d.tbl(rows, [600, 2600, 2400, 2071, 1400], sz=22),
            d.p(after=120),
            d.p("Vĩnh Phúc, ngày …… tháng …… năm 20……", jc="right", after=0, fmt=dict(i=True)),
            d.p("GIÁM ĐỐC", jc="right", after=0, fmt=dict(b=True))]
    return d.package(body, d.sectpr(default=head))


def tn_review_minutes(d):
    head = d.header([d.p(ptab(d), "BM.02/ISO.TT.07", style="Header", fmt=dict(sz=20))])
    top = d.tbl([[[d.p("UBND TỈNH VĨNH PHÚC", jc="center", after=0, fmt=dict(sz=24)),
                   d.p("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", jc="center", after=0, fmt=dict(b=True, sz=24))],
                  [d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", jc="center", after=0, fmt=dict(b=True, sz=24)),
                   d.p("Độc lập - Tự do - Hạnh phúc", jc="center", after=0, fmt=dict(b=True, sz=26))]],
                 ["", [d.p("Vĩnh Phúc, ngày 23 tháng 12 năm 2024", jc="center", after=0, fmt=dict(i=True))]]],
                [3700, 5371], head=0, borders=False)
    body = [top, d.p(after=120),
            d.p("BIÊN BẢN", jc="center", after=0, fmt=dict(b=True, sz=30)),
            d.p("HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM 2024", jc="center", fmt=dict(b=True, sz=28)),
            para(d, "Thời gian: 14 giờ 00 cùng ngày. Địa điểm: Phòng họp tầng 3, trụ sở Sở."),
            para(d, "Chủ trì: ông Phạm Quang Huy, Giám đốc Sở. Thư ký: ông Nguyễn Minh Tuấn, Thư ký ISO."),
            para(d, "Thành phần: các Phó Giám đốc Sở, Chánh Văn phòng, Chánh Thanh tra, Trưởng các phòng, Chi cục "
                    "trưởng Chi cục Bảo vệ môi trường, Giám đốc Văn phòng Đăng ký đất đai."),
            d.p("NỘI DUNG CUỘC HỌP", fmt=dict(b=True)),
            d.p("Kết quả thực hiện mục tiêu chất lượng năm 2024: 99,6% hồ sơ đúng hạn; 64% hồ sơ đăng ký đất đai "
                "nộp trực tuyến (mục tiêu 60%).", num=(3, 0)),
            d.p("Kết quả đánh giá nội bộ tháng 10/2024: 05 điểm không phù hợp, đã khắc phục 04 điểm.", num=(3, 0)),
            d.p("Kết quả khảo sát sự hài lòng của tổ chức, công dân: 96,2% hài lòng.", num=(3, 0)),
            d.p("Thay đổi các vấn đề bên ngoài và nội bộ: Luật Đất đai năm 2024 có hiệu lực, nhiều thủ tục phải "
                "sửa đổi; sắp xếp tổ chức bộ máy.", num=(3, 0)),
            d.p("Hiệu lực của các hành động giải quyết rủi ro và cơ hội: 07/09 biện pháp có hiệu lực.", num=(3, 0)),
            d.p("KẾT LUẬN", fmt=dict(b=True)),
            para(d, "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 được duy trì phù hợp, có hiệu lực. Giao Văn "
                    "phòng sửa đổi thủ tục xem xét của lãnh đạo (ISO.TT.07) theo phiên bản 2015 trong quý I/2025; "
                    "các phòng rà soát quy trình theo Luật Đất đai năm 2024."),
            para(d, "Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày."),
            d.tbl([["THƯ KÝ", "CHỦ TRÌ"], ["\n\nNguyễn Minh Tuấn", "\n\nPhạm Quang Huy"]], [4535, 4536],
                  borders=False, jc_cells=["center", "center"])]
    return d.package(body, d.sectpr(default=head))


# ================================================================================================
# UBND phường Liên Bảo (Word 2007; fields only in the page header; "THỦ TỤC …")
# ================================================================================================

LB_SIGN = [("Hoàng Thu Trang", "Công chức Văn phòng - Thống kê"), ("Trần Thị Lan", "Phó Chủ tịch UBND phường"),
           ("Nguyễn Văn Thành", "Chủ tịch UBND phường")]
LB_TP = [("Lê Văn Cường", "Công chức Tư pháp - Hộ tịch"), ("Trần Thị Lan", "Phó Chủ tịch UBND phường"),
         ("Nguyễn Văn Thành", "Chủ tịch UBND phường")]
QD18 = "35/QĐ-UBND ngày 5 tháng 3 năm 2018"
QD23 = "86/QĐ-UBND ngày 12 tháng 6 năm 2023"


def lb_date18(d, **fmt):
    """"05/3/2018" in a Word 2007 date smart tag, whose recogniser read it month-first."""
    return d.smart_date("05/3/2018", 5, 3, 2018, **fmt)


def lb_first_header(d, edition):
    return [d.p("UBND PHƯỜNG LIÊN BẢO", ptab(d), f"HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG THEO TCVN ISO 9001:{edition}",
                style="Header", fmt=dict(b=True, sz=20))]


def lb_header(d, title, code, rev_items, date_items, pages):
    f = dict(sz=20)
    rows = [[dict(c=[d.p("UBND PHƯỜNG", jc="center", after=0, fmt=dict(b=True, sz=20)),
                     d.p("LIÊN BẢO", jc="center", after=0, fmt=dict(b=True, sz=20))], vmerge="restart"),
             dict(c=[d.p(line, jc="center", after=0, fmt=dict(b=True, sz=24)) for line in title], vmerge="restart"),
             [d.p("Mã số: ", code, after=0, fmt=f)]],
            [dict(vmerge="continue"), dict(vmerge="continue"), [d.p("Lần ban hành: ", *rev_items, after=0, fmt=f)]],
            [dict(vmerge="continue"), dict(vmerge="continue"), [d.p("Ngày ban hành: ", *date_items, after=0, fmt=f)]],
            [dict(vmerge="continue"), dict(vmerge="continue"),
             [d.p("Trang: ", d.fld("PAGE", "2", simple=True, sz=20), "/", d.fld("NUMPAGES", pages, simple=True, sz=20),
                  after=0, fmt=f)]]]
    return [d.tbl(rows, [1900, 4671, 2500], head=0), d.p(after=0, style="Header")]


def lb_doc(d, kind_word, title, code, rev_items, date_items, decision_items, content, edition="2008",
           history=(), signers=LB_SIGN, pages="5", ins_rows=()):
    """Cover page = its own section with a first-page header naming the edition; the content
    section has no header of its own and so shows the default header (the field block)."""
    first = d.header(lb_first_header(d, edition))
    default = d.header(lb_header(d, [kind_word] + title, code, rev_items, date_items, pages))
    hist = [["Lần sửa đổi", "Ngày sửa đổi", "Trang/Phần", "Mô tả nội dung sửa đổi"]] + [list(r) for r in history]
    hist += [["", "", "", ""]] * (4 - len(hist))
    sign = d.tbl([["", "Soạn thảo", "Xem xét", "Phê duyệt"], ["Họ tên"] + [n for n, _ in signers],
                  ["Chức vụ"] + [r for _, r in signers], ["Chữ ký", "", "", ""]], [1400, 2557, 2557, 2557], sz=24,
                 jc_cells=["left", "center", "center", "center"])
    cover = [d.p("ỦY BAN NHÂN DÂN", after=0, fmt=dict(b=True)), d.p("PHƯỜNG LIÊN BẢO", after=480, fmt=dict(b=True)),
             d.p(kind_word, jc="center", after=0, fmt=dict(b=True, sz=34), goback=True)]
    cover += [d.p(line, jc="center", after=0, fmt=dict(b=True, sz=30)) for line in title]
    cover += [d.p("(Ban hành kèm theo Quyết định số ", *decision_items, " của Chủ tịch UBND phường Liên Bảo)",
                  jc="center", before=120, after=480, fmt=dict(i=True)),
              sign, d.p(after=240), d.p("THEO DÕI SỬA ĐỔI TÀI LIỆU", fmt=dict(b=True)),
              d.tbl(hist, [1300, 1500, 1500, 4771], sz=22, ins_rows=ins_rows),
              d.p(after=0, sect=d.sectpr(default=default, first=first, title_pg=True))]
    return d.package(cover + content, d.sectpr())


def lh(d, text, style="plain"):
    """This ward's heading: bold, numbered by a w:numPr on the paragraph ("1." is not in the text).
    style "ascii": typed without diacritics; "vni": typed in the VNI-Times font."""
    if style == "ascii":
        return d.p(ascii_vi(text), num=(3, 0), keep_next=True, before=120, fmt=dict(b=True))
    if style == "vni":
        return d.p(vni(text), num=(3, 0), keep_next=True, before=120, fmt=dict(b=True, font="VNI-Times"))
    return d.p(text, num=(3, 0), keep_next=True, before=120, fmt=dict(b=True))


def ab(d, *items, mark=None):
    return d.p(*items, num=(4, 0), mark=mark)


def lb_records(d, rows, ins_rows=()):
    return d.tbl([["TT", "Tên hồ sơ", "Người lưu", "Thời gian lưu"]] + [[str(k + 1)] + list(r) for k, r in enumerate(rows)],
                 [600, 4571, 2300, 1600], sz=24, ins_rows=ins_rows)


def lb_scope(d, hs="plain"):
    return [lh(d, "PHẠM VI ÁP DỤNG", hs),
            para(d, "Áp dụng đối với lãnh đạo, công chức UBND phường và Bộ phận tiếp nhận và trả kết quả trong phạm vi "
                    "hệ thống quản lý chất lượng.")]


def lb_manual(d):
    docs = [["TT", "Tên tài liệu", "Mã số"], ["1", "Sổ tay chất lượng", "STCL"],
            ["2", "Thủ tục kiểm soát tài liệu", "QT-KSTL"], ["3", "Thủ tục kiểm soát hồ sơ", "QT-KSHS"],
            ["4", "Thủ tục đánh giá nội bộ", "QT-ĐGNB"], ["5", "Thủ tục kiểm soát sản phẩm không phù hợp", "QT-KSSP"],
            ["6", "Thủ tục hành động khắc phục", "QT-HĐKP"], ["7", "Thủ tục hành động phòng ngừa", "QT-HĐPN"],
            ["8", "Thủ tục xem xét của lãnh đạo", "QT-XXLĐ"],
            ["9", "Các quy trình giải quyết thủ tục hành chính", "QT-TPHT-01 …; QT-ĐC-01 …"]]
    return [lh(d, "GIỚI THIỆU VỀ UBND PHƯỜNG LIÊN BẢO"),
            para(d, "Phường Liên Bảo thuộc thành phố Vĩnh Yên, tỉnh Vĩnh Phúc, có 14 tổ dân phố. Ủy ban nhân dân phường "
                    "giải quyết các thủ tục hành chính về hộ tịch, chứng thực, đất đai, xây dựng, lao động - thương binh "
                    "và xã hội tại Bộ phận tiếp nhận và trả kết quả."),
            lh(d, "PHẠM VI ÁP DỤNG VÀ CÁC ĐIỀU KHOẢN LOẠI TRỪ"),
            para(d, "Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 áp dụng cho việc giải quyết các thủ tục hành "
                    "chính thuộc thẩm quyền của UBND phường."),
            para(d, "Các điều khoản loại trừ: 7.3 Thiết kế và phát triển; 7.5.2 Xác nhận giá trị sử dụng của các quá "
                    "trình sản xuất và cung cấp dịch vụ; 7.6 Kiểm soát thiết bị theo dõi và đo lường."),
            lh(d, "CHÍNH SÁCH VÀ MỤC TIÊU CHẤT LƯỢNG"),
            para(d, "Chính sách chất lượng do Chủ tịch UBND phường ký ban hành; mục tiêu chất lượng được ban hành hằng năm."),
            lh(d, "TRÁCH NHIỆM, QUYỀN HẠN VÀ ĐẠI DIỆN LÃNH ĐẠO"),
            para(d, "Chủ tịch UBND phường bổ nhiệm Phó Chủ tịch UBND phường làm Đại diện lãnh đạo về chất lượng, chịu "
                    "trách nhiệm bảo đảm các quá trình cần thiết của hệ thống được thiết lập, thực hiện và duy trì; "
                    "báo cáo Chủ tịch về kết quả hoạt động của hệ thống."),
            lh(d, "HỆ THỐNG TÀI LIỆU"),
            d.tbl(docs, [700, 5871, 2500], sz=24),
            lh(d, "QUẢN LÝ NGUỒN LỰC VÀ TẠO SẢN PHẨM"),
            para(d, "UBND phường bố trí công chức có năng lực, trang thiết bị và môi trường làm việc; các quá trình giải "
                    "quyết thủ tục hành chính được hoạch định trong các quy trình tương ứng."),
            lh(d, "ĐO LƯỜNG, PHÂN TÍCH VÀ CẢI TIẾN"),
            para(d, "UBND phường theo dõi sự thỏa mãn của khách hàng, đánh giá nội bộ, kiểm soát sản phẩm không phù hợp, "
                    "phân tích dữ liệu và thực hiện hành động khắc phục, hành động phòng ngừa để cải tiến thường xuyên.")]


def lb_document_control(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Thủ tục này quy định thống nhất cách thức soạn thảo, xem xét, phê duyệt, ban hành, phân phối, sửa "
                    "đổi và thu hồi tài liệu của hệ thống quản lý chất lượng, bảo đảm tài liệu được sử dụng là bản hiện hành."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 4.2.3 Kiểm soát tài liệu."),
            dash(d, "Sổ tay chất lượng (STCL)."),
            lh(d, "ĐỊNH NGHĨA VÀ VIẾT TẮT"),
            dash(d, "UBND: Ủy ban nhân dân; ĐDLĐ: Đại diện lãnh đạo về chất lượng; TLNB: tài liệu nội bộ."),
            lh(d, "NỘI DUNG"),
            ab(d, "Soạn thảo: công chức được Chủ tịch UBND phường phân công soạn thảo theo mẫu thống nhất."),
            ab(d, "Xem xét, phê duyệt: ĐDLĐ xem xét; Chủ tịch UBND phường phê duyệt, ký ban hành."),
            ab(d, "Ban hành, phân phối: bản gốc lưu tại Văn phòng; bản sao đóng dấu \"TÀI LIỆU KIỂM SOÁT\" và ghi vào Sổ "
                  "phân phối tài liệu (Mẫu 02/QT-KSTL)."),
            ab(d, "Sửa đổi: người đề nghị lập Phiếu đề nghị ban hành, sửa đổi tài liệu (Mẫu 01/QT-KSTL); tài liệu lỗi "
                  "thời được thu hồi và đóng dấu \"LỖI THỜI\"."),
            ab(d, "Tài liệu bên ngoài: công chức Văn phòng - Thống kê cập nhật Danh mục tài liệu bên ngoài hằng quý."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Phiếu đề nghị ban hành, sửa đổi tài liệu", "Văn phòng - Thống kê", "03 năm"),
                           ("Sổ phân phối tài liệu", "Văn phòng - Thống kê", "03 năm"),
                           ("Danh mục tài liệu nội bộ", "Văn phòng - Thống kê", "Đến khi có bản thay thế")]),
            lh(d, "BIỂU MẪU"),
            dash(d, "Mẫu 01/QT-KSTL: Phiếu đề nghị ban hành, sửa đổi tài liệu."),
            dash(d, "Mẫu 02/QT-KSTL: Sổ phân phối tài liệu."),
            dash(d, "Mẫu 03/QT-KSTL: Danh mục tài liệu nội bộ.")]


def lb_record_control(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Thủ tục này quy định việc nhận biết, bảo quản, bảo vệ, sử dụng, xác định thời gian lưu giữ và hủy "
                    "bỏ hồ sơ chất lượng của UBND phường."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 4.2.4 Kiểm soát hồ sơ."),
            dash(d, "Luật Lưu trữ số 01/2011/QH13."),
            lh(d, "NỘI DUNG"),
            ab(d, "Mỗi bộ phận lập Danh mục hồ sơ chất lượng (Mẫu 01/QT-KSHS) ghi rõ tên hồ sơ, người lưu, thời gian lưu."),
            ab(d, "Hồ sơ được sắp xếp trong cặp, hộp có nhãn; hồ sơ giải quyết thủ tục hành chính lưu theo năm và lĩnh vực."),
            ab(d, "Việc mượn hồ sơ phải được lãnh đạo UBND phường đồng ý và ghi vào Sổ theo dõi mượn hồ sơ (Mẫu 02/QT-KSHS)."),
            ab(d, "Hết thời gian lưu, bộ phận lập danh sách hồ sơ đề nghị hủy trình Chủ tịch UBND phường, lập biên bản hủy."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Danh mục hồ sơ chất lượng", "Các bộ phận", "Đến khi có bản thay thế"),
                           ("Sổ theo dõi mượn hồ sơ", "Văn phòng - Thống kê", "02 năm"),
                           ("Biên bản hủy hồ sơ", "Văn phòng - Thống kê", "Vĩnh viễn")])]


def lb_audit(d):
    hs = "ascii"
    return [lh(d, "MỤC ĐÍCH", hs),
            para(d, "Thủ tục này quy định việc lập kế hoạch, chuẩn bị và tiến hành đánh giá nội bộ nhằm xác định hệ thống "
                    "quản lý chất lượng có phù hợp với các hoạt động đã hoạch định, với yêu cầu của tiêu chuẩn và được "
                    "áp dụng, duy trì có hiệu lực hay không."),
            ] + lb_scope(d, hs) + [
            lh(d, "TÀI LIỆU VIỆN DẪN", hs),
            dash(d, "TCVN ISO 9001:2008, điều 8.2.2 Đánh giá nội bộ."),
            lh(d, "ĐỊNH NGHĨA VÀ VIẾT TẮT", hs),
            dash(d, "ĐGNB: đánh giá nội bộ; ĐDLĐ: Đại diện lãnh đạo; HĐKP: hành động khắc phục."),
            lh(d, "NỘI DUNG", hs),
            ab(d, "ĐDLĐ lập Kế hoạch đánh giá nội bộ (Mẫu 01/QT-ĐGNB) ít nhất 01 lần/năm, trình Chủ tịch UBND phường duyệt."),
            ab(d, "Chuyên gia đánh giá là công chức đã được đào tạo, không đánh giá công việc của mình."),
            ab(d, "Tiến hành đánh giá, ghi Phiếu ghi chép (Mẫu 02/QT-ĐGNB); họp kết thúc với bộ phận được đánh giá."),
            ab(d, "Trưởng đoàn lập Báo cáo kết quả đánh giá nội bộ (Mẫu 03/QT-ĐGNB); bộ phận có điểm không phù hợp thực "
                  "hiện hành động khắc phục theo QT-HĐKP."),
            lh(d, "HỒ SƠ", hs),
            lb_records(d, [("Kế hoạch đánh giá nội bộ", "Văn phòng - Thống kê", "03 năm"),
                           ("Phiếu ghi chép", "Văn phòng - Thống kê", "03 năm"),
                           ("Báo cáo kết quả đánh giá nội bộ", "Văn phòng - Thống kê", "03 năm")])]


def lb_nonconforming(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Thủ tục này bảo đảm sản phẩm không phù hợp (kết quả giải quyết thủ tục hành chính có sai sót, hồ sơ "
                    "giải quyết trễ hạn) được nhận biết và kiểm soát để không chuyển đến tổ chức, công dân."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 8.3 Kiểm soát sản phẩm không phù hợp."),
            lh(d, "NỘI DUNG"),
            ab(d, "Người phát hiện ghi vào Sổ theo dõi sản phẩm không phù hợp (Mẫu 01/QT-KSSP)."),
            ab(d, "Lãnh đạo UBND phường quyết định biện pháp xử lý: sửa lại, làm lại, thu hồi kết quả đã trả."),
            ab(d, "Trường hợp hồ sơ trễ hạn, Bộ phận tiếp nhận và trả kết quả gửi phiếu xin lỗi và hẹn lại ngày trả."),
            ab(d, "Sản phẩm sau khi xử lý được kiểm tra lại trước khi trả cho tổ chức, công dân."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Sổ theo dõi sản phẩm không phù hợp", "Bộ phận TN&TKQ", "02 năm")])]


def lb_corrective(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Thủ tục này quy định cách thức xác định nguyên nhân của sự không phù hợp đã xảy ra và thực hiện hành "
                    "động khắc phục nhằm loại bỏ nguyên nhân, ngăn ngừa sự tái diễn."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 8.5.2 Hành động khắc phục."),
            lh(d, "NỘI DUNG"),
            ab(d, "Nguồn thông tin: kết quả đánh giá nội bộ, khiếu nại, phản ánh của tổ chức, công dân, sản phẩm không phù "
                  "hợp lặp lại."),
            ab(d, "Bộ phận liên quan lập Phiếu yêu cầu hành động khắc phục (Mẫu 01/QT-HĐKP), phân tích nguyên nhân."),
            ab(d, "ĐDLĐ xem xét, phê duyệt biện pháp và thời hạn thực hiện."),
            ab(d, "Công chức Văn phòng - Thống kê kiểm tra kết quả, xác nhận hiệu lực trên phiếu."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Phiếu yêu cầu hành động khắc phục", "Văn phòng - Thống kê", "03 năm")])]


def lb_preventive(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Thủ tục này quy định cách thức xác định sự không phù hợp tiềm ẩn và nguyên nhân của chúng, thực hiện "
                    "hành động phòng ngừa thích hợp để ngăn chặn sự xuất hiện."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2008, điều 8.5.3 Hành động phòng ngừa."),
            lh(d, "NỘI DUNG"),
            ab(d, "Hằng quý, các bộ phận phân tích số liệu hồ sơ trễ hạn, ý kiến góp ý của tổ chức, công dân để phát hiện "
                  "sự không phù hợp tiềm ẩn."),
            ab(d, "Lập Phiếu yêu cầu hành động phòng ngừa (Mẫu 01/QT-HĐPN), trình ĐDLĐ phê duyệt."),
            ab(d, "Thực hiện, theo dõi và đánh giá hiệu quả; báo cáo tại cuộc họp xem xét của lãnh đạo."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Phiếu yêu cầu hành động phòng ngừa", "Văn phòng - Thống kê", "03 năm")])]


def lb_review_2015(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Quy trình này quy định việc lãnh đạo UBND phường xem xét hệ thống quản lý chất lượng theo định kỳ "
                    "để bảo đảm hệ thống luôn thích hợp, thỏa đáng, có hiệu lực và phù hợp với định hướng chiến lược."),
            ] + lb_scope(d) + [
            lh(d, "TÀI LIỆU VIỆN DẪN"),
            dash(d, "TCVN ISO 9001:2015, điều 9.3 Xem xét của lãnh đạo."),
            lh(d, "NỘI DUNG"),
            ab(d, "Tần suất: ít nhất 01 lần/năm, do Chủ tịch UBND phường chủ trì."),
            ab(d, "Đầu vào của cuộc họp: tình trạng các hành động từ lần xem xét trước; thay đổi về các vấn đề bên ngoài "
                  "và nội bộ; sự hài lòng và phản hồi của tổ chức, công dân; mức độ đạt được mục tiêu chất lượng; kết "
                  "quả thực hiện các quá trình; sự không phù hợp và hành động khắc phục; kết quả theo dõi, đo lường; "
                  "kết quả đánh giá nội bộ; kết quả thực hiện của nhà cung cấp bên ngoài; sự thỏa đáng của nguồn lực; "
                  "hiệu lực của các hành động giải quyết rủi ro và cơ hội; các cơ hội cải tiến."),
            ab(d, "Đầu ra: quyết định về cơ hội cải tiến, nhu cầu thay đổi hệ thống và nhu cầu nguồn lực; công chức Văn "
                  "phòng - Thống kê lập Biên bản họp (Mẫu 01/QT-XXLĐ)."),
            lh(d, "HỒ SƠ"),
            lb_records(d, [("Báo cáo đầu vào", "Văn phòng - Thống kê", "03 năm"),
                           ("Biên bản họp xem xét của lãnh đạo", "Văn phòng - Thống kê", "05 năm")])]


def lb_tthc_birth(d):
    hs = "vni"
    return [lh(d, "MỤC ĐÍCH", hs),
            para(d, "Quy định trình tự, thời hạn giải quyết thủ tục đăng ký khai sinh tại UBND phường, bảo đảm đúng quy "
                    "định, thuận tiện cho người dân."),
            lh(d, "PHẠM VI ÁP DỤNG", hs),
            para(d, "Công chức Tư pháp - Hộ tịch và Bộ phận tiếp nhận và trả kết quả của UBND phường."),
            lh(d, "CĂN CỨ PHÁP LÝ", hs),
            dash(d, "Luật Hộ tịch số 60/2014/QH13."),
            dash(d, "Nghị định số 123/2015/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Hộ tịch."),
            dash(d, "TCVN ISO 9001:2008 Hệ thống quản lý chất lượng - Các yêu cầu."),
            lh(d, "NỘI DUNG QUY TRÌNH", hs),
            para(d, "Hồ sơ: tờ khai đăng ký khai sinh; giấy chứng sinh hoặc văn bản thay thế. Thời hạn: ngay trong ngày "
                    "tiếp nhận; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo. Lệ phí: "
                    "miễn lệ phí đối với trường hợp đăng ký đúng hạn."),
            d.tbl([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
                   ["1", "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận TN&TKQ", "30 phút"],
                   ["2", "Ghi vào Sổ đăng ký khai sinh, trình ký", "Công chức Tư pháp - Hộ tịch", "02 giờ"],
                   ["3", "Ký Giấy khai sinh", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "01 giờ"],
                   ["4", "Trả kết quả, người đi đăng ký ký Sổ", "Bộ phận TN&TKQ", "30 phút"]],
                  [800, 4471, 2500, 1300], sz=22),
            lh(d, "HỒ SƠ LƯU", hs),
            lb_records(d, [("Sổ đăng ký khai sinh", "Công chức Tư pháp - Hộ tịch", "Vĩnh viễn"),
                           ("Hồ sơ đăng ký khai sinh", "Công chức Tư pháp - Hộ tịch", "Vĩnh viễn")])]


def lb_tthc_copy(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Quy định trình tự chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền "
                    "của Việt Nam cấp hoặc chứng nhận, tại UBND phường."),
            lh(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Công chức Tư pháp - Hộ tịch và Bộ phận tiếp nhận và trả kết quả của UBND phường."),
            lh(d, "CĂN CỨ PHÁP LÝ"),
            dash(d, "Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính."),
            dash(d, "Thông tư số 01/2020/TT-BTP của Bộ Tư pháp."),
            dash(d, "TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu."),
            lh(d, "NỘI DUNG QUY TRÌNH"),
            para(d, "Hồ sơ: bản chính giấy tờ, văn bản và bản sao cần chứng thực. Lệ phí: 2.000 đồng/trang đối với trang "
                    "thứ nhất và thứ hai, từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản."),
            para(d, "Thời hạn: trong ngày làm việc; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo."),
            d.tbl([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
                   ["1", "Tiếp nhận, đối chiếu bản sao với bản chính", "Bộ phận TN&TKQ", "15 phút"],
                   ["2", "Ghi lời chứng, vào sổ chứng thực, trình ký", "Công chức Tư pháp - Hộ tịch", "30 phút"],
                   ["3", "Ký chứng thực, đóng dấu", "Chủ tịch hoặc Phó Chủ tịch UBND phường", "30 phút"],
                   ["4", "Thu lệ phí, trả kết quả", "Bộ phận TN&TKQ", "15 phút"]],
                  [800, 4471, 2500, 1300], sz=22),
            lh(d, "HỒ SƠ LƯU"),
            lb_records(d, [("Sổ chứng thực bản sao từ bản chính", "Công chức Tư pháp - Hộ tịch", "02 năm")])]


def lb_tthc_marriage(d):
    return [lh(d, "MỤC ĐÍCH"),
            para(d, "Quy định trình tự, thời hạn giải quyết thủ tục đăng ký kết hôn tại UBND phường."),
            lh(d, "PHẠM VI ÁP DỤNG"),
            para(d, "Công chức Tư pháp - Hộ tịch và Bộ phận tiếp nhận và trả kết quả của UBND phường."),
            lh(d, "CĂN CỨ PHÁP LÝ"),
            dash(d, "Luật Hôn nhân và gia đình số 52/2014/QH13; Luật Hộ tịch số 60/2014/QH13."),
            dash(d, "Nghị định số 123/2015/NĐ-CP", d.ins(", được sửa đổi, bổ sung bởi Nghị định số 87/2020/NĐ-CP"),
                 " của Chính phủ."),
            dash(d, "Thông tư số ", d.dele("15/2015/TT-BTP"), d.ins("04/2020/TT-BTP"), " của Bộ Tư pháp."),
            dash(d, "TCVN ISO 9001:2008 Hệ thống quản lý chất lượng - Các yêu cầu."),
            lh(d, "NỘI DUNG QUY TRÌNH"),
            para(d, "Hồ sơ: tờ khai đăng ký kết hôn; ", d.dele("giấy xác nhận tình trạng hôn nhân"),
                 d.ins("giấy xác nhận tình trạng hôn nhân (trường hợp không cùng nơi cư trú)"),
                 ". Thời hạn: ngay trong ngày tiếp nhận. Lệ phí: miễn."),
            para(d, "Hồ sơ có thể nộp trực tuyến tại Cổng dịch vụ công của tỉnh: ",
                 d.link("https://dichvucong.vinhphuc.gov.vn"), ".", mark="ins"),
            d.tbl([["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"],
                   ["1", "Tiếp nhận, kiểm tra hồ sơ", "Bộ phận TN&TKQ", "30 phút"],
                   ["2", "Kiểm tra điều kiện kết hôn, ghi Sổ đăng ký kết hôn", "Công chức Tư pháp - Hộ tịch", "02 giờ"],
                   ["3", "Ký Giấy chứng nhận kết hôn", "Chủ tịch UBND phường", "01 giờ"],
                   ["4", "Trao Giấy chứng nhận kết hôn cho hai bên nam, nữ", "Công chức Tư pháp - Hộ tịch", "30 phút"]],
                  [800, 4471, 2500, 1300], sz=22),
            lh(d, "HỒ SƠ LƯU"),
            lb_records(d, [("Sổ đăng ký kết hôn", "Công chức Tư pháp - Hộ tịch", "Vĩnh viễn")])]


def lb_letterhead(d, date_line, number=None):
    left = [d.p("UBND THÀNH PHỐ VĨNH YÊN", jc="center", after=0, fmt=dict(sz=24)),
            d.p("ỦY BAN NHÂN DÂN", jc="center", after=0, fmt=dict(b=True, sz=24)),
            d.p("PHƯỜNG LIÊN BẢO", jc="center", after=0, fmt=dict(b=True, sz=24))]
    right = [d.p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", jc="center", after=0, fmt=dict(b=True, sz=24)),
             d.p("Độc lập - Tự do - Hạnh phúc", jc="center", after=0, fmt=dict(b=True, sz=26))]
    rows = [[left, right], [[d.p(number or "", jc="center", after=0)],
                            [d.p(date_line, jc="center", after=0, fmt=dict(i=True))]]]
    return [d.tbl(rows, [3700, 5371], head=0, borders=False), d.p(after=120)]


def lb_policy(d):
    body = lb_letterhead(d, "Liên Bảo, ngày 05 tháng 3 năm 2018") + [
        d.p("CHÍNH SÁCH CHẤT LƯỢNG", jc="center", before=240, after=240, fmt=dict(b=True, sz=32)),
        para(d, "Ủy ban nhân dân phường Liên Bảo cam kết xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất "
                "lượng phù hợp với tiêu chuẩn TCVN ISO 9001:2008 trong giải quyết thủ tục hành chính, nhằm phục vụ tổ "
                "chức, công dân ngày càng tốt hơn."),
        dash(d, "Giải quyết thủ tục hành chính công khai, minh bạch, đúng pháp luật, đúng hẹn."),
        dash(d, "Cán bộ, công chức tận tụy, văn minh, lịch sự trong giao tiếp với người dân."),
        dash(d, "Thường xuyên lắng nghe ý kiến của tổ chức, công dân để cải tiến."),
        d.p("CÔNG KHAI - MINH BẠCH - ĐÚNG HẸN - THÂN THIỆN", jc="center", before=120, fmt=dict(b=True)),
        d.p(after=240), d.p("CHỦ TỊCH", jc="right", after=0, fmt=dict(b=True)),
        d.p("(Đã ký)", jc="right", after=0), d.p("Nguyễn Văn Thành", jc="right", fmt=dict(b=True))]
    return d.package(body, d.sectpr())


def lb_objectives(d):
    body = lb_letterhead(d, "Liên Bảo, ngày 03 tháng 01 năm 2025") + [
        d.p("MỤC TIÊU CHẤT LƯỢNG NĂM 2025", jc="center", before=240, after=0, fmt=dict(b=True, sz=32)),
        d.p("(Ban hành kèm theo Quyết định số 03/QĐ-UBND ngày 03/01/2025 của Chủ tịch UBND phường Liên Bảo)",
            jc="center", after=240, fmt=dict(i=True)),
        d.p("100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết đúng hoặc trước hạn.", num=(3, 0)),
        d.p("100% thủ tục hành chính thuộc thẩm quyền được niêm yết công khai, đầy đủ tại Bộ phận tiếp nhận và trả kết quả.",
            num=(3, 0)),
        d.p("Tối thiểu 80% hồ sơ hộ tịch được tiếp nhận trực tuyến.", num=(3, 0)),
        d.p("Không có phản ánh về thái độ phục vụ của cán bộ, công chức.", num=(3, 0)),
        para(d, "Cán bộ, công chức UBND phường có trách nhiệm thực hiện các mục tiêu trên."),
        d.p(after=240), d.p("CHỦ TỊCH", jc="right", after=0, fmt=dict(b=True)),
        d.p("(Đã ký)", jc="right", after=0), d.p("Nguyễn Văn Thành", jc="right", fmt=dict(b=True))]
    return d.package(body, d.sectpr())


def lb_audit_report(d):
    findings = [["TT", "Bộ phận", "Nội dung không phù hợp", "Điều khoản"],
                ["1", "Văn phòng - Thống kê", "Mục tiêu chất lượng năm 2024 không có kế hoạch thực hiện", "5.4.1"],
                ["2", "Tư pháp - Hộ tịch", "Quy trình QT-TPHT-01 chưa cập nhật văn bản pháp luật mới", "4.2.3"],
                ["3", "Bộ phận TN&TKQ", "Chưa tổng hợp phiếu khảo sát ý kiến 6 tháng đầu năm", "8.2.1"],
                ["4", "Địa chính - Xây dựng", "Danh mục hồ sơ lưu không ghi thời gian lưu", "4.2.4"]]
    body = lb_letterhead(d, "Liên Bảo, ngày 28 tháng 11 năm 2024", "Số:         /BC-UBND") + [
        d.p("BÁO CÁO", jc="center", before=240, after=0, fmt=dict(b=True, sz=30)),
        d.p("Kết quả đánh giá nội bộ hệ thống quản lý chất lượng năm 2024", jc="center", after=240, fmt=dict(b=True)),
        para(d, "Căn cứ Kế hoạch đánh giá nội bộ năm 2024 của UBND phường, Đoàn đánh giá báo cáo kết quả như sau:"),
        d.p("Thời gian đánh giá: từ ngày 19 đến ngày 21 tháng 11 năm 2024.", num=(3, 0)),
        d.p("Căn cứ đánh giá: tiêu chuẩn TCVN ISO 9001:2008; Sổ tay chất lượng, các thủ tục và quy trình của UBND phường.",
            num=(3, 0)),
        d.p("Phạm vi: Văn phòng - Thống kê; Tư pháp - Hộ tịch; Địa chính - Xây dựng; Bộ phận tiếp nhận và trả kết quả.",
            num=(3, 0)),
        d.p("Đoàn đánh giá: bà Trần Thị Lan (trưởng đoàn), bà Hoàng Thu Trang, ông Lê Văn Cường.", num=(3, 0)),
        d.p("Kết quả: 04 điểm không phù hợp, 02 điểm lưu ý.", num=(3, 0)),
        d.tbl(findings, [600, 2300, 4871, 1300], sz=22),
        d.p("Kiến nghị: các bộ phận thực hiện hành động khắc phục trong tháng 12 năm 2024; đề nghị sớm chuyển đổi hệ "
            "thống theo phiên bản tiêu chuẩn mới.", num=(3, 0)),
        d.p(after=240), d.p("TM. ỦY BAN NHÂN DÂN", jc="right", after=0, fmt=dict(b=True)),
        d.p("PHÓ CHỦ TỊCH", jc="right", after=0, fmt=dict(b=True)),
        d.p("Trần Thị Lan", jc="right", before=600, fmt=dict(b=True))]
    return d.package(body, d.sectpr())


# ================================================================================================
# Agencies: every document with the labels read from its content (after tracked deletions)
# ================================================================================================

def so_tnmt():
    docs = []

    def add(path, fn, labels, **props):
        props.setdefault("company", TN_COMPANY)
        docs.append((path, (fn, props), labels))

    def f(code, rev, date, pages):
        return [("Mã hiệu", code), ("Lần ban hành", rev), ("Ngày ban hành", date), ("Số trang", pages)]

    add("01. He thong/ISO.ST So tay he thong quan ly chat luong.docx",
        lambda d: tn_doc(d, [["SỔ TAY"], ["HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"]], "SỔ TAY HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG",
                         f("ISO.ST", "02", CONV, "09"), [FIRST16, CONV_ROW], tn_manual(d), pages="9"),
        lab("quality_manual", "keep", "ISO.ST", "02", "2020-03-15", "2015"),
        title="Sổ tay hệ thống quản lý chất lượng", pages=9)
    add("01. He thong/ISO.CS Chinh sach chat luong.pdf",
        lambda d: tn_doc(d, [["CHÍNH SÁCH CHẤT LƯỢNG"]], "CHÍNH SÁCH CHẤT LƯỢNG", f("ISO.CS", "02", CONV, "02"),
                         [FIRST16, CONV_ROW], tn_policy(d), pages="2"),
        lab("quality_policy", "keep", "ISO.CS", "02", "2020-03-15", "2015"),
        title="Chính sách chất lượng", pages=2)
    add("01. He thong/ISO.MT Muc tieu chat luong nam 2025.docx",
        lambda d: tn_doc(d, [["MỤC TIÊU CHẤT LƯỢNG"], ["NĂM 2025"]], "MỤC TIÊU CHẤT LƯỢNG NĂM 2025",
                         f("ISO.MT.2025", "01", "08/01/2025", "03"),
                         [("1", "08/01/2025", "", "Ban hành mục tiêu chất lượng năm 2025", "01")], tn_objectives(d),
                         pages="3"),
        lab("quality_objectives", "keep", "ISO.MT.2025", "01", "2025-01-08", "2015"),
        title="Mục tiêu chất lượng 2024", created="2024-01-03T01:10:00Z", modified="2025-01-08T02:45:00Z",
        editor="Đỗ Thị Thu Hà", track_date="2025-01-07T03:20:00Z", pages=3)
    add("01. He thong/ISO.BC Boi canh cua to chuc va cac ben quan tam.pdf",
        lambda d: tn_doc(d, [["BỐI CẢNH CỦA TỔ CHỨC"], ["VÀ CÁC BÊN QUAN TÂM"]],
                         "BỐI CẢNH CỦA TỔ CHỨC VÀ CÁC BÊN QUAN TÂM", f("ISO.BC", "02", "12/01/2024", "04"),
                         [("1", CONV, "", "Ban hành lần đầu", "01"),
                          ("2", "12/01/2024", "Mục 2, 3", "Cập nhật các vấn đề bên ngoài, nội bộ và các bên quan tâm", "02")],
                         tn_context(d), pages="4"),
        lab("context_analysis", "keep", "ISO.BC", "02", "2024-01-12", "2015"),
        title="Bối cảnh của tổ chức", created="2020-02-20T07:00:00Z", modified="2024-01-12T08:00:00Z", pages=4)

    def information(d):
        title = [[d.dele("THỦ TỤC"), d.ins("QUY TRÌNH")], ["KIỂM SOÁT ", d.dele("TÀI LIỆU"), d.ins("THÔNG TIN DẠNG VĂN BẢN")]]
        fields = [("Mã hiệu", [d.dele("ISO.TT.01"), d.ins("ISO.QT.01")]), ("Lần ban hành", [d.dele("01"), d.ins("02")]),
                  ("Ngày ban hành", [d.dele("12/5/2016"), d.ins("15/3/2020")]), ("Số trang", [d.dele("05"), d.ins("07")])]
        header_title = [d.dele("THỦ TỤC KIỂM SOÁT TÀI LIỆU"), d.ins("QUY TRÌNH KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN")]
        return tn_doc(d, title, header_title, fields,
                      [FIRST16, ("2", CONV, "Toàn bộ", "Hợp nhất ISO.TT.01 và ISO.TT.02; chuyển đổi theo TCVN ISO "
                                                      "9001:2015", "02")],
                      tn_information(d), pages="7", ins_rows=(2,),
                      hcode=[d.dele("ISO.TT.01"), d.ins("ISO.QT.01")], hrev=[d.dele("01"), d.ins("02")])
    add("02. Quy trinh ISO/ISO.QT.01 Kiem soat thong tin dang van ban.docx", information,
        lab(DOCINFO, "keep", "ISO.QT.01", "02", "2020-03-15", "2015"),
        title="Thủ tục kiểm soát tài liệu", pages=7, revision=14)
    add("02. Quy trinh ISO/ISO.QT.02 Quan ly rui ro va co hoi.pdf",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["QUẢN LÝ RỦI RO VÀ CƠ HỘI"]], "QUY TRÌNH QUẢN LÝ RỦI RO VÀ CƠ HỘI",
                         f("ISO.QT.02", "01", CONV, "05"), [("1", CONV, "", "Ban hành lần đầu", "01")], tn_risk(d),
                         pages="5"),
        lab(RISK, "keep", "ISO.QT.02", "01", "2020-03-15", "2015"),
        title="Quy trình quản lý rủi ro và cơ hội", created="2020-02-18T03:00:00Z", pages=5)
    # Copied from the 2016 document-control file: its properties still carry that title.
    add("02. Quy trinh ISO/ISO.QT.03 Danh gia noi bo.docx",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["ĐÁNH GIÁ NỘI BỘ"]], "QUY TRÌNH ĐÁNH GIÁ NỘI BỘ",
                         f("ISO.QT.03", "02", CONV, "06"), [FIRST16, CONV_ROW], tn_audit(d), pages="6", code_box=True),
        lab("procedure.internal_audit", "keep", "ISO.QT.03", "02", "2020-03-15", "2015"),
        title="Thủ tục kiểm soát tài liệu", mess=3, pages=6)
    add("02. Quy trinh ISO/ISO.QT.04 Kiem soat su khong phu hop va hanh dong khac phuc.docx",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["KIỂM SOÁT SỰ KHÔNG PHÙ HỢP"], ["VÀ HÀNH ĐỘNG KHẮC PHỤC"]],
                         "QUY TRÌNH KIỂM SOÁT SỰ KHÔNG PHÙ HỢP VÀ HÀNH ĐỘNG KHẮC PHỤC",
                         f("ISO.QT.04", "02", CONV, "07"),
                         [FIRST16, ("2", CONV, "Toàn bộ", "Hợp nhất ISO.TT.04 và ISO.TT.05, bãi bỏ ISO.TT.06; chuyển đổi "
                                                          "theo TCVN ISO 9001:2015", "02")],
                         tn_ncca(d), pages="7",
                         footer=[d.p(d.fld("FILENAME \\p", "D:\\ISO 2020\\02. Quy trinh ISO\\ISO.QT.04 Kiem soat su "
                                                           "khong phu hop va hanh dong khac phuc.docx", sz=14),
                                     style="Footer")]),
        lab(NCCA, "keep", "ISO.QT.04", "02", "2020-03-15", "2015"),
        title="Thủ tục kiểm soát sản phẩm không phù hợp", pages=7, revision=11)
    add("02. Quy trinh ISO/ISO.TT.07 Thu tuc xem xet cua lanh dao.pdf",
        lambda d: tn16_doc(d, "THỦ TỤC", ["XEM XÉT CỦA LÃNH ĐẠO"], "ISO.TT.07", "01", "12/5/2016", tn_review_2008(d)),
        lab("procedure.management_review", "revise", "ISO.TT.07", "01", "2016-05-12", "2008"),
        title="Thủ tục xem xét của lãnh đạo", mess=1, modified="2016-05-12T09:00:00Z", pages=4)
    add("02. Quy trinh ISO/ISO.QT.06 Do luong su hai long cua to chuc, cong dan.docx",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["ĐO LƯỜNG SỰ HÀI LÒNG"], ["CỦA TỔ CHỨC, CÔNG DÂN"]],
                         "QUY TRÌNH ĐO LƯỜNG SỰ HÀI LÒNG CỦA TỔ CHỨC, CÔNG DÂN", f("ISO.QT.06", "02", CONV, "04"),
                         [FIRST16, CONV_ROW], tn_satisfaction(d), pages="4"),
        lab("procedure.customer_satisfaction", "keep", "ISO.QT.06", "02", "2020-03-15", "2015"),
        title="Quy trình đo lường sự hài lòng", pages=4)

    land_sign = [("Vũ Văn Dũng", "Viên chức Văn phòng ĐKĐĐ"), ("Hoàng Thị Mai", "Giám đốc Văn phòng ĐKĐĐ"),
                 ("Phạm Quang Huy", "Giám đốc Sở")]
    add("03. Quy trinh TTHC/QT.TNMT.05 Dang ky bien dong dat dai.pdf",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["ĐĂNG KÝ BIẾN ĐỘNG QUYỀN SỬ DỤNG ĐẤT,"],
                             ["QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT"]],
                         "QUY TRÌNH ĐĂNG KÝ BIẾN ĐỘNG QUYỀN SỬ DỤNG ĐẤT, QUYỀN SỞ HỮU TÀI SẢN GẮN LIỀN VỚI ĐẤT",
                         f("QT.TNMT.05", "03", "20/7/2023", "05"),
                         [FIRST16, CONV_ROW, ("3", "20/7/2023", "Mục 3, 4", "Cập nhật theo Nghị định số 10/2023/NĐ-CP",
                                              "03")],
                         tn_tthc_land(d), pages="5", signers=land_sign),
        lab("procedure.administrative", "keep", "QT.TNMT.05", "03", "2023-07-20", "2015"),
        title="Quy trình đăng ký biến động", modified="2023-07-20T04:00:00Z", pages=5)
    add("03. Quy trinh TTHC/QT.TNMT.12 Cap giay phep khai thac nuoc mat.docx",
        lambda d: tn16_doc(d, "QUY TRÌNH", ["CẤP GIẤY PHÉP KHAI THÁC,", "SỬ DỤNG NƯỚC MẶT"], "QT.TNMT.12", "01",
                           [d.sdt_date("05/3/2018", "2018-03-05", sz=22)], tn_tthc_water(d)),
        lab("procedure.administrative", "revise", "QT.TNMT.12", "01", "2018-03-05", "2008"),
        title="Quy trình cấp giấy phép khai thác nước mặt", mess=1, created="2018-02-26T02:00:00Z",
        modified="2018-03-05T08:00:00Z", pages=4)
    env_sign = [("Trần Văn Hải", "Chuyên viên Chi cục BVMT"), ("Ngô Thị Lan", "Chi cục trưởng Chi cục BVMT"),
                ("Phạm Quang Huy", "Giám đốc Sở")]
    code_env = f"QT{NBH}MT{NBH}02"    # typed with Ctrl+Shift+- so that it never breaks in the narrow cell
    add("03. Quy trinh TTHC/QT-MT-02 Tham dinh bao cao danh gia tac dong moi truong.docx",
        lambda d: tn_doc(d, [["QUY TRÌNH"], ["THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ"], ["TÁC ĐỘNG MÔI TRƯỜNG"]],
                         "QUY TRÌNH THẨM ĐỊNH BÁO CÁO ĐÁNH GIÁ TÁC ĐỘNG MÔI TRƯỜNG",
                         f(code_env, "02", "10/02/2022", "05"),
                         [("1", "05/3/2018", "", "Ban hành lần đầu", "01"),
                          ("2", "10/02/2022", "Toàn bộ", "Cập nhật theo Luật Bảo vệ môi trường năm 2020 và Nghị định số "
                                                         "08/2022/NĐ-CP; áp dụng TCVN ISO 9001:2015", "02")],
                         tn_tthc_eia(d), pages="5", signers=env_sign),
        lab("procedure.administrative", "keep", "QT-MT-02", "02", "2022-02-10", "2015"),
        title="Quy trình thẩm định ĐTM", author="Trần Văn Hải", created="2018-02-20T02:00:00Z",
        modified="2022-02-10T09:30:00Z", pages=5)
    # Saved with "Encrypt with Password" by the Chi cục: an OLE2 container, not a zip.
    docs.append(("03. Quy trinh TTHC/QT.TNMT.21 Cap giay phep moi truong.docx", encrypted_docx(2102),
                 not_read("failed")))
    add("04. Bieu mau/BM.01-ISO.QT.03 Chuong trinh danh gia noi bo.docx", tn_form,
        lab("form", "keep", "BM.01/ISO.QT.03"), title="Biểu mẫu", mess=1, pages=1)
    add("05. Ho so/Bien ban hop xem xet cua lanh dao nam 2024.docx", tn_review_minutes,
        lab("record.management_review", "keep", "BM.02/ISO.TT.07", issued="2024-12-23", edition="2015"),
        title="Biên bản", created="2024-12-23T07:00:00Z", modified="2024-12-24T01:00:00Z", pages=2)

    tthc = [("1.004227", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai"),
            ("1.004253", "Cấp giấy phép khai thác, sử dụng nước mặt", "Tài nguyên nước"),
            ("1.010727", "Thẩm định báo cáo đánh giá tác động môi trường", "Môi trường"),
            ("1.010728", "Cấp giấy phép môi trường", "Môi trường"),
            ("2.001787", "Cấp giấy phép thăm dò khoáng sản", "Địa chất và khoáng sản"),
            ("", "Cung cấp thông tin, dữ liệu đất đai", "Đất đai")]
    agency = dict(id="so-tai-nguyen-moi-truong", name="Sở Tài nguyên và Môi trường", level="province",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "5.2": "covered", "6.1": "covered",
                           "6.2": "covered", "7.5": "covered", "8.7": "covered", "9.1": "covered", "9.2": "covered",
                           "9.3": "partial", "10.2": "covered"},
                  must_find=[],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"id": "objectives-without-plan"},
                            {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "6.2", "severity": "major"}, {"clause": "7.5", "severity": "major"}])
    return agency, docs, tthc


def ubnd_lien_bao():
    docs = []

    def add(path, fn, labels, **props):
        props.setdefault("flavor", "2007")
        props.setdefault("company", "UBND phuong Lien Bao")
        props.setdefault("author", "Hoàng Thu Trang")
        props.setdefault("created", "2018-02-12T01:30:00Z")
        props.setdefault("modified", "2018-03-05T03:10:00Z")
        docs.append((path, (fn, props), labels))

    def sys08(kind_word, title, code, content):
        return lambda d: lb_doc(d, kind_word, title, code, ["01"], [lb_date18(d, sz=20)], [QD18], content(d),
                                history=())

    add("He thong/STCL So tay chat luong.docx",
        lambda d: lb_doc(d, "SỔ TAY CHẤT LƯỢNG", [], "STCL", ["01"], [lb_date18(d, sz=20)], [QD18], lb_manual(d),
                         pages="8"),
        lab("quality_manual", "revise", "STCL", "01", "2018-03-05", "2008"), title="SỔ TAY CHẤT LƯỢNG", pages=8)
    add("He thong/Chinh sach chat luong.pdf", lb_policy,
        lab("quality_policy", "revise", issued="2018-03-05", edition="2008"), title="Chính sách chất lượng", pages=1)
    add("He thong/Muc tieu chat luong nam 2025.docx", lb_objectives,
        lab("quality_objectives", "revise", issued="2025-01-03"), title="Mục tiêu chất lượng",
        created="2023-01-04T02:00:00Z", modified="2025-01-03T02:30:00Z", pages=1)

    t = "Thu tuc he thong"
    add(f"{t}/QT-KSTL Kiem soat tai lieu.docx",
        sys08("THỦ TỤC", ["KIỂM SOÁT TÀI LIỆU"], "QT-KSTL", lb_document_control),
        lab("procedure.document_control", "merge", "QT-KSTL", "01", "2018-03-05", "2008", DOCINFO),
        title="Thủ tục kiểm soát tài liệu", pages=5)
    add(f"{t}/QT-KSHS Kiem soat ho so.pdf",
        sys08("THỦ TỤC", ["KIỂM SOÁT HỒ SƠ"], "QT-KSHS", lb_record_control),
        lab("procedure.record_control", "merge", "QT-KSHS", "01", "2018-03-05", "2008", DOCINFO),
        title="Thủ tục kiểm soát hồ sơ", pages=4)
    add(f"{t}/QT-DGNB Danh gia noi bo.docx",
        sys08("THỦ TỤC", ["ĐÁNH GIÁ NỘI BỘ"], "QT-ĐGNB", lb_audit),
        lab("procedure.internal_audit", "revise", "QT-ĐGNB", "01", "2018-03-05", "2008"),
        title="Thủ tục đánh giá nội bộ", pages=4)
    add(f"{t}/QT-KSSP Kiem soat san pham khong phu hop.docx",
        sys08("THỦ TỤC", ["KIỂM SOÁT SẢN PHẨM", "KHÔNG PHÙ HỢP"], "QT-KSSP", lb_nonconforming),
        lab("procedure.nonconforming_product", "merge", "QT-KSSP", "01", "2018-03-05", "2008", NCCA),
        title="Thủ tục kiểm soát sản phẩm không phù hợp", pages=4)
    # Copied from the record-control file: the properties still say so (and so does the PDF's /Title).
    add(f"{t}/QT-HDKP Hanh dong khac phuc.pdf",
        sys08("THỦ TỤC", ["HÀNH ĐỘNG KHẮC PHỤC"], "QT-HĐKP", lb_corrective),
        lab("procedure.corrective_action", "merge", "QT-HĐKP", "01", "2018-03-05", "2008", NCCA),
        title="Thủ tục kiểm soát hồ sơ", pages=4)
    add(f"{t}/QT-HDPN Hanh dong phong ngua.docx",
        sys08("THỦ TỤC", ["HÀNH ĐỘNG PHÒNG NGỪA"], "QT-HĐPN", lb_preventive),
        lab("procedure.preventive_action", "replace", "QT-HĐPN", "01", "2018-03-05", "2008", RISK),
        title="Thủ tục hành động phòng ngừa", pages=4)
    add(f"{t}/QT-XXLD Xem xet cua lanh dao.docx",
        lambda d: lb_doc(d, "QUY TRÌNH", ["XEM XÉT CỦA LÃNH ĐẠO"], "QT-XXLĐ", ["02"], ["12/6/2023"], [QD23],
                         lb_review_2015(d), edition="2015",
                         history=[("02", "12/6/2023", "Toàn bộ", "Chuyển đổi theo TCVN ISO 9001:2015; bổ sung đầu vào "
                                                                 "về bối cảnh, rủi ro và cơ hội")]),
        lab("procedure.management_review", "keep", "QT-XXLĐ", "02", "2023-06-12", "2015"),
        title="Thủ tục xem xét của lãnh đạo", flavor="2016", modified="2023-06-12T02:00:00Z", pages=4)

    q = "Quy trinh TTHC"
    add(f"{q}/QT-TPHT-01 Dang ky khai sinh.docx",
        lambda d: lb_doc(d, "QUY TRÌNH", ["ĐĂNG KÝ KHAI SINH"], "QT-TPHT-01", ["01"], [lb_date18(d, sz=20)], [QD18],
                         lb_tthc_birth(d), signers=LB_TP),
        lab("procedure.administrative", "revise", "QT-TPHT-01", "01", "2018-03-05", "2008"),
        title="Quy trình đăng ký khai sinh", author="Lê Văn Cường", pages=4)
    add(f"{q}/QT-TPHT-04 Chung thuc ban sao tu ban chinh.pdf",
        lambda d: lb_doc(d, "QUY TRÌNH", ["CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH"], "QT-TPHT-04", ["02"], ["12/6/2023"],
                         [QD23], lb_tthc_copy(d), edition="2015", signers=LB_TP,
                         history=[("02", "12/6/2023", "Mục 3, 4", "Cập nhật Thông tư số 01/2020/TT-BTP; áp dụng TCVN "
                                                                  "ISO 9001:2015")]),
        lab("procedure.administrative", "keep", "QT-TPHT-04", "02", "2023-06-12", "2015"),
        title="Quy trình chứng thực bản sao", author="Lê Văn Cường", flavor="2016",
        modified="2023-06-12T02:30:00Z", pages=3)

    def marriage(d):
        return lb_doc(d, "QUY TRÌNH", ["ĐĂNG KÝ KẾT HÔN"], "QT-TPHT-02", [d.dele("01"), d.ins("02")],
                      [d.dele("05/3/2018"), d.ins("20/4/2021")],
                      [d.dele(QD18), d.ins("47/QĐ-UBND ngày 20 tháng 4 năm 2021")], lb_tthc_marriage(d),
                      signers=LB_TP,
                      history=[("02", "20/4/2021", "Mục 3, 4", "Cập nhật Nghị định số 87/2020/NĐ-CP, Thông tư số "
                                                               "04/2020/TT-BTP; bổ sung nộp hồ sơ trực tuyến")],
                      ins_rows=(1,))
    add(f"{q}/QT-TPHT-02 Dang ky ket hon.docx", marriage,
        lab("procedure.administrative", "revise", "QT-TPHT-02", "02", "2021-04-20", "2008"),
        title="Quy trình đăng ký kết hôn", author="Lê Văn Cường", editor="Lê Văn Cường",
        modified="2021-04-20T08:15:00Z", track_date="2021-04-15T09:20:00Z", pages=4)

    add("Ho so/Bao cao ket qua danh gia noi bo nam 2024.docx", lb_audit_report,
        lab("record.internal_audit", "keep", issued="2024-11-28", edition="2008"),
        title="Báo cáo", flavor="2016", created="2024-11-27T01:00:00Z", modified="2024-11-28T03:00:00Z", pages=2)
    docs.append(("Ho so/Phieu khao sat y kien nguoi dan (mau cu).doc",
                 word97_doc("UBND PHƯỜNG LIÊN BẢO\nPHIẾU KHẢO SÁT Ý KIẾN CỦA TỔ CHỨC, CÔNG DÂN\nVề việc giải quyết "
                            "thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả\n1. Ông/bà đã giải quyết thủ tục "
                            "gì? …………\n2. Thái độ của công chức: □ Hài lòng □ Bình thường □ Không hài lòng\n3. Thời gian "
                            "giải quyết: □ Đúng hẹn □ Trễ hẹn\n4. Ý kiến khác: ……………………\n"),
                 not_read("unsupported")))

    tthc = [("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("1.000894", "Đăng ký kết hôn", "Hộ tịch"),
            ("1.000656", "Đăng ký khai tử", "Hộ tịch"),
            ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của "
                         "Việt Nam cấp hoặc chứng nhận", "Chứng thực"),
            ("", "Hòa giải tranh chấp đất đai", "Đất đai")]
    agency = dict(id="ubnd-phuong-lien-bao", name="UBND phường Liên Bảo", level="commune",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "partial", "5.2": "partial", "6.1": "missing",
                           "6.2": "partial", "7.5": "partial", "8.7": "partial", "9.2": "partial", "9.3": "covered",
                           "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


# ================================================================================================
# Writing the campaign and the labels
# ================================================================================================

def build_docx(path, fn, props, final):
    return fn(WordDoc(path, final=final, **props))


def write_doc(target, path, payload, final):
    fn, props = payload
    with open(target, "wb") as f:
        f.write(build_docx(path, fn, props, final=final))


def main():
    write_labelled_campaign(
        HERE,
        'name = "Blind campaign 6 (how Word builds its files)"\nyear = 2025\nprovince = "Vĩnh Phúc"\n',
        ["# Hand-written labels for tests/blind6/campaign/ (made by tests/blind6/make.py), written",
         "# from each document's content before the analysis was run. Absent field = null.",
         "# What a DOCX says is its text once Word's tracked deletions (w:del) are removed and its",
         "# tracked insertions (w:ins) kept; text boxes, content controls, fields' displayed results",
         "# and page headers are part of it; comments, document properties and the glossary are not.",
         "# \"failed\" = could not be read (a password-encrypted DOCX);",
         "# \"unsupported\" = a format the program does not read (Word 97-2003 .doc)."],
        YEAR, (so_tnmt, ubnd_lien_bao), write_doc)


if __name__ == "__main__":
    main()
