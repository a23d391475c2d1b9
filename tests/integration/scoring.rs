//! Shared accuracy scorer for the labelled campaigns (samples, blind, blind2, held-out): the
//! expectations model, in-process reading and analysis, per-field tallies, the printed table,
//! the accuracy targets and the must-find / must-not finding checks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use worker::analyse::{analyse_document, assemble_report};
use worker::read::walk::{agency_dirs, walk_agency};
use worker::read::{Limits, read_bytes, sniff_format};
use worker::report::{AgencyInfo, DocumentEntry, Finding, Lang, Report};

/// A campaign's expectations file: the report year and one entry per agency folder.
#[derive(Debug, Deserialize)]
pub struct Expected {
    pub year: i32,
    pub agency: Vec<CampaignAgency>,
}

/// An agency of a file campaign: its report-level expectations and every document's labels
/// (required, so an agency cannot silently go unscored).
#[derive(Debug, Deserialize)]
pub struct CampaignAgency {
    #[serde(flatten)]
    pub agency: AgencyExp,
    pub document: Vec<ExpDoc>,
}

/// What the agency's report must say beyond its documents; shared by the file campaigns and the
/// held-out fixtures' `agency.toml`.
#[derive(Debug, Deserialize)]
pub struct AgencyExp {
    pub id: String,
    pub name: String,
    pub level: String,
    #[serde(default)]
    pub clauses: BTreeMap<String, String>,
    #[serde(default)]
    pub must_find: Vec<Pattern>,
    #[serde(default)]
    pub must_not: Vec<Pattern>,
}

impl AgencyExp {
    pub fn info(&self) -> AgencyInfo {
        AgencyInfo {
            id: self.id.clone(),
            name: self.name.clone(),
            level: self.level.clone(),
        }
    }
}

/// A finding pattern: every given field must match.
#[derive(Debug, Deserialize)]
pub struct Pattern {
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

/// One document's labels in a campaign's expectations file (`None` means the field must be null).
#[derive(Debug, Deserialize)]
pub struct ExpDoc {
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

impl ExpDoc {
    fn label(&self, field: &str) -> Option<&str> {
        match field {
            "kind" => self.kind.as_deref(),
            "code" => self.code.as_deref(),
            "revision" => self.revision.as_deref(),
            "issued" => self.issued.as_deref(),
            "edition" => self.edition.as_deref(),
            "action" => self.action.as_deref(),
            "target" => self.target.as_deref(),
            other => panic!("no document label {other}"),
        }
    }
}

/// Right/total per field, the mismatches to print and the failed finding expectations.
#[derive(Default)]
pub struct Score {
    fields: BTreeMap<&'static str, (usize, usize)>,
    mismatches: Vec<String>,
    findings: Vec<String>,
}

impl Score {
    pub fn check(
        &mut self,
        field: &'static str,
        ctx: &str,
        expected: Option<&str>,
        got: Option<&str>,
    ) {
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

    /// Scores the recognised fields of one analysed document against its labels.
    pub fn document<'a>(
        &mut self,
        ctx: &str,
        label: impl Fn(&str) -> Option<&'a str>,
        got: &DocumentEntry,
    ) {
        let edition = got
            .edition
            .map(|e| serde_json::to_value(e).expect("edition serialises"));
        let edition = edition.as_ref().and_then(|e| e.as_str());
        self.check("kind", ctx, label("kind"), Some(got.kind.id()));
        self.check("code", ctx, label("code"), got.code.as_deref());
        self.check("revision", ctx, label("revision"), got.revision.as_deref());
        self.check("issued", ctx, label("issued"), got.issued.as_deref());
        self.check("edition", ctx, label("edition"), edition);
        self.check("action", ctx, label("action"), Some(got.action.id()));
        self.check("target", ctx, label("target"), got.target.map(|t| t.id()));
    }

    /// Scores the clause statuses and records the must-find / must-not findings that failed.
    pub fn agency(&mut self, exp: &AgencyExp, report: &Report) {
        let agency = &exp.id;
        for (clause, status) in &exp.clauses {
            let got = report
                .clauses
                .iter()
                .find(|c| &c.clause == clause)
                .map(|c| c.status.id());
            let ctx = format!("{agency} clause {clause}");
            self.check("clause", &ctx, Some(status), got);
        }
        for want in &exp.must_find {
            if !report.findings.iter().any(|f| want.matches(f)) {
                self.findings
                    .push(format!("{agency}: missing finding {want:?}"));
            }
        }
        for not in &exp.must_not {
            for f in report.findings.iter().filter(|f| not.matches(f)) {
                let (id, clause, severity) = (&f.id, &f.clause, f.severity.id());
                self.findings.push(format!(
                    "{agency}: forbidden finding {id} ({clause}, {severity})"
                ));
            }
        }
    }

    /// Prints the accuracy table and mismatches, then asserts the targets; `kind_fields` names
    /// the tallies that make up kind accuracy (the file campaigns also count the read status).
    pub fn assert_targets(&self, kind_fields: &[&str]) {
        println!("{:<10} {:>6} {:>6} {:>7}", "field", "right", "total", "%");
        for (field, (right, total)) in &self.fields {
            let pct = 100.0 * *right as f64 / (*total).max(1) as f64;
            println!("{field:<10} {right:>6} {total:>6} {pct:>6.1}%");
        }
        for m in self.mismatches.iter().chain(self.findings.iter()) {
            println!("MISMATCH {m}");
        }
        let kind = self.ratio(kind_fields);
        let metadata = self.ratio(&["code", "revision", "issued", "edition"]);
        let action = self.ratio(&["action", "target"]);
        let clause = self.ratio(&["clause"]);
        println!("kind {kind:.3} metadata {metadata:.3} action {action:.3} clause {clause:.3}");
        assert!(kind >= 0.97, "kind accuracy {kind:.3} < 0.97");
        assert!(metadata >= 0.95, "metadata accuracy {metadata:.3} < 0.95");
        assert!(action >= 0.95, "action accuracy {action:.3} < 0.95");
        assert!(clause >= 0.90, "clause status accuracy {clause:.3} < 0.90");
        let findings = &self.findings;
        assert!(
            findings.is_empty(),
            "finding expectations failed: {findings:#?}"
        );
    }
}

/// The workspace root, which campaign and expectation paths are relative to.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Reads and analyses every document of a file campaign (`campaign`, one folder per agency) with
/// the real readers and scores it against `expectations`; both paths are relative to the root.
pub fn score_campaign(campaign: &str, expectations: &str) -> Score {
    let root = root();
    let text = std::fs::read_to_string(root.join(expectations))
        .unwrap_or_else(|e| panic!("read {expectations}: {e}"));
    let expected: Expected =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{expectations} parses: {e}"));
    let agencies = agency_dirs(&root.join(campaign))
        .unwrap_or_else(|e| panic!("list agencies of {campaign}: {e}"));
    assert_eq!(
        agencies.len(),
        expected.agency.len(),
        "every agency of {campaign} has expectations"
    );
    let mut score = Score::default();
    for exp in &expected.agency {
        let (_, dir) = agencies
            .iter()
            .find(|(id, _)| *id == exp.agency.id)
            .unwrap_or_else(|| panic!("agency {} missing from {campaign}/", exp.agency.id));
        let report = analyse_agency(dir, &exp.agency, expected.year);
        compare(&report, exp, &mut score);
    }
    score
}

fn analyse_agency(dir: &Path, exp: &AgencyExp, year: i32) -> Report {
    let limits = Limits::default();
    let files = walk_agency(dir).unwrap_or_else(|e| panic!("walk agency {}: {e}", dir.display()));
    let documents = files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(&f.abs_path)
                .unwrap_or_else(|e| panic!("read {}: {e}", f.abs_path.display()));
            let format = sniff_format(&f.rel_path, &bytes);
            let read = read_bytes(&f.rel_path, &bytes, &limits).map(|(_, doc)| doc);
            analyse_document(&f.rel_path, format, read)
        })
        .collect();
    let tthc = std::fs::read(dir.join("tthc.csv")).ok();
    assemble_report(exp.info(), documents, tthc.as_deref(), year, Lang::Vi)
}

fn compare(report: &Report, exp: &CampaignAgency, score: &mut Score) {
    let agency = &exp.agency.id;
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
        score.document(&ctx, |field| d.label(field), got);
    }
    score.agency(&exp.agency, report);
}
