//! What every handler and the reaper share: the store, the blob files, the policy, and the
//! signals (state changed, wake the reaper, shutting down).

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::{Notify, watch};
use tokio_util::sync::CancellationToken;

use crate::blobs::BlobPacks;
use crate::error::ServiceError;
use crate::queue::Policy;
use crate::store::Store;

pub(crate) struct Shared {
    pub store: Store,
    pub blobs: BlobPacks,
    pub policy: Policy,
    pub max_blob_bytes: u64,
    /// Bumped after every change of campaign state; watchers rebuild their snapshot.
    pub changes: watch::Sender<u64>,
    /// Bumped when an agency may have finished (a report stored, a unit failed or expired), the
    /// only events that can finish a campaign: watchers skip their throttle for these.
    pub agencies_changed: watch::Sender<u64>,
    /// Wakes the reaper when a lease with a possibly earlier deadline was granted.
    pub reaper_wake: Notify,
    /// When the reaper will look next (unix ms): a new lease wakes it only if it is due sooner.
    pub reaper_next_unix_ms: AtomicI64,
    /// Cancelled when the coordinator shuts down: no more leases, streams end.
    pub shutdown: CancellationToken,
    /// Whether store work may wait for the disk (fsync); see [`blocking`].
    pub durable: bool,
}

impl Shared {
    /// Tells the reaper about a new lease deadline, waking it only when it would look too late.
    pub fn lease_granted(&self, deadline_unix_ms: i64) {
        if deadline_unix_ms < self.reaper_next_unix_ms.load(Ordering::Acquire) {
            self.reaper_wake.notify_one();
        }
    }

    pub fn state_changed(&self) {
        self.changes
            .send_modify(|generation| *generation = generation.wrapping_add(1));
    }

    /// [`Shared::state_changed`], for a change that may have finished an agency.
    pub fn agency_may_have_finished(&self) {
        self.agencies_changed
            .send_modify(|generation| *generation = generation.wrapping_add(1));
        self.state_changed();
    }
}

/// Wall-clock unix milliseconds: lease deadlines are stored in it so that they survive restarts.
pub(crate) fn now_unix_ms() -> i64 {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

/// Runs store work that may wait for the disk off the async threads. The closure runs to its
/// end even if the calling handler is dropped, so a transaction is never cut in half by a
/// client going away.
///
/// A throw-away coordinator (`run`) never fsyncs, and its store work is a few microseconds of
/// CPU: there the closure runs on the calling task, because the hand-off to the blocking pool
/// and back (two thread wake-ups) costs more than the work. It still runs to its end, as it
/// holds no await point.
pub(crate) async fn blocking<T: Send + 'static>(
    shared: &Shared,
    work: impl FnOnce() -> Result<T, ServiceError> + Send + 'static,
) -> Result<T, ServiceError> {
    if !shared.durable {
        return work();
    }
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| ServiceError::Internal(format!("blocking task: {e}")))?
}
