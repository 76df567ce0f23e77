//! `set` and `frozenset`: a dict table whose values are unused.

use super::dict::PyDict;
use super::{PyResult, Value};
use crate::vm::Vm;

pub struct PySet {
    pub table: PyDict,
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: PyDict::new(),
        }
    }

    pub fn from_values(vm: &mut Vm, items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.table.set(vm, v, Value::None)
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.table.contains(vm, v)
    }

    /// Removes v; true if it was there.
    pub fn discard(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.table.remove(vm, v)?.is_some())
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.keys()
    }

    pub fn copy(&self) -> PySet {
        PySet {
            table: self.table.copy(),
        }
    }

    pub fn clear(&self) {
        self.table.clear()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for k in self.table.keys() {
            visit(&k);
        }
    }
}
