//! Analysis benchmark: what recognising, assembling and rendering cost next to reading, on the
//! same documents in the same run, so that "analysis ≤ reading" rests on a figure.
//!
//! `cargo bench -p worker --bench analysis`; `ISOMIGRATE_BENCH_DIR` picks the campaign folder
//! (default: `samples/`; a folder without agency sub-folders counts as one agency),
//! `ISOMIGRATE_BENCH_ROUNDS` the number of timed rounds (the median of each stage is reported).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use worker::analyse::{self, DocumentResult, coverage, findings, plan, tthc};
use worker::read::{Limits, read_bytes, sniff_format, walk};
use worker::report::{self, AgencyInfo, CampaignInfo, Lang, Report};

/// The campaign year when `campaign.toml` does not say (the samples say 2025).
const DEFAULT_YEAR: i32 = 2025;

/// How many documents the "slowest analysis" list shows.
const N_SLOWEST: usize = 8;

/// `campaign.toml` / `agency.toml`, every field optional (contract §1).
#[derive(Debug, Default, Deserialize)]
struct Settings {
    name: Option<String>,
    year: Option<i32>,
    province: Option<String>,
    level: Option<String>,
}

struct Document {
    path: String,
    bytes: Vec<u8>,
}

struct Agency {
    info: AgencyInfo,
    tthc: Option<Vec<u8>>,
    documents: Vec<Document>,
}

/// One round's times: per document (read, analyse), per agency (assemble, json, docx, html)
/// and the campaign overview (summary, json, xlsx, html).
struct Round {
    read: Vec<Vec<Duration>>,
    analyse: Vec<Vec<Duration>>,
    agency: Vec<[Duration; 4]>,
    /// `assemble_report` step by step (plans, TTHC, coverage, findings), to show where it goes.
    assemble_steps: Vec<[Duration; 4]>,
    campaign: [Duration; 4],
    /// Output sizes, to show the work was done (and is the same every round).
    n_output_bytes: usize,
    n_read_ok: usize,
}

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = std::env::var_os("ISOMIGRATE_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("samples"));
    let rounds: usize = std::env::var("ISOMIGRATE_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|r| *r > 0)
        .unwrap_or(7);
    let campaign_settings: Settings = read_toml(&dir.join("campaign.toml"));
    let campaign = CampaignInfo {
        name: campaign_settings.name.unwrap_or_else(|| "bench".into()),
        year: campaign_settings.year.unwrap_or(DEFAULT_YEAR),
        province: campaign_settings.province.unwrap_or_default(),
    };
    let agencies = match load_agencies(&dir) {
        Ok(agencies) => agencies,
        Err(e) => {
            println!("cannot read the bench folder {}: {e}", dir.display());
            return;
        }
    };
    let n_docs: usize = agencies.iter().map(|a| a.documents.len()).sum();
    let n_bytes: usize = agencies
        .iter()
        .flat_map(|a| &a.documents)
        .map(|d| d.bytes.len())
        .sum();
    println!(
        "bench folder {}: {} agencies, {n_docs} documents ({:.1} MB), median of {rounds} rounds",
        dir.display(),
        agencies.len(),
        n_bytes as f64 / 1e6
    );
    if n_docs == 0 {
        println!("no documents found; set ISOMIGRATE_BENCH_DIR");
        return;
    }

    let limits = Limits::default();
    // One untimed round first: page cache, lazily built tables (crosswalk, catalogue, fonts).
    let warm = run_round(&agencies, &campaign, &limits);
    let mut all = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let round = run_round(&agencies, &campaign, &limits);
        if round.n_output_bytes != warm.n_output_bytes {
            println!(
                "warning: output size changed between rounds ({} vs {} bytes): rendering is not deterministic",
                round.n_output_bytes, warm.n_output_bytes
            );
        }
        all.push(round);
    }
    print_results(&agencies, &all, warm.n_read_ok);
}

fn read_toml(path: &Path) -> Settings {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| toml::from_str(text.trim_start_matches('\u{feff}')).ok())
        .unwrap_or_default()
}

/// The campaign's agencies with their files loaded; a folder without agency sub-folders is one
/// agency (so a flat corpus can be benchmarked too).
fn load_agencies(dir: &Path) -> std::io::Result<Vec<Agency>> {
    let mut dirs = walk::agency_dirs(dir)?;
    if dirs.is_empty() {
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "agency".into());
        dirs.push((id, dir.to_path_buf()));
    }
    let mut agencies = Vec::with_capacity(dirs.len());
    for (id, agency_dir) in dirs {
        let settings = read_toml(&agency_dir.join("agency.toml"));
        let mut documents = Vec::new();
        for entry in walk::walk_agency(&agency_dir)? {
            // Symbolic links are listed but never followed by the product; do the same.
            let bytes = if entry.is_symlink {
                Vec::new()
            } else {
                std::fs::read(&entry.abs_path)?
            };
            documents.push(Document {
                path: entry.rel_path,
                bytes,
            });
        }
        agencies.push(Agency {
            info: AgencyInfo {
                name: settings.name.unwrap_or_else(|| id.clone()),
                level: settings.level.unwrap_or_default(),
                id,
            },
            tthc: std::fs::read(agency_dir.join("tthc.csv")).ok(),
            documents,
        });
    }
    Ok(agencies)
}

fn run_round(agencies: &[Agency], campaign: &CampaignInfo, limits: &Limits) -> Round {
    let mut round = Round {
        read: Vec::with_capacity(agencies.len()),
        analyse: Vec::with_capacity(agencies.len()),
        agency: Vec::with_capacity(agencies.len()),
        assemble_steps: Vec::with_capacity(agencies.len()),
        campaign: [Duration::ZERO; 4],
        n_output_bytes: 0,
        n_read_ok: 0,
    };
    let mut reports: Vec<Report> = Vec::with_capacity(agencies.len());
    for agency in agencies {
        let mut read_times = Vec::with_capacity(agency.documents.len());
        let mut analyse_times = Vec::with_capacity(agency.documents.len());
        let mut results: Vec<DocumentResult> = Vec::with_capacity(agency.documents.len());
        for doc in &agency.documents {
            let start = Instant::now();
            let read = read_bytes(&doc.path, &doc.bytes, limits);
            read_times.push(start.elapsed());
            round.n_read_ok += usize::from(read.is_ok());
            // The worker takes the format from the bytes too, whether or not reading worked.
            let format = sniff_format(&doc.path, &doc.bytes);
            let read = read.map(|(_, extracted)| extracted);
            let start = Instant::now();
            let result = analyse::analyse_document(&doc.path, format, read);
            analyse_times.push(start.elapsed());
            results.push(result);
        }

        round.assemble_steps.push(assemble_steps(
            &results,
            agency.tthc.as_deref(),
            campaign.year,
        ));
        let start = Instant::now();
        let report = analyse::assemble_report(
            agency.info.clone(),
            results,
            agency.tthc.as_deref(),
            campaign.year,
            Lang::Vi,
        );
        let assemble = start.elapsed();
        let start = Instant::now();
        let json = report::json::render(&report);
        let json_time = start.elapsed();
        let start = Instant::now();
        let docx = match report::docx::render(&report) {
            Ok(bytes) => bytes,
            Err(e) => {
                println!("warning: report.docx of {} failed: {e}", agency.info.id);
                Vec::new()
            }
        };
        let docx_time = start.elapsed();
        let start = Instant::now();
        let html = report::html::render(&report);
        let html_time = start.elapsed();
        round.n_output_bytes += json.len() + docx.len() + html.len();
        round.read.push(read_times);
        round.analyse.push(analyse_times);
        round
            .agency
            .push([assemble, json_time, docx_time, html_time]);
        reports.push(report);
    }

    let start = Instant::now();
    let summary = report::campaign::summary(campaign, &reports);
    let summary_time = start.elapsed();
    let start = Instant::now();
    let json = report::campaign::render_json(&summary);
    let json_time = start.elapsed();
    let start = Instant::now();
    let xlsx = match report::xlsx::render(&summary) {
        Ok(bytes) => bytes,
        Err(e) => {
            println!("warning: campaign.xlsx failed: {e}");
            Vec::new()
        }
    };
    let xlsx_time = start.elapsed();
    let start = Instant::now();
    let html = report::campaign::render_index_html(&summary);
    let html_time = start.elapsed();
    round.n_output_bytes += json.len() + xlsx.len() + html.len();
    round.campaign = [summary_time, json_time, xlsx_time, html_time];
    round
}

/// The steps `assemble_report` takes, timed one by one on the same (sorted) results.
fn assemble_steps(results: &[DocumentResult], tthc: Option<&[u8]>, year: i32) -> [Duration; 4] {
    let mut documents = results.to_vec();
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    let start = Instant::now();
    let planned = plan::agency_plans(&documents, Lang::Vi);
    let plans = start.elapsed();
    let start = Instant::now();
    let assessed = tthc::assess(tthc, &documents);
    let tthc_time = start.elapsed();
    let start = Instant::now();
    let clauses = coverage::coverage(&documents, &planned, &assessed, Lang::Vi);
    let coverage_time = start.elapsed();
    let start = Instant::now();
    let fired = findings::findings(&documents, &planned, &clauses, &assessed, year, Lang::Vi);
    let findings_time = start.elapsed();
    std::hint::black_box(fired);
    [plans, tthc_time, coverage_time, findings_time]
}

fn median(mut values: Vec<Duration>) -> Duration {
    if values.is_empty() {
        return Duration::ZERO;
    }
    values.sort();
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2
    }
}

/// The median over rounds of a quantity computed from one round.
fn median_of(rounds: &[Round], pick: impl Fn(&Round) -> Duration) -> Duration {
    median(rounds.iter().map(pick).collect())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn share(part: Duration, whole: Duration) -> String {
    if whole.is_zero() {
        return "-".into();
    }
    format!("{:.1} %", 100.0 * part.as_secs_f64() / whole.as_secs_f64())
}

fn print_results(agencies: &[Agency], rounds: &[Round], n_read_ok: usize) {
    let n_docs: usize = agencies.iter().map(|a| a.documents.len()).sum();
    let n_agencies = agencies.len();
    let sum = |times: &[Vec<Duration>]| -> Duration { times.iter().flatten().sum() };
    let read = median_of(rounds, |r| sum(&r.read));
    let analysis = median_of(rounds, |r| sum(&r.analyse));
    let stage = |i: usize| median_of(rounds, |r| r.agency.iter().map(|a| a[i]).sum());
    let assemble = stage(0);
    let render_json = stage(1);
    let render_docx = stage(2);
    let render_html = stage(3);
    let overview = |i: usize| median_of(rounds, |r| r.campaign[i]);
    let (summary, overview_json, overview_xlsx, overview_html) =
        (overview(0), overview(1), overview(2), overview(3));
    let after_reading = analysis
        + assemble
        + render_json
        + render_docx
        + render_html
        + summary
        + overview_json
        + overview_xlsx
        + overview_html;

    println!(
        "{n_read_ok} of {n_docs} documents read without error (the others are analysed from their error, as the worker does)"
    );
    println!();
    println!(
        "{:<34} {:>10} {:>12} {:>13} {:>11}",
        "stage", "total ms", "per unit ms", "unit", "of reading"
    );
    let line = |name: &str, total: Duration, n: usize, unit: &str| {
        println!(
            "{:<34} {:>10.2} {:>12.3} {:>13} {:>11}",
            name,
            ms(total),
            ms(total) / n.max(1) as f64,
            unit,
            share(total, read)
        );
    };
    line("read (read_bytes)", read, n_docs, "document");
    line("analyse_document", analysis, n_docs, "document");
    line("assemble_report", assemble, n_agencies, "agency");
    line("render report.json", render_json, n_agencies, "agency");
    line("render report.docx", render_docx, n_agencies, "agency");
    line("render report.html", render_html, n_agencies, "agency");
    line("campaign summary", summary, 1, "campaign");
    line("render campaign.json", overview_json, 1, "campaign");
    line("render campaign.xlsx", overview_xlsx, 1, "campaign");
    line("render index.html", overview_html, 1, "campaign");
    line(
        "everything after reading",
        after_reading,
        n_docs,
        "document",
    );

    println!();
    println!(
        "{:<24} {:>5} {:>9} {:>10} {:>8} {:>10} {:>8} {:>9} {:>9}",
        "agency", "docs", "read ms", "analyse ms", "of read", "assemble", "json", "docx", "html"
    );
    for (i, agency) in agencies.iter().enumerate() {
        let read_a = median_of(rounds, |r| r.read[i].iter().sum());
        let analyse_a = median_of(rounds, |r| r.analyse[i].iter().sum());
        let cell = |k: usize| ms(median_of(rounds, |r| r.agency[i][k]));
        println!(
            "{:<24} {:>5} {:>9.2} {:>10.2} {:>8} {:>10.3} {:>8.3} {:>9.3} {:>9.3}",
            agency.info.id,
            agency.documents.len(),
            ms(read_a),
            ms(analyse_a),
            share(analyse_a, read_a),
            cell(0),
            cell(1),
            cell(2),
            cell(3)
        );
    }

    println!();
    println!("assemble_report step by step (ms, median over rounds):");
    println!(
        "{:<24} {:>10} {:>10} {:>10} {:>10}",
        "agency", "plans", "tthc", "coverage", "findings"
    );
    for (i, agency) in agencies.iter().enumerate() {
        let step = |k: usize| ms(median_of(rounds, |r| r.assemble_steps[i][k]));
        println!(
            "{:<24} {:>10.3} {:>10.3} {:>10.3} {:>10.3}",
            agency.info.id,
            step(0),
            step(1),
            step(2),
            step(3)
        );
    }

    // Where analysis costs most, per document (median over rounds).
    let mut per_doc: Vec<(Duration, Duration, String)> = Vec::with_capacity(n_docs);
    for (i, agency) in agencies.iter().enumerate() {
        for (j, doc) in agency.documents.iter().enumerate() {
            let read_d = median_of(rounds, |r| r.read[i][j]);
            let analyse_d = median_of(rounds, |r| r.analyse[i][j]);
            per_doc.push((
                analyse_d,
                read_d,
                format!("{}/{}", agency.info.id, doc.path),
            ));
        }
    }
    per_doc.sort_by_key(|d| std::cmp::Reverse(d.0));
    println!();
    println!("slowest analyse_document calls (median over rounds):");
    println!(
        "{:>10} {:>9} {:>9}  document",
        "analyse ms", "read ms", "of read"
    );
    for (analyse_d, read_d, name) in per_doc.iter().take(N_SLOWEST) {
        println!(
            "{:>10.3} {:>9.3} {:>9}  {name}",
            ms(*analyse_d),
            ms(*read_d),
            share(*analyse_d, *read_d)
        );
    }

    println!();
    let verdict = if analysis <= read { "met" } else { "NOT met" };
    println!(
        "target analysis ≤ reading: {verdict} (analyse_document = {} of read_bytes; everything after reading = {})",
        share(analysis, read),
        share(after_reading, read)
    );
}
