//! Methods of `dict`.

use crate::objects::OrNone;
use std::rc::Rc;

use super::method_args::{count_expected, nargs, no_args, one_arg, positional};
use super::method_args::{slot_wrapper, slot_wrapper_pair};
use super::{add_classmethods, add_methods, receiver_to_check, wrong_receiver};
use crate::modules::builtins::dict_view;
use crate::objects::function::Args;
use crate::objects::iter::DictPart;
use crate::objects::{types, PyDict, PyErr, PyResult, Value};

fn this(a: &Args, m: &str) -> PyResult<Rc<PyDict>> {
    match receiver_to_check(a) {
        Value::Dict(d) => Ok(d),
        other => Err(wrong_receiver(m, "dict", &other)),
    }
}

/// The receiver of a method that takes no arguments.
fn this_alone(a: &Args, m: &str) -> PyResult<Rc<PyDict>> {
    let me = this(a, m)?;
    no_args(a, "dict", m)?;
    Ok(me)
}

pub fn register() {
    let t = types();
    add_methods(
        &t.dict,
        &[
            ("keys", |_, a| {
                Ok(dict_view(&this_alone(&a, "keys")?, DictPart::Keys))
            }),
            ("values", |_, a| {
                Ok(dict_view(&this_alone(&a, "values")?, DictPart::Values))
            }),
            ("items", |_, a| {
                Ok(dict_view(&this_alone(&a, "items")?, DictPart::Items))
            }),
            ("get", |vm, a| {
                let me = this(&a, "get")?;
                positional(&a, "dict", "get", 1, 2)?;
                Ok(me
                    .get(vm, &a.pos[1])?
                    .unwrap_or_else(|| a.pos.get(2).cloned().or_none()))
            }),
            ("setdefault", |vm, a| {
                let me = this(&a, "setdefault")?;
                positional(&a, "dict", "setdefault", 1, 2)?;
                if let Some(v) = me.get(vm, &a.pos[1])? {
                    return Ok(v);
                }
                let v = a.pos.get(2).cloned().or_none();
                me.set(vm, a.pos[1].clone(), v.clone())?;
                Ok(v)
            }),
            ("pop", |vm, a| {
                let me = this(&a, "pop")?;
                positional(&a, "dict", "pop", 1, 2)?;
                match me.remove(vm, &a.pos[1])? {
                    Some(v) => Ok(v),
                    None => match a.pos.get(2) {
                        Some(d) => Ok(d.clone()),
                        None => Err(PyErr::key_error(a.pos[1].clone())),
                    },
                }
            }),
            ("popitem", |_, a| {
                let me = this_alone(&a, "popitem")?;
                match me.pop_last() {
                    Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                    None => Err(PyErr::key_error(Value::str(
                        "popitem(): dictionary is empty",
                    ))),
                }
            }),
            ("update", |vm, mut a| {
                let me = this(&a, "update")?;
                count_expected("update", nargs(&a), 0, 1)?;
                let kw = std::mem::take(&mut a.kw);
                crate::modules::builtins_ctors::dict_update(vm, &me, a.pos.get(1), kw)?;
                Ok(Value::None)
            }),
            ("clear", |_, a| {
                this_alone(&a, "clear")?.clear();
                Ok(Value::None)
            }),
            ("copy", |_, a| {
                Ok(Value::dict(this_alone(&a, "copy")?.copy()))
            }),
            ("__contains__", |vm, a| {
                let me = this(&a, "__contains__")?;
                let key = one_arg(&a, "dict", "__contains__")?;
                Ok(Value::bool(me.contains(vm, &key)?))
            }),
            ("__getitem__", |vm, a| {
                // Receives a dict subclass instance as is (see `value_base`), so that
                // `super().__getitem__(k)` still asks its `__missing__`.
                if let Value::Instance(i) = receiver_to_check(&a) {
                    if let Some(base @ Value::Dict(_)) = i.base() {
                        let key = one_arg(&a, "dict", "__getitem__")?;
                        return vm.get_item_on_base(&Value::Instance(i.clone()), base, &key);
                    }
                }
                let me = this(&a, "__getitem__")?;
                let key = one_arg(&a, "dict", "__getitem__")?;
                vm.get_item(&Value::Dict(me), &key)
            }),
            ("__setitem__", |vm, a| {
                let me = this(&a, "__setitem__")?;
                slot_wrapper_pair(&a, "__setitem__")?;
                vm.set_item(&Value::Dict(me), a.pos[1].clone(), a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__delitem__", |vm, a| {
                let me = this(&a, "__delitem__")?;
                slot_wrapper(&a, "__delitem__", 1)?;
                vm.del_item(&Value::Dict(me), &a.pos[1])?;
                Ok(Value::None)
            }),
            ("__len__", |_, a| {
                let me = this(&a, "__len__")?;
                slot_wrapper(&a, "__len__", 0)?;
                Ok(Value::from(me.len()))
            }),
        ],
    );
    add_classmethods(
        &t.dict,
        &[("fromkeys", |vm, a| {
            positional(&a, "dict", "fromkeys", 1, 2)?;
            let v = a.pos.get(2).cloned().or_none();
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
            let d = PyDict::new_tracked();
            for k in vm.collect_iterable(&a.pos[1])? {
                d.set(vm, k, v.clone())?;
            }
            Ok(Value::Dict(d))
        })],
    );
}
