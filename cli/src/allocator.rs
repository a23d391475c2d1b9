//! The coordinator's allocator settings.
//!
//! A coordinator's live data does not grow with a campaign's documents (they are streamed to
//! the packs, and sled's cache is bounded), yet with glibc's defaults its memory did: 27 MB for
//! 555 documents, 96 MB for 8,880. glibc gives each thread its own arena and keeps freed
//! buffers in them, and once a large buffer (an upload batch or a lease's inline documents, up
//! to 4 MiB) is freed it raises the size above which it maps memory afresh, so that later such
//! buffers stay in the arenas too. One arena and a fixed 128 KiB threshold give those buffers
//! back when they are freed: 46 MB instead of 96 on the 8,880 documents, at the same
//! throughput.

/// Applies the settings; call it before any thread exists. Only the `server` command does:
/// `run` and `worker` finish with their campaign, and their reader children never see large
/// buffers.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(
    unsafe_code,
    reason = "glibc's mallopt has no safe wrapper; it only sets allocator parameters"
)]
pub fn settle_for_a_long_lived_coordinator() {
    const MMAP_THRESHOLD: libc::c_int = 128 * 1024;
    // SAFETY: mallopt changes allocator parameters only; it is called before other threads
    // exist and takes no pointers. A refusal (return value 0) leaves glibc's defaults.
    let (arenas, threshold) = unsafe {
        (
            libc::mallopt(libc::M_ARENA_MAX, 1),
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD),
        )
    };
    if arenas == 0 || threshold == 0 {
        tracing::warn!("the allocator kept its defaults; memory may grow with campaign size");
    }
}

/// Other C libraries: their defaults stay.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn settle_for_a_long_lived_coordinator() {}
