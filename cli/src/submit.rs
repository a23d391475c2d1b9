//! `submit`: the manifest, then only the blobs the coordinator lacks.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

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

/// Uploads the files in calls of several at once, a few calls at a time: each call ends with
/// the coordinator syncing its files to disk, and overlapping those waits keeps a 10,000-file
/// submission short.
async fn upload_all(clients: &Clients, blobs: &[&LocalBlob]) -> Result<()> {
    const IN_FLIGHT: usize = 2;
    let mut uploads = tokio::task::JoinSet::new();
    for batch in upload_batches(blobs) {
        if uploads.len() >= IN_FLIGHT
            && let Some(done) = uploads.join_next().await
        {
            done.context("upload task")??;
        }
        let clients = clients.clone();
        uploads.spawn(async move { upload_batch(&clients, batch).await });
    }
    while let Some(done) = uploads.join_next().await {
        done.context("upload task")??;
    }
    Ok(())
}

/// Most files in one upload call.
const BATCH_FILES: usize = 32;
/// Most bytes in one upload call (a larger file goes alone). Calls of 8 MiB, four at a time,
/// cost no less CPU and raised the coordinator's peak memory by a third (bytes waiting in its
/// receive windows), so calls stay small.
const BATCH_BYTES: u64 = 2 * 1024 * 1024;

/// Consecutive runs of `blobs` (the upload order is kept) that fit one call.
fn upload_batches(blobs: &[&LocalBlob]) -> Vec<Vec<LocalBlob>> {
    let mut batches: Vec<Vec<LocalBlob>> = Vec::new();
    let mut bytes = 0;
    for blob in blobs {
        let fits = batches
            .last()
            .is_some_and(|batch| batch.len() < BATCH_FILES && bytes + blob.size <= BATCH_BYTES);
        if !fits {
            batches.push(Vec::new());
            bytes = 0;
        }
        if let Some(batch) = batches.last_mut() {
            batch.push((*blob).clone());
        }
        bytes += blob.size;
    }
    batches
}

/// Streams the files of one batch, one after the other, in bounded chunks; the coordinator
/// verifies each SHA-256.
async fn upload_batch(clients: &Clients, batch: Vec<LocalBlob>) -> Result<()> {
    let (chunk_tx, chunk_rx) = tokio::sync::mpsc::channel::<pb::BlobChunk>(4);
    let first = batch
        .first()
        .map(|blob| blob.path.clone())
        .unwrap_or_default();
    let n_files = batch.len();
    let reader = tokio::spawn(async move {
        let mut whole = read_whole_files(&batch).await?.into_iter();
        for blob in &batch {
            let source = match whole.next().flatten() {
                Some(bytes) => Source::Whole { bytes, at: 0 },
                None => Source::File(
                    tokio::fs::File::open(&blob.path)
                        .await
                        .with_context(|| format!("read {}", blob.path.display()))?,
                    vec![0u8; proto::BLOB_CHUNK_BYTES],
                ),
            };
            let open = send_chunks(source, &blob.sha256, blob.size, &chunk_tx)
                .await
                .with_context(|| format!("read {}", blob.path.display()))?;
            if !open {
                break;
            }
        }
        anyhow::Ok(())
    });
    let response = clients
        .campaigns
        .clone()
        .upload_blobs(ReceiverStream::new(chunk_rx))
        .await;
    reader.await.context("upload task")??;
    response
        .map_err(status_error)
        .with_context(|| format!("upload {n_files} file(s) starting with {}", first.display()))?;
    Ok(())
}

/// Files up to this size are read in one go; larger ones are streamed.
const READ_WHOLE_BYTES: u64 = 4 * 1024 * 1024;

/// The batch's files of at most [`READ_WHOLE_BYTES`], read in one trip off the runtime (a batch
/// holds at most [`BATCH_BYTES`], or one larger file); `None` for a file to stream instead.
async fn read_whole_files(batch: &[LocalBlob]) -> Result<Vec<Option<Vec<u8>>>> {
    let wanted: Vec<Option<PathBuf>> = batch
        .iter()
        .map(|blob| (blob.size <= READ_WHOLE_BYTES).then(|| blob.path.clone()))
        .collect();
    tokio::task::spawn_blocking(move || {
        wanted
            .into_iter()
            .map(|path| {
                path.map(|path| {
                    std::fs::read(&path).with_context(|| format!("read {}", path.display()))
                })
                .transpose()
            })
            .collect()
    })
    .await
    .context("read the files to upload")?
}

/// Sends one file's chunks; the first carries its hash and size. Returns whether the call is
/// still open: it ends early when the coordinator refused something (its status says what).
async fn send_chunks(
    mut source: Source,
    sha256: &str,
    size: u64,
    chunk_tx: &tokio::sync::mpsc::Sender<pb::BlobChunk>,
) -> std::io::Result<bool> {
    let mut first = true;
    loop {
        let data = source.next().await?;
        // An empty file still sends one (empty) chunk, which carries the hash and size.
        if data.is_empty() && !first {
            break;
        }
        let last = data.is_empty();
        let chunk = pb::BlobChunk {
            sha256: if first {
                sha256.to_string()
            } else {
                String::new()
            },
            size: if first { size } else { 0 },
            data,
        };
        first = false;
        if chunk_tx.send(chunk).await.is_err() {
            return Ok(false);
        }
        if last {
            break;
        }
    }
    Ok(true)
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
            Source::Whole { bytes, at } if *at == 0 && bytes.len() <= proto::BLOB_CHUNK_BYTES => {
                // A file that fits one chunk moves into it without a copy; the next call
                // finds it empty, which ends the file.
                Ok(std::mem::take(bytes))
            }
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

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn blob(index: usize, size: u64) -> LocalBlob {
        LocalBlob {
            sha256: format!("{index:064x}"),
            size,
            path: PathBuf::from(format!("agency/doc-{index}.docx")),
        }
    }

    #[test]
    fn uploads_go_in_calls_of_bounded_files_and_bytes_in_manifest_order() {
        const MIB: u64 = 1024 * 1024;
        // 100 small documents, a 20 MiB scan, then three 3 MiB files.
        let mut blobs: Vec<LocalBlob> = (0..100).map(|i| blob(i, 20_000)).collect();
        blobs.push(blob(100, 20 * MIB));
        blobs.extend((101..104).map(|i| blob(i, 3 * MIB)));
        let refs: Vec<&LocalBlob> = blobs.iter().collect();

        let batches = upload_batches(&refs);
        let sizes: Vec<usize> = batches.iter().map(Vec::len).collect();
        assert_eq!(sizes, vec![32, 32, 32, 4, 1, 1, 1, 1]);
        let order: Vec<&str> = batches
            .iter()
            .flatten()
            .map(|blob| blob.sha256.as_str())
            .collect();
        let expected: Vec<&str> = blobs.iter().map(|blob| blob.sha256.as_str()).collect();
        assert_eq!(order, expected);
        assert!(upload_batches(&[]).is_empty());
    }
}
