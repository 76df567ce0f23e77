//! Operators on the bytes-like types, called from `ops.rs`: `+` (concatenation with any
//! bytes-like right operand, in place for `bytearray +=`), `*` (repetition, in place for
//! `bytearray *=`), `%` (printf-style formatting), comparisons (bytes and bytearray order
//! by content; a memoryview only compares equal, item by item), `in`, subscripts, item assignment and
//! hashing (bytearray is unhashable, a read-only memoryview hashes like its bytes).

use std::borrow::Cow;
use std::cmp::Ordering;

use crate::bytecode::{BinOp, CmpOp};
use crate::objects::bytes::{buffer_of, bytes_hash};
use crate::objects::methods::bytearray::{extend_in_place, repeat_in_place};
use crate::objects::methods::bytes::{byte_arg, check_size, make_like};
use crate::objects::methods::method_args::is_index;
use crate::objects::methods::{byteseq, memoryview};
use crate::objects::range::slice_indices;
use crate::objects::{int, PyErr, PyMemoryView, PyResult, Value};

use super::ops::{repeat_count, seq_index};
use super::Vm;

/// The bytes of a bytes or bytearray (a bytearray is copied).
fn seq_data(v: &Value) -> Cow<'_, [u8]> {
    match v {
        Value::Bytes(b) => Cow::Borrowed(&b.data[..]),
        Value::ByteArray(b) => Cow::Owned(b.to_vec()),
        _ => Cow::Borrowed(&[]),
    }
}

fn is_seq(v: &Value) -> bool {
    matches!(v, Value::Bytes(_) | Value::ByteArray(_))
}

impl Vm {
    /// `a <op> b` when either side is bytes-like; None when no bytes rule applies.
    pub(super) fn bytes_binop(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
    ) -> PyResult<Option<Value>> {
        match op.base() {
            BinOp::Add if is_seq(a) => {
                let Some(right) = buffer_of(b)? else {
                    return Ok(None);
                };
                if let (Value::ByteArray(ba), true) = (a, op.is_inplace()) {
                    extend_in_place(ba, &right)?;
                    return Ok(Some(a.clone()));
                }
                let mut out = seq_data(a).into_owned();
                out.extend_from_slice(&right);
                Ok(Some(make_like(a, out)))
            }
            BinOp::Multiply => {
                let (seq, n) = if is_seq(a) && int::is_int(b) {
                    (a, b)
                } else if is_seq(b) && int::is_int(a) {
                    (b, a)
                } else {
                    return Ok(None);
                };
                let data = seq_data(seq);
                let k = repeat_count(n, data.len())?;
                check_size(data.len() as u128 * k as u128)?;
                if let (Value::ByteArray(ba), true) = (a, op.is_inplace()) {
                    repeat_in_place(ba, k)?;
                    return Ok(Some(a.clone()));
                }
                Ok(Some(make_like(seq, data.repeat(k))))
            }
            BinOp::Remainder if is_seq(a) => {
                let out = self.percent_format_bytes(&seq_data(a), b)?;
                Ok(Some(make_like(a, out)))
            }
            _ => Ok(None),
        }
    }

    /// Comparisons involving bytes-like values; None when no bytes rule applies.
    pub(super) fn bytes_compare(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        if is_seq(a) && is_seq(b) {
            let ord: Ordering = seq_data(a).cmp(&seq_data(b));
            return Ok(Some(Value::bool(super::compare::cmp_ord(op, ord))));
        }
        // A bytearray orders against any buffer, a memoryview included (bytes and memoryview
        // themselves do not order against each other).
        if let (Value::ByteArray(_), Value::MemoryView(m))
        | (Value::MemoryView(m), Value::ByteArray(_)) = (a, b)
        {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let view = m.to_vec()?;
                let ord = match a {
                    Value::ByteArray(_) => seq_data(a).as_ref().cmp(view.as_slice()),
                    _ => view.as_slice().cmp(seq_data(b).as_ref()),
                };
                return Ok(Some(Value::bool(super::compare::cmp_ord(op, ord))));
            }
        }
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        // A memoryview equals another buffer of the same shape whose items, unpacked by
        // each side's format, are equal; a released view equals only itself.
        let (Some(x), Some(y)) = (PyMemoryView::of_released(a)?, PyMemoryView::of_released(b)?)
        else {
            return Ok(None);
        };
        let equal = if x.is_released() || y.is_released() {
            a.is(b)
        } else if x.shape() != y.shape() {
            false
        } else if x.format.same_items(y.format) && x.format.is_byte() {
            x.to_vec()? == y.to_vec()?
        } else {
            let (xs, ys) = (x.items()?, y.items()?);
            let mut same = true;
            for (p, q) in xs.iter().zip(ys.iter()) {
                // `==` itself, without the identity shortcut of containers: NaN items
                // make views unequal.
                let r = self.compare(p, q, CmpOp::Eq)?;
                if !self.truthy(&r)? {
                    same = false;
                    break;
                }
            }
            same
        };
        Ok(Some(Value::bool(equal == (op == CmpOp::Eq))))
    }

    /// `item in container` for a bytes, bytearray or memoryview container.
    pub(super) fn bytes_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::MemoryView(m) = container {
            // A view is a sequence of its items: compare item by item.
            if m.ndim() != 1 {
                self.get_iter(container)?;
            }
            for x in m.items()? {
                if self.eq(&x, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let hay = seq_data(container);
        if let Some(sub) = buffer_of(item)? {
            return Ok(byteseq::find(&hay, &sub, 0, hay.len()).is_some());
        }
        if is_index(item) {
            let byte = byte_arg(self, item)?;
            return Ok(hay.contains(&byte));
        }
        Err(PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.type_name()
        )))
    }

    /// `container[key]` for bytes, bytearray and memoryview.
    pub(super) fn bytes_get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let what = match container {
            Value::MemoryView(m) => return memoryview::get_item(self, m, key),
            Value::ByteArray(_) => "bytearray",
            _ => "byte",
        };
        if let Value::Slice(sl) = key {
            let (start, stop, step) = self.slice_bounds(sl)?;
            let data = seq_data(container);
            let (start, _, step, n) = slice_indices(start, stop, step, data.len())?;
            let mut out = Vec::with_capacity(n);
            let mut at = start;
            for _ in 0..n {
                out.extend(data.get(at as usize));
                at += step;
            }
            return Ok(make_like(container, out));
        }
        let i = self.index_of(key, what)?;
        let byte = match container {
            Value::ByteArray(ba) => {
                let data = ba.data.borrow();
                seq_index(i, data.len()).and_then(|at| data.get(at).copied())
            }
            Value::Bytes(b) => seq_index(i, b.data.len()).and_then(|at| b.data.get(at).copied()),
            _ => None,
        };
        byte.map(|b| Value::Int(b as i64)).ok_or_else(|| {
            PyErr::index_error(if what == "bytearray" {
                "bytearray index out of range"
            } else {
                "index out of range"
            })
        })
    }

    /// `hash()` of a bytearray (refused) or a memoryview (its bytes, if read-only).
    pub(super) fn bytes_hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::MemoryView(m) => {
                m.check()?;
                if !m.readonly {
                    return Err(PyErr::value_error("cannot hash writable memoryview object"));
                }
                if !m.format.is_byte() {
                    return Err(PyErr::value_error(
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
                    ));
                }
                if let Value::ByteArray(_) = m.source {
                    return Err(PyErr::type_error("unhashable type: 'bytearray'"));
                }
                Ok(bytes_hash(&m.to_vec()?))
            }
            other => Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                other.type_name()
            ))),
        }
    }
}
