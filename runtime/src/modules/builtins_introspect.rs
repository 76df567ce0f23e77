//! The introspection builtins: `isinstance`, `issubclass`, `getattr`, `setattr`, `hasattr`,
//! `delattr`, `callable` and `dir`, with the checks they share with the rest of the VM
//! (`is_instance` for `except` and class patterns, `attr_name` for the `__getattribute__`
//! family, `is_callable`).

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, PyStr, PyType, Value};
use crate::vm::Vm;

use super::builtins_exec;

/// `isinstance(obj, cls)` semantics shared with `except` and `issubclass`.
pub fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            // CPython answers an exact type match without asking `__instancecheck__`.
            if Rc::ptr_eq(&obj.type_of(), t) {
                return Ok(true);
            }
            if !t.metatype().builtin {
                if let Some(check) = t.metatype().lookup("__instancecheck__") {
                    let r = vm.nested(" in __instancecheck__", |vm| {
                        vm.call_special(&check, vec![cls.clone(), obj.clone()])
                    })?;
                    return vm.truthy(&r);
                }
            }
            Ok(obj.type_of().is_subtype(t))
        }
        Value::Tuple(items) => {
            for c in &items.items {
                if is_instance(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match cls.type_of().lookup("__instancecheck__") {
            Some(check) if !cls.type_of().builtin => {
                let r = vm.nested(" in __instancecheck__", |vm| {
                    vm.call_special(&check, vec![cls.clone(), obj.clone()])
                })?;
                vm.truthy(&r)
            }
            _ => Err(PyErr::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

pub(super) fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.refuse_keywords("isinstance")?;
    isinstance_fast(vm, &args.pos)
}

pub(super) fn isinstance_fast(vm: &mut Vm, pos: &[Value]) -> PyResult<Value> {
    crate::objects::function::expect_count("isinstance", pos.len(), 2, 2)?;
    Ok(Value::bool(is_instance(vm, &pos[0], &pos[1])?))
}

pub(super) fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("issubclass", 2, 2)?;
    let Value::Type(sub) = &args.pos[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, sub: &Rc<PyType>, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Type(t) => {
                if !t.metatype().builtin {
                    if let Some(c) = t.metatype().lookup("__subclasscheck__") {
                        let r = vm.nested(" in __subclasscheck__", |vm| {
                            vm.call_special(&c, vec![cls.clone(), Value::Type(sub.clone())])
                        })?;
                        return vm.truthy(&r);
                    }
                }
                Ok(sub.is_subtype(t))
            }
            Value::Tuple(items) => {
                for c in &items.items {
                    if check(vm, sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match cls.type_of().lookup("__subclasscheck__") {
                Some(c) if !cls.type_of().builtin => {
                    let r = vm.nested(" in __subclasscheck__", |vm| {
                        vm.call_special(&c, vec![cls.clone(), Value::Type(sub.clone())])
                    })?;
                    vm.truthy(&r)
                }
                _ => Err(PyErr::type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
        }
    }
    Ok(Value::bool(check(vm, sub, &args.pos[1])?))
}

/// The attribute-name argument of getattr/setattr/delattr and the `__getattribute__`
/// family of slot wrappers: only a str (or a str subclass's instance, whose str is used)
/// is accepted.
pub(crate) fn attr_name(v: &Value, _func: &str) -> PyResult<Rc<PyStr>> {
    let text = match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match i.base() {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    };
    text.cloned().ok_or_else(|| {
        PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_name()
        ))
    })
}

pub(super) fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("getattr", 2, 3)?;
    let name = attr_name(&args.pos[1], "getattr")?;
    match args.pos.get(2) {
        Some(default) => Ok(vm
            .lookup_attr(&args.pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&args.pos[0], &name),
    }
}

pub(super) fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("setattr", 3, 3)?;
    let name = attr_name(&args.pos[1], "setattr")?;
    match &args.pos[1] {
        Value::Str(_) => vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?,
        key => vm.set_attr_by_key(&args.pos[0], &name, key, args.pos[2].clone())?,
    }
    Ok(Value::None)
}

pub(super) fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("hasattr", 2, 2)?;
    let name = attr_name(&args.pos[1], "hasattr")?;
    Ok(Value::bool(vm.lookup_attr(&args.pos[0], &name)?.is_some()))
}

pub(super) fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("delattr", 2, 2)?;
    let name = attr_name(&args.pos[1], "delattr")?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        // A staticmethod object is callable since 3.10; classmethod and property are not.
        Value::Descriptor(d) => {
            matches!(
                &**d,
                crate::objects::function::Descriptor::StaticMethod(_, _)
            )
        }
        other => {
            let t = other.type_of();
            !t.builtin && t.lookup("__call__").is_some()
        }
    }
}

pub(super) fn builtin_callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("callable", 1, 1)?;
    Ok(Value::bool(is_callable(&args.pos[0])))
}

pub(super) fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("dir", 0, 1)?;
    match args.pos.first() {
        Some(obj) => vm.dir_of(obj),
        None => {
            let mut names = match builtins_exec::builtin_locals(vm, Args::default())? {
                Value::Dict(d) => d.keys(),
                // A mapping `exec` ran the code with: its keys().
                mapping => builtins_exec::mapping_keys(vm, &mapping)?,
            };
            crate::objects::sort::sort_items(vm, &mut names, None, false)?;
            Ok(Value::list(names))
        }
    }
}
