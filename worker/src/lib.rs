//! The document library and the worker loop of isomigrate.
//!
//! `read` turns a file into text with structure, `analyse` recognises documents and builds an
//! agency's gap report, `report` renders reports, `isolate` runs reading (and the analysis of
//! one document) in a child process, `runner` leases work from a coordinator.
//! Everything below `runner` is synchronous and knows nothing about gRPC.

pub mod analyse;
pub mod isolate;
pub mod read;
pub mod report;
pub mod runner;
pub mod vntext;
