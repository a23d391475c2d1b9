//! Blob content on disk, appended to pack files (`DATA/blobs/pack-000001.dat`, …) rather than
//! written as one file per document.
//!
//! A campaign is thousands of small files. Creating one file per blob cost about 0.3 ms of kernel
//! time each on an ext4 office machine (inode allocation, directory locks, three fsyncs), more
//! than reading the document; appending to a pack is a `pwrite`, and one `fdatasync` covers
//! every upload that finished meanwhile ([`GroupSync`]).
//!
//! Each record is `MAGIC`, the raw SHA-256 (32 bytes), the length (u64, big-endian) and the
//! bytes. The store keeps where each blob starts ([`BlobLocation`]); the header lets a read check
//! that the index and the pack agree. An upload is verified (size and hash) before it is
//! appended, so a record in a pack is always complete and correct; a crash mid-append leaves an
//! unreferenced tail that later appends write past.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::model::PackedFile;

/// Starts every record, so that a location pointing into the middle of a record is caught.
const MAGIC: &[u8; 4] = b"ISB1";
/// Magic, SHA-256, length.
const HEADER_BYTES: u64 = 4 + 32 + 8;
/// A pack that has grown past this is closed and a new one started.
const PACK_TARGET_BYTES: u64 = 1 << 30;
/// Uploads up to this size are staged in memory; larger ones in a temp file.
const STAGE_IN_MEMORY_BYTES: u64 = 4 * 1024 * 1024;

/// Why a blob could not be stored or read.
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
    #[error("stored blob {sha256} is damaged ({detail}); upload it again")]
    Damaged { sha256: String, detail: String },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> BlobError + '_ {
    move |source| BlobError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Where a blob's bytes start (after its record header) and how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlobLocation {
    pub pack: u32,
    pub offset: u64,
    pub len: u64,
}

/// The pack being appended to.
struct Writer {
    pack: u32,
    file: Arc<File>,
    end: u64,
}

/// The blob packs of one coordinator.
pub struct BlobPacks {
    root: PathBuf,
    writer: Mutex<Writer>,
    /// Packs opened for reading, by number (the current one included).
    open: Mutex<HashMap<u32, Arc<File>>>,
    sync: GroupSync,
    /// Numbers the temp files of concurrent large uploads (they are all removed at start).
    uploads: AtomicU64,
    durable: bool,
}

fn pack_name(pack: u32) -> String {
    format!("pack-{pack:06}.dat")
}

fn parse_pack_name(name: &str) -> Option<u32> {
    name.strip_prefix("pack-")?
        .strip_suffix(".dat")?
        .parse()
        .ok()
}

impl BlobPacks {
    /// Opens the newest pack for appending (creating the first one) and removes temp files left
    /// by a crash mid-upload. `durable: false` skips the fsync of [`BlobPacks::sync`].
    pub fn open(root: &Path, durable: bool) -> Result<BlobPacks, BlobError> {
        let tmp = root.join("tmp");
        fs::create_dir_all(&tmp).map_err(io_error(&tmp))?;
        for entry in fs::read_dir(&tmp).map_err(io_error(&tmp))? {
            let path = entry.map_err(io_error(&tmp))?.path();
            fs::remove_file(&path).map_err(io_error(&path))?;
        }
        let mut newest = 0;
        for entry in fs::read_dir(root).map_err(io_error(root))? {
            let entry = entry.map_err(io_error(root))?;
            if let Some(pack) = entry.file_name().to_str().and_then(parse_pack_name) {
                newest = newest.max(pack);
            }
        }
        let pack = newest.max(1);
        let (file, end) = open_pack(root, pack)?;
        let file = Arc::new(file);
        Ok(BlobPacks {
            root: root.to_path_buf(),
            writer: Mutex::new(Writer {
                pack,
                file: file.clone(),
                end,
            }),
            open: Mutex::new(HashMap::from([(pack, file)])),
            sync: GroupSync::default(),
            uploads: AtomicU64::new(0),
            durable,
        })
    }

    /// Starts receiving an upload; no i/o (a large upload creates its temp file on its first
    /// write).
    pub fn begin(
        &self,
        sha256: &str,
        declared_size: u64,
        limit: u64,
    ) -> Result<BlobUpload, BlobError> {
        if declared_size > limit {
            return Err(BlobError::TooLarge { limit });
        }
        let stage = if declared_size <= STAGE_IN_MEMORY_BYTES {
            Stage::Memory(Vec::with_capacity(declared_size as usize))
        } else {
            let unique = self.uploads.fetch_add(1, Ordering::Relaxed);
            Stage::Disk {
                path: self.root.join("tmp").join(format!("{sha256}.{unique}")),
                temp: None,
            }
        };
        Ok(BlobUpload {
            stage,
            sha256: sha256.to_string(),
            declared_size,
            limit,
            received: 0,
        })
    }

    /// Appends bytes the coordinator produced or received whole (report files); like
    /// [`BlobPacks::append`], durable only after [`BlobPacks::sync`].
    pub fn append_bytes(&self, bytes: Vec<u8>) -> Result<PackedFile, BlobError> {
        let sha256: [u8; 32] = Sha256::digest(&bytes).into();
        let len = bytes.len() as u64;
        let location = self.append(VerifiedUpload {
            sha256,
            stage: Stage::Memory(bytes),
            len,
        })?;
        Ok(PackedFile {
            sha256: hex::encode(sha256),
            location,
        })
    }

    /// The whole content of a packed file (blocking).
    pub fn read_all(&self, file: &PackedFile) -> Result<Vec<u8>, BlobError> {
        self.read_whole(&file.sha256, file.location)
    }

    /// A stored blob's whole content, record header included, in one read (blocking); for
    /// small blobs (a lease's inline documents: one read each, not two).
    pub fn read_whole(&self, sha256: &str, location: BlobLocation) -> Result<Vec<u8>, BlobError> {
        let file = self.pack_file(location.pack)?;
        let header_start = header_start(sha256, location)?;
        let mut record = vec![0u8; (HEADER_BYTES + location.len) as usize];
        file.read_exact_at(&mut record, header_start)
            .map_err(|e| self.read_error(sha256, location.pack, e))?;
        check_header(&record, sha256, location)?;
        record.drain(..HEADER_BYTES as usize);
        Ok(record)
    }

    /// Appends a verified upload to the current pack. The bytes are written but not yet durable:
    /// record the location, then call [`BlobPacks::sync`].
    pub fn append(&self, upload: VerifiedUpload) -> Result<BlobLocation, BlobError> {
        let VerifiedUpload { sha256, stage, len } = upload;
        let inline = match &stage {
            Stage::Memory(bytes) if bytes.len() <= ONE_WRITE_BYTES => bytes.len(),
            _ => 0,
        };
        let mut header = Vec::with_capacity(HEADER_BYTES as usize + inline);
        header.extend_from_slice(MAGIC);
        header.extend_from_slice(&sha256);
        header.extend_from_slice(&len.to_be_bytes());
        let mut writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        if writer.end >= PACK_TARGET_BYTES {
            self.rotate(&mut writer)?;
        }
        let path = self.root.join(pack_name(writer.pack));
        let start = writer.end;
        let data_start = start + HEADER_BYTES;
        match stage {
            // A document's record in one write: most are small, and a write to the page cache
            // costs more than copying them.
            Stage::Memory(bytes) if bytes.len() <= ONE_WRITE_BYTES => {
                header.extend_from_slice(&bytes);
                writer
                    .file
                    .write_all_at(&header, start)
                    .map_err(io_error(&path))?;
            }
            Stage::Memory(bytes) => {
                writer
                    .file
                    .write_all_at(&header, start)
                    .map_err(io_error(&path))?;
                writer
                    .file
                    .write_all_at(&bytes, data_start)
                    .map_err(io_error(&path))?
            }
            Stage::Disk { temp: None, .. } => writer
                .file
                .write_all_at(&header, start)
                .map_err(io_error(&path))?,
            Stage::Disk {
                temp: Some(mut temp),
                ..
            } => {
                writer
                    .file
                    .write_all_at(&header, start)
                    .map_err(io_error(&path))?;
                temp.file
                    .seek(SeekFrom::Start(0))
                    .map_err(io_error(&temp.path))?;
                let mut buffer = vec![0u8; 1 << 20];
                let mut at = data_start;
                loop {
                    let n = temp.file.read(&mut buffer).map_err(io_error(&temp.path))?;
                    if n == 0 {
                        break;
                    }
                    writer
                        .file
                        .write_all_at(&buffer[..n], at)
                        .map_err(io_error(&path))?;
                    at += n as u64;
                }
            }
        }
        writer.end = data_start + len;
        Ok(BlobLocation {
            pack: writer.pack,
            offset: data_start,
            len,
        })
    }

    /// Closes the full pack (made durable first, so a sync of the new pack covers everything)
    /// and starts the next.
    fn rotate(&self, writer: &mut Writer) -> Result<(), BlobError> {
        let old = self.root.join(pack_name(writer.pack));
        writer.file.sync_data().map_err(io_error(&old))?;
        let pack = writer.pack + 1;
        let (file, end) = open_pack(&self.root, pack)?;
        let file = Arc::new(file);
        self.open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(pack, file.clone());
        *writer = Writer { pack, file, end };
        Ok(())
    }

    /// Makes every append that returned before this call durable, then runs `also` (the store's
    /// flush, so that a location is never durable before the bytes it points to). Concurrent
    /// callers share one fsync.
    pub fn sync<E: From<BlobError>>(&self, also: impl FnOnce() -> Result<(), E>) -> Result<(), E> {
        if !self.durable {
            return also();
        }
        self.sync.run(|| {
            let (pack, file) = {
                let writer = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
                (writer.pack, writer.file.clone())
            };
            file.sync_data()
                .map_err(io_error(&self.root.join(pack_name(pack))))?;
            also()
        })
    }

    /// Opens a stored blob for reading in chunks, checking its record header first.
    pub fn reader(&self, sha256: &str, location: BlobLocation) -> Result<BlobReader, BlobError> {
        let file = self.pack_file(location.pack)?;
        let path = self.root.join(pack_name(location.pack));
        let mut header = [0u8; HEADER_BYTES as usize];
        file.read_exact_at(&mut header, header_start(sha256, location)?)
            .map_err(|e| self.read_error(sha256, location.pack, e))?;
        check_header(&header, sha256, location)?;
        Ok(BlobReader {
            file,
            path,
            next: location.offset,
            end: location.offset + location.len,
        })
    }

    /// A pack shorter than a location says is damage, not an I/O failure.
    fn read_error(&self, sha256: &str, pack: u32, e: io::Error) -> BlobError {
        match e.kind() {
            io::ErrorKind::UnexpectedEof => damaged(sha256, "the pack is shorter than its index"),
            _ => io_error(&self.root.join(pack_name(pack)))(e),
        }
    }

    fn pack_file(&self, pack: u32) -> Result<Arc<File>, BlobError> {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(file) = open.get(&pack) {
            return Ok(file.clone());
        }
        let path = self.root.join(pack_name(pack));
        let file = Arc::new(File::open(&path).map_err(io_error(&path))?);
        open.insert(pack, file.clone());
        Ok(file)
    }
}

/// Memory-staged uploads up to this size are appended with their header in one write.
const ONE_WRITE_BYTES: usize = 256 * 1024;

fn damaged(sha256: &str, detail: &str) -> BlobError {
    BlobError::Damaged {
        sha256: sha256.to_string(),
        detail: detail.to_string(),
    }
}

fn header_start(sha256: &str, location: BlobLocation) -> Result<u64, BlobError> {
    location
        .offset
        .checked_sub(HEADER_BYTES)
        .ok_or_else(|| damaged(sha256, "location before the first record"))
}

/// The record header before a blob must name it and its length, or the index points elsewhere.
fn check_header(record: &[u8], sha256: &str, location: BlobLocation) -> Result<(), BlobError> {
    let header = record.get(..HEADER_BYTES as usize).unwrap_or_default();
    let sha_matches = hex::decode(sha256).is_ok_and(|raw| header.get(4..36) == Some(&raw[..]));
    let len = header
        .get(36..44)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes);
    if header.get(..4) != Some(&MAGIC[..]) || !sha_matches || len != Some(location.len) {
        return Err(damaged(sha256, "the pack record does not match its index"));
    }
    Ok(())
}

fn open_pack(root: &Path, pack: u32) -> Result<(File, u64), BlobError> {
    let path = root.join(pack_name(pack));
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io_error(&path))?;
    let end = file.metadata().map_err(io_error(&path))?.len();
    Ok((file, end))
}

/// Where an upload is staged until it is verified.
enum Stage {
    Memory(Vec<u8>),
    /// The temp file is created by the first write.
    Disk {
        path: PathBuf,
        temp: Option<TempFile>,
    },
}

/// A spilled upload's temp file, removed when dropped.
struct TempFile {
    file: File,
    path: PathBuf,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        // Best effort: leftovers are also removed at the next start.
        let _ = fs::remove_file(&self.path);
    }
}

/// An upload in progress; dropping it unfinished leaves nothing behind.
pub struct BlobUpload {
    stage: Stage,
    sha256: String,
    declared_size: u64,
    limit: u64,
    received: u64,
}

/// An upload whose size and hash were checked, ready to append.
pub struct VerifiedUpload {
    sha256: [u8; 32],
    stage: Stage,
    len: u64,
}

impl BlobUpload {
    /// Takes one chunk; memory-staged uploads (the common case) do no i/o here.
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
        match &mut self.stage {
            Stage::Memory(bytes) => {
                bytes.extend_from_slice(data);
                Ok(())
            }
            Stage::Disk { path, temp } => {
                let temp = match temp {
                    Some(temp) => temp,
                    None => temp.insert(TempFile {
                        file: OpenOptions::new()
                            .read(true)
                            .write(true)
                            .create(true)
                            .truncate(true)
                            .open(&*path)
                            .map_err(io_error(path))?,
                        path: path.clone(),
                    }),
                };
                temp.file.write_all(data).map_err(io_error(&temp.path))
            }
        }
    }

    /// The hash the client declared for this blob.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    /// Bytes received so far, and the size the client declared.
    pub fn progress(&self) -> (u64, u64) {
        (self.received, self.declared_size)
    }

    /// Whether every declared byte has arrived (the blob can be verified and stored).
    pub fn is_complete(&self) -> bool {
        self.received == self.declared_size
    }

    /// Whether [`BlobUpload::write`] may block on the disk.
    pub fn spills_to_disk(&self) -> bool {
        matches!(self.stage, Stage::Disk { .. })
    }

    /// Checks the size and the hash (blocking: the hash reads the whole content).
    pub fn verify(mut self) -> Result<VerifiedUpload, BlobError> {
        if self.received != self.declared_size {
            return Err(BlobError::SizeMismatch {
                declared: self.declared_size,
                received: self.received,
            });
        }
        let mut hasher = Sha256::new();
        match &mut self.stage {
            Stage::Memory(bytes) => hasher.update(bytes.as_slice()),
            Stage::Disk { temp: None, .. } => {}
            Stage::Disk {
                temp: Some(temp), ..
            } => {
                temp.file
                    .seek(SeekFrom::Start(0))
                    .map_err(io_error(&temp.path))?;
                io::copy(&mut temp.file, &mut hasher).map_err(io_error(&temp.path))?;
            }
        }
        let actual: [u8; 32] = hasher.finalize().into();
        if hex::encode(actual) != self.sha256 {
            return Err(BlobError::HashMismatch {
                declared: self.sha256.clone(),
                actual: hex::encode(actual),
            });
        }
        Ok(VerifiedUpload {
            sha256: actual,
            stage: self.stage,
            len: self.received,
        })
    }
}

/// A stored blob being read in chunks.
pub struct BlobReader {
    file: Arc<File>,
    path: PathBuf,
    next: u64,
    end: u64,
}

impl BlobReader {
    /// The next chunk of at most `max` bytes (blocking); empty at the end.
    pub fn read_chunk(&mut self, max: usize) -> Result<Vec<u8>, BlobError> {
        let n = (self.end - self.next).min(max as u64) as usize;
        let mut chunk = vec![0u8; n];
        self.file
            .read_exact_at(&mut chunk, self.next)
            .map_err(io_error(&self.path))?;
        self.next += n as u64;
        Ok(chunk)
    }

    /// Whether every byte was read.
    pub fn is_done(&self) -> bool {
        self.next >= self.end
    }
}

/// Group commit: callers that ask for durability while an fsync is running share the next one,
/// so N concurrent uploads cost about two fsyncs, not N.
#[derive(Default)]
pub struct GroupSync {
    /// Tickets handed out; a caller takes one after its writes.
    issued: AtomicU64,
    /// The highest ticket known durable.
    synced: Mutex<u64>,
}

impl GroupSync {
    /// Runs `sync` unless a sync that started after this call's writes already covered them.
    pub fn run<E>(&self, sync: impl FnOnce() -> Result<(), E>) -> Result<(), E> {
        let ticket = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        let mut synced = self.synced.lock().unwrap_or_else(PoisonError::into_inner);
        if *synced >= ticket {
            return Ok(());
        }
        // Every ticket up to here was taken after its writes, so this sync covers them all.
        let covers = self.issued.load(Ordering::SeqCst);
        sync()?;
        *synced = covers;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha_of(data: &[u8]) -> String {
        hex::encode(Sha256::digest(data))
    }

    fn store(packs: &BlobPacks, data: &[u8]) -> BlobLocation {
        let sha = sha_of(data);
        let mut upload = packs.begin(&sha, data.len() as u64, 1 << 30).unwrap();
        for chunk in data.chunks(7) {
            upload.write(chunk).unwrap();
        }
        let location = packs.append(upload.verify().unwrap()).unwrap();
        packs.sync(|| Ok::<(), BlobError>(())).unwrap();
        location
    }

    fn read_all(packs: &BlobPacks, sha: &str, location: BlobLocation, chunk: usize) -> Vec<u8> {
        let mut reader = packs.reader(sha, location).unwrap();
        let mut out = Vec::new();
        while !reader.is_done() {
            out.extend(reader.read_chunk(chunk).unwrap());
        }
        out
    }

    #[test]
    fn blobs_are_appended_to_one_pack_and_read_back_in_chunks() {
        let dir = tempfile::tempdir().unwrap();
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let first = b"hello world, xin chao".to_vec();
        let second = vec![7u8; 100_000];
        let a = store(&packs, &first);
        let b = store(&packs, &second);
        assert_eq!((a.pack, b.pack), (1, 1));
        assert_eq!(b.offset, a.offset + a.len + HEADER_BYTES);
        assert_eq!(read_all(&packs, &sha_of(&first), a, 8), first);
        assert_eq!(read_all(&packs, &sha_of(&second), b, 65536), second);
        // Larger than one write takes (header and bytes then go in two).
        let third = vec![9u8; ONE_WRITE_BYTES + 1];
        let c = store(&packs, &third);
        assert_eq!(c.offset, b.offset + b.len + HEADER_BYTES);
        assert_eq!(packs.read_whole(&sha_of(&third), c).unwrap(), third);
        assert_eq!(packs.read_whole(&sha_of(&second), b).unwrap(), second);
        let files: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(files.contains(&"pack-000001.dat".to_string()), "{files:?}");
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn reopening_appends_after_what_is_there() {
        let dir = tempfile::tempdir().unwrap();
        let first = b"first".to_vec();
        let a = store(&BlobPacks::open(dir.path(), true).unwrap(), &first);
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let b = store(&packs, b"second");
        assert!(b.offset > a.offset + a.len);
        assert_eq!(read_all(&packs, &sha_of(&first), a, 64), first);
        assert_eq!(read_all(&packs, &sha_of(b"second"), b, 64), b"second");
    }

    #[test]
    fn a_location_that_does_not_match_its_record_is_damaged_not_misread() {
        let dir = tempfile::tempdir().unwrap();
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let a = store(&packs, b"alpha");
        let shifted = BlobLocation {
            offset: a.offset + 1,
            ..a
        };
        assert!(matches!(
            packs.reader(&sha_of(b"alpha"), shifted),
            Err(BlobError::Damaged { .. })
        ));
        assert!(matches!(
            packs.reader(&sha_of(b"beta"), a),
            Err(BlobError::Damaged { .. })
        ));
        let beyond = BlobLocation {
            offset: a.offset + 10_000,
            ..a
        };
        assert!(matches!(
            packs.reader(&sha_of(b"alpha"), beyond),
            Err(BlobError::Damaged { .. })
        ));
        // The one-read path (a lease's inline documents) checks the same record.
        assert_eq!(packs.read_whole(&sha_of(b"alpha"), a).unwrap(), b"alpha");
        for (sha, location) in [
            (sha_of(b"alpha"), shifted),
            (sha_of(b"beta"), a),
            (sha_of(b"alpha"), beyond),
            (sha_of(b"alpha"), BlobLocation { offset: 3, ..a }),
        ] {
            assert!(matches!(
                packs.read_whole(&sha, location),
                Err(BlobError::Damaged { .. })
            ));
        }
    }

    #[test]
    fn wrong_hash_size_or_limit_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let data = b"content".to_vec();
        let mut upload = packs.begin(&sha_of(b"other"), 7, 100).unwrap();
        upload.write(&data).unwrap();
        assert!(matches!(
            upload.verify(),
            Err(BlobError::HashMismatch { .. })
        ));
        let mut short = packs.begin(&sha_of(&data), 8, 100).unwrap();
        short.write(&data).unwrap();
        assert!(matches!(
            short.verify(),
            Err(BlobError::SizeMismatch { .. })
        ));
        let mut long = packs.begin(&sha_of(&data), 3, 100).unwrap();
        assert!(matches!(
            long.write(&data),
            Err(BlobError::SizeMismatch { .. })
        ));
        assert!(matches!(
            packs.begin(&sha_of(&data), 101, 100),
            Err(BlobError::TooLarge { .. })
        ));
        assert_eq!(
            fs::metadata(dir.path().join(pack_name(1))).unwrap().len(),
            0
        );
    }

    #[test]
    fn large_uploads_spill_to_a_temp_file_that_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let data: Vec<u8> = (0..STAGE_IN_MEMORY_BYTES + 10)
            .map(|i| (i % 251) as u8)
            .collect();
        let sha = sha_of(&data);
        let mut upload = packs.begin(&sha, data.len() as u64, 1 << 30).unwrap();
        assert!(upload.spills_to_disk());
        for chunk in data.chunks(65536) {
            upload.write(chunk).unwrap();
        }
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 1);
        let location = packs.append(upload.verify().unwrap()).unwrap();
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
        assert_eq!(read_all(&packs, &sha, location, 65536), data);
    }

    #[test]
    fn open_cleans_leftover_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let packs = BlobPacks::open(dir.path(), true).unwrap();
        let mut upload = packs
            .begin(&sha_of(b"x"), STAGE_IN_MEMORY_BYTES + 1, 1 << 30)
            .unwrap();
        upload.write(b"x").unwrap();
        // A crash: the guard never runs.
        std::mem::forget(upload);
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 1);
        BlobPacks::open(dir.path(), true).unwrap();
        assert_eq!(fs::read_dir(dir.path().join("tmp")).unwrap().count(), 0);
    }

    #[test]
    fn group_sync_shares_fsyncs_and_never_returns_before_its_writes_are_covered() {
        use std::sync::Barrier;
        use std::sync::atomic::AtomicUsize;
        let group = Arc::new(GroupSync::default());
        let written = Arc::new(AtomicUsize::new(0));
        let durable = Arc::new(AtomicUsize::new(0));
        let syncs = Arc::new(AtomicUsize::new(0));
        let barrier = Arc::new(Barrier::new(8));
        let threads: Vec<_> = (0..8)
            .map(|_| {
                let (group, written, durable, syncs, barrier) = (
                    group.clone(),
                    written.clone(),
                    durable.clone(),
                    syncs.clone(),
                    barrier.clone(),
                );
                std::thread::spawn(move || {
                    barrier.wait();
                    let mine = written.fetch_add(1, Ordering::SeqCst) + 1;
                    group
                        .run(|| {
                            // What a real fsync would make durable: every write so far.
                            let upto = written.load(Ordering::SeqCst);
                            std::thread::sleep(std::time::Duration::from_millis(30));
                            durable.fetch_max(upto, Ordering::SeqCst);
                            syncs.fetch_add(1, Ordering::SeqCst);
                            Ok::<(), ()>(())
                        })
                        .unwrap();
                    assert!(durable.load(Ordering::SeqCst) >= mine);
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        let syncs = syncs.load(Ordering::SeqCst);
        assert!((1..8).contains(&syncs), "{syncs} syncs for 8 callers");
    }
}
