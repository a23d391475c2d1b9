//! End-to-end tests: the `isomigrate` binary on real-looking campaigns.

mod corpus;
mod heldout;
mod isolation;
mod reports;
mod samples;
