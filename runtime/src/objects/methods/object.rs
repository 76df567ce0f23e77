//! Methods of `object`, `type`, `BaseException`, generators and the builtin
//! iterators: what user code reaches through `super().__init__(...)`, `object.__setattr__`,
//! `gen.send(...)` and the like.

use crate::objects::OrNone;
use std::rc::Rc;

use super::method_args;
use super::{add_classmethods, add_methods, receiver, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyInstance, PyResult, PyType, Value};
use crate::vm::generator::{receiver_of_kind, GenKind};
use crate::vm::Vm;

pub fn register() {
    let t = types();
    add_methods(
        &t.object,
        &[
            ("__init__", object_init),
            ("__new__", object_new),
            ("__repr__", |vm, a| {
                super::method_args::slot_wrapper(&a, "__repr__", 0)?;
                object_repr(vm, a)
            }),
            ("__str__", |vm, a| {
                super::method_args::slot_wrapper(&a, "__str__", 0)?;
                Ok(Value::Str(vm.to_str(&receiver(&a))?))
            }),
            ("__eq__", |_, a| {
                method_args::slot_wrapper(&a, "__eq__", 1)?;
                let (x, y) = (receiver(&a), a.pos.get(1).cloned().or_none());
                Ok(if x.is(&y) {
                    Value::bool(true)
                } else {
                    Value::NotImplemented
                })
            }),
            ("__ne__", |vm, a| {
                method_args::slot_wrapper(&a, "__ne__", 1)?;
                let (x, y) = (receiver(&a), a.pos.get(1).cloned().or_none());
                // Like CPython: only the receiver's own `__eq__` is asked, and any
                // result but NotImplemented is inverted by its truth value.
                match vm.try_dunder(&x, "__eq__", &y)? {
                    Some(r) => Ok(Value::bool(!vm.truthy(&r)?)),
                    None => Ok(Value::NotImplemented),
                }
            }),
            ("__hash__", |_, a| {
                super::method_args::slot_wrapper(&a, "__hash__", 0)?;
                Ok(Value::Int(receiver(&a).id() >> 4))
            }),
            ("__setattr__", |vm, a| {
                method_args::slot_wrapper_pair(&a, "__setattr__")?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
                if matches!(a.pos[0], Value::Type(_)) {
                    // A class's attributes go through type's own setattr (CPython's hackcheck).
                    return Err(PyErr::type_error(
                        "can't apply this __setattr__ to type object",
                    ));
                }
                // A str subclass name is kept as the instance dict's key.
                let key = (!matches!(a.pos[1], Value::Str(_))).then_some(&a.pos[1]);
                vm.generic_setattr_key(&a.pos[0], name, key, a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__getattribute__", |vm, a| {
                method_args::slot_wrapper(&a, "__getattribute__", 1)?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
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
                method_args::slot_wrapper(&a, "__delattr__", 1)?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
                if matches!(a.pos[0], Value::Type(_)) {
                    // A class's attributes go through type's own setattr (CPython's hackcheck).
                    return Err(PyErr::type_error(
                        "can't apply this __delattr__ to type object",
                    ));
                }
                vm.generic_delattr(&a.pos[0], name)?;
                Ok(Value::None)
            }),
            ("__format__", |vm, a| {
                let spec = method_args::format_spec_arg(&a, "object")?;
                if !spec.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        receiver(&a).type_name()
                    )));
                }
                Ok(Value::Str(vm.to_str(&receiver(&a))?))
            }),
            ("__dir__", |vm, a| {
                method_args::no_args(&a, "object", "__dir__")?;
                Ok(vm.object_dir(&receiver(&a)))
            }),
        ],
    );
    add_classmethods(
        &t.object,
        &[
            ("__init_subclass__", |_, a| {
                let cls = match receiver(&a) {
                    Value::Type(t) => t.name(),
                    other => other.type_name(),
                };
                if !a.kw.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        cls
                    )));
                }
                if a.pos.len() > 1 {
                    return Err(PyErr::type_error(format!(
                        "{}.__init_subclass__() takes no arguments ({} given)",
                        cls,
                        a.pos.len() - 1
                    )));
                }
                Ok(Value::None)
            }),
            // What `abc.ABCMeta.__subclasscheck__` asks first: "no opinion".
            ("__subclasshook__", |_, a| {
                if !a.kw.is_empty() {
                    return Err(PyErr::type_error(
                        "__subclasshook__() takes no keyword arguments",
                    ));
                }
                Ok(Value::NotImplemented)
            }),
        ],
    );
    // The namespace of a class statement: an empty dict, whatever the arguments.
    add_classmethods(
        &t.type_,
        &[("__prepare__", |_, _| {
            Ok(Value::Dict(std::rc::Rc::new(crate::objects::PyDict::new())))
        })],
    );
    add_methods(
        &t.type_,
        &[
            ("__new__", |vm, a| crate::vm::classes::type_new(vm, a)),
            ("__init__", |_, a| {
                let n = a.pos.len().saturating_sub(1);
                if n == 1 && !a.kw.is_empty() {
                    return Err(PyErr::type_error(
                        "type.__init__() takes no keyword arguments",
                    ));
                }
                if n != 1 && n != 3 {
                    return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
                }
                Ok(Value::None)
            }),
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
            ("mro", |_, a| match super::receiver_to_check(&a) {
                Value::Type(t) => {
                    method_args::no_args(&a, "type", "mro")?;
                    Ok(Value::list(
                        t.mro
                            .borrow()
                            .iter()
                            .map(|c| Value::Type(c.clone()))
                            .collect(),
                    ))
                }
                other => Err(wrong_receiver("mro", "type", &other)),
            }),
            ("__getattribute__", |vm, a| {
                a.expect("__getattribute__", 2, 2)?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
                let Value::Type(t) = &a.pos[0] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                let meta = t.metatype();
                vm.type_getattribute(t, &meta, name)
            }),
            ("__setattr__", |vm, a| {
                a.expect("__setattr__", 3, 3)?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
                let Value::Type(t) = &a.pos[0] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                vm.type_setattr(t, name, a.pos[2].clone())?;
                Ok(Value::None)
            }),
            ("__delattr__", |vm, a| {
                a.expect("__delattr__", 2, 2)?;
                let name = &crate::modules::builtins_introspect::attr_name(&a.pos[1], "")?;
                let Value::Type(t) = &a.pos[0] else {
                    return Err(PyErr::type_error("attribute name must be string"));
                };
                vm.type_delattr(t, name)?;
                Ok(Value::None)
            }),
            ("__subclasses__", |_, a| match receiver(&a) {
                Value::Type(t) => {
                    method_args::no_args(&a, "type", "__subclasses__")?;
                    Ok(Value::list(
                        t.live_subclasses().into_iter().map(Value::Type).collect(),
                    ))
                }
                _ => Err(PyErr::type_error("__subclasses__() needs a type")),
            }),
            // `issubclass(sub, cls)` without asking a metaclass hook.
            ("__subclasscheck__", |_, a| {
                if !a.kw.is_empty() || method_args::nargs(&a) != 1 {
                    method_args::one_arg(&a, "type", "__subclasscheck__")?;
                }
                match (&a.pos[0], &a.pos[1]) {
                    (Value::Type(cls), Value::Type(sub)) => Ok(Value::bool(sub.is_subtype(cls))),
                    _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
                }
            }),
            ("__dir__", |vm, a| {
                method_args::no_args(&a, "type", "__dir__")?;
                Ok(vm.default_dir(&receiver(&a)))
            }),
            ("__instancecheck__", |vm, a| {
                if !a.kw.is_empty() || method_args::nargs(&a) != 1 {
                    method_args::one_arg(&a, "type", "__instancecheck__")?;
                }
                match (&a.pos[0], &a.pos[1]) {
                    // The check itself, without asking the metaclass again (its hook is
                    // this method when it does not override it).
                    (Value::Type(cls), obj) => Ok(Value::bool(obj.type_of().is_subtype(cls))),
                    (cls, obj) => Ok(Value::bool(
                        crate::modules::builtins_introspect::is_instance(vm, obj, cls)?,
                    )),
                }
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
                Value::Type(t) if !t.is_subtype(&types().exc.base_exception) => {
                    Err(PyErr::type_error(format!(
                        "BaseException.__new__({0}): {0} is not a subtype of BaseException",
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
                other => Err(PyErr::type_error(format!(
                    "BaseException.__new__(X): X is not a type object ({})",
                    other.type_name()
                ))),
            }),
            ("__str__", |vm, a| {
                let i = exc_receiver(&a, "__str__")?;
                method_args::slot_wrapper(&a, "__str__", 0)?;
                Ok(Value::string(
                    crate::objects::exception_attrs::exception_str(vm, &i)?,
                ))
            }),
            ("__repr__", |vm, a| {
                exc_receiver(&a, "__repr__")?;
                method_args::slot_wrapper(&a, "__repr__", 0)?;
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
            ("with_traceback", |vm, a| {
                exc_receiver(&a, "with_traceback")?;
                let tb = method_args::one_arg(&a, "BaseException", "with_traceback")?;
                let exc = receiver(&a);
                if let Value::Instance(i) = &exc {
                    crate::objects::exception_attrs::set_common_attr(vm, i, "__traceback__", &tb)?;
                }
                Ok(exc)
            }),
            ("add_note", |vm, a| {
                exc_receiver(&a, "add_note")?;
                let note = method_args::one_arg(&a, "BaseException", "add_note")?;
                crate::objects::exception_attrs::add_note(vm, &receiver(&a), &note)?;
                Ok(Value::None)
            }),
        ],
    );
    add_methods(
        &t.generator,
        &[
            ("send", |vm, a| {
                let g = receiver_of_kind(&a, GenKind::Generator, "send")?;
                method_args::one_arg(&a, "generator", "send")?;
                vm.generator_send(&g, a.pos[1].clone())
            }),
            ("throw", |vm, a| gen_throw(vm, a, GenKind::Generator)),
            ("close", |vm, a| {
                let g = receiver_of_kind(&a, GenKind::Generator, "close")?;
                method_args::no_args(&a, "generator", "close")?;
                vm.generator_close(&g)
            }),
            ("__next__", iterator_next),
            ("__iter__", iterator_iter),
        ],
    );
    let (sized, unhinted) = builtin_iterator_types(t);
    for it in sized.iter().chain(unhinted.iter()) {
        add_methods(
            it,
            &[("__next__", iterator_next), ("__iter__", iterator_iter)],
        );
    }
    for it in sized {
        add_methods(it, &[("__length_hint__", iterator_length_hint)]);
    }
    add_methods(
        &t.function,
        &[("__get__", |vm, a| {
            let obj = a.pos.get(1).cloned().or_none();
            if obj.is_none() {
                return Ok(receiver(&a));
            }
            Ok(vm.bind(receiver(&a), obj))
        })],
    );
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = crate::vm::builtin_new::checked_new_class(&types().object, a.pos.first())?;
    if t.builtin {
        // `object` itself, or a native type without a `__new__` of its own (`io.StringIO`).
        if let Some(ctor) = t.ctor.get() {
            return ctor(vm, a);
        }
        if !Rc::ptr_eq(&t, &types().object) {
            return Err(PyErr::type_error(format!(
                "object.__new__({0}) is not safe, use {0}.__new__()",
                t.name()
            )));
        }
    }
    if a.pos.len() > 1 || !a.kw.is_empty() {
        excess_new_args(&t)?;
    }
    crate::vm::classes::check_not_abstract(vm, &t)?;
    Ok(Value::Instance(PyInstance::new(t)))
}

/// `it.__next__()` of the generators and builtin iterators (a slot wrapper).
fn iterator_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_args::slot_wrapper(&a, "__next__", 0)?;
    vm.next_or_stop(&receiver(&a))
}

/// `it.__iter__()` of the generators and builtin iterators (a slot wrapper): itself.
fn iterator_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    method_args::slot_wrapper(&a, "__iter__", 0)?;
    Ok(receiver(&a))
}

/// `it.__length_hint__()` of the builtin iterators: how many items are left (0 once
/// exhausted, or once a dict or set it walks changed size).
fn iterator_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use crate::objects::iter::IterKind;
    let me = receiver(&a);
    let Value::Iter(it) = &me else {
        return Err(wrong_receiver("__length_hint__", "iterator", &me));
    };
    method_args::no_args(&a, &me.type_name(), "__length_hint__")?;
    let kind = it.kind.borrow();
    let left = match &*kind {
        IterKind::Reversed { idx, .. } => *idx,
        IterKind::Seq { seq, idx } => {
            let seq = seq.clone();
            let idx = *idx;
            drop(kind);
            return Ok(Value::Int(vm.len(&seq)?.saturating_sub(idx) as i64));
        }
        // The `__getitem__` protocol knows only when the object has a length.
        IterKind::GetItem { obj, idx } => {
            let (obj, idx) = (obj.clone(), *idx);
            drop(kind);
            if obj.type_of().lookup("__len__").is_none() {
                return Ok(Value::NotImplemented);
            }
            return Ok(Value::Int(
                (vm.len(&obj)? as i64).saturating_sub(idx).max(0),
            ));
        }
        IterKind::Bytes { data, idx } => {
            let data = data.clone();
            let idx = *idx;
            drop(kind);
            return Ok(Value::Int(vm.len(&data)?.saturating_sub(idx) as i64));
        }
        IterKind::Str { s, pos } => s.as_str().get(*pos..).map_or(0, |r| r.chars().count()),
        IterKind::Range { remaining, .. } => *remaining,
        IterKind::DictReversed(r) => r.length_hint(),
        IterKind::BigRange { remaining, .. } => {
            return Ok(Value::from_bigint(remaining.clone()));
        }
        IterKind::Dict {
            dict,
            len_at_start,
            unseen,
            ..
        } => {
            if dict.len() == *len_at_start {
                *unseen
            } else {
                0
            }
        }
        IterKind::Set {
            source: Value::Set(s) | Value::FrozenSet(s),
            pos,
            used_at_start,
        } => {
            let t = s.table.borrow();
            if t.len() != *used_at_start {
                0
            } else {
                let mut n = 0;
                let mut at = *pos;
                while let Some((i, _, _)) = t.next_active(at) {
                    n += 1;
                    at = i + 1;
                }
                n
            }
        }
        _ => 0,
    };
    Ok(Value::Int(left as i64))
}

/// `object.__new__(cls, *args)` with arguments: allowed only when `cls` overrides
/// `__init__` (which takes them) and not `__new__` (which should have consumed them).
fn excess_new_args(t: &Rc<PyType>) -> PyResult<()> {
    if t.layout != crate::objects::typeobj::Layout::Object {
        return Ok(());
    }
    if t.lookup_override("__new__").is_some() {
        return Err(PyErr::type_error(
            "object.__new__() takes exactly one argument (the type to instantiate)",
        ));
    }
    if t.lookup_override("__init__").is_none() {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            t.name()
        )));
    }
    Ok(())
}

/// `object.__init__(self, *args)`: arguments are an error once they reach it from an
/// `__init__` that passed them on (`super().__init__(**kw)`), or when the class has
/// neither `__init__` nor `__new__` to take them. (Classes built on a native type other
/// than `object` are left alone: their native `__init__`s are not all in place.)
fn object_init(_: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let t = receiver(&a).type_of();
        if t.layout == crate::objects::typeobj::Layout::Object {
            if t.lookup_override("__init__").is_some() {
                return Err(PyErr::type_error(
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                ));
            }
            if t.lookup_override("__new__").is_none() {
                return Err(PyErr::type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    t.name()
                )));
            }
        }
    }
    Ok(Value::None)
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

/// The exception a `BaseException` method was called on. The slot methods (`__str__`,
/// `__repr__`, `__init__`) word the error for another receiver as slot wrappers do.
fn exc_receiver(a: &Args, method: &str) -> PyResult<Rc<crate::objects::PyInstance>> {
    match a.pos.first() {
        Some(Value::Instance(i)) if i.exc.is_some() => Ok(i.clone()),
        Some(other) if matches!(method, "__str__" | "__repr__" | "__init__") => {
            Err(PyErr::type_error(format!(
                "descriptor '{}' requires a 'BaseException' object but received a '{}'",
                method,
                other.type_name()
            )))
        }
        other => Err(wrong_receiver(
            method,
            "BaseException",
            other.unwrap_or(&Value::Null),
        )),
    }
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exc_receiver(&a, "__init__")?;
    if let Value::Instance(i) = receiver(&a) {
        if i.exc.is_some() {
            let args = a.pos.get(1..).unwrap_or(&[]);
            crate::objects::exception_attrs::init_exception(vm, &i, args, &a.kw)?;
        }
    }
    Ok(Value::None)
}

pub fn gen_throw(vm: &mut Vm, a: Args, kind: GenKind) -> PyResult<Value> {
    let g = receiver_of_kind(&a, kind, "throw")?;
    method_args::positional(&a, kind.type_name(), "throw", 1, 3)?;
    let given = &a.pos[1..];
    match throw_exception(vm, given) {
        Ok(exc) => vm.generator_throw_given(&g, exc, Some(given)),
        Err(invalid) => vm.generator_throw_invalid(&g, invalid, given),
    }
}

/// The exception `throw(type[, value[, traceback]])` raises, made as CPython's generators
/// make it: a class is called with the value (unless the value is already an instance of
/// it), an instance takes no separate value, and a traceback given becomes its
/// `__traceback__`.
pub fn throw_exception(vm: &mut Vm, given: &[Value]) -> PyResult<PyErr> {
    let value = given.get(1).filter(|v| !v.is_none());
    let tb = given.get(2).filter(|v| !v.is_none());
    if let Some(tb) = tb {
        if tb.type_name() != "traceback" {
            return Err(PyErr::type_error(
                "throw() third argument must be a traceback object",
            ));
        }
    }
    let base = &types().exc.base_exception;
    let exc = match &given[0] {
        Value::Type(t) if t.is_subtype(base) => match value {
            Some(Value::Instance(i)) if i.exc.is_some() && i.class().is_subtype(t) => {
                PyErr::from_instance(i.clone())
            }
            Some(Value::Tuple(items)) => {
                let inst = vm.call(&given[0], items.items.clone())?;
                vm.make_exception(inst)?
            }
            Some(v) => {
                let inst = vm.call(&given[0], vec![v.clone()])?;
                vm.make_exception(inst)?
            }
            None => vm.make_exception(given[0].clone())?,
        },
        Value::Instance(i) if i.exc.is_some() => {
            if value.is_some() {
                return Err(PyErr::type_error(
                    "instance exception may not have a separate value",
                ));
            }
            PyErr::from_instance(i.clone())
        }
        other => {
            return Err(PyErr::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                other.type_name()
            )))
        }
    };
    if let Some(tb) = tb {
        crate::objects::exception_attrs::set_common_attr(vm, &exc.exc, "__traceback__", tb)?;
    }
    Ok(exc)
}

/// The builtin iterator types: those that know how many items remain (`__length_hint__`),
/// then the others.
pub fn builtin_iterator_types(
    t: &'static crate::objects::typeobj::Types,
) -> ([&'static Rc<PyType>; 18], [&'static Rc<PyType>; 6]) {
    let sized = [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.str_unicode_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.seq_iterator,
    ];
    let unhinted = [
        &t.memory_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.callable_iterator,
    ];
    (sized, unhinted)
}
