//! Command-line arguments (clap derive). Doc comments here are the `--help` text users see.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// isomigrate: convert agencies' quality systems from TCVN ISO 9001:2008 to 2015, a whole
/// campaign at once.
#[derive(Debug, Parser)]
#[command(name = "isomigrate", version, about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Log level filter (also RUST_LOG), e.g. "info" or "isomigrate=debug".
    #[arg(long, global = true, default_value = "warn", env = "ISOMIGRATE_LOG")]
    pub log: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse a whole campaign on this machine and write every report to OUT_DIR.
    Run(RunArgs),
    /// Show what the program reads in files: status, errors, encodings, fonts, kind, metadata, text.
    Inspect(InspectArgs),
    /// Run a long-lived coordinator that workers and clients connect to.
    Server(ServerArgs),
    /// Run a worker that takes work from a coordinator.
    Worker(WorkerArgs),
    /// Upload a campaign to a coordinator; prints the campaign id on the last line.
    Submit(SubmitArgs),
    /// Follow a campaign's progress until it ends.
    Watch(WatchArgs),
    /// Download a finished campaign's reports into OUT_DIR.
    Fetch(FetchArgs),
    /// Show campaigns, agencies, workers and leases.
    Status(StatusArgs),
}

/// Report language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Vi,
    En,
}

impl LangArg {
    pub fn code(self) -> &'static str {
        match self {
            LangArg::Vi => "vi",
            LangArg::En => "en",
        }
    }
}

#[derive(Debug, Args)]
pub struct ReaderArgs {
    /// Read files inside the worker process instead of an isolated child process. Faster to start,
    /// but a file built to crash the reader then stops the worker: use only for trusted input.
    #[arg(long)]
    pub no_isolation: bool,
    /// Time budget per file in seconds.
    #[arg(long, default_value_t = 60)]
    pub file_timeout: u64,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The campaign folder: one sub-folder per agency (see the README).
    pub campaign_dir: PathBuf,
    /// Where the reports go (created if missing).
    #[arg(long)]
    pub out: PathBuf,
    /// Local workers (each reads one file at a time). Default: the number of CPU cores.
    #[arg(long)]
    pub workers: Option<usize>,
    /// Report language.
    #[arg(long, value_enum, default_value = "vi")]
    pub lang: LangArg,
    /// Plain line output instead of progress bars.
    #[arg(long)]
    pub no_progress: bool,
    #[command(flatten)]
    pub reader: ReaderArgs,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Files to examine.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// One JSON object per file, one per line.
    #[arg(long)]
    pub json: bool,
    /// With --json: add the whole extracted structure (blocks, tables, headers).
    #[arg(long)]
    pub structure: bool,
    #[command(flatten)]
    pub reader: ReaderArgs,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    /// File holding the shared token (first line). Alternatively ISOMIGRATE_TOKEN.
    #[arg(long, help_heading = "Security")]
    pub token_file: Option<PathBuf>,
    /// The shared token itself (prefer --token-file: command lines are visible to other users).
    #[arg(
        long,
        env = "ISOMIGRATE_TOKEN",
        hide_env_values = true,
        help_heading = "Security"
    )]
    pub token: Option<String>,
}

#[derive(Debug, Args)]
pub struct ClientArgs {
    /// The coordinator's address, e.g. http://10.0.0.5:7700 (https:// with TLS).
    #[arg(long, env = "ISOMIGRATE_COORDINATOR")]
    pub coordinator: String,
    #[command(flatten)]
    pub token: TokenArgs,
    /// PEM file of the CA that signed the coordinator's TLS certificate.
    #[arg(long, help_heading = "Security")]
    pub ca: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServerArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:7700")]
    pub listen: String,
    /// Folder for the coordinator's durable state (created if missing).
    #[arg(long)]
    pub data: PathBuf,
    #[command(flatten)]
    pub token: TokenArgs,
    /// PEM certificate chain for TLS (with --tls-key).
    #[arg(long, requires = "tls_key", help_heading = "Security")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for TLS (with --tls-cert).
    #[arg(long, requires = "tls_cert", help_heading = "Security")]
    pub tls_key: Option<PathBuf>,
    /// Seconds a lease lasts without a heartbeat.
    #[arg(long, default_value_t = 30)]
    pub lease_ttl: u64,
    /// Failed attempts before a unit is split (and a single poison file is recorded as failed).
    #[arg(long, default_value_t = 3)]
    pub max_attempts: u32,
    /// Documents per unit of work. Larger units keep each worker's reader busy (fewer pauses
    /// between units); smaller ones isolate a file that kills workers in fewer attempts.
    #[arg(long, default_value_t = 24)]
    pub batch_size: usize,
}

#[derive(Debug, Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub client: ClientArgs,
    /// Units worked on at once. Default: the number of CPU cores.
    #[arg(long)]
    pub concurrency: Option<usize>,
    /// Name shown by `status`. Default: the host name.
    #[arg(long)]
    pub name: Option<String>,
    #[command(flatten)]
    pub reader: ReaderArgs,
}

#[derive(Debug, Args)]
pub struct SubmitArgs {
    /// The campaign folder.
    pub campaign_dir: PathBuf,
    #[command(flatten)]
    pub client: ClientArgs,
    /// Report language.
    #[arg(long, value_enum, default_value = "vi")]
    pub lang: LangArg,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    pub campaign_id: String,
    #[command(flatten)]
    pub client: ClientArgs,
    /// Plain line output instead of progress bars.
    #[arg(long)]
    pub no_progress: bool,
}

#[derive(Debug, Args)]
pub struct FetchArgs {
    pub campaign_id: String,
    #[command(flatten)]
    pub client: ClientArgs,
    /// Where the reports go (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Show one campaign's agencies; all campaigns when absent.
    pub campaign_id: Option<String>,
    #[command(flatten)]
    pub client: ClientArgs,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn contract_command_lines_parse() {
        let cases: &[&[&str]] = &[
            &["isomigrate", "run", "samples", "--out", "out"],
            &[
                "isomigrate",
                "server",
                "--listen",
                "0.0.0.0:7700",
                "--data",
                "d",
                "--token-file",
                "t",
            ],
            &[
                "isomigrate",
                "server",
                "--listen",
                "0.0.0.0:7700",
                "--data",
                "d",
                "--tls-cert",
                "c",
                "--tls-key",
                "k",
            ],
            &[
                "isomigrate",
                "worker",
                "--coordinator",
                "http://h:7700",
                "--concurrency",
                "2",
                "--ca",
                "ca.pem",
            ],
            &[
                "isomigrate",
                "submit",
                "camp",
                "--coordinator",
                "http://h:7700",
            ],
            &[
                "isomigrate",
                "watch",
                "c-1",
                "--coordinator",
                "http://h:7700",
            ],
            &[
                "isomigrate",
                "fetch",
                "c-1",
                "--coordinator",
                "http://h:7700",
                "--out",
                "o",
            ],
            &["isomigrate", "status", "--coordinator", "http://h:7700"],
            &[
                "isomigrate",
                "status",
                "c-1",
                "--coordinator",
                "http://h:7700",
            ],
            &["isomigrate", "inspect", "a.docx", "b.pdf", "--json"],
        ];
        for case in cases {
            if let Err(e) = Cli::try_parse_from(*case) {
                panic!("{case:?} does not parse: {e}");
            }
        }
        assert!(
            Cli::try_parse_from(["isomigrate", "server", "--data", "d", "--tls-cert", "c"])
                .is_err()
        );
        assert!(Cli::try_parse_from(["isomigrate", "inspect"]).is_err());
    }
}
