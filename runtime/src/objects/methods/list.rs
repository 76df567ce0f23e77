//! Methods of `list` and `tuple`.

use std::rc::Rc;

use super::{add_methods, receiver, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyList, PyResult, Value};
use crate::vm::Vm;

fn this(a: &Args, m: &str) -> PyResult<Rc<PyList>> {
    match receiver(a) {
        Value::List(l) => Ok(l),
        other => Err(wrong_receiver(m, "list", &other)),
    }
}

/// `seq.index(x[, start[, stop]])` over a snapshot of items.
fn index_in(vm: &mut Vm, items: &[Value], a: &Args, what: &str) -> PyResult<Value> {
    a.expect("index", 2, 4)?;
    let n = items.len() as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let start = match a.pos.get(2) {
        Some(v) => fix(vm.index_of(v, "slice")?),
        None => 0,
    };
    let stop = match a.pos.get(3) {
        Some(v) => fix(vm.index_of(v, "slice")?),
        None => n as usize,
    };
    for i in start..stop.max(start) {
        if let Some(v) = items.get(i) {
            if vm.eq(v, &a.pos[1])? {
                return Ok(Value::from(i));
            }
        }
    }
    let _ = what;
    Err(PyErr::value_error(format!(
        "{} is not in list",
        vm.repr(&a.pos[1])?
    )))
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
                a.expect("append", 2, 2)?;
                this(&a, "append")?.push(a.pos[1].clone());
                Ok(Value::None)
            }),
            ("extend", |vm, a| {
                a.expect("extend", 2, 2)?;
                let me = this(&a, "extend")?;
                let items = vm.collect_iterable(&a.pos[1])?;
                me.items.borrow_mut().extend(items);
                Ok(Value::None)
            }),
            ("insert", |vm, a| {
                a.expect("insert", 3, 3)?;
                let me = this(&a, "insert")?;
                let i = vm.index_of(&a.pos[1], "list")?;
                let mut items = me.items.borrow_mut();
                let n = items.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
                items.insert(at, a.pos[2].clone());
                Ok(Value::None)
            }),
            ("pop", |vm, a| {
                a.expect("pop", 1, 2)?;
                let me = this(&a, "pop")?;
                let i = match a.pos.get(1) {
                    Some(v) => vm.index_of(v, "list")?,
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
                a.expect("remove", 2, 2)?;
                let me = this(&a, "remove")?;
                let items = me.snapshot();
                for (i, v) in items.iter().enumerate() {
                    if vm.eq(v, &a.pos[1])? {
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
                a.expect("count", 2, 2)?;
                let items = this(&a, "count")?.snapshot();
                count_in(vm, &items, &a.pos[1])
            }),
            ("reverse", |_, a| {
                this(&a, "reverse")?.items.borrow_mut().reverse();
                Ok(Value::None)
            }),
            ("copy", |_, a| Ok(Value::list(this(&a, "copy")?.snapshot()))),
            ("clear", |_, a| {
                let me = this(&a, "clear")?;
                let old = std::mem::take(&mut *me.items.borrow_mut());
                drop(old);
                Ok(Value::None)
            }),
            ("sort", |vm, mut a| {
                let me = this(&a, "sort")?;
                let key = a.take_kw("key").filter(|k| !k.is_none());
                let reverse = match a.take_kw("reverse") {
                    Some(r) => vm.truthy(&r)?,
                    None => false,
                };
                a.no_more_kw("sort")?;
                if a.pos.len() > 1 {
                    return Err(PyErr::type_error("sort() takes no positional arguments"));
                }
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
                Ok(Value::from(this(&a, "__len__")?.len()))
            }),
            ("__getitem__", |vm, a| {
                a.expect("__getitem__", 2, 2)?;
                vm.get_item(&a.pos[0], &a.pos[1])
            }),
            ("__setitem__", |vm, a| {
                a.expect("__setitem__", 3, 3)?;
                vm.set_item(&a.pos[0], a.pos[1].clone(), a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__contains__", |vm, a| {
                a.expect("__contains__", 2, 2)?;
                Ok(Value::Bool(vm.contains(&a.pos[0], &a.pos[1])?))
            }),
        ],
    );
    add_methods(
        &types().tuple,
        &[
            ("index", |vm, a| match receiver(&a) {
                Value::Tuple(t) => index_in(vm, &t.items, &a, "tuple").map_err(|e| {
                    if e.is_instance(&types().exc.value_error) {
                        PyErr::value_error("tuple.index(x): x not in tuple")
                    } else {
                        e
                    }
                }),
                other => Err(wrong_receiver("index", "tuple", &other)),
            }),
            ("count", |vm, a| match receiver(&a) {
                Value::Tuple(t) => {
                    a.expect("count", 2, 2)?;
                    count_in(vm, &t.items, &a.pos[1])
                }
                other => Err(wrong_receiver("count", "tuple", &other)),
            }),
            ("__len__", |vm, a| Ok(Value::from(vm.len(&receiver(&a))?))),
            ("__getitem__", |vm, a| {
                a.expect("__getitem__", 2, 2)?;
                vm.get_item(&a.pos[0], &a.pos[1])
            }),
        ],
    );
}
