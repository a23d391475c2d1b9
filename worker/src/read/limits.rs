//! Resource limits for reading untrusted files, in one place so that the worker, `inspect` and
//! the tests agree on them.

use serde::{Deserialize, Serialize};

/// Bounds on what one file may cost. Defaults suit agency documents (a few MB) with wide margins.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// Largest file accepted at all.
    pub max_file_bytes: u64,
    /// Largest total inflated size of the zip parts a DOCX reader opens.
    pub max_inflated_bytes: u64,
    /// Largest inflated size of a single zip entry.
    pub max_entry_bytes: u64,
    /// Largest inflated/compressed ratio of a zip entry above 1 MiB.
    pub max_ratio: u64,
    /// Deepest XML element nesting accepted.
    pub max_xml_depth: usize,
    /// Most PDF objects accepted.
    pub max_pdf_objects: usize,
    /// Most PDF pages read.
    pub max_pdf_pages: usize,
    /// Deepest PDF object nesting (arrays/dictionaries, form XObjects) followed.
    pub max_pdf_depth: usize,
    /// Largest decoded content stream.
    pub max_stream_bytes: u64,
    /// Largest amount of extracted text kept.
    pub max_text_chars: usize,
    /// Time budget per file in seconds (enforced by the isolating parent).
    pub time_budget_secs: u64,
    /// Address-space limit of an isolated reader child, in bytes.
    pub child_memory_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 100 * 1024 * 1024,
            max_inflated_bytes: 512 * 1024 * 1024,
            max_entry_bytes: 256 * 1024 * 1024,
            max_ratio: 200,
            max_xml_depth: 256,
            max_pdf_objects: 2_000_000,
            max_pdf_pages: 5_000,
            max_pdf_depth: 64,
            max_stream_bytes: 128 * 1024 * 1024,
            max_text_chars: 20_000_000,
            time_budget_secs: 60,
            child_memory_bytes: 3 * 1024 * 1024 * 1024,
        }
    }
}
