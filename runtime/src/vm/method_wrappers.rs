//! The methods of `classmethod` and `staticmethod` objects themselves: `__get__` (what
//! attribute look-up does implicitly, callable by hand as `cm.__get__(None, Cls)`).
//! Attribute look-up on a class binds them without coming here (`attr.rs`).

use crate::objects::function::{Args, Descriptor};
use crate::objects::methods::{add_methods, wrong_receiver};
use crate::objects::{types, PyResult, Value};

use super::Vm;

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`, or to `obj`'s class.
fn classmethod_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__get__", 2, 3)?;
    let Value::Descriptor(d) = &a.pos[0] else {
        return Err(wrong_receiver("__get__", "classmethod", &a.pos[0]));
    };
    let Descriptor::ClassMethod(f) = &**d else {
        return Err(wrong_receiver("__get__", "classmethod", &a.pos[0]));
    };
    let owner = match a.pos.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Type(a.pos[1].type_of()),
    };
    Ok(vm.bind(f.clone(), owner))
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped function itself.
fn staticmethod_get(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("__get__", 2, 3)?;
    match &a.pos[0] {
        Value::Descriptor(d) => match &**d {
            Descriptor::StaticMethod(f) => Ok(f.clone()),
            _ => Err(wrong_receiver("__get__", "staticmethod", &a.pos[0])),
        },
        other => Err(wrong_receiver("__get__", "staticmethod", other)),
    }
}

pub fn register() {
    add_methods(&types().classmethod, &[("__get__", classmethod_get)]);
    add_methods(&types().staticmethod, &[("__get__", staticmethod_get)]);
}
