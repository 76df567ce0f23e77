//! `bytearray` values: a mutable byte buffer. A memoryview over a bytearray counts as an
//! export; while any export is alive the buffer may change its bytes but not its length
//! (CPython's `BufferError: Existing exports of data: object cannot be re-sized`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{types, PyErr, PyResult, Value};

pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
    exports: Cell<usize>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.data.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }

    /// A copy of the current contents.
    pub fn to_vec(&self) -> Vec<u8> {
        self.data.borrow().clone()
    }

    /// Replaces the contents; the caller has checked `check_resizable` if the length changes.
    pub fn set(&self, data: Vec<u8>) {
        *self.data.borrow_mut() = data;
    }

    /// Errors when a memoryview still looks at this buffer.
    pub fn check_resizable(&self) -> PyResult<()> {
        if self.exports.get() > 0 {
            return Err(buffer_error(
                "Existing exports of data: object cannot be re-sized",
            ));
        }
        Ok(())
    }

    /// A memoryview now looks at this buffer.
    pub fn export(&self) {
        self.exports.set(self.exports.get() + 1);
    }

    /// A memoryview of this buffer was released.
    pub fn unexport(&self) {
        self.exports.set(self.exports.get().saturating_sub(1));
    }
}

/// A new `bytearray` value.
pub fn bytearray_value(data: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(PyByteArray::new(data)))
}

/// `BufferError(msg)`.
pub fn buffer_error(msg: &str) -> PyErr {
    let t = types();
    let ty = t
        .exc
        .all
        .iter()
        .find(|ty| ty.name() == "BufferError")
        .cloned()
        .unwrap_or_else(|| t.exc.exception.clone());
    PyErr::new(&ty, msg)
}
