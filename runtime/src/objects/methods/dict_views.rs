//! What dict views (`d.keys()`, `d.values()`, `d.items()`) have beyond iteration, length
//! and membership: `isdisjoint` and the comparisons of the set-like views (keys and
//! items) with sets and other set-like views, and `.mapping`, a read-only view of the dict
//! behind them (a `mappingproxy`).
//!
//! The comparisons follow CPython's: they never build a set (an items view of unhashable
//! values compares fine), but compare lengths and then test every element of one side
//! with `in` on the other.

use std::rc::Rc;

use super::add_methods;
use crate::bytecode::CmpOp;
use crate::objects::function::Args;
use crate::objects::iter::{DictPart, IterKind};
use crate::objects::{types, PyDict, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The dict and part of a view.
fn view_of(v: &Value) -> Option<(Rc<PyDict>, DictPart)> {
    match v {
        Value::Iter(it) => match &*it.kind.borrow() {
            IterKind::DictView { dict, part } => Some((dict.clone(), *part)),
            _ => None,
        },
        _ => None,
    }
}

/// A keys or items view: the views that behave like sets.
fn is_set_like_view(v: &Value) -> bool {
    view_of(v).is_some_and(|(_, part)| !matches!(part, DictPart::Values))
}

/// What a set-like view compares with: sets, frozensets and set-like views.
fn is_set_like(v: &Value) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Instance(i) => matches!(i.base(), Some(Value::Set(_) | Value::FrozenSet(_))),
        other => is_set_like_view(other),
    }
}

/// Is every element of `a` in `b`?
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in vm.collect_iterable(a)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a <op> b` where one side is a set-like dict view: None when the other side is not
/// set-like (the caller goes on as for unrelated types).
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !(is_set_like_view(a) || is_set_like_view(b)) || !is_set_like(a) || !is_set_like(b) {
        return Ok(None);
    }
    let (len_a, len_b) = (vm.len(a)?, vm.len(b)?);
    let result = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let same = len_a == len_b && all_contained_in(vm, a, b)?;
            same == (op == CmpOp::Eq)
        }
        CmpOp::Lt => len_a < len_b && all_contained_in(vm, a, b)?,
        CmpOp::Le => len_a <= len_b && all_contained_in(vm, a, b)?,
        CmpOp::Gt => len_a > len_b && all_contained_in(vm, b, a)?,
        CmpOp::Ge => len_a >= len_b && all_contained_in(vm, b, a)?,
    };
    Ok(Some(Value::bool(result)))
}

/// `view.isdisjoint(iterable)`: no element of the iterable is in the view. The smaller
/// side is walked when both are sets or set-like views.
fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver_view(&a, "isdisjoint")?;
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.isdisjoint() takes no keyword arguments",
            me.type_name()
        )));
    }
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{}.isdisjoint() takes exactly one argument ({} given)",
            me.type_name(),
            a.pos.len() - 1
        )));
    }
    let other = &a.pos[1];
    if me.is(other) {
        return Ok(Value::bool(vm.len(&me)? == 0));
    }
    let other_is_larger = is_set_like(other) && vm.len(other)? > vm.len(&me)?;
    let (walk, probe) = if other_is_larger {
        (&me, other)
    } else {
        (other, &me)
    };
    let it = vm.get_iter(walk)?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.contains(probe, &x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn receiver_view(a: &Args, method: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(v) if view_of(v).is_some() => Ok(v.clone()),
        Some(other) => Err(super::wrong_receiver(method, "dict_keys", other)),
        None => Err(PyErr::type_error(format!(
            "descriptor '{}' of 'dict_keys' object needs an argument",
            method
        ))),
    }
}

/// `view.mapping`: a read-only proxy of the dict.
fn mapping(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver_view(&a, "mapping")?;
    let Some((dict, _)) = view_of(&me) else {
        return Err(PyErr::type_error("not a dict view"));
    };
    Ok(crate::vm::mappingproxy::proxy(Value::Dict(dict)))
}

pub fn register() {
    let t = types();
    for ty in [&t.dict_keys, &t.dict_items] {
        add_methods(ty, &[("isdisjoint", isdisjoint)]);
    }
    for ty in [&t.dict_keys, &t.dict_items, &t.dict_values] {
        crate::vm::native_attrs::add_getters(ty, false, &[("mapping", mapping)]);
    }
}
