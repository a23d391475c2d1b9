//! The lease state machine over units of work: pure logic with an explicit clock (`now` in unix
//! ms), applied to any [`QueueState`] (a sled transaction in production, maps in the tests).
//!
//! Guarantees: a unit is leased to one worker at a time; only the current, unexpired lease can
//! complete, fail or release it, once; an expired or failed attempt is retried with exponential
//! backoff; after `max_attempts` a read unit is split in halves until a poison document is alone,
//! and that document is recorded as failed so that the rest of the agency continues.

use std::collections::HashSet;

use serde::Deserialize;

use crate::model::{
    Agency, AgencyState, Campaign, CampaignState, DocRef, FileFailure, Lease, Manifest, ReportSet,
    Unit, UnitKind, UnitState,
};

/// The knobs of the state machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub lease_ttl_ms: i64,
    pub max_attempts: u32,
    pub batch_size: usize,
    pub backoff_base_ms: i64,
    pub backoff_max_ms: i64,
    /// How long an idle worker waits before asking again.
    pub idle_retry_ms: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            lease_ttl_ms: 30_000,
            max_attempts: 3,
            batch_size: 8,
            backoff_base_ms: 1_000,
            backoff_max_ms: 60_000,
            idle_retry_ms: 1_000,
        }
    }
}

impl Policy {
    /// Delay before the next attempt after `failures` failed ones: base, 2×base, 4×base… capped.
    pub fn backoff_ms(&self, failures: u32) -> i64 {
        let doublings = failures.saturating_sub(1).min(30);
        self.backoff_base_ms
            .saturating_mul(1_i64 << doublings)
            .min(self.backoff_max_ms)
    }
}

/// The records the state machine reads and writes. Implementations make one call of a function
/// of this module atomic (all of its writes or none).
pub trait QueueState {
    type Error;
    fn campaign(&self, id: &str) -> Result<Option<Campaign>, Self::Error>;
    fn put_campaign(&mut self, campaign: &Campaign) -> Result<(), Self::Error>;
    fn agency(&self, campaign_id: &str, agency_id: &str) -> Result<Option<Agency>, Self::Error>;
    fn put_agency(&mut self, agency: &Agency) -> Result<(), Self::Error>;
    fn unit(&self, id: &str) -> Result<Option<Unit>, Self::Error>;
    /// Also keeps the ready index: a queued unit is findable by [`QueueState::first_ready`].
    fn put_unit(&mut self, unit: &Unit) -> Result<(), Self::Error>;
    fn lease(&self, id: &str) -> Result<Option<Lease>, Self::Error>;
    fn put_lease(&mut self, lease: &Lease) -> Result<(), Self::Error>;
    fn remove_lease(&mut self, id: &str) -> Result<(), Self::Error>;
    fn has_doc_result(
        &self,
        campaign_id: &str,
        agency_id: &str,
        doc_id: &str,
    ) -> Result<bool, Self::Error>;
    fn put_doc_result(
        &mut self,
        campaign_id: &str,
        agency_id: &str,
        doc_id: &str,
        result_json: &[u8],
    ) -> Result<(), Self::Error>;
    fn put_failure(
        &mut self,
        campaign_id: &str,
        seq: u64,
        failure: &FileFailure,
    ) -> Result<(), Self::Error>;
    fn put_reports(
        &mut self,
        campaign_id: &str,
        agency_id: &str,
        reports: &ReportSet,
    ) -> Result<(), Self::Error>;
    /// The queued unit with the smallest `not_before_unix_ms` (ties by id), as it stood before
    /// the current transaction wrote anything.
    fn first_ready(&self) -> Result<Option<(i64, String)>, Self::Error>;
    /// A number never returned before, even across restarts.
    fn next_id(&mut self) -> Result<u64, Self::Error>;
    /// Whether the blob has been uploaded (read outside the transaction: blobs only arrive).
    fn has_blob(&self, sha256: &str) -> Result<bool, Self::Error>;
    /// The units waiting for this blob.
    fn awaiting(&self, sha256: &str) -> Result<Vec<String>, Self::Error>;
    /// Replaces the units waiting for this blob (none: the entry goes).
    fn put_awaiting(&mut self, sha256: &str, unit_ids: &[String]) -> Result<(), Self::Error>;
}

/// The blobs a unit needs before a worker can do it: its documents, or the agency's TTHC list.
/// The blobs a unit needs before it can run, in the order the client uploads them (its
/// documents in manifest order).
fn required_blobs(unit: &Unit, agency: &Agency) -> Vec<String> {
    let mut blobs: Vec<String> = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |sha256: &String| {
        if seen.insert(sha256.clone()) {
            blobs.push(sha256.clone());
        }
    };
    match &unit.kind {
        UnitKind::Read { docs } => docs.iter().for_each(|doc| push(&doc.sha256)),
        UnitKind::Assemble if !agency.tthc_sha256.is_empty() => push(&agency.tthc_sha256),
        UnitKind::Assemble => {}
    }
    blobs
}

/// The last of `blobs` not stored yet. A unit waits on that one: clients upload in manifest
/// order, so the blobs before it usually arrive first and each unit is looked at once, not once
/// per document.
fn last_missing<S: QueueState>(state: &S, blobs: &[String]) -> Result<Option<String>, S::Error> {
    for sha256 in blobs.iter().rev() {
        if !state.has_blob(sha256)? {
            return Ok(Some(sha256.clone()));
        }
    }
    Ok(None)
}

fn docs_in(unit: &Unit) -> u32 {
    match &unit.kind {
        UnitKind::Read { docs } => u32::try_from(docs.len()).unwrap_or(u32::MAX),
        UnitKind::Assemble => 0,
    }
}

/// Parks a unit that would be queued until its missing blob arrives; returns whether it did.
fn park_until_uploaded<S: QueueState>(
    state: &mut S,
    unit: &mut Unit,
    agency: &Agency,
) -> Result<bool, S::Error> {
    let Some(missing) = last_missing(state, &required_blobs(unit, agency))? else {
        return Ok(false);
    };
    unit.state = UnitState::AwaitingBlobs;
    let mut waiting = state.awaiting(&missing)?;
    if !waiting.contains(&unit.id) {
        waiting.push(unit.id.clone());
        state.put_awaiting(&missing, &waiting)?;
    }
    Ok(true)
}

/// A blob was uploaded: every unit that waited only for it is queued (at `now`); a unit still
/// missing another blob waits for that one instead. Returns how many units were queued.
pub fn blob_arrived<S: QueueState>(state: &mut S, sha256: &str, now: i64) -> Result<u32, S::Error> {
    let waiting = state.awaiting(sha256)?;
    if waiting.is_empty() {
        return Ok(0);
    }
    state.put_awaiting(sha256, &[])?;
    let mut queued = 0;
    for unit_id in waiting {
        let Some(mut unit) = state.unit(&unit_id)? else {
            continue;
        };
        if unit.state != UnitState::AwaitingBlobs {
            continue;
        }
        let Some(mut scope) = Scope::load(state, &unit)? else {
            continue;
        };
        if park_until_uploaded(state, &mut unit, &scope.agency)? {
            continue;
        }
        unit.state = UnitState::Queued;
        unit.not_before_unix_ms = match unit.kind {
            // Reports first, as when an agency's last document is read.
            UnitKind::Assemble => 0,
            UnitKind::Read { .. } => now,
        };
        state.put_unit(&unit)?;
        scope.campaign.n_docs_awaiting_upload = scope
            .campaign
            .n_docs_awaiting_upload
            .saturating_sub(docs_in(&unit));
        scope.save(state)?;
        queued += 1;
    }
    Ok(queued)
}

/// Everything a new campaign stores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub campaign: Campaign,
    pub agencies: Vec<Agency>,
    pub units: Vec<Unit>,
}

/// Cuts a validated manifest into read units of at most `batch_size` documents and one assemble
/// unit per agency. Unit ids derive from the campaign id, so a plan is deterministic.
pub fn plan_campaign(campaign_id: &str, manifest: &Manifest, policy: &Policy, now: i64) -> Plan {
    let batch_size = policy.batch_size.max(1);
    let mut agencies = Vec::with_capacity(manifest.agencies.len());
    let mut units = Vec::new();
    let mut n_docs: u32 = 0;
    let mut n_read_units = 0_usize;
    for (agency_index, agency_manifest) in manifest.agencies.iter().enumerate() {
        let docs: Vec<DocRef> = agency_manifest
            .files
            .iter()
            .enumerate()
            .map(|(doc_index, file)| DocRef {
                doc_id: format!("d{doc_index:06}"),
                path: file.path.clone(),
                sha256: file.sha256.clone(),
                size: file.size,
            })
            .collect();
        let n_agency_docs = u32::try_from(docs.len()).unwrap_or(u32::MAX);
        n_docs = n_docs.saturating_add(n_agency_docs);
        for chunk in docs.chunks(batch_size) {
            units.push(Unit {
                id: format!("{campaign_id}-r{n_read_units:06}"),
                campaign_id: campaign_id.to_string(),
                agency_id: agency_manifest.id.clone(),
                kind: UnitKind::Read {
                    docs: chunk.to_vec(),
                },
                state: UnitState::Queued,
                failures: 0,
                not_before_unix_ms: now,
                lease_id: None,
                last_error: None,
            });
            n_read_units += 1;
        }
        let assemble_unit_id = format!("{campaign_id}-a{agency_index:06}");
        let no_docs = docs.is_empty();
        units.push(Unit {
            id: assemble_unit_id.clone(),
            campaign_id: campaign_id.to_string(),
            agency_id: agency_manifest.id.clone(),
            kind: UnitKind::Assemble,
            state: if no_docs {
                UnitState::Queued
            } else {
                UnitState::Waiting
            },
            failures: 0,
            not_before_unix_ms: 0,
            lease_id: None,
            last_error: None,
        });
        agencies.push(Agency {
            campaign_id: campaign_id.to_string(),
            id: agency_manifest.id.clone(),
            name: agency_manifest.name.clone(),
            level: agency_manifest.level.clone(),
            tthc_sha256: agency_manifest.tthc_sha256.clone(),
            n_docs: n_agency_docs,
            n_docs_done: 0,
            n_docs_failed: 0,
            state: if no_docs {
                AgencyState::Assembling
            } else {
                AgencyState::Queued
            },
            error: None,
            assemble_unit_id,
        });
    }
    let campaign = Campaign {
        id: campaign_id.to_string(),
        name: manifest.name.clone(),
        year: manifest.year,
        province: manifest.province.clone(),
        lang: manifest.lang.clone(),
        created_unix_ms: now,
        n_agencies: u32::try_from(agencies.len()).unwrap_or(u32::MAX),
        n_agencies_finished: 0,
        n_docs,
        n_docs_done: 0,
        n_docs_failed: 0,
        n_failures_recorded: 0,
        n_docs_awaiting_upload: 0,
        state: CampaignState::Running,
    };
    Plan {
        campaign,
        agencies,
        units,
    }
}

/// Stores a plan unless a campaign with its id exists; returns whether it was new. Units whose
/// blobs have not all been uploaded wait for them ([`blob_arrived`]) instead of being queued.
/// In one go: [`insert_campaign`] then [`insert_agencies`] for all agencies.
pub fn insert_plan<S: QueueState>(state: &mut S, plan: &Plan) -> Result<bool, S::Error> {
    let new = insert_campaign(state, plan)?;
    insert_agencies(state, plan, 0..plan.agencies.len())?;
    Ok(new)
}

/// Stores the campaign record of a plan unless it exists; returns whether it was new. Its
/// counts cover the whole plan, so the campaign cannot finish before every agency of the plan
/// is stored and done, however many parts [`insert_agencies`] takes to store them.
pub fn insert_campaign<S: QueueState>(state: &mut S, plan: &Plan) -> Result<bool, S::Error> {
    if state.campaign(&plan.campaign.id)?.is_some() {
        return Ok(false);
    }
    state.put_campaign(&plan.campaign)?;
    Ok(true)
}

/// Stores the agencies `range` of a plan (indices into `plan.agencies`) with their units, which
/// are queued or wait for their uploads at once. An agency already stored is left as it is, so
/// that submitting the same campaign again completes a submission cut short (by a crash between
/// parts) and changes nothing else. Returns how many agencies it stored.
pub fn insert_agencies<S: QueueState>(
    state: &mut S,
    plan: &Plan,
    range: std::ops::Range<usize>,
) -> Result<usize, S::Error> {
    let Some(mut campaign) = state.campaign(&plan.campaign.id)? else {
        return Ok(0);
    };
    let mut stored = 0;
    for agency in plan.agencies.get(range).unwrap_or_default() {
        if state.agency(&agency.campaign_id, &agency.id)?.is_some() {
            continue;
        }
        state.put_agency(agency)?;
        for unit in plan.units.iter().filter(|unit| unit.agency_id == agency.id) {
            let mut unit = unit.clone();
            if unit.state == UnitState::Queued && park_until_uploaded(state, &mut unit, agency)? {
                campaign.n_docs_awaiting_upload += docs_in(&unit);
            }
            state.put_unit(&unit)?;
        }
        stored += 1;
    }
    if stored > 0 {
        state.put_campaign(&campaign)?;
    }
    Ok(stored)
}

/// The plan's agencies cut into consecutive ranges of about `docs_per_part` documents (an
/// agency is never cut), for [`insert_agencies`].
pub fn plan_parts(plan: &Plan, docs_per_part: usize) -> Vec<std::ops::Range<usize>> {
    let mut parts = Vec::new();
    let (mut start, mut docs) = (0, 0);
    for (index, agency) in plan.agencies.iter().enumerate() {
        docs += agency.n_docs as usize;
        if docs >= docs_per_part.max(1) {
            parts.push(start..index + 1);
            (start, docs) = (index + 1, 0);
        }
    }
    if start < plan.agencies.len() {
        parts.push(start..plan.agencies.len());
    }
    parts
}

/// The answer to a worker asking for work.
#[derive(Debug, Clone, PartialEq, Eq)]
#[expect(
    clippy::large_enum_variant,
    reason = "one short-lived value per Lease call"
)]
pub enum LeaseOutcome {
    Granted { lease: Lease, unit: Unit },
    Idle { retry_after_ms: u32 },
}

/// Leases the next ready unit (queued, `not_before <= now`) to `worker_id` until `now + ttl`.
pub fn lease_next<S: QueueState>(
    state: &mut S,
    worker_id: &str,
    now: i64,
    policy: &Policy,
) -> Result<LeaseOutcome, S::Error> {
    lease_next_for(state, worker_id, Started::Now, now, policy)
}

/// Whether a new lease is worked on at once or only held until the worker says it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Now,
    /// Held ahead by a slot still busy with another unit.
    Later,
}

/// [`lease_next`] for a lease that may be held ahead ([`Started::Later`]).
pub fn lease_next_for<S: QueueState>(
    state: &mut S,
    worker_id: &str,
    started: Started,
    now: i64,
    policy: &Policy,
) -> Result<LeaseOutcome, S::Error> {
    let idle = LeaseOutcome::Idle {
        retry_after_ms: policy.idle_retry_ms,
    };
    let Some((not_before, unit_id)) = state.first_ready()? else {
        return Ok(idle);
    };
    if not_before > now {
        let wait = (not_before - now).clamp(1, i64::from(policy.idle_retry_ms));
        return Ok(LeaseOutcome::Idle {
            retry_after_ms: u32::try_from(wait).unwrap_or(1),
        });
    }
    let Some(mut unit) = state.unit(&unit_id)? else {
        return Ok(idle);
    };
    if unit.state != UnitState::Queued {
        return Ok(idle);
    }
    let lease_id = format!("l-{}", state.next_id()?);
    let lease = Lease {
        id: lease_id.clone(),
        unit_id: unit.id.clone(),
        worker_id: worker_id.to_string(),
        campaign_id: unit.campaign_id.clone(),
        agency_id: unit.agency_id.clone(),
        attempt: unit.failures + 1,
        granted_unix_ms: now,
        deadline_unix_ms: now.saturating_add(policy.lease_ttl_ms),
        started: started == Started::Now,
    };
    unit.state = UnitState::Leased;
    unit.lease_id = Some(lease_id);
    state.put_unit(&unit)?;
    state.put_lease(&lease)?;
    if matches!(unit.kind, UnitKind::Read { .. })
        && let Some(mut agency) = state.agency(&unit.campaign_id, &unit.agency_id)?
        && agency.state == AgencyState::Queued
    {
        agency.state = AgencyState::Reading;
        state.put_agency(&agency)?;
    }
    Ok(LeaseOutcome::Granted { lease, unit })
}

/// Extends the worker's live leases to `now + ttl`; returns the ids that are not (or no longer)
/// this worker's live leases, so that it stops working on them.
pub fn heartbeat<S: QueueState>(
    state: &mut S,
    worker_id: &str,
    lease_ids: &[String],
    now: i64,
    policy: &Policy,
) -> Result<Vec<String>, S::Error> {
    heartbeat_starting(state, worker_id, lease_ids, &[], now, policy)
}

/// [`heartbeat`] that also marks the leases in `started` (held ahead until now) as worked on.
pub fn heartbeat_starting<S: QueueState>(
    state: &mut S,
    worker_id: &str,
    lease_ids: &[String],
    started: &[String],
    now: i64,
    policy: &Policy,
) -> Result<Vec<String>, S::Error> {
    let mut lost = Vec::new();
    for lease_id in lease_ids {
        match state.lease(lease_id)? {
            Some(mut lease) if lease.worker_id == worker_id && lease.deadline_unix_ms >= now => {
                lease.deadline_unix_ms = now.saturating_add(policy.lease_ttl_ms);
                lease.started |= started.contains(lease_id);
                state.put_lease(&lease)?;
            }
            _ => lost.push(lease_id.clone()),
        }
    }
    Ok(lost)
}

/// After a restart: gives a lease one full TTL from `now` (never shortens it), so that workers
/// which kept working while the coordinator was down can heartbeat before their leases expire;
/// an outage longer than the TTL must not cost every unit that was out an attempt. Returns
/// whether the lease exists.
pub fn extend_after_restart<S: QueueState>(
    state: &mut S,
    lease_id: &str,
    now: i64,
    policy: &Policy,
) -> Result<bool, S::Error> {
    let Some(mut lease) = state.lease(lease_id)? else {
        return Ok(false);
    };
    let grace = now.saturating_add(policy.lease_ttl_ms);
    if lease.deadline_unix_ms < grace {
        lease.deadline_unix_ms = grace;
        state.put_lease(&lease)?;
    }
    Ok(true)
}

/// The leases past their deadline at `now`.
pub fn expired<'a>(now: i64, leases: impl IntoIterator<Item = &'a Lease>) -> Vec<String> {
    leases
        .into_iter()
        .filter(|lease| lease.deadline_unix_ms < now)
        .map(|lease| lease.id.clone())
        .collect()
}

/// What a worker hands in for its lease.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Completion {
    /// `(doc_id, result_json)`, one per document of the unit.
    Read(Vec<(String, Vec<u8>)>),
    Assemble(ReportSet),
}

/// How a completion was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompleteOutcome {
    Accepted,
    /// The lease was not current (late, duplicated or unknown): nothing changed.
    Ignored,
    /// The lease is current but the completion does not fit the unit: nothing changed.
    Invalid(String),
}

/// The part of a worker's per-document JSON the coordinator looks at.
#[derive(Debug, Deserialize)]
struct DocOutcome {
    #[serde(default)]
    status: String,
    #[serde(default)]
    error: Option<String>,
}

/// The current lease and its unit, when `lease_id` may still act at `now`.
fn current_lease<S: QueueState>(
    state: &S,
    lease_id: &str,
    now: i64,
) -> Result<Option<(Lease, Unit)>, S::Error> {
    let Some(lease) = state.lease(lease_id)? else {
        return Ok(None);
    };
    if lease.deadline_unix_ms < now {
        return Ok(None);
    }
    let Some(unit) = state.unit(&lease.unit_id)? else {
        return Ok(None);
    };
    if unit.state != UnitState::Leased || unit.lease_id.as_deref() != Some(lease_id) {
        return Ok(None);
    }
    Ok(Some((lease, unit)))
}

/// Accepts the result of the current, unexpired lease once.
pub fn complete<S: QueueState>(
    state: &mut S,
    lease_id: &str,
    completion: &Completion,
    now: i64,
) -> Result<CompleteOutcome, S::Error> {
    let Some((lease, mut unit)) = current_lease(state, lease_id, now)? else {
        return Ok(CompleteOutcome::Ignored);
    };
    let Some(mut scope) = Scope::load(state, &unit)? else {
        return Ok(CompleteOutcome::Ignored);
    };
    match (&unit.kind, completion) {
        (UnitKind::Read { docs }, Completion::Read(results)) => {
            let outcomes = match check_read_results(&unit.id, docs, results) {
                Ok(outcomes) => outcomes,
                Err(message) => return Ok(CompleteOutcome::Invalid(message)),
            };
            for (doc, (json, failure)) in docs.iter().zip(outcomes) {
                scope.record_doc_result(state, doc, json, failure)?;
            }
            scope.queue_assemble_when_read(state)?;
        }
        (UnitKind::Assemble, Completion::Assemble(reports)) => {
            state.put_reports(&unit.campaign_id, &unit.agency_id, reports)?;
            scope.finish_agency(AgencyState::Done, None);
        }
        (UnitKind::Read { .. }, Completion::Assemble(_)) => {
            return Ok(CompleteOutcome::Invalid(format!(
                "unit {} is a read unit but reports were sent",
                unit.id
            )));
        }
        (UnitKind::Assemble, Completion::Read(_)) => {
            return Ok(CompleteOutcome::Invalid(format!(
                "unit {} is an assemble unit but no reports were sent",
                unit.id
            )));
        }
    }
    unit.state = UnitState::Done;
    unit.lease_id = None;
    state.put_unit(&unit)?;
    state.remove_lease(&lease.id)?;
    scope.save(state)?;
    Ok(CompleteOutcome::Accepted)
}

/// A document's result JSON and the failure to record for it, if any.
type CheckedResult<'r> = (&'r [u8], Option<String>);

/// Pairs every document of the unit with its result, in the unit's order, with the failure to
/// record for it; refuses missing, unknown, duplicated or unparsable results.
fn check_read_results<'r>(
    unit_id: &str,
    docs: &[DocRef],
    results: &'r [(String, Vec<u8>)],
) -> Result<Vec<CheckedResult<'r>>, String> {
    let mut seen = HashSet::new();
    for (doc_id, _) in results {
        if !docs.iter().any(|doc| &doc.doc_id == doc_id) {
            return Err(format!("unit {unit_id} has no document {doc_id:?}"));
        }
        if !seen.insert(doc_id.as_str()) {
            return Err(format!("document {doc_id:?} has two results"));
        }
    }
    let mut outcomes = Vec::with_capacity(docs.len());
    for doc in docs {
        let Some((_, json)) = results.iter().find(|(doc_id, _)| doc_id == &doc.doc_id) else {
            return Err(format!(
                "document {:?} ({}) has no result",
                doc.doc_id, doc.path
            ));
        };
        let outcome: DocOutcome = serde_json::from_slice(json)
            .map_err(|e| format!("result of document {:?} is not JSON: {e}", doc.doc_id))?;
        let failure = (outcome.status == "failed")
            .then(|| outcome.error.unwrap_or_else(|| "failed".to_string()));
        outcomes.push((json.as_slice(), failure));
    }
    Ok(outcomes)
}

/// Records a worker's explicit failure of the current lease; false when the lease is not current.
pub fn fail<S: QueueState>(
    state: &mut S,
    lease_id: &str,
    error: &str,
    now: i64,
    policy: &Policy,
) -> Result<bool, S::Error> {
    let Some((lease, unit)) = current_lease(state, lease_id, now)? else {
        return Ok(false);
    };
    end_attempt(state, &lease, unit, AttemptEnd::Failed(error), now, policy)?;
    Ok(true)
}

/// Expires one lease if it is past its deadline at `now` (the reaper's step); the attempt counts.
pub fn expire<S: QueueState>(
    state: &mut S,
    lease_id: &str,
    now: i64,
    policy: &Policy,
) -> Result<bool, S::Error> {
    let Some(lease) = state.lease(lease_id)? else {
        return Ok(false);
    };
    if lease.deadline_unix_ms >= now {
        return Ok(false);
    }
    let unit = state.unit(&lease.unit_id)?;
    match unit {
        // Held ahead and never worked on: the unit goes back as it was.
        Some(unit)
            if !lease.started
                && unit.state == UnitState::Leased
                && unit.lease_id.as_deref() == Some(lease_id) =>
        {
            requeue(state, &lease, unit, now)?;
        }
        Some(unit)
            if unit.state == UnitState::Leased && unit.lease_id.as_deref() == Some(lease_id) =>
        {
            end_attempt(state, &lease, unit, AttemptEnd::Expired, now, policy)?;
        }
        // A lease whose unit moved on is only a leftover.
        _ => state.remove_lease(lease_id)?,
    }
    Ok(true)
}

/// Hands the unit back without counting an attempt (the worker is shutting down).
pub fn release<S: QueueState>(state: &mut S, lease_id: &str, now: i64) -> Result<bool, S::Error> {
    let Some((lease, unit)) = current_lease(state, lease_id, now)? else {
        return Ok(false);
    };
    requeue(state, &lease, unit, now)?;
    Ok(true)
}

/// Ends a lease without counting an attempt: the unit is queued again at once.
fn requeue<S: QueueState>(
    state: &mut S,
    lease: &Lease,
    mut unit: Unit,
    now: i64,
) -> Result<(), S::Error> {
    unit.state = UnitState::Queued;
    unit.lease_id = None;
    unit.not_before_unix_ms = now;
    state.put_unit(&unit)?;
    state.remove_lease(&lease.id)
}

/// Why an attempt ended without a result.
#[derive(Debug, Clone, Copy)]
enum AttemptEnd<'a> {
    Failed(&'a str),
    Expired,
}

/// Counts a failed attempt: requeue with backoff, or split, or give the document/agency up.
fn end_attempt<S: QueueState>(
    state: &mut S,
    lease: &Lease,
    mut unit: Unit,
    end: AttemptEnd<'_>,
    now: i64,
    policy: &Policy,
) -> Result<(), S::Error> {
    state.remove_lease(&lease.id)?;
    unit.lease_id = None;
    unit.failures += 1;
    unit.last_error = Some(match end {
        AttemptEnd::Failed(error) => error.to_string(),
        AttemptEnd::Expired => "the lease expired".to_string(),
    });
    if unit.failures < policy.max_attempts.max(1) {
        unit.state = UnitState::Queued;
        unit.not_before_unix_ms = now.saturating_add(policy.backoff_ms(unit.failures));
        return state.put_unit(&unit);
    }
    let docs = match &unit.kind {
        UnitKind::Read { docs } => docs.clone(),
        UnitKind::Assemble => {
            unit.state = UnitState::Dead;
            state.put_unit(&unit)?;
            let Some(mut scope) = Scope::load(state, &unit)? else {
                return Ok(());
            };
            let error = format!(
                "assembling the report failed {} times: {}",
                unit.failures,
                unit.last_error.as_deref().unwrap_or_default()
            );
            scope.finish_agency(AgencyState::Failed, Some(error));
            return scope.save(state);
        }
    };
    if docs.len() > 1 {
        let (left, right) = docs.split_at(docs.len() / 2);
        for (half, half_docs) in [left, right].into_iter().enumerate() {
            state.put_unit(&Unit {
                id: format!("{}.{half}", unit.id),
                campaign_id: unit.campaign_id.clone(),
                agency_id: unit.agency_id.clone(),
                kind: UnitKind::Read {
                    docs: half_docs.to_vec(),
                },
                state: UnitState::Queued,
                failures: 0,
                not_before_unix_ms: now,
                lease_id: None,
                last_error: None,
            })?;
        }
        unit.state = UnitState::Split;
        return state.put_unit(&unit);
    }
    unit.state = UnitState::Dead;
    state.put_unit(&unit)?;
    let Some(mut scope) = Scope::load(state, &unit)? else {
        return Ok(());
    };
    for doc in &docs {
        let error = match end {
            AttemptEnd::Expired => {
                format!(
                    "the worker stopped while reading this file, {} times",
                    unit.failures
                )
            }
            AttemptEnd::Failed(error) => {
                format!("reading this file failed {} times: {error}", unit.failures)
            }
        };
        let json = serde_json::json!({
            "path": doc.path,
            "format": format_from_path(&doc.path),
            "status": "failed",
            "error": error,
        });
        let json = serde_json::to_vec(&json).unwrap_or_default();
        scope.record_doc_result(state, doc, &json, Some(error))?;
    }
    scope.queue_assemble_when_read(state)?;
    scope.save(state)
}

/// The worker library's `format` value guessed from a file name, for results the coordinator
/// writes itself.
pub fn format_from_path(path: &str) -> &'static str {
    let extension = path
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    match extension.as_deref() {
        Some("docx") => "docx",
        Some("pdf") => "pdf",
        _ => "other",
    }
}

/// A unit's agency and campaign, changed together and saved once.
struct Scope {
    campaign: Campaign,
    agency: Agency,
}

impl Scope {
    fn load<S: QueueState>(state: &S, unit: &Unit) -> Result<Option<Scope>, S::Error> {
        let campaign = state.campaign(&unit.campaign_id)?;
        let agency = state.agency(&unit.campaign_id, &unit.agency_id)?;
        Ok(campaign
            .zip(agency)
            .map(|(campaign, agency)| Scope { campaign, agency }))
    }

    fn save<S: QueueState>(&self, state: &mut S) -> Result<(), S::Error> {
        state.put_agency(&self.agency)?;
        state.put_campaign(&self.campaign)
    }

    /// Stores a document's result once; a second result for the same document is dropped so
    /// that nothing is counted twice.
    fn record_doc_result<S: QueueState>(
        &mut self,
        state: &mut S,
        doc: &DocRef,
        json: &[u8],
        failure: Option<String>,
    ) -> Result<(), S::Error> {
        let (campaign_id, agency_id) = (&self.campaign.id, &self.agency.id);
        if state.has_doc_result(campaign_id, agency_id, &doc.doc_id)? {
            return Ok(());
        }
        state.put_doc_result(campaign_id, agency_id, &doc.doc_id, json)?;
        self.agency.n_docs_done += 1;
        self.campaign.n_docs_done += 1;
        if let Some(error) = failure {
            self.agency.n_docs_failed += 1;
            self.campaign.n_docs_failed += 1;
            let failure = FileFailure {
                agency_id: agency_id.clone(),
                path: doc.path.clone(),
                error,
            };
            state.put_failure(campaign_id, self.campaign.n_failures_recorded, &failure)?;
            self.campaign.n_failures_recorded += 1;
        }
        Ok(())
    }

    /// Makes the agency's assemble unit ready once every document has a result; it goes first
    /// in the queue (`not_before` 0) so that finished agencies get their reports early.
    fn queue_assemble_when_read<S: QueueState>(&mut self, state: &mut S) -> Result<(), S::Error> {
        let reading = matches!(
            self.agency.state,
            AgencyState::Queued | AgencyState::Reading
        );
        if !reading || self.agency.n_docs_done < self.agency.n_docs {
            return Ok(());
        }
        if let Some(mut unit) = state.unit(&self.agency.assemble_unit_id)?
            && unit.state == UnitState::Waiting
        {
            if !park_until_uploaded(state, &mut unit, &self.agency)? {
                unit.state = UnitState::Queued;
                unit.not_before_unix_ms = 0;
            }
            state.put_unit(&unit)?;
        }
        self.agency.state = AgencyState::Assembling;
        Ok(())
    }

    fn finish_agency(&mut self, final_state: AgencyState, error: Option<String>) {
        if self.agency.state.is_finished() {
            return;
        }
        self.agency.state = final_state;
        self.agency.error = error;
        self.campaign.n_agencies_finished += 1;
        if self.campaign.n_agencies_finished >= self.campaign.n_agencies {
            self.campaign.state = CampaignState::Done;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;
    use std::convert::Infallible;

    use super::*;
    use crate::model::{AgencyManifest, FileEntry};

    /// The state machine's records in plain maps.
    #[derive(Default, Debug)]
    pub(crate) struct MemState {
        campaigns: BTreeMap<String, Campaign>,
        agencies: BTreeMap<(String, String), Agency>,
        units: BTreeMap<String, Unit>,
        leases: BTreeMap<String, Lease>,
        results: BTreeMap<(String, String, String), Vec<u8>>,
        failures: BTreeMap<(String, u64), FileFailure>,
        reports: BTreeMap<(String, String), ReportSet>,
        next_id: u64,
        /// Blobs not uploaded yet (every other blob counts as uploaded).
        pub(crate) missing_blobs: std::collections::BTreeSet<String>,
        awaiting: BTreeMap<String, Vec<String>>,
    }

    impl QueueState for MemState {
        type Error = Infallible;
        fn campaign(&self, id: &str) -> Result<Option<Campaign>, Infallible> {
            Ok(self.campaigns.get(id).cloned())
        }
        fn put_campaign(&mut self, campaign: &Campaign) -> Result<(), Infallible> {
            self.campaigns.insert(campaign.id.clone(), campaign.clone());
            Ok(())
        }
        fn agency(&self, campaign_id: &str, agency_id: &str) -> Result<Option<Agency>, Infallible> {
            Ok(self
                .agencies
                .get(&(campaign_id.to_string(), agency_id.to_string()))
                .cloned())
        }
        fn put_agency(&mut self, agency: &Agency) -> Result<(), Infallible> {
            let key = (agency.campaign_id.clone(), agency.id.clone());
            self.agencies.insert(key, agency.clone());
            Ok(())
        }
        fn unit(&self, id: &str) -> Result<Option<Unit>, Infallible> {
            Ok(self.units.get(id).cloned())
        }
        fn put_unit(&mut self, unit: &Unit) -> Result<(), Infallible> {
            self.units.insert(unit.id.clone(), unit.clone());
            Ok(())
        }
        fn lease(&self, id: &str) -> Result<Option<Lease>, Infallible> {
            Ok(self.leases.get(id).cloned())
        }
        fn put_lease(&mut self, lease: &Lease) -> Result<(), Infallible> {
            self.leases.insert(lease.id.clone(), lease.clone());
            Ok(())
        }
        fn remove_lease(&mut self, id: &str) -> Result<(), Infallible> {
            self.leases.remove(id);
            Ok(())
        }
        fn has_doc_result(&self, c: &str, a: &str, d: &str) -> Result<bool, Infallible> {
            Ok(self
                .results
                .contains_key(&(c.to_string(), a.to_string(), d.to_string())))
        }
        fn put_doc_result(
            &mut self,
            c: &str,
            a: &str,
            d: &str,
            json: &[u8],
        ) -> Result<(), Infallible> {
            self.results
                .insert((c.to_string(), a.to_string(), d.to_string()), json.to_vec());
            Ok(())
        }
        fn put_failure(
            &mut self,
            c: &str,
            seq: u64,
            failure: &FileFailure,
        ) -> Result<(), Infallible> {
            self.failures.insert((c.to_string(), seq), failure.clone());
            Ok(())
        }
        fn put_reports(&mut self, c: &str, a: &str, reports: &ReportSet) -> Result<(), Infallible> {
            self.reports
                .insert((c.to_string(), a.to_string()), reports.clone());
            Ok(())
        }
        fn first_ready(&self) -> Result<Option<(i64, String)>, Infallible> {
            Ok(self
                .units
                .values()
                .filter(|unit| unit.state == UnitState::Queued)
                .map(|unit| (unit.not_before_unix_ms, unit.id.clone()))
                .min())
        }
        fn next_id(&mut self) -> Result<u64, Infallible> {
            self.next_id += 1;
            Ok(self.next_id)
        }
        fn has_blob(&self, sha256: &str) -> Result<bool, Infallible> {
            Ok(!self.missing_blobs.contains(sha256))
        }
        fn awaiting(&self, sha256: &str) -> Result<Vec<String>, Infallible> {
            Ok(self.awaiting.get(sha256).cloned().unwrap_or_default())
        }
        fn put_awaiting(&mut self, sha256: &str, unit_ids: &[String]) -> Result<(), Infallible> {
            if unit_ids.is_empty() {
                self.awaiting.remove(sha256);
            } else {
                self.awaiting.insert(sha256.to_string(), unit_ids.to_vec());
            }
            Ok(())
        }
    }

    fn ok<T>(result: Result<T, Infallible>) -> T {
        match result {
            Ok(value) => value,
            Err(never) => match never {},
        }
    }

    pub(crate) fn manifest(docs_per_agency: &[usize]) -> Manifest {
        Manifest {
            name: "test".into(),
            year: 2025,
            province: "Hà Nam".into(),
            lang: "vi".into(),
            agencies: docs_per_agency
                .iter()
                .enumerate()
                .map(|(agency_index, &n_docs)| AgencyManifest {
                    id: format!("agency-{agency_index}"),
                    name: format!("Sở {agency_index}"),
                    level: "province".into(),
                    tthc_sha256: String::new(),
                    files: (0..n_docs)
                        .map(|doc_index| FileEntry {
                            path: format!("docs/file-{doc_index}.docx"),
                            sha256: hex::encode([doc_index as u8; 32]),
                            size: 100,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    const T0: i64 = 1_700_000_000_000;

    #[test]
    fn a_plan_is_cut_into_parts_of_whole_agencies() {
        let plan = plan_campaign("c-1", &manifest(&[300, 300, 10, 600, 5]), &policy(), T0);
        assert_eq!(plan_parts(&plan, 512), vec![0..2, 2..4, 4..5]);
        assert_eq!(plan_parts(&plan, 10_000), vec![0..5]);
        assert_eq!(plan_parts(&plan, 0), vec![0..1, 1..2, 2..3, 3..4, 4..5]);
        let empty = plan_campaign("c-2", &manifest(&[]), &policy(), T0);
        assert!(plan_parts(&empty, 512).is_empty());
    }

    fn policy() -> Policy {
        Policy {
            batch_size: 4,
            ..Policy::default()
        }
    }

    fn setup(docs_per_agency: &[usize]) -> MemState {
        let mut state = MemState::default();
        let plan = plan_campaign("c-1", &manifest(docs_per_agency), &policy(), T0);
        assert!(ok(insert_plan(&mut state, &plan)));
        state
    }

    fn granted(state: &mut MemState, worker: &str, now: i64) -> (Lease, Unit) {
        match ok(lease_next(state, worker, now, &policy())) {
            LeaseOutcome::Granted { lease, unit } => (lease, unit),
            LeaseOutcome::Idle { retry_after_ms } => panic!("idle, retry after {retry_after_ms}"),
        }
    }

    fn analysed(unit: &Unit) -> Completion {
        let UnitKind::Read { docs } = &unit.kind else {
            panic!("not a read unit")
        };
        Completion::Read(
            docs.iter()
                .map(|doc| {
                    let json = serde_json::json!({"path": doc.path, "status": "analysed"});
                    (doc.doc_id.clone(), serde_json::to_vec(&json).unwrap())
                })
                .collect(),
        )
    }

    fn reports() -> Completion {
        let packed = |offset: u64| crate::model::PackedFile {
            sha256: hex::encode([7u8; 32]),
            location: crate::blobs::BlobLocation {
                pack: 1,
                offset,
                len: 10,
            },
        };
        Completion::Assemble(ReportSet {
            json: packed(44),
            docx: packed(98),
            html: packed(152),
        })
    }

    fn campaign(state: &MemState) -> Campaign {
        state.campaigns["c-1"].clone()
    }

    #[test]
    fn plan_cuts_batches_and_one_assemble_unit_per_agency() {
        let state = setup(&[9, 0]);
        let reads: Vec<usize> = state
            .units
            .values()
            .filter_map(|unit| match &unit.kind {
                UnitKind::Read { docs } => Some(docs.len()),
                UnitKind::Assemble => None,
            })
            .collect();
        assert_eq!(reads, vec![4, 4, 1]);
        let assembles: Vec<UnitState> = state
            .units
            .values()
            .filter(|unit| unit.kind == UnitKind::Assemble)
            .map(|unit| unit.state)
            .collect();
        // The agency without documents can be assembled at once.
        assert_eq!(assembles, vec![UnitState::Waiting, UnitState::Queued]);
        assert_eq!(campaign(&state).n_docs, 9);
    }

    #[test]
    fn units_wait_for_their_uploads_and_start_as_each_arrives() {
        let sha = |i: u8| hex::encode([i; 32]);
        let tthc = hex::encode([0xaa; 32]);
        let mut manifest = manifest(&[5, 2]);
        manifest.agencies[1].tthc_sha256 = tthc.clone();
        let mut state = MemState {
            missing_blobs: [sha(1), sha(4), tthc.clone()].into_iter().collect(),
            ..MemState::default()
        };
        let plan = plan_campaign("c-1", &manifest, &policy(), T0);
        assert!(ok(insert_plan(&mut state, &plan)));
        // Agency 0: docs 0–3 need blob 1, doc 4 needs blob 4; agency 1: docs 0–1 need blob 1.
        assert_eq!(campaign(&state).n_docs_awaiting_upload, 7);
        assert!(matches!(
            ok(lease_next(&mut state, "w-1", T0, &policy())),
            LeaseOutcome::Idle { .. }
        ));

        state.missing_blobs.remove(&sha(4));
        assert_eq!(ok(blob_arrived(&mut state, &sha(4), T0 + 5)), 1);
        assert_eq!(campaign(&state).n_docs_awaiting_upload, 6);
        let (_, unit) = granted(&mut state, "w-1", T0 + 5);
        assert_eq!(unit.id, "c-1-r000001");
        // A blob nobody waits for changes nothing.
        assert_eq!(ok(blob_arrived(&mut state, &sha(9), T0 + 6)), 0);

        state.missing_blobs.remove(&sha(1));
        assert_eq!(ok(blob_arrived(&mut state, &sha(1), T0 + 10)), 2);
        assert_eq!(campaign(&state).n_docs_awaiting_upload, 0);
        // Agency 1's documents are read, but its TTHC list has not arrived: no assembly yet.
        let (lease, unit) = granted(&mut state, "w-1", T0 + 10);
        let (lease, unit) = if unit.agency_id == "agency-1" {
            (lease, unit)
        } else {
            granted(&mut state, "w-1", T0 + 10)
        };
        assert_eq!(unit.agency_id, "agency-1");
        let done = complete(&mut state, &lease.id, &analysed(&unit), T0 + 20);
        assert_eq!(ok(done), CompleteOutcome::Accepted);
        let assemble = "c-1-a000001";
        assert_eq!(state.units[assemble].state, UnitState::AwaitingBlobs);
        state.missing_blobs.remove(&tthc);
        assert_eq!(ok(blob_arrived(&mut state, &tthc, T0 + 30)), 1);
        assert_eq!(state.units[assemble].state, UnitState::Queued);
        assert_eq!(state.units[assemble].not_before_unix_ms, 0);
        assert!(state.awaiting.is_empty());
    }

    #[test]
    fn a_unit_waits_on_its_last_upload_so_uploads_in_manifest_order_touch_it_once() {
        let sha = |i: u8| hex::encode([i; 32]);
        let mut state = MemState {
            missing_blobs: (0..4).map(sha).collect(),
            ..MemState::default()
        };
        let plan = plan_campaign("c-1", &manifest(&[4]), &policy(), T0);
        assert!(ok(insert_plan(&mut state, &plan)));
        let waiting_on = |state: &MemState| -> Vec<String> {
            let mut shas: Vec<String> = state
                .awaiting
                .iter()
                .filter(|(_, units)| !units.is_empty())
                .map(|(sha256, _)| sha256.clone())
                .collect();
            shas.sort();
            shas
        };
        assert_eq!(waiting_on(&state), vec![sha(3)]);
        // The client uploads in manifest order: nobody waits for the first three.
        for i in 0..3 {
            state.missing_blobs.remove(&sha(i));
            assert_eq!(ok(blob_arrived(&mut state, &sha(i), T0 + 1)), 0);
        }
        state.missing_blobs.remove(&sha(3));
        assert_eq!(ok(blob_arrived(&mut state, &sha(3), T0 + 2)), 1);
        assert_eq!(state.units["c-1-r000000"].state, UnitState::Queued);

        // Out of order (a retried upload): the unit moves on to the last blob still missing.
        let mut state = MemState {
            missing_blobs: (0..4).map(sha).collect(),
            ..MemState::default()
        };
        assert!(ok(insert_plan(&mut state, &plan)));
        state.missing_blobs.remove(&sha(3));
        assert_eq!(ok(blob_arrived(&mut state, &sha(3), T0 + 1)), 0);
        assert_eq!(waiting_on(&state), vec![sha(2)]);
        for i in [0, 2, 1] {
            state.missing_blobs.remove(&sha(i));
            let queued = ok(blob_arrived(&mut state, &sha(i), T0 + 2));
            assert_eq!(queued, u32::from(i == 1), "after blob {i}");
        }
        assert_eq!(state.units["c-1-r000000"].state, UnitState::Queued);
        assert!(waiting_on(&state).is_empty());
    }

    #[test]
    fn lease_hands_out_each_unit_once_then_idles() {
        let mut state = setup(&[2]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        assert_eq!(lease.attempt, 1);
        assert_eq!(lease.deadline_unix_ms, T0 + 30_000);
        assert_eq!(state.units[&unit.id].state, UnitState::Leased);
        assert_eq!(
            state.agencies[&("c-1".into(), "agency-0".into())].state,
            AgencyState::Reading
        );
        // The assemble unit waits for the documents: nothing else to do.
        assert_eq!(
            ok(lease_next(&mut state, "w-2", T0, &policy())),
            LeaseOutcome::Idle {
                retry_after_ms: 1_000
            }
        );
    }

    #[test]
    fn a_restart_gives_outstanding_leases_one_ttl_instead_of_expiring_them() {
        let mut state = setup(&[2]);
        let (lease, _) = granted(&mut state, "w-1", T0);
        // The coordinator was down for ten minutes: the stored deadline has long passed.
        let restart = T0 + 600_000;
        assert_eq!(
            expired(restart, state.leases.values()),
            vec![lease.id.clone()]
        );
        assert!(ok(extend_after_restart(
            &mut state,
            &lease.id,
            restart,
            &policy()
        )));
        assert!(expired(restart, state.leases.values()).is_empty());
        // The worker that kept the unit heartbeats in time and keeps it.
        let ids = vec![lease.id.clone()];
        assert!(
            ok(heartbeat(
                &mut state,
                "w-1",
                &ids,
                restart + 20_000,
                &policy()
            ))
            .is_empty()
        );
        // A worker that never comes back loses it one TTL after the restart, with an attempt.
        let mut other = setup(&[2]);
        let (gone, _) = granted(&mut other, "w-2", T0);
        assert!(ok(extend_after_restart(
            &mut other,
            &gone.id,
            restart,
            &policy()
        )));
        assert_eq!(
            expired(restart + 30_001, other.leases.values()),
            vec![gone.id.clone()]
        );
        assert!(!ok(extend_after_restart(
            &mut other,
            "l-none",
            restart,
            &policy()
        )));
    }

    #[test]
    fn heartbeat_extends_only_the_holders_live_lease() {
        let mut state = setup(&[1]);
        let (lease, _) = granted(&mut state, "w-1", T0);
        let ids = vec![lease.id.clone()];
        assert!(ok(heartbeat(&mut state, "w-1", &ids, T0 + 20_000, &policy())).is_empty());
        assert_eq!(state.leases[&lease.id].deadline_unix_ms, T0 + 50_000);
        // Another worker cannot keep it alive.
        assert_eq!(
            ok(heartbeat(&mut state, "w-2", &ids, T0 + 21_000, &policy())),
            ids
        );
        assert_eq!(state.leases[&lease.id].deadline_unix_ms, T0 + 50_000);
        // Past the deadline the lease is lost even before the reaper ran.
        assert_eq!(
            ok(heartbeat(&mut state, "w-1", &ids, T0 + 50_001, &policy())),
            ids
        );
        assert_eq!(
            expired(T0 + 50_000, state.leases.values()),
            Vec::<String>::new()
        );
        assert_eq!(expired(T0 + 50_001, state.leases.values()), ids);
    }

    #[test]
    fn expiry_requeues_with_attempt_and_backoff() {
        let mut state = setup(&[1]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        let late = T0 + 30_001;
        assert!(ok(expire(&mut state, &lease.id, late, &policy())));
        assert!(state.leases.is_empty());
        let requeued = &state.units[&unit.id];
        assert_eq!((requeued.state, requeued.failures), (UnitState::Queued, 1));
        assert_eq!(requeued.not_before_unix_ms, late + 1_000);
        // Backoff is respected: not before the delay, with the time left as the hint.
        assert_eq!(
            ok(lease_next(&mut state, "w-2", late + 400, &policy())),
            LeaseOutcome::Idle {
                retry_after_ms: 600
            }
        );
        let (second, _) = granted(&mut state, "w-2", late + 1_000);
        assert_eq!(second.attempt, 2);
        assert_ne!(second.id, lease.id);
        // The second failure doubles the delay.
        assert!(ok(fail(
            &mut state,
            &second.id,
            "boom",
            late + 2_000,
            &policy()
        )));
        assert_eq!(
            state.units[&unit.id].not_before_unix_ms,
            late + 2_000 + 2_000
        );
    }

    #[test]
    fn a_lease_held_ahead_costs_no_attempt_until_it_is_started() {
        let mut state = setup(&[1, 1]);
        let held = |state: &mut MemState, now: i64| match ok(lease_next_for(
            state,
            "w-1",
            Started::Later,
            now,
            &policy(),
        )) {
            LeaseOutcome::Granted { lease, unit } => (lease, unit),
            LeaseOutcome::Idle { .. } => panic!("idle"),
        };
        // The worker dies while holding the lease ahead: the unit never ran.
        let (lease, unit) = held(&mut state, T0);
        assert!(!lease.started);
        let late = T0 + 30_001;
        assert!(ok(expire(&mut state, &lease.id, late, &policy())));
        let requeued = &state.units[&unit.id];
        assert_eq!((requeued.state, requeued.failures), (UnitState::Queued, 0));
        assert_eq!(requeued.not_before_unix_ms, late, "no backoff either");
        assert!(state.leases.is_empty());
        // Heartbeats keep a held lease alive without starting it ...
        let (lease, unit) = held(&mut state, late);
        let ids = vec![lease.id.clone()];
        assert!(ok(heartbeat(&mut state, "w-1", &ids, late + 10_000, &policy())).is_empty());
        assert!(!state.leases[&lease.id].started);
        // ... and only its holder can mark it started; from then on expiry counts.
        ok(heartbeat_starting(
            &mut state,
            "w-2",
            &ids,
            &ids,
            late + 11_000,
            &policy(),
        ));
        assert!(!state.leases[&lease.id].started);
        ok(heartbeat_starting(
            &mut state,
            "w-1",
            &ids,
            &ids,
            late + 12_000,
            &policy(),
        ));
        assert!(state.leases[&lease.id].started);
        let later = late + 12_000 + 30_001;
        assert!(ok(expire(&mut state, &lease.id, later, &policy())));
        assert_eq!(state.units[&unit.id].failures, 1);
        // A lease for an idle slot is started from the grant.
        let (lease, _) = granted(&mut state, "w-1", later + 10_000);
        assert!(lease.started);
    }

    #[test]
    fn late_completion_after_expiry_is_ignored() {
        let mut state = setup(&[1]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        // Past the deadline, before the reaper: refused.
        assert_eq!(
            ok(complete(
                &mut state,
                &lease.id,
                &analysed(&unit),
                T0 + 30_001
            )),
            CompleteOutcome::Ignored
        );
        assert!(ok(expire(&mut state, &lease.id, T0 + 30_001, &policy())));
        let (second, _) = granted(&mut state, "w-2", T0 + 40_000);
        // The first worker wakes up and completes: still ignored, the new holder is unaffected.
        assert_eq!(
            ok(complete(
                &mut state,
                &lease.id,
                &analysed(&unit),
                T0 + 40_001
            )),
            CompleteOutcome::Ignored
        );
        assert_eq!(campaign(&state).n_docs_done, 0);
        assert_eq!(
            ok(complete(
                &mut state,
                &second.id,
                &analysed(&unit),
                T0 + 40_002
            )),
            CompleteOutcome::Accepted
        );
        assert_eq!(campaign(&state).n_docs_done, 1);
    }

    #[test]
    fn duplicate_completion_is_ignored_and_not_counted_twice() {
        let mut state = setup(&[3]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        let completion = analysed(&unit);
        assert_eq!(
            ok(complete(&mut state, &lease.id, &completion, T0 + 1)),
            CompleteOutcome::Accepted
        );
        assert_eq!(
            ok(complete(&mut state, &lease.id, &completion, T0 + 2)),
            CompleteOutcome::Ignored
        );
        assert!(!ok(fail(&mut state, &lease.id, "late", T0 + 3, &policy())));
        assert!(!ok(release(&mut state, &lease.id, T0 + 3)));
        let agency = &state.agencies[&("c-1".into(), "agency-0".into())];
        assert_eq!((agency.n_docs_done, campaign(&state).n_docs_done), (3, 3));
        assert_eq!(state.results.len(), 3);
    }

    #[test]
    fn completion_that_does_not_fit_the_unit_changes_nothing() {
        let mut state = setup(&[2]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        let Completion::Read(mut results) = analysed(&unit) else {
            unreachable!()
        };
        results.pop();
        let outcome = ok(complete(
            &mut state,
            &lease.id,
            &Completion::Read(results),
            T0 + 1,
        ));
        assert!(
            matches!(outcome, CompleteOutcome::Invalid(_)),
            "{outcome:?}"
        );
        let bad_json = Completion::Read(vec![
            ("d000000".into(), b"{".to_vec()),
            ("d000001".into(), b"{}".to_vec()),
        ]);
        let outcome = ok(complete(&mut state, &lease.id, &bad_json, T0 + 1));
        assert!(
            matches!(outcome, CompleteOutcome::Invalid(_)),
            "{outcome:?}"
        );
        let outcome = ok(complete(&mut state, &lease.id, &reports(), T0 + 1));
        assert!(
            matches!(outcome, CompleteOutcome::Invalid(_)),
            "{outcome:?}"
        );
        assert!(state.results.is_empty());
        assert_eq!(
            ok(complete(&mut state, &lease.id, &analysed(&unit), T0 + 2)),
            CompleteOutcome::Accepted
        );
    }

    #[test]
    fn release_requeues_without_counting_an_attempt() {
        let mut state = setup(&[1]);
        let (lease, unit) = granted(&mut state, "w-1", T0);
        assert!(ok(release(&mut state, &lease.id, T0 + 5)));
        let requeued = &state.units[&unit.id];
        assert_eq!((requeued.state, requeued.failures), (UnitState::Queued, 0));
        let (again, _) = granted(&mut state, "w-2", T0 + 5);
        assert_eq!(again.attempt, 1);
    }

    /// Fails the unit holding `poison` until the coordinator gives it up; everything else completes.
    fn run_with_poison(state: &mut MemState, poison: &str) -> Vec<Vec<String>> {
        let mut now = T0;
        let mut leased_doc_sets = Vec::new();
        while let LeaseOutcome::Granted { lease, unit } = ok(lease_next(state, "w", now, &policy()))
        {
            match &unit.kind {
                UnitKind::Read { docs } => {
                    leased_doc_sets.push(docs.iter().map(|doc| doc.path.clone()).collect());
                    if docs.iter().any(|doc| doc.path == poison) {
                        // The worker dies on it: the lease expires.
                        now = lease.deadline_unix_ms + 1;
                        assert!(ok(expire(state, &lease.id, now, &policy())));
                        now += 60_000;
                    } else {
                        assert_eq!(
                            ok(complete(state, &lease.id, &analysed(&unit), now)),
                            CompleteOutcome::Accepted
                        );
                    }
                }
                UnitKind::Assemble => {
                    assert_eq!(
                        ok(complete(state, &lease.id, &reports(), now)),
                        CompleteOutcome::Accepted
                    );
                }
            }
            now += 1;
        }
        leased_doc_sets
    }

    #[test]
    fn split_after_max_attempts_isolates_a_poison_document() {
        let mut state = setup(&[4]);
        let poison = "docs/file-2.docx";
        let leased = run_with_poison(&mut state, poison);
        let sizes: Vec<usize> = leased.iter().map(Vec::len).collect();
        // 3 attempts at the batch of 4, halves of 2 (one completes), 3 attempts at each half of the poisoned pair...
        assert_eq!(sizes, vec![4, 4, 4, 2, 2, 2, 2, 1, 1, 1, 1]);
        let failed: Vec<&FileFailure> = state.failures.values().collect();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].path, poison);
        assert_eq!(
            failed[0].error,
            "the worker stopped while reading this file, 3 times"
        );
        let key = (
            "c-1".to_string(),
            "agency-0".to_string(),
            "d000002".to_string(),
        );
        let recorded: serde_json::Value = serde_json::from_slice(&state.results[&key]).unwrap();
        assert_eq!(
            recorded,
            serde_json::json!({
                "path": poison,
                "format": "docx",
                "status": "failed",
                "error": "the worker stopped while reading this file, 3 times",
            })
        );
        // The rest of the agency continued and the campaign finished.
        let campaign = campaign(&state);
        assert_eq!((campaign.n_docs_done, campaign.n_docs_failed), (4, 1));
        assert_eq!(campaign.state, CampaignState::Done);
        assert_eq!(state.reports.len(), 1);
    }

    #[test]
    fn assemble_becomes_ready_only_after_all_docs_and_campaign_finishes() {
        let mut state = setup(&[5, 1]);
        let (first, first_unit) = granted(&mut state, "w", T0);
        let (second, second_unit) = granted(&mut state, "w", T0);
        let (third, third_unit) = granted(&mut state, "w", T0);
        assert_eq!(first_unit.agency_id, "agency-0");
        assert_eq!(third_unit.agency_id, "agency-1");
        ok(complete(
            &mut state,
            &first.id,
            &analysed(&first_unit),
            T0 + 1,
        ));
        ok(complete(
            &mut state,
            &third.id,
            &analysed(&third_unit),
            T0 + 1,
        ));
        // agency-1 is fully read: its assemble unit jumps the queue; agency-0's waits.
        let (assemble, assemble_unit) = granted(&mut state, "w", T0 + 2);
        assert_eq!(
            (assemble_unit.kind.clone(), assemble_unit.agency_id.as_str()),
            (UnitKind::Assemble, "agency-1")
        );
        assert_eq!(state.units["c-1-a000000"].state, UnitState::Waiting);
        assert!(matches!(
            ok(lease_next(&mut state, "w", T0 + 2, &policy())),
            LeaseOutcome::Idle { .. }
        ));
        ok(complete(&mut state, &assemble.id, &reports(), T0 + 3));
        assert_eq!(campaign(&state).state, CampaignState::Running);
        assert_eq!(campaign(&state).n_agencies_finished, 1);
        ok(complete(
            &mut state,
            &second.id,
            &analysed(&second_unit),
            T0 + 4,
        ));
        assert_eq!(
            state.agencies[&("c-1".into(), "agency-0".into())].state,
            AgencyState::Assembling
        );
        let (last, _) = granted(&mut state, "w", T0 + 5);
        ok(complete(&mut state, &last.id, &reports(), T0 + 6));
        let campaign = campaign(&state);
        assert_eq!(campaign.state, CampaignState::Done);
        assert_eq!((campaign.n_docs_done, campaign.n_agencies_finished), (6, 2));
    }

    #[test]
    fn failed_documents_are_counted_and_listed_in_order() {
        let mut state = setup(&[2]);
        let (lease, _) = granted(&mut state, "w", T0);
        let results = vec![
            (
                "d000000".to_string(),
                br#"{"status":"failed","error":"encrypted pdf"}"#.to_vec(),
            ),
            (
                "d000001".to_string(),
                br#"{"status":"unsupported","error":null}"#.to_vec(),
            ),
        ];
        ok(complete(
            &mut state,
            &lease.id,
            &Completion::Read(results),
            T0 + 1,
        ));
        let campaign = campaign(&state);
        assert_eq!(
            (
                campaign.n_docs_done,
                campaign.n_docs_failed,
                campaign.n_failures_recorded
            ),
            (2, 1, 1)
        );
        assert_eq!(
            state.failures[&("c-1".to_string(), 0)].error,
            "encrypted pdf"
        );
    }

    #[test]
    fn assemble_exhausting_attempts_fails_the_agency_and_ends_the_campaign() {
        let mut state = setup(&[0]);
        let mut now = T0;
        for attempt in 1..=3 {
            let (lease, unit) = granted(&mut state, "w", now);
            assert_eq!((lease.attempt, unit.kind), (attempt, UnitKind::Assemble));
            assert!(ok(fail(
                &mut state,
                &lease.id,
                "docx writer crashed",
                now + 1,
                &policy()
            )));
            now += 120_000;
        }
        let agency = &state.agencies[&("c-1".into(), "agency-0".into())];
        assert_eq!(agency.state, AgencyState::Failed);
        assert_eq!(
            agency.error.as_deref(),
            Some("assembling the report failed 3 times: docx writer crashed")
        );
        assert_eq!(campaign(&state).state, CampaignState::Done);
        assert!(matches!(
            ok(lease_next(&mut state, "w", now, &policy())),
            LeaseOutcome::Idle { .. }
        ));
    }

    #[test]
    fn resubmitting_a_plan_keeps_the_existing_campaign() {
        let mut state = setup(&[1]);
        let (lease, unit) = granted(&mut state, "w", T0);
        ok(complete(&mut state, &lease.id, &analysed(&unit), T0 + 1));
        let plan = plan_campaign("c-1", &manifest(&[1]), &policy(), T0 + 2);
        assert!(!ok(insert_plan(&mut state, &plan)));
        assert_eq!(campaign(&state).n_docs_done, 1);
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let policy = Policy::default();
        let delays: Vec<i64> = (1..=8)
            .map(|failures| policy.backoff_ms(failures))
            .collect();
        assert_eq!(
            delays,
            vec![1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]
        );
        assert_eq!(format_from_path("a/B.PDF"), "pdf");
        assert_eq!(format_from_path("a/b.doc"), "other");
    }
}
