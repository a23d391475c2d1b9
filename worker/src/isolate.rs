//! Reading in a child process, so that a file that overflows the stack or aborts cannot take the
//! worker down (the Tika Pipes design).
//!
//! One persistent child (`isomigrate __read-child`) serves one [`IsolatedReader`]: the parent
//! writes a request frame (file name, limits, task, bytes) to the child's stdin and waits, within
//! the file's time budget, for a response frame on its stdout. The task is either to read (the
//! whole [`ExtractedDoc`] comes back, for `inspect`) or to read and analyse (only the compact
//! per-document result comes back, as the JSON the coordinator stores: the worker's case, where
//! shipping the full text across the pipe and parsing it again cost more than the analysis), or
//! to assemble an agency's report from those results ([`assembly`]). A child that dies mid-file, overruns
//! the budget or answers garbage is killed, reaped and replaced on the next call; the file gets
//! a [`ReadError`] that says what happened. The child caps its own address space and turns
//! panics into errors, so only stack overflows, aborts and signals end it.
//!
//! Frames: request = `MAGIC`, u32 header length, JSON header, u64 body length, body bytes;
//! response = `MAGIC`, u32 length, JSON [`Answer`].
//! All integers are big-endian.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::{Child, ChildStderr, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::analyse;
use crate::read::{self, ExtractedDoc, Format, Limits, ReadError, read_bytes};

mod assembly;
pub use assembly::{AssembledFiles, AssemblyJob, assemble_files};

/// Starts every frame, so that stray output on the child's stdout is caught, not misread.
const MAGIC: &[u8; 4] = b"ISR1";
/// Largest request header (a file name and the limits).
const MAX_HEADER: u32 = 1024 * 1024;
/// Largest response: the text cap at 4 bytes per char, JSON escaping and structure included.
const MAX_RESPONSE: u64 = 1 << 31;
/// How much of the child's stderr is kept for error messages.
const STDERR_TAIL: usize = 2048;
/// How long a child that closed its stdout gets to exit before it is killed.
const EXIT_GRACE: Duration = Duration::from_secs(2);

/// How to start the reader child: the CLI passes its own executable and `["__read-child"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChildCommand {
    pub program: PathBuf,
    pub args: Vec<OsString>,
}

/// What the child does with a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
enum Task {
    #[default]
    Read,
    /// Read, then [`analyse::analyse_document`].
    Analyse,
    /// An agency's assembly and report files ([`assembly`]); the body is the job, not a file.
    Assemble,
}

/// What the parent asks the child to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct RequestHeader {
    name: String,
    limits: Limits,
    #[serde(default)]
    task: Task,
}

/// What one read produced, as sent back by the child.
pub type ReadResult = Result<(Format, ExtractedDoc), ReadError>;

/// The child's answer to one request.
#[derive(Debug, Serialize, Deserialize)]
enum Answer {
    Read(ReadResult),
    /// The `DocumentResult` as JSON text, ready to send to the coordinator.
    Analysed(String),
    /// An agency's report files, or why they could not be made.
    Assembled(Result<assembly::WireFiles, String>),
}

/// Why a frame could not be read or written.
#[derive(Debug, thiserror::Error)]
enum FrameError {
    #[error("the stream ended")]
    Eof,
    #[error("unexpected bytes instead of a frame start ({0:02x?})")]
    BadMagic([u8; 4]),
    #[error("frame of {size} bytes is larger than the limit of {limit} bytes")]
    TooLarge { size: u64, limit: u64 },
    #[error("malformed frame: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Io(#[from] io::Error),
}

fn write_request(
    w: &mut impl Write,
    header: &RequestHeader,
    body: &[u8],
) -> Result<(), FrameError> {
    let header = serde_json::to_vec(header)?;
    let mut prefix = Vec::with_capacity(MAGIC.len() + 4 + header.len() + 8);
    prefix.extend_from_slice(MAGIC);
    prefix.extend_from_slice(&(header.len() as u32).to_be_bytes());
    prefix.extend_from_slice(&header);
    prefix.extend_from_slice(&(body.len() as u64).to_be_bytes());
    w.write_all(&prefix)?;
    w.write_all(body)?;
    Ok(())
}

/// Reads one request; `Ok(None)` on a clean end of input (the parent closed the pipe).
fn read_request(r: &mut impl Read) -> Result<Option<(RequestHeader, Vec<u8>)>, FrameError> {
    match read_magic(r) {
        Err(FrameError::Eof) => return Ok(None),
        other => other?,
    }
    let header_len = u32::from_be_bytes(read_array(r)?);
    if header_len > MAX_HEADER {
        return Err(FrameError::TooLarge {
            size: header_len.into(),
            limit: MAX_HEADER.into(),
        });
    }
    let header: RequestHeader = serde_json::from_slice(&read_exact_vec(r, header_len.into())?)?;
    let body_len = u64::from_be_bytes(read_array(r)?);
    let limit = header.limits.max_file_bytes;
    if body_len > limit {
        return Err(FrameError::TooLarge {
            size: body_len,
            limit,
        });
    }
    let body = read_exact_vec(r, body_len)?;
    Ok(Some((header, body)))
}

fn write_response(w: &mut impl Write, answer: &Answer) -> Result<(), FrameError> {
    let payload = match serde_json::to_vec(answer) {
        Ok(p) => p,
        Err(e) => serde_json::to_vec(&Answer::Read(Err(ReadError::Crashed(format!(
            "the result could not be encoded: {e}"
        )))))?,
    };
    if payload.len() as u64 > MAX_RESPONSE {
        let too_big = Answer::Read(Err(ReadError::Bomb(format!(
            "the extracted text is {} bytes, more than the {} bytes one file may produce",
            payload.len(),
            MAX_RESPONSE
        ))));
        return write_response(w, &too_big);
    }
    // One write per answer: the parent's reader thread is woken once, not three times.
    let mut frame = Vec::with_capacity(MAGIC.len() + 4 + payload.len());
    frame.extend_from_slice(MAGIC);
    frame.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    frame.extend_from_slice(&payload);
    w.write_all(&frame)?;
    w.flush()?;
    Ok(())
}

fn read_response(r: &mut impl Read) -> Result<Answer, FrameError> {
    read_magic(r)?;
    let len = u32::from_be_bytes(read_array(r)?);
    if u64::from(len) > MAX_RESPONSE {
        return Err(FrameError::TooLarge {
            size: len.into(),
            limit: MAX_RESPONSE,
        });
    }
    Ok(serde_json::from_slice(&read_exact_vec(r, len.into())?)?)
}

fn read_magic(r: &mut impl Read) -> Result<(), FrameError> {
    let mut magic = [0u8; 4];
    let mut got = 0;
    while got < magic.len() {
        match r.read(&mut magic[got..]) {
            Ok(0) if got == 0 => return Err(FrameError::Eof),
            Ok(0) => return Err(io::Error::from(io::ErrorKind::UnexpectedEof).into()),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    if &magic != MAGIC {
        return Err(FrameError::BadMagic(magic));
    }
    Ok(())
}

fn read_array<const N: usize>(r: &mut impl Read) -> Result<[u8; N], FrameError> {
    let mut buf = [0u8; N];
    r.read_exact(&mut buf)?;
    Ok(buf)
}

/// Reads exactly `len` bytes without trusting `len` for the allocation up front.
fn read_exact_vec(r: &mut impl Read, len: u64) -> Result<Vec<u8>, FrameError> {
    let mut buf = Vec::with_capacity(len.min(16 * 1024 * 1024) as usize);
    r.take(len).read_to_end(&mut buf)?;
    if (buf.len() as u64) < len {
        return Err(io::Error::from(io::ErrorKind::UnexpectedEof).into());
    }
    Ok(buf)
}

/// Reads in this process, turning a panic into [`ReadError::Crashed`]; for `--no-isolation`
/// and trusted input. A stack overflow or abort still ends the process.
pub fn read_in_process(name: &str, bytes: &[u8], limits: &Limits) -> ReadResult {
    panic::catch_unwind(AssertUnwindSafe(|| read_bytes(name, bytes, limits)))
        .unwrap_or_else(|payload| Err(ReadError::Crashed(panic_message(payload.as_ref()))))
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    format!("a reader panicked: {}", panic_text(payload))
}

/// The text a panic was raised with, for error messages.
pub(crate) fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_string())
}

/// Entry point of the reader child process; returns the process exit code.
///
/// Serves requests until the parent closes stdin (exit 0); a broken frame exits with 2.
pub fn child_main() -> i32 {
    // The default hook would print every caught panic to the shared stderr; the message goes
    // back in the response instead, with the location added here.
    let location: Arc<Mutex<Option<String>>> = Arc::new(Mutex::new(None));
    let hook_location = Arc::clone(&location);
    panic::set_hook(Box::new(move |info| {
        if let (Some(loc), Ok(mut slot)) = (info.location(), hook_location.lock()) {
            *slot = Some(format!("{}:{}", loc.file(), loc.line()));
        }
    }));
    let mut input = io::stdin().lock();
    let mut output = io::stdout().lock();
    let mut memory_limit = None;
    loop {
        let (header, body) = match read_request(&mut input) {
            Ok(Some(request)) => request,
            Ok(None) => return 0,
            Err(e) => {
                eprintln!("isomigrate reader child: bad request: {e}");
                return 2;
            }
        };
        if memory_limit != Some(header.limits.child_memory_bytes) {
            memory_limit = Some(header.limits.child_memory_bytes);
            if let Err(e) = limit_address_space(header.limits.child_memory_bytes) {
                eprintln!("isomigrate reader child: could not limit memory: {e}");
            }
        }
        let answer = match panic::catch_unwind(AssertUnwindSafe(|| serve(&header, &body))) {
            Ok(answer) => answer,
            Err(payload) => {
                let mut message = panic_message(payload.as_ref());
                if let Some(loc) = location.lock().ok().and_then(|mut l| l.take()) {
                    message.push_str(&format!(" at {loc}"));
                }
                // An analysis request gets the error too; the parent analyses the failure.
                Answer::Read(Err(ReadError::Crashed(message)))
            }
        };
        drop(body);
        if let Err(e) = write_response(&mut output, &answer) {
            eprintln!("isomigrate reader child: could not answer: {e}");
            return 2;
        }
    }
}

/// Does one request in the child.
fn serve(header: &RequestHeader, body: &[u8]) -> Answer {
    if header.task == Task::Assemble {
        return Answer::Assembled(assembly::decode(body).and_then(|job| {
            let results = job.results;
            let files = assemble_files(&AssemblyJob {
                agency: &job.header.agency,
                year: job.header.year,
                lang: job.header.lang,
                tthc_csv: job.tthc_csv,
                results: &results,
            })?;
            assembly::WireFiles::from_files(files)
        }));
    }
    let read = read_bytes(&header.name, body, &header.limits);
    match header.task {
        Task::Read | Task::Assemble => Answer::Read(read),
        Task::Analyse => {
            let format = read::sniff_format(&header.name, body);
            let result = analyse::analyse_document(&header.name, format, read.map(|(_, d)| d));
            match serde_json::to_string(&result) {
                Ok(json) => Answer::Analysed(json),
                Err(e) => Answer::Read(Err(ReadError::Crashed(format!(
                    "the result could not be encoded: {e}"
                )))),
            }
        }
    }
}

/// Lowers the soft address-space limit (0 = leave it); the hard limit stays, so a later request
/// with a larger limit can raise it again.
#[cfg(unix)]
fn limit_address_space(bytes: u64) -> io::Result<()> {
    if bytes == 0 {
        return Ok(());
    }
    let (_, hard) = rlimit::getrlimit(rlimit::Resource::AS)?;
    rlimit::setrlimit(rlimit::Resource::AS, bytes.min(hard), hard)
}

#[cfg(not(unix))]
fn limit_address_space(_bytes: u64) -> io::Result<()> {
    Ok(())
}

/// What the stdout thread hands the parent.
type Response = Result<Answer, FrameError>;

/// A running child with the threads that feed it and drain it.
struct Running {
    process: Child,
    requests: Sender<(RequestHeader, Arc<Vec<u8>>)>,
    responses: Receiver<Response>,
    stderr_tail: Arc<Mutex<String>>,
    /// Disconnects when the stderr thread has copied everything the child wrote.
    stderr_done: Receiver<()>,
}

/// Reads untrusted files in a child process; see the module documentation.
///
/// Synchronous: call it from a blocking thread. One reader serves one file at a time.
pub struct IsolatedReader {
    command: ChildCommand,
    limits: Limits,
    running: Option<Running>,
    /// Files sent to the running child ahead of the batch that will ask for them (see
    /// [`analyse_batch_feeding`](Self::analyse_batch_feeding)), in order. Empty whenever no
    /// child runs: they belong to that child's queue.
    sent_ahead: VecDeque<(String, Arc<Vec<u8>>)>,
    /// Analysis requests sent to children so far.
    analyses_sent: u64,
}

/// A document for the child's queue before its batch starts: its name and bytes.
pub type AheadFile = (String, Arc<Vec<u8>>);

/// How often the wait for a batch's answers looks again for the next batch's files while they
/// may still come (they are usually one lease round trip away).
const AHEAD_POLL: Duration = Duration::from_micros(500);

impl IsolatedReader {
    /// The child starts on the first [`read`](Self::read), not here.
    pub fn new(command: ChildCommand, limits: Limits) -> Self {
        IsolatedReader {
            command,
            limits,
            running: None,
            sent_ahead: VecDeque::new(),
            analyses_sent: 0,
        }
    }

    /// Reads one file in the child within the time budget; never panics and never hangs.
    pub fn read(&mut self, name: &str, bytes: &[u8]) -> ReadResult {
        match self.ask(Task::Read, name, bytes, || Some(Vec::new()))? {
            Answer::Read(result) => result,
            Answer::Analysed(_) | Answer::Assembled(_) => Err(ReadError::Crashed(
                "the reader process answered something else than a read".into(),
            )),
        }
    }

    /// Assembles an agency and renders its report files in the child, within the time budget of
    /// one file. An error is worded for the unit's failure record (crash, time-out, bad job).
    pub fn assemble(&mut self, job: &AssemblyJob<'_>) -> Result<AssembledFiles, String> {
        self.assemble_feeding(job, || Some(Vec::new()))
    }

    /// [`assemble`](Self::assemble) that queues the next batch's first files behind the
    /// assembly, as [`analyse_batch_feeding`](Self::analyse_batch_feeding) does.
    pub fn assemble_feeding(
        &mut self,
        job: &AssemblyJob<'_>,
        ahead: impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> Result<AssembledFiles, String> {
        let body = assembly::encode(job)?;
        let answer = self
            .ask(Task::Assemble, &job.agency.id, &body, ahead)
            .map_err(|e| format!("assembling the agency's report: {e}"))?;
        match answer {
            Answer::Assembled(files) => files?.into_files(),
            Answer::Read(Err(e)) => Err(format!("assembling the agency's report: {e}")),
            Answer::Read(Ok(_)) | Answer::Analysed(_) => {
                Err("the reader process answered something else than an assembly".into())
            }
        }
    }

    /// Reads and analyses files in a row; each `DocumentResult` comes back as JSON. An error
    /// means the child could not produce it (crash, time-out): the caller records that failure.
    ///
    /// All requests go to the child at once, so it moves from one file to the next without
    /// waiting for the parent (and keeps its caches warm); each answer is still awaited within
    /// its own file's time budget. A child that dies or overruns on a file costs that file only:
    /// the files after it go to a fresh child. `starting(i)` is called when the child starts on
    /// file `i` (its answer is awaited next); when it returns false the batch stops there, the
    /// child is stopped, and only the answers so far come back.
    pub fn analyse_batch(
        &mut self,
        files: &[(&str, &[u8])],
        starting: impl FnMut(usize) -> bool,
    ) -> Vec<Result<String, ReadError>> {
        self.analyse_batch_feeding(files, starting, || Some(Vec::new()))
    }

    /// [`analyse_batch`](Self::analyse_batch) that also keeps the child fed across batches:
    /// once this batch's last files are in the child's queue, the next batch's first files are
    /// queued behind them as soon as `ahead()` has them, so that the child goes on to them
    /// without waiting for this batch's answers to be collected and the next batch to be sent.
    /// `ahead()` returns `None` while they may still come (it is asked again before each
    /// answer, and the wait for the batch's last answer looks again every [`AHEAD_POLL`]) and
    /// `Some` once it knows (possibly no files).
    /// The next call whose files begin with exactly those files (same names, same bytes)
    /// collects their answers instead of sending them again; any other call first replaces the
    /// child, whose queue holds work nobody will ask for.
    pub fn analyse_batch_feeding(
        &mut self,
        files: &[(&str, &[u8])],
        mut starting: impl FnMut(usize) -> bool,
        mut ahead: impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> Vec<Result<String, ReadError>> {
        let mut ahead_known = false;
        let queued = self.take_sent_ahead(files);
        let mut answers = Vec::with_capacity(files.len());
        while answers.len() < files.len() {
            let first = answers.len();
            if files[first].1.len() as u64 > self.limits.max_file_bytes {
                if !starting(first) {
                    return answers;
                }
                answers.push(Err(ReadError::TooLarge {
                    size: files[first].1.len() as u64,
                    limit: self.limits.max_file_bytes,
                }));
                continue;
            }
            // The run of files up to the next one too large to send.
            let end = files[first..]
                .iter()
                .position(|(_, bytes)| bytes.len() as u64 > self.limits.max_file_bytes)
                .map_or(files.len(), |n| first + n);
            // Files the child already has: those sent ahead, when this is still their child.
            let fresh = self.running.is_none();
            let running = match self.child() {
                Ok(r) => r,
                Err(error) => {
                    if !starting(first) {
                        return answers;
                    }
                    answers.push(Err(error));
                    continue;
                }
            };
            let already = if first == 0 && !fresh { queued } else { 0 };
            for (name, bytes) in &files[first + already.min(end - first)..end] {
                self.send(&running, Task::Analyse, name, Arc::new(bytes.to_vec()));
            }
            let budget = self.budget();
            let mut running = Some(running);
            for index in first..end {
                if !starting(index) {
                    self.stop_child_of(running.take());
                    return answers;
                }
                // The batch's last files are queued: the next batch's first ones may follow.
                let feeding = end == files.len() && !ahead_known;
                if feeding && let Some(child) = &running {
                    ahead_known = self.feed_ahead(child, &mut ahead);
                }
                let Some(child) = running.take() else {
                    break;
                };
                // Only the last answer's wait looks again: the next files are on their way by
                // then (they are asked for a few documents before the end).
                let received = if feeding && !ahead_known && index + 1 == end {
                    self.receive_feeding(child, budget, &mut ahead, &mut ahead_known)
                } else {
                    receive(child, budget)
                };
                match received {
                    (Ok(answer), child) => {
                        answers.push(match answer {
                            Answer::Analysed(json) => Ok(json),
                            Answer::Read(Err(e)) => Err(e),
                            Answer::Read(Ok(_)) | Answer::Assembled(_) => Err(ReadError::Crashed(
                                "the reader process answered something else than an analysis"
                                    .into(),
                            )),
                        });
                        running = child;
                    }
                    (Err(error), _) => {
                        // The child is gone; the files after this one go to a new child.
                        answers.push(Err(error));
                        break;
                    }
                }
            }
            self.put_back(running);
        }
        answers
    }

    /// The time budget of one request.
    fn budget(&self) -> Duration {
        Duration::from_secs(self.limits.time_budget_secs.max(1))
    }

    /// The running child, or a new one, with its stderr tail cleared for the next request.
    fn child(&mut self) -> Result<Running, ReadError> {
        let running = match self.running.take() {
            Some(running) => running,
            None => self.spawn().map_err(|e| {
                ReadError::Crashed(format!(
                    "the reader process could not be started ({}: {e})",
                    self.command.program.display()
                ))
            })?,
        };
        if let Ok(mut tail) = running.stderr_tail.lock() {
            tail.clear();
        }
        Ok(running)
    }

    /// Keeps the child after a request; without one, whatever was sent ahead died with it.
    fn put_back(&mut self, running: Option<Running>) {
        self.running = running;
        if self.running.is_none() {
            self.sent_ahead.clear();
        }
    }

    /// Queues the next batch's first files when `ahead()` has them; true once it knows.
    fn feed_ahead(
        &mut self,
        child: &Running,
        ahead: &mut impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> bool {
        let Some(files) = ahead() else {
            return false;
        };
        for (name, bytes) in files {
            if bytes.len() as u64 > self.limits.max_file_bytes {
                break;
            }
            tracing::debug!(file = %name, "queued in the reader child ahead of its batch");
            self.send(child, Task::Analyse, &name, Arc::clone(&bytes));
            self.sent_ahead.push_back((name, bytes));
        }
        true
    }

    /// [`receive`] within the same budget, looking for the next batch's files every
    /// [`AHEAD_POLL`] until they are known.
    fn receive_feeding(
        &mut self,
        running: Running,
        budget: Duration,
        ahead: &mut impl FnMut() -> Option<Vec<AheadFile>>,
        known: &mut bool,
    ) -> (Result<Answer, ReadError>, Option<Running>) {
        let deadline = Instant::now() + budget;
        while !*known {
            match running.responses.recv_timeout(AHEAD_POLL) {
                Ok(response) => return settle(running, Ok(response), budget),
                Err(RecvTimeoutError::Timeout) if Instant::now() < deadline => {
                    *known = self.feed_ahead(&running, ahead);
                }
                Err(e) => return settle(running, Err(e), budget),
            }
        }
        let response = running
            .responses
            .recv_timeout(deadline.saturating_duration_since(Instant::now()));
        settle(running, response, budget)
    }

    /// How many of `files`' first files the running child already has in its queue. Files
    /// sent ahead that this batch does not begin with would be answered to nobody, so their
    /// child is stopped (the batch goes to a fresh one).
    fn take_sent_ahead(&mut self, files: &[(&str, &[u8])]) -> usize {
        if self.sent_ahead.is_empty() {
            return 0;
        }
        let matches =
            self.sent_ahead.len() <= files.len()
                && self.sent_ahead.iter().zip(files).all(
                    |((name, bytes), (want_name, want_bytes))| {
                        name == want_name && bytes.as_slice() == *want_bytes
                    },
                );
        if matches {
            let n = self.sent_ahead.len();
            self.sent_ahead.clear();
            n
        } else {
            tracing::debug!(
                sent_ahead = self.sent_ahead.len(),
                "files sent ahead were not asked for; the reader child is replaced"
            );
            self.stop_child();
            0
        }
    }

    /// How many analysis requests went to reader children so far: a file queued ahead and then
    /// asked for counts once, a file resent to a fresh child twice.
    pub fn analyses_sent(&self) -> u64 {
        self.analyses_sent
    }

    /// Queues one request in the child. A send fails only when the child is gone; the answer
    /// that is then awaited says so.
    fn send(&mut self, running: &Running, task: Task, name: &str, bytes: Arc<Vec<u8>>) {
        if task == Task::Analyse {
            self.analyses_sent += 1;
        }
        let header = RequestHeader {
            name: name.to_string(),
            limits: self.limits.clone(),
            task,
        };
        let _ = running.requests.send((header, bytes));
    }

    /// Stops the running child, if any, and forgets what was sent to it ahead.
    fn stop_child(&mut self) {
        let running = self.running.take();
        self.stop_child_of(running);
    }

    fn stop_child_of(&mut self, running: Option<Running>) {
        if let Some(running) = running {
            stop(running);
        }
        self.sent_ahead.clear();
    }

    fn ask(
        &mut self,
        task: Task,
        name: &str,
        bytes: &[u8],
        mut ahead: impl FnMut() -> Option<Vec<AheadFile>>,
    ) -> Result<Answer, ReadError> {
        if bytes.len() as u64 > self.limits.max_file_bytes {
            return Err(ReadError::TooLarge {
                size: bytes.len() as u64,
                limit: self.limits.max_file_bytes,
            });
        }
        if !self.sent_ahead.is_empty() {
            // Their answers would come before this one's.
            self.stop_child();
        }
        let running = self.child()?;
        self.send(&running, task, name, Arc::new(bytes.to_vec()));
        let budget = self.budget();
        let (answer, running) = if self.feed_ahead(&running, &mut ahead) {
            receive(running, budget)
        } else {
            let mut known = false;
            self.receive_feeding(running, budget, &mut ahead, &mut known)
        };
        self.put_back(running);
        answer
    }

    fn spawn(&self) -> io::Result<Running> {
        let mut process = Command::new(&self.command.program)
            .args(&self.command.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let (Some(stdin), Some(stdout), Some(stderr)) = (
            process.stdin.take(),
            process.stdout.take(),
            process.stderr.take(),
        ) else {
            let _ = process.kill();
            let _ = process.wait();
            return Err(io::Error::other("the child's pipes were not set up"));
        };
        widen_pipe(&stdin);
        let (requests, request_rx) = mpsc::channel();
        let (response_tx, responses) = mpsc::channel();
        let stderr_tail = Arc::new(Mutex::new(String::new()));
        let (stderr_done_tx, stderr_done) = mpsc::channel();
        let spawned = spawn_writer(stdin, request_rx)
            .and_then(|_| spawn_reader(stdout, response_tx))
            .and_then(|_| spawn_stderr_drain(stderr, Arc::clone(&stderr_tail), stderr_done_tx));
        if let Err(e) = spawned {
            let _ = process.kill();
            let _ = process.wait();
            return Err(e);
        }
        Ok(Running {
            process,
            requests,
            responses,
            stderr_tail,
            stderr_done,
        })
    }
}

impl Drop for IsolatedReader {
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            stop(running);
        }
    }
}

/// Room in the pipe to the child for [`PIPE_BYTES`] of requests instead of the default 64 KiB,
/// so the writer thread queues a whole unit's documents at once and the child goes from one to
/// the next without waiting for the writer to be woken.
const PIPE_BYTES: usize = 1 << 20;

#[cfg(target_os = "linux")]
fn widen_pipe(stdin: &ChildStdin) {
    // Refused above the system's `fs.pipe-max-size`; the default size then stays, which works.
    if let Err(e) = rustix::pipe::fcntl_setpipe_size(stdin, PIPE_BYTES) {
        tracing::debug!("pipe to the reader child left at its default size: {e}");
    }
}

#[cfg(not(target_os = "linux"))]
fn widen_pipe(_stdin: &ChildStdin) {}

/// Waits for the child's next answer within `budget`. The child comes back only when it is
/// still usable; one that died, overran or answered garbage is stopped and described.
fn receive(running: Running, budget: Duration) -> (Result<Answer, ReadError>, Option<Running>) {
    let response = running.responses.recv_timeout(budget);
    settle(running, response, budget)
}

/// What one wait for an answer came to; see [`receive`].
fn settle(
    running: Running,
    response: Result<Response, RecvTimeoutError>,
    budget: Duration,
) -> (Result<Answer, ReadError>, Option<Running>) {
    match response {
        Ok(Ok(answer)) => (Ok(answer), Some(running)),
        Ok(Err(FrameError::Eof | FrameError::Io(_))) | Err(RecvTimeoutError::Disconnected) => {
            (Err(ReadError::Crashed(died(running))), None)
        }
        Ok(Err(e)) => {
            let tail = stop(running);
            let message = format!(
                "the reader process answered garbage ({e}){}",
                tail_suffix(&tail)
            );
            (Err(ReadError::Crashed(message)), None)
        }
        Err(RecvTimeoutError::Timeout) => {
            stop(running);
            (Err(ReadError::Timeout(budget.as_secs())), None)
        }
    }
}

/// The writer thread's buffer: small documents and the frames' headers share writes to the pipe,
/// larger documents go straight through.
const WRITE_BUFFER: usize = 64 * 1024;

/// The writer thread: a child that stops reading its stdin blocks this thread, not the caller.
fn spawn_writer(
    stdin: ChildStdin,
    requests: Receiver<(RequestHeader, Arc<Vec<u8>>)>,
) -> io::Result<()> {
    std::thread::Builder::new()
        .name("isolate-writer".into())
        .spawn(move || {
            // Requests queued together go out in as few writes as the buffer allows; the
            // buffer is flushed whenever no further request is waiting.
            let mut out = BufWriter::with_capacity(WRITE_BUFFER, stdin);
            while let Ok(first) = requests.recv() {
                let mut next = Some(first);
                while let Some((header, body)) = next.take() {
                    if write_request(&mut out, &header, &body).is_err() {
                        // The child is gone; the reader thread reports it.
                        return;
                    }
                    next = requests.try_recv().ok();
                }
                if out.flush().is_err() {
                    return;
                }
            }
        })
        .map(drop)
}

fn spawn_reader(stdout: ChildStdout, responses: Sender<Response>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("isolate-reader".into())
        .spawn(move || {
            let mut stdout = BufReader::new(stdout);
            loop {
                let response = read_response(&mut stdout);
                let last = response.is_err();
                if responses.send(response).is_err() || last {
                    return;
                }
            }
        })
        .map(drop)
}

/// Keeps the last [`STDERR_TAIL`] bytes of the child's stderr for error messages.
fn spawn_stderr_drain(
    stderr: ChildStderr,
    tail: Arc<Mutex<String>>,
    done: Sender<()>,
) -> io::Result<()> {
    std::thread::Builder::new()
        .name("isolate-stderr".into())
        .spawn(move || {
            // Dropped when the thread ends, which tells `died` that the tail is complete.
            let _done = done;
            let mut lines = BufReader::new(stderr);
            let mut line = Vec::new();
            loop {
                line.clear();
                match lines.read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                let text = String::from_utf8_lossy(&line);
                tracing::debug!(line = %text.trim_end(), "reader child stderr");
                if let Ok(mut t) = tail.lock() {
                    t.push_str(&text);
                    if t.len() > STDERR_TAIL {
                        let mut cut = t.len() - STDERR_TAIL;
                        while !t.is_char_boundary(cut) {
                            cut += 1;
                        }
                        t.drain(..cut);
                    }
                }
            }
        })
        .map(drop)
}

/// Kills and reaps a child; returns what it wrote to stderr during the current file.
fn stop(mut running: Running) -> String {
    let _ = running.process.kill();
    let _ = running.process.wait();
    take_tail(&running)
}

/// A child whose stdout ended: reap it (killing it after a grace period) and say how it died.
fn died(mut running: Running) -> String {
    let deadline = Instant::now() + EXIT_GRACE;
    let status = loop {
        match running.process.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) | Err(_) => {
                let _ = running.process.kill();
                break running.process.wait().ok();
            }
        }
    };
    // The stderr thread may still be copying the last lines; it ends with the pipe.
    let _ = running.stderr_done.recv_timeout(EXIT_GRACE);
    let tail = take_tail(&running);
    let status = status
        .map(describe_status)
        .unwrap_or_else(|| "exit status unknown".into());
    format!(
        "the reader process died (stack overflow or abort); {status}{}",
        tail_suffix(&tail)
    )
}

fn take_tail(running: &Running) -> String {
    running
        .stderr_tail
        .lock()
        .map(|mut t| std::mem::take(&mut *t))
        .unwrap_or_default()
}

fn tail_suffix(tail: &str) -> String {
    let last = tail.lines().rev().map(str::trim).find(|l| !l.is_empty());
    match last {
        Some(line) => format!("; it said: {line}"),
        None => String::new(),
    }
}

#[cfg(unix)]
fn describe_status(status: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit code {code}"),
        (None, Some(signal)) => {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT)",
                7 => " (SIGBUS)",
                8 => " (SIGFPE)",
                9 => " (SIGKILL, maybe out of memory)",
                11 => " (SIGSEGV)",
                _ => "",
            };
            format!("killed by signal {signal}{name}")
        }
        (None, None) => "exit status unknown".into(),
    }
}

#[cfg(not(unix))]
fn describe_status(status: ExitStatus) -> String {
    status.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{Block, Paragraph};

    fn sample_doc() -> ExtractedDoc {
        ExtractedDoc {
            blocks: vec![Block::Paragraph(Paragraph {
                text: "Quy trình kiểm soát tài liệu".into(),
                ..Paragraph::default()
            })],
            fonts: vec![".VnTime".into()],
            pages: Some(3),
            ..ExtractedDoc::default()
        }
    }

    fn sh(script: &str) -> ChildCommand {
        ChildCommand {
            program: PathBuf::from("/bin/sh"),
            args: vec!["-c".into(), script.into()],
        }
    }

    #[test]
    fn request_frames_round_trip() {
        let header = RequestHeader {
            name: "QT-01 Kiểm soát tài liệu.docx".into(),
            limits: Limits::default(),
            task: Task::Analyse,
        };
        let body = b"PK\x03\x04 not really a zip".to_vec();
        let mut buf = Vec::new();
        write_request(&mut buf, &header, &body).expect("write to a vec");
        let mut two = buf.clone();
        two.extend_from_slice(&buf);
        let mut r = io::Cursor::new(two);
        for _ in 0..2 {
            let got = read_request(&mut r).expect("valid frame");
            assert_eq!(got, Some((header.clone(), body.clone())));
        }
        assert!(matches!(read_request(&mut r), Ok(None)));
    }

    #[test]
    fn response_frames_round_trip() {
        let results: Vec<ReadResult> = vec![
            Ok((Format::Docx, sample_doc())),
            Err(ReadError::TooDeep("XML nesting deeper than 256".into())),
            Err(ReadError::Timeout(60)),
            Err(ReadError::TooLarge { size: 5, limit: 4 }),
        ];
        let mut buf = Vec::new();
        for r in &results {
            write_response(&mut buf, &Answer::Read(r.clone())).expect("write to a vec");
        }
        let analysed = r#"{"path":"a.docx","status":"analysed"}"#;
        write_response(&mut buf, &Answer::Analysed(analysed.into())).expect("write to a vec");
        let files = assembly::WireFiles::from_files(AssembledFiles {
            json: "{\"agency\": \"Sở Tư pháp\"}".into(),
            docx: b"PK\x03\x04\x00\xff".to_vec(),
            html: "<h1>Báo cáo</h1>\n".into(),
            skipped: vec![(2, "unreadable document result skipped".into())],
        })
        .expect("UTF-8 text files");
        let assembled = [Ok(files), Err("cannot write report.docx".to_string())];
        for answer in &assembled {
            write_response(&mut buf, &Answer::Assembled(answer.clone())).expect("write to a vec");
        }
        let mut r = io::Cursor::new(buf);
        for expected in &results {
            match read_response(&mut r).expect("valid frame") {
                Answer::Read(got) => assert_eq!(&got, expected),
                other => panic!("a read came back as {other:?}"),
            }
        }
        match read_response(&mut r).expect("valid frame") {
            Answer::Analysed(json) => assert_eq!(json, analysed),
            other => panic!("an analysis came back as {other:?}"),
        }
        for expected in &assembled {
            match read_response(&mut r).expect("valid frame") {
                Answer::Assembled(got) => assert_eq!(&got, expected),
                other => panic!("an assembly came back as {other:?}"),
            }
        }
        assert!(matches!(read_response(&mut r), Err(FrameError::Eof)));
    }

    #[test]
    fn broken_frames_are_errors() {
        let mut r = io::Cursor::new(b"hello world".to_vec());
        assert!(matches!(
            read_response(&mut r),
            Err(FrameError::BadMagic(_))
        ));
        let mut truncated = Vec::new();
        write_response(&mut truncated, &Answer::Read(Err(ReadError::Empty)))
            .expect("write to a vec");
        truncated.pop();
        assert!(matches!(
            read_response(&mut io::Cursor::new(truncated)),
            Err(FrameError::Io(_))
        ));
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&(MAX_HEADER + 1).to_be_bytes());
        assert!(matches!(
            read_request(&mut io::Cursor::new(huge)),
            Err(FrameError::TooLarge { .. })
        ));
        let mut oversized_body = Vec::new();
        let limits = Limits {
            max_file_bytes: 3,
            ..Limits::default()
        };
        let header = RequestHeader {
            name: "a.pdf".into(),
            limits,
            task: Task::Read,
        };
        write_request(&mut oversized_body, &header, b"%PDF-1.4").expect("write to a vec");
        assert!(matches!(
            read_request(&mut io::Cursor::new(oversized_body)),
            Err(FrameError::TooLarge { size: 8, limit: 3 })
        ));
    }

    /// A reader whose child never answers, with a budget of one second per file.
    fn hanging_reader() -> IsolatedReader {
        let limits = Limits {
            time_budget_secs: 1,
            ..Limits::default()
        };
        IsolatedReader::new(sh("exec sleep 100"), limits)
    }

    #[test]
    fn a_child_that_never_answers_times_out_and_is_replaced() {
        let mut reader = hanging_reader();
        assert_eq!(reader.read("a.docx", b"PK"), Err(ReadError::Timeout(1)));
        assert!(reader.running.is_none(), "the stuck child is gone");
        // A large body cannot block the caller either: the writer thread carries it.
        let big = vec![0u8; 4 * 1024 * 1024];
        assert_eq!(reader.read("b.docx", &big), Err(ReadError::Timeout(1)));
    }

    /// A child that answers one file, then dies (exit 3) on the next.
    fn one_answer_then_death() -> ChildCommand {
        // `{"Analysed":"x"}` is 16 bytes (octal 020).
        sh(r#"printf 'ISR1\000\000\000\020{"Analysed":"x"}'; exit 3"#)
    }

    #[test]
    fn a_batch_goes_on_with_a_new_child_after_one_dies_on_a_file() {
        let mut reader = IsolatedReader::new(one_answer_then_death(), Limits::default());
        let files: Vec<(&str, &[u8])> = vec![
            ("a.docx", b"a"),
            ("b.docx", b"b"),
            ("c.docx", b"c"),
            ("d.docx", b"d"),
        ];
        let mut started = Vec::new();
        let answers = reader.analyse_batch(&files, |index| {
            started.push(index);
            true
        });
        assert_eq!(started, vec![0, 1, 2, 3]);
        assert_eq!(answers[0], Ok("x".to_string()));
        match &answers[1] {
            Err(ReadError::Crashed(message)) => {
                assert!(message.contains("exit code 3"), "{message}")
            }
            other => panic!("expected a crash, got {other:?}"),
        }
        // A fresh child takes the files after the one that killed the first.
        assert_eq!(answers[2], Ok("x".to_string()));
        assert!(matches!(answers[3], Err(ReadError::Crashed(_))));
    }

    /// A child that answers "x" then "y" after 0.3 s, then waits.
    fn two_slow_answers() -> ChildCommand {
        sh(
            r#"sleep 0.3; printf 'ISR1\000\000\000\020{"Analysed":"x"}ISR1\000\000\000\020{"Analysed":"y"}'; exec sleep 5"#,
        )
    }

    /// An `ahead` callback whose files arrive 50 ms after it is first asked (a lease's answer).
    fn arriving_later(files: Vec<AheadFile>) -> impl FnMut() -> Option<Vec<AheadFile>> {
        let mut first_asked = None;
        let mut files = Some(files);
        move || {
            let asked = *first_asked.get_or_insert_with(Instant::now);
            if asked.elapsed() < Duration::from_millis(50) {
                return None;
            }
            Some(files.take().unwrap_or_default())
        }
    }

    fn ahead_file(name: &str, bytes: &[u8]) -> AheadFile {
        (name.to_string(), Arc::new(bytes.to_vec()))
    }

    #[test]
    fn files_arriving_while_a_batch_ends_are_queued_and_answered_to_the_next_batch_only() {
        let mut reader = IsolatedReader::new(two_slow_answers(), Limits::default());
        let answers = reader.analyse_batch_feeding(
            &[("a.docx", b"a")],
            |_| true,
            arriving_later(vec![ahead_file("b.docx", b"b")]),
        );
        assert_eq!(answers, vec![Ok("x".to_string())]);
        assert_eq!(
            reader.analyses_sent(),
            2,
            "b.docx went while a.docx was read"
        );
        // The next batch collects b.docx's answer without sending it again.
        let answers = reader.analyse_batch(&[("b.docx", b"b")], |_| true);
        assert_eq!(answers, vec![Ok("y".to_string())]);
        assert_eq!(reader.analyses_sent(), 2);
    }

    #[test]
    fn a_child_that_hangs_while_the_next_files_are_awaited_times_out_on_its_budget() {
        let mut reader = hanging_reader();
        let answers = reader.analyse_batch_feeding(&[("a.docx", b"a")], |_| true, || None);
        assert_eq!(answers, vec![Err(ReadError::Timeout(1))]);
        assert!(reader.running.is_none() && reader.sent_ahead.is_empty());
    }

    #[test]
    fn files_queued_ahead_that_nobody_asks_for_cost_the_child_not_a_wrong_answer() {
        let mut reader = IsolatedReader::new(two_slow_answers(), Limits::default());
        reader.analyse_batch_feeding(
            &[("a.docx", b"a")],
            |_| true,
            arriving_later(vec![ahead_file("b.docx", b"b")]),
        );
        // Same name, other bytes: not the file that was queued.
        let answers = reader.analyse_batch(&[("b.docx", b"B")], |_| true);
        assert_eq!(
            answers,
            vec![Ok("x".to_string())],
            "a fresh child's first answer"
        );
        assert_eq!(reader.analyses_sent(), 3);
        // A single request (as an assembly is) also goes to a fresh child, not behind them.
        let mut reader = IsolatedReader::new(two_slow_answers(), Limits::default());
        reader.analyse_batch_feeding(
            &[("c.docx", b"c")],
            |_| true,
            arriving_later(vec![ahead_file("d.docx", b"d")]),
        );
        assert!(!reader.sent_ahead.is_empty());
        let _ = reader.read("e.docx", b"e");
        assert!(reader.sent_ahead.is_empty());
    }

    #[test]
    fn a_batch_stops_where_the_caller_says_and_files_too_large_are_refused() {
        let limits = Limits {
            max_file_bytes: 4,
            ..Limits::default()
        };
        let mut reader = IsolatedReader::new(one_answer_then_death(), limits);
        let files: Vec<(&str, &[u8])> = vec![
            ("big.pdf", b"%PDF-1.4 too large"),
            ("a.docx", b"a"),
            ("b.docx", b"b"),
        ];
        let answers = reader.analyse_batch(&files, |index| index < 2);
        assert_eq!(answers.len(), 2);
        assert!(matches!(answers[0], Err(ReadError::TooLarge { .. })));
        assert_eq!(answers[1], Ok("x".to_string()));
    }

    #[test]
    fn a_child_that_dies_is_reported_with_its_status() {
        let mut reader = IsolatedReader::new(
            sh("echo \"thread 'main' has overflowed its stack\" >&2; exit 134"),
            Limits::default(),
        );
        match reader.read("a.pdf", b"%PDF-1.4") {
            Err(ReadError::Crashed(message)) => {
                assert!(message.contains("the reader process died"), "{message}");
                assert!(message.contains("exit code 134"), "{message}");
                assert!(message.contains("overflowed its stack"), "{message}");
            }
            other => panic!("expected a crash, got {other:?}"),
        }
        // The next call starts a new child (which dies the same way).
        assert!(matches!(
            reader.read("b.pdf", b"%PDF-1.4"),
            Err(ReadError::Crashed(_))
        ));
    }

    #[test]
    fn an_assembly_whose_child_dies_or_hangs_is_a_worded_error() {
        let agency = crate::report::AgencyInfo {
            id: "so-tu-phap".into(),
            name: "Sở Tư pháp".into(),
            level: "province".into(),
        };
        let results: [&[u8]; 1] = [br#"{"path":"QT-01.docx"}"#];
        let job = AssemblyJob {
            agency: &agency,
            year: 2025,
            lang: crate::report::Lang::Vi,
            tthc_csv: None,
            results: &results,
        };
        let mut dies = IsolatedReader::new(sh("exit 134"), Limits::default());
        let message = dies.assemble(&job).expect_err("the child died");
        assert!(
            message.contains("assembling the agency's report"),
            "{message}"
        );
        assert!(message.contains("exit code 134"), "{message}");

        let limits = Limits {
            time_budget_secs: 1,
            ..Limits::default()
        };
        let mut hangs = IsolatedReader::new(sh("sleep 30"), limits);
        let started = Instant::now();
        let message = hangs.assemble(&job).expect_err("the child never answered");
        assert!(
            message.contains("assembling the agency's report"),
            "{message}"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_child_killed_by_a_signal_is_reported() {
        let mut reader = IsolatedReader::new(sh("kill -ABRT $$"), Limits::default());
        match reader.read("a.pdf", b"%PDF-1.4") {
            Err(ReadError::Crashed(message)) => {
                assert!(message.contains("signal 6 (SIGABRT)"), "{message}");
            }
            other => panic!("expected a crash, got {other:?}"),
        }
    }

    #[test]
    fn stray_output_is_reported_as_garbage() {
        let mut reader = IsolatedReader::new(sh("echo hello; exec sleep 100"), Limits::default());
        match reader.read("a.pdf", b"%PDF-1.4") {
            Err(ReadError::Crashed(message)) => {
                assert!(message.contains("garbage"), "{message}");
            }
            other => panic!("expected garbage, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_program_is_an_error_not_a_panic() {
        let command = ChildCommand {
            program: PathBuf::from("/nonexistent/isomigrate"),
            args: vec![],
        };
        let mut reader = IsolatedReader::new(command, Limits::default());
        assert!(
            matches!(reader.read("a.pdf", b"%PDF"), Err(ReadError::Crashed(m)) if m.contains("could not be started"))
        );
    }

    #[test]
    fn files_over_the_size_limit_are_refused_before_sending() {
        let limits = Limits {
            max_file_bytes: 4,
            ..Limits::default()
        };
        let mut reader = IsolatedReader::new(sh("exit 1"), limits);
        assert_eq!(
            reader.read("a.pdf", b"%PDF-1.4"),
            Err(ReadError::TooLarge { size: 8, limit: 4 })
        );
        assert!(reader.running.is_none());
    }

    #[test]
    fn in_process_reading_turns_panics_into_errors() {
        let err = panic::catch_unwind(|| panic!("boom")).map_err(|p| panic_message(p.as_ref()));
        assert_eq!(err, Err("a reader panicked: boom".to_string()));
        assert_eq!(
            read_in_process("a.docx", b"", &Limits::default()),
            Err(ReadError::Empty)
        );
    }
}
