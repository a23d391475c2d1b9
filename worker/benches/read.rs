//! Reading benchmark: our DOCX and PDF readers against a bare unzip + XML scan, docx-rs and
//! `pdftotext`, on the same files in the same run, so that the choice of reader rests on a figure.
//!
//! `cargo bench -p worker --bench read`; `ISOMIGRATE_BENCH_DIR` picks the folder (default:
//! `samples/` when it holds files, else the shared real-world corpus), `ISOMIGRATE_BENCH_ROUNDS`
//! the number of timed rounds (the fastest is reported).

use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use worker::read::{Limits, read_bytes};

/// docx-rs is known to hang on some inputs; a file it has not finished after this long counts
/// as a failure (its thread is left behind, which is why docx-rs runs last).
const DOCX_RS_TIMEOUT: Duration = Duration::from_secs(20);

/// A `pdftotext` process still running after this long is stopped and counted as failed.
const PDFTOTEXT_TIMEOUT: Duration = Duration::from_secs(10);

struct Input {
    name: String,
    path: PathBuf,
    bytes: Vec<u8>,
}

/// One line of the result table.
struct Row {
    reader: String,
    n_files: usize,
    n_ok: usize,
    n_failed: usize,
    elapsed: Duration,
    n_bytes: u64,
    note: String,
}

impl Row {
    fn docs_per_sec(&self) -> f64 {
        self.n_files as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }

    fn mb_per_sec(&self) -> f64 {
        self.n_bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

fn main() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = match std::env::var_os("ISOMIGRATE_BENCH_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let samples = workspace.join("samples");
            if has_documents(&samples) {
                samples
            } else {
                workspace.join("../shared/corpus/realworld")
            }
        }
    };
    let rounds: usize = std::env::var("ISOMIGRATE_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|r| *r > 0)
        .unwrap_or(3);
    let mut paths = Vec::new();
    collect(&dir, &mut paths);
    paths.sort();
    let load = |wanted: &dyn Fn(&str) -> bool| -> Vec<Input> {
        paths
            .iter()
            .filter_map(|path| {
                let name = path.file_name()?.to_string_lossy().into_owned();
                if !wanted(&name.to_lowercase()) {
                    return None;
                }
                let bytes = std::fs::read(path).ok()?;
                Some(Input {
                    name,
                    path: path.clone(),
                    bytes,
                })
            })
            .collect()
    };
    let docx = load(&|n: &str| n.contains(".docx"));
    let pdf = load(&|n: &str| n.ends_with(".pdf"));
    println!(
        "bench folder {}: {} DOCX, {} PDF, best of {rounds} rounds",
        dir.display(),
        docx.len(),
        pdf.len()
    );
    if docx.is_empty() && pdf.is_empty() {
        println!("no DOCX or PDF files found; set ISOMIGRATE_BENCH_DIR");
        return;
    }

    let limits = Limits::default();
    let ours_docx = best_of(rounds, || run_ours("isomigrate DOCX", &docx, &limits));
    let bare = best_of(rounds, || run_bare(&docx));
    let ours_pdf = best_of(rounds, || run_ours("isomigrate PDF", &pdf, &limits));
    let pdftotext = best_of(rounds, || run_pdftotext(&pdf));
    // Last: a hung docx-rs thread must not slow the other measurements.
    let docx_rs = run_docx_rs(&docx);

    println!();
    println!(
        "{:<26} {:>6} {:>6} {:>7} {:>10} {:>9} {:>8} {:>9}  note",
        "reader", "files", "ok", "failed", "time ms", "docs/s", "MB/s", "ratio"
    );
    let print = |row: &Row, reference: Option<&Row>| {
        let ratio = reference
            .filter(|r| r.elapsed > Duration::ZERO)
            .map(|r| {
                format!(
                    "{:.2}×",
                    row.elapsed.as_secs_f64() / r.elapsed.as_secs_f64()
                )
            })
            .unwrap_or_else(|| "-".into());
        println!(
            "{:<26} {:>6} {:>6} {:>7} {:>10.1} {:>9.1} {:>8.2} {:>9}  {}",
            row.reader,
            row.n_files,
            row.n_ok,
            row.n_failed,
            row.elapsed.as_secs_f64() * 1e3,
            row.docs_per_sec(),
            row.mb_per_sec(),
            ratio,
            row.note
        );
    };
    print(&bare, None);
    print(&ours_docx, Some(&bare));
    print(&docx_rs, Some(&bare));
    match &pdftotext {
        Some(reference) => {
            print(reference, None);
            print(&ours_pdf, Some(reference));
        }
        None if pdf.is_empty() => println!("no PDF files in the folder"),
        None => {
            print(&ours_pdf, None);
            println!("pdftotext: not installed (apt-get install poppler-utils) — no PDF reference");
        }
    }
    println!();
    println!(
        "ratio = time / time of the reference above it (bare unzip+scan for DOCX, pdftotext for PDF)"
    );
    if docx_rs.elapsed > Duration::ZERO && ours_docx.elapsed > Duration::ZERO {
        println!(
            "docx-rs takes {:.1}× the time of the isomigrate DOCX reader and failed {} of {} files",
            docx_rs.elapsed.as_secs_f64() / ours_docx.elapsed.as_secs_f64(),
            docx_rs.n_failed,
            docx_rs.n_files
        );
    }
}

fn has_documents(dir: &Path) -> bool {
    let mut paths = Vec::new();
    collect(dir, &mut paths);
    paths.iter().any(|p| {
        let name = p.to_string_lossy().to_lowercase();
        name.ends_with(".pdf") || name.contains(".docx")
    })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(listing) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in listing.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() => collect(&path, out),
            Ok(kind) if kind.is_file() => out.push(path),
            _ => {}
        }
    }
}

fn best_of<T: Timed>(rounds: usize, mut run: impl FnMut() -> T) -> T {
    let mut best = run();
    for _ in 1..rounds {
        let next = run();
        if next.elapsed() < best.elapsed() {
            best = next;
        }
    }
    best
}

trait Timed {
    fn elapsed(&self) -> Duration;
}

impl Timed for Row {
    fn elapsed(&self) -> Duration {
        self.elapsed
    }
}

impl Timed for Option<Row> {
    fn elapsed(&self) -> Duration {
        self.as_ref().map_or(Duration::ZERO, |r| r.elapsed)
    }
}

fn total_bytes(inputs: &[Input]) -> u64 {
    inputs.iter().map(|i| i.bytes.len() as u64).sum()
}

fn run_ours(label: &str, inputs: &[Input], limits: &Limits) -> Row {
    let mut n_ok = 0;
    let mut n_chars = 0usize;
    let start = Instant::now();
    for input in inputs {
        if let Ok((_, doc)) = read_bytes(&input.name, &input.bytes, limits) {
            n_ok += 1;
            n_chars += doc.text().len();
        }
    }
    Row {
        reader: label.to_string(),
        n_files: inputs.len(),
        n_ok,
        n_failed: inputs.len() - n_ok,
        elapsed: start.elapsed(),
        n_bytes: total_bytes(inputs),
        note: format!("{n_chars} bytes of text"),
    }
}

/// The floor for any DOCX reader: inflate every entry and run quick-xml over the XML parts,
/// doing nothing with the events.
fn run_bare(inputs: &[Input]) -> Row {
    let mut n_ok = 0;
    let mut n_events = 0u64;
    let start = Instant::now();
    for input in inputs {
        let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(input.bytes.as_slice()))
        else {
            continue;
        };
        let mut complete = true;
        let mut data = Vec::new();
        for i in 0..archive.len() {
            data.clear();
            let Ok(mut entry) = archive.by_index(i) else {
                complete = false;
                continue;
            };
            let is_xml = entry
                .name()
                .map(|n| n.ends_with(".xml") || n.ends_with(".rels"))
                .unwrap_or(false);
            if entry.read_to_end(&mut data).is_err() {
                complete = false;
                continue;
            }
            if is_xml {
                let mut reader = quick_xml::Reader::from_reader(data.as_slice());
                loop {
                    match reader.read_event() {
                        Ok(quick_xml::events::Event::Eof) | Err(_) => break,
                        Ok(_) => n_events += 1,
                    }
                }
            }
        }
        n_ok += usize::from(complete);
    }
    Row {
        reader: "bare unzip + quick-xml".into(),
        n_files: inputs.len(),
        n_ok,
        n_failed: inputs.len() - n_ok,
        elapsed: start.elapsed(),
        n_bytes: total_bytes(inputs),
        note: format!("{n_events} XML events, all entries"),
    }
}

fn run_docx_rs(inputs: &[Input]) -> Row {
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let (mut n_ok, mut n_errors, mut n_panics, mut n_hangs) = (0, 0, 0, 0);
    let start = Instant::now();
    for input in inputs {
        let (done_tx, done_rx) = mpsc::channel();
        let bytes = input.bytes.clone();
        std::thread::spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| docx_rs::read_docx(&bytes).is_ok()));
            let _ = done_tx.send(outcome);
        });
        match done_rx.recv_timeout(DOCX_RS_TIMEOUT) {
            Ok(Ok(true)) => n_ok += 1,
            Ok(Ok(false)) => n_errors += 1,
            Ok(Err(_)) => n_panics += 1,
            Err(_) => {
                n_hangs += 1;
                println!(
                    "docx-rs: {} did not finish in {DOCX_RS_TIMEOUT:?}",
                    input.name
                );
            }
        }
    }
    let elapsed = start.elapsed();
    std::panic::set_hook(previous_hook);
    Row {
        reader: "docx-rs read_docx".into(),
        n_files: inputs.len(),
        n_ok,
        n_failed: inputs.len() - n_ok,
        elapsed,
        n_bytes: total_bytes(inputs),
        note: format!("{n_errors} errors, {n_panics} panics, {n_hangs} hangs; one round"),
    }
}

/// `pdftotext FILE -` once per file, the way a campaign without our reader would run it.
fn run_pdftotext(inputs: &[Input]) -> Option<Row> {
    if inputs.is_empty() {
        return None;
    }
    let mut n_ok = 0;
    let start = Instant::now();
    let mut n_timeouts = 0;
    for input in inputs {
        let child = Command::new("pdftotext")
            .arg("-q")
            .arg(&input.path)
            .arg("-")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
            Err(_) => continue,
        };
        let started = Instant::now();
        loop {
            match child.try_wait() {
                Ok(Some(status)) => {
                    n_ok += usize::from(status.success());
                    break;
                }
                Ok(None) if started.elapsed() > PDFTOTEXT_TIMEOUT => {
                    // Hostile PDFs can keep pdftotext busy for minutes; a campaign would stop it.
                    let _ = child.kill();
                    let _ = child.wait();
                    n_timeouts += 1;
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_micros(200)),
                Err(_) => break,
            }
        }
    }
    Some(Row {
        reader: "pdftotext (process/file)".into(),
        n_files: inputs.len(),
        n_ok,
        n_failed: inputs.len() - n_ok,
        elapsed: start.elapsed(),
        n_bytes: total_bytes(inputs),
        note: format!("{n_timeouts} stopped after {PDFTOTEXT_TIMEOUT:?}"),
    })
}
