//! The value protocols every part of the VM leans on: truth value (`bool(v)`), `len(v)`,
//! `hash(v)` and membership (`item in container`), the builtin types answered natively and
//! anything else through `__bool__`/`__len__`/`__hash__`/`__contains__` or iteration.

use num_traits::{ToPrimitive, Zero};

use crate::objects::int;
use crate::objects::{PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => b.get(),
            Value::Int(i) => *i != 0,
            Value::Float(f) => f.get() != 0.0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.data.is_empty(),
            Value::ByteArray(b) => !b.is_empty(),
            Value::MemoryView(m) => {
                m.check()?;
                !m.is_empty()
            }
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::NotImplemented => {
                self.warn_deprecated("NotImplemented should not be used in a boolean context")?;
                true
            }
            // A class is true unless its metaclass says otherwise.
            Value::Instance(_) | Value::Iter(_) | Value::Type(_) => {
                let ty = v.type_of();
                if let Some(m) = ty.lookup("__bool__") {
                    let r = self.call_special(&m, vec![v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            other.type_name()
                        ))),
                    };
                }
                if ty.lookup("__len__").is_some() || matches!(v, Value::Iter(i) if i.is_view()) {
                    return Ok(self.len(v)? != 0);
                }
                if let Some(b) = super::subclass::base_value(v) {
                    return self.truthy(&b);
                }
                true
            }
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.data.len(),
            Value::ByteArray(b) => b.len(),
            Value::MemoryView(m) => {
                m.check()?;
                m.len()
            }
            Value::Tuple(t) => t.items.len(),
            Value::List(l) => l.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) if r.big.is_some() => r.big_len().to_usize().ok_or_else(|| {
                PyErr::overflow_error("Python int too large to convert to C ssize_t")
            })?,
            Value::Range(r) => r.len(),
            Value::Iter(i) => match &*i.kind.borrow() {
                crate::objects::iter::IterKind::DictView { dict, .. } => dict.len(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "object of type '{}' has no len()",
                        v.type_name()
                    )))
                }
            },
            _ => {
                let ty = v.type_of();
                match ty.lookup("__len__") {
                    Some(m) if !ty.builtin => {
                        let r = self.call_special(&m, vec![v.clone()])?;
                        match r {
                            Value::Int(n) if n >= 0 => n as usize,
                            other => self.len_result(&other)?,
                        }
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "object of type '{}' has no len()",
                            ty.tp_name()
                        )))
                    }
                }
            }
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = crate::objects::dict::const_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for item in &t.items {
                    hs.push(self.hash(item)?);
                }
                Ok(crate::objects::tuple::combine_hashes(hs.into_iter()))
            }
            Value::FrozenSet(s) => Ok(s.frozenset_hash()),
            Value::ByteArray(_) | Value::MemoryView(_) => self.bytes_hash(v),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::Cell(_) => {
                Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    v.type_name()
                )))
            }
            Value::Instance(_) | Value::Type(_) => {
                let ty = v.type_of();
                match ty.lookup("__hash__") {
                    Some(Value::None) => Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        ty.tp_name()
                    ))),
                    Some(m)
                        if !super::special_call::is_builtin_method(&m)
                            || ty.lookup_override("__hash__").is_some() =>
                    {
                        let r = self.call_special(&m, vec![v.clone()])?;
                        // An int subclass's instance counts by its value, as CPython's
                        // `PyLong_Check` accepts it (its own `__hash__` is not asked).
                        let r = match r {
                            Value::Instance(_) => super::subclass::base_value(&r).unwrap_or(r),
                            r => r,
                        };
                        match r {
                            Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                            Value::Bool(b) => Ok(b as i64),
                            Value::BigInt(b) => Ok(int::hash_bigint(&b)),
                            _ => Err(PyErr::type_error(
                                "__hash__ method should return an integer",
                            )),
                        }
                    }
                    _ => match super::subclass::base_value(v) {
                        Some(b) => self.hash(&b),
                        None => Ok(v.id() >> 4),
                    },
                }
            }
            // Bound methods compare equal by receiver identity and function: so they hash.
            Value::BoundMethod(m) => Ok((m.receiver.id() >> 4) ^ (m.func.id() >> 4)),
            Value::Builtin(b) => Ok(match &b.bound_self {
                Some(s) => (s.id() >> 4) ^ crate::objects::dict::str_hash(b.name),
                None => v.id() >> 4,
            }),
            // The set-like dict views are unhashable (their `__hash__` is None); the other
            // builtin values hash by identity.
            _ if super::ops::is_set_view(v) => Err(PyErr::type_error(format!(
                "unhashable type: '{}'",
                v.type_name()
            ))),
            _ => Ok(v.id() >> 4),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let (Value::Str(_) | Value::Bytes(_), Some(b @ (Value::Str(_) | Value::Bytes(_)))) =
            (container, super::subclass::base_value(item))
        {
            return self.contains(container, &b);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
                self.bytes_contains(container, item)
            }
            // The list is read as it stands at each step, as CPython reads it: an `__eq__`
            // that changes it is seen (and no copy of the whole list is made first).
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let Some(v) = l.items.borrow().get(i).cloned() else {
                        return Ok(false);
                    };
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for v in &t.items {
                    if self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => s.contains_op(self, item),
            Value::Range(r) => match item {
                Value::Int(i) if r.big.is_none() => Ok(r.contains(*i)),
                Value::Bool(b) if r.big.is_none() => Ok(r.contains(*b as i64)),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                    Ok(int::to_bigint(item).is_some_and(|x| r.big_contains(&x)))
                }
                other => {
                    for v in self.collect_iterable(container)? {
                        if self.eq(&v, other)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Iter(it) if it.is_view() => {
                let kind = match &*it.kind.borrow() {
                    crate::objects::iter::IterKind::DictView { dict, part } => {
                        Some((dict.clone(), *part))
                    }
                    _ => None,
                };
                match kind {
                    Some((d, crate::objects::iter::DictPart::Keys)) => {
                        return d.contains(self, item)
                    }
                    // `(k, v) in d.items()`: k is looked up (it must be hashable), then
                    // its value compared with v.
                    Some((d, crate::objects::iter::DictPart::Items)) => {
                        let pair = match item {
                            Value::Tuple(t) => t.clone(),
                            Value::Instance(i) => match i.base() {
                                Some(Value::Tuple(t)) => t.clone(),
                                _ => return Ok(false),
                            },
                            _ => return Ok(false),
                        };
                        let [key, value] = &pair.items[..] else {
                            return Ok(false);
                        };
                        return match d.get(self, key)? {
                            Some(found) => Ok(found.is(value) || self.eq(&found, value)?),
                            None => Ok(false),
                        };
                    }
                    _ => {}
                }
                for v in self.collect_iterable(container)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let ty = container.type_of();
                if let Some(m) = ty.lookup("__contains__").filter(|_| !ty.builtin) {
                    if m.is_none() {
                        return Err(PyErr::type_error(format!(
                            "'{}' object is not a container",
                            ty.name()
                        )));
                    }
                    let r = self.call_special(&m, vec![container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let not_iterable = || {
                    PyErr::type_error(format!(
                        "argument of type '{}' is not iterable",
                        ty.tp_name()
                    ))
                };
                if !self.is_iterable(container) {
                    return Err(not_iterable());
                }
                // CPython reports any TypeError from getting the iterator this way.
                let it = self.get_iter(container).map_err(|e| {
                    if e.is_instance(&crate::objects::types().exc.type_error) {
                        not_iterable()
                    } else {
                        e
                    }
                })?;
                while let Some(v) = self.iter_next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }
}
