//! Native modules written in Rust, and the table that finds them by name.
//!
//! `builtins` and `sys` exist from the VM's start; every other native module is created on
//! first import by its `init` function, listed in `native_module`.

use std::rc::Rc;

use crate::objects::{PyModule, PyResult};
use crate::vm::Vm;

pub mod atexit;
pub mod builtins;
pub mod linecache;
pub mod sys;

/// Fills a freshly created module object (already in `sys.modules`) with its contents.
pub type ModuleInit = fn(&mut Vm, &Rc<PyModule>) -> PyResult<()>;

/// The initialiser of the native module `name`, if this runtime provides one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    let init: ModuleInit = match name {
        "atexit" => atexit::init,
        "linecache" => linecache::init,
        _ => return None,
    };
    Some(init)
}

/// Registers the methods of every builtin type (once per thread).
pub fn register_type_methods() {
    crate::objects::methods::register_all();
}

/// Is `name` a native module this runtime provides?
pub fn is_native(name: &str) -> bool {
    matches!(name, "sys" | "builtins") || native_module(name).is_some()
}
