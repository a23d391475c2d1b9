//! Blob content on disk: `DATA/blobs/aa/<sha256>`, written to a temp file, verified, fsynced and
//! renamed, so that a named file is always complete and correct.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// Why a blob could not be stored.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("blob i/o at {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("blob is {received} bytes, {declared} were declared")]
    SizeMismatch { declared: u64, received: u64 },
    #[error("blob content hashes to {actual}, {declared} was declared")]
    HashMismatch { declared: String, actual: String },
    #[error("blob would exceed {limit} bytes")]
    TooLarge { limit: u64 },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> BlobError + '_ {
    move |source| BlobError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The blob directory.
#[derive(Debug, Clone)]
pub struct BlobFiles {
    root: PathBuf,
}

impl BlobFiles {
    /// Creates the directories and removes temp files left by a crash mid-upload.
    pub fn open(root: &Path) -> Result<BlobFiles, BlobError> {
        let blobs = BlobFiles {
            root: root.to_path_buf(),
        };
        let tmp = blobs.tmp_dir();
        fs::create_dir_all(&tmp).map_err(io_error(&tmp))?;
        for entry in fs::read_dir(&tmp).map_err(io_error(&tmp))? {
            let path = entry.map_err(io_error(&tmp))?.path();
            fs::remove_file(&path).map_err(io_error(&path))?;
        }
        Ok(blobs)
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// Where a blob lives; `sha256` must be validated hex (64 characters).
    pub fn path(&self, sha256: &str) -> PathBuf {
        let fanout = sha256.get(..2).unwrap_or("00");
        self.root.join(fanout).join(sha256)
    }

    /// Starts an upload into a fresh temp file (`unique` keeps concurrent uploads apart).
    pub fn begin(
        &self,
        sha256: &str,
        declared_size: u64,
        limit: u64,
        unique: u64,
    ) -> Result<BlobUpload, BlobError> {
        if declared_size > limit {
            return Err(BlobError::TooLarge { limit });
        }
        let tmp_path = self.tmp_dir().join(format!("{sha256}.{unique}"));
        let file = File::create(&tmp_path).map_err(io_error(&tmp_path))?;
        Ok(BlobUpload {
            file: Some(file),
            tmp_path,
            final_path: self.path(sha256),
            sha256: sha256.to_string(),
            declared_size,
            limit,
            received: 0,
            hasher: Sha256::new(),
        })
    }

    /// Opens a stored blob for streaming.
    pub fn open_blob(&self, sha256: &str) -> Result<File, BlobError> {
        let path = self.path(sha256);
        File::open(&path).map_err(io_error(&path))
    }
}

/// An upload in progress; dropping it unfinished removes its temp file.
pub struct BlobUpload {
    file: Option<File>,
    tmp_path: PathBuf,
    final_path: PathBuf,
    sha256: String,
    declared_size: u64,
    limit: u64,
    received: u64,
    hasher: Sha256,
}

impl BlobUpload {
    /// Appends one chunk (blocking: run off the async runtime).
    pub fn write(&mut self, data: &[u8]) -> Result<(), BlobError> {
        self.received += data.len() as u64;
        if self.received > self.limit {
            return Err(BlobError::TooLarge { limit: self.limit });
        }
        if self.received > self.declared_size {
            return Err(BlobError::SizeMismatch {
                declared: self.declared_size,
                received: self.received,
            });
        }
        self.hasher.update(data);
        let tmp_path = &self.tmp_path;
        match self.file.as_mut() {
            Some(file) => file.write_all(data).map_err(io_error(tmp_path)),
            None => Err(BlobError::Io {
                path: tmp_path.clone(),
                source: io::Error::other("upload already finished"),
            }),
        }
    }

    /// Verifies size and hash, fsyncs and renames into place (blocking).
    pub fn finish(mut self) -> Result<u64, BlobError> {
        if self.received != self.declared_size {
            return Err(BlobError::SizeMismatch {
                declared: self.declared_size,
                received: self.received,
            });
        }
        let actual = hex::encode(std::mem::take(&mut self.hasher).finalize());
        if actual != self.sha256 {
            return Err(BlobError::HashMismatch {
                declared: self.sha256.clone(),
                actual,
            });
        }
        if let Some(file) = self.file.take() {
            file.sync_all().map_err(io_error(&self.tmp_path))?;
        }
        let dir = self
            .final_path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        fs::create_dir_all(&dir).map_err(io_error(&dir))?;
        fs::rename(&self.tmp_path, &self.final_path).map_err(io_error(&self.final_path))?;
        // The rename is durable once the directory is.
        File::open(&dir)
            .and_then(|dir_file| dir_file.sync_all())
            .map_err(io_error(&dir))?;
        Ok(self.received)
    }
}

impl Drop for BlobUpload {
    fn drop(&mut self) {
        if self.tmp_path.exists() {
            // Best effort: leftovers are also removed at the next start.
            let _ = fs::remove_file(&self.tmp_path);
        }
    }
}

/// Reads up to `max` bytes (blocking); an empty result means end of file.
pub fn read_chunk(file: &mut File, max: usize) -> io::Result<Vec<u8>> {
    let mut chunk = Vec::with_capacity(max);
    Read::by_ref(file)
        .take(max as u64)
        .read_to_end(&mut chunk)?;
    Ok(chunk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha_of(data: &[u8]) -> String {
        hex::encode(Sha256::digest(data))
    }

    #[test]
    fn verified_upload_lands_under_its_hash_and_reads_back_in_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobFiles::open(dir.path()).unwrap();
        let data = b"hello world, xin chao".to_vec();
        let sha = sha_of(&data);
        let mut upload = blobs.begin(&sha, data.len() as u64, 1_000, 1).unwrap();
        upload.write(&data[..5]).unwrap();
        upload.write(&data[5..]).unwrap();
        assert_eq!(upload.finish().unwrap(), data.len() as u64);
        let path = blobs.path(&sha);
        assert!(path.starts_with(dir.path().join(&sha[..2])));
        let mut file = blobs.open_blob(&sha).unwrap();
        let mut chunks = Vec::new();
        loop {
            let chunk = read_chunk(&mut file, 8).unwrap();
            if chunk.is_empty() {
                break;
            }
            chunks.push(chunk);
        }
        assert_eq!(
            chunks.iter().map(Vec::len).collect::<Vec<_>>(),
            vec![8, 8, 5]
        );
        assert_eq!(chunks.concat(), data);
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn wrong_hash_size_or_limit_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobFiles::open(dir.path()).unwrap();
        let data = b"content".to_vec();
        let wrong = sha_of(b"other");
        let mut upload = blobs.begin(&wrong, 7, 100, 1).unwrap();
        upload.write(&data).unwrap();
        assert!(matches!(
            upload.finish(),
            Err(BlobError::HashMismatch { .. })
        ));
        let mut short = blobs.begin(&sha_of(&data), 8, 100, 2).unwrap();
        short.write(&data).unwrap();
        assert!(matches!(
            short.finish(),
            Err(BlobError::SizeMismatch { .. })
        ));
        let mut long = blobs.begin(&sha_of(&data), 3, 100, 3).unwrap();
        assert!(matches!(
            long.write(&data),
            Err(BlobError::SizeMismatch { .. })
        ));
        drop(long);
        assert!(matches!(
            blobs.begin(&sha_of(&data), 101, 100, 4),
            Err(BlobError::TooLarge { .. })
        ));
        assert!(!blobs.path(&wrong).exists());
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn open_cleans_leftover_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = BlobFiles::open(dir.path()).unwrap();
        let upload = blobs.begin(&sha_of(b"x"), 1, 10, 9).unwrap();
        // A crash: the guard never runs.
        std::mem::forget(upload);
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 1);
        BlobFiles::open(dir.path()).unwrap();
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }
}
