//! Each builtin type's own `__new__` (`int.__new__`, `tuple.__new__`, ...): a function bound
//! to its type, as CPython's are, that checks its class argument before building a value of
//! it (`int.__new__(bool)` is "not safe", `tuple.__new__(list)` is not a subtype). Calling a
//! class does not come here: `classes::instantiate` goes to the type's constructor directly;
//! this is what `T.__new__(cls, ...)` and `super().__new__(cls, ...)` reach.
//!
//! `classmethod`, `staticmethod` and `super` take their arguments in `__init__` in CPython,
//! so their `__new__` alone makes an uninitialised object (`super.__new__(super)` is
//! `<super: <class 'NULL'>, NULL>`). Also here: the constructors of builtin types that
//! Python code cannot build (`code`, `frame`), refusing with CPython's messages.

use std::rc::Rc;

use crate::objects::function::{Args, BuiltinHome, Descriptor};
use crate::objects::typeobj::Layout;
use crate::objects::{types, PyBuiltin, PyDict, PyErr, PyResult, PyType, Value};

use super::Vm;

/// Gives every builtin type named in `builtins` that has a constructor but no `__new__` of
/// its own a `__new__` bound to it (after the constructors are set).
pub fn install(builtins: &PyDict) {
    for v in builtins.values() {
        let Value::Type(t) = v else {
            continue;
        };
        if !t.builtin || t.ctor.get().is_none() || t.dict.get_str("__new__").is_some() {
            continue;
        }
        let f = PyBuiltin {
            bound_self: Some(Value::Type(t.clone())),
            ..PyBuiltin::new("__new__", builtin_type_new)
        };
        let _ = f.home.set(BuiltinHome::Type(Rc::from(t.name().as_str())));
        t.dict.set_str("__new__", Value::Builtin(Rc::new(f)));
    }
}

/// `T.__new__(cls, *args, **kwargs)` for the builtin type `T` (the bound receiver).
fn builtin_type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(owner)) = a.pos.first() else {
        return Err(PyErr::type_error("__new__ needs its type"));
    };
    let owner = owner.clone();
    let cls = checked_new_class(&owner, a.pos.get(1))?;
    if let Some(v) = uninitialised(&cls) {
        return Ok(v);
    }
    let ctor = owner
        .ctor
        .get()
        .ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", owner.name())))?;
    if cls.layout == Layout::Value {
        let rest = Args {
            pos: a.pos[2..].to_vec(),
            kw: a.kw,
        };
        return super::subclass::new_value_instance(vm, &cls, rest);
    }
    let mut args = Args::new(vec![Value::Type(cls)]);
    if !super::subclass::is_mutable_type(&owner) {
        args.pos.extend(a.pos[2..].iter().cloned());
        args.kw = a.kw;
    }
    ctor(vm, args)
}

/// What `classmethod.__new__(classmethod)`, `staticmethod.__new__(staticmethod)` and
/// `super.__new__(super)` make, whatever other arguments they get: an object whose fields
/// are still empty (a wrapped callable of None; a `super` with no class, marked by a null
/// `obj`, which reads as None and proxies nothing). None for any other class.
fn uninitialised(cls: &Rc<PyType>) -> Option<Value> {
    let t = types();
    let d = if Rc::ptr_eq(cls, &t.classmethod) {
        Descriptor::classmethod(Value::None)
    } else if Rc::ptr_eq(cls, &t.staticmethod) {
        Descriptor::staticmethod(Value::None)
    } else if Rc::ptr_eq(cls, &t.super_) {
        Descriptor::Super {
            this_class: t.super_.clone(),
            obj: Value::Null,
            obj_type: None,
        }
    } else {
        return None;
    };
    Some(Value::Descriptor(Rc::new(d)))
}

/// Gives the builtin types Python code cannot instantiate constructors that say so.
pub fn register_refusals() {
    types().code.ctor.set(Some(|_, a| {
        // CPython's `code()` wants its 16 fields; tote cannot build one from them.
        let given = a.pos.len().saturating_sub(1) + a.kw.len();
        Err(PyErr::type_error(if given < 16 {
            format!("code expected at least 16 arguments, got {}", given)
        } else {
            "cannot create 'code' instances".to_string()
        }))
    }));
    super::frame_objects::frame_type().ctor.set(Some(|_, _| {
        Err(PyErr::type_error("cannot create 'frame' instances"))
    }));
}

/// The class argument of `owner.__new__(cls, ...)`, checked as CPython checks it: a type, a
/// subtype of `owner`, and one whose instances `owner.__new__` may build.
pub fn checked_new_class(owner: &Rc<PyType>, cls: Option<&Value>) -> PyResult<Rc<PyType>> {
    let name = owner.name();
    let cls = match cls {
        None => {
            return Err(PyErr::type_error(format!(
                "{}.__new__(): not enough arguments",
                name
            )))
        }
        Some(Value::Type(c)) => c.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                name,
                other.type_name()
            )))
        }
    };
    if !cls.is_subtype(owner) {
        return Err(PyErr::type_error(format!(
            "{0}.__new__({1}): {1} is not a subtype of {0}",
            name,
            cls.name()
        )));
    }
    check_new_is_safe(owner, &cls)?;
    Ok(cls)
}

/// CPython refuses `owner.__new__(cls)` when the nearest class of `cls` without a Python
/// `__new__` gets its instances from another builtin `__new__` than `owner`'s (an `int`
/// can not build a `bool`, nor `object` an `int`): "object.__new__(int) is not safe".
pub fn check_new_is_safe(owner: &Rc<PyType>, cls: &Rc<PyType>) -> PyResult<()> {
    let mro = cls.mro.borrow();
    let Some(static_base) = mro.iter().find(|c| !has_python_new(c)) else {
        return Ok(());
    };
    let (Some(theirs), Some(ours)) = (builtin_new_owner(static_base), builtin_new_owner(owner))
    else {
        return Ok(());
    };
    if Rc::ptr_eq(&theirs, &ours) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "{}.__new__({}) is not safe, use {}.__new__()",
        owner.name(),
        cls.name(),
        static_base.name()
    )))
}

/// Does the class define `__new__` in Python (in its own dict)?
fn has_python_new(c: &Rc<PyType>) -> bool {
    !c.builtin && c.dict.get_str("__new__").is_some()
}

/// The builtin class whose `__new__` makes `t`'s instances: the first one on its MRO that
/// has its own.
fn builtin_new_owner(t: &Rc<PyType>) -> Option<Rc<PyType>> {
    t.mro
        .borrow()
        .iter()
        .find(|c| c.builtin && c.dict.get_str("__new__").is_some())
        .cloned()
}
