//! `tuple`: an immutable sequence. The hash is computed once, on first use.

use super::Value;

pub struct PyTuple {
    pub items: Vec<Value>,
}

/// Items are released last to first, as CPython's tuple does (observable through `__del__`).
impl Drop for PyTuple {
    fn drop(&mut self) {
        while let Some(v) = self.items.pop() {
            drop(v);
        }
    }
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple { items }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Combines item hashes the way CPython's tuple hash does (xxHash-based), so equal tuples
/// hash equal and hashes spread well.
pub fn combine_hashes(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = hashes.len() as u64;
    let mut acc: u64 = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}
