"""PDF objects written by hand, the way several real producers write them (tests/blind7).

Only the standard library: objects are Python values (dict, list, int, float, Name, Ref, Str,
Stream), serialised with a classic cross-reference table or a cross-reference stream with object
streams, optionally encrypted with the standard security handler (RC4, revision 2 or 3), and
optionally followed by an incremental update. Nothing here depends on the clock or on chance.
"""
import hashlib
import zlib


class Name(str):
    """A PDF name (written /Name, with # escapes)."""


class Ref:
    __slots__ = ("num",)

    def __init__(self, num):
        self.num = num


class Str:
    """A string. `value` str: a text string (PDFDocEncoding when ASCII, else UTF-16BE with BOM);
    bytes: written as they are. `hex` writes <...>."""
    __slots__ = ("value", "hex")

    def __init__(self, value, hex=False):
        self.value, self.hex = value, hex

    def raw(self):
        v = self.value
        if isinstance(v, bytes):
            return v
        try:
            return v.encode("ascii")
        except UnicodeEncodeError:
            return b"\xfe\xff" + v.encode("utf-16-be")


class Raw:
    """Bytes written verbatim (an operator-free token sequence the writer must not touch)."""
    __slots__ = ("data",)

    def __init__(self, data):
        self.data = data


class Stream:
    """A stream: `d` its dictionary (without /Length), `data` its bytes; compress=True deflates
    them and adds /Filter /FlateDecode."""

    def __init__(self, d, data, compress=True):
        self.d = dict(d)
        if compress:
            data = zlib.compress(data, 6)
            self.d["Filter"] = Name("FlateDecode")
        self.data = data


def num(x):
    if isinstance(x, bool):
        return b"true" if x else b"false"
    if isinstance(x, int):
        return str(x).encode()
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s.encode()


def name_bytes(n):
    out = bytearray(b"/")
    for b in n.encode("utf-8"):
        if b < 33 or b > 126 or b in b"#()<>[]{}/%":
            out += b"#%02X" % b
        else:
            out.append(b)
    return bytes(out)


def literal(b):
    out = bytearray(b"(")
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([c])
        elif c == 0x0A:
            out += b"\\n"
        elif c == 0x0D:
            out += b"\\r"
        elif c < 32 or c > 126:
            out += b"\\%03o" % c
        else:
            out.append(c)
    out += b")"
    return bytes(out)


class Serializer:
    """compact=True writes dictionaries the way Word does (<</Type/Page/Parent 2 0 R>>)."""

    def __init__(self, compact=False, crypt=None):
        self.compact, self.crypt = compact, crypt

    def ser(self, o, objnum=0):
        c = self.compact
        if isinstance(o, Name):
            return name_bytes(o)
        if isinstance(o, Ref):
            return b"%d 0 R" % o.num
        if isinstance(o, Raw):
            return o.data
        if isinstance(o, Str):
            data = o.raw()
            if self.crypt and objnum:
                data = self.crypt.encrypt(objnum, data)
                return b"<" + data.hex().upper().encode() + b">"
            return (b"<" + data.hex().upper().encode() + b">") if o.hex else literal(data)
        if o is None:
            return b"null"
        if isinstance(o, (bool, int, float)):
            return num(o)
        if isinstance(o, list):
            parts = [self.ser(x, objnum) for x in o]
            if c:
                out = b""
                for p in parts:
                    if out and not (p[:1] in b"/[(<" or out[-1:] in b"])>"):
                        out += b" "
                    out += p
                return b"[" + out + b"]"
            return b"[" + b" ".join(parts) + b"]"
        if isinstance(o, dict):
            if c:
                out = b"<<"
                for k, v in o.items():
                    out += name_bytes(k)
                    vb = self.ser(v, objnum)
                    if vb[:1] not in b"/[(<":
                        out += b" "
                    out += vb
                return out + b">>"
            return b"<< " + b" ".join(name_bytes(k) + b" " + self.ser(v, objnum) for k, v in o.items()) + b" >>"
        raise TypeError(type(o))

    def obj_body(self, o, objnum, eol):
        if isinstance(o, Stream):
            data = o.data
            if self.crypt and objnum:
                data = self.crypt.encrypt(objnum, data)
            d = dict(o.d)
            d["Length"] = len(data)
            # the keyword is followed by CR LF or LF, never CR alone
            return self.ser(d, objnum) + eol + b"stream" + (b"\r\n" if eol == b"\r" else eol) + data + eol + \
                b"endstream"
        return self.ser(o, objnum)


# ---- the standard security handler (RC4) ------------------------------------------------------

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) & 255
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) & 255
        j = (j + s[i]) & 255
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) & 255])
    return bytes(out)


def padded(pw):
    return (pw.encode("latin-1") + PAD)[:32]


class RC4Crypt:
    """Revision 2 (40-bit) or 3 (128-bit) of the standard security handler."""

    def __init__(self, revision, user, owner, perms, id0):
        self.r = revision
        n = 5 if revision == 2 else 16
        p = (perms & 0xFFFFFFFF).to_bytes(4, "little")
        h = hashlib.md5(padded(owner or user)).digest()
        if revision >= 3:
            for _ in range(50):
                h = hashlib.md5(h[:n]).digest()
        okey = h[:n]
        o = rc4(okey, padded(user))
        if revision >= 3:
            for i in range(1, 20):
                o = rc4(bytes(b ^ i for b in okey), o)
        h = hashlib.md5(padded(user) + o + p + id0).digest()
        if revision >= 3:
            for _ in range(50):
                h = hashlib.md5(h[:n]).digest()
        self.key = h[:n]
        if revision == 2:
            u = rc4(self.key, PAD)
        else:
            u = rc4(self.key, hashlib.md5(PAD + id0).digest())
            for i in range(1, 20):
                u = rc4(bytes(b ^ i for b in self.key), u)
            u += hashlib.md5(u).digest()          # 16 arbitrary bytes
        self.o, self.u, self.perms = o, u, perms

    def dict(self):
        d = {"Filter": Name("Standard"), "V": 1 if self.r == 2 else 2, "R": self.r,
             "Length": 40 if self.r == 2 else 128, "O": Str(self.o, hex=True), "U": Str(self.u, hex=True),
             "P": self.perms}
        return d

    def encrypt(self, objnum, data):
        k = hashlib.md5(self.key + objnum.to_bytes(3, "little") + b"\x00\x00").digest()[:min(len(self.key) + 5, 16)]
        return rc4(k, data)


# ---- the file ---------------------------------------------------------------------------------

class PDF:
    def __init__(self):
        self.objs = {}
        self.next = 1

    def alloc(self):
        r = Ref(self.next)
        self.next += 1
        return r

    def set(self, ref, obj):
        self.objs[ref.num] = obj
        return ref

    def add(self, obj):
        return self.set(self.alloc(), obj)

    def write(self, root, info=None, *, version="1.7", binary=b"\xb5\xb5\xb5\xb5", eol=b"\n",
              compact=False, xref="table", objstm=False, file_id=None, crypt=None, order=None,
              extra_trailer=None):
        """xref: "table" (classic) or "stream"; objstm puts every non-stream object except the
        encryption dictionary into one object stream (needs xref="stream")."""
        ser = Serializer(compact, crypt)
        out = bytearray(b"%PDF-" + version.encode() + eol + b"%" + binary + eol)
        offsets = {}
        nums = order or sorted(self.objs)
        encrypt_ref = None
        if crypt:
            encrypt_ref = self.add(crypt.dict())
            nums = list(nums) + [encrypt_ref.num]
        packed = {}
        if objstm:
            plain = Serializer(compact)
            inside = [n for n in nums if not isinstance(self.objs[n], Stream)]
            head, body = [], bytearray()
            for i, n in enumerate(inside):
                head.append(b"%d %d" % (n, len(body)))
                body += plain.ser(self.objs[n]) + b"\n"
                packed[n] = i
            head_b = b" ".join(head) + b"\n"
            stm = self.alloc()
            self.objs[stm.num] = Stream({"Type": Name("ObjStm"), "N": len(inside), "First": len(head_b)},
                                        head_b + bytes(body))
            nums = [n for n in nums if n not in packed] + [stm.num]
            stm_num = stm.num
        ser_plain = Serializer(compact)
        for n in nums:
            offsets[n] = len(out)
            s = ser_plain if (encrypt_ref and n == encrypt_ref.num) else ser
            out += b"%d 0 obj" % n + eol + s.obj_body(self.objs[n], n, eol) + eol + b"endobj" + eol
        size = max(list(self.objs) + [0]) + 1
        trailer = {"Size": size, "Root": root}
        if info is not None:
            trailer["Info"] = info
        if encrypt_ref:
            trailer["Encrypt"] = encrypt_ref
        if file_id:
            trailer["ID"] = [Str(file_id[0], hex=True), Str(file_id[1], hex=True)]
        if extra_trailer:
            trailer.update(extra_trailer)
        if xref == "table":
            start = len(out)
            out += b"xref" + eol + b"0 %d" % size + eol
            out += b"0000000000 65535 f\r\n"
            for n in range(1, size):
                if n in offsets:
                    out += b"%010d 00000 n\r\n" % offsets[n]
                else:
                    out += b"0000000000 65535 f\r\n"
            out += b"trailer" + eol + Serializer(compact).ser(trailer) + eol
        else:
            xr = self.alloc()
            size = xr.num + 1
            start = len(out)
            rows = [bytes([0]) + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")]
            for n in range(1, size):
                if n == xr.num:
                    rows.append(bytes([1]) + start.to_bytes(4, "big") + b"\x00\x00")
                elif n in packed:
                    rows.append(bytes([2]) + stm_num.to_bytes(4, "big") + packed[n].to_bytes(2, "big"))
                elif n in offsets:
                    rows.append(bytes([1]) + offsets[n].to_bytes(4, "big") + b"\x00\x00")
                else:
                    rows.append(bytes([0]) + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big"))
            # PNG "Up" predictor, as Acrobat writes it
            data, prev = bytearray(), bytes(7)
            for row in rows:
                data += b"\x02" + bytes((a - b) & 255 for a, b in zip(row, prev))
                prev = row
            d = {"Type": Name("XRef"), "W": [1, 4, 2], "Index": [0, size], "DecodeParms": {"Columns": 7,
                                                                                           "Predictor": 12}}
            d.update(trailer)
            d["Size"] = size
            body = Stream(d, bytes(data))
            out += b"%d 0 obj" % xr.num + eol + Serializer(compact).obj_body(body, 0, eol) + eol + b"endobj" + eol
        out += b"startxref" + eol + str(start).encode() + eol + b"%%EOF" + eol
        self.startxref = start
        self.size = size
        return bytes(out)


def incremental_update(base, prev_startxref, size, changed, root, info, *, eol=b"\n", file_id=None):
    """Appends a revision that replaces the objects in `changed` ({num: obj}) and adds new ones;
    the new xref section has one subsection per run of numbers and /Prev points to the base."""
    out = bytearray(base)
    if not out.endswith(b"\n"):
        out += eol
    ser = Serializer(False)
    offsets = {}
    for n in sorted(changed):
        offsets[n] = len(out)
        out += b"%d 0 obj" % n + eol + ser.obj_body(changed[n], n, eol) + eol + b"endobj" + eol
    new_size = max([size] + [n + 1 for n in changed])
    start = len(out)
    out += b"xref" + eol
    nums = sorted(offsets)
    runs, cur = [], [nums[0]]
    for n in nums[1:]:
        if n == cur[-1] + 1:
            cur.append(n)
        else:
            runs.append(cur)
            cur = [n]
    runs.append(cur)
    for run in runs:
        out += b"%d %d" % (run[0], len(run)) + eol
        for n in run:
            out += b"%010d 00000 n\r\n" % offsets[n]
    trailer = {"Size": new_size, "Root": root, "Info": info, "Prev": prev_startxref}
    if file_id:
        trailer["ID"] = [Str(file_id[0], hex=True), Str(file_id[1], hex=True)]
    out += b"trailer" + eol + ser.ser(trailer) + eol
    out += b"startxref" + eol + str(start).encode() + eol + b"%%EOF" + eol
    return bytes(out)
