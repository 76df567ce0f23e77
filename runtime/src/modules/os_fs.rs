//! The file-system calls of `os`: `stat`/`lstat` and `os.stat_result`, the working
//! directory, listing, creating, removing and renaming files and directories, `makedirs`
//! and `removedirs`, links, permissions (`chmod`, `access`, `umask`) and `utime`. Every OS
//! failure becomes the OSError subclass CPython raises, naming the path(s) involved.

use crate::objects::OrNone;
use std::ffi::CString;
use std::fs::{self, Metadata};
use std::mem::ManuallyDrop;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::os::unix::io::FromRawFd;
use std::path::Path;
use std::rc::Rc;

use num_bigint::BigInt;

use super::os_error::{last_os_error, os_error_from_io};
use super::os_fspath::{os_value, path_arg, path_or_fd, Accepts, PathArg, PathOrFd};
use super::params::{index_int, present, DefParams, Params};
use super::struct_seq;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyType, Value};
use crate::vm::Vm;

const STAT_FIELDS: [&str; 19] = [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "",
    "",
    "",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

thread_local! {
    static STAT_RESULT: Rc<PyType> = {
        let t = struct_seq::new_type("os", "stat_result", &STAT_FIELDS, 10);
        t.dict.set_str("__new__", crate::objects::PyBuiltin::value("__new__", stat_result_new));
        t
    };
}

/// `os.stat_result(seq)`: the float times default to the integer ones of the sequence.
fn stat_result_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = struct_seq::seq_new(vm, a)?;
    if let (Value::Instance(inst), Some(items)) = (&v, struct_seq::items_of(&v)) {
        for (name, i) in [("st_atime", 7), ("st_mtime", 8), ("st_ctime", 9)] {
            if inst.attr(name).is_some_and(|x| x.is_none()) {
                inst.set_attr(name, items.items.get(i).cloned().or_none());
            }
        }
    }
    Ok(v)
}

/// `os.stat_result`.
pub fn stat_result_type() -> Rc<PyType> {
    STAT_RESULT.with(|t| t.clone())
}

fn unsigned(v: u64) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(v)),
    }
}

fn nanos(sec: i64, nsec: i64) -> Value {
    let total = sec as i128 * 1_000_000_000 + nsec as i128;
    match i64::try_from(total) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(total)),
    }
}

/// An `os.stat_result` from metadata.
pub fn stat_value(m: &Metadata) -> Value {
    let secs = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let values = vec![
        Value::Int(m.mode() as i64),
        unsigned(m.ino()),
        unsigned(m.dev()),
        unsigned(m.nlink()),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        unsigned(m.size()),
        Value::Int(m.atime()),
        Value::Int(m.mtime()),
        Value::Int(m.ctime()),
        secs(m.atime(), m.atime_nsec()),
        secs(m.mtime(), m.mtime_nsec()),
        secs(m.ctime(), m.ctime_nsec()),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
        unsigned(m.blksize()),
        unsigned(m.blocks()),
        unsigned(m.rdev()),
    ];
    struct_seq::new_instance(&stat_result_type(), values)
}

/// Metadata of an open file descriptor (without closing it).
pub fn fd_metadata(fd: i32) -> std::io::Result<Metadata> {
    if fd < 0 {
        // Never a descriptor; `File::from_raw_fd` must not see it.
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: the File is never dropped, so the descriptor (which the caller owns) stays
    // open; `metadata` only calls fstat on it.
    let file = ManuallyDrop::new(unsafe { fs::File::from_raw_fd(fd) });
    file.metadata()
}

/// `stat(path)` or `lstat(path)` for a path argument of `func` (which may be a descriptor
/// when `follow` is true), raising CPython's errors.
pub fn stat_of(vm: &mut Vm, v: &Value, func: &str, follow: bool) -> PyResult<Metadata> {
    let accepts = if follow {
        Accepts::PathOrFd
    } else {
        Accepts::PathOnly
    };
    match path_or_fd(vm, v, func, "path", accepts)? {
        PathOrFd::Fd(fd) if follow => {
            fd_metadata(fd).map_err(|e| os_error_from_io(&e, Some(v.clone()), None))
        }
        PathOrFd::Fd(_) => Err(PyErr::type_error(format!(
            "{}: path should be string, bytes or os.PathLike, not int",
            func
        ))),
        PathOrFd::Path(p) => {
            let r = if follow {
                fs::metadata(&p.path)
            } else {
                fs::symlink_metadata(&p.path)
            };
            r.map_err(|e| os_error_from_io(&e, p.filename(), None))
        }
    }
}

fn flag(vm: &mut Vm, slot: &Option<Value>, default: bool) -> PyResult<bool> {
    match slot {
        None => Ok(default),
        Some(v) => vm.truthy(v),
    }
}

/// `dir_fd` is accepted only as None (relative-to-directory calls are not supported).
fn no_dir_fd(slot: &Option<Value>, func: &str) -> PyResult<()> {
    match present(slot) {
        None => Ok(()),
        Some(_) => Err(PyErr::not_implemented(format!(
            "{}: dir_fd unavailable on this platform",
            func
        ))),
    }
}

pub fn os_stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "stat",
        names: &["path", "dir_fd", "follow_symlinks"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    no_dir_fd(&p[1], "stat")?;
    let follow = flag(vm, &p[2], true)?;
    let path = p[0].clone().or_none();
    let m = stat_of(vm, &path, "stat", follow)?;
    Ok(stat_value(&m))
}

pub fn os_lstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "lstat",
        names: &["path", "dir_fd"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    no_dir_fd(&p[1], "lstat")?;
    let path = p[0].clone().or_none();
    let m = stat_of(vm, &path, "lstat", false)?;
    Ok(stat_value(&m))
}

/// The one required path parameter of `func` (`remove`, `rmdir`, …), plus `dir_fd`.
fn single_path(vm: &mut Vm, a: Args, func: &str) -> PyResult<PathArg> {
    let p = Params {
        func,
        names: &["path", "dir_fd"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    no_dir_fd(&p[1], func)?;
    let v = p[0].clone().or_none();
    path_arg(vm, &v, func, "path")
}

pub fn os_getcwd(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.getcwd", 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error_from_io(&e, None, None))?;
    Ok(os_value(cwd.as_os_str(), false))
}

pub fn os_getcwdb(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.getcwdb", 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error_from_io(&e, None, None))?;
    Ok(os_value(cwd.as_os_str(), true))
}

pub fn os_chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "chdir",
        names: &["path"],
        required: 1,
        positional: 1,
    }
    .bind(a)?;
    let v = p[0].clone().or_none();
    match path_or_fd(vm, &v, "chdir", "path", Accepts::PathOrFd)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: fchdir takes any integer; an invalid descriptor is reported as EBADF.
            if unsafe { libc::fchdir(fd) } != 0 {
                return Err(last_os_error(Some(v.clone()), None));
            }
        }
        PathOrFd::Path(p) => std::env::set_current_dir(&p.path)
            .map_err(|e| os_error_from_io(&e, p.filename(), None))?,
    }
    Ok(Value::None)
}

/// The directory a listing argument names (None: the current one), and whether names come
/// back as bytes.
pub fn listing_dir(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<(PathArg, bool)> {
    match v {
        None | Some(Value::None) => Ok((
            PathArg {
                path: ".".into(),
                is_bytes: false,
                object: Value::str("."),
            },
            false,
        )),
        Some(v) => match path_or_fd(vm, v, func, "path", Accepts::PathFdOrNone)? {
            PathOrFd::Fd(fd) => Ok((
                PathArg {
                    path: format!("/dev/fd/{}", fd).into(),
                    is_bytes: false,
                    // CPython's errors name the descriptor as given: "Not a directory: 1".
                    object: v.clone(),
                },
                true,
            )),
            PathOrFd::Path(p) => Ok((p, false)),
        },
    }
}

pub fn os_listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "listdir",
        names: &["path"],
        required: 0,
        positional: 1,
    }
    .bind(a)?;
    let (dir, _is_fd) = listing_dir(vm, p[0].as_ref(), "listdir")?;
    let err = |e: std::io::Error| {
        let name = if dir.object.is_none() {
            None
        } else {
            dir.filename()
        };
        os_error_from_io(&e, name, None)
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(&dir.path).map_err(err)? {
        let entry = entry.map_err(err)?;
        names.push(dir.wrap(&entry.file_name()));
    }
    Ok(Value::list(names))
}

pub fn os_mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "mkdir",
        names: &["path", "mode", "dir_fd"],
        required: 1,
        positional: 2,
    }
    .bind(a)?;
    // Converted in parameter order, as CPython's parser does.
    let v = p[0].clone().or_none();
    let path = path_arg(vm, &v, "mkdir", "path")?;
    let mode = match &p[1] {
        Some(v) => index_int(vm, v)?,
        None => 0o777,
    };
    no_dir_fd(&p[2], "mkdir")?;
    make_dir(&path, mode)?;
    Ok(Value::None)
}

fn make_dir(path: &PathArg, mode: i64) -> PyResult<()> {
    fs::DirBuilder::new()
        .mode((mode & 0o7777) as u32)
        .create(&path.path)
        .map_err(|e| os_error_from_io(&e, path.filename(), None))
}

/// `os.path.split` on raw path bytes.
fn split_bytes(p: &[u8]) -> (&[u8], &[u8]) {
    let i = p
        .iter()
        .rposition(|b| *b == b'/')
        .map(|i| i + 1)
        .unwrap_or(0);
    let (head, tail) = p.split_at(i);
    let all_slashes = head.iter().all(|b| *b == b'/');
    if !head.is_empty() && !all_slashes {
        let end = head
            .iter()
            .rposition(|b| *b != b'/')
            .map(|i| i + 1)
            .unwrap_or(0);
        return (&head[..end], tail);
    }
    (head, tail)
}

fn path_from(bytes: &[u8], like: &PathArg) -> PathArg {
    let os = std::ffi::OsStr::from_bytes(bytes);
    PathArg {
        path: os.into(),
        is_bytes: like.is_bytes,
        object: like.wrap(os),
    }
}

pub fn os_makedirs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "makedirs",
        names: &["name", "mode", "exist_ok"],
        positional: 3,
        required: 1,
    }
    .bind(&a)?;
    // CPython's makedirs first splits the name, which wants a path-like object.
    let v = super::os_fspath::fspath_plain(vm, &p[0].clone().or_none())?;
    let mode = match &p[1] {
        Some(v) => index_int(vm, v)?,
        None => 0o777,
    };
    let exist_ok = flag(vm, &p[2], false)?;
    let path = path_arg(vm, &v, "makedirs", "name")?;
    let name = path.path.as_os_str().as_bytes().to_vec();
    make_dirs(vm, &name, &path, mode, exist_ok)?;
    Ok(Value::None)
}

/// Creates the missing parents (mode 0o777), then the leaf with `mode`.
fn make_dirs(vm: &mut Vm, name: &[u8], like: &PathArg, mode: i64, exist_ok: bool) -> PyResult<()> {
    let (mut head, mut tail) = split_bytes(name);
    if tail.is_empty() {
        (head, tail) = split_bytes(head);
    }
    if !head.is_empty()
        && !tail.is_empty()
        && fs::metadata(std::ffi::OsStr::from_bytes(head)).is_err()
    {
        match make_dirs(vm, head, like, 0o777, exist_ok) {
            Ok(()) => {}
            Err(e)
                if e.is_instance(&vm.get_type_exc().os_error)
                    && errno_of(&e) == Some(libc::EEXIST) => {}
            Err(e) => return Err(e),
        }
        if tail == b"." {
            return Ok(());
        }
    }
    let leaf = path_from(name, like);
    match make_dir(&leaf, mode) {
        Ok(()) => Ok(()),
        Err(e) => {
            let is_dir = fs::metadata(&leaf.path)
                .map(|m| m.is_dir())
                .unwrap_or(false);
            if exist_ok && is_dir {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

fn errno_of(e: &PyErr) -> Option<i32> {
    match crate::objects::exception_members::field(&e.exc, "errno") {
        Some(Value::Int(n)) => i32::try_from(n).ok(),
        _ => None,
    }
}

pub fn os_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = single_path(vm, a, "remove")?;
    fs::remove_file(&path.path).map_err(|e| os_error_from_io(&e, path.filename(), None))?;
    Ok(Value::None)
}

pub fn os_unlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = single_path(vm, a, "unlink")?;
    fs::remove_file(&path.path).map_err(|e| os_error_from_io(&e, path.filename(), None))?;
    Ok(Value::None)
}

pub fn os_rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = single_path(vm, a, "rmdir")?;
    fs::remove_dir(&path.path).map_err(|e| os_error_from_io(&e, path.filename(), None))?;
    Ok(Value::None)
}

pub fn os_removedirs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "removedirs",
        names: &["name"],
        positional: 1,
        required: 1,
    }
    .bind(&a)?;
    let v = p[0].clone().or_none();
    // CPython's removedirs starts with rmdir, whose wording a bad name gets.
    let path = path_arg(vm, &v, "rmdir", "path")?;
    fs::remove_dir(&path.path).map_err(|e| os_error_from_io(&e, path.filename(), None))?;
    let name = path.path.as_os_str().as_bytes().to_vec();
    let (mut head, mut tail) = split_bytes(&name);
    if tail.is_empty() {
        (head, tail) = split_bytes(head);
    }
    while !head.is_empty() && !tail.is_empty() {
        if fs::remove_dir(std::ffi::OsStr::from_bytes(head)).is_err() {
            break;
        }
        (head, tail) = split_bytes(head);
    }
    Ok(Value::None)
}

fn two_paths(vm: &mut Vm, a: Args, func: &str) -> PyResult<(PathArg, PathArg)> {
    let p = Params {
        func,
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        required: 2,
        positional: 2,
    }
    .bind(a)?;
    no_dir_fd(&p[2], func)?;
    no_dir_fd(&p[3], func)?;
    let src = path_arg(vm, p[0].as_ref().unwrap_or(&Value::None), func, "src")?;
    let dst = path_arg(vm, p[1].as_ref().unwrap_or(&Value::None), func, "dst")?;
    Ok((src, dst))
}

pub fn os_rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, a, "rename")?;
    fs::rename(&src.path, &dst.path)
        .map_err(|e| os_error_from_io(&e, src.filename(), dst.filename()))?;
    Ok(Value::None)
}

pub fn os_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (src, dst) = two_paths(vm, a, "replace")?;
    fs::rename(&src.path, &dst.path)
        .map_err(|e| os_error_from_io(&e, src.filename(), dst.filename()))?;
    Ok(Value::None)
}

pub fn os_link(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "link",
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        required: 2,
        positional: 2,
    }
    .bind(a)?;
    no_dir_fd(&p[2], "link")?;
    no_dir_fd(&p[3], "link")?;
    let src = path_arg(vm, p[0].as_ref().unwrap_or(&Value::None), "link", "src")?;
    let dst = path_arg(vm, p[1].as_ref().unwrap_or(&Value::None), "link", "dst")?;
    fs::hard_link(&src.path, &dst.path)
        .map_err(|e| os_error_from_io(&e, src.filename(), dst.filename()))?;
    Ok(Value::None)
}

pub fn os_symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "symlink",
        names: &["src", "dst", "target_is_directory", "dir_fd"],
        required: 2,
        positional: 3,
    }
    .bind(a)?;
    no_dir_fd(&p[3], "symlink")?;
    let src = path_arg(vm, p[0].as_ref().unwrap_or(&Value::None), "symlink", "src")?;
    let dst = path_arg(vm, p[1].as_ref().unwrap_or(&Value::None), "symlink", "dst")?;
    std::os::unix::fs::symlink(&src.path, &dst.path)
        .map_err(|e| os_error_from_io(&e, src.filename(), dst.filename()))?;
    Ok(Value::None)
}

pub fn os_readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = single_path(vm, a, "readlink")?;
    let target =
        fs::read_link(&path.path).map_err(|e| os_error_from_io(&e, path.filename(), None))?;
    Ok(path.wrap(target.as_os_str()))
}

/// An int argument that must fit a C int (modes, flags).
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = index_int(vm, v)?;
    if i32::try_from(n).is_err() {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(n)
}

fn c_path(p: &Path) -> PyResult<CString> {
    CString::new(p.as_os_str().as_bytes()).map_err(|_| PyErr::value_error("embedded null byte"))
}

pub fn os_chmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "chmod",
        names: &["path", "mode", "dir_fd", "follow_symlinks"],
        required: 2,
        positional: 2,
    }
    .bind(a)?;
    no_dir_fd(&p[2], "chmod")?;
    if !flag(vm, &p[3], true)? {
        return Err(PyErr::not_implemented(
            "chmod: follow_symlinks unavailable on this platform",
        ));
    }
    let mode = c_int_arg(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let v = p[0].clone().or_none();
    match path_or_fd(vm, &v, "chmod", "path", Accepts::PathOrFd)? {
        PathOrFd::Fd(fd) => {
            // SAFETY: fchmod takes any integer; a bad descriptor is reported as EBADF.
            if unsafe { libc::fchmod(fd, mode as libc::mode_t) } != 0 {
                return Err(last_os_error(Some(v.clone()), None));
            }
        }
        PathOrFd::Path(path) => {
            fs::set_permissions(&path.path, fs::Permissions::from_mode(mode as u32))
                .map_err(|e| os_error_from_io(&e, path.filename(), None))?;
        }
    }
    Ok(Value::None)
}

pub fn os_access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "access",
        names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        required: 2,
        positional: 2,
    }
    .bind(a)?;
    // Converted in parameter order, as CPython's parser does.
    let v = p[0].clone().or_none();
    let path = path_arg(vm, &v, "access", "path")?;
    let mode = index_int(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    no_dir_fd(&p[2], "access")?;
    let c = c_path(&path.path)?;
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let rc = unsafe { libc::access(c.as_ptr(), mode as libc::c_int) };
    Ok(Value::bool(rc == 0))
}

pub fn os_umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.umask", 1, 1)?;
    let mask = index_int(vm, &a.pos[0])?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
pub fn os_utime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "utime",
        names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        required: 1,
        positional: 2,
    }
    .bind(a)?;
    no_dir_fd(&p[3], "utime")?;
    let follow = flag(vm, &p[4], true)?;
    let v = p[0].clone().or_none();
    let path = path_arg(vm, &v, "utime", "path")?;
    let times = present(&p[1]).cloned();
    let ns = present(&p[2]).cloned();
    let pair = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<(Value, Value)> {
        match v {
            Value::Tuple(t) if t.items.len() == 2 => Ok((t.items[0].clone(), t.items[1].clone())),
            _ => {
                let _ = vm;
                Err(PyErr::type_error(format!(
                    "utime: '{}' must be a tuple of two ints",
                    what
                )))
            }
        }
    };
    let stamp = |secs: i64, nsec: i64| libc::timespec {
        tv_sec: secs as libc::time_t,
        tv_nsec: nsec as _,
    };
    let specs: [libc::timespec; 2] = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(PyErr::value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (Some(t), None) => {
            let (at, mt) = match &t {
                Value::Tuple(tp) if tp.items.len() == 2 => {
                    (tp.items[0].clone(), tp.items[1].clone())
                }
                _ => {
                    return Err(PyErr::type_error(
                        "utime: 'times' must be either a tuple of two ints or None",
                    ))
                }
            };
            let to_spec = |vm: &mut Vm, v: &Value| -> PyResult<libc::timespec> {
                match v {
                    Value::Float(f) => {
                        let f = f.get();
                        let s = f.floor();
                        if !(-9.2e18..9.2e18).contains(&s) {
                            return Err(PyErr::overflow_error(
                                "timestamp out of range for platform time_t",
                            ));
                        }
                        Ok(stamp(s as i64, ((f - s) * 1e9) as i64))
                    }
                    other => Ok(stamp(index_int(vm, other)?, 0)),
                }
            };
            [to_spec(vm, &at)?, to_spec(vm, &mt)?]
        }
        (None, Some(n)) => {
            let (at, mt) = pair(vm, &n, "ns")?;
            let split = |vm: &mut Vm, v: &Value| -> PyResult<libc::timespec> {
                let total = index_int(vm, v)?;
                Ok(stamp(
                    total.div_euclid(1_000_000_000),
                    total.rem_euclid(1_000_000_000),
                ))
            };
            [split(vm, &at)?, split(vm, &mt)?]
        }
        (None, None) => [
            libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_NOW,
            },
            libc::timespec {
                tv_sec: 0,
                tv_nsec: libc::UTIME_NOW,
            },
        ],
    };
    let c = c_path(&path.path)?;
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `c` is NUL-terminated and `specs` holds two timespecs, as utimensat requires.
    let rc = unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), specs.as_ptr(), flags) };
    if rc != 0 {
        return Err(last_os_error(path.filename(), None));
    }
    Ok(Value::None)
}
