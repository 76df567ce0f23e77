//! Directory iteration: `os.scandir` (an iterator of `os.DirEntry`, usable as a context
//! manager) and `os.walk` (top-down or bottom-up, pruning by editing the yielded `dirnames`
//! list in place, `onerror` called with the OSError, symbolic links to directories not
//! followed unless asked).
//!
//! A `DirEntry` keeps the file type the directory listing reported, so `is_dir`/`is_file`/
//! `is_symlink` need no system call for ordinary entries; `stat()` is cached.

use crate::objects::OrNone;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirEntryExt, FileTypeExt};
use std::rc::Rc;

use super::native_class::{add_classmethods, native_class};
use super::os_error::os_error_from_io;
use super::os_fs::{listing_dir, stat_value};
use super::os_fspath::{fspath_plain, os_value};
use super::params::{present, DefParams, Params};
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

// What the listing said an entry is.
const KIND_UNKNOWN: i64 = -1;
const KIND_OTHER: i64 = 0;
const KIND_FILE: i64 = 1;
const KIND_DIR: i64 = 2;
const KIND_LINK: i64 = 3;

thread_local! {
    static DIR_ENTRY: Rc<PyType> = {
        let t = native_class(
            "posix",
            "DirEntry",
            &[
                ("__new__", |_, _| Err(PyErr::type_error("cannot create 'posix.DirEntry' instances"))),
                ("__repr__", entry_repr),
                ("__fspath__", entry_fspath),
                ("is_dir", entry_is_dir),
                ("is_file", entry_is_file),
                ("is_symlink", entry_is_symlink),
                ("stat", entry_stat),
                ("inode", entry_inode),
            ],
        );
        add_classmethods(&t, &[("__class_getitem__", |_, a| Ok(crate::objects::methods::receiver(&a)))]);
        t
    };
    static SCANDIR_ITERATOR: Rc<PyType> = native_class(
        "posix",
        "ScandirIterator",
        &[
            ("__new__", |_, _| Err(PyErr::type_error("cannot create 'posix.ScandirIterator' instances"))),
            ("__iter__", |_, a| Ok(crate::objects::methods::receiver(&a))),
            ("__next__", scandir_next),
            ("__enter__", |_, a| Ok(crate::objects::methods::receiver(&a))),
            ("__exit__", scandir_close),
            ("close", scandir_close),
        ],
    );
    static WALK: Rc<PyType> = native_class(
        "os",
        "_walk",
        &[
            ("__iter__", |_, a| Ok(crate::objects::methods::receiver(&a))),
            ("__next__", walk_next),
        ],
    );
}

/// `os.DirEntry`.
pub fn dir_entry_type() -> Rc<PyType> {
    DIR_ENTRY.with(|t| t.clone())
}

fn instance(a: &Args) -> PyResult<Rc<PyInstance>> {
    match a.pos.first() {
        Some(Value::Instance(i)) => Ok(i.clone()),
        _ => Err(PyErr::type_error("method needs an instance")),
    }
}

fn get(i: &PyInstance, key: &str) -> Value {
    i.attr(key).or_none()
}

fn kind_of(ft: &fs::FileType) -> i64 {
    if ft.is_symlink() {
        KIND_LINK
    } else if ft.is_dir() {
        KIND_DIR
    } else if ft.is_file() {
        KIND_FILE
    } else if ft.is_block_device() || ft.is_char_device() || ft.is_fifo() || ft.is_socket() {
        KIND_OTHER
    } else {
        KIND_UNKNOWN
    }
}

/// `dir/name`, without doubling a trailing slash.
pub fn join_bytes(dir: &[u8], name: &[u8]) -> Vec<u8> {
    let mut out = dir.to_vec();
    if !out.is_empty() && !out.ends_with(b"/") {
        out.push(b'/');
    }
    out.extend_from_slice(name);
    out
}

fn new_entry(name: Value, path: Value, kind: i64, ino: u64) -> Value {
    let inst = PyInstance::new(dir_entry_type());
    inst.set_attr("name", name);
    inst.set_attr("path", path);
    inst.set_attr("_kind", Value::Int(kind));
    inst.set_attr("_ino", Value::from(ino as usize));
    Value::Instance(inst)
}

/// The entries of a directory, as DirEntry values (paths joined to `dir` unless the
/// directory was given as a descriptor).
fn read_entries(dir: &super::os_fspath::PathArg, is_fd: bool) -> std::io::Result<Vec<Value>> {
    let dir_bytes = dir.path.as_os_str().as_bytes().to_vec();
    let mut out = Vec::new();
    for entry in fs::read_dir(&dir.path)? {
        let entry = entry?;
        let name = entry.file_name();
        let kind = entry
            .file_type()
            .map(|t| kind_of(&t))
            .unwrap_or(KIND_UNKNOWN);
        let path_bytes = if is_fd {
            name.as_bytes().to_vec()
        } else {
            join_bytes(&dir_bytes, name.as_bytes())
        };
        let path = os_value(std::ffi::OsStr::from_bytes(&path_bytes), dir.is_bytes);
        out.push(new_entry(dir.wrap(&name), path, kind, entry.ino()));
    }
    Ok(out)
}

pub fn os_scandir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params {
        func: "scandir",
        names: &["path"],
        required: 0,
        positional: 1,
    }
    .bind(a)?;
    let (dir, is_fd) = listing_dir(vm, p[0].as_ref(), "scandir")?;
    let entries = read_entries(&dir, is_fd).map_err(|e| {
        let name = if dir.object.is_none() {
            None
        } else {
            dir.filename()
        };
        os_error_from_io(&e, name, None)
    })?;
    let it = PyInstance::new(SCANDIR_ITERATOR.with(|t| t.clone()));
    it.set_attr("_entries", Value::list(entries));
    it.set_attr("_pos", Value::Int(0));
    Ok(Value::Instance(it))
}

fn scandir_next(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = instance(&a)?;
    let pos = match get(&it, "_pos") {
        Value::Int(p) => p as usize,
        _ => 0,
    };
    if let Value::List(l) = get(&it, "_entries") {
        if let Some(e) = l.get(pos) {
            it.set_attr("_pos", Value::Int(pos as i64 + 1));
            return Ok(e);
        }
    }
    Err(PyErr::stop_iteration(None))
}

fn scandir_close(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = instance(&a)?;
    it.set_attr("_entries", Value::list(vec![]));
    it.set_attr("_pos", Value::Int(0));
    Ok(Value::None)
}

fn entry_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = instance(&a)?;
    Ok(Value::string(format!(
        "<DirEntry {}>",
        vm.repr(&get(&e, "name"))?
    )))
}

fn entry_fspath(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(get(&*instance(&a)?, "path"))
}

fn entry_inode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(get(&*instance(&a)?, "_ino"))
}

fn follow_flag(vm: &mut Vm, a: Args, func: &str) -> PyResult<(Rc<PyInstance>, bool)> {
    let e = instance(&a)?;
    let mut rest = Args {
        pos: a.pos[1..].to_vec(),
        kw: a.kw,
    };
    let p = Params {
        func,
        names: &["follow_symlinks"],
        required: 0,
        positional: 0,
    }
    .bind(std::mem::take(&mut rest))?;
    let follow = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    Ok((e, follow))
}

fn path_of(e: &PyInstance) -> std::path::PathBuf {
    match get(e, "path") {
        Value::Str(s) => match super::os_fspath::fs_encode(s.as_str()) {
            Ok(b) => std::ffi::OsStr::from_bytes(&b).into(),
            Err(_) => s.as_str().into(),
        },
        Value::Bytes(b) => std::ffi::OsStr::from_bytes(&b.data).into(),
        _ => std::path::PathBuf::new(),
    }
}

/// The entry's (cached) stat or lstat result.
fn entry_metadata(e: &PyInstance, follow: bool) -> PyResult<Value> {
    let link = entry_kind(e)? == KIND_LINK;
    let key = if follow && link { "_stat" } else { "_lstat" };
    if let Some(v) = e.attr(key) {
        return Ok(v);
    }
    let path = path_of(e);
    let r = if follow && link {
        fs::metadata(&path)
    } else {
        fs::symlink_metadata(&path)
    };
    let m = r.map_err(|err| os_error_from_io(&err, Some(get(e, "path")), None))?;
    let v = stat_value(&m);
    e.set_attr(key, v.clone());
    Ok(v)
}

/// The entry's kind, asking the OS when the listing did not say.
fn entry_kind(e: &PyInstance) -> PyResult<i64> {
    match get(e, "_kind") {
        Value::Int(k) if k != KIND_UNKNOWN => Ok(k),
        _ => {
            let m = fs::symlink_metadata(path_of(e))
                .map_err(|err| os_error_from_io(&err, Some(get(e, "path")), None))?;
            let k = kind_of(&m.file_type());
            e.set_attr("_kind", Value::Int(k));
            Ok(k)
        }
    }
}

fn st_mode(v: &Value) -> i64 {
    match super::struct_seq::field(v, "st_mode") {
        Value::Int(m) => m,
        _ => 0,
    }
}

/// is_dir / is_file: true for that kind, following a link when asked; a link to nothing
/// is neither.
fn entry_is(vm: &mut Vm, a: Args, func: &str, want: i64) -> PyResult<Value> {
    let (e, follow) = follow_flag(vm, a, func)?;
    let kind = entry_kind(&e)?;
    if kind != KIND_LINK || !follow {
        return Ok(Value::bool(kind == want));
    }
    match entry_metadata(&e, true) {
        Ok(st) => {
            let fmt = st_mode(&st) & libc::S_IFMT as i64;
            let target = if want == KIND_DIR {
                libc::S_IFDIR
            } else {
                libc::S_IFREG
            };
            Ok(Value::bool(fmt == target as i64))
        }
        Err(err) if err.is_instance(&file_not_found()) => Ok(Value::bool(false)),
        Err(err) => Err(err),
    }
}

fn file_not_found() -> Rc<PyType> {
    types()
        .exc
        .all
        .iter()
        .find(|c| c.name() == "FileNotFoundError")
        .cloned()
        .unwrap_or_else(|| types().exc.os_error.clone())
}

fn entry_is_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    entry_is(vm, a, "is_dir", KIND_DIR)
}

fn entry_is_file(vm: &mut Vm, a: Args) -> PyResult<Value> {
    entry_is(vm, a, "is_file", KIND_FILE)
}

fn entry_is_symlink(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("is_symlink", 1, 1)?;
    let e = instance(&a)?;
    Ok(Value::bool(entry_kind(&e)? == KIND_LINK))
}

fn entry_stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (e, follow) = follow_flag(vm, a, "stat")?;
    entry_metadata(&e, follow)
}

// ---- os.walk ----

// Work items on a walk's stack.
const VISIT: i64 = 0;
const VISIT_UNLESS_LINK: i64 = 1;
const DESCEND: i64 = 2;
const YIELD: i64 = 3;

pub fn os_walk(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "walk",
        names: &["top", "topdown", "onerror", "followlinks"],
        positional: 4,
        required: 1,
    }
    .bind(&a)?;
    let top = fspath_plain(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let topdown = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let followlinks = match &p[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let w = PyInstance::new(WALK.with(|t| t.clone()));
    w.set_attr(
        "_stack",
        Value::list(vec![Value::tuple(vec![Value::Int(VISIT), top])]),
    );
    w.set_attr("_topdown", Value::bool(topdown));
    w.set_attr("_followlinks", Value::bool(followlinks));
    w.set_attr("_onerror", present(&p[2]).cloned().or_none());
    Ok(Value::Instance(w))
}

fn value_bytes(v: &Value) -> (Vec<u8>, bool) {
    match v {
        Value::Bytes(b) => (b.data.clone(), true),
        Value::Str(s) => (s.as_str().as_bytes().to_vec(), false),
        _ => (Vec::new(), false),
    }
}

fn joined(top: &Value, name: &Value) -> Value {
    let (t, is_bytes) = value_bytes(top);
    let (n, _) = value_bytes(name);
    let joined = if n.starts_with(b"/") {
        n
    } else {
        join_bytes(&t, &n)
    };
    os_value(std::ffi::OsStr::from_bytes(&joined), is_bytes)
}

fn walk_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = instance(&a)?;
    let Value::List(stack) = get(&w, "_stack") else {
        return Err(PyErr::stop_iteration(None));
    };
    let topdown = matches!(
        get(&w, "_topdown"),
        Value::Bool(crate::objects::WideBool::True)
    );
    let followlinks = matches!(
        get(&w, "_followlinks"),
        Value::Bool(crate::objects::WideBool::True)
    );
    let onerror = get(&w, "_onerror");
    loop {
        let Some(item) = stack.items.borrow_mut().pop() else {
            return Err(PyErr::stop_iteration(None));
        };
        let Value::Tuple(item) = item else { continue };
        let kind = match item.items.first() {
            Some(Value::Int(k)) => *k,
            _ => continue,
        };
        let arg = item.items.get(1).cloned().or_none();
        match kind {
            YIELD => return Ok(arg),
            DESCEND => {
                let dirs = item.items.get(2).cloned().or_none();
                let names = vm.collect_iterable(&dirs)?;
                for name in names.iter().rev() {
                    let what = if followlinks {
                        VISIT
                    } else {
                        VISIT_UNLESS_LINK
                    };
                    stack.push(Value::tuple(vec![Value::Int(what), joined(&arg, name)]));
                }
            }
            VISIT | VISIT_UNLESS_LINK => {
                let (top_bytes, is_bytes) = value_bytes(&arg);
                let top_path = std::path::PathBuf::from(std::ffi::OsStr::from_bytes(&top_bytes));
                if kind == VISIT_UNLESS_LINK
                    && fs::symlink_metadata(&top_path).is_ok_and(|m| m.file_type().is_symlink())
                {
                    continue;
                }
                let listing =
                    fs::read_dir(&top_path).and_then(|rd| rd.collect::<Result<Vec<_>, _>>());
                let entries = match listing {
                    Ok(e) => e,
                    Err(err) => {
                        if !onerror.is_none() {
                            let exc = os_error_from_io(&err, Some(arg.clone()), None);
                            vm.call(&onerror, vec![exc.value()])?;
                        }
                        continue;
                    }
                };
                let (mut dirs, mut files, mut walk_into) = (Vec::new(), Vec::new(), Vec::new());
                for entry in entries {
                    let name_os = entry.file_name();
                    let name = os_value(&name_os, is_bytes);
                    let ft = entry.file_type().ok();
                    let is_link = ft.is_some_and(|t| t.is_symlink());
                    let is_dir = match ft {
                        Some(t) if !t.is_symlink() => t.is_dir(),
                        _ => fs::metadata(entry.path()).is_ok_and(|m| m.is_dir()),
                    };
                    if is_dir {
                        if !topdown && (followlinks || !is_link) {
                            walk_into.push(joined(&arg, &name));
                        }
                        dirs.push(name);
                    } else {
                        files.push(name);
                    }
                }
                let dirs = Value::list(dirs);
                let result = Value::tuple(vec![arg.clone(), dirs.clone(), Value::list(files)]);
                if topdown {
                    stack.push(Value::tuple(vec![Value::Int(DESCEND), arg, dirs]));
                    return Ok(result);
                }
                stack.push(Value::tuple(vec![Value::Int(YIELD), result]));
                for d in walk_into.into_iter().rev() {
                    stack.push(Value::tuple(vec![Value::Int(VISIT), d]));
                }
            }
            _ => {}
        }
    }
}
