//! Iteration: `iter()` for every value, one step of any iterator (`iter_next`), collecting
//! an iterable into a vector, and sequence unpacking with CPython's messages.

use std::rc::Rc;

use crate::objects::iter::{DictPart, IterKind};
use crate::objects::{types, PyErr, PyIter, PyResult, Value};

use super::Vm;

impl Vm {
    /// Can `iter(v)` succeed (without calling anything)?
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Generator(g) if !g.is_plain_generator() => false,
            Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::MemoryView(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            _ => {
                let t = v.type_of();
                !t.builtin && (t.lookup("__iter__").is_some() || t.lookup("__getitem__").is_some())
            }
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let kind = match v {
            Value::List(_) | Value::Tuple(_) => IterKind::Seq {
                seq: v.clone(),
                idx: 0,
            },
            Value::Str(s) => IterKind::Str {
                s: s.clone(),
                pos: 0,
            },
            Value::MemoryView(m) if m.is_released() => {
                m.check()?;
                return Ok(v.clone());
            }
            // Only a one-dimensional view iterates (items of its format).
            Value::MemoryView(m) if m.ndim() != 1 => {
                return Err(match m.ndim() {
                    0 => PyErr::type_error("invalid indexing of 0-dim memory"),
                    _ => PyErr::not_implemented("multi-dimensional sub-views are not implemented"),
                });
            }
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => IterKind::Bytes {
                data: v.clone(),
                idx: 0,
            },
            Value::Range(r) if r.big.is_some() => {
                let (start, _, step) = r.bounds();
                IterKind::BigRange {
                    next: start,
                    remaining: r.big_len(),
                    step,
                    len: r.big_len(),
                }
            }
            Value::Range(r) => IterKind::Range {
                next: r.start,
                remaining: r.len(),
                step: r.step,
                len: r.len(),
            },
            Value::Dict(d) => IterKind::Dict {
                dict: d.clone(),
                pos: 0,
                len_at_start: d.len(),
                unseen: d.len(),
                part: DictPart::Keys,
            },
            Value::Set(s) | Value::FrozenSet(s) => IterKind::Set {
                source: v.clone(),
                pos: 0,
                used_at_start: s.len(),
            },
            Value::Iter(it) => {
                let view = match &*it.kind.borrow() {
                    IterKind::DictView { dict, part } => Some((dict.clone(), *part)),
                    _ => None,
                };
                match view {
                    Some((dict, part)) => IterKind::Dict {
                        len_at_start: dict.len(),
                        unseen: dict.len(),
                        dict,
                        pos: 0,
                        part,
                    },
                    None => return Ok(v.clone()),
                }
            }
            Value::Generator(g) if !g.is_plain_generator() => return Err(not_iterable(v)),
            Value::Generator(_) => return Ok(v.clone()),
            _ => {
                let ty = v.type_of();
                if !ty.builtin {
                    if let Some(m) = ty.lookup("__iter__") {
                        if m.is_none() {
                            return Err(not_iterable(v));
                        }
                        let it = self.call_special(&m, vec![v.clone()])?;
                        if !self.is_iterator(&it) {
                            return Err(PyErr::type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                it.type_name()
                            )));
                        }
                        return Ok(it);
                    }
                    if ty.lookup("__getitem__").is_some() {
                        return Ok(PyIter::new(IterKind::GetItem {
                            obj: v.clone(),
                            idx: 0,
                        }));
                    }
                }
                return Err(not_iterable(v));
            }
        };
        Ok(PyIter::new(kind))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(i) => !i.is_view(),
            Value::Generator(g) => g.is_plain_generator(),
            _ => {
                let t = v.type_of();
                !t.builtin && t.lookup("__next__").is_some()
            }
        }
    }

    /// One step of an iterator: Some(item), or None when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.builtin_iter_next(i),
            Value::Generator(g) if g.is_plain_generator() => self.generator_next(g),
            _ => {
                let ty = it.type_of();
                let Some(next) = ty.lookup("__next__").filter(|_| !ty.builtin) else {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not an iterator",
                        ty.tp_name()
                    )));
                };
                match self.call_special(&next, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.is_instance(&types().exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn builtin_iter_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        // Steps that need no Python code are done under the borrow; the others copy out
        // what they need first.
        enum Slow {
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            Callable(Value, Value),
            GetItem(Value, i64),
            ReversedItem(Value, usize),
        }
        let slow = {
            let mut kind = it.kind.borrow_mut();
            match &mut *kind {
                IterKind::Seq { seq, idx } => {
                    let v = match seq {
                        Value::List(l) => l.items.borrow().get(*idx).cloned(),
                        Value::Tuple(t) => t.items.get(*idx).cloned(),
                        _ => None,
                    };
                    *idx += 1;
                    if v.is_none() {
                        kind.exhaust();
                    }
                    return Ok(v);
                }
                IterKind::Str { s, pos } => {
                    let rest = &s.as_str()[*pos..];
                    let Some(c) = rest.chars().next() else {
                        kind.exhaust();
                        return Ok(None);
                    };
                    *pos += c.len_utf8();
                    return Ok(Some(Value::string(c.to_string())));
                }
                IterKind::Bytes { data, idx } => {
                    let v = match data {
                        Value::Bytes(b) => b.data.get(*idx).map(|b| Value::Int(*b as i64)),
                        Value::ByteArray(b) => {
                            b.data.borrow().get(*idx).map(|b| Value::Int(*b as i64))
                        }
                        Value::MemoryView(m) if !m.is_released() => m.item(*idx),
                        _ => None,
                    };
                    *idx += 1;
                    if v.is_none() {
                        kind.exhaust();
                    }
                    return Ok(v);
                }
                IterKind::BigRange {
                    next,
                    remaining,
                    step,
                    ..
                } => {
                    if num_traits::Zero::is_zero(remaining) {
                        return Ok(None);
                    }
                    let v = next.clone();
                    *remaining -= 1u8;
                    *next += &*step;
                    return Ok(Some(crate::objects::int::normalize(v)));
                }
                range @ IterKind::Range { .. } => return Ok(range.step_range().flatten()),
                IterKind::Dict {
                    dict,
                    pos,
                    len_at_start,
                    unseen,
                    part,
                } => {
                    let t = dict.table.borrow();
                    if t.len() != *len_at_start {
                        drop(t);
                        *len_at_start = usize::MAX;
                        return Err(PyErr::runtime_error(
                            "dictionary changed size during iteration",
                        ));
                    }
                    loop {
                        match t.entry_at(*pos) {
                            None => {
                                drop(t);
                                kind.exhaust();
                                return Ok(None);
                            }
                            Some(None) => *pos += 1,
                            Some(Some(e)) => {
                                if *unseen == 0 {
                                    drop(t);
                                    // Exhausted from now on, as CPython's iterator is.
                                    *pos = usize::MAX;
                                    return Err(PyErr::runtime_error(
                                        "dictionary keys changed during iteration",
                                    ));
                                }
                                *unseen -= 1;
                                *pos += 1;
                                return Ok(Some(match part {
                                    DictPart::Keys => e.key.clone(),
                                    DictPart::Values => e.value.clone(),
                                    DictPart::Items => {
                                        Value::tuple(vec![e.key.clone(), e.value.clone()])
                                    }
                                }));
                            }
                        }
                    }
                }
                IterKind::Set {
                    source,
                    pos,
                    used_at_start,
                } => {
                    let (Value::Set(s) | Value::FrozenSet(s)) = source else {
                        return Ok(None);
                    };
                    let t = s.table.borrow();
                    if t.len() != *used_at_start {
                        drop(t);
                        // Stays an error on every later call, as CPython's iterator does.
                        *used_at_start = usize::MAX;
                        return Err(PyErr::runtime_error("Set changed size during iteration"));
                    }
                    let next = t.next_active(*pos).map(|(i, k, _)| (i, k.clone()));
                    drop(t);
                    return Ok(match next {
                        Some((i, key)) => {
                            *pos = i + 1;
                            Some(key)
                        }
                        None => {
                            kind.exhaust();
                            None
                        }
                    });
                }
                IterKind::Reversed { seq, idx } => {
                    if *idx == 0 {
                        kind.exhaust();
                        return Ok(None);
                    }
                    *idx -= 1;
                    if let Value::Instance(_) = seq {
                        Slow::ReversedItem(seq.clone(), *idx)
                    } else {
                        let v = match seq {
                            Value::List(l) => l.items.borrow().get(*idx).cloned(),
                            Value::Tuple(t) => t.items.get(*idx).cloned(),
                            Value::Range(r) => Some(Value::Int(r.get(*idx))),
                            Value::Str(s) => s.char_at(*idx).map(|c| Value::string(c.to_string())),
                            Value::Bytes(b) => b.data.get(*idx).map(|b| Value::Int(*b as i64)),
                            Value::ByteArray(b) => {
                                b.data.borrow().get(*idx).map(|b| Value::Int(*b as i64))
                            }
                            Value::MemoryView(m) if !m.is_released() => m.item(*idx),
                            _ => None,
                        };
                        if v.is_none() {
                            kind.exhaust();
                        }
                        return Ok(v);
                    }
                }
                IterKind::DictReversed(r) => return r.next(),
                IterKind::Exhausted(_) | IterKind::DictView { .. } => return Ok(None),
                IterKind::Enumerate { it, count } => Slow::Enumerate(it.clone(), count.clone()),
                IterKind::Zip { its, strict } => Slow::Zip(its.clone(), *strict),
                IterKind::Map { func, its } => Slow::Map(func.clone(), its.clone()),
                IterKind::Filter { func, it } => Slow::Filter(func.clone(), it.clone()),
                IterKind::Callable { func, sentinel } => {
                    Slow::Callable(func.clone(), sentinel.clone())
                }
                IterKind::GetItem { obj, idx } => Slow::GetItem(obj.clone(), *idx),
            }
        };
        match slow {
            Slow::Enumerate(inner, count) => {
                let Some(v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                let next =
                    self.binary_op(count.clone(), Value::Int(1), crate::bytecode::BinOp::Add)?;
                if let IterKind::Enumerate { count: c, .. } = &mut *it.kind.borrow_mut() {
                    *c = next;
                }
                Ok(Some(Value::tuple(vec![count, v])))
            }
            Slow::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, sub) in its.iter().enumerate() {
                    match self.iter_next(sub)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { "" } else { "s" };
                                    return Err(PyErr::value_error(format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        plural,
                                        if i == 1 {
                                            String::new()
                                        } else {
                                            format!("-{}", i)
                                        }
                                    )));
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(rest)?.is_some() {
                                        let plural = if j == 1 { "" } else { "s" };
                                        return Err(PyErr::value_error(format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            plural,
                                            if j == 1 {
                                                String::new()
                                            } else {
                                                format!("-{}", j)
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            Slow::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for sub in &its {
                    match self.iter_next(sub)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, args).map(Some)
            }
            Slow::Filter(func, inner) => loop {
                let Some(v) = self.iter_next(&inner)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = self.call(&func, vec![v.clone()])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Slow::Callable(func, sentinel) => {
                let v = self.call(&func, vec![])?;
                if self.eq(&v, &sentinel)? {
                    it.kind.borrow_mut().exhaust();
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Slow::GetItem(obj, idx) => match self.get_item(&obj, &Value::Int(idx)) {
                Ok(v) => {
                    if let IterKind::GetItem { idx: i, .. } = &mut *it.kind.borrow_mut() {
                        *i += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if e.is_instance(&types().exc.index_error)
                        || e.is_instance(&types().exc.stop_iteration) =>
                {
                    it.kind.borrow_mut().exhaust();
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            Slow::ReversedItem(obj, idx) => match self.get_item(&obj, &Value::from(idx)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.is_instance(&types().exc.index_error)
                        || e.is_instance(&types().exc.stop_iteration) =>
                {
                    it.kind.borrow_mut().exhaust();
                    Ok(None)
                }
                Err(e) => Err(e),
            },
        }
    }

    /// `list(iterable)` as a vector.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.clone()),
            Value::Range(r) if r.big.is_none() => {
                // A range can promise more items than memory holds: MemoryError, as CPython.
                let n = r.len();
                let mut out = Vec::new();
                out.try_reserve_exact(n)
                    .map_err(|_| PyErr::memory_error())?;
                out.extend((0..n).map(|i| Value::Int(r.get(i))));
                return Ok(out);
            }
            Value::Set(s) | Value::FrozenSet(s) => return Ok(s.items()),
            // Too long for an index: CPython's OverflowError rather than a walk that
            // never ends (one of big numbers but few items is walked).
            Value::Range(_) => {
                self.len(v)?;
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Appends the items of `v` to `out` as they come: when iterating fails midway, `out`
    /// holds the items before the failure, which a list CPython extends has kept.
    pub fn collect_iterable_into(&mut self, v: &Value, out: &mut Vec<Value>) -> PyResult<()> {
        if matches!(
            v,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Range(_)
                | Value::Set(_)
                | Value::FrozenSet(_)
        ) {
            out.extend(self.collect_iterable(v)?);
            return Ok(());
        }
        let it = self.get_iter(v)?;
        self.reserve_for_hint(v, out)?;
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(())
    }

    /// `list(iterable)` for a function that names its own TypeError when the value cannot
    /// be iterated (CPython's `PySequence_Fast`): any TypeError from getting the iterator
    /// becomes `not_iterable()`; errors raised while iterating pass through.
    pub fn collect_iterable_or(
        &mut self,
        v: &Value,
        not_iterable: impl FnOnce() -> PyErr,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(not_iterable());
        }
        match v {
            Value::Instance(_) => {}
            _ => return self.collect_iterable(v),
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(e) if e.is_instance(&crate::objects::types().exc.type_error) => {
                return Err(not_iterable())
            }
            Err(e) => return Err(e),
        };
        self.collect_iterable(&it)
    }

    /// Unpacks exactly `n` items, or with a star target: `n` before and `after` after, the
    /// rest as a list in between. CPython's ValueError messages.
    pub fn unpack_iterable(
        &mut self,
        v: &Value,
        n: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            return Err(PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                v.type_name()
            )));
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::with_capacity(n + 1);
        for got in 0..n {
            match self.iter_next(&it)? {
                Some(x) => out.push(x),
                None => {
                    return Err(PyErr::value_error(match after {
                        None => {
                            format!("not enough values to unpack (expected {}, got {})", n, got)
                        }
                        Some(a) => format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            n + a,
                            got
                        ),
                    }))
                }
            }
        }
        match after {
            None => {
                if self.iter_next(&it)?.is_some() {
                    let msg = format!("too many values to unpack (expected {})", n);
                    return Err(PyErr::value_error(msg));
                }
                Ok(out)
            }
            Some(a) => {
                let mut rest = Vec::new();
                while let Some(x) = self.iter_next(&it)? {
                    rest.push(x);
                }
                if rest.len() < a {
                    return Err(PyErr::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n + a,
                        n + rest.len()
                    )));
                }
                let tail = rest.split_off(rest.len() - a);
                out.push(Value::list(rest));
                out.extend(tail);
                Ok(out)
            }
        }
    }

    /// `next(it)` with StopIteration as an exception (for the builtin).
    pub fn next_or_stop(&mut self, it: &Value) -> PyResult<Value> {
        if !self.is_iterator_value(it) {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            )));
        }
        match it {
            Value::Generator(g) => self.generator_send(g, Value::None),
            Value::Iter(_) => match self.iter_next(it)? {
                Some(v) => Ok(v),
                None => Err(PyErr::stop_iteration(None)),
            },
            // `__next__`'s own StopIteration (and its value) reaches the caller.
            _ => match it.type_of().lookup("__next__") {
                Some(next) => self.call_special(&next, vec![it.clone()]),
                None => Err(PyErr::stop_iteration(None)),
            },
        }
    }

    pub fn is_iterator_value(&self, v: &Value) -> bool {
        self.is_iterator(v)
    }
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", v.type_name()))
}
