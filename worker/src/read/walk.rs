//! Walking an agency folder: every file becomes one record, nothing is skipped silently.

use super::ReadError;

/// The error for a file whose format the program does not read, saying what to do with it.
pub fn unsupported_error(name: &str) -> ReadError {
    ReadError::Unsupported(format!("unsupported format: {name}"))
}
