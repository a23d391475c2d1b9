//! One worker slot: lease a unit, do it off the async runtime, report the outcome exactly once.

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Instant;

use futures_util::FutureExt;
use proto::client::Clients;
use proto::pb;
use proto::tonic::{Code, Status};
use sha2::{Digest, Sha256};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tracing::{Instrument, debug, error, info, info_span, warn};

use super::{ActiveLeases, Backoff, ReaderMode, RunnerConfig, RunnerError, is_refusal};
use crate::analyse;
use crate::isolate::{
    AheadFile, AssembledFiles, AssemblyJob, IsolatedReader, assemble_files, panic_text,
    read_in_process,
};
use crate::read::{self, Limits};
use crate::report::{AgencyInfo, Lang};

/// The reader a slot owns.
enum Reader {
    Isolated(IsolatedReader),
    InProcess(Limits),
}

impl Reader {
    /// Reads and analyses documents in order; each result is the JSON the coordinator stores.
    /// A reader that could not answer for a file (crash, time-out) is recorded as that file's
    /// failure, so one file never fails its unit. `starting(i)` as in
    /// [`IsolatedReader::analyse_batch`]: false stops the batch before file `i`.
    /// `ahead` as in [`IsolatedReader::analyse_batch_feeding`] (a reader in this process has
    /// no queue to feed).
    fn analyse_batch(
        &mut self,
        files: &[(&str, &[u8])],
        mut starting: impl FnMut(usize) -> bool,
        ahead: impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> Vec<Result<Vec<u8>, String>> {
        match self {
            Reader::Isolated(reader) => reader
                .analyse_batch_feeding(files, starting, ahead)
                .into_iter()
                .zip(files)
                .map(|(answer, (name, bytes))| match answer {
                    Ok(json) => Ok(json.into_bytes()),
                    Err(error) => result_json(name, bytes, Err(error)),
                })
                .collect(),
            Reader::InProcess(limits) => {
                let mut results = Vec::with_capacity(files.len());
                for (index, (name, bytes)) in files.iter().enumerate() {
                    if !starting(index) {
                        break;
                    }
                    let read = read_in_process(name, bytes, limits).map(|(_, doc)| doc);
                    results.push(result_json(name, bytes, read));
                }
                results
            }
        }
    }

    /// Assembles an agency and renders its report files: in the child, whose core is free while
    /// the slot waits for the report, or here with `--no-isolation`.
    fn assemble(
        &mut self,
        job: &AssemblyJob<'_>,
        ahead: impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> Result<AssembledFiles, String> {
        match self {
            Reader::Isolated(reader) => reader.assemble_feeding(job, ahead),
            Reader::InProcess(_) => {
                std::panic::catch_unwind(AssertUnwindSafe(|| assemble_files(job))).unwrap_or_else(
                    |panic| {
                        Err(format!(
                            "report assembly failed: {}",
                            panic_text(panic.as_ref())
                        ))
                    },
                )
            }
        }
    }
}

/// The analysis of a document (or of why it could not be read), as JSON.
fn result_json(
    name: &str,
    bytes: &[u8],
    read: Result<read::ExtractedDoc, read::ReadError>,
) -> Result<Vec<u8>, String> {
    let result = analyse::analyse_document(name, read::sniff_format(name, bytes), read);
    serde_json::to_vec(&result).map_err(|e| format!("cannot encode the result of {name}: {e}"))
}

/// What became of a unit.
enum Outcome {
    Complete(pb::CompleteRequest),
    Fail(String),
    /// Shutdown came and the grace period ran out: hand the lease back unfinished.
    Release,
    /// The coordinator says the lease is no longer ours: send nothing.
    Abandon,
}

pub(super) struct Slot {
    index: usize,
    clients: Clients,
    worker_id: String,
    config: RunnerConfig,
    active: Arc<ActiveLeases>,
    reader: Arc<Mutex<Reader>>,
    /// When this slot first saw shutdown (shared with its reading batches).
    shutdown_seen: Arc<OnceLock<Instant>>,
}

impl Slot {
    pub(super) fn new(
        index: usize,
        clients: Clients,
        worker_id: String,
        config: RunnerConfig,
        active: Arc<ActiveLeases>,
    ) -> Self {
        let reader = match &config.reader {
            ReaderMode::Isolated(command) => {
                Reader::Isolated(IsolatedReader::new(command.clone(), config.limits.clone()))
            }
            ReaderMode::InProcess => Reader::InProcess(config.limits.clone()),
        };
        Slot {
            index,
            clients,
            worker_id,
            config,
            active,
            reader: Arc::new(Mutex::new(reader)),
            shutdown_seen: Arc::new(OnceLock::new()),
        }
    }

    /// Asks for the next unit in the background (a long poll on the coordinator), for an idle
    /// slot: the lease is worked on at once.
    fn lease_in_background(&self) -> JoinHandle<Result<pb::LeaseResponse, Status>> {
        tokio::spawn(lease_once(
            self.clients.clone(),
            self.worker_id.clone(),
            self.active.clone(),
            false,
        ))
    }

    /// Tells the coordinator that a unit leased ahead is now worked on, so that from here on
    /// its expiry costs the unit an attempt (a held lease that expires costs none: the unit
    /// never ran). Reading in this process waits for the answer before the first document: a
    /// document that kills the worker must be charged, or it would kill worker after worker.
    /// Reading in a child cannot take the worker down, so the next periodic heartbeat says it:
    /// a worker killed from outside within that time costs the unit nothing, which is fair.
    async fn mark_started(&self, lease_id: &str) {
        match self.config.reader {
            ReaderMode::Isolated(_) => self.active.report_started(lease_id),
            ReaderMode::InProcess => {
                let request = pb::HeartbeatRequest {
                    worker_id: self.worker_id.clone(),
                    lease_ids: vec![lease_id.to_string()],
                    started_lease_ids: vec![lease_id.to_string()],
                };
                let mut workers = self.clients.workers.clone();
                let told = tokio::time::timeout(MARK_STARTED_WAIT, workers.heartbeat(request));
                match told.await {
                    Ok(Ok(_)) => {}
                    // The periodic heartbeat says it again; a coordinator that does not answer
                    // must not stall the slot.
                    Ok(Err(status)) => {
                        debug!("marking a lease started failed: {}", status.message());
                        self.active.report_started(lease_id);
                    }
                    Err(_) => {
                        debug!("marking a lease started timed out");
                        self.active.report_started(lease_id);
                    }
                }
            }
        }
    }

    /// Leases, works and reports until shutdown.
    ///
    /// Two things overlap with reading so that the reader is rarely idle: the next unit is
    /// leased while the last documents of the current one are read ([`Ahead`]), and a finished
    /// unit's outcome is sent while the next one is read (at most one send in flight).
    pub(super) async fn run(self, shutdown: CancellationToken) -> Result<(), RunnerError> {
        let mut backoff = Backoff::new();
        let mut ahead = Ahead::default();
        let mut sending: Option<JoinHandle<()>> = None;
        loop {
            let (mut pending, leased_ahead) = match ahead.take() {
                Some(pending) => (pending, true),
                None if shutdown.is_cancelled() => break,
                None => (self.lease_in_background(), false),
            };
            // A lease granted just as it is abandoned here stays in this worker's name until
            // the worker deregisters at its end (or the lease expires).
            let leased = tokio::select! {
                biased;
                leased = &mut pending => match leased {
                    Ok(leased) => leased,
                    Err(join) => Err(Status::internal(format!("lease task: {join}"))),
                },
                _ = shutdown.cancelled() => {
                    pending.abort();
                    break;
                }
            };
            let response = match leased {
                Ok(response) => response,
                Err(status) if is_refusal(&status) || status.code() == Code::NotFound => {
                    return Err(RunnerError::Refused(status.message().to_string()));
                }
                Err(status) => {
                    debug!(slot = self.index, "lease failed: {}", status.message());
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(backoff.next()) => {}
                    }
                    continue;
                }
            };
            backoff = Backoff::new();
            match response.unit {
                Some(unit) => {
                    let span = info_span!(
                        "unit",
                        unit_id = %unit.unit_id,
                        lease_id = %unit.lease_id,
                        agency_id = %unit.agency_id,
                        attempt = unit.attempt
                    );
                    let lease_id = unit.lease_id.clone();
                    let lost = self.active.insert(&lease_id);
                    let outcome = if shutdown.is_cancelled() {
                        // Leased ahead just before shutdown: hand it back untouched.
                        Outcome::Release
                    } else {
                        if leased_ahead {
                            self.mark_started(&lease_id).await;
                        }
                        // A bug hit by one unit fails that unit (the coordinator retries it and,
                        // after its attempts, records it), instead of ending the slot with the
                        // lease still held and heartbeated: a worker that stopped working but
                        // kept its lease would stall the campaign.
                        let handled = AssertUnwindSafe(
                            self.handle(unit, &lost, &shutdown, &mut ahead)
                                .instrument(span.clone()),
                        )
                        .catch_unwind()
                        .await;
                        handled.unwrap_or_else(|panic| {
                            let message = panic_text(panic.as_ref());
                            error!(parent: &span, "internal error on this unit: {message}");
                            Outcome::Fail(format!(
                                "the worker hit an internal error on this unit ({message})"
                            ))
                        })
                    };
                    if let Some(previous) = sending.take() {
                        let _ = previous.await;
                    }
                    let reporter = Reporter {
                        clients: self.clients.clone(),
                        active: self.active.clone(),
                    };
                    sending = Some(tokio::spawn(
                        reporter.report(lease_id, outcome, lost).instrument(span),
                    ));
                }
                None => {
                    let wait = std::time::Duration::from_millis(u64::from(
                        response.retry_after_ms.clamp(50, 5000),
                    ));
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(wait) => {}
                    }
                }
            }
        }
        if let Some(previous) = sending.take() {
            let _ = previous.await;
        }
        Ok(())
    }

    async fn handle(
        &self,
        unit: pb::WorkUnit,
        lost: &CancellationToken,
        shutdown: &CancellationToken,
        ahead: &mut Ahead,
    ) -> Outcome {
        failpoint_panic(&unit);
        match unit.work.clone() {
            Some(pb::work_unit::Work::Read(read_unit)) => {
                self.do_read(&unit, read_unit, lost, shutdown, ahead).await
            }
            Some(pb::work_unit::Work::Assemble(assemble)) => {
                let start_ahead = !shutdown.is_cancelled() && !ahead.is_started();
                let next_files = next_unit_slot(start_ahead);
                if start_ahead {
                    ahead.set(tokio::spawn(lease_feeding(
                        self.clients.clone(),
                        self.worker_id.clone(),
                        self.active.clone(),
                        Some(Arc::clone(&next_files)),
                    )));
                }
                let outcome = self
                    .do_assemble(&unit, assemble, lost, Arc::clone(&next_files))
                    .await;
                ahead.fed = is_sent(&next_files);
                outcome
            }
            None => Outcome::Fail("the coordinator sent a unit without work".into()),
        }
    }

    /// True when shutdown was asked long enough ago that in-flight work must be handed back.
    fn grace_over(&self, shutdown: &CancellationToken) -> bool {
        self.grace(shutdown).over()
    }

    fn grace(&self, shutdown: &CancellationToken) -> Grace {
        Grace {
            shutdown: shutdown.clone(),
            seen: self.shutdown_seen.clone(),
            grace: self.config.shutdown_grace,
        }
    }

    /// Reads a unit's documents. Consecutive documents whose bytes came with the lease go to
    /// the reader in one trip off the runtime; a document that must be fetched goes alone.
    async fn do_read(
        &self,
        unit: &pb::WorkUnit,
        read_unit: pb::ReadUnit,
        lost: &CancellationToken,
        shutdown: &CancellationToken,
        ahead: &mut Ahead,
    ) -> Outcome {
        let n_docs = read_unit.docs.len();
        // The reader child may already be through this unit's first documents (they were
        // queued behind the previous unit's): the next unit is then leased at once.
        let fed = std::mem::take(&mut ahead.fed);
        let mut results = Vec::with_capacity(n_docs);
        let mut pending = read_unit.docs.into_iter().enumerate().peekable();
        while let Some((index, mut doc)) = pending.next() {
            if lost.is_cancelled() {
                return Outcome::Abandon;
            }
            if self.grace_over(shutdown) {
                return Outcome::Release;
            }
            let bytes = match take_inline(&mut doc) {
                Some(bytes) => bytes,
                None => match fetch_blob(&self.clients, &doc.sha256, doc.size, lost).await {
                    Ok(bytes) => bytes,
                    Err(FetchError::Lost) => return Outcome::Abandon,
                    Err(FetchError::Failed(message)) => return Outcome::Fail(message),
                },
            };
            let mut batch = vec![(index, doc, bytes)];
            while let Some((_, next)) = pending.peek_mut() {
                let Some(bytes) = take_inline(next) else {
                    break;
                };
                if let Some((index, doc)) = pending.next() {
                    batch.push((index, doc, bytes));
                }
            }
            // The next unit is leased while the unit's last documents are read; when it comes
            // in time, the batch with the unit's last document also queues the next unit's
            // first documents in the reader child, which then never waits between units.
            let (ahead_tx, mut ahead_rx) = tokio::sync::oneshot::channel();
            let last_batch = batch
                .last()
                .is_some_and(|(index, _, _)| *index + 1 == n_docs);
            let start_ahead_here = !shutdown.is_cancelled() && !ahead.is_started();
            let next_files = next_unit_slot(last_batch && start_ahead_here);
            // One lease ahead per unit: a unit read in several batches (a document too large to
            // come inline splits it) starts it in the first batch that nears the unit's end.
            let start_ahead = start_ahead_here.then(|| {
                let runtime = tokio::runtime::Handle::current();
                let (clients, worker_id) = (self.clients.clone(), self.worker_id.clone());
                let active = self.active.clone();
                let next_files = last_batch.then(|| Arc::clone(&next_files));
                move || {
                    let lease = lease_feeding(clients, worker_id, active, next_files);
                    let _ = ahead_tx.send(runtime.spawn(lease));
                }
            });
            let job = Batch {
                docs: batch,
                last_index: n_docs.saturating_sub(1),
                lease_early: fed,
                start_ahead,
                next_files: Arc::clone(&next_files),
                reader: self.reader.clone(),
                lost: lost.clone(),
                grace: self.grace(shutdown),
            };
            let span = tracing::Span::current();
            let done = tokio::task::spawn_blocking(move || span.in_scope(|| job.run())).await;
            if let Ok(pending_lease) = ahead_rx.try_recv() {
                ahead.set(pending_lease);
            }
            ahead.fed = is_sent(&next_files);
            match done {
                Ok(BatchEnd::Done(done)) => results.extend(done),
                Ok(BatchEnd::Stopped(outcome)) => return outcome,
                Err(join) => return Outcome::Fail(format!("reading failed: {join}")),
            }
        }
        info!(n_docs = results.len(), campaign_id = %unit.campaign_id, "read unit done");
        Outcome::Complete(pb::CompleteRequest {
            lease_id: unit.lease_id.clone(),
            results,
            reports: None,
        })
    }

    async fn do_assemble(
        &self,
        unit: &pb::WorkUnit,
        mut assemble: pb::AssembleUnit,
        lost: &CancellationToken,
        next_files: NextFiles,
    ) -> Outcome {
        let results = if assemble.results_included {
            std::mem::take(&mut assemble.results)
        } else {
            let request = pb::GetAgencyResultsRequest {
                lease_id: unit.lease_id.clone(),
            };
            match call_with_retry(lost, || {
                let mut workers = self.clients.workers.clone();
                let request = request.clone();
                async move { workers.get_agency_results(request).await }
            })
            .await
            {
                Ok(response) => response.results,
                Err(CallError::Lost) => return Outcome::Abandon,
                Err(CallError::Failed(status)) => {
                    return Outcome::Fail(format!("cannot fetch results: {}", status.message()));
                }
            }
        };
        let inline_tthc = assemble
            .tthc
            .take()
            .filter(|bytes| hex::encode(Sha256::digest(bytes)) == assemble.tthc_sha256);
        let tthc = if assemble.tthc_sha256.is_empty() {
            None
        } else if inline_tthc.is_some() {
            inline_tthc
        } else {
            match fetch_blob(&self.clients, &assemble.tthc_sha256, 0, lost).await {
                Ok(bytes) => Some(bytes),
                Err(FetchError::Lost) => return Outcome::Abandon,
                Err(FetchError::Failed(message)) => return Outcome::Fail(message),
            }
        };
        let agency = AgencyInfo {
            id: unit.agency_id.clone(),
            name: assemble.agency_name.clone(),
            level: assemble.agency_level.clone(),
        };
        let lang = if assemble.lang == "en" {
            Lang::En
        } else {
            Lang::Vi
        };
        let year = assemble.year;
        let reader = Arc::clone(&self.reader);
        // Timed at debug level: the agency's assembly is on a slot's critical path (its reader
        // waits meanwhile), and the wait for a blocking thread shows a crowded worker.
        let queued = Instant::now();
        let span = tracing::Span::current();
        let rendered = tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let started = Instant::now();
            let jsons: Vec<&[u8]> = results.iter().map(|r| r.result_json.as_slice()).collect();
            let job = AssemblyJob {
                agency: &agency,
                year,
                lang,
                tthc_csv: tthc.as_deref(),
                results: &jsons,
            };
            let files = lock_reader(&reader).assemble(&job, next_unit_files(&next_files));
            debug!(
                waited_us = (started - queued).as_micros() as u64,
                took_us = started.elapsed().as_micros() as u64,
                "agency assembled and rendered"
            );
            files.map(|files| {
                for (index, reason) in &files.skipped {
                    let doc_id = results.get(*index).map_or("", |r| r.doc_id.as_str());
                    warn!(doc_id, "{reason}");
                }
                pb::ReportFiles {
                    report_json: files.json,
                    report_docx: files.docx,
                    report_html: files.html,
                }
            })
        })
        .await;
        match rendered {
            Ok(Ok(reports)) => Outcome::Complete(pb::CompleteRequest {
                lease_id: unit.lease_id.clone(),
                results: Vec::new(),
                reports: Some(reports),
            }),
            Ok(Err(message)) => Outcome::Fail(message),
            Err(join) => Outcome::Fail(format!("report assembly failed: {join}")),
        }
    }
}

/// The slot's reader, also after a panic while it was held: a reader that was mid-request
/// finds its child gone or out of step on the next request, and replaces it.
fn lock_reader(reader: &Mutex<Reader>) -> std::sync::MutexGuard<'_, Reader> {
    reader.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Test builds only: `ISOMIGRATE_FAILPOINT_SLOT_PANIC=1` makes the first attempt of every unit
/// panic inside the slot, so that tests can show a bug costs a retry, not the campaign.
#[cfg(debug_assertions)]
fn failpoint_panic(unit: &pb::WorkUnit) {
    if unit.attempt == 1 && std::env::var_os("ISOMIGRATE_FAILPOINT_SLOT_PANIC").is_some() {
        panic!("failpoint: slot panic on {}", unit.unit_id);
    }
}

#[cfg(not(debug_assertions))]
fn failpoint_panic(_unit: &pb::WorkUnit) {}

/// [`lease_once`] that also leaves the leased unit's first documents in `next_files` (when
/// given) for the reader to queue ahead.
async fn lease_feeding(
    clients: Clients,
    worker_id: String,
    active: Arc<ActiveLeases>,
    next_files: Option<NextFiles>,
) -> Result<pb::LeaseResponse, Status> {
    let leased = lease_once(clients, worker_id, active, true).await;
    if let Some(next_files) = next_files
        && let Ok(mut slot) = next_files.lock()
    {
        *slot = NextUnit::Known(match &leased {
            Ok(response) => first_inline_files(response),
            Err(_) => Vec::new(),
        });
    }
    leased
}

/// Where a lease taken ahead will leave the next unit's first documents; `coming` when it is
/// taken (otherwise the reader is told at once that nothing comes).
fn next_unit_slot(coming: bool) -> NextFiles {
    Arc::new(Mutex::new(if coming {
        NextUnit::Coming
    } else {
        NextUnit::Known(Vec::new())
    }))
}

/// The reader's `ahead` callback over `next_files`: `None` while the lease is out, then the
/// files once (they are then marked sent), then nothing.
fn next_unit_files(next_files: &NextFiles) -> impl FnMut() -> Option<Vec<AheadFile>> + '_ {
    || {
        let Ok(mut slot) = next_files.lock() else {
            return Some(Vec::new());
        };
        match &mut *slot {
            NextUnit::Coming => None,
            NextUnit::Known(files) if !files.is_empty() => {
                let files = std::mem::take(files);
                *slot = NextUnit::Sent;
                Some(files)
            }
            NextUnit::Known(_) | NextUnit::Sent => Some(Vec::new()),
        }
    }
}

/// Whether the next unit's first documents went to the reader child.
fn is_sent(next_files: &NextFiles) -> bool {
    next_files
        .lock()
        .is_ok_and(|slot| matches!(*slot, NextUnit::Sent))
}

/// One `Lease` call (a long poll on the coordinator). A granted lease is heartbeated from the
/// moment it arrives: one leased ahead may wait behind documents that take longer than the
/// lease's time to live (30 s by default, against 60 s of budget per file).
async fn lease_once(
    clients: Clients,
    worker_id: String,
    active: Arc<ActiveLeases>,
    ahead: bool,
) -> Result<pb::LeaseResponse, Status> {
    let mut workers = clients.workers.clone();
    let response = workers
        .lease(pb::LeaseRequest { worker_id, ahead })
        .await
        .map(|r| r.into_inner())?;
    if let Some(unit) = &response.unit {
        active.insert(&unit.lease_id);
    }
    Ok(response)
}

/// A document's bytes when they came with the lease and have the announced size.
fn take_inline(doc: &mut pb::DocRef) -> Option<Vec<u8>> {
    inline_bytes(doc)?;
    doc.content.take()
}

fn inline_bytes(doc: &pb::DocRef) -> Option<&Vec<u8>> {
    doc.content
        .as_ref()
        .filter(|bytes| bytes.len() as u64 == doc.size || doc.size == 0)
}

/// The first batch of a leased unit as [`Slot::do_read`] will form it: its leading documents
/// whose bytes came inline (their SHA-256 is checked when the batch runs; a damaged one fails
/// the unit before any answer is used).
fn first_inline_files(response: &pb::LeaseResponse) -> Vec<AheadFile> {
    let Some(pb::work_unit::Work::Read(read_unit)) =
        response.unit.as_ref().and_then(|unit| unit.work.as_ref())
    else {
        return Vec::new();
    };
    read_unit
        .docs
        .iter()
        .map_while(|doc| Some((doc.path.clone(), Arc::new(inline_bytes(doc)?.clone()))))
        .collect()
}

/// Where the lease taken ahead leaves the next unit's first documents for the reading batch.
type NextFiles = Arc<Mutex<NextUnit>>;

enum NextUnit {
    /// Leased ahead, not answered yet.
    Coming,
    /// Its first documents (none when it is no read unit or nothing came); taken once.
    Known(Vec<AheadFile>),
    /// Its first documents went to the reader child.
    Sent,
}

/// Whether a slot must hand its lease back: shutdown came and the grace period ran out.
#[derive(Clone)]
struct Grace {
    shutdown: CancellationToken,
    seen: Arc<OnceLock<Instant>>,
    grace: std::time::Duration,
}

impl Grace {
    fn over(&self) -> bool {
        if !self.shutdown.is_cancelled() {
            return false;
        }
        self.seen.get_or_init(Instant::now).elapsed() >= self.grace
    }
}

/// How long a slot reading in process waits for the coordinator to note that it started a unit
/// leased ahead.
const MARK_STARTED_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// How many documents before a unit's last one the next unit is leased. A lease is a round trip
/// and a coordinator transaction; asked at the last document (a millisecond of reading on
/// average), it came back on average 0.9 ms after the reader had finished.
const LEASE_AHEAD_DOCS: usize = 4;

/// Documents read in one trip off the runtime.
struct Batch<F> {
    /// (index in the unit, document, its bytes)
    docs: Vec<(usize, pb::DocRef, Vec<u8>)>,
    last_index: usize,
    /// Lease the next unit at the first document, not [`LEASE_AHEAD_DOCS`] before the last.
    lease_early: bool,
    start_ahead: Option<F>,
    next_files: NextFiles,
    reader: Arc<Mutex<Reader>>,
    lost: CancellationToken,
    grace: Grace,
}

enum BatchEnd {
    Done(Vec<pb::DocResult>),
    /// The unit ends here (lease lost, shutdown, a document that cannot be handled).
    Stopped(Outcome),
}

impl<F: FnOnce()> Batch<F> {
    /// Runs on a blocking thread.
    fn run(mut self) -> BatchEnd {
        // Inline bytes are checked here, off the runtime; fetched ones already were.
        for (_, doc, bytes) in &self.docs {
            if hex::encode(Sha256::digest(bytes)) != doc.sha256 {
                return BatchEnd::Stopped(Outcome::Fail(format!(
                    "document {} arrived damaged (its SHA-256 does not match)",
                    doc.path
                )));
            }
        }
        let files: Vec<(&str, &[u8])> = self
            .docs
            .iter()
            .map(|(_, doc, bytes)| (doc.path.as_str(), bytes.as_slice()))
            .collect();
        let mut stopped = None;
        let mut start_ahead = self.start_ahead.take();
        let starting = |i: usize| {
            if self.lost.is_cancelled() {
                stopped = Some(Outcome::Abandon);
                return false;
            }
            if self.grace.over() {
                stopped = Some(Outcome::Release);
                return false;
            }
            let (index, doc, _) = &self.docs[i];
            if (self.lease_early || *index + LEASE_AHEAD_DOCS >= self.last_index)
                && let Some(start) = start_ahead.take()
            {
                start();
            }
            info!(path = %doc.path, size = doc.size, "reading document");
            true
        };
        let ahead = next_unit_files(&self.next_files);
        let answers = lock_reader(&self.reader).analyse_batch(&files, starting, ahead);
        let mut done = Vec::with_capacity(answers.len());
        for ((_, doc, _), answer) in self.docs.iter().zip(answers) {
            match answer {
                Ok(result_json) => done.push(pb::DocResult {
                    doc_id: doc.doc_id.clone(),
                    result_json,
                }),
                Err(message) => return BatchEnd::Stopped(Outcome::Fail(message)),
            }
        }
        match stopped {
            Some(outcome) => BatchEnd::Stopped(outcome),
            None => BatchEnd::Done(done),
        }
    }
}

/// Sends a unit's outcome in the background while the slot reads the next unit.
struct Reporter {
    clients: Clients,
    active: Arc<ActiveLeases>,
}

/// The next unit, leased while the current one finishes.
#[derive(Default)]
struct Ahead {
    pending: Option<JoinHandle<Result<pb::LeaseResponse, Status>>>,
    /// Its first documents were queued in the reader child behind the current unit's.
    fed: bool,
}

impl Ahead {
    /// Records a lease started off the runtime (at most one start per unit, so the slot is free).
    fn set(&mut self, pending: JoinHandle<Result<pb::LeaseResponse, Status>>) {
        debug_assert!(self.pending.is_none(), "two leases ahead for one unit");
        self.pending = Some(pending);
    }

    fn take(&mut self) -> Option<JoinHandle<Result<pb::LeaseResponse, Status>>> {
        self.pending.take()
    }

    fn is_started(&self) -> bool {
        self.pending.is_some()
    }
}

impl Reporter {
    /// Sends the outcome; completion is idempotent on the coordinator (keyed by lease), so it is
    /// retried through coordinator restarts until it is answered or the lease is lost.
    async fn report(self, lease_id: String, outcome: Outcome, lost: CancellationToken) {
        let lost = &lost;
        let answer = match outcome {
            Outcome::Abandon => {
                info!("lease lost; result not sent");
                self.active.remove(&lease_id);
                return;
            }
            Outcome::Complete(request) => call_with_retry(lost, || {
                let mut workers = self.clients.workers.clone();
                let request = request.clone();
                async move {
                    workers
                        .complete(request)
                        .await
                        .map(|r| r.map(|r| r.accepted))
                }
            })
            .await
            .map(|accepted| ("complete", accepted)),
            Outcome::Fail(error) => {
                warn!("unit failed: {error}");
                call_with_retry(lost, || {
                    let mut workers = self.clients.workers.clone();
                    let request = pb::FailRequest {
                        lease_id: lease_id.clone(),
                        error: error.clone(),
                    };
                    async move { workers.fail(request).await.map(|r| r.map(|r| r.accepted)) }
                })
                .await
                .map(|accepted| ("fail", accepted))
            }
            Outcome::Release => call_with_retry(lost, || {
                let mut workers = self.clients.workers.clone();
                let request = pb::ReleaseRequest {
                    lease_id: lease_id.clone(),
                };
                async move {
                    workers
                        .release(request)
                        .await
                        .map(|r| r.map(|r| r.accepted))
                }
            })
            .await
            .map(|accepted| ("release", accepted)),
        };
        match answer {
            Ok((what, true)) => debug!(what, "outcome accepted"),
            Ok((what, false)) => warn!(
                what,
                "outcome ignored by the coordinator (lease no longer valid)"
            ),
            Err(CallError::Lost) => info!("lease lost before the outcome could be sent"),
            Err(CallError::Failed(status)) => warn!("outcome not delivered: {}", status.message()),
        }
        self.active.remove(&lease_id);
    }
}

enum CallError {
    Lost,
    Failed(Status),
}

/// Retries transient failures (coordinator restarting, connection reset) with backoff until the
/// lease is lost; a definite answer, good or bad, ends the retries.
async fn call_with_retry<T, F, Fut>(lost: &CancellationToken, mut call: F) -> Result<T, CallError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<proto::tonic::Response<T>, Status>>,
{
    let mut backoff = Backoff::new();
    loop {
        match call().await {
            Ok(response) => return Ok(response.into_inner()),
            Err(status) if is_transient(&status) => {
                debug!(
                    "transient coordinator error, retrying: {}",
                    status.message()
                );
                tokio::select! {
                    _ = lost.cancelled() => return Err(CallError::Lost),
                    _ = tokio::time::sleep(backoff.next()) => {}
                }
            }
            Err(status) => return Err(CallError::Failed(status)),
        }
    }
}

fn is_transient(status: &Status) -> bool {
    matches!(
        status.code(),
        Code::Unavailable | Code::Unknown | Code::DeadlineExceeded | Code::Aborted | Code::Internal
    ) && !status.message().contains("lease")
}

enum FetchError {
    Lost,
    Failed(String),
}

/// Downloads a blob and checks its SHA-256; `expected_size` 0 means unknown.
async fn fetch_blob(
    clients: &Clients,
    sha256: &str,
    expected_size: u64,
    lost: &CancellationToken,
) -> Result<Vec<u8>, FetchError> {
    let mut backoff = Backoff::new();
    loop {
        match fetch_blob_once(clients, sha256, expected_size).await {
            Ok(bytes) => return Ok(bytes),
            Err(status) if is_transient(&status) => {
                tokio::select! {
                    _ = lost.cancelled() => return Err(FetchError::Lost),
                    _ = tokio::time::sleep(backoff.next()) => {}
                }
            }
            Err(status) => {
                return Err(FetchError::Failed(format!(
                    "cannot fetch document {sha256}: {}",
                    status.message()
                )));
            }
        }
    }
}

async fn fetch_blob_once(
    clients: &Clients,
    sha256: &str,
    expected_size: u64,
) -> Result<Vec<u8>, Status> {
    let request = pb::FetchBlobRequest {
        sha256: sha256.to_string(),
    };
    let mut stream = clients
        .workers
        .clone()
        .fetch_blob(request)
        .await?
        .into_inner();
    let capacity = usize::try_from(expected_size)
        .unwrap_or(0)
        .min(64 * 1024 * 1024);
    let mut bytes = Vec::with_capacity(capacity);
    let mut hasher = Sha256::new();
    while let Some(chunk) = stream.message().await? {
        hasher.update(&chunk.data);
        bytes.extend_from_slice(&chunk.data);
        if expected_size > 0 && bytes.len() as u64 > expected_size {
            return Err(Status::data_loss("blob longer than announced"));
        }
    }
    let digest = hex::encode(hasher.finalize());
    if digest != sha256 {
        return Err(Status::data_loss(format!(
            "blob {sha256} arrived damaged (got {digest})"
        )));
    }
    Ok(bytes)
}
