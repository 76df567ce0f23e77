//! The `__get__` of the method wrappers: `classmethod` and `staticmethod` objects, and the
//! unbound methods of builtin types (`int.__add__.__get__(1)` is the method-wrapper
//! `(1).__add__`). This is what attribute look-up does implicitly, callable by hand as
//! `cm.__get__(None, Cls)`; look-up itself binds them without coming here (`attr.rs`).

use crate::objects::function::{Args, Descriptor, PyBuiltin};
use crate::objects::methods::{add_methods, wrong_receiver};
use crate::objects::{types, PyErr, PyResult, Value};

use super::Vm;

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`, or to `obj`'s class.
fn classmethod_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__get__", 2, 3)?;
    let Value::Descriptor(d) = &a.pos[0] else {
        return Err(wrong_receiver("__get__", "classmethod", &a.pos[0]));
    };
    let Descriptor::ClassMethod(f, _) = &**d else {
        return Err(wrong_receiver("__get__", "classmethod", &a.pos[0]));
    };
    let owner = match a.pos.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Type(a.pos[1].type_of()),
    };
    match &owner {
        Value::Type(cls) => vm.bind_classmethod(f, cls),
        _ => Ok(vm.bind(f.clone(), owner)),
    }
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped function itself.
fn staticmethod_get(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__get__", 2, 3)?;
    match &a.pos[0] {
        Value::Descriptor(d) => match &**d {
            Descriptor::StaticMethod(f, _) => Ok(f.clone()),
            _ => Err(wrong_receiver("__get__", "staticmethod", &a.pos[0])),
        },
        other => Err(wrong_receiver("__get__", "staticmethod", other)),
    }
}

/// `slot_wrapper.__get__(obj, type=None)` / `method_descriptor.__get__`: the method bound to
/// `obj` (itself for None), which must be an instance of the type that defines it.
fn builtin_method_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__get__", 2, 3)?;
    let Value::Builtin(b) = &a.pos[0] else {
        return Err(wrong_receiver("__get__", "wrapper_descriptor", &a.pos[0]));
    };
    let obj = &a.pos[1];
    if obj.is_none() || b.bound_self.is_some() {
        return Ok(a.pos[0].clone());
    }
    check_receiver_type(vm, b, obj)?;
    Ok(b.bind(obj.clone()))
}

/// Binding the method `b` of a builtin type to `obj` requires `obj` to be an instance of
/// that type: "descriptor 'upper' for 'str' objects doesn't apply to a 'B' object".
pub fn check_receiver_type(vm: &Vm, b: &PyBuiltin, obj: &Value) -> PyResult<()> {
    if let Some(Value::Type(home)) = super::builtin_names::home_type(vm, b) {
        if !obj.type_of().is_subtype(&home) {
            return Err(PyErr::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                b.name,
                home.name(),
                obj.type_name()
            )));
        }
    }
    Ok(())
}

pub fn register() {
    add_methods(
        &types().wrapper_descriptor,
        &[("__get__", builtin_method_get)],
    );
    add_methods(
        &types().method_descriptor,
        &[("__get__", builtin_method_get)],
    );
    add_methods(&types().classmethod, &[("__get__", classmethod_get)]);
    add_methods(&types().staticmethod, &[("__get__", staticmethod_get)]);
}
