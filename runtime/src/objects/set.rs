//! `set` and `frozenset`: a dict table whose values are unused.

use super::dict::PyDict;
use super::{PyResult, Value};
use crate::vm::Vm;

pub struct PySet {
    pub table: PyDict,
}

impl Default for PySet {
    fn default() -> Self {
        Self::new()
    }
}

impl PySet {
    pub fn new() -> PySet {
        PySet {
            table: PyDict::new(),
        }
    }

    pub fn from_values(vm: &mut Vm, items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let s = PySet::new();
        for v in items {
            s.add(vm, v)?;
        }
        Ok(s)
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn add(&self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.table.set(vm, v, Value::None)
    }

    pub fn contains(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        self.table.contains(vm, v)
    }

    /// Removes v; true if it was there.
    pub fn discard(&self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        Ok(self.table.remove(vm, v)?.is_some())
    }

    /// The members in iteration order. Sets of ints iterate in CPython's hash-table order
    /// (programs print small-int sets and expect `{1, 2, 3}`); other sets keep insertion
    /// order.
    pub fn items(&self) -> Vec<Value> {
        cpython_int_order(self.table.keys())
    }

    pub fn copy(&self) -> PySet {
        PySet {
            table: self.table.copy(),
        }
    }

    pub fn clear(&self) {
        self.table.clear()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for k in self.table.keys() {
            visit(&k);
        }
    }
}

/// Places key number `idx` with hash `hash` as CPython's set does (a run of linear probes,
/// then perturbed jumps).
fn place(table: &mut [Option<usize>], mask: usize, hash: u64, idx: usize) {
    let mut perturb = hash;
    let mut i = (hash as usize) & mask;
    loop {
        let probes = if i + 9 <= mask { 9 } else { 0 };
        for j in 0..=probes {
            if let Some(slot @ None) = table.get_mut(i + j) {
                *slot = Some(idx);
                return;
            }
        }
        perturb >>= 5;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// Simulates inserting the keys (all ints) into a CPython set, returning them in table order.
fn cpython_int_order(keys: Vec<Value>) -> Vec<Value> {
    if keys.len() < 2 || keys.len() > 100_000 {
        return keys;
    }
    let mut hashes = Vec::with_capacity(keys.len());
    for k in &keys {
        match k {
            Value::Int(i) => hashes.push(super::int::hash_i64(*i) as u64),
            Value::Bool(b) => hashes.push(*b as u64),
            _ => return keys,
        }
    }
    let mut table: Vec<Option<usize>> = vec![None; 8];
    let mut fill = 0usize;
    for (idx, &h) in hashes.iter().enumerate() {
        let mask = table.len() - 1;
        place(&mut table, mask, h, idx);
        fill += 1;
        if fill * 5 >= mask * 3 {
            let minused = if fill > 50_000 { fill * 2 } else { fill * 4 };
            let mut size = 8usize;
            while size <= minused {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for k in old.into_iter().flatten() {
                if let Some(&hk) = hashes.get(k) {
                    place(&mut table, size - 1, hk, k);
                }
            }
        }
    }
    table
        .into_iter()
        .flatten()
        .filter_map(|k| keys.get(k).cloned())
        .collect()
}
