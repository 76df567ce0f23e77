//! The exceptions file operations raise: `OSError` subclasses chosen by errno from a Rust
//! `std::io::Error` (with `errno`, `strerror` and `filename`, so they print as CPython's
//! `[Errno 2] No such file or directory: 'x'`), `io.UnsupportedOperation`, and the
//! `ValueError`s of closed or uninitialised objects.
//!
//! The conversion here is private to `io` for now; the `os` module has its own, and the two
//! are meant to be folded into one.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyInstance, Value};
use crate::vm::Vm;

/// The C library's message for an OS error: Rust's text without its " (os error N)" tail.
fn strerror(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => {
            let tail = format!(" (os error {})", code);
            text.strip_suffix(&tail).unwrap_or(&text).to_string()
        }
        None => text,
    }
}

/// The `OSError` (or errno subclass) for an I/O error, naming `filename` when given.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let Some(code) = e.raw_os_error() else {
        return PyErr::os_error(strerror(e));
    };
    let mut args = vec![Value::Int(code as i64), Value::string(strerror(e))];
    if let Some(f) = filename {
        args.push(f);
    }
    match crate::vm::classes::instantiate(vm, &types().exc.os_error, Args::new(args)) {
        Ok(Value::Instance(inst)) if inst.exc.is_some() => {
            // CPython keeps the file name out of `args`: (errno, strerror).
            if let Some(d) = &inst.exc {
                d.borrow_mut().args.truncate(2);
            }
            PyErr::from_instance(inst)
        }
        Ok(_) => PyErr::os_error(strerror(e)),
        Err(err) => err,
    }
}

/// `OSError(errno, strerror)` for an errno this module detects itself (EISDIR, EBADF).
pub fn os_error_code(vm: &mut Vm, code: i32, filename: Option<Value>) -> PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(code), filename)
}

/// `io.UnsupportedOperation: msg`.
pub fn unsupported(msg: &str) -> PyErr {
    PyErr::new(&super::io_types().unsupported, msg)
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_file() -> PyErr {
    PyErr::value_error("I/O operation on closed file.")
}

/// The raw layer's (and `StringIO`'s) wording, without the full stop.
pub fn closed_raw() -> PyErr {
    PyErr::value_error("I/O operation on closed file")
}

/// `ValueError: I/O operation on uninitialized object`.
pub fn uninitialized() -> PyErr {
    PyErr::value_error("I/O operation on uninitialized object")
}

/// A native state already in use further up the stack (a Python `read` method of a wrapped
/// object that calls back into its wrapper).
pub fn reentrant(inst: &Rc<PyInstance>) -> PyErr {
    PyErr::runtime_error(format!("reentrant call inside {}", inst.class().name()))
}

/// `EOFError: msg`.
pub fn eof_error(msg: &str) -> PyErr {
    let ty = types()
        .exc
        .all
        .iter()
        .find(|t| t.name() == "EOFError")
        .cloned()
        .unwrap_or_else(|| types().exc.exception.clone());
    PyErr::new(&ty, msg)
}
