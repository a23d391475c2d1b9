//! The records the coordinator keeps durably: campaigns, agencies, units of work, leases, workers.
//!
//! These are the coordinator's domain types; the wire types stay in `proto` and are converted at
//! the service boundary. Times are wall-clock unix milliseconds so that a restarted coordinator
//! can compare stored deadlines with its own clock.

use serde::{Deserialize, Serialize};

/// Whether a campaign still has work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignState {
    Running,
    Done,
}

impl CampaignState {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignState::Running => "running",
            CampaignState::Done => "done",
        }
    }
}

/// One submitted campaign with counters kept in step with its units, so that progress is a read
/// of one record per agency and never a scan of every document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: String,
    pub name: String,
    pub year: i32,
    pub province: String,
    pub lang: String,
    pub created_unix_ms: i64,
    pub n_agencies: u32,
    /// Agencies whose report is stored or whose assembly failed for good.
    pub n_agencies_finished: u32,
    pub n_docs: u32,
    /// Documents with a stored result, failed ones included.
    pub n_docs_done: u32,
    pub n_docs_failed: u32,
    /// Sequence number of the next recorded file failure (keeps the recording order).
    pub n_failures_recorded: u64,
    /// Documents in units still waiting for their upload.
    #[serde(default)]
    pub n_docs_awaiting_upload: u32,
    pub state: CampaignState,
}

/// Where an agency stands; `Failed` means its report could not be assembled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyState {
    Queued,
    Reading,
    Assembling,
    Done,
    Failed,
}

impl AgencyState {
    pub fn as_str(self) -> &'static str {
        match self {
            AgencyState::Queued => "queued",
            AgencyState::Reading => "reading",
            AgencyState::Assembling => "assembling",
            AgencyState::Done => "done",
            AgencyState::Failed => "failed",
        }
    }

    pub fn is_finished(self) -> bool {
        matches!(self, AgencyState::Done | AgencyState::Failed)
    }
}

/// One agency of a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agency {
    pub campaign_id: String,
    pub id: String,
    pub name: String,
    pub level: String,
    pub tthc_sha256: String,
    pub n_docs: u32,
    pub n_docs_done: u32,
    pub n_docs_failed: u32,
    pub state: AgencyState,
    pub error: Option<String>,
    /// The agency's single assemble unit, waiting until every document has a result.
    pub assemble_unit_id: String,
}

/// One document to read; `doc_id` is stable within its agency and keys its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRef {
    pub doc_id: String,
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

/// What a unit asks a worker to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    Read { docs: Vec<DocRef> },
    Assemble,
}

/// The life of a unit. `Split` and `Dead` are terminal like `Done`: a split unit's documents live
/// on in two smaller units, a dead unit's outcome was recorded as a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitState {
    /// An assemble unit whose agency still has unread documents.
    Waiting,
    /// A unit some of whose documents (or the agency's TTHC list) have not been uploaded yet;
    /// it is queued when the last of them arrives, so work starts while a campaign uploads.
    AwaitingBlobs,
    Queued,
    Leased,
    Done,
    Split,
    Dead,
}

/// A unit of work: up to `batch_size` documents of one agency, or one agency's assembly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: String,
    pub campaign_id: String,
    pub agency_id: String,
    pub kind: UnitKind,
    pub state: UnitState,
    /// Attempts that ended in a failure or an expired lease (a release does not count).
    pub failures: u32,
    /// A queued unit is not handed out before this time (backoff after a failure).
    pub not_before_unix_ms: i64,
    pub lease_id: Option<String>,
    pub last_error: Option<String>,
}

/// A worker's reservation of one unit until `deadline_unix_ms`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub id: String,
    pub unit_id: String,
    pub worker_id: String,
    pub campaign_id: String,
    pub agency_id: String,
    /// 1-based number of this attempt at the unit.
    pub attempt: u32,
    pub granted_unix_ms: i64,
    pub deadline_unix_ms: i64,
    /// False while the lease is only held ahead by a slot busy with another unit; its expiry
    /// then costs no attempt. Leases stored before this field existed count as started.
    #[serde(default = "started_by_default")]
    pub started: bool,
}

fn started_by_default() -> bool {
    true
}

/// A registered worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Worker {
    pub id: String,
    pub name: String,
    pub concurrency: u32,
    pub registered_unix_ms: i64,
    pub last_seen_unix_ms: i64,
}

/// A stored blob and where its bytes are in the packs. A record without a location was
/// written before packs existed; it counts as missing, so the client uploads the file again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobMeta {
    pub size: u64,
    pub stored_unix_ms: i64,
    #[serde(default)]
    pub location: Option<crate::blobs::BlobLocation>,
}

/// A file that could not be analysed, in the order the coordinator recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileFailure {
    pub agency_id: String,
    pub path: String,
    pub error: String,
}

/// Bytes kept in the blob packs rather than in the store (report files: sled keeps large
/// values poorly, and the coordinator's memory grew with them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackedFile {
    pub sha256: String,
    pub location: crate::blobs::BlobLocation,
}

/// An agency's rendered report files, already appended to the packs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSet {
    pub json: PackedFile,
    pub docx: PackedFile,
    pub html: PackedFile,
}

impl ReportSet {
    /// File names as the contract (section 2) writes them.
    pub fn files(&self) -> [(&'static str, &PackedFile); 3] {
        [
            ("report.json", &self.json),
            ("report.docx", &self.docx),
            ("report.html", &self.html),
        ]
    }
}

/// A validated campaign manifest (converted from the wire by the service).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub name: String,
    pub year: i32,
    pub province: String,
    pub lang: String,
    pub agencies: Vec<AgencyManifest>,
}

/// One agency of a manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyManifest {
    pub id: String,
    pub name: String,
    pub level: String,
    pub tthc_sha256: String,
    pub files: Vec<FileEntry>,
}

/// One file of an agency, as listed by the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    pub path: String,
    pub sha256: String,
    pub size: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lease_stored_before_held_leases_existed_counts_as_started() {
        let stored = r#"{"id":"l-1","unit_id":"u","worker_id":"w-1","campaign_id":"c","agency_id":"a","attempt":1,"granted_unix_ms":0,"deadline_unix_ms":30000}"#;
        let lease: Lease = serde_json::from_str(stored).expect("an old lease record");
        assert!(lease.started);
    }
}
