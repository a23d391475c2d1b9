//! `submit`: the manifest, then only the blobs the coordinator lacks.

use std::collections::{HashMap, HashSet};
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

/// Submits the manifest first, so that the coordinator starts work on each unit as soon as its
/// documents are there, then uploads what it lacks in manifest order (the first agencies start
/// first), and submits again until nothing is missing.
pub async fn submit(clients: &Clients, plan: &CampaignPlan) -> Result<Submitted> {
    let local: HashMap<&str, &LocalBlob> = plan
        .blobs
        .iter()
        .map(|blob| (blob.sha256.as_str(), blob))
        .collect();
    let mut first_answer_existing = None;
    let mut n_uploaded = 0;
    for _ in 0..3 {
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
        let existing = *first_answer_existing.get_or_insert(response.existing);
        if response.missing_blobs.is_empty() {
            return Ok(Submitted {
                campaign_id: response.campaign_id,
                existing,
                n_uploaded,
                n_already_there: plan.blobs.len().saturating_sub(n_uploaded),
            });
        }
        let missing: HashSet<&str> = response.missing_blobs.iter().map(String::as_str).collect();
        if let Some(unknown) = missing.iter().find(|sha| !local.contains_key(*sha)) {
            bail!("the coordinator asks for a document {unknown} that is not in this campaign");
        }
        let to_upload: Vec<&LocalBlob> = upload_order(plan)
            .filter(|sha| missing.contains(sha))
            .filter_map(|sha| local.get(sha).copied())
            .collect();
        upload_all(clients, &to_upload).await?;
        n_uploaded += to_upload.len();
    }
    bail!("the coordinator keeps asking for documents that were uploaded")
}

/// Every blob of the manifest once, agency by agency: its documents, then its TTHC list.
fn upload_order(plan: &CampaignPlan) -> impl Iterator<Item = &str> {
    let mut seen = HashSet::new();
    plan.manifest
        .agencies
        .iter()
        .flat_map(|agency| {
            agency
                .files
                .iter()
                .map(|file| file.sha256.as_str())
                .chain(Some(agency.tthc_sha256.as_str()).filter(|sha| !sha.is_empty()))
        })
        .filter(move |sha| seen.insert(*sha))
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

/// Files up to this size are read in one go; larger ones are streamed.
const READ_WHOLE_BYTES: u64 = 4 * 1024 * 1024;

async fn send_chunks(
    path: &Path,
    sha256: String,
    size: u64,
    chunk_tx: tokio::sync::mpsc::Sender<pb::BlobChunk>,
) -> std::io::Result<()> {
    // Most documents are read in one go off the runtime; larger ones are streamed.
    let mut source = if size <= READ_WHOLE_BYTES {
        let owned = path.to_path_buf();
        let bytes = tokio::task::spawn_blocking(move || std::fs::read(owned))
            .await
            .map_err(std::io::Error::other)??;
        Source::Whole { bytes, at: 0 }
    } else {
        Source::File(
            tokio::fs::File::open(path).await?,
            vec![0u8; proto::BLOB_CHUNK_BYTES],
        )
    };
    let mut first = true;
    loop {
        let data = source.next().await?;
        // An empty file still sends one (empty) chunk, which carries the hash and size.
        if data.is_empty() && !first {
            break;
        }
        let last = data.is_empty();
        let chunk = pb::BlobChunk {
            sha256: if first { sha256.clone() } else { String::new() },
            size: if first { size } else { 0 },
            data,
        };
        first = false;
        if chunk_tx.send(chunk).await.is_err() || last {
            // A failed send means the call ended early; its status says why.
            break;
        }
    }
    Ok(())
}

/// Where an upload's chunks come from.
enum Source {
    Whole { bytes: Vec<u8>, at: usize },
    File(tokio::fs::File, Vec<u8>),
}

impl Source {
    /// The next chunk; empty at the end.
    async fn next(&mut self) -> std::io::Result<Vec<u8>> {
        match self {
            Source::Whole { bytes, at } => {
                let end = (*at + proto::BLOB_CHUNK_BYTES).min(bytes.len());
                let chunk = bytes[*at..end].to_vec();
                *at = end;
                Ok(chunk)
            }
            Source::File(file, buffer) => {
                let n = file.read(buffer).await?;
                Ok(buffer[..n].to_vec())
            }
        }
    }
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
