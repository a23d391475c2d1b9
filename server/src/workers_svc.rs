//! The `Workers` service: registration, leases, heartbeats, blobs out, results in.
//!
//! Every state change runs as one store transaction inside `blocking`, so it completes even if
//! the worker's call is dropped halfway, and a lease is never read in one step and written in
//! another.

use std::sync::Arc;
use std::time::Duration;

use proto::pb;
use proto::pb::workers_server::Workers;
use proto::tonic::{self, Request, Response, Status};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use crate::blobs::BlobError;
use crate::error::ServiceError;
use crate::manifest;
use crate::model::{Lease, ReportSet, Unit, UnitKind, UnitState, Worker};
use crate::queue::{self, CompleteOutcome, Completion, LeaseOutcome};
use crate::shared::{Shared, blocking, now_unix_ms};

pub struct WorkersService {
    shared: Arc<Shared>,
}

impl WorkersService {
    pub(crate) fn new(shared: Arc<Shared>) -> WorkersService {
        WorkersService { shared }
    }
}

/// How long a `Lease` call waits for work before answering "nothing now".
const LEASE_LONG_POLL: Duration = Duration::from_secs(2);

/// One attempt to lease the next ready unit, as one store transaction off the async threads.
async fn try_lease(
    shared: Arc<Shared>,
    worker_id: String,
    started: queue::Started,
) -> Result<pb::LeaseResponse, ServiceError> {
    let on = shared.clone();
    blocking(&on, move || {
        let now = now_unix_ms();
        touch_worker(&shared, &worker_id, now)?;
        if shared.shutdown.is_cancelled() {
            let retry_after_ms = shared.policy.idle_retry_ms;
            return Ok(pb::LeaseResponse {
                unit: None,
                retry_after_ms,
            });
        }
        let outcome = shared.store.transact(|state| {
            queue::lease_next_for(state, &worker_id, started, now, &shared.policy)
        })?;
        match outcome {
            LeaseOutcome::Idle { retry_after_ms } => Ok(pb::LeaseResponse {
                unit: None,
                retry_after_ms,
            }),
            LeaseOutcome::Granted { lease, unit } => {
                shared.lease_granted(lease.deadline_unix_ms);
                tracing::info!(
                    campaign_id = %unit.campaign_id,
                    unit_id = %unit.id,
                    lease_id = %lease.id,
                    worker_id = %worker_id,
                    attempt = lease.attempt,
                    "unit leased"
                );
                let unit = work_unit(&shared, &lease, &unit)?;
                Ok(pb::LeaseResponse {
                    unit: Some(unit),
                    retry_after_ms: 0,
                })
            }
        }
    })
    .await
}

/// Records that the worker is alive. An unknown id (a coordinator whose data directory was
/// replaced) is taken in as it is rather than refused, so that running workers carry on.
fn touch_worker(shared: &Shared, worker_id: &str, now: i64) -> Result<(), ServiceError> {
    if worker_id.is_empty() {
        return Err(ServiceError::InvalidArgument(
            "empty worker id: register first".into(),
        ));
    }
    let worker = match shared.store.worker(worker_id)? {
        // `status` shows seconds; a write per lease would only churn the store.
        Some(worker) if (0..1_000).contains(&(now - worker.last_seen_unix_ms)) => return Ok(()),
        Some(worker) => Worker {
            last_seen_unix_ms: now,
            ..worker
        },
        None => {
            tracing::warn!(worker_id = %worker_id, "unknown worker taken in");
            Worker {
                id: worker_id.to_string(),
                name: String::new(),
                concurrency: 0,
                registered_unix_ms: now,
                last_seen_unix_ms: now,
            }
        }
    };
    shared.store.put_worker(&worker)?;
    Ok(())
}

/// Bytes of documents sent inline with one leased unit; the rest are fetched with `FetchBlob`.
const INLINE_BUDGET_BYTES: u64 = 4 * 1024 * 1024;
/// Larger documents are always fetched (streamed in chunks).
const INLINE_MAX_DOC_BYTES: u64 = 1024 * 1024;

/// A stored blob's bytes, or `None` when it is larger than `max` or cannot be read (the worker's
/// `FetchBlob` then reports why).
fn inline_content(shared: &Shared, sha256: &str, max: u64) -> Option<Vec<u8>> {
    let location = shared.store.blob(sha256).ok()??.location?;
    if location.len > max {
        return None;
    }
    shared.blobs.read_whole(sha256, location).ok()
}

/// The wire form of a granted lease; an assemble unit carries what the report needs.
fn work_unit(shared: &Shared, lease: &Lease, unit: &Unit) -> Result<pb::WorkUnit, ServiceError> {
    let work = match &unit.kind {
        UnitKind::Read { docs } => {
            let mut budget = INLINE_BUDGET_BYTES;
            pb::work_unit::Work::Read(pb::ReadUnit {
                docs: docs
                    .iter()
                    .map(|doc| {
                        let content = (doc.size <= budget.min(INLINE_MAX_DOC_BYTES))
                            .then(|| inline_content(shared, &doc.sha256, budget))
                            .flatten();
                        if let Some(bytes) = &content {
                            budget -= bytes.len() as u64;
                        }
                        pb::DocRef {
                            doc_id: doc.doc_id.clone(),
                            path: doc.path.clone(),
                            sha256: doc.sha256.clone(),
                            size: doc.size,
                            content,
                        }
                    })
                    .collect(),
            })
        }
        UnitKind::Assemble => {
            let missing = || ServiceError::Internal(format!("unit {} lost its campaign", unit.id));
            let campaign = shared
                .store
                .campaign(&unit.campaign_id)?
                .ok_or_else(missing)?;
            let agency = shared
                .store
                .agency(&unit.campaign_id, &unit.agency_id)?
                .ok_or_else(missing)?;
            // The results come along when they fit the inline budget (almost every agency):
            // one round trip less per agency.
            let stored = shared
                .store
                .doc_results(&unit.campaign_id, &unit.agency_id)?;
            let size: u64 = stored.iter().map(|(_, json)| json.len() as u64).sum();
            let results_included = size <= INLINE_BUDGET_BYTES;
            let results = if results_included {
                stored
                    .into_iter()
                    .map(|(doc_id, result_json)| pb::DocResult {
                        doc_id,
                        result_json,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let tthc = if agency.tthc_sha256.is_empty() {
                None
            } else {
                inline_content(shared, &agency.tthc_sha256, INLINE_MAX_DOC_BYTES)
            };
            pb::work_unit::Work::Assemble(pb::AssembleUnit {
                agency_name: agency.name,
                agency_level: agency.level,
                tthc_sha256: agency.tthc_sha256,
                year: campaign.year,
                lang: campaign.lang,
                results_included,
                results,
                tthc,
            })
        }
    };
    Ok(pb::WorkUnit {
        unit_id: unit.id.clone(),
        lease_id: lease.id.clone(),
        campaign_id: unit.campaign_id.clone(),
        agency_id: unit.agency_id.clone(),
        attempt: lease.attempt,
        deadline_unix_ms: lease.deadline_unix_ms,
        work: Some(work),
    })
}

#[tonic::async_trait]
impl Workers for WorkersService {
    async fn register(
        &self,
        request: Request<pb::RegisterRequest>,
    ) -> Result<Response<pb::RegisterResponse>, Status> {
        let request = request.into_inner();
        let shared = self.shared.clone();
        let worker_id = blocking(&self.shared, move || {
            let now = now_unix_ms();
            let worker = Worker {
                id: format!("w-{}", shared.store.next_id()?),
                name: request.name,
                concurrency: request.concurrency,
                registered_unix_ms: now,
                last_seen_unix_ms: now,
            };
            shared.store.put_worker(&worker)?;
            shared.store.flush()?;
            tracing::info!(worker_id = %worker.id, name = %worker.name, concurrency = worker.concurrency, "worker registered");
            Ok(worker.id)
        })
        .await?;
        let lease_ttl_ms = u32::try_from(self.shared.policy.lease_ttl_ms).unwrap_or(u32::MAX);
        Ok(Response::new(pb::RegisterResponse {
            worker_id,
            lease_ttl_ms,
        }))
    }

    /// Long-polls: when nothing is ready the call waits (up to `LEASE_LONG_POLL`) for the state
    /// to change, so a worker gets new work as soon as it exists instead of after its next poll.
    async fn lease(
        &self,
        request: Request<pb::LeaseRequest>,
    ) -> Result<Response<pb::LeaseResponse>, Status> {
        let request = request.into_inner();
        let worker_id = request.worker_id;
        let started = if request.ahead {
            queue::Started::Later
        } else {
            queue::Started::Now
        };
        let deadline = tokio::time::Instant::now() + LEASE_LONG_POLL;
        let mut changes = self.shared.changes.subscribe();
        loop {
            changes.borrow_and_update();
            let response = try_lease(self.shared.clone(), worker_id.clone(), started).await?;
            if response.unit.is_some() {
                self.shared.state_changed();
                return Ok(Response::new(response));
            }
            let now = tokio::time::Instant::now();
            if self.shared.shutdown.is_cancelled() || now >= deadline {
                return Ok(Response::new(response));
            }
            let wait =
                Duration::from_millis(u64::from(response.retry_after_ms)).min(deadline - now);
            tokio::select! {
                _ = changes.changed() => {}
                _ = tokio::time::sleep(wait) => {}
                _ = self.shared.shutdown.cancelled() => {}
            }
        }
    }

    async fn heartbeat(
        &self,
        request: Request<pb::HeartbeatRequest>,
    ) -> Result<Response<pb::HeartbeatResponse>, Status> {
        let request = request.into_inner();
        let shared = self.shared.clone();
        let lost_lease_ids = blocking(&self.shared, move || {
            let now = now_unix_ms();
            touch_worker(&shared, &request.worker_id, now)?;
            let lost = shared.store.transact(|state| {
                queue::heartbeat_starting(
                    state,
                    &request.worker_id,
                    &request.lease_ids,
                    &request.started_lease_ids,
                    now,
                    &shared.policy,
                )
            })?;
            for lease_id in &lost {
                tracing::warn!(worker_id = %request.worker_id, lease_id = %lease_id, "heartbeat for a lost lease");
            }
            Ok(lost)
        })
        .await?;
        Ok(Response::new(pb::HeartbeatResponse { lost_lease_ids }))
    }

    type FetchBlobStream = ReceiverStream<Result<pb::BlobChunk, Status>>;

    async fn fetch_blob(
        &self,
        request: Request<pb::FetchBlobRequest>,
    ) -> Result<Response<Self::FetchBlobStream>, Status> {
        let sha256 = request.into_inner().sha256;
        if !manifest::is_sha256_hex(&sha256) {
            return Err(ServiceError::InvalidArgument(format!("invalid sha256 {sha256:?}")).into());
        }
        let shared = self.shared.clone();
        let sha_for_open = sha256.clone();
        // Opening and the first chunk in one hop: most documents are a single chunk.
        let (mut reader, first_chunk, size) = blocking(&self.shared, move || {
            let Some(meta) = shared.store.blob(&sha_for_open)? else {
                return Err(ServiceError::NotFound(format!("no blob {sha_for_open}")));
            };
            let Some(location) = meta.location else {
                return Err(ServiceError::NotFound(format!("no blob {sha_for_open}")));
            };
            let opened = shared
                .blobs
                .reader(&sha_for_open, location)
                .and_then(|mut reader| {
                    let chunk = reader.read_chunk(proto::BLOB_CHUNK_BYTES)?;
                    Ok((reader, chunk))
                });
            match opened {
                Ok((reader, chunk)) => Ok((reader, chunk, meta.size)),
                Err(error @ BlobError::Damaged { .. }) => {
                    // Forget it, so that the next submission uploads it again.
                    tracing::error!("{error}");
                    shared.store.remove_blob(&sha_for_open)?;
                    Err(error.into())
                }
                Err(error) => Err(error.into()),
            }
        })
        .await?;
        let (tx, rx) = mpsc::channel(2);
        tokio::spawn(async move {
            let mut message = pb::BlobChunk {
                sha256: sha256.clone(),
                size,
                data: first_chunk,
            };
            loop {
                if tx.send(Ok(message)).await.is_err() || reader.is_done() {
                    return;
                }
                let read = tokio::task::spawn_blocking(move || {
                    let chunk = reader.read_chunk(proto::BLOB_CHUNK_BYTES);
                    (reader, chunk)
                })
                .await;
                let chunk = match read {
                    Ok((returned, Ok(chunk))) => {
                        reader = returned;
                        chunk
                    }
                    Ok((_, Err(e))) => {
                        let _ = tx.send(Err(ServiceError::from(e).into())).await;
                        return;
                    }
                    Err(e) => {
                        let error = ServiceError::Internal(format!("read blob {sha256}: {e}"));
                        let _ = tx.send(Err(error.into())).await;
                        return;
                    }
                };
                message = pb::BlobChunk {
                    sha256: String::new(),
                    size: 0,
                    data: chunk,
                };
            }
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }

    async fn get_agency_results(
        &self,
        request: Request<pb::GetAgencyResultsRequest>,
    ) -> Result<Response<pb::GetAgencyResultsResponse>, Status> {
        let lease_id = request.into_inner().lease_id;
        let shared = self.shared.clone();
        let results = blocking(&self.shared, move || {
            let now = now_unix_ms();
            let not_current =
                || ServiceError::FailedPrecondition(format!("lease {lease_id} is not current"));
            let lease = shared.store.lease(&lease_id)?.ok_or_else(not_current)?;
            let unit = shared.store.unit(&lease.unit_id)?.ok_or_else(not_current)?;
            let current = lease.deadline_unix_ms >= now
                && unit.state == UnitState::Leased
                && unit.lease_id.as_deref() == Some(lease_id.as_str());
            if !current {
                return Err(not_current());
            }
            if unit.kind != UnitKind::Assemble {
                return Err(ServiceError::FailedPrecondition(format!(
                    "lease {lease_id} is for a read unit"
                )));
            }
            let results = shared
                .store
                .doc_results(&lease.campaign_id, &lease.agency_id)?;
            Ok(results
                .into_iter()
                .map(|(doc_id, result_json)| pb::DocResult {
                    doc_id,
                    result_json,
                })
                .collect())
        })
        .await?;
        Ok(Response::new(pb::GetAgencyResultsResponse { results }))
    }

    async fn complete(
        &self,
        request: Request<pb::CompleteRequest>,
    ) -> Result<Response<pb::CompleteResponse>, Status> {
        let request = request.into_inner();
        let lease_id = request.lease_id;
        let is_assemble = request.reports.is_some() && request.results.is_empty();
        let shared = self.shared.clone();
        let outcome = blocking(&self.shared, move || {
            // Results decide for a read unit even if an empty `reports` came along; the queue
            // refuses a completion that does not fit the unit's kind.
            let completion = match request.reports {
                Some(reports) if request.results.is_empty() => {
                    // The files go to the packs, durable before the store points to them; a
                    // completion the queue then ignores leaves unreferenced bytes, nothing else.
                    let blobs = &shared.blobs;
                    let set = ReportSet {
                        json: blobs.append_bytes(reports.report_json)?,
                        docx: blobs.append_bytes(reports.report_docx)?,
                        html: blobs.append_bytes(reports.report_html)?,
                    };
                    blobs.sync(|| Ok::<(), ServiceError>(()))?;
                    Completion::Assemble(set)
                }
                _ => Completion::Read(
                    request
                        .results
                        .into_iter()
                        .map(|result| (result.doc_id, result.result_json))
                        .collect(),
                ),
            };
            let now = now_unix_ms();
            let outcome = shared
                .store
                .transact(|state| queue::complete(state, &lease_id, &completion, now))?;
            match &outcome {
                CompleteOutcome::Accepted => {
                    shared.store.flush()?;
                    tracing::info!(lease_id = %lease_id, "unit completed");
                }
                CompleteOutcome::Ignored => {
                    tracing::warn!(lease_id = %lease_id, "late or duplicated completion ignored");
                }
                CompleteOutcome::Invalid(message) => {
                    tracing::warn!(lease_id = %lease_id, "completion refused: {message}");
                }
            }
            Ok(outcome)
        })
        .await?;
        let accepted = match outcome {
            CompleteOutcome::Accepted => true,
            CompleteOutcome::Ignored => false,
            CompleteOutcome::Invalid(message) => {
                return Err(ServiceError::InvalidArgument(message).into());
            }
        };
        if accepted && is_assemble {
            self.shared.agency_may_have_finished();
        } else if accepted {
            self.shared.state_changed();
        }
        Ok(Response::new(pb::CompleteResponse { accepted }))
    }

    async fn fail(
        &self,
        request: Request<pb::FailRequest>,
    ) -> Result<Response<pb::FailResponse>, Status> {
        let request = request.into_inner();
        let shared = self.shared.clone();
        let accepted = blocking(&self.shared, move || {
            let now = now_unix_ms();
            let accepted = shared.store.transact(|state| {
                queue::fail(
                    state,
                    &request.lease_id,
                    &request.error,
                    now,
                    &shared.policy,
                )
            })?;
            if accepted {
                shared.store.flush()?;
                tracing::warn!(lease_id = %request.lease_id, error = %request.error, "unit failed");
            }
            Ok(accepted)
        })
        .await?;
        if accepted {
            self.shared.agency_may_have_finished();
        }
        Ok(Response::new(pb::FailResponse { accepted }))
    }

    async fn release(
        &self,
        request: Request<pb::ReleaseRequest>,
    ) -> Result<Response<pb::ReleaseResponse>, Status> {
        let lease_id = request.into_inner().lease_id;
        let shared = self.shared.clone();
        let accepted = blocking(&self.shared, move || {
            let now = now_unix_ms();
            let accepted = shared
                .store
                .transact(|state| queue::release(state, &lease_id, now))?;
            if accepted {
                tracing::info!(lease_id = %lease_id, "lease released");
            }
            Ok(accepted)
        })
        .await?;
        Ok(Response::new(pb::ReleaseResponse { accepted }))
    }

    async fn deregister(
        &self,
        request: Request<pb::DeregisterRequest>,
    ) -> Result<Response<pb::DeregisterResponse>, Status> {
        let worker_id = request.into_inner().worker_id;
        let shared = self.shared.clone();
        let released = blocking(&self.shared, move || {
            let now = now_unix_ms();
            let mut released = 0;
            for lease in shared.store.leases()? {
                if lease.worker_id != worker_id {
                    continue;
                }
                if shared
                    .store
                    .transact(|state| queue::release(state, &lease.id, now))?
                {
                    tracing::info!(lease_id = %lease.id, worker_id = %worker_id, "lease of a stopping worker released");
                    released += 1;
                }
            }
            if released > 0 {
                shared.store.flush()?;
            }
            Ok(released)
        })
        .await?;
        if released > 0 {
            self.shared.state_changed();
        }
        Ok(Response::new(pb::DeregisterResponse { released }))
    }
}
