//! `gen-samples`: writes the sample campaign (`samples/`) and its expected outcomes
//! (`tests/expected/samples.toml`) reproducibly. See `tests/gen/README.md`.

mod agencies;
mod content;
mod entry;
mod layout;
mod legacy;
mod model;
mod pdf;
mod raw;
mod render;
mod sysdocs;
mod tthc_data;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use agencies::{Agency, Find};
use entry::Out;

const CAMPAIGN_TOML: &str = "name = \"Chuyển đổi HTQLCL sang TCVN ISO 9001:2015 - mẫu thử\"\nyear = 2025\nprovince = \"Bắc Kạn\"\n";

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let samples = PathBuf::from(args.next().unwrap_or_else(|| "samples".to_string()));
    let expected = match args.next() {
        Some(p) => PathBuf::from(p),
        None => samples
            .parent()
            .map(|p| p.join("tests/expected/samples.toml"))
            .unwrap_or_else(|| PathBuf::from("tests/expected/samples.toml")),
    };
    let agencies = vec![
        agencies::so_cong_thuong(),
        agencies::ubnd_xa()?,
        agencies::ubnd_phuong(),
        agencies::so_tu_phap(),
    ];
    let work = tempfile::tempdir()?;
    std::fs::create_dir_all(&samples)?;
    std::fs::write(samples.join("campaign.toml"), CAMPAIGN_TOML)?;
    let mut total = 0;
    for agency in &agencies {
        total += write_agency(&samples, agency, work.path())?;
    }
    if let Some(dir) = expected.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&expected, expected_toml(&agencies))?;
    println!(
        "wrote {total} files for {} agencies to {}; expectations in {}",
        agencies.len(),
        samples.display(),
        expected.display()
    );
    Ok(())
}

/// Writes one agency folder (replacing a previous run's) and returns the number of documents.
fn write_agency(samples: &Path, agency: &Agency, work: &Path) -> anyhow::Result<usize> {
    let dir = samples.join(agency.id);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    std::fs::write(
        dir.join("agency.toml"),
        format!("name = \"{}\"\nlevel = \"{}\"\n", agency.name, agency.level),
    )?;
    if let Some(csv) = &agency.tthc_csv {
        std::fs::write(dir.join("tthc.csv"), csv)?;
    }
    // DOCX first; documents that need LibreOffice are rendered to DOCX in `work` and converted
    // in one batch.
    let mut pending: Vec<(usize, PathBuf)> = Vec::new();
    let agency_work = work.join(agency.id);
    std::fs::create_dir_all(&agency_work)?;
    let mut outputs: Vec<Option<Vec<u8>>> = Vec::new();
    for (i, e) in agency.entries.iter().enumerate() {
        let bytes = match &e.out {
            Out::Docx(doc) => Some(render::render_docx(doc)?),
            Out::Corrupt(doc) => {
                let full = render::render_docx(doc)?;
                Some(full[..full.len() * 3 / 5].to_vec())
            }
            Out::Bytes(b) => Some(b.clone()),
            Out::Pdf(doc) | Out::Scan(doc) | Out::Jpeg(doc) => {
                let src = agency_work.join(format!("doc{i:03}.docx"));
                std::fs::write(&src, render::render_docx(doc)?)?;
                pending.push((i, src));
                None
            }
        };
        outputs.push(bytes);
    }
    let sources: Vec<PathBuf> = pending.iter().map(|(_, p)| p.clone()).collect();
    let pdfs = pdf::convert_all(&sources, &agency_work)?;
    for ((i, _), pdf_path) in pending.iter().zip(pdfs) {
        let bytes = match &agency.entries[*i].out {
            Out::Scan(_) => pdf::scan(&pdf_path, &agency_work)?,
            Out::Jpeg(_) => pdf::jpeg(&pdf_path, &agency_work)?,
            _ => std::fs::read(&pdf_path)?,
        };
        outputs[*i] = Some(bytes);
    }
    for (e, bytes) in agency.entries.iter().zip(outputs) {
        let bytes = bytes.ok_or_else(|| anyhow::anyhow!("no output for {}", e.path))?;
        let rel: String = if e.nfd_name {
            e.path.nfd().collect()
        } else {
            e.path.clone()
        };
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, bytes)?;
    }
    Ok(agency.entries.len())
}

fn q(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn find_toml(f: &Find) -> String {
    let mut parts = Vec::new();
    if let Some(id) = f.id {
        parts.push(format!("id = {}", q(id)));
    }
    if let Some(c) = f.clause {
        parts.push(format!("clause = {}", q(c)));
    }
    if let Some(s) = f.severity {
        parts.push(format!("severity = {}", q(s)));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// The expectations file: one `[[agency]]` table per agency with its documents.
fn expected_toml(agencies: &[Agency]) -> String {
    let mut out = String::from(
        "# Expected outcomes for the sample campaign in samples/, written by the generator\n\
         # (tests/gen) from what each document is, not from any classifier. Regenerate with\n\
         # `cargo run -j2 -p tests --bin gen-samples -- samples/`.\n\
         # A document field that is absent means the report must say null; for documents whose\n\
         # status is not \"analysed\" only the status is checked.\n\
         year = 2025\n",
    );
    for a in agencies {
        let _ = writeln!(
            out,
            "\n[[agency]]\nid = {}\nname = {}\nlevel = {}",
            q(a.id),
            q(a.name),
            q(a.level)
        );
        let clauses: Vec<String> = a
            .clauses
            .iter()
            .map(|(c, s)| format!("{} = {}", q(c), q(s)))
            .collect();
        let _ = writeln!(out, "clauses = {{ {} }}", clauses.join(", "));
        let finds: Vec<String> = a.must_find.iter().map(find_toml).collect();
        let _ = writeln!(out, "must_find = [{}]", finds.join(", "));
        let nots: Vec<String> = a.must_not.iter().map(find_toml).collect();
        let _ = writeln!(out, "must_not = [{}]", nots.join(", "));
        for e in &a.entries {
            let x = &e.exp;
            let _ = writeln!(
                out,
                "\n[[agency.document]]\npath = {}\nstatus = {}",
                q(&e.path),
                q(x.status)
            );
            if x.status != "analysed" {
                continue;
            }
            let _ = writeln!(out, "kind = {}", q(x.kind));
            for (k, val) in [
                ("code", &x.code),
                ("revision", &x.revision),
                ("issued", &x.issued),
            ] {
                if let Some(val) = val {
                    let _ = writeln!(out, "{k} = {}", q(val));
                }
            }
            if let Some(ed) = x.edition {
                let _ = writeln!(out, "edition = {}", q(ed));
            }
            let _ = writeln!(out, "action = {}", q(x.action));
            if let Some(t) = x.target {
                let _ = writeln!(out, "target = {}", q(t));
            }
        }
    }
    out
}
