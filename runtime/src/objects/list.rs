//! `list`: a mutable sequence of values behind a `RefCell`.

use std::cell::RefCell;

use super::Value;

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
}

/// Items are released last to first, as CPython's list does (observable through `__del__`).
impl Drop for PyList {
    fn drop(&mut self) {
        let items = self.items.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn push(&self, v: Value) {
        self.items.borrow_mut().push(v);
    }

    /// A snapshot of the items (for iteration that may call back into Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().clone()
    }
}
