//! What the integration tests share: where the binaries under test are, and temporary
//! directories that clean up after themselves. (Each test file is its own crate and uses
//! only part of this.)
#![allow(dead_code)]

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The `tote` binary cargo built for these tests.
pub fn tote_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tote"))
}

/// `tote-runtime`, which must sit beside `tote` (built in the same profile).
pub fn tote_runtime_bin() -> PathBuf {
    let tote = tote_bin();
    let runtime = tote
        .parent()
        .expect("the tote binary has a parent directory")
        .join(format!("tote-runtime{}", env::consts::EXE_SUFFIX));
    assert!(
        runtime.is_file(),
        "tote-runtime not found at {}: build it first (`cargo build -p tote-runtime`, same \
         profile as this test) so that it sits beside {}",
        runtime.display(),
        tote.display()
    );
    runtime
}

/// A fresh directory under the system temp dir (its canonical path), removed on drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let path = env::temp_dir().join(format!("tote-test-{}-{label}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempDir(fs::canonicalize(&path).unwrap_or(path))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` to `name` in the directory and returns its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        fs::write(&p, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", p.display()));
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}
