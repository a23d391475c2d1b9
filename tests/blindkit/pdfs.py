"""PDFs from DOCX through LibreOffice, with the same bytes on every run.

soffice stamps the wall-clock time, a random /ID and a /DocChecksum into every PDF; they are
pinned to values derived from the rest of the file, so that regenerating a blind set changes
nothing unless its documents change (on the same LibreOffice version).
"""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile


def pin_pdf(data):
    """The PDF with its dates, /ID and /DocChecksum pinned (same lengths, so the xref offsets
    stay right)."""
    data = re.sub(rb"/(CreationDate|ModDate)\(D:\d{14}", lambda mo: b"/" + mo.group(1) + b"(D:20250101000000",
                  data)
    spans = []
    mo = re.search(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", data)
    if mo:
        spans += [mo.span(1), mo.span(2)]
    mo = re.search(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", data)
    if mo:
        spans.append(mo.span(1))
    blank = bytearray(data)
    for a, b in spans:
        blank[a:b] = b"0" * (b - a)
    digest = hashlib.md5(bytes(blank)).hexdigest().upper().encode() * 2
    for a, b in spans:
        blank[a:b] = digest[:b - a]
    return bytes(blank)


def convert_to_pdfs(jobs, soffice):
    """jobs: (write, target) pairs, `write(path)` writing the DOCX to convert; all are converted
    in one soffice run with a private profile and UTC clock, and written pinned to `target`."""
    if not jobs:
        return
    tmp = tempfile.mkdtemp()
    try:
        srcs = []
        for n, (write, _) in enumerate(jobs):
            src = os.path.join(tmp, f"d{n:02d}.docx")
            write(src)
            srcs.append(src)
        env = dict(os.environ, TZ="UTC")
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp] + srcs, check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src, (_, target) in zip(srcs, jobs):
            with open(src[:-5] + ".pdf", "rb") as f:
                data = pin_pdf(f.read())
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
    finally:
        shutil.rmtree(tmp)
