"""Text, fonts, page layout and the imitation of real PDF producers (tests/blind7).

A document is laid out once (pages of positioned text lines and table rules, in the reading
order a person would give it); a producer style then writes those pages the way a given program
does: Word's "Save as PDF" (Type0/Identity-H fonts, TJ arrays with kerning, tagged content),
Acrobat PDFMaker (object streams), virtual printers (one glyph or one syllable per show
operator, drawing out of reading order, flipped device coordinates, Form XObjects, rotated or
cropped pages, simple fonts with /Differences), Distiller (Type1 or Type3 fonts) and scanners.
Type0 fonts embed a TrueType subset of box glyphs; simple fonts are not embedded. Widths, encodings
and ToUnicode maps are what text extraction uses.
"""
import hashlib
import struct
import unicodedata
import zlib

from pdfcore import PDF, Name, Str, Stream, RC4Crypt, incremental_update

# ---- metrics (Times New Roman, in 1/1000 em) --------------------------------------------------

_R = dict(zip(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
              [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278] + [500] * 10 +
              [278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889,
               722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444,
               500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
               500, 722, 500, 500, 444, 480, 200, 480, 541]))
_B = dict(zip(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
              [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278] + [500] * 10 +
              [333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944,
               722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500,
               556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
               500, 722, 500, 500, 444, 394, 220, 394, 520]))
_SPECIAL = {"…": 1000, "–": 500, "—": 1000, "“": 444, "”": 444, "‘": 333, "’": 333, "•": 350, "□": 600,
            "≥": 549, "≤": 549, "×": 564, "°": 400, "§": 500, "\u00a0": 250}


def adv(ch, bold=False):
    t = _B if bold else _R
    if ch in t:
        return t[ch]
    if unicodedata.combining(ch):
        return 0
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch == "đ":
        return t["d"]
    if ch == "Đ":
        return 722
    base = unicodedata.normalize("NFD", ch)[0]
    return t.get(base, 500)


def text_width(s, size, bold=False):
    return sum(adv(c, bold) for c in s) * size / 1000.0


# ---- Vietnamese as fonts see it ---------------------------------------------------------------

TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_keyboard(text):
    """NFC text -> what the Windows "Vietnamese" keyboard types: the vowel with its shape mark
    (â ă ê ô ơ ư) precomposed, the tone as a separate combining character."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = [c for c in d if c in TONES]
        if not tones:
            out.append(ch)
            continue
        rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(rest + "".join(tones))
    return "".join(out)


def agl_name(ch):
    """The Adobe Glyph List name of a character (Vietnamese letters by their descriptive names)."""
    fixed = {" ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent",
             "&": "ampersand", "'": "quotesingle", "(": "parenleft", ")": "parenright", "*": "asterisk",
             "+": "plus", ",": "comma", "-": "hyphen", ".": "period", "/": "slash", ":": "colon",
             ";": "semicolon", "<": "less", "=": "equal", ">": "greater", "?": "question", "@": "at",
             "[": "bracketleft", "\\": "backslash", "]": "bracketright", "^": "asciicircum", "_": "underscore",
             "`": "grave", "{": "braceleft", "|": "bar", "}": "braceright", "~": "asciitilde",
             "…": "ellipsis", "–": "endash", "—": "emdash", "“": "quotedblleft", "”": "quotedblright",
             "‘": "quoteleft", "’": "quoteright", "•": "bullet", "°": "degree", "×": "multiply",
             "đ": "dcroat", "Đ": "Dcroat", "\u00a0": "space"}
    digits = "zero one two three four five six seven eight nine".split()
    if ch in fixed:
        return fixed[ch]
    if ch.isdigit():
        return digits[int(ch)]
    if ch.isascii() and ch.isalpha():
        return ch
    name = unicodedata.name(ch)
    head, _, mods = name.partition(" WITH ")
    letter = head.split()[-1]
    letter = letter.lower() if "SMALL" in head else letter
    return letter + "".join(m.replace(" ", "").lower() for m in mods.split(" AND "))


# ---- fonts ------------------------------------------------------------------------------------

DESCRIPTOR = {
    (False, False): ("TimesNewRomanPSMT", 34, 0, 400),
    (True, False): ("TimesNewRomanPS-BoldMT", 34, 0, 700),
    (False, True): ("TimesNewRomanPS-ItalicMT", 98, -16.4, 400),
    (True, True): ("TimesNewRomanPS-BoldItalicMT", 98, -16.4, 700),
}
ARIAL = {
    (False, False): ("ArialMT", 32, 0, 400),
    (True, False): ("Arial-BoldMT", 32, 0, 700),
    (False, True): ("Arial-ItalicMT", 96, -12, 400),
    (True, True): ("Arial-BoldItalicMT", 96, -12, 700),
}


def descriptor(pdf, style, family=DESCRIPTOR, flags=None, prefix="", fontfile=None):
    name, fl, angle, weight = family[style]
    d = {"Type": Name("FontDescriptor"), "FontName": Name(prefix + name),
                    "Flags": fl if flags is None else flags, "ItalicAngle": angle, "Ascent": 891,
                    "Descent": -216, "CapHeight": 662, "AvgWidth": 401, "MaxWidth": 2614, "FontWeight": weight,
                    "XHeight": 250, "Leading": 42, "StemV": 40 if weight == 400 else 80,
                    "FontBBox": [-568, -216, 2046, 693]}
    if fontfile is not None:
        d["FontFile2"] = pdf.add(Stream({"Length1": len(fontfile)}, fontfile))
    return pdf.add(d)


def _vn_table():
    """Every character the documents use outside ASCII, in a fixed scrambled order (a font's glyph
    order is not Unicode order); glyph ids are spread past the Latin block without collisions."""
    chars = set("đĐ…–—“”‘’•□≥≤×°§" + TONES)
    for v in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY":
        chars.add(v)
        for tone in TONES:
            chars.add(unicodedata.normalize("NFC", v + tone))
    order = sorted(chars, key=lambda c: (zlib.crc32(c.encode("utf-8")), c))
    return {c: 0x0110 + 7 * i for i, c in enumerate(order)}


_VN = _vn_table()


def _vn_gid(ch):
    return _VN[ch]


def tounicode_cmap(mapping, nbytes=2, arrays=False):
    """mapping: code (int) -> text. Consecutive codes whose single characters are consecutive
    (and share the leading byte) become bfrange entries; the rest bfchar. arrays=True writes
    bfrange with arrays for runs of codes whose text is not consecutive (as Acrobat does)."""
    fmt = "<%0" + str(2 * nbytes) + "X>"

    def u(s):
        return "<" + s.encode("utf-16-be").hex().upper() + ">"

    codes = sorted(mapping)
    ranges, chars, arr = [], [], []
    i = 0
    while i < len(codes):
        j = i
        while (j + 1 < len(codes) and codes[j + 1] == codes[j] + 1 and (codes[j + 1] >> 8) == (codes[i] >> 8)
               and len(mapping[codes[j]]) == 1 and len(mapping[codes[j + 1]]) == 1
               and ord(mapping[codes[j + 1]]) == ord(mapping[codes[j]]) + 1):
            j += 1
        if j > i:
            ranges.append((codes[i], codes[j], mapping[codes[i]]))
            i = j + 1
            continue
        if arrays:
            k = i
            while (k + 1 < len(codes) and codes[k + 1] == codes[k] + 1 and (codes[k + 1] >> 8) == (codes[i] >> 8)
                   and not (k + 2 < len(codes) and len(mapping[codes[k + 1]]) == 1 and
                            len(mapping[codes[k + 2]]) == 1 and codes[k + 2] == codes[k + 1] + 1 and
                            ord(mapping[codes[k + 2]]) == ord(mapping[codes[k + 1]]) + 1)):
                k += 1
            if k > i:
                arr.append((codes[i], codes[k], [mapping[c] for c in codes[i:k + 1]]))
                i = k + 1
                continue
        chars.append((codes[i], mapping[codes[i]]))
        i += 1
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             (fmt % 0) + " " + (fmt % (256 ** nbytes - 1)), "endcodespacerange"]
    for k in range(0, len(chars), 100):
        block = chars[k:k + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [(fmt % c) + " " + u(s) for c, s in block]
        lines.append("endbfchar")
    both = [(a, b, u(s)) for a, b, s in ranges] + [(a, b, "[" + " ".join(u(x) for x in xs) + "]") for a, b, xs in arr]
    both.sort()
    for k in range(0, len(both), 100):
        block = both[k:k + 100]
        lines.append(f"{len(block)} beginbfrange")
        lines += [(fmt % a) + " " + (fmt % b) + " " + s for a, b, s in block]
        lines.append("endbfrange")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


# ---- embedded TrueType subsets ---------------------------------------------------------------

def _checksum(data):
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(">%dI" % (len(data) // 4), data)) & 0xFFFFFFFF


def truetype_subset(widths, ps_name, bold=False):
    """A small but complete TrueType font: every glyph id up to the largest used one exists (as
    in a subset that keeps the original glyph ids); used glyphs are boxes with the right advance,
    the others empty. widths: gid -> advance in 1/1000 em."""
    n = max(list(widths) + [3]) + 1
    glyf, loca = bytearray(), []
    hmtx = bytearray()
    for gid in range(n):
        loca.append(len(glyf))
        w = widths.get(gid, 0 if gid else 500)
        if (gid == 0 or gid in widths) and w > 120 and gid != 3:
            x0, x1, top = 60, w - 60, 660 if bold else 640
            glyf += struct.pack(">hhhhhH", 1, x0, 0, x1, top, 3) + struct.pack(">H", 0) + bytes([1, 1, 1, 1])
            glyf += struct.pack(">hhhh", x0, x1 - x0, 0, x0 - x1) + struct.pack(">hhhh", 0, 0, top, 0)
            glyf += b"\0" * (-len(glyf) % 4)
        hmtx += struct.pack(">Hh", w, 60 if w > 120 else 0)
    loca.append(len(glyf))
    tables = {
        b"head": struct.pack(">IIIIHHqqhhhhHHhhh", 0x00010000, 0x00010000, 0, 0x5F0F3CF5, 0x000B, 1000, 0, 0,
                             -568, -216, 2046, 693, 1 if bold else 0, 8, 2, 1, 0)[:54],
        b"hhea": struct.pack(">IhhhHhhhhhhhhhhhH", 0x00010000, 891, -216, 42, max(widths.values() or [1000]), 0, 0,
                             2046, 1, 0, 0, 0, 0, 0, 0, 0, n),
        b"maxp": struct.pack(">IHHHHHHHHHHHHHH", 0x00010000, n, 4, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        b"hmtx": bytes(hmtx),
        b"loca": struct.pack(">%dI" % len(loca), *loca),
        b"glyf": bytes(glyf),
        b"cmap": struct.pack(">HHHHI", 0, 1, 3, 1, 12) + struct.pack(">HHHHHHHHHHHH", 4, 24, 0, 2, 2, 0, 0, 0xFFFF,
                                                                      0, 0xFFFF, 1, 0),
        b"post": struct.pack(">IIhhIIIII", 0x00030000, 0, -109, 49, 0, 0, 0, 0, 0),
    }
    family = ps_name.split("+")[-1]
    strings = [(1, family.split("-")[0]), (6, ps_name.split("+")[-1])]
    recs, pool = b"", b""
    for nid, s in strings:
        b = s.encode("utf-16-be")
        recs += struct.pack(">HHHHHH", 3, 1, 0x409, nid, len(b), len(pool))
        pool += b
    tables[b"name"] = struct.pack(">HHH", 0, len(strings), 6 + 12 * len(strings)) + recs + pool
    tags = sorted(tables)
    k = 1
    while 2 ** (k + 1) <= len(tags):
        k += 1
    head = struct.pack(">IHHHH", 0x00010000, len(tags), 16 * 2 ** k, k, 16 * len(tags) - 16 * 2 ** k)
    offset = 12 + 16 * len(tags)
    dirs, body = b"", b""
    for tag in tags:
        data = tables[tag]
        dirs += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(head + dirs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hoff = struct.unpack(">I", dirs[16 * tags.index(b"head") + 8:16 * tags.index(b"head") + 12])[0]
    font[hoff + 8:hoff + 12] = struct.pack(">I", adj)
    return bytes(font)


def subset_tag(seed):
    h = hashlib.md5(seed.encode()).digest()
    return "".join(chr(65 + b % 26) for b in h[:6])


class Glyph:
    __slots__ = ("face", "code", "uni", "width")

    def __init__(self, face, code, uni, width):
        self.face, self.code, self.uni, self.width = face, code, uni, width


class CIDFace:
    """A Type0 font with Identity-H encoding over a CIDFontType2 (glyph ids as codes).
    decomposed: tone marks as separate zero-width glyphs; ligatures: sequences drawn as one glyph
    whose ToUnicode entry gives several characters; tounicode=False leaves the map out."""
    kind = "cid"

    def __init__(self, style, decomposed=False, ligatures=None, arrays=False, family=DESCRIPTOR, tounicode=True):
        self.style, self.decomposed, self.ligatures = style, decomposed, dict(ligatures or {})
        self.arrays, self.family, self.tounicode = arrays, family, tounicode
        self.used = {}
        self.ref = None
        self.tag = "AAAAAA"

    def gid(self, ch):
        if ch.isascii() and 32 <= ord(ch) < 127:
            return ord(ch) - 29
        if ch == "\u00a0":
            return 3
        return _vn_gid(ch)

    def shape(self, text):
        bold = self.style[0]
        text = windows_keyboard(text) if self.decomposed else unicodedata.normalize("NFC", text)
        out, i = [], 0
        while i < len(text):
            for seq, gid in self.ligatures.items():
                if text.startswith(seq, i):
                    w = sum(adv(c, bold) for c in seq)
                    out.append(self._g(gid, seq, w))
                    i += len(seq)
                    break
            else:
                ch = text[i]
                out.append(self._g(self.gid(ch), " " if ch == "\u00a0" else ch, adv(ch, bold)))
                i += 1
        return out

    def _g(self, gid, uni, w):
        self.used[gid] = (uni, w)
        return Glyph(self, gid.to_bytes(2, "big"), uni, w)

    def space(self):
        return self._g(3, " ", adv(" ", self.style[0]))

    def build(self, pdf):
        name = self.tag + "+" + self.family[self.style][0]
        font = truetype_subset({g: w for g, (_, w) in self.used.items()}, name, self.style[0])
        fd = descriptor(pdf, self.style, self.family, prefix=self.tag + "+", fontfile=font)
        w, gids = [], sorted(self.used)
        i = 0
        while i < len(gids):
            j = i
            while j + 1 < len(gids) and gids[j + 1] == gids[j] + 1:
                j += 1
            w += [gids[i], [self.used[g][1] for g in gids[i:j + 1]]]
            i = j + 1
        cid = pdf.add({"Type": Name("Font"), "Subtype": Name("CIDFontType2"), "BaseFont": Name(name),
                       "CIDSystemInfo": {"Registry": Str("Adobe"), "Ordering": Str("Identity"), "Supplement": 0},
                       "FontDescriptor": fd, "DW": 1000, "W": w, "CIDToGIDMap": Name("Identity")})
        d = {"Type": Name("Font"), "Subtype": Name("Type0"), "BaseFont": Name(name), "Encoding": Name("Identity-H"),
             "DescendantFonts": [cid]}
        if self.tounicode:
            d["ToUnicode"] = pdf.add(Stream({}, tounicode_cmap({g: u for g, (u, _) in self.used.items()},
                                                               arrays=self.arrays)))
        pdf.set(self.ref, d)


class SimpleFamily:
    """One-byte fonts for one style; several faces when 256 codes are not enough.
    kind: "winansi" (TrueType, WinAnsiEncoding + /Differences with uniXXXX names),
          "agl" (Type1, /Differences with Adobe Glyph List names only),
          "custom" (TrueType, codes in order of first use, a one-byte ToUnicode),
          "type3" (Type3 bitmap-like glyphs, codes in order of first use, no ToUnicode)."""

    def __init__(self, kind, style, family=DESCRIPTOR):
        self.kind, self.style, self.family = kind, style, family
        self.faces = []
        self.map = {}

    def prepare(self, text):
        """Assigns codes for every character of `text` (all of the document's text in this style,
        in reading order) before anything is drawn, as a driver that writes the font last does."""
        text = unicodedata.normalize("NFC", text).replace("\u00a0", " ")
        order = []
        for ch in text:
            if ch not in order:
                order.append(ch)
        if self.kind == "winansi":
            fixed = {}
            for ch in order:
                try:
                    b = ch.encode("cp1252")
                except UnicodeEncodeError:
                    continue
                if ch.isascii() or ch in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ":
                    fixed[ch] = b[0]
            face = self._face()
            for ch, c in fixed.items():
                face.put(ch, c, None)
            pool = [c for c in list(range(128, 256)) + list(range(1, 32)) if c not in fixed.values()]
            for ch in order:
                if ch in fixed:
                    continue
                if not pool:
                    face, pool = self._face(), list(range(33, 256))
                face.put(ch, pool.pop(0), "uni%04X" % ord(ch))
        elif self.kind == "agl":
            face = self._face()
            pool = list(range(128, 256)) + list(range(1, 32))
            for ch in order:
                if ch.isascii() and ch not in "'`":
                    face.put(ch, ord(ch), None)
            for ch in order:
                if ch.isascii() and ch not in "'`":
                    continue
                if ch in "'`":
                    face.put(ch, ord(ch), agl_name(ch))
                    continue
                if not pool:
                    face, pool = self._face(), list(range(128, 256))
                face.put(ch, pool.pop(0), agl_name(ch))
        else:
            face, nxt = self._face(), 33
            for ch in order:
                if nxt > 255:
                    face, nxt = self._face(), 33
                face.put(ch, nxt, "g%d" % (nxt - 29) if self.kind == "type3" else None)
                nxt += 1

    def _face(self):
        f = SimpleFace(self, len(self.faces))
        self.faces.append(f)
        return f

    def shape(self, text):
        out = []
        for ch in unicodedata.normalize("NFC", text).replace("\u00a0", " "):
            face, code = self.map[ch]
            out.append(Glyph(face, bytes([code]), ch, adv(ch, self.style[0])))
        return out

    def space(self):
        return self.shape(" ")[0]


class SimpleFace:
    kind = "simple"

    def __init__(self, family, idx):
        self.family, self.idx = family, idx
        self.codes = {}
        self.names = {}
        self.ref = None

    def put(self, ch, code, name):
        self.codes[code] = ch
        if name:
            self.names[code] = name
        self.family.map[ch] = (self, code)

    def build(self, pdf):
        fam = self.family
        bold = fam.style[0]
        name = fam.family[fam.style][0]
        first, last = min(self.codes), max(self.codes)
        widths = [adv(self.codes[c], bold) if c in self.codes else 0 for c in range(first, last + 1)]
        diffs, prev = [], None
        for c in sorted(self.names):
            if prev is None or c != prev + 1:
                diffs.append(c)
            diffs.append(Name(self.names[c]))
            prev = c
        if fam.kind == "type3":
            procs = {}
            for c, ch in self.codes.items():
                w = adv(ch, bold)
                body = b"%d 0 0 -20 %d 680 d1\n" % (w, w)
                if ch != " ":
                    body += b"%d 0 %d %d re f\n" % (w // 8, w * 3 // 4, 460 + (c * 37) % 200)
                procs[self.names[c]] = pdf.add(Stream({}, body, compress=False))
            d = {"Type": Name("Font"), "Subtype": Name("Type3"), "FontBBox": [0, -20, 1000, 680],
                 "FontMatrix": [0.001, 0, 0, 0.001, 0, 0], "CharProcs": procs,
                 "Encoding": {"Type": Name("Encoding"), "Differences": diffs}, "FirstChar": first,
                 "LastChar": last, "Widths": widths, "Resources": {"ProcSet": [Name("PDF"), Name("ImageB")]}}
            pdf.set(self.ref, d)
            return
        prefix = ""
        fd = descriptor(pdf, fam.style, fam.family, flags=4 if fam.kind == "custom" else None)
        d = {"Type": Name("Font"), "Subtype": Name("Type1" if fam.kind == "agl" else "TrueType"),
             "BaseFont": Name(prefix + name), "FirstChar": first, "LastChar": last, "Widths": widths,
             "FontDescriptor": fd}
        if fam.kind == "winansi":
            d["Encoding"] = {"Type": Name("Encoding"), "BaseEncoding": Name("WinAnsiEncoding"), "Differences": diffs}
        elif fam.kind == "agl":
            d["Encoding"] = {"Type": Name("Encoding"), "Differences": diffs}
        elif fam.kind == "custom":
            d["ToUnicode"] = pdf.add(Stream({}, tounicode_cmap({c: ch for c, ch in self.codes.items()}, nbytes=1)))
        pdf.set(self.ref, d)


# ---- layout -----------------------------------------------------------------------------------

class T:
    """A line of text: baseline at (x, y), words [(x, word)] with absolute positions."""
    __slots__ = ("x", "y", "size", "bold", "italic", "text", "role", "block", "words")

    def __init__(self, x, y, size, bold, italic, text, role, block, words):
        self.x, self.y, self.size, self.bold, self.italic = x, y, size, bold, italic
        self.text, self.role, self.block, self.words = text, role, block, words


class L:
    """A rule (table border, header line)."""
    __slots__ = ("x1", "y1", "x2", "y2", "role", "w")

    def __init__(self, x1, y1, x2, y2, role="border", w=0.5):
        self.x1, self.y1, self.x2, self.y2, self.role, self.w = x1, y1, x2, y2, role, w


class Page:
    def __init__(self, w, h, landscape=False):
        self.w, self.h, self.landscape = w, h, landscape
        self.items = []


def wrap(text, avail, size, bold, first_avail=None):
    words = text.split(" ")
    lines, cur = [], ""
    limit = first_avail if first_avail is not None else avail
    for w in words:
        cand = w if not cur else cur + " " + w
        if text_width(cand, size, bold) <= limit or not cur:
            cur = cand
        else:
            lines.append(cur)
            cur = w
            limit = avail
    lines.append(cur)
    return lines


def place_words(line, x, size, bold, gap=None):
    words, out = line.split(" "), []
    sw = text_width(" ", size, bold)
    for w in words:
        out.append((x, w))
        x += text_width(w, size, bold) + (sw if gap is None else gap)
    return out


class Cell:
    def __init__(self, text, colspan=1, rowspan=1, bold=False, align=None, italic=False, size=None):
        self.text, self.colspan, self.rowspan = text, colspan, rowspan
        self.bold, self.align, self.italic, self.size = bold, align, italic, size


class P:
    def __init__(self, text, size=13, bold=False, italic=False, align="justify", indent=0, first=0, before=0,
                 after=3, tag="P", lh=1.4):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class Tbl:
    def __init__(self, rows, widths, size=12, head=0, align=None, valign="top", pad=3, lh=1.2, borders=True,
                 keep=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class Space:
    def __init__(self, h):
        self.h = h


class Break:
    def __init__(self, landscape=False):
        self.landscape = landscape


A4 = (595.32, 841.92)


class Layout:
    """Flows blocks onto pages. header(layout, page, no, total) and footer(...) draw the running
    texts; `total` is known on the second pass ({TOTAL} in block text is replaced by it)."""

    def __init__(self, blocks, header=None, footer=None, margins=(70.9, 56.7, 56.7, 56.7), header_h=0,
                 footer_h=0, size=A4, landscape=False):
        self.blocks, self.header, self.footer, self.landscape = blocks, header, footer, landscape
        self.margins, self.header_h, self.footer_h, self.size = margins, header_h, footer_h, size
        self.total = 9
        self.run()
        self.total = len(self.pages)
        self.run()
        assert len(self.pages) == self.total

    def new_page(self, landscape=None):
        if landscape is None:
            landscape = self.pages[-1].landscape if self.pages else False
        w, h = self.size
        if landscape:
            w, h = h, w
        self.page = Page(w, h, landscape)
        self.pages.append(self.page)
        ml, mr, mt, mb = self.margins
        self.x0, self.x1 = ml, w - mr
        self.y = h - mt - self.header_h
        self.ybot = mb + self.footer_h

    def run(self):
        self.pages, self.nblock, self.ntable = [], 0, 0
        self.new_page(self.landscape)
        for b in self.blocks:
            if isinstance(b, P):
                self.para(b)
            elif isinstance(b, Tbl):
                self.table(b)
            elif isinstance(b, Space):
                self.y -= b.h
            elif isinstance(b, Break):
                self.new_page(b.landscape)
        for no, page in enumerate(self.pages, 1):
            self.x0, self.x1 = self.margins[0], page.w - self.margins[1]
            if self.header:
                page.items += self.header(self, page, no, self.total)
            if self.footer:
                page.items += self.footer(self, page, no, self.total)

    def sub(self, text):
        return text.replace("{TOTAL}", str(self.total))

    def para(self, b):
        self.nblock += 1
        text = self.sub(b.text)
        avail = self.x1 - self.x0 - b.indent
        lines = wrap(text, avail, b.size, b.bold, avail - b.first)
        self.y -= b.before
        lh = b.size * b.lh
        for i, line in enumerate(lines):
            if self.y - lh < self.ybot:
                self.new_page()
            base = self.y - b.size
            x = self.x0 + b.indent + (b.first if i == 0 else 0)
            room = self.x1 - x
            natural = text_width(line, b.size, b.bold)
            gap = None
            if b.align == "center":
                x += (room - natural) / 2
            elif b.align == "right":
                x += room - natural
            elif b.align == "justify" and i < len(lines) - 1 and " " in line:
                n = line.count(" ")
                gap = (room - text_width(line.replace(" ", ""), b.size, b.bold)) / n
            if line.strip():
                words = place_words(line, x, b.size, b.bold, gap)
                self.page.items.append(T(x, base, b.size, b.bold, b.italic, line, "body", (b.tag, self.nblock),
                                         words))
            self.y -= lh
        self.y -= b.after

    def table(self, t):
        self.ntable += 1
        tid = self.ntable
        total_w = self.x1 - self.x0
        scale = total_w / float(sum(t.widths))
        widths = [w * scale for w in t.widths]
        xs = [self.x0]
        for w in widths:
            xs.append(xs[-1] + w)
        # grid placement
        grid, cells = {}, []
        for r, row in enumerate(t.rows):
            c = 0
            for cell in row:
                if not isinstance(cell, Cell):
                    cell = Cell(cell)
                while (r, c) in grid:
                    c += 1
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        grid[(r + dr, c + dc)] = cell
                cells.append((r, c, cell))
                c += cell.colspan
        nrows = len(t.rows)
        heights = [0.0] * nrows
        laid = {}
        for r, c, cell in cells:
            size = cell.size or t.size
            bold = cell.bold or r < t.head
            w = xs[c + cell.colspan] - xs[c] - 2 * t.pad
            lines = []
            for part in self.sub(cell.text).split("\n"):
                lines += wrap(part, w, size, bold) if part else [""]
            if cell.text == "":
                lines = []
            need = len(lines) * size * t.lh + 2 * t.pad + (0 if lines else size)
            laid[(r, c)] = (lines, size, bold)
            if cell.rowspan == 1:
                heights[r] = max(heights[r], need)
        for r, c, cell in cells:
            if cell.rowspan > 1:
                lines, size, bold = laid[(r, c)]
                need = len(lines) * size * t.lh + 2 * t.pad
                have = sum(heights[r:r + cell.rowspan])
                if need > have:
                    heights[r + cell.rowspan - 1] += need - have
        # row groups that must stay on one page
        groups, r = [], 0
        while r < nrows:
            end = r + 1
            k = r
            while k < end:
                for c in range(len(widths)):
                    cell = grid.get((k, c))
                    if cell is not None:
                        start = next(rr for rr, cc, ce in cells if ce is cell)
                        end = max(end, start + cell.rowspan)
                k += 1
            groups.append((r, end))
            r = end
        if t.keep:
            groups = [(0, nrows)]
        tops = {}
        for a, b in groups:
            h = sum(heights[a:b])
            if self.y - h < self.ybot and self.y < self.page.h - self.margins[2] - self.header_h - 1:
                self.new_page()
            y = self.y
            for r in range(a, b):
                tops[r] = (self.page, y)
                y -= heights[r]
            self.y = y
        segs = {}
        for r, c, cell in cells:
            page, top = tops[r]
            bottom = top - sum(heights[r:r + cell.rowspan])
            x0, x1 = xs[c], xs[c + cell.colspan]
            if t.borders:
                for s in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)):
                    key = (id(page),) + tuple(round(v, 2) for v in s)
                    if key not in segs:
                        segs[key] = True
                        page.items.append(L(*s))
            lines, size, bold = laid[(r, c)]
            align = cell.align or (t.align[c] if t.align else ("center" if r < t.head else "left"))
            lh = size * t.lh
            y = top - t.pad
            if t.valign == "center" or cell.rowspan > 1:
                y -= ((top - bottom) - 2 * t.pad - len(lines) * lh) / 2
            for line in lines:
                base = y - size
                natural = text_width(line, size, bold)
                x = x0 + t.pad
                if align == "center":
                    x = (x0 + x1 - natural) / 2
                elif align == "right":
                    x = x1 - t.pad - natural
                if line:
                    page.items.append(T(x, base, size, bold, cell.italic, line, "body", ("TD", tid, r, c),
                                        place_words(line, x, size, bold)))
                y -= lh
        self.y -= 4


def running_text(page, x, y, text, size, role, bold=False, align="left", italic=False):
    natural = text_width(text, size, bold)
    if align == "center":
        x -= natural / 2
    elif align == "right":
        x -= natural
    return T(x, y, size, bold, italic, text, role, (role, 0), place_words(text, x, size, bold))


# ---- producers --------------------------------------------------------------------------------

def f(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def f3(x):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def kern(a, b):
    """A small, stable kerning adjustment for some letter pairs (thousandths of an em)."""
    pairs = {("T", "a"): 18, ("T", "o"): 18, ("V", "a"): 35, ("A", "V"): 40, ("L", "T"): 30, ("P", "."): 55,
             ("r", "."): 15, ("r", ","): 15, ("y", "."): 25, ("y", ","): 25, ("T", "h"): 5, ("Y", "ê"): 30,
             ("T", "Ư"): 20, ("Đ", "Ư"): 8, ("f", "i"): -5}
    return pairs.get((a, b), 0)


class Style:
    def __init__(self, **kw):
        self.producer = "Microsoft® Word for Microsoft 365"
        self.creator = "Microsoft® Word for Microsoft 365"
        self.title = None
        self.author = None
        self.subject = None
        self.created = "D:20200814091523+07'00'"
        self.modified = None
        self.fonts = "cid"            # cid | winansi | agl | custom | type3
        self.decomposed = False
        self.ligatures = None
        self.arrays = False
        self.mode = "tj"              # tj | glyph | word
        self.gaps = "space"           # space (space glyph + adjustment) | tj (TJ numbers) | tm (one Tm per word)
        self.tagged = False
        self.rules = "fill"           # fill (thin rectangles, as Word) | stroke (m l S)
        self.printer_order = False    # header drawn last, table cells column by column
        self.flipped = False          # device space: 600 dpi, y down
        self.form = False             # each page's drawing in a Form XObject
        self.media = None             # (w, h, dx, dy): MediaBox bigger than the page, CropBox offset
        self.rotate_landscape = True  # landscape pages as portrait MediaBox + /Rotate 90
        self.xref = "table"
        self.objstm = False
        self.eol = b"\r\n"
        self.compact = True
        self.version = "1.7"
        self.crypt = None             # (revision, user, owner, permissions)
        self.content_first = False    # page contents before the page tree, fonts and catalog
        self.font_family = DESCRIPTOR
        self.lang = "vi-VN"
        self.seed = "x"
        self.__dict__.update(kw)


class Renderer:
    def __init__(self, style, pages):
        self.s, self.pages = style, pages
        self.faces = {}
        self.families = {}
        if style.fonts not in ("cid",):
            texts = {}
            for pg in pages:
                for it in pg.items:
                    if isinstance(it, T):
                        texts.setdefault((it.bold, it.italic), []).append(it.text)
            for st in sorted(texts):
                fam = SimpleFamily(style.fonts, st, style.font_family)
                fam.prepare(" ".join(texts[st]))
                self.families[st] = fam

    def shape(self, it, text):
        st = (it.bold, it.italic)
        if self.s.fonts == "cid":
            if st not in self.faces:
                self.faces[st] = CIDFace(st, self.s.decomposed, self.s.ligatures, self.s.arrays, self.s.font_family)
                self.faces[st].tag = subset_tag(self.s.seed + repr(st))
            return self.faces[st].shape(text)
        return self.families[st].shape(text)

    def space(self, it):
        st = (it.bold, it.italic)
        if self.s.fonts == "cid":
            return self.faces[st].space()
        return self.families[st].space()

    # ---- naming of font resources, in order of first use -------------------------------------
    def res(self, face):
        if face not in self.resnames:
            self.resnames[face] = "F%d" % (len(self.resnames) + 1) if self.s.fonts != "type3" else \
                "T3_%d" % len(self.resnames)
        return self.resnames[face]

    # ---- one text line ------------------------------------------------------------------------
    def text_ops(self, it, flip_y=None):
        """Operators that draw one text line. flip_y: device height in flipped mode."""
        s = self.s
        out = []
        sz = it.size
        if s.flipped:
            k = 600 / 72.0
            X = lambda x: x * k          # noqa: E731
            Y = lambda y: (flip_y - y) * k   # noqa: E731
            tf = sz * k
            tm = lambda x, y: "1 0 0 -1 %s %s Tm" % (f(X(x)), f(Y(y)))   # noqa: E731
        else:
            tf = sz
            tm = lambda x, y: "1 0 0 1 %s %s Tm" % (f3(x), f3(y))   # noqa: E731
        if s.mode == "tj":
            glyphs_by_word = [(x, self.shape(it, w)) for x, w in it.words]
            out.append("BT")
            cur = None
            pieces = []   # (face, [items]) items: Glyph or number
            sw = None
            for k, (x, gl) in enumerate(glyphs_by_word):
                if k > 0:
                    prev_x, prev_gl = glyphs_by_word[k - 1]
                    end = prev_x + sum(g.width for g in prev_gl) * sz / 1000.0
                    gap = x - end
                    if s.gaps == "space":
                        sp = self.space(it)
                        pieces.append(sp)
                        extra = gap - sp.width * sz / 1000.0
                        if abs(extra) > 0.01:
                            pieces.append(-round(extra * 1000.0 / sz))
                    elif s.gaps == "tj":
                        pieces.append(-round(gap * 1000.0 / sz))
                    else:   # tm: a new text matrix per word
                        pieces.append(("tm", x))
                prev = None
                for g in gl:
                    if prev is not None:
                        kk = kern(prev.uni, g.uni)
                        if kk:
                            pieces.append(kk)
                    pieces.append(g)
                    prev = g
            # emit
            arr = []

            def flush():
                if arr:
                    out.append("[" + "".join(arr) + "] TJ" if s.compact is False else "[" + "".join(arr) + "]TJ")
                    arr.clear()

            out.append("/%s %s Tf" % (self.res(self.first_face(pieces)), f(tf)))
            out.append(tm(it.words[0][0], it.y))
            cur = self.first_face(pieces)
            for p in pieces:
                if isinstance(p, tuple):
                    flush()
                    out.append(tm(p[1], it.y))
                elif isinstance(p, int):
                    arr.append(str(p))
                else:
                    if p.face is not cur:
                        flush()
                        cur = p.face
                        out.append("/%s %s Tf" % (self.res(cur), f(tf)))
                    arr.append(self.code_str(p))
            flush()
            out.append("ET")
            return out
        # glyph or word mode: absolute positions
        units = []   # (x, [glyphs])
        for x, w in it.words:
            gl = self.shape(it, w)
            if s.mode == "word":
                units.append((x, gl))
            else:
                xx = x
                for g in gl:
                    units.append((xx, [g]))
                    xx += g.width * sz / 1000.0
        out.append("BT")
        cur = None
        lx = None
        for x, gl in units:
            segs = []
            for g in gl:
                if segs and segs[-1][0] is g.face:
                    segs[-1][1].append(g)
                else:
                    segs.append((g.face, [g]))
            first = True
            for face, gs in segs:
                if face is not cur:
                    out.append("/%s %s Tf" % (self.res(face), f(tf)))
                    cur = face
                if first:
                    if s.mode == "glyph" and lx is not None and not s.flipped:
                        out.append("%s 0 Td" % f3(x - lx))
                    elif s.mode == "glyph" and lx is not None and s.flipped:
                        out.append("%s 0 Td" % f((x - lx) * 600 / 72.0))
                    else:
                        out.append(tm(x, it.y))
                    lx = x
                    first = False
                out.append(self.code_str_seq(gs) + " Tj")
        out.append("ET")
        return out

    @staticmethod
    def first_face(pieces):
        for p in pieces:
            if isinstance(p, Glyph):
                return p.face
        raise ValueError("empty line")

    def code_str(self, g):
        if isinstance(g.face, CIDFace):
            return "<" + g.code.hex().upper() + ">"
        return self.literal(g.code)

    def code_str_seq(self, gs):
        if isinstance(gs[0].face, CIDFace):
            return "<" + b"".join(g.code for g in gs).hex().upper() + ">"
        return self.literal(b"".join(g.code for g in gs))

    @staticmethod
    def literal(b):
        out = "("
        for c in b:
            if c in (0x28, 0x29, 0x5C):
                out += "\\" + chr(c)
            elif c < 32 or c > 126:
                out += "\\%03o" % c
            else:
                out += chr(c)
        return out + ")"

    def rule_ops(self, it, flip_y=None):
        if self.s.flipped:
            k = 600 / 72.0
            x1, y1, x2, y2 = it.x1 * k, (flip_y - it.y1) * k, it.x2 * k, (flip_y - it.y2) * k
            return ["%s w" % f(it.w * k), "%s %s m %s %s l S" % (f(x1), f(y1), f(x2), f(y2))]
        if self.s.rules == "stroke":
            return ["%s %s m %s %s l S" % (f3(it.x1), f3(it.y1), f3(it.x2), f3(it.y2))]
        x, y = min(it.x1, it.x2), min(it.y1, it.y2)
        w, h = abs(it.x2 - it.x1), abs(it.y2 - it.y1)
        if w < 0.01:
            x, w = x - it.w / 2, it.w
        if h < 0.01:
            y, h = y - it.w / 2, it.w
        return ["%s %s %s %s re f*" % (f3(x), f3(y), f3(w), f3(h))]

    # ---- a page's content ---------------------------------------------------------------------
    def page_content(self, pg, pno):
        s = self.s
        items = list(pg.items)
        if s.printer_order:
            body = [i for i in items if getattr(i, "role", "") not in ("header", "footer")]
            run = [i for i in items if getattr(i, "role", "") in ("header", "footer")]
            texts = [i for i in body if isinstance(i, T)]
            rules = [i for i in body if isinstance(i, L)]
            cells = sorted([i for i in texts if i.block[0] == "TD"], key=lambda i: (i.block[1], i.block[3],
                                                                                    i.block[2], -i.y))
            other = [i for i in texts if i.block[0] != "TD"]
            items = rules + other + cells + run
        out = []
        mcid = 0
        self.page_mcids = []
        flip_y = pg.h
        if s.flipped:
            out.append("q %s 0 0 %s 0 %s cm" % (f3(72 / 600.0), f3(-72 / 600.0), f(pg.h)))
        if s.tagged:
            out.append("q")
            out.append("0.000008871 0 %s %s re" % (f(pg.w), f(pg.h)))
            out.append("W* n")
        if s.rules == "stroke" or s.flipped:
            out.append("0 G 0.5 w" if not s.flipped else "0 G")
        open_block = None
        for it in items:
            if isinstance(it, L):
                if s.tagged:
                    if open_block is not None:
                        out.append("EMC")
                        open_block = None
                    out.append("/Artifact BMC")
                out += (["0 g"] if s.rules == "fill" and not s.flipped else []) + self.rule_ops(it, flip_y)
                if s.tagged:
                    out.append("EMC")
                continue
            if s.tagged:
                if it.role in ("header", "footer"):
                    if open_block is not None:
                        out.append("EMC")
                        open_block = None
                    sub = "Header" if it.role == "header" else "Footer"
                    att = "Top" if it.role == "header" else "Bottom"
                    out.append("/Artifact <</Attached [/%s]/Type/Pagination/Subtype/%s>> BDC" % (att, sub))
                    out += self.text_ops(it, flip_y)
                    out.append("EMC")
                    continue
                if open_block != it.block:
                    if open_block is not None:
                        out.append("EMC")
                    tag = "P" if it.block[0] == "TD" else it.block[0]
                    out.append("/%s <</MCID %d>> BDC" % (tag, mcid))
                    self.page_mcids.append(it.block)
                    mcid += 1
                    open_block = it.block
                out += self.text_ops(it, flip_y)
            else:
                out += self.text_ops(it, flip_y)
        if s.tagged:
            if open_block is not None:
                out.append("EMC")
            out.append("Q")
        if s.flipped:
            out.append("Q")
        return ("\n".join(out) + "\n").encode("latin-1")

    # ---- the whole file -------------------------------------------------------------------------
    def build(self):
        s = self.s
        pdf = PDF()
        self.resnames = {}
        catalog = pdf.alloc()
        if s.content_first:
            content_refs = [pdf.alloc() for _ in self.pages]
        pages_ref = pdf.alloc()
        page_refs = [pdf.alloc() for _ in self.pages]
        contents, mcids = [], []
        for n, pg in enumerate(self.pages):
            contents.append(self.page_content(pg, n))
            mcids.append(self.page_mcids)
        if not s.content_first:
            content_refs = [pdf.alloc() for _ in self.pages]
        # fonts
        faces = []
        if s.fonts == "cid":
            for st in sorted(self.faces):
                faces.append(self.faces[st])
        else:
            for st in sorted(self.families):
                faces += self.families[st].faces
        faces = [fc for fc in faces if fc in self.resnames]
        faces.sort(key=lambda fc: self.resnames[fc])
        for fc in faces:
            fc.ref = pdf.alloc()
        for fc in faces:
            fc.build(pdf)
        fontres = {self.resnames[fc]: fc.ref for fc in faces}
        resources = {"Font": fontres, "ProcSet": [Name("PDF"), Name("Text")]}
        if s.tagged:
            resources = {"Font": fontres, "ExtGState": {}, "ProcSet": [Name("PDF"), Name("Text"), Name("ImageB"),
                                                                       Name("ImageC"), Name("ImageI")]}
            del resources["ExtGState"]
        for n, pg in enumerate(self.pages):
            data = contents[n]
            page = {"Type": Name("Page"), "Parent": pages_ref}
            w, h = pg.w, pg.h
            rotate = 0
            if pg.landscape and s.rotate_landscape:
                # the driver keeps a portrait sheet and turns it: draw the landscape page rotated
                data = b"q 0 1 -1 0 %s 0 cm\n" % f(pg.h).encode() + data + b"Q\n"
                w, h = pg.h, pg.w
                rotate = 90
            if s.media:
                mw, mh, dx, dy = s.media
                data = b"q 1 0 0 1 %s %s cm\n" % (f(dx).encode(), f(dy).encode()) + data + b"Q\n"
                page["MediaBox"] = [0, 0, mw, mh]
                page["CropBox"] = [dx, dy, round(dx + w, 2), round(dy + h, 2)]
            else:
                page["MediaBox"] = [0, 0, w, h]
            if s.form:
                fx = pdf.add(Stream({"Type": Name("XObject"), "Subtype": Name("Form"), "FormType": 1,
                                     "BBox": page["MediaBox"], "Matrix": [1, 0, 0, 1, 0, 0],
                                     "Resources": resources}, data))
                page["Resources"] = {"XObject": {"Fm%d" % n: fx}, "ProcSet": [Name("PDF")]}
                data = b"q\n/Fm%d Do\nQ\n" % n
            else:
                page["Resources"] = resources
            page["Contents"] = content_refs[n]
            if rotate:
                page["Rotate"] = rotate
            if s.tagged:
                page["Group"] = {"Type": Name("Group"), "S": Name("Transparency"), "CS": Name("DeviceRGB")}
                page["Tabs"] = Name("S")
                page["StructParents"] = n
            pdf.set(page_refs[n], page)
            pdf.set(content_refs[n], Stream({}, data))
        pdf.set(pages_ref, {"Type": Name("Pages"), "Count": len(self.pages), "Kids": page_refs})
        cat = {"Type": Name("Catalog"), "Pages": pages_ref}
        if s.lang:
            cat["Lang"] = Str(s.lang)
        if s.tagged:
            cat["StructTreeRoot"] = self.struct_tree(pdf, page_refs, mcids)
            cat["MarkInfo"] = {"Marked": True}
        pdf.set(catalog, cat)
        info = {}
        for k, v in (("Title", s.title), ("Author", s.author), ("Subject", s.subject), ("Creator", s.creator),
                     ("CreationDate", s.created), ("ModDate", s.modified or s.created), ("Producer", s.producer)):
            if v:
                info[k] = Str(v)
        info_ref = pdf.add(info)
        digest = hashlib.md5(("blind7:" + s.seed).encode()).hexdigest().upper()
        fid = (bytes.fromhex(digest), bytes.fromhex(digest))
        crypt = None
        if s.crypt:
            rev, user, owner, perms = s.crypt
            crypt = RC4Crypt(rev, user, owner, perms, fid[0])
        data = pdf.write(catalog, info_ref, version=s.version, eol=s.eol, compact=s.compact, xref=s.xref,
                         objstm=s.objstm, file_id=fid, crypt=crypt)
        self.pdf, self.catalog, self.info_ref, self.fid = pdf, catalog, info_ref, fid
        self.page_refs, self.content_refs = page_refs, content_refs
        return data

    def struct_tree(self, pdf, page_refs, mcids):
        root = pdf.alloc()
        doc = pdf.alloc()
        elems = {}      # block -> (ref, dict)
        kids = []       # children of Document, in order
        tables = {}
        parent_tree = []
        for n, blocks in enumerate(mcids):
            arr = []
            for k, blk in enumerate(blocks):
                if blk[0] == "TD":
                    tid, r, c = blk[1], blk[2], blk[3]
                    if tid not in tables:
                        tref = pdf.alloc()
                        tables[tid] = (tref, {"Type": Name("StructElem"), "S": Name("Table"), "P": doc, "K": []}, {})
                        kids.append(tref)
                    tref, tdict, rows = tables[tid]
                    if r not in rows:
                        rref = pdf.alloc()
                        rows[r] = (rref, {"Type": Name("StructElem"), "S": Name("TR"), "P": tref, "K": []})
                        tdict["K"].append(rref)
                    rref, rdict = rows[r]
                    if blk not in elems:
                        cref = pdf.alloc()
                        elems[blk] = (cref, {"Type": Name("StructElem"), "S": Name("TD"), "P": rref,
                                             "Pg": page_refs[n], "K": []})
                        rdict["K"].append(cref)
                    ref, d = elems[blk]
                    d["K"].append({"Type": Name("MCR"), "Pg": page_refs[n], "MCID": k} if d["Pg"] is not page_refs[n]
                                  else k)
                else:
                    if blk not in elems:
                        ref = pdf.alloc()
                        elems[blk] = (ref, {"Type": Name("StructElem"), "S": Name(blk[0]), "P": doc,
                                            "Pg": page_refs[n], "K": []})
                        kids.append(ref)
                    ref, d = elems[blk]
                    d["K"].append({"Type": Name("MCR"), "Pg": page_refs[n], "MCID": k} if d["Pg"] is not page_refs[n]
                                  else k)
                arr.append(elems[blk][0])
            parent_tree += [n, arr]
        for ref, d in elems.values():
            if len(d["K"]) == 1:
                d["K"] = d["K"][0]
            pdf.set(ref, d)
        for tref, tdict, rows in tables.values():
            pdf.set(tref, tdict)
            for rref, rdict in rows.values():
                pdf.set(rref, rdict)
        pdf.set(doc, {"Type": Name("StructElem"), "S": Name("Document"), "P": root, "K": kids})
        pt = pdf.add({"Nums": parent_tree})
        pdf.set(root, {"Type": Name("StructTreeRoot"), "RoleMap": {"Footnote": Name("Note"),
                                                                   "Endnote": Name("Note")},
                       "ParentTree": pt, "ParentTreeNextKey": len(mcids), "K": [doc]})
        return root


def render(style, pages):
    return Renderer(style, pages).build()


def render_edited(style, pages_before, pages_after, info_changes):
    """A file saved by one program, then edited and saved incrementally by another (Acrobat):
    the later revision gives new content streams for the changed pages, and a new Info."""
    r = Renderer(style, pages_before)
    base = r.build()
    before = {fc: dict(fc.used) for fc in r.resnames if isinstance(fc, CIDFace)}
    r2 = Renderer(style, pages_after)
    # the edited content must use the original fonts: shape with the first renderer's faces
    r2.faces, r2.families = r.faces, r.families
    r2.resnames = r.resnames
    changed = {}
    for n, (a, b) in enumerate(zip(pages_before, pages_after)):
        data_b = r2.page_content(b, n)
        if data_b != r.page_content(a, n):
            ref = r.pdf.alloc()
            changed[ref.num] = Stream({}, data_b)
            page = dict(r.pdf.objs[r.page_refs[n].num])
            page["Contents"] = ref
            changed[r.page_refs[n].num] = page
    for fc in list(r.resnames):
        # glyphs first used by the edit: those fonts are written again with their new widths
        if isinstance(fc, CIDFace) and fc.used != before[fc]:
            fc.build(r.pdf)
            changed[fc.ref.num] = r.pdf.objs[fc.ref.num]
    info = dict(r.pdf.objs[r.info_ref.num])
    info.update({k: Str(v) for k, v in info_changes.items()})
    changed[r.info_ref.num] = info
    # objects that fc.build() allocated go into the update too
    for n in range(r.pdf.size, r.pdf.next):
        if n in r.pdf.objs and n not in changed:
            changed[n] = r.pdf.objs[n]
    return incremental_update(base, r.pdf.startxref, r.pdf.size, changed, r.catalog, r.info_ref,
                              eol=style.eol, file_id=r.fid)


# ---- scans ------------------------------------------------------------------------------------

class Rng:
    """xorshift32: the same numbers on every Python."""

    def __init__(self, seed):
        self.x = (seed & 0xFFFFFFFF) or 1

    def next(self):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x

    def below(self, n):
        return self.next() % n


def scan_page(seed, w=620, h=877, title_rows=2, table=True, lines=38):
    """A 1-bit bitmap of a typed page as a scanner sees it at 75 dpi: word-shaped blobs, a field
    table, a round seal, speckles. 1 = white."""
    rng = Rng(seed)
    px = [bytearray(b"\x01" * w) for _ in range(h)]

    def box(x0, y0, x1, y1):
        for y in range(max(0, y0), min(h, y1)):
            row = px[y]
            for x in range(max(0, x0), min(w, x1)):
                row[x] = 0

    y = 60
    if table:
        box(60, y, 570, y + 1)
        box(60, y + 90, 570, y + 91)
        for x in (60, 220, 430, 569):
            box(x, y, x + 1, y + 91)
        for k in range(3):
            box(430, y + 30 * (k + 1), 570, y + 30 * (k + 1) + 1)
        for k in range(3):
            xx = 440
            while xx < 555:
                ln = 6 + rng.below(18)
                box(xx, y + 10 + 30 * k, min(xx + ln, 560), y + 18 + 30 * k)
                xx += ln + 4
        for k in range(2):
            box(80 + rng.below(10), y + 30 + 16 * k, 200, y + 38 + 16 * k)
        for k in range(title_rows):
            box(240 + rng.below(20), y + 25 + 22 * k, 410 - rng.below(20), y + 37 + 22 * k)
        y += 120
    for k in range(lines):
        x = 75 if k % 6 else 60
        end = 560 if k % 6 != 5 else 300 + rng.below(200)
        while x < end:
            ln = 8 + rng.below(40)
            box(x, y, min(x + ln, end), y + 7)
            x += ln + 5
        y += 17
        if y > h - 140:
            break
    cx, cy, r = 470, h - 90, 38
    for yy in range(cy - r - 2, cy + r + 3):
        for xx in range(cx - r - 2, cx + r + 3):
            d = ((xx - cx) ** 2 + (yy - cy) ** 2) ** 0.5
            if r - 3 <= d <= r or (abs(yy - cy) < 3 and abs(xx - cx) < r - 10):
                px[yy][xx] = 0
    for _ in range(900):
        px[rng.below(h)][rng.below(w)] ^= 1
    out = bytearray()
    for row in px:
        for x in range(0, w, 8):
            b = 0
            for k in range(8):
                b = (b << 1) | (row[x + k] if x + k < w else 1)
            out.append(b)
    return out


def render_scan(pages, seed, producer, creator, created):
    pdf = PDF()
    catalog = pdf.alloc()
    pages_ref = pdf.alloc()
    kids = []
    for n, (w, h, bits) in enumerate(pages):
        img = pdf.add(Stream({"Type": Name("XObject"), "Subtype": Name("Image"), "Width": w, "Height": h,
                              "ColorSpace": Name("DeviceGray"), "BitsPerComponent": 1}, bytes(bits)))
        content = pdf.add(Stream({}, b"q\n595.32 0 0 841.92 0 0 cm\n/Im0 Do\nQ\n"))
        kids.append(pdf.add({"Type": Name("Page"), "Parent": pages_ref, "MediaBox": [0, 0, 595.32, 841.92],
                             "Resources": {"XObject": {"Im0": img}, "ProcSet": [Name("PDF"), Name("ImageB")]},
                             "Contents": content}))
    pdf.set(pages_ref, {"Type": Name("Pages"), "Kids": kids, "Count": len(kids)})
    pdf.set(catalog, {"Type": Name("Catalog"), "Pages": pages_ref})
    info = pdf.add({"Producer": Str(producer), "Creator": Str(creator), "CreationDate": Str(created)})
    digest = hashlib.md5(("blind7:" + seed).encode()).digest()
    return pdf.write(catalog, info, version="1.4", binary=b"\xe2\xe3\xcf\xd3", file_id=(digest, digest))
