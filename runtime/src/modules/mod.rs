//! Native modules written in Rust, and the table that finds them by name.
//!
//! `builtins` and `sys` exist from the VM's start; every other native module is created on
//! first import by its `init` function, listed in `native_module`.

use std::rc::Rc;

use crate::objects::{PyModule, PyResult};
use crate::vm::Vm;

pub mod abc_flags;
pub mod atexit;
pub mod binascii;
pub mod builtins;
pub(crate) mod builtins_ctors;
pub mod builtins_exec;
pub(crate) mod builtins_introspect;
mod builtins_iterables;
pub mod builtins_numbers;
pub mod builtins_order;
pub mod codecs_functions;
pub mod codecs_incremental;
pub mod codecs_module;
pub mod codecs_transforms;
pub mod errno;
pub mod gc;
pub mod importlib;
pub mod io;
pub mod linecache;
pub mod math;
pub mod native_class;
pub mod native_frames;
pub mod os;
pub mod os_environ;
pub mod os_error;
pub mod os_fd;
pub mod os_fs;
pub mod os_fspath;
pub mod os_path;
pub mod os_process;
pub mod os_scandir;
pub mod params;
pub mod site_quitter;
pub mod struct_seq;
pub mod sys;
pub mod sys_asyncgen_hooks;
pub mod sys_info;
pub mod time;
pub mod time_format;
pub mod time_strptime;
pub mod weakref;

/// Fills a freshly created module object (already in `sys.modules`) with its contents.
pub type ModuleInit = fn(&mut Vm, &Rc<PyModule>) -> PyResult<()>;

/// The initialiser of the native module `name`, if this runtime provides one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    let init: ModuleInit = match name {
        "_abc" => abc_flags::init,
        "atexit" => atexit::init,
        "binascii" => binascii::init,
        "_codecs" => codecs_module::init,
        "importlib" => importlib::init,
        "io" | "_io" => io::init,
        "math" => math::init,
        "errno" => errno::init,
        "gc" => gc::init,
        "os" => os::init,
        "posixpath" => os_path::init,
        "time" => time::init,
        "linecache" => linecache::init,
        "_weakref" => weakref::init,
        "_tote_frames" => native_frames::init,
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
