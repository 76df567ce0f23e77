//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::method_args::{c_int_arg, no_args, one_arg, positional, slot_wrapper};
use super::method_args::{slot_wrapper_pair, ssize_arg, window_not_none};
use super::{add_methods, receiver_to_check, wrong_receiver};
use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyList, PyResult, PyTuple, Value};
use crate::vm::Vm;

fn this(a: &Args, m: &str) -> PyResult<Rc<PyList>> {
    match receiver_to_check(a) {
        Value::List(l) => Ok(l),
        other => Err(wrong_receiver(m, "list", &other)),
    }
}

fn this_tuple(a: &Args, m: &str) -> PyResult<Rc<PyTuple>> {
    match receiver_to_check(a) {
        Value::Tuple(t) => Ok(t),
        other => Err(wrong_receiver(m, "tuple", &other)),
    }
}

/// `seq.index(x[, start[, stop]])` over a snapshot of items (`ty` is "list" or "tuple").
fn index_in(vm: &mut Vm, items: &[Value], a: &Args, ty: &str) -> PyResult<Value> {
    positional(a, ty, "index", 1, 3)?;
    let (start, stop) = window_not_none(vm, a, 2, items.len())?;
    for i in start..stop.max(start) {
        if let Some(v) = items.get(i) {
            if vm.eq(v, &a.pos[1])? {
                return Ok(Value::from(i));
            }
        }
    }
    Err(PyErr::value_error(match ty {
        "tuple" => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", vm.repr(&a.pos[1])?),
    }))
}

fn count_in(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0usize;
    for v in items {
        if vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::from(n))
}

pub fn register() {
    add_methods(
        &types().list,
        &[
            ("append", |_, a| {
                let me = this(&a, "append")?;
                me.push(one_arg(&a, "list", "append")?);
                Ok(Value::None)
            }),
            ("extend", |vm, a| {
                let me = this(&a, "extend")?;
                let mut items = Vec::new();
                let collected =
                    vm.collect_iterable_into(&one_arg(&a, "list", "extend")?, &mut items);
                me.items.borrow_mut().extend(items);
                collected.map(|_| Value::None)
            }),
            ("insert", |vm, a| {
                let me = this(&a, "insert")?;
                positional(&a, "list", "insert", 2, 2)?;
                let i = ssize_arg(vm, &a.pos[1])?;
                let mut items = me.items.borrow_mut();
                let n = items.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                items.insert(at, a.pos[2].clone());
                Ok(Value::None)
            }),
            ("pop", |vm, a| {
                let me = this(&a, "pop")?;
                positional(&a, "list", "pop", 0, 1)?;
                let i = match a.pos.get(1) {
                    Some(v) => ssize_arg(vm, v)?,
                    None => -1,
                };
                let mut items = me.items.borrow_mut();
                if items.is_empty() {
                    return Err(PyErr::index_error("pop from empty list"));
                }
                match crate::vm::ops::seq_index(i, items.len()) {
                    Some(i) => Ok(items.remove(i)),
                    None => Err(PyErr::index_error("pop index out of range")),
                }
            }),
            ("remove", |vm, a| {
                let me = this(&a, "remove")?;
                let x = one_arg(&a, "list", "remove")?;
                let items = me.snapshot();
                for (i, v) in items.iter().enumerate() {
                    if vm.eq(v, &x)? {
                        let mut cur = me.items.borrow_mut();
                        if i < cur.len() {
                            let old = cur.remove(i);
                            drop(cur);
                            drop(old);
                        }
                        return Ok(Value::None);
                    }
                }
                Err(PyErr::value_error("list.remove(x): x not in list"))
            }),
            ("index", |vm, a| {
                let items = this(&a, "index")?.snapshot();
                index_in(vm, &items, &a, "list")
            }),
            ("count", |vm, a| {
                let items = this(&a, "count")?.snapshot();
                count_in(vm, &items, &one_arg(&a, "list", "count")?)
            }),
            ("reverse", |_, a| {
                let me = this(&a, "reverse")?;
                no_args(&a, "list", "reverse")?;
                me.items.borrow_mut().reverse();
                Ok(Value::None)
            }),
            ("copy", |_, a| {
                let me = this(&a, "copy")?;
                no_args(&a, "list", "copy")?;
                Ok(Value::list(me.snapshot()))
            }),
            ("clear", |_, a| {
                let me = this(&a, "clear")?;
                no_args(&a, "list", "clear")?;
                let old = std::mem::take(&mut *me.items.borrow_mut());
                // Released last to first, as CPython's `list.clear` does.
                old.into_iter().rev().for_each(drop);
                Ok(Value::None)
            }),
            ("sort", |vm, a| {
                let me = this(&a, "sort")?;
                let args = Params {
                    func: "sort",
                    names: &["key", "reverse"],
                    required: 0,
                    positional: 0,
                }
                .bind_method(&a)?;
                let key = args[0].clone().filter(|k| !k.is_none());
                let reverse = match &args[1] {
                    Some(r) => c_int_arg(vm, r)? != 0,
                    None => false,
                };
                // CPython empties the list while sorting so mutation during the sort is seen;
                // whatever the comparisons put in it is discarded.
                let mut items = std::mem::take(&mut *me.items.borrow_mut());
                let result =
                    crate::objects::sort::sort_items(vm, &mut items, key.as_ref(), reverse);
                let during = std::mem::replace(&mut *me.items.borrow_mut(), items);
                let modified = !during.is_empty() || during.capacity() != 0;
                drop(during);
                result?;
                if modified {
                    return Err(PyErr::value_error("list modified during sort"));
                }
                Ok(Value::None)
            }),
            ("__len__", |_, a| {
                let me = this(&a, "__len__")?;
                slot_wrapper(&a, "__len__", 0)?;
                Ok(Value::from(me.len()))
            }),
            ("__getitem__", |vm, a| {
                let me = this(&a, "__getitem__")?;
                let key = one_arg(&a, "list", "__getitem__")?;
                vm.get_item(&Value::List(me), &key)
            }),
            ("__setitem__", |vm, a| {
                let me = this(&a, "__setitem__")?;
                slot_wrapper_pair(&a, "__setitem__")?;
                vm.set_item(&Value::List(me), a.pos[1].clone(), a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a| {
                let me = this(&a, "__contains__")?;
                slot_wrapper(&a, "__contains__", 1)?;
                Ok(Value::bool(vm.contains(&Value::List(me), &a.pos[1])?))
            }),
        ],
    );
    add_methods(
        &types().tuple,
        &[
            ("index", |vm, a| {
                let me = this_tuple(&a, "index")?;
                index_in(vm, &me.items, &a, "tuple")
            }),
            ("count", |vm, a| {
                let me = this_tuple(&a, "count")?;
                count_in(vm, &me.items, &one_arg(&a, "tuple", "count")?)
            }),
            ("__len__", |_, a| {
                let me = this_tuple(&a, "__len__")?;
                slot_wrapper(&a, "__len__", 0)?;
                Ok(Value::from(me.items.len()))
            }),
            ("__getitem__", |vm, a| {
                let me = this_tuple(&a, "__getitem__")?;
                slot_wrapper(&a, "__getitem__", 1)?;
                vm.get_item(&Value::Tuple(me), &a.pos[1])
            }),
        ],
    );
}
