//! Path arguments of the `os` functions: `os.fspath` (str, bytes, or an object with
//! `__fspath__`), the conversion of a path argument into an OS path with CPython's
//! messages (`stat: path should be string, bytes, os.PathLike or integer, not list`,
//! `embedded null byte`), results returned as str or bytes like the argument, and the
//! abstract class `os.PathLike` (`isinstance(x, os.PathLike)` holds for any object whose
//! class defines `__fspath__`).

use std::cell::Cell;
use std::cell::RefCell;
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;
use std::rc::Rc;

use super::native_class::add_classmethods;
use crate::objects::function::Args;
use crate::objects::typeobj::{AttrHooks, Layout};
use crate::objects::{
    types, PyBuiltin, PyBytes, PyDict, PyErr, PyInstance, PyResult, PyType, Value,
};
use crate::vm::Vm;

/// A path argument converted for the OS.
pub struct PathArg {
    pub path: PathBuf,
    /// Given as bytes (or a PathLike returning bytes): results are bytes too.
    pub is_bytes: bool,
    /// What the caller passed, for the `filename` of an error.
    pub object: Value,
}

/// A path argument of a function that also accepts an open file descriptor.
pub enum PathOrFd {
    Path(PathArg),
    Fd(i32),
}

impl PathArg {
    /// The original argument, as an error's `filename`.
    pub fn filename(&self) -> Option<Value> {
        Some(self.object.clone())
    }

    /// A path the OS returned, as str or bytes to match this argument.
    pub fn wrap(&self, p: &OsStr) -> Value {
        os_value(p, self.is_bytes)
    }
}

/// An OS path as a Python value: bytes, or str (bytes that are not UTF-8 become lone
/// surrogates, as `os.fsdecode` makes them).
pub fn os_value(p: &OsStr, as_bytes: bool) -> Value {
    if as_bytes {
        Value::Bytes(Rc::new(PyBytes::new(p.as_bytes().to_vec())))
    } else {
        match p.to_str() {
            Some(s) => Value::str(s),
            None => Value::string(fs_decode(p.as_bytes())),
        }
    }
}

/// Bytes from the OS (a file name, an argument, an environment variable) as text: UTF-8,
/// with `surrogateescape` for the bytes that are not, so `fs_encode` gives them back.
pub fn fs_decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => crate::objects::codecs::decode(bytes, "utf-8", "surrogateescape")
            .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// Text as bytes for the OS: UTF-8, with escaped bytes restored; other lone surrogates are
/// CPython's `UnicodeEncodeError`.
pub fn fs_encode(text: &str) -> PyResult<Vec<u8>> {
    if crate::objects::surrogates::has_surrogates(text) {
        crate::objects::codecs::encode(text, "utf-8", "surrogateescape")
    } else {
        Ok(text.as_bytes().to_vec())
    }
}

/// The plain str or bytes `v` is or carries (an instance of a str or bytes subclass is
/// a path as it is, as CPython's `PyUnicode_Check`/`PyBytes_Check` accept it).
fn plain_path(v: &Value) -> Option<Value> {
    match v {
        Value::Str(_) | Value::Bytes(_) => Some(v.clone()),
        Value::Instance(_) => crate::vm::subclass::base_value(v)
            .filter(|b| matches!(b, Value::Str(_) | Value::Bytes(_))),
        _ => None,
    }
}

/// `os.fspath(v)`: str and bytes (and their subclasses' instances) as they are, else the
/// result of `type(v).__fspath__(v)`, which must be one of those.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if plain_path(v).is_some() {
        return Ok(v.clone());
    }
    let ty = v.type_of();
    // A `__fspath__` set to None is called, as CPython calls what it finds.
    let Some(method) = ty.lookup("__fspath__") else {
        return Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            ty.name()
        )));
    };
    let r = vm.call_special(&method, vec![v.clone()])?;
    if plain_path(&r).is_some() {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        ty.name(),
        r.type_name()
    )))
}

/// `os.fspath(v)` as a plain str or bytes value.
pub fn fspath_plain(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let r = fspath(vm, v)?;
    Ok(plain_path(&r).unwrap_or(r))
}

/// Does `v` name a path (str, bytes, or has `__fspath__`)?
pub fn is_path_like(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Bytes(_) => true,
        _ => v.type_of().lookup("__fspath__").is_some(),
    }
}

/// The text or bytes of a path value, and whether it was bytes.
pub fn path_bytes(vm: &mut Vm, v: &Value) -> PyResult<(Vec<u8>, bool)> {
    match fspath_plain(vm, v)? {
        Value::Str(s) => Ok((s.as_str().as_bytes().to_vec(), false)),
        Value::Bytes(b) => Ok((b.data.clone(), true)),
        _ => Err(PyErr::type_error(
            "expected str, bytes or os.PathLike object",
        )),
    }
}

fn check_no_nul(bytes: &[u8]) -> PyResult<()> {
    if bytes.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    Ok(())
}

/// What a path parameter accepts besides str, bytes and os.PathLike (for the message).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    PathOnly,
    PathOrFd,
    PathFdOrNone,
}

fn wrong_path_type(func: &str, param: &str, accepts: Accepts, v: &Value) -> PyErr {
    let what = match accepts {
        Accepts::PathOnly => "string, bytes or os.PathLike",
        Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
        Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
    };
    PyErr::type_error(format!(
        "{}: {} should be {}, not {}",
        func,
        param,
        what,
        v.type_name()
    ))
}

/// Converts the path parameter `param` of `func`.
pub fn path_arg(vm: &mut Vm, v: &Value, func: &str, param: &str) -> PyResult<PathArg> {
    path_arg_accepting(vm, v, func, param, Accepts::PathOnly)
}

fn path_arg_accepting(
    vm: &mut Vm,
    v: &Value,
    func: &str,
    param: &str,
    accepts: Accepts,
) -> PyResult<PathArg> {
    let resolved = match plain_path(v) {
        Some(p) => p,
        None => {
            if v.type_of().lookup("__fspath__").is_none() {
                return Err(wrong_path_type(func, param, accepts, v));
            }
            fspath_plain(vm, v)?
        }
    };
    let (bytes, is_bytes) = match &resolved {
        Value::Str(s) => (fs_encode(s.as_str())?, false),
        Value::Bytes(b) => (b.data.clone(), true),
        _ => return Err(wrong_path_type(func, param, accepts, v)),
    };
    check_no_nul(&bytes)?;
    Ok(PathArg {
        path: PathBuf::from(OsString::from_vec(bytes)),
        is_bytes,
        object: v.clone(),
    })
}

/// A path parameter that may also be an open file descriptor (`os.stat(fd)`).
pub fn path_or_fd(
    vm: &mut Vm,
    v: &Value,
    func: &str,
    param: &str,
    accepts: Accepts,
) -> PyResult<PathOrFd> {
    if matches!(accepts, Accepts::PathOnly) {
        return path_arg_accepting(vm, v, func, param, accepts).map(PathOrFd::Path);
    }
    match v {
        // A negative descriptor is passed on: the OS answers EBADF, as under CPython.
        Value::Int(i) => match i32::try_from(*i) {
            Ok(fd) => Ok(PathOrFd::Fd(fd)),
            Err(_) => Err(PyErr::overflow_error(if *i > 0 {
                "fd is greater than maximum"
            } else {
                "fd is less than minimum"
            })),
        },
        Value::Bool(b) => Ok(PathOrFd::Fd(*b as i32)),
        Value::BigInt(b) => Err(PyErr::overflow_error(
            if num_traits::Signed::is_positive(&**b) {
                "fd is greater than maximum"
            } else {
                "fd is less than minimum"
            },
        )),
        _ => path_arg_accepting(vm, v, func, param, accepts).map(PathOrFd::Path),
    }
}

thread_local! {
    static PATH_LIKE: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
}

/// The class `os.PathLike`, made on first use.
pub fn path_like_type() -> Rc<PyType> {
    if let Some(t) = PATH_LIKE.with(|p| p.borrow().clone()) {
        return t;
    }
    let t = make_path_like();
    PATH_LIKE.with(|p| *p.borrow_mut() = Some(t.clone()));
    t
}

/// `abc.ABCMeta`-like metaclass whose instance and subclass checks are structural for
/// `os.PathLike` itself: any class defining `__fspath__` counts.
fn make_meta() -> Rc<PyType> {
    let type_ = types().type_.clone();
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str("abc"));
    dict.set_str("__doc__", Value::None);
    dict.set_str(
        "__instancecheck__",
        PyBuiltin::value("__instancecheck__", meta_instancecheck),
    );
    dict.set_str(
        "__subclasscheck__",
        PyBuiltin::value("__subclasscheck__", meta_subclasscheck),
    );
    dict.set_str("__new__", PyBuiltin::value("__new__", meta_new));
    // Built by hand: `PyType::new_class` refuses `type` as a base, and this metaclass only
    // needs to make classes (its own instances are types, never `PyInstance`s).
    let meta = Rc::new(PyType {
        name: RefCell::new("ABCMeta".into()),
        qualname: RefCell::new("ABCMeta".into()),
        bases: RefCell::new(vec![type_.clone()]),
        mro: RefCell::new(Vec::new()),
        dict,
        layout: Layout::Object,
        builtin: false,
        meta: RefCell::new(None),
        subclasses: RefCell::new(Vec::new()),
        hooks: Cell::new(AttrHooks::default()),
        ctor: Cell::new(None),
        slot_names: RefCell::new(Vec::new()),
        instance_dict: Cell::new(false),
        collection_flags: Cell::new(0),
        weakly_referenced: Cell::new(false),
        subclassable: Cell::new(true),
        c_named: Cell::new(false),
        instance_keys: Rc::default(),
    });
    let mut mro = vec![meta.clone()];
    mro.extend(type_.mro.borrow().iter().cloned());
    *meta.mro.borrow_mut() = mro;
    meta
}

fn make_path_like() -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str("os"));
    dict.set_str(
        "__doc__",
        Value::str("Abstract base class for implementing the file system path protocol."),
    );
    dict.set_str("__slots__", Value::tuple(vec![]));
    dict.set_str(
        "__fspath__",
        PyBuiltin::value("__fspath__", |_, _| {
            Err(PyErr::with_args(&types().exc.not_implemented_error, vec![]))
        }),
    );
    dict.set_str("__new__", PyBuiltin::value("__new__", path_like_new));
    let object = types().object.clone();
    let t = match PyType::new_class(
        "PathLike",
        "PathLike",
        vec![object.clone()],
        dict,
        Some(make_meta()),
    ) {
        Ok(t) => t,
        Err(_) => PyType::new_builtin("PathLike", vec![object], Layout::Object),
    };
    // `os.PathLike[str]` in annotations.
    add_classmethods(
        &t,
        &[("__class_getitem__", |_, a| {
            Ok(crate::objects::methods::receiver(&a))
        })],
    );
    t
}

fn is_path_like_class(t: &PyType) -> bool {
    PATH_LIKE.with(|p| match &*p.borrow() {
        Some(pl) => std::ptr::eq(t, &**pl),
        None => false,
    })
}

/// Does the class `sub` count as a subclass of `cls` (PathLike or a class deriving from it)?
fn path_like_subclass(cls: &PyType, sub: &PyType) -> bool {
    if sub.is_subtype(cls) {
        return true;
    }
    is_path_like_class(cls) && sub.lookup("__fspath__").is_some_and(|m| !m.is_none())
}

fn meta_instancecheck(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__instancecheck__", 2, 2)?;
    let Value::Type(cls) = &a.pos[0] else {
        return Ok(Value::bool(false));
    };
    Ok(Value::bool(path_like_subclass(cls, &a.pos[1].type_of())))
}

fn meta_subclasscheck(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__subclasscheck__", 2, 2)?;
    let (Value::Type(cls), Value::Type(sub)) = (&a.pos[0], &a.pos[1]) else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(path_like_subclass(cls, sub)))
}

/// `ABCMeta(name, bases, namespace)`: the class statement of a subclass of `os.PathLike`.
fn meta_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::vm::classes::type_new(vm, a)
}

/// Instantiating refuses a class whose `__fspath__` is still the abstract one.
fn path_like_new(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first().cloned() else {
        return Err(PyErr::type_error(
            "PathLike.__new__(X): X is not a type object",
        ));
    };
    let definer = cls
        .mro
        .borrow()
        .iter()
        .find(|c| c.dict.get_str("__fspath__").is_some())
        .cloned();
    if definer.is_some_and(|d| is_path_like_class(&d)) {
        return Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {} with abstract method __fspath__",
            cls.name()
        )));
    }
    Ok(Value::Instance(PyInstance::new(cls)))
}
