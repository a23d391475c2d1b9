//! The `isomigrate` binary.

fn main() {
    // The isolated reader child: `isomigrate __read-child` (spawned by the worker, never by users).
    if std::env::args_os().nth(1).is_some_and(|a| a == "__read-child") {
        std::process::exit(worker::read::isolate::child_main());
    }
}
