//! The coordinator, workers and CLI as separate processes on loopback, under the failures a
//! distributed campaign meets: a worker killed mid-lease, a coordinator killed and restarted, a
//! worker that hangs past its lease, a file that kills the worker every time, a missing token.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::cluster::{Cluster, copy_tree, repo_root, reports, run_local, run_local_with_env};

/// Two agencies of the sample campaign, copied so that tests can add files.
fn small_campaign(into: &Path) {
    let samples = repo_root().join("samples");
    std::fs::create_dir_all(into).expect("create campaign");
    if samples.join("campaign.toml").is_file() {
        std::fs::copy(samples.join("campaign.toml"), into.join("campaign.toml"))
            .expect("copy campaign.toml");
    }
    let mut agencies: Vec<_> = std::fs::read_dir(&samples)
        .expect("samples/ exists")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.path())
        .collect();
    agencies.sort();
    // The two smallest agencies keep the test quick.
    agencies.sort_by_key(|dir| count_files(dir));
    for agency in agencies.iter().take(2) {
        let name = agency.file_name().expect("agency folder name");
        copy_tree(agency, &into.join(name));
    }
}

/// A temporary folder holding [`small_campaign`] as `campaign/`.
fn small_campaign_dir() -> (tempfile::TempDir, std::path::PathBuf) {
    let work = tempfile::tempdir().expect("temp");
    let campaign = work.path().join("campaign");
    small_campaign(&campaign);
    (work, campaign)
}

/// Starts one worker, submits, and waits until that worker holds a lease; returns the worker's
/// index and the campaign id.
fn submit_until_leased(cluster: &mut Cluster, campaign: &Path, worker: &str) -> (usize, String) {
    let index = cluster.start_worker(worker, &[]);
    let campaign_id = cluster.submit(campaign);
    cluster.wait_for_status(&campaign_id, Duration::from_secs(60), |text| {
        n_leases(text) > 0
    });
    (index, campaign_id)
}

/// Fetches the reports into `work/out` and checks that every document is there exactly once;
/// returns the folder.
fn fetch_and_check(
    cluster: &Cluster,
    campaign_id: &str,
    campaign: &Path,
    work: &Path,
) -> std::path::PathBuf {
    let out = work.join("out");
    cluster.fetch(campaign_id, &out);
    assert_complete(campaign, &out);
    out
}

fn count_files(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| {
                    if e.path().is_dir() {
                        count_files(&e.path())
                    } else {
                        1
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Paths of the documents in an agency folder, as a report must list them.
fn agency_documents(agency_dir: &Path) -> BTreeSet<String> {
    worker::read::walk::walk_agency(agency_dir)
        .expect("walk agency")
        .into_iter()
        .map(|entry| entry.rel_path)
        .collect()
}

/// Every document of every agency appears exactly once in its report.
fn assert_complete(campaign: &Path, out: &Path) {
    let found = reports(out);
    let agencies = worker::read::walk::agency_dirs(campaign).expect("list agencies");
    assert_eq!(found.len(), agencies.len(), "one report per agency");
    for ((agency_id, agency_dir), (report_agency, report)) in agencies.iter().zip(found.iter()) {
        assert_eq!(agency_id, report_agency);
        let listed: Vec<String> = report["documents"]
            .as_array()
            .expect("documents array")
            .iter()
            .map(|d| d["path"].as_str().expect("path").to_string())
            .collect();
        let unique: BTreeSet<String> = listed.iter().cloned().collect();
        assert_eq!(
            unique.len(),
            listed.len(),
            "{agency_id}: a document counted twice"
        );
        assert_eq!(
            unique,
            agency_documents(agency_dir),
            "{agency_id}: documents lost or invented"
        );
        assert_eq!(
            report["clauses"].as_array().map(Vec::len),
            Some(28),
            "{agency_id}: all 28 clauses"
        );
    }
}

/// Rows of the LEASES table of `status`.
fn n_leases(status: &str) -> usize {
    status
        .split("\nLEASES\n")
        .nth(1)
        .map(|table| {
            table
                .lines()
                .skip(1)
                .filter(|l| !l.trim().is_empty())
                .count()
        })
        .unwrap_or(0)
}

fn final_counts(cluster: &Cluster, campaign_id: &str) -> (u32, u32) {
    let status = cluster.status(campaign_id);
    let line = status
        .lines()
        .find(|l| l.starts_with(campaign_id))
        .unwrap_or_else(|| panic!("no campaign line in:\n{status}"));
    let documents = line
        .split_whitespace()
        .find(|w| w.contains('/'))
        .expect("documents column");
    let (done, total) = documents.split_once('/').expect("done/total");
    (done.parse().expect("done"), total.parse().expect("total"))
}

fn report_json_bytes(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(out)
        .expect("read out")
        .flatten()
        .filter(|e| e.path().join("report.json").is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path().join("report.json")).expect("read report.json"),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn distributed_campaign_gives_the_same_reports_as_run() {
    let (work, campaign) = small_campaign_dir();

    let mut cluster = Cluster::new(10, 3, 4);
    cluster.start_server();
    cluster.start_worker("w1", &[]);
    cluster.start_worker("w2", &[]);
    let campaign_id = cluster.submit(&campaign);
    cluster.watch(&campaign_id);
    let fetched = work.path().join("fetched");
    cluster.fetch(&campaign_id, &fetched);
    for name in ["campaign.json", "campaign.xlsx", "index.html"] {
        assert!(fetched.join(name).is_file(), "{name} missing");
    }
    for (agency, _) in reports(&fetched) {
        for name in ["report.json", "report.docx", "report.html"] {
            assert!(
                fetched.join(&agency).join(name).is_file(),
                "{agency}/{name} missing"
            );
        }
    }
    assert_complete(&campaign, &fetched);

    // Submitting the same campaign again is idempotent: same id, nothing re-uploaded.
    assert_eq!(cluster.submit(&campaign), campaign_id);

    let local = work.path().join("local");
    let output = run_local(&campaign, &local, &[]);
    assert!(
        output.status.success(),
        "run failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(report_json_bytes(&fetched), report_json_bytes(&local));
    assert_eq!(
        std::fs::read(fetched.join("campaign.json")).expect("campaign.json"),
        std::fs::read(local.join("campaign.json")).expect("campaign.json")
    );
}

#[test]
fn a_worker_killed_mid_lease_loses_nothing() {
    let (work, campaign) = small_campaign_dir();

    let mut cluster = Cluster::new(2, 3, 2);
    cluster.start_server();
    // Kill it while it holds a lease.
    let (doomed, campaign_id) = submit_until_leased(&mut cluster, &campaign, "doomed");
    cluster.kill_worker(doomed);
    cluster.start_worker("survivor", &[]);
    cluster.watch(&campaign_id);
    let (done, total) = final_counts(&cluster, &campaign_id);
    assert_eq!(done, total, "every document counted exactly once");
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}

#[test]
fn a_coordinator_killed_mid_campaign_resumes_after_restart() {
    let (work, campaign) = small_campaign_dir();

    let mut cluster = Cluster::new(3, 3, 2);
    cluster.start_server();
    cluster.start_worker("w1", &[]);
    let campaign_id = cluster.submit(&campaign);
    cluster.wait_for_status(&campaign_id, Duration::from_secs(60), |text| {
        text.lines()
            .find(|l| l.starts_with(campaign_id.as_str()))
            .and_then(|l| l.split_whitespace().find(|w| w.contains('/')))
            .and_then(|d| d.split_once('/'))
            .is_some_and(|(done, total)| done != "0" && done != total)
    });
    cluster.kill_server();
    std::thread::sleep(Duration::from_millis(500));
    cluster.start_server();
    cluster.watch(&campaign_id);
    let (done, total) = final_counts(&cluster, &campaign_id);
    assert_eq!(done, total);
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}

#[test]
fn a_worker_that_hangs_past_its_lease_has_its_late_result_ignored() {
    let (work, campaign) = small_campaign_dir();

    let mut cluster = Cluster::new(2, 5, 4);
    cluster.start_server();
    let (hung, campaign_id) = submit_until_leased(&mut cluster, &campaign, "hung");
    cluster.signal_worker(hung, "STOP");
    cluster.start_worker("healthy", &[]);
    cluster.watch(&campaign_id);
    cluster.signal_worker(hung, "CONT");
    // Give the resumed worker time to try to deliver its stale result.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut log = String::new();
    while std::time::Instant::now() < deadline {
        log = cluster.read_log("hung");
        if log.contains("outcome ignored") || log.contains("lease lost") {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(
        log.contains("outcome ignored") || log.contains("lease lost"),
        "the hung worker's late result was not refused:\n{log}"
    );
    let (done, total) = final_counts(&cluster, &campaign_id);
    assert_eq!(done, total, "the late result was counted twice");
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}

/// A valid PDF with a long content stream: big and slow enough that the supervisor below sees
/// the worker start on it before the worker can finish it.
fn heavy_pdf() -> Vec<u8> {
    let mut content = Vec::new();
    for i in 0..120_000 {
        content.extend_from_slice(
            format!("BT /F1 9 Tf 40 {} Td (dong {i}) Tj ET\n", 800 - (i % 700)).as_bytes(),
        );
    }
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_string(),
    ];
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    offsets.push(pdf.len());
    pdf.extend_from_slice(format!("4 0 obj\n<< /Length {} >>\nstream\n", content.len()).as_bytes());
    pdf.extend_from_slice(&content);
    pdf.extend_from_slice(b"\nendstream\nendobj\n");
    offsets.push(pdf.len());
    pdf.extend_from_slice(
        b"5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n",
    );
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
    );
    for offset in &offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            offsets.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// The coordinator cannot tell a parser crash from any other death of the worker: here a
/// supervisor plays the crashing parser and kills the worker whenever it starts on the poison
/// file, every time, as a file that overflows an in-process parser's stack would.
#[test]
fn a_file_that_kills_the_worker_every_time_is_isolated_and_reported() {
    let (work, campaign) = small_campaign_dir();
    let agency = worker::read::walk::agency_dirs(&campaign).expect("agencies")[0]
        .1
        .clone();
    let poison = "Ho so cu (hong).pdf";
    std::fs::write(agency.join(poison), heavy_pdf()).expect("write the poison file");

    let mut cluster = Cluster::new(2, 2, 4);
    cluster.start_server();
    let mut generation = 0;
    cluster.start_worker("fragile-0", &["--no-isolation"]);
    let campaign_id = cluster.submit(&campaign);
    let deadline = std::time::Instant::now() + Duration::from_secs(240);
    let mut kills = 0;
    loop {
        let log = cluster.read_log(&format!("fragile-{generation}"));
        if log
            .lines()
            .any(|l| l.contains("reading document") && l.contains(poison))
        {
            let last = cluster.workers.len() - 1;
            cluster.kill_worker(last);
            kills += 1;
            generation += 1;
            cluster.start_worker(&format!("fragile-{generation}"), &["--no-isolation"]);
            continue;
        }
        let status = cluster.status(&campaign_id);
        if status
            .lines()
            .any(|l| l.starts_with(campaign_id.as_str()) && l.contains("done"))
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "campaign never finished:\n{status}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // 4 documents → split 2 + 2 → 1 + 1, each unit tried max_attempts = 2 times.
    assert!(
        kills >= 2,
        "the poison file should have been met at least max_attempts times, saw {kills}"
    );
    let out = fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
    let agency_id = agency
        .file_name()
        .expect("agency name")
        .to_string_lossy()
        .into_owned();
    let report: Value = reports(&out)
        .into_iter()
        .find(|(id, _)| *id == agency_id)
        .map(|(_, report)| report)
        .expect("report of the agency with the poison file");
    let documents = report["documents"].as_array().expect("documents");
    let bomb = documents
        .iter()
        .find(|d| d["path"] == poison)
        .expect("the poison file is listed");
    assert_eq!(bomb["status"], "failed");
    let error = bomb["error"].as_str().unwrap_or("");
    assert!(
        error.contains("the worker stopped while reading this file, 2 times"),
        "{error}"
    );
    let analysed = documents
        .iter()
        .filter(|d| d["status"] == "analysed")
        .count();
    assert!(
        analysed > 10,
        "the rest of the agency must complete, only {analysed} analysed"
    );
    // Units the killed workers held ahead never ran: no other file is blamed for the kills.
    for (id, report) in reports(&out) {
        for doc in report["documents"].as_array().expect("documents") {
            let blamed = doc["error"]
                .as_str()
                .is_some_and(|e| e.contains("the worker stopped"));
            assert!(doc["path"] == poison || !blamed, "{id}: {doc}");
        }
    }
}

#[test]
fn calls_without_the_right_token_are_refused() {
    let mut cluster = Cluster::new(10, 3, 4);
    cluster.start_server();
    let url = cluster.url();
    for token_args in [vec![], vec!["--token".to_string(), "wrong".to_string()]] {
        let output = std::process::Command::new(crate::cluster::bin())
            .args(["status", "--coordinator", &url])
            .args(&token_args)
            .env_remove("ISOMIGRATE_TOKEN")
            .output()
            .expect("run status");
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("refused the token"), "{stderr}");
    }
    let output = cluster.cli(&["status"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A private CA and a coordinator certificate for 127.0.0.1 signed by it, made with the openssl
/// command (as the README tells a firm's IT person to do); None when openssl is not installed.
/// Returns (ca.pem, cert.pem, key.pem).
fn private_ca_and_certificate(
    dir: &Path,
) -> Option<(std::path::PathBuf, std::path::PathBuf, std::path::PathBuf)> {
    let ca = dir.join("ca.pem");
    let ca_key = dir.join("ca.key");
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    let csr = dir.join("server.csr");
    let ext = dir.join("server.ext");
    std::fs::write(
        &ext,
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .ok()?;
    let run = |args: &[&std::ffi::OsStr]| {
        std::process::Command::new("openssl")
            .args(args)
            .output()
            .ok()
            .is_some_and(|o| o.status.success())
    };
    let os = |s: &'static str| std::ffi::OsStr::new(s);
    let made = run(&[
        os("req"),
        os("-x509"),
        os("-newkey"),
        os("rsa:2048"),
        os("-nodes"),
        os("-days"),
        os("2"),
        os("-subj"),
        os("/CN=isomigrate test CA"),
        os("-keyout"),
        ca_key.as_os_str(),
        os("-out"),
        ca.as_os_str(),
    ]) && run(&[
        os("req"),
        os("-newkey"),
        os("rsa:2048"),
        os("-nodes"),
        os("-subj"),
        os("/CN=coordinator"),
        os("-keyout"),
        key.as_os_str(),
        os("-out"),
        csr.as_os_str(),
    ]) && run(&[
        os("x509"),
        os("-req"),
        os("-in"),
        csr.as_os_str(),
        os("-CA"),
        ca.as_os_str(),
        os("-CAkey"),
        ca_key.as_os_str(),
        os("-CAcreateserial"),
        os("-days"),
        os("2"),
        os("-extfile"),
        ext.as_os_str(),
        os("-out"),
        cert.as_os_str(),
    ]);
    made.then_some((ca, cert, key))
}

#[test]
fn tls_with_a_private_ca_works_and_plain_or_unknown_ca_clients_are_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let Some((ca, cert, key)) = private_ca_and_certificate(dir.path()) else {
        println!("skipped: the openssl command is not installed");
        return;
    };
    let port = crate::cluster::free_port();
    let mut server = std::process::Command::new(crate::cluster::bin())
        .args(["server", "--listen", &format!("127.0.0.1:{port}")])
        .arg("--data")
        .arg(dir.path().join("data"))
        .arg("--tls-cert")
        .arg(&cert)
        .arg("--tls-key")
        .arg(&key)
        .args(["--token", "tls-token"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start the coordinator");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "coordinator did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let status = |url: &str, ca: Option<&Path>| {
        let mut command = std::process::Command::new(crate::cluster::bin());
        command.args(["status", "--coordinator", url, "--token", "tls-token"]);
        if let Some(ca) = ca {
            command.arg("--ca").arg(ca);
        }
        command.output().expect("run status")
    };
    let https = format!("https://127.0.0.1:{port}");
    let trusted = status(&https, Some(&ca));
    let untrusted = status(&https, None);
    let plain = status(&format!("http://127.0.0.1:{port}"), None);
    let _ = server.kill();
    let _ = server.wait();
    assert!(
        trusted.status.success(),
        "{}",
        String::from_utf8_lossy(&trusted.stderr)
    );
    assert!(String::from_utf8_lossy(&trusted.stdout).contains("CAMPAIGNS"));
    assert!(
        !untrusted.status.success(),
        "a client without the CA must not connect"
    );
    assert!(
        !plain.status.success(),
        "a plain-text client must not connect"
    );
}

#[test]
fn a_worker_given_sigterm_hands_its_lease_back_or_finishes() {
    let (work, campaign) = small_campaign_dir();
    // A long lease: if the stopped worker kept its lease, the campaign would stall for 5 minutes.
    let mut cluster = Cluster::new(300, 3, 4);
    cluster.start_server();
    let (first, campaign_id) = submit_until_leased(&mut cluster, &campaign, "stopping");
    cluster.signal_worker(first, "TERM");
    let exited = {
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(Ok(Some(status))) = cluster.workers.get_mut(first).map(|w| w.try_wait()) {
                break status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the worker did not stop on SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    assert!(
        exited.success(),
        "the worker should exit cleanly on SIGTERM: {exited:?}"
    );
    let text = cluster.status(&campaign_id);
    assert_eq!(
        n_leases(&text),
        0,
        "no lease may stay with a stopped worker:\n{text}"
    );
    cluster.start_worker("next", &[]);
    cluster.watch(&campaign_id);
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}

#[test]
fn a_client_killed_mid_upload_resumes_by_submitting_again() {
    let (work, campaign) = small_campaign_dir();
    // A large (and unreadable) scan keeps the upload going long enough to be interrupted.
    let agency = worker::read::walk::agency_dirs(&campaign).expect("agencies")[1]
        .1
        .clone();
    let noise: Vec<u8> = (0..40_000_000_u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(agency.join("ban-scan-lon.pdf"), noise).expect("write the large file");

    let mut cluster = Cluster::new(10, 3, 2);
    cluster.start_server();
    cluster.start_worker("w1", &[]);
    let mut client = std::process::Command::new(crate::cluster::bin())
        .arg("submit")
        .arg(&campaign)
        .args(["--coordinator", &cluster.url()])
        .arg("--token-file")
        .arg(&cluster.token_file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start submit");
    // The coordinator has the campaign as soon as the manifest arrives, before the uploads.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !cluster.read_log("server").contains("campaign submitted") {
        assert!(
            std::time::Instant::now() < deadline,
            "no submission:\n{}",
            cluster.read_log("server")
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = client.kill();
    let _ = client.wait();
    let campaign_id = cluster
        .read_log("server")
        .lines()
        .find(|l| l.contains("campaign submitted"))
        .and_then(|l| l.split("campaign_id=").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .expect("campaign id in the coordinator log")
        .to_string();
    let status = cluster.status(&campaign_id);
    let interrupted = status
        .lines()
        .find(|l| l.starts_with(campaign_id.as_str()))
        .and_then(|l| l.split_whitespace().last())
        .is_some_and(|to_upload| to_upload != "0");
    eprintln!("upload interrupted with documents still to upload: {interrupted}");

    // Running the same submit again resumes: same campaign, only what is missing is sent.
    assert_eq!(cluster.submit(&campaign), campaign_id);
    cluster.watch(&campaign_id);
    let (done, total) = final_counts(&cluster, &campaign_id);
    assert_eq!(done, total, "every document counted exactly once");
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}

/// An agency of three sample documents and, last in the folder, a scanned-size PDF too large to
/// come inline with the lease: the unit is read in two batches (inline documents, then the
/// fetched one). The worker leases its next unit ahead once per unit, so the second batch must
/// not start a second lease ahead.
#[test]
fn a_unit_with_a_document_too_large_to_come_inline_completes() {
    let work = tempfile::tempdir().expect("temp");
    let campaign = work.path().join("campaign");
    let samples = repo_root().join("samples");
    let agency = campaign.join("so-tu-phap");
    std::fs::create_dir_all(agency.join("Quy trinh he thong")).expect("create agency");
    std::fs::copy(
        samples.join("campaign.toml"),
        campaign.join("campaign.toml"),
    )
    .expect("campaign.toml");
    for name in [
        "agency.toml",
        "tthc.csv",
        "Quy trinh he thong/QT-HT-01 Kiem soat thong tin dang van ban.docx",
        "Quy trinh he thong/QT-HT-02 Quan ly rui ro va co hoi.pdf",
        "Quy trinh he thong/QT-HT-03 Danh gia noi bo.docx",
    ] {
        std::fs::copy(samples.join("so-tu-phap").join(name), agency.join(name)).expect(name);
    }
    // 4.5 MiB: more than a lease carries inline (4 MiB).
    let mut scan = b"%PDF-1.4\n".to_vec();
    scan.extend((0..4_700_000_u32).map(|i| (i % 251) as u8));
    scan.extend_from_slice(b"\n%%EOF\n");
    std::fs::write(agency.join("zz Ban scan ho so.pdf"), scan).expect("write the scan");

    let out = work.path().join("out");
    let output = run_local(&campaign, &out, &["--workers", "1"]);
    assert!(output.status.success(), "run failed: {}", output.status);
    assert_complete(&campaign, &out);
    let (_, report) = reports(&out).pop().expect("the agency's report");
    let scan = report["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .find(|d| d["path"] == "zz Ban scan ho so.pdf")
        .expect("the large scan is listed");
    assert_eq!(scan["status"], "failed", "{scan}");
}

/// A bug that panics inside a worker slot costs the unit an attempt, not the campaign: the slot
/// reports the unit failed and goes on, the coordinator retries it, and `run` completes with
/// every document counted once. (The failpoint exists in test builds only: every unit's first
/// attempt panics.)
#[test]
fn a_panic_in_a_worker_slot_fails_the_unit_and_the_campaign_completes() {
    let (work, campaign) = small_campaign_dir();
    let out = work.path().join("out");
    let output = run_local_with_env(
        &campaign,
        &out,
        &["--workers", "1"],
        &[("ISOMIGRATE_FAILPOINT_SLOT_PANIC", "1")],
    );
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "run failed: {}\n{log}",
        output.status
    );
    assert!(
        log.contains("internal error on this unit"),
        "the panic is logged: {log}"
    );
    assert_complete(&campaign, &out);
}

/// The next unit is leased while the current one's last documents are read, and is heartbeated
/// from the moment it arrives. Here three slow documents end agency A's unit and take longer
/// than the lease's two seconds to live, while agency B's unit is the one leased ahead: it must
/// still be this worker's when its turn comes (no lease lost, no second attempt).
#[test]
fn a_unit_leased_ahead_outlives_slow_documents_before_it() {
    let work = tempfile::tempdir().expect("temp");
    let samples = repo_root().join("samples");
    let from = samples.join("so-tu-phap").join("Quy trinh he thong");
    let heavy = heavy_pdf();
    let mut cluster = Cluster::new(2, 3, 5);
    cluster.start_server();
    let worker = cluster.start_worker("steady", &[]);

    // The slow PDF is uploaded (and read) once beforehand, so that in the campaign below both
    // units are ready together, after the first upload, and are leased in manifest order.
    let warm = work.path().join("warm");
    std::fs::create_dir_all(warm.join("a-so-cham")).expect("create agency");
    std::fs::write(warm.join("a-so-cham").join("Bao cao.pdf"), &heavy).expect("write");
    let warm_id = cluster.submit(&warm);
    cluster.watch(&warm_id);

    let campaign = work.path().join("campaign");
    let (slow, steady) = (campaign.join("a-so-cham"), campaign.join("b-so-nhanh"));
    for dir in [&slow, &steady] {
        std::fs::create_dir_all(dir).expect("create agency");
    }
    let docs = [
        "QT-HT-01 Kiem soat thong tin dang van ban.docx",
        "QT-HT-02 Quan ly rui ro va co hoi.pdf",
        "QT-HT-03 Danh gia noi bo.docx",
        "QT-HT-04 Kiem soat su khong phu hop va hanh.docx",
        "QT-HT-05 Hanh dong phong ngua.pdf",
    ];
    for name in &docs[..2] {
        std::fs::copy(from.join(name), slow.join(name)).expect(name);
    }
    // After the two small ones in path order: the unit's last three documents, about a second
    // each in a debug build.
    for name in ["Z1 Bao cao.pdf", "Z2 Bao cao.pdf", "Z3 Bao cao.pdf"] {
        std::fs::write(slow.join(name), &heavy).expect("write a slow PDF");
    }
    for name in &docs[2..] {
        std::fs::copy(from.join(name), steady.join(name)).expect(name);
    }
    let campaign_id = cluster.submit(&campaign);
    cluster.watch(&campaign_id);
    let log = cluster.read_log("steady");
    let (done, total) = final_counts(&cluster, &campaign_id);
    assert_eq!(done, total);
    let b_unit = log
        .lines()
        .filter(|line| line.contains("agency_id=b-so-nhanh"))
        .collect::<Vec<_>>();
    assert!(!b_unit.is_empty(), "agency B was read: {log}");
    assert!(!log.contains("lease lost"), "a lease was lost:\n{log}");
    assert!(
        !log.contains("attempt=2"),
        "a unit was leased twice:\n{log}"
    );
    cluster.kill_worker(worker);
    fetch_and_check(&cluster, &campaign_id, &campaign, work.path());
}
