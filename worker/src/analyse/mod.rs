//! Analysis: recognise each document, read its metadata, plan its migration from 2008 to 2015,
//! and, per agency, decide clause coverage and findings.
//!
//! Per document ([`analyse_document`], on a worker): the text is prepared once ([`text`]), the
//! title found and the kind decided ([`classify`]), the fields read ([`metadata`]), the facts the
//! agency rules need gathered ([`facts`]) and the crosswalk consulted ([`crosswalk`]). Only that
//! compact [`DocAnalysis`] travels to the agency assembly ([`assemble_report`]), which settles each
//! document's plan in the agency's context ([`plan`]), clause coverage ([`coverage`]), published
//! TTHC coverage ([`tthc`]) and findings ([`findings`], texts in [`catalogue`]).

pub mod catalogue;
pub mod classify;
pub mod coverage;
pub mod crosswalk;
pub mod facts;
pub mod findings;
pub mod kinds;
pub mod metadata;
pub mod plan;
pub mod text;
pub mod tthc;

use serde::{Deserialize, Serialize};

use crate::read::{ExtractedDoc, Format, ReadError, Status};
use crate::report::{AgencyInfo, DocumentEntry, Lang, Report};

use facts::DocFacts;
use kinds::{Action, DocKind, Edition};

/// What analysis learned about one document; the per-document result a read unit produces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentResult {
    pub path: String,
    pub format: Format,
    pub status: Status,
    pub error: Option<String>,
    /// Recognition, metadata, migration plan and facts; for a file that could not be read, a
    /// guess from its file name (low confidence, no facts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub analysis: Option<DocAnalysis>,
}

/// Everything the agency assembly needs to know about a document, without its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocAnalysis {
    pub kind: DocKind,
    /// Further kinds of a combined document ("hành động khắc phục và phòng ngừa").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<DocKind>,
    pub confidence: f64,
    pub cues: Vec<String>,
    pub title: Option<String>,
    pub code: Option<String>,
    pub revision: Option<String>,
    pub issued: Option<String>,
    pub edition: Option<Edition>,
    pub action: Action,
    pub target: Option<DocKind>,
    pub clauses_2015: Vec<String>,
    /// The crosswalk's rationale in Vietnamese (the assembly re-renders it in the report language).
    pub rationale: Option<String>,
    pub facts: DocFacts,
}

/// The file name without folders and extension, in matching form.
fn file_key(path: &str) -> text::Line {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    };
    let prepared = text::DocText::new(&ExtractedDoc {
        headers: vec![crate::read::Block::Paragraph(crate::read::Paragraph {
            text: stem.to_string(),
            ..Default::default()
        })],
        ..Default::default()
    });
    prepared.header.into_iter().next().unwrap_or(text::Line {
        orig: String::new(),
        key: String::new(),
        source: text::Source::Header,
    })
}

/// Recognises one read document (or records why it could not be read).
pub fn analyse_document(
    path: &str,
    format: Format,
    read: Result<ExtractedDoc, ReadError>,
) -> DocumentResult {
    match read {
        Ok(doc) => DocumentResult {
            path: path.to_string(),
            format,
            status: Status::Analysed,
            error: None,
            analysis: Some(analyse_text(path, &doc)),
        },
        Err(e) => DocumentResult {
            path: path.to_string(),
            format,
            status: e.status(),
            error: Some(e.to_string()),
            analysis: Some(guess_from_name(path)),
        },
    }
}

fn guess_from_name(path: &str) -> DocAnalysis {
    let file = file_key(path);
    let (kind, also, confidence, cue) = match classify::classify_file_name(&file.key) {
        Some((k, a)) => (
            k,
            a,
            0.4,
            "file could not be read; kind guessed from the file name",
        ),
        None => (DocKind::Other, vec![], 0.0, "file could not be read"),
    };
    let code = metadata::code(&text::DocText::default(), &file);
    let facts = DocFacts {
        year: facts::year_of(Some(&file.key), None),
        ..DocFacts::default()
    };
    let planned = plan::document_plan(kind, &also, None, &facts);
    DocAnalysis {
        kind,
        also,
        confidence,
        cues: vec![cue.to_string()],
        title: None,
        code,
        revision: None,
        issued: None,
        edition: None,
        action: planned.action,
        target: planned.target,
        clauses_2015: planned.clauses_2015,
        rationale: Some(planned.rationale_vi),
        facts,
    }
}

/// The per-document pipeline on an extracted document.
pub fn analyse_text(path: &str, doc: &ExtractedDoc) -> DocAnalysis {
    let prepared = text::DocText::new(doc);
    let file = file_key(path);
    let title = classify::find_title(&prepared, doc.meta_title.as_deref());
    let code = metadata::code(&prepared, &file);
    let body = classify::body_cues(&prepared);
    let classified =
        classify::classify(&prepared, title.as_ref(), code.as_deref(), &file.key, &body);
    let edition_cues = metadata::edition_cues(&prepared);
    let edition =
        metadata::decide_edition(&edition_cues, written_against_standard(classified.kind));
    let issued = metadata::issued(&prepared);
    let facts = facts::gather(
        &prepared,
        &edition_cues,
        title.as_ref().map(|t| t.key.as_str()),
        issued.as_deref(),
        body.tthc_score,
        body.blank,
    );
    let planned = plan::document_plan(classified.kind, &classified.also, edition, &facts);
    DocAnalysis {
        kind: classified.kind,
        also: classified.also,
        confidence: classified.confidence,
        cues: classified.cues,
        title: title.map(|t| t.text),
        code,
        revision: metadata::revision(&prepared),
        issued,
        edition,
        action: planned.action,
        target: planned.target,
        clauses_2015: planned.clauses_2015,
        rationale: Some(planned.rationale_vi),
        facts,
    }
}

/// System documents are written against an edition, so their vocabulary tells it; forms, records
/// and registers only tell it by citing the standard.
fn written_against_standard(kind: DocKind) -> bool {
    !matches!(
        kind,
        DocKind::Form
            | DocKind::RiskRegister
            | DocKind::RecordInternalAudit
            | DocKind::RecordManagementReview
            | DocKind::RecordCorrectiveAction
            | DocKind::RecordCustomerSatisfaction
            | DocKind::RecordOther
            | DocKind::Other
    )
}

/// Builds an agency's gap report from its documents' results.
pub fn assemble_report(
    agency: AgencyInfo,
    mut documents: Vec<DocumentResult>,
    tthc_csv: Option<&[u8]>,
    year: i32,
    lang: Lang,
) -> Report {
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    let planned = plan::agency_plans(&documents, lang);
    let tthc = tthc::assess(tthc_csv, &documents);
    let clauses = coverage::coverage(&documents, &planned, &tthc, lang);
    let findings = findings::findings(&documents, &planned, &clauses, &tthc, year, lang);
    let entries = documents
        .iter()
        .zip(&planned)
        .map(|(d, p)| {
            let a = d.analysis.as_ref();
            DocumentEntry {
                path: d.path.clone(),
                format: d.format,
                status: d.status,
                error: d.error.clone(),
                kind: a.map(|a| a.kind).unwrap_or(DocKind::Other),
                confidence: a.map(|a| classify::round2(a.confidence)).unwrap_or(0.0),
                title: a.and_then(|a| a.title.clone()),
                code: a.and_then(|a| a.code.clone()),
                revision: a.and_then(|a| a.revision.clone()),
                issued: a.and_then(|a| a.issued.clone()),
                edition: a.and_then(|a| a.edition),
                action: p.action,
                target: p.target,
                clauses_2015: p.clauses_2015.clone(),
                cues: a.map(|a| a.cues.clone()).unwrap_or_default(),
                rationale: Some(p.rationale.clone()),
            }
        })
        .collect();
    Report {
        schema_version: crate::report::SCHEMA_VERSION,
        agency,
        documents: entries,
        clauses,
        findings,
        year,
        lang,
    }
}

#[cfg(test)]
mod tests;
