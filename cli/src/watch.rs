//! `watch`: live campaign progress. State comes only from the coordinator's progress events; the
//! text comes from pure functions (tested below); bars on a terminal, plain lines otherwise.

use std::collections::{BTreeMap, HashSet};
use std::io::IsTerminal;
use std::time::Duration;

use anyhow::{Result, bail};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use proto::client::Clients;
use proto::pb;
use proto::tonic::Code;

use crate::submit::status_error;

/// The one line describing an agency in flight.
pub fn agency_line(agency: &pb::AgencyProgress) -> String {
    let failed = if agency.docs_failed > 0 {
        format!(", {} unreadable", agency.docs_failed)
    } else {
        String::new()
    };
    format!(
        "{:<28} {:>4}/{:<4} {}{}",
        truncate(&agency.agency_id, 28),
        agency.docs_done,
        agency.docs_total,
        agency.state,
        failed
    )
}

/// A plain progress line for logs and non-terminal output.
pub fn plain_line(progress: &pb::CampaignProgress) -> String {
    let uploading = match progress.docs_awaiting_upload {
        0 => String::new(),
        n => format!(", {n} waiting for their upload"),
    };
    format!(
        "{}: {}/{} documents ({} unreadable{uploading}), {}/{} agencies done",
        progress.campaign_id,
        progress.docs_done,
        progress.docs_total,
        progress.docs_failed,
        progress.agencies_done,
        progress.agencies_total
    )
}

/// The line printed once per unreadable file.
pub fn failure_line(failure: &pb::FileFailure) -> String {
    format!(
        "unreadable: {}/{}: {}",
        failure.agency_id, failure.path, failure.error
    )
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// How progress is shown.
trait Display {
    fn update(&mut self, progress: &pb::CampaignProgress);
    fn println(&mut self, line: &str);
    fn finish(&mut self);
}

/// Line output for logs: a line when an agency finishes, when the campaign ends, and otherwise
/// at most every few seconds, so a 15,000-document campaign does not write thousands of lines.
struct Plain {
    last_line: String,
    last_agencies_done: u32,
    last_printed: Option<std::time::Instant>,
}

impl Plain {
    fn new() -> Self {
        Plain {
            last_line: String::new(),
            last_agencies_done: 0,
            last_printed: None,
        }
    }
}

impl Display for Plain {
    fn update(&mut self, progress: &pb::CampaignProgress) {
        let line = plain_line(progress);
        if line == self.last_line {
            return;
        }
        let due = self
            .last_printed
            .is_none_or(|at| at.elapsed() >= Duration::from_secs(5));
        let milestone =
            progress.agencies_done != self.last_agencies_done || progress.state != "running";
        if due || milestone {
            eprintln!("{line}");
            self.last_line = line;
            self.last_agencies_done = progress.agencies_done;
            self.last_printed = Some(std::time::Instant::now());
        }
    }

    fn println(&mut self, line: &str) {
        eprintln!("{line}");
    }

    fn finish(&mut self) {}
}

struct Bars {
    multi: MultiProgress,
    main: ProgressBar,
    agencies: BTreeMap<String, ProgressBar>,
}

impl Bars {
    fn new() -> Self {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        let main = multi.add(ProgressBar::new(0));
        let style = ProgressStyle::with_template(
            "{prefix:.bold} [{bar:40.cyan/blue}] {pos}/{len} documents  {rate}  ETA {eta}  {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} docs/s", state.per_sec());
            },
        )
        .progress_chars("=> ");
        main.set_style(style);
        main.set_prefix("campaign");
        Bars {
            multi,
            main,
            agencies: BTreeMap::new(),
        }
    }
}

impl Display for Bars {
    fn update(&mut self, progress: &pb::CampaignProgress) {
        self.main.set_length(u64::from(progress.docs_total));
        self.main.set_position(u64::from(progress.docs_done));
        self.main.set_message(format!(
            "{}/{} agencies",
            progress.agencies_done, progress.agencies_total
        ));
        let in_flight: HashSet<&str> = progress
            .agencies
            .iter()
            .filter(|a| a.state == "reading" || a.state == "assembling")
            .map(|a| a.agency_id.as_str())
            .collect();
        self.agencies.retain(|id, bar| {
            let keep = in_flight.contains(id.as_str());
            if !keep {
                bar.finish_and_clear();
            }
            keep
        });
        for agency in &progress.agencies {
            if !in_flight.contains(agency.agency_id.as_str()) {
                continue;
            }
            let bar = self
                .agencies
                .entry(agency.agency_id.clone())
                .or_insert_with(|| {
                    let bar = self.multi.add(ProgressBar::new_spinner());
                    bar.set_style(
                        ProgressStyle::with_template("  {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    bar
                });
            bar.set_message(agency_line(agency));
        }
    }

    fn println(&mut self, line: &str) {
        self.multi.suspend(|| eprintln!("{line}"));
    }

    fn finish(&mut self) {
        for bar in self.agencies.values() {
            bar.finish_and_clear();
        }
        self.main.finish();
    }
}

/// Follows a campaign until it is done, reconnecting when the stream breaks (coordinator
/// restart); returns the final snapshot.
pub async fn watch(
    clients: &Clients,
    campaign_id: &str,
    bars: bool,
    mut on_progress: impl FnMut(&pb::CampaignProgress),
) -> Result<pb::CampaignProgress> {
    let mut display: Box<dyn Display> = if bars && std::io::stderr().is_terminal() {
        Box::new(Bars::new())
    } else {
        Box::new(Plain::new())
    };
    let mut n_failures_shown = 0u64;
    let mut retries = 0u32;
    loop {
        let request = pb::WatchCampaignRequest {
            campaign_id: campaign_id.to_string(),
            failures_seen: n_failures_shown,
        };
        let stream = clients.campaigns.clone().watch_campaign(request).await;
        let mut stream = match stream {
            Ok(stream) => stream.into_inner(),
            Err(status) if is_retryable(&status) && retries < 60 => {
                retries += 1;
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
            Err(status) => return Err(status_error(status)),
        };
        loop {
            match stream.message().await {
                Ok(Some(progress)) => {
                    retries = 0;
                    // Each message brings the failures recorded since the previous one.
                    for failure in &progress.failures {
                        display.println(&failure_line(failure));
                    }
                    n_failures_shown += progress.failures.len() as u64;
                    display.update(&progress);
                    on_progress(&progress);
                    if progress.state != "running" {
                        display.finish();
                        return Ok(progress);
                    }
                }
                Ok(None) => break,
                Err(status) if is_retryable(&status) => break,
                Err(status) => return Err(status_error(status)),
            }
        }
        retries += 1;
        if retries > 60 {
            bail!("lost the connection to the coordinator while watching {campaign_id}");
        }
        display.println("connection to the coordinator lost; reconnecting");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn is_retryable(status: &proto::tonic::Status) -> bool {
    matches!(
        status.code(),
        Code::Unavailable | Code::Unknown | Code::Internal | Code::Cancelled
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agency(id: &str, done: u32, total: u32, failed: u32, state: &str) -> pb::AgencyProgress {
        pb::AgencyProgress {
            agency_id: id.into(),
            name: String::new(),
            docs_total: total,
            docs_done: done,
            docs_failed: failed,
            state: state.into(),
        }
    }

    #[test]
    fn agency_line_shows_counts_state_and_failures() {
        assert_eq!(
            agency_line(&agency("so-cong-thuong", 12, 40, 0, "reading")),
            "so-cong-thuong                 12/40   reading"
        );
        assert_eq!(
            agency_line(&agency("ubnd-xa-an-hoa", 40, 40, 3, "assembling")),
            "ubnd-xa-an-hoa                 40/40   assembling, 3 unreadable"
        );
        let long = agency_line(&agency(
            "ubnd-phuong-buu-long-thanh-pho-bien-hoa",
            1,
            2,
            0,
            "reading",
        ));
        assert!(long.starts_with("ubnd-phuong-buu-long-thanh-…"), "{long}");
    }

    #[test]
    fn plain_and_failure_lines() {
        let progress = pb::CampaignProgress {
            campaign_id: "c-1".into(),
            docs_total: 90,
            docs_done: 45,
            docs_failed: 2,
            agencies_total: 4,
            agencies_done: 1,
            ..Default::default()
        };
        assert_eq!(
            plain_line(&progress),
            "c-1: 45/90 documents (2 unreadable), 1/4 agencies done"
        );
        let uploading = pb::CampaignProgress {
            docs_awaiting_upload: 30,
            ..progress.clone()
        };
        assert_eq!(
            plain_line(&uploading),
            "c-1: 45/90 documents (2 unreadable, 30 waiting for their upload), 1/4 agencies done"
        );
        let failure = pb::FileFailure {
            agency_id: "xa".into(),
            path: "scan.pdf".into(),
            error: "scanned PDF without a text layer (needs OCR)".into(),
        };
        assert_eq!(
            failure_line(&failure),
            "unreadable: xa/scan.pdf: scanned PDF without a text layer (needs OCR)"
        );
    }
}
