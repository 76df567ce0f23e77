//! Methods of `set` and `frozenset`.

use std::rc::Rc;

use super::{add_methods, receiver, wrong_receiver};
use crate::bytecode::BinOp;
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyResult, PySet, Value};
use crate::vm::Vm;

fn this(a: &Args, m: &str) -> PyResult<Rc<PySet>> {
    match receiver(a) {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s),
        other => Err(wrong_receiver(m, "set", &other)),
    }
}

/// Any iterable as a set value (for the named methods, which accept any iterable).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let items = vm.collect_iterable(other)?;
            Ok(Value::Set(Rc::new(PySet::from_values(vm, items)?)))
        }
    }
}

fn combine(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let me = receiver(&a);
    let mut acc = match &me {
        Value::Set(s) => Value::Set(Rc::new(s.copy())),
        Value::FrozenSet(s) => Value::FrozenSet(Rc::new(s.copy())),
        other => return Err(wrong_receiver("union", "set", other)),
    };
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        acc = vm.binary_op(acc, o, op)?;
    }
    Ok(acc)
}

fn update_in_place(vm: &mut Vm, a: Args, op: BinOp) -> PyResult<Value> {
    let me = this(&a, "update")?;
    let mut acc = Value::Set(Rc::new(me.copy()));
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        acc = vm.binary_op(acc, o, op)?;
    }
    if let Value::Set(r) = acc {
        me.clear();
        for v in r.items() {
            me.add(vm, v)?;
        }
    }
    Ok(Value::None)
}

pub fn register() {
    let t = types();
    let shared: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("union", |vm, a| combine(vm, a, BinOp::Or)),
        ("intersection", |vm, a| combine(vm, a, BinOp::And)),
        ("difference", |vm, a| combine(vm, a, BinOp::Subtract)),
        ("symmetric_difference", |vm, a| combine(vm, a, BinOp::Xor)),
        ("issubset", |vm, a| {
            a.expect("issubset", 2, 2)?;
            let o = as_set(vm, &a.pos[1])?;
            let r = vm.compare(&a.pos[0], &o, crate::bytecode::CmpOp::Le)?;
            Ok(r)
        }),
        ("issuperset", |vm, a| {
            a.expect("issuperset", 2, 2)?;
            let o = as_set(vm, &a.pos[1])?;
            vm.compare(&a.pos[0], &o, crate::bytecode::CmpOp::Ge)
        }),
        ("isdisjoint", |vm, a| {
            a.expect("isdisjoint", 2, 2)?;
            let me = this(&a, "isdisjoint")?;
            for v in vm.collect_iterable(&a.pos[1])? {
                if me.contains(vm, &v)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }),
        ("copy", |_, a| match receiver(&a) {
            Value::Set(s) => Ok(Value::Set(Rc::new(s.copy()))),
            other => Ok(other),
        }),
        ("__contains__", |vm, a| {
            a.expect("__contains__", 2, 2)?;
            Ok(Value::Bool(
                this(&a, "__contains__")?.contains(vm, &a.pos[1])?,
            ))
        }),
        ("__len__", |_, a| {
            Ok(Value::from(this(&a, "__len__")?.len()))
        }),
    ];
    add_methods(&t.set, shared);
    add_methods(&t.frozenset, shared);
    add_methods(
        &t.set,
        &[
            ("add", |vm, a| {
                a.expect("add", 2, 2)?;
                this(&a, "add")?.add(vm, a.pos[1].clone())?;
                Ok(Value::None)
            }),
            ("discard", |vm, a| {
                a.expect("discard", 2, 2)?;
                this(&a, "discard")?.discard(vm, &a.pos[1])?;
                Ok(Value::None)
            }),
            ("remove", |vm, a| {
                a.expect("remove", 2, 2)?;
                if !this(&a, "remove")?.discard(vm, &a.pos[1])? {
                    return Err(PyErr::key_error(a.pos[1].clone()));
                }
                Ok(Value::None)
            }),
            ("pop", |_, a| {
                let me = this(&a, "pop")?;
                match me.table.pop_first() {
                    Some((k, _)) => Ok(k),
                    None => Err(PyErr::key_error(Value::str("pop from an empty set"))),
                }
            }),
            ("clear", |_, a| {
                this(&a, "clear")?.clear();
                Ok(Value::None)
            }),
            ("update", |vm, a| update_in_place(vm, a, BinOp::Or)),
            ("intersection_update", |vm, a| {
                update_in_place(vm, a, BinOp::And)
            }),
            ("difference_update", |vm, a| {
                update_in_place(vm, a, BinOp::Subtract)
            }),
            ("symmetric_difference_update", |vm, a| {
                update_in_place(vm, a, BinOp::Xor)
            }),
        ],
    );
}
