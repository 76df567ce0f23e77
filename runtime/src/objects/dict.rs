//! `dict`: an insertion-ordered hash table.
//!
//! Entries live in a vector in insertion order (deleted ones leave a hole until the next
//! compaction); past `SCAN_LIMIT` entries a `hashbrown::HashTable` maps hashes to entry
//! indices, and below it a look-up scans the entries. Keys whose equality
//! is known without running Python code (str, int, float, tuples of those…) are compared
//! under the borrow; any other candidate is compared after the borrow is released, because
//! a user `__eq__` may mutate the very dict being searched.

use std::cell::RefCell;

use hashbrown::HashTable;

use super::{PyResult, Value};
use crate::vm::Vm;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A table with at most this many entry slots (holes included) keeps no index: a look-up
/// compares the hashes of the entries in turn. Most dicts are that small (keyword
/// arguments, records, parsed JSON objects), and for them the index was the second
/// largest allocation (200k three-key dicts: 88 MB with one, 76 MB without) while a scan
/// of a few contiguous entries is as quick as hashing into it.
const SCAN_LIMIT: usize = 8;

#[derive(Default, Clone)]
pub struct Table {
    entries: Vec<Option<Entry>>,
    /// Maps hashes to entry positions while there are more than `SCAN_LIMIT` of them;
    /// below that it is neither kept up to date nor read (see `positions`).
    index: HashTable<usize>,
    /// The number of live entries. 32 bits keep a `PyDict` in a 96-byte allocation; four
    /// billion entries of 40 bytes would not fit in memory.
    used: u32,
    /// The dict of a class: any change to it invalidates the type attribute cache.
    type_dict: bool,
    /// Names the table's key set: every insertion of a new key and every removal gives the
    /// table a stamp never used before (in this thread), an empty table has stamp 0, and
    /// nothing else changes the keys. So two tables with the same stamp have the same keys,
    /// which lets `LoadGlobal` cache "this name is not a global" (see `GlobalCache`).
    stamp: u64,
}

thread_local! {
    static NEXT_STAMP: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn fresh_stamp() -> u64 {
    NEXT_STAMP.with(|c| {
        let s = c.get();
        c.set(s.wrapping_add(1).max(1));
        s
    })
}

impl Table {
    pub fn len(&self) -> usize {
        self.used as usize
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The positions of the live entries whose hash is `hash`.
    fn positions(&self, hash: i64) -> Positions<'_> {
        if self.entries.len() <= SCAN_LIMIT {
            Positions::Scan {
                entries: &self.entries,
                at: 0,
                hash,
            }
        } else {
            Positions::Index(self.index.iter_hash(hash as u64))
        }
    }

    /// Indexes every live entry, once the table has outgrown a scan (or been compacted).
    fn rebuild_index(&mut self) {
        self.index.clear();
        if self.entries.len() <= SCAN_LIMIT {
            self.index = HashTable::new();
            return;
        }
        let entries = &self.entries;
        let hasher = |&i: &usize| match entries.get(i) {
            Some(Some(e)) => e.hash as u64,
            _ => 0,
        };
        self.index.shrink_to(self.len(), hasher);
        self.index.reserve(self.len(), hasher);
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert_unique(e.hash as u64, i, hasher);
            }
        }
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at raw position `pos` (holes included), for iterators that walk by index.
    pub fn entry_at(&self, pos: usize) -> Option<Option<&Entry>> {
        self.entries.get(pos).map(|e| e.as_ref())
    }

    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }

    /// Finds a key whose equality is decidable without Python code; returns the entry index,
    /// or the candidates that need a Python-level comparison.
    fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut slow = Vec::new();
        for i in self.positions(hash) {
            let Some(Some(e)) = self.entries.get(i) else {
                continue;
            };
            if e.hash != hash {
                continue;
            }
            if e.key.is(key) {
                return Probe::Found(i);
            }
            match fast_eq(&e.key, key) {
                Some(true) => return Probe::Found(i),
                Some(false) => {}
                None => slow.push((i, e.key.clone())),
            }
        }
        Probe::Candidates(slow)
    }

    fn push(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.stamp = fresh_stamp();
        self.used += 1;
        if idx == SCAN_LIMIT {
            self.rebuild_index();
        } else if idx > SCAN_LIMIT {
            let entries = &self.entries;
            self.index
                .insert_unique(hash as u64, idx, |&i| match entries.get(i) {
                    Some(Some(e)) => e.hash as u64,
                    _ => 0,
                });
        }
    }

    fn remove_at(&mut self, idx: usize) -> Option<Entry> {
        let e = self.entries.get_mut(idx)?.take()?;
        self.stamp = fresh_stamp();
        if self.entries.len() > SCAN_LIMIT {
            if let Ok(slot) = self.index.find_entry(e.hash as u64, |&i| i == idx) {
                slot.remove();
            }
        }
        self.used -= 1;
        if self.entries.len() > 16 && self.len() * 2 < self.entries.len() {
            self.compact();
        } else if idx + 1 == self.entries.len() {
            // The last entry went (`popitem`): drop the holes at the end, so that the next
            // `popitem` finds its entry at once instead of scanning back over them.
            while let Some(None) = self.entries.last() {
                self.entries.pop();
            }
        }
        Some(e)
    }

    fn compact(&mut self) {
        let entries: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.entries = entries;
        self.rebuild_index();
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.used = 0;
        self.stamp = 0;
    }
}

/// What `Table::positions` walks: the entries themselves, or the index's bucket.
enum Positions<'a> {
    Scan {
        entries: &'a [Option<Entry>],
        at: usize,
        hash: i64,
    },
    Index(hashbrown::hash_table::IterHash<'a, usize>),
}

impl Iterator for Positions<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            Positions::Scan { entries, at, hash } => {
                while let Some(slot) = entries.get(*at) {
                    *at += 1;
                    if matches!(slot, Some(e) if e.hash == *hash) {
                        return Some(*at - 1);
                    }
                }
                None
            }
            Positions::Index(bucket) => bucket.next().copied(),
        }
    }
}

enum Probe {
    Found(usize),
    Candidates(Vec<(usize, Value)>),
}

/// Equality that needs no Python code, or `None` when it does.
/// The text of a str key, or of a str subclass instance used as a key: a look-up by str
/// name treats the two alike (no user `__eq__` runs under the table's borrow).
fn str_key_text(key: &Value) -> Option<&str> {
    match key {
        Value::Str(s) => Some(s.as_str()),
        Value::Instance(i) => match i.base() {
            Some(Value::Str(s)) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// Among the candidates a probe for the str `key` left, the index of a str subclass key
/// with the same text.
fn same_str_key(candidates: &[(usize, Value)], key: &Value) -> Option<usize> {
    let text = str_key_text(key)?;
    candidates
        .iter()
        .find(|(_, k)| str_key_text(k) == Some(text))
        .map(|(i, _)| *i)
}

pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (
            Int(_) | Bool(_) | Float(_) | BigInt(_) | Complex(..),
            Int(_) | Bool(_) | Float(_) | BigInt(_) | Complex(..),
        ) => return super::int::numeric_eq(a, b),
        (None, None) => true,
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !p.is(q) && !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (FrozenSet(_), _) | (_, FrozenSet(_)) => return Option::None,
        (Type(x), Type(y)) => std::rc::Rc::ptr_eq(x, y),
        // Different builtin kinds with no user code involved are simply unequal.
        (Str(_), _) | (_, Str(_)) | (Int(_), _) | (_, Int(_)) | (None, _) | (_, None) => false,
        _ => return Option::None,
    })
}

/// FNV-1a over the UTF-8 bytes: stable within a run, as Python programs may rely on.
/// The empty string hashes to 0, as in CPython (whatever the hash seed).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let r = h as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub struct PyDict {
    pub table: RefCell<Table>,
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

impl PyDict {
    /// A new empty dict, watched by the cycle collector.
    pub fn new_tracked() -> std::rc::Rc<PyDict> {
        let d = std::rc::Rc::new(PyDict::new());
        crate::gc::track_dict(&d);
        d
    }

    pub fn new() -> PyDict {
        PyDict {
            table: RefCell::new(Table::default()),
        }
    }

    /// An empty dict with room for `n` entries: a display of known size (`{a: 1, b: 2}`)
    /// allocates its entries once, at their size, instead of growing to the next power of
    /// two.
    pub fn with_capacity(n: usize) -> PyDict {
        let table = Table {
            entries: Vec::with_capacity(n),
            index: if n > SCAN_LIMIT {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            ..Table::default()
        };
        PyDict::from_table(table)
    }

    pub fn from_table(t: Table) -> PyDict {
        PyDict {
            table: RefCell::new(Table {
                type_dict: false,
                ..t
            }),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    /// Marks this dict as a class's: from now on its changes invalidate the type
    /// attribute cache (`typeobj::lookup`).
    pub fn mark_type_dict(&self) {
        self.table.borrow_mut().type_dict = true;
        super::typeobj::invalidate_attr_cache();
    }

    /// The table, for a change.
    #[inline]
    fn table_mut(&self) -> std::cell::RefMut<'_, Table> {
        let t = self.table.borrow_mut();
        if t.type_dict {
            super::typeobj::invalidate_attr_cache();
        }
        t
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look-up by a str key without a VM (str keys never run Python code).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        self.get_str_hashed(name, str_hash(name))
    }

    /// Look-up by an identifier, using its cached hash (the interpreter's name look-ups).
    #[inline]
    pub fn get_name(&self, name: &super::PyStr) -> Option<Value> {
        self.get_str_hashed(name.as_str(), name.hash_value())
    }

    /// Look-up by a str key whose hash the caller already has.
    pub fn get_str_hashed(&self, name: &str, hash: i64) -> Option<Value> {
        let t = self.table.borrow();
        for i in t.positions(hash) {
            if let Some(Some(e)) = t.entries.get(i) {
                if e.hash == hash {
                    let Some(key) = str_key_text(&e.key) else {
                        continue;
                    };
                    // Interned names usually match by pointer.
                    if std::ptr::eq(key, name) || key == name {
                        return Some(e.value.clone());
                    }
                }
            }
        }
        None
    }

    /// The index of the entry whose key is the str `name` (for `LoadGlobal`'s cache).
    pub fn find_name_index(&self, name: &super::PyStr) -> Option<usize> {
        let t = self.table.try_borrow().ok()?;
        let hash = name.hash_value();
        let name = name.as_str();
        for i in t.positions(hash) {
            if let Some(Some(e)) = t.entries.get(i) {
                if e.hash == hash {
                    if let Value::Str(s) = &e.key {
                        if std::ptr::eq(s.as_str(), name) || s.as_str() == name {
                            return Some(i);
                        }
                    }
                }
            }
        }
        None
    }

    /// The value of the entry at `idx` if that entry's key is the str `name`.
    #[inline]
    pub fn value_at_if_name(&self, idx: usize, name: &super::PyStr) -> Option<Value> {
        let t = self.table.try_borrow().ok()?;
        match t.entries.get(idx) {
            Some(Some(Entry {
                key: Value::Str(s),
                value,
                ..
            })) if std::ptr::eq(s.as_str(), name.as_str()) || s.as_str() == name.as_str() => {
                Some(value.clone())
            }
            _ => None,
        }
    }

    /// The key-set stamp (see `Table::stamp`); None while the table is being mutated.
    #[inline]
    pub fn key_stamp(&self) -> Option<u64> {
        self.table.try_borrow().ok().map(|t| t.stamp)
    }

    /// Stores under a str key without a VM.
    pub fn set_str(&self, name: &str, value: Value) {
        self.set_str_key(super::PyStr::intern(name), value)
    }

    pub fn set_str_key(&self, key: std::rc::Rc<super::PyStr>, value: Value) {
        let hash = key.hash_value();
        let key = Value::Str(key);
        let mut t = self.table_mut();
        match t.probe(hash, &key) {
            Probe::Found(i) => {
                if let Some(Some(e)) = t.entries.get_mut(i) {
                    e.value = value;
                }
            }
            Probe::Candidates(slow) => match same_str_key(&slow, &key) {
                // An equal str subclass key keeps its place (and its type).
                Some(i) => {
                    if let Some(Some(e)) = t.entries.get_mut(i) {
                        e.value = value;
                    }
                }
                None => t.push(hash, key, value),
            },
        }
    }

    pub fn del_str(&self, name: &str) -> Option<Value> {
        let key = Value::str(name);
        let hash = str_hash(name);
        let mut t = self.table_mut();
        match t.probe(hash, &key) {
            Probe::Found(i) => t.remove_at(i).map(|e| e.value),
            Probe::Candidates(slow) => {
                let i = same_str_key(&slow, &key)?;
                t.remove_at(i).map(|e| e.value)
            }
        }
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        let probe = self.table.borrow().probe(hash, key);
        match probe {
            Probe::Found(i) => Ok(Some(i)),
            Probe::Candidates(cands) => {
                for (i, k) in cands {
                    if vm.eq(&k, key)? {
                        // The comparison may have changed the dict: trust the slot only if
                        // it still holds the key we compared.
                        let t = self.table.borrow();
                        if let Some(Some(e)) = t.entries.get(i) {
                            if e.key.is(&k) {
                                return Ok(Some(i));
                            }
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_str(s.as_str()));
        }
        let hash = vm.hash(key)?;
        Ok(match self.find(vm, key, hash)? {
            Some(i) => self
                .table
                .borrow()
                .entries
                .get(i)
                .and_then(|e| e.as_ref())
                .map(|e| e.value.clone()),
            None => None,
        })
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, key, hash)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(s) = &key {
            self.set_str_key(s.clone(), value);
            return Ok(());
        }
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Some(i) => {
                if let Some(Some(e)) = self.table_mut().entries.get_mut(i) {
                    e.value = value;
                }
            }
            None => self.table_mut().push(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`; returns its value, or None if it was absent.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, key, hash)? {
            Some(i) => Ok(self.table_mut().remove_at(i).map(|e| e.value)),
            None => Ok(None),
        }
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table_mut();
        let idx = t.entries.iter().rposition(|e| e.is_some())?;
        t.remove_at(idx).map(|e| (e.key, e.value))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn copy(&self) -> PyDict {
        PyDict::from_table(self.table.borrow().clone())
    }

    pub fn clear(&self) {
        // Take the entries out first so their destructors run after the borrow ends.
        let old = take_entries(&mut self.table_mut());
        drop(old);
    }

    /// `clear()` unless the table is in use (the cycle collector's clear).
    pub fn try_clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| {
            if t.type_dict {
                super::typeobj::invalidate_attr_cache();
            }
            take_entries(&mut t)
        });
        drop(old);
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        let Ok(table) = self.table.try_borrow() else {
            return;
        };
        for e in table.iter() {
            visit(&e.key);
            visit(&e.value);
        }
    }
}

/// Empties `t`, which stays a class's dict if it was one; returns the old contents.
fn take_entries(t: &mut Table) -> Table {
    let type_dict = t.type_dict;
    let old = std::mem::take(t);
    t.type_dict = type_dict;
    old
}

/// The hash of a value that hashes without Python code (str, bytes, numbers, None, tuples
/// of such); None for anything else.
pub fn const_hash(v: &Value) -> Option<i64> {
    use super::int::{hash_bigint, hash_f64, hash_i64};
    Some(match v {
        Value::Str(s) => s.hash_value(),
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => hash_f64(f.get()),
        Value::BigInt(b) => hash_bigint(b),
        Value::Complex(c) => super::complex::complex_hash(c.re, c.im),
        Value::Range(r) => r.hash_value(),
        Value::None => 0x5f3759df,
        Value::Bytes(b) => b.hash_value(),
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.items.len());
            for item in &t.items {
                hs.push(const_hash(item)?);
            }
            super::tuple::combine_hashes(hs.into_iter())
        }
        _ => return None,
    })
}

// A dict and its refcounts fit mimalloc's 96-byte size class.
const _: () = assert!(std::mem::size_of::<PyDict>() <= 80);
