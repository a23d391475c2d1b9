//! Campaign benchmark: the distributed path (`isomigrate run`, and `server`, `worker`, `submit`,
//! `watch` as separate processes) against the library called directly, on a generated campaign
//! of a few thousand documents, so that worker scaling, coordinator overhead and memory rest on
//! figures measured in the same run.
//!
//! `cargo bench -p cli --bench campaign`. The campaign is built from the agencies of `samples/`
//! (or `ISOMIGRATE_BENCH_DIR`), copied `ISOMIGRATE_BENCH_COPIES` times (default 20) as
//! `<agency>-NN`, each copy's files made distinct (an extra custom XML part in DOCX, a comment
//! after `%%EOF` in PDF, a trailing line elsewhere) so the coordinator cannot store them once.
//! The memory comparison also builds a campaign of `ISOMIGRATE_BENCH_SMALL_COPIES` copies
//! (default 5) and one of `ISOMIGRATE_BENCH_MEMORY_COPIES` copies (default 80, about 9,000
//! documents and 330 MB; 0 leaves it out), built after the timed rounds and removed after use. `ISOMIGRATE_BENCH_ROUNDS` (default 3) timed rounds of each throughput
//! configuration run interleaved while they fit `ISOMIGRATE_BENCH_BUDGET_SECS` (default 240);
//! the median is reported. `ISOMIGRATE_BENCH_BIN` measures another build of the binary.
//!
//! Beside wall time, each pass's CPU time (user + system, of every process it ran: on Linux,
//! from `/proc/self/stat`) is reported: wall time on a shared machine is noisy, CPU time much
//! less, and the CPU that `run --workers 2` needs bounds the speed-up any scheduling can give on
//! this machine's cores.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use worker::analyse::{self, DocumentResult};
use worker::read::{Limits, read_bytes, sniff_format, walk};
use worker::report::{self, AgencyInfo, CampaignInfo, Lang, Report};

/// The program under test, built by cargo in the same profile as this bench;
/// `ISOMIGRATE_BENCH_BIN` runs another build of it instead (to compare a change).
fn isomigrate() -> PathBuf {
    std::env::var_os("ISOMIGRATE_BENCH_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_isomigrate")))
}

/// A run still going after this long is stopped and reported as failed (a hang, not a figure).
const RUN_TIMEOUT: Duration = Duration::from_secs(900);

/// How often the memory sampler looks at `/proc`.
const SAMPLE_EVERY: Duration = Duration::from_millis(50);

/// The part added to every copied DOCX; `.xml` parts are typed by the `Default` entry of
/// `[Content_Types].xml`, so the package stays valid.
const BENCH_PART: &str = "docProps/custom-bench.xml";

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|v| *v > 0)
        .unwrap_or(default)
}

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let source = std::env::var_os("ISOMIGRATE_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace.join("samples"));
    let copies = env_usize("ISOMIGRATE_BENCH_COPIES", 20);
    let small_copies = env_usize("ISOMIGRATE_BENCH_SMALL_COPIES", 5).min(copies);
    let rounds = env_usize("ISOMIGRATE_BENCH_ROUNDS", 3);
    let budget = Duration::from_secs(env_usize("ISOMIGRATE_BENCH_BUDGET_SECS", 240) as u64);

    let scratch = match tempfile::Builder::new()
        .prefix("isomigrate-bench-")
        .tempdir()
    {
        Ok(dir) => dir,
        Err(e) => {
            println!("cannot create a temporary folder: {e}");
            return;
        }
    };
    let big_dir = scratch.path().join("campaign-big");
    let small_dir = scratch.path().join("campaign-small");
    let generated = replicate(&source, &big_dir, copies)
        .and_then(|big| replicate(&source, &small_dir, small_copies).map(|small| (big, small)));
    let (big, small) = match generated {
        Ok(sizes) => sizes,
        Err(e) => {
            println!("cannot build the campaign from {}: {e}", source.display());
            return;
        }
    };
    println!(
        "campaign: {} × the agencies of {} = {} agencies, {} files ({:.1} MB, {} distinct contents); small campaign: {} agencies, {} files",
        copies,
        source.display(),
        big.n_agencies,
        big.n_files,
        big.n_bytes as f64 / 1e6,
        big.n_distinct,
        small.n_agencies,
        small.n_files
    );
    println!(
        "binary {}; {} CPUs; load average before: {}",
        isomigrate().display(),
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average()
    );

    let plan = match cli::campaign_dir::scan(&big_dir, "vi") {
        Ok(plan) => plan,
        Err(e) => {
            println!("cannot scan the generated campaign: {e:#}");
            return;
        }
    };

    // One untimed pass of each kind first: page cache, the binary, lazily built tables.
    let warm_out = scratch.path().join("warm");
    let warm = direct(&big_dir, &plan, &warm_out);
    println!(
        "direct reference: {} documents, {} read, {} agencies",
        warm.n_docs, warm.n_read_ok, warm.n_agencies
    );
    let _ = std::fs::remove_dir_all(&warm_out);
    let warm_run = run_binary(
        &big_dir,
        &scratch.path().join("warm-run"),
        &["--workers", "2"],
    );
    if let Err(e) = &warm_run {
        println!("isomigrate run failed: {e}");
        return;
    }
    let _ = std::fs::remove_dir_all(scratch.path().join("warm-run"));

    let configs: [(&str, &[&str]); 3] = [
        ("run --workers 1", &["--workers", "1"]),
        ("run --workers 2", &["--workers", "2"]),
        (
            "run --workers 1 --no-isolation",
            &["--workers", "1", "--no-isolation"],
        ),
    ];
    let mut direct_times: Vec<Timing> = Vec::with_capacity(rounds);
    let mut run_times: Vec<Vec<Timing>> = vec![Vec::with_capacity(rounds); configs.len()];
    let mut identical = None;
    let throughput_start = Instant::now();
    for round in 0..rounds {
        // Further rounds only while they fit the time budget (a slow product must not make the
        // bench take an hour); the first round always runs.
        let elapsed = throughput_start.elapsed();
        if round > 0 && elapsed + elapsed / round as u32 > budget {
            println!(
                "{round} of {rounds} rounds run: another would pass the {}-s budget (ISOMIGRATE_BENCH_BUDGET_SECS)",
                budget.as_secs()
            );
            break;
        }
        let out = scratch.path().join(format!("direct-{round}"));
        direct_times.push(direct(&big_dir, &plan, &out).timing);
        for (i, (name, args)) in configs.iter().enumerate() {
            let run_out = scratch.path().join(format!("run-{round}-{i}"));
            match run_binary(&big_dir, &run_out, args) {
                Ok(elapsed) => run_times[i].push(elapsed),
                Err(e) => println!("{name}: {e}"),
            }
            if round == 0 && i == 0 {
                identical = Some(compare_outputs(&out, &run_out, &plan));
            }
            let _ = std::fs::remove_dir_all(&run_out);
        }
        let _ = std::fs::remove_dir_all(&out);
    }

    let memory_copies = env_usize("ISOMIGRATE_BENCH_MEMORY_COPIES", 80);
    let mut campaigns = vec![
        ("small", small, small_dir.clone(), true),
        ("large", big, big_dir.clone(), false),
    ];
    if memory_copies > copies {
        let huge_dir = scratch.path().join("campaign-memory");
        match replicate(&source, &huge_dir, memory_copies) {
            Ok(huge) => campaigns.push(("larger", huge, huge_dir, false)),
            Err(e) => println!("cannot build the memory campaign: {e}"),
        }
    }
    let memory = campaigns
        .iter()
        .map(|(label, generated, dir, probe)| {
            let state = scratch.path().join(format!("cluster-{label}"));
            let measured = distributed(dir, &state, *probe);
            if let Err(e) = &measured {
                println!("distributed run of {} failed: {e}", dir.display());
            }
            let _ = std::fs::remove_dir_all(&state);
            (*label, *generated, measured.ok())
        })
        .collect::<Vec<_>>();
    if let Some((_, _, dir, _)) = campaigns.get(2) {
        let _ = std::fs::remove_dir_all(dir);
    }

    print_throughput(&big, &direct_times, &configs, &run_times, identical);
    print_memory(&memory);
    if let Some(probe) = memory
        .first()
        .and_then(|(_, _, m)| m.as_ref())
        .and_then(|m| m.probe.as_ref())
    {
        print_probe(probe, &big, &walls(&direct_times), &walls(&run_times[0]));
    }
    println!("load average after: {}", load_average());
}

/// What was generated.
#[derive(Debug, Default, Clone, Copy)]
struct Generated {
    n_agencies: usize,
    n_files: usize,
    n_bytes: u64,
    n_distinct: usize,
}

/// Copies every agency of `source` `copies` times into `dest` as `<agency>-NN`, making each
/// copy's documents distinct but still readable.
fn replicate(source: &Path, dest: &Path, copies: usize) -> std::io::Result<Generated> {
    std::fs::create_dir_all(dest)?;
    let campaign_toml = source.join("campaign.toml");
    if campaign_toml.is_file() {
        std::fs::copy(&campaign_toml, dest.join("campaign.toml"))?;
    }
    let agencies = walk::agency_dirs(source)?;
    let mut generated = Generated::default();
    let mut hashes = std::collections::HashSet::new();
    for copy in 1..=copies {
        for (id, dir) in &agencies {
            let target = dest.join(format!("{id}-{copy:02}"));
            copy_tree(dir, &target, true, copy, &mut generated, &mut hashes)?;
            generated.n_agencies += 1;
        }
    }
    generated.n_distinct = hashes.len();
    Ok(generated)
}

fn copy_tree(
    from: &Path,
    to: &Path,
    at_root: bool,
    copy: usize,
    generated: &mut Generated,
    hashes: &mut std::collections::HashSet<u64>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&path, &target, false, copy, generated, hashes)?;
            continue;
        }
        let name = entry.file_name().to_string_lossy().to_lowercase();
        let bytes = std::fs::read(&path)?;
        // The agency's settings files are copied as they are; they are not documents.
        let out = if at_root && (name == "agency.toml" || name == "tthc.csv") {
            bytes
        } else {
            generated.n_files += 1;
            let distinct = distinct_copy(&name, bytes, copy);
            generated.n_bytes += distinct.len() as u64;
            hashes.insert(fingerprint(&distinct));
            distinct
        };
        std::fs::write(&target, out)?;
    }
    Ok(())
}

/// A fast content fingerprint, only to count distinct files in the report line.
fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// The file as copy number `copy`: DOCX gets an extra part, anything else (PDF included: readers
/// ignore what follows `%%EOF`) a trailing comment line. A DOCX that is not a valid zip stays
/// invalid, with the marker appended.
fn distinct_copy(name: &str, bytes: Vec<u8>, copy: usize) -> Vec<u8> {
    if name.ends_with(".docx")
        && let Ok(rewritten) = docx_with_marker(&bytes, copy)
    {
        return rewritten;
    }
    let mut bytes = bytes;
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(format!("%bench {copy:02}\n").as_bytes());
    bytes
}

fn docx_with_marker(bytes: &[u8], copy: usize) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 512)));
    for i in 0..archive.len() {
        writer.raw_copy_file(archive.by_index_raw(i)?)?;
    }
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    writer.start_file(BENCH_PART, options)?;
    writer.write_all(
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bench xmlns=\"urn:isomigrate:bench\"><copy>{copy:02}</copy></bench>\n"
        )
        .as_bytes(),
    )?;
    Ok(writer.finish()?.into_inner())
}

/// One pass of the direct library path.
struct Direct {
    timing: Timing,
    n_docs: usize,
    n_read_ok: usize,
    n_agencies: usize,
}

/// The same job as `run`, with no coordinator, no child process and one thread: read and
/// analyse every document, assemble and render each agency, render the overview, write the
/// files `run` writes.
fn direct(campaign: &Path, plan: &cli::campaign_dir::CampaignPlan, out: &Path) -> Direct {
    let manifest = &plan.manifest;
    let limits = Limits::default();
    let lang = Lang::Vi;
    let info = CampaignInfo {
        name: manifest.name.clone(),
        year: manifest.year,
        province: manifest.province.clone(),
    };
    let (mut n_docs, mut n_read_ok) = (0, 0);
    let cpu_before = cpu_times();
    let start = Instant::now();
    let mut reports: Vec<Report> = Vec::with_capacity(manifest.agencies.len());
    for agency in &manifest.agencies {
        let dir = campaign.join(&agency.id);
        let Ok(files) = walk::walk_agency(&dir) else {
            println!("direct: cannot list {}", dir.display());
            continue;
        };
        let mut results: Vec<DocumentResult> = Vec::with_capacity(files.len());
        for file in files {
            let bytes = std::fs::read(&file.abs_path).unwrap_or_default();
            let format = sniff_format(&file.rel_path, &bytes);
            let read = read_bytes(&file.rel_path, &bytes, &limits).map(|(_, doc)| doc);
            n_docs += 1;
            n_read_ok += usize::from(read.is_ok());
            results.push(analyse::analyse_document(&file.rel_path, format, read));
        }
        let tthc = std::fs::read(dir.join("tthc.csv")).ok();
        let report = analyse::assemble_report(
            AgencyInfo {
                id: agency.id.clone(),
                name: agency.name.clone(),
                level: agency.level.clone(),
            },
            results,
            tthc.as_deref(),
            manifest.year,
            lang,
        );
        let agency_out = out.join(&agency.id);
        let written = std::fs::create_dir_all(&agency_out)
            .and_then(|()| {
                std::fs::write(
                    agency_out.join("report.json"),
                    report::json::render(&report),
                )
            })
            .and_then(|()| {
                let docx = report::docx::render(&report).unwrap_or_default();
                std::fs::write(agency_out.join("report.docx"), docx)
            })
            .and_then(|()| {
                std::fs::write(
                    agency_out.join("report.html"),
                    report::html::render(&report),
                )
            });
        if let Err(e) = written {
            println!("direct: cannot write {}: {e}", agency_out.display());
        }
        reports.push(report);
    }
    reports.sort_by(|a, b| a.agency.id.cmp(&b.agency.id));
    if let Err(e) = cli::fetch::write_campaign_files(out, &info, &reports) {
        println!("direct: cannot write the overview: {e:#}");
    }
    let elapsed = start.elapsed();
    let cpu = cpu_before
        .zip(cpu_times())
        .map(|(before, after)| after.own.saturating_sub(before.own));
    Direct {
        timing: Timing { wall: elapsed, cpu },
        n_docs,
        n_read_ok,
        n_agencies: reports.len(),
    }
}

/// How many agencies' `report.json` are byte-identical between the direct path and `run`.
fn compare_outputs(
    direct_out: &Path,
    run_out: &Path,
    plan: &cli::campaign_dir::CampaignPlan,
) -> (usize, usize) {
    let mut same = 0;
    for agency in &plan.manifest.agencies {
        let a = std::fs::read(direct_out.join(&agency.id).join("report.json"));
        let b = std::fs::read(run_out.join(&agency.id).join("report.json"));
        if let (Ok(a), Ok(b)) = (a, b)
            && a == b
        {
            same += 1;
        }
    }
    (same, plan.manifest.agencies.len())
}

/// Wall time of one measured pass, and the CPU time (user + system) of every process it ran.
#[derive(Debug, Clone, Copy, Default)]
struct Timing {
    wall: Duration,
    /// `None` where `/proc` cannot tell (not Linux).
    cpu: Option<Duration>,
}

/// CPU time of this process and of its waited-for descendants, from `/proc/self/stat`.
#[derive(Debug, Clone, Copy)]
struct CpuTimes {
    own: Duration,
    children: Duration,
}

/// Reads `/proc/self/stat`. A child's time is counted there once it has been waited for, with
/// the time of its own waited-for children (`isomigrate run` reaps its reader children before it
/// exits), so the difference around one `run` is the CPU of the whole embedded cluster.
fn cpu_times() -> Option<CpuTimes> {
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15, cutime
    // 16, cstime 17 (proc(5)); all in clock ticks of USER_HZ, 100 on Linux.
    const TICKS_PER_SECOND: u64 = 100;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |field: usize| fields.get(field - 3)?.parse::<u64>().ok();
    let duration = |t: u64| Duration::from_millis(t * 1000 / TICKS_PER_SECOND);
    Some(CpuTimes {
        own: duration(ticks(14)? + ticks(15)?),
        children: duration(ticks(16)? + ticks(17)?),
    })
}

/// Runs `isomigrate run CAMPAIGN --out OUT --no-progress ARGS` and returns its wall time and the
/// CPU time of the whole run (coordinator, worker, client and reader children).
fn run_binary(campaign: &Path, out: &Path, args: &[&str]) -> Result<Timing, String> {
    let cpu_before = cpu_times();
    let start = Instant::now();
    let child = Command::new(isomigrate())
        .arg("run")
        .arg(campaign)
        .arg("--out")
        .arg(out)
        .arg("--no-progress")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", isomigrate().display()))?;
    let (status, stderr) = wait_with_timeout(child, RUN_TIMEOUT)?;
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(format!("exited with {status}: {}", tail(&stderr)));
    }
    if !out.join("campaign.json").is_file() {
        return Err("no campaign.json written".into());
    }
    let cpu = cpu_before
        .zip(cpu_times())
        .map(|(before, after)| after.children.saturating_sub(before.children));
    Ok(Timing { wall: elapsed, cpu })
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(5)..].join(" | ")
}

/// Waits for a child, draining its stderr; stops it after `limit`.
fn wait_with_timeout(mut child: Child, limit: Duration) -> Result<(ExitStatus, String), String> {
    let stderr = child.stderr.take().map(|pipe| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut BufReader::new(pipe), &mut text);
            text
        })
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("did not finish within {limit:?}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("cannot wait for the child: {e}")),
        }
    };
    let text = stderr
        .and_then(|handle| handle.join().ok())
        .unwrap_or_default();
    Ok((status, text))
}

/// Peak resident memory (kB) of the coordinator, the worker and its largest reader child, and
/// the phases' wall times, for one campaign run through separate processes.
struct Cluster {
    server_kb: u64,
    worker_kb: u64,
    child_kb: u64,
    n_children: usize,
    submit: Duration,
    watch: Duration,
    probe: Option<Probe>,
}

/// A process started by this bench, stopped (by its id) when dropped.
struct Started {
    child: Child,
}

impl Started {
    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGTERM first (the worker hands back leases and stops its readers), SIGKILL after 10 s.
    fn stop(&mut self) {
        if let Ok(Some(_)) = self.child.try_wait() {
            return;
        }
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.pid().to_string())
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Started {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `server` and `worker --concurrency 2` as separate processes, `submit`, `watch`, with the
/// processes' peak memory sampled from `/proc` throughout.
fn distributed(campaign: &Path, state: &Path, probe: bool) -> Result<Cluster, String> {
    let data = state.join("data");
    std::fs::create_dir_all(&data).map_err(|e| format!("create {}: {e}", data.display()))?;
    let mut server = Started {
        child: Command::new(isomigrate())
            .args(["server", "--listen", "127.0.0.1:0", "--data"])
            .arg(&data)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?,
    };
    let address = listening_address(&mut server.child)?;
    let coordinator = format!("http://{address}");
    let worker = Started {
        child: Command::new(isomigrate())
            .args([
                "worker",
                "--coordinator",
                &coordinator,
                "--concurrency",
                "2",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start the worker: {e}"))?,
    };

    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let stop = stop.clone();
        let (server_pid, worker_pid) = (server.pid(), worker.pid());
        std::thread::spawn(move || sample_memory(server_pid, worker_pid, &stop))
    };

    let start = Instant::now();
    let submitted = Command::new(isomigrate())
        .arg("submit")
        .arg(campaign)
        .args(["--coordinator", &coordinator])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run submit: {e}"))?;
    let submit = start.elapsed();
    let stdout = String::from_utf8_lossy(&submitted.stdout);
    let campaign_id = stdout.lines().last().unwrap_or("").trim().to_string();
    if !submitted.status.success() || campaign_id.is_empty() {
        stop.store(true, Ordering::Relaxed);
        return Err(format!("submit failed ({})", submitted.status));
    }
    let start = Instant::now();
    let watch = Command::new(isomigrate())
        .args([
            "watch",
            &campaign_id,
            "--coordinator",
            &coordinator,
            "--no-progress",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run watch: {e}"))?;
    let (status, stderr) = wait_with_timeout(watch, RUN_TIMEOUT)?;
    let watch = start.elapsed();
    // The peaks are read while everything is still alive, then the processes are stopped.
    stop.store(true, Ordering::Relaxed);
    let probe = if probe {
        match probe_rpcs(&coordinator, campaign) {
            Ok(probe) => Some(probe),
            Err(e) => {
                println!("RPC probe failed: {e}");
                None
            }
        }
    } else {
        None
    };
    let peaks = sampler
        .join()
        .map_err(|_| "the memory sampler panicked".to_string())?;
    drop(worker);
    drop(server);
    if !status.success() {
        return Err(format!("watch exited with {status}: {}", tail(&stderr)));
    }
    Ok(Cluster {
        server_kb: peaks.server_kb,
        worker_kb: peaks.worker_kb,
        child_kb: peaks.children.values().copied().max().unwrap_or(0),
        n_children: peaks.children.len(),
        submit,
        watch,
        probe,
    })
}

/// Reads the server's stderr up to its "listening on ADDRESS," line, then keeps draining it.
fn listening_address(server: &mut Child) -> Result<String, String> {
    let pipe = server
        .stderr
        .take()
        .ok_or_else(|| "no server stderr".to_string())?;
    let mut reader = BufReader::new(pipe);
    let mut line = String::new();
    let address = loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return Err("the server stopped before listening".into()),
            Ok(_) => {}
        }
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest
                .split([',', ' ', '\n'])
                .next()
                .unwrap_or("")
                .to_string();
        }
    };
    std::thread::spawn(move || {
        let mut sink = String::new();
        while reader.read_line(&mut sink).is_ok_and(|n| n > 0) {
            sink.clear();
        }
    });
    Ok(address)
}

#[derive(Default)]
struct Peaks {
    server_kb: u64,
    worker_kb: u64,
    /// Peak per reader child pid (a restarted child is a new pid).
    children: BTreeMap<u32, u64>,
}

fn sample_memory(server_pid: u32, worker_pid: u32, stop: &AtomicBool) -> Peaks {
    let mut peaks = Peaks::default();
    loop {
        // One last sample after the stop flag, while the processes are still alive.
        let last = stop.load(Ordering::Relaxed);
        peaks.server_kb = peaks.server_kb.max(vm_hwm(server_pid).unwrap_or(0));
        peaks.worker_kb = peaks.worker_kb.max(vm_hwm(worker_pid).unwrap_or(0));
        for pid in children_of(worker_pid) {
            if let Some(kb) = vm_hwm(pid) {
                let peak = peaks.children.entry(pid).or_insert(0);
                *peak = (*peak).max(kb);
            }
        }
        if last {
            return peaks;
        }
        std::thread::sleep(SAMPLE_EVERY);
    }
}

/// `VmHWM` (peak resident set) of a process in kB.
fn vm_hwm(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The reader children of the worker: processes whose parent is the worker and whose command
/// line is `isomigrate __read-child`.
fn children_of(parent: u32) -> Vec<u32> {
    let mut pids = Vec::new();
    // The kernel lists direct children per thread; the worker spawns readers from blocking threads.
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{parent}/task")) else {
        return pids;
    };
    for task in tasks.flatten() {
        let Ok(list) = std::fs::read_to_string(task.path().join("children")) else {
            continue;
        };
        for pid in list
            .split_whitespace()
            .filter_map(|p| p.parse::<u32>().ok())
        {
            let is_reader = std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|cmd| cmd.split(|b| *b == 0).any(|arg| arg == b"__read-child"));
            if is_reader && !pids.contains(&pid) {
                pids.push(pid);
            }
        }
    }
    pids
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

fn median(values: &[Duration]) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort();
    match sorted.len() {
        0 => Duration::ZERO,
        n if n % 2 == 1 => sorted[n / 2],
        n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    }
}

fn spread(values: &[Duration]) -> String {
    let secs: Vec<String> = values
        .iter()
        .map(|d| format!("{:.2}", d.as_secs_f64()))
        .collect();
    secs.join(" ")
}

/// The wall times of measured passes.
fn walls(timings: &[Timing]) -> Vec<Duration> {
    timings.iter().map(|t| t.wall).collect()
}

/// The median CPU time of measured passes, when every pass could be measured.
fn median_cpu(timings: &[Timing]) -> Option<Duration> {
    let cpu: Option<Vec<Duration>> = timings.iter().map(|t| t.cpu).collect();
    cpu.filter(|c| !c.is_empty()).map(|c| median(&c))
}

fn print_throughput(
    campaign: &Generated,
    direct_timings: &[Timing],
    configs: &[(&str, &[&str])],
    run_timings: &[Vec<Timing>],
    identical: Option<(usize, usize)>,
) {
    let n = campaign.n_files as f64;
    let direct_times = walls(direct_timings);
    let run_times: Vec<Vec<Duration>> = run_timings.iter().map(|t| walls(t)).collect();
    let direct = median(&direct_times);
    let medians: Vec<Duration> = run_times.iter().map(|t| median(t)).collect();
    println!();
    println!(
        "throughput on {} documents, {} agencies (median of {} rounds; all rounds in s)",
        campaign.n_files,
        campaign.n_agencies,
        direct_times.len()
    );
    println!(
        "{:<34} {:>9} {:>9} {:>12}  rounds",
        "path", "wall s", "docs/s", "vs direct"
    );
    let row = |name: &str, elapsed: Duration, all: &[Duration]| {
        let vs = if direct.is_zero() || elapsed.is_zero() {
            "-".to_string()
        } else {
            format!(
                "{:+.1} %",
                100.0 * (elapsed.as_secs_f64() / direct.as_secs_f64() - 1.0)
            )
        };
        println!(
            "{:<34} {:>9.2} {:>9.1} {:>12}  {}",
            name,
            elapsed.as_secs_f64(),
            n / elapsed.as_secs_f64().max(1e-9),
            vs,
            spread(all)
        );
    };
    row("direct (library, 1 thread)", direct, &direct_times);
    for ((name, _), (elapsed, all)) in configs.iter().zip(medians.iter().zip(&run_times)) {
        row(name, *elapsed, all);
    }
    let (w1, w2, w1_in_process) = (medians[0], medians[1], medians[2]);
    if !w1.is_zero() && !w2.is_zero() {
        let speedup = w1.as_secs_f64() / w2.as_secs_f64();
        println!(
            "2-worker speed-up: {speedup:.2}× (target ≥ 1.8×: {})",
            if speedup >= 1.8 { "met" } else { "NOT met" }
        );
    }
    if !direct.is_zero() && !w1.is_zero() {
        let overhead = w1.as_secs_f64() / direct.as_secs_f64() - 1.0;
        println!(
            "coordinator path overhead (run --workers 1 / direct − 1): {:+.1} % (target ≤ 10 %: {})",
            100.0 * overhead,
            if overhead <= 0.10 { "met" } else { "NOT met" }
        );
    }
    if !direct.is_zero() && !w1.is_zero() && !w1_in_process.is_zero() {
        let per_doc = |d: Duration| d.as_secs_f64() * 1e3 / n;
        println!(
            "  of which isolation (child readers): {:+.1} % of direct ({:.3} ms/document); coordinator, gRPC, scan, upload, fetch: {:+.1} % ({:.3} ms/document)",
            100.0 * (w1.as_secs_f64() - w1_in_process.as_secs_f64()) / direct.as_secs_f64(),
            per_doc(w1.saturating_sub(w1_in_process)),
            100.0 * (w1_in_process.as_secs_f64() / direct.as_secs_f64() - 1.0),
            per_doc(w1_in_process.saturating_sub(direct)),
        );
    }
    if let Some((same, total)) = identical {
        println!("report.json identical between direct and run: {same} of {total} agencies");
    }
    print_cpu(campaign, direct_timings, configs, run_timings, &medians);
}

/// CPU time beside wall time: what the coordinator path costs in work rather than in latency,
/// and the speed-up that this CPU cost leaves possible on this machine's cores.
fn print_cpu(
    campaign: &Generated,
    direct_timings: &[Timing],
    configs: &[(&str, &[&str])],
    run_timings: &[Vec<Timing>],
    run_walls: &[Duration],
) {
    let Some(direct_cpu) = median_cpu(direct_timings) else {
        println!("CPU time: not measured (no /proc/self/stat)");
        return;
    };
    let n = campaign.n_files as f64;
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    let direct_wall = median(&walls(direct_timings));
    println!();
    println!("CPU time of every process of the pass, user + system (median of the rounds)");
    println!(
        "{:<34} {:>9} {:>9} {:>12} {:>11}",
        "path", "CPU s", "ms/doc", "vs direct", "cores busy"
    );
    let row = |name: &str, cpu: Duration, wall: Duration| {
        println!(
            "{:<34} {:>9.2} {:>9.3} {:>12} {:>11.2}",
            name,
            cpu.as_secs_f64(),
            cpu.as_secs_f64() * 1e3 / n,
            format!(
                "{:+.1} %",
                100.0 * (cpu.as_secs_f64() / direct_cpu.as_secs_f64().max(1e-9) - 1.0)
            ),
            cpu.as_secs_f64() / wall.as_secs_f64().max(1e-9)
        );
    };
    row("direct (library, 1 thread)", direct_cpu, direct_wall);
    let cpus: Vec<Option<Duration>> = run_timings.iter().map(|t| median_cpu(t)).collect();
    for (((name, _), cpu), wall) in configs.iter().zip(&cpus).zip(run_walls) {
        if let Some(cpu) = cpu {
            row(name, *cpu, *wall);
        }
    }
    // `run --workers 2` cannot end before its CPU time spread over every core; against
    // `run --workers 1`'s wall time that bounds the speed-up, whatever the scheduling.
    if let (Some(Some(w2_cpu)), Some(w1_wall), Some(w2_wall)) =
        (cpus.get(1), run_walls.first(), run_walls.get(1))
        && !w2_cpu.is_zero()
        && !w2_wall.is_zero()
    {
        let floor = w2_cpu.as_secs_f64() / cores as f64;
        println!(
            "run --workers 2 needs {:.2} s of CPU: on {cores} cores it cannot end before {floor:.2} s, so its speed-up over run --workers 1 is at most {:.2}× here (measured {:.2}×)",
            w2_cpu.as_secs_f64(),
            w1_wall.as_secs_f64() / floor,
            w1_wall.as_secs_f64() / w2_wall.as_secs_f64()
        );
    }
}

fn print_memory(measured: &[(&str, Generated, Option<Cluster>)]) {
    println!();
    println!(
        "separate processes: server + worker --concurrency 2, submit, watch (peak RSS = VmHWM)"
    );
    println!(
        "{:<10} {:>8} {:>10} {:>10} {:>10} {:>11} {:>12} {:>9} {:>9}",
        "campaign",
        "docs",
        "server MB",
        "worker MB",
        "reader MB",
        "readers",
        "submit s",
        "watch s",
        "docs/s"
    );
    let mb = |kb: u64| kb as f64 / 1024.0;
    for (label, generated, cluster) in measured {
        match cluster {
            Some(c) => println!(
                "{:<10} {:>8} {:>10.1} {:>10.1} {:>10.1} {:>11} {:>12.2} {:>9.2} {:>9.1}",
                label,
                generated.n_files,
                mb(c.server_kb),
                mb(c.worker_kb),
                mb(c.child_kb),
                c.n_children,
                c.submit.as_secs_f64(),
                c.watch.as_secs_f64(),
                generated.n_files as f64 / (c.submit + c.watch).as_secs_f64().max(1e-9)
            ),
            None => println!("{label:<10} {:>8}  failed", generated.n_files),
        }
    }
    let Some((_, small, Some(a))) = measured.first() else {
        return;
    };
    let ratio = |x: u64, y: u64| if x == 0 { 0.0 } else { y as f64 / x as f64 };
    for (label, generated, cluster) in &measured[1..] {
        if let Some(b) = cluster {
            println!(
                "peak memory {label}/small ({:.1}× the documents): server {:.2}×, worker {:.2}×, reader child {:.2}×",
                generated.n_files as f64 / small.n_files.max(1) as f64,
                ratio(a.server_kb, b.server_kb),
                ratio(a.worker_kb, b.worker_kb),
                ratio(a.child_kb, b.child_kb)
            );
        }
    }
}

/// Round trips of single RPCs against an idle coordinator (the campaign is done, the worker
/// idles): where the time of a unit goes when it is not in reading and analysis.
struct Probe {
    n: usize,
    status: Vec<Duration>,
    lease: Vec<Duration>,
    fetch_small: Vec<Duration>,
    fetch_large: Vec<Duration>,
    small_bytes: u64,
    large_bytes: u64,
}

/// How many calls of each kind the probe makes.
const PROBE_CALLS: usize = 40;

fn probe_rpcs(coordinator: &str, campaign: &Path) -> Result<Probe, String> {
    let (small, large) = smallest_and_largest_document(campaign)?;
    let hash = |path: &Path| {
        cli::campaign_dir::hash_file(path).map_err(|e| format!("hash {}: {e}", path.display()))
    };
    let (small_sha, small_bytes) = hash(&small)?;
    let (large_sha, large_bytes) = hash(&large)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("start a runtime: {e}"))?;
    runtime.block_on(async move {
        let options = proto::client::ClientOptions {
            endpoint: coordinator.to_string(),
            token: None,
            ca_pem: None,
        };
        let clients = proto::client::connect(&options)
            .await
            .map_err(|e| format!("connect: {e}"))?;
        let worker_id = clients
            .workers
            .clone()
            .register(proto::pb::RegisterRequest {
                name: "bench-probe".into(),
                concurrency: 1,
            })
            .await
            .map_err(|e| format!("register: {}", e.message()))?
            .into_inner()
            .worker_id;
        let mut probe = Probe {
            n: PROBE_CALLS,
            status: Vec::with_capacity(PROBE_CALLS),
            lease: Vec::with_capacity(PROBE_CALLS),
            fetch_small: Vec::with_capacity(PROBE_CALLS),
            fetch_large: Vec::with_capacity(PROBE_CALLS),
            small_bytes,
            large_bytes,
        };
        for _ in 0..PROBE_CALLS {
            let start = Instant::now();
            clients
                .campaigns
                .clone()
                .status(proto::pb::StatusRequest {
                    campaign_id: String::new(),
                })
                .await
                .map_err(|e| format!("status: {}", e.message()))?;
            probe.status.push(start.elapsed());

            let start = Instant::now();
            clients
                .workers
                .clone()
                .lease(proto::pb::LeaseRequest {
                    worker_id: worker_id.clone(),
                    ahead: false,
                })
                .await
                .map_err(|e| format!("lease: {}", e.message()))?;
            probe.lease.push(start.elapsed());

            for (sha, times) in [
                (&small_sha, &mut probe.fetch_small),
                (&large_sha, &mut probe.fetch_large),
            ] {
                let start = Instant::now();
                let mut stream = clients
                    .workers
                    .clone()
                    .fetch_blob(proto::pb::FetchBlobRequest {
                        sha256: sha.clone(),
                    })
                    .await
                    .map_err(|e| format!("fetch_blob: {}", e.message()))?
                    .into_inner();
                let mut n_bytes = 0usize;
                while let Some(chunk) = stream
                    .message()
                    .await
                    .map_err(|e| format!("fetch_blob: {}", e.message()))?
                {
                    n_bytes += chunk.data.len();
                }
                times.push(start.elapsed());
                std::hint::black_box(n_bytes);
            }
        }
        Ok(probe)
    })
}

/// The smallest and the largest DOCX/PDF of a campaign, to show whether fetch time follows size.
fn smallest_and_largest_document(campaign: &Path) -> Result<(PathBuf, PathBuf), String> {
    let mut documents: Vec<(u64, PathBuf)> = Vec::new();
    let agencies = walk::agency_dirs(campaign).map_err(|e| e.to_string())?;
    for (_, dir) in agencies {
        for entry in walk::walk_agency(&dir).map_err(|e| e.to_string())? {
            let name = entry.rel_path.to_lowercase();
            if name.ends_with(".docx") || name.ends_with(".pdf") {
                documents.push((entry.size, entry.abs_path));
            }
        }
    }
    documents.sort();
    match (documents.first(), documents.last()) {
        (Some(small), Some(large)) => Ok((small.1.clone(), large.1.clone())),
        _ => Err("no DOCX or PDF in the campaign".into()),
    }
}

fn percentile(values: &[Duration], p: f64) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort();
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn print_probe(probe: &Probe, big: &Generated, direct_times: &[Duration], w1_times: &[Duration]) {
    println!();
    println!(
        "RPC round trips against the idle coordinator (separate processes, loopback; {} calls each, ms)",
        probe.n
    );
    println!(
        "{:<34} {:>8} {:>8} {:>8} {:>8}",
        "call", "min", "median", "p90", "max"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let row = |name: String, times: &[Duration]| {
        println!(
            "{:<34} {:>8.2} {:>8.2} {:>8.2} {:>8.2}",
            name,
            ms(percentile(times, 0.0)),
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.9)),
            ms(percentile(times, 1.0))
        );
    };
    row("Status (unary)".into(), &probe.status);
    row("Lease, nothing to do (unary)".into(), &probe.lease);
    row(
        format!(
            "FetchBlob {:.1} kB (stream)",
            probe.small_bytes as f64 / 1e3
        ),
        &probe.fetch_small,
    );
    row(
        format!(
            "FetchBlob {:.1} kB (stream)",
            probe.large_bytes as f64 / 1e3
        ),
        &probe.fetch_large,
    );
    let direct = median(direct_times);
    let w1 = median(w1_times);
    if direct.is_zero() || w1.is_zero() || big.n_files == 0 {
        return;
    }
    let n = big.n_files as f64;
    let fetch = (percentile(&probe.fetch_small, 0.5) + percentile(&probe.fetch_large, 0.5)) / 2;
    println!(
        "per document: direct {:.2} ms, run --workers 1 {:.2} ms; the difference ({:.2} ms) against one FetchBlob per document ({:.2} ms median)",
        ms(direct) / n,
        ms(w1) / n,
        (ms(w1) - ms(direct)) / n,
        ms(fetch)
    );
}
