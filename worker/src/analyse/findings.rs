//! The agency-level rules: each looks at the documents' kinds, plans and facts and fires a
//! finding from the catalogue naming the documents involved.

use super::DocAnalysis;
use super::DocumentResult;
use super::catalogue::{self as cat, Rule};
use super::crosswalk::CLAUSES_2015;
use super::kinds::{Action, DocKind, Edition};
use super::plan::Planned;
use super::tthc::TthcAssessment;
use crate::read::Status;
use crate::report::{ClauseEntry, ClauseStatus, Finding, Lang, Severity};

struct Doc<'a> {
    result: &'a DocumentResult,
    analysis: &'a DocAnalysis,
    plan: &'a Planned,
}

impl Doc<'_> {
    fn is(&self, kind: DocKind) -> bool {
        self.plan.kinds.contains(&kind)
    }

    fn label(&self) -> String {
        let a = self.analysis;
        match (&a.code, &a.title) {
            (Some(c), Some(t)) => format!("{c} \"{t}\""),
            (None, Some(t)) => format!("\"{t}\""),
            (Some(c), None) => format!("{c} ({})", self.result.path),
            (None, None) => self.result.path.clone(),
        }
    }
}

struct Out {
    lang: Lang,
    findings: Vec<Finding>,
}

impl Out {
    fn fire(&mut self, rule: &Rule, severity: Severity, docs: &[&Doc], detail: &str) {
        let labels = docs
            .iter()
            .map(|d| d.label())
            .collect::<Vec<_>>()
            .join("; ");
        let (message, recommendation) = cat::render(rule, self.lang, &labels, detail);
        let mut paths: Vec<String> = docs.iter().map(|d| d.result.path.clone()).collect();
        paths.sort();
        paths.dedup();
        self.findings.push(Finding {
            id: rule.id.to_string(),
            clause: rule.clause.to_string(),
            severity,
            message,
            recommendation,
            documents: paths,
        });
    }

    fn fire_paths(
        &mut self,
        rule: &Rule,
        severity: Severity,
        paths: Vec<String>,
        listed: &str,
        detail: &str,
    ) {
        let (message, recommendation) = cat::render(rule, self.lang, listed, detail);
        self.findings.push(Finding {
            id: rule.id.to_string(),
            clause: rule.clause.to_string(),
            severity,
            message,
            recommendation,
            documents: paths,
        });
    }
}

/// Procedures that are expected to list their records (7.5.3).
const PROCEDURES: &[DocKind] = &[
    DocKind::DocumentControl,
    DocKind::RecordControl,
    DocKind::DocumentedInformation,
    DocKind::InternalAudit,
    DocKind::ManagementReview,
    DocKind::NonconformingProduct,
    DocKind::CorrectiveAction,
    DocKind::NonconformityCorrectiveAction,
    DocKind::PreventiveAction,
    DocKind::RiskOpportunity,
    DocKind::CustomerSatisfaction,
    DocKind::Administrative,
    DocKind::Internal,
];

/// Runs every rule; findings come out sorted by clause, severity and id. `clauses` is the
/// agency's coverage, so a finding never contradicts the clause table.
pub fn findings(
    documents: &[DocumentResult],
    plans: &[Planned],
    clauses: &[ClauseEntry],
    tthc: &TthcAssessment,
    year: i32,
    lang: Lang,
) -> Vec<Finding> {
    let mut out = Out {
        lang,
        findings: Vec::new(),
    };
    let all: Vec<Doc> = documents
        .iter()
        .zip(plans)
        .filter_map(|(result, plan)| {
            Some(Doc {
                result,
                analysis: result.analysis.as_ref()?,
                plan,
            })
        })
        .collect();
    let live: Vec<&Doc> = all.iter().filter(|d| d.plan.live()).collect();
    let of = |kind: DocKind| -> Vec<&Doc> { live.iter().copied().filter(|d| d.is(kind)).collect() };
    let vi = lang == Lang::Vi;

    // 6.1 risks and opportunities.
    let preventive = of(DocKind::PreventiveAction);
    let risk_procs = of(DocKind::RiskOpportunity);
    let registers = of(DocKind::RiskRegister);
    let risk_forms: Vec<&Doc> = of(DocKind::Form)
        .into_iter()
        .filter(|d| {
            d.analysis
                .title
                .as_deref()
                .is_some_and(|t| super::text::key(t).contains("rui ro"))
        })
        .collect();
    let risk_in_place = !risk_procs.is_empty() || !registers.is_empty();
    if !preventive.is_empty() {
        let detail = if risk_in_place {
            ""
        } else if vi {
            " Cơ quan chưa có quy trình quản lý rủi ro và cơ hội."
        } else {
            " The agency has no risks-and-opportunities procedure yet."
        };
        let severity = if risk_in_place {
            Severity::Minor
        } else {
            Severity::Major
        };
        out.fire(&cat::PREVENTIVE_ACTION, severity, &preventive, detail);
    }
    if risk_procs.is_empty() {
        let (severity, detail) = if !registers.is_empty() {
            (
                Severity::Observation,
                if vi {
                    " Đã có sổ theo dõi rủi ro; nên quy định cách nhận diện, đánh giá và cập nhật."
                } else {
                    " A risk register exists; state how risks are identified, assessed and updated."
                },
            )
        } else {
            (
                Severity::Major,
                if vi {
                    " Cũng không có sổ/bảng theo dõi rủi ro."
                } else {
                    " There is no risk register either."
                },
            )
        };
        out.fire(&cat::NO_RISK_PROCEDURE, severity, &registers, detail);
    } else if registers.is_empty() {
        let severity = if risk_forms.is_empty() {
            Severity::Minor
        } else {
            Severity::Observation
        };
        out.fire(&cat::NO_RISK_REGISTER, severity, &risk_procs, "");
    }

    // 4.1 / 4.2 context: the same judgement as the clause coverage (a context analysis, or a kept
    // 2015 system model that analyses the context); a finding only when nothing addresses it.
    let missing = |clause: &str| {
        clauses
            .iter()
            .any(|c| c.clause == clause && c.status == ClauseStatus::Missing)
    };
    if missing("4.1") {
        out.fire(&cat::NO_CONTEXT_ISSUES, Severity::Major, &[], "");
    }
    if missing("4.2") {
        out.fire(&cat::NO_INTERESTED_PARTIES, Severity::Major, &[], "");
    }

    // 7.5 documented information.
    let doc_ctl: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| d.is(DocKind::DocumentControl) || d.is(DocKind::RecordControl))
        .collect();
    let doc_info = of(DocKind::DocumentedInformation);
    if !doc_ctl.is_empty() {
        out.fire(&cat::DOCUMENT_RECORD_MERGE, Severity::Minor, &doc_ctl, "");
    } else if doc_info.is_empty() {
        out.fire(&cat::NO_DOCUMENTED_INFORMATION, Severity::Major, &[], "");
    }

    // 8.7 / 10.2 nonconformity and corrective action.
    let old_nc: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| {
            d.is(DocKind::NonconformingProduct)
                || d.is(DocKind::CorrectiveAction)
                || d.is(DocKind::NonconformityCorrectiveAction) && d.plan.action != Action::Keep
        })
        .collect();
    if !old_nc.is_empty() {
        out.fire(&cat::NONCONFORMITY_MERGE, Severity::Minor, &old_nc, "");
    } else if of(DocKind::NonconformityCorrectiveAction).is_empty() {
        out.fire(&cat::NO_NONCONFORMITY, Severity::Major, &[], "");
    }

    // 5.3 management representative (system documents, not records).
    let qmr: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| d.analysis.facts.management_representative > 0 && !is_record(d.analysis.kind))
        .collect();
    if !qmr.is_empty() {
        out.fire(&cat::MANAGEMENT_REPRESENTATIVE, Severity::Minor, &qmr, "");
    }

    // 5.2 policy.
    if of(DocKind::QualityPolicy).is_empty()
        && !of(DocKind::QualityManual).iter().any(|d| {
            d.analysis
                .title
                .as_deref()
                .is_some_and(|t| super::text::key(t).contains("chinh sach"))
        })
    {
        out.fire(&cat::NO_POLICY, Severity::Major, &[], "");
    }

    // 6.2 objectives: existence, the campaign year, issued at the start of the year, plans.
    let objectives = of(DocKind::QualityObjectives);
    if objectives.is_empty() {
        out.fire(&cat::NO_OBJECTIVES, Severity::Major, &[], "");
    } else {
        let this_year: Vec<&Doc> = objectives
            .iter()
            .copied()
            .filter(|d| d.analysis.facts.year == Some(year))
            .collect();
        if this_year.is_empty() {
            out.fire(
                &cat::OBJECTIVES_NOT_FOR_YEAR,
                Severity::Minor,
                &objectives,
                &year.to_string(),
            );
        } else {
            let on_time = this_year.iter().any(|d| {
                d.analysis
                    .issued
                    .as_deref()
                    .is_none_or(|i| i <= format!("{year}-03-31").as_str())
            });
            if !on_time {
                let dates = this_year
                    .iter()
                    .filter_map(|d| d.analysis.issued.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                out.fire(&cat::OBJECTIVES_LATE, Severity::Minor, &this_year, &dates);
            }
        }
        let current: Vec<&Doc> = if this_year.is_empty() {
            objectives.clone()
        } else {
            this_year
        };
        let best = current
            .iter()
            .map(|d| d.analysis.facts.plan)
            .max_by_key(|p| (p.elements(), p.stated))
            .unwrap_or_default();
        if best.elements() < 4 {
            let mut missing = Vec::new();
            for (present, vi_name, en_name) in [
                (best.who, "người chịu trách nhiệm", "who is responsible"),
                (best.when, "thời hạn", "when"),
                (best.resources, "nguồn lực", "resources"),
                (
                    best.evaluation,
                    "cách đánh giá kết quả",
                    "how results are evaluated",
                ),
            ] {
                if !present {
                    missing.push(if vi { vi_name } else { en_name });
                }
            }
            let severity = if !best.stated && best.elements() == 0 {
                Severity::Major
            } else {
                Severity::Minor
            };
            out.fire(
                &cat::OBJECTIVES_WITHOUT_PLAN,
                severity,
                &current,
                &missing.join(", "),
            );
        }
    }

    // Documents still citing 2008 (one finding listing them).
    let cites: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| {
            d.analysis.edition == Some(Edition::E2008)
                && d.analysis.facts.cites_2008 + d.analysis.facts.cites_2000 > 0
        })
        .filter(|d| !is_record(d.analysis.kind))
        .collect();
    if !cites.is_empty() {
        out.fire(&cat::CITES_2008, Severity::Minor, &cites, "");
    }

    // 7.5.3 records list and retention, per procedure (retired/merged ones still need it once merged).
    let procedures: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| PROCEDURES.contains(&d.analysis.kind) && d.plan.action != Action::Replace)
        .collect();
    let no_list: Vec<&Doc> = procedures
        .iter()
        .copied()
        .filter(|d| !d.analysis.facts.records_section)
        .collect();
    let no_retention: Vec<&Doc> = procedures
        .iter()
        .copied()
        .filter(|d| d.analysis.facts.records_section && !d.analysis.facts.retention)
        .collect();
    if !no_list.is_empty() {
        out.fire(&cat::NO_RECORDS_LIST, Severity::Minor, &no_list, "");
    }
    if !no_retention.is_empty() {
        out.fire(&cat::NO_RETENTION, Severity::Minor, &no_retention, "");
    }

    // 9.2 / 9.3 / 9.1 yearly activities: a record for the campaign year.
    let unread: Vec<&Doc> = all.iter().filter(|d| !d.plan.analysed).collect();
    yearly(
        &mut out,
        &live,
        &unread,
        year,
        DocKind::RecordInternalAudit,
        DocKind::InternalAudit,
        &cat::NO_INTERNAL_AUDIT,
    );
    yearly(
        &mut out,
        &live,
        &unread,
        year,
        DocKind::RecordManagementReview,
        DocKind::ManagementReview,
        &cat::NO_MANAGEMENT_REVIEW,
    );
    let survey_records = of(DocKind::RecordCustomerSatisfaction);
    if !survey_records
        .iter()
        .any(|d| d.analysis.facts.year == Some(year))
    {
        let method: Vec<&Doc> = live
            .iter()
            .copied()
            .filter(|d| {
                d.is(DocKind::CustomerSatisfaction)
                    || d.analysis.facts.satisfaction_method && !d.is(DocKind::Administrative)
                    || d.is(DocKind::Form)
                        && d.analysis.title.as_deref().is_some_and(|t| {
                            let k = super::text::key(t);
                            k.contains("khao sat") || k.contains("hai long") || k.contains("y kien")
                        })
            })
            .collect();
        let unread_survey: Vec<&Doc> = unread
            .iter()
            .copied()
            .filter(|d| {
                d.analysis.kind == DocKind::RecordCustomerSatisfaction
                    || d.analysis.kind == DocKind::CustomerSatisfaction
            })
            .collect();
        let severity = if method.is_empty() && survey_records.is_empty() && unread_survey.is_empty()
        {
            Severity::Major
        } else {
            Severity::Minor
        };
        let mut involved = survey_records.clone();
        involved.extend(method);
        involved.extend(unread_survey);
        let suffix = suffix_docs(lang, &involved);
        let (message, recommendation) = cat::render(
            &cat::SATISFACTION_NOT_MEASURED,
            lang,
            &suffix,
            &year.to_string(),
        );
        out.findings.push(Finding {
            id: cat::SATISFACTION_NOT_MEASURED.id.to_string(),
            clause: cat::SATISFACTION_NOT_MEASURED.clause.to_string(),
            severity,
            message,
            recommendation,
            documents: sorted_paths(&involved),
        });
    }

    // 4.3 quality manual on 2008 (advice).
    let manuals: Vec<&Doc> = live
        .iter()
        .copied()
        .filter(|d| d.is(DocKind::QualityManual) && d.plan.action == Action::Revise)
        .collect();
    if !manuals.is_empty() {
        out.fire(
            &cat::QUALITY_MANUAL_2008,
            Severity::Observation,
            &manuals,
            "",
        );
    }

    // Files that could not be read.
    let failed: Vec<&DocumentResult> = documents
        .iter()
        .filter(|d| d.status == Status::Failed)
        .collect();
    if !failed.is_empty() {
        let listed = failed
            .iter()
            .map(|d| format!("{} ({})", d.path, d.error.as_deref().unwrap_or("")))
            .collect::<Vec<_>>()
            .join("; ");
        let paths = failed.iter().map(|d| d.path.clone()).collect();
        out.fire_paths(
            &cat::UNREADABLE,
            Severity::Minor,
            paths,
            &listed,
            &failed.len().to_string(),
        );
    }
    let unsupported: Vec<&DocumentResult> = documents
        .iter()
        .filter(|d| d.status == Status::Unsupported)
        .collect();
    if !unsupported.is_empty() {
        let listed = unsupported
            .iter()
            .map(|d| d.path.clone())
            .collect::<Vec<_>>()
            .join("; ");
        let paths = unsupported.iter().map(|d| d.path.clone()).collect();
        out.fire_paths(
            &cat::UNSUPPORTED,
            Severity::Observation,
            paths,
            &listed,
            &unsupported.len().to_string(),
        );
    }

    // Published TTHC.
    if tthc.supplied && !tthc.problems.is_empty() {
        let severity = if tthc.checked {
            Severity::Observation
        } else {
            Severity::Minor
        };
        out.fire_paths(
            &cat::TTHC_LIST_MALFORMED,
            severity,
            Vec::new(),
            "",
            &tthc.problems.join("; "),
        );
    }
    if tthc.checked && !tthc.uncovered.is_empty() {
        let listed = tthc
            .uncovered
            .iter()
            .map(|t| {
                if t.code.is_empty() {
                    t.name.clone()
                } else {
                    format!("{} ({})", t.name, t.code)
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let detail = format!("{}/{}", tthc.uncovered.len(), tthc.published);
        out.fire_paths(
            &cat::TTHC_NOT_COVERED,
            Severity::Major,
            Vec::new(),
            &listed,
            &detail,
        );
    }
    if tthc.checked && !tthc.unpublished.is_empty() {
        let involved: Vec<&Doc> = live
            .iter()
            .copied()
            .filter(|d| tthc.unpublished.contains(&d.result.path))
            .collect();
        out.fire(
            &cat::TTHC_NOT_PUBLISHED,
            Severity::Observation,
            &involved,
            "",
        );
    }

    let mut findings = out.findings;
    findings.sort_by(|a, b| {
        clause_rank(&a.clause)
            .cmp(&clause_rank(&b.clause))
            .then(a.severity.cmp(&b.severity))
            .then(a.id.cmp(&b.id))
    });
    findings
}

/// A yearly activity: a record for `year`, else a finding (major when neither the procedure nor
/// any record exists at all, minor when the activity is defined but not evidenced this year, or
/// when a file that could not be read looks like the procedure or the record).
fn yearly(
    out: &mut Out,
    live: &[&Doc],
    unread: &[&Doc],
    year: i32,
    record: DocKind,
    procedure: DocKind,
    rule: &Rule,
) {
    let records: Vec<&Doc> = live.iter().copied().filter(|d| d.is(record)).collect();
    if records.iter().any(|d| d.analysis.facts.year == Some(year)) {
        return;
    }
    let procedures: Vec<&Doc> = live.iter().copied().filter(|d| d.is(procedure)).collect();
    let unreadable: Vec<&Doc> = unread
        .iter()
        .copied()
        .filter(|d| d.is(record) || d.is(procedure))
        .collect();
    let severity = if records.is_empty() && procedures.is_empty() && unreadable.is_empty() {
        Severity::Major
    } else {
        Severity::Minor
    };
    let mut involved = records;
    involved.extend(procedures);
    involved.extend(unreadable);
    let suffix = suffix_docs(out.lang, &involved);
    let (message, recommendation) = cat::render(rule, out.lang, &suffix, &year.to_string());
    out.findings.push(Finding {
        id: rule.id.to_string(),
        clause: rule.clause.to_string(),
        severity,
        message,
        recommendation,
        documents: sorted_paths(&involved),
    });
}

fn suffix_docs(lang: Lang, docs: &[&Doc]) -> String {
    if docs.is_empty() {
        return String::new();
    }
    let labels = docs
        .iter()
        .map(|d| d.label())
        .collect::<Vec<_>>()
        .join("; ");
    match lang {
        Lang::Vi => format!(" Tài liệu liên quan: {labels}."),
        Lang::En => format!(" Related documents: {labels}."),
    }
}

fn sorted_paths(docs: &[&Doc]) -> Vec<String> {
    let mut p: Vec<String> = docs.iter().map(|d| d.result.path.clone()).collect();
    p.sort();
    p.dedup();
    p
}

fn is_record(kind: DocKind) -> bool {
    matches!(
        kind,
        DocKind::Form
            | DocKind::RecordInternalAudit
            | DocKind::RecordManagementReview
            | DocKind::RecordCorrectiveAction
            | DocKind::RecordCustomerSatisfaction
            | DocKind::RecordOther
            | DocKind::RiskRegister
    )
}

fn clause_rank(clause: &str) -> usize {
    CLAUSES_2015
        .iter()
        .position(|c| *c == clause)
        .unwrap_or(usize::MAX)
}
