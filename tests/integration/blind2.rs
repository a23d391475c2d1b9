//! Accuracy on the second blind campaign (`tests/blind2/campaign/`, made by `tests/blind2/make.py` with
//! three more unseen templates and labelled by hand in `tests/blind2/expected.toml`):
//! the real readers and analysis on DOCX/PDF files no rule was written from.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use worker::analyse::{analyse_document, assemble_report};
use worker::read::walk::{agency_dirs, walk_agency};
use worker::read::{Limits, read_bytes, sniff_format};
use worker::report::{AgencyInfo, Finding, Lang, Report};

#[derive(Debug, Deserialize)]
struct Expected {
    year: i32,
    agency: Vec<ExpAgency>,
}

#[derive(Debug, Deserialize)]
struct ExpAgency {
    id: String,
    name: String,
    level: String,
    #[serde(default)]
    clauses: BTreeMap<String, String>,
    #[serde(default)]
    must_find: Vec<Pattern>,
    #[serde(default)]
    must_not: Vec<Pattern>,
    document: Vec<ExpDoc>,
}

/// A finding pattern: every given field must match.
#[derive(Debug, Deserialize)]
struct Pattern {
    id: Option<String>,
    clause: Option<String>,
    severity: Option<String>,
}

impl Pattern {
    fn matches(&self, f: &Finding) -> bool {
        self.id.as_deref().is_none_or(|id| id == f.id)
            && self.clause.as_deref().is_none_or(|c| c == f.clause)
            && self
                .severity
                .as_deref()
                .is_none_or(|s| s == f.severity.id())
    }
}

#[derive(Debug, Deserialize)]
struct ExpDoc {
    path: String,
    status: String,
    kind: Option<String>,
    code: Option<String>,
    revision: Option<String>,
    issued: Option<String>,
    edition: Option<String>,
    action: Option<String>,
    target: Option<String>,
}

/// Right/total per field, and the mismatches to print.
#[derive(Default)]
struct Score {
    fields: BTreeMap<&'static str, (usize, usize)>,
    mismatches: Vec<String>,
}

impl Score {
    fn check(&mut self, field: &'static str, ctx: &str, expected: Option<&str>, got: Option<&str>) {
        let entry = self.fields.entry(field).or_default();
        entry.1 += 1;
        if expected == got {
            entry.0 += 1;
        } else {
            self.mismatches
                .push(format!("{ctx}: {field} expected {expected:?}, got {got:?}"));
        }
    }

    fn ratio(&self, fields: &[&str]) -> f64 {
        let (right, total) = fields
            .iter()
            .filter_map(|f| self.fields.get(f))
            .fold((0, 0), |(r, t), (a, b)| (r + a, t + b));
        if total == 0 {
            1.0
        } else {
            right as f64 / total as f64
        }
    }
}

fn blind2_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/blind2")
}

fn analyse_agency(dir: &Path, exp: &ExpAgency, year: i32) -> Report {
    let limits = Limits::default();
    let files = walk_agency(dir).expect("walk blind agency");
    let documents = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(&f.abs_path).expect("read blind file");
            let format = sniff_format(&f.rel_path, &bytes);
            let read = read_bytes(&f.rel_path, &bytes, &limits).map(|(_, doc)| doc);
            analyse_document(&f.rel_path, format, read)
        })
        .collect();
    let tthc = std::fs::read(dir.join("tthc.csv")).ok();
    let info = AgencyInfo {
        id: exp.id.clone(),
        name: exp.name.clone(),
        level: exp.level.clone(),
    };
    assemble_report(info, documents, tthc.as_deref(), year, Lang::Vi)
}

fn compare(report: &Report, exp: &ExpAgency, score: &mut Score, findings: &mut Vec<String>) {
    let agency = &exp.id;
    for got in &report.documents {
        if !exp.document.iter().any(|d| d.path == got.path) {
            score.mismatches.push(format!(
                "{agency}/{}: in the report but not expected",
                got.path
            ));
        }
    }
    for d in &exp.document {
        let ctx = format!("{agency}/{}", d.path);
        let Some(got) = report.documents.iter().find(|g| g.path == d.path) else {
            score.check("status", &ctx, Some(&d.status), None);
            continue;
        };
        let status = serde_json::to_value(got.status).expect("status serialises");
        score.check("status", &ctx, Some(&d.status), status.as_str());
        if d.status != "analysed" {
            continue;
        }
        let edition = got
            .edition
            .map(|e| serde_json::to_value(e).expect("edition serialises"));
        score.check("kind", &ctx, d.kind.as_deref(), Some(got.kind.id()));
        score.check("code", &ctx, d.code.as_deref(), got.code.as_deref());
        let revision = got.revision.as_deref();
        score.check("revision", &ctx, d.revision.as_deref(), revision);
        score.check("issued", &ctx, d.issued.as_deref(), got.issued.as_deref());
        let edition = edition.as_ref().and_then(|e| e.as_str());
        score.check("edition", &ctx, d.edition.as_deref(), edition);
        score.check("action", &ctx, d.action.as_deref(), Some(got.action.id()));
        let target = got.target.map(|t| t.id());
        score.check("target", &ctx, d.target.as_deref(), target);
    }
    for (clause, status) in &exp.clauses {
        let got = report
            .clauses
            .iter()
            .find(|c| &c.clause == clause)
            .map(|c| c.status.id());
        let ctx = format!("{agency} clause {clause}");
        score.check("clause", &ctx, Some(status), got);
    }
    for want in &exp.must_find {
        if !report.findings.iter().any(|f| want.matches(f)) {
            findings.push(format!("{agency}: missing finding {want:?}"));
        }
    }
    for not in &exp.must_not {
        for f in report.findings.iter().filter(|f| not.matches(f)) {
            let (id, clause, severity) = (&f.id, &f.clause, f.severity.id());
            findings.push(format!(
                "{agency}: forbidden finding {id} ({clause}, {severity})"
            ));
        }
    }
}

#[test]
fn blind2_campaign_meets_accuracy_targets() {
    let dir = blind2_dir();
    let text = std::fs::read_to_string(dir.join("expected.toml")).expect("blind labels");
    let expected: Expected = toml::from_str(&text).expect("blind labels parse");
    let agencies = agency_dirs(&dir.join("campaign")).expect("list blind agencies");
    assert_eq!(
        agencies.len(),
        expected.agency.len(),
        "every blind agency has labels"
    );
    let mut score = Score::default();
    let mut findings = Vec::new();
    for exp in &expected.agency {
        let (_, agency_dir) = agencies
            .iter()
            .find(|(id, _)| *id == exp.id)
            .unwrap_or_else(|| panic!("agency {} missing from tests/blind2/campaign/", exp.id));
        let report = analyse_agency(agency_dir, exp, expected.year);
        compare(&report, exp, &mut score, &mut findings);
    }
    println!("{:<10} {:>6} {:>6} {:>7}", "field", "right", "total", "%");
    for (field, (right, total)) in &score.fields {
        let pct = 100.0 * *right as f64 / (*total).max(1) as f64;
        println!("{field:<10} {right:>6} {total:>6} {pct:>6.1}%");
    }
    for m in score.mismatches.iter().chain(findings.iter()) {
        println!("MISMATCH {m}");
    }
    let kind = score.ratio(&["status", "kind"]);
    let metadata = score.ratio(&["code", "revision", "issued", "edition"]);
    let action = score.ratio(&["action", "target"]);
    let clause = score.ratio(&["clause"]);
    println!("kind {kind:.3} metadata {metadata:.3} action {action:.3} clause {clause:.3}");
    assert!(kind >= 0.97, "kind accuracy {kind:.3} < 0.97");
    assert!(metadata >= 0.95, "metadata accuracy {metadata:.3} < 0.95");
    assert!(action >= 0.95, "action accuracy {action:.3} < 0.95");
    assert!(clause >= 0.90, "clause status accuracy {clause:.3} < 0.90");
    assert!(
        findings.is_empty(),
        "finding expectations failed: {findings:#?}"
    );
}
