//! Module objects: a name and a namespace dict.

use std::cell::Cell;
use std::rc::Rc;

use super::{PyDict, Value};

pub struct PyModule {
    pub name: String,
    pub dict: Rc<PyDict>,
    /// A weak reference was made to this module: its death is reported to
    /// `vm/finalize.rs`, which runs the references' callbacks.
    pub weakly_referenced: Cell<bool>,
}

impl Drop for PyModule {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

impl PyModule {
    pub fn new(name: &str) -> PyModule {
        let dict = PyDict::new_tracked();
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__package__", Value::None);
        dict.set_str("__loader__", Value::None);
        dict.set_str("__spec__", Value::None);
        PyModule::with_dict(name, dict)
    }

    pub fn with_dict(name: &str, dict: Rc<PyDict>) -> PyModule {
        PyModule {
            name: name.to_string(),
            dict,
            weakly_referenced: Cell::new(false),
        }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.dict.get_str(name)
    }

    pub fn set(&self, name: &str, v: Value) {
        self.dict.set_str(name, v)
    }
}
