//! `os.path` for POSIX (the module `posixpath`): pure path manipulation (`join`, `split`,
//! `splitext`, `normpath`, `relpath`, `commonpath`, …), user and variable expansion, and
//! the file-system predicates (`exists`, `isdir`, `getsize`, `realpath`, …). Every function
//! takes str, bytes or an os.PathLike and answers in the same type; the work is done on the
//! bytes (UTF-8 for str — the separators are ASCII, so splitting bytes never splits a
//! character).

use crate::objects::OrNone;
use std::collections::HashMap;
use std::ffi::{CStr, CString, OsStr};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::rc::Rc;

use super::os_fs::stat_of;
use super::os_fspath::{fspath_plain, os_value};
use super::params::{def_one, DefParams};
use crate::bytecode::CmpOp;
use crate::objects::function::Args;
use crate::objects::{types, PyBuiltin, PyErr, PyModule, PyResult, PySlice, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let f = |name: &'static str, func: crate::objects::function::NativeFn| {
        m.set(name, PyBuiltin::value(name, func));
    };
    f("join", path_join);
    f("split", |vm, a| {
        one(vm, a, ("split", "p"), |p| pair(split(&p.b), p.bytes))
    });
    f("splitext", |vm, a| {
        one(vm, a, ("splitext", "p"), |p| pair(splitext(&p.b), p.bytes))
    });
    f("splitdrive", |vm, a| {
        one(vm, a, ("splitdrive", "p"), |p| {
            pair((&[][..], &p.b[..]), p.bytes)
        })
    });
    f("basename", |vm, a| {
        one(vm, a, ("basename", "p"), |p| {
            out(split_point(&p.b).1, p.bytes)
        })
    });
    f("dirname", |vm, a| {
        one(vm, a, ("dirname", "p"), |p| out(split(&p.b).0, p.bytes))
    });
    f("isabs", |vm, a| {
        one(vm, a, ("isabs", "s"), |p| {
            Value::bool(p.b.starts_with(b"/"))
        })
    });
    f("normpath", |vm, a| {
        one(vm, a, ("normpath", "path"), |p| {
            out(&normpath(&p.b), p.bytes)
        })
    });
    f("normcase", |vm, a| {
        one(vm, a, ("normcase", "s"), |p| out(&p.b, p.bytes))
    });
    f("abspath", path_abspath);
    f("realpath", path_realpath);
    f("relpath", path_relpath);
    f("expanduser", |vm, a| {
        let v = def_one(&a, "expanduser", "path")?;
        let p = arg(vm, &v)?;
        Ok(out(&expanduser(&p.b)?, p.bytes))
    });
    f("expandvars", |vm, a| {
        one(vm, a, ("expandvars", "path"), |p| {
            out(&expandvars(&p.b), p.bytes)
        })
    });
    f("exists", |vm, a| {
        predicate(vm, a, ("exists", "path"), true, |_| true)
    });
    f("lexists", |vm, a| {
        predicate(vm, a, ("lexists", "path"), false, |_| true)
    });
    f("isfile", |vm, a| {
        predicate(vm, a, ("isfile", "path"), true, |m| m.is_file())
    });
    f("isdir", |vm, a| {
        predicate(vm, a, ("isdir", "s"), true, |m| m.is_dir())
    });
    f("islink", |vm, a| {
        predicate(vm, a, ("islink", "path"), false, |m| {
            m.file_type().is_symlink()
        })
    });
    f("ismount", path_ismount);
    f("getsize", |vm, a| {
        stat_field(vm, a, ("getsize", "filename"), |m| {
            Value::from(m.size() as usize)
        })
    });
    f("getmtime", |vm, a| {
        stat_field(vm, a, ("getmtime", "filename"), |m| {
            seconds(m.mtime(), m.mtime_nsec())
        })
    });
    f("getatime", |vm, a| {
        stat_field(vm, a, ("getatime", "filename"), |m| {
            seconds(m.atime(), m.atime_nsec())
        })
    });
    f("getctime", |vm, a| {
        stat_field(vm, a, ("getctime", "filename"), |m| {
            seconds(m.ctime(), m.ctime_nsec())
        })
    });
    f("commonprefix", path_commonprefix);
    f("commonpath", path_commonpath);
    f("samefile", path_samefile);
    f("samestat", path_samestat);
    for (name, v) in [
        ("sep", Value::str("/")),
        ("altsep", Value::None),
        ("extsep", Value::str(".")),
        ("pathsep", Value::str(":")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("defpath", Value::str("/bin:/usr/bin")),
        ("devnull", Value::str("/dev/null")),
        ("supports_unicode_filenames", Value::bool(false)),
    ] {
        m.set(name, v);
    }
    Ok(())
}

/// A path argument's bytes and whether it was bytes.
struct P {
    b: Vec<u8>,
    bytes: bool,
}

fn arg(vm: &mut Vm, v: &Value) -> PyResult<P> {
    match fspath_plain(vm, v)? {
        Value::Bytes(b) => Ok(P {
            b: b.data.clone(),
            bytes: true,
        }),
        Value::Str(s) => Ok(P {
            b: s.as_str().as_bytes().to_vec(),
            bytes: false,
        }),
        _ => Err(PyErr::type_error(
            "expected str, bytes or os.PathLike object",
        )),
    }
}

fn out(b: &[u8], bytes: bool) -> Value {
    os_value(OsStr::from_bytes(b), bytes)
}

fn pair((a, b): (&[u8], &[u8]), bytes: bool) -> Value {
    Value::tuple(vec![out(a, bytes), out(b, bytes)])
}

/// A one-argument function of a path.
fn one(vm: &mut Vm, a: Args, func: (&str, &str), f: fn(P) -> Value) -> PyResult<Value> {
    let v = def_one(&a, func.0, func.1)?;
    Ok(f(arg(vm, &v)?))
}

// ---- pure path manipulation ----

/// (everything up to and including the last '/', the rest).
fn split_point(p: &[u8]) -> (&[u8], &[u8]) {
    let i = p
        .iter()
        .rposition(|c| *c == b'/')
        .map(|i| i + 1)
        .unwrap_or(0);
    p.split_at(i)
}

/// `split`: the head loses its trailing slashes unless it is nothing but slashes.
fn split(p: &[u8]) -> (&[u8], &[u8]) {
    let (head, tail) = split_point(p);
    if head.iter().all(|c| *c == b'/') {
        return (head, tail);
    }
    let end = head
        .iter()
        .rposition(|c| *c != b'/')
        .map(|i| i + 1)
        .unwrap_or(0);
    (&head[..end], tail)
}

/// `splitext`: the extension starts at the last dot of the last component, unless that
/// component is only leading dots up to it.
fn splitext(p: &[u8]) -> (&[u8], &[u8]) {
    let sep = p.iter().rposition(|c| *c == b'/');
    let Some(dot) = p.iter().rposition(|c| *c == b'.') else {
        return (p, &[]);
    };
    let name_start = sep.map(|s| s + 1).unwrap_or(0);
    if dot < name_start {
        return (p, &[]);
    }
    if p[name_start..dot].iter().any(|c| *c != b'.') {
        return p.split_at(dot);
    }
    (p, &[])
}

/// Appends `b` to `path` as `join` does.
fn join_onto(path: &mut Vec<u8>, b: &[u8]) {
    if b.starts_with(b"/") {
        path.clear();
        path.extend_from_slice(b);
    } else if path.is_empty() || path.ends_with(b"/") {
        path.extend_from_slice(b);
    } else {
        path.push(b'/');
        path.extend_from_slice(b);
    }
}

pub fn normpath(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    // POSIX gives exactly two leading slashes a meaning of their own; three or more are one.
    let leading = if p.starts_with(b"//") && !p.starts_with(b"///") {
        2
    } else if p.starts_with(b"/") {
        1
    } else {
        0
    };
    let mut comps: Vec<&[u8]> = Vec::new();
    for comp in p.split(|c| *c == b'/') {
        if comp.is_empty() || comp == b"." {
            continue;
        }
        let keep = comp != b".."
            || (leading == 0 && comps.is_empty())
            || comps.last().is_some_and(|l| *l == b"..");
        if keep {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = vec![b'/'; leading];
    out.extend_from_slice(&comps.join(&b'/'));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

/// `_check_arg_types`: the TypeError for a bad argument among `args`, or for mixing str
/// and bytes; None when the arguments are fine.
fn check_arg_types(func: &str, args: &[Value]) -> Option<PyErr> {
    let (mut has_str, mut has_bytes) = (false, false);
    for a in args {
        match a {
            Value::Str(_) => has_str = true,
            Value::Bytes(_) => has_bytes = true,
            other => {
                return Some(PyErr::type_error(format!(
                    "{}() argument must be str, bytes, or os.PathLike object, not '{}'",
                    func,
                    other.type_name()
                )))
            }
        }
    }
    if has_str && has_bytes {
        return Some(mixed());
    }
    None
}

fn mixed() -> PyErr {
    PyErr::type_error("Can't mix strings and bytes in path components")
}

fn path_join(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    // `join(a, *p)`: the first part may be given by its name.
    if !a.kw.is_empty() {
        let first = DefParams {
            func: "join",
            names: &["a"],
            positional: 1,
            required: 1,
        }
        .bind(&Args {
            pos: a.pos.get(..1).unwrap_or_default().to_vec(),
            kw: std::mem::take(&mut a.kw),
        })?;
        if a.pos.is_empty() {
            a.pos = first.into_iter().flatten().collect();
        }
    }
    let Some(first) = a.pos.first() else {
        return Err(PyErr::type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    };
    let first = fspath_plain(vm, first)?;
    let P { b: mut path, bytes } = arg(vm, &first)?;
    let mut checked = vec![first];
    checked.extend(a.pos[1..].iter().cloned());
    for v in &a.pos[1..] {
        let part = match fspath_plain(vm, v) {
            Ok(p) => p,
            Err(e) => return Err(check_arg_types("join", &checked).unwrap_or(e)),
        };
        let (b, is_bytes) = match &part {
            Value::Str(s) => (s.as_str().as_bytes(), false),
            Value::Bytes(b) => (&b.data[..], true),
            _ => return Err(mixed()),
        };
        if is_bytes != bytes {
            return Err(check_arg_types("join", &checked).unwrap_or_else(mixed));
        }
        join_onto(&mut path, b);
    }
    Ok(out(&path, bytes))
}

fn cwd_bytes() -> PyResult<Vec<u8>> {
    std::env::current_dir()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .map_err(|e| super::os_error::os_error_from_io(&e, None, None))
}

fn abspath(p: &[u8]) -> PyResult<Vec<u8>> {
    if p.starts_with(b"/") {
        return Ok(normpath(p));
    }
    let mut cwd = cwd_bytes()?;
    join_onto(&mut cwd, p);
    Ok(normpath(&cwd))
}

fn path_abspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = def_one(&a, "abspath", "path")?;
    let p = arg(vm, &v)?;
    Ok(out(&abspath(&p.b)?, p.bytes))
}

// ---- realpath ----

struct Resolver {
    strict: bool,
    /// Symlinks seen: None while being resolved (a second visit is a loop).
    seen: HashMap<Vec<u8>, Option<Vec<u8>>>,
}

fn lstat_is_link(p: &[u8]) -> std::io::Result<bool> {
    fs::symlink_metadata(OsStr::from_bytes(p)).map(|m| m.file_type().is_symlink())
}

impl Resolver {
    /// Resolves `rest` relative to the already-resolved `path`; Ok((path, complete)).
    fn join_real(
        &mut self,
        mut path: Vec<u8>,
        rest: &[u8],
        origin: &Value,
    ) -> PyResult<(Vec<u8>, bool)> {
        let mut rest = rest;
        if rest.starts_with(b"/") {
            rest = &rest[1..];
            path = b"/".to_vec();
        }
        let mut parts = rest.split(|c| *c == b'/').peekable();
        while let Some(name) = parts.next() {
            if name.is_empty() || name == b"." {
                continue;
            }
            if name == b".." {
                if path.is_empty() {
                    path = b"..".to_vec();
                } else {
                    let (head, tail) = split(&path);
                    let (head, tail) = (head.to_vec(), tail.to_vec());
                    path = head;
                    if tail == b".." {
                        join_onto(&mut path, b"..");
                        join_onto(&mut path, b"..");
                    }
                }
                continue;
            }
            let mut newpath = path.clone();
            join_onto(&mut newpath, name);
            let is_link = match lstat_is_link(&newpath) {
                Ok(l) => l,
                Err(e) if self.strict => {
                    return Err(super::os_error::os_error_from_io(
                        &e,
                        Some(out(&newpath, matches!(origin, Value::Bytes(_)))),
                        None,
                    ))
                }
                Err(_) => false,
            };
            if !is_link {
                path = newpath;
                continue;
            }
            let remaining: Vec<u8> = parts.clone().collect::<Vec<_>>().join(&b'/');
            if let Some(done) = self.seen.get(&newpath) {
                match done {
                    Some(resolved) => {
                        path = resolved.clone();
                        continue;
                    }
                    None => {
                        if self.strict {
                            return Err(super::os_error::os_error_from_errno(
                                libc::ELOOP,
                                Some(out(&newpath, matches!(origin, Value::Bytes(_)))),
                                None,
                            ));
                        }
                        let mut p = newpath;
                        join_onto(&mut p, &remaining);
                        return Ok((p, false));
                    }
                }
            }
            self.seen.insert(newpath.clone(), None);
            let target = fs::read_link(OsStr::from_bytes(&newpath))
                .map(|t| t.as_os_str().as_bytes().to_vec())
                .unwrap_or_default();
            let (resolved, ok) = self.join_real(path, &target, origin)?;
            if !ok {
                let mut p = resolved;
                join_onto(&mut p, &remaining);
                return Ok((p, false));
            }
            self.seen.insert(newpath, Some(resolved.clone()));
            path = resolved;
        }
        Ok((path, true))
    }
}

fn path_realpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "realpath",
        names: &["filename", "strict"],
        positional: 1,
        required: 1,
    }
    .bind(&a)?;
    let strict = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let original = p[0].clone().or_none();
    let path = arg(vm, &original)?;
    if path.b.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let mut r = Resolver {
        strict,
        seen: HashMap::new(),
    };
    let origin = out(&path.b, path.bytes);
    let (resolved, _) = r.join_real(Vec::new(), &path.b, &origin)?;
    Ok(out(&abspath(&resolved)?, path.bytes))
}

fn path_relpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "relpath",
        names: &["path", "start"],
        positional: 2,
        required: 1,
    }
    .bind(&a)?;
    let path_v = p[0].clone().or_none();
    if !vm.truthy(&path_v)? {
        return Err(PyErr::value_error("no path specified"));
    }
    let path_v = fspath_plain(vm, &path_v)?;
    let path = arg(vm, &path_v)?;
    let start_v = match &p[1] {
        None | Some(Value::None) => out(b".", path.bytes),
        Some(v) => fspath_plain(vm, v)?,
    };
    let start = arg(vm, &start_v)?;
    if start.bytes != path.bytes {
        return Err(mixed());
    }
    let start_abs = abspath(&start.b)?;
    let path_abs = abspath(&path.b)?;
    let start_list: Vec<&[u8]> = start_abs
        .split(|c| *c == b'/')
        .filter(|c| !c.is_empty())
        .collect();
    let path_list: Vec<&[u8]> = path_abs
        .split(|c| *c == b'/')
        .filter(|c| !c.is_empty())
        .collect();
    let common = start_list
        .iter()
        .zip(path_list.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel: Vec<&[u8]> = vec![b".."; start_list.len() - common];
    rel.extend_from_slice(&path_list[common..]);
    if rel.is_empty() {
        return Ok(out(b".", path.bytes));
    }
    let mut joined = Vec::new();
    for part in rel {
        join_onto(&mut joined, part);
    }
    Ok(out(&joined, path.bytes))
}

// ---- ~ and $ expansion ----

/// The home directory of `user` (None: the current user) from the password database.
fn home_of(user: Option<&[u8]>) -> Option<Vec<u8>> {
    let mut pwd: libc::passwd = unsafe_zeroed_passwd();
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buf = vec![0 as libc::c_char; 16384];
    let rc = match user {
        Some(name) => {
            let c = CString::new(name).ok()?;
            // SAFETY: every pointer is valid for the call and `buf` is as long as claimed.
            unsafe {
                libc::getpwnam_r(
                    c.as_ptr(),
                    &mut pwd,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut result,
                )
            }
        }
        None => {
            // SAFETY: as above; getuid cannot fail.
            unsafe {
                libc::getpwuid_r(
                    libc::getuid(),
                    &mut pwd,
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut result,
                )
            }
        }
    };
    if rc != 0 || result.is_null() || pwd.pw_dir.is_null() {
        return None;
    }
    // SAFETY: on success `pw_dir` points to a NUL-terminated string inside `buf`.
    Some(unsafe { CStr::from_ptr(pwd.pw_dir) }.to_bytes().to_vec())
}

fn unsafe_zeroed_passwd() -> libc::passwd {
    // SAFETY: `struct passwd` is plain data (pointers and integers); all-zero is valid.
    unsafe { std::mem::zeroed() }
}

fn expanduser(p: &[u8]) -> PyResult<Vec<u8>> {
    if !p.starts_with(b"~") {
        return Ok(p.to_vec());
    }
    let i = p[1..]
        .iter()
        .position(|c| *c == b'/')
        .map(|i| i + 1)
        .unwrap_or(p.len());
    if p[1..i].contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    let home = if i == 1 {
        match std::env::var_os("HOME") {
            Some(h) => Some(h.as_bytes().to_vec()),
            None => home_of(None),
        }
    } else {
        home_of(Some(&p[1..i]))
    };
    let Some(home) = home else {
        return Ok(p.to_vec());
    };
    let end = home
        .iter()
        .rposition(|c| *c != b'/')
        .map(|i| i + 1)
        .unwrap_or(0);
    let mut out = home[..end].to_vec();
    out.extend_from_slice(&p[i..]);
    if out.is_empty() {
        out.push(b'/');
    }
    Ok(out)
}

fn expandvars(p: &[u8]) -> Vec<u8> {
    if !p.contains(&b'$') {
        return p.to_vec();
    }
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        if p[i] != b'$' {
            out.push(p[i]);
            i += 1;
            continue;
        }
        // `$name` (ASCII word characters) or `${anything but a brace}`.
        let (name, end) = if p.get(i + 1) == Some(&b'{') {
            match p[i + 2..].iter().position(|c| *c == b'}') {
                Some(k) => (&p[i + 2..i + 2 + k], i + 3 + k),
                None => (&p[0..0], i + 1),
            }
        } else {
            let k = p[i + 1..].iter().take_while(|c| is_word(**c)).count();
            (&p[i + 1..i + 1 + k], i + 1 + k)
        };
        if end == i + 1 {
            out.push(b'$');
            i += 1;
            continue;
        }
        match std::env::var_os(OsStr::from_bytes(name)).filter(|_| !name.is_empty()) {
            Some(v) => out.extend_from_slice(v.as_bytes()),
            None => out.extend_from_slice(&p[i..end]),
        }
        i = end;
    }
    out
}

// ---- questions to the file system ----

/// True when (l)stat succeeds and `test` holds; OSError and ValueError count as false.
fn predicate(
    vm: &mut Vm,
    a: Args,
    func: (&str, &str),
    follow: bool,
    test: fn(&fs::Metadata) -> bool,
) -> PyResult<Value> {
    let v = def_one(&a, func.0, func.1)?;
    let name = if follow { "stat" } else { "lstat" };
    match stat_of(vm, &v, name, follow) {
        Ok(m) => Ok(Value::bool(test(&m))),
        Err(e) if quiet_failure(&e) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
}

fn quiet_failure(e: &PyErr) -> bool {
    let exc = &types().exc;
    e.is_instance(&exc.os_error) || e.is_instance(&exc.value_error)
}

fn seconds(s: i64, ns: i64) -> Value {
    Value::float(s as f64 + ns as f64 * 1e-9)
}

fn stat_field(
    vm: &mut Vm,
    a: Args,
    func: (&str, &str),
    f: fn(&fs::Metadata) -> Value,
) -> PyResult<Value> {
    let v = def_one(&a, func.0, func.1)?;
    let m = stat_of(vm, &v, "stat", true)?;
    Ok(f(&m))
}

fn path_ismount(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let path = def_one(&a, "ismount", "path")?;
    let m1 = match stat_of(vm, &path, "lstat", false) {
        Ok(m) => m,
        Err(e) if quiet_failure(&e) => return Ok(Value::bool(false)),
        Err(e) => return Err(e),
    };
    if m1.file_type().is_symlink() {
        return Ok(Value::bool(false));
    }
    let p = arg(vm, &path)?;
    let mut parent = p.b.clone();
    join_onto(&mut parent, b"..");
    let origin = out(&parent, p.bytes);
    let mut r = Resolver {
        strict: false,
        seen: HashMap::new(),
    };
    let (resolved, _) = r.join_real(Vec::new(), &parent, &origin)?;
    let Ok(m2) = fs::symlink_metadata(OsStr::from_bytes(&abspath(&resolved)?)) else {
        return Ok(Value::bool(false));
    };
    Ok(Value::bool(m1.dev() != m2.dev() || m1.ino() == m2.ino()))
}

/// The two arguments of a Python-written function of two parameters.
fn two(a: &Args, func: &str, names: [&str; 2]) -> PyResult<[Value; 2]> {
    let slots = DefParams {
        func,
        names: &names,
        positional: 2,
        required: 2,
    }
    .bind(a)?;
    Ok([0, 1].map(|i| slots[i].clone().or_none()))
}

fn path_samefile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [first, second] = two(&a, "samefile", ["f1", "f2"])?;
    let m1 = stat_of(vm, &first, "stat", true)?;
    let m2 = stat_of(vm, &second, "stat", true)?;
    Ok(Value::bool(m1.ino() == m2.ino() && m1.dev() == m2.dev()))
}

fn path_samestat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [first, second] = two(&a, "samestat", ["s1", "s2"])?;
    // As CPython's `s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev`: attributes read
    // (and missing ones reported) in that order.
    let field =
        |vm: &mut Vm, v: &Value, name: &str| vm.get_attr(v, &crate::objects::PyStr::intern(name));
    let ino1 = field(vm, &first, "st_ino")?;
    let ino2 = field(vm, &second, "st_ino")?;
    if !vm.eq(&ino1, &ino2)? {
        return Ok(Value::bool(false));
    }
    let dev1 = field(vm, &first, "st_dev")?;
    let dev2 = field(vm, &second, "st_dev")?;
    Ok(Value::bool(vm.eq(&dev1, &dev2)?))
}

// ---- common prefixes ----

fn path_commonprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = &def_one(&a, "commonprefix", "m")?;
    if !vm.truthy(m)? {
        return Ok(Value::str(""));
    }
    let first = vm.get_item(m, &Value::Int(0))?;
    let mut items = vm.collect_iterable(m)?;
    if !matches!(first, Value::List(_) | Value::Tuple(_)) {
        for it in items.iter_mut() {
            *it = fspath_plain(vm, it)?;
        }
    }
    let (mut lo, mut hi) = (items[0].clone(), items[0].clone());
    for it in &items[1..] {
        if less(vm, it, &lo)? {
            lo = it.clone();
        }
        if less(vm, &hi, it)? {
            hi = it.clone();
        }
    }
    match (&lo, &hi) {
        (Value::Str(a), Value::Str(b)) => {
            let n = a
                .as_str()
                .chars()
                .zip(b.as_str().chars())
                .take_while(|(x, y)| x == y)
                .map(|(x, _)| x.len_utf8())
                .sum::<usize>();
            Ok(Value::str(&a.as_str()[..n]))
        }
        (Value::Bytes(a), Value::Bytes(b)) => {
            let n = a
                .data
                .iter()
                .zip(b.data.iter())
                .take_while(|(x, y)| x == y)
                .count();
            Ok(out(&a.data[..n], true))
        }
        _ => {
            let n = vm.len(&lo)?;
            for i in 0..n {
                let idx = Value::Int(i as i64);
                let (x, y) = (vm.get_item(&lo, &idx)?, vm.get_item(&hi, &idx)?);
                if !vm.eq(&x, &y)? {
                    let slice = Value::Slice(Rc::new(PySlice {
                        start: Value::None,
                        stop: idx,
                        step: Value::None,
                    }));
                    return vm.get_item(&lo, &slice);
                }
            }
            Ok(lo)
        }
    }
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(&r)
}

fn path_commonpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let paths = def_one(&a, "commonpath", "paths")?;
    if !vm.truthy(&paths)? {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let given = vm.collect_iterable(&paths)?;
    if given.is_empty() {
        return Err(PyErr::value_error("commonpath() arg is an empty sequence"));
    }
    let mut paths = Vec::with_capacity(given.len());
    for p in &given {
        paths.push(fspath_plain(vm, p)?);
    }
    if let Some(e) = check_arg_types("commonpath", &paths) {
        return Err(e);
    }
    let bytes = matches!(paths[0], Value::Bytes(_));
    let raw: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| match p {
            Value::Str(s) => s.as_str().as_bytes().to_vec(),
            Value::Bytes(b) => b.data.clone(),
            _ => Vec::new(),
        })
        .collect();
    let absolute = raw[0].starts_with(b"/");
    if raw.iter().any(|p| p.starts_with(b"/") != absolute) {
        return Err(PyErr::value_error("Can't mix absolute and relative paths"));
    }
    let split: Vec<Vec<&[u8]>> = raw
        .iter()
        .map(|p| {
            p.split(|c| *c == b'/')
                .filter(|c| !c.is_empty() && *c != b".")
                .collect()
        })
        .collect();
    let lo = split.iter().min().cloned().unwrap_or_default();
    let hi = split.iter().max().cloned().unwrap_or_default();
    let n = lo.iter().zip(hi.iter()).take_while(|(x, y)| x == y).count();
    let mut result = if absolute { b"/".to_vec() } else { Vec::new() };
    result.extend_from_slice(&lo[..n].join(&b'/'));
    Ok(out(&result, bytes))
}
