//! The `os` module: the table of its functions and constants, and the calls about the
//! process and the terminal (`getpid`, `cpu_count`, `urandom`, `get_terminal_size`,
//! `strerror`, …). The file-system calls live in `os_fs.rs`, descriptor calls in `os_fd.rs`,
//! directory iteration in `os_scandir.rs`, the environment in `os_environ.rs`, `system` and
//! wait statuses in `os_process.rs`, path arguments and `PathLike` in `os_fspath.rs`, and
//! `os.path` is the native module `posixpath` (`os_path.rs`), also registered as
//! `sys.modules['os.path']`.

use std::io::Read;
use std::rc::Rc;

use super::os_environ::{new_environ, os_getenv, os_putenv, os_unsetenv};
use super::os_error::{last_os_error, os_error_from_io, strerror};
use super::os_fd::*;
use super::os_fs::*;
use super::os_fspath::{fs_decode, fs_encode, fspath, fspath_plain, path_like_type};
use super::os_process;
use super::os_scandir::{dir_entry_type, os_scandir, os_walk};
use super::params::zeroed_buffer;
use super::params::{def_one, index_int, Params};
use super::struct_seq;
use crate::objects::function::{Args, NativeFn};
use crate::objects::{types, PyBuiltin, PyBytes, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::Vm;

thread_local! {
    static TERMINAL_SIZE: Rc<PyType> =
        struct_seq::new_type("os", "terminal_size", &["columns", "lines"], 2);
}

pub fn init(vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("getcwd", os_getcwd),
        ("getcwdb", os_getcwdb),
        ("chdir", os_chdir),
        ("listdir", os_listdir),
        ("scandir", os_scandir),
        ("walk", os_walk),
        ("mkdir", os_mkdir),
        ("makedirs", os_makedirs),
        ("remove", os_remove),
        ("unlink", os_unlink),
        ("rmdir", os_rmdir),
        ("removedirs", os_removedirs),
        ("rename", os_rename),
        ("replace", os_replace),
        ("link", os_link),
        ("symlink", os_symlink),
        ("readlink", os_readlink),
        ("stat", os_stat),
        ("lstat", os_lstat),
        ("chmod", os_chmod),
        ("access", os_access),
        ("umask", os_umask),
        ("utime", os_utime),
        ("getenv", os_getenv),
        ("putenv", os_putenv),
        ("unsetenv", os_unsetenv),
        ("getpid", |_, a| {
            a.expect("posix.getpid", 0, 0)?;
            Ok(Value::Int(std::process::id() as i64))
        }),
        ("getppid", |_, a| {
            a.expect("posix.getppid", 0, 0)?;
            Ok(Value::Int(std::os::unix::process::parent_id() as i64))
        }),
        ("getuid", |_, a| {
            a.expect("posix.getuid", 0, 0)?;
            // SAFETY: getuid cannot fail.
            Ok(Value::Int(unsafe { libc::getuid() } as i64))
        }),
        ("geteuid", |_, a| {
            a.expect("posix.geteuid", 0, 0)?;
            // SAFETY: geteuid cannot fail.
            Ok(Value::Int(unsafe { libc::geteuid() } as i64))
        }),
        ("getgid", |_, a| {
            a.expect("posix.getgid", 0, 0)?;
            // SAFETY: getgid cannot fail.
            Ok(Value::Int(unsafe { libc::getgid() } as i64))
        }),
        ("getegid", |_, a| {
            a.expect("posix.getegid", 0, 0)?;
            // SAFETY: getegid cannot fail.
            Ok(Value::Int(unsafe { libc::getegid() } as i64))
        }),
        ("getlogin", os_getlogin),
        ("cpu_count", os_cpu_count),
        ("urandom", os_urandom),
        ("get_terminal_size", os_get_terminal_size),
        ("isatty", os_isatty),
        ("strerror", os_strerror),
        ("fspath", |vm, a| {
            let p = Params {
                func: "fspath",
                names: &["path"],
                required: 1,
                positional: 1,
            }
            .bind(a)?;
            fspath(vm, p[0].as_ref().unwrap_or(&Value::None))
        }),
        ("fsencode", os_fsencode),
        ("fsdecode", os_fsdecode),
        ("_exit", os_exit),
        ("open", os_open),
        ("close", os_close),
        ("read", os_read),
        ("write", os_write),
        ("lseek", os_lseek),
        ("fstat", os_fstat),
    ];
    for (name, f) in functions.iter().chain(os_process::FUNCTIONS) {
        m.set(name, PyBuiltin::value(name, *f));
    }
    let text = |s: &str| Value::str(s);
    for (name, v) in [
        ("name", text("posix")),
        ("sep", text("/")),
        ("altsep", Value::None),
        ("extsep", text(".")),
        ("pathsep", text(":")),
        ("curdir", text(".")),
        ("pardir", text("..")),
        ("linesep", text("\n")),
        ("devnull", text("/dev/null")),
        ("defpath", text("/bin:/usr/bin")),
        ("F_OK", Value::Int(libc::F_OK as i64)),
        ("R_OK", Value::Int(libc::R_OK as i64)),
        ("W_OK", Value::Int(libc::W_OK as i64)),
        ("X_OK", Value::Int(libc::X_OK as i64)),
        ("SEEK_SET", Value::Int(0)),
        ("SEEK_CUR", Value::Int(1)),
        ("SEEK_END", Value::Int(2)),
    ] {
        m.set(name, v);
    }
    add_flags(m);
    m.set("error", Value::Type(types().exc.os_error.clone()));
    m.set("environ", new_environ());
    m.set("PathLike", Value::Type(path_like_type()));
    m.set("DirEntry", Value::Type(dir_entry_type()));
    m.set("stat_result", Value::Type(stat_result_type()));
    m.set(
        "terminal_size",
        Value::Type(TERMINAL_SIZE.with(|t| t.clone())),
    );
    // `os.path` is `posixpath`, importable under both names.
    let path = crate::import::import_module(vm, "posixpath")?;
    vm.modules.set_str("os.path", path.clone());
    m.set("path", path);
    Ok(())
}

fn os_getlogin(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.getlogin", 0, 0)?;
    // SAFETY: getlogin returns NULL or a pointer to a static NUL-terminated name.
    let p = unsafe { libc::getlogin() };
    if p.is_null() {
        return Err(last_os_error(None, None));
    }
    // SAFETY: non-null, so it points to a NUL-terminated string.
    let name = unsafe { std::ffi::CStr::from_ptr(p) };
    Ok(Value::string(name.to_string_lossy().into_owned()))
}

fn os_cpu_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.cpu_count", 0, 0)?;
    // SAFETY: sysconf only reads system configuration.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n >= 1 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn os_urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.urandom", 1, 1)?;
    let n = crate::objects::methods::method_args::ssize_arg(vm, &a.pos[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = zeroed_buffer(n as usize)?;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error_from_io(&e, None, None))?;
    Ok(Value::Bytes(Rc::new(PyBytes::new(buf))))
}

fn os_get_terminal_size(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::params::clinic_positional(&a, "posix", "get_terminal_size", 0, 1)?;
    let fd = match a.pos.first() {
        Some(v) => crate::objects::methods::method_args::c_int_arg(vm, v)? as i32,
        None => 1,
    };
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the valid pointer.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    if rc != 0 {
        return Err(last_os_error(None, None));
    }
    Ok(struct_seq::new_instance(
        &TERMINAL_SIZE.with(|t| t.clone()),
        vec![Value::Int(ws.ws_col as i64), Value::Int(ws.ws_row as i64)],
    ))
}

fn os_strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.strerror", 1, 1)?;
    let code = crate::objects::methods::method_args::c_int_arg(vm, &a.pos[0])?;
    let code = i32::try_from(code)
        .map_err(|_| PyErr::overflow_error("Python int too large to convert to C int"))?;
    Ok(Value::string(strerror(code)))
}

fn os_fsencode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // CPython defines fsencode inside a helper, so its messages carry that qualified name.
    let filename = def_one(&a, "_fscodec.<locals>.fsencode", "filename")?;
    match fspath_plain(vm, &filename)? {
        Value::Str(s) => Ok(Value::Bytes(Rc::new(PyBytes::new(fs_encode(s.as_str())?)))),
        other => Ok(other),
    }
}

fn os_fsdecode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let filename = def_one(&a, "_fscodec.<locals>.fsdecode", "filename")?;
    match fspath_plain(vm, &filename)? {
        Value::Bytes(b) => Ok(Value::string(fs_decode(&b.data))),
        other => Ok(other),
    }
}

fn os_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("_exit", 1, 1)?;
    let code = index_int(vm, &a.pos[0])?;
    std::process::exit(code as i32)
}
