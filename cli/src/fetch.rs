//! `fetch`: write exactly the files of contract §2 from a finished campaign.

use std::path::Path;

use anyhow::{Context, Result, bail};
use proto::client::Clients;
use proto::pb;
use worker::report::{self, CampaignInfo, Report};

use crate::submit::status_error;

/// The per-agency files a coordinator may send; anything else is refused.
const AGENCY_FILES: [&str; 3] = ["report.json", "report.docx", "report.html"];

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
    std::fs::create_dir_all(out).with_context(|| format!("create {}", out.display()))?;
    let request = pb::FetchReportsRequest {
        campaign_id: progress.campaign_id.clone(),
    };
    let mut stream = clients
        .campaigns
        .clone()
        .fetch_reports(request)
        .await
        .map_err(status_error)
        .context("fetch the reports")?
        .into_inner();
    let mut reports: Vec<Report> = Vec::new();
    while let Some(file) = stream
        .message()
        .await
        .map_err(status_error)
        .context("fetch the reports")?
    {
        write_agency_file(out, &file)?;
        if file.name == "report.json" {
            let report: Report = serde_json::from_slice(&file.content).with_context(|| {
                format!(
                    "the coordinator sent an unreadable report.json for {}",
                    file.agency_id
                )
            })?;
            reports.push(report);
        }
    }
    if reports.is_empty() && progress.agencies_total > 0 {
        bail!(
            "the coordinator has no reports for campaign {}",
            progress.campaign_id
        );
    }
    reports.sort_by(|a, b| a.agency.id.cmp(&b.agency.id));
    write_campaign_files(
        out,
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

/// An agency id becomes a folder name only when it is a single plain path component.
fn safe_component(id: &str) -> bool {
    !id.is_empty()
        && id != "."
        && id != ".."
        && !id.contains(['/', '\\', '\0'])
        && !id.starts_with('.')
}

fn write_agency_file(out: &Path, file: &pb::ReportFile) -> Result<()> {
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
    std::fs::create_dir_all(&dir).with_context(|| format!("create {}", dir.display()))?;
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
        assert!(write_agency_file(out.path(), &file).is_err());
        let file = pb::ReportFile {
            agency_id: "ok".into(),
            name: "../../x.sh".into(),
            content: b"{}".to_vec(),
        };
        assert!(write_agency_file(out.path(), &file).is_err());
    }
}
