//! The reaper: sleeps until the next lease deadline (or a wake-up after a new lease) and
//! returns the units of expired leases to the queue through the pure `queue::expired` logic.

use std::sync::Arc;
use std::time::Duration;

use crate::error::ServiceError;
use crate::queue;
use crate::shared::{Shared, blocking, now_unix_ms};

/// Longest sleep without a known deadline; also bounds the effect of a wall-clock jump.
const MAX_SLEEP: Duration = Duration::from_secs(10);

pub(crate) async fn run(shared: Arc<Shared>) {
    loop {
        // While it looks, every new lease wakes it again (a lease granted meanwhile may be due
        // before the next look it is about to plan).
        shared
            .reaper_next_unix_ms
            .store(i64::MAX, std::sync::atomic::Ordering::Release);
        let step_shared = shared.clone();
        let next_deadline = match blocking(&shared, move || reap(&step_shared)).await {
            Ok(next_deadline) => next_deadline,
            Err(e) => {
                tracing::error!("failed to expire leases: {e}");
                None
            }
        };
        let sleep = match next_deadline {
            Some(deadline) => {
                let millis = (deadline - now_unix_ms()).saturating_add(1).max(1);
                Duration::from_millis(u64::try_from(millis).unwrap_or(1)).min(MAX_SLEEP)
            }
            None => MAX_SLEEP,
        };
        let next_look =
            now_unix_ms().saturating_add(i64::try_from(sleep.as_millis()).unwrap_or(i64::MAX));
        shared
            .reaper_next_unix_ms
            .store(next_look, std::sync::atomic::Ordering::Release);
        tokio::select! {
            () = shared.shutdown.cancelled() => return,
            () = shared.reaper_wake.notified() => {}
            () = tokio::time::sleep(sleep) => {}
        }
    }
}

/// Expires the leases past their deadline; returns the earliest remaining deadline.
fn reap(shared: &Shared) -> Result<Option<i64>, ServiceError> {
    let now = now_unix_ms();
    let leases = shared.store.leases()?;
    let due = queue::expired(now, &leases);
    let mut n_expired = 0;
    for lease_id in &due {
        let expired = shared
            .store
            .transact(|state| queue::expire(state, lease_id, now, &shared.policy))?;
        if expired {
            n_expired += 1;
            if let Some(lease) = leases.iter().find(|lease| &lease.id == lease_id) {
                tracing::warn!(
                    campaign_id = %lease.campaign_id,
                    unit_id = %lease.unit_id,
                    lease_id = %lease.id,
                    worker_id = %lease.worker_id,
                    attempt = lease.attempt,
                    "lease expired, unit requeued"
                );
            }
        }
    }
    if n_expired > 0 {
        shared.store.flush()?;
        shared.agency_may_have_finished();
    }
    Ok(leases
        .iter()
        .filter(|lease| !due.contains(&lease.id))
        .map(|lease| lease.deadline_unix_ms)
        .min())
}
