//! Assignment and deletion of a Python function's attributes (`f.__code__ = ...`,
//! `del f.__defaults__`, ...): the getset attributes CPython gives functions check the new
//! value's type, the read-only ones refuse, and any other name goes to the function's
//! `__dict__`.

use std::rc::Rc;

use crate::objects::function::PyFunction;
use crate::objects::{PyErr, PyResult, PyStr, Value};

use super::attr::no_attribute;

/// `setattr(f, name, v)` (`Some(v)`) or `delattr(f, name)` (`None`) on function `f`;
/// `func` is `f` as a value, for the error message of a missing attribute.
pub(super) fn set_function_attr(
    f: &PyFunction,
    func: &Value,
    name: &Rc<PyStr>,
    v: Option<Value>,
) -> PyResult<()> {
    match name.as_str() {
        "__name__" | "__qualname__" => {
            let Some(Value::Str(text)) = &carried_value(v) else {
                return Err(PyErr::type_error(format!(
                    "{} must be set to a string object",
                    name.as_str()
                )));
            };
            let text = text.as_str().to_string();
            match name.as_str() {
                "__name__" => *f.name.borrow_mut() = text,
                _ => *f.qualname.borrow_mut() = text,
            }
        }
        "__code__" => set_code(f, v)?,
        // Deleting these members leaves None behind, as in CPython.
        "__doc__" => *f.doc.borrow_mut() = v.unwrap_or(Value::None),
        "__module__" => *f.module.borrow_mut() = v.unwrap_or(Value::None),
        "__defaults__" => {
            *f.defaults.borrow_mut() = match carried_value(v) {
                Some(Value::Tuple(t)) => Some(t),
                None | Some(Value::None) => None,
                Some(_) => {
                    return Err(PyErr::type_error(
                        "__defaults__ must be set to a tuple object",
                    ))
                }
            }
        }
        "__kwdefaults__" => {
            *f.kwdefaults.borrow_mut() = match carried_value(v) {
                Some(Value::Dict(d)) => Some(d),
                None | Some(Value::None) => None,
                Some(_) => {
                    return Err(PyErr::type_error(
                        "__kwdefaults__ must be set to a dict object",
                    ))
                }
            }
        }
        "__annotations__" => {
            *f.annotations.borrow_mut() = match carried_value(v) {
                Some(Value::Dict(d)) => Some(d),
                // The next read makes a fresh, empty dict.
                None | Some(Value::None) => None,
                Some(_) => {
                    return Err(PyErr::type_error(
                        "__annotations__ must be set to a dict object",
                    ))
                }
            }
        }
        "__dict__" => {
            let d = match v {
                Some(Value::Dict(d)) => d,
                Some(other) => {
                    return Err(PyErr::type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        other.type_name()
                    )))
                }
                None => return Err(PyErr::type_error("cannot delete __dict__")),
            };
            let old = f.dict.borrow_mut().replace(d);
            drop(old);
        }
        "__globals__" | "__closure__" | "__builtins__" => {
            return Err(PyErr::attribute_error("readonly attribute"))
        }
        _ => match v {
            Some(v) => f.attr_dict().set_str_key(name.clone(), v),
            None => {
                if f.attr_dict().del_str(name.as_str()).is_none() {
                    return Err(no_attribute(func, name.as_str()));
                }
            }
        },
    }
    Ok(())
}

/// A str, tuple or dict subclass instance stands for the builtin value it carries (kept
/// as that value: reading the attribute back gives the base type).
fn carried_value(v: Option<Value>) -> Option<Value> {
    v.map(|v| super::subclass::base_value(&v).unwrap_or(v))
}

/// `f.__code__ = code`: the new code must need as many free variables as `f`'s closure
/// holds, since the closure cells are the function's and stay with it.
fn set_code(f: &PyFunction, v: Option<Value>) -> PyResult<()> {
    let Some(Value::Code(code)) = v else {
        return Err(PyErr::type_error("__code__ must be set to a code object"));
    };
    let free = code.code.freevars.len();
    if free != f.closure.len() {
        return Err(PyErr::value_error(format!(
            "{}() requires a code object with {} free vars, not {}",
            f.name.borrow(),
            f.closure.len(),
            free
        )));
    }
    let old = f.code.replace(code);
    drop(old);
    Ok(())
}
