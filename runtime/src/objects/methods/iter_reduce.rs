//! `__reduce__` and `__setstate__` of the common builtin iterators, which is what
//! `copy.copy(it)` uses: a sequence iterator reduces to `(iter, (seq,), position)` and is
//! rebuilt by calling `iter` and then setting the position; enumerate, zip, map and filter
//! reduce to their type and the iterators they hold (a copy shares those).

use std::rc::Rc;

use num_bigint::BigInt;

use super::{add_methods, receiver, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::iter::{IterKind, PyIter};
use crate::objects::{types, PyErr, PyResult, PyType, Value};
use crate::vm::Vm;

pub fn register() {
    let t = types();
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.seq_iterator,
        &t.str_iterator,
        &t.str_unicode_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.list_reverseiterator,
        &t.reversed,
    ] {
        add_methods(
            ty,
            &[("__reduce__", iter_reduce), ("__setstate__", iter_setstate)],
        );
    }
    for ty in [
        &t.enumerate,
        &t.map,
        &t.filter,
        &t.iterator,
        &t.callable_iterator,
        &t.set_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
    ] {
        add_methods(ty, &[("__reduce__", iter_reduce)]);
    }
    add_methods(
        &t.zip,
        &[("__reduce__", iter_reduce), ("__setstate__", zip_setstate)],
    );
}

/// The builtin `iter`, which rebuilds the sequence iterators.
fn builtin_iter(vm: &Vm) -> Value {
    vm.builtins.get_str("iter").unwrap_or(Value::None)
}

fn iter_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver(&a);
    let Value::Iter(it) = &me else {
        return Err(wrong_receiver("__reduce__", "iterator", &me));
    };
    let t = types();
    let ty = |t: &std::rc::Rc<crate::objects::PyType>| Value::Type(t.clone());
    let kind = it.kind.borrow();
    let (callable, args, state) = match &*kind {
        IterKind::Seq { seq, idx } => (builtin_iter(vm), vec![seq.clone()], Some(*idx)),
        IterKind::Bytes { data, idx } => (builtin_iter(vm), vec![data.clone()], Some(*idx)),
        IterKind::Str { s, pos } => {
            let chars = s
                .as_str()
                .get(..*pos)
                .map_or(0, |done| done.chars().count());
            (builtin_iter(vm), vec![Value::Str(s.clone())], Some(chars))
        }
        // The range iterated (whose stop may pass i64) and the position in it.
        IterKind::Range {
            next,
            remaining,
            step,
            len,
        } => {
            let done = len - remaining;
            let step = BigInt::from(*step);
            let start = BigInt::from(*next) - BigInt::from(done) * &step;
            let stop = &start + BigInt::from(*len) * &step;
            drop(kind);
            return reduce_to_range_at(vm, [start, stop, step], Value::Int(done as i64));
        }
        IterKind::BigRange {
            next,
            remaining,
            step,
            len,
        } => {
            let done = len - remaining;
            let start = next - &done * step;
            let stop = &start + len * step;
            let bounds = [start, stop, step.clone()];
            drop(kind);
            return reduce_to_range_at(vm, bounds, Value::from_bigint(done));
        }
        IterKind::Reversed { seq, idx } => {
            let next = *idx as i64 - 1;
            let r = vec![
                ty(&t.reversed),
                Value::tuple(vec![seq.clone()]),
                Value::Int(next),
            ];
            return Ok(Value::tuple(r));
        }
        IterKind::Enumerate { it, count } => {
            (ty(&t.enumerate), vec![it.clone(), count.clone()], None)
        }
        IterKind::Zip { its, strict } => {
            let mut r = vec![ty(&t.zip), Value::tuple(its.clone())];
            if *strict {
                r.push(Value::bool(true));
            }
            return Ok(Value::tuple(r));
        }
        IterKind::Map { func, its } => {
            let mut args = vec![func.clone()];
            args.extend(its.iter().cloned());
            (ty(&t.map), args, None)
        }
        IterKind::Filter { func, it } => (ty(&t.filter), vec![func.clone(), it.clone()], None),
        IterKind::Exhausted(ty) => return Ok(exhausted_reduction(vm, ty)),
        IterKind::Callable { func, sentinel } => {
            (builtin_iter(vm), vec![func.clone(), sentinel.clone()], None)
        }
        IterKind::GetItem { obj, idx } => {
            let position = Value::Int(*idx);
            let r = vec![builtin_iter(vm), Value::tuple(vec![obj.clone()]), position];
            return Ok(Value::tuple(r));
        }
        // Dict and set iterators rebuild from a list of what is left, which a copy of
        // the iterator walks (and whose size-change error it raises).
        IterKind::Dict {
            dict,
            pos,
            len_at_start,
            unseen,
            part,
        } => {
            let copy = IterKind::Dict {
                dict: dict.clone(),
                pos: *pos,
                len_at_start: *len_at_start,
                unseen: *unseen,
                part: *part,
            };
            drop(kind);
            return remaining_as_list(vm, copy);
        }
        IterKind::DictReversed(r) => {
            let copy = IterKind::DictReversed(crate::objects::dict_reversed::DictReversed {
                dict: r.dict.clone(),
                ..*r
            });
            drop(kind);
            return remaining_as_list(vm, copy);
        }
        IterKind::Set {
            source,
            pos,
            used_at_start,
        } => {
            let copy = IterKind::Set {
                source: source.clone(),
                pos: *pos,
                used_at_start: *used_at_start,
            };
            drop(kind);
            return remaining_as_list(vm, copy);
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "cannot pickle '{}' object",
                me.type_name()
            )))
        }
    };
    let mut r = vec![callable, Value::tuple(args)];
    r.extend(state.map(|s| Value::Int(s as i64)));
    Ok(Value::tuple(r))
}

/// `(iter, (remaining,))`, where `remaining` lists what an iterator in state `copy` yields.
fn remaining_as_list(vm: &mut Vm, copy: IterKind) -> PyResult<Value> {
    let copy = PyIter::new(copy);
    let mut remaining = Vec::new();
    while let Some(v) = vm.iter_next(&copy)? {
        remaining.push(v);
    }
    Ok(Value::tuple(vec![
        builtin_iter(vm),
        Value::tuple(vec![Value::list(remaining)]),
    ]))
}

/// A finished iterator rebuilds as an iterator over an empty sequence of the kind it
/// walked: `(iter, ([],))` for the mutable containers, `(iter, ((),))` for the others
/// and `(iter, ('',))` for strings (`reversed` names itself instead of `iter`).
fn exhausted_reduction(vm: &Vm, ty: &Rc<PyType>) -> Value {
    let t = types();
    let is = |candidates: &[&Rc<PyType>]| candidates.iter().any(|c| Rc::ptr_eq(c, ty));
    let empty = if is(&[&t.str_iterator, &t.str_unicode_iterator]) {
        Value::string(String::new())
    } else if is(&[
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.set_iterator,
    ]) {
        Value::list(Vec::new())
    } else {
        Value::tuple(Vec::new())
    };
    let callable = if Rc::ptr_eq(ty, &t.reversed) {
        Value::Type(t.reversed.clone())
    } else {
        builtin_iter(vm)
    };
    Value::tuple(vec![callable, Value::tuple(vec![empty])])
}

/// `(iter, (range(start, stop, step),), position)`: a range iterator's reduction.
fn reduce_to_range_at(vm: &mut Vm, bounds: [BigInt; 3], position: Value) -> PyResult<Value> {
    let range = vm.call(
        &Value::Type(types().range.clone()),
        bounds.map(Value::from_bigint).to_vec(),
    )?;
    Ok(Value::tuple(vec![
        builtin_iter(vm),
        Value::tuple(vec![range]),
        position,
    ]))
}

/// The position argument of `__setstate__`: an int (CPython takes no `__index__` here).
fn position_arg(a: &Args) -> PyResult<i64> {
    match &super::method_args::one_arg_of_receiver(a, "__setstate__")? {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        _ => Err(PyErr::type_error("an integer is required")),
    }
}

/// `it.__setstate__(n)`: continue from position `n` (clamped to the sequence), as a
/// reduction's state asks.
fn iter_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver(&a);
    let Value::Iter(it) = &me else {
        return Err(wrong_receiver("__setstate__", "iterator", &me));
    };
    let n = position_arg(&a)?;
    let sized = match &*it.kind.borrow() {
        IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => Some(seq.clone()),
        IterKind::Bytes { data, .. } => Some(data.clone()),
        _ => None,
    };
    let len = match sized {
        Some(seq) => vm.len(&seq)?,
        None => 0,
    };
    let clamp = |n: i64, hi: usize| n.clamp(0, hi as i64) as usize;
    match &mut *it.kind.borrow_mut() {
        IterKind::Seq { idx, .. } | IterKind::Bytes { idx, .. } => *idx = clamp(n, len),
        // The reversed position names the next index to yield, -1 when done.
        IterKind::Reversed { idx, .. } => *idx = clamp(n.saturating_add(1), len),
        IterKind::Str { s, pos } => {
            let text = s.as_str();
            let chars = clamp(n, text.len());
            *pos = text
                .char_indices()
                .nth(chars)
                .map_or(text.len(), |(p, _)| p);
        }
        IterKind::Range {
            next,
            remaining,
            step,
            len,
        } => {
            let start = *next as i128 - (*len - *remaining) as i128 * *step as i128;
            let position = clamp(n, *len);
            // Past the last item the value wraps, as `ForIter` lets it.
            *next = (start + position as i128 * *step as i128) as i64;
            *remaining = *len - position;
        }
        IterKind::BigRange {
            next,
            remaining,
            step,
            len,
        } => {
            let start = &*next - (&*len - &*remaining) * &*step;
            let position = BigInt::from(n.max(0)).min(len.clone());
            *next = start + &position * &*step;
            *remaining = &*len - position;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `zip.__setstate__(strict)`.
fn zip_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = receiver(&a);
    let Value::Iter(it) = &me else {
        return Err(wrong_receiver("__setstate__", "zip", &me));
    };
    let on = super::method_args::one_arg_of_receiver(&a, "__setstate__")?;
    let on = vm.truthy(&on)?;
    if let IterKind::Zip { strict, .. } = &mut *it.kind.borrow_mut() {
        *strict = on;
    }
    Ok(Value::None)
}
