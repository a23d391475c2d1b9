//! Manifest validation and the content-derived campaign id that makes submission idempotent.

use std::collections::{BTreeSet, HashSet};

use sha2::{Digest, Sha256};

use crate::model::Manifest;

/// Why a manifest was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestError {
    #[error("campaign has no agencies")]
    NoAgencies,
    #[error("agency {index} has an empty id")]
    EmptyAgencyId { index: usize },
    #[error("agency id {id:?} contains a control character")]
    BadAgencyId { id: String },
    #[error("agency id {id:?} appears twice")]
    DuplicateAgency { id: String },
    #[error("agency {agency:?} has a file with an empty path")]
    EmptyPath { agency: String },
    #[error("agency {agency:?} lists {path:?} twice")]
    DuplicatePath { agency: String, path: String },
    #[error("{what} has an invalid sha256 {sha256:?} (64 lower-case hex digits expected)")]
    BadSha256 { what: String, sha256: String },
}

/// True for a SHA-256 written as the protocol requires (64 lower-case hex digits).
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Checks what the coordinator relies on; paths are only ever opaque strings here.
pub fn validate(manifest: &Manifest) -> Result<(), ManifestError> {
    if manifest.agencies.is_empty() {
        return Err(ManifestError::NoAgencies);
    }
    let mut agency_ids = HashSet::new();
    for (index, agency) in manifest.agencies.iter().enumerate() {
        if agency.id.is_empty() {
            return Err(ManifestError::EmptyAgencyId { index });
        }
        if agency.id.chars().any(char::is_control) {
            return Err(ManifestError::BadAgencyId {
                id: agency.id.clone(),
            });
        }
        if !agency_ids.insert(agency.id.as_str()) {
            return Err(ManifestError::DuplicateAgency {
                id: agency.id.clone(),
            });
        }
        if !agency.tthc_sha256.is_empty() && !is_sha256_hex(&agency.tthc_sha256) {
            return Err(ManifestError::BadSha256 {
                what: format!("tthc.csv of agency {:?}", agency.id),
                sha256: agency.tthc_sha256.clone(),
            });
        }
        let mut paths = HashSet::new();
        for file in &agency.files {
            if file.path.is_empty() {
                return Err(ManifestError::EmptyPath {
                    agency: agency.id.clone(),
                });
            }
            if !paths.insert(file.path.as_str()) {
                return Err(ManifestError::DuplicatePath {
                    agency: agency.id.clone(),
                    path: file.path.clone(),
                });
            }
            if !is_sha256_hex(&file.sha256) {
                return Err(ManifestError::BadSha256 {
                    what: format!("{:?} of agency {:?}", file.path, agency.id),
                    sha256: file.sha256.clone(),
                });
            }
        }
    }
    Ok(())
}

/// Every blob the manifest names, each once, in order.
pub fn blobs(manifest: &Manifest) -> BTreeSet<&str> {
    let mut blobs = BTreeSet::new();
    for agency in &manifest.agencies {
        if !agency.tthc_sha256.is_empty() {
            blobs.insert(agency.tthc_sha256.as_str());
        }
        for file in &agency.files {
            blobs.insert(file.sha256.as_str());
        }
    }
    blobs
}

/// The campaign id: a hash of a canonical, length-prefixed encoding of the manifest, so that a
/// resubmission of the same manifest finds the same campaign (an idempotent submit).
pub fn campaign_id(manifest: &Manifest) -> String {
    let mut hasher = Sha256::new();
    let mut field = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_be_bytes());
        hasher.update(bytes);
    };
    field(b"isomigrate.campaign.v1");
    field(manifest.name.as_bytes());
    field(&manifest.year.to_be_bytes());
    field(manifest.province.as_bytes());
    field(manifest.lang.as_bytes());
    field(&(manifest.agencies.len() as u64).to_be_bytes());
    for agency in &manifest.agencies {
        field(agency.id.as_bytes());
        field(agency.name.as_bytes());
        field(agency.level.as_bytes());
        field(agency.tthc_sha256.as_bytes());
        field(&(agency.files.len() as u64).to_be_bytes());
        for file in &agency.files {
            field(file.path.as_bytes());
            field(file.sha256.as_bytes());
            field(&file.size.to_be_bytes());
        }
    }
    let digest = hasher.finalize();
    format!("c-{}", hex::encode(&digest[..6]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AgencyManifest, FileEntry};

    fn sha(n: u8) -> String {
        hex::encode([n; 32])
    }

    fn manifest() -> Manifest {
        Manifest {
            name: "Bắc Ninh 2025".into(),
            year: 2025,
            province: "Bắc Ninh".into(),
            lang: "vi".into(),
            agencies: vec![AgencyManifest {
                id: "so-cong-thuong".into(),
                name: "Sở Công Thương".into(),
                level: "province".into(),
                tthc_sha256: String::new(),
                files: vec![FileEntry {
                    path: "a/b.docx".into(),
                    sha256: sha(1),
                    size: 10,
                }],
            }],
        }
    }

    #[test]
    fn campaign_id_is_stable_and_content_derived() {
        let first = campaign_id(&manifest());
        assert_eq!(first, campaign_id(&manifest()));
        assert!(first.starts_with("c-") && first.len() == 14, "{first}");
        let mut changed = manifest();
        changed.agencies[0].files[0].size = 11;
        assert_ne!(first, campaign_id(&changed));
        // Moving bytes between fields must change the id (length prefixes).
        let mut shifted = manifest();
        shifted.name = "Bắc Ninh 202".into();
        shifted.province = "5Bắc Ninh".into();
        assert_ne!(first, campaign_id(&shifted));
    }

    #[test]
    fn validation_refuses_what_the_coordinator_cannot_key() {
        assert_eq!(validate(&manifest()), Ok(()));
        let mut duplicate = manifest();
        duplicate.agencies.push(duplicate.agencies[0].clone());
        assert!(matches!(
            validate(&duplicate),
            Err(ManifestError::DuplicateAgency { .. })
        ));
        let mut empty = manifest();
        empty.agencies[0].id.clear();
        assert_eq!(
            validate(&empty),
            Err(ManifestError::EmptyAgencyId { index: 0 })
        );
        let mut nul = manifest();
        nul.agencies[0].id = "a\0b".into();
        assert!(matches!(
            validate(&nul),
            Err(ManifestError::BadAgencyId { .. })
        ));
        let mut bad_sha = manifest();
        bad_sha.agencies[0].files[0].sha256 = sha(0xab).to_uppercase();
        assert!(matches!(
            validate(&bad_sha),
            Err(ManifestError::BadSha256 { .. })
        ));
        let mut twice = manifest();
        let file = twice.agencies[0].files[0].clone();
        twice.agencies[0].files.push(file);
        assert!(matches!(
            validate(&twice),
            Err(ManifestError::DuplicatePath { .. })
        ));
        let mut none = manifest();
        none.agencies.clear();
        assert_eq!(validate(&none), Err(ManifestError::NoAgencies));
    }

    #[test]
    fn blobs_lists_each_once_with_tthc() {
        let mut with_tthc = manifest();
        with_tthc.agencies[0].tthc_sha256 = sha(2);
        with_tthc.agencies[0].files.push(FileEntry {
            path: "c.pdf".into(),
            sha256: sha(1),
            size: 10,
        });
        let listed: Vec<&str> = blobs(&with_tthc).into_iter().collect();
        assert_eq!(listed, vec![sha(1).as_str(), sha(2).as_str()]);
    }
}
