//! The coordinator: durable campaign state in sled, leased units of work, blob storage, and the
//! two gRPC services (clients and workers).
//!
//! Ground state lives in the store (`store`, the only module naming sled); the lease state
//! machine (`queue`) is pure and driven with an explicit clock. `serve` runs both services on a
//! listener the caller bound, until the caller's shutdown future resolves.

pub mod auth;
pub mod blobs;
mod campaigns_svc;
pub mod error;
pub mod manifest;
pub mod model;
mod progress;
pub mod queue;
mod reaper;
mod shared;
pub mod store;
mod uploads;
mod workers_svc;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use proto::pb::campaigns_server::CampaignsServer;
use proto::pb::workers_server::WorkersServer;
use proto::tonic::service::interceptor::InterceptedService;
use proto::tonic::transport::Server;
use tokio::sync::{Notify, watch};
use tokio_stream::wrappers::TcpListenerStream;
use tokio_util::sync::CancellationToken;

pub use auth::TlsFiles;

use crate::auth::TokenCheck;
use crate::blobs::BlobPacks;
use crate::campaigns_svc::CampaignsService;
use crate::queue::Policy;
use crate::shared::Shared;
use crate::store::Store;
use crate::workers_svc::WorkersService;

/// Everything the coordinator needs to run; `ServerConfig::new` gives the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// `DATA/db` holds the sled store, `DATA/blobs` the documents.
    pub data_dir: PathBuf,
    /// Shared secret every call must carry as `authorization: Bearer <token>`; `None` = open.
    pub token: Option<String>,
    pub tls: Option<TlsFiles>,
    /// How long a lease lasts without a heartbeat.
    pub lease_ttl: Duration,
    /// Failed attempts before a unit is split (read) or given up (single document, assembly).
    pub max_attempts: u32,
    /// Documents per read unit.
    pub batch_size: usize,
    /// First retry delay after a failed attempt; doubles per failure up to `backoff_max`.
    pub backoff_base: Duration,
    pub backoff_max: Duration,
    pub max_blob_bytes: u64,
    /// Whether acknowledged changes are fsynced. Off only for the embedded coordinator of `run`,
    /// whose state lives in a temporary folder deleted at exit: an fsync there protects nothing.
    pub durable: bool,
}

impl ServerConfig {
    pub fn new(data_dir: impl Into<PathBuf>) -> ServerConfig {
        ServerConfig {
            data_dir: data_dir.into(),
            token: None,
            tls: None,
            lease_ttl: Duration::from_secs(30),
            max_attempts: 3,
            // Measured on 2,220 documents: 24 instead of 8 cut `run` by 4 % (1 worker) and 8 %
            // (2 workers), the reader child pausing less often between units.
            batch_size: 24,
            backoff_base: Duration::from_secs(1),
            backoff_max: Duration::from_secs(60),
            max_blob_bytes: 200 * 1024 * 1024,
            durable: true,
        }
    }

    fn policy(&self) -> Policy {
        let millis = |duration: Duration| i64::try_from(duration.as_millis()).unwrap_or(i64::MAX);
        Policy {
            lease_ttl_ms: millis(self.lease_ttl).max(1),
            max_attempts: self.max_attempts.max(1),
            batch_size: self.batch_size.max(1),
            backoff_base_ms: millis(self.backoff_base),
            backoff_max_ms: millis(self.backoff_max),
            ..Policy::default()
        }
    }
}

/// Why the coordinator could not start or stopped abnormally. Each variant's cause is its source,
/// so that an error chain (`{:#}` of anyhow) names it once.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("open the store")]
    Store(#[from] store::StoreError),
    #[error("open the blob directory")]
    Blobs(#[from] blobs::BlobError),
    #[error("set up tls")]
    Tls(#[from] auth::TlsError),
    #[error("serve grpc")]
    Transport(#[from] proto::tonic::transport::Error),
    #[error("start the coordinator")]
    Join(#[from] tokio::task::JoinError),
}

/// Accepted connections with Nagle's algorithm off: gRPC sends small frames (a lease, a blob
/// chunk's tail) and waits for the answer, so a delayed ACK would add ~40 ms to every call.
fn incoming_without_nagle(
    listener: tokio::net::TcpListener,
) -> impl tokio_stream::Stream<Item = std::io::Result<tokio::net::TcpStream>> {
    use tokio_stream::StreamExt;
    TcpListenerStream::new(listener).map(|accepted| {
        accepted.inspect(|stream| {
            if let Err(e) = stream.set_nodelay(true) {
                tracing::debug!("cannot disable Nagle on an accepted connection: {e}");
            }
        })
    })
}

/// Opens and serves: [`open`], then [`Opened::serve`].
pub async fn serve(
    config: ServerConfig,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServerError> {
    open(config).await?.serve(listener, shutdown).await
}

/// A coordinator whose state is open and recovered after a restart, not serving yet. Opening
/// first lets the `server` command report a data folder in use or a damaged store before it
/// announces an address.
pub struct Opened {
    config: ServerConfig,
    tls: Option<proto::tonic::transport::ServerTlsConfig>,
    store: Store,
    blobs: BlobPacks,
}

/// Reads the TLS files and opens the store and the packs (waiting a while for a data folder
/// still held by a coordinator that is stopping), then recovers what a restart needs: leases
/// get one TTL to be heartbeated, and units whose uploads had arrived are queued.
pub async fn open(config: ServerConfig) -> Result<Opened, ServerError> {
    let tls = config.tls.as_ref().map(auth::tls_config).transpose()?;
    let data_dir = config.data_dir.clone();
    let durable = config.durable;
    let policy = config.policy();
    let (store, blobs) = tokio::task::spawn_blocking(move || {
        let store = Store::open(&data_dir.join("db"), durable)?;
        let blobs = BlobPacks::open(&data_dir.join("blobs"), durable)?;
        let now = shared::now_unix_ms();
        let extended = store.extend_leases_after_restart(now, &policy)?;
        if extended > 0 {
            tracing::info!(
                extended,
                "leases from before the restart get one TTL to be heartbeated"
            );
        }
        let queued = store.recover_awaiting(now)?;
        if queued > 0 {
            tracing::info!(
                queued,
                "units whose uploads had arrived before a restart queued"
            );
        }
        for campaign_id in store.incomplete_submissions()? {
            tracing::warn!(
                campaign_id = %campaign_id,
                "this campaign's submission was cut short: submit the same campaign folder again to complete it"
            );
        }
        Ok::<_, ServerError>((store, blobs))
    })
    .await??;
    Ok(Opened {
        config,
        tls,
        store,
        blobs,
    })
}

impl Opened {
    /// Serves `Campaigns` and `Workers` on `listener` until `shutdown` resolves.
    ///
    /// The caller binds, so that an embedded coordinator can listen on `127.0.0.1:0` and learn
    /// its port first. On shutdown no lease is handed out any more, in-flight calls finish,
    /// streams end, and the store is flushed before this returns.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServerError> {
        let Opened {
            config,
            tls,
            store,
            blobs,
        } = self;
        let durable = config.durable;
        let (changes, _) = watch::channel(0);
        let (agencies_changed, _) = watch::channel(0);
        let shared = Arc::new(Shared {
            store,
            blobs,
            policy: config.policy(),
            max_blob_bytes: config.max_blob_bytes,
            changes,
            agencies_changed,
            reaper_wake: Notify::new(),
            reaper_next_unix_ms: std::sync::atomic::AtomicI64::new(i64::MAX),
            shutdown: CancellationToken::new(),
            durable,
        });
        let stop = shared.shutdown.clone();
        let trigger = tokio::spawn({
            let stop = stop.clone();
            async move {
                shutdown.await;
                tracing::info!("coordinator shutting down");
                stop.cancel();
            }
        });
        let reaper = tokio::spawn(reaper::run(shared.clone()));

        let token = TokenCheck::new(config.token.as_deref());
        let campaigns = CampaignsServer::new(CampaignsService::new(shared.clone()))
            .max_decoding_message_size(proto::MAX_MESSAGE_BYTES)
            .max_encoding_message_size(proto::MAX_MESSAGE_BYTES);
        let workers = WorkersServer::new(WorkersService::new(shared.clone()))
            .max_decoding_message_size(proto::MAX_MESSAGE_BYTES)
            .max_encoding_message_size(proto::MAX_MESSAGE_BYTES);
        let mut builder = Server::builder();
        if let Some(tls) = tls {
            builder = builder.tls_config(tls)?;
        }
        let local_addr = listener.local_addr().ok();
        tracing::info!(addr = ?local_addr, data_dir = %config.data_dir.display(), "coordinator listening");
        let served = builder
            .add_service(InterceptedService::new(campaigns, token.clone()))
            .add_service(InterceptedService::new(workers, token))
            .serve_with_incoming_shutdown(
                incoming_without_nagle(listener),
                stop.clone().cancelled_owned(),
            )
            .await;
        stop.cancel();
        trigger.abort();
        if let Err(e) = reaper.await {
            tracing::warn!("reaper ended abnormally: {e}");
        }
        let flushed = tokio::task::spawn_blocking(move || shared.store.flush()).await?;
        served?;
        flushed?;
        tracing::info!("coordinator stopped");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use proto::pb;
    use proto::pb::campaigns_client::CampaignsClient;
    use proto::pb::workers_client::WorkersClient;
    use proto::tonic::service::interceptor::InterceptedService;
    use proto::tonic::transport::Channel;
    use proto::tonic::{Code, Request, Status};
    use sha2::{Digest, Sha256};
    use tokio::sync::oneshot;

    use super::*;

    const TOKEN: &str = "s3cret";

    type Auth = fn(Request<()>) -> Result<Request<()>, Status>;

    fn with_token(mut request: Request<()>) -> Result<Request<()>, Status> {
        let value = format!("Bearer {TOKEN}")
            .parse()
            .map_err(|_| Status::internal("token"))?;
        request
            .metadata_mut()
            .insert(proto::TOKEN_METADATA_KEY, value);
        Ok(request)
    }

    struct Running {
        addr: std::net::SocketAddr,
        stop_tx: oneshot::Sender<()>,
        served: tokio::task::JoinHandle<Result<(), ServerError>>,
    }

    async fn start(data_dir: &std::path::Path) -> Running {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = ServerConfig::new(data_dir);
        config.token = Some(TOKEN.to_string());
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let served = tokio::spawn(serve(config, listener, async move {
            let _ = stop_rx.await;
        }));
        Running {
            addr,
            stop_tx,
            served,
        }
    }

    async fn clients(
        addr: std::net::SocketAddr,
    ) -> (
        CampaignsClient<InterceptedService<Channel, Auth>>,
        WorkersClient<InterceptedService<Channel, Auth>>,
    ) {
        let channel = Channel::from_shared(format!("http://{addr}"))
            .unwrap()
            .connect()
            .await
            .unwrap();
        (
            CampaignsClient::with_interceptor(channel.clone(), with_token as Auth),
            WorkersClient::with_interceptor(channel, with_token as Auth),
        )
    }

    /// The chunks of one upload call carrying `blobs` one after the other.
    fn upload_chunks(blobs: &[&[u8]]) -> Vec<pb::BlobChunk> {
        let mut chunks = Vec::new();
        for data in blobs {
            for (index, piece) in data.chunks(proto::BLOB_CHUNK_BYTES).enumerate() {
                chunks.push(pb::BlobChunk {
                    sha256: if index == 0 { sha(data) } else { String::new() },
                    size: if index == 0 { data.len() as u64 } else { 0 },
                    data: piece.to_vec(),
                });
            }
        }
        chunks
    }

    /// Whether the coordinator accepted the completion.
    async fn accepted(
        workers: &mut WorkersClient<InterceptedService<Channel, Auth>>,
        request: pb::CompleteRequest,
    ) -> bool {
        workers
            .complete(request)
            .await
            .unwrap()
            .into_inner()
            .accepted
    }

    async fn register(
        workers: &mut WorkersClient<InterceptedService<Channel, Auth>>,
        concurrency: u32,
    ) -> pb::RegisterResponse {
        workers
            .register(pb::RegisterRequest {
                name: "test-host".into(),
                concurrency,
            })
            .await
            .unwrap()
            .into_inner()
    }

    async fn lease(
        workers: &mut WorkersClient<InterceptedService<Channel, Auth>>,
        worker_id: &str,
    ) -> pb::LeaseResponse {
        workers
            .lease(pb::LeaseRequest {
                worker_id: worker_id.to_string(),
                ahead: false,
            })
            .await
            .unwrap()
            .into_inner()
    }

    fn sha(data: &[u8]) -> String {
        hex::encode(Sha256::digest(data))
    }

    /// The hashes of `blobs` the coordinator does not have.
    async fn missing(
        campaigns: &mut CampaignsClient<InterceptedService<Channel, Auth>>,
        blobs: &[&[u8]],
    ) -> Vec<String> {
        campaigns
            .have_blobs(pb::HaveBlobsRequest {
                sha256: blobs.iter().map(|b| sha(b)).collect(),
            })
            .await
            .unwrap()
            .into_inner()
            .missing
    }

    fn manifest(files: &[(&str, &[u8])]) -> pb::CampaignManifest {
        pb::CampaignManifest {
            name: "Hà Nam 2025".into(),
            year: 2025,
            province: "Hà Nam".into(),
            lang: "vi".into(),
            agencies: vec![pb::AgencyManifest {
                id: "so-tu-phap".into(),
                name: "Sở Tư pháp".into(),
                level: "province".into(),
                tthc_sha256: String::new(),
                files: files
                    .iter()
                    .map(|(path, data)| pb::FileEntry {
                        path: path.to_string(),
                        sha256: sha(data),
                        size: data.len() as u64,
                    })
                    .collect(),
            }],
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn submit_lease_complete_watch_fetch_and_restart() {
        let dir = tempfile::tempdir().unwrap();
        let running = start(dir.path()).await;
        let (mut campaigns, mut workers) = clients(running.addr).await;

        // Without the token every call is refused.
        let channel = Channel::from_shared(format!("http://{}", running.addr))
            .unwrap()
            .connect()
            .await
            .unwrap();
        let status = CampaignsClient::new(channel.clone())
            .have_blobs(pb::HaveBlobsRequest { sha256: vec![] })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);
        let status = WorkersClient::new(channel)
            .register(pb::RegisterRequest {
                name: "x".into(),
                concurrency: 1,
            })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::Unauthenticated);

        let policy_doc: &[u8] = b"chinh sach chat luong";
        // Larger than what a lease carries inline: fetched in chunks.
        let manual: Vec<u8> = (0..1_100_000_u32).map(|i| (i % 251) as u8).collect();
        let files: Vec<(&str, &[u8])> =
            vec![("a/chinh-sach.docx", policy_doc), ("so-tay.pdf", &manual)];
        let submitted = campaigns
            .submit_campaign(pb::SubmitCampaignRequest {
                manifest: Some(manifest(&files)),
            })
            .await
            .unwrap()
            .into_inner();
        // The campaign exists at once; its units wait for their uploads.
        assert_eq!(submitted.missing_blobs.len(), 2);
        assert!(submitted.campaign_id.starts_with("c-") && !submitted.existing);
        let status = campaigns
            .status(pb::StatusRequest {
                campaign_id: submitted.campaign_id.clone(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(status.campaigns[0].docs_awaiting_upload, 2);

        // Both documents in one call (the manual in several chunks), then the same call again.
        let both: Vec<&[u8]> = files.iter().map(|(_, data)| *data).collect();
        let uploaded = campaigns
            .upload_blobs(tokio_stream::iter(upload_chunks(&both)))
            .await
            .unwrap()
            .into_inner();
        let sizes: Vec<(u64, bool)> = uploaded
            .blobs
            .iter()
            .map(|blob| (blob.size, blob.already_present))
            .collect();
        assert_eq!(sizes, vec![(21, false), (1_100_000, false)]);
        let again = campaigns
            .upload_blobs(tokio_stream::iter(upload_chunks(&both)))
            .await
            .unwrap()
            .into_inner();
        assert!(again.blobs.iter().all(|blob| blob.already_present));

        // A blob whose content does not match its hash is refused; the one before it in the
        // same call is kept.
        let kept: &[u8] = b"bieu mau";
        let mut chunks = upload_chunks(&[kept]);
        chunks.push(pb::BlobChunk {
            sha256: sha(b"other"),
            size: 3,
            data: b"abc".to_vec(),
        });
        let status = campaigns
            .upload_blobs(tokio_stream::iter(chunks))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument);
        assert!(status.message().contains("hash"), "{}", status.message());
        // A blob cut short by the next one is refused, and names the blob.
        let mut chunks = upload_chunks(&[b"ten bytes!"]);
        chunks[0].data.truncate(4);
        chunks.extend(upload_chunks(&[b"next"]));
        let status = campaigns
            .upload_blobs(tokio_stream::iter(chunks))
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument);
        assert!(
            status.message().contains(&sha(b"ten bytes!"))
                && status.message().contains("4 of its 10 bytes"),
            "{}",
            status.message()
        );
        assert_eq!(
            missing(&mut campaigns, &[kept, b"ten bytes!"]).await,
            vec![sha(b"ten bytes!")]
        );
        assert_eq!(
            missing(&mut campaigns, &[policy_doc, b"other"]).await,
            vec![sha(b"other")]
        );

        let submitted = campaigns
            .submit_campaign(pb::SubmitCampaignRequest {
                manifest: Some(manifest(&files)),
            })
            .await
            .unwrap()
            .into_inner();
        assert!(submitted.campaign_id.starts_with("c-") && submitted.existing);
        assert!(submitted.missing_blobs.is_empty());
        let campaign_id = submitted.campaign_id;
        let resubmitted = campaigns
            .submit_campaign(pb::SubmitCampaignRequest {
                manifest: Some(manifest(&files)),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(
            (resubmitted.campaign_id.as_str(), resubmitted.existing),
            (campaign_id.as_str(), true)
        );

        let mut watch = campaigns
            .watch_campaign(pb::WatchCampaignRequest {
                campaign_id: campaign_id.clone(),
                failures_seen: 0,
            })
            .await
            .unwrap()
            .into_inner();
        let first = watch.message().await.unwrap().unwrap();
        assert_eq!(
            (first.state.as_str(), first.docs_total, first.docs_done),
            ("running", 2, 0)
        );
        assert_eq!(first.agencies[0].state, "queued");

        let registered = register(&mut workers, 2).await;
        assert_eq!(registered.lease_ttl_ms, 30_000);
        let worker_id = registered.worker_id;
        let leased = lease(&mut workers, &worker_id).await;
        let unit = leased.unit.expect("a read unit");
        let Some(pb::work_unit::Work::Read(read)) = &unit.work else {
            panic!("not a read unit")
        };
        assert_eq!(read.docs.len(), 2);
        assert_eq!(read.docs[0].content.as_deref(), Some(policy_doc));
        assert_eq!(read.docs[1].content, None);
        // The assemble unit is not ready yet.
        let idle = lease(&mut workers, &worker_id).await;
        assert!(idle.unit.is_none() && idle.retry_after_ms > 0);

        let mut blob = workers
            .fetch_blob(pb::FetchBlobRequest {
                sha256: read.docs[1].sha256.clone(),
            })
            .await
            .unwrap()
            .into_inner();
        let mut fetched = Vec::new();
        let mut n_chunks = 0;
        while let Some(chunk) = blob.message().await.unwrap() {
            assert!(chunk.data.len() <= proto::BLOB_CHUNK_BYTES);
            fetched.extend_from_slice(&chunk.data);
            n_chunks += 1;
        }
        assert_eq!((fetched == manual, n_chunks), (true, 5));

        let heartbeat = workers
            .heartbeat(pb::HeartbeatRequest {
                worker_id: worker_id.clone(),
                lease_ids: vec![unit.lease_id.clone(), "l-unknown".into()],
                started_lease_ids: Vec::new(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(heartbeat.lost_lease_ids, vec!["l-unknown".to_string()]);

        let results: Vec<pb::DocResult> = read
            .docs
            .iter()
            .map(|doc| {
                let status = if doc.path.ends_with(".pdf") {
                    "failed"
                } else {
                    "analysed"
                };
                let json =
                    serde_json::json!({"path": doc.path, "status": status, "error": "scanned"});
                pb::DocResult {
                    doc_id: doc.doc_id.clone(),
                    result_json: serde_json::to_vec(&json).unwrap(),
                }
            })
            .collect();
        let complete = pb::CompleteRequest {
            lease_id: unit.lease_id.clone(),
            results,
            reports: None,
        };
        assert!(accepted(&mut workers, complete.clone()).await);
        assert!(!accepted(&mut workers, complete).await);

        let leased = lease(&mut workers, &worker_id).await;
        let assemble = leased.unit.expect("the assemble unit");
        let Some(pb::work_unit::Work::Assemble(info)) = &assemble.work else {
            panic!("not assemble")
        };
        assert_eq!(
            (info.agency_name.as_str(), info.year, info.lang.as_str()),
            ("Sở Tư pháp", 2025, "vi")
        );
        let agency_results = workers
            .get_agency_results(pb::GetAgencyResultsRequest {
                lease_id: assemble.lease_id.clone(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(agency_results.results.len(), 2);
        // The same results came with the lease.
        assert!(info.results_included);
        assert_eq!(info.results, agency_results.results);
        let status = campaigns
            .fetch_reports(pb::FetchReportsRequest {
                campaign_id: campaign_id.clone(),
                agency_ids: Vec::new(),
            })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::FailedPrecondition);
        let reports = pb::ReportFiles {
            report_json: b"{\"schema_version\":1}".to_vec(),
            report_docx: b"PK docx".to_vec(),
            report_html: b"<html>".to_vec(),
        };
        let complete = pb::CompleteRequest {
            lease_id: assemble.lease_id,
            results: vec![],
            reports: Some(reports),
        };
        assert!(accepted(&mut workers, complete).await);

        // The watch ends after the final snapshot; each failure comes once, in the message
        // after it was recorded.
        let mut failures = first.failures.clone();
        let mut last = first;
        while let Some(progress) = watch.message().await.unwrap() {
            failures.extend(progress.failures.iter().cloned());
            last = progress;
        }
        assert_eq!(failures.len(), 1);
        assert_eq!(
            (failures[0].path.as_str(), failures[0].error.as_str()),
            ("so-tay.pdf", "scanned")
        );
        assert_eq!(
            (
                last.state.as_str(),
                last.docs_done,
                last.docs_failed,
                last.agencies_done
            ),
            ("done", 2, 1, 1)
        );
        // A client that reconnects says how many failures it has and gets only later ones.
        for (seen, expected) in [(0, 1), (1, 0)] {
            let mut again = campaigns
                .watch_campaign(pb::WatchCampaignRequest {
                    campaign_id: campaign_id.clone(),
                    failures_seen: seen,
                })
                .await
                .unwrap()
                .into_inner();
            let done = again.message().await.unwrap().unwrap();
            assert_eq!(done.state, "done");
            assert_eq!(done.failures.len(), expected, "after {seen} seen");
        }

        let mut files = campaigns
            .fetch_reports(pb::FetchReportsRequest {
                campaign_id: campaign_id.clone(),
                agency_ids: Vec::new(),
            })
            .await
            .unwrap()
            .into_inner();
        let mut names = Vec::new();
        while let Some(file) = files.message().await.unwrap() {
            names.push((file.agency_id, file.name));
        }
        names.sort();
        let expected: Vec<(String, String)> = ["report.docx", "report.html", "report.json"]
            .iter()
            .map(|name| ("so-tu-phap".to_string(), name.to_string()))
            .collect();
        assert_eq!(names, expected);

        running.stop_tx.send(()).unwrap();
        running.served.await.unwrap().unwrap();

        // A restarted coordinator knows everything it acknowledged.
        let running = start(dir.path()).await;
        let (mut campaigns, _) = clients(running.addr).await;
        let status = campaigns
            .status(pb::StatusRequest {
                campaign_id: campaign_id.clone(),
            })
            .await
            .unwrap()
            .into_inner();
        assert_eq!(status.campaigns[0].state, "done");
        assert_eq!(status.campaigns[0].agencies[0].state, "done");
        assert_eq!(status.workers.len(), 1);
        assert!(status.leases.is_empty());
        let status = campaigns
            .status(pb::StatusRequest {
                campaign_id: "c-000000000000".into(),
            })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        running.stop_tx.send(()).unwrap();
        running.served.await.unwrap().unwrap();
    }

    /// The file names `FetchReports` streams, per agency.
    async fn fetched_names(
        campaigns: &mut CampaignsClient<InterceptedService<Channel, Auth>>,
        campaign_id: &str,
        agency_ids: &[&str],
    ) -> Result<Vec<(String, String)>, Status> {
        let mut files = campaigns
            .fetch_reports(pb::FetchReportsRequest {
                campaign_id: campaign_id.to_string(),
                agency_ids: agency_ids.iter().map(|id| id.to_string()).collect(),
            })
            .await?
            .into_inner();
        let mut names = Vec::new();
        while let Some(file) = files.message().await? {
            names.push((file.agency_id, file.name));
        }
        names.sort();
        Ok(names)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_finished_agency_is_fetched_while_its_campaign_runs() {
        let dir = tempfile::tempdir().unwrap();
        let running = start(dir.path()).await;
        let (mut campaigns, mut workers) = clients(running.addr).await;
        let (first_doc, second_doc): (&[u8], &[u8]) = (b"quy trinh A", b"quy trinh B");
        let mut two_agencies = manifest(&[("qt.docx", first_doc)]);
        let mut second = two_agencies.agencies[0].clone();
        second.id = "ubnd-xa-an-hoa".into();
        second.files[0].sha256 = sha(second_doc);
        two_agencies.agencies.push(second);
        let campaign_id = campaigns
            .submit_campaign(pb::SubmitCampaignRequest {
                manifest: Some(two_agencies),
            })
            .await
            .unwrap()
            .into_inner()
            .campaign_id;
        campaigns
            .upload_blobs(tokio_stream::iter(upload_chunks(&[first_doc, second_doc])))
            .await
            .unwrap();
        let worker_id = register(&mut workers, 1).await.worker_id;

        // Work until the first agency's reports are in; the other agency's read unit is left
        // leased, so the campaign is still running.
        let mut finished = None;
        while finished.is_none() {
            let unit = lease(&mut workers, &worker_id).await.unit.expect("a unit");
            let complete = match &unit.work {
                Some(pb::work_unit::Work::Read(read))
                    if read.docs[0].content.as_deref() == Some(second_doc) =>
                {
                    continue;
                }
                Some(pb::work_unit::Work::Read(read)) => pb::CompleteRequest {
                    lease_id: unit.lease_id.clone(),
                    results: vec![pb::DocResult {
                        doc_id: read.docs[0].doc_id.clone(),
                        result_json: br#"{"path":"qt.docx","status":"analysed"}"#.to_vec(),
                    }],
                    reports: None,
                },
                Some(pb::work_unit::Work::Assemble(_)) => {
                    finished = Some(unit.agency_id.clone());
                    pb::CompleteRequest {
                        lease_id: unit.lease_id.clone(),
                        results: vec![],
                        reports: Some(pb::ReportFiles {
                            report_json: b"{}".to_vec(),
                            report_docx: b"PK".to_vec(),
                            report_html: b"<html>".to_vec(),
                        }),
                    }
                }
                None => panic!("a unit without work"),
            };
            assert!(accepted(&mut workers, complete).await);
        }
        let finished = finished.unwrap();
        assert_eq!(finished, "so-tu-phap");

        let names = fetched_names(&mut campaigns, &campaign_id, &["so-tu-phap"])
            .await
            .unwrap();
        let expected: Vec<(String, String)> = ["report.docx", "report.html", "report.json"]
            .iter()
            .map(|name| ("so-tu-phap".to_string(), name.to_string()))
            .collect();
        assert_eq!(names, expected);
        // The agency still being read, an unknown one, and the whole running campaign are refused.
        let status = fetched_names(
            &mut campaigns,
            &campaign_id,
            &["so-tu-phap", "ubnd-xa-an-hoa"],
        )
        .await
        .unwrap_err();
        assert_eq!(status.code(), Code::FailedPrecondition);
        assert!(
            status.message().contains("ubnd-xa-an-hoa"),
            "{}",
            status.message()
        );
        let status = fetched_names(&mut campaigns, &campaign_id, &["so-noi-vu"])
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::NotFound);
        let status = fetched_names(&mut campaigns, &campaign_id, &[])
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::FailedPrecondition);
        running.stop_tx.send(()).unwrap();
        running.served.await.unwrap().unwrap();
    }
}
