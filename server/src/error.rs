//! The one mapping from coordinator errors to gRPC status codes.

use proto::tonic::{Code, Status};

use crate::blobs::BlobError;
use crate::manifest::ManifestError;
use crate::store::StoreError;

/// What a caller can branch on; each variant maps to exactly one gRPC code in [`into_status`].
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error("{0}")]
    InvalidArgument(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    FailedPrecondition(String),
    #[error("{0}")]
    TooLarge(String),
    #[error("the coordinator is shutting down")]
    ShuttingDown,
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Internal(String),
}

impl From<ManifestError> for ServiceError {
    fn from(error: ManifestError) -> Self {
        ServiceError::InvalidArgument(format!("invalid manifest: {error}"))
    }
}

impl From<BlobError> for ServiceError {
    fn from(error: BlobError) -> Self {
        match error {
            BlobError::SizeMismatch { .. } | BlobError::HashMismatch { .. } => {
                ServiceError::InvalidArgument(error.to_string())
            }
            BlobError::TooLarge { .. } => ServiceError::TooLarge(error.to_string()),
            BlobError::Io { .. } => ServiceError::Internal(error.to_string()),
            BlobError::Damaged { .. } => ServiceError::NotFound(error.to_string()),
        }
    }
}

/// The gRPC code of each error; internal failures are logged here, once, where they are handled.
pub fn into_status(error: ServiceError) -> Status {
    let code = match &error {
        ServiceError::InvalidArgument(_) => Code::InvalidArgument,
        ServiceError::NotFound(_) => Code::NotFound,
        ServiceError::FailedPrecondition(_) => Code::FailedPrecondition,
        ServiceError::TooLarge(_) => Code::ResourceExhausted,
        ServiceError::ShuttingDown => Code::Unavailable,
        ServiceError::Store(_) | ServiceError::Internal(_) => Code::Internal,
    };
    if code == Code::Internal {
        tracing::error!("failed to serve a request: {error}");
    }
    Status::new(code, error.to_string())
}

impl From<ServiceError> for Status {
    fn from(error: ServiceError) -> Self {
        into_status(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_error_has_one_code() {
        let cases = [
            (
                ServiceError::InvalidArgument("x".into()),
                Code::InvalidArgument,
            ),
            (ServiceError::NotFound("x".into()), Code::NotFound),
            (
                ServiceError::FailedPrecondition("x".into()),
                Code::FailedPrecondition,
            ),
            (ServiceError::TooLarge("x".into()), Code::ResourceExhausted),
            (ServiceError::ShuttingDown, Code::Unavailable),
            (ServiceError::Internal("x".into()), Code::Internal),
            (
                BlobError::TooLarge { limit: 1 }.into(),
                Code::ResourceExhausted,
            ),
            (ManifestError::NoAgencies.into(), Code::InvalidArgument),
        ];
        for (error, code) in cases {
            assert_eq!(into_status(error).code(), code);
        }
    }
}
