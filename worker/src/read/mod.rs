//! Reading: one file on disk (or its bytes) becomes an [`ExtractedDoc`] or a [`ReadError`] that a
//! consultant understands.
//!
//! Readers never panic on input and never run unbounded: every size, depth and count has a
//! limit in [`limits::Limits`]. A parser that can still crash the process (stack overflow,
//! abort) is contained by [`crate::isolate`], which runs reading in a child process.

pub mod docx;
pub mod limits;
pub mod pdf;
pub mod quality;
pub mod walk;

use serde::{Deserialize, Serialize};

pub use limits::Limits;

/// The container format, decided from the file's bytes first and its name second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Docx,
    Pdf,
    Other,
}

/// The status of one file in a report (contract §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Analysed,
    Failed,
    Unsupported,
}

/// Where a paragraph was found; page headers and text boxes carry metadata more often than the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    #[default]
    Body,
    Header,
    Footer,
    TextBox,
    Footnote,
}

/// A paragraph (DOCX) or a line/paragraph (PDF), already decoded to Unicode NFC.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Paragraph {
    pub text: String,
    /// Style id or name as written in the document ("Heading1", "Title", ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<String>,
    /// Outline level 1..=9 when the style or `w:outlineLvl` says it is a heading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading_level: Option<u8>,
    /// Most of the paragraph's characters are bold.
    #[serde(default)]
    pub bold: bool,
    /// Most of the paragraph's characters are upper case (typed or through `w:caps`).
    #[serde(default)]
    pub caps: bool,
    #[serde(default)]
    pub part: Part,
    /// 1-based page number for PDF text; None for DOCX.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
}

/// A table with its row/cell structure kept: cover blocks, step tables and record lists are tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Table {
    /// Rows of cells; a cell's paragraphs are joined with '\n'.
    pub rows: Vec<Vec<String>>,
    #[serde(default)]
    pub part: Part,
}

/// Body content in reading order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

/// A legacy 8-bit Vietnamese encoding that was decoded to Unicode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum LegacyEncoding {
    Tcvn3,
    Vni,
}

/// What the reader got out of a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExtractedDoc {
    /// Body blocks in reading order (DOCX body incl. text boxes; PDF lines grouped per page).
    pub blocks: Vec<Block>,
    /// Page header and footer blocks (DOCX `header*.xml`/`footer*.xml`), deduplicated.
    pub headers: Vec<Block>,
    /// Every font name seen on a run (DOCX) or a font resource (PDF), sorted, unique.
    pub fonts: Vec<String>,
    /// Legacy encodings that were decoded (by font name or by character statistics).
    pub encodings: Vec<LegacyEncoding>,
    /// Document title from the package/Info metadata, when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta_title: Option<String>,
    /// Number of pages (PDF) when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
    /// Things the consultant should know that did not stop reading (a missing part, a page
    /// without text, a damaged but recovered xref).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl ExtractedDoc {
    /// Header/footer text, then body text; tables row by row with cells separated by " | ".
    /// This is the `text` of `inspect --json` and what analysis searches.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in self.headers.iter().chain(self.blocks.iter()) {
            push_block_text(&mut out, block);
        }
        out
    }

    /// Body text only (no page headers/footers).
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            push_block_text(&mut out, block);
        }
        out
    }

    /// Header/footer text only.
    pub fn header_text(&self) -> String {
        let mut out = String::new();
        for block in &self.headers {
            push_block_text(&mut out, block);
        }
        out
    }

    /// True when no block carries any visible character.
    pub fn is_empty(&self) -> bool {
        self.blocks
            .iter()
            .chain(self.headers.iter())
            .all(|b| match b {
                Block::Paragraph(p) => p.text.trim().is_empty(),
                Block::Table(t) => t.rows.iter().flatten().all(|c| c.trim().is_empty()),
            })
    }
}

fn push_block_text(out: &mut String, block: &Block) {
    match block {
        Block::Paragraph(p) => {
            out.push_str(&p.text);
            out.push('\n');
        }
        Block::Table(t) => {
            for row in &t.rows {
                let cells: Vec<&str> = row.iter().map(|c| c.as_str()).collect();
                out.push_str(&cells.join(" | ").replace('\n', " "));
                out.push('\n');
            }
        }
    }
}

/// Why a file could not be read. The `Display` text is shown to consultants verbatim, so it says
/// what is wrong and, where there is one, what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ReadError {
    #[error("file is encrypted (password protected); save an unprotected copy and add it again")]
    Encrypted,
    #[error("scanned PDF without a text layer (needs OCR)")]
    Scanned,
    #[error(
        "the PDF's text layer is garbled (Vietnamese letters are missing, e.g. \"{0}\"); export the PDF again from the source document or OCR it"
    )]
    Garbled(String),
    #[error("not a valid DOCX ({0})")]
    CorruptDocx(String),
    #[error("damaged PDF ({0})")]
    DamagedPdf(String),
    #[error("file is empty (0 bytes)")]
    Empty,
    #[error("file is too large ({size} bytes; the limit is {limit} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("refused: {0} (the file looks like a zip bomb or is built to exhaust memory)")]
    Bomb(String),
    #[error("refused: {0} (the file is nested too deeply to read safely)")]
    TooDeep(String),
    #[error("reading took longer than {0} seconds and was stopped")]
    Timeout(u64),
    #[error("the reader crashed on this file ({0})")]
    Crashed(String),
    #[error("{0}")]
    Unsupported(String),
    #[error("could not open the file ({0})")]
    Io(String),
}

impl ReadError {
    /// `unsupported` for formats the program does not read; `failed` for everything else.
    pub fn status(&self) -> Status {
        match self {
            ReadError::Unsupported(_) => Status::Unsupported,
            _ => Status::Failed,
        }
    }
}

/// Decides the format from the first bytes (magic) and the extension.
///
/// A `.docx` that is really a PDF is read as a PDF; a `.pdf` that is not a PDF is reported as
/// a damaged PDF by the reader rather than silently skipped.
pub fn sniff_format(name: &str, head: &[u8]) -> Format {
    let lower = name.to_lowercase();
    let ext_docx = [".docx", ".docm", ".dotx", ".dotm"]
        .iter()
        .any(|e| lower.ends_with(e));
    if head.starts_with(b"%PDF") || (lower.ends_with(".pdf") && find_pdf_magic(head)) {
        return Format::Pdf;
    }
    if lower.ends_with(".pdf") {
        return Format::Pdf;
    }
    if ext_docx {
        return Format::Docx;
    }
    Format::Other
}

fn find_pdf_magic(head: &[u8]) -> bool {
    head.windows(5).take(1024).any(|w| w == b"%PDF-")
}

/// Reads a file from bytes in this process, with limits. Prefer [`crate::isolate`] for untrusted input.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<(Format, ExtractedDoc), ReadError> {
    let format = sniff_format(name, bytes);
    if bytes.is_empty() && format != Format::Other {
        return Err(ReadError::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    let doc = match format {
        Format::Docx => docx::read_docx(bytes, limits)?,
        Format::Pdf => pdf::read_pdf(bytes, limits)?,
        Format::Other => return Err(walk::unsupported_error(name)),
    };
    Ok((format, doc))
}
