//! Fingerprints the compiler: a hash of the sources that decide what bytecode is produced
//! (`src/compiler/`, `src/bytecode.rs`). The bytecode cache keys on it, so a cache entry
//! written by any other compiler build is recompiled, never reused — even when the crate
//! version did not change.

use std::fs;
use std::path::Path;

fn collect(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, files);
        } else if p.extension().is_some_and(|x| x == "rs") {
            files.push(p);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/bytecode.rs")];
    collect(&root.join("src/compiler"), &mut files);
    files.sort();
    // FNV-1a over the relative paths and contents: stable across machines and checkouts.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for f in &files {
        let rel = f.strip_prefix(root).unwrap_or(f);
        feed(rel.to_string_lossy().as_bytes());
        feed(&fs::read(f).unwrap_or_default());
        println!("cargo:rerun-if-changed={}", f.display());
    }
    println!("cargo:rerun-if-changed=src/compiler");
    println!("cargo:rustc-env=TOTE_COMPILER_FINGERPRINT={:016x}", h);
}
