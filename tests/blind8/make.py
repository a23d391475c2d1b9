#!/usr/bin/env python3
"""Eighth blind campaign: writes tests/blind8/campaign/ and tests/blind8/expected.toml.

Three commune People's Committees of huyện Nam Đàn, Nghệ An, whose quality-system files were typed
years ago by a commune clerk (văn phòng - thống kê) and never cleaned up since. Written by an eighth
author who has not read the reading or recognition code; the point of this set is the text itself
as it arrives from such offices, not Word's structures:

  * UBND xã Nam Giang (TCVN ISO 9001:2008 since 15/3/2016). The clerk typed in Word 2003 with the
    ABC keyboard, so most files are TCVN3 (ABC): body runs in ".VnTime", headings in ".VnTimeH"
    (the capitals-only font: the text holds the lower-case codes and the font draws capitals).
    The files were later saved as DOCX in Word 97-2003 compatibility mode. The quality manual
    takes its .VnTime font from the Normal style (its runs name no font); a toned capital that
    .VnTime cannot show ("Ủy ban", "Áp dụng") is typed as a one-letter .VnTimeH run inside the
    .VnTime text; one procedure's .VnTimeH headings were typed in lower case (the font draws
    capitals anyway); the chứng thực procedure was revised in 2018 with a new Unicode title and
    field block on top of the old TCVN3 body; the khai tử procedure is
    typed without any diacritics; the internal audit procedure has its code only in the file
    name ("QT 03 - Danh gia noi bo.docx"); the 2016 objectives restate the quality policy in the
    same file (old tone placement: "Uỷ ban", "hoà", "thoả mãn"); the 2019 audit report types
    every capital Đ as "Ð" (U+00D0, the Icelandic eth); the 2019 management review minutes are a
    0-byte DOCX (the clerk's USB stick).
  * UBND xã Xuân Hòa (2008 since 5/1/2017). This clerk used VNI-Windows ("VNI-Times", two bytes
    per accented letter); some files are all VNI, one has VNI headings over a Unicode body, the
    others are Unicode with headings typed in capitals without diacritics, "+" bullets and tables
    made with tabs or runs of spaces. The policy (PDF) writes "UỶ BAN NHÂN DÂN XÃ XUÂN HOÀ". The
    2018 satisfaction survey is a Word 97-2003 .doc whose text is VNI bytes.
  * UBND xã Kim Liên (converted to TCVN ISO 9001:2015 on 15/6/2020 by a consultant working on a
    Mac). Unicode files, but the risk procedure is decomposed (NFD) throughout and the objectives
    have one NFD paragraph pasted in; one TTHC procedure was never converted: the 2016 TCVN3 file
    (edition 2008), whose clerk let toned capitals fall to lower case ("áp dụng"). The
    announcement decision survives only as a phone photo (.jpg, grayscale baseline with Exif).

No file has a cover table: code, revision and date are plain typed lines ("Mã số: QT-01/UB",
"Lần sửa đổi: 00", "Ngày hiệu lực: 15/3/2016"), sometimes on one line separated by tabs. File
names never carry diacritics. Legacy runs hold the legacy byte values as the Windows-1252/Latin-1
characters, the way Word stores text in a non-Unicode font ("Qu¶n lý chÊt l­îng", "Quaûn lyù").

Encodings (see the checks at the end of this file, run on every build): TCVN3/ABC per TCVN
5712:1993 VN3 as used by the ABC and Unikey converters (lower-case letters 0xA8-0xFE, the seven
capitals Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7, toned capitals written with the lower-case code); VNI-Windows
(base letter + one mark byte, i/y/đ/ơ/ư single bytes). Every legacy string is decoded again with
the inverse table and compared with the Unicode it came from; known words are checked. While
this file was written, both tables were also compared mechanically with a public converter's
tables (all 134 letters of each encoding agree) and by eye with a second converter's.

Every document's labels are written next to its content, by hand, from what the document says;
they are not produced by running the analysis. PDFs are made with soffice through
tests/blindkit/pdfs.py (pinned bytes); no PDF is made from a legacy-font DOCX, because no
.VnTime/VNI font is installed and LibreOffice would print the mojibake a person would see.

Usage: python3 tests/blind8/make.py
"""
import io
import os
import random
import re
import struct
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
# Legacy Vietnamese 8-bit encodings
# ================================================================================================

# TCVN3 (ABC), TCVN 5712:1993 VN3: one byte per letter. Only seven capitals have a code; a toned
# capital is written with the lower-case code (in .VnTime it shows in lower case, in .VnTimeH --
# whose every glyph is a capital -- as a capital).
TCVN3_LOWER = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
TCVN3_UPPER = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
TCVN3_DECODE = {chr(v): k for k, v in list(TCVN3_LOWER.items()) + list(TCVN3_UPPER.items())}

ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
CIRC, BREVE, HORN = "\u0302", "\u0306", "\u031b"
TONES = (ACUTE, GRAVE, HOOK, TILDE, DOT)


class LegacyError(ValueError):
    pass


def tcvn3(text):
    """Unicode -> the characters Word keeps for a run in a TCVN3 font (each byte as Latin-1)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ch)
        elif ch in TCVN3_UPPER:
            out.append(chr(TCVN3_UPPER[ch]))
        elif ch.lower() in TCVN3_LOWER:
            out.append(chr(TCVN3_LOWER[ch.lower()]))
        else:
            raise LegacyError(f"no TCVN3 code for {ch!r} in {text!r}")
    return "".join(out)


def tcvn3_decode(text, caps_font=False):
    out = "".join(TCVN3_DECODE.get(c, c) for c in text)
    return out.upper() if caps_font else out


def _vni_table():
    lo_tone = dict(zip(TONES, "ùøûõï"))
    up_tone = dict(zip(TONES, "ÙØÛÕÏ"))
    circ = {False: dict(zip((None,) + TONES, "âáàåãä")), True: dict(zip((None,) + TONES, "ÂÁÀÅÃÄ"))}
    breve = {False: dict(zip((None,) + TONES, "êéèúüë")), True: dict(zip((None,) + TONES, "ÊÉÈÚÜË"))}
    i_tone = {False: dict(zip(TONES, "íìæóò")), True: dict(zip(TONES, "ÍÌÆÓÒ"))}
    table = {"đ": "ñ", "Đ": "Ñ"}
    for base in "aeiouyAEIOUY":
        for mod in (None, CIRC, BREVE, HORN):
            for tone in (None,) + TONES:
                seq = base + (mod or "") + (tone or "")
                ch = unicodedata.normalize("NFC", seq)
                if len(ch) != 1 or (mod is None and tone is None):
                    continue            # not a Vietnamese letter (e.g. y with a circumflex)
                up = base.isupper()
                if mod == CIRC and base in "aeoAEO":
                    enc = base + circ[up][tone]
                elif mod == BREVE and base in "aA":
                    enc = base + breve[up][tone]
                elif mod == HORN and base in "ouOU":
                    horn = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base]
                    enc = horn + ("" if tone is None else (up_tone if up else lo_tone)[tone])
                elif mod is None and base in "iI":
                    enc = i_tone[up][tone]
                elif mod is None and base in "yY" and tone == DOT:
                    enc = "Î" if up else "î"
                elif mod is None:
                    enc = base + (up_tone if up else lo_tone)[tone]
                else:
                    continue
                table[ch] = enc
    return table


VNI_TABLE = _vni_table()
VNI_DECODE = {v: k for k, v in VNI_TABLE.items()}


def vni(text):
    """Unicode -> the characters Word keeps for a run in the VNI-Times font."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ch)
        elif ch in VNI_TABLE:
            out.append(VNI_TABLE[ch])
        else:
            raise LegacyError(f"no VNI code for {ch!r} in {text!r}")
    return "".join(out)


def vni_decode(text):
    out, k = [], 0
    while k < len(text):
        if text[k:k + 2] in VNI_DECODE:
            out.append(VNI_DECODE[text[k:k + 2]])
            k += 2
        else:
            out.append(VNI_DECODE.get(text[k], text[k]))
            k += 1
    return "".join(out)


def tcvn3_fold(text):
    """What a TCVN3 .VnTime run can say: toned capitals become lower case."""
    return "".join(c if ord(c) < 128 or c in TCVN3_UPPER else c.lower() for c in unicodedata.normalize("NFC", text))


# ================================================================================================
# Unicode as clerks leave it
# ================================================================================================

def ascii_vi(text):
    """Typed without any diacritics."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_OLD_TONE = re.compile("([oOuU])([" + "".join(TONES) + "])([aAeEyY])(?![\\w\u0300-\u036f])")


def old_tone(text):
    """The old tone placement in open syllables: hòa -> hoà, khỏe -> khoẻ, thủy -> thuỷ, Ủy -> Uỷ."""
    def fix(mo):
        v1, tone, v2 = mo.groups()
        if (v1 in "oO" and v2 in "aAeE") or (v1 in "uU" and v2 in "yY"):
            return v1 + v2 + tone
        return mo.group(0)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(fix, unicodedata.normalize("NFD", text)))


def eth(text):
    """A capital Đ typed as the Icelandic eth (U+00D0), which looks the same."""
    return text.replace("Đ", "\u00d0")


def nfd(text):
    return unicodedata.normalize("NFD", text)


# ================================================================================================
# DOCX as Word 2007/2010 saves an old .doc (compatibility mode) or a new file
# ================================================================================================

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
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
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 wp14"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

FONT_INFO = {
    "Times New Roman": ('<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
                        '<w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" '
                        'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>'),
    ".VnTime": ('<w:panose1 w:val="020B7200000000000000"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
                '<w:pitch w:val="variable"/><w:sig w:usb0="00000003" w:usb1="00000000" w:usb2="00000000" '
                'w:usb3="00000000" w:csb0="00000001" w:csb1="00000000"/>'),
    ".VnTimeH": ('<w:panose1 w:val="020B7200000000000000"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
                 '<w:pitch w:val="variable"/><w:sig w:usb0="00000003" w:usb1="00000000" w:usb2="00000000" '
                 'w:usb3="00000000" w:csb0="00000001" w:csb1="00000000"/>'),
    "VNI-Times": ('<w:charset w:val="00"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'
                  '<w:sig w:usb0="00000007" w:usb1="00000000" w:usb2="00000000" w:usb3="00000000" '
                  'w:csb0="00000013" w:csb1="00000000"/>'),
    "Arial": ('<w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/>'
              '<w:pitch w:val="variable"/><w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" '
              'w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"/>'),
}

# The flags Word writes for a document kept in Word 97-2003 (or 2003) compatibility mode.
COMPAT_2003 = ('<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
               '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
               '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
               'w:val="11"/></w:compat>')
COMPAT_2010 = ('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
               'w:val="14"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" '
               'w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting '
               'w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>'
               '<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" '
               'w:val="1"/></w:compat>')


class Docx:
    """One DOCX. `compat` 11 = a Word 97-2003 document saved as .docx in compatibility mode."""

    def __init__(self, seed, compat=11, normal_font="Times New Roman", normal_size=26, author="Admin",
                 last_by=None, created="2016-03-10T01:20:00Z", modified="2016-03-15T08:05:00Z", title="",
                 company="", application="Microsoft Office Word", app_version="14.0000", pages=3, lang="en-US"):
        self.rng = random.Random(seed)
        self.compat, self.normal_font, self.normal_size = compat, normal_font, normal_size
        self.author, self.last_by = author, last_by or author
        self.created, self.modified, self.title, self.company = created, modified, title, company
        self.application, self.app_version, self.pages, self.lang = application, app_version, pages, lang
        self.fonts = {"Times New Roman", normal_font}
        self.body = []
        self.header_xml = None
        self.footer_xml = None
        self.rsids = sorted({"00%06X" % self.rng.randrange(0x100000, 0xFFFFFF) for _ in range(5)})

    def rsid(self):
        return self.rng.choice(self.rsids)

    def run(self, text, font=None, b=False, i=False, u=False, sz=None):
        rpr = []
        if font:
            self.fonts.add(font)
            rpr.append(f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>')
        if b:
            rpr.append("<w:b/>")
        if i:
            rpr.append("<w:i/>")
        if u:
            rpr.append('<w:u w:val="single"/>')
        if sz:
            rpr.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
        out = [f'<w:r><w:rPr>{"".join(rpr)}</w:rPr>' if rpr else "<w:r>"]
        for k, part in enumerate(text.split("\t")):
            if k:
                out.append("<w:tab/>")
            if part:
                sp = ' xml:space="preserve"' if part != part.strip() or "  " in part else ""
                out.append(f"<w:t{sp}>{escape(part)}</w:t>")
        out.append("</w:r>")
        return "".join(out)

    def para(self, runs, jc=None, left=None, first=None, hanging=None, tabs=None, before=None, after=None,
             keep=False):
        ppr = []
        if keep:
            ppr.append("<w:keepNext/>")
        if tabs:
            ppr.append("<w:tabs>" + "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs)
                       + "</w:tabs>")
        if before is not None or after is not None:
            ppr.append("<w:spacing" + (f' w:before="{before}"' if before is not None else "")
                       + (f' w:after="{after}"' if after is not None else "") + "/>")
        if left is not None or first is not None or hanging is not None:
            ppr.append("<w:ind" + (f' w:left="{left}"' if left is not None else "")
                       + (f' w:firstLine="{first}"' if first is not None else "")
                       + (f' w:hanging="{hanging}"' if hanging is not None else "") + "/>")
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        pp = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
        return f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}">{pp}{"".join(runs)}</w:p>'

    def table(self, rows, widths, fmt):
        """rows: lists of cell texts; fmt(text, bold) -> runs."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        brd = "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        trs = []
        for n, row in enumerate(rows):
            tcs = []
            for w, cell in zip(widths, row):
                paras = "".join(self.para(fmt(line, n == 0), after=0) for line in cell.split("\n")) \
                    if cell else self.para([], after=0)
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{paras}</w:tc>')
            trs.append(f'<w:tr w:rsidR="{self.rsid()}" w:rsidTr="{self.rsid()}">{"".join(tcs)}</w:tr>')
        return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{brd}</w:tblBorders>'
                f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="01E0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                f'{"".join(trs)}</w:tbl>')

    # ---- package ---------------------------------------------------------------------------
    def styles(self):
        nf, sz = self.normal_font, self.normal_size
        return (f'{HEAD}<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
                'w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
                f'<w:lang w:val="{self.lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault/></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
                f'<w:rPr><w:rFonts w:ascii="{nf}" w:hAnsi="{nf}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
                '</w:style>'
                '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name '
                'w:val="Default Paragraph Font"/><w:semiHidden/></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
                '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" '
                'w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" '
                'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
                '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
                '<w:semiHidden/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs>'
                '</w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4320"/><w:tab w:val="right" w:pos="8640"/></w:tabs>'
                '</w:pPr></w:style></w:styles>')

    def settings(self):
        compat = COMPAT_2003 if self.compat == 11 else COMPAT_2010
        rsids = f'<w:rsidRoot w:val="{self.rsids[0]}"/>' + "".join(f'<w:rsid w:val="{r}"/>' for r in self.rsids)
        return (f'{HEAD}<w:settings {NS}><w:zoom w:percent="100"/><w:doNotTrackMoves/>'
                '<w:defaultTabStop w:val="720"/><w:drawingGridHorizontalSpacing w:val="130"/>'
                '<w:displayHorizontalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="doNotCompress"/>'
                f'{compat}<w:rsids>{rsids}</w:rsids><w:themeFontLang w:val="{self.lang}"/>'
                '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')

    def font_table(self):
        out = "".join(f'<w:font w:name={quoteattr(f)}>{FONT_INFO.get(f, FONT_INFO["Arial"])}</w:font>'
                      for f in sorted(self.fonts))
        return f"{HEAD}<w:fonts {NS}>{out}</w:fonts>"

    def core(self):
        return (f'{HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
                'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
                'terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
                f'XMLSchema-instance"><dc:title>{escape(self.title)}</dc:title><dc:creator>{escape(self.author)}'
                f'</dc:creator><cp:lastModifiedBy>{escape(self.last_by)}</cp:lastModifiedBy><cp:revision>'
                f'{self.rng.randrange(2, 14)}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{self.created}'
                f'</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{self.modified}</dcterms:modified>'
                '</cp:coreProperties>')

    def app(self):
        words = 310 * self.pages
        return (f'{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal'
                f'{".dot" if self.compat == 11 else ".dotm"}</Template><TotalTime>{self.rng.randrange(20, 300)}'
                f'</TotalTime><Pages>{self.pages}</Pages><Words>{words}</Words><Characters>{words * 4}</Characters>'
                f'<Application>{escape(self.application)}</Application><DocSecurity>0</DocSecurity><Lines>'
                f'{words // 11}</Lines><Paragraphs>{words // 35}</Paragraphs><ScaleCrop>false</ScaleCrop>'
                f'<Company>{escape(self.company)}</Company><LinksUpToDate>false</LinksUpToDate>'
                f'<CharactersWithSpaces>{words * 5}</CharactersWithSpaces><SharedDoc>false</SharedDoc>'
                f'<HyperlinksChanged>false</HyperlinksChanged><AppVersion>{self.app_version}</AppVersion>'
                '</Properties>')

    def package(self):
        rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                ("rId3", "fontTable", "fontTable.xml")]
        refs = ""
        parts = {}
        if self.header_xml:
            rels.append(("rId7", "header", "header1.xml"))
            refs += '<w:headerReference w:type="default" r:id="rId7"/>'
            parts["word/header1.xml"] = (f"{HEAD}<w:hdr {NS}>{self.header_xml}</w:hdr>", f"{CT}.header+xml")
        if self.footer_xml:
            rels.append(("rId8", "footer", "footer1.xml"))
            refs += '<w:footerReference w:type="default" r:id="rId8"/>'
            parts["word/footer1.xml"] = (f"{HEAD}<w:ftr {NS}>{self.footer_xml}</w:ftr>", f"{CT}.footer+xml")
        sect = (f'<w:sectPr w:rsidR="{self.rsids[0]}" w:rsidSect="{self.rsids[-1]}">{refs}'
                '<w:pgSz w:w="11907" w:h="16840" w:code="9"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
                'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/>'
                '<w:docGrid w:linePitch="360"/></w:sectPr>')
        parts["word/document.xml"] = (f'{HEAD}<w:document {NS}><w:body>{"".join(self.body)}{sect}</w:body>'
                                      '</w:document>', f"{CT}.document.main+xml")
        parts["word/styles.xml"] = (self.styles(), f"{CT}.styles+xml")
        parts["word/settings.xml"] = (self.settings(), f"{CT}.settings+xml")
        parts["word/fontTable.xml"] = (self.font_table(), f"{CT}.fontTable+xml")
        parts["docProps/core.xml"] = (self.core(), "application/vnd.openxmlformats-package.core-properties+xml")
        parts["docProps/app.xml"] = (self.app(),
                                     "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        parts["word/_rels/document.xml.rels"] = (
            f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{g}"/>' for i, t, g in rels)
            + "</Relationships>", None)
        parts["_rels/.rels"] = (
            f'{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.'
            'openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>', None)
        order = ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml",
                 "word/footer1.xml", "word/fontTable.xml", "docProps/core.xml", "docProps/app.xml"]
        ct = ''.join(f'<Override PartName="/{n}" ContentType="{parts[n][1]}"/>' for n in order if n in parts)
        parts["[Content_Types].xml"] = (
            f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default '
            'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            f'Extension="xml" ContentType="application/xml"/>{ct}</Types>', None)
        zip_order = ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"] + order
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name in zip_order:
                if name in parts:
                    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    z.writestr(info, parts[name][0].encode("utf-8"))
        return buf.getvalue()


# ================================================================================================
# How a clerk typed a file: which encoding each kind of line is in
# ================================================================================================

LEGACY_RUNS = {"tcvn3": 0, "tcvn3H": 0, "vni": 0}


class Look:
    """The encodings of one file's lines. caps: agency name, title, headings, signature titles
    (typed in capitals); body: everything else. Encodings: "uni" (Times New Roman, then `uni`
    applied: old tone placement, eth, NFD), "ascii" (no diacritics), "tcvn3" (.VnTime), "tcvn3H"
    (.VnTimeH; `caps_lower`: typed in lower case, the font shows capitals), "vni" (VNI-Times).
    `style_font`: the .VnTime body runs name no font, Normal does."""

    def __init__(self, caps="uni", body="uni", title=None, field=None, agency=None, head=None, uni=(),
                 caps_lower=False, style_font=False, cap_runs=False, uni_font="Times New Roman", size=None,
                 title_size=28):
        self.caps, self.body = caps, body
        self.title = title or caps
        self.agency = agency or caps
        self.head = head or caps
        self.field = field or body
        self.uni_steps = uni
        self.caps_lower, self.style_font, self.uni_font = caps_lower, style_font, uni_font
        self.cap_runs = cap_runs
        self.size, self.title_size = size, title_size

    def uni(self, text):
        for step in self.uni_steps:
            text = step(text)
        return text

    def segments(self, how, text):
        """[(font, stored text)]. With `cap_runs`, a .VnTime line's toned capitals (which .VnTime
        cannot show) are typed as one-letter .VnTimeH runs, the way careful clerks did ("Ủy ban")."""
        if how != "tcvn3" or not self.cap_runs:
            return [self.enc(how, text)]
        out, buf = [], ""
        for ch in unicodedata.normalize("NFC", text):
            if ord(ch) > 127 and ch.isupper() and ch not in TCVN3_UPPER:
                if buf:
                    out.append(self.enc("tcvn3", buf))
                    buf = ""
                out.append(self.enc("tcvn3H", ch))
            else:
                buf += ch
        if buf:
            out.append(self.enc("tcvn3", buf))
        return out

    def enc(self, how, text):
        if how == "uni":
            return self.uni_font, self.uni(text)
        if how == "ascii":
            return self.uni_font, ascii_vi(text)
        if how == "tcvn3":
            out = tcvn3(text)
            assert tcvn3_decode(out) == tcvn3_fold(text), text
            LEGACY_RUNS["tcvn3"] += 1
            return (None if self.style_font else ".VnTime"), out
        if how == "tcvn3H":
            out = tcvn3(text.lower() if self.caps_lower else text.upper())
            assert tcvn3_decode(out, caps_font=True) == unicodedata.normalize("NFC", text.upper()), text
            LEGACY_RUNS["tcvn3H"] += 1
            return ".VnTimeH", out
        if how == "vni":
            out = vni(text)
            assert vni_decode(out) == unicodedata.normalize("NFC", text), text
            LEGACY_RUNS["vni"] += 1
            return "VNI-Times", out
        raise ValueError(how)


def render(d, look, blocks):
    """Blocks (tuples, see the content functions) -> paragraphs of `d`."""
    def run(how, text, **fmt):
        if look.size and "sz" not in fmt:
            fmt["sz"] = look.size
        return "".join(d.run(stored, font=font, **fmt) for font, stored in look.segments(how, text))

    for blk in blocks:
        kind = blk[0]
        if kind == "agency":
            # lines of segments (text, "caps"|"body", bold), each segment after a centring tab
            for line in blk[1]:
                runs = []
                for text, role, bold in line:
                    runs.append(d.run("\t"))
                    runs.append(run(look.agency if role == "caps" else look.body, text, b=bold,
                                    sz=24 if role == "caps" else 26))
                d.body.append(d.para(runs, tabs=[("center", 2000), ("center", 6600)], after=0))
        elif kind == "title":
            for n, line in enumerate(blk[1]):
                d.body.append(d.para([run(look.title, line, b=True, sz=look.title_size)], jc="center",
                                     before=240 if n == 0 else 0, after=0, keep=True))
            d.body.append(d.para([], after=120))
        elif kind == "field":
            _, label, value = blk
            d.body.append(d.para([run(look.field, label + ": "), run(look.field, value)], left=2268, after=0))
        elif kind == "fields":
            runs = []
            for n, (label, value) in enumerate(blk[1]):
                if n:
                    runs.append(d.run("\t"))
                runs.append(run(look.field, f"{label}: {value}"))
            d.body.append(d.para(runs, tabs=[("left", 3300), ("left", 6300)], after=120))
        elif kind == "h":
            d.body.append(d.para([run(look.head, blk[1], b=True)], before=120, after=60, keep=True))
        elif kind == "h2":
            d.body.append(d.para([run(look.body, blk[1], b=True, i=True)], before=60, after=40, keep=True))
        elif kind == "p":
            d.body.append(d.para([run(look.body, blk[1])], jc="both", first=567, after=60))
        elif kind == "b":
            d.body.append(d.para([run(look.body, blk[1])], jc="both", left=284, after=40))
        elif kind == "tab":
            _, cells, stops, bold = blk
            d.body.append(d.para([run(look.body, "\t".join(cells), b=bold)],
                                 tabs=[("left", s) for s in stops], left=0, after=20))
        elif kind == "sp":
            _, cells, widths, bold = blk
            text = "".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
            d.body.append(d.para([run(look.body, text, b=bold)], after=0))
        elif kind == "date":
            d.body.append(d.para([run(look.body, blk[1], i=True)], jc="right", before=120, after=120))
        elif kind == "sigcaps":
            d.body.append(d.para([d.run("\t"), run(look.caps, "\t".join(blk[1]), b=True, sz=24)],
                                 tabs=[("center", 1300), ("center", 4500), ("center", 7700)], before=240, after=0))
        elif kind == "sig":
            d.body.append(d.para([d.run("\t"), run(look.body, "\t".join(blk[1]), b=blk[2] if len(blk) > 2 else False)],
                                 tabs=[("center", 1300), ("center", 4500), ("center", 7700)], after=0))
        elif kind == "blank":
            d.body.append(d.para([], after=0))
        elif kind == "tbl":
            _, rows, widths = blk
            d.body.append(d.table(rows, widths, lambda text, bold: [run(look.body, text, b=bold, sz=24)]))
            d.body.append(d.para([], after=0))
        elif kind == "nfd":
            # a paragraph pasted from a file written on a Mac: decomposed, whatever the rest is
            d.body.append(d.para([d.run(nfd(blk[1]), font=look.uni_font)], jc="both", first=567, after=60))
        elif kind == "raw":
            # ("raw", how, text, bold, jc): one line in a given encoding (mixed files)
            _, how, text, bold, jc = blk
            d.body.append(d.para([run(how, text, b=bold)], jc=jc, after=40))
        else:
            raise ValueError(kind)


def header_para(d, look, how, text):
    font, stored = look.enc(how, text)
    return (f'<w:p><w:pPr><w:pStyle w:val="Header"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" '
            f'w:color="auto"/></w:pBdr></w:pPr>{d.run(stored, font=font, i=True, sz=20)}</w:p>')


# ================================================================================================
# Content: what the documents say (Unicode; the Look decides how it was typed)
# ================================================================================================

def H(t):
    return ("h", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def L(t):
    return ("b", t)


def T(cells, stops=(600, 4200, 6800), bold=False):
    return ("tab", list(cells), list(stops), bold)


def S(cells, widths, bold=False):
    return ("sp", list(cells), list(widths), bold)


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def sec(a, n):
    return f"{ROMAN[n]}." if a.get("roman") else f"{n}."


def agency_head(a, motto=False):
    """The two lines a clerk types at the top: district and commune, the national motto to the right."""
    l1 = [(f"UBND HUYỆN {a['huyen'].upper()}", "caps", False)]
    l2 = [(f"ỦY BAN NHÂN DÂN XÃ {a['xa'].upper()}" if a.get("long_name") else f"UBND XÃ {a['xa'].upper()}",
           "caps", True)]
    if motto:
        l1.append(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "caps", True))
        l2.append(("Độc lập - Tự do - Hạnh phúc", "body", True))
    return ("agency", [l1, l2])


def signoff(a, names):
    return [("sigcaps", ["NGƯỜI SOẠN THẢO", "NGƯỜI KIỂM TRA", "NGƯỜI PHÊ DUYỆT"]),
            ("sig", ["(đã ký)", "(đã ký)", "(đã ký)"]), ("blank",),
            ("sig", list(names), True)]


def refs_2008(a, clause, extra=()):
    out = [L(f"- Tiêu chuẩn quốc gia TCVN ISO 9001:2008, điều {clause};"),
           L("- Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất "
             "lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, tổ chức thuộc hệ "
             "thống hành chính nhà nước;")]
    out += [L(x) for x in extra]
    out.append(L(f"- Sổ tay chất lượng của UBND xã {a['xa']}."))
    return out


def terms_2008(a, extra=()):
    return [L("- UBND: Ủy ban nhân dân;"), L("- HTQLCL: Hệ thống quản lý chất lượng;"),
            L("- ĐDLĐ: Đại diện lãnh đạo về chất lượng;"), L("- CBCC: Cán bộ, công chức;")] + [L(x) for x in extra]


def records_block(a, n, rows, spaces=False):
    out = [H(f"{sec(a, n)} HỒ SƠ")]
    head = ["TT", "Tên hồ sơ", "Nơi lưu", "Thời gian lưu"]
    if spaces:
        w = [5, 42, 22, 14]
        out.append(S(head, w, True))
        out += [S([str(k + 1)] + list(r), w) for k, r in enumerate(rows)]
    else:
        stops = [567, 4536, 6804]
        out.append(T(head, stops, True))
        out += [T([str(k + 1)] + list(r), stops) for k, r in enumerate(rows)]
    return out


# ---- 2008 system procedures ----------------------------------------------------------------------

def c_doc_control(a):
    w, x = a["word"], a["xa"]
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P(f"{w} này quy định thống nhất cách thức biên soạn, kiểm tra, phê duyệt, ban hành, phân phối, sửa đổi và "
          f"thu hồi tài liệu thuộc hệ thống quản lý chất lượng của Ủy ban nhân dân xã {x}, nhằm bảo đảm các tài "
          "liệu đang sử dụng là bản hiện hành, đã được phê duyệt và có sẵn ở nơi cần sử dụng."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với toàn bộ tài liệu nội bộ và tài liệu có nguồn gốc bên ngoài thuộc hệ thống quản lý chất "
          f"lượng của UBND xã {x}. Cán bộ, công chức UBND xã có trách nhiệm thực hiện {w.lower()} này."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "4.2.3"),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- Tài liệu nội bộ: Sổ tay chất lượng, chính sách chất lượng, mục tiêu chất lượng, các quy "
                        "trình, hướng dẫn và biểu mẫu do UBND xã ban hành;",
                        "- Tài liệu bên ngoài: các văn bản quy phạm pháp luật, văn bản chỉ đạo, hướng dẫn của cấp "
                        "trên có liên quan đến việc giải quyết công việc của UBND xã."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Biên soạn tài liệu"),
        L("- Khi có nhu cầu xây dựng mới hoặc sửa đổi tài liệu, công chức được phân công tiến hành biên soạn dự thảo;"),
        L(f"- {a['sec']} kiểm tra hình thức trình bày và mã số của tài liệu;"),
        L("- Đại diện lãnh đạo xem xét nội dung dự thảo trước khi trình Chủ tịch UBND xã."),
        H2("5.2. Phê duyệt và ban hành"),
        P("Chủ tịch UBND xã phê duyệt tài liệu và ký quyết định ban hành. Tài liệu có hiệu lực kể từ ngày ghi trên "
          "tài liệu."),
        H2("5.3. Mã số tài liệu"),
        L(f"+ {a['code_rule_proc']}"),
        L(f"+ {a['code_rule_form']}"),
        H2("5.4. Phân phối tài liệu"),
        P(f"{a['sec']} sao chụp tài liệu, đóng dấu TÀI LIỆU CÓ KIỂM SOÁT và phân phối cho các bộ phận có liên quan; "
          "việc giao nhận được ghi vào Sổ theo dõi phân phối tài liệu."),
        H2("5.5. Sửa đổi tài liệu"),
        P(f"Người có đề nghị sửa đổi lập Phiếu đề nghị sửa đổi tài liệu gửi {a['sec']}. Sau khi tài liệu sửa đổi "
          f"được phê duyệt, {a['sec']} thu hồi bản cũ, đóng dấu TÀI LIỆU HẾT HIỆU LỰC và lưu 01 bản tại Văn phòng "
          "UBND xã."),
        H2("5.6. Kiểm soát tài liệu bên ngoài"),
        P("Công chức Văn phòng - Thống kê cập nhật Danh mục văn bản pháp luật áp dụng; định kỳ 06 tháng rà soát, "
          "loại bỏ các văn bản đã hết hiệu lực."),
        *records_block(a, 6, [("Danh mục tài liệu nội bộ", a["sec"], "Đến khi có bản mới"),
                              ("Phiếu đề nghị sửa đổi tài liệu", a["sec"], "03 năm"),
                              ("Sổ theo dõi phân phối tài liệu", a["sec"], "03 năm")]),
    ]


def c_record_control(a, spaces=False):
    w, x = a["word"], a["xa"]
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P(f"{w} này quy định cách thức nhận biết, lập, bảo quản, bảo vệ, sử dụng, xác định thời gian lưu giữ và "
          "hủy bỏ hồ sơ của hệ thống quản lý chất lượng, nhằm cung cấp bằng chứng về sự phù hợp với các yêu cầu và "
          "sự vận hành có hiệu lực của hệ thống."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với các hồ sơ phát sinh trong quá trình giải quyết thủ tục hành chính và hoạt động của hệ "
          f"thống quản lý chất lượng tại UBND xã {x}."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "4.2.4", ["- Luật Lưu trữ số 01/2011/QH13;"]),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- Hồ sơ: tài liệu công bố các kết quả đạt được hay cung cấp bằng chứng về các hoạt động "
                        "được thực hiện."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Lập danh mục hồ sơ"),
        P(f"Đầu năm, mỗi công chức lập Danh mục hồ sơ lưu trữ của bộ phận mình, ghi rõ tên hồ sơ, nơi lưu và thời "
          f"gian lưu, gửi {a['sec']} tổng hợp trình Chủ tịch UBND xã phê duyệt."),
        H2("5.2. Lưu giữ và bảo quản"),
        L("- Hồ sơ được sắp xếp trong cặp, hộp có nhãn ghi tên hồ sơ và năm;"),
        L("- Hồ sơ được để nơi khô ráo, thoáng mát, tránh mối mọt, ẩm ướt;"),
        L("- Hồ sơ trên máy tính được sao lưu định kỳ hằng tháng."),
        H2("5.3. Sử dụng hồ sơ"),
        P("Người ngoài bộ phận muốn mượn hồ sơ phải được Chủ tịch hoặc Phó Chủ tịch UBND xã đồng ý; việc mượn, trả "
          "được ghi vào Sổ theo dõi mượn hồ sơ."),
        H2("5.4. Hủy hồ sơ hết thời hạn lưu"),
        P("Hồ sơ hết thời hạn lưu được lập danh sách, trình Chủ tịch UBND xã phê duyệt trước khi hủy; việc hủy hồ "
          "sơ được lập biên bản."),
        *records_block(a, 6, [("Danh mục hồ sơ lưu trữ", a["sec"], "05 năm"),
                              ("Sổ theo dõi mượn hồ sơ", "Văn phòng UBND xã", "03 năm"),
                              ("Biên bản hủy hồ sơ", "Văn phòng UBND xã", "Vĩnh viễn")], spaces=spaces),
    ]


def c_audit_2008(a, with_forms=True):
    w, x = a["word"], a["xa"]
    forms = ([L(f"- {a['form'](1, 3)}: Kế hoạch đánh giá nội bộ;"), L(f"- {a['form'](2, 3)}: Phiếu ghi chép đánh giá;"),
              L(f"- {a['form'](3, 3)}: Báo cáo đánh giá nội bộ.")] if with_forms else
             [L("- Kế hoạch đánh giá nội bộ (theo mẫu kèm theo);"), L("- Phiếu ghi chép đánh giá;"),
              L("- Báo cáo kết quả đánh giá nội bộ.")])
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P("Quy định nội dung, trình tự tiến hành đánh giá nội bộ nhằm xác định hệ thống quản lý chất lượng của UBND "
          "xã có phù hợp với các yêu cầu của tiêu chuẩn TCVN ISO 9001:2008 và các yêu cầu do UBND xã đề ra, có được "
          "áp dụng và duy trì một cách hiệu lực hay không."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với tất cả các bộ phận, các quá trình thuộc phạm vi hệ thống quản lý chất lượng của UBND xã {x}."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "8.2.2", ["- TCVN ISO 19011:2013 Hướng dẫn đánh giá hệ thống quản lý;"]),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- ĐGNB: Đánh giá nội bộ;",
                        "- Chuyên gia đánh giá: người có năng lực, đã được đào tạo để tiến hành một cuộc đánh giá;",
                        "- Điểm không phù hợp: việc không đáp ứng một yêu cầu của tiêu chuẩn hoặc của tài liệu."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Lập kế hoạch đánh giá"),
        P(f"Hằng năm, {a['sec']} lập Kế hoạch đánh giá nội bộ trình Chủ tịch UBND xã phê duyệt. Đánh giá nội bộ được "
          "thực hiện ít nhất 01 lần trong năm; có thể đánh giá đột xuất khi có khiếu nại hoặc có thay đổi lớn về tổ "
          "chức."),
        H2("5.2. Thành lập Đoàn đánh giá"),
        P("Chủ tịch UBND xã quyết định thành lập Đoàn đánh giá gồm những người đã được đào tạo về đánh giá nội bộ. "
          "Chuyên gia đánh giá không đánh giá công việc của chính mình."),
        H2("5.3. Chuẩn bị đánh giá"),
        P("Trưởng đoàn phân công nhiệm vụ cho các thành viên; chuyên gia đánh giá nghiên cứu tài liệu, chuẩn bị câu "
          "hỏi và phiếu ghi chép."),
        H2("5.4. Tiến hành đánh giá"),
        L("- Họp khai mạc: Trưởng đoàn thông báo mục đích, phạm vi, lịch đánh giá;"),
        L("- Đánh giá tại các bộ phận: phỏng vấn, xem xét hồ sơ, quan sát thực tế và ghi nhận bằng chứng;"),
        L("- Họp kết thúc: thông báo các điểm không phù hợp và khuyến nghị."),
        H2("5.5. Báo cáo kết quả đánh giá"),
        P("Trưởng đoàn lập Báo cáo đánh giá nội bộ gửi Chủ tịch UBND xã và Đại diện lãnh đạo trong thời hạn 05 ngày "
          "làm việc sau khi kết thúc đánh giá."),
        H2("5.6. Hành động khắc phục sau đánh giá"),
        P("Bộ phận có điểm không phù hợp tiến hành hành động khắc phục theo quy định; Đoàn đánh giá kiểm tra, xác "
          "nhận kết quả khắc phục."),
        H(f"{sec(a, 6)} BIỂU MẪU"),
        *forms,
        *records_block(a, 7, [("Kế hoạch đánh giá nội bộ", a["sec"], "03 năm"),
                              ("Phiếu ghi chép đánh giá", a["sec"], "03 năm"),
                              ("Báo cáo đánh giá nội bộ", a["sec"], "03 năm")]),
    ]


def c_nonconforming(a):
    w, x = a["word"], a["xa"]
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P("Quy định cách thức nhận biết và kiểm soát sản phẩm không phù hợp, tức là kết quả giải quyết thủ tục hành "
          "chính không đáp ứng yêu cầu, nhằm ngăn ngừa việc chuyển giao kết quả sai sót cho tổ chức, công dân."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với việc kiểm soát các sản phẩm không phù hợp trong quá trình giải quyết thủ tục hành chính "
          f"tại UBND xã {x}."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "8.3"),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- Sản phẩm không phù hợp: kết quả giải quyết thủ tục hành chính có sai sót về nội dung, thể "
                        "thức, thông tin của tổ chức, công dân, hoặc hồ sơ được giải quyết quá thời hạn quy định;",
                        "- SPKPH: Sản phẩm không phù hợp."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Nhận biết sản phẩm không phù hợp"),
        L("- Do công chức giải quyết hồ sơ tự phát hiện trong quá trình thực hiện;"),
        L("- Do lãnh đạo UBND xã phát hiện khi xem xét, ký duyệt;"),
        L("- Do tổ chức, công dân phản ánh sau khi nhận kết quả."),
        H2("5.2. Xử lý sản phẩm không phù hợp"),
        L("- Sai sót phát hiện trước khi trả kết quả: công chức phụ trách sửa chữa ngay, trình ký lại;"),
        L("- Hồ sơ không giải quyết được đúng hẹn: thông báo cho tổ chức, công dân, có văn bản xin lỗi và hẹn lại thời "
          "gian trả kết quả;"),
        L("- Kết quả đã trả có sai sót: thu hồi, điều chỉnh hoặc cấp lại cho tổ chức, công dân."),
        H2("5.3. Ghi chép và báo cáo"),
        P(f"Mọi sản phẩm không phù hợp được ghi vào Sổ theo dõi sản phẩm không phù hợp. Hằng tháng {a['sec']} tổng hợp "
          "báo cáo Đại diện lãnh đạo; trường hợp sai sót lặp lại thì tiến hành hành động khắc phục."),
        *records_block(a, 6, [("Sổ theo dõi sản phẩm không phù hợp", "Bộ phận một cửa", "03 năm"),
                              ("Văn bản xin lỗi, hẹn lại thời gian trả kết quả", "Bộ phận một cửa", "03 năm")]),
    ]


def c_corrective(a):
    w, x = a["word"], a["xa"]
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P(f"{w} này quy định cách thức xác định nguyên nhân và thực hiện hành động khắc phục nhằm loại bỏ nguyên nhân "
          "của sự không phù hợp đã xảy ra, tránh để tái diễn."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với các sự không phù hợp phát hiện trong hoạt động của hệ thống quản lý chất lượng tại UBND xã "
          f"{x}."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "8.5.2"),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- HĐKP: Hành động khắc phục;",
                        "- Sự không phù hợp: sự không đáp ứng một yêu cầu."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Nguồn thông tin"),
        L("- Kết quả đánh giá nội bộ và kiểm tra của cơ quan cấp trên;"),
        L("- Ý kiến phản ánh, khiếu nại của tổ chức, công dân;"),
        L("- Sản phẩm không phù hợp lặp lại nhiều lần;"),
        L("- Kết quả cuộc họp xem xét của lãnh đạo."),
        H2("5.2. Yêu cầu hành động khắc phục"),
        P(f"Người phát hiện sự không phù hợp lập Phiếu yêu cầu hành động khắc phục gửi {a['sec']} để vào sổ theo dõi."),
        H2("5.3. Xác định nguyên nhân và đề xuất biện pháp"),
        P("Bộ phận có liên quan phân tích, tìm nguyên nhân gốc rễ của sự không phù hợp và đề xuất biện pháp khắc phục, "
          "thời hạn hoàn thành."),
        H2("5.4. Phê duyệt và thực hiện"),
        P("Đại diện lãnh đạo xem xét, phê duyệt biện pháp khắc phục; bộ phận có liên quan tổ chức thực hiện."),
        H2("5.5. Kiểm tra hiệu lực"),
        P(f"Hết thời hạn, {a['sec']} kiểm tra kết quả; nếu hành động khắc phục chưa có hiệu lực thì tiếp tục yêu cầu "
          "phân tích nguyên nhân và khắc phục."),
        *records_block(a, 6, [("Phiếu yêu cầu hành động khắc phục", a["sec"], "03 năm"),
                              ("Sổ theo dõi hành động khắc phục", a["sec"], "03 năm")]),
    ]


def c_preventive(a):
    w, x = a["word"], a["xa"]
    return [
        H(f"{sec(a, 1)} MỤC ĐÍCH"),
        P(f"{w} này quy định cách thức xác định các sự không phù hợp tiềm ẩn và nguyên nhân của chúng để thực hiện "
          "hành động phòng ngừa, ngăn chặn sự xuất hiện của chúng."),
        H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"),
        P(f"Áp dụng đối với mọi hoạt động thuộc phạm vi hệ thống quản lý chất lượng của UBND xã {x}."),
        H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"),
        *refs_2008(a, "8.5.3"),
        H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        *terms_2008(a, ["- HĐPN: Hành động phòng ngừa;",
                        "- Sự không phù hợp tiềm ẩn: sự không phù hợp chưa xảy ra nhưng có khả năng xảy ra."]),
        H(f"{sec(a, 5)} NỘI DUNG"),
        H2("5.1. Xác định sự không phù hợp tiềm ẩn"),
        L("- Văn bản pháp luật liên quan đến thủ tục hành chính thay đổi;"),
        L("- Số lượng hồ sơ tăng đột biến vào một số thời điểm trong năm;"),
        L("- Cán bộ, công chức thay đổi vị trí công tác, nghỉ ốm, đi học;"),
        L("- Máy tính, máy in, đường truyền hư hỏng;"),
        L("- Xu hướng xấu rút ra từ việc theo dõi, phân tích dữ liệu."),
        H2("5.2. Đề xuất hành động phòng ngừa"),
        P(f"Người phát hiện lập Phiếu yêu cầu hành động phòng ngừa, nêu rõ sự không phù hợp tiềm ẩn, nguyên nhân và "
          f"biện pháp đề xuất, gửi {a['sec']}."),
        H2("5.3. Phê duyệt và thực hiện"),
        P("Đại diện lãnh đạo xem xét, phê duyệt; bộ phận được giao tổ chức thực hiện trong thời hạn yêu cầu."),
        H2("5.4. Xem xét hiệu lực"),
        P(f"{a['sec']} theo dõi, kiểm tra kết quả thực hiện và báo cáo tại cuộc họp xem xét của lãnh đạo."),
        *records_block(a, 6, [("Phiếu yêu cầu hành động phòng ngừa", a["sec"], "03 năm"),
                              ("Sổ theo dõi hành động phòng ngừa", a["sec"], "03 năm")]),
    ]


# ---- 2008 system documents -----------------------------------------------------------------------

POLICY_NG = ("Ủy ban nhân dân xã Nam Giang cam kết giải quyết các thủ tục hành chính cho tổ chức, công dân nhanh "
             "chóng, chính xác, công khai, minh bạch, đúng pháp luật; không ngừng cải tiến hệ thống quản lý chất lượng "
             "để đem lại sự thỏa mãn cao nhất cho người dân.")


def c_manual_ng(a):
    procs = [("1", "Sổ tay chất lượng", "ST-01"), ("2", "Quy trình kiểm soát tài liệu", "QT-01/UB"),
             ("3", "Quy trình kiểm soát hồ sơ", "QT-02/UB"), ("4", "Quy trình đánh giá nội bộ", "QT-03/UB"),
             ("5", "Quy trình kiểm soát sản phẩm không phù hợp", "QT-04/UB"),
             ("6", "Quy trình hành động khắc phục", "QT-05/UB"), ("7", "Quy trình hành động phòng ngừa", "QT-06/UB"),
             ("8", "Các quy trình giải quyết thủ tục hành chính", "QT-TP-xx, QT-ĐC-xx")]
    stops = [567, 6237]
    return [
        H("PHẦN 1. GIỚI THIỆU CHUNG"),
        P("Xã Nam Giang nằm ở phía nam huyện Nam Đàn, tỉnh Nghệ An, dọc theo bờ sông Lam, có 14 xóm với khoảng 2.900 "
          "hộ dân. Nhân dân chủ yếu sản xuất nông nghiệp, làm nghề mộc và buôn bán nhỏ."),
        P("Ủy ban nhân dân xã là cơ quan hành chính nhà nước ở địa phương, thực hiện chức năng quản lý nhà nước trên các "
          "lĩnh vực kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn xã; giải quyết các thủ tục hành chính "
          "cho tổ chức, công dân theo cơ chế một cửa."),
        H("PHẦN 2. PHẠM VI ÁP DỤNG"),
        P("Hệ thống quản lý chất lượng của UBND xã Nam Giang được xây dựng và áp dụng theo tiêu chuẩn TCVN ISO "
          "9001:2008 đối với các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã trong các lĩnh vực: tư "
          "pháp - hộ tịch, chứng thực, đất đai, lao động - thương binh và xã hội."),
        P("Các yêu cầu loại trừ: điều 7.3 Thiết kế và phát triển, vì UBND xã giải quyết thủ tục hành chính theo quy định "
          "của pháp luật, không thiết kế sản phẩm; điều 7.6 Kiểm soát thiết bị theo dõi và đo lường, vì UBND xã không "
          "sử dụng thiết bị đo lường trong quá trình giải quyết công việc."),
        H("PHẦN 3. CHÍNH SÁCH CHẤT LƯỢNG"),
        P(POLICY_NG),
        H("PHẦN 4. TỔ CHỨC VÀ TRÁCH NHIỆM"),
        L("- Chủ tịch UBND xã: chịu trách nhiệm cao nhất về hệ thống quản lý chất lượng, ban hành chính sách và mục "
          "tiêu chất lượng, chủ trì cuộc họp xem xét của lãnh đạo;"),
        L("- Phó Chủ tịch UBND xã là Đại diện lãnh đạo về chất lượng: bảo đảm các quá trình của hệ thống được thiết "
          "lập, thực hiện và duy trì; báo cáo Chủ tịch về kết quả hoạt động của hệ thống;"),
        L("- Thư ký ISO (công chức Văn phòng - Thống kê): quản lý tài liệu, hồ sơ của hệ thống, giúp Đại diện lãnh "
          "đạo theo dõi việc áp dụng;"),
        L("- Các công chức chuyên môn: thực hiện đúng các quy trình đã ban hành."),
        H("PHẦN 5. DANH MỤC TÀI LIỆU"),
        T(["TT", "Tên tài liệu", "Mã số"], stops, True),
        *[T(r, stops) for r in procs],
        H("PHẦN 6. XEM XÉT CỦA LÃNH ĐẠO"),
        P("Định kỳ ít nhất 01 lần trong năm, Chủ tịch UBND xã chủ trì họp xem xét của lãnh đạo để đánh giá sự phù hợp, "
          "thỏa đáng và hiệu lực của hệ thống quản lý chất lượng, xác định cơ hội cải tiến và nhu cầu thay đổi."),
    ]


def c_objectives_ng(a):
    return [
        P("Căn cứ hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 đã được xây dựng và áp dụng tại Ủy "
          "ban nhân dân xã Nam Giang;"),
        P("Ủy ban nhân dân xã Nam Giang ban hành mục tiêu chất lượng năm 2016 trên cơ sở chính sách chất lượng đã "
          "công bố, cụ thể như sau:"),
        H("I. CHÍNH SÁCH CHẤT LƯỢNG (NHẮC LẠI)"),
        P(POLICY_NG),
        H("II. MỤC TIÊU CHẤT LƯỢNG NĂM 2016"),
        L("1. 100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết đúng hẹn, trong đó trên 90% hồ sơ được giải "
          "quyết trước hẹn;"),
        L("2. Không có khiếu nại về thái độ phục vụ của cán bộ, công chức tại Bộ phận tiếp nhận và trả kết quả;"),
        L("3. Trên 95% tổ chức, công dân hài lòng khi đến giao dịch tại UBND xã;"),
        L("4. Trên 80% vụ việc tranh chấp đất đai được hòa giải thành ở cơ sở;"),
        L("5. 100% cán bộ, công chức được phổ biến, hiểu và thực hiện đúng các quy trình ISO."),
        P("Các bộ phận, cán bộ, công chức căn cứ mục tiêu này để tổ chức thực hiện; kết quả thực hiện được báo cáo tại "
          "cuộc họp xem xét của lãnh đạo cuối năm."),
        ("sigcaps", ["", "", "CHỦ TỊCH"]), ("sig", ["", "", "(đã ký)"]), ("blank",),
        ("sig", ["", "", "Nguyễn Văn Hòa"], True),
    ]


def c_manual_xh(a):
    stops = [567, 6237]
    rows = [("1", "Sổ tay chất lượng", "STCL"), ("2", "Thủ tục kiểm soát tài liệu", "QT.01"),
            ("3", "Thủ tục kiểm soát hồ sơ", "QT.02"), ("4", "Thủ tục đánh giá nội bộ", "QT.03"),
            ("5", "Thủ tục kiểm soát sản phẩm không phù hợp", "QT.04"), ("6", "Thủ tục hành động khắc phục", "QT.05"),
            ("7", "Thủ tục hành động phòng ngừa", "QT.06")]
    return [
        H("I. MỤC ĐÍCH CỦA SỔ TAY CHẤT LƯỢNG"),
        P("Sổ tay chất lượng mô tả hệ thống quản lý chất lượng của UBND xã Xuân Hòa, là tài liệu gốc để cán bộ, công "
          "chức tham khảo và thực hiện; đồng thời giới thiệu hệ thống với tổ chức, công dân và cơ quan cấp trên."),
        H("II. GIỚI THIỆU VỀ UBND XÃ XUÂN HÒA"),
        P("Xã Xuân Hòa thuộc huyện Nam Đàn, tỉnh Nghệ An, có 12 xóm. Bộ máy UBND xã gồm Chủ tịch, 02 Phó Chủ tịch, các "
          "ủy viên và 09 công chức chuyên môn: Văn phòng - Thống kê, Tư pháp - Hộ tịch, Địa chính - Xây dựng, Tài chính "
          "- Kế toán, Văn hóa - Xã hội."),
        H("III. PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"),
        P("Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 được áp dụng cho việc giải quyết các thủ tục "
          "hành chính thuộc thẩm quyền của UBND xã tại Bộ phận tiếp nhận và trả kết quả."),
        P("Loại trừ điều 7.3 Thiết kế và phát triển do UBND xã không có hoạt động thiết kế; các thủ tục hành chính đã được "
          "pháp luật quy định."),
        H("IV. CHÍNH SÁCH CHẤT LƯỢNG"),
        P("UBND xã Xuân Hòa cam kết giải quyết thủ tục hành chính công khai, minh bạch, đúng hẹn; cán bộ, công chức tận "
          "tụy phục vụ nhân dân; thường xuyên cải tiến hệ thống quản lý chất lượng."),
        H("V. TRÁCH NHIỆM VÀ QUYỀN HẠN"),
        L("- Chủ tịch UBND xã lãnh đạo chung, phê duyệt các tài liệu của hệ thống;"),
        L("- Phó Chủ tịch phụ trách văn hóa - xã hội là Đại diện lãnh đạo về chất lượng;"),
        L("- Công chức Văn phòng - Thống kê làm Thư ký ISO."),
        H("VI. DANH MỤC CÁC THỦ TỤC CỦA HỆ THỐNG"),
        T(["TT", "Tên tài liệu", "Mã hiệu"], stops, True),
        *[T(r, stops) for r in rows],
        H("VII. XEM XÉT CỦA LÃNH ĐẠO"),
        P("Mỗi năm ít nhất một lần, Chủ tịch UBND xã chủ trì cuộc họp xem xét của lãnh đạo về hệ thống quản lý chất "
          "lượng. Đầu vào gồm: kết quả đánh giá nội bộ, phản hồi của công dân, việc thực hiện các quá trình, tình trạng "
          "các hành động khắc phục và phòng ngừa, các khuyến nghị cải tiến."),
    ]


def c_policy_xh(a):
    return [
        P("Ủy ban nhân dân xã Xuân Hòa cam kết xây dựng, áp dụng và duy trì hệ thống quản lý chất lượng phù hợp với "
          "tiêu chuẩn TCVN ISO 9001:2008 trong việc giải quyết thủ tục hành chính cho tổ chức, công dân."),
        P("Phương châm hành động: CÔNG KHAI - MINH BẠCH - ĐÚNG HẸN - TẬN TỤY."),
        L("- Công khai đầy đủ thủ tục hành chính, phí, lệ phí tại Bộ phận tiếp nhận và trả kết quả;"),
        L("- Cán bộ, công chức thường xuyên học tập nâng cao trình độ, hòa nhã, tận tụy với nhân dân;"),
        L("- Lắng nghe ý kiến của tổ chức, công dân để không ngừng cải tiến chất lượng phục vụ."),
        P("Chính sách chất lượng này được phổ biến đến toàn thể cán bộ, công chức UBND xã để thấu hiểu và thực hiện."),
        ("date", "Xuân Hòa, ngày 05 tháng 01 năm 2017"),
        ("sigcaps", ["", "", "CHỦ TỊCH"]), ("sig", ["", "", "(đã ký)"]), ("blank",),
        ("sig", ["", "", "Phan Văn Thủy"], True),
    ]


# ---- administrative procedures (TTHC) ------------------------------------------------------------

def tthc_frame(a, purpose, scope, refs, edition, terms, cond, dossier, time, fee, steps, records):
    stops = [850, 4820, 7370]
    out = [H(f"{sec(a, 1)} MỤC ĐÍCH"), P(purpose), H(f"{sec(a, 2)} PHẠM VI ÁP DỤNG"), P(scope),
           H(f"{sec(a, 3)} TÀI LIỆU VIỆN DẪN"), L(f"- Tiêu chuẩn quốc gia TCVN ISO 9001:{edition};")]
    out += [L(r) for r in refs]
    out += [H(f"{sec(a, 4)} ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT")] + [L(t) for t in terms]
    out += [H(f"{sec(a, 5)} NỘI DUNG QUY TRÌNH")]
    if cond:
        out += [H2("5.1. Điều kiện thực hiện"), P(cond)]
    out += [H2("5.2. Thành phần hồ sơ")] + [L(x) for x in dossier] + [P("Số lượng hồ sơ: 01 bộ.")]
    out += [H2("5.3. Thời hạn giải quyết"), P(time), H2("5.4. Phí, lệ phí"), P(fee), H2("5.5. Trình tự thực hiện"),
            T(["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"], stops, True)]
    out += [T([f"B{k + 1}"] + list(s), stops) for k, s in enumerate(steps)]
    out += records_block(a, 6, records)
    return out


ONE_STOP = "Bộ phận một cửa"
TP = "Công chức Tư pháp - Hộ tịch"
LEAD = "Chủ tịch/Phó Chủ tịch UBND xã"


def c_copy_cert(a, edition="2008"):
    return tthc_frame(
        a, f"Quy định trình tự, thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản tại UBND xã {a['xa']}, bảo đảm "
           "đúng quy định của pháp luật và đúng thời gian.",
        "Áp dụng đối với việc chứng thực bản sao từ bản chính các giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền "
        "của Việt Nam cấp hoặc chứng nhận.",
        ["- Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng "
         "thực chữ ký và chứng thực hợp đồng, giao dịch;",
         "- Thông tư số 01/2016/TT-BTP của Bộ Tư pháp hướng dẫn thực hiện một số thủ tục về chứng thực;",
         "- Thông tư số 226/2016/TT-BTC của Bộ Tài chính quy định mức thu, chế độ thu, nộp phí chứng thực."],
        edition, ["- TTHC: Thủ tục hành chính;", "- Bộ phận một cửa: Bộ phận tiếp nhận và trả kết quả."],
        "Bản chính không thuộc các trường hợp không được dùng làm cơ sở để chứng thực bản sao theo Điều 22 Nghị định số "
        "23/2015/NĐ-CP.",
        ["- Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao;",
         "- Bản sao cần chứng thực; trường hợp người yêu cầu không tự chuẩn bị được thì công chức chụp từ bản chính."],
        "Trong ngày làm việc; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
        "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.",
        [("Tiếp nhận, đối chiếu bản chính với bản sao", TP, "15 phút"),
         ("Ghi lời chứng, ký, đóng dấu", LEAD, "30 phút"),
         ("Vào sổ chứng thực, thu phí, trả kết quả", ONE_STOP, "15 phút")],
        [("Sổ chứng thực bản sao từ bản chính", TP, "Vĩnh viễn"), ("Bản sao đã chứng thực (lưu)", TP, "02 năm")])


def c_signature_cert(a, edition="2008"):
    return tthc_frame(
        a, "Quy định trình tự, thủ tục chứng thực chữ ký trong các giấy tờ, văn bản tại UBND xã Kim Liên.",
        "Áp dụng đối với việc chứng thực chữ ký của người yêu cầu chứng thực trong các giấy tờ, văn bản, trừ trường "
        "hợp chứng thực chữ ký người dịch.",
        ["- Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng "
         "thực chữ ký và chứng thực hợp đồng, giao dịch;",
         "- Thông tư số 01/2016/TT-BTP của Bộ Tư pháp."],
        edition, ["- TTHC: Thủ tục hành chính;", "- CMND: Chứng minh nhân dân."],
        "Người yêu cầu chứng thực có đủ năng lực hành vi dân sự và ký trước mặt người thực hiện chứng thực.",
        ["- Bản chính hoặc bản sao có chứng thực Giấy chứng minh nhân dân hoặc Hộ chiếu còn giá trị sử dụng;",
         "- Giấy tờ, văn bản mà mình sẽ ký."],
        "Trong ngày làm việc; trường hợp tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
        "10.000 đồng/trường hợp.",
        [("Tiếp nhận, kiểm tra giấy tờ; người yêu cầu ký trước mặt công chức", TP, "15 phút"),
         ("Ghi lời chứng, ký, đóng dấu", LEAD, "30 phút"),
         ("Vào sổ chứng thực, thu phí, trả kết quả", ONE_STOP, "15 phút")],
        [("Sổ chứng thực chữ ký", TP, "Vĩnh viễn")])


def c_death(a):
    return tthc_frame(
        a, "Quy định trình tự, cách thức đăng ký khai tử tại UBND xã Nam Giang theo đúng quy định của pháp luật về hộ "
           "tịch.",
        "Áp dụng đối với việc đăng ký khai tử cho người chết có nơi cư trú cuối cùng tại xã Nam Giang.",
        ["- Luật Hộ tịch số 60/2014/QH13;",
         "- Nghị định số 123/2015/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch;",
         "- Thông tư số 15/2015/TT-BTP của Bộ Tư pháp."],
        "2008", ["- TTHC: Thủ tục hành chính;", "- Bộ phận một cửa: Bộ phận tiếp nhận và trả kết quả."],
        "Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của "
        "người chết có trách nhiệm đi đăng ký khai tử.",
        ["- Tờ khai đăng ký khai tử theo mẫu;",
         "- Giấy báo tử hoặc giấy tờ thay thế giấy báo tử do cơ quan có thẩm quyền cấp."],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.",
        "Miễn lệ phí.",
        [("Tiếp nhận, kiểm tra hồ sơ", ONE_STOP, "0,5 giờ"),
         ("Ghi vào Sổ đăng ký khai tử, trình ký Trích lục khai tử", TP, "02 giờ"),
         ("Ký Trích lục khai tử", LEAD, "01 giờ"),
         ("Trả kết quả cho người yêu cầu", ONE_STOP, "0,5 giờ")],
        [("Sổ đăng ký khai tử", TP, "Vĩnh viễn"), ("Tờ khai và giấy tờ kèm theo", TP, "Vĩnh viễn")])


def c_marriage(a):
    return tthc_frame(
        a, "Quy định trình tự, thủ tục đăng ký kết hôn giữa công dân Việt Nam với nhau tại UBND xã Xuân Hòa.",
        "Áp dụng đối với việc đăng ký kết hôn mà một trong hai bên nam, nữ cư trú tại xã Xuân Hòa.",
        ["- Luật Hôn nhân và gia đình số 52/2014/QH13;", "- Luật Hộ tịch số 60/2014/QH13;",
         "- Nghị định số 123/2015/NĐ-CP của Chính phủ."],
        "2008", ["- UBND: Ủy ban nhân dân;", "- Bộ phận một cửa: Bộ phận tiếp nhận và trả kết quả."],
        "Hai bên nam, nữ đủ điều kiện kết hôn theo quy định của Luật Hôn nhân và gia đình.",
        ["- Tờ khai đăng ký kết hôn theo mẫu;",
         "- Giấy xác nhận tình trạng hôn nhân, nếu người yêu cầu không cư trú tại xã Xuân Hòa."],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc.",
        "Miễn lệ phí.",
        [("Tiếp nhận, kiểm tra hồ sơ", ONE_STOP, "0,5 giờ"),
         ("Kiểm tra điều kiện kết hôn, ghi Sổ đăng ký kết hôn", TP, "02 giờ"),
         ("Ký Giấy chứng nhận kết hôn", LEAD, "01 giờ"),
         ("Tổ chức trao Giấy chứng nhận kết hôn", TP, "0,5 giờ")],
        [("Sổ đăng ký kết hôn", TP, "Vĩnh viễn"), ("Tờ khai và giấy tờ kèm theo", TP, "Vĩnh viễn")])


def c_land_mediation(a):
    return tthc_frame(
        a, "Quy định trình tự tổ chức hòa giải tranh chấp đất đai tại UBND xã Xuân Hòa.",
        "Áp dụng đối với các tranh chấp đất đai mà các bên đã tự hòa giải không thành và có đơn yêu cầu UBND xã hòa "
        "giải.",
        ["- Luật Đất đai số 45/2013/QH13, Điều 202;",
         "- Nghị định số 43/2014/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai, Điều 88."],
        "2008", ["- UBND: Ủy ban nhân dân;", "- Hội đồng: Hội đồng hòa giải tranh chấp đất đai của xã."],
        "",
        ["- Đơn yêu cầu hòa giải tranh chấp đất đai;", "- Các giấy tờ có liên quan đến thửa đất (nếu có)."],
        "Không quá 45 ngày kể từ ngày UBND xã nhận được đơn yêu cầu.",
        "Không.",
        [("Tiếp nhận đơn yêu cầu hòa giải", ONE_STOP, "01 ngày"),
         ("Thẩm tra, xác minh nguyên nhân tranh chấp, thu thập giấy tờ", "Công chức Địa chính - Xây dựng", "20 ngày"),
         ("Thành lập Hội đồng hòa giải", LEAD, "05 ngày"),
         ("Tổ chức họp hòa giải, lập biên bản", "Hội đồng hòa giải", "15 ngày"),
         ("Gửi biên bản hòa giải cho các bên", ONE_STOP, "04 ngày")],
        [("Hồ sơ hòa giải tranh chấp đất đai", "Công chức Địa chính - Xây dựng", "10 năm")])


def c_birth_2015(a):
    return tthc_frame(
        a, "Quy định trình tự, cách thức đăng ký khai sinh tại UBND xã Kim Liên, bảo đảm đúng quy định của pháp luật "
           "về hộ tịch và đúng thời hạn.",
        "Áp dụng đối với việc đăng ký khai sinh cho trẻ em sinh ra có nơi cư trú của cha hoặc mẹ tại xã Kim Liên.",
        ["- Luật Hộ tịch số 60/2014/QH13;",
         "- Nghị định số 123/2015/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch;",
         "- Thông tư số 15/2015/TT-BTP của Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch."],
        "2015", ["- TTHC: Thủ tục hành chính;", "- Bộ phận một cửa: Bộ phận tiếp nhận và trả kết quả;",
                 "- Dịch vụ công trực tuyến: cổng dịch vụ công của tỉnh Nghệ An."],
        "Trong thời hạn 60 ngày kể từ ngày sinh con, cha, mẹ có trách nhiệm đăng ký khai sinh cho con.",
        ["- Tờ khai đăng ký khai sinh theo mẫu;", "- Giấy chứng sinh hoặc giấy tờ thay thế giấy chứng sinh;",
         "- Giấy chứng nhận kết hôn của cha, mẹ (nếu có)."],
        "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.",
        "Miễn lệ phí.",
        [("Tiếp nhận hồ sơ trực tiếp hoặc qua dịch vụ công trực tuyến", ONE_STOP, "0,5 giờ"),
         ("Kiểm tra, ghi Sổ đăng ký khai sinh, cập nhật cơ sở dữ liệu hộ tịch", TP, "02 giờ"),
         ("Ký Giấy khai sinh", LEAD, "01 giờ"),
         ("Trả kết quả, lấy ý kiến hài lòng của người dân", ONE_STOP, "0,5 giờ")],
        [("Sổ đăng ký khai sinh", TP, "Vĩnh viễn"), ("Tờ khai và giấy tờ kèm theo", TP, "Vĩnh viễn")])


# ---- 2015 system documents (UBND xã Kim Liên) ----------------------------------------------------

def refs_2015(clauses):
    return [L(f"- Tiêu chuẩn quốc gia TCVN ISO 9001:2015, điều {clauses};"),
            L("- Quyết định số 19/2014/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 101/QĐ-BKHCN năm 2019 của Bộ "
              "Khoa học và Công nghệ công bố mô hình khung hệ thống quản lý chất lượng;"),
            L("- Sổ tay chất lượng của UBND xã Kim Liên.")]


def c_manual_kl(a):
    stops = [567, 5670]
    return [
        H("1. GIỚI THIỆU"),
        P("Xã Kim Liên, huyện Nam Đàn, tỉnh Nghệ An là quê hương của Chủ tịch Hồ Chí Minh, có 10 xóm, khoảng 3.400 hộ. "
          "Ủy ban nhân dân xã giải quyết thủ tục hành chính cho tổ chức, công dân tại Bộ phận tiếp nhận và trả kết quả "
          "và trên cổng dịch vụ công của tỉnh."),
        H("2. PHẠM VI CỦA HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG"),
        P("Hệ thống quản lý chất lượng của UBND xã Kim Liên được xây dựng, áp dụng theo tiêu chuẩn TCVN ISO 9001:2015 "
          "cho toàn bộ các thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã và các quá trình hỗ trợ."),
        P("Yêu cầu không áp dụng: điều 8.3 Thiết kế và phát triển sản phẩm và dịch vụ, vì các thủ tục hành chính đã "
          "được pháp luật quy định; điều 7.1.5 Nguồn lực theo dõi và đo lường, vì UBND xã không sử dụng thiết bị đo "
          "lường để kiểm tra kết quả giải quyết. Việc không áp dụng không ảnh hưởng đến khả năng cung cấp dịch vụ phù "
          "hợp và nâng cao sự hài lòng của tổ chức, công dân."),
        H("3. BỐI CẢNH VÀ CÁC BÊN QUAN TÂM"),
        P("Các vấn đề bên ngoài, nội bộ và yêu cầu của các bên quan tâm được xác định trong tài liệu Bối cảnh của tổ "
          "chức và các bên quan tâm, được xem xét ít nhất mỗi năm một lần tại cuộc họp xem xét của lãnh đạo."),
        H("4. CHÍNH SÁCH CHẤT LƯỢNG"),
        P("Ủy ban nhân dân xã Kim Liên cam kết: giải quyết thủ tục hành chính đúng pháp luật, công khai, nhanh chóng; "
          "lấy sự hài lòng của tổ chức, công dân làm thước đo chất lượng phục vụ; đáp ứng các yêu cầu áp dụng và "
          "thường xuyên cải tiến hệ thống quản lý chất lượng."),
        H("5. VAI TRÒ, TRÁCH NHIỆM VÀ QUYỀN HẠN"),
        L("- Chủ tịch UBND xã: chịu trách nhiệm giải trình về hiệu lực của hệ thống, thiết lập chính sách và mục tiêu "
          "chất lượng, bảo đảm nguồn lực, chủ trì xem xét của lãnh đạo;"),
        L("- Phó Chủ tịch UBND xã được phân công phụ trách hệ thống: chỉ đạo việc duy trì, cải tiến hệ thống, báo "
          "cáo Chủ tịch;"),
        L("- Thư ký ISO: quản lý thông tin dạng văn bản của hệ thống, theo dõi rủi ro và cơ hội;"),
        L("- Công chức chuyên môn: thực hiện các quy trình, nhận diện rủi ro trong lĩnh vực được giao."),
        H("6. CÁC QUÁ TRÌNH CỦA HỆ THỐNG"),
        T(["Quá trình", "Tài liệu áp dụng"], stops, True),
        T(["Lãnh đạo, hoạch định", "Chính sách, mục tiêu chất lượng; QT-02"], stops),
        T(["Hỗ trợ", "QT-01; quy chế làm việc của UBND xã"], stops),
        T(["Giải quyết thủ tục hành chính", "Các quy trình QT-TP, QT-ĐC, QT-LĐ"], stops),
        T(["Đánh giá kết quả thực hiện", "QT-03; QT-05"], stops),
        T(["Cải tiến", "QT-04"], stops),
        H("7. DANH MỤC TÀI LIỆU"),
        L("- QT-01 Quy trình kiểm soát thông tin dạng văn bản;"),
        L("- QT-02 Quy trình quản lý rủi ro và cơ hội;"),
        L("- QT-03 Quy trình đánh giá nội bộ;"),
        L("- QT-04 Quy trình kiểm soát sự không phù hợp và hành động khắc phục;"),
        L("- QT-05 Quy trình xem xét của lãnh đạo;"),
        L("- Các quy trình giải quyết thủ tục hành chính."),
    ]


def c_context_kl(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Xác định các vấn đề bên ngoài và nội bộ có liên quan đến mục đích, định hướng chiến lược của UBND xã Kim "
          "Liên và ảnh hưởng đến khả năng đạt được kết quả dự kiến của hệ thống quản lý chất lượng; xác định các bên "
          "quan tâm và yêu cầu của họ (điều 4.1 và 4.2 tiêu chuẩn TCVN ISO 9001:2015)."),
        H("2. CÁC VẤN ĐỀ BÊN NGOÀI"),
        ("tbl", [["Vấn đề", "Ảnh hưởng", "Cách xử lý"],
                 ["Văn bản pháp luật về thủ tục hành chính thay đổi thường xuyên", "Quy trình không còn phù hợp",
                  "Thư ký ISO rà soát hằng quý, cập nhật quy trình"],
                 ["Tỉnh đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4", "Người dân nộp hồ sơ qua mạng",
                  "Đào tạo công chức, bố trí máy tính tại Bộ phận một cửa"],
                 ["Lượng khách du lịch về Khu di tích Kim Liên đông", "Tăng yêu cầu chứng thực, xác nhận",
                  "Bố trí lịch trực cả sáng thứ Bảy"]], [3000, 2900, 3100]),
        H("3. CÁC VẤN ĐỀ NỘI BỘ"),
        L("- Số công chức ít, nhiều người kiêm nhiệm nhiều việc;"),
        L("- Một số công chức lớn tuổi, kỹ năng tin học còn hạn chế;"),
        L("- Trụ sở chật, thiếu kho lưu trữ hồ sơ."),
        H("4. CÁC BÊN QUAN TÂM VÀ YÊU CẦU CỦA HỌ"),
        ("tbl", [["Bên quan tâm", "Nhu cầu và mong đợi", "Cách đáp ứng"],
                 ["Tổ chức, công dân", "Giải quyết nhanh, đúng hẹn, thái độ hòa nhã", "Thực hiện đúng quy trình; "
                  "khảo sát ý kiến hằng năm"],
                 ["UBND huyện Nam Đàn", "Thực hiện đúng chỉ đạo, báo cáo đúng hạn", "Phân công người theo dõi"],
                 ["Đảng ủy, HĐND xã", "Hoàn thành các chỉ tiêu kinh tế - xã hội", "Báo cáo định kỳ"],
                 ["Cán bộ, công chức", "Môi trường làm việc tốt, được đào tạo", "Cử đi tập huấn, bảo đảm điều kiện "
                  "làm việc"],
                 ["Bưu điện (dịch vụ bưu chính công ích)", "Phối hợp nhận, trả hồ sơ", "Thỏa thuận phối hợp"]],
         [3000, 3100, 2900]),
        H("5. THEO DÕI VÀ XEM XÉT"),
        P("Thư ký ISO theo dõi thông tin về các vấn đề và các bên quan tâm; việc xem xét, cập nhật được thực hiện ít "
          "nhất mỗi năm một lần tại cuộc họp xem xét của lãnh đạo."),
    ]


def c_objectives_kl(a):
    rows = [["TT", "Mục tiêu", "Nội dung thực hiện", "Trách nhiệm", "Nguồn lực", "Thời gian", "Cách đánh giá"],
            ["1", "100% hồ sơ TTHC được giải quyết đúng hạn", "Theo dõi hồ sơ trên phần mềm một cửa, nhắc hồ sơ sắp "
             "đến hạn", "Công chức Bộ phận một cửa", "Phần mềm một cửa", "Cả năm", "Báo cáo hằng tháng"],
            ["2", "Trên 30% hồ sơ nộp trực tuyến", "Hướng dẫn người dân nộp hồ sơ qua cổng dịch vụ công",
             "Công chức Tư pháp - Hộ tịch", "01 máy tính hỗ trợ", "Quý II - IV", "Số liệu cổng dịch vụ công"],
            ["3", "Trên 95% người dân hài lòng", "Khảo sát ý kiến 02 đợt trong năm", "Văn phòng - Thống kê",
             "Phiếu khảo sát", "Tháng 6, tháng 11", "Báo cáo kết quả khảo sát"],
            ["4", "Không có rủi ro ở mức cao chưa được xử lý", "Cập nhật Sổ theo dõi rủi ro và cơ hội",
             "Thư ký ISO", "Không", "Hằng quý", "Xem xét của lãnh đạo"]]
    return [
        P("Căn cứ Chính sách chất lượng và hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 của Ủy ban "
          "nhân dân xã Kim Liên, UBND xã ban hành mục tiêu chất lượng và kế hoạch thực hiện năm 2021 như sau:"),
        ("tbl", rows, [400, 1700, 1900, 1400, 1200, 1000, 1400]),
        ("nfd", "Việc đánh giá kết quả thực hiện mục tiêu được báo cáo tại cuộc họp xem xét của lãnh đạo cuối năm; mục "
                "tiêu nào không đạt phải phân tích nguyên nhân và có biện pháp khắc phục."),
        ("sigcaps", ["", "", "CHỦ TỊCH"]), ("sig", ["", "", "(đã ký)"]), ("blank",),
        ("sig", ["", "", "Hoàng Văn Thủy"], True),
    ]


def c_docinfo_kl(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Quy định thống nhất việc tạo lập, cập nhật, kiểm soát thông tin dạng văn bản của hệ thống quản lý chất "
          "lượng: thông tin được duy trì (tài liệu) và thông tin được lưu giữ (hồ sơ) tại UBND xã Kim Liên."),
        H("2. PHẠM VI ÁP DỤNG"),
        P("Áp dụng đối với toàn bộ thông tin dạng văn bản nội bộ và có nguồn gốc bên ngoài, dạng giấy và dạng điện tử."),
        H("3. TÀI LIỆU VIỆN DẪN"),
        *refs_2015("7.5"),
        H("4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT"),
        L("- Thông tin dạng văn bản: thông tin cần được kiểm soát và duy trì bởi UBND xã và phương tiện chứa thông tin;"),
        L("- Tài liệu: thông tin dạng văn bản được duy trì; Hồ sơ: thông tin dạng văn bản được lưu giữ."),
        H("5. NỘI DUNG"),
        H2("5.1. Tạo lập và cập nhật"),
        P("Công chức được phân công soạn thảo; Thư ký ISO kiểm tra hình thức, mã số; Phó Chủ tịch xem xét; Chủ tịch "
          "UBND xã phê duyệt. Khi cập nhật, nội dung sửa đổi được ghi vào trang theo dõi sửa đổi."),
        H2("5.2. Kiểm soát tài liệu"),
        P("Tài liệu hiện hành được đăng trên thư mục dùng chung của UBND xã; bản giấy được đóng dấu kiểm soát. Tài liệu "
          "lỗi thời được thu hồi hoặc đánh dấu để tránh sử dụng nhầm. Tài liệu bên ngoài được cập nhật vào danh mục."),
        H2("5.3. Kiểm soát hồ sơ"),
        P("Hồ sơ được nhận biết, bảo quản, bảo vệ khỏi hư hỏng, mất mát; thời gian lưu giữ theo danh mục dưới đây và "
          "quy định về lưu trữ; hồ sơ hết thời hạn được hủy theo quy định."),
        *records_block(a, 6, [("Danh mục tài liệu nội bộ", "Thư ký ISO", "Đến khi có bản mới"),
                              ("Danh mục tài liệu bên ngoài", "Văn phòng - Thống kê", "Đến khi có bản mới"),
                              ("Danh mục hồ sơ và thời gian lưu giữ", "Thư ký ISO", "05 năm")]),
    ]


def c_risk_kl(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Quy định cách thức nhận diện, đánh giá và xử lý rủi ro và cơ hội trong hoạt động của UBND xã Kim Liên nhằm "
          "bảo đảm hệ thống quản lý chất lượng đạt được kết quả dự kiến, nâng cao tác động tích cực và ngăn ngừa, giảm "
          "thiểu tác động không mong muốn."),
        H("2. PHẠM VI ÁP DỤNG"),
        P("Áp dụng cho tất cả các quá trình thuộc phạm vi hệ thống quản lý chất lượng của UBND xã."),
        H("3. TÀI LIỆU VIỆN DẪN"),
        *refs_2015("4.1, 4.2 và 6.1"),
        H("4. ĐỊNH NGHĨA"),
        L("- Rủi ro: tác động của sự không chắc chắn;"),
        L("- Cơ hội: tình huống thuận lợi có thể tận dụng để đạt được kết quả tốt hơn."),
        H("5. NỘI DUNG"),
        H2("5.1. Nhận diện rủi ro và cơ hội"),
        P("Mỗi đầu năm, công chức các lĩnh vực căn cứ bối cảnh của tổ chức, yêu cầu của các bên quan tâm và kết quả "
          "năm trước để nhận diện rủi ro và cơ hội trong lĩnh vực mình phụ trách."),
        H2("5.2. Đánh giá mức độ rủi ro"),
        P("Mức độ rủi ro = Khả năng xảy ra x Mức độ ảnh hưởng, mỗi yếu tố chấm từ 1 đến 3. Rủi ro từ 6 điểm trở lên "
          "là rủi ro cao, phải có biện pháp xử lý ngay."),
        H2("5.3. Xác định biện pháp xử lý"),
        P("Biện pháp xử lý rủi ro có thể là tránh rủi ro, loại bỏ nguồn rủi ro, thay đổi khả năng xảy ra hoặc hậu quả, "
          "chấp nhận rủi ro; với cơ hội, xác định cách tận dụng. Kết quả được ghi vào Sổ theo dõi rủi ro và cơ hội."),
        H2("5.4. Theo dõi và xem xét"),
        P("Thư ký ISO theo dõi việc thực hiện hằng quý; hiệu lực của các hành động giải quyết rủi ro và cơ hội được báo "
          "cáo tại cuộc họp xem xét của lãnh đạo."),
        *records_block(a, 6, [("Sổ theo dõi rủi ro và cơ hội", "Thư ký ISO", "03 năm")]),
    ]


def c_audit_2015(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Quy định việc hoạch định, thực hiện đánh giá nội bộ nhằm cung cấp thông tin hệ thống quản lý chất lượng có "
          "phù hợp với yêu cầu của UBND xã và của tiêu chuẩn TCVN ISO 9001:2015, có được áp dụng và duy trì một cách "
          "hiệu lực hay không."),
        H("2. PHẠM VI ÁP DỤNG"),
        P("Áp dụng đối với tất cả các quá trình thuộc phạm vi hệ thống quản lý chất lượng của UBND xã Kim Liên."),
        H("3. TÀI LIỆU VIỆN DẪN"),
        *refs_2015("9.2"),
        H("4. NỘI DUNG"),
        H2("4.1. Lập chương trình đánh giá"),
        P("Hằng năm, Thư ký ISO lập chương trình đánh giá nội bộ, có xét đến tầm quan trọng của các quá trình, những "
          "thay đổi ảnh hưởng đến UBND xã, các rủi ro đã nhận diện và kết quả của lần đánh giá trước; trình Chủ tịch "
          "UBND xã phê duyệt. Đánh giá ít nhất 01 lần trong năm."),
        H2("4.2. Chuẩn bị và thực hiện"),
        P("Đoàn đánh giá gồm những người đã được đào tạo, bảo đảm khách quan, không tự đánh giá công việc của mình. "
          "Chuyên gia thu thập bằng chứng qua phỏng vấn, xem xét hồ sơ và quan sát."),
        H2("4.3. Báo cáo"),
        P("Trưởng đoàn lập báo cáo kết quả đánh giá gửi lãnh đạo UBND xã; các điểm không phù hợp được xử lý theo quy "
          "trình QT-04."),
        *records_block(a, 5, [("Chương trình đánh giá nội bộ", "Thư ký ISO", "03 năm"),
                              ("Báo cáo kết quả đánh giá nội bộ", "Thư ký ISO", "03 năm")]),
    ]


def c_ncca_kl(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Quy định cách thức kiểm soát đầu ra không phù hợp và thực hiện hành động khắc phục đối với sự không phù hợp "
          "nhằm loại bỏ nguyên nhân, tránh tái diễn."),
        H("2. PHẠM VI ÁP DỤNG"),
        P("Áp dụng đối với các kết quả giải quyết thủ tục hành chính không phù hợp và các sự không phù hợp phát hiện "
          "qua đánh giá nội bộ, phản ánh của người dân, kiểm tra của cấp trên."),
        H("3. TÀI LIỆU VIỆN DẪN"),
        *refs_2015("8.7 và 10.2"),
        H("4. NỘI DUNG"),
        H2("4.1. Kiểm soát đầu ra không phù hợp"),
        P("Đầu ra không phù hợp được nhận biết, ghi vào sổ theo dõi và xử lý bằng cách sửa chữa, thu hồi, thông báo "
          "cho người dân; việc xử lý được lưu giữ thành thông tin dạng văn bản."),
        H2("4.2. Hành động khắc phục"),
        P("Khi xảy ra sự không phù hợp, bộ phận liên quan xem xét, phân tích nguyên nhân, xác định các sự không phù "
          "hợp tương tự có thể xảy ra; thực hiện hành động khắc phục; xem xét hiệu lực; cập nhật rủi ro và cơ hội "
          "đã xác định và thay đổi hệ thống quản lý chất lượng nếu cần."),
        *records_block(a, 5, [("Sổ theo dõi đầu ra không phù hợp", "Bộ phận một cửa", "03 năm"),
                              ("Phiếu yêu cầu hành động khắc phục", "Thư ký ISO", "03 năm")]),
    ]


def c_review_kl(a):
    return [
        H("1. MỤC ĐÍCH"),
        P("Quy định việc xem xét của lãnh đạo đối với hệ thống quản lý chất lượng để bảo đảm hệ thống luôn thích hợp, "
          "thỏa đáng, có hiệu lực và phù hợp với định hướng của UBND xã Kim Liên."),
        H("2. PHẠM VI ÁP DỤNG"),
        P("Áp dụng đối với hệ thống quản lý chất lượng của UBND xã Kim Liên."),
        H("3. TÀI LIỆU VIỆN DẪN"),
        *refs_2015("9.3"),
        H("4. NỘI DUNG"),
        H2("4.1. Tần suất"),
        P("Xem xét của lãnh đạo được thực hiện ít nhất 01 lần trong năm, do Chủ tịch UBND xã chủ trì."),
        H2("4.2. Đầu vào của xem xét"),
        L("- Tình trạng của các hành động từ lần xem xét trước;"),
        L("- Những thay đổi về các vấn đề bên ngoài và nội bộ liên quan đến hệ thống;"),
        L("- Sự hài lòng của người dân và phản hồi của các bên quan tâm; mức độ đạt mục tiêu chất lượng;"),
        L("- Kết quả thực hiện các quá trình, sự không phù hợp và hành động khắc phục, kết quả đánh giá nội bộ;"),
        L("- Kết quả thực hiện của các nhà cung cấp bên ngoài (bưu điện, đơn vị cung cấp phần mềm);"),
        L("- Sự thỏa đáng của nguồn lực; hiệu lực của các hành động giải quyết rủi ro và cơ hội; cơ hội cải tiến."),
        H2("4.3. Đầu ra của xem xét"),
        P("Các quyết định về cơ hội cải tiến, nhu cầu thay đổi hệ thống và nhu cầu nguồn lực; được ghi trong biên bản "
          "họp xem xét của lãnh đạo."),
        *records_block(a, 5, [("Báo cáo, biên bản họp xem xét của lãnh đạo", "Thư ký ISO", "05 năm")]),
    ]


# ---- records -------------------------------------------------------------------------------------

def c_audit_report_ng(a):
    return [
        P("Thực hiện Kế hoạch đánh giá nội bộ năm 2019 đã được Chủ tịch UBND xã phê duyệt, Đoàn đánh giá nội bộ đã "
          "tiến hành đánh giá hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 tại UBND xã Nam Giang. "
          "Đoàn đánh giá báo cáo kết quả như sau:"),
        H("I. THÀNH PHẦN ĐOÀN ĐÁNH GIÁ"),
        L("- Ông Trần Văn Đức, Phó Chủ tịch UBND xã, Đại diện lãnh đạo - Trưởng đoàn;"),
        L("- Bà Lê Thị Hương, công chức Văn phòng - Thống kê, Thư ký ISO - Thành viên;"),
        L("- Ông Nguyễn Đình Tâm, công chức Tư pháp - Hộ tịch - Thành viên."),
        H("II. PHẠM VI ĐÁNH GIÁ"),
        P("Toàn bộ các quá trình của hệ thống: kiểm soát tài liệu, kiểm soát hồ sơ; giải quyết thủ tục hành chính các "
          "lĩnh vực tư pháp - hộ tịch, chứng thực, đất đai tại Bộ phận tiếp nhận và trả kết quả."),
        H("III. KẾT QUẢ ĐÁNH GIÁ"),
        H2("1. Ưu điểm"),
        L("- Lãnh đạo UBND xã quan tâm chỉ đạo việc áp dụng hệ thống; hồ sơ thủ tục hành chính được theo dõi trên sổ;"),
        L("- Các công chức nắm được quy trình thuộc lĩnh vực mình phụ trách."),
        H2("2. Các điểm không phù hợp"),
        L("- Quy trình đăng ký khai tử chưa cập nhật mẫu tờ khai mới của Bộ Tư pháp (lĩnh vực Tư pháp - Hộ tịch);"),
        L("- Danh mục hồ sơ lưu trữ năm 2019 của công chức Địa chính - Xây dựng chưa ghi thời gian lưu."),
        H2("3. Khuyến nghị"),
        L("- Tổ chức đo lường sự hài lòng của tổ chức, công dân theo định kỳ;"),
        L("- Ban hành mục tiêu chất lượng ngay từ đầu năm."),
        H("IV. KẾT LUẬN"),
        P("Hệ thống quản lý chất lượng của UBND xã cơ bản được duy trì, áp dụng phù hợp với tiêu chuẩn TCVN ISO "
          "9001:2008. Các bộ phận có điểm không phù hợp thực hiện hành động khắc phục, báo cáo Trưởng đoàn trước ngày "
          "cuối tháng 12."),
        ("sigcaps", ["THƯ KÝ", "", "TRƯỞNG ĐOÀN ĐÁNH GIÁ"]), ("sig", ["(đã ký)", "", "(đã ký)"]), ("blank",),
        ("sig", ["Lê Thị Hương", "", "Trần Văn Đức"], True),
    ]


def c_review_minutes_xh(a):
    w = [34, 18, 12, 10]
    return [
        P("Hôm nay, vào lúc 14 giờ 00, tại Hội trường UBND xã Xuân Hòa, lãnh đạo UBND xã họp xem xét hệ thống quản lý "
          "chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 năm 2018."),
        H("I. THÀNH PHẦN"),
        L("+ Chủ trì: ông Phan Văn Thủy, Chủ tịch UBND xã;"),
        L("+ Ông Lê Đình Hòe, Phó Chủ tịch UBND xã, Đại diện lãnh đạo về chất lượng;"),
        L("+ Các công chức chuyên môn; Thư ký ISO: bà Võ Thị Lan, ghi biên bản."),
        H("II. NỘI DUNG"),
        H2("1. Kết quả giải quyết thủ tục hành chính năm 2018"),
        S(["Lĩnh vực", "Hồ sơ tiếp nhận", "Đúng hẹn", "Trễ hẹn"], w, True),
        S(["Tư pháp - Hộ tịch", "612", "612", "0"], w),
        S(["Chứng thực", "2.480", "2.480", "0"], w),
        S(["Đất đai", "96", "91", "5"], w),
        S(["Lao động - Thương binh và Xã hội", "143", "143", "0"], w),
        H2("2. Kết quả đánh giá nội bộ"),
        P("Đoàn đánh giá nội bộ phát hiện 03 điểm không phù hợp, đến nay đã khắc phục xong 02 điểm; 01 điểm về lưu "
          "trữ hồ sơ đất đai đang khắc phục."),
        H2("3. Ý kiến phản hồi của tổ chức, công dân"),
        P("Qua phiếu khảo sát, 93% người dân hài lòng; một số ý kiến phản ánh hồ sơ đất đai trả chậm."),
        H2("4. Hành động khắc phục, phòng ngừa và các thay đổi"),
        P("Đã thực hiện 02 hành động khắc phục và 01 hành động phòng ngừa (bố trí người làm thay khi công chức Địa chính "
          "đi học). Năm 2019 có thay đổi một số thủ tục hành chính lĩnh vực hộ tịch, cần cập nhật quy trình."),
        H("III. KẾT LUẬN CỦA CHỦ TỊCH UBND XÃ"),
        L("+ Hệ thống quản lý chất lượng được duy trì, phù hợp và có hiệu lực;"),
        L("+ Giao công chức Địa chính - Xây dựng khắc phục việc trả chậm hồ sơ đất đai trong quý I năm 2019;"),
        L("+ Giao Thư ký ISO cập nhật quy trình theo văn bản mới."),
        P("Cuộc họp kết thúc lúc 16 giờ 30 cùng ngày. Biên bản đã được thông qua."),
        ("sigcaps", ["THƯ KÝ", "", "CHỦ TRÌ"]), ("sig", ["(đã ký)", "", "(đã ký)"]), ("blank",),
        ("sig", ["Võ Thị Lan", "", "Phan Văn Thủy"], True),
    ]


def c_risk_register_kl(a):
    rows = [["TT", "Quá trình", "Rủi ro / cơ hội", "Nguyên nhân", "Mức độ", "Biện pháp xử lý", "Trách nhiệm",
             "Thời hạn"],
            ["1", "Chứng thực", "Rủi ro: chứng thực bản sao giấy tờ giả", "Giấy tờ làm giả tinh vi",
             "6 (cao)", "Đối chiếu kỹ bản chính, tra cứu khi nghi ngờ", "Công chức Tư pháp - Hộ tịch", "Thường xuyên"],
            ["2", "Hộ tịch", "Rủi ro: sai thông tin trên Giấy khai sinh", "Nhập liệu vội, đông người",
             "4 (trung bình)", "Người dân kiểm tra lại thông tin trước khi ký", "Công chức Tư pháp - Hộ tịch",
             "Thường xuyên"],
            ["3", "Đất đai", "Rủi ro: trả hồ sơ trễ hẹn", "Công chức kiêm nhiệm, đi công tác",
             "6 (cao)", "Phân công người làm thay, nhắc việc trên phần mềm", "Phó Chủ tịch UBND xã", "Quý I/2021"],
            ["4", "Giải quyết TTHC", "Cơ hội: tỉnh hỗ trợ dịch vụ công trực tuyến", "Chủ trương của tỉnh",
             "", "Hướng dẫn người dân nộp hồ sơ qua mạng", "Văn phòng - Thống kê", "Cả năm"]]
    return [
        P("Năm 2021. Đơn vị: UBND xã Kim Liên. Người lập: Thư ký ISO."),
        ("tbl", rows, [380, 1100, 1650, 1400, 900, 1700, 1300, 900]),
        P("Ghi chú: Mức độ = Khả năng xảy ra x Mức độ ảnh hưởng (thang điểm 1 - 3)."),
        ("date", "Kim Liên, ngày 12 tháng 01 năm 2021"),
        ("sigcaps", ["NGƯỜI LẬP", "", "PHÓ CHỦ TỊCH"]), ("sig", ["(đã ký)", "", "(đã ký)"]), ("blank",),
        ("sig", ["Nguyễn Thị Thanh", "", "Trần Quốc Việt"], True),
    ]


# ================================================================================================
# Files that are not DOCX or PDF: a phone photo (.jpg) and a Word 97-2003 .doc
# ================================================================================================

def _huffman_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D]
AC_VALS = bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f0243362728209"
    "0a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465"
    "666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9"
    "aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9ea"
    "f1f2f3f4f5f6f7f8f9fa")
LUMA_Q = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
          14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
          49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]


def _zigzag():
    order = []
    for s in range(15):
        cells = [(y, s - y) for y in range(8) if 0 <= s - y < 8]
        order += [y * 8 + x for y, x in (cells if s % 2 else cells[::-1])]
    return order


ZIGZAG = _zigzag()


def jpeg_gray(width, height, pixel, exif=b"", quality=80):
    """A baseline grayscale JPEG (standard Huffman tables), integer DCT so the bytes never vary."""
    import math
    assert len(AC_VALS) == 162 and sum(AC_BITS) == 162
    scale = 5000 // quality if quality < 50 else 200 - 2 * quality
    q = [min(255, max(1, (v * scale + 50) // 100)) for v in LUMA_Q]
    cosk = [[round(4096 * 0.5 * (1 / math.sqrt(2) if u == 0 else 1) * math.cos((2 * x + 1) * u * math.pi / 16))
             for x in range(8)] for u in range(8)]
    dc_codes, ac_codes = _huffman_codes(DC_BITS, DC_VALS), _huffman_codes(AC_BITS, list(AC_VALS))
    out, acc, nbits = bytearray(), 0, 0

    def put(code, length):
        nonlocal acc, nbits
        acc = (acc << length) | code
        nbits += length
        while nbits >= 8:
            byte = (acc >> (nbits - 8)) & 0xFF
            out.append(byte)
            if byte == 0xFF:
                out.append(0)
            nbits -= 8
        acc &= (1 << nbits) - 1

    def bits_of(v):
        size = abs(v).bit_length()
        return size, (v if v >= 0 else v + (1 << size) - 1)

    prev_dc = 0
    for by in range(0, height, 8):
        for bx in range(0, width, 8):
            blk = [[pixel(min(bx + x, width - 1), min(by + y, height - 1)) - 128 for x in range(8)] for y in range(8)]
            rows = [[sum(cosk[u][x] * blk[y][x] for x in range(8)) for u in range(8)] for y in range(8)]
            coef = [0] * 64
            for v in range(8):
                for u in range(8):
                    val = sum(cosk[v][y] * rows[y][u] for y in range(8))
                    qv = q[v * 8 + u] * 4096 * 4096
                    coef[v * 8 + u] = (val + qv // 2) // qv if val >= 0 else -((-val + qv // 2) // qv)
            zz = [coef[i] for i in ZIGZAG]
            size, b = bits_of(zz[0] - prev_dc)
            prev_dc = zz[0]
            put(*dc_codes[size])
            if size:
                put(b, size)
            run = 0
            for k in range(1, 64):
                if zz[k] == 0:
                    run += 1
                    continue
                while run > 15:
                    put(*ac_codes[0xF0])
                    run -= 16
                size, b = bits_of(zz[k])
                put(*ac_codes[(run << 4) | size])
                put(b, size)
                run = 0
            if run:
                put(*ac_codes[0x00])
    if nbits:
        put((1 << (8 - nbits)) - 1, 8 - nbits)

    def seg(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    dqt = seg(0xDB, bytes([0]) + bytes(q[i] for i in ZIGZAG))
    sof = seg(0xC0, struct.pack(">BHHB", 8, height, width, 1) + bytes([1, 0x11, 0]))
    dht = seg(0xC4, bytes([0x00] + DC_BITS + DC_VALS) + bytes([0x10] + AC_BITS) + AC_VALS)
    sos = seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    app1 = seg(0xE1, exif) if exif else b""
    return b"\xff\xd8" + app1 + dqt + sof + dht + sos + bytes(out) + b"\xff\xd9"


def exif_block(make, model, when):
    """APP1 Exif payload: IFD0 with Make, Model, Orientation, DateTime."""
    entries = [(0x010F, 2, make.encode() + b"\0"), (0x0110, 2, model.encode() + b"\0"),
               (0x0112, 3, struct.pack("<H", 1) + b"\0\0"), (0x0132, 2, when.encode() + b"\0")]
    ifd_size = 2 + 12 * len(entries) + 4
    data_off = 8 + ifd_size
    ifd, data = struct.pack("<H", len(entries)), b""
    for tag, typ, val in entries:
        count = len(val) if typ == 2 else 1
        if len(val) <= 4:
            ifd += struct.pack("<HHI", tag, typ, count) + val.ljust(4, b"\0")
        else:
            ifd += struct.pack("<HHII", tag, typ, count, data_off + len(data))
            data += val + (b"\0" if len(val) % 2 else b"")
    ifd += struct.pack("<I", 0)
    return b"Exif\0\0" + b"II*\0" + struct.pack("<I", 8) + ifd + data


def photo_of_signed_page(seed):
    """A phone photo of a signed decision page lying on a desk: paper brighter towards the window,
    lines of type, a round stamp over a signature."""
    rng = random.Random(seed)
    w, h = 240, 328
    noise = [rng.randrange(-6, 7) for _ in range(w * h)]
    lines = []
    y = 40
    while y < 250:
        indent = 40 if rng.random() < 0.2 else 26
        length = rng.randrange(120, 186) if y < 230 else rng.randrange(60, 110)
        lines.append((y, indent, indent + length))
        y += rng.choice((9, 9, 10, 14))
    words = {}
    for ly, x0, x1 in lines:
        x = x0
        while x < x1:
            wl = rng.randrange(6, 22)
            words.setdefault(ly, []).append((x, min(x + wl, x1)))
            x += wl + 4

    def pixel(x, yy):
        # the page: a quadrilateral a little skewed; outside it, the dark desk
        left = 12 + yy * 0.03
        right = 226 + yy * 0.02
        if not (left <= x <= right and 8 <= yy <= 318):
            return max(0, min(255, 58 + (x + yy) % 7 + noise[yy * w + x] // 2))
        v = 212 - (yy * 30) // h + (x * 14) // w
        for ly, spans in words.items():
            if ly <= yy < ly + 4:
                if any(a <= x < b for a, b in spans):
                    v = 70
        dx, dy = x - 168, yy - 276
        r2 = dx * dx + dy * dy
        if 380 <= r2 <= 560 or 150 <= r2 <= 200:
            v = min(v, 110)
        sig = 278 + int(9 * ((x - 120) % 23 - 11) / 11) if 120 <= x <= 200 else -99
        if abs(yy - sig) <= 1:
            v = min(v, 60)
        return max(0, min(255, v + noise[yy * w + x]))
    return jpeg_gray(w, h, pixel, exif_block("Xiaomi", "Redmi Note 8", "2020:06:20 09:14:33"))


FREESECT, ENDOFCHAIN, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams):
    """A version-3 compound file (OLE2) holding the given top-level streams {name: bytes}."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    entries = [{"name": "Root Entry", "type": 5}] + [{"name": n, "type": 2, "data": streams[n]} for n in names]

    def tree(lo, hi):
        if lo > hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        entries[mid]["left"], entries[mid]["right"] = tree(lo, mid - 1), tree(mid + 1, hi)
        return mid
    entries[0]["child"] = tree(1, len(entries) - 1)
    mini, minifat, big = bytearray(), [], []
    for e in entries[1:]:
        data = e["data"]
        if len(data) < 4096:
            n = (len(data) + 63) // 64
            e["start"] = len(mini) // 64 if n else ENDOFCHAIN
            minifat += [len(minifat) + k + 1 if k < n - 1 else ENDOFCHAIN for k in range(n)]
            mini += data + bytes(n * 64 - len(data))
        else:
            big.append(e)
    n_dir = (len(entries) + 3) // 4
    n_mfat = (len(minifat) * 4 + 511) // 512
    n_mini = (len(mini) + 511) // 512
    n_big = [(len(e["data"]) + 511) // 512 for e in big]
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_mfat + n_mini + sum(n_big):
        n_fat += 1
    fat, nxt = [FATSECT] * n_fat, n_fat

    def chain(n):
        nonlocal nxt
        start = nxt if n else ENDOFCHAIN
        fat.extend(nxt + k + 1 if k < n - 1 else ENDOFCHAIN for k in range(n))
        nxt += n
        return start
    dir_start, mfat_start, mini_start = chain(n_dir), chain(n_mfat), chain(n_mini)
    for e, n in zip(big, n_big):
        e["start"] = chain(n)
    fat += [FREESECT] * (n_fat * 128 - len(fat))
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIII", hdr, 40, 0, n_fat, dir_start, 0, 4096, mfat_start if n_mfat else ENDOFCHAIN,
                     n_mfat, ENDOFCHAIN)
    struct.pack_into("<I", hdr, 72, 0)
    for k in range(109):
        struct.pack_into("<I", hdr, 76 + 4 * k, k if k < n_fat else FREESECT)
    dirs = bytearray()
    for k, e in enumerate(entries):
        d = bytearray(128)
        raw = e["name"].encode("utf-16-le")
        d[0:len(raw)] = raw
        struct.pack_into("<HBB", d, 64, len(raw) + 2, e["type"], 1)
        struct.pack_into("<III", d, 68, e.get("left", NOSTREAM), e.get("right", NOSTREAM), e.get("child", NOSTREAM))
        if k == 0:
            struct.pack_into("<II", d, 116, mini_start if mini else ENDOFCHAIN, len(mini))
        else:
            struct.pack_into("<II", d, 116, e["start"] if e["data"] else ENDOFCHAIN, len(e["data"]))
        dirs += d
    while len(dirs) < n_dir * 512:
        d = bytearray(128)
        struct.pack_into("<III", d, 68, NOSTREAM, NOSTREAM, NOSTREAM)
        dirs += d
    body = bytes(hdr) + b"".join(struct.pack("<I", v) for v in fat) + bytes(dirs)
    mf = b"".join(struct.pack("<I", v) for v in minifat)
    body += mf + b"\xff" * (n_mfat * 512 - len(mf)) + bytes(mini) + bytes(n_mini * 512 - len(mini))
    for e, n in zip(big, n_big):
        body += e["data"] + bytes(n * 512 - len(e["data"]))
    return body


def word97(text, title, author, when):
    """A Word 97-2003 .doc: FIB (nFib 193), 8-bit text in one piece (the CLX in 1Table), CompObj and
    summary information. `text` is what the file holds, byte for byte (here VNI bytes as Latin-1)."""
    raw = text.replace("\n", "\r").encode("latin-1")
    fc_text = 0x600
    fib = bytearray(fc_text)
    struct.pack_into("<HHHHHHH", fib, 0, 0xA5EC, 0x00C1, 0x6A62, 0x0409, 0, 0x1200, 0x00BF)
    struct.pack_into("<II", fib, 24, fc_text, fc_text + len(raw))
    struct.pack_into("<H", fib, 32, 0x000E)
    struct.pack_into("<H", fib, 62, 0x0016)
    struct.pack_into("<H", fib, 152, 0x005D)
    clx = bytes([2]) + struct.pack("<I", 12 + 8) + struct.pack("<II", 0, len(raw)) \
        + struct.pack("<HIH", 0, (fc_text * 2) | 0x40000000, 0)
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))
    word = bytes(fib) + raw
    word += bytes(max(4608, (len(word) + 511) // 512 * 512) - len(word))
    struct.pack_into("<i", fib, 64, len(word))
    struct.pack_into("<i", fib, 76, len(raw))
    word = bytes(fib) + word[len(fib):]
    table = clx + bytes(4096 - len(clx))
    compobj = (bytes.fromhex("0100FEFF030A0000FFFFFFFF0609020000000000C000000000000046")
               + struct.pack("<I", 32) + b"Microsoft Word 97-2003 Document\0"
               + struct.pack("<I", 10) + b"MSWordDoc\0" + struct.pack("<I", 16) + b"Word.Document.8\0"
               + bytes.fromhex("F439B271") + bytes(12))

    def lpstr(pid, s):
        b = s.encode("cp1252") + b"\0"
        b += bytes(-len(b) % 4)
        return pid, struct.pack("<II", 30, len(s) + 1) + b
    props = [(1, struct.pack("<IH", 2, 1252) + b"\0\0"), lpstr(2, title), lpstr(4, author),
             lpstr(18, "Microsoft Office Word"), (12, struct.pack("<I", 64) + when)]
    offs, blob = [], b""
    base = 8 + 8 * len(props)
    for pid, val in props:
        offs.append((pid, base + len(blob)))
        blob += val
    section = struct.pack("<II", base + len(blob), len(props)) + b"".join(struct.pack("<II", p, o) for p, o in offs) \
        + blob
    summary = (struct.pack("<HHI", 0xFFFE, 0, 0x00020006) + bytes(16) + struct.pack("<I", 1)
               + bytes.fromhex("E0859FF2F94F6810AB9108002B27B3D9") + struct.pack("<I", 48) + section)
    return compound_file({"WordDocument": word, "1Table": table, "\x01CompObj": compobj,
                          "\x05SummaryInformation": summary})


def filetime(year, month, day, hour=0, minute=0):
    import datetime
    delta = datetime.datetime(year, month, day, hour, minute) - datetime.datetime(1601, 1, 1)
    return struct.pack("<Q", (delta.days * 86400 + delta.seconds) * 10 ** 7)


# ================================================================================================
# The three communes
# ================================================================================================

def seed_of(name):
    return zlib.crc32(name.encode("utf-8"))


def docx(name, look, blocks, header=None, **props):
    """A DOCX payload for write_labelled_campaign: the blocks rendered with `look`."""
    def make():
        d = Docx(seed_of(name), **props)
        render(d, look, blocks)
        if header:
            d.header_xml = header_para(d, look, header[0], header[1])
        return d.package()
    return make


def fields(*pairs):
    return [("field", k, v) for k, v in pairs]


def plus_bullets(blocks):
    """The same list typed with "+" instead of "-"."""
    return [("b", "+" + b[1][1:]) if b[0] == "b" and b[1].startswith("-") else b for b in blocks]


NG = dict(xa="Nam Giang", huyen="Nam Đàn", word="Quy trình", sec="Thư ký ISO",
          code_rule_proc="Quy trình: QT-xx/UB, trong đó xx là số thứ tự của quy trình;",
          code_rule_form="Biểu mẫu: BM-yy/QT-xx, trong đó yy là số thứ tự của biểu mẫu thuộc quy trình xx.",
          form=lambda n, p: f"BM-{n:02d}/QT-{p:02d}")
XH = dict(xa="Xuân Hòa", huyen="Nam Đàn", word="Thủ tục", sec="Thư ký ISO", long_name=True,
          code_rule_proc="Thủ tục: QT.xx, trong đó xx là số thứ tự của thủ tục;",
          code_rule_form="Biểu mẫu: BM.xx.yy, trong đó yy là số thứ tự của biểu mẫu thuộc thủ tục QT.xx.",
          form=lambda n, p: f"BM.{p:02d}.{n:02d}")
KL = dict(xa="Kim Liên", huyen="Nam Đàn", word="Quy trình", sec="Thư ký ISO", long_name=True)

NG_SIGN = ("Lê Thị Hương", "Trần Văn Đức", "Nguyễn Văn Hòa")
XH_SIGN = ("Võ Thị Lan", "Lê Đình Hòe", "Phan Văn Thủy")
KL_SIGN = ("Nguyễn Thị Thanh", "Trần Quốc Việt", "Hoàng Văn Thủy")
NG_HEADER = "UBND xã Nam Giang - Hệ thống quản lý chất lượng theo TCVN ISO 9001:2008"
KL_HEADER = "UBND xã Kim Liên - Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015"

# Word 97-2003 files of 2016, re-saved as .docx in compatibility mode by Word 2010.
NG_PROPS = dict(compat=11, author="Admin", last_by="VP-TK", company="UBND xa Nam Giang",
                created="2016-03-02T01:40:00Z", modified="2016-03-15T07:55:00Z", app_version="14.0000")


def ubnd_xa_nam_giang():
    a = NG
    docs = []
    tcvn = Look(caps="tcvn3H", body="tcvn3", cap_runs=True)
    f16 = lambda code: fields(*([("Mã số", code)] if code else []), ("Lần sửa đổi", "00"),  # noqa: E731
                              ("Ngày hiệu lực", "15/3/2016"))

    def proc(code, title, content, look=tcvn, header=None, **props):
        blocks = [agency_head(a), ("title", title), *f16(code), *content, *signoff(a, NG_SIGN)]
        return docx(title[-1], look, blocks, header=header, **{**NG_PROPS, **props})

    # The manual: its .VnTime comes from the Normal style; only the .VnTimeH headings name a font.
    manual = [agency_head(a), ("title", ["SỔ TAY CHẤT LƯỢNG"]), *f16("ST-01"), *c_manual_ng(a), *signoff(a, NG_SIGN)]
    docs.append(("1. Tai lieu chung/ST-01 So tay chat luong.docx",
                 docx("manual-ng", Look(caps="tcvn3H", body="tcvn3", style_font=True, cap_runs=True), manual,
                      header=("tcvn3", NG_HEADER), normal_font=".VnTime", pages=6, **{**NG_PROPS, "title": "So tay"}),
                 lab("quality_manual", "revise", "ST-01", "00", "2016-03-15", "2008")))
    # The 2016 objectives restate the policy; Unicode, old tone placement.
    objectives = [agency_head(a, motto=True), ("title", ["MỤC TIÊU CHẤT LƯỢNG NĂM 2016"]),
                  *fields(("Ngày ban hành", "18/3/2016")), *c_objectives_ng(a)]
    docs.append(("1. Tai lieu chung/Muc tieu chat luong nam 2016.docx",
                 docx("objectives-ng", Look(uni=(old_tone,)), objectives, **{**NG_PROPS, "pages": 2,
                                                                              "modified": "2016-03-18T02:10:00Z"}),
                 lab("quality_objectives", "revise", issued="2016-03-18", edition="2008")))
    docs.append(("2. Quy trinh ISO/QT-01 Kiem soat tai lieu.docx",
                 proc("QT-01/UB", ["QUY TRÌNH", "KIỂM SOÁT TÀI LIỆU"], c_doc_control(a), header=("tcvn3", NG_HEADER)),
                 lab("procedure.document_control", "merge", "QT-01/UB", "00", "2016-03-15", "2008", DOCINFO)))
    docs.append(("2. Quy trinh ISO/QT-02 Kiem soat ho so.docx",
                 proc("QT-02/UB", ["QUY TRÌNH", "KIỂM SOÁT HỒ SƠ"], c_record_control(a, spaces=True),
                      header=("tcvn3", NG_HEADER)),
                 lab("procedure.record_control", "merge", "QT-02/UB", "00", "2016-03-15", "2008", DOCINFO)))
    # The code is only in the file name.
    docs.append(("2. Quy trinh ISO/QT 03 - Danh gia noi bo.docx",
                 proc(None, ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], c_audit_2008(a, with_forms=False)),
                 lab("procedure.internal_audit", "revise", None, "00", "2016-03-15", "2008")))
    # Unicode, the section headings typed without diacritics.
    docs.append(("2. Quy trinh ISO/QT-04 Kiem soat san pham khong phu hop.docx",
                 proc("QT-04/UB", ["QUY TRÌNH KIỂM SOÁT SẢN PHẨM KHÔNG PHÙ HỢP"], c_nonconforming(a),
                      look=Look(head="ascii"), compat=14, modified="2017-08-21T03:00:00Z"),
                 lab("procedure.nonconforming_product", "merge", "QT-04/UB", "00", "2016-03-15", "2008", NCCA)))
    docs.append(("2. Quy trinh ISO/QT-05 Hanh dong khac phuc.pdf",
                 proc("QT-05/UB", ["QUY TRÌNH", "HÀNH ĐỘNG KHẮC PHỤC"], c_corrective(a), look=Look(),
                      header=("uni", NG_HEADER)),
                 lab("procedure.corrective_action", "merge", "QT-05/UB", "00", "2016-03-15", "2008", NCCA)))
    # .VnTimeH headings typed in lower case (the font draws capitals).
    docs.append(("2. Quy trinh ISO/QT-06 Hanh dong phong ngua.docx",
                 proc("QT-06/UB", ["QUY TRÌNH", "HÀNH ĐỘNG PHÒNG NGỪA"], c_preventive(a),
                      look=Look(caps="tcvn3H", body="tcvn3", caps_lower=True, cap_runs=True)),
                 lab("procedure.preventive_action", "replace", "QT-06/UB", "00", "2016-03-15", "2008", RISK)))
    # Revised in 2018: a new Unicode title and field block over the 2016 TCVN3 body.
    mixed = Look(caps="uni", head="tcvn3H", body="tcvn3", field="uni", cap_runs=True)
    copy_blocks = [agency_head(a), ("title", ["QUY TRÌNH CHỨNG THỰC BẢN SAO TỪ BẢN CHÍNH"]),
                   *fields(("Mã số", "QT-TP-01"), ("Lần sửa đổi", "01"), ("Ngày hiệu lực", "12/6/2018")),
                   *c_copy_cert(a), *signoff(a, NG_SIGN)]
    docs.append(("3. Quy trinh TTHC/QT-TP-01 Chung thuc ban sao tu ban chinh.docx",
                 docx("copy-ng", mixed, copy_blocks, **{**NG_PROPS, "modified": "2018-06-12T04:30:00Z", "pages": 4}),
                 lab("procedure.administrative", "revise", "QT-TP-01", "01", "2018-06-12", "2008")))
    # Typed without any diacritics at all.
    death = [agency_head(a), ("title", ["QUY TRÌNH ĐĂNG KÝ KHAI TỬ"]),
             *fields(("Mã số", "QT-TP-03"), ("Lần sửa đổi", "00"), ("Ngày hiệu lực", "15/3/2016")),
             *c_death(a), *signoff(a, NG_SIGN)]
    docs.append(("3. Quy trinh TTHC/QT-TP-03 Dang ky khai tu.docx",
                 docx("death-ng", Look(caps="ascii", body="ascii"), death, **NG_PROPS),
                 lab("procedure.administrative", "revise", "QT-TP-03", "00", "2016-03-15", "2008")))
    # Every capital Đ typed as the Icelandic eth.
    report = [agency_head(a, motto=True), ("date", "Nam Giang, ngày 25 tháng 11 năm 2019"),
              ("title", ["BÁO CÁO", "KẾT QUẢ ĐÁNH GIÁ NỘI BỘ NĂM 2019"]), *c_audit_report_ng(a)]
    docs.append(("4. Ho so/Bao cao danh gia noi bo nam 2019.docx",
                 docx("report-ng", Look(uni=(eth,)), report, compat=14, author="Le Thi Huong",
                      company="UBND xa Nam Giang", created="2019-11-22T02:00:00Z", modified="2019-11-25T09:40:00Z",
                      pages=2),
                 lab("record.internal_audit", "keep", issued="2019-11-25", edition="2008")))
    # Copied from a USB stick that was pulled out too early: nothing in it.
    docs.append(("4. Ho so/Bien ban hop xem xet lanh dao 2019.docx", b"", not_read("failed")))

    tthc = [("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của "
                         "Việt Nam cấp hoặc chứng nhận", "Chứng thực"),
            ("", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"),
            ("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("1.000894", "Đăng ký kết hôn", "Hộ tịch"),
            ("1.000656", "Đăng ký khai tử", "Hộ tịch"),
            ("", "Hòa giải tranh chấp đất đai", "Đất đai")]
    agency = dict(id="ubnd-xa-nam-giang", name="UBND xã Nam Giang", level="commune",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "partial", "6.1": "missing", "6.2": "partial",
                           "7.5": "partial", "8.7": "partial", "9.2": "partial", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


XH_PROPS = dict(compat=11, author="Vo Thi Lan", company="UBND xa Xuan Hoa", created="2016-12-12T02:15:00Z",
                modified="2017-01-05T01:30:00Z", app_version="14.0000")


def ubnd_xa_xuan_hoa():
    a = XH
    docs = []
    vni_look = Look(caps="vni", body="vni", title_size=30)
    f17 = lambda code, rev="01", day="05/01/2017": fields(("Mã hiệu", code), ("Lần ban hành", rev),  # noqa: E731
                                                          ("Ngày ban hành", day))

    def proc(code, title, content, look=vni_look, rev="01", day="05/01/2017", **props):
        blocks = [agency_head(a), ("title", title), *f17(code, rev, day), *content, *signoff(a, XH_SIGN)]
        return docx(code + title[-1], look, blocks, **{**XH_PROPS, **props})

    manual = [agency_head(a), ("title", ["SỔ TAY CHẤT LƯỢNG"]), *f17("STCL"), *c_manual_xh(a), *signoff(a, XH_SIGN)]
    docs.append(("He thong/So tay chat luong.docx", docx("manual-xh", vni_look, manual, pages=7, **XH_PROPS),
                 lab("quality_manual", "revise", "STCL", "01", "2017-01-05", "2008")))
    policy = [agency_head(a, motto=True), ("title", ["CHÍNH SÁCH CHẤT LƯỢNG"]), *c_policy_xh(a)]
    docs.append(("He thong/Chinh sach chat luong.pdf",
                 docx("policy-xh", Look(uni=(old_tone,)), policy, pages=1, **XH_PROPS),
                 lab("quality_policy", "revise", issued="2017-01-05", edition="2008")))
    docs.append(("Thu tuc/QT.01 Kiem soat tai lieu.docx",
                 proc("QT.01", ["THỦ TỤC", "KIỂM SOÁT TÀI LIỆU"], c_doc_control(a)),
                 lab("procedure.document_control", "merge", "QT.01", "01", "2017-01-05", "2008", DOCINFO)))
    docs.append(("Thu tuc/QT.02 Kiem soat ho so.docx",
                 proc("QT.02", ["THỦ TỤC", "KIỂM SOÁT HỒ SƠ"], c_record_control(a)),
                 lab("procedure.record_control", "merge", "QT.02", "01", "2017-01-05", "2008", DOCINFO)))
    # Re-issued in 2018 in Unicode; title and headings typed without diacritics, "+" bullets.
    docs.append(("Thu tuc/QT.03 Danh gia noi bo.docx",
                 proc("QT.03", ["THỦ TỤC ĐÁNH GIÁ NỘI BỘ"], plus_bullets(c_audit_2008(a)),
                      look=Look(title="ascii", head="ascii"), rev="02", day="10/4/2018", compat=14,
                      app_version="14.0000", modified="2018-04-10T03:20:00Z"),
                 lab("procedure.internal_audit", "revise", "QT.03", "02", "2018-04-10", "2008")))
    # VNI title and headings over a Unicode body.
    docs.append(("Thu tuc/QT.04 Kiem soat san pham khong phu hop.docx",
                 proc("QT.04", ["THỦ TỤC", "KIỂM SOÁT SẢN PHẨM KHÔNG PHÙ HỢP"], c_nonconforming(a),
                      look=Look(caps="vni", body="uni", field="uni")),
                 lab("procedure.nonconforming_product", "merge", "QT.04", "01", "2017-01-05", "2008", NCCA)))
    docs.append(("Thu tuc/QT.05 Hanh dong khac phuc.docx",
                 proc("QT.05", ["THỦ TỤC", "HÀNH ĐỘNG KHẮC PHỤC"], c_corrective(a)),
                 lab("procedure.corrective_action", "merge", "QT.05", "01", "2017-01-05", "2008", NCCA)))
    docs.append(("Thu tuc/QT.06 Hanh dong phong ngua.docx",
                 proc("QT.06", ["THỦ TỤC", "HÀNH ĐỘNG PHÒNG NGỪA"], c_preventive(a)),
                 lab("procedure.preventive_action", "replace", "QT.06", "01", "2017-01-05", "2008", RISK)))
    # Unicode; the field block on one line separated by tabs; the step table made with tabs.
    land = [agency_head(a), ("title", ["QUY TRÌNH", "HÒA GIẢI TRANH CHẤP ĐẤT ĐAI"]),
            ("fields", [("Mã hiệu", "QT.ĐĐ.01"), ("Lần ban hành", "01"), ("Ngày ban hành", "20/7/2017")]),
            *c_land_mediation(a), *signoff(a, XH_SIGN)]
    docs.append(("Quy trinh TTHC/QT.DD.01 Hoa giai tranh chap dat dai.docx",
                 docx("land-xh", Look(), land, **{**XH_PROPS, "modified": "2017-07-20T08:00:00Z"}),
                 lab("procedure.administrative", "revise", "QT.ĐĐ.01", "01", "2017-07-20", "2008")))
    docs.append(("Quy trinh TTHC/QT.HT.02 Dang ky ket hon.docx",
                 proc("QT.HT.02", ["QUY TRÌNH", "ĐĂNG KÝ KẾT HÔN"], c_marriage(a)),
                 lab("procedure.administrative", "revise", "QT.HT.02", "01", "2017-01-05", "2008")))
    minutes = [agency_head(a, motto=True), ("date", "Xuân Hòa, ngày 28 tháng 12 năm 2018"),
               ("title", ["BIÊN BẢN", "HỌP XEM XÉT CỦA LÃNH ĐẠO NĂM 2018"]), *c_review_minutes_xh(a)]
    docs.append(("Ho so/Bien ban hop xem xet cua lanh dao nam 2018.docx",
                 docx("minutes-xh", Look(uni=(old_tone,)), minutes, compat=14, author="Vo Thi Lan",
                      company="UBND xa Xuan Hoa", created="2018-12-28T07:00:00Z", modified="2018-12-29T01:10:00Z",
                      app_version="14.0000", pages=2),
                 lab("record.management_review", "keep", issued="2018-12-28", edition="2008")))
    survey = vni("UBND XÃ XUÂN HÒA\nPHIẾU KHẢO SÁT Ý KIẾN CÔNG DÂN\nVề việc giải quyết thủ tục hành chính tại Bộ "
                 "phận tiếp nhận và trả kết quả năm 2018\n1. Ông (bà) đến giải quyết thủ tục gì: .................\n"
                 "2. Thái độ của công chức: Hài lòng [ ]   Bình thường [ ]   Không hài lòng [ ]\n3. Thời gian giải "
                 "quyết: Đúng hẹn [ ]   Trễ hẹn [ ]\n4. Ý kiến khác: ......................................\n"
                 "Xin cảm ơn ông (bà)!\n")
    docs.append(("Ho so/Phieu khao sat y kien cong dan 2018.doc",
                 word97(survey, "PHIEU KHAO SAT", "Vo Thi Lan", filetime(2018, 3, 2, 8, 15)),
                 not_read("unsupported")))

    tthc = [("1.000894", "Đăng ký kết hôn", "Hộ tịch"),
            ("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("", "Hòa giải tranh chấp đất đai", "Đất đai"),
            ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của "
                         "Việt Nam cấp hoặc chứng nhận", "Chứng thực")]
    agency = dict(id="ubnd-xa-xuan-hoa", name="UBND xã Xuân Hòa", level="commune",
                  clauses={"4.1": "missing", "4.2": "missing", "4.3": "partial", "5.2": "partial", "6.1": "missing",
                           "7.5": "partial", "8.7": "partial", "9.2": "partial", "10.2": "partial"},
                  must_find=[{"id": "preventive-action-replaced-by-risk", "severity": "major"},
                             {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"}],
                  must_not=[])
    return agency, docs, tthc


KL_PROPS = dict(compat=14, author="Tu van ISO", last_by="Nguyen Thi Thanh", company="",
                created="2020-05-20T02:00:00Z", modified="2020-06-15T03:00:00Z", app_version="14.0000")


def ubnd_xa_kim_lien():
    a = KL
    docs = []
    f20 = lambda code, rev: fields(*([("Mã số", code)] if code else []), ("Lần ban hành", rev),  # noqa: E731
                                   ("Ngày ban hành", "15/6/2020"))

    def proc(code, rev, title, content, look=Look(), **props):
        blocks = [agency_head(a), ("title", title), *f20(code, rev), *content, *signoff(a, KL_SIGN)]
        return docx(f"kl-{code}", look, blocks, header=("uni", KL_HEADER), **{**KL_PROPS, **props})

    docs.append(("01 He thong/STCL So tay chat luong.pdf",
                 proc("STCL", "02", ["SỔ TAY CHẤT LƯỢNG"], c_manual_kl(a), pages=6),
                 lab("quality_manual", "keep", "STCL", "02", "2020-06-15", "2015")))
    objectives = [agency_head(a, motto=True), ("title", ["MỤC TIÊU CHẤT LƯỢNG", "VÀ KẾ HOẠCH THỰC HIỆN NĂM 2021"]),
                  *fields(("Ngày ban hành", "05/01/2021")), *c_objectives_kl(a)]
    docs.append(("01 He thong/Muc tieu chat luong nam 2021.docx",
                 docx("objectives-kl", Look(), objectives, **{**KL_PROPS, "created": "2021-01-04T01:00:00Z",
                                                              "modified": "2021-01-05T02:00:00Z", "pages": 2}),
                 lab("quality_objectives", "keep", issued="2021-01-05", edition="2015")))
    docs.append(("01 He thong/Boi canh va cac ben quan tam.docx",
                 proc(None, "01", ["BỐI CẢNH CỦA TỔ CHỨC", "VÀ CÁC BÊN QUAN TÂM"], c_context_kl(a),
                      look=Look(uni=(old_tone,))),
                 lab("context_analysis", "keep", None, "01", "2020-06-15", "2015")))
    docs.append(("02 Quy trinh he thong/QT-01 Kiem soat thong tin dang van ban.docx",
                 proc("QT-01", "01", ["QUY TRÌNH", "KIỂM SOÁT THÔNG TIN DẠNG VĂN BẢN"], c_docinfo_kl(a)),
                 lab(DOCINFO, "keep", "QT-01", "01", "2020-06-15", "2015")))
    # Written by the consultant on a Mac: decomposed Unicode throughout.
    docs.append(("02 Quy trinh he thong/QT-02 Quan ly rui ro va co hoi.docx",
                 proc("QT-02", "01", ["QUY TRÌNH", "QUẢN LÝ RỦI RO VÀ CƠ HỘI"], c_risk_kl(a), look=Look(uni=(nfd,)),
                      application="Microsoft Macintosh Word", author="Tu van ISO", last_by="Tu van ISO"),
                 lab(RISK, "keep", "QT-02", "01", "2020-06-15", "2015")))
    docs.append(("02 Quy trinh he thong/QT-03 Danh gia noi bo.pdf",
                 proc("QT-03", "02", ["QUY TRÌNH", "ĐÁNH GIÁ NỘI BỘ"], c_audit_2015(a)),
                 lab("procedure.internal_audit", "keep", "QT-03", "02", "2020-06-15", "2015")))
    docs.append(("02 Quy trinh he thong/QT-04 Kiem soat su khong phu hop va hanh dong khac phuc.pdf",
                 proc("QT-04", "01", ["QUY TRÌNH", "KIỂM SOÁT SỰ KHÔNG PHÙ HỢP", "VÀ HÀNH ĐỘNG KHẮC PHỤC"],
                      c_ncca_kl(a)),
                 lab(NCCA, "keep", "QT-04", "01", "2020-06-15", "2015")))
    docs.append(("02 Quy trinh he thong/QT-05 Xem xet cua lanh dao.docx",
                 proc("QT-05", "02", ["QUY TRÌNH", "XEM XÉT CỦA LÃNH ĐẠO"], c_review_kl(a)),
                 lab("procedure.management_review", "keep", "QT-05", "02", "2020-06-15", "2015")))
    # Never converted: the 2016 TCVN3 file, still citing the 2008 edition.
    sig = [agency_head(a), ("title", ["QUY TRÌNH", "CHỨNG THỰC CHỮ KÝ"]),
           *fields(("Mã số", "QT-TP-01"), ("Lần sửa đổi", "00"), ("Ngày hiệu lực", "10/10/2016")),
           *c_signature_cert(a), *signoff(a, ("Nguyễn Thị Thanh", "Trần Quốc Việt", "Phạm Văn Hùng"))]
    docs.append(("03 Quy trinh TTHC/QT-TP-01 Chung thuc chu ky.docx",
                 docx("sig-kl", Look(caps="tcvn3H", body="tcvn3"), sig, compat=11, author="Admin",
                      company="UBND xa Kim Lien", created="2016-09-28T02:00:00Z", modified="2016-10-10T07:00:00Z",
                      app_version="14.0000", pages=3),
                 lab("procedure.administrative", "revise", "QT-TP-01", "00", "2016-10-10", "2008")))
    docs.append(("03 Quy trinh TTHC/QT-TP-02 Dang ky khai sinh.docx",
                 proc("QT-TP-02", "02", ["QUY TRÌNH", "ĐĂNG KÝ KHAI SINH"], c_birth_2015(a)),
                 lab("procedure.administrative", "keep", "QT-TP-02", "02", "2020-06-15", "2015")))
    register = [agency_head(a), ("title", ["SỔ THEO DÕI RỦI RO VÀ CƠ HỘI NĂM 2021"]),
                *fields(("Mã số", "BM-01/QT-02")), *c_risk_register_kl(a)]
    docs.append(("04 Ho so/So theo doi rui ro va co hoi nam 2021.docx",
                 docx("register-kl", Look(), register, **{**KL_PROPS, "created": "2021-01-11T01:00:00Z",
                                                          "modified": "2021-01-12T09:00:00Z", "pages": 2}),
                 lab("risk_register", "keep", "BM-01/QT-02", issued="2021-01-12")))
    docs.append(("04 Ho so/Anh chup QD cong bo HTQLCL.jpg", photo_of_signed_page(2020), not_read("unsupported")))

    tthc = [("", "Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"),
            ("1.001193", "Đăng ký khai sinh", "Hộ tịch"),
            ("1.000656", "Đăng ký khai tử", "Hộ tịch"),
            ("1.000894", "Đăng ký kết hôn", "Hộ tịch"),
            ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của "
                         "Việt Nam cấp hoặc chứng nhận", "Chứng thực")]
    agency = dict(id="ubnd-xa-kim-lien", name="UBND xã Kim Liên", level="commune",
                  clauses={"4.1": "covered", "4.2": "covered", "4.3": "covered", "6.1": "covered", "6.2": "covered",
                           "7.5": "covered", "8.7": "covered", "9.2": "covered", "9.3": "covered", "10.2": "covered"},
                  must_find=[],
                  must_not=[{"id": "preventive-action-replaced-by-risk"}, {"id": "objectives-without-plan"},
                            {"clause": "4.1", "severity": "major"}, {"clause": "6.1", "severity": "major"},
                            {"clause": "6.2", "severity": "major"}, {"clause": "7.5", "severity": "major"}])
    return agency, docs, tthc


# ================================================================================================
# Checks of the encoders (run on every build) and writing the campaign
# ================================================================================================

def check_encoders():
    # Known strings: the project brief's examples and the national motto as it survives in old files.
    assert tcvn3("Quản lý chất lượng") == "Qu\u00b6n lý ch\u00cat l\u00ad\u00eeng"
    assert vni("Xin chào") == "Xin chaøo"
    assert tcvn3("Cộng hoà xã hội chủ nghĩa Việt Nam") == "Céng hoµ x· héi chñ nghÜa ViÖt Nam"
    assert vni("Cộng hòa xã hội chủ nghĩa Việt Nam") == "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"
    assert vni("ĐỘC LẬP - TỰ DO - HẠNH PHÚC") == "ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC"
    # Tables: 67 lower-case letters (+ the 7 TCVN3 capitals), distinct codes, every letter round-trips.
    letters = [unicodedata.normalize("NFC", b + m + t) for b in "aeiouy" for m in ("", CIRC, BREVE, HORN)
               for t in ("",) + TONES]
    letters = sorted({c for c in letters if len(c) == 1 and c in VNI_TABLE} | {"đ"})
    assert len(letters) == 67, len(letters)
    assert len(set(TCVN3_LOWER.values()) | set(TCVN3_UPPER.values())) == 74
    assert all(0xA1 <= v <= 0xFE for v in list(TCVN3_LOWER.values()) + list(TCVN3_UPPER.values()))
    assert set(TCVN3_LOWER) == set(letters) - set("aeiouy")
    for c in letters:
        assert vni_decode(vni(c)) == c and vni_decode(vni(c.upper())) == c.upper(), c
        assert tcvn3_decode(tcvn3(c)) == c and tcvn3_decode(tcvn3(c.upper()), caps_font=True) == c.upper(), c


def write_doc(target, path, payload, final):
    with open(target, "wb") as f:
        f.write(payload())


def check_output(root):
    """Every .docx that should be one is a zip whose parts parse; reports legacy runs and size."""
    import xml.dom.minidom
    total = 0
    for base, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(base, name)
            total += os.path.getsize(path)
            if name.endswith(".docx") and os.path.getsize(path):
                with zipfile.ZipFile(path) as z:
                    for part in z.namelist():
                        if part.endswith(".xml") or part.endswith(".rels"):
                            xml.dom.minidom.parseString(z.read(part))
    return total


def main():
    check_encoders()
    write_labelled_campaign(
        HERE,
        'name = "Blind campaign 8 (commune clerks\' legacy files)"\nyear = 2025\nprovince = "Nghệ An"\n',
        ["# Hand-written labels for tests/blind8/campaign/ (made by tests/blind8/make.py), written",
         "# from each document's content before the analysis was run. Absent field = null.",
         "# What a DOCX says is its text with each legacy-font run (.VnTime/.VnTimeH = TCVN3,",
         "# VNI-Times = VNI-Windows) read in its font's encoding, whether the font is named on the run",
         "# or inherited from the Normal style; page headers are part of the text, document properties",
         "# are not. A code that appears only in the file name is not the document's code (null).",
         "# \"failed\" = could not be read (a 0-byte .docx);",
         "# \"unsupported\" = a format the program does not read (Word 97-2003 .doc, a .jpg photo)."],
        YEAR, (ubnd_xa_nam_giang, ubnd_xa_xuan_hoa, ubnd_xa_kim_lien), write_doc)
    total = check_output(os.path.join(HERE, "campaign"))
    print(f"legacy runs: {LEGACY_RUNS}; campaign size {total // 1024} KB")


if __name__ == "__main__":
    main()
