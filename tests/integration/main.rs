//! End-to-end tests: the `isomigrate` binary on real-looking campaigns.

mod blind;
mod blind2;
mod blind3;
mod blind4;
mod blind5;
mod blind6;
mod blind7;
mod blind8;
mod cluster;
mod corpus;
mod distributed;
mod heldout;
mod inspect;
mod isolation;
mod reports;
mod samples;
mod scoring;
