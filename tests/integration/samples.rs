//! Accuracy on the sample campaign: every document of `samples/` is read and analysed in-process
//! and compared with `tests/expected/samples.toml` (written from the documents' content).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use worker::analyse::{analyse_document, assemble_report};
use worker::read::walk::{agency_dirs, walk_agency};
use worker::read::{Limits, read_bytes, sniff_format};
use worker::report::{AgencyInfo, Lang, Report};

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
    must_find: Vec<ExpFinding>,
    #[serde(default)]
    must_not: Vec<ExpFinding>,
    document: Vec<ExpDoc>,
}

/// A finding pattern: every given field must match.
#[derive(Debug, Deserialize)]
struct ExpFinding {
    id: Option<String>,
    clause: Option<String>,
    severity: Option<String>,
}

impl ExpFinding {
    fn matches(&self, f: &worker::report::Finding) -> bool {
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

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn analyse_agency(dir: &Path, exp: &ExpAgency, year: i32) -> Report {
    let limits = Limits::default();
    let files = walk_agency(dir).expect("walk sample agency");
    let documents = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(&f.abs_path).expect("read sample file");
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
    let on_disk: Vec<&str> = report.documents.iter().map(|d| d.path.as_str()).collect();
    for path in &on_disk {
        if !exp.document.iter().any(|d| d.path == *path) {
            score
                .mismatches
                .push(format!("{agency}/{path}: in the report but not expected"));
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
        score.check(
            "revision",
            &ctx,
            d.revision.as_deref(),
            got.revision.as_deref(),
        );
        score.check("issued", &ctx, d.issued.as_deref(), got.issued.as_deref());
        score.check(
            "edition",
            &ctx,
            d.edition.as_deref(),
            edition.as_ref().and_then(|e| e.as_str()),
        );
        score.check("action", &ctx, d.action.as_deref(), Some(got.action.id()));
        score.check(
            "target",
            &ctx,
            d.target.as_deref(),
            got.target.map(|t| t.id()),
        );
    }
    for (clause, status) in &exp.clauses {
        let got = report
            .clauses
            .iter()
            .find(|c| &c.clause == clause)
            .map(|c| c.status.id());
        score.check(
            "clause",
            &format!("{agency} clause {clause}"),
            Some(status),
            got,
        );
    }
    for want in &exp.must_find {
        if !report.findings.iter().any(|f| want.matches(f)) {
            findings.push(format!("{agency}: missing finding {want:?}"));
        }
    }
    for not in &exp.must_not {
        for f in report.findings.iter().filter(|f| not.matches(f)) {
            findings.push(format!(
                "{agency}: forbidden finding {} ({}, {})",
                f.id,
                f.clause,
                f.severity.id()
            ));
        }
    }
}

#[test]
fn sample_campaign_meets_accuracy_targets() {
    let root = root();
    let text =
        std::fs::read_to_string(root.join("tests/expected/samples.toml")).expect("expectations");
    let expected: Expected = toml::from_str(&text).expect("expectations parse");
    let agencies = agency_dirs(&root.join("samples")).expect("list sample agencies");
    assert_eq!(
        agencies.len(),
        expected.agency.len(),
        "every sample agency has expectations"
    );
    let mut score = Score::default();
    let mut findings = Vec::new();
    for exp in &expected.agency {
        let (_, dir) = agencies
            .iter()
            .find(|(id, _)| *id == exp.id)
            .unwrap_or_else(|| panic!("agency {} missing from samples/", exp.id));
        let report = analyse_agency(dir, exp, expected.year);
        compare(&report, exp, &mut score, &mut findings);
    }
    println!("{:<10} {:>6} {:>6} {:>7}", "field", "right", "total", "%");
    for (field, (right, total)) in &score.fields {
        println!(
            "{field:<10} {right:>6} {total:>6} {:>6.1}%",
            100.0 * *right as f64 / (*total).max(1) as f64
        );
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
