//! The protocol methods builtin types expose in their dicts (`list.__iter__`,
//! `range.__len__`, `function.__call__`, `list.__hash__ = None`, …). The VM runs these
//! operations directly on builtin values; the entries exist so that Python code sees them:
//! `hasattr(x, '__iter__')`, `collections.abc`'s structural checks, `type(x).__len__(x)`.
//! Each forwards to the VM's own operation; none replaces an entry a type already has.

use std::rc::Rc;

use super::{add_missing, receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyErr, Value};
use crate::vm::Vm;

pub fn proto_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let class = match a.pos.first() {
        Some(Value::Type(t)) => t.name(),
        _ => String::new(),
    };
    super::method_args::one_arg(&a, &class, "__class_getitem__")?;
    let alias = vm.generic_support("GenericAlias")?;
    vm.call(&alias, a.pos)
}

fn proto_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__iter__", 0)?;
    vm.get_iter(&receiver(&a))
}

/// `x.__hash__()` of a hashable builtin: the value's own hash (that of the value a subclass
/// instance carries, so that `super().__hash__()` in an override does not recurse).
fn proto_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__hash__", 0)?;
    let me = receiver(&a);
    let value = crate::vm::subclass::base_value(&me).unwrap_or(me);
    Ok(Value::Int(vm.hash(&value)?))
}

fn proto_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__len__", 0)?;
    Ok(Value::from(vm.len(&receiver(&a))?))
}

fn proto_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__contains__", 1)?;
    Ok(Value::bool(vm.contains(&a.pos[0], &a.pos[1])?))
}

fn proto_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let class = a.pos.first().map(|v| v.type_name()).unwrap_or_default();
    super::method_args::no_args(&a, &class, "__reversed__")?;
    vm.call(&Value::Type(types().reversed.clone()), vec![receiver(&a)])
}

fn proto_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(PyErr::type_error("__call__() needs a receiver"));
    }
    let f = a.pos.remove(0);
    vm.call_args(&f, a)
}

use crate::objects::PyResult;

pub fn register() {
    let t = types();
    let views = [&t.dict_keys, &t.dict_values, &t.dict_items];
    for ty in [
        &t.list,
        &t.tuple,
        &t.str,
        &t.bytes,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
    ]
    .into_iter()
    .chain(views)
    {
        add_missing(ty, "__iter__", proto_iter);
        add_missing(ty, "__len__", proto_len);
        // `v in d.values()` is a search by iteration: CPython's values view has no
        // `__contains__`.
        if !Rc::ptr_eq(ty, &t.dict_values) {
            add_missing(ty, "__contains__", proto_contains);
        }
    }
    add_missing(&t.memoryview, "__iter__", proto_iter);
    add_missing(&t.not_implemented_type, "__bool__", |vm, a| {
        let me = super::receiver_to_check(&a);
        if !matches!(me, Value::NotImplemented) {
            return Err(super::wrong_receiver("__bool__", "NotImplementedType", &me));
        }
        super::method_args::slot_wrapper(&a, "__bool__", 0)?;
        Ok(Value::bool(vm.truthy(&me)?))
    });
    for ty in [&t.list, &t.range, &t.dict].into_iter().chain(views) {
        add_missing(ty, "__reversed__", proto_reversed);
    }
    for ty in [
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
    ] {
        add_missing(ty, "__call__", proto_call);
    }
    // `list[int]`: the builtin generic classes answer `__class_getitem__` (a classmethod)
    // with a `types.GenericAlias`, through the same look-up user classes use. `type` has
    // none (else every class would find it through its metaclass): `type[int]` is a case
    // of its own in `vm/subscript.rs`, as in CPython.
    for ty in [
        &t.list,
        &t.dict,
        &t.tuple,
        &t.set,
        &t.frozenset,
        &t.enumerate,
    ] {
        super::add_classmethods(ty, &[("__class_getitem__", proto_class_getitem)]);
    }
    // The hashable builtins hash by value (`(7).__hash__() == 7`), not by identity as
    // `object.__hash__` does.
    for ty in [
        &t.int,
        &t.float,
        &t.str,
        &t.bytes,
        &t.tuple,
        &t.frozenset,
        &t.range,
        &t.memoryview,
        &t.none_type,
    ] {
        add_missing(ty, "__hash__", proto_hash);
    }
    // Mutable containers and the set-like dict views are unhashable: their `__hash__`
    // is None, as in CPython.
    for ty in [
        &t.list,
        &t.dict,
        &t.set,
        &t.dict_keys,
        &t.dict_items,
        &t.bytearray,
        &t.slice,
        &t.cell,
    ] {
        if ty.dict.get_str("__hash__").is_none() {
            ty.dict.set_str("__hash__", Value::None);
        }
    }
}
