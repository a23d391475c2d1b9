//! The distributed commands (`server`, `worker`, `submit`, `watch`, `fetch`, `status`) and `run`,
//! which is the same thing embedded: a coordinator on a loopback port with its state in a
//! temporary folder and local workers, all talking the same gRPC protocol — one code path.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use proto::client::{ClientOptions, Clients};
use proto::pb;
use sha2::{Digest, Sha256};
use tokio_util::sync::CancellationToken;
use worker::isolate::ChildCommand;
use worker::read::Limits;
use worker::runner::{ReaderMode, RunnerConfig};

use crate::args::{
    ClientArgs, FetchArgs, ReaderArgs, RunArgs, ServerArgs, StatusArgs, SubmitArgs, TokenArgs,
    WatchArgs, WorkerArgs,
};
use crate::submit::status_error;
use crate::{campaign_dir, fetch, status, submit, watch};

/// The token from `--token-file`, else `--token`/`ISOMIGRATE_TOKEN`, else none.
pub fn resolve_token(args: &TokenArgs) -> Result<Option<String>> {
    if let Some(path) = &args.token_file {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("read the token file {}", path.display()))?;
        let token = text.lines().next().unwrap_or("").trim().to_string();
        if token.is_empty() {
            bail!("the token file {} is empty", path.display());
        }
        return Ok(Some(token));
    }
    Ok(args
        .token
        .as_ref()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty()))
}

fn client_options(args: &ClientArgs) -> Result<ClientOptions> {
    let ca_pem = match &args.ca {
        Some(path) => Some(
            std::fs::read(path).with_context(|| format!("read the CA file {}", path.display()))?,
        ),
        None => None,
    };
    Ok(ClientOptions {
        endpoint: args.coordinator.clone(),
        token: resolve_token(&args.token)?,
        ca_pem,
    })
}

async fn connect(args: &ClientArgs) -> Result<Clients> {
    Ok(proto::client::connect(&client_options(args)?).await?)
}

/// Limits and reader mode from the command line.
fn reader_config(args: &ReaderArgs) -> Result<(ReaderMode, Limits)> {
    let limits = Limits {
        time_budget_secs: args.file_timeout.max(1),
        ..Limits::default()
    };
    let mode = if args.no_isolation {
        ReaderMode::InProcess
    } else {
        let program = std::env::current_exe().context("find the isomigrate executable")?;
        ReaderMode::Isolated(ChildCommand {
            program,
            args: vec!["__read-child".into()],
        })
    };
    Ok((mode, limits))
}

fn default_parallelism() -> usize {
    std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "worker".to_string())
}

/// A shutdown token cancelled by Ctrl-C or SIGTERM.
pub fn shutdown_on_signals() -> CancellationToken {
    let token = CancellationToken::new();
    let cancel = token.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("shutdown requested");
        cancel.cancel();
    });
    token
}

#[cfg(unix)]
async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

pub async fn server(args: ServerArgs) -> Result<ExitCode> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(server::TlsFiles {
            cert: cert.clone(),
            key: key.clone(),
        }),
        _ => None,
    };
    let token = resolve_token(&args.token)?;
    if token.is_none() && !is_loopback(&args.listen) {
        tracing::warn!(
            "the coordinator listens on {} without a token: anyone who can reach it can submit and read campaigns",
            args.listen
        );
    }
    let config = server::ServerConfig {
        token,
        tls,
        lease_ttl: Duration::from_secs(args.lease_ttl.max(1)),
        max_attempts: args.max_attempts.max(1),
        batch_size: args.batch_size.max(1),
        ..server::ServerConfig::new(args.data.clone())
    };
    // The state first: a data folder in use or a damaged store is reported before an address
    // is announced.
    let opened = server::open(config)
        .await
        .context("start the coordinator")?;
    let listener = tokio::net::TcpListener::bind(&args.listen)
        .await
        .with_context(|| format!("listen on {}", args.listen))?;
    let address = listener
        .local_addr()
        .context("read the listening address")?;
    eprintln!(
        "isomigrate coordinator listening on {address}, state in {}",
        args.data.display()
    );
    let shutdown = shutdown_on_signals();
    let serving = opened.serve(listener, shutdown.clone().cancelled_owned());
    // Graceful shutdown waits for open calls; a client that never hangs up must not keep the
    // coordinator alive forever (acknowledged state is already on disk).
    let grace = async {
        shutdown.cancelled().await;
        tokio::time::sleep(Duration::from_secs(15)).await;
    };
    tokio::select! {
        served = serving => served.context("run the coordinator")?,
        _ = grace => tracing::warn!("open calls did not finish within 15 s of the shutdown request; stopping anyway"),
    }
    Ok(ExitCode::SUCCESS)
}

fn is_loopback(listen: &str) -> bool {
    listen.starts_with("127.") || listen.starts_with("localhost") || listen.starts_with("[::1]")
}

pub async fn worker(args: WorkerArgs) -> Result<ExitCode> {
    let (reader, limits) = reader_config(&args.reader)?;
    let config = RunnerConfig {
        coordinator: client_options(&args.client)?,
        name: args.name.clone().unwrap_or_else(host_name),
        concurrency: args.concurrency.unwrap_or_else(default_parallelism).max(1),
        reader,
        limits,
        shutdown_grace: Duration::from_secs(20),
    };
    let shutdown = shutdown_on_signals();
    worker::runner::run(config, shutdown)
        .await
        .context("run the worker")?;
    Ok(ExitCode::SUCCESS)
}

pub async fn submit(args: SubmitArgs) -> Result<ExitCode> {
    let plan = scan_campaign(&args.campaign_dir, args.lang.code())?;
    let clients = connect(&args.client).await?;
    let submitted = submit::submit(&clients, &plan).await?;
    eprintln!(
        "{} agencies, {} documents; {} files uploaded, {} already on the coordinator{}",
        plan.manifest.agencies.len(),
        plan.n_documents(),
        submitted.n_uploaded,
        submitted.n_already_there,
        if submitted.existing {
            "; this campaign was submitted before"
        } else {
            ""
        }
    );
    println!("{}", submitted.campaign_id);
    Ok(ExitCode::SUCCESS)
}

fn scan_campaign(dir: &Path, lang: &str) -> Result<campaign_dir::CampaignPlan> {
    let plan = campaign_dir::scan(dir, lang)?;
    for warning in &plan.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(plan)
}

pub async fn watch(args: WatchArgs) -> Result<ExitCode> {
    let clients = connect(&args.client).await?;
    let progress = watch::watch(&clients, &args.campaign_id, !args.no_progress, |_| {}).await?;
    Ok(final_exit(&progress))
}

/// Exit 0 when every agency was analysed (individual files may have failed).
fn final_exit(progress: &pb::CampaignProgress) -> ExitCode {
    let failed: Vec<&str> = progress
        .agencies
        .iter()
        .filter(|a| a.state != "done")
        .map(|a| a.agency_id.as_str())
        .collect();
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "error: these agencies could not be analysed: {}",
            failed.join(", ")
        );
        ExitCode::FAILURE
    }
}

pub async fn fetch(args: FetchArgs) -> Result<ExitCode> {
    let clients = connect(&args.client).await?;
    let progress = campaign_progress(&clients, &args.campaign_id).await?;
    if progress.state == "running" {
        bail!(
            "campaign {} is still running ({}/{} documents); wait with `isomigrate watch {}`",
            args.campaign_id,
            progress.docs_done,
            progress.docs_total,
            args.campaign_id
        );
    }
    let fetched = fetch::fetch(&clients, &progress, &args.out).await?;
    eprintln!(
        "wrote the reports of {} agencies to {}",
        fetched.n_agencies,
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

async fn campaign_progress(clients: &Clients, campaign_id: &str) -> Result<pb::CampaignProgress> {
    let response = clients
        .campaigns
        .clone()
        .status(pb::StatusRequest {
            campaign_id: campaign_id.to_string(),
        })
        .await
        .map_err(status_error)
        .context("ask the coordinator for the campaign")?
        .into_inner();
    response
        .campaigns
        .into_iter()
        .find(|c| c.campaign_id == campaign_id)
        .with_context(|| format!("the coordinator knows no campaign {campaign_id}"))
}

pub async fn status(args: StatusArgs) -> Result<ExitCode> {
    let clients = connect(&args.client).await?;
    let response = clients
        .campaigns
        .clone()
        .status(pb::StatusRequest {
            campaign_id: args.campaign_id.clone().unwrap_or_default(),
        })
        .await
        .map_err(status_error)
        .context("ask the coordinator for its status")?
        .into_inner();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    print!(
        "{}",
        status::render(&response, now, args.campaign_id.is_some())
    );
    Ok(ExitCode::SUCCESS)
}

/// A token only this process knows, so other local users cannot talk to the embedded coordinator.
fn ephemeral_token(seed: &Path) -> String {
    let mut hasher = Sha256::new();
    hasher.update(seed.as_os_str().as_encoded_bytes());
    hasher.update(std::process::id().to_le_bytes());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    hasher.update(now.to_le_bytes());
    hex::encode(hasher.finalize())
}

/// `run`: the embedded cluster.
pub async fn run(args: RunArgs) -> Result<ExitCode> {
    let state_dir = tempfile::Builder::new()
        .prefix("isomigrate-run-")
        .tempdir()
        .context("create a temporary folder for the coordinator state")?;
    let token = ephemeral_token(state_dir.path());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .context("listen on a loopback port")?;
    let address = listener.local_addr().context("read the loopback port")?;
    let stop = CancellationToken::new();

    let server_config = server::ServerConfig {
        token: Some(token.clone()),
        // The state folder is deleted when `run` ends; fsyncing it would protect nothing.
        durable: false,
        ..server::ServerConfig::new(PathBuf::from(state_dir.path()))
    };
    let server_task = tokio::spawn(server::serve(
        server_config,
        listener,
        stop.clone().cancelled_owned(),
    ));

    let options = ClientOptions {
        endpoint: format!("http://{address}"),
        token: Some(token),
        ca_pem: None,
    };
    let (reader, limits) = reader_config(&args.reader)?;
    let runner_config = RunnerConfig {
        coordinator: options.clone(),
        name: "local".to_string(),
        concurrency: args.workers.unwrap_or_else(default_parallelism).max(1),
        reader,
        limits,
        shutdown_grace: Duration::from_secs(1),
    };
    let worker_stop = CancellationToken::new();
    let worker_task = tokio::spawn(worker::runner::run(runner_config, worker_stop.clone()));

    let outcome = drive(&options, &args).await;
    // Workers first, so that they can hand back what they hold; then the coordinator.
    worker_stop.cancel();
    let _ = worker_task.await;
    stop.cancel();
    match server_task.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!("embedded coordinator: {:#}", anyhow::Error::from(e)),
        Err(e) => tracing::warn!("embedded coordinator: {e}"),
    }
    outcome
}

/// Scans the campaign while the embedded coordinator and workers start, then submits, watches
/// and fetches.
async fn drive(options: &ClientOptions, args: &RunArgs) -> Result<ExitCode> {
    let (dir, lang) = (args.campaign_dir.clone(), args.lang.code().to_string());
    let scanning = tokio::task::spawn_blocking(move || scan_campaign(&dir, &lang));
    let clients = proto::client::connect(options).await?;
    let plan = scanning.await.context("scan task")??;
    let out = &args.out;
    let submitted = submit::submit(&clients, &plan).await?;
    // Reports are written as agencies finish, so the end of the run only has the last ones.
    let (updates, updates_rx) = tokio::sync::watch::channel(None);
    let watching = watch::watch(
        &clients,
        &submitted.campaign_id,
        !args.no_progress,
        move |progress| {
            updates.send_replace(Some(progress.clone()));
        },
    );
    let fetching = fetch::fetch_as_agencies_finish(&clients, out, updates_rx);
    let (progress, fetcher) = tokio::join!(watching, fetching);
    let progress = progress?;
    let fetched = fetcher?.finish(&clients, &progress).await?;
    eprintln!(
        "{} agencies, {} documents ({} unreadable); reports in {}",
        fetched.n_agencies,
        progress.docs_total,
        progress.docs_failed,
        out.display()
    );
    Ok(final_exit(&progress))
}
