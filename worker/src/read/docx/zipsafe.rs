//! A zip package whose parts are inflated through a capped reader, so that a zip bomb is refused
//! from the bytes actually inflated rather than from the sizes its headers claim.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use crate::read::{Limits, ReadError};

const MIB: u64 = 1024 * 1024;

/// Why a part could not be read; the caller decides whether that fails the document.
#[derive(Debug)]
pub enum PartError {
    /// The package has no entry of that name.
    Missing,
    /// The entry exists but its compressed data is damaged or uses an unsupported method.
    Damaged(String),
    /// A limit was hit: the whole document must be refused.
    Refused(ReadError),
}

/// An opened DOCX package with a running budget of inflated bytes.
pub struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Normalised part name (lower case, '/' separators, no leading '/') → entry index.
    index: HashMap<String, usize>,
    limits: &'a Limits,
    inflated_total: u64,
}

impl<'a> Package<'a> {
    /// Opens the central directory; a damaged or truncated zip is a `CorruptDocx`.
    pub fn open(bytes: &'a [u8], limits: &'a Limits) -> Result<Self, ReadError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            tracing::debug!("zip archive refused: {}", describe_zip_error(&e));
            ReadError::CorruptDocx(corrupt_zip_reason(bytes).to_string())
        })?;
        let mut index = HashMap::with_capacity(archive.len());
        for (i, name) in archive.file_names_raw().enumerate() {
            let name = String::from_utf8_lossy(name);
            index.entry(normalise_part_name(&name)).or_insert(i);
        }
        Ok(Package {
            archive,
            index,
            limits,
            inflated_total: 0,
        })
    }

    /// Whether the package has a part of that name (case-insensitive, as OPC part names are).
    pub fn has_part(&self, name: &str) -> bool {
        self.index.contains_key(&normalise_part_name(name))
    }

    /// Inflated bytes read so far, for the benchmark and tests.
    pub fn inflated_total(&self) -> u64 {
        self.inflated_total
    }

    /// Inflates one part, enforcing the per-entry, total and ratio limits on the bytes that come
    /// out of the decompressor.
    pub fn read_part(&mut self, name: &str) -> Result<Vec<u8>, PartError> {
        let Some(&i) = self.index.get(&normalise_part_name(name)) else {
            return Err(PartError::Missing);
        };
        let limits = self.limits;
        let mut entry = self.archive.by_index(i).map_err(|e| match e {
            ZipError::UnsupportedArchive(msg) if msg.contains("assword") => {
                PartError::Refused(ReadError::Encrypted)
            }
            other => PartError::Damaged(describe_zip_error(&other)),
        })?;
        let declared = entry.size();
        let compressed = entry.compressed_size().max(1);
        if declared > limits.max_entry_bytes {
            return Err(PartError::Refused(ReadError::Bomb(format!(
                "part {name} declares {declared} bytes inflated, over the {} byte limit",
                limits.max_entry_bytes
            ))));
        }
        let remaining_total = limits
            .max_inflated_bytes
            .saturating_sub(self.inflated_total);
        let cap = limits.max_entry_bytes.min(remaining_total);
        let mut out = Vec::with_capacity(declared.min(cap).min(64 * MIB) as usize);
        let mut chunk = vec![0u8; 64 * 1024];
        let mut inflated: u64 = 0;
        loop {
            let n = match entry.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(PartError::Damaged(e.to_string())),
            };
            inflated += n as u64;
            if inflated > cap {
                let what = if inflated > limits.max_entry_bytes {
                    format!(
                        "part {name} inflates to more than {} bytes",
                        limits.max_entry_bytes
                    )
                } else {
                    format!(
                        "the package inflates to more than {} bytes in total",
                        limits.max_inflated_bytes
                    )
                };
                return Err(PartError::Refused(ReadError::Bomb(what)));
            }
            if inflated > MIB && inflated / compressed > limits.max_ratio {
                return Err(PartError::Refused(ReadError::Bomb(format!(
                    "part {name} inflates more than {}× (from {compressed} compressed bytes)",
                    limits.max_ratio
                ))));
            }
            out.extend_from_slice(&chunk[..n]);
        }
        self.inflated_total += inflated;
        Ok(out)
    }
}

/// OPC part names compare case-insensitively; zips written on Windows sometimes use '\\'.
pub fn normalise_part_name(name: &str) -> String {
    name.trim_start_matches(['/', '\\'])
        .replace('\\', "/")
        .to_lowercase()
}

/// Why a package does not open, in words a consultant can act on; the zip library's own wording
/// ("Could not find EOCD") goes to the debug log only.
fn corrupt_zip_reason(bytes: &[u8]) -> &'static str {
    if !bytes.starts_with(b"PK") {
        "corrupt zip: the file is not a Word package at all; it may be another format renamed to .docx"
    } else if !bytes
        .windows(4)
        .rev()
        .take(66_000)
        .any(|w| w == b"PK\x05\x06")
    {
        "corrupt zip: the file is truncated (an incomplete download or copy); get the original again"
    } else {
        "corrupt zip: the file is damaged; open it in Word or LibreOffice and save it again"
    }
}

fn describe_zip_error(e: &ZipError) -> String {
    match e {
        ZipError::Io(io) => io.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn zip_with(name: &str, data: &[u8]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(name, options).unwrap();
        writer.write_all(data).unwrap();
        writer.finish().unwrap().into_inner()
    }

    #[test]
    fn part_names_are_case_insensitive() {
        let bytes = zip_with("Word/Document.xml", b"<x/>");
        let limits = Limits::default();
        let mut package = Package::open(&bytes, &limits).unwrap();
        assert!(package.has_part("/word/document.xml"));
        assert_eq!(package.read_part("word/document.xml").unwrap(), b"<x/>");
        assert!(matches!(
            package.read_part("word/styles.xml"),
            Err(PartError::Missing)
        ));
    }

    #[test]
    fn ratio_is_checked_on_inflated_bytes() {
        let bytes = zip_with("a.xml", &vec![b'a'; 3 * MIB as usize]);
        let limits = Limits {
            max_ratio: 50,
            ..Limits::default()
        };
        let mut package = Package::open(&bytes, &limits).unwrap();
        match package.read_part("a.xml") {
            Err(PartError::Refused(ReadError::Bomb(msg))) => assert!(msg.contains("50×"), "{msg}"),
            other => panic!("expected a bomb, got {:?}", other.map(|v| v.len())),
        }
    }

    #[test]
    fn total_budget_spans_parts() {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default();
        for name in ["a.xml", "b.xml"] {
            writer.start_file(name, options).unwrap();
            writer.write_all(&[b'x'; 600]).unwrap();
        }
        let bytes = writer.finish().unwrap().into_inner();
        let limits = Limits {
            max_inflated_bytes: 1000,
            ..Limits::default()
        };
        let mut package = Package::open(&bytes, &limits).unwrap();
        assert_eq!(package.read_part("a.xml").unwrap().len(), 600);
        assert!(matches!(
            package.read_part("b.xml"),
            Err(PartError::Refused(ReadError::Bomb(_)))
        ));
    }
}
