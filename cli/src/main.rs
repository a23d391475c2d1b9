//! The `isomigrate` binary: telemetry, argument parsing, and the exit code.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // The isolated reader child: `isomigrate __read-child` (spawned by the worker, never by users).
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == "__read-child")
    {
        return ExitCode::from(worker::isolate::child_main().clamp(0, 255) as u8);
    }
    let cli = cli::args::Cli::parse();
    let filter = EnvFilter::try_from_default_env()
        .or_else(|_| EnvFilter::try_new(&cli.log))
        .unwrap_or_else(|_| EnvFilter::new("warn"));
    // Colour codes only on a terminal: a coordinator's log file stays plain text.
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    match cli::main_impl(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
