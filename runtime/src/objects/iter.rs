//! The builtin iterator objects (list/tuple/str/range/dict/set iterators, enumerate, zip,
//! map, filter, reversed, the two-argument `iter`) and dict views. This file holds their
//! state; advancing them needs the VM (map and filter call Python code) and lives in
//! `vm/iterate.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use super::{types, PyDict, PyStr, PyType, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

pub enum IterKind {
    /// list or tuple (or any sequence indexed by position), by index.
    Seq {
        seq: Value,
        idx: usize,
    },
    /// str, by byte position.
    Str {
        s: Rc<PyStr>,
        pos: usize,
    },
    Bytes {
        data: Value,
        idx: usize,
    },
    Range {
        next: i64,
        remaining: usize,
        step: i64,
        /// The number of items at the start, for the position `__reduce__` reports.
        len: usize,
    },
    /// A range with bounds beyond i64 (forwards or reversed).
    BigRange {
        next: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
        step: num_bigint::BigInt,
        /// The number of items at the start, for the position `__reduce__` reports.
        len: num_bigint::BigInt,
    },
    Dict {
        dict: Rc<PyDict>,
        pos: usize,
        len_at_start: usize,
        /// Entries still to be yielded: finding one more means keys were swapped in
        /// while the size stayed the same.
        unseen: usize,
        part: DictPart,
    },
    /// A set or frozenset, walked slot by slot; `used_at_start` catches size changes.
    Set {
        source: Value,
        pos: usize,
        used_at_start: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The `__getitem__` protocol of an object without `__iter__`.
    GetItem {
        obj: Value,
        idx: i64,
    },
    /// `reversed(d)` or `reversed(d.items())` and the like.
    DictReversed(super::dict_reversed::DictReversed),
    /// A dict view (`d.keys()`): iterable, not an iterator.
    DictView {
        dict: Rc<PyDict>,
        part: DictPart,
    },
    /// A finished iterator, which lets go of what it walked (as CPython's do) but keeps its
    /// type: `type(it)`, `__reduce__` and `__length_hint__` still answer as that type.
    Exhausted(Rc<PyType>),
}

impl IterKind {
    /// The next item of a small-int range iterator: Some(None) once it is exhausted, None
    /// for any other kind. Both `next()` and the dispatch loop's `for` step use it.
    #[inline(always)]
    pub fn step_range(&mut self) -> Option<Option<Value>> {
        let IterKind::Range {
            next,
            remaining,
            step,
            ..
        } = self
        else {
            return None;
        };
        if *remaining == 0 {
            return Some(None);
        }
        let v = *next;
        *remaining -= 1;
        *next = next.wrapping_add(*step);
        Some(Some(Value::Int(v)))
    }

    /// Marks the iterator finished: later calls yield nothing, even if its sequence grows.
    pub fn exhaust(&mut self) {
        let ty = kind_type(self);
        *self = IterKind::Exhausted(ty);
    }
}

pub struct PyIter {
    pub kind: RefCell<IterKind>,
}

impl PyIter {
    pub fn new(kind: IterKind) -> Value {
        Value::Iter(Rc::new(PyIter {
            kind: RefCell::new(kind),
        }))
    }

    pub fn is_view(&self) -> bool {
        matches!(&*self.kind.borrow(), IterKind::DictView { .. })
    }

    pub fn type_object(&self) -> Rc<PyType> {
        kind_type(&self.kind.borrow())
    }
}

/// The Python type of an iterator in state `kind`.
fn kind_type(kind: &IterKind) -> Rc<PyType> {
    let t = types();
    match kind {
        IterKind::Seq {
            seq: Value::Tuple(_),
            ..
        } => t.tuple_iterator.clone(),
        IterKind::Seq {
            seq: Value::List(_),
            ..
        } => t.list_iterator.clone(),
        IterKind::Seq { .. } => t.seq_iterator.clone(),
        IterKind::Str { s, .. } if !s.is_ascii() => t.str_unicode_iterator.clone(),
        IterKind::Str { .. } => t.str_iterator.clone(),
        IterKind::Bytes { data, .. } => match data {
            Value::ByteArray(_) => t.bytearray_iterator.clone(),
            Value::MemoryView(_) => t.memory_iterator.clone(),
            _ => t.bytes_iterator.clone(),
        },
        IterKind::Range { .. } => t.range_iterator.clone(),
        IterKind::BigRange { .. } => t.longrange_iterator.clone(),
        IterKind::Dict {
            part: DictPart::Keys,
            ..
        } => t.dict_keyiterator.clone(),
        IterKind::Dict {
            part: DictPart::Values,
            ..
        } => t.dict_valueiterator.clone(),
        IterKind::Dict {
            part: DictPart::Items,
            ..
        } => t.dict_itemiterator.clone(),
        IterKind::Set { .. } => t.set_iterator.clone(),
        IterKind::Enumerate { .. } => t.enumerate.clone(),
        IterKind::Zip { .. } => t.zip.clone(),
        IterKind::Map { .. } => t.map.clone(),
        IterKind::Filter { .. } => t.filter.clone(),
        IterKind::Reversed {
            seq: Value::List(_),
            ..
        } => t.list_reverseiterator.clone(),
        IterKind::Reversed { .. } => t.reversed.clone(),
        IterKind::DictReversed(r) => match r.part {
            DictPart::Keys => t.dict_reversekeyiterator.clone(),
            DictPart::Values => t.dict_reversevalueiterator.clone(),
            DictPart::Items => t.dict_reverseitemiterator.clone(),
        },
        IterKind::Callable { .. } => t.callable_iterator.clone(),
        IterKind::GetItem { .. } => t.seq_iterator.clone(),
        IterKind::DictView {
            part: DictPart::Keys,
            ..
        } => t.dict_keys.clone(),
        IterKind::DictView {
            part: DictPart::Values,
            ..
        } => t.dict_values.clone(),
        IterKind::DictView {
            part: DictPart::Items,
            ..
        } => t.dict_items.clone(),
        IterKind::Exhausted(ty) => ty.clone(),
    }
}

impl PyIter {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        let Ok(kind) = self.kind.try_borrow() else {
            return;
        };
        match &*kind {
            IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => visit(seq),
            IterKind::Bytes { data, .. } => visit(data),
            IterKind::Dict { dict, .. } | IterKind::DictView { dict, .. } => {
                visit(&Value::Dict(dict.clone()))
            }
            IterKind::DictReversed(r) => visit(&Value::Dict(r.dict.clone())),
            IterKind::Set { source, .. } => visit(source),
            IterKind::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterKind::Zip { its, .. } => its.iter().for_each(|v| visit(v)),
            IterKind::Map { func, its } => {
                visit(func);
                its.iter().for_each(|v| visit(v));
            }
            IterKind::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterKind::Callable { func, sentinel } => {
                visit(func);
                visit(sentinel);
            }
            IterKind::GetItem { obj, .. } => visit(obj),
            IterKind::Str { .. }
            | IterKind::Range { .. }
            | IterKind::BigRange { .. }
            | IterKind::Exhausted(_) => {}
        }
    }
}
