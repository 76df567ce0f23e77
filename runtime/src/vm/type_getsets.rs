//! The attributes `type` itself defines as data descriptors (`__name__`, `__qualname__`,
//! `__module__`, `__doc__`, `__bases__`, `__mro__`, `__dict__`, `__annotations__`, ...):
//! what `C.__name__` answers before the class's own dict is consulted, and the
//! `getset_descriptor`/`member_descriptor` entries of `type.__dict__` that expose the same
//! answers (`type.__dict__['__name__'].__get__(int)` is `'int'`). Assignment goes through
//! `type.__setattr__`, whose checks (immutable builtin types, string names) apply either way.

use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::methods::receiver;
use crate::objects::{types, OrNone, PyDict, PyErr, PyResult, PyStr, PyType, Value};

use super::attr::no_attribute;
use super::native_attrs::{self, NativeSetter};
use super::Vm;

/// The attributes of `type` that are data descriptors, so win over a class's dict: their
/// value for the class `t`, Ok(None) when `name` is not one of them.
pub(super) fn type_data_attr(vm: &mut Vm, t: &Rc<PyType>, name: &str) -> PyResult<Option<Value>> {
    if !name.starts_with("__") {
        return Ok(None);
    }
    Ok(match name {
        "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__" | "__dict__"
        | "__module__" => type_attr(t, name),
        "__doc__" => Some(type_doc(vm, t)?),
        "__text_signature__" => Some(Value::None),
        // `object.__dict__['__class__']` applied to the class: its metaclass.
        "__class__" => Some(Value::Type(t.metatype())),
        "__annotations__" => Some(type_annotations(t)?),
        // Only a class's own dict counts (`type` itself has none).
        "__abstractmethods__" => match t.dict.get_str(name) {
            Some(v) if !Rc::ptr_eq(t, &types().type_) => Some(v),
            _ => return Err(no_attribute(&Value::Type(t.clone()), name)),
        },
        _ => None,
    })
}

/// Special attributes of class objects that need no VM.
pub(super) fn type_attr(t: &Rc<PyType>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::string(t.name()),
        "__qualname__" => Value::string(t.qualname.borrow().clone()),
        "__module__" => {
            if t.builtin {
                Value::str("builtins")
            } else {
                t.dict.get_str("__module__").or_none()
            }
        }
        "__mro__" => Value::tuple(
            t.mro
                .borrow()
                .iter()
                .map(|c| Value::Type(c.clone()))
                .collect(),
        ),
        "__bases__" => Value::tuple(
            t.bases
                .borrow()
                .iter()
                .map(|c| Value::Type(c.clone()))
                .collect(),
        ),
        "__base__" => t
            .bases
            .borrow()
            .first()
            .map(|b| Value::Type(b.clone()))
            .or_none(),
        "__dict__" => super::mappingproxy::proxy(Value::Dict(t.dict.clone())),
        "__doc__" => t.dict.get_str("__doc__").or_none(),
        _ => return None,
    })
}

/// `C.__doc__`: a builtin type's docstring (None here: tote keeps none, and its dict's
/// `__doc__` may be its instances' getter); a class's own `__doc__`, asked for its value
/// when it is a descriptor (`__get__(None, C)`).
fn type_doc(vm: &mut Vm, t: &Rc<PyType>) -> PyResult<Value> {
    let doc = t.dict.get_str("__doc__");
    if t.builtin {
        return Ok(match doc {
            Some(Value::Descriptor(_)) | None => Value::None,
            Some(v) => v,
        });
    }
    match doc {
        Some(d @ Value::Instance(_)) => match d.type_of().lookup("__get__") {
            Some(get) => vm.call(&get, vec![d, Value::None, Value::Type(t.clone())]),
            None => Ok(d),
        },
        other => Ok(other.or_none()),
    }
}

/// `C.__annotations__`: the class's own annotations dict, made (empty) and kept on first
/// use when the class body had none; builtin types have none.
fn type_annotations(t: &Rc<PyType>) -> PyResult<Value> {
    if t.builtin {
        return Err(no_attribute(&Value::Type(t.clone()), "__annotations__"));
    }
    if let Some(v) = t.dict.get_str("__annotations__") {
        return Ok(v);
    }
    let d = Value::Dict(Rc::new(PyDict::new()));
    t.dict.set_str("__annotations__", d.clone());
    Ok(d)
}

/// The class a descriptor of `type.__dict__` was applied to (checked by the descriptor).
fn class_of(a: &Args) -> PyResult<Rc<PyType>> {
    match receiver(a) {
        Value::Type(t) => Ok(t),
        other => Err(PyErr::type_error(format!(
            "descriptor for 'type' objects doesn't apply to a '{}' object",
            other.type_name()
        ))),
    }
}

/// The getter of the descriptor `name` of `type.__dict__`.
fn get(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let t = class_of(a)?;
    match type_data_attr(vm, &t, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(&Value::Type(t), name)),
    }
}

/// The setter of the descriptor `name` of `type.__dict__`: `type.__setattr__` and
/// `type.__delattr__`, which check what may change.
fn set(vm: &mut Vm, obj: &Value, v: Option<Value>, name: &str) -> PyResult<()> {
    let Value::Type(t) = obj else {
        return Ok(());
    };
    let key = PyStr::intern(name);
    match v {
        Some(v) => vm.type_setattr(t, &key, v),
        None => vm.type_delattr(t, &key),
    }
}

/// One writable attribute of classes: `(name, getter, setter)` reading and writing it
/// through `get`/`set`.
macro_rules! writable_attr {
    ($name:literal) => {
        (
            $name,
            |vm, a| get(vm, &a, $name),
            |vm, o, v| set(vm, o, v, $name),
        )
    };
}

/// Puts the descriptors in `type.__dict__`.
pub fn register() {
    let ty = &types().type_;
    let writable: [(&'static str, NativeFn, NativeSetter); 7] = [
        writable_attr!("__name__"),
        writable_attr!("__qualname__"),
        writable_attr!("__bases__"),
        writable_attr!("__module__"),
        writable_attr!("__abstractmethods__"),
        writable_attr!("__annotations__"),
        writable_attr!("__doc__"),
    ];
    native_attrs::add_writable(ty, false, &writable);
    native_attrs::add(
        ty,
        false,
        &[
            ("__dict__", |vm, a| get(vm, &a, "__dict__"), None),
            (
                "__text_signature__",
                |vm, a| get(vm, &a, "__text_signature__"),
                None,
            ),
        ],
    );
    native_attrs::add(
        ty,
        true,
        &[
            ("__mro__", |vm, a| get(vm, &a, "__mro__"), None),
            ("__base__", |vm, a| get(vm, &a, "__base__"), None),
        ],
    );
}
