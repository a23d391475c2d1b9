//! A coordinator, workers and CLI calls as separate `isomigrate` processes on loopback, owned by
//! one value that kills what is left on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The built `isomigrate` binary.
pub fn bin() -> PathBuf {
    tests::isomigrate_bin()
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A free loopback port (bound once and released; good enough on a test machine).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("bind a loopback port")
}

/// Longest a CLI call may take in these tests (the slowest, `watch` of a campaign that retries a
/// crashing file, takes a few seconds).
const CLI_TIMEOUT: Duration = Duration::from_secs(180);

pub struct Cluster {
    pub dir: tempfile::TempDir,
    pub port: u16,
    pub token_file: PathBuf,
    pub server: Option<Child>,
    pub workers: Vec<Child>,
    pub lease_ttl_secs: u64,
    pub max_attempts: u32,
    pub batch_size: usize,
}

impl Cluster {
    pub fn new(lease_ttl_secs: u64, max_attempts: u32, batch_size: usize) -> Cluster {
        let dir = tempfile::tempdir().expect("temp dir");
        let token_file = dir.path().join("token");
        std::fs::write(&token_file, "s3cret-token-for-tests\n").expect("write token");
        Cluster {
            dir,
            port: free_port(),
            token_file,
            server: None,
            workers: Vec::new(),
            lease_ttl_secs,
            max_attempts,
            batch_size,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn log(&self, name: &str) -> std::fs::File {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.dir.path().join(format!("{name}.log")))
            .expect("open log")
    }

    pub fn read_log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(format!("{name}.log"))).unwrap_or_default()
    }

    pub fn start_server(&mut self) {
        let child = Command::new(bin())
            .args(["server", "--listen"])
            .arg(format!("127.0.0.1:{}", self.port))
            .arg("--data")
            .arg(self.data_dir())
            .arg("--token-file")
            .arg(&self.token_file)
            .args(["--lease-ttl", &self.lease_ttl_secs.to_string()])
            .args(["--max-attempts", &self.max_attempts.to_string()])
            .args(["--batch-size", &self.batch_size.to_string()])
            .args(["--log", "info"])
            .stdout(Stdio::null())
            .stderr(self.log("server"))
            .spawn()
            .expect("start the coordinator");
        self.server = Some(child);
        self.wait_until_up();
    }

    fn wait_until_up(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("coordinator did not start:\n{}", self.read_log("server"));
    }

    /// Starts a worker; `extra` adds flags such as `--no-isolation`. Returns its index.
    pub fn start_worker(&mut self, name: &str, extra: &[&str]) -> usize {
        let child = Command::new(bin())
            .args(["worker", "--coordinator", &self.url(), "--concurrency", "1"])
            .arg("--token-file")
            .arg(&self.token_file)
            .args(["--name", name, "--log", "info"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(self.log(name))
            .spawn()
            .expect("start a worker");
        self.workers.push(child);
        self.workers.len() - 1
    }

    /// Runs a CLI command against this coordinator with the token.
    /// One CLI call against the coordinator. A call still running after [`CLI_TIMEOUT`] is a
    /// hang (a campaign that never finishes): it is killed and the test fails with the
    /// coordinator's log, instead of holding the suite until CI gives up.
    pub fn cli(&self, args: &[&str]) -> Output {
        let mut command = Command::new(bin());
        command
            .args(args)
            .args(["--coordinator", &self.url()])
            .arg("--token-file")
            .arg(&self.token_file);
        output_within(&mut command, self.dir.path()).unwrap_or_else(|| {
            panic!(
                "isomigrate {args:?} still running after {CLI_TIMEOUT:?}\nserver log:\n{}",
                self.read_log("server")
            )
        })
    }

    pub fn submit(&self, campaign: &Path) -> String {
        let campaign = campaign.to_string_lossy().into_owned();
        let output = self.cli(&["submit", &campaign]);
        assert!(
            output.status.success(),
            "submit failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .last()
            .expect("campaign id on stdout")
            .trim()
            .to_string()
    }

    /// `status` output as text.
    pub fn status(&self, campaign_id: &str) -> String {
        let output = self.cli(&["status", campaign_id]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// Waits for `watch` to end; panics with the logs when the campaign does not finish in time.
    pub fn watch(&self, campaign_id: &str) -> Output {
        let output = self.cli(&["watch", campaign_id, "--no-progress"]);
        if !output.status.success() {
            panic!(
                "watch failed: {}\nserver log:\n{}",
                String::from_utf8_lossy(&output.stderr),
                self.read_log("server")
            );
        }
        output
    }

    pub fn fetch(&self, campaign_id: &str, out: &Path) {
        let out = out.to_string_lossy().into_owned();
        let output = self.cli(&["fetch", campaign_id, "--out", &out]);
        assert!(
            output.status.success(),
            "fetch failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    pub fn kill_server(&mut self) {
        if let Some(mut child) = self.server.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn kill_worker(&mut self, index: usize) {
        if let Some(child) = self.workers.get_mut(index) {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    pub fn signal_worker(&self, index: usize, signal: &str) {
        if let Some(child) = self.workers.get(index) {
            let status = Command::new("kill")
                .arg(format!("-{signal}"))
                .arg(child.id().to_string())
                .status()
                .expect("run kill");
            assert!(status.success(), "kill -{signal} failed");
        }
    }

    /// Polls `status` until `predicate` holds on its text, or panics after `timeout`.
    pub fn wait_for_status(
        &self,
        campaign_id: &str,
        timeout: Duration,
        predicate: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + timeout;
        loop {
            let text = self.status(campaign_id);
            if predicate(&text) {
                return text;
            }
            if Instant::now() > deadline {
                panic!(
                    "status never matched; last:\n{text}\nserver log:\n{}",
                    self.read_log("server")
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in &mut self.workers {
            let _ = Command::new("kill")
                .arg("-CONT")
                .arg(child.id().to_string())
                .status();
            let _ = child.kill();
            let _ = child.wait();
        }
        self.kill_server();
    }
}

/// Runs `command` to its end with its output captured in files under `scratch` (a pipe left
/// unread could block it); `None` when it was still running after [`CLI_TIMEOUT`] and was
/// killed: a hang, which the caller reports instead of holding the suite until CI gives up.
fn output_within(command: &mut Command, scratch: &Path) -> Option<Output> {
    let capture = || tempfile::NamedTempFile::new_in(scratch).expect("capture file");
    let (stdout, stderr) = (capture(), capture());
    let mut child = command
        .stdout(stdout.reopen().expect("reopen the capture file"))
        .stderr(stderr.reopen().expect("reopen the capture file"))
        .spawn()
        .expect("run isomigrate");
    let deadline = Instant::now() + CLI_TIMEOUT;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for isomigrate") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Some(Output {
        status,
        stdout: std::fs::read(stdout.path()).unwrap_or_default(),
        stderr: std::fs::read(stderr.path()).unwrap_or_default(),
    })
}

/// Runs the embedded `run` command; a run that never ends fails the test.
pub fn run_local(campaign: &Path, out: &Path, extra: &[&str]) -> Output {
    run_local_with_env(campaign, out, extra, &[])
}

/// [`run_local`] with extra environment variables.
pub fn run_local_with_env(
    campaign: &Path,
    out: &Path,
    extra: &[&str],
    env: &[(&str, &str)],
) -> Output {
    let scratch = tempfile::tempdir().expect("scratch folder");
    let mut command = Command::new(bin());
    command
        .arg("run")
        .arg(campaign)
        .arg("--out")
        .arg(out)
        .arg("--no-progress")
        .args(extra)
        .envs(env.iter().copied());
    output_within(&mut command, scratch.path())
        .unwrap_or_else(|| panic!("isomigrate run still running after {CLI_TIMEOUT:?}"))
}

/// Every `report.json` under `out`, by agency id.
pub fn reports(out: &Path) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(out).expect("read the output folder");
    for entry in entries.flatten() {
        let path = entry.path().join("report.json");
        if path.is_file() {
            let text = std::fs::read_to_string(&path).expect("read report.json");
            let value: Value = serde_json::from_str(&text).expect("report.json is JSON");
            found.push((entry.file_name().to_string_lossy().into_owned(), value));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Copies a folder tree (for campaigns the tests modify).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            copy_tree(&entry.path(), &target);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).expect("copy file");
        }
    }
}
