//! Clause coverage per agency: each 2015 clause `covered | partial | missing` from the clause
//! table (`data/clauses.toml`) and a few facts, with the documents that support it.

use super::DocumentResult;
use super::crosswalk::tables;
use super::facts::DocFacts;
use super::kinds::DocKind;
use super::plan::Planned;
use super::tthc::TthcAssessment;
use crate::report::{ClauseEntry, ClauseStatus, Lang};

/// Decides every clause in order. A kept (2015) document of a `full` kind covers the clause; the
/// same kind still needing revision, or any `partial` kind, makes it partial. Retired copies and
/// unreadable files are not evidence.
pub fn coverage(
    documents: &[DocumentResult],
    plans: &[Planned],
    tthc: &TthcAssessment,
    lang: Lang,
) -> Vec<ClauseEntry> {
    let t = tables();
    let live: Vec<(&DocumentResult, &Planned)> = documents
        .iter()
        .zip(plans)
        .filter(|(_, p)| p.live())
        .collect();
    let fact = |f: &dyn Fn(&DocFacts) -> bool, aligned_only: bool| -> Vec<String> {
        live.iter()
            .filter(|(d, p)| {
                (!aligned_only || p.aligned()) && d.analysis.as_ref().is_some_and(|a| f(&a.facts))
            })
            .filter(|(_, p)| {
                !p.kinds
                    .iter()
                    .any(|k| matches!(k, DocKind::Administrative | DocKind::Form | DocKind::Other))
            })
            .map(|(d, _)| d.path.clone())
            .collect()
    };
    let mut out = Vec::with_capacity(t.clauses.len());
    for rule in &t.clauses {
        let mut status = ClauseStatus::Missing;
        let mut evidence: Vec<String> = Vec::new();
        let mut extra_note: Option<(&str, &str)> = None;
        // Records show the work was done; the documented method for it is a procedure. A 2008
        // procedure still to revise keeps the clause partial even beside a record of a full kind.
        let mut covered_by_method = false;
        let mut method_to_revise = false;
        for (d, p) in &live {
            let records_only = p.kinds.iter().all(|k| k.id().starts_with("record."));
            let facts = d.analysis.as_ref().map(|a| &a.facts);
            let one_sided = facts.is_some_and(|f| states_only_the_other_half(&rule.clause, f));
            let full = p.kinds.iter().any(|k| rule.full.contains(k)) && !one_sided;
            let partial = p.kinds.iter().any(|k| rule.partial.contains(k))
                || facts.is_some_and(|f| {
                    rule.partial_if
                        .iter()
                        .any(|(k, c)| p.kinds.contains(k) && c.holds(f))
                })
                || one_sided && p.kinds.iter().any(|k| rule.full.contains(k));
            let full_if = p.aligned()
                && facts.is_some_and(|f| {
                    rule.full_if
                        .iter()
                        .any(|(k, c)| p.kinds.contains(k) && c.holds(f))
                });
            if full && p.aligned() || full_if {
                status = ClauseStatus::Covered;
                covered_by_method |= !records_only;
                evidence.push(d.path.clone());
            } else if full || partial {
                if status == ClauseStatus::Missing {
                    status = ClauseStatus::Partial;
                }
                method_to_revise |= full && !records_only;
                evidence.push(d.path.clone());
            }
        }
        if status == ClauseStatus::Covered && !covered_by_method && method_to_revise {
            status = ClauseStatus::Partial;
        }
        match rule.clause.as_str() {
            // Published TTHC without a workflow are work the system does not plan yet (8.1):
            // the scope statement (4.3) can stand as written.
            "8.1" if status == ClauseStatus::Covered && !tthc.uncovered.is_empty() => {
                status = ClauseStatus::Partial;
                extra_note = Some((
                    "Một số TTHC đã công bố chưa có quy trình giải quyết trong hệ thống.",
                    "Some published TTHC have no procedure in the system.",
                ));
            }
            "5.3" if status == ClauseStatus::Covered => {
                let qmr = fact(&|f| f.management_representative > 0, false);
                if !qmr.is_empty() {
                    status = ClauseStatus::Partial;
                    extra_note = Some((
                        "Tài liệu còn quy định đại diện lãnh đạo theo 2008.",
                        "Documents still appoint a 2008 management representative.",
                    ));
                }
            }
            "6.2" if status == ClauseStatus::Covered => {
                let planned = live.iter().any(|(d, p)| {
                    p.aligned()
                        && p.kinds.contains(&DocKind::QualityObjectives)
                        && d.analysis
                            .as_ref()
                            .is_some_and(|a| a.facts.plan.stated && a.facts.plan.elements() >= 3)
                });
                if !planned {
                    status = ClauseStatus::Partial;
                    extra_note = Some((
                        "Mục tiêu chất lượng chưa có kế hoạch thực hiện đầy đủ.",
                        "The quality objectives lack complete plans to achieve them.",
                    ));
                }
            }
            "9.1" if status == ClauseStatus::Missing => {
                let method = fact(&|f| f.satisfaction_method, false);
                if !method.is_empty() {
                    status = ClauseStatus::Partial;
                    evidence.extend(method);
                }
            }
            _ => {}
        }
        evidence.sort();
        evidence.dedup();
        let note = match (status, extra_note) {
            (ClauseStatus::Covered, _) => None,
            (_, Some((vi, en))) => Some(pick(lang, vi, en).to_string()),
            (ClauseStatus::Partial, None) => Some(
                pick(
                    lang,
                    "Có tài liệu liên quan nhưng cần sửa đổi/bổ sung để đáp ứng 2015: ",
                    "Related documents exist but need revision to meet 2015: ",
                )
                .to_string()
                    + pick(lang, &rule.note_vi, &rule.note_en),
            ),
            (ClauseStatus::Missing, None) => {
                Some(pick(lang, &rule.note_vi, &rule.note_en).to_string())
            }
        };
        out.push(ClauseEntry {
            clause: rule.clause.clone(),
            status,
            evidence,
            title: pick(lang, &rule.title_vi, &rule.title_en).to_string(),
            note,
        });
    }
    out
}

/// A context analysis that states interested parties but no issues does not cover 4.1 (and the
/// reverse for 4.2); one that states neither in words we recognise is trusted by its title.
fn states_only_the_other_half(clause: &str, f: &DocFacts) -> bool {
    match clause {
        "4.1" => !f.context_issues && f.interested_parties,
        "4.2" => !f.interested_parties && f.context_issues,
        _ => false,
    }
}

fn pick<'a>(lang: Lang, vi: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
