//! The frozen standard library: tote's Python-source modules from `stdlib/`, embedded in
//! the runtime binary at build time (see `build.rs`). A module is compiled on first import
//! through the bytecode cache; a bundle carries them precompiled instead.

include!(concat!(env!("OUT_DIR"), "/frozen_stdlib.rs"));

/// Frozen modules the VM imports by itself, with no import statement for a bundler to see
/// (`list[int]` needs `_tote_generic`).
pub const IMPLICIT: &[&str] = &["_tote_generic"];

/// A frozen module's source and whether it is a package, by full dotted name.
pub fn lookup(name: &str) -> Option<(bool, &'static str)> {
    FROZEN_STDLIB
        .binary_search_by(|(n, _, _)| (*n).cmp(name))
        .ok()
        .map(|i| (FROZEN_STDLIB[i].1, FROZEN_STDLIB[i].2))
}

/// The `__file__` a frozen module reports (and its tracebacks name).
pub fn file_name(name: &str, is_package: bool) -> String {
    let path = name.replace('.', "/");
    if is_package {
        format!("<tote>/stdlib/{}/__init__.py", path)
    } else {
        format!("<tote>/stdlib/{}.py", path)
    }
}
