//! The worker loop: register with a coordinator, lease units of work, read and analyse off the
//! async runtime, heartbeat while busy, upload results.
