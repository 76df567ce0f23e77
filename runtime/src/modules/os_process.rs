//! Running a child process from `os`: `system`, and reading the wait status it returns
//! (`waitstatus_to_exitcode`, `WIFEXITED`, `WEXITSTATUS`, `WIFSIGNALED`, `WTERMSIG`). The
//! child inherits the process environment, which `os.environ` keeps in step, so a variable
//! set from Python is visible to it.

use std::ffi::CString;

use super::os_error::last_os_error;
use super::os_fspath::path_bytes;
use super::params::{index_int, Params};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("system", os_system),
    ("waitstatus_to_exitcode", os_waitstatus_to_exitcode),
    ("WIFEXITED", |vm, a| {
        wait_macro(vm, a, "WIFEXITED", |s| Value::bool(libc::WIFEXITED(s)))
    }),
    ("WEXITSTATUS", |vm, a| {
        wait_macro(vm, a, "WEXITSTATUS", |s| {
            Value::Int(libc::WEXITSTATUS(s) as i64)
        })
    }),
    ("WIFSIGNALED", |vm, a| {
        wait_macro(vm, a, "WIFSIGNALED", |s| Value::bool(libc::WIFSIGNALED(s)))
    }),
    ("WTERMSIG", |vm, a| {
        wait_macro(vm, a, "WTERMSIG", |s| Value::Int(libc::WTERMSIG(s) as i64))
    }),
];

/// `os.system(command)`: runs `command` with `/bin/sh -c` and returns the raw wait status.
/// Python's own buffered output is not flushed first, as in CPython.
fn os_system(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "system",
        names: &["command"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let (command, _) = path_bytes(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let command = CString::new(command).map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: `command` is a valid NUL-terminated string that outlives the call.
    let status = unsafe { libc::system(command.as_ptr()) };
    if status == -1 {
        return Err(last_os_error(None, None));
    }
    Ok(Value::Int(status as i64))
}

/// A wait status argument as a C int, with CPython's overflow message.
fn status_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = match v {
        Value::BigInt(_) => None,
        _ => i32::try_from(index_int(vm, v)?).ok(),
    };
    n.ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn wait_macro(vm: &mut Vm, a: Args, name: &str, f: fn(i32) -> Value) -> PyResult<Value> {
    let p = Params {
        func: name,
        names: &["status"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let status = status_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(f(status))
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or minus the signal number.
fn os_waitstatus_to_exitcode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "waitstatus_to_exitcode",
        names: &["status"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let status = status_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    if libc::WIFEXITED(status) {
        Ok(Value::Int(libc::WEXITSTATUS(status) as i64))
    } else if libc::WIFSIGNALED(status) {
        Ok(Value::Int(-(libc::WTERMSIG(status) as i64)))
    } else {
        Err(PyErr::value_error(format!(
            "invalid wait status: {}",
            status
        )))
    }
}
