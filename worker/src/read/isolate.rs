//! Reading in a child process, so that a file that overflows the stack or aborts cannot take the
//! worker down (the Tika Pipes design).

/// Entry point of the reader child process; returns the process exit code.
pub fn child_main() -> i32 {
    0
}
