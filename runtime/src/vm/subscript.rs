//! Subscripts: `obj[key]` read, assigned and deleted (`get_item`, `set_item`, `del_item`)
//! for the builtin sequences and mappings natively, with slices of any size and CPython's
//! messages, and through `__getitem__`/`__setitem__`/`__delitem__`/`__class_getitem__`
//! otherwise; also the index conversions (`__index__`) they share.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::int;
use crate::objects::range::slice_indices;
use crate::objects::{types, PyErr, PyResult, Value};

use super::ops::{seq_index, take_slice};
use super::Vm;

impl Vm {
    /// An index value (`__index__`) as i64, for subscripts; `what` names the container in
    /// the error ("list indices must be integers or slices, not str").
    pub fn index_of(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        match key {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(b) => b.to_i64().ok_or_else(|| {
                PyErr::index_error(format!("cannot fit 'int' into an index-sized integer"))
            }),
            Value::Instance(_) if key.type_of().lookup("__index__").is_some() => {
                self.index_sized(key, |m| PyErr::index_error(m))
            }
            // CPython 3.11's str spells this one differently from the other sequences.
            other if what == "string" => Err(PyErr::type_error(format!(
                "string indices must be integers, not '{}'",
                other.type_name()
            ))),
            other => Err(PyErr::type_error(format!(
                "{} indices must be integers or slices, not {}",
                what,
                other.type_name()
            ))),
        }
    }

    /// An optional slice bound (None or an index).
    fn slice_bound(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::BigInt(_) => Ok(Some(clamp_index(v))),
            Value::Instance(_) if v.type_of().lookup("__index__").is_some() => {
                Ok(Some(match self.index_value(v)? {
                    Value::Int(i) => i,
                    big => clamp_index(&big),
                }))
            }
            other => match self.index_of(other, "slice") {
                Ok(i) => Ok(Some(i)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// (start, stop, step) of a slice over `len` items, exact for any sizes (range
    /// slicing, `slice.indices()`).
    pub(crate) fn big_slice_range(
        &mut self,
        sl: &crate::objects::PySlice,
        len: &BigInt,
    ) -> PyResult<(BigInt, BigInt, BigInt)> {
        let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None => Ok(None),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(int::to_bigint(v)),
                // An object with `__index__` reports that method's own errors.
                other if crate::objects::methods::method_args::is_index(other) => {
                    Ok(int::to_bigint(&vm.index_value(other)?))
                }
                _ => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let start = bound(self, &sl.start)?;
        let stop = bound(self, &sl.stop)?;
        let step = bound(self, &sl.step)?;
        big_slice_indices(start, stop, step, len)
    }

    /// `r[key]`, exact for any bounds: an item, or a range for a slice.
    fn range_item(&mut self, r: &crate::objects::PyRange, key: &Value) -> PyResult<Value> {
        if r.big.is_none() {
            if let Value::Int(i) = key {
                return seq_index(*i, r.len())
                    .map(|i| Value::Int(r.get(i)))
                    .ok_or_else(|| PyErr::index_error("range object index out of range"));
            }
        }
        let len = r.big_len();
        if let Value::Slice(sl) = key {
            let (start, stop, step) = self.big_slice_range(sl, &len)?;
            let (r_start, _, r_step) = r.bounds();
            return Ok(Value::Range(Rc::new(
                crate::objects::PyRange::from_bigints(
                    &r_start + start * &r_step,
                    &r_start + stop * &r_step,
                    r_step * step,
                ),
            )));
        }
        let i = match key {
            Value::Instance(_) if key.type_of().lookup("__index__").is_some() => {
                int::to_bigint(&self.index_value(key)?)
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int::to_bigint(key),
            other => Some(BigInt::from(self.index_of(other, "range")?)),
        }
        .unwrap_or_default();
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(PyErr::index_error("range object index out of range"));
        }
        Ok(int::normalize(r.big_get(&i)))
    }

    /// (start, stop, step, count) of a slice over a sequence of `len` items.
    pub fn slice_range(
        &mut self,
        s: &crate::objects::PySlice,
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let (start, stop, step) = self.slice_bounds(s)?;
        slice_indices(start, stop, step, len)
    }

    /// A slice's start, stop and step as integers, before they are fitted to a length.
    /// Converting them may run `__index__`, so a caller fits them to its sequence only after
    /// this returns (as CPython's `PySlice_Unpack` then `PySlice_AdjustIndices`).
    pub fn slice_bounds(
        &mut self,
        s: &crate::objects::PySlice,
    ) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
        Ok((
            self.slice_bound(&s.start)?,
            self.slice_bound(&s.stop)?,
            self.slice_bound(&s.step)?,
        ))
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let items = l.items.borrow();
                    let (start, _, step, n) = slice_indices(start, stop, step, items.len())?;
                    let selected = take_slice(&items, start, step, n);
                    drop(items);
                    return Ok(Value::list(selected));
                }
                let i = self.index_of(key, "list")?;
                let items = l.items.borrow();
                seq_index(i, items.len())
                    .map(|i| items[i].clone())
                    .ok_or_else(|| PyErr::index_error("list index out of range"))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = key {
                    let (start, _, step, n) = self.slice_range(s, t.items.len())?;
                    return Ok(Value::tuple(take_slice(&t.items, start, step, n)));
                }
                let i = self.index_of(key, "tuple")?;
                seq_index(i, t.items.len())
                    .map(|i| t.items[i].clone())
                    .ok_or_else(|| PyErr::index_error("tuple index out of range"))
            }
            Value::Str(s) => {
                if let Value::Slice(sl) = key {
                    let (start, _, step, n) = self.slice_range(sl, s.char_len())?;
                    if step == 1 && start == 0 && n == s.char_len() {
                        // The whole string: itself, no copy (as CPython).
                        return Ok(Value::Str(s.clone()));
                    }
                    if step == 1 {
                        return Ok(Value::str(s.substring(start as usize, start as usize + n)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let mut out = String::with_capacity(n);
                    let mut i = start;
                    for _ in 0..n {
                        out.push(chars[i as usize]);
                        i += step;
                    }
                    return Ok(Value::string(out));
                }
                let i = self.index_of(key, "string")?;
                match seq_index(i, s.char_len()).and_then(|i| s.char_at(i)) {
                    Some(c) => Ok(Value::string(c.to_string())),
                    None => Err(PyErr::index_error("string index out of range")),
                }
            }
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                self.bytes_get_item(container, key)
            }
            Value::Range(r) => self.range_item(r, key),
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Type(t) => {
                // A metaclass's `__getitem__` comes before the class's `__class_getitem__`.
                let meta = t.metatype();
                if let Some(m) = meta.lookup("__getitem__").filter(|_| !meta.builtin) {
                    return self.call_special(&m, vec![container.clone(), key.clone()]);
                }
                if Rc::ptr_eq(t, &types().type_) {
                    let alias = self.generic_support("GenericAlias")?;
                    return self.call(&alias, vec![container.clone(), key.clone()]);
                }
                // A `__class_getitem__` set to None counts as absent.
                if let Some(m) = t.lookup("__class_getitem__").filter(|m| !m.is_none()) {
                    let m = self.bind_descriptor(m, container.clone(), t)?;
                    return self.call(&m, vec![key.clone()]);
                }
                Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    t.name()
                )))
            }
            _ => {
                if let Some(b) = super::subclass::inherited_base(container, "__getitem__") {
                    return self.get_item_on_base(container, &b, key);
                }
                let ty = container.type_of();
                match ty.lookup("__getitem__").filter(|_| !ty.builtin) {
                    Some(m) => self.call_special(&m, vec![container.clone(), key.clone()]),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not subscriptable",
                        ty.tp_name()
                    ))),
                }
            }
        }
    }

    /// The items assigned to a list slice. Only a value that cannot be iterated is
    /// reported with CPython's message; an error raised while iterating passes through.
    fn collect_slice_source(&mut self, v: &Value, step: i64) -> PyResult<Vec<Value>> {
        self.collect_iterable_or(v, || {
            PyErr::type_error(if step == 1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            })
        })
    }

    /// `container[key] = v`.
    pub fn set_item(&mut self, container: &Value, key: Value, v: Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = &key {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let (_, _, first_step, _) = slice_indices(start, stop, step, l.len())?;
                    let new = self.collect_slice_source(&v, first_step)?;
                    // Iterating the source may have resized the list: fit the slice to the
                    // list as it is now (CPython crashes on this).
                    let mut items = l.items.borrow_mut();
                    let (start, stop, step, n) = slice_indices(start, stop, step, items.len())?;
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        let old: Vec<Value> = items.splice(start as usize..stop, new).collect();
                        drop(items);
                        // CPython releases a replaced run last to first.
                        old.into_iter().rev().for_each(drop);
                    } else {
                        if new.len() != n {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                n
                            )));
                        }
                        let mut i = start;
                        let mut replaced = Vec::with_capacity(n);
                        for item in new {
                            if let Some(slot) = items.get_mut(i as usize) {
                                replaced.push(std::mem::replace(slot, item));
                            }
                            i += step;
                        }
                        drop(items);
                        drop(replaced);
                    }
                    return Ok(());
                }
                let i = self.index_of(&key, "list")?;
                let mut items = l.items.borrow_mut();
                match seq_index(i, items.len()) {
                    Some(i) => {
                        let old = std::mem::replace(&mut items[i], v);
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => d.set(self, key, v),
            Value::ByteArray(ba) => {
                crate::objects::methods::bytearray::set_item(self, ba, &key, &v)
            }
            Value::MemoryView(m) => {
                crate::objects::methods::memoryview::set_item(self, m, &key, Some(&v))
            }
            _ => {
                if let Some(b) = super::subclass::inherited_base(container, "__setitem__")
                    .filter(is_mutable_container)
                {
                    return self.set_item(&b, key, v);
                }
                let ty = container.type_of();
                match ty.lookup("__setitem__").filter(|_| !ty.builtin) {
                    Some(m) => {
                        self.call_special(&m, vec![container.clone(), key, v])?;
                        Ok(())
                    }
                    // A class with only `__delitem__` has the assignment slot all the
                    // same, which finds no `__setitem__`: CPython's AttributeError.
                    None if ty.lookup("__delitem__").is_some() && !ty.builtin => {
                        Err(PyErr::attribute_error("__setitem__"))
                    }
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item assignment",
                        ty.tp_name()
                    ))),
                }
            }
        }
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container {
            Value::List(l) => {
                if let Value::Slice(s) = key {
                    let (start, stop, step) = self.slice_bounds(s)?;
                    let (start, _, step, n) = slice_indices(start, stop, step, l.len())?;
                    if n == 0 {
                        return Ok(());
                    }
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    let mut items = l.items.borrow_mut();
                    // One pass over the list (removing one index at a time is quadratic);
                    // the removed values are dropped after the borrow ends.
                    let removed: Vec<Value> = if step == 1 || step == -1 {
                        let lo = idx[0].min(items.len());
                        let hi = (lo + n).min(items.len());
                        items.drain(lo..hi).collect()
                    } else {
                        let mut removed = Vec::with_capacity(n);
                        let mut kept = Vec::with_capacity(items.len().saturating_sub(n));
                        let mut next = idx.iter().peekable();
                        for (i, v) in items.drain(..).enumerate() {
                            if next.peek() == Some(&&i) {
                                next.next();
                                removed.push(v);
                            } else {
                                kept.push(v);
                            }
                        }
                        *items = kept;
                        removed
                    };
                    drop(items);
                    if step == 1 {
                        // CPython releases a deleted run last to first.
                        removed.into_iter().rev().for_each(drop);
                    } else {
                        drop(removed);
                    }
                    return Ok(());
                }
                let i = self.index_of(key, "list")?;
                let mut items = l.items.borrow_mut();
                match seq_index(i, items.len()) {
                    Some(i) => {
                        let old = items.remove(i);
                        drop(items);
                        drop(old);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::ByteArray(ba) => crate::objects::methods::bytearray::del_item(self, ba, key),
            Value::MemoryView(m) => {
                crate::objects::methods::memoryview::set_item(self, m, key, None)
            }
            _ => {
                if let Some(b) = super::subclass::inherited_base(container, "__delitem__")
                    .filter(is_mutable_container)
                {
                    return self.del_item(&b, key);
                }
                let ty = container.type_of();
                match ty.lookup("__delitem__").filter(|_| !ty.builtin) {
                    Some(m) => {
                        self.call_special(&m, vec![container.clone(), key.clone()])?;
                        Ok(())
                    }
                    // As above: the slot is there, its `__delitem__` is not.
                    None if ty.lookup("__setitem__").is_some() && !ty.builtin => {
                        Err(PyErr::attribute_error("__delitem__"))
                    }
                    // CPython words it by the path it took: the sequence one for an
                    // integer key, the generic one otherwise.
                    None => Err(PyErr::type_error(format!(
                        "'{}' object {} support item deletion",
                        ty.name(),
                        if matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                            "doesn't"
                        } else {
                            "does not"
                        }
                    ))),
                }
            }
        }
    }
}

/// The (start, stop, step) indices a slice selects from `len` items, for any size (as
/// CPython's range slicing computes them).
fn big_slice_indices(
    start: Option<BigInt>,
    stop: Option<BigInt>,
    step: Option<BigInt>,
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = step.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| match v {
        None => default.clone(),
        Some(mut v) => {
            if v.is_negative() {
                v += len;
            }
            if v < lower {
                lower.clone()
            } else if v > upper {
                upper.clone()
            } else {
                v
            }
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = clamp(start, &start_default);
    let stop = clamp(stop, &stop_default);
    Ok((start, stop, step))
}

/// A slice bound too large for an index, clamped to one past any sequence's end.
fn clamp_index(big: &Value) -> i64 {
    if int::to_bigint(big).is_some_and(|b| b.is_negative()) {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    }
}

/// Can the builtin value a subclass instance extends take item assignment? An immutable
/// one (a `tuple` subclass) reports the subclass's own name, not the base's.
fn is_mutable_container(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Dict(_) | Value::ByteArray(_) | Value::MemoryView(_)
    )
}
