//! Reading a frame's closure cells, and the NameError / UnboundLocalError raised for a
//! local, cell, free or global name that holds no value.

use crate::objects::{types, PyErr, PyResult, Value};

pub(super) fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        &types().exc.unbound_local_error,
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            name
        ),
    )
}

pub(super) fn cell_name(frame: &super::Frame, i: usize) -> String {
    let co = &frame.code.code;
    if i < co.cellvars.len() {
        co.cellvars[i].clone()
    } else {
        co.freevars
            .get(i - co.cellvars.len())
            .cloned()
            .unwrap_or_default()
    }
}

/// The value in cell `i` of the frame; NameError/UnboundLocalError when it is empty.
#[inline]
pub(super) fn cell_value(frame: &super::Frame, i: usize) -> PyResult<Value> {
    match frame.cells.get(i).map(|c| c.get()) {
        Some(v) if !v.is_null() => Ok(v),
        _ => Err(unbound_deref(frame, i)),
    }
}

pub(super) fn unbound_deref(frame: &super::Frame, i: usize) -> PyErr {
    let name = cell_name(frame, i);
    if i < frame.code.code.cellvars.len() {
        unbound_local(&name)
    } else {
        PyErr::name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name
        ))
    }
}

pub(super) fn name_not_defined(name: &str) -> PyErr {
    let err = PyErr::name_error(format!("name '{}' is not defined", name));
    crate::objects::exception_members::set_field(&err.exc, "name", Value::str(name));
    err
}
