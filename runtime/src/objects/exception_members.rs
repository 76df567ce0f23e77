//! The fields of the builtin exception classes that have some (`OSError.errno`,
//! `SyntaxError.lineno`, `ImportError.name`, `NameError.name`, `AttributeError.obj`,
//! `StopIteration.value`, `SystemExit.code`, the `Unicode{Encode,Decode,Translate}Error` fields,
//! `BlockingIOError.characters_written`):
//! in CPython they are struct members of the instance, shown in the class dict as
//! `member_descriptor`s, so `e.__dict__` stays empty and a subclass's own attributes are
//! all it holds. Here they live in `ExcData::fields`, read and written through native
//! descriptors on the classes; a field never set reads as `exception_attrs::default_attr`
//! says. Also the pickling methods that carry them: `BaseException.__reduce__`/
//! `__setstate__` and `OSError.__reduce__`.

use std::rc::Rc;

use super::function::{Args, NativeFn};
use super::methods::{add_methods, receiver};
use super::{types, OrNone, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::native_attrs::{self, NativeSetter};
use crate::vm::Vm;

/// The stored value of the field `name`, if it was ever set.
pub fn field(inst: &PyInstance, name: &str) -> Option<Value> {
    let state = inst.exc.as_ref()?.borrow();
    state
        .fields
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.clone())
}

/// Sets the field `name` (replacing its value).
pub fn set_field(inst: &PyInstance, name: &'static str, v: Value) {
    let Some(state) = &inst.exc else {
        return;
    };
    let old = {
        let mut state = state.borrow_mut();
        match state.fields.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, v)),
            None => {
                state.fields.push((name, v));
                None
            }
        }
    };
    // Dropped after the borrow: dropping a value may run code that reads the exception.
    drop(old);
}

/// Forgets the field `name`; whether it was set.
fn remove_field(inst: &PyInstance, name: &str) -> bool {
    let Some(state) = &inst.exc else {
        return false;
    };
    let old = {
        let mut state = state.borrow_mut();
        let i = state.fields.iter().position(|(n, _)| *n == name);
        i.map(|i| state.fields.remove(i))
    };
    old.is_some()
}

/// What `e.name` reads for the field `name`: the stored value, else its default.
pub fn member_value(inst: &PyInstance, name: &str) -> Value {
    if let Some(v) = field(inst, name) {
        return v;
    }
    let args = inst
        .exc
        .as_ref()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    super::exception_attrs::default_attr(inst, &args, name).or_none()
}

fn instance_of(obj: &Value) -> Option<&Rc<PyInstance>> {
    match obj {
        Value::Instance(i) if i.exc.is_some() => Some(i),
        _ => None,
    }
}

fn member_get(a: &Args, name: &str) -> PyResult<Value> {
    match instance_of(&receiver(a)) {
        Some(i) => Ok(member_value(i, name)),
        None => Ok(Value::None),
    }
}

/// An object member: any value; deleting leaves None (CPython's `T_OBJECT`).
fn object_set(_vm: &mut Vm, obj: &Value, v: Option<Value>, name: &'static str) -> PyResult<()> {
    if let Some(i) = instance_of(obj) {
        set_field(i, name, v.or_none());
    }
    Ok(())
}

/// A `Py_ssize_t` member (`UnicodeError.start`/`end`): an integer, never deleted.
fn ssize_set(vm: &mut Vm, obj: &Value, v: Option<Value>, name: &'static str) -> PyResult<()> {
    let Some(v) = v else {
        return Err(PyErr::type_error("can't delete numeric/char attribute"));
    };
    if !super::methods::method_args::is_index(&v) {
        return Err(PyErr::type_error("an integer is required"));
    }
    let n = super::methods::method_args::ssize_arg(vm, &v)?;
    if let Some(i) = instance_of(obj) {
        set_field(i, name, Value::Int(n));
    }
    Ok(())
}

/// Member entries `(name, getter, setter)`, the getter reading the field and the setter
/// `$setter` (given the name).
macro_rules! members {
    ($setter:ident: $($name:literal),* $(,)?) => {
        [$(
            (
                $name,
                (|_vm: &mut Vm, a: Args| member_get(&a, $name)) as NativeFn,
                (|vm: &mut Vm, o: &Value, v: Option<Value>| $setter(vm, o, v, $name))
                    as NativeSetter,
            )
        ),*]
    };
}

/// `OSError.characters_written`: set only for a BlockingIOError made with a count;
/// reading or deleting it unset is an AttributeError.
fn characters_written_get(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    instance_of(&receiver(&a))
        .and_then(|i| field(i, "characters_written"))
        .ok_or_else(|| PyErr::attribute_error("characters_written"))
}

fn characters_written_set(vm: &mut Vm, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(i) = instance_of(obj) else {
        return Ok(());
    };
    match v {
        Some(v) => {
            let n = crate::modules::params::index_int_as(vm, &v, "ssize_t")?;
            set_field(i, "characters_written", Value::Int(n));
            Ok(())
        }
        None if remove_field(i, "characters_written") => Ok(()),
        None => Err(PyErr::attribute_error("characters_written")),
    }
}

/// `BaseException.__reduce__()`: `(type, args)`, with the instance dict when it holds
/// anything.
fn base_reduce(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (i, args) = reduced_exception(&a, "BaseException")?;
    Ok(reduction(&i, args))
}

/// The exception a `__reduce__` of `class` was called on (with no arguments), and its args.
fn reduced_exception(a: &Args, class: &str) -> PyResult<(Rc<PyInstance>, Vec<Value>)> {
    let Some(i) = instance_of(&receiver(a)).cloned() else {
        return Err(super::methods::wrong_receiver(
            "__reduce__",
            class,
            &receiver(a),
        ));
    };
    super::methods::method_args::no_args(a, class, "__reduce__")?;
    let args = i
        .exc
        .as_ref()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    Ok((i, args))
}

fn reduction(i: &Rc<PyInstance>, args: Vec<Value>) -> Value {
    let mut parts = vec![Value::Type(i.class()), Value::tuple(args)];
    let exposed = i.exc.as_ref().is_some_and(|d| d.borrow().dict_exposed);
    if exposed || !i.has_no_attrs() {
        parts.push(Value::Dict(i.dict()));
    }
    Value::tuple(parts)
}

/// `OSError.__reduce__()`: the args get the filename(s) back, as the constructor takes
/// them: `(errno, strerror, filename)` or `(errno, strerror, filename, None, filename2)`.
fn os_error_reduce(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (i, mut args) = reduced_exception(&a, "OSError")?;
    let filename = member_value(&i, "filename");
    if args.len() == 2 && !filename.is_none() {
        args.push(filename);
        let filename2 = member_value(&i, "filename2");
        if !filename2.is_none() {
            args.push(Value::None);
            args.push(filename2);
        }
    }
    Ok(reduction(&i, args))
}

/// `ImportError.__reduce__()`: the state adds `name` and `path` (those not None) to the
/// instance dict's items.
fn import_error_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (i, args) = reduced_exception(&a, "ImportError")?;
    let state = super::PyDict::new();
    let items = i.attr_items();
    for (k, v) in items {
        state.set(vm, k, v)?;
    }
    for name in ["name", "path"] {
        let v = member_value(&i, name);
        if !v.is_none() {
            state.set_str(name, v);
        }
    }
    let mut parts = vec![Value::Type(i.class()), Value::tuple(args)];
    let exposed = i.exc.as_ref().is_some_and(|d| d.borrow().dict_exposed);
    if exposed || !state.is_empty() {
        parts.push(Value::dict(state));
    }
    Ok(Value::tuple(parts))
}

/// `BaseException.__setstate__(state)`: each item of a dict state becomes an attribute.
fn base_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let state = super::methods::method_args::one_arg(&a, "BaseException", "__setstate__")?;
    let obj = receiver(&a);
    match &state {
        Value::None => Ok(Value::None),
        Value::Dict(d) => {
            for (k, v) in d.items() {
                let Value::Str(k) = k else {
                    continue;
                };
                vm.set_attr(&obj, &k, v)?;
            }
            Ok(Value::None)
        }
        _ => Err(PyErr::type_error("state is not a dictionary")),
    }
}

/// `BaseException.__dict__`: the instance dict, noted as made (see `reduction`).
pub fn dict_get(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match receiver(&a) {
        Value::Instance(i) => {
            if let Some(d) = &i.exc {
                d.borrow_mut().dict_exposed = true;
            }
            Ok(Value::Dict(i.dict()))
        }
        other => Err(crate::vm::attr::no_attribute(&other, "__dict__")),
    }
}

/// The builtin exception class called `name`.
fn class_named(name: &str) -> Option<Rc<PyType>> {
    types().exc.all.iter().find(|t| t.name() == name).cloned()
}

/// Puts the member descriptors and the pickling methods in the exception classes' dicts.
pub fn register() {
    let ex = &types().exc;
    native_attrs::add_writable(
        &ex.os_error,
        true,
        &members![object_set: "errno", "strerror", "filename", "filename2"],
    );
    native_attrs::add_writable(
        &ex.os_error,
        false,
        &[(
            "characters_written",
            characters_written_get as NativeFn,
            characters_written_set as NativeSetter,
        )],
    );
    native_attrs::add_writable(
        &ex.syntax_error,
        true,
        &members![object_set: "msg", "filename", "lineno", "offset", "text", "end_lineno",
            "end_offset", "print_file_and_line"],
    );
    native_attrs::add_writable(
        &ex.import_error,
        true,
        &members![object_set: "msg", "name", "path"],
    );
    native_attrs::add_writable(
        &ex.attribute_error,
        true,
        &members![object_set: "name", "obj"],
    );
    native_attrs::add_writable(&ex.name_error, true, &members![object_set: "name"]);
    native_attrs::add_writable(&ex.stop_iteration, true, &members![object_set: "value"]);
    native_attrs::add_writable(&ex.system_exit, true, &members![object_set: "code"]);
    let unicode = [
        "UnicodeEncodeError",
        "UnicodeDecodeError",
        "UnicodeTranslateError",
    ];
    for ty in unicode.iter().filter_map(|n| class_named(n)) {
        native_attrs::add_writable(&ty, true, &members![object_set: "encoding", "object"]);
        native_attrs::add_writable(&ty, true, &members![ssize_set: "start", "end"]);
        native_attrs::add_writable(&ty, true, &members![object_set: "reason"]);
    }
    add_methods(
        &ex.base_exception,
        &[("__reduce__", base_reduce), ("__setstate__", base_setstate)],
    );
    add_methods(&ex.os_error, &[("__reduce__", os_error_reduce)]);
    add_methods(&ex.import_error, &[("__reduce__", import_error_reduce)]);
}
