//! The exceptions file operations raise besides `OSError` (which comes from
//! `modules::os_error`, shared with `os`): `io.UnsupportedOperation`, the `ValueError`s of
//! closed or uninitialised objects, reentrant calls and `EOFError`.

use std::rc::Rc;

use crate::objects::{types, PyErr, PyInstance};

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
