//! `set` and `frozenset` objects: a `SetTable` (CPython's layout, so iteration order is
//! CPython's) behind a `RefCell`, and the element operations — add, find, remove, update
//! from another set, a dict or any iterable — which may run Python code (`__hash__`,
//! `__eq__`). That code is only ever called with the table's borrow released; a comparison
//! that rebuilt or changed the table makes the search start over, as in CPython.
//!
//! The set algebra (intersection, difference, …) built on these is in `set_algebra.rs`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::PyDict;
use super::set_table::{Scan, SetTable};
use super::{PyResult, Value};
use crate::vm::Vm;

pub struct PySet {
    pub table: RefCell<SetTable>,
    /// A frozenset's hash once computed (-1 until then); sets never use it.
    frozen_hash_cache: Cell<i64>,
    /// A weak reference was made to this set: its death is reported to `vm/finalize.rs`.
    pub weakly_referenced: Cell<bool>,
}

impl Drop for PySet {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a key is, after a search that may have run `__eq__`.
enum Lookup {
    Present(usize),
    Absent { unused: usize, dummy: Option<usize> },
}

/// A key for `in`, `discard` and `remove` with its hash: a set, or an instance of a set
/// subclass that is unhashable, stands for the equal frozenset, as in CPython.
fn hashed_set_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    if let Value::Set(inner) = key {
        return Ok((key.clone(), inner.frozen_hash()));
    }
    match vm.hash(key) {
        Ok(hash) => Ok((key.clone(), hash)),
        Err(e) if e.is_instance(&super::types().exc.type_error) => {
            match crate::vm::subclass::base_value(key) {
                Some(Value::Set(inner)) => {
                    let hash = inner.frozen_hash();
                    Ok((Value::Set(inner), hash))
                }
                _ => Err(e),
            }
        }
        Err(e) => Err(e),
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet::from_table(SetTable::new())
    }

    pub fn from_table(t: SetTable) -> PySet {
        PySet {
            table: RefCell::new(t),
            frozen_hash_cache: Cell::new(-1),
            weakly_referenced: Cell::new(false),
        }
    }

    /// A set built by adding `items` one by one (the `BUILD_SET` instruction).
    pub fn from_values(vm: &mut Vm, items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }

    /// `set(iterable)` / `frozenset(iterable)`: an empty set updated from `iterable`.
    pub fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<PySet> {
        let s = PySet::new();
        s.update(vm, iterable)?;
        Ok(s)
    }

    /// A frozenset constant of compiled code. CPython builds it from the constant tuple,
    /// then its compiler rebuilds it from that set's iteration order when merging equal
    /// constants; the second table is the one programs see. Constants hash and compare
    /// without Python code, so no VM is needed.
    pub fn from_constants(items: Vec<Value>) -> PySet {
        let build = |items: &mut dyn Iterator<Item = Value>| {
            let mut t = SetTable::new();
            for v in items {
                if let Some(h) = super::dict::const_hash(&v) {
                    insert_const(&mut t, v, h);
                }
            }
            t
        };
        let first = build(&mut items.into_iter());
        let order: Vec<Value> = first.keys().cloned().collect();
        PySet::from_table(build(&mut order.into_iter()))
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The members in iteration (slot) order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }

    /// The first member at or after slot `pos`: (its slot, the key, its hash). Re-reads
    /// the table each time, so walking a set that is being changed never panics.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, i64)> {
        let t = self.table.borrow();
        t.next_active(pos).map(|(i, k, h)| (i, k.clone(), h))
    }

    /// Searches for `key` with hash `hash`, running `__eq__` (borrow released) when needed.
    /// `adding` follows CPython's insertion, which trusts a true comparison even if the
    /// table changed meanwhile; a plain search starts over instead.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64, adding: bool) -> PyResult<Lookup> {
        'restart: loop {
            let (mut probe, generation) = {
                let t = self.table.borrow();
                (t.probe(hash), t.generation())
            };
            let mut dummy = None;
            loop {
                let scan = self.table.borrow().scan(hash, key, &mut probe, &mut dummy);
                match scan {
                    Scan::Found(i) => return Ok(Lookup::Present(i)),
                    Scan::Absent { unused, dummy } => return Ok(Lookup::Absent { unused, dummy }),
                    Scan::Compare {
                        slot,
                        key: startkey,
                    } => {
                        let eq = vm.eq(&startkey, key)?;
                        if eq && adding {
                            return Ok(Lookup::Present(slot));
                        }
                        let t = self.table.borrow();
                        if t.generation() != generation || !t.slot_holds(slot, &startkey) {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Lookup::Present(slot));
                        }
                        probe.advance(t.mask());
                    }
                }
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        let hash = vm.hash(&v)?;
        self.add_hashed(vm, v, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        {
            // Fast path: keys compared without Python code, all under one borrow.
            let mut t = self.table.borrow_mut();
            let mut probe = t.probe(hash);
            let mut dummy = None;
            match t.scan(hash, &key, &mut probe, &mut dummy) {
                Scan::Found(_) => return Ok(()),
                Scan::Absent { unused, dummy } => {
                    t.insert_absent(unused, dummy, key, hash);
                    return Ok(());
                }
                Scan::Compare { .. } => {}
            }
        }
        if let Lookup::Absent { unused, dummy } = self.lookup(vm, &key, hash, true)? {
            self.table
                .borrow_mut()
                .insert_absent(unused, dummy, key, hash);
        }
        Ok(())
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = vm.hash(v)?;
        self.contains_hashed(vm, v, hash)
    }

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        {
            let t = self.table.borrow();
            let mut probe = t.probe(hash);
            let mut dummy = None;
            match t.scan(hash, key, &mut probe, &mut dummy) {
                Scan::Found(_) => return Ok(true),
                Scan::Absent { .. } => return Ok(false),
                Scan::Compare { .. } => {}
            }
        }
        Ok(matches!(
            self.lookup(vm, key, hash, false)?,
            Lookup::Present(_)
        ))
    }

    /// `key in s` and `s.__contains__(key)`: a set key is looked up as the equal
    /// frozenset, as CPython does.
    pub fn contains_op(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let (key, hash) = hashed_set_key(vm, key)?;
        self.contains_hashed(vm, &key, hash)
    }

    /// Removes `v`; true if it was there.
    pub fn discard(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        let hash = vm.hash(v)?;
        self.discard_hashed(vm, v, hash)
    }

    /// `s.discard(key)` and `s.remove(key)`: a set key stands for the equal frozenset.
    pub fn discard_op(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let (key, hash) = hashed_set_key(vm, key)?;
        self.discard_hashed(vm, &key, hash)
    }

    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookup(vm, key, hash, false)? {
            Lookup::Present(i) => {
                let old = self.table.borrow_mut().remove_at(i);
                drop(old);
                Ok(true)
            }
            Lookup::Absent { .. } => Ok(false),
        }
    }

    /// `set.pop()`: None when empty.
    pub fn pop(&self) -> Option<Value> {
        self.table.borrow_mut().pop()
    }

    /// A new set with the same members, laid out as CPython's copy lays them out.
    pub fn copy(&self) -> PySet {
        PySet::from_table(SetTable::copied(&self.table.borrow()))
    }

    pub fn clear(&self) {
        let old = self.table.borrow_mut().take_all();
        drop(old);
    }

    /// Gives this set the contents of `other` (in-place operators that compute a new set
    /// and swap it in).
    pub fn replace_with(&self, mut other: PySet) {
        let contents = std::mem::take(other.table.get_mut());
        let old = self.table.borrow_mut().replace_contents(contents);
        drop(old);
    }

    /// The hash of a frozenset with these members: CPython's value, from the stored hashes
    /// of the members (also used to look a set up as the equal frozenset).
    pub fn frozen_hash(&self) -> i64 {
        self.table.borrow().frozen_hash()
    }

    /// `hash(frozenset)`, computed once: a frozenset's members never change after it is
    /// built.
    pub fn frozenset_hash(&self) -> i64 {
        let cached = self.frozen_hash_cache.get();
        if cached != -1 {
            return cached;
        }
        let h = self.frozen_hash();
        self.frozen_hash_cache.set(h);
        h
    }

    /// `s.update(other)` for one argument: merges another set, takes a dict's keys with
    /// their stored hashes, or adds the items of any other iterable in order.
    pub fn update(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) | Value::FrozenSet(o) => self.merge(vm, o),
            Value::Dict(d) => self.update_from_dict(vm, d),
            _ => {
                let it = vm.get_iter(other)?;
                while let Some(key) = vm.iter_next(&it)? {
                    self.add(vm, key)?;
                }
                Ok(())
            }
        }
    }

    /// Adds every member of `other`: one rebuild up front, then a plain copy when this set
    /// has no slots in use, else insertions in `other`'s slot order.
    pub fn merge(&self, vm: &mut Vm, other: &Rc<PySet>) -> PyResult<()> {
        if std::ptr::eq(self, Rc::as_ptr(other)) {
            return Ok(());
        }
        let incoming = other.len();
        if incoming == 0 {
            return Ok(());
        }
        {
            let mut t = self.table.borrow_mut();
            t.presize_for(incoming);
            if t.fill_from_clean(&other.table.borrow()) {
                return Ok(());
            }
        }
        let mut pos = 0;
        while let Some((i, key, hash)) = other.next_entry(pos) {
            pos = i + 1;
            self.add_hashed(vm, key, hash)?;
        }
        Ok(())
    }

    fn update_from_dict(&self, vm: &mut Vm, d: &PyDict) -> PyResult<()> {
        self.table.borrow_mut().presize_for(d.len());
        let mut pos = 0;
        loop {
            let entry = {
                let t = d.table.borrow();
                match t.entry_at(pos) {
                    None => None,
                    Some(e) => Some(e.map(|e| (e.key.clone(), e.hash))),
                }
            };
            let Some(entry) = entry else {
                return Ok(());
            };
            pos += 1;
            if let Some((key, hash)) = entry {
                self.add_hashed(vm, key, hash)?;
            }
        }
    }

    /// `clear()` unless the table is in use (the cycle collector's clear).
    pub fn try_clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| t.take_all());
        drop(old);
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        let Ok(table) = self.table.try_borrow() else {
            return;
        };
        for k in table.keys() {
            visit(k);
        }
    }
}

/// Adds a constant whose equality needs no Python code (compiled frozensets).
fn insert_const(t: &mut SetTable, key: Value, hash: i64) {
    let mut probe = t.probe(hash);
    let mut dummy = None;
    if let Scan::Absent { unused, dummy } = t.scan(hash, &key, &mut probe, &mut dummy) {
        t.insert_absent(unused, dummy, key, hash);
    }
}
