//! Methods of `object`, `type`, `BaseException`, `property`, generators and the builtin
//! iterators: what user code reaches through `super().__init__(...)`, `object.__setattr__`,
//! `prop.setter`, `gen.send(...)` and the like.

use std::rc::Rc;

use super::{add_classmethods, add_methods, receiver};
use crate::bytecode::CmpOp;
use crate::objects::function::{Args, Descriptor};
use crate::objects::{types, PyErr, PyInstance, PyResult, Value};
use crate::vm::Vm;

pub fn register() {
    let t = types();
    add_methods(
        &t.object,
        &[
            ("__init__", |_, _| Ok(Value::None)),
            ("__new__", object_new),
            ("__repr__", |vm, a| object_repr(vm, a)),
            ("__str__", |vm, a| Ok(Value::Str(vm.to_str(&receiver(&a))?))),
            ("__eq__", |_, a| {
                let (x, y) = (receiver(&a), a.pos.get(1).cloned().unwrap_or(Value::None));
                Ok(if x.is(&y) {
                    Value::Bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |vm, a| {
                let (x, y) = (receiver(&a), a.pos.get(1).cloned().unwrap_or(Value::None));
                let r = vm.compare(&x, &y, CmpOp::Eq)?;
                Ok(match r {
                    Value::Bool(b) => Value::Bool(!b),
                    other => other,
                })
            }),
            ("__hash__", |_, a| Ok(Value::Int(receiver(&a).id() >> 4))),
            ("__setattr__", |vm, a| {
                a.expect("__setattr__", 3, 3)?;
                let Value::Str(name) = &a.pos[1] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                vm.generic_setattr(&a.pos[0], name, a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__getattribute__", |vm, a| {
                a.expect("__getattribute__", 2, 2)?;
                let Value::Str(name) = &a.pos[1] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                let obj = a.pos[0].clone();
                let ty = obj.type_of();
                match vm.generic_getattr(&obj, &ty, name)? {
                    Some(v) => Ok(v),
                    None => Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        ty.name(),
                        name.as_str()
                    ))),
                }
            }),
            ("__delattr__", |vm, a| {
                a.expect("__delattr__", 2, 2)?;
                let Value::Instance(inst) = &a.pos[0] else {
                    return Err(PyErr::type_error("__delattr__ on a non-instance"));
                };
                let Value::Str(name) = &a.pos[1] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                if inst.dict.del_str(name.as_str()).is_none() {
                    let _ = vm;
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        inst.class().name(),
                        name.as_str()
                    )));
                }
                Ok(Value::None)
            }),
            ("__format__", |vm, a| {
                let spec = match a.pos.get(1) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                if !spec.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        receiver(&a).type_name()
                    )));
                }
                Ok(Value::Str(vm.to_str(&receiver(&a))?))
            }),
            ("__dir__", |vm, a| Ok(vm.default_dir(&receiver(&a)))),
        ],
    );
    add_classmethods(
        &t.object,
        &[
            ("__init_subclass__", |_, _| Ok(Value::None)),
            // What `abc.ABCMeta.__subclasscheck__` asks first: "no opinion".
            ("__subclasshook__", |_, _| Ok(Value::NotImplemented)),
        ],
    );
    add_methods(
        &t.type_,
        &[
            ("__new__", |vm, a| crate::vm::classes::type_new(vm, a)),
            ("__init__", |_, _| Ok(Value::None)),
            ("__call__", |vm, mut a| {
                let Value::Type(t) = receiver(&a) else {
                    return Err(PyErr::type_error("type.__call__ needs a type"));
                };
                a.pos.remove(0);
                crate::vm::classes::instantiate(vm, &t, a)
            }),
            ("__repr__", |vm, a| {
                Ok(Value::string(vm.repr(&receiver(&a))?))
            }),
            ("mro", |_, a| match receiver(&a) {
                Value::Type(t) => Ok(Value::list(
                    t.mro
                        .borrow()
                        .iter()
                        .map(|c| Value::Type(c.clone()))
                        .collect(),
                )),
                _ => Err(PyErr::type_error("mro() needs a type")),
            }),
            ("__subclasses__", |_, a| match receiver(&a) {
                Value::Type(t) => Ok(Value::list(
                    t.subclasses
                        .borrow()
                        .iter()
                        .filter_map(|w| w.upgrade())
                        .map(Value::Type)
                        .collect(),
                )),
                _ => Err(PyErr::type_error("__subclasses__() needs a type")),
            }),
            ("__instancecheck__", |vm, a| {
                a.expect("__instancecheck__", 2, 2)?;
                Ok(Value::Bool(crate::modules::builtins::is_instance(
                    vm, &a.pos[1], &a.pos[0],
                )?))
            }),
        ],
    );
    add_methods(
        &t.exc.base_exception,
        &[
            ("__init__", exc_init),
            ("__new__", |_, a| match receiver(&a) {
                // A group's message and exceptions are set by its own `__new__` only.
                Value::Type(t) if t.is_subtype(&types().exc.base_exception_group) => {
                    Err(PyErr::type_error(format!(
                        "BaseException.__new__({0}) is not safe, use {0}.__new__()",
                        t.name()
                    )))
                }
                Value::Type(t) => {
                    let inst = PyInstance::new(t);
                    if let Some(d) = &inst.exc {
                        d.borrow_mut().args = a.pos[1..].to_vec();
                    }
                    Ok(Value::Instance(inst))
                }
                _ => Err(PyErr::type_error("BaseException.__new__ needs a type")),
            }),
            ("__str__", |vm, a| {
                let v = receiver(&a);
                let args = match &v {
                    Value::Instance(i) => i
                        .exc
                        .as_ref()
                        .map(|d| d.borrow().args.clone())
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                Ok(match args.len() {
                    0 => Value::str(""),
                    1 => Value::Str(vm.to_str(&args[0])?),
                    _ => Value::string(vm.repr(&Value::tuple(args))?),
                })
            }),
            ("__repr__", |vm, a| {
                let v = receiver(&a);
                let (name, args) = match &v {
                    Value::Instance(i) => (
                        i.class().name(),
                        i.exc
                            .as_ref()
                            .map(|d| d.borrow().args.clone())
                            .unwrap_or_default(),
                    ),
                    _ => (String::new(), Vec::new()),
                };
                let inner = if args.len() == 1 {
                    vm.repr(&args[0])?
                } else {
                    let r = vm.repr(&Value::tuple(args.clone()))?;
                    r.trim_start_matches('(')
                        .trim_end_matches(')')
                        .trim_end_matches(',')
                        .to_string()
                };
                Ok(Value::string(format!("{}({})", name, inner)))
            }),
            ("with_traceback", |_, a| Ok(receiver(&a))),
            ("add_note", |_, a| {
                a.expect("add_note", 2, 2)?;
                let Value::Str(_) = &a.pos[1] else {
                    return Err(PyErr::type_error(format!(
                        "note must be a str, not '{}'",
                        a.pos[1].type_name()
                    )));
                };
                if let Value::Instance(i) = &a.pos[0] {
                    if let Some(d) = &i.exc {
                        d.borrow_mut().notes.push(a.pos[1].clone());
                    }
                }
                Ok(Value::None)
            }),
        ],
    );
    add_methods(
        &t.property,
        &[
            ("getter", |_, a| property_with(&a, 0)),
            ("setter", |_, a| property_with(&a, 1)),
            ("deleter", |_, a| property_with(&a, 2)),
            ("__get__", |vm, a| {
                let Value::Descriptor(d) = receiver(&a) else {
                    return Ok(Value::None);
                };
                let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
                if obj.is_none() {
                    return Ok(receiver(&a));
                }
                match &*d {
                    Descriptor::Property { fget, .. } => vm.call(fget, vec![obj]),
                    _ => Ok(Value::None),
                }
            }),
        ],
    );
    add_methods(
        &t.generator,
        &[
            ("send", |vm, a| {
                a.expect("send", 2, 2)?;
                match receiver(&a) {
                    Value::Generator(g) => vm.generator_send(&g, a.pos[1].clone()),
                    _ => Err(PyErr::type_error("send() on a non-generator")),
                }
            }),
            ("throw", gen_throw),
            ("close", |vm, a| match receiver(&a) {
                Value::Generator(g) => vm.generator_close(&g),
                _ => Err(PyErr::type_error("close() on a non-generator")),
            }),
            ("__next__", |vm, a| vm.next_or_stop(&receiver(&a))),
            ("__iter__", |_, a| Ok(receiver(&a))),
        ],
    );
    for it in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.memory_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
        &t.seq_iterator,
    ] {
        add_methods(
            it,
            &[
                ("__next__", |vm, a| vm.next_or_stop(&receiver(&a))),
                ("__iter__", |_, a| Ok(receiver(&a))),
            ],
        );
    }
    add_methods(
        &t.function,
        &[("__get__", |vm, a| {
            let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
            if obj.is_none() {
                return Ok(receiver(&a));
            }
            Ok(vm.bind(receiver(&a), obj))
        })],
    );
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match receiver(&a) {
        Value::Type(t) => {
            if t.builtin && !Rc::ptr_eq(&t, &types().object) {
                if let Some(ctor) = t.ctor.get() {
                    return ctor(vm, a);
                }
                return Err(PyErr::type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    t.name(),
                    t.name()
                )));
            }
            if t.layout == crate::objects::typeobj::Layout::Value {
                let mut rest = a;
                rest.pos.remove(0);
                return crate::vm::subclass::new_value_instance(vm, &t, rest);
            }
            crate::vm::classes::check_not_abstract(vm, &t)?;
            Ok(Value::Instance(PyInstance::new(t)))
        }
        other => Err(PyErr::type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            other.type_name()
        ))),
    }
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = receiver(&a);
    let ty = v.type_of();
    if let Value::Instance(_) = v {
        let module = ty.module_name().unwrap_or_else(|| "builtins".into());
        let prefix = if module == "builtins" {
            String::new()
        } else {
            format!("{}.", module)
        };
        return Ok(Value::string(format!(
            "<{}{} object at {:#x}>",
            prefix,
            ty.qualname.borrow(),
            v.id()
        )));
    }
    Ok(Value::string(vm.repr(&v)?))
}

fn exc_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Value::Instance(i) = receiver(&a) {
        if let Some(d) = &i.exc {
            d.borrow_mut().args = a.pos[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn property_with(a: &Args, which: usize) -> PyResult<Value> {
    a.expect_pos("property", 2, 2)?;
    let Value::Descriptor(d) = receiver(a) else {
        return Err(PyErr::type_error("not a property"));
    };
    let Descriptor::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &*d
    else {
        return Err(PyErr::type_error("not a property"));
    };
    let f = a.pos[1].clone();
    let (mut g, mut s, mut dl) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => dl = f,
    }
    Ok(Value::Descriptor(Rc::new(Descriptor::Property {
        fget: g,
        fset: s,
        fdel: dl,
        doc: doc.clone(),
    })))
}

pub fn gen_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("throw", 2, 4)?;
    let Value::Generator(g) = receiver(&a) else {
        return Err(PyErr::type_error("throw() on a non-generator"));
    };
    let exc = match (&a.pos[1], a.pos.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => {
            let t = a.pos[1].clone();
            match v {
                Value::Instance(i) if i.exc.is_some() => {
                    crate::objects::PyErr::from_instance(i.clone())
                }
                other => {
                    let inst = vm.call(&t, vec![other.clone()])?;
                    vm.make_exception(inst)?
                }
            }
        }
        (v, _) => vm.make_exception(v.clone())?,
    };
    vm.generator_throw(&g, exc)
}
