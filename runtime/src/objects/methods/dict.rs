//! Methods of `dict`.

use std::rc::Rc;

use super::{add_classmethods, add_methods, receiver, wrong_receiver};
use crate::modules::builtins::dict_view;
use crate::objects::function::Args;
use crate::objects::iter::DictPart;
use crate::objects::{types, PyDict, PyErr, PyResult, Value};

fn this(a: &Args, m: &str) -> PyResult<Rc<PyDict>> {
    match receiver(a) {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_receiver(m, "dict", &other)),
    }
}

pub fn register() {
    let t = types();
    add_methods(
        &t.dict,
        &[
            ("keys", |_, a| {
                Ok(dict_view(&this(&a, "keys")?, DictPart::Keys))
            }),
            ("values", |_, a| {
                Ok(dict_view(&this(&a, "values")?, DictPart::Values))
            }),
            ("items", |_, a| {
                Ok(dict_view(&this(&a, "items")?, DictPart::Items))
            }),
            ("get", |vm, a| {
                a.expect("get", 2, 3)?;
                let me = this(&a, "get")?;
                Ok(me
                    .get(vm, &a.pos[1])?
                    .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
            }),
            ("setdefault", |vm, a| {
                a.expect("setdefault", 2, 3)?;
                let me = this(&a, "setdefault")?;
                if let Some(v) = me.get(vm, &a.pos[1])? {
                    return Ok(v);
                }
                let v = a.pos.get(2).cloned().unwrap_or(Value::None);
                me.set(vm, a.pos[1].clone(), v.clone())?;
                Ok(v)
            }),
            ("pop", |vm, a| {
                a.expect("pop", 2, 3)?;
                let me = this(&a, "pop")?;
                match me.remove(vm, &a.pos[1])? {
                    Some(v) => Ok(v),
                    None => match a.pos.get(2) {
                        Some(d) => Ok(d.clone()),
                        None => Err(PyErr::key_error(a.pos[1].clone())),
                    },
                }
            }),
            ("popitem", |_, a| {
                let me = this(&a, "popitem")?;
                match me.pop_last() {
                    Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                    None => Err(PyErr::key_error(Value::str(
                        "popitem(): dictionary is empty",
                    ))),
                }
            }),
            ("update", |vm, mut a| {
                let me = this(&a, "update")?;
                if a.pos.len() > 2 {
                    return Err(PyErr::type_error(format!(
                        "update expected at most 1 argument, got {}",
                        a.pos.len() - 1
                    )));
                }
                let kw = std::mem::take(&mut a.kw);
                crate::modules::builtins::dict_update(vm, &me, a.pos.get(1), kw)?;
                Ok(Value::None)
            }),
            ("clear", |_, a| {
                this(&a, "clear")?.clear();
                Ok(Value::None)
            }),
            ("copy", |_, a| {
                Ok(Value::Dict(Rc::new(this(&a, "copy")?.copy())))
            }),
            ("__contains__", |vm, a| {
                a.expect("__contains__", 2, 2)?;
                Ok(Value::Bool(
                    this(&a, "__contains__")?.contains(vm, &a.pos[1])?,
                ))
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
            ("__delitem__", |vm, a| {
                a.expect("__delitem__", 2, 2)?;
                vm.del_item(&a.pos[0], &a.pos[1])?;
                Ok(Value::None)
            }),
            ("__len__", |_, a| {
                Ok(Value::from(this(&a, "__len__")?.len()))
            }),
        ],
    );
    add_classmethods(
        &t.dict,
        &[("fromkeys", |vm, a| {
            a.expect("fromkeys", 2, 3)?;
            let v = a.pos.get(2).cloned().unwrap_or(Value::None);
            // A subclass's `fromkeys` makes an instance of it, filled by item assignment.
            if let Value::Type(cls) = &a.pos[0] {
                if !Rc::ptr_eq(cls, &crate::objects::types().dict) {
                    let d = vm.call(&a.pos[0], Vec::new())?;
                    for k in vm.collect_iterable(&a.pos[1])? {
                        vm.set_item(&d, k, v.clone())?;
                    }
                    return Ok(d);
                }
            }
            let d = Rc::new(PyDict::new());
            for k in vm.collect_iterable(&a.pos[1])? {
                d.set(vm, k, v.clone())?;
            }
            Ok(Value::Dict(d))
        })],
    );
}
