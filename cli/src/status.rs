//! `status`: campaigns, agencies, workers and leases as plain tables.

use proto::pb;

/// Renders a table with left-aligned columns sized to their content.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(width) = widths.get_mut(i) {
                *width = (*width).max(cell.chars().count());
            }
        }
    }
    let mut out = String::new();
    let mut push_row = |cells: Vec<&str>| {
        let line: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                let pad = widths
                    .get(i)
                    .copied()
                    .unwrap_or(0)
                    .saturating_sub(cell.chars().count());
                format!("{cell}{}", " ".repeat(pad))
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    };
    push_row(header.to_vec());
    for row in rows {
        push_row(row.iter().map(String::as_str).collect());
    }
    out
}

/// The whole status screen.
pub fn render(status: &pb::StatusResponse, now_unix_ms: i64, one_campaign: bool) -> String {
    let mut out = String::new();
    let campaigns: Vec<Vec<String>> = status
        .campaigns
        .iter()
        .map(|c| {
            vec![
                c.campaign_id.clone(),
                c.name.clone(),
                c.state.clone(),
                format!("{}/{}", c.docs_done, c.docs_total),
                c.docs_failed.to_string(),
                format!("{}/{}", c.agencies_done, c.agencies_total),
                c.docs_awaiting_upload.to_string(),
            ]
        })
        .collect();
    out.push_str("CAMPAIGNS\n");
    out.push_str(&table(
        &[
            "ID",
            "NAME",
            "STATE",
            "DOCUMENTS",
            "UNREADABLE",
            "AGENCIES",
            "TO UPLOAD",
        ],
        &campaigns,
    ));
    if one_campaign {
        for campaign in &status.campaigns {
            let agencies: Vec<Vec<String>> = campaign
                .agencies
                .iter()
                .map(|a| {
                    vec![
                        a.agency_id.clone(),
                        a.name.clone(),
                        a.state.clone(),
                        format!("{}/{}", a.docs_done, a.docs_total),
                        a.docs_failed.to_string(),
                    ]
                })
                .collect();
            out.push_str(&format!("\nAGENCIES of {}\n", campaign.campaign_id));
            out.push_str(&table(
                &["AGENCY", "NAME", "STATE", "DOCUMENTS", "UNREADABLE"],
                &agencies,
            ));
        }
    }
    let workers: Vec<Vec<String>> = status
        .workers
        .iter()
        .map(|w| {
            vec![
                w.worker_id.clone(),
                w.name.clone(),
                w.concurrency.to_string(),
                w.active_leases.to_string(),
                ago(now_unix_ms, w.last_seen_unix_ms),
            ]
        })
        .collect();
    out.push_str("\nWORKERS\n");
    out.push_str(&table(
        &["ID", "NAME", "CONCURRENCY", "LEASES", "LAST SEEN"],
        &workers,
    ));
    let leases: Vec<Vec<String>> = status
        .leases
        .iter()
        .map(|l| {
            vec![
                l.lease_id.clone(),
                l.unit_id.clone(),
                l.agency_id.clone(),
                l.worker_id.clone(),
                if l.started { "working" } else { "held" }.to_string(),
                l.attempt.to_string(),
                format!("in {}", seconds(l.deadline_unix_ms - now_unix_ms)),
            ]
        })
        .collect();
    out.push_str("\nLEASES\n");
    out.push_str(&table(
        &[
            "LEASE", "UNIT", "AGENCY", "WORKER", "STATE", "ATTEMPT", "EXPIRES",
        ],
        &leases,
    ));
    out
}

fn seconds(ms: i64) -> String {
    format!("{}s", ms.max(0) / 1000)
}

fn ago(now_ms: i64, then_ms: i64) -> String {
    if then_ms <= 0 {
        return "never".into();
    }
    format!("{} ago", seconds(now_ms - then_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_aligns_unicode_columns() {
        let rows = vec![
            vec!["so-cong-thuong".to_string(), "Sở Công Thương".to_string()],
            vec!["xa".to_string(), "UBND xã Hòa".to_string()],
        ];
        assert_eq!(
            table(&["ID", "NAME"], &rows),
            "ID              NAME\nso-cong-thuong  Sở Công Thương\nxa              UBND xã Hòa\n"
        );
    }

    #[test]
    fn status_lists_workers_and_leases() {
        let status = pb::StatusResponse {
            campaigns: vec![pb::CampaignProgress {
                campaign_id: "c-1".into(),
                name: "Bến Tre".into(),
                state: "running".into(),
                docs_total: 10,
                docs_done: 4,
                agencies_total: 2,
                ..Default::default()
            }],
            workers: vec![pb::WorkerInfo {
                worker_id: "w-1".into(),
                name: "office-pc".into(),
                concurrency: 2,
                last_seen_unix_ms: 9_000,
                active_leases: 1,
            }],
            leases: vec![
                pb::LeaseInfo {
                    lease_id: "l-1".into(),
                    unit_id: "u-1".into(),
                    worker_id: "w-1".into(),
                    agency_id: "xa".into(),
                    attempt: 2,
                    deadline_unix_ms: 40_000,
                    started: true,
                },
                pb::LeaseInfo {
                    lease_id: "l-2".into(),
                    unit_id: "u-2".into(),
                    worker_id: "w-1".into(),
                    agency_id: "xa".into(),
                    attempt: 1,
                    deadline_unix_ms: 40_000,
                    started: false,
                },
            ],
        };
        let text = render(&status, 10_000, false);
        assert!(text.contains("c-1  Bến Tre  running  4/10"), "{text}");
        assert!(
            text.contains("w-1  office-pc  2            1       1s ago"),
            "{text}"
        );
        assert!(
            text.contains("l-1    u-1   xa      w-1     working  2        in 30s"),
            "{text}"
        );
        assert!(
            text.contains("l-2    u-2   xa      w-1     held     1        in 30s"),
            "{text}"
        );
    }
}
