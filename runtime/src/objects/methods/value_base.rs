//! What subclasses of the builtin value types (`class L(list)`, `class D(dict)`) find in
//! their base's dict: `__init__` of the mutable types (which `super().__init__(...)` and the
//! default construction call), the subscript protocol methods (`dict.__setitem__(self, k,
//! v)`, `super().__getitem__(k)`), and the marking of every method of these types as
//! working on the builtin value an instance of a subclass carries.

use super::{add_missing, receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyBuiltin, PyErr, PyResult, PyType, Value};
use crate::vm::Vm;

fn proto_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__getitem__", 1)?;
    vm.get_item(&a.pos[0], &a.pos[1])
}

fn proto_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__repr__", 0)?;
    Ok(Value::string(vm.repr(&receiver(&a))?))
}

/// `int.__index__`, `int.__int__`: the int itself (the receiver is already the value a
/// subclass instance carries).
fn proto_int_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match receiver(&a) {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => Err(super::wrong_receiver("__index__", "int", &other)),
    }
}

fn proto_float(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::float(crate::modules::builtins_numbers::to_float(
        vm,
        &receiver(&a),
    )?))
}

fn proto_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper_pair(&a, "__setitem__")?;
    vm.set_item(&a.pos[0], a.pos[1].clone(), a.pos[2].clone())?;
    Ok(Value::None)
}

fn proto_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    super::method_args::slot_wrapper(&a, "__delitem__", 1)?;
    vm.del_item(&a.pos[0], &a.pos[1])?;
    Ok(Value::None)
}

/// `list.__init__(self, iterable=())` and its kin: checks the receiver is an `owner`, then
/// empties it and fills it the way the type's own method does (`extend`, `update`).
/// `keywords` says whether the fill takes keyword arguments (`dict.update` does).
fn reinit(vm: &mut Vm, mut a: Args, owner: &PyType, fill: &str, keywords: bool) -> PyResult<Value> {
    let me = super::receiver_to_check(&a);
    if !me.type_of().is_subtype(owner) {
        return Err(super::wrong_receiver("__init__", &owner.name(), &me));
    }
    if !keywords && !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            owner.name()
        )));
    }
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "{} expected at most 1 argument, got {}",
            me.type_name(),
            a.pos.len() - 1
        )));
    }
    vm.call_method(&me, "clear", Vec::new())?;
    a.pos.remove(0);
    if a.pos.is_empty() && a.kw.is_empty() {
        return Ok(Value::None);
    }
    let method = vm.get_attr(&me, &crate::objects::PyStr::intern(fill))?;
    vm.call_args(&method, a)?;
    Ok(Value::None)
}

/// `bytearray.__init__`, on a bytearray only (see `bytes_new::reinit_bytearray`).
fn bytearray_reinit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = super::receiver_to_check(&a);
    if !me.type_of().is_subtype(&types().bytearray) {
        return Err(super::wrong_receiver("__init__", "bytearray", &me));
    }
    super::bytes_new::reinit_bytearray(vm, a)
}

pub fn register() {
    let t = types();
    for ty in [&t.list, &t.tuple, &t.str, &t.bytes, &t.bytearray, &t.dict] {
        add_missing(ty, "__getitem__", proto_getitem);
    }
    for ty in [&t.list, &t.bytearray, &t.dict] {
        add_missing(ty, "__setitem__", proto_setitem);
        add_missing(ty, "__delitem__", proto_delitem);
    }
    for ty in [
        &t.int,
        &t.float,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
    ] {
        add_missing(ty, "__repr__", proto_repr);
    }
    add_missing(&t.int, "__index__", proto_int_self);
    add_missing(&t.int, "__int__", proto_int_self);
    add_missing(&t.int, "__float__", proto_float);
    add_missing(&t.float, "__float__", proto_float);
    add_missing(&t.list, "__init__", |vm, a| {
        reinit(vm, a, &types().list, "extend", false)
    });
    add_missing(&t.set, "__init__", |vm, a| {
        reinit(vm, a, &types().set, "update", false)
    });
    add_missing(&t.dict, "__init__", |vm, a| {
        reinit(vm, a, &types().dict, "update", true)
    });
    add_missing(&t.bytearray, "__init__", bytearray_reinit);
    mark_base_value_methods();
}

/// Every method in a value type's dict works on the value a subclass instance carries.
fn mark_base_value_methods() {
    let t = types();
    for ty in [
        &t.int,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
    ] {
        for (k, v) in ty.dict.items() {
            let (Value::Str(name), Value::Builtin(b)) = (&k, &v) else {
                continue;
            };
            if b.bound_self.is_some() || b.is_classmethod {
                continue;
            }
            // `dict.__getitem__` needs the instance itself: its class may define `__missing__`.
            if std::rc::Rc::ptr_eq(ty, &t.dict) && name.as_str() == "__getitem__" {
                continue;
            }
            let mut marked = PyBuiltin::new(b.name, b.func);
            marked.on_base_value = true;
            ty.dict
                .set_str(name.as_str(), Value::Builtin(std::rc::Rc::new(marked)));
        }
    }
}
