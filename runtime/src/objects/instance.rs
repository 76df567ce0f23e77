//! Instances of user classes (and of the builtin exception classes): a class pointer, an
//! attribute dict, and for exceptions the exception state.

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcData;
use super::typeobj::Layout;
use super::{PyDict, PyType, Value};

pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    /// Present when the class derives from BaseException.
    pub exc: Option<RefCell<ExcData>>,
}

impl PyInstance {
    pub fn new(class: Rc<PyType>) -> Rc<PyInstance> {
        let exc = (class.layout == Layout::Exception).then(|| RefCell::new(ExcData::default()));
        Rc::new(PyInstance {
            class: RefCell::new(class),
            dict: Rc::new(PyDict::new()),
            exc,
        })
    }

    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Type(self.class()));
        visit(&Value::Dict(self.dict.clone()));
        if let Some(e) = &self.exc {
            e.borrow().trace(visit);
        }
    }
}
