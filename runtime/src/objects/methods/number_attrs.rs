//! The data attributes of the numeric types — `int.real`, `imag`, `numerator`,
//! `denominator`, `float.real`/`imag`, `complex.real`/`imag` — as read-only properties in
//! the types' dicts, where CPython keeps them: `dir(int)` lists them, `int.real` exists,
//! and assigning or deleting one fails with CPython's message (`complex`'s are member
//! slots, refused as "readonly attribute").

use std::rc::Rc;

use crate::objects::function::{Args, Descriptor, NativeFn};
use crate::objects::{types, PyBuiltin, PyErr, PyResult, PyType, Value};

fn receiver_of(a: &Args, ty: &str, name: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) if ty == "int" => {
            Ok(v.clone())
        }
        Some(v @ Value::Float(_)) if ty == "float" => Ok(v.clone()),
        Some(v @ Value::Complex(..)) if ty == "complex" => Ok(v.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            ty,
            other.type_name()
        ))),
        None => Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name, ty
        ))),
    }
}

/// The int itself, as an int (a bool's value is 0 or 1).
fn int_value(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }
}

fn add_getters(ty: &PyType, getters: &[(&'static str, NativeFn)], member: bool) {
    for (name, getter) in getters {
        let mut fget = PyBuiltin::new(name, *getter);
        // Called on an instance of a subclass, it reads the number the instance extends.
        fget.on_base_value = true;
        let fset = if member {
            PyBuiltin::value(name, |_, _| {
                Err(PyErr::attribute_error("readonly attribute"))
            })
        } else {
            Value::None
        };
        ty.dict.set_str(
            name,
            Value::Descriptor(Rc::new(Descriptor::Property {
                fget: Value::Builtin(Rc::new(fget)),
                fset: fset.clone(),
                fdel: fset,
                doc: Value::None,
            })),
        );
    }
}

pub fn register() {
    let t = types();
    add_getters(
        &t.int,
        &[
            ("real", |_, a| {
                Ok(int_value(receiver_of(&a, "int", "real")?))
            }),
            ("imag", |_, a| {
                receiver_of(&a, "int", "imag")?;
                Ok(Value::Int(0))
            }),
            ("numerator", |_, a| {
                Ok(int_value(receiver_of(&a, "int", "numerator")?))
            }),
            ("denominator", |_, a| {
                receiver_of(&a, "int", "denominator")?;
                Ok(Value::Int(1))
            }),
        ],
        false,
    );
    add_getters(
        &t.float,
        &[
            ("real", |_, a| receiver_of(&a, "float", "real")),
            ("imag", |_, a| {
                receiver_of(&a, "float", "imag")?;
                Ok(Value::Float(0.0))
            }),
        ],
        false,
    );
    add_getters(
        &t.complex,
        &[
            ("real", |_, a| match receiver_of(&a, "complex", "real")? {
                Value::Complex(r, _) => Ok(Value::Float(r)),
                _ => Ok(Value::Float(0.0)),
            }),
            ("imag", |_, a| match receiver_of(&a, "complex", "imag")? {
                Value::Complex(_, i) => Ok(Value::Float(i)),
                _ => Ok(Value::Float(0.0)),
            }),
        ],
        true,
    );
}
