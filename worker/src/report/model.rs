//! The report data model: the JSON schema of contract §3 (schema_version 1), plus added fields.

use serde::{Deserialize, Serialize};

use crate::analyse::kinds::{Action, DocKind, Edition};
use crate::read::{Format, Status};

/// The current `report.json` schema version.
pub const SCHEMA_VERSION: u32 = 1;

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Vi,
    En,
}

/// An agency as the campaign folder names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgencyInfo {
    pub id: String,
    pub name: String,
    /// `province` | `district` | `commune` (free text kept as written when it is something else).
    pub level: String,
}

/// One file of the agency folder (contract §3 `documents[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEntry {
    pub path: String,
    pub format: Format,
    pub status: Status,
    pub error: Option<String>,
    pub kind: DocKind,
    pub confidence: f64,
    pub title: Option<String>,
    pub code: Option<String>,
    pub revision: Option<String>,
    pub issued: Option<String>,
    pub edition: Option<Edition>,
    pub action: Action,
    pub target: Option<DocKind>,
    pub clauses_2015: Vec<String>,
    /// Added: why the document was recognised as `kind` (cover title, header code, phrases, file name).
    #[serde(default)]
    pub cues: Vec<String>,
    /// Added: why the action was chosen, from the crosswalk's rationale.
    #[serde(default)]
    pub rationale: Option<String>,
}

/// Coverage status of a 2015 clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ClauseStatus {
    Covered,
    Partial,
    Missing,
}

impl ClauseStatus {
    /// The JSON id.
    pub fn id(self) -> &'static str {
        match self {
            ClauseStatus::Covered => "covered",
            ClauseStatus::Partial => "partial",
            ClauseStatus::Missing => "missing",
        }
    }
}

/// One ISO 9001:2015 clause at the second level (contract §3 `clauses[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClauseEntry {
    pub clause: String,
    pub status: ClauseStatus,
    pub evidence: Vec<String>,
    /// Added: the clause title in the report language.
    #[serde(default)]
    pub title: String,
    /// Added: why the status is not `covered`, in the report language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Finding severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Major,
    Minor,
    Observation,
}

impl Severity {
    /// The JSON id.
    pub fn id(self) -> &'static str {
        match self {
            Severity::Major => "major",
            Severity::Minor => "minor",
            Severity::Observation => "observation",
        }
    }
}

/// One fired rule (contract §3 `findings[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub id: String,
    pub clause: String,
    pub severity: Severity,
    pub message: String,
    pub recommendation: String,
    pub documents: Vec<String>,
}

/// The gap report of one agency (`report.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    pub agency: AgencyInfo,
    pub documents: Vec<DocumentEntry>,
    pub clauses: Vec<ClauseEntry>,
    pub findings: Vec<Finding>,
    /// Added: the campaign year the time-bound rules (audit, review, objectives) were checked against.
    pub year: i32,
    /// Added: the report language.
    pub lang: Lang,
}

/// Campaign-level settings (`campaign.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CampaignInfo {
    pub name: String,
    pub year: i32,
    pub province: String,
}
