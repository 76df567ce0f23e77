//! The set algebra — union, intersection, difference, symmetric difference, their in-place
//! forms, and the subset tests — done the way CPython 3.11 does each one: which operand is
//! walked, which is probed, when the result starts as a copy, when a rebuild happens. Those
//! choices decide the result's table and therefore the order it prints in.

use std::rc::Rc;

use super::set::PySet;
use super::{PyResult, Value};
use crate::vm::Vm;

/// The set inside a `set` or `frozenset` value.
pub fn as_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

fn is_same(a: &PySet, b: &Value) -> bool {
    as_set(b).is_some_and(|b| std::ptr::eq(a, Rc::as_ptr(b)))
}

/// `a | b` and `a.union(b)` for one operand: a copy of `a` updated from `b`.
pub fn union(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<PySet> {
    let result = a.copy();
    if !is_same(a, b) {
        result.update(vm, b)?;
    }
    Ok(result)
}

/// `a & b` and `a.intersection(b)` for one operand.
pub fn intersection(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<PySet> {
    if is_same(a, b) {
        return Ok(a.copy());
    }
    let result = PySet::new();
    if let Some(b) = as_set(b) {
        // Walk the smaller set (the argument on a tie), probe the other.
        let b: &PySet = b;
        let (walked, probed) = if b.len() > a.len() { (a, b) } else { (b, a) };
        let mut pos = 0;
        while let Some((i, key, hash)) = walked.next_entry(pos) {
            pos = i + 1;
            if probed.contains_hashed(vm, &key, hash)? {
                result.add_hashed(vm, key, hash)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(b)?;
    while let Some(key) = vm.iter_next(&it)? {
        let hash = vm.hash(&key)?;
        if a.contains_hashed(vm, &key, hash)? {
            result.add_hashed(vm, key, hash)?;
            if result.len() >= a.len() {
                break;
            }
        }
    }
    Ok(result)
}

/// `a - b` and `a.difference(b)` for one operand.
pub fn difference(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<PySet> {
    let b_len = match b {
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Dict(d) => d.len(),
        _ => return copy_and_difference(vm, a, b),
    };
    // A much bigger `a` is cheaper to copy and remove from.
    if (a.len() >> 2) > b_len {
        return copy_and_difference(vm, a, b);
    }
    let result = PySet::new();
    let mut pos = 0;
    while let Some((i, key, hash)) = a.next_entry(pos) {
        pos = i + 1;
        let in_b = match b {
            Value::Dict(d) => d.contains(vm, &key)?,
            Value::Set(s) | Value::FrozenSet(s) => s.contains_hashed(vm, &key, hash)?,
            _ => false,
        };
        if !in_b {
            result.add_hashed(vm, key, hash)?;
        }
    }
    Ok(result)
}

fn copy_and_difference(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<PySet> {
    let result = a.copy();
    difference_update(vm, &result, b)?;
    Ok(result)
}

/// `a -= b` and `a.difference_update(b)` for one operand; rebuilds the table afterwards
/// when more than a quarter of its slots are dummies.
pub fn difference_update(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<()> {
    if is_same(a, b) {
        a.clear();
        return Ok(());
    }
    if let Some(bs) = as_set(b) {
        // Against a far bigger set, only the common members matter.
        let common;
        let walked: &PySet = if (bs.len() >> 3) > a.len() {
            common = intersection(vm, a, b)?;
            &common
        } else {
            bs
        };
        let mut pos = 0;
        while let Some((i, key, hash)) = walked.next_entry(pos) {
            pos = i + 1;
            a.discard_hashed(vm, &key, hash)?;
        }
    } else {
        let it = vm.get_iter(b)?;
        while let Some(key) = vm.iter_next(&it)? {
            a.discard(vm, &key)?;
        }
    }
    a.table.borrow_mut().purge_dummies_if_many();
    Ok(())
}

/// `a ^= b` and `a.symmetric_difference_update(b)`: each member of `b` (a dict's keys, a
/// set, or a set made from any other iterable) is removed from `a` if there, else added.
pub fn symmetric_difference_update(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<()> {
    if is_same(a, b) {
        a.clear();
        return Ok(());
    }
    if let Value::Dict(d) = b {
        let mut pos = 0;
        loop {
            let entry = {
                let t = d.table.borrow();
                match t.entry_at(pos) {
                    None => return Ok(()),
                    Some(e) => e.map(|e| (e.key.clone(), e.hash)),
                }
            };
            pos += 1;
            if let Some((key, hash)) = entry {
                if !a.discard_hashed(vm, &key, hash)? {
                    a.add_hashed(vm, key, hash)?;
                }
            }
        }
    }
    let made;
    let other: &PySet = match as_set(b) {
        Some(s) => s,
        None => {
            made = PySet::from_iterable(vm, b)?;
            &made
        }
    };
    let mut pos = 0;
    while let Some((i, key, hash)) = other.next_entry(pos) {
        pos = i + 1;
        if !a.discard_hashed(vm, &key, hash)? {
            a.add_hashed(vm, key, hash)?;
        }
    }
    Ok(())
}

/// `a ^ b` and `a.symmetric_difference(b)`: a set made from `b`, updated with `a`.
pub fn symmetric_difference(vm: &mut Vm, a: &Rc<PySet>, b: &Value) -> PyResult<PySet> {
    let result = PySet::from_iterable(vm, b)?;
    symmetric_difference_update(vm, &result, &Value::Set(a.clone()))?;
    Ok(result)
}

/// Is every member of `a` in `b` (a set)?
pub fn is_subset(vm: &mut Vm, a: &PySet, b: &PySet) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some((i, key, hash)) = a.next_entry(pos) {
        pos = i + 1;
        if !b.contains_hashed(vm, &key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.issubset(b)` for any iterable `b`.
pub fn issubset(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<bool> {
    match as_set(b) {
        Some(bs) => is_subset(vm, a, bs),
        None => {
            let tmp = PySet::from_iterable(vm, b)?;
            is_subset(vm, a, &tmp)
        }
    }
}

/// `a.issuperset(b)` for any iterable `b`.
pub fn issuperset(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<bool> {
    if let Some(bs) = as_set(b) {
        return is_subset(vm, bs, a);
    }
    let it = vm.get_iter(b)?;
    while let Some(key) = vm.iter_next(&it)? {
        if !a.contains(vm, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a.isdisjoint(b)` for any iterable `b`.
pub fn isdisjoint(vm: &mut Vm, a: &PySet, b: &Value) -> PyResult<bool> {
    if is_same(a, b) {
        return Ok(a.is_empty());
    }
    if let Some(bs) = as_set(b) {
        let bs: &PySet = bs;
        let (walked, probed) = if bs.len() > a.len() { (a, bs) } else { (bs, a) };
        let mut pos = 0;
        while let Some((i, key, hash)) = walked.next_entry(pos) {
            pos = i + 1;
            if probed.contains_hashed(vm, &key, hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(b)?;
    while let Some(key) = vm.iter_next(&it)? {
        if a.contains(vm, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The comparison operators between two sets (`==` also checks sizes first, `<` and `>`
/// require a strict size difference).
pub fn compare(vm: &mut Vm, a: &PySet, b: &PySet, op: crate::bytecode::CmpOp) -> PyResult<bool> {
    use crate::bytecode::CmpOp;
    Ok(match op {
        CmpOp::Eq => a.len() == b.len() && is_subset(vm, a, b)?,
        CmpOp::Ne => !(a.len() == b.len() && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Lt => a.len() < b.len() && is_subset(vm, a, b)?,
        CmpOp::Gt => a.len() > b.len() && is_subset(vm, b, a)?,
    })
}
