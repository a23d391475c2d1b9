//! The worker loop: register with a coordinator, lease units of work, read and analyse off the
//! async runtime, heartbeat while busy, upload results.
//!
//! Each of the `concurrency` slots owns one reader (an isolated child process by default), so a
//! file that crashes a reader costs that slot a restart of its child and nothing else. Leases are
//! extended by one heartbeat task for the whole worker; a lease the coordinator says is lost is
//! abandoned at the next document boundary and its result is never sent.

mod work;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use proto::client::{ClientOptions, Clients};
use proto::pb;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

use crate::isolate::ChildCommand;
use crate::read::Limits;

/// How a worker reads files.
#[derive(Debug, Clone)]
pub enum ReaderMode {
    /// In a child process per slot (the default): survives stack overflows and aborts.
    Isolated(ChildCommand),
    /// In this process: faster start, for trusted input only; a crashing file kills the worker.
    InProcess,
}

/// Everything a worker needs to run.
#[derive(Debug, Clone)]
pub struct RunnerConfig {
    pub coordinator: ClientOptions,
    /// A name shown by `isomigrate status` (host name by default).
    pub name: String,
    /// Units worked on at the same time.
    pub concurrency: usize,
    pub reader: ReaderMode,
    pub limits: Limits,
    /// How long in-flight units may run on after shutdown was asked before their leases are handed back.
    pub shutdown_grace: Duration,
}

/// Why the worker stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunnerError {
    #[error("{0}")]
    Connect(#[from] proto::client::ConnectError),
    #[error("the coordinator refused this worker: {0}")]
    Refused(String),
}

/// The leases this worker holds, shared with the heartbeat task; a lost lease is flagged here.
#[derive(Default)]
pub(crate) struct ActiveLeases {
    inner: Mutex<HashMap<String, CancellationToken>>,
    /// Leases taken ahead that the worker has since started on, for the next heartbeat to say.
    started: Mutex<HashSet<String>>,
}

impl ActiveLeases {
    /// Heartbeats `lease_id` from now on; its token tells when the coordinator says it is lost.
    /// Inserting a lease already there keeps its token, so a loss seen before the slot took the
    /// lease up is not forgotten.
    fn insert(&self, lease_id: &str) -> CancellationToken {
        match self.inner.lock() {
            Ok(mut map) => map.entry(lease_id.to_string()).or_default().clone(),
            Err(_) => CancellationToken::new(),
        }
    }

    fn remove(&self, lease_id: &str) {
        if let Ok(mut map) = self.inner.lock() {
            map.remove(lease_id);
        }
        if let Ok(mut started) = self.started.lock() {
            started.remove(lease_id);
        }
    }

    /// The next heartbeat tells the coordinator that this lease, taken ahead, is worked on (a
    /// lease no longer held is not told).
    fn report_started(&self, lease_id: &str) {
        let held = self
            .inner
            .lock()
            .is_ok_and(|map| map.contains_key(lease_id));
        if held && let Ok(mut started) = self.started.lock() {
            started.insert(lease_id.to_string());
        }
    }

    /// The started leases not told yet; they are forgotten once taken.
    fn take_started(&self) -> Vec<String> {
        self.started
            .lock()
            .map(|mut started| started.drain().collect())
            .unwrap_or_default()
    }

    fn ids(&self) -> Vec<String> {
        self.inner
            .lock()
            .map(|map| map.keys().cloned().collect())
            .unwrap_or_default()
    }

    fn lose(&self, lease_id: &str) {
        if let Ok(map) = self.inner.lock()
            && let Some(token) = map.get(lease_id)
        {
            token.cancel();
        }
    }
}

/// Runs a worker until `shutdown` is cancelled. Reconnects when the coordinator goes away and
/// comes back; only a refusal (bad token, bad address) ends it with an error.
pub async fn run(config: RunnerConfig, shutdown: CancellationToken) -> Result<(), RunnerError> {
    let clients = proto::client::connect_lazy(&config.coordinator)?;
    let (worker_id, lease_ttl) = match register(&clients, &config, &shutdown).await? {
        Some(registered) => registered,
        None => return Ok(()),
    };
    info!(%worker_id, name = %config.name, concurrency = config.concurrency, "worker registered");

    let active = Arc::new(ActiveLeases::default());
    let heartbeat = tokio::spawn(heartbeat_loop(
        clients.clone(),
        worker_id.clone(),
        active.clone(),
        lease_ttl,
        shutdown.clone(),
    ));

    let mut slots = Vec::new();
    for slot in 0..config.concurrency.max(1) {
        let slot_ctx = work::Slot::new(
            slot,
            clients.clone(),
            worker_id.clone(),
            config.clone(),
            active.clone(),
        );
        slots.push(tokio::spawn(slot_ctx.run(shutdown.clone())));
    }
    let mut refused = None;
    for handle in slots {
        match handle.await {
            Ok(Err(e)) => refused = Some(e),
            Ok(Ok(())) => {}
            Err(join) => warn!("worker slot ended abnormally: {join}"),
        }
    }
    heartbeat.abort();
    deregister(&clients, &worker_id).await;
    info!(%worker_id, "worker stopped");
    match refused {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Registers, retrying while the coordinator is unreachable. `None` when shutdown came first.
async fn register(
    clients: &Clients,
    config: &RunnerConfig,
    shutdown: &CancellationToken,
) -> Result<Option<(String, Duration)>, RunnerError> {
    let mut backoff = Backoff::new();
    loop {
        let request = pb::RegisterRequest {
            name: config.name.clone(),
            concurrency: config.concurrency as u32,
        };
        match clients.workers.clone().register(request).await {
            Ok(response) => {
                let response = response.into_inner();
                let ttl = Duration::from_millis(u64::from(response.lease_ttl_ms.max(1000)));
                return Ok(Some((response.worker_id, ttl)));
            }
            Err(status) if is_refusal(&status) => {
                return Err(RunnerError::Refused(status.message().to_string()));
            }
            Err(status) => {
                warn!(
                    "coordinator not reachable yet ({}), retrying",
                    status.message()
                );
            }
        }
        tokio::select! {
            _ = shutdown.cancelled() => return Ok(None),
            _ = tokio::time::sleep(backoff.next()) => {}
        }
    }
}

/// Tells the coordinator this worker holds nothing any more, so that a lease granted while its
/// request was being cancelled goes back to the queue now rather than after its TTL.
async fn deregister(clients: &Clients, worker_id: &str) {
    let request = pb::DeregisterRequest {
        worker_id: worker_id.to_string(),
    };
    let mut workers = clients.workers.clone();
    match tokio::time::timeout(Duration::from_secs(5), workers.deregister(request)).await {
        Ok(Ok(response)) => {
            let released = response.into_inner().released;
            if released > 0 {
                info!(released, "leases handed back at shutdown");
            }
        }
        Ok(Err(status)) => warn!("could not deregister: {}", status.message()),
        Err(_) => warn!("could not deregister: the coordinator did not answer in time"),
    }
}

fn is_refusal(status: &proto::tonic::Status) -> bool {
    matches!(
        status.code(),
        proto::tonic::Code::Unauthenticated
            | proto::tonic::Code::PermissionDenied
            | proto::tonic::Code::InvalidArgument
    )
}

async fn heartbeat_loop(
    clients: Clients,
    worker_id: String,
    active: Arc<ActiveLeases>,
    lease_ttl: Duration,
    shutdown: CancellationToken,
) {
    let period = (lease_ttl / 3).max(Duration::from_millis(200));
    loop {
        tokio::time::sleep(period).await;
        let lease_ids = active.ids();
        if lease_ids.is_empty() {
            if shutdown.is_cancelled() {
                return;
            }
            continue;
        }
        let started_lease_ids = active.take_started();
        let request = pb::HeartbeatRequest {
            worker_id: worker_id.clone(),
            lease_ids,
            started_lease_ids: started_lease_ids.clone(),
        };
        match clients.workers.clone().heartbeat(request).await {
            Err(status) => {
                warn!("heartbeat failed: {}", status.message());
                // Said again next time (a lease gone by then is ignored by the coordinator).
                for lease_id in &started_lease_ids {
                    active.report_started(lease_id);
                }
            }
            Ok(response) => {
                for lost in response.into_inner().lost_lease_ids {
                    warn!(lease_id = %lost, "lease lost; abandoning its unit");
                    active.lose(&lost);
                }
            }
        }
    }
}

/// Exponential backoff for reconnects: 200 ms doubling to 5 s.
pub(crate) struct Backoff {
    next: Duration,
}

impl Backoff {
    pub(crate) fn new() -> Self {
        Backoff {
            next: Duration::from_millis(200),
        }
    }

    pub(crate) fn next(&mut self) -> Duration {
        let current = self.next;
        self.next = (self.next * 2).min(Duration::from_secs(5));
        current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let mut backoff = Backoff::new();
        let delays: Vec<u128> = (0..7).map(|_| backoff.next().as_millis()).collect();
        assert_eq!(delays, vec![200, 400, 800, 1600, 3200, 5000, 5000]);
    }

    #[test]
    fn lost_lease_cancels_its_token_only() {
        let active = ActiveLeases::default();
        let first = active.insert("l-1");
        let second = active.insert("l-2");
        active.lose("l-1");
        assert!(first.is_cancelled());
        assert!(!second.is_cancelled());
        active.remove("l-1");
        assert_eq!(active.ids(), vec!["l-2".to_string()]);
    }

    #[test]
    fn a_lease_leased_ahead_keeps_its_loss_when_the_slot_takes_it_up() {
        let active = ActiveLeases::default();
        // The lease task records the lease as it arrives; the coordinator then says it is lost.
        active.insert("l-7");
        active.lose("l-7");
        // The slot takes it up later and must see the loss.
        assert!(active.insert("l-7").is_cancelled());
        assert_eq!(active.ids(), vec!["l-7".to_string()]);
    }

    #[test]
    fn a_started_lease_is_told_once_and_only_while_held() {
        let active = ActiveLeases::default();
        active.insert("l-1");
        active.report_started("l-1");
        active.report_started("l-gone");
        assert_eq!(active.take_started(), vec!["l-1".to_string()]);
        assert!(active.take_started().is_empty());
        // A lease that ends before the heartbeat is not told.
        active.report_started("l-1");
        active.remove("l-1");
        assert!(active.take_started().is_empty());
    }
}
