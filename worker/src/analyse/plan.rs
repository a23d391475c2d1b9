//! Each document's migration plan: the crosswalk row for its kind and edition, then settled in
//! the agency's context (edition inferred for silent system documents, superseded copies retired).

use super::DocumentResult;
use super::crosswalk::{CLAUSES_2015, Row, tables};
use super::facts::DocFacts;
use super::kinds::{Action, DocKind, Edition};
use crate::read::Status;
use crate::report::Lang;

/// A per-document plan before agency context (what `inspect` shows).
#[derive(Debug, Clone, PartialEq)]
pub struct DocPlan {
    pub action: Action,
    pub target: Option<DocKind>,
    pub clauses_2015: Vec<String>,
    pub rationale_vi: String,
}

/// A document's plan in the agency's context, in the report language.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub action: Action,
    pub target: Option<DocKind>,
    pub clauses_2015: Vec<String>,
    pub rationale: String,
    /// The document could be read and counts as evidence.
    pub analysed: bool,
    /// Its kind and the kinds a combined document also is.
    pub kinds: Vec<DocKind>,
    /// The edition the plan was resolved with (the document's own, or the agency's for a silent
    /// system document).
    pub edition: Option<Edition>,
}

impl Planned {
    /// Kept as it is: it meets 2015 as written.
    pub fn aligned(&self) -> bool {
        self.analysed && self.action == Action::Keep
    }

    /// Still part of the system after migration (retired copies are not).
    pub fn live(&self) -> bool {
        self.analysed && self.action != Action::Retire
    }
}

/// System documents whose edition, when they name none, is taken to be the agency's: a silent
/// internal audit procedure in a 2015 set is a 2015 procedure. Quality objectives are not among
/// them: they are issued every year, and whether they meet 6.2 depends on the plan they state
/// (the crosswalk rows test it), not on the edition the agency's older procedures cite.
const INFER_EDITION: &[DocKind] = &[
    DocKind::QualityManual,
    DocKind::InternalAudit,
    DocKind::ManagementReview,
    DocKind::CustomerSatisfaction,
    DocKind::DocumentedInformation,
    DocKind::NonconformityCorrectiveAction,
    DocKind::RiskOpportunity,
    DocKind::ContextAnalysis,
];

fn ordered(mut clauses: Vec<String>) -> Vec<String> {
    clauses.sort_by_key(|c| {
        CLAUSES_2015
            .iter()
            .position(|x| x == c)
            .unwrap_or(usize::MAX)
    });
    clauses.dedup();
    clauses
}

fn rows(
    kind: DocKind,
    also: &[DocKind],
    edition: Option<Edition>,
    facts: &DocFacts,
) -> Vec<&'static Row> {
    std::iter::once(kind)
        .chain(also.iter().copied())
        .filter_map(|k| tables().row_for(k, edition, facts))
        .collect()
}

/// The plan from the crosswalk alone. A combined document takes its main kind's action and serves
/// the clauses of every kind it is; its rationale explains each part.
pub fn document_plan(
    kind: DocKind,
    also: &[DocKind],
    edition: Option<Edition>,
    facts: &DocFacts,
) -> DocPlan {
    let found = rows(kind, also, edition, facts);
    let Some(main) = found.first() else {
        return DocPlan {
            action: Action::Keep,
            target: None,
            clauses_2015: Vec::new(),
            rationale_vi: String::new(),
        };
    };
    DocPlan {
        action: main.action,
        target: main.target,
        clauses_2015: ordered(
            found
                .iter()
                .flat_map(|r| r.clauses_2015.iter().cloned())
                .collect(),
        ),
        rationale_vi: found
            .iter()
            .map(|r| r.rationale_vi.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The edition most of the agency's documents name (2015 on a tie), None when none names one.
pub fn agency_edition(documents: &[DocumentResult]) -> Option<Edition> {
    let (mut old, mut new) = (0usize, 0usize);
    for d in documents.iter().filter(|d| d.status == Status::Analysed) {
        match d.analysis.as_ref().and_then(|a| a.edition) {
            Some(Edition::E2008) => old += 1,
            Some(Edition::E2015) => new += 1,
            None => {}
        }
    }
    if new > 0 && new >= old {
        Some(Edition::E2015)
    } else if old > 0 {
        Some(Edition::E2008)
    } else {
        None
    }
}

/// Plans every document (same order as `documents`) in the agency's context.
pub fn agency_plans(documents: &[DocumentResult], lang: Lang) -> Vec<Planned> {
    let agency = agency_edition(documents);
    let mut plans: Vec<Planned> = documents
        .iter()
        .map(|d| {
            let analysed = d.status == Status::Analysed;
            let Some(a) = d.analysis.as_ref() else {
                return Planned {
                    action: Action::Keep,
                    target: None,
                    clauses_2015: Vec::new(),
                    rationale: String::new(),
                    analysed: false,
                    kinds: vec![DocKind::Other],
                    edition: None,
                };
            };
            let inferred = a.edition.is_none() && analysed && INFER_EDITION.contains(&a.kind);
            let edition = if inferred { agency } else { a.edition };
            let found = rows(a.kind, &a.also, edition, &a.facts);
            let mut rationale = found
                .iter()
                .map(|r| match lang {
                    Lang::Vi => r.rationale_vi.as_str(),
                    Lang::En => r.rationale_en.as_str(),
                })
                .collect::<Vec<_>>()
                .join(" ");
            if inferred && edition.is_some() {
                rationale.push_str(match lang {
                    Lang::Vi => " (Tài liệu không nêu phiên bản; lấy theo phiên bản của đa số tài liệu của cơ quan.)",
                    Lang::En => " (The document names no edition; the agency's prevailing edition was used.)",
                });
            }
            let main = found.first();
            Planned {
                action: main.map(|r| r.action).unwrap_or(Action::Keep),
                target: main.and_then(|r| r.target),
                clauses_2015: ordered(found.iter().flat_map(|r| r.clauses_2015.iter().cloned()).collect()),
                rationale,
                analysed,
                kinds: std::iter::once(a.kind).chain(a.also.iter().copied()).collect(),
                edition,
            }
        })
        .collect();
    // A document needing revision whose kind the agency already has in a kept (2015) version is
    // superseded: retire it rather than revise a second copy. This is also how a 2008 quality
    // manual is retired when a 2015 system model exists.
    let kept: Vec<(usize, DocKind)> = plans
        .iter()
        .enumerate()
        .filter(|(_, p)| p.aligned())
        .map(|(i, p)| (i, p.kinds[0]))
        .collect();
    for (i, plan) in plans.iter_mut().enumerate() {
        if plan.analysed
            && plan.action == Action::Revise
            && !is_record_like(plan.kinds[0])
            && let Some((j, _)) = kept.iter().find(|(j, k)| *j != i && *k == plan.kinds[0])
        {
            plan.action = Action::Retire;
            plan.target = None;
            plan.rationale = match lang {
                Lang::Vi => format!(
                    "Đã có phiên bản theo 2015 ({}); loại bỏ bản cũ này.",
                    documents[*j].path
                ),
                Lang::En => format!(
                    "A 2015 version already exists ({}); retire this old copy.",
                    documents[*j].path
                ),
            };
        }
    }
    plans
}

/// Records, forms and TTHC procedures are many per kind; supersession is for system documents.
fn is_record_like(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::Form
            | DocKind::RecordInternalAudit
            | DocKind::RecordManagementReview
            | DocKind::RecordCorrectiveAction
            | DocKind::RecordCustomerSatisfaction
            | DocKind::RecordOther
            | DocKind::Administrative
            | DocKind::Internal
            | DocKind::Other
            | DocKind::QualityObjectives
    )
}
