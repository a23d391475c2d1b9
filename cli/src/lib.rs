//! The `isomigrate` command line: `run`, `inspect`, and the distributed `server`, `worker`,
//! `submit`, `watch`, `fetch`, `status`.
