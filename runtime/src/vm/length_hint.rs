//! How many items an iterable expects to give (CPython's `PyObject_LengthHint`), and the
//! collections that ask before they fill: `list()`, `tuple()`, `list.extend`, `[*x]`,
//! `sorted()`. Only user objects go through it: the builtin containers' sizes are known
//! and their iterators' hints cannot be wrong.

use num_traits::ToPrimitive;

use crate::objects::int;
use crate::objects::{types, PyErr, PyResult, Value};

use super::Vm;

fn ssize_overflow() -> PyErr {
    PyErr::overflow_error("Python int too large to convert to C ssize_t")
}

impl Vm {
    /// `len(v)` when `v` has a length, else what its type's `__length_hint__` says, else
    /// `default`. A TypeError from either (or a NotImplemented hint) means "no hint";
    /// other errors and bad results raise as in CPython.
    pub fn length_hint(&mut self, v: &Value, default: usize) -> PyResult<usize> {
        let ty = v.type_of();
        let has_len = match v {
            Value::Instance(_) => ty.lookup("__len__").is_some(),
            Value::Range(_) => true,
            _ => false,
        };
        if has_len {
            match self.len(v) {
                Ok(n) => return Ok(n),
                Err(e) if e.is_instance(&types().exc.type_error) => {}
                Err(e) => return Err(e),
            }
        }
        let Some(method) = ty.lookup("__length_hint__") else {
            return Ok(default);
        };
        let hint = match self.call_special(&method, vec![v.clone()]) {
            Ok(Value::NotImplemented) => return Ok(default),
            Ok(r) => r,
            Err(e) if e.is_instance(&types().exc.type_error) => return Ok(default),
            Err(e) => return Err(e),
        };
        // An int subclass's instance counts by its value.
        let value = match &hint {
            Value::Instance(_) => super::subclass::base_value(&hint),
            _ => Some(hint.clone()),
        };
        let n = match value.as_ref().and_then(int::to_bigint) {
            Some(n) => n,
            None => {
                return Err(PyErr::type_error(format!(
                    "__length_hint__ must be an integer, not {}",
                    hint.type_name()
                )))
            }
        };
        let n = n.to_i64().ok_or_else(ssize_overflow)?;
        usize::try_from(n).map_err(|_| PyErr::value_error("__length_hint__() should return >= 0"))
    }

    /// `list(v)` for the collections that size themselves first (`list()`, `tuple()`,
    /// `[*v]`, `sorted()`; `list.extend` through `collect_iterable_into`).
    pub fn collect_iterable_hinted(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !wants_hint(v) {
            return self.collect_iterable(v);
        }
        let mut out = Vec::new();
        self.collect_iterable_into(v, &mut out)?;
        Ok(out)
    }

    /// Before filling `out` from the iterator of `v` (already made, as CPython makes it
    /// first): a user object's length or hint is asked and checked, and room for that
    /// many items reserved, so a hint beyond memory is a MemoryError, as in CPython.
    pub(super) fn reserve_for_hint(&mut self, v: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        if !wants_hint(v) {
            return Ok(());
        }
        let hint = self.length_hint(v, 8)?;
        out.try_reserve_exact(hint)
            .map_err(|_| PyErr::memory_error())
    }
}

/// Only user objects are asked: their `__len__`/`__length_hint__` may say anything.
fn wants_hint(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}
