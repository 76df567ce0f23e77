//! Methods of `set` and `frozenset`. Each follows the CPython 3.11 method of the same name
//! step for step where the steps decide the result's table (and so its printed order): the
//! algebra itself is in `objects/set_algebra.rs`. The methods both types share are
//! registered once per type, so that each refuses the other's receiver.

use std::rc::Rc;

use super::{add_methods, method_args, receiver, receiver_to_check, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::set_algebra as alg;
use crate::objects::{types, PyErr, PyResult, PySet, Value};
use crate::vm::Vm;

/// The receiver's set, and whether it is a frozenset (results take the receiver's type).
fn this(a: &Args, m: &str) -> PyResult<(Rc<PySet>, bool)> {
    match receiver_to_check(a) {
        Value::Set(s) => Ok((s, false)),
        Value::FrozenSet(s) => Ok((s, true)),
        other => Err(wrong_receiver(m, "set", &other)),
    }
}

/// The methods that change the set: a frozenset receiver is refused.
const SET_ONLY: &[&str] = &[
    "add",
    "discard",
    "remove",
    "pop",
    "clear",
    "update",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
];

/// The receiver after CPython's argument checks: exactly `arity` arguments besides the
/// receiver for the fixed-arity methods ("set.add() takes exactly one argument (0
/// given)"), any number for the others, which refuse keywords unqualified ("union() takes
/// no keyword arguments").
fn checked(a: &Args, m: &str, arity: Option<usize>) -> PyResult<(Rc<PySet>, bool)> {
    let (me, frozen) = this(a, m)?;
    if frozen && SET_ONLY.contains(&m) {
        return Err(wrong_receiver(m, "set", &receiver(a)));
    }
    let ty = if frozen { "frozenset" } else { "set" };
    match arity {
        Some(0) => method_args::no_args(a, ty, m)?,
        Some(_) => drop(method_args::one_arg(a, ty, m)?),
        None => method_args::varargs(a, ty, m, 0, usize::MAX)?,
    }
    Ok((me, frozen))
}

fn wrap(s: PySet, frozen: bool) -> Value {
    if frozen {
        Value::frozenset(s)
    } else {
        Value::set(s)
    }
}

fn others(a: &Args) -> &[Value] {
    a.pos.get(1..).unwrap_or(&[])
}

fn union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, frozen) = checked(&a, "union", None)?;
    let result = me.copy();
    for other in others(&a) {
        if !matches!(alg::as_set(other), Some(o) if Rc::ptr_eq(o, &me)) {
            result.update(vm, other)?;
        }
    }
    Ok(wrap(result, frozen))
}

fn intersection_multi(vm: &mut Vm, me: &PySet, others: &[Value]) -> PyResult<PySet> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(me.copy());
    };
    let mut result = alg::intersection(vm, me, first)?;
    for other in rest {
        result = alg::intersection(vm, &result, other)?;
    }
    Ok(result)
}

fn intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, frozen) = checked(&a, "intersection", None)?;
    Ok(wrap(intersection_multi(vm, &me, others(&a))?, frozen))
}

fn difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, frozen) = checked(&a, "difference", None)?;
    let Some((first, rest)) = others(&a).split_first() else {
        return Ok(wrap(me.copy(), frozen));
    };
    let result = alg::difference(vm, &me, first)?;
    for other in rest {
        alg::difference_update(vm, &result, other)?;
    }
    Ok(wrap(result, frozen))
}

fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, frozen) = checked(&a, "symmetric_difference", Some(1))?;
    Ok(wrap(alg::symmetric_difference(vm, &me, &a.pos[1])?, frozen))
}

fn issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "issubset", Some(1))?;
    Ok(Value::bool(alg::issubset(vm, &me, &a.pos[1])?))
}

fn issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "issuperset", Some(1))?;
    Ok(Value::bool(alg::issuperset(vm, &me, &a.pos[1])?))
}

fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "isdisjoint", Some(1))?;
    Ok(Value::bool(alg::isdisjoint(vm, &me, &a.pos[1])?))
}

fn copy(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, frozen) = checked(&a, "copy", Some(0))?;
    Ok(match frozen {
        // A frozenset is its own copy.
        true => receiver(&a),
        false => Value::set(me.copy()),
    })
}

fn contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "__contains__", Some(1))?;
    Ok(Value::bool(me.contains_op(vm, &a.pos[1])?))
}

fn len(_: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = this(&a, "__len__")?;
    method_args::slot_wrapper(&a, "__len__", 0)?;
    Ok(Value::from(me.len()))
}

fn add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    checked(&a, "add", Some(1))?.0.add(vm, a.pos[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    checked(&a, "discard", Some(1))?
        .0
        .discard_op(vm, &a.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !checked(&a, "remove", Some(1))?
        .0
        .discard_op(vm, &a.pos[1])?
    {
        return Err(PyErr::key_error(a.pos[1].clone()));
    }
    Ok(Value::None)
}

fn pop(_: &mut Vm, a: Args) -> PyResult<Value> {
    match checked(&a, "pop", Some(0))?.0.pop() {
        Some(k) => Ok(k),
        None => Err(PyErr::key_error(Value::str("pop from an empty set"))),
    }
}

fn clear(_: &mut Vm, a: Args) -> PyResult<Value> {
    checked(&a, "clear", Some(0))?.0.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "update", None)?;
    for other in others(&a) {
        me.update(vm, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "intersection_update", None)?;
    let result = intersection_multi(vm, &me, others(&a))?;
    me.replace_with(result);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "difference_update", None)?;
    for other in others(&a) {
        alg::difference_update(vm, &me, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (me, _) = checked(&a, "symmetric_difference_update", Some(1))?;
    alg::symmetric_difference_update(vm, &me, &a.pos[1])?;
    Ok(Value::None)
}

/// A shared method as registered on `set` (`frozen_type` false) or `frozenset`: like
/// CPython's method descriptors, each refuses a receiver of the other type.
fn receiver_kind(a: &Args, frozen_type: bool, m: &str) -> PyResult<()> {
    match receiver_to_check(a) {
        Value::Set(_) if !frozen_type => Ok(()),
        Value::FrozenSet(_) if frozen_type => Ok(()),
        other => Err(wrong_receiver(
            m,
            if frozen_type { "frozenset" } else { "set" },
            &other,
        )),
    }
}

/// The methods `set` and `frozenset` share, each checked for the type it is registered on.
macro_rules! shared_methods {
    ($frozen:expr) => {
        shared_methods!(@ $frozen, "union" union, "intersection" intersection,
            "difference" difference, "symmetric_difference" symmetric_difference,
            "issubset" issubset, "issuperset" issuperset, "isdisjoint" isdisjoint,
            "copy" copy, "__contains__" contains, "__len__" len)
    };
    (@ $frozen:expr, $($name:literal $f:ident),*) => {
        [$((
            $name,
            (|vm: &mut Vm, a: Args| {
                receiver_kind(&a, $frozen, $name)?;
                $f(vm, a)
            }) as crate::objects::function::NativeFn,
        )),*]
    };
}

/// `__reduce__`: `(type(self), (list(self),), state)`, the state being a subclass
/// instance's attributes (None without any).
fn reduce(a: &Args, frozen_type: bool) -> PyResult<Value> {
    let me = receiver_to_check(a);
    let type_name = if frozen_type { "frozenset" } else { "set" };
    // A subclass instance reaches here itself (`vm/subclass.rs`), for its class and dict.
    let (class, set, state) = match (&me, me.clone()) {
        (Value::Instance(i), _) => match i.base() {
            Some(Value::Set(s)) if !frozen_type => (i.class(), s.clone(), Some(i)),
            Some(Value::FrozenSet(s)) if frozen_type => (i.class(), s.clone(), Some(i)),
            _ => return Err(wrong_receiver("__reduce__", type_name, &me)),
        },
        (_, Value::Set(s)) if !frozen_type => (me.type_of(), s, None),
        (_, Value::FrozenSet(s)) if frozen_type => (me.type_of(), s, None),
        _ => return Err(wrong_receiver("__reduce__", type_name, &me)),
    };
    method_args::no_args(a, type_name, "__reduce__")?;
    let state = match state {
        Some(i) if !i.has_no_attrs() => Value::Dict(i.dict()),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Type(class),
        Value::tuple(vec![Value::list(set.items())]),
        state,
    ]))
}

pub fn register() {
    let t = types();
    add_methods(&t.set, &shared_methods!(false));
    add_methods(&t.frozenset, &shared_methods!(true));
    add_methods(&t.set, &[("__reduce__", |_, a| reduce(&a, false))]);
    add_methods(&t.frozenset, &[("__reduce__", |_, a| reduce(&a, true))]);
    add_methods(
        &t.set,
        &[
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update),
            ("symmetric_difference_update", symmetric_difference_update),
        ],
    );
}
