//! The `_tote_frames` module, private to tote's standard library: `native(func)` marks a
//! Python function of the stdlib that stands in for a function CPython writes in C
//! (`functools.reduce`, `partial.__call__`, the `lru_cache` wrapper). CPython's tracebacks
//! have no frame for C code, so an exception passing through such a function records no
//! traceback entry for it (`PyErr::add_traceback`): what the user sees is their own call
//! and the function it reached. The mark is on the code object, so every function made
//! from that code (each `lru_cache` wrapper) carries it; `native` returns `func`, to be
//! used as a decorator. Given a class, `native(cls)` marks it as standing in for a C type:
//! messages name it module-qualified (`'collections.deque' object is not callable`), as
//! CPython's do with a C type's `tp_name`.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("native", PyBuiltin::value("native", native));
    Ok(())
}

/// `native(func)`: marks `func`'s code as standing in for C code; returns `func`.
fn native(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("native", 1, 1)?;
    match &args.pos[0] {
        Value::Function(f) => {
            f.code.borrow().stands_in_for_native.set(true);
            Ok(args.pos[0].clone())
        }
        Value::Type(t) => {
            t.c_named.set(true);
            Ok(args.pos[0].clone())
        }
        other => Err(PyErr::type_error(format!(
            "native() expects a Python function or class, not {}",
            other.type_name()
        ))),
    }
}
