//! The executable 2008 → 2015 crosswalk (`data/crosswalk.toml`) and the clause table
//! (`data/clauses.toml`), parsed once and validated against the correlation matrix.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde::Deserialize;

use super::facts::DocFacts;
use super::kinds::{Action, DocKind, Edition};

/// The 2015 clauses at the second level, in report order (contract §3).
pub const CLAUSES_2015: &[&str] = &[
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "7.1", "7.2", "7.3",
    "7.4", "7.5", "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "9.1", "9.2", "9.3", "10.1",
    "10.2", "10.3",
];

const CROSSWALK_TOML: &str = include_str!("../../data/crosswalk.toml");
const CLAUSES_TOML: &str = include_str!("../../data/clauses.toml");
/// The ISO/TC 176 correlation (N1293/N1224 rows) the crosswalk is checked against.
pub const CORRELATION_CSV: &str = include_str!("../../data/correlation_2008_2015.csv");

/// Why the embedded tables are unusable; only a unit test should ever see this.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("parse {file}: {source}")]
    Parse {
        file: &'static str,
        source: toml::de::Error,
    },
    #[error("{0}")]
    Invalid(String),
}

/// Which edition a crosswalk row applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RowEdition {
    #[serde(rename = "2008")]
    E2008,
    #[serde(rename = "2015")]
    E2015,
    None,
    Any,
}

/// A fact about the document a crosswalk row depends on (6.2 needs plans, not just objectives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Plans to achieve the objectives are stated with at least three of who, when, resources
    /// and how results are evaluated (6.2.2).
    ObjectivePlan,
    /// Internal and external issues are analysed (4.1).
    ContextIssues,
    /// Interested parties and their requirements are analysed (4.2).
    InterestedParties,
    /// Risks or opportunities are named (a risk list, a SWOT): a context analysis without them
    /// is only an input to 6.1.
    RisksOpportunities,
}

/// A system document covers 4.1/4.2 only with a context section that says something: a heading
/// and one line ("issues are identified and monitored") do not determine any issue.
const MIN_CONTEXT_LINES: u16 = 3;

impl Condition {
    /// True when the document's facts meet the condition.
    pub fn holds(self, facts: &DocFacts) -> bool {
        match self {
            Condition::ObjectivePlan => facts.plan.stated && facts.plan.elements() >= 3,
            Condition::ContextIssues => {
                facts.context_issues && facts.context_lines >= MIN_CONTEXT_LINES
            }
            Condition::InterestedParties => {
                facts.interested_parties && facts.context_lines >= MIN_CONTEXT_LINES
            }
            Condition::RisksOpportunities => facts.risks_opportunities,
        }
    }
}

#[derive(Debug, Deserialize)]
struct RawRow {
    kind: String,
    edition: RowEdition,
    #[serde(default)]
    requires: Vec<Condition>,
    action: Action,
    #[serde(default)]
    target: Option<String>,
    clauses_2015: Vec<String>,
    source_2008: Vec<String>,
    #[serde(default)]
    new_2015: Vec<String>,
    rationale_vi: String,
    rationale_en: String,
}

#[derive(Debug, Deserialize)]
struct RawCrosswalk {
    row: Vec<RawRow>,
}

/// One migration rule: kind × edition → action.
#[derive(Debug, Clone)]
pub struct Row {
    pub kind: DocKind,
    pub edition: RowEdition,
    /// Facts the document must show for the row to apply.
    pub requires: Vec<Condition>,
    pub action: Action,
    pub target: Option<DocKind>,
    pub clauses_2015: Vec<String>,
    pub source_2008: Vec<String>,
    pub rationale_vi: String,
    pub rationale_en: String,
}

/// A kind that supports a clause only when the document shows a fact.
#[derive(Debug, Deserialize)]
struct RawIf {
    kind: String,
    requires: Condition,
}

#[derive(Debug, Deserialize)]
struct RawClause {
    clause: String,
    title_vi: String,
    title_en: String,
    full: Vec<String>,
    partial: Vec<String>,
    #[serde(default)]
    full_if: Vec<RawIf>,
    #[serde(default)]
    partial_if: Vec<RawIf>,
    note_vi: String,
    note_en: String,
}

#[derive(Debug, Deserialize)]
struct RawClauses {
    clause: Vec<RawClause>,
}

/// How documents support one 2015 clause.
#[derive(Debug, Clone)]
pub struct ClauseRule {
    pub clause: String,
    pub title_vi: String,
    pub title_en: String,
    pub full: Vec<DocKind>,
    pub partial: Vec<DocKind>,
    /// Kinds that meet the clause only when kept and showing the fact (never partial otherwise).
    pub full_if: Vec<(DocKind, Condition)>,
    /// Kinds that support the clause in part only when showing the fact (nothing otherwise).
    pub partial_if: Vec<(DocKind, Condition)>,
    pub note_vi: String,
    pub note_en: String,
}

/// Both tables, validated.
#[derive(Debug)]
pub struct Tables {
    pub rows: Vec<Row>,
    pub clauses: Vec<ClauseRule>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| match load() {
    Ok(t) => t,
    // The tables are compiled in and validated by `tables_are_valid`; a failure here is a
    // build defect, never an input problem.
    Err(e) => panic!("embedded crosswalk tables are invalid: {e}"),
});

/// The validated tables, parsed on first use.
pub fn tables() -> &'static Tables {
    &TABLES
}

fn kind(id: &str, what: &str) -> Result<DocKind, TableError> {
    DocKind::from_id(id)
        .ok_or_else(|| TableError::Invalid(format!("{what}: unknown kind id {id:?}")))
}

fn second_level(clause: &str) -> String {
    clause.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// Parses and validates the tables: kind ids exist, clauses are second-level 2015 clauses, every
/// clause of a row is reachable in the correlation from one of its 2008 sources (or declared new),
/// every kind resolves for every edition, and the clause table lists every clause once, in order.
pub fn load() -> Result<Tables, TableError> {
    let raw: RawCrosswalk = toml::from_str(CROSSWALK_TOML).map_err(|source| TableError::Parse {
        file: "crosswalk.toml",
        source,
    })?;
    let correlation = correlation_pairs();
    let sources_2008: BTreeSet<&str> = correlation.iter().map(|(a, _)| a.as_str()).collect();
    let mut rows = Vec::with_capacity(raw.row.len());
    for r in raw.row {
        let k = kind(&r.kind, "crosswalk")?;
        let target = r
            .target
            .as_deref()
            .map(|t| kind(t, "crosswalk target"))
            .transpose()?;
        if matches!(r.action, Action::Merge | Action::Replace) != target.is_some() {
            return Err(TableError::Invalid(format!(
                "{}: a target is required exactly for merge and replace",
                r.kind
            )));
        }
        for c in r.clauses_2015.iter().chain(&r.new_2015) {
            if !CLAUSES_2015.contains(&c.as_str()) {
                return Err(TableError::Invalid(format!(
                    "{}: unknown 2015 clause {c}",
                    r.kind
                )));
            }
        }
        for s in &r.source_2008 {
            if !sources_2008.contains(s.as_str()) {
                return Err(TableError::Invalid(format!(
                    "{}: 2008 clause {s} not in the correlation",
                    r.kind
                )));
            }
        }
        for c in &r.clauses_2015 {
            let reachable = r.new_2015.contains(c)
                || correlation
                    .iter()
                    .any(|(a, b)| r.source_2008.contains(a) && second_level(b) == *c);
            if !reachable {
                return Err(TableError::Invalid(format!(
                    "{}: clause {c} is not reachable from {:?} in the correlation",
                    r.kind, r.source_2008
                )));
            }
        }
        rows.push(Row {
            kind: k,
            edition: r.edition,
            requires: r.requires,
            action: r.action,
            target,
            clauses_2015: r.clauses_2015,
            source_2008: r.source_2008,
            rationale_vi: r.rationale_vi,
            rationale_en: r.rationale_en,
        });
    }
    let raw: RawClauses = toml::from_str(CLAUSES_TOML).map_err(|source| TableError::Parse {
        file: "clauses.toml",
        source,
    })?;
    let mut clauses = Vec::with_capacity(raw.clause.len());
    for c in raw.clause {
        let full = c
            .full
            .iter()
            .map(|k| kind(k, &c.clause))
            .collect::<Result<Vec<_>, _>>()?;
        let partial = c
            .partial
            .iter()
            .map(|k| kind(k, &c.clause))
            .collect::<Result<Vec<_>, _>>()?;
        let conditional = |raw: &[RawIf]| {
            raw.iter()
                .map(|f| Ok((kind(&f.kind, &c.clause)?, f.requires)))
                .collect::<Result<Vec<_>, TableError>>()
        };
        let full_if = conditional(&c.full_if)?;
        let partial_if = conditional(&c.partial_if)?;
        clauses.push(ClauseRule {
            clause: c.clause,
            title_vi: c.title_vi,
            title_en: c.title_en,
            full,
            partial,
            full_if,
            partial_if,
            note_vi: c.note_vi,
            note_en: c.note_en,
        });
    }
    let listed: Vec<&str> = clauses.iter().map(|c| c.clause.as_str()).collect();
    if listed != CLAUSES_2015 {
        return Err(TableError::Invalid(format!(
            "clauses.toml lists {listed:?}"
        )));
    }
    let tables = Tables { rows, clauses };
    for k in DocKind::ALL {
        for e in [Some(Edition::E2008), Some(Edition::E2015), None] {
            if tables.row(*k, e).is_none() {
                return Err(TableError::Invalid(format!(
                    "no crosswalk row for {} / {e:?}",
                    k.id()
                )));
            }
        }
    }
    Ok(tables)
}

/// (2008 clause, 2015 clause) pairs of the correlation CSV (first two / third column).
pub fn correlation_pairs() -> Vec<(String, String)> {
    CORRELATION_CSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells = split_csv_line(line);
            Some((cells.first()?.clone(), cells.get(2)?.clone()))
        })
        .collect()
}

/// Minimal RFC 4180 split of one line (quotes, doubled quotes), enough for the correlation file.
fn split_csv_line(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                if let Some(last) = cells.last_mut() {
                    last.push('"');
                }
            }
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            _ => {
                if let Some(last) = cells.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    cells
}

impl Tables {
    /// The row for a kind and edition of a document that shows no particular fact.
    pub fn row(&self, kind: DocKind, edition: Option<Edition>) -> Option<&Row> {
        self.row_for(kind, edition, &DocFacts::default())
    }

    /// The row for a kind, edition and the document's facts: the exact edition first (or
    /// "none"), then "any"; within each, the first row whose conditions all hold.
    pub fn row_for(
        &self,
        kind: DocKind,
        edition: Option<Edition>,
        facts: &DocFacts,
    ) -> Option<&Row> {
        let wanted = match edition {
            Some(Edition::E2008) => RowEdition::E2008,
            Some(Edition::E2015) => RowEdition::E2015,
            None => RowEdition::None,
        };
        let fits = |r: &&Row, e: RowEdition| {
            r.kind == kind && r.edition == e && r.requires.iter().all(|c| c.holds(facts))
        };
        self.rows
            .iter()
            .find(|r| fits(r, wanted))
            .or_else(|| self.rows.iter().find(|r| fits(r, RowEdition::Any)))
    }

    /// The clause rule for a clause number.
    pub fn clause(&self, clause: &str) -> Option<&ClauseRule> {
        self.clauses.iter().find(|c| c.clause == clause)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_valid() {
        let t = load().unwrap_or_else(|e| panic!("{e}"));
        assert!(t.rows.len() >= 30);
        assert_eq!(t.clauses.len(), 28);
    }

    #[test]
    fn contract_examples_resolve() {
        let t = tables();
        let pa = t
            .row(DocKind::PreventiveAction, Some(Edition::E2008))
            .unwrap();
        assert_eq!(
            (pa.action, pa.target),
            (Action::Replace, Some(DocKind::RiskOpportunity))
        );
        assert_eq!(pa.clauses_2015, ["6.1"]);
        for k in [DocKind::DocumentControl, DocKind::RecordControl] {
            let r = t.row(k, None).unwrap();
            assert_eq!(
                (r.action, r.target),
                (Action::Merge, Some(DocKind::DocumentedInformation))
            );
            assert_eq!(r.clauses_2015, ["7.5"]);
        }
        for k in [DocKind::NonconformingProduct, DocKind::CorrectiveAction] {
            let r = t.row(k, Some(Edition::E2008)).unwrap();
            assert_eq!(r.target, Some(DocKind::NonconformityCorrectiveAction));
            assert_eq!(r.clauses_2015, ["8.7", "10.2"]);
        }
        assert_eq!(
            t.row(DocKind::QualityManual, Some(Edition::E2008))
                .unwrap()
                .action,
            Action::Revise
        );
        assert_eq!(
            t.row(DocKind::InternalAudit, Some(Edition::E2008))
                .unwrap()
                .action,
            Action::Revise
        );
        assert_eq!(
            t.row(DocKind::InternalAudit, Some(Edition::E2015))
                .unwrap()
                .action,
            Action::Keep
        );
        assert_eq!(
            t.row(DocKind::Administrative, Some(Edition::E2008))
                .unwrap()
                .action,
            Action::Revise
        );
        assert_eq!(
            t.row(DocKind::Administrative, Some(Edition::E2015))
                .unwrap()
                .action,
            Action::Keep
        );
        assert_eq!(
            t.row(DocKind::Form, Some(Edition::E2008)).unwrap().action,
            Action::Keep
        );
        // Objectives need plans (6.2.2) whatever the edition; with plans, 2015 ones are kept.
        let mut facts = DocFacts::default();
        let objectives =
            |f: &DocFacts, e| t.row_for(DocKind::QualityObjectives, e, f).unwrap().action;
        assert_eq!(objectives(&facts, Some(Edition::E2015)), Action::Revise);
        facts.plan.stated = true;
        facts.plan.who = true;
        facts.plan.when = true;
        facts.plan.evaluation = true;
        assert_eq!(objectives(&facts, Some(Edition::E2015)), Action::Keep);
        assert_eq!(objectives(&facts, Some(Edition::E2008)), Action::Revise);
    }

    #[test]
    fn a_clause_outside_the_correlation_is_rejected() {
        let pairs = correlation_pairs();
        assert!(pairs.iter().any(|(a, b)| a == "8.5.3" && b == "6.1"));
        assert!(
            !pairs
                .iter()
                .any(|(a, b)| a == "8.5.3" && second_level(b) == "9.2")
        );
    }
}
