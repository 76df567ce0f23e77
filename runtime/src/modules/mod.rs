//! Native modules written in Rust (`builtins`, `sys`), and the table that finds them by name.

pub mod builtins;
pub mod sys;

/// Registers the methods of every builtin type (once per thread).
pub fn register_type_methods() {
    crate::objects::methods::register_all();
}

/// Is `name` a native module this runtime provides?
pub fn is_native(name: &str) -> bool {
    matches!(name, "sys" | "builtins")
}
