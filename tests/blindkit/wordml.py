"""WordprocessingML writing shared by the blind-campaign generators (tests/blind2, tests/blind3).

Only the package plumbing is shared: each generator writes its own documents, templates and
labels, which is what makes the campaigns independent of each other and of the analysis.
Zip entries carry a fixed date so that regenerating gives the same DOCX bytes.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')

FIXED_DATE = (2025, 1, 1, 0, 0, 0)


def r(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = ("<w:rPr>" + ("<w:b/>" if bold else "") +
               (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "") + "</w:rPr>")
    out = []
    for i, part in enumerate(text.split("\n")):
        if i:
            out.append("<w:br/>")
        out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{rpr}{''.join(out)}</w:r>"


def p(text="", bold=False, center=False, size=None):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{r(text, bold, size) if text else ''}</w:p>"


def tc(paras, width):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'{"".join(paras) or "<w:p/>"}</w:tc>')


def tbl(rows, widths=None):
    n = max(len(row) for row in rows)
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    body = []
    for row in rows:
        cells = []
        for i, c in enumerate(row):
            paras = c if isinstance(c, list) else [p(line) for line in c.split("\n")] if c else []
            cells.append(tc(paras, widths[i]))
        body.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            f'<w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f'{"".join(body)}</w:tbl>')


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""


def write_docx(path, body, header=(), footer=()):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
           f'{"".join(body)}<w:sectPr><w:headerReference w:type="default" r:id="rId7"/>'
           '<w:footerReference w:type="default" r:id="rId8"/>'
           '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
           'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>')
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{"".join(header) or "<w:p/>"}</w:hdr>'
    ftr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{"".join(footer) or "<w:p/>"}</w:ftr>'
    os.makedirs(os.path.dirname(path), exist_ok=True)
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/header1.xml", hdr),
        ("word/footer1.xml", ftr),
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def inline(d):
    return "{ " + ", ".join(f"{toml_str(k)} = {toml_str(v)}" for k, v in d.items()) + " }"


def write_campaign(here, set_name, campaign_name, year, province, builders):
    """Writes `here/campaign/` (documents, agency.toml, tthc.csv; PDFs through soffice when it
    is installed) and `here/expected.toml` from the labels each builder wrote by hand."""
    out = os.path.join(here, "campaign")
    soffice = shutil.which("soffice")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    with open(os.path.join(out, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(f'name = {toml_str(campaign_name)}\nyear = {year}\nprovince = {toml_str(province)}\n')
    labels = [f"# Hand-written labels for tests/{set_name}/campaign/ (made by tests/{set_name}/make.py), written",
              "# from each document's content before the analysis was run. Absent field = null.",
              f"year = {year}", ""]
    for build in builders:
        agency, docs, tthc = build()
        root = os.path.join(out, agency["id"])
        os.makedirs(root)
        with open(os.path.join(root, "agency.toml"), "w", encoding="utf-8") as f:
            f.write(f'name = {toml_str(agency["name"])}\nlevel = "{agency["level"]}"\n')
        if tthc:
            with open(os.path.join(root, "tthc.csv"), "w", encoding="utf-8") as f:
                f.write("code,name,field\n")
                for code, name, field in tthc:
                    f.write(f'{code},"{name}",{field}\n')
        pdfs = []
        for path, parts, _ in docs:
            target = os.path.join(root, path)
            if path.endswith(".pdf") and soffice:
                tmp = tempfile.mkdtemp()
                src = os.path.join(tmp, os.path.basename(path)[:-4] + ".docx")
                write_docx(src, parts["body"], parts.get("header", ()), parts.get("footer", ()))
                pdfs.append((src, target, tmp))
            else:
                if path.endswith(".pdf"):
                    target = target[:-4] + ".docx"
                write_docx(target, parts["body"], parts.get("header", ()), parts.get("footer", ()))
        for src, target, tmp in pdfs:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.move(src[:-5] + ".pdf", target)
            shutil.rmtree(tmp)
        labels += ["[[agency]]", f'id = {toml_str(agency["id"])}', f'name = {toml_str(agency["name"])}',
                   f'level = "{agency["level"]}"',
                   "clauses = " + inline(agency["clauses"]),
                   "must_find = [" + ", ".join(inline(x) for x in agency["must_find"]) + "]",
                   "must_not = [" + ", ".join(inline(x) for x in agency["must_not"]) + "]", ""]
        for path, _, lb in docs:
            if path.endswith(".pdf") and not soffice:
                path = path[:-4] + ".docx"
            labels += ["[[agency.document]]", f"path = {toml_str(path)}", 'status = "analysed"']
            for key in ("kind", "code", "revision", "issued", "edition", "action", "target"):
                if lb[key] is not None:
                    labels.append(f"{key} = {toml_str(lb[key])}")
            labels.append("")
    with open(os.path.join(here, "expected.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels))
