//! OSError from the operating system: one place that turns an errno (or a `std::io::Error`)
//! plus the file name(s) involved into the exception CPython raises — the subclass chosen
//! by errno (`FileNotFoundError`, `PermissionError`, …), `args == (errno, strerror)`, and the
//! `errno`, `strerror`, `filename`, `filename2` attributes, so that `str(e)` reads
//! `[Errno 2] No such file or directory: 'x'`. Every module that touches the OS (`os`,
//! `io`, `time`, …) raises its errors through here.

use crate::objects::OrNone;
use std::ffi::CStr;

use crate::objects::exception_attrs::init_os_error;
use crate::objects::{types, PyErr, PyInstance, Value};
use crate::vm::classes::os_error_subclass;

/// The C library's message for an errno (`strerror(3)`), e.g. "No such file or directory";
/// "Unknown error N" for codes it does not know.
pub fn strerror(code: i32) -> String {
    let mut buf = [0 as libc::c_char; 512];
    // SAFETY: the buffer is valid for its whole length, and the XSI `strerror_r` writes a
    // NUL-terminated message into it (truncated if needed).
    let rc = unsafe { libc::strerror_r(code, buf.as_mut_ptr(), buf.len()) };
    if rc != 0 {
        return format!("Unknown error {}", code);
    }
    // SAFETY: `strerror_r` succeeded, so `buf` holds a NUL-terminated string.
    let text = unsafe { CStr::from_ptr(buf.as_ptr()) };
    text.to_string_lossy().into_owned()
}

/// The OSError (subclass) for `errno`, naming the file(s) it concerns.
pub fn os_error_from_errno(errno: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    let code = Value::Int(errno as i64);
    let text = Value::string(strerror(errno));
    let class = os_error_subclass(&types().exc.os_error, &[code.clone(), text.clone()]);
    let inst = PyInstance::new(class);
    let args = init_os_error(
        &inst,
        &[
            code,
            text,
            filename.or_none(),
            Value::None,
            filename2.or_none(),
        ],
    );
    if let Some(d) = &inst.exc {
        // (errno, strerror): the file names are attributes only.
        d.borrow_mut().args = args.get(..2).unwrap_or(&[]).to_vec();
    }
    PyErr::from_instance(inst)
}

/// The OSError CPython would raise for this I/O error on `filename` (and `filename2`, for
/// two-path calls such as `rename`).
pub fn os_error_from_io(
    err: &std::io::Error,
    filename: Option<Value>,
    filename2: Option<Value>,
) -> PyErr {
    if let Some(code) = err.raw_os_error() {
        return os_error_from_errno(code, filename, filename2);
    }
    // Errors Rust's standard library makes up without asking the OS.
    use std::io::ErrorKind;
    let code = match err.kind() {
        ErrorKind::NotFound => libc::ENOENT,
        ErrorKind::PermissionDenied => libc::EACCES,
        ErrorKind::AlreadyExists => libc::EEXIST,
        ErrorKind::InvalidInput => libc::EINVAL,
        ErrorKind::Interrupted => libc::EINTR,
        ErrorKind::WouldBlock => libc::EAGAIN,
        ErrorKind::BrokenPipe => libc::EPIPE,
        ErrorKind::OutOfMemory => libc::ENOMEM,
        _ => return PyErr::os_error(err.to_string()),
    };
    os_error_from_errno(code, filename, filename2)
}

/// The OSError for the calling thread's current `errno` (after a failed libc call).
pub fn last_os_error(filename: Option<Value>, filename2: Option<Value>) -> PyErr {
    os_error_from_io(&std::io::Error::last_os_error(), filename, filename2)
}
