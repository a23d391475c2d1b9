//! End-to-end tests: the `isomigrate` binary on real-looking campaigns.
