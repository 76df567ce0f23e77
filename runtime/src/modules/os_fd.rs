//! The file-descriptor calls of `os`: `open` (with the `O_*` flags), `read`, `write`,
//! `lseek`, `close`, `fstat` and `isatty` — thin wrappers over the C library, raising the
//! OSError CPython raises.

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::rc::Rc;

use super::os_error::last_os_error;
use super::os_fs::{fd_metadata, stat_value};
use super::os_fspath::path_arg;
use super::params::{clinic_positional, index_int, present, zeroed_buffer, Params};
use crate::objects::function::Args;
use crate::objects::methods::method_args::c_int_arg;
use crate::objects::{PyBytes, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

/// The `O_*` constants of `os`.
pub fn add_flags(m: &PyModule) {
    for (name, v) in [
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_SYNC", libc::O_SYNC),
    ] {
        m.set(name, Value::Int(v as i64));
    }
}

/// A file descriptor, which CPython reads as a C int.
fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    Ok(c_int_arg(vm, v)? as i32)
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`: a new descriptor (not inheritable, as
/// CPython makes them).
pub fn os_open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "open",
        names: &["path", "flags", "mode", "dir_fd"],
        required: 2,
        positional: 3,
    }
    .bind(a)?;
    if present(&p[3]).is_some() {
        return Err(PyErr::not_implemented(
            "open: dir_fd unavailable on this platform",
        ));
    }
    let path = path_arg(vm, p[0].as_ref().unwrap_or(&Value::None), "open", "path")?;
    let flags = index_int(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match &p[2] {
        Some(v) => index_int(vm, v)?,
        None => 0o777,
    };
    let c = CString::new(path.path.as_os_str().as_bytes())
        .map_err(|_| PyErr::value_error("embedded null byte"))?;
    // SAFETY: `c` is a NUL-terminated path; open's varargs mode is an unsigned int.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            flags as libc::c_int | libc::O_CLOEXEC,
            mode as libc::c_uint,
        )
    };
    if fd < 0 {
        return Err(last_os_error(path.filename(), None));
    }
    Ok(Value::Int(fd as i64))
}

pub fn os_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "close",
        names: &["fd"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let fd = fd_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: closing a descriptor number; a bad one is reported as EBADF.
    if unsafe { libc::close(fd) } != 0 {
        return Err(last_os_error(None, None));
    }
    Ok(Value::None)
}

pub fn os_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("read", 2, 2)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let n = index_int(vm, &a.pos[1])?;
    if n < 0 {
        return Err(PyErr::value_error("negative count"));
    }
    let mut buf = zeroed_buffer(n as usize)?;
    // SAFETY: `buf` is writable for `n` bytes.
    let got = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
    if got < 0 {
        return Err(last_os_error(None, None));
    }
    buf.truncate(got as usize);
    Ok(Value::Bytes(Rc::new(PyBytes::new(buf))))
}

pub fn os_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    clinic_positional(&a, "posix", "write", 2, 2)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let Value::Bytes(data) = &a.pos[1] else {
        return Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            a.pos[1].type_name()
        )));
    };
    if fd == 1 || fd == 2 {
        // Text written through sys.stdout so far must come first.
        vm.flush_stdout();
    }
    // SAFETY: `data` is readable for its whole length.
    let n = unsafe {
        libc::write(
            fd,
            data.data.as_ptr() as *const libc::c_void,
            data.data.len(),
        )
    };
    if n < 0 {
        return Err(last_os_error(None, None));
    }
    Ok(Value::Int(n as i64))
}

pub fn os_lseek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("lseek", 3, 3)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    let pos = index_int(vm, &a.pos[1])?;
    let how = fd_arg(vm, &a.pos[2])?;
    // SAFETY: lseek takes plain integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, how) };
    if r < 0 {
        return Err(last_os_error(None, None));
    }
    Ok(Value::Int(r as i64))
}

pub fn os_fstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "fstat",
        names: &["fd"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let fd = fd_arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let m = fd_metadata(fd).map_err(|e| super::os_error::os_error_from_io(&e, None, None))?;
    Ok(stat_value(&m))
}

pub fn os_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.isatty", 1, 1)?;
    let fd = fd_arg(vm, &a.pos[0])?;
    // SAFETY: isatty accepts any integer.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}
