//! Analysis: recognise each document, read its metadata, plan its migration from 2008 to 2015,
//! and, per agency, decide clause coverage and findings.

pub mod kinds;

use serde::{Deserialize, Serialize};

use crate::read::{ExtractedDoc, Format, ReadError, Status};
use crate::report::{AgencyInfo, Lang, Report};

/// What analysis learned about one document; the per-document result a read unit produces.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentResult {
    pub path: String,
    pub format: Format,
    pub status: Status,
    pub error: Option<String>,
}

/// Recognises one read document (or records why it could not be read).
pub fn analyse_document(
    path: &str,
    format: Format,
    read: Result<ExtractedDoc, ReadError>,
) -> DocumentResult {
    match read {
        Ok(_) => DocumentResult {
            path: path.to_string(),
            format,
            status: Status::Analysed,
            error: None,
        },
        Err(e) => DocumentResult {
            path: path.to_string(),
            format,
            status: e.status(),
            error: Some(e.to_string()),
        },
    }
}

/// Builds an agency's gap report from its documents' results.
pub fn assemble_report(
    agency: AgencyInfo,
    _documents: Vec<DocumentResult>,
    _tthc_csv: Option<&[u8]>,
    year: i32,
    lang: Lang,
) -> Report {
    Report {
        schema_version: crate::report::SCHEMA_VERSION,
        agency,
        documents: Vec::new(),
        clauses: Vec::new(),
        findings: Vec::new(),
        year,
        lang,
    }
}
