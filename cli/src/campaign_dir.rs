//! A campaign folder on disk (contract §1) turned into a manifest of content-addressed files.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use proto::pb;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use worker::read::walk;

/// `campaign.toml`; every field optional.
#[derive(Debug, Default, Deserialize)]
struct CampaignToml {
    name: Option<String>,
    year: Option<i32>,
    province: Option<String>,
}

/// `agency.toml`; every field optional.
#[derive(Debug, Default, Deserialize)]
struct AgencyToml {
    name: Option<String>,
    level: Option<String>,
}

/// A file to upload: where it is and what it hashes to.
#[derive(Debug, Clone)]
pub struct LocalBlob {
    pub sha256: String,
    pub size: u64,
    pub path: PathBuf,
}

/// The manifest to submit and the files behind it.
#[derive(Debug)]
pub struct CampaignPlan {
    pub manifest: pb::CampaignManifest,
    pub blobs: Vec<LocalBlob>,
    /// Problems with the campaign's own settings files, shown to the user; they do not stop the run.
    pub warnings: Vec<String>,
}

impl CampaignPlan {
    pub fn n_documents(&self) -> usize {
        self.manifest.agencies.iter().map(|a| a.files.len()).sum()
    }
}

/// Scans `dir`: agencies are its sub-folders; every file in them is listed.
pub fn scan(dir: &Path, lang: &str) -> Result<CampaignPlan> {
    if !dir.is_dir() {
        bail!(
            "campaign folder {} does not exist or is not a folder",
            dir.display()
        );
    }
    let mut warnings = Vec::new();
    let settings: CampaignToml = read_toml(&dir.join("campaign.toml"), &mut warnings);
    let folder_name = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "campaign".to_string());
    let mut blobs = Vec::new();
    let mut agencies = Vec::new();
    let agency_dirs =
        walk::agency_dirs(dir).with_context(|| format!("list agencies in {}", dir.display()))?;
    if agency_dirs.is_empty() {
        bail!(
            "campaign folder {} has no agency sub-folders (put each agency's documents in a folder named after the agency)",
            dir.display()
        );
    }
    // First every path, then the hashes in parallel: hashing is most of a scan's time.
    let mut listed = Vec::with_capacity(agency_dirs.len());
    let mut paths = Vec::new();
    for (agency_id, agency_dir) in agency_dirs {
        let agency_settings: AgencyToml = read_toml(&agency_dir.join("agency.toml"), &mut warnings);
        let entries = walk::walk_agency(&agency_dir)
            .with_context(|| format!("list the files of agency {agency_id}"))?;
        paths.extend(entries.iter().map(|entry| entry.abs_path.clone()));
        let tthc_path = Some(agency_dir.join("tthc.csv")).filter(|path| path.is_file());
        paths.extend(tthc_path.clone());
        listed.push((agency_id, agency_settings, entries, tthc_path));
    }
    let mut hashes = hash_files(&paths).into_iter();
    let mut next_hash = |path: &Path| -> Result<(String, u64)> {
        hashes
            .next()
            .unwrap_or_else(|| Err(std::io::Error::other("no hash computed")))
            .with_context(|| format!("read {}", path.display()))
    };
    for (agency_id, agency_settings, entries, tthc_path) in listed {
        let mut files = Vec::with_capacity(entries.len());
        for entry in entries {
            let (sha256, size) = next_hash(&entry.abs_path)?;
            files.push(pb::FileEntry {
                path: entry.rel_path.clone(),
                sha256: sha256.clone(),
                size,
            });
            blobs.push(LocalBlob {
                sha256,
                size,
                path: entry.abs_path,
            });
        }
        let tthc_sha256 = match tthc_path {
            Some(tthc_path) => {
                let (sha256, size) = next_hash(&tthc_path)?;
                blobs.push(LocalBlob {
                    sha256: sha256.clone(),
                    size,
                    path: tthc_path,
                });
                sha256
            }
            None => String::new(),
        };
        agencies.push(pb::AgencyManifest {
            name: agency_settings.name.unwrap_or_else(|| agency_id.clone()),
            level: agency_settings.level.unwrap_or_default(),
            id: agency_id,
            tthc_sha256,
            files,
        });
    }
    blobs.sort_by(|a, b| a.sha256.cmp(&b.sha256));
    blobs.dedup_by(|a, b| a.sha256 == b.sha256);
    Ok(CampaignPlan {
        manifest: pb::CampaignManifest {
            name: settings.name.unwrap_or(folder_name),
            year: settings.year.unwrap_or_else(current_year),
            province: settings.province.unwrap_or_default(),
            lang: lang.to_string(),
            agencies,
        },
        blobs,
        warnings,
    })
}

fn read_toml<T: Default + for<'de> Deserialize<'de>>(path: &Path, warnings: &mut Vec<String>) -> T {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return T::default(),
        Err(e) => {
            warnings.push(format!(
                "{}: cannot be read ({e}); defaults used",
                path.display()
            ));
            return T::default();
        }
    };
    match toml::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(value) => value,
        Err(e) => {
            warnings.push(format!(
                "{}: not valid TOML ({}); defaults used",
                path.display(),
                e.message()
            ));
            T::default()
        }
    }
}

/// Hashes files on every core, results in the order of `paths`.
fn hash_files(paths: &[PathBuf]) -> Vec<std::io::Result<(String, u64)>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let per_thread = paths.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = paths
            .chunks(per_thread)
            .map(|chunk| {
                let hashes = scope.spawn(move || {
                    // One buffer per thread: a fresh 256 KiB buffer per file was a fresh
                    // mapping, zeroed page by page, for every document.
                    let mut buffer = vec![0u8; HASH_BUFFER_BYTES];
                    chunk
                        .iter()
                        .map(|p| hash_file_with(p, &mut buffer))
                        .collect()
                });
                (chunk.len(), hashes)
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|(n, worker)| {
                // One error per file keeps the results aligned with `paths`.
                worker.join().unwrap_or_else(|_| {
                    (0..n)
                        .map(|_| Err(std::io::Error::other("a hashing thread panicked")))
                        .collect::<Vec<_>>()
                })
            })
            .collect()
    })
}

const HASH_BUFFER_BYTES: usize = 256 * 1024;

/// SHA-256 and size of a file, streamed.
pub fn hash_file(path: &Path) -> std::io::Result<(String, u64)> {
    hash_file_with(path, &mut vec![0u8; HASH_BUFFER_BYTES])
}

fn hash_file_with(path: &Path, buffer: &mut [u8]) -> std::io::Result<(String, u64)> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let mut size = 0u64;
    loop {
        let n = file.read(buffer)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buffer[..n]);
    }
    Ok((hex::encode(hasher.finalize()), size))
}

/// The current calendar year (UTC), for campaigns whose `campaign.toml` does not say.
pub fn current_year() -> i32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    year_of_unix_days((secs / 86_400) as i64)
}

/// Civil year of a day count since 1970-01-01 (Howard Hinnant's days-from-civil inverse).
fn year_of_unix_days(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    year as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_of_known_days() {
        assert_eq!(year_of_unix_days(0), 1970);
        assert_eq!(year_of_unix_days(365), 1971);
        // 2025-01-01 is day 20089; 2024-12-31 is 20088.
        assert_eq!(year_of_unix_days(20_089), 2025);
        assert_eq!(year_of_unix_days(20_088), 2024);
    }

    #[test]
    fn scan_lists_agencies_files_and_settings() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("campaign.toml"),
            "name = \"Bến Tre 2025\"\nyear = 2025\n",
        )
        .unwrap();
        std::fs::create_dir_all(root.join("so-a/Quy trinh")).unwrap();
        std::fs::write(
            root.join("so-a/agency.toml"),
            "name = \"Sở A\"\nlevel = \"province\"\n",
        )
        .unwrap();
        std::fs::write(root.join("so-a/Quy trinh/QT-01.pdf"), b"%PDF-1.4 same").unwrap();
        std::fs::write(
            root.join("so-a/tthc.csv"),
            "code,name\n,Đăng ký khai sinh\n",
        )
        .unwrap();
        std::fs::create_dir_all(root.join("xa-b")).unwrap();
        std::fs::write(root.join("xa-b/copy.pdf"), b"%PDF-1.4 same").unwrap();
        std::fs::write(root.join("xa-b/agency.toml"), "name = [broken").unwrap();

        let plan = scan(root, "vi").unwrap();
        assert_eq!(plan.manifest.name, "Bến Tre 2025");
        assert_eq!(plan.manifest.year, 2025);
        let ids: Vec<&str> = plan
            .manifest
            .agencies
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["so-a", "xa-b"]);
        let so_a = &plan.manifest.agencies[0];
        assert_eq!(so_a.name, "Sở A");
        assert_eq!(
            so_a.files.len(),
            1,
            "agency.toml and tthc.csv are settings, not documents"
        );
        assert_eq!(so_a.files[0].path, "Quy trinh/QT-01.pdf");
        assert!(!so_a.tthc_sha256.is_empty());
        // The same bytes in two agencies are one blob.
        assert_eq!(plan.blobs.len(), 2);
        assert_eq!(plan.manifest.agencies[1].name, "xa-b");
        assert!(plan.warnings.iter().any(|w| w.contains("not valid TOML")));
    }

    #[test]
    fn every_file_gets_its_own_hash_when_hashed_in_parallel() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for agency in ["a", "b", "c"] {
            std::fs::create_dir_all(root.join(agency)).unwrap();
            for i in 0..7 {
                let name = format!("QT-{i:02}.pdf");
                std::fs::write(root.join(agency).join(&name), format!("%PDF {agency} {i}"))
                    .unwrap();
            }
            std::fs::write(
                root.join(agency).join("tthc.csv"),
                format!("ma,ten\n{agency}"),
            )
            .unwrap();
        }
        let plan = scan(root, "vi").unwrap();
        for agency in &plan.manifest.agencies {
            for file in &agency.files {
                let path = root.join(&agency.id).join(&file.path);
                assert_eq!(
                    file.sha256,
                    hash_file(&path).unwrap().0,
                    "{}",
                    path.display()
                );
            }
            let tthc = root.join(&agency.id).join("tthc.csv");
            assert_eq!(agency.tthc_sha256, hash_file(&tthc).unwrap().0);
        }
        assert_eq!(plan.blobs.len(), 3 * 8);
    }
}
