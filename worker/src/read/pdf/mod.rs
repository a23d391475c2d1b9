//! PDF text extraction on lopdf with positioning-aware layout and Vietnamese-correct decoding.

use super::{ExtractedDoc, Limits, ReadError};

/// Reads a PDF from its bytes.
pub fn read_pdf(_bytes: &[u8], _limits: &Limits) -> Result<ExtractedDoc, ReadError> {
    Err(ReadError::DamagedPdf("PDF reader being written".into()))
}
