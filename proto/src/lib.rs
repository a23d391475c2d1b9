//! The `isomigrate.v1` wire protocol: the only crate that knows protobuf and tonic types.
//!
//! Generated code stays private in `generated` and is exposed as [`pb`]; the tonic types that
//! callers need are re-exported so that `server`, `worker` and `cli` do not name tonic versions.
#![warn(missing_docs)]

#[allow(missing_docs, clippy::all, clippy::pedantic)]
#[rustfmt::skip]
mod generated {
    tonic::include_proto!("isomigrate.v1");
}

/// Generated protobuf messages and gRPC clients/servers of `isomigrate.v1`.
pub mod pb {
    pub use super::generated::*;
}

pub mod client;

/// Re-exported tonic items so that dependent crates share one tonic version.
pub use tonic;

/// Largest gRPC message either side accepts; blob chunks are far smaller.
pub const MAX_MESSAGE_BYTES: usize = 32 * 1024 * 1024;

/// Size of one blob chunk on the wire.
pub const BLOB_CHUNK_BYTES: usize = 256 * 1024;

/// Metadata key that carries the shared token on every call.
pub const TOKEN_METADATA_KEY: &str = "authorization";
