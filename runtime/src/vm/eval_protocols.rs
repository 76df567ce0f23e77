//! The statement protocols the dispatch loop calls out to: making an exception from
//! `raise`'s operand, matching `except T:` clauses, and entering a `with` block's
//! context manager.

use crate::objects::{types, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// Turns the operand of `raise` into an exception: an instance, or a class to call.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(PyErr::from_instance(i.clone())),
            Value::Type(t) if t.is_subtype(&types().exc.base_exception) => {
                let inst = self.call(&v, vec![])?;
                match inst {
                    Value::Instance(i) if i.exc.is_some() => Ok(PyErr::from_instance(i)),
                    other => Err(PyErr::type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        t.repr(),
                        other.type_name()
                    ))),
                }
            }
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// `except T:` matching; T may be a class or a tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        // As CPython, the whole clause is checked before matching: every member of a tuple
        // must be an exception class (a nested tuple is not).
        let is_exception_class =
            |t: &Value| matches!(t, Value::Type(t) if t.is_subtype(&types().exc.base_exception));
        let valid = match ty {
            Value::Tuple(items) => items.items.iter().all(is_exception_class),
            other => is_exception_class(other),
        };
        if !valid {
            return Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let class = exc.type_of();
        Ok(match ty {
            Value::Tuple(items) => items
                .items
                .iter()
                .any(|t| matches!(t, Value::Type(t) if class.is_subtype(t))),
            Value::Type(t) => class.is_subtype(t),
            _ => false,
        })
    }

    /// `with` entry: returns the bound `__exit__` and the result of `__enter__`.
    pub(super) fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let ty = mgr.type_of();
        let (Some(enter), Some(exit)) = (ty.lookup("__enter__"), ty.lookup("__exit__")) else {
            let missing = if ty.lookup("__enter__").is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                ty.name(),
                missing
            )));
        };
        let exit = self.bind_descriptor(exit, mgr.clone(), &ty)?;
        let enter = self.bind_descriptor(enter, mgr.clone(), &ty)?;
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }
}
