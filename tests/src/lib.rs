//! Shared helpers for the end-to-end tests and the sample generator.

/// The `isomigrate` binary of the current build profile (`target/<profile>/isomigrate`), found
/// from this test executable's location (`target/<profile>/deps/…`). The `tests` package does not
/// depend on `cli`, so build it first with `cargo build -j2 -p cli`.
pub fn isomigrate_bin() -> std::path::PathBuf {
    let name = format!("isomigrate{}", std::env::consts::EXE_SUFFIX);
    let exe = std::env::current_exe().unwrap_or_default();
    exe.ancestors()
        .skip(1)
        .map(|dir| dir.join(&name))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| {
            panic!(
                "{name} not found next to {} or its parents; run `cargo build -j2 -p cli` first",
                exe.display()
            )
        })
}

/// `../shared` next to the workspace (real-world corpus, domain brief), when it exists.
pub fn shared_dir() -> Option<std::path::PathBuf> {
    let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent()?;
    let shared = workspace.parent()?.join("shared");
    shared.is_dir().then_some(shared)
}
