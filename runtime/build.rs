//! Two build-time jobs:
//!
//! - fingerprints the compiler: a hash of the sources that decide what bytecode is produced
//!   (`src/compiler/`, `src/bytecode.rs`). The bytecode cache keys on it, so a cache entry
//!   written by any other compiler build is recompiled, never reused — even when the crate
//!   version did not change;
//! - embeds the frozen standard library: every `.py` file under `../stdlib` becomes an entry
//!   of `FROZEN_STDLIB` (module name, is-package, source), sorted by name.

use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/bytecode.rs")];
    collect_ext(&root.join("src/compiler"), "rs", &mut files);
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
    embed_stdlib(&root.join("../stdlib"));
}

/// Writes `$OUT_DIR/frozen_stdlib.rs`: one `(name, is_package, include_str!(..))` per module.
fn embed_stdlib(stdlib: &Path) {
    println!("cargo:rerun-if-changed={}", stdlib.display());
    let mut files = Vec::new();
    collect_ext(stdlib, "py", &mut files);
    let mut entries: Vec<(String, bool, std::path::PathBuf)> = Vec::new();
    for f in files {
        println!("cargo:rerun-if-changed={}", f.display());
        let Ok(rel) = f.strip_prefix(stdlib) else {
            continue;
        };
        let mut parts: Vec<String> = rel
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let Some(last) = parts.pop() else { continue };
        let stem = last.trim_end_matches(".py").to_string();
        let is_package = stem == "__init__";
        if !is_package {
            parts.push(stem);
        }
        if parts.is_empty() {
            continue;
        }
        entries.push((parts.join("."), is_package, f));
    }
    entries.sort();
    let mut out = String::from("pub static FROZEN_STDLIB: &[(&str, bool, &str)] = &[\n");
    for (name, is_package, path) in &entries {
        out.push_str(&format!(
            "    ({:?}, {}, include_str!({:?})),\n",
            name,
            is_package,
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("frozen_stdlib.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {}", dest.display(), e);
    }
}

fn collect_ext(dir: &Path, ext: &str, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            println!("cargo:rerun-if-changed={}", p.display());
            collect_ext(&p, ext, files);
        } else if p.extension().is_some_and(|x| x == ext) {
            files.push(p);
        }
    }
}
