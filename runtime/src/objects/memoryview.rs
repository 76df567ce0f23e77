//! `memoryview` values: a one-dimensional view of unsigned bytes (format `'B'`) over a
//! `bytes` or `bytearray`. A view is a start, a step and a length into its source, so a
//! slice of a view is another view of the same memory; writes through a view of a
//! bytearray change the bytearray. Views of a bytearray are counted as exports until they
//! are released (or dropped), which keeps the bytearray from changing its length.

use std::cell::Cell;

use super::{PyErr, PyResult, Value};

pub struct PyMemoryView {
    /// The object that exports the memory: a bytes or a bytearray, never another view.
    pub source: Value,
    start: usize,
    step: i64,
    len: usize,
    pub readonly: bool,
    released: Cell<bool>,
}

impl PyMemoryView {
    /// `memoryview(obj)`: a view of all of a bytes-like object; None if `obj` is not one.
    pub fn of(obj: &Value) -> PyResult<Option<PyMemoryView>> {
        Ok(Some(match obj {
            Value::Bytes(b) => PyMemoryView::make(obj.clone(), 0, 1, b.data.len(), true),
            Value::ByteArray(b) => PyMemoryView::make(obj.clone(), 0, 1, b.len(), false),
            Value::MemoryView(m) => {
                m.check()?;
                PyMemoryView::make(m.source.clone(), m.start, m.step, m.len, m.readonly)
            }
            _ => return Ok(None),
        }))
    }

    fn make(source: Value, start: usize, step: i64, len: usize, readonly: bool) -> PyMemoryView {
        if let Value::ByteArray(b) = &source {
            b.export();
        }
        PyMemoryView {
            source,
            start,
            step,
            len,
            readonly,
            released: Cell::new(false),
        }
    }

    /// The view of items `start, start+step, …` (`n` of them) of this view, as computed by
    /// `slice_indices` against `len()`.
    pub fn slice(&self, start: i64, step: i64, n: usize) -> PyResult<PyMemoryView> {
        self.check()?;
        let first = if n == 0 {
            self.start
        } else {
            self.position(start.max(0) as usize)
        };
        Ok(PyMemoryView::make(
            self.source.clone(),
            first,
            self.step * step,
            n,
            self.readonly,
        ))
    }

    /// The same memory, read-only.
    pub fn to_readonly(&self) -> PyResult<PyMemoryView> {
        self.check()?;
        Ok(PyMemoryView::make(
            self.source.clone(),
            self.start,
            self.step,
            self.len,
            true,
        ))
    }

    /// Errors once the view is released.
    pub fn check(&self) -> PyResult<()> {
        if self.released.get() {
            return Err(PyErr::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        Ok(())
    }

    pub fn is_released(&self) -> bool {
        self.released.get()
    }

    /// `release()`: idempotent.
    pub fn release(&self) {
        if !self.released.replace(true) {
            if let Value::ByteArray(b) = &self.source {
                b.unexport();
            }
        }
    }

    /// Number of items (the caller has checked the view is not released).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Index into the source of item `i` of this view.
    fn position(&self, i: usize) -> usize {
        (self.start as i64 + i as i64 * self.step).max(0) as usize
    }

    /// Item `i` (already bounds-checked against `len()`).
    pub fn get(&self, i: usize) -> Option<u8> {
        let at = self.position(i);
        match &self.source {
            Value::Bytes(b) => b.data.get(at).copied(),
            Value::ByteArray(b) => b.data.borrow().get(at).copied(),
            _ => None,
        }
    }

    /// Writes item `i` of a writable view.
    pub fn set(&self, i: usize, byte: u8) {
        let at = self.position(i);
        if let Value::ByteArray(b) = &self.source {
            if let Some(slot) = b.data.borrow_mut().get_mut(at) {
                *slot = byte;
            }
        }
    }

    /// The viewed bytes, copied.
    pub fn to_vec(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let copy = |data: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|i| data.get(self.position(i)).copied())
                .collect()
        };
        Ok(match &self.source {
            Value::Bytes(b) => copy(&b.data),
            Value::ByteArray(b) => copy(&b.data.borrow()),
            _ => Vec::new(),
        })
    }
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
    }
}
