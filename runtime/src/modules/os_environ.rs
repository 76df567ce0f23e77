//! `os.environ`: a mutable mapping of the process environment (str keys and values), read
//! once at import. Assigning or deleting an item also calls setenv/unsetenv, so child
//! processes and the C library see the change. Also `getenv`, `putenv` and `unsetenv`.

use crate::objects::OrNone;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::rc::Rc;

use super::native_class::native_class;
use super::os_fspath::{fs_encode, path_bytes};
use super::params::DefParams;
use crate::bytecode::CmpOp;
use crate::objects::function::Args;
use crate::objects::{PyDict, PyErr, PyInstance, PyResult, PyStr, PyType, Value};
use crate::vm::Vm;

/// The instance attribute holding the str → str dict.
const DATA: &str = "_data";

thread_local! {
    static ENVIRON_TYPE: Rc<PyType> = native_class(
        "os",
        "_Environ",
        &[
            ("__getitem__", env_getitem),
            ("__setitem__", env_setitem),
            ("__delitem__", env_delitem),
            ("__contains__", env_contains),
            ("__iter__", env_iter),
            ("__len__", env_len),
            ("__repr__", env_repr),
            ("__eq__", env_eq),
            ("__or__", env_or),
            ("__ror__", env_ror),
            ("__ior__", env_ior),
            ("get", env_get),
            ("keys", |vm, a| view(vm, a, "keys")),
            ("values", |vm, a| view(vm, a, "values")),
            ("items", |vm, a| view(vm, a, "items")),
            ("copy", env_copy),
            ("setdefault", env_setdefault),
            ("pop", env_pop),
            ("popitem", env_popitem),
            ("clear", env_clear),
            ("update", env_update),
        ],
    );
}

/// A new `os.environ` holding the current process environment.
pub fn new_environ() -> Value {
    let data = PyDict::new();
    for (k, v) in std::env::vars_os() {
        data.set_str_key(
            Rc::new(PyStr::from_string(lossy(&k))),
            Value::string(lossy(&v)),
        );
    }
    let inst = PyInstance::new(ENVIRON_TYPE.with(|t| t.clone()));
    inst.set_attr(DATA, Value::dict(data));
    Value::Instance(inst)
}

fn lossy(s: &OsStr) -> String {
    super::os_fspath::fs_decode(s.as_bytes())
}

fn data_of(a: &Args) -> PyResult<Rc<PyDict>> {
    match a.pos.first() {
        Some(Value::Instance(i)) => match i.attr(DATA) {
            Some(Value::Dict(d)) => Ok(d),
            _ => Err(PyErr::type_error("environ mapping has no data")),
        },
        _ => Err(PyErr::type_error(
            "descriptor requires an os._Environ object",
        )),
    }
}

fn str_arg(v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "str expected, not {}",
            other.type_name()
        ))),
    }
}

/// Checks a variable name and value the way `putenv` does; Err with CPython's message.
fn check_env_pair(key: &[u8], value: &[u8]) -> PyResult<()> {
    if key.contains(&0) || value.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    if key.contains(&b'=') {
        return Err(PyErr::value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        // What setenv(3) answers for an empty name.
        return Err(super::os_error::os_error_from_errno(
            libc::EINVAL,
            None,
            None,
        ));
    }
    Ok(())
}

fn set_env(key: &[u8], value: &[u8]) -> PyResult<()> {
    check_env_pair(key, value)?;
    // The checks above rule out every input `set_var` would panic on.
    std::env::set_var(OsStr::from_bytes(key), OsStr::from_bytes(value));
    Ok(())
}

fn unset_env(key: &[u8]) -> PyResult<()> {
    if key.contains(&0) {
        return Err(PyErr::value_error("embedded null byte"));
    }
    if key.is_empty() || key.contains(&b'=') {
        // What unsetenv(3) answers for such a name.
        return Err(super::os_error::os_error_from_errno(
            libc::EINVAL,
            None,
            None,
        ));
    }
    std::env::remove_var(OsStr::from_bytes(key));
    Ok(())
}

fn env_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__getitem__", 2, 2)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    match d.get(vm, &Value::Str(key.clone()))? {
        Some(v) => Ok(v),
        None => Err(PyErr::key_error(Value::Str(key))),
    }
}

fn env_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__setitem__", 3, 3)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    let value = str_arg(&a.pos[2])?;
    set_env(&fs_encode(key.as_str())?, &fs_encode(value.as_str())?)?;
    d.set(vm, Value::Str(key), Value::Str(value))?;
    Ok(Value::None)
}

fn env_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__delitem__", 2, 2)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    unset_env(&fs_encode(key.as_str())?)?;
    match d.remove(vm, &Value::Str(key.clone()))? {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::key_error(Value::Str(key))),
    }
}

fn env_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__contains__", 2, 2)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    Ok(Value::bool(d.contains(vm, &Value::Str(key))?))
}

fn env_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = data_of(&a)?;
    vm.get_iter(&Value::Dict(d))
}

fn env_len(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(data_of(&a)?.len() as i64))
}

fn env_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = data_of(&a)?;
    Ok(Value::string(format!(
        "environ({})",
        vm.repr(&Value::Dict(d))?
    )))
}

fn env_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__eq__", 2, 2)?;
    let d = data_of(&a)?;
    let other = match &a.pos[1] {
        Value::Dict(o) => Value::Dict(o.clone()),
        Value::Instance(i) => match i.attr(DATA) {
            Some(o @ Value::Dict(_))
                if Rc::ptr_eq(&i.class(), &ENVIRON_TYPE.with(|t| t.clone())) =>
            {
                o
            }
            _ => return Ok(Value::NotImplemented),
        },
        _ => return Ok(Value::NotImplemented),
    };
    vm.compare(&Value::Dict(d), &other, CmpOp::Eq)
}

fn view(vm: &mut Vm, a: Args, which: &str) -> PyResult<Value> {
    let d = data_of(&a)?;
    vm.call_method(&Value::Dict(d), which, vec![])
}

fn env_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("get", 2, 3)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    Ok(d.get(vm, &Value::Str(key))?
        .unwrap_or_else(|| a.pos.get(2).cloned().or_none()))
}

fn env_copy(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::dict(data_of(&a)?.copy()))
}

fn env_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("setdefault", 2, 3)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    if let Some(v) = d.get(vm, &Value::Str(key.clone()))? {
        return Ok(v);
    }
    let value = str_arg(a.pos.get(2).unwrap_or(&Value::None))?;
    set_env(&fs_encode(key.as_str())?, &fs_encode(value.as_str())?)?;
    d.set(vm, Value::Str(key), Value::Str(value.clone()))?;
    Ok(Value::Str(value))
}

fn env_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("pop", 2, 3)?;
    let d = data_of(&a)?;
    let key = str_arg(&a.pos[1])?;
    match d.get(vm, &Value::Str(key.clone()))? {
        Some(v) => {
            unset_env(&fs_encode(key.as_str())?)?;
            d.remove(vm, &Value::Str(key))?;
            Ok(v)
        }
        None => match a.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(Value::Str(key))),
        },
    }
}

fn env_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = data_of(&a)?;
    let Some((k, v)) = d.items().into_iter().next() else {
        return Err(PyErr::with_args(
            &crate::objects::types().exc.key_error,
            vec![],
        ));
    };
    if let Value::Str(s) = &k {
        unset_env(&fs_encode(s.as_str())?)?;
    }
    d.remove(vm, &k)?;
    Ok(Value::tuple(vec![k, v]))
}

fn env_clear(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = data_of(&a)?;
    for k in d.keys() {
        if let Value::Str(s) = &k {
            unset_env(&fs_encode(s.as_str())?)?;
        }
    }
    d.clear();
    Ok(Value::None)
}

/// Sets every pair of `source` (a mapping with `keys`, or an iterable of pairs).
fn update_from(vm: &mut Vm, target: &Value, source: &Value) -> PyResult<()> {
    let pairs: Vec<(Value, Value)> = match source {
        Value::Dict(d) => d.items(),
        other if vm.get_attr_opt(other, "keys")?.is_some() => {
            let keys = vm.call_method(other, "keys", vec![])?;
            let mut out = Vec::new();
            for k in vm.collect_iterable(&keys)? {
                let v = vm.get_item(other, &k)?;
                out.push((k, v));
            }
            out
        }
        other => {
            let mut out = Vec::new();
            for item in vm.collect_iterable(other)? {
                if !vm.is_iterable(&item) {
                    return Err(PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        item.type_name()
                    )));
                }
                let kv = vm.collect_iterable(&item)?;
                if kv.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element has length {}; 2 is required",
                        kv.len()
                    )));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        }
    };
    for (k, v) in pairs {
        vm.set_item(target, k, v)?;
    }
    Ok(())
}

fn env_update(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let kw = std::mem::take(&mut a.kw);
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "update expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let target = a.pos.first().cloned().or_none();
    if let Some(source) = a.pos.get(1) {
        update_from(vm, &target, source)?;
    }
    for (k, v) in kw {
        vm.set_item(&target, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

fn env_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__or__", 2, 2)?;
    if !is_mapping(&a.pos[1]) {
        return Ok(Value::NotImplemented);
    }
    let copy = Value::dict(data_of(&a)?.copy());
    update_from(vm, &copy, &a.pos[1])?;
    Ok(copy)
}

fn env_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__ror__", 2, 2)?;
    let Value::Dict(other) = &a.pos[1] else {
        return Ok(Value::NotImplemented);
    };
    let out = Value::dict(other.copy());
    update_from(vm, &out, &Value::Dict(data_of(&a)?))?;
    Ok(out)
}

fn env_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__ior__", 2, 2)?;
    let target = a.pos[0].clone();
    update_from(vm, &target, &a.pos[1])?;
    Ok(target)
}

fn is_mapping(v: &Value) -> bool {
    matches!(v, Value::Dict(_)) || matches!(v, Value::Instance(i) if i.attr(DATA).is_some())
}

/// `os.getenv(key, default=None)`: looks in `os.environ` (not the live environment), as
/// CPython does.
pub fn os_getenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = DefParams {
        func: "getenv",
        names: &["key", "default"],
        positional: 2,
        required: 1,
    }
    .bind(&a)?;
    let key = str_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let default = p[1].clone().or_none();
    let environ = match vm.modules.get_str("os") {
        Some(os) => vm.get_attr_opt(&os, "environ")?,
        None => None,
    };
    match environ {
        Some(env) => {
            let get = vm.get_attr(&env, &PyStr::intern("get"))?;
            vm.call(&get, vec![Value::Str(key), default])
        }
        None => Ok(std::env::var_os(key.as_str())
            .map(|v| Value::string(lossy(&v)))
            .unwrap_or(default)),
    }
}

pub fn os_putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("putenv", 2, 2)?;
    let (key, _) = path_bytes(vm, &a.pos[0])?;
    let (value, _) = path_bytes(vm, &a.pos[1])?;
    set_env(&key, &value)?;
    Ok(Value::None)
}

pub fn os_unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("posix.unsetenv", 1, 1)?;
    let (key, _) = path_bytes(vm, &a.pos[0])?;
    unset_env(&key)?;
    Ok(Value::None)
}
