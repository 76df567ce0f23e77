//! The `__dict__` and `__weakref__` descriptors a class statement puts in the class dict
//! (`getset_descriptor`, `<attribute '__dict__' of 'C' objects>`) when its instances get
//! a dict or weak-reference support its base did not already give them: which ones a new
//! class gets, where they sit in the class dict (after the body's names and `__slots__`
//! members, before an implicit `__doc__`), and reading, replacing and deleting through them.
//! tote has no weak references, so `__weakref__` always reads None.

use std::rc::Rc;

use crate::objects::function::{Descriptor, NativeFn};
use crate::objects::methods::{add_methods, receiver};
use crate::objects::{types, PyDict, PyErr, PyInstance, PyResult, PyStr, PyType, Value};

/// Which of the two descriptors a new class gets.
pub struct InstanceGetsets {
    dict: bool,
    weakref: bool,
}

/// The base that fixes the instance layout (CPython's "best base"): the first base that
/// adds to the layout (slots, or a builtin type other than `object`), else the first.
fn layout_base(bases: &[Rc<PyType>]) -> Rc<PyType> {
    let object = &types().object;
    bases
        .iter()
        .find(|b| !b.slot_names.borrow().is_empty() || (b.builtin && !Rc::ptr_eq(b, object)))
        .or_else(|| bases.first())
        .cloned()
        .unwrap_or_else(|| object.clone())
}

/// Do instances of `base` already have weak-reference support (or no room for it)?
fn base_has_weakref(base: &PyType) -> bool {
    let t = types();
    base.mro.borrow().iter().any(|c| {
        c.dict.get_str("__weakref__").is_some()
            || [&t.set, &t.frozenset, &t.type_, &t.int, &t.bytes, &t.tuple]
                .iter()
                .any(|b| std::ptr::eq(&***b, &**c))
    })
}

/// Decides the descriptors of a class with `bases` (`slots`: the `"__dict__"` and
/// `"__weakref__"` entries of its `__slots__`, if it has one) and reserves their places in
/// the class namespace `ns`.
pub fn reserve(ns: &PyDict, bases: &[Rc<PyType>], slots: Option<(bool, bool)>) -> InstanceGetsets {
    let base = layout_base(bases);
    let base_dict = base.instance_dict.get() || base.is_subtype(&types().type_);
    let wanted = match slots {
        Some((dict, weakref)) => InstanceGetsets { dict, weakref },
        None => InstanceGetsets {
            dict: !base_dict,
            weakref: !base_has_weakref(&base),
        },
    };
    for (name, on) in [("__dict__", wanted.dict), ("__weakref__", wanted.weakref)] {
        if on && ns.get_str(name).is_none() {
            ns.set_str(name, Value::None);
        }
    }
    wanted
}

/// Puts the reserved descriptors of the new class `cls` in its dict.
pub fn install(cls: &Rc<PyType>, wanted: InstanceGetsets) {
    for (name, on) in [("__dict__", wanted.dict), ("__weakref__", wanted.weakref)] {
        // A class body that assigned the name itself keeps its value.
        if on && matches!(cls.dict.get_str(name), Some(Value::None)) {
            let d = Descriptor::GetSet {
                name: PyStr::intern(name),
                owner: cls.clone(),
            };
            cls.dict
                .set_str_key(PyStr::intern(name), Value::descriptor(d));
        }
    }
}

/// "descriptor '__dict__' for 'C' objects doesn't apply to a 'int' object"
fn instance_of(name: &PyStr, owner: &PyType, obj: &Value) -> PyResult<Rc<PyInstance>> {
    match obj {
        Value::Instance(i) if i.class().is_subtype(owner) => Ok(i.clone()),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name.as_str(),
            owner.name(),
            obj.type_name()
        ))),
    }
}

/// `obj.__dict__` / `obj.__weakref__` through the descriptor.
pub fn get(name: &PyStr, owner: &PyType, obj: &Value) -> PyResult<Value> {
    let inst = instance_of(name, owner, obj)?;
    if name.as_str() == "__dict__" {
        return Ok(inst.dict_object());
    }
    Ok(crate::modules::weakref::first_ref(&inst))
}

/// `obj.__dict__ = d` (`Some(d)`) or `del obj.__dict__` (None) through the descriptor.
pub fn set(name: &PyStr, owner: &PyType, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let inst = instance_of(name, owner, obj)?;
    if name.as_str() != "__dict__" {
        return Err(PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            name.as_str(),
            owner.name()
        )));
    }
    match v {
        Some(v) => assign_dict(&inst, &v),
        None => {
            drop(inst.replace_dict(PyDict::new_tracked())?);
            Ok(())
        }
    }
}

/// `obj.__dict__ = d`: `d` itself becomes the instance's attribute dict (for a dict
/// subclass instance, the dict it carries).
pub fn assign_dict(inst: &PyInstance, v: &Value) -> PyResult<()> {
    let old = match (v, super::subclass::base_value(v)) {
        // The subclass instance is kept too: `obj.__dict__` gives it back.
        (Value::Instance(owner), Some(Value::Dict(d))) => {
            inst.replace_dict_object(d, owner.clone())?
        }
        (Value::Dict(d), _) => inst.replace_dict(d.clone())?,
        (other, _) => {
            return Err(PyErr::type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                other.type_name()
            )))
        }
    };
    // The old dict's values may run code when they go: after the borrow has ended.
    drop(old);
    Ok(())
}

/// `<attribute '__dict__' of 'C' objects>`
pub fn repr(name: &PyStr, owner: &PyType) -> String {
    format!(
        "<attribute '{}' of '{}' objects>",
        name.as_str(),
        owner.name()
    )
}

/// The descriptor a method was called on.
fn getset_of(v: &Value, method: &str) -> PyResult<(Rc<PyStr>, Rc<PyType>)> {
    if let Value::Descriptor(d) = v {
        if let Descriptor::GetSet { name, owner } = &**d {
            return Ok((name.clone(), owner.clone()));
        }
    }
    Err(crate::objects::methods::wrong_receiver(
        method,
        "getset_descriptor",
        v,
    ))
}

pub fn register() {
    let t = &types().getset_descriptor;
    add_methods(
        t,
        &[
            ("__get__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__get__") {
                    return r;
                }
                a.expect("__get__", 2, 3)?;
                let (name, owner) = getset_of(&a.pos[0], "__get__")?;
                if a.pos[1].is_none() {
                    return Ok(a.pos[0].clone());
                }
                get(&name, &owner, &a.pos[1])
            }),
            ("__set__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__set__") {
                    return r;
                }
                a.expect("__set__", 3, 3)?;
                let (name, owner) = getset_of(&a.pos[0], "__set__")?;
                set(&name, &owner, &a.pos[1], Some(a.pos[2].clone()))?;
                Ok(Value::None)
            }),
            ("__delete__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__delete__") {
                    return r;
                }
                a.expect("__delete__", 2, 2)?;
                let (name, owner) = getset_of(&a.pos[0], "__delete__")?;
                set(&name, &owner, &a.pos[1], None)?;
                Ok(Value::None)
            }),
        ],
    );
    let attrs: [(&'static str, NativeFn); 4] = [
        ("__name__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__name__") {
                return r;
            }
            Ok(Value::Str(getset_of(&receiver(&a), "__name__")?.0))
        }),
        ("__qualname__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__qualname__") {
                return r;
            }
            let (name, owner) = getset_of(&receiver(&a), "__qualname__")?;
            Ok(Value::string(format!(
                "{}.{}",
                owner.qualname.borrow(),
                name.as_str()
            )))
        }),
        ("__objclass__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__objclass__") {
                return r;
            }
            Ok(Value::Type(getset_of(&receiver(&a), "__objclass__")?.1))
        }),
        ("__doc__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__doc__") {
                return r;
            }
            let (name, _) = getset_of(&receiver(&a), "__doc__")?;
            Ok(match name.as_str() {
                "__dict__" => Value::str("dictionary for instance variables"),
                _ => Value::str("list of weak references to the object"),
            })
        }),
    ];
    for (name, getter) in attrs {
        t.dict.set_str_key(
            PyStr::intern(name),
            Descriptor::getter(crate::objects::PyBuiltin::value(name, getter)),
        );
    }
}
