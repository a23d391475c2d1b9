//! The `isomigrate` command line: `run`, `inspect`, and the distributed `server`, `worker`,
//! `submit`, `watch`, `fetch`, `status`. No business logic lives here: it parses arguments, talks
//! to the coordinator through `proto`, and calls the `worker` library.

mod allocator;
pub mod args;
pub mod campaign_dir;
pub mod cluster;
pub mod fetch;
pub mod inspect;
pub mod status;
pub mod submit;
pub mod watch;

use std::process::ExitCode;

use anyhow::Result;

use args::{Cli, Command};

/// Runs a parsed command line.
pub fn main_impl(cli: Cli) -> Result<ExitCode> {
    if let Command::Inspect(inspect) = cli.command {
        let reader_args = &inspect.reader;
        let limits = worker::read::Limits {
            time_budget_secs: reader_args.file_timeout.max(1),
            ..worker::read::Limits::default()
        };
        let mode = if reader_args.no_isolation {
            worker::runner::ReaderMode::InProcess
        } else {
            worker::runner::ReaderMode::Isolated(worker::isolate::ChildCommand {
                program: std::env::current_exe()?,
                args: vec!["__read-child".into()],
            })
        };
        return inspect::inspect(inspect, mode, limits);
    }
    if let Command::Server(_) = cli.command {
        allocator::settle_for_a_long_lived_coordinator();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        match cli.command {
            Command::Run(args) => cluster::run(args).await,
            Command::Server(args) => cluster::server(args).await,
            Command::Worker(args) => cluster::worker(args).await,
            Command::Submit(args) => cluster::submit(args).await,
            Command::Watch(args) => cluster::watch(args).await,
            Command::Fetch(args) => cluster::fetch(args).await,
            Command::Status(args) => cluster::status(args).await,
            Command::Inspect(_) => unreachable!("handled above"),
        }
    })
}
