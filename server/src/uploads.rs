//! One upload call: blobs one after another in a single stream, each stored as soon as its last
//! byte is in, then made durable and announced to the queue in groups.
//!
//! A campaign is thousands of small documents. One call, disk sync and queue transaction per
//! document cost more than the bytes; one per group of documents does not.

use std::sync::Arc;

use proto::pb;
use proto::tonic::{Status, Streaming};

use crate::blobs::BlobUpload;
use crate::error::ServiceError;
use crate::manifest;
use crate::model::BlobMeta;
use crate::shared::{Shared, blocking, now_unix_ms};

/// Largest accepted upload chunk: a few times the chunk size clients are asked to use.
pub const MAX_UPLOAD_CHUNK_BYTES: usize = 4 * proto::BLOB_CHUNK_BYTES;

/// Newly stored blobs are synced and announced at least this often within one call, so that a
/// long call neither holds units back nor keeps an unbounded list.
const SETTLE_EVERY: usize = 64;

/// The state of one upload call.
pub(crate) struct Uploads {
    shared: Arc<Shared>,
    /// The blob whose chunks are arriving.
    open: Option<BlobUpload>,
    /// Every blob of the call so far, for the answer.
    stored: Vec<pb::UploadedBlob>,
    /// Stored blobs not yet synced and announced to the queue.
    unsettled: Vec<String>,
}

impl Uploads {
    pub(crate) fn new(shared: Arc<Shared>) -> Uploads {
        Uploads {
            shared,
            open: None,
            stored: Vec::new(),
            unsettled: Vec::new(),
        }
    }

    /// Takes the whole stream. What was stored is kept and announced even when the call fails
    /// part-way (a bad chunk, a client gone).
    pub(crate) async fn receive(
        mut self,
        mut chunks: Streaming<pb::BlobChunk>,
    ) -> Result<pb::UploadBlobsResponse, Status> {
        let received: Result<(), Status> = async {
            while let Some(chunk) = chunks.message().await? {
                self.take(chunk).await?;
            }
            Ok(self.end()?)
        }
        .await;
        let settled = self.settle().await;
        received?;
        settled?;
        Ok(self.into_response())
    }

    /// Takes the next chunk of the stream; a blob is stored when its last byte arrives.
    async fn take(&mut self, chunk: pb::BlobChunk) -> Result<(), ServiceError> {
        if !chunk.sha256.is_empty() {
            if let Some(open) = &self.open {
                return Err(cut_short(open));
            }
            self.open = Some(self.begin(&chunk.sha256, chunk.size)?);
        }
        let Some(mut upload) = self.open.take() else {
            return Err(ServiceError::InvalidArgument(
                "a chunk arrived before the first chunk of its blob (with sha256 and size)".into(),
            ));
        };
        if chunk.data.len() > MAX_UPLOAD_CHUNK_BYTES {
            return Err(ServiceError::InvalidArgument(format!(
                "chunk of {} bytes exceeds {MAX_UPLOAD_CHUNK_BYTES}",
                chunk.data.len()
            )));
        }
        let data = chunk.data;
        if upload.spills_to_disk() {
            upload = blocking(&self.shared, move || {
                upload.write(&data)?;
                Ok(upload)
            })
            .await?;
        } else {
            upload.write(&data)?;
        }
        if upload.is_complete() {
            self.store(upload).await
        } else {
            self.open = Some(upload);
            Ok(())
        }
    }

    /// The stream ended: a blob still missing bytes is an error.
    fn end(&self) -> Result<(), ServiceError> {
        match &self.open {
            Some(open) => Err(cut_short(open)),
            None => Ok(()),
        }
    }

    /// Makes the blobs stored so far durable and queues the units that waited for them. Called
    /// before answering, also when the call failed part-way: what was stored is kept.
    async fn settle(&mut self) -> Result<(), ServiceError> {
        if self.unsettled.is_empty() {
            return Ok(());
        }
        let sha256s = std::mem::take(&mut self.unsettled);
        let shared = self.shared.clone();
        let queued = blocking(&self.shared, move || {
            // The bytes first, then the index that points to them.
            shared
                .blobs
                .sync(|| shared.store.flush().map_err(ServiceError::from))?;
            Ok(shared.store.blobs_arrived(&sha256s, now_unix_ms())?)
        })
        .await?;
        if queued > 0 {
            self.shared.state_changed();
            tracing::debug!(queued, "units queued by uploads");
        }
        Ok(())
    }

    /// The answer: every blob of the call, in order.
    fn into_response(self) -> pb::UploadBlobsResponse {
        pb::UploadBlobsResponse { blobs: self.stored }
    }

    fn begin(&self, sha256: &str, size: u64) -> Result<BlobUpload, ServiceError> {
        check_sha256(sha256)?;
        let limit = self.shared.max_blob_bytes;
        if size > limit {
            return Err(ServiceError::TooLarge(format!(
                "blob of {size} bytes exceeds the limit of {limit} bytes"
            )));
        }
        Ok(self.shared.blobs.begin(sha256, size, limit)?)
    }

    async fn store(&mut self, upload: BlobUpload) -> Result<(), ServiceError> {
        let sha256 = upload.sha256().to_string();
        let shared = self.shared.clone();
        let key = sha256.clone();
        let (size, already_present) = blocking(&self.shared, move || {
            let verified = upload.verify()?;
            if let Some(meta) = shared.store.blob(&key)? {
                return Ok((meta.size, true));
            }
            let location = shared.blobs.append(verified)?;
            let meta = BlobMeta {
                size: location.len,
                stored_unix_ms: now_unix_ms(),
                location: Some(location),
            };
            shared.store.put_blob(&key, &meta)?;
            Ok((location.len, false))
        })
        .await?;
        if !already_present {
            tracing::debug!(sha256 = %sha256, size, "blob stored");
            self.unsettled.push(sha256.clone());
        }
        self.stored.push(pb::UploadedBlob {
            sha256,
            size,
            already_present,
        });
        if self.unsettled.len() >= SETTLE_EVERY {
            self.settle().await?;
        }
        Ok(())
    }
}

/// Refuses anything but a SHA-256 in lower-case hex: hashes name blobs and become keys.
pub(crate) fn check_sha256(sha256: &str) -> Result<(), ServiceError> {
    if manifest::is_sha256_hex(sha256) {
        Ok(())
    } else {
        Err(ServiceError::InvalidArgument(format!(
            "invalid sha256 {sha256:?} (64 lower-case hex digits expected)"
        )))
    }
}

fn cut_short(open: &BlobUpload) -> ServiceError {
    let (received, declared) = open.progress();
    ServiceError::InvalidArgument(format!(
        "blob {} ended after {received} of its {declared} bytes",
        open.sha256()
    ))
}
