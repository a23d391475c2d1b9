//! `fetch`: write exactly the files of contract §2 from a finished campaign.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use proto::client::Clients;
use proto::pb;
use worker::report::{self, CampaignInfo, Report};

use tracing::debug;

use crate::submit::status_error;

/// The per-agency files a coordinator may send; anything else is refused.
const AGENCY_FILES: [&str; 3] = ["report.json", "report.docx", "report.html"];

/// Agencies named in one `FetchReports` call.
const AGENCIES_PER_CALL: usize = 200;

/// What was written.
#[derive(Debug)]
pub struct Fetched {
    pub n_agencies: usize,
}

/// Downloads every agency's reports, then writes the campaign overview built from them.
pub async fn fetch(
    clients: &Clients,
    progress: &pb::CampaignProgress,
    out: &Path,
) -> Result<Fetched> {
    Fetcher::new(out)?.finish(clients, progress).await
}

/// Writes agencies' reports while the campaign runs, as each agency finishes, so that at the
/// end only the last agencies and the overview are left (`run`). Progress snapshots come from
/// `watch`; the channel closing ends the loop. A failed early fetch is only logged: whatever it
/// missed is fetched by [`Fetcher::finish`].
pub async fn fetch_as_agencies_finish(
    clients: &Clients,
    out: &Path,
    mut updates: tokio::sync::watch::Receiver<Option<pb::CampaignProgress>>,
) -> Result<Fetcher> {
    let mut fetcher = Fetcher::new(out)?;
    while updates.changed().await.is_ok() {
        let progress = updates.borrow_and_update().clone();
        if let Some(progress) = progress
            && let Err(e) = fetcher.fetch_finished(clients, &progress).await
        {
            debug!("early fetch failed, left to the end: {e:#}");
        }
    }
    Ok(fetcher)
}

/// The reports written so far and the parsed `report.json` files the overview is built from.
pub struct Fetcher {
    out: PathBuf,
    reports: Vec<Report>,
    fetched: HashSet<String>,
}

impl Fetcher {
    pub fn new(out: &Path) -> Result<Fetcher> {
        std::fs::create_dir_all(out).with_context(|| format!("create {}", out.display()))?;
        Ok(Fetcher {
            out: out.to_path_buf(),
            reports: Vec::new(),
            fetched: HashSet::new(),
        })
    }

    /// Fetches the agencies finished since the last call.
    pub async fn fetch_finished(
        &mut self,
        clients: &Clients,
        progress: &pb::CampaignProgress,
    ) -> Result<()> {
        self.fetch_unfetched(clients, progress, |agency| {
            matches!(agency.state.as_str(), "done" | "failed")
        })
        .await
    }

    /// Fetches the agencies not fetched yet (all of them when none was), then writes the
    /// campaign overview. The campaign must be finished.
    pub async fn finish(
        mut self,
        clients: &Clients,
        progress: &pb::CampaignProgress,
    ) -> Result<Fetched> {
        if !self.fetched.is_empty() && progress.agencies.is_empty() {
            // No agency list to tell what is left: start again from the whole campaign.
            self.reports.clear();
            self.fetched.clear();
        }
        if self.fetched.is_empty() {
            self.fetch_agencies(clients, &progress.campaign_id, Vec::new())
                .await?;
        } else {
            self.fetch_unfetched(clients, progress, |_| true).await?;
        }
        let mut reports = self.reports;
        if reports.is_empty() && progress.agencies_total > 0 {
            bail!(
                "the coordinator has no reports for campaign {}",
                progress.campaign_id
            );
        }
        reports.sort_by(|a, b| a.agency.id.cmp(&b.agency.id));
        write_campaign_files(
            &self.out,
            &CampaignInfo {
                name: progress.name.clone(),
                year: progress.year,
                province: progress.province.clone(),
            },
            &reports,
        )?;
        Ok(Fetched {
            n_agencies: reports.len(),
        })
    }

    /// The listed agencies that `wanted` picks and that were not fetched yet, by name, in calls
    /// of at most [`AGENCIES_PER_CALL`].
    async fn fetch_unfetched(
        &mut self,
        clients: &Clients,
        progress: &pb::CampaignProgress,
        wanted: impl Fn(&pb::AgencyProgress) -> bool,
    ) -> Result<()> {
        let ids: Vec<String> = progress
            .agencies
            .iter()
            .filter(|agency| wanted(agency) && !self.fetched.contains(&agency.agency_id))
            .map(|agency| agency.agency_id.clone())
            .collect();
        for chunk in ids.chunks(AGENCIES_PER_CALL) {
            self.fetch_agencies(clients, &progress.campaign_id, chunk.to_vec())
                .await?;
        }
        Ok(())
    }

    /// One `FetchReports` call: the named agencies, or the whole finished campaign when
    /// `agency_ids` is empty. Reports count only once the call has fully succeeded, so a call
    /// cut short is simply made again.
    async fn fetch_agencies(
        &mut self,
        clients: &Clients,
        campaign_id: &str,
        agency_ids: Vec<String>,
    ) -> Result<()> {
        let request = pb::FetchReportsRequest {
            campaign_id: campaign_id.to_string(),
            agency_ids: agency_ids.clone(),
        };
        let mut stream = clients
            .campaigns
            .clone()
            .fetch_reports(request)
            .await
            .map_err(status_error)
            .context("fetch the reports")?
            .into_inner();
        let mut reports = Vec::new();
        let mut seen = Vec::new();
        // The coordinator sends an agency's files one after the other; they are written
        // together, in one trip off the runtime per agency.
        let mut agency_files: Vec<pb::ReportFile> = Vec::new();
        while let Some(file) = stream
            .message()
            .await
            .map_err(status_error)
            .context("fetch the reports")?
        {
            if agency_files
                .first()
                .is_some_and(|first| first.agency_id != file.agency_id)
            {
                let files = std::mem::take(&mut agency_files);
                reports.extend(self.store_off_runtime(files).await?);
            }
            if agency_files.is_empty() {
                seen.push(file.agency_id.clone());
            }
            agency_files.push(file);
        }
        reports.extend(self.store_off_runtime(agency_files).await?);
        self.reports.extend(reports);
        self.fetched.extend(agency_ids);
        self.fetched.extend(seen);
        Ok(())
    }

    /// Writes one agency's files off the runtime: during `run` the same threads serve the
    /// coordinator and the workers.
    async fn store_off_runtime(&self, files: Vec<pb::ReportFile>) -> Result<Vec<Report>> {
        if files.is_empty() {
            return Ok(Vec::new());
        }
        let out = self.out.clone();
        tokio::task::spawn_blocking(move || store_agency_files(&out, files))
            .await
            .context("write a report file")?
    }
}

/// An agency id becomes a folder name only when it is a single plain path component.
fn safe_component(id: &str) -> bool {
    !id.is_empty()
        && id != "."
        && id != ".."
        && !id.contains(['/', '\\', '\0'])
        && !id.starts_with('.')
}

/// Writes fetched files; each `report.json` also comes back parsed, for the overview.
fn store_agency_files(out: &Path, files: Vec<pb::ReportFile>) -> Result<Vec<Report>> {
    let mut made: HashSet<String> = HashSet::new();
    let mut reports = Vec::new();
    for file in files {
        write_agency_file(out, &file, &mut made)?;
        if file.name == "report.json" {
            reports.push(serde_json::from_slice(&file.content).with_context(|| {
                format!(
                    "the coordinator sent an unreadable report.json for {}",
                    file.agency_id
                )
            })?);
        }
    }
    Ok(reports)
}

/// `made` holds the agency folders already created in this call (one `mkdir` per agency).
fn write_agency_file(out: &Path, file: &pb::ReportFile, made: &mut HashSet<String>) -> Result<()> {
    if !safe_component(&file.agency_id) {
        bail!(
            "refusing a report for the unsafe agency id {:?}",
            file.agency_id
        );
    }
    if !AGENCY_FILES.contains(&file.name.as_str()) {
        bail!("refusing an unexpected report file {:?}", file.name);
    }
    let dir = out.join(&file.agency_id);
    if !made.contains(&file.agency_id) {
        std::fs::create_dir_all(&dir).with_context(|| format!("create {}", dir.display()))?;
        made.insert(file.agency_id.clone());
    }
    let path = dir.join(&file.name);
    std::fs::write(&path, &file.content).with_context(|| format!("write {}", path.display()))
}

/// `campaign.json`, `campaign.xlsx` and `index.html` from the agencies' reports.
pub fn write_campaign_files(out: &Path, info: &CampaignInfo, reports: &[Report]) -> Result<()> {
    let summary = report::campaign::summary(info, reports);
    let json_path = out.join("campaign.json");
    std::fs::write(&json_path, report::campaign::render_json(&summary))
        .with_context(|| format!("write {}", json_path.display()))?;
    let xlsx = report::xlsx::render(&summary).context("build campaign.xlsx")?;
    let xlsx_path = out.join("campaign.xlsx");
    std::fs::write(&xlsx_path, xlsx).with_context(|| format!("write {}", xlsx_path.display()))?;
    let index_path = out.join("index.html");
    std::fs::write(&index_path, report::campaign::render_index_html(&summary))
        .with_context(|| format!("write {}", index_path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_agency_ids_are_refused() {
        for bad in ["", ".", "..", "../etc", "a/b", "a\\b", ".hidden"] {
            assert!(!safe_component(bad), "{bad:?} accepted");
        }
        for good in ["so-cong-thuong", "ubnd-xã-an-hòa", "UBND_01"] {
            assert!(safe_component(good), "{good:?} refused");
        }
        let out = tempfile::tempdir().unwrap();
        let file = pb::ReportFile {
            agency_id: "../escape".into(),
            name: "report.json".into(),
            content: b"{}".to_vec(),
        };
        assert!(store_agency_files(out.path(), vec![file]).is_err());
        let file = pb::ReportFile {
            agency_id: "ok".into(),
            name: "../../x.sh".into(),
            content: b"{}".to_vec(),
        };
        assert!(store_agency_files(out.path(), vec![file]).is_err());
        assert!(!out.path().join("x.sh").exists());
    }

    #[test]
    fn an_agencys_files_are_written_together_and_a_bad_report_is_named() {
        let out = tempfile::tempdir().unwrap();
        let file = |name: &str, content: &[u8]| pb::ReportFile {
            agency_id: "so-a".into(),
            name: name.into(),
            content: content.to_vec(),
        };
        let parsed = store_agency_files(
            out.path(),
            vec![
                file("report.html", b"<html></html>"),
                file("report.docx", b"PK"),
            ],
        )
        .unwrap();
        assert!(parsed.is_empty());
        assert_eq!(
            std::fs::read(out.path().join("so-a/report.html")).unwrap(),
            b"<html></html>"
        );
        assert_eq!(
            std::fs::read(out.path().join("so-a/report.docx")).unwrap(),
            b"PK"
        );
        let error = store_agency_files(out.path(), vec![file("report.json", b"{not json")])
            .unwrap_err()
            .to_string();
        assert!(error.contains("unreadable report.json for so-a"), "{error}");
    }
}
