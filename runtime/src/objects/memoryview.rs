//! `memoryview` values: an n-dimensional view of typed items (`objects/memory_format.rs`)
//! over the memory of a `bytes` or `bytearray`. A view is a byte offset, a shape and a
//! stride per dimension (in bytes) into its source, as CPython's buffers are, so a slice
//! or a cast of a view is another view of the same memory; writes through a view of a
//! bytearray change the bytearray. Views of a bytearray are counted as exports until they
//! are released (or dropped), which keeps the bytearray from changing its length.

use std::cell::Cell;

use super::memory_format::ItemFormat;
use super::{PyErr, PyResult, Value};

/// CPython's limit on the number of dimensions of a buffer.
const MAX_DIMS: usize = 64;

pub struct PyMemoryView {
    /// The object that exports the memory: a bytes or a bytearray, never another view.
    pub source: Value,
    /// Byte offset of the first item in the source.
    start: usize,
    /// Items along each dimension; empty for a 0-dimensional view of one item.
    shape: Vec<usize>,
    /// Bytes from one item to the next along each dimension.
    strides: Vec<i64>,
    pub format: ItemFormat,
    pub readonly: bool,
    released: Cell<bool>,
    /// A weak reference was made to this view: its death is reported to
    /// `vm/finalize.rs`, which runs the references' callbacks.
    pub weakly_referenced: Cell<bool>,
}

impl PyMemoryView {
    /// `memoryview(obj)`: a view of all of a bytes-like object; None if `obj` is not one.
    pub fn of(obj: &Value) -> PyResult<Option<PyMemoryView>> {
        Ok(Some(match obj {
            Value::Bytes(b) => PyMemoryView::bytes_view(obj.clone(), b.data.len(), true),
            Value::ByteArray(b) => PyMemoryView::bytes_view(obj.clone(), b.len(), false),
            Value::MemoryView(m) => {
                m.check()?;
                m.derive(
                    m.start,
                    m.shape.clone(),
                    m.strides.clone(),
                    m.format,
                    m.readonly,
                )
            }
            // A bytes or bytearray subclass instance: a view of the value it carries (whose
            // `obj` is that value, not the instance).
            Value::Instance(i) => match i.base() {
                Some(base @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                    return PyMemoryView::of(base)
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// A view of `obj` for comparing it (a released memoryview too, which compares only
    /// by identity); None if it is not bytes-like.
    pub fn of_released(obj: &Value) -> PyResult<Option<PyMemoryView>> {
        match obj {
            Value::MemoryView(m) if m.is_released() => Ok(Some(PyMemoryView {
                source: Value::None,
                start: 0,
                shape: Vec::new(),
                strides: Vec::new(),
                format: m.format,
                readonly: true,
                released: Cell::new(true),
                weakly_referenced: Cell::new(false),
            })),
            other => PyMemoryView::of(other),
        }
    }

    fn bytes_view(source: Value, len: usize, readonly: bool) -> PyMemoryView {
        PyMemoryView::make(source, 0, vec![len], vec![1], ItemFormat::BYTES, readonly)
    }

    fn make(
        source: Value,
        start: usize,
        shape: Vec<usize>,
        strides: Vec<i64>,
        format: ItemFormat,
        readonly: bool,
    ) -> PyMemoryView {
        if let Value::ByteArray(b) = &source {
            b.export();
        }
        PyMemoryView {
            source,
            start,
            shape,
            strides,
            format,
            readonly,
            released: Cell::new(false),
            weakly_referenced: Cell::new(false),
        }
    }

    /// Another view of this view's source.
    fn derive(
        &self,
        start: usize,
        shape: Vec<usize>,
        strides: Vec<i64>,
        format: ItemFormat,
        readonly: bool,
    ) -> PyMemoryView {
        PyMemoryView::make(self.source.clone(), start, shape, strides, format, readonly)
    }

    /// The view of items `start, start+step, …` (`n` of them) along the first dimension,
    /// as computed by `slice_indices` against `len()`.
    pub fn slice(&self, start: i64, step: i64, n: usize) -> PyResult<PyMemoryView> {
        self.check()?;
        let (Some(&first_stride), false) = (self.strides.first(), self.shape.is_empty()) else {
            return Err(PyErr::type_error("invalid indexing of 0-dim memory"));
        };
        let begin = if n == 0 {
            self.start
        } else {
            (self.start as i64 + start.max(0) * first_stride).max(0) as usize
        };
        let mut shape = self.shape.clone();
        let mut strides = self.strides.clone();
        shape[0] = n;
        strides[0] = first_stride * step;
        Ok(self.derive(begin, shape, strides, self.format, self.readonly))
    }

    /// The same memory, read-only.
    pub fn to_readonly(&self) -> PyResult<PyMemoryView> {
        self.check()?;
        Ok(self.derive(
            self.start,
            self.shape.clone(),
            self.strides.clone(),
            self.format,
            true,
        ))
    }

    /// `cast(format, shape)`: the same bytes seen as items of `format`, laid out in C order
    /// in `shape` (one dimension when None), with CPython's checks and messages.
    pub fn cast(&self, format: &str, shape: Option<Vec<usize>>) -> PyResult<PyMemoryView> {
        self.check()?;
        if !self.is_c_contiguous() {
            return Err(PyErr::type_error(
                "memoryview: casts are restricted to C-contiguous views",
            ));
        }
        if (shape.is_some() || self.ndim() != 1) && self.shape.contains(&0) {
            return Err(PyErr::type_error(
                "memoryview: cannot cast view with zeros in shape or strides",
            ));
        }
        if let Some(dims) = &shape {
            if self.ndim() != 1 && dims.len() != 1 {
                return Err(PyErr::type_error(
                    "memoryview: cast must be 1D -> ND or ND -> 1D",
                ));
            }
        }
        let Some(to) = ItemFormat::parse(format) else {
            return Err(PyErr::value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ));
        };
        if !self.format.is_byte() && !to.is_byte() {
            return Err(PyErr::type_error(
                "memoryview: cannot cast between two non-byte formats",
            ));
        }
        let nbytes = self.nbytes();
        let itemsize = to.size();
        let shape = match shape {
            None => {
                if nbytes % itemsize != 0 {
                    return Err(PyErr::type_error(
                        "memoryview: length is not a multiple of itemsize",
                    ));
                }
                vec![nbytes / itemsize]
            }
            Some(dims) => {
                if dims.len() > MAX_DIMS {
                    return Err(PyErr::value_error(
                        "memoryview: number of dimensions must not exceed 64",
                    ));
                }
                let product = dims.iter().try_fold(itemsize, |acc, &d| acc.checked_mul(d));
                if product != Some(nbytes) {
                    return Err(PyErr::type_error(
                        "memoryview: product(shape) * itemsize != buffer size",
                    ));
                }
                dims
            }
        };
        let strides = c_strides(&shape, itemsize);
        Ok(self.derive(self.start, shape, strides, to, self.readonly))
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

    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    pub fn strides(&self) -> &[i64] {
        &self.strides
    }

    pub fn itemsize(&self) -> usize {
        self.format.size()
    }

    /// Number of items along the first dimension (1 for a 0-dimensional view).
    pub fn len(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes the view covers: `product(shape) * itemsize`.
    pub fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize()
    }

    /// Are the items laid out one after the other, last dimension fastest?
    pub fn is_c_contiguous(&self) -> bool {
        self.contiguous_along(self.shape.len(), |i| self.shape.len() - 1 - i)
    }

    /// Are the items laid out one after the other, first dimension fastest?
    pub fn is_f_contiguous(&self) -> bool {
        self.contiguous_along(self.shape.len(), |i| i)
    }

    fn contiguous_along(&self, n: usize, dim: impl Fn(usize) -> usize) -> bool {
        if self.nbytes() == 0 {
            return true;
        }
        let mut expected = self.itemsize() as i64;
        for i in 0..n {
            let d = dim(i);
            if self.shape[d] > 1 && self.strides[d] != expected {
                return false;
            }
            expected *= self.shape[d] as i64;
        }
        true
    }

    /// Byte offset in the source of the item at `index` (one entry per dimension, each
    /// within bounds).
    fn offset_of(&self, index: &[usize]) -> usize {
        let at = index
            .iter()
            .zip(self.strides.iter())
            .fold(self.start as i64, |acc, (&i, &s)| acc + i as i64 * s);
        at.max(0) as usize
    }

    /// The `itemsize` bytes at byte offset `at` of the source.
    fn raw_at(&self, at: usize) -> Vec<u8> {
        let n = self.itemsize();
        let read = |data: &[u8]| data.get(at..at + n).map(<[u8]>::to_vec);
        let bytes = match &self.source {
            Value::Bytes(b) => read(&b.data),
            Value::ByteArray(b) => read(&b.data.borrow()),
            _ => None,
        };
        bytes.unwrap_or_else(|| vec![0; n])
    }

    /// The item at `index` (within bounds).
    pub fn item_at(&self, index: &[usize]) -> Value {
        self.format.unpack(&self.raw_at(self.offset_of(index)))
    }

    /// Item `i` of a one-dimensional view, None past its end.
    pub fn item(&self, i: usize) -> Option<Value> {
        (self.ndim() == 1 && i < self.len()).then(|| self.item_at(&[i]))
    }

    /// Writes the packed bytes of an item at `index` of a writable view.
    pub fn write_at(&self, index: &[usize], raw: &[u8]) {
        let at = self.offset_of(index);
        if let Value::ByteArray(b) = &self.source {
            if let Some(slot) = b.data.borrow_mut().get_mut(at..at + raw.len()) {
                slot.copy_from_slice(raw);
            }
        }
    }

    /// Every index of the view, in C order.
    fn indices(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new()];
        for &n in &self.shape {
            out = out
                .into_iter()
                .flat_map(|prefix| {
                    (0..n).map(move |i| {
                        let mut next = prefix.clone();
                        next.push(i);
                        next
                    })
                })
                .collect();
        }
        out
    }

    /// The viewed bytes in C order, copied (`tobytes()`).
    pub fn to_vec(&self) -> PyResult<Vec<u8>> {
        self.check()?;
        let mut out = Vec::with_capacity(self.nbytes());
        if self.ndim() == 1 {
            let (n, size) = (self.len(), self.itemsize());
            if self.strides[0] == size as i64 {
                // Contiguous: one copy.
                let span = |data: &[u8]| {
                    data.get(self.start..self.start + n * size)
                        .map(<[u8]>::to_vec)
                };
                let copied = match &self.source {
                    Value::Bytes(b) => span(&b.data),
                    Value::ByteArray(b) => span(&b.data.borrow()),
                    _ => None,
                };
                return Ok(copied.unwrap_or_else(|| vec![0; n * size]));
            }
            for i in 0..n {
                out.extend(self.raw_at(self.offset_of(&[i])));
            }
            return Ok(out);
        }
        for index in self.indices() {
            out.extend(self.raw_at(self.offset_of(&index)));
        }
        Ok(out)
    }

    /// The items as nested lists following the shape (`tolist()`); the item itself for a
    /// 0-dimensional view.
    pub fn to_list(&self) -> PyResult<Value> {
        self.check()?;
        let mut index = Vec::with_capacity(self.ndim());
        Ok(self.nested(&mut index))
    }

    fn nested(&self, index: &mut Vec<usize>) -> Value {
        let depth = index.len();
        if depth == self.ndim() {
            return self.item_at(index);
        }
        let mut items = Vec::with_capacity(self.shape[depth]);
        for i in 0..self.shape[depth] {
            index.push(i);
            items.push(self.nested(index));
            index.pop();
        }
        Value::list(items)
    }

    /// The items of a view, in C order.
    pub fn items(&self) -> PyResult<Vec<Value>> {
        self.check()?;
        if self.ndim() == 1 {
            return Ok((0..self.len()).map(|i| self.item_at(&[i])).collect());
        }
        Ok(self
            .indices()
            .iter()
            .map(|index| self.item_at(index))
            .collect())
    }
}

/// Strides of a C-ordered array of `shape` with items of `itemsize` bytes.
fn c_strides(shape: &[usize], itemsize: usize) -> Vec<i64> {
    let mut strides = vec![0i64; shape.len()];
    let mut step = itemsize as i64;
    for (i, &n) in shape.iter().enumerate().rev() {
        strides[i] = step;
        step *= n as i64;
    }
    strides
}

impl Drop for PyMemoryView {
    fn drop(&mut self) {
        self.release();
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}
