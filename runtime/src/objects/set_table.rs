//! The open-addressing hash table behind `set` and `frozenset`.
//!
//! Programs print sets and expect CPython's order, and CPython's order is its table's slot
//! order, which depends on the whole history of the set (table size, removed slots, resizes,
//! how a copy was made). So this table is laid out and probed exactly as CPython 3.11's set
//! table is: a power-of-two array of slots (at least 8), each probe looking at a short run of
//! neighbouring slots before jumping with the perturbed recurrence `i = 5*i + 1 + perturb`,
//! removed keys leaving "dummy" slots, and a rebuild once three fifths of the slots have been
//! used. Iterating walks the slots in index order.
//!
//! This file holds the table alone and never runs Python code: finding a key stops and hands
//! back a candidate whenever deciding equality would need `__eq__`, and `set.rs` makes that
//! call with the table's borrow released.

use std::cell::Cell;

use super::dict::fast_eq;
use super::Value;

/// Smallest table size (CPython's `PySet_MINSIZE`).
pub const MIN_SIZE: usize = 8;
/// Neighbouring slots inspected after each probe position, when they exist.
const LINEAR_PROBES: usize = 9;
/// How fast the higher bits of the hash enter the probe sequence.
const PERTURB_SHIFT: u32 = 5;
/// The hash field of a removed key's slot; no hash of a real key is ever -1.
const DUMMY_HASH: i64 = -1;
/// Sets bigger than this grow by 2x on a rebuild instead of 4x.
const LARGE_SET: usize = 50_000;

/// One slot: unused (`key` None, `hash` 0), dummy (`key` None, `hash` -1) or active.
#[derive(Clone)]
pub struct Slot {
    pub hash: i64,
    pub key: Option<Value>,
}

impl Slot {
    const UNUSED: Slot = Slot { hash: 0, key: None };
}

thread_local! {
    static NEXT_GENERATION: Cell<u64> = const { Cell::new(1) };
}

fn fresh_generation() -> u64 {
    NEXT_GENERATION.with(|c| {
        let g = c.get();
        c.set(g.wrapping_add(1));
        g
    })
}

/// A position in a key's probe sequence.
#[derive(Clone, Copy)]
pub struct Probe {
    base: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let base = (hash as u64 as usize) & mask;
        Probe {
            base,
            offset: 0,
            run: linear_run(base, mask),
            perturb: hash as u64,
        }
    }

    #[inline]
    pub fn index(&self) -> usize {
        self.base + self.offset
    }

    #[inline]
    pub fn advance(&mut self, mask: usize) {
        if self.offset < self.run {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & mask;
        self.offset = 0;
        self.run = linear_run(self.base, mask);
    }
}

/// Neighbours checked after `base`: none when the run would cross the end of the table.
#[inline]
fn linear_run(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// What one scan along a probe sequence found.
pub enum Scan {
    /// The active slot holding the key.
    Found(usize),
    /// The key is absent: `unused` is the never-used slot that ended the search, `dummy` the
    /// last removed slot passed on the way (where an insertion goes, if any).
    Absent { unused: usize, dummy: Option<usize> },
    /// The slot's key has the key's hash but only Python code can tell whether it is equal.
    Compare { slot: usize, key: Value },
}

/// Equality decidable without running Python code; None when `__eq__` must decide.
#[inline]
fn keys_equal(stored: &Value, key: &Value) -> Option<bool> {
    if let (Value::Int(a), Value::Int(b)) = (stored, key) {
        return Some(a == b);
    }
    if stored.is(key) {
        return Some(true);
    }
    fast_eq(stored, key)
}

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking; survives clears and rebuilds, as CPython's does.
    finger: usize,
    /// Names the current slot array: every rebuild or clear takes a new one, so a search
    /// that ran `__eq__` can tell that the table it was walking is gone.
    generation: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        Self::new()
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::UNUSED; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: fresh_generation(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    #[inline]
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn probe(&self, hash: i64) -> Probe {
        Probe::new(hash, self.mask())
    }

    /// Walks the probe sequence from `probe` until the key is found, proven absent, or a
    /// candidate needs a Python comparison. `dummy` collects the last removed slot passed.
    #[inline]
    pub fn scan(
        &self,
        hash: i64,
        key: &Value,
        probe: &mut Probe,
        dummy: &mut Option<usize>,
    ) -> Scan {
        let mask = self.mask();
        loop {
            let i = probe.index();
            let Some(slot) = self.slots.get(i) else {
                // Unreachable while the slot array is a power of two; ends the search safely.
                return Scan::Absent {
                    unused: 0,
                    dummy: None,
                };
            };
            match &slot.key {
                None if slot.hash == 0 => {
                    return Scan::Absent {
                        unused: i,
                        dummy: *dummy,
                    }
                }
                None => *dummy = Some(i),
                Some(k) if slot.hash == hash => match keys_equal(k, key) {
                    Some(true) => return Scan::Found(i),
                    Some(false) => {}
                    None => {
                        return Scan::Compare {
                            slot: i,
                            key: k.clone(),
                        }
                    }
                },
                Some(_) => {}
            }
            probe.advance(mask);
        }
    }

    /// Does slot `i` still hold exactly `key` (the same object)?
    pub fn slot_holds(&self, i: usize, key: &Value) -> bool {
        matches!(self.slots.get(i), Some(Slot { key: Some(k), .. }) if k.is(key))
    }

    /// Stores a key found absent by `scan` (in the last dummy passed, else the unused slot),
    /// then rebuilds the table if it has become too full.
    pub fn insert_absent(&mut self, unused: usize, dummy: Option<usize>, key: Value, hash: i64) {
        if let Some(d) = dummy {
            if let Some(slot) = self.slots.get_mut(d) {
                *slot = Slot {
                    hash,
                    key: Some(key),
                };
                self.used += 1;
            }
            return;
        }
        let Some(slot) = self.slots.get_mut(unused) else {
            return;
        };
        *slot = Slot {
            hash,
            key: Some(key),
        };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
    }

    /// The `minused` argument of a rebuild after growth or mass removal.
    fn growth_target(&self) -> usize {
        if self.used > LARGE_SET {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Turns active slot `i` into a dummy; returns its key.
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        let slot = self.slots.get_mut(i)?;
        let key = slot.key.take()?;
        slot.hash = DUMMY_HASH;
        self.used -= 1;
        Some(key)
    }

    /// Rebuilds the table with the smallest size (at least 8) greater than `minused`,
    /// dropping dummies and reinserting the active keys in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // Already minimal with nothing to purge: CPython leaves such a table alone.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::UNUSED; size]);
        self.generation = fresh_generation();
        self.fill = self.used;
        let mask = size - 1;
        for slot in old {
            if let Some(key) = slot.key {
                insert_clean(&mut self.slots, mask, key, slot.hash);
            }
        }
    }

    /// The pre-sizing done before merging `incoming` keys in one go: one rebuild up front
    /// rather than several while inserting.
    pub fn presize_for(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// Fills a table with no used or dummy slots from `other` without comparing keys (they
    /// are distinct): a slot-for-slot copy when the sizes match and `other` has no dummies,
    /// else clean insertions in `other`'s slot order. Returns false (doing nothing) when this
    /// table is not empty of slots.
    pub fn fill_from_clean(&mut self, other: &SetTable) -> bool {
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            let mask = self.mask();
            for slot in &other.slots {
                if let Some(key) = &slot.key {
                    insert_clean(&mut self.slots, mask, key.clone(), slot.hash);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// What `set(other)` builds from another set's table: a merge into an empty table.
    pub fn copied(other: &SetTable) -> SetTable {
        let mut t = SetTable::new();
        if other.used == 0 {
            return t;
        }
        t.presize_for(other.used);
        t.fill_from_clean(other);
        t
    }

    /// The active slot at or after `pos`: (its index, key, hash).
    #[inline]
    pub fn next_active(&self, pos: usize) -> Option<(usize, &Value, i64)> {
        let rest = self.slots.get(pos..)?;
        rest.iter()
            .enumerate()
            .find_map(|(j, s)| s.key.as_ref().map(|k| (pos + j, k, s.hash)))
    }

    /// Active keys in slot order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| s.key.as_ref())
    }

    /// Active (key, hash) pairs in slot order.
    pub fn entries(&self) -> impl Iterator<Item = (&Value, i64)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.as_ref().map(|k| (k, s.hash)))
    }

    /// Removes the key `set.pop()` returns: the first active slot at or after the finger,
    /// wrapping around; the finger moves past it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots.get(i), Some(Slot { key: Some(_), .. })) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let key = self.remove_at(i)?;
        self.finger = i + 1;
        Some(key)
    }

    /// Empties the table back to the minimal size; returns the old slots so the caller can
    /// drop the keys after releasing its borrow.
    pub fn take_all(&mut self) -> Vec<Slot> {
        let fresh = SetTable {
            finger: self.finger,
            ..SetTable::new()
        };
        std::mem::replace(self, fresh).slots
    }

    /// Puts `other`'s contents in place of this table's (keeping this table's pop finger, as
    /// CPython's in-place intersection does); returns the old slots to drop.
    pub fn replace_contents(&mut self, other: SetTable) -> Vec<Slot> {
        let finger = self.finger;
        let old = std::mem::replace(self, other);
        self.finger = finger;
        self.generation = fresh_generation();
        old.slots
    }

    /// Should a mass removal be followed by a rebuild (more than a quarter of the slots are
    /// dummies)? Then does it.
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// CPython's frozenset hash: shuffled entry hashes combined with xor (so independent of
    /// order), mixed with the size, then dispersed.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut h: u64 = 0;
        for (_, eh) in self.entries() {
            h ^= shuffle(eh as u64);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        if h == u64::MAX {
            return 590_923_713;
        }
        h as i64
    }
}

/// Stores a key known to be absent into a table with no dummies: the first never-used slot
/// along its probe sequence.
fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut probe = Probe::new(hash, mask);
    loop {
        match slots.get_mut(probe.index()) {
            Some(slot) if slot.key.is_none() => {
                *slot = Slot {
                    hash,
                    key: Some(key),
                };
                return;
            }
            Some(_) => probe.advance(mask),
            None => return,
        }
    }
}
