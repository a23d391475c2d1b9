"""Writing a blind campaign and its labels, for the make.py scripts that build their own DOCX."""
import os
import shutil
import unicodedata

from pdfs import convert_to_pdfs
from wordml import inline, toml_str


# Kind ids the labels use often.
NCCA = "procedure.nonconformity_corrective_action"
DOCINFO = "procedure.documented_information"
RISK = "procedure.risk_opportunity"


def lab(kind, action, code=None, revision=None, issued=None, edition=None, target=None):
    return dict(status="analysed", kind=kind, action=action, code=code, revision=revision,
                issued=issued, edition=edition, target=target)


def not_read(status):
    return dict(status=status)


def csv_field(value):
    return f'"{value}"' if "," in value or '"' in value else value


def write_labelled_campaign(here, campaign_toml, comments, year, builders, write_docx):
    """Writes `here/campaign/` and `here/expected.toml`.

    `builders` each return (agency, docs, tthc); docs are (path, payload, label). A bytes payload
    is written as it is; any other goes through `write_docx(target, path, payload, final)`, with
    `final` true when the DOCX is only the source of a PDF. PDFs go through LibreOffice when it
    is installed; without it the document stays DOCX and its label follows the path. `comments`
    head the labels file.
    """
    out = os.path.join(here, "campaign")
    soffice = shutil.which("soffice")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    with open(os.path.join(out, "campaign.toml"), "w", encoding="utf-8") as f:
        f.write(campaign_toml)
    labels = list(comments) + [f"year = {year}", ""]
    for build in builders:
        agency, docs, tthc = build()
        root = os.path.join(out, agency["id"])
        os.makedirs(root)
        with open(os.path.join(root, "agency.toml"), "w", encoding="utf-8") as f:
            f.write(f'name = {toml_str(agency["name"])}\nlevel = "{agency["level"]}"\n')
        with open(os.path.join(root, "tthc.csv"), "w", encoding="utf-8", newline="\n") as f:
            f.write("code,name,field\n")
            for code, name, field in tthc:
                f.write(f'{code},"{name}",{csv_field(field)}\n')
        jobs, written = [], []
        for path, payload, label in docs:
            path = unicodedata.normalize("NFC", path)
            target = os.path.join(root, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if isinstance(payload, bytes):
                with open(target, "wb") as f:
                    f.write(payload)
            elif path.endswith(".pdf") and soffice:
                jobs.append((lambda src, path=path, payload=payload: write_docx(src, path, payload, True),
                             target))
            else:
                if path.endswith(".pdf"):
                    path, target = path[:-4] + ".docx", target[:-4] + ".docx"
                write_docx(target, path, payload, False)
            written.append((path, label))
        convert_to_pdfs(jobs, soffice)
        labels += ["[[agency]]", f'id = {toml_str(agency["id"])}', f'name = {toml_str(agency["name"])}',
                   f'level = "{agency["level"]}"',
                   "clauses = " + inline(agency["clauses"]),
                   "must_find = [" + ", ".join(inline(x) for x in agency["must_find"]) + "]",
                   "must_not = [" + ", ".join(inline(x) for x in agency["must_not"]) + "]", ""]
        for path, lb in written:
            labels += ["[[agency.document]]", f"path = {toml_str(path)}", f'status = "{lb["status"]}"']
            for key in ("kind", "code", "revision", "issued", "edition", "action", "target"):
                if lb.get(key) is not None:
                    labels.append(f"{key} = {toml_str(lb[key])}")
            labels.append("")
    with open(os.path.join(here, "expected.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels))
