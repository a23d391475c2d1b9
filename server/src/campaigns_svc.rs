//! The `Campaigns` service (clients): blobs in, campaigns submitted and watched, reports out.

use std::sync::Arc;
use std::time::Duration;

use proto::pb;
use proto::pb::campaigns_server::Campaigns;
use proto::tonic::{self, Request, Response, Status, Streaming};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

use crate::error::ServiceError;
use crate::manifest;
use crate::model::{AgencyManifest, CampaignState, FileEntry, Manifest};
use crate::progress::{self, Detail};
use crate::queue;
use crate::shared::{Shared, blocking, now_unix_ms};
use crate::uploads::{Uploads, check_sha256};

/// Least time between two progress snapshots of one watch stream (about 5 per second).
const WATCH_THROTTLE: Duration = Duration::from_millis(200);
/// Agencies one `FetchReports` call may name (a province has a few hundred at most).
const MAX_FETCH_AGENCIES: usize = 10_000;

pub struct CampaignsService {
    shared: Arc<Shared>,
}

impl CampaignsService {
    pub(crate) fn new(shared: Arc<Shared>) -> CampaignsService {
        CampaignsService { shared }
    }
}

fn manifest_from_wire(manifest: pb::CampaignManifest) -> Manifest {
    Manifest {
        name: manifest.name,
        year: manifest.year,
        province: manifest.province,
        lang: manifest.lang,
        agencies: manifest
            .agencies
            .into_iter()
            .map(|agency| AgencyManifest {
                id: agency.id,
                name: agency.name,
                level: agency.level,
                tthc_sha256: agency.tthc_sha256,
                files: agency
                    .files
                    .into_iter()
                    .map(|file| FileEntry {
                        path: file.path,
                        sha256: file.sha256,
                        size: file.size,
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn require_campaign(
    shared: &Shared,
    campaign_id: &str,
) -> Result<crate::model::Campaign, ServiceError> {
    shared
        .store
        .campaign(campaign_id)?
        .ok_or_else(|| ServiceError::NotFound(format!("no campaign {campaign_id:?}")))
}

#[tonic::async_trait]
impl Campaigns for CampaignsService {
    async fn have_blobs(
        &self,
        request: Request<pb::HaveBlobsRequest>,
    ) -> Result<Response<pb::HaveBlobsResponse>, Status> {
        let wanted = request.into_inner().sha256;
        let shared = self.shared.clone();
        let missing = blocking(&self.shared, move || {
            let mut missing = Vec::new();
            for sha256 in wanted {
                check_sha256(&sha256)?;
                if shared.store.blob(&sha256)?.is_none() {
                    missing.push(sha256);
                }
            }
            Ok(missing)
        })
        .await?;
        Ok(Response::new(pb::HaveBlobsResponse { missing }))
    }

    async fn upload_blobs(
        &self,
        request: Request<Streaming<pb::BlobChunk>>,
    ) -> Result<Response<pb::UploadBlobsResponse>, Status> {
        let uploads = Uploads::new(self.shared.clone());
        // A task of its own, so that a client going away mid-call cannot drop the work half
        // done: the files stored so far are still synced and announced to the queue (a dropped
        // handler left their units waiting for uploads that had already happened).
        let received = tokio::spawn(uploads.receive(request.into_inner()))
            .await
            .map_err(|e| Status::internal(format!("upload task: {e}")))??;
        Ok(Response::new(received))
    }

    async fn submit_campaign(
        &self,
        request: Request<pb::SubmitCampaignRequest>,
    ) -> Result<Response<pb::SubmitCampaignResponse>, Status> {
        let Some(wire) = request.into_inner().manifest else {
            return Err(ServiceError::InvalidArgument("missing manifest".into()).into());
        };
        let manifest = manifest_from_wire(wire);
        manifest::validate(&manifest).map_err(ServiceError::from)?;
        let shared = self.shared.clone();
        let response = blocking(&self.shared, move || {
            let campaign_id = manifest::campaign_id(&manifest);

            // Work starts on the documents already here while the others upload.
            let mut missing_blobs = Vec::new();
            for sha256 in manifest::blobs(&manifest) {
                if shared.store.blob(sha256)?.is_none() {
                    missing_blobs.push(sha256.to_string());
                }
            }
            // A campaign seen again (a client confirming its uploads) needs no plan, unless its
            // first submission was cut short: then the plan completes it.
            let inserted = if shared.store.submission_complete(&campaign_id)? {
                false
            } else {
                let plan =
                    queue::plan_campaign(&campaign_id, &manifest, &shared.policy, now_unix_ms());
                let inserted = shared.store.insert_plan(&plan)?;
                if inserted {
                    tracing::info!(
                        campaign_id = %campaign_id,
                        n_agencies = plan.agencies.len(),
                        n_docs = plan.campaign.n_docs,
                        n_units = plan.units.len(),
                        "campaign submitted"
                    );
                }
                inserted
            };
            shared.store.flush()?;
            if !inserted {
                // Submitting again repairs units left waiting for blobs that are stored.
                let queued = shared.store.recover_awaiting(now_unix_ms())?;
                if queued > 0 {
                    tracing::warn!(campaign_id = %campaign_id, queued, "units that waited for stored uploads queued");
                }
            }
            Ok(pb::SubmitCampaignResponse {
                campaign_id,
                existing: !inserted,
                missing_blobs,
            })
        })
        .await?;
        self.shared.state_changed();
        Ok(Response::new(response))
    }

    type WatchCampaignStream = ReceiverStream<Result<pb::CampaignProgress, Status>>;

    async fn watch_campaign(
        &self,
        request: Request<pb::WatchCampaignRequest>,
    ) -> Result<Response<Self::WatchCampaignStream>, Status> {
        let request = request.into_inner();
        let campaign_id = request.campaign_id;
        let shared = self.shared.clone();
        let id = campaign_id.clone();
        blocking(&self.shared, move || require_campaign(&shared, &id)).await?;
        let (tx, rx) = mpsc::channel(4);
        tokio::spawn(watch_loop(
            self.shared.clone(),
            campaign_id,
            request.failures_seen,
            tx,
        ));
        Ok(Response::new(ReceiverStream::new(rx)))
    }

    async fn status(
        &self,
        request: Request<pb::StatusRequest>,
    ) -> Result<Response<pb::StatusResponse>, Status> {
        let campaign_id = request.into_inner().campaign_id;
        let shared = self.shared.clone();
        let response = blocking(&self.shared, move || {
            let store = &shared.store;
            let (campaigns, detail) = if campaign_id.is_empty() {
                (store.campaigns()?, Detail::Summary)
            } else {
                (
                    vec![require_campaign(&shared, &campaign_id)?],
                    Detail::Full { failures_from: 0 },
                )
            };
            let campaigns = campaigns
                .iter()
                .map(|campaign| progress::snapshot(store, campaign, detail))
                .collect::<Result<Vec<_>, _>>()?;
            let leases = store.leases()?;
            let workers = store
                .workers()?
                .into_iter()
                .map(|worker| pb::WorkerInfo {
                    active_leases: u32::try_from(
                        leases
                            .iter()
                            .filter(|lease| lease.worker_id == worker.id)
                            .count(),
                    )
                    .unwrap_or(u32::MAX),
                    worker_id: worker.id,
                    name: worker.name,
                    concurrency: worker.concurrency,
                    last_seen_unix_ms: worker.last_seen_unix_ms,
                })
                .collect();
            let leases = leases
                .into_iter()
                .filter(|lease| campaign_id.is_empty() || lease.campaign_id == campaign_id)
                .map(|lease| pb::LeaseInfo {
                    lease_id: lease.id,
                    unit_id: lease.unit_id,
                    worker_id: lease.worker_id,
                    agency_id: lease.agency_id,
                    attempt: lease.attempt,
                    deadline_unix_ms: lease.deadline_unix_ms,
                    started: lease.started,
                })
                .collect();
            Ok(pb::StatusResponse {
                campaigns,
                workers,
                leases,
            })
        })
        .await?;
        Ok(Response::new(response))
    }

    type FetchReportsStream = ReceiverStream<Result<pb::ReportFile, Status>>;

    async fn fetch_reports(
        &self,
        request: Request<pb::FetchReportsRequest>,
    ) -> Result<Response<Self::FetchReportsStream>, Status> {
        let pb::FetchReportsRequest {
            campaign_id,
            agency_ids: wanted,
        } = request.into_inner();
        if wanted.len() > MAX_FETCH_AGENCIES {
            return Err(ServiceError::InvalidArgument(format!(
                "at most {MAX_FETCH_AGENCIES} agencies per fetch, not {}",
                wanted.len()
            ))
            .into());
        }
        let shared = self.shared.clone();
        let id = campaign_id.clone();
        let agency_ids = blocking(&self.shared, move || {
            let campaign = require_campaign(&shared, &id)?;
            if !wanted.is_empty() {
                return finished_agencies(&shared, &id, wanted);
            }
            if campaign.state != CampaignState::Done {
                return Err(ServiceError::FailedPrecondition(format!(
                    "campaign {id} is still running ({} of {} agencies finished)",
                    campaign.n_agencies_finished, campaign.n_agencies
                )));
            }
            Ok(shared
                .store
                .agencies(&id)?
                .into_iter()
                .map(|agency| agency.id)
                .collect::<Vec<_>>())
        })
        .await?;
        let (tx, rx) = mpsc::channel(2);
        let shared = self.shared.clone();
        tokio::spawn(async move {
            for agency_id in agency_ids {
                let store_shared = shared.clone();
                let (c, a) = (campaign_id.clone(), agency_id.clone());
                let files = blocking(&shared, move || {
                    let mut files = Vec::new();
                    for (name, packed) in store_shared.store.reports(&c, &a)? {
                        files.push((name, store_shared.blobs.read_all(&packed)?));
                    }
                    Ok(files)
                })
                .await;
                let files = match files {
                    Ok(files) => files,
                    Err(e) => {
                        let _ = tx.send(Err(Status::from(e))).await;
                        return;
                    }
                };
                for (name, content) in files {
                    let file = pb::ReportFile {
                        agency_id: agency_id.clone(),
                        name,
                        content,
                    };
                    if tx.send(Ok(file)).await.is_err() {
                        return;
                    }
                }
            }
        });
        Ok(Response::new(ReceiverStream::new(rx)))
    }
}

/// The agencies asked for by name, each of which must exist and be done: a running campaign's
/// finished agencies keep their reports, so they can be fetched before the others finish.
fn finished_agencies(
    shared: &Shared,
    campaign_id: &str,
    wanted: Vec<String>,
) -> Result<Vec<String>, ServiceError> {
    for agency_id in &wanted {
        let agency = shared
            .store
            .agency(campaign_id, agency_id)?
            .ok_or_else(|| {
                ServiceError::NotFound(format!(
                    "campaign {campaign_id} has no agency {agency_id:?}"
                ))
            })?;
        if !agency.state.is_finished() {
            return Err(ServiceError::FailedPrecondition(format!(
                "agency {agency_id} of campaign {campaign_id} is not finished ({} of {} documents)",
                agency.n_docs_done, agency.n_docs
            )));
        }
    }
    Ok(wanted)
}

/// Sends a snapshot at once, then after changes (at most every [`WATCH_THROTTLE`], except the
/// final one of a finished campaign, sent without delay), and ends after that final snapshot,
/// when the client goes or at shutdown.
async fn watch_loop(
    shared: Arc<Shared>,
    campaign_id: String,
    mut failures_sent: u64,
    tx: mpsc::Sender<Result<pb::CampaignProgress, Status>>,
) {
    let mut changes_rx = shared.changes.subscribe();
    let mut agencies_rx = shared.agencies_changed.subscribe();
    let mut last_sent: Option<pb::CampaignProgress> = None;
    loop {
        let _generation = *changes_rx.borrow_and_update();
        agencies_rx.borrow_and_update();
        let snapshot_shared = shared.clone();
        let id = campaign_id.clone();
        let snapshot = blocking(&shared, move || {
            let campaign = require_campaign(&snapshot_shared, &id)?;
            Ok(progress::snapshot(
                &snapshot_shared.store,
                &campaign,
                Detail::Full {
                    failures_from: failures_sent,
                },
            )?)
        })
        .await;
        let snapshot = match snapshot {
            Ok(snapshot) => snapshot,
            Err(e) => {
                let _ = tx.send(Err(Status::from(e))).await;
                return;
            }
        };
        let done = progress::is_done(&snapshot);
        if !snapshot.failures.is_empty() || last_sent.as_ref() != Some(&snapshot) {
            failures_sent += snapshot.failures.len() as u64;
            if tx.send(Ok(snapshot.clone())).await.is_err() {
                return;
            }
            last_sent = Some(pb::CampaignProgress {
                failures: Vec::new(),
                ..snapshot
            });
        }
        if done {
            return;
        }
        tokio::select! {
            () = tx.closed() => return,
            () = shared.shutdown.cancelled() => return,
            changed = changes_rx.changed() => if changed.is_err() { return },
        }
        // Throttle, except that the last snapshot goes out at once: a client waiting to fetch
        // the reports should not wait out the throttle.
        tokio::select! {
            () = tx.closed() => return,
            () = shared.shutdown.cancelled() => return,
            () = tokio::time::sleep(WATCH_THROTTLE) => {}
            changed = agencies_rx.changed() => if changed.is_err() { return },
        }
    }
}
