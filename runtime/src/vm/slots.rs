//! `__slots__`: reading a class body's declaration with CPython 3.11's checks and
//! messages, giving the class a member descriptor per slot (`<member 'x' of 'C' objects>`)
//! and reading, writing and deleting slot values through one (`PyInstance::slots`).
//! Whether instances have a `__dict__` at all is `PyType::instance_dict`.

use std::rc::Rc;

use crate::objects::function::{Descriptor, NativeFn};
use crate::objects::methods::{add_methods, receiver};
use crate::objects::OrNone;
use crate::objects::{types, PyDict, PyErr, PyResult, PyStr, PyType, Value};

use super::Vm;

/// What a class body's `__slots__` asks for.
pub struct SlotDecl {
    /// The new slots, mangled, in the order the member descriptors go in the class dict.
    names: Vec<Rc<PyStr>>,
    /// `"__dict__"` was listed: instances get a dict after all.
    dict: bool,
    /// `"__weakref__"` was listed.
    weakref: bool,
}

impl SlotDecl {
    /// Were `"__dict__"` and `"__weakref__"` listed?
    pub fn lists_dict_weakref(&self) -> (bool, bool) {
        (self.dict, self.weakref)
    }
}

/// Do instances of `t` support weak references? (Every class whose MRO has a class without
/// `__slots__`, or one listing `"__weakref__"`; tote only checks the declaration.)
pub(crate) fn has_weakref(t: &PyType) -> bool {
    t.mro.borrow().iter().any(|c| {
        if c.builtin {
            return c.layout == crate::objects::typeobj::Layout::Exception;
        }
        match c.dict.get_str("__slots__") {
            None => true,
            Some(v) => slot_items_snapshot(&v)
                .iter()
                .any(|s| matches!(s, Value::Str(s) if s.as_str() == "__weakref__")),
        }
    })
}

/// The items of an already accepted `__slots__` value, without running Python code.
fn slot_items_snapshot(v: &Value) -> Vec<Value> {
    match v {
        Value::Str(_) => vec![v.clone()],
        Value::Tuple(t) => t.items.clone(),
        Value::List(l) => l.snapshot(),
        Value::Dict(d) => d.keys(),
        _ => Vec::new(),
    }
}

/// Reads `__slots__` from a class namespace (None when it has none), checking it as
/// CPython's `type.__new__` does, and reserves the member descriptors' places in `ns`.
pub fn declare(
    vm: &mut Vm,
    class_name: &str,
    ns: &PyDict,
    bases: &[Rc<PyType>],
) -> PyResult<Option<SlotDecl>> {
    let Some(spec) = ns.get_str("__slots__") else {
        return Ok(None);
    };
    let items = match &spec {
        Value::Str(_) => vec![spec.clone()],
        other => vm.collect_iterable(other)?,
    };
    // int, bytes, tuple and type store their items in the instance itself: no room for
    // slots.
    if !items.is_empty() {
        let ty = types();
        for b in bases {
            let base = b.value_base().unwrap_or_else(|| b.clone());
            if [&ty.int, &ty.bytes, &ty.tuple]
                .iter()
                .any(|v| Rc::ptr_eq(v, &base))
                || b.is_subtype(&ty.type_)
            {
                return Err(PyErr::type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    b.name()
                )));
            }
        }
    }
    let mut base_dict = bases.iter().any(|b| b.instance_dict.get());
    let mut base_weakref = bases.iter().any(|b| has_weakref(b));
    let mut decl = SlotDecl {
        names: Vec::new(),
        dict: false,
        weakref: false,
    };
    for item in &items {
        let Value::Str(s) = item else {
            return Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        if !crate::objects::str::is_identifier(s.as_str()) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        match s.as_str() {
            "__dict__" => {
                if base_dict {
                    return Err(PyErr::type_error(
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                base_dict = true;
                decl.dict = true;
            }
            "__weakref__" => {
                if base_weakref {
                    return Err(PyErr::type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                base_weakref = true;
                decl.weakref = true;
            }
            name => {
                let mangled = crate::compiler::mangle(Some(class_name), name);
                decl.names.push(PyStr::intern(&mangled));
            }
        }
    }
    for name in &decl.names {
        // The body's `__qualname__` and `__classcell__` were taken out of it already.
        if ns.get_str(name.as_str()).is_some() {
            return Err(PyErr::value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                name.as_str()
            )));
        }
    }
    // CPython adds the members in sorted order.
    decl.names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    for name in &decl.names {
        ns.set_str_key(name.clone(), Value::None);
    }
    Ok(Some(decl))
}

/// Gives the new class `cls` the declared slots: their indices after the inherited ones,
/// a member descriptor for each in its dict, and a `__dict__` if one was listed.
pub fn install(cls: &Rc<PyType>, decl: SlotDecl) {
    if decl.dict {
        cls.instance_dict.set(true);
    }
    let mut all = cls.slot_names.borrow_mut();
    for name in decl.names {
        let index = all.len();
        all.push(name.clone());
        let member = Descriptor::Member {
            name: name.clone(),
            index,
            owner: cls.clone(),
        };
        cls.dict.set_str_key(name, Value::descriptor(member));
    }
}

/// "descriptor 'x' for 'C' objects doesn't apply to a 'int' object"
fn check_applies(
    name: &PyStr,
    owner: &PyType,
    obj: &Value,
) -> PyResult<Rc<crate::objects::PyInstance>> {
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

/// `obj.x` for the slot member `x` (slot `index` of `owner`'s instances).
pub fn member_get(name: &PyStr, index: usize, owner: &PyType, obj: &Value) -> PyResult<Value> {
    let inst = check_applies(name, owner, obj)?;
    let v = inst.slots.borrow().get(index).cloned().or_null();
    if v.is_null() {
        return Err(super::attr::no_attribute(obj, name.as_str()));
    }
    Ok(v)
}

/// `obj.x = v` (`Some(v)`) or `del obj.x` (None) for a slot member; deleting an unset slot
/// raises `AttributeError('x')`.
pub fn member_set(
    name: &PyStr,
    index: usize,
    owner: &PyType,
    obj: &Value,
    v: Option<Value>,
) -> PyResult<()> {
    let inst = check_applies(name, owner, obj)?;
    let mut slots = inst.slots.borrow_mut();
    // An instance whose `__class__` was reassigned may have fewer slots than its class.
    if slots.len() <= index {
        let mut grown = std::mem::take(&mut *slots).into_vec();
        grown.resize(index + 1, Value::Null);
        *slots = grown.into_boxed_slice();
    }
    let old = match v {
        Some(v) => std::mem::replace(&mut slots[index], v),
        None => {
            if slots[index].is_null() {
                return Err(PyErr::attribute_error(name.as_str().to_string()));
            }
            std::mem::replace(&mut slots[index], Value::Null)
        }
    };
    drop(slots);
    // The old value may run code when it goes (a generator's close), after the borrow ends.
    drop(old);
    Ok(())
}

/// The member descriptor a method was called on.
fn member_of(v: &Value, method: &str) -> PyResult<(Rc<PyStr>, usize, Rc<PyType>)> {
    if let Value::Descriptor(d) = v {
        if let Descriptor::Member { name, index, owner } = &**d {
            return Ok((name.clone(), *index, owner.clone()));
        }
    }
    Err(crate::objects::methods::wrong_receiver(
        method,
        "member_descriptor",
        v,
    ))
}

pub fn register() {
    let t = &types().member_descriptor;
    add_methods(
        t,
        &[
            ("__get__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__get__") {
                    return r;
                }
                a.expect("__get__", 2, 3)?;
                let (name, index, owner) = member_of(&a.pos[0], "__get__")?;
                if a.pos[1].is_none() {
                    return Ok(a.pos[0].clone());
                }
                member_get(&name, index, &owner, &a.pos[1])
            }),
            ("__set__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__set__") {
                    return r;
                }
                a.expect("__set__", 3, 3)?;
                let (name, index, owner) = member_of(&a.pos[0], "__set__")?;
                member_set(&name, index, &owner, &a.pos[1], Some(a.pos[2].clone()))?;
                Ok(Value::None)
            }),
            ("__delete__", |vm, a| {
                if let Some(r) = super::native_attrs::method(vm, &a, "__delete__") {
                    return r;
                }
                a.expect("__delete__", 2, 2)?;
                let (name, index, owner) = member_of(&a.pos[0], "__delete__")?;
                member_set(&name, index, &owner, &a.pos[1], None)?;
                Ok(Value::None)
            }),
        ],
    );
    let attrs: [(&'static str, NativeFn); 4] = [
        ("__name__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__name__") {
                return r;
            }
            Ok(Value::Str(member_of(&receiver(&a), "__name__")?.0))
        }),
        ("__qualname__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__qualname__") {
                return r;
            }
            let (name, _, owner) = member_of(&receiver(&a), "__qualname__")?;
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
            Ok(Value::Type(member_of(&receiver(&a), "__objclass__")?.2))
        }),
        ("__doc__", |vm, a| {
            if let Some(r) = super::native_attrs::method(vm, &a, "__doc__") {
                return r;
            }
            member_of(&receiver(&a), "__doc__")?;
            Ok(Value::None)
        }),
    ];
    for (name, getter) in attrs {
        t.dict.set_str_key(
            PyStr::intern(name),
            Descriptor::getter(crate::objects::PyBuiltin::value(name, getter)),
        );
    }
}

/// `<member 'x' of 'C' objects>`
pub fn member_repr(name: &PyStr, owner: &PyType) -> String {
    format!("<member '{}' of '{}' objects>", name.as_str(), owner.name())
}

/// `__class__` assignment needs the same instance layout: the same slots and the same
/// `__dict__`-ness and weak-referenceability. CPython: "__class__ assignment: 'B' object layout differs from 'A'".
pub fn check_class_assignment(old: &PyType, new: &PyType) -> PyResult<()> {
    if new.builtin {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let same_slots = {
        let (a, b) = (old.slot_names.borrow(), new.slot_names.borrow());
        a.len() == b.len()
            && a.iter()
                .zip(b.iter())
                .all(|(x, y)| x.as_str() == y.as_str())
    };
    if same_slots
        && old.instance_dict.get() == new.instance_dict.get()
        && has_weakref(old) == has_weakref(new)
    {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "__class__ assignment: '{}' object layout differs from '{}'",
        new.name(),
        old.name()
    )))
}
