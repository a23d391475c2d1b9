//! The only module that names `sled`: typed trees, key and value encoding, and the transactions
//! in which the queue's state machine runs.
//!
//! Every value starts with a version byte ([`VALUE_VERSION`]) followed by JSON (records) or raw
//! bytes (worker results, reports). Keys join their parts with a NUL byte; ids never contain one
//! (manifest validation refuses control characters, generated ids are ASCII).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use serde::Serialize;
use serde::de::DeserializeOwned;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::{Transactional, Tree};

use crate::model::{
    Agency, BlobMeta, Campaign, FileFailure, Lease, PackedFile, ReportSet, Unit, UnitState, Worker,
};
use crate::queue::{self, QueueState};

mod unit_rows;
use unit_rows::UnitRow;

/// Version of every stored value; bump it (and keep a reader for the old one) when a record's
/// shape changes.
pub const VALUE_VERSION: u8 = 1;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("open the store at {path}")]
    Open { path: PathBuf, source: sled::Error },
    #[error(
        "the data folder {path} is in use by another coordinator (or one still stopping); stop it or give this one another --data folder"
    )]
    InUse { path: PathBuf },
    #[error("sled: {0}")]
    Sled(#[from] sled::Error),
    #[error("stored value in {tree} is corrupt: {detail}")]
    Corrupt { tree: &'static str, detail: String },
    #[error(
        "stored value in {tree} has version {found}, this coordinator reads version {VALUE_VERSION}"
    )]
    Version { tree: &'static str, found: u8 },
}

/// The error type of a transaction body.
pub type TxError = ConflictableTransactionError<StoreError>;

/// Key encoding, in one place.
mod keys {
    /// `a \0 b \0 c`.
    pub fn join(parts: &[&str]) -> Vec<u8> {
        let mut key = Vec::with_capacity(parts.iter().map(|part| part.len() + 1).sum());
        for (index, part) in parts.iter().enumerate() {
            if index > 0 {
                key.push(0);
            }
            key.extend_from_slice(part.as_bytes());
        }
        key
    }

    /// The prefix of every key that starts with `parts`.
    pub fn prefix(parts: &[&str]) -> Vec<u8> {
        let mut key = join(parts);
        key.push(0);
        key
    }

    /// Ready-index key: `not_before` in an order-preserving big-endian form, then the unit id.
    pub fn ready(not_before_unix_ms: i64, unit_id: &str) -> Vec<u8> {
        let ordered = (not_before_unix_ms as u64) ^ (1 << 63);
        let mut key = ordered.to_be_bytes().to_vec();
        key.extend_from_slice(unit_id.as_bytes());
        key
    }

    pub fn parse_ready(key: &[u8]) -> Option<(i64, String)> {
        let (time, id) = key.split_at_checked(8)?;
        let ordered = u64::from_be_bytes(time.try_into().ok()?);
        let id = String::from_utf8(id.to_vec()).ok()?;
        Some(((ordered ^ (1 << 63)) as i64, id))
    }

    /// Failure key: campaign, then the sequence number in big-endian so that order is kept.
    pub fn failure(campaign_id: &str, seq: u64) -> Vec<u8> {
        let mut key = prefix(&[campaign_id]);
        key.extend_from_slice(&seq.to_be_bytes());
        key
    }

    /// The last part of a key below `prefix`.
    pub fn suffix(key: &[u8], prefix: &[u8]) -> Option<String> {
        let rest = key.strip_prefix(prefix)?;
        String::from_utf8(rest.to_vec()).ok()
    }
}

fn encode<T: Serialize>(tree: &'static str, value: &T) -> Result<Vec<u8>, StoreError> {
    let mut bytes = vec![VALUE_VERSION];
    serde_json::to_writer(&mut bytes, value).map_err(|e| StoreError::Corrupt {
        tree,
        detail: format!("encode: {e}"),
    })?;
    Ok(bytes)
}

fn encode_raw(raw: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(raw.len() + 1);
    bytes.push(VALUE_VERSION);
    bytes.extend_from_slice(raw);
    bytes
}

fn decode_raw(tree: &'static str, bytes: &[u8]) -> Result<Vec<u8>, StoreError> {
    match bytes.split_first() {
        Some((&VALUE_VERSION, raw)) => Ok(raw.to_vec()),
        Some((&found, _)) => Err(StoreError::Version { tree, found }),
        None => Err(StoreError::Corrupt {
            tree,
            detail: "empty value".into(),
        }),
    }
}

fn decode<T: DeserializeOwned>(tree: &'static str, bytes: &[u8]) -> Result<T, StoreError> {
    match bytes.split_first() {
        Some((&VALUE_VERSION, json)) => {
            serde_json::from_slice(json).map_err(|e| StoreError::Corrupt {
                tree,
                detail: e.to_string(),
            })
        }
        Some((&found, _)) => Err(StoreError::Version { tree, found }),
        None => Err(StoreError::Corrupt {
            tree,
            detail: "empty value".into(),
        }),
    }
}

/// Tree names; also the index of each tree in a transaction's view.
const TX_TREES: [&str; 12] = [
    "campaigns",
    "agencies",
    "units",
    "ready",
    "leases",
    "results",
    "failures",
    "reports",
    "meta",
    "awaiting",
    "blobs",
    "unit_docs",
];
const CAMPAIGNS: usize = 0;
const AGENCIES: usize = 1;
const UNITS: usize = 2;
const READY: usize = 3;
const LEASES: usize = 4;
const RESULTS: usize = 5;
const FAILURES: usize = 6;
const REPORTS: usize = 7;
/// Blob SHA-256 → the units waiting for its upload.
const AWAITING: usize = 9;
/// Blob SHA-256 → where its bytes are ([`BlobMeta`]); written outside transactions, read inside
/// them (a read of a tree outside the transaction would wait on sled's lock for ever).
const BLOBS: usize = 10;
/// Unit id → a read unit's documents, written once ([`unit_rows`]).
const UNIT_DOCS: usize = 11;

/// How long [`Store::open`] waits for another process (or a store just closed) to let go of
/// the folder.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// About how many documents one transaction of [`Store::insert_plan`] stores.
const DOCS_PER_PLAN_PART: usize = 512;

/// How many bytes of document lists [`Store::stage_unit_docs`] writes in one sled batch.
const STAGE_BATCH_BYTES: usize = 256 * 1024;

fn missing_docs(unit_id: &str) -> StoreError {
    StoreError::Corrupt {
        tree: "unit_docs",
        detail: format!("unit {unit_id} has no stored documents"),
    }
}

/// The coordinator's durable state.
pub struct Store {
    db: sled::Db,
    trees: Vec<Tree>,
    workers: Tree,
    /// Serialises transactions: the queue scans the ready index before its transaction writes,
    /// which is only sound when no other transaction runs in between.
    write_lock: Mutex<()>,
    durable: bool,
}

impl Store {
    /// Opens (or creates) the store in `dir`. Nothing in memory survives a restart; everything
    /// the coordinator knows is read from here.
    /// `durable: false` is a throw-away store: [`Store::flush`] is a no-op, sled skips the
    /// `sync_file_range` it otherwise waits on after every log write (one per transaction,
    /// which cost `run` thousands of waits for the disk), and the files go when it is dropped.
    pub fn open(dir: &Path, durable: bool) -> Result<Store, StoreError> {
        let config = sled::Config::new()
            .path(dir)
            .temporary(!durable)
            .flush_every_ms(durable.then_some(200))
            // What the coordinator reads again soon is small (units, leases, an agency's
            // results at assembly); 4 MiB instead of 16 took 7 MB off its peak on 8,880
            // documents, at the same throughput.
            .cache_capacity(4 * 1024 * 1024);
        // The folder's lock outlives a closed store for a moment (sled's background flusher
        // lets go of it last), and a supervisor may start the next coordinator while the last
        // one is still exiting: wait for the lock a while before saying the folder is in use.
        let deadline = std::time::Instant::now() + LOCK_WAIT;
        let db = loop {
            match config.open() {
                Ok(db) => break db,
                Err(sled::Error::Io(e)) if e.to_string().contains("could not acquire lock") => {
                    if std::time::Instant::now() >= deadline {
                        return Err(StoreError::InUse {
                            path: dir.to_path_buf(),
                        });
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(source) => {
                    return Err(StoreError::Open {
                        path: dir.to_path_buf(),
                        source,
                    });
                }
            }
        };
        let trees = TX_TREES
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<Vec<_>, _>>()?;
        let workers = db.open_tree("workers")?;
        Ok(Store {
            db,
            trees,
            workers,
            write_lock: Mutex::new(()),
            durable,
        })
    }

    /// Makes everything written so far durable (fsync); called before acknowledging a change
    /// that a client or worker will rely on.
    pub fn flush(&self) -> Result<(), StoreError> {
        if self.durable {
            self.db.flush()?;
        }
        Ok(())
    }

    /// Runs `body` as one atomic transaction over the queue's records.
    pub fn transact<T>(
        &self,
        body: impl Fn(&mut SledState<'_>) -> Result<T, TxError>,
    ) -> Result<T, StoreError> {
        let _guard = self
            .write_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        // sled holds its global write lock while the body runs, so the one scan the queue needs
        // (which a transaction cannot do) happens first; the mutex keeps it current.
        let first_ready = match self.trees[READY].first()? {
            Some((key, _)) => Some(keys::parse_ready(&key).ok_or(StoreError::Corrupt {
                tree: "ready",
                detail: "bad key".into(),
            })?),
            None => None,
        };
        let trees: &[Tree] = &self.trees;
        let result = trees.transaction(|view: &Vec<TransactionalTree>| {
            let mut state = SledState {
                view,
                first_ready: first_ready.clone(),
            };
            body(&mut state)
        });
        result.map_err(|e| match e {
            TransactionError::Abort(e) => e,
            TransactionError::Storage(e) => StoreError::Sled(e),
        })
    }

    fn get<T: DeserializeOwned>(&self, tree: usize, key: &[u8]) -> Result<Option<T>, StoreError> {
        self.trees[tree]
            .get(key)?
            .map(|bytes| decode(TX_TREES[tree], &bytes))
            .transpose()
    }

    fn scan<T: DeserializeOwned>(&self, tree: usize, prefix: &[u8]) -> Result<Vec<T>, StoreError> {
        self.trees[tree]
            .scan_prefix(prefix)
            .map(|entry| {
                let (_, bytes) = entry?;
                decode(TX_TREES[tree], &bytes)
            })
            .collect()
    }

    pub fn campaign(&self, id: &str) -> Result<Option<Campaign>, StoreError> {
        self.get(CAMPAIGNS, id.as_bytes())
    }

    pub fn campaigns(&self) -> Result<Vec<Campaign>, StoreError> {
        self.scan(CAMPAIGNS, b"")
    }

    pub fn agency(&self, campaign_id: &str, agency_id: &str) -> Result<Option<Agency>, StoreError> {
        self.get(AGENCIES, &keys::join(&[campaign_id, agency_id]))
    }

    /// A campaign's agencies, ordered by id.
    pub fn agencies(&self, campaign_id: &str) -> Result<Vec<Agency>, StoreError> {
        self.scan(AGENCIES, &keys::prefix(&[campaign_id]))
    }

    /// A campaign's file failures in the order they were recorded.
    /// A campaign's recorded failures from sequence number `from` on, in recording order.
    pub fn failures(&self, campaign_id: &str, from: u64) -> Result<Vec<FileFailure>, StoreError> {
        let prefix = keys::prefix(&[campaign_id]);
        self.trees[FAILURES]
            .range(keys::failure(campaign_id, from)..)
            .take_while(|entry| {
                entry
                    .as_ref()
                    .map_or(true, |(key, _)| key.starts_with(&prefix))
            })
            .map(|entry| {
                let (_, bytes) = entry?;
                decode(TX_TREES[FAILURES], &bytes)
            })
            .collect()
    }

    pub fn unit(&self, id: &str) -> Result<Option<Unit>, StoreError> {
        unit_rows::load(
            self.get(UNITS, id.as_bytes())?,
            || self.get(UNIT_DOCS, id.as_bytes()),
            || missing_docs(id),
        )
    }

    /// Stores a submitted plan ([`queue::insert_plan`]) in parts: the campaign record, then its
    /// agencies about [`DOCS_PER_PLAN_PART`] documents at a time, each part's document lists
    /// staged first ([`Store::stage_unit_docs`]) and its records in one transaction, which makes
    /// the part's units available to workers. The whole plan in one transaction held about 3 KB
    /// per document of the campaign at once (sled keeps every version of the nodes a
    /// transaction rewrites until it ends). Returns whether the campaign is new; submitting it
    /// again completes a submission cut short between parts.
    pub fn insert_plan(&self, plan: &queue::Plan) -> Result<bool, StoreError> {
        let new = self.transact(|state| queue::insert_campaign(state, plan))?;
        for part in queue::plan_parts(plan, DOCS_PER_PLAN_PART) {
            let mut missing = Vec::new();
            for agency in plan.agencies.get(part.clone()).unwrap_or_default() {
                if self.agency(&agency.campaign_id, &agency.id)?.is_none() {
                    missing.push(agency.id.as_str());
                }
            }
            if missing.is_empty() {
                continue;
            }
            self.stage_unit_docs(
                plan.units
                    .iter()
                    .filter(|unit| missing.contains(&unit.agency_id.as_str())),
            )?;
            self.transact(|state| queue::insert_agencies(state, plan, part.clone()))?;
        }
        Ok(new)
    }

    /// Whether the campaign exists with every agency of its plan stored.
    pub fn submission_complete(&self, campaign_id: &str) -> Result<bool, StoreError> {
        Ok(match self.campaign(campaign_id)? {
            Some(campaign) => self.all_agencies_stored(&campaign)?,
            None => false,
        })
    }

    fn all_agencies_stored(&self, campaign: &Campaign) -> Result<bool, StoreError> {
        let prefix = keys::prefix(&[&campaign.id]);
        let stored = self.trees[AGENCIES].scan_prefix(prefix).keys().count();
        Ok(stored >= campaign.n_agencies as usize)
    }

    /// Campaigns with fewer agencies stored than planned: a submission cut short by a stop
    /// between the parts of [`Store::insert_plan`]. Submitting again completes them.
    pub fn incomplete_submissions(&self) -> Result<Vec<String>, StoreError> {
        let mut incomplete = Vec::new();
        for campaign in self.campaigns()? {
            if !self.all_agencies_stored(&campaign)? {
                incomplete.push(campaign.id);
            }
        }
        Ok(incomplete)
    }

    /// Stores the documents of a plan's read units ahead of the transaction that inserts the
    /// plan ([`queue::insert_plan`]), in batches of bounded size, so that this transaction holds
    /// only the units' small records. Nothing reads a list before a unit record points to it; a
    /// plan that never commits leaves its lists unused, and submitting it again writes the same
    /// lists under the same ids.
    pub fn stage_unit_docs<'u>(
        &self,
        units: impl IntoIterator<Item = &'u Unit>,
    ) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        let mut pending = 0;
        for unit in units {
            let Some(docs) = unit_rows::docs_of(unit) else {
                continue;
            };
            let value = encode(TX_TREES[UNIT_DOCS], &docs)?;
            pending += value.len();
            batch.insert(unit.id.as_bytes(), value);
            if pending >= STAGE_BATCH_BYTES {
                self.trees[UNIT_DOCS].apply_batch(std::mem::take(&mut batch))?;
                pending = 0;
            }
        }
        if pending > 0 {
            self.trees[UNIT_DOCS].apply_batch(batch)?;
        }
        Ok(())
    }

    pub fn lease(&self, id: &str) -> Result<Option<Lease>, StoreError> {
        self.get(LEASES, id.as_bytes())
    }

    /// Every live lease; there are at most as many as worker slots.
    pub fn leases(&self) -> Result<Vec<Lease>, StoreError> {
        self.scan(LEASES, b"")
    }

    /// Every document result of an agency as `(doc_id, result_json)`, ordered by doc id.
    pub fn doc_results(
        &self,
        campaign_id: &str,
        agency_id: &str,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        self.raw_entries(RESULTS, &keys::prefix(&[campaign_id, agency_id]))
    }

    /// An agency's report files as `(file name, content)`.
    /// An agency's report files (name, where the bytes are in the packs).
    pub fn reports(
        &self,
        campaign_id: &str,
        agency_id: &str,
    ) -> Result<Vec<(String, PackedFile)>, StoreError> {
        let prefix = keys::prefix(&[campaign_id, agency_id]);
        self.trees[REPORTS]
            .scan_prefix(&prefix)
            .map(|entry| {
                let (key, bytes) = entry?;
                let name = keys::suffix(&key, &prefix).ok_or_else(|| StoreError::Corrupt {
                    tree: "reports",
                    detail: "bad key".into(),
                })?;
                Ok((name, decode("reports", &bytes)?))
            })
            .collect()
    }

    fn raw_entries(
        &self,
        tree: usize,
        prefix: &[u8],
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let name = TX_TREES[tree];
        self.trees[tree]
            .scan_prefix(prefix)
            .map(|entry| {
                let (key, bytes) = entry?;
                let suffix = keys::suffix(&key, prefix).ok_or_else(|| StoreError::Corrupt {
                    tree: name,
                    detail: "bad key".into(),
                })?;
                Ok((suffix, decode_raw(name, &bytes)?))
            })
            .collect()
    }

    pub fn worker(&self, id: &str) -> Result<Option<Worker>, StoreError> {
        self.workers
            .get(id.as_bytes())?
            .map(|bytes| decode("workers", &bytes))
            .transpose()
    }

    pub fn workers(&self) -> Result<Vec<Worker>, StoreError> {
        self.workers
            .iter()
            .map(|entry| decode("workers", &entry?.1))
            .collect()
    }

    pub fn put_worker(&self, worker: &Worker) -> Result<(), StoreError> {
        self.workers
            .insert(worker.id.as_bytes(), encode("workers", worker)?)?;
        Ok(())
    }

    /// A stored blob with its location; `None` when it is missing (or has no location).
    pub fn blob(&self, sha256: &str) -> Result<Option<BlobMeta>, StoreError> {
        let meta: Option<BlobMeta> = self.get(BLOBS, sha256.as_bytes())?;
        Ok(meta.filter(|meta| meta.location.is_some()))
    }

    /// Queues the units that wait for blobs that have just been stored, in one transaction.
    pub fn blobs_arrived(&self, sha256s: &[String], now: i64) -> Result<u32, StoreError> {
        // Most blobs have no unit waiting on them (a unit waits on its last missing blob only);
        // those need no transaction. A blob's record is written before this check, and a
        // submission's transaction that saw it missing commits its waiting entry before that
        // write can land (sled makes plain writes wait for a running transaction).
        let mut waited_for = Vec::new();
        for sha256 in sha256s {
            if self.trees[AWAITING].contains_key(sha256.as_bytes())? {
                waited_for.push(sha256.as_str());
            }
        }
        if waited_for.is_empty() {
            return Ok(0);
        }
        self.transact(|state| {
            let mut queued = 0;
            for sha256 in &waited_for {
                queued += queue::blob_arrived(state, sha256, now)?;
            }
            Ok(queued)
        })
    }

    /// Gives every stored lease one TTL from `now` ([`queue::extend_after_restart`]); run at
    /// start. Returns how many leases there were.
    pub fn extend_leases_after_restart(
        &self,
        now: i64,
        policy: &queue::Policy,
    ) -> Result<u32, StoreError> {
        let mut extended = 0;
        for lease in self.leases()? {
            if self.transact(|state| queue::extend_after_restart(state, &lease.id, now, policy))? {
                extended += 1;
            }
        }
        if extended > 0 {
            self.flush()?;
        }
        Ok(extended)
    }

    /// Queues units left waiting for blobs that are stored (a crash between storing a blob and
    /// queueing its units); run at start and when a campaign is submitted again.
    pub fn recover_awaiting(&self, now: i64) -> Result<u32, StoreError> {
        let mut stored = Vec::new();
        for entry in self.trees[AWAITING].iter() {
            let (key, _) = entry?;
            let sha256 = String::from_utf8_lossy(&key).into_owned();
            if self.blob(&sha256)?.is_some() {
                stored.push(sha256);
            }
        }
        self.blobs_arrived(&stored, now)
    }

    /// Forgets a blob whose stored bytes turned out damaged, so that it is uploaded again.
    pub fn remove_blob(&self, sha256: &str) -> Result<(), StoreError> {
        self.trees[BLOBS].remove(sha256.as_bytes())?;
        Ok(())
    }

    pub fn put_blob(&self, sha256: &str, meta: &BlobMeta) -> Result<(), StoreError> {
        self.trees[BLOBS].insert(sha256.as_bytes(), encode("blobs", meta)?)?;
        Ok(())
    }

    /// A number never handed out before, even across restarts (sled persists the counter).
    pub fn next_id(&self) -> Result<u64, StoreError> {
        Ok(self.db.generate_id()?)
    }
}

/// The queue's view of the store inside one transaction.
pub struct SledState<'a> {
    view: &'a [TransactionalTree],
    /// The head of the committed ready index, read just before the transaction.
    first_ready: Option<(i64, String)>,
}

impl SledState<'_> {
    fn get<T: DeserializeOwned>(&self, tree: usize, key: &[u8]) -> Result<Option<T>, TxError> {
        match self.view[tree].get(key)? {
            Some(bytes) => Ok(Some(
                decode(TX_TREES[tree], &bytes).map_err(TxError::Abort)?,
            )),
            None => Ok(None),
        }
    }

    fn put<T: Serialize>(&self, tree: usize, key: Vec<u8>, value: &T) -> Result<(), TxError> {
        let bytes = encode(TX_TREES[tree], value).map_err(TxError::Abort)?;
        self.view[tree].insert(key, bytes)?;
        Ok(())
    }
}

impl QueueState for SledState<'_> {
    type Error = TxError;

    fn has_blob(&self, sha256: &str) -> Result<bool, TxError> {
        let meta: Option<BlobMeta> = self.get(BLOBS, sha256.as_bytes())?;
        Ok(meta.is_some_and(|meta| meta.location.is_some()))
    }

    fn awaiting(&self, sha256: &str) -> Result<Vec<String>, TxError> {
        Ok(self
            .get::<Vec<String>>(AWAITING, sha256.as_bytes())?
            .unwrap_or_default())
    }

    fn put_awaiting(&mut self, sha256: &str, unit_ids: &[String]) -> Result<(), TxError> {
        if unit_ids.is_empty() {
            self.view[AWAITING].remove(sha256.as_bytes())?;
            Ok(())
        } else {
            self.put(AWAITING, sha256.as_bytes().to_vec(), &unit_ids)
        }
    }

    fn campaign(&self, id: &str) -> Result<Option<Campaign>, TxError> {
        self.get(CAMPAIGNS, id.as_bytes())
    }

    fn put_campaign(&mut self, campaign: &Campaign) -> Result<(), TxError> {
        self.put(CAMPAIGNS, campaign.id.as_bytes().to_vec(), campaign)
    }

    fn agency(&self, campaign_id: &str, agency_id: &str) -> Result<Option<Agency>, TxError> {
        self.get(AGENCIES, &keys::join(&[campaign_id, agency_id]))
    }

    fn put_agency(&mut self, agency: &Agency) -> Result<(), TxError> {
        self.put(
            AGENCIES,
            keys::join(&[&agency.campaign_id, &agency.id]),
            agency,
        )
    }

    fn unit(&self, id: &str) -> Result<Option<Unit>, TxError> {
        unit_rows::load(
            self.get(UNITS, id.as_bytes())?,
            || self.get(UNIT_DOCS, id.as_bytes()),
            || TxError::Abort(missing_docs(id)),
        )
    }

    /// Writes the record without the documents; writes those only when they are not stored
    /// yet (a new unit that was not staged, or a record from before they were kept apart).
    fn put_unit(&mut self, unit: &Unit) -> Result<(), TxError> {
        let old: Option<Unit> = self.get(UNITS, unit.id.as_bytes())?;
        if let Some(old) = &old
            && old.state == UnitState::Queued
        {
            self.view[READY].remove(keys::ready(old.not_before_unix_ms, &old.id))?;
        }
        if unit.state == UnitState::Queued {
            self.view[READY].insert(keys::ready(unit.not_before_unix_ms, &unit.id), &[][..])?;
        }
        if let Some(docs) = unit_rows::docs_of(unit) {
            let stored = match &old {
                Some(old) => unit_rows::docs_apart(old),
                None => self.view[UNIT_DOCS].get(unit.id.as_bytes())?.is_some(),
            };
            if !stored {
                self.put(UNIT_DOCS, unit.id.as_bytes().to_vec(), &docs)?;
            }
        }
        self.put(UNITS, unit.id.as_bytes().to_vec(), &UnitRow::of(unit))
    }

    fn lease(&self, id: &str) -> Result<Option<Lease>, TxError> {
        self.get(LEASES, id.as_bytes())
    }

    fn put_lease(&mut self, lease: &Lease) -> Result<(), TxError> {
        self.put(LEASES, lease.id.as_bytes().to_vec(), lease)
    }

    fn remove_lease(&mut self, id: &str) -> Result<(), TxError> {
        self.view[LEASES].remove(id.as_bytes())?;
        Ok(())
    }

    fn has_doc_result(
        &self,
        campaign_id: &str,
        agency_id: &str,
        doc_id: &str,
    ) -> Result<bool, TxError> {
        Ok(self.view[RESULTS]
            .get(keys::join(&[campaign_id, agency_id, doc_id]))?
            .is_some())
    }

    fn put_doc_result(
        &mut self,
        campaign_id: &str,
        agency_id: &str,
        doc_id: &str,
        result_json: &[u8],
    ) -> Result<(), TxError> {
        let key = keys::join(&[campaign_id, agency_id, doc_id]);
        self.view[RESULTS].insert(key, encode_raw(result_json))?;
        Ok(())
    }

    fn put_failure(
        &mut self,
        campaign_id: &str,
        seq: u64,
        failure: &FileFailure,
    ) -> Result<(), TxError> {
        self.put(FAILURES, keys::failure(campaign_id, seq), failure)
    }

    fn put_reports(
        &mut self,
        campaign_id: &str,
        agency_id: &str,
        reports: &ReportSet,
    ) -> Result<(), TxError> {
        for (name, file) in reports.files() {
            self.put(REPORTS, keys::join(&[campaign_id, agency_id, name]), file)?;
        }
        Ok(())
    }

    fn first_ready(&self) -> Result<Option<(i64, String)>, TxError> {
        Ok(self.first_ready.clone())
    }

    fn next_id(&mut self) -> Result<u64, TxError> {
        self.view[UNITS]
            .generate_id()
            .map_err(|e| TxError::Abort(e.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocRef, UnitKind};
    use crate::queue::{self, CompleteOutcome, Completion, LeaseOutcome, Policy};

    const T0: i64 = 1_700_000_000_000;

    #[test]
    fn keys_keep_order_and_round_trip() {
        let early = keys::ready(-5, "u-b");
        let late = keys::ready(T0, "u-a");
        assert!(early < late);
        assert_eq!(keys::parse_ready(&late), Some((T0, "u-a".to_string())));
        assert!(keys::failure("c", 2) < keys::failure("c", 10));
        assert_eq!(keys::join(&["c", "a"]), b"c\0a".to_vec());
    }

    #[test]
    fn values_carry_a_version_and_refuse_others() {
        let meta = BlobMeta {
            size: 3,
            stored_unix_ms: T0,
            location: Some(crate::blobs::BlobLocation {
                pack: 1,
                offset: 44,
                len: 3,
            }),
        };
        let bytes = encode("blobs", &meta).unwrap();
        assert_eq!(bytes[0], VALUE_VERSION);
        assert_eq!(decode::<BlobMeta>("blobs", &bytes).unwrap(), meta);
        let mut future = bytes.clone();
        future[0] = 2;
        assert!(matches!(
            decode::<BlobMeta>("blobs", &future),
            Err(StoreError::Version { found: 2, .. })
        ));
        assert!(matches!(
            decode::<BlobMeta>("blobs", b""),
            Err(StoreError::Corrupt { .. })
        ));
        assert_eq!(
            decode_raw("results", &encode_raw(b"{}")).unwrap(),
            b"{}".to_vec()
        );
    }

    /// Stores the record of the blob of the test manifest's document `doc`.
    fn put_test_blob(store: &Store, doc: u8) {
        let meta = BlobMeta {
            size: 100,
            stored_unix_ms: T0,
            location: Some(crate::blobs::BlobLocation {
                pack: 1,
                offset: 44,
                len: 100,
            }),
        };
        store.put_blob(&hex::encode([doc; 32]), &meta).unwrap();
    }

    #[test]
    fn opening_waits_for_a_store_still_closing_in_the_same_folder() {
        let dir = tempfile::tempdir().unwrap();
        let first = Store::open(dir.path(), true).unwrap();
        let closing = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(first);
        });
        // The lock is held while the first store is open; this open waits for it.
        let second = Store::open(dir.path(), true);
        closing.join().unwrap();
        assert!(second.is_ok(), "{:?}", second.err());
    }

    #[test]
    fn a_unit_left_waiting_by_a_crash_after_its_upload_is_queued_at_start() {
        let dir = tempfile::tempdir().unwrap();
        let policy = Policy {
            batch_size: 2,
            ..Policy::default()
        };
        {
            let store = Store::open(dir.path(), true).unwrap();
            put_test_blob(&store, 0);
            put_test_blob(&store, 1);
            let plan = queue::plan_campaign("c-1", &queue::tests::manifest(&[3]), &policy, T0);
            store
                .transact(|state| queue::insert_plan(state, &plan))
                .unwrap();
            assert_eq!(
                store
                    .campaign("c-1")
                    .unwrap()
                    .unwrap()
                    .n_docs_awaiting_upload,
                1
            );
            // The upload of document 2 is stored, then the coordinator dies before queueing.
            put_test_blob(&store, 2);
            store.flush().unwrap();
        }
        let store = Store::open(dir.path(), true).unwrap();
        assert_eq!(store.recover_awaiting(T0 + 10).unwrap(), 1);
        assert_eq!(store.recover_awaiting(T0 + 20).unwrap(), 0);
        assert_eq!(
            store
                .campaign("c-1")
                .unwrap()
                .unwrap()
                .n_docs_awaiting_upload,
            0
        );
        for _ in 0..2 {
            let granted = store
                .transact(|state| queue::lease_next(state, "w-1", T0 + 30, &policy))
                .unwrap();
            assert!(matches!(granted, LeaseOutcome::Granted { .. }));
        }
    }

    #[test]
    fn state_survives_reopen_and_leases_expire_by_wall_clock() {
        let dir = tempfile::tempdir().unwrap();
        let policy = Policy {
            batch_size: 2,
            ..Policy::default()
        };
        let manifest = queue::tests::manifest(&[3]);
        let lease_id;
        {
            let store = Store::open(dir.path(), true).unwrap();
            for doc in 0..3 {
                put_test_blob(&store, doc);
            }
            let plan = queue::plan_campaign("c-1", &manifest, &policy, T0);
            assert!(
                store
                    .transact(|state| queue::insert_plan(state, &plan))
                    .unwrap()
            );
            let granted = store
                .transact(|state| queue::lease_next(state, "w-1", T0, &policy))
                .unwrap();
            let LeaseOutcome::Granted { lease, unit } = granted else {
                panic!("no lease")
            };
            let crate::model::UnitKind::Read { docs } = &unit.kind else {
                panic!("not read")
            };
            let results: Vec<(String, Vec<u8>)> = docs
                .iter()
                .map(|doc| (doc.doc_id.clone(), br#"{"status":"analysed"}"#.to_vec()))
                .collect();
            let outcome = store
                .transact(|state| {
                    queue::complete(state, &lease.id, &Completion::Read(results.clone()), T0 + 1)
                })
                .unwrap();
            assert_eq!(outcome, CompleteOutcome::Accepted);
            let granted = store
                .transact(|state| queue::lease_next(state, "w-1", T0 + 2, &policy))
                .unwrap();
            let LeaseOutcome::Granted { lease, .. } = granted else {
                panic!("no lease")
            };
            lease_id = lease.id;
            store
                .put_worker(&Worker {
                    id: "w-1".into(),
                    name: "host".into(),
                    concurrency: 2,
                    registered_unix_ms: T0,
                    last_seen_unix_ms: T0,
                })
                .unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path(), true).unwrap();
        let campaign = store.campaign("c-1").unwrap().unwrap();
        assert_eq!((campaign.n_docs, campaign.n_docs_done), (3, 2));
        assert_eq!(store.doc_results("c-1", "agency-0").unwrap().len(), 2);
        assert_eq!(
            store.doc_results("c-1", "agency-0").unwrap()[0].0,
            "d000000"
        );
        assert_eq!(store.workers().unwrap().len(), 1);
        let leases = store.leases().unwrap();
        assert_eq!(leases.len(), 1);
        assert_eq!(leases[0].id, lease_id);
        // The stored lease expires by its wall-clock deadline after the restart.
        let late = leases[0].deadline_unix_ms + 1;
        assert_eq!(queue::expired(late, &leases), vec![lease_id.clone()]);
        assert!(
            store
                .transact(|state| queue::expire(state, &lease_id, late, &policy))
                .unwrap()
        );
        let again = store
            .transact(|state| queue::lease_next(state, "w-2", late + 1_000, &policy))
            .unwrap();
        let LeaseOutcome::Granted { lease, .. } = again else {
            panic!("no lease after expiry")
        };
        assert_eq!(lease.attempt, 2);
        assert_ne!(lease.id, lease_id);
        // Nothing else is ready: the ready index holds no stale entries.
        let idle = store
            .transact(|state| queue::lease_next(state, "w-2", late + 1_000, &policy))
            .unwrap();
        assert!(matches!(idle, LeaseOutcome::Idle { .. }));
    }

    /// A fresh store with the campaign of one agency of `docs` documents, all uploaded,
    /// submitted as the coordinator does it.
    fn submitted(docs: u8, policy: &Policy) -> (tempfile::TempDir, Store, queue::Plan) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), false).unwrap();
        for doc in 0..docs {
            put_test_blob(&store, doc);
        }
        let manifest = queue::tests::manifest(&[usize::from(docs)]);
        let plan = queue::plan_campaign("c-1", &manifest, policy, T0);
        assert!(store.insert_plan(&plan).unwrap());
        (dir, store, plan)
    }

    #[test]
    fn a_submission_cut_short_between_parts_is_completed_by_submitting_again() {
        let dir = tempfile::tempdir().unwrap();
        let policy = Policy {
            batch_size: 2,
            ..Policy::default()
        };
        let store = Store::open(dir.path(), false).unwrap();
        for doc in 0..2 {
            put_test_blob(&store, doc);
        }
        // Three agencies; the stop comes after the campaign record and the first agency.
        let plan = queue::plan_campaign("c-1", &queue::tests::manifest(&[2, 3, 1]), &policy, T0);
        store
            .transact(|state| {
                queue::insert_campaign(state, &plan)?;
                queue::insert_agencies(state, &plan, 0..1)
            })
            .unwrap();
        assert_eq!(store.incomplete_submissions().unwrap(), vec!["c-1"]);
        assert!(!store.submission_complete("c-1").unwrap());
        let LeaseOutcome::Granted { lease, unit } = store
            .transact(|state| queue::lease_next(state, "w-1", T0, &policy))
            .unwrap()
        else {
            panic!("the first agency's unit is available")
        };
        assert_eq!(unit.agency_id, "agency-0");

        assert!(!store.insert_plan(&plan).unwrap(), "the campaign existed");
        assert!(store.incomplete_submissions().unwrap().is_empty());
        assert!(store.submission_complete("c-1").unwrap());
        assert_eq!(store.agencies("c-1").unwrap().len(), 3);
        // What was stored before is left as it was: the lease still holds its unit.
        let leased = store.unit(&unit.id).unwrap().unwrap();
        assert_eq!(leased.state, UnitState::Leased);
        assert_eq!(leased.lease_id.as_deref(), Some(lease.id.as_str()));
        // Document 2 of agency-1 is not uploaded: its unit waits, counted once.
        let campaign = store.campaign("c-1").unwrap().unwrap();
        assert_eq!((campaign.n_agencies, campaign.n_docs), (3, 6));
        assert_eq!(campaign.n_docs_awaiting_upload, 1);
        assert!(!store.insert_plan(&plan).unwrap());
        let again = store.campaign("c-1").unwrap().unwrap();
        assert_eq!(again.n_docs_awaiting_upload, 1);
    }

    fn raw_unit(store: &Store, id: &str) -> Vec<u8> {
        store.trees[UNITS]
            .get(id.as_bytes())
            .unwrap()
            .unwrap()
            .to_vec()
    }

    #[test]
    fn a_read_units_documents_are_stored_once_apart_from_its_record() {
        let policy = Policy {
            batch_size: 3,
            ..Policy::default()
        };
        let (_dir, store, plan) = submitted(5, &policy);
        let first = &plan.units[0];
        // The record names no document; the unit still comes back whole.
        assert!(!String::from_utf8_lossy(&raw_unit(&store, &first.id)).contains("file-0.docx"));
        assert_eq!(store.unit(&first.id).unwrap().as_ref(), Some(first));
        let lists = store.trees[UNIT_DOCS].get(first.id.as_bytes()).unwrap();

        let LeaseOutcome::Granted { lease, unit } = store
            .transact(|state| queue::lease_next(state, "w-1", T0, &policy))
            .unwrap()
        else {
            panic!("no lease")
        };
        assert_eq!(unit.kind, first.kind);
        // A state change rewrites the record only.
        assert!(
            store
                .transact(|state| queue::fail(state, &lease.id, "boom", T0 + 1, &policy))
                .unwrap()
        );
        assert_eq!(
            store.trees[UNIT_DOCS].get(first.id.as_bytes()).unwrap(),
            lists
        );
        let after = store.unit(&first.id).unwrap().unwrap();
        assert_eq!((after.state, after.failures), (UnitState::Queued, 1));
        assert_eq!(after.kind, first.kind);
    }

    #[test]
    fn a_split_units_halves_keep_their_documents() {
        let policy = Policy {
            batch_size: 4,
            max_attempts: 1,
            ..Policy::default()
        };
        let (_dir, store, plan) = submitted(4, &policy);
        let UnitKind::Read { docs } = &plan.units[0].kind else {
            panic!("not read")
        };
        let LeaseOutcome::Granted { lease, .. } = store
            .transact(|state| queue::lease_next(state, "w-1", T0, &policy))
            .unwrap()
        else {
            panic!("no lease")
        };
        store
            .transact(|state| queue::fail(state, &lease.id, "boom", T0 + 1, &policy))
            .unwrap();
        let halves: Vec<Vec<DocRef>> = ["0", "1"]
            .iter()
            .map(|half| {
                let unit = store
                    .unit(&format!("{}.{half}", plan.units[0].id))
                    .unwrap()
                    .unwrap();
                let UnitKind::Read { docs } = unit.kind else {
                    panic!("not read")
                };
                docs
            })
            .collect();
        assert_eq!(halves.concat(), *docs);
        assert_eq!(halves[0].len(), 2);
    }

    #[test]
    fn a_unit_stored_with_its_documents_inside_still_loads_and_moves_them_apart() {
        let policy = Policy {
            batch_size: 2,
            ..Policy::default()
        };
        let (_dir, store, plan) = submitted(2, &policy);
        let unit = &plan.units[0];
        // As a coordinator before this change wrote it: the whole unit in its record.
        store.trees[UNITS]
            .insert(unit.id.as_bytes(), encode("units", unit).unwrap())
            .unwrap();
        store.trees[UNIT_DOCS].remove(unit.id.as_bytes()).unwrap();
        assert_eq!(store.unit(&unit.id).unwrap().as_ref(), Some(unit));

        let LeaseOutcome::Granted { unit: leased, .. } = store
            .transact(|state| queue::lease_next(state, "w-1", T0, &policy))
            .unwrap()
        else {
            panic!("no lease")
        };
        assert_eq!(leased.kind, unit.kind);
        assert!(!String::from_utf8_lossy(&raw_unit(&store, &unit.id)).contains("file-0.docx"));
        assert_eq!(store.unit(&unit.id).unwrap().unwrap().kind, unit.kind);
    }

    #[test]
    fn a_unit_whose_documents_are_missing_is_reported_corrupt() {
        let (_dir, store, plan) = submitted(1, &Policy::default());
        store.trees[UNIT_DOCS]
            .remove(plan.units[0].id.as_bytes())
            .unwrap();
        assert!(matches!(
            store.unit(&plan.units[0].id),
            Err(StoreError::Corrupt {
                tree: "unit_docs",
                ..
            })
        ));
    }
}
