//! `submit`: upload only the blobs the coordinator lacks, then the manifest.

use std::path::Path;

use anyhow::{Context, Result, bail};
use proto::client::Clients;
use proto::pb;
use tokio::io::AsyncReadExt;
use tokio_stream::wrappers::ReceiverStream;

use crate::campaign_dir::{CampaignPlan, LocalBlob};

/// What a submission did.
#[derive(Debug)]
pub struct Submitted {
    pub campaign_id: String,
    pub existing: bool,
    pub n_uploaded: usize,
    pub n_already_there: usize,
}

/// How many SHA-256s go in one `HaveBlobs` call.
const HAVE_BATCH: usize = 2000;

pub async fn submit(clients: &Clients, plan: &CampaignPlan) -> Result<Submitted> {
    let mut missing = Vec::new();
    for batch in plan.blobs.chunks(HAVE_BATCH) {
        let request = pb::HaveBlobsRequest {
            sha256: batch.iter().map(|b| b.sha256.clone()).collect(),
        };
        let response = clients
            .campaigns
            .clone()
            .have_blobs(request)
            .await
            .map_err(status_error)
            .context("ask the coordinator which documents it already holds")?;
        missing.extend(response.into_inner().missing);
    }
    let to_upload: Vec<&LocalBlob> = plan
        .blobs
        .iter()
        .filter(|b| missing.contains(&b.sha256))
        .collect();
    upload_all(clients, &to_upload).await?;
    let n_uploaded = to_upload.len();
    let n_already_there = plan.blobs.len() - n_uploaded;

    let mut attempts = 0;
    loop {
        let request = pb::SubmitCampaignRequest {
            manifest: Some(plan.manifest.clone()),
        };
        let response = clients
            .campaigns
            .clone()
            .submit_campaign(request)
            .await
            .map_err(status_error)
            .context("submit the campaign")?
            .into_inner();
        if response.missing_blobs.is_empty() {
            return Ok(Submitted {
                campaign_id: response.campaign_id,
                existing: response.existing,
                n_uploaded,
                n_already_there,
            });
        }
        attempts += 1;
        if attempts > 2 {
            bail!(
                "the coordinator keeps asking for {} documents that were uploaded",
                response.missing_blobs.len()
            );
        }
        for sha in &response.missing_blobs {
            if let Some(blob) = plan.blobs.iter().find(|b| &b.sha256 == sha) {
                upload(clients, blob).await?;
            }
        }
    }
}

/// Uploads several files at once: each upload ends with the coordinator syncing the file to
/// disk, and overlapping those waits keeps a 10,000-file submission short.
async fn upload_all(clients: &Clients, blobs: &[&LocalBlob]) -> Result<()> {
    const IN_FLIGHT: usize = 8;
    let mut uploads = tokio::task::JoinSet::new();
    for blob in blobs {
        if uploads.len() >= IN_FLIGHT
            && let Some(done) = uploads.join_next().await
        {
            done.context("upload task")??;
        }
        let clients = clients.clone();
        let blob = (*blob).clone();
        uploads.spawn(async move { upload(&clients, &blob).await });
    }
    while let Some(done) = uploads.join_next().await {
        done.context("upload task")??;
    }
    Ok(())
}

/// Streams one file in bounded chunks; the coordinator verifies the SHA-256.
async fn upload(clients: &Clients, blob: &LocalBlob) -> Result<()> {
    let (chunk_tx, chunk_rx) = tokio::sync::mpsc::channel::<pb::BlobChunk>(4);
    let path = blob.path.clone();
    let sha256 = blob.sha256.clone();
    let size = blob.size;
    let reader = tokio::spawn(async move { send_chunks(&path, sha256, size, chunk_tx).await });
    let response = clients
        .campaigns
        .clone()
        .upload_blob(ReceiverStream::new(chunk_rx))
        .await;
    let read_result = reader.await.context("upload task")?;
    read_result.with_context(|| format!("read {}", blob.path.display()))?;
    response
        .map_err(status_error)
        .with_context(|| format!("upload {}", blob.path.display()))?;
    Ok(())
}

async fn send_chunks(
    path: &Path,
    sha256: String,
    size: u64,
    chunk_tx: tokio::sync::mpsc::Sender<pb::BlobChunk>,
) -> std::io::Result<()> {
    let mut file = tokio::fs::File::open(path).await?;
    let mut first = true;
    let mut buffer = vec![0u8; proto::BLOB_CHUNK_BYTES];
    loop {
        let n = file.read(&mut buffer).await?;
        if n == 0 && !first {
            break;
        }
        let chunk = pb::BlobChunk {
            sha256: if first { sha256.clone() } else { String::new() },
            size: if first { size } else { 0 },
            data: buffer[..n].to_vec(),
        };
        first = false;
        if chunk_tx.send(chunk).await.is_err() {
            // The call ended early; its status says why.
            break;
        }
        if n == 0 {
            break;
        }
    }
    Ok(())
}

/// A gRPC status in words: the code's meaning and the coordinator's message.
pub fn status_error(status: proto::tonic::Status) -> anyhow::Error {
    use proto::tonic::Code;
    let what = match status.code() {
        Code::Unauthenticated => {
            "the coordinator refused the token (check --token-file / ISOMIGRATE_TOKEN)"
        }
        Code::Unavailable => "the coordinator is not reachable",
        Code::NotFound => "not found on the coordinator",
        Code::InvalidArgument => "the coordinator rejected the request",
        Code::ResourceExhausted => "the request is larger than the coordinator accepts",
        _ => "the coordinator answered with an error",
    };
    anyhow::anyhow!("{what}: {}", status.message())
}
