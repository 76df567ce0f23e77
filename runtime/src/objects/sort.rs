//! `list.sort()` and `sorted()`: the timsort algorithm (natural runs, binary insertion sort up
//! to `minrun`, the powersort merge policy, galloping merges with an adaptive threshold) built
//! so that it asks exactly the same `a < b` questions, in the same order, as CPython 3.11. A
//! `__lt__` that counts, prints or answers inconsistently therefore sees what it sees on
//! CPython, and the result (also after an exception) is the same permutation.
//!
//! The algorithm permutes an array of indices into the key list; items and keys are only
//! looked at to compare them, and moved once at the end. Every step keeps that array a
//! permutation, also when a comparison raises in the middle of a merge, so the list is left
//! partially sorted but complete, as CPython leaves it.
//!
//! How `<` is evaluated is chosen once per sort from the types of all keys, as CPython does:
//! the choice is invisible except that a homogeneous list of one user class has its `__lt__`
//! called directly, and called a second time (inside the full protocol) when it returns
//! `NotImplemented`. Ints, floats, strs and tuples of those are compared without the VM.
//! Keys that are all ints, all strs or all NaN-free floats skip timsort for the standard
//! library's stable sort (`sort_pure_keys`): no comparison is observable there.

use std::cmp::Ordering;
use std::rc::Rc;

use super::surrogates::cmp_code_points;
use super::{PyResult, PyType, Value};
use crate::bytecode::CmpOp;
use crate::vm::Vm;

/// Consecutive wins of one run after which a merge switches to galloping.
const MIN_GALLOP: usize = 7;

/// Sorts `items` in place like CPython's `list.sort(key=key, reverse=reverse)`. `key` is
/// called once per item, in order. On an error from `key` the items keep their order; on an
/// error from a comparison they are left in the partially sorted order CPython leaves them in.
pub fn sort_items(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let computed;
    let keys: &[Value] = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for v in items.iter() {
                ks.push(vm.call(f, vec![v.clone()])?);
            }
            computed = ks;
            &computed
        }
        None => &items[..],
    };
    // `reverse=True` reverses, sorts stably and reverses back: equal keys keep their order.
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    if reverse {
        perm.reverse();
    }
    if let Some(sorted) = sort_pure_keys(keys, &perm) {
        perm = sorted;
        if reverse {
            perm.reverse();
        }
        apply_permutation(items, &perm);
        return Ok(());
    }
    let mut sorter = TimSort {
        cmp: KeyLess {
            vm,
            order: KeyOrder::for_keys(keys),
            keys,
        },
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        runs: Vec::new(),
    };
    let result = sorter.sort(&mut perm);
    if reverse {
        perm.reverse();
    }
    apply_permutation(items, &perm);
    result
}

/// Reorders `items` so that the k-th is the one `perm[k]` named.
fn apply_permutation(items: &mut Vec<Value>, perm: &[usize]) {
    let mut slots: Vec<Option<Value>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(
        perm.iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// `perm` sorted by the standard library's stable sort when every key is an int, every key
/// a str, or every key a float and none a NaN: their `<` runs no Python code and is a strict
/// weak order, so every stable sort gives the same permutation as CPython's timsort and
/// only the speed differs. None for any other keys.
fn sort_pure_keys(keys: &[Value], perm: &[usize]) -> Option<Vec<usize>> {
    fn stable_by<'a, K>(
        perm: &[usize],
        key_of: impl Fn(&'a Value) -> Option<K>,
        keys: &'a [Value],
        cmp: impl Fn(&K, &K) -> Ordering,
    ) -> Option<Vec<usize>> {
        let mut pairs = Vec::with_capacity(perm.len());
        for &i in perm {
            pairs.push((key_of(keys.get(i)?)?, i));
        }
        pairs.sort_by(|a, b| cmp(&a.0, &b.0));
        Some(pairs.into_iter().map(|(_, i)| i).collect())
    }
    match keys.first()? {
        Value::Int(_) => stable_by(
            perm,
            |k| match k {
                Value::Int(x) => Some(*x),
                _ => None,
            },
            keys,
            i64::cmp,
        ),
        Value::Str(_) => stable_by(
            perm,
            |k| match k {
                Value::Str(s) => Some(s.as_str()),
                _ => None,
            },
            keys,
            |a, b| cmp_code_points(a, b),
        ),
        Value::Float(_) => stable_by(
            perm,
            |k| match k {
                Value::Float(f) if !f.get().is_nan() => Some(f.get()),
                _ => None,
            },
            keys,
            |a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal),
        ),
        _ => None,
    }
}

/// The evaluation of `a < b` for the keys of one sort.
enum KeyOrder {
    /// Keys of several types, or of a builtin type: the full rich-comparison protocol.
    General,
    /// Every key is an instance of this one user class: its `__lt__` is called directly, and
    /// only when that returns `NotImplemented` does the full protocol run.
    SameClass(Rc<PyType>),
    /// Every key is a non-empty tuple: items are compared for equality from the left and the
    /// first differing pair is ordered by `first` when it is the first item (the full
    /// protocol otherwise). `first` is never `Tuples`.
    Tuples(Box<KeyOrder>),
}

impl KeyOrder {
    fn for_keys(keys: &[Value]) -> KeyOrder {
        if keys.len() < 2 {
            return KeyOrder::General;
        }
        let all_tuples = keys
            .iter()
            .all(|k| matches!(k, Value::Tuple(t) if !t.items.is_empty()));
        if all_tuples {
            let firsts = keys.iter().filter_map(|k| match k {
                Value::Tuple(t) => t.items.first(),
                _ => None,
            });
            return KeyOrder::Tuples(Box::new(KeyOrder::for_same_class(firsts)));
        }
        KeyOrder::for_same_class(keys.iter())
    }

    fn for_same_class<'a>(mut keys: impl Iterator<Item = &'a Value>) -> KeyOrder {
        let Some(first) = keys.next() else {
            return KeyOrder::General;
        };
        let class = first.type_of();
        if class.builtin || !keys.all(|k| Rc::ptr_eq(&k.type_of(), &class)) {
            return KeyOrder::General;
        }
        KeyOrder::SameClass(class)
    }

    fn less(&self, vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(ord) = native_order(a, b) {
            return Ok(ord == NativeOrder::Less);
        }
        match self {
            KeyOrder::General => general_less(vm, a, b),
            KeyOrder::SameClass(class) => {
                // A key whose class was reassigned mid-sort gets the full protocol.
                if Rc::ptr_eq(&a.type_of(), class) {
                    if let Some(r) = vm.try_dunder(a, "__lt__", b)? {
                        return truth(vm, r);
                    }
                }
                general_less(vm, a, b)
            }
            KeyOrder::Tuples(first) => match (a, b) {
                (Value::Tuple(x), Value::Tuple(y)) => {
                    for (i, (p, q)) in x.items.iter().zip(y.items.iter()).enumerate() {
                        if !vm.eq(p, q)? {
                            return if i == 0 {
                                first.less(vm, p, q)
                            } else {
                                general_less(vm, p, q)
                            };
                        }
                    }
                    Ok(x.items.len() < y.items.len())
                }
                _ => general_less(vm, a, b),
            },
        }
    }
}

fn general_less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let r = vm.compare(a, b, CmpOp::Lt)?;
    truth(vm, r)
}

fn truth(vm: &mut Vm, r: Value) -> PyResult<bool> {
    match r {
        Value::Bool(b) => Ok(b.get()),
        other => vm.truthy(&other),
    }
}

/// Outcome of comparing two keys that need no Python code: equal (`==`), `a < b`, or
/// different without `a < b` (greater, or unordered like NaN).
#[derive(PartialEq)]
enum NativeOrder {
    Equal,
    Less,
    NotLess,
}

/// Compares ints, floats, strs and tuples of those directly; None when Python code (or a
/// rule this shortcut does not know) could be involved.
fn native_order(a: &Value, b: &Value) -> Option<NativeOrder> {
    let from = |o: Option<Ordering>| match o {
        Some(Ordering::Equal) => NativeOrder::Equal,
        Some(Ordering::Less) => NativeOrder::Less,
        _ => NativeOrder::NotLess,
    };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(from(Some(x.cmp(y)))),
        // Tuple items equal by identity count as equal (a NaN is identical to itself).
        (Value::Float(_), Value::Float(_)) if a.is(b) => Some(NativeOrder::Equal),
        (Value::Float(x), Value::Float(y)) => Some(from(x.get().partial_cmp(&y.get()))),
        (Value::Str(x), Value::Str(y)) => Some(from(Some(cmp_code_points(x.as_str(), y.as_str())))),
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match native_order(p, q)? {
                    NativeOrder::Equal => {}
                    differs => return Some(differs),
                }
            }
            Some(from(Some(x.items.len().cmp(&y.items.len()))))
        }
        _ => None,
    }
}

/// A sorted stretch of the index array, and the powersort "power" of the boundary between it
/// and the run pushed after it.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge loop stopped: everything left is in place once the unmerged rest of the
/// buffered run is copied back (`Done`), or just one element of the buffered run is left and
/// it goes at the far end (`OneLeft`).
enum MergeEnd {
    Done,
    OneLeft,
}

/// The comparison of two keys given by their index.
struct KeyLess<'v, 'k> {
    vm: &'v mut Vm,
    keys: &'k [Value],
    order: KeyOrder,
}

impl KeyLess<'_, '_> {
    /// `keys[i] < keys[j]`.
    #[inline]
    fn lt(&mut self, i: usize, j: usize) -> PyResult<bool> {
        let (Some(a), Some(b)) = (self.keys.get(i), self.keys.get(j)) else {
            return Ok(false);
        };
        // The common homogeneous cases, inline.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
            (Value::Str(x), Value::Str(y)) => Ok(cmp_code_points(x.as_str(), y.as_str()).is_lt()),
            _ => self.order.less(self.vm, a, b),
        }
    }
}

struct TimSort<'v, 'k> {
    cmp: KeyLess<'v, 'k>,
    /// Adaptive galloping threshold, carried from one merge to the next.
    min_gallop: usize,
    /// The shorter run of the merge in progress.
    tmp: Vec<usize>,
    /// Runs found and not yet merged, left to right.
    runs: Vec<Run>,
}

impl TimSort<'_, '_> {
    fn sort(&mut self, perm: &mut [usize]) -> PyResult<()> {
        let total = perm.len();
        if total < 2 {
            return Ok(());
        }
        let minrun = min_run_length(total);
        let mut lo = 0;
        while lo < total {
            let (mut len, descending) = self.count_run(&perm[lo..])?;
            if descending {
                perm[lo..lo + len].reverse();
            }
            if len < minrun {
                let forced = minrun.min(total - lo);
                self.binary_insertion_sort(&mut perm[lo..lo + forced], len)?;
                len = forced;
            }
            self.found_new_run(perm, lo, len, total)?;
            self.runs.push(Run {
                base: lo,
                len,
                power: 0,
            });
            lo += len;
        }
        // Merge what is left, right to left, the smaller neighbour of the middle run first.
        while self.runs.len() > 1 {
            let mut at = self.runs.len() - 2;
            if at > 0 && self.runs[at - 1].len < self.runs[at + 1].len {
                at -= 1;
            }
            self.merge_at(perm, at)?;
        }
        Ok(())
    }

    /// Length of the run at the start of `slice` and whether it is strictly descending (a
    /// descending run never holds equal keys, so reversing it keeps the sort stable).
    fn count_run(&mut self, slice: &[usize]) -> PyResult<(usize, bool)> {
        if slice.len() < 2 {
            return Ok((slice.len(), false));
        }
        let descending = self.cmp.lt(slice[1], slice[0])?;
        let mut len = 2;
        while len < slice.len() && self.cmp.lt(slice[len], slice[len - 1])? == descending {
            len += 1;
        }
        Ok((len, descending))
    }

    /// Sorts `slice` whose first `sorted` elements are already in order, inserting each
    /// following element after a binary search (after all equal elements, for stability).
    fn binary_insertion_sort(&mut self, slice: &mut [usize], sorted: usize) -> PyResult<()> {
        for next in sorted.max(1)..slice.len() {
            let pivot = slice[next];
            let (mut left, mut right) = (0, next);
            while left < right {
                let mid = left + (right - left) / 2;
                if self.cmp.lt(pivot, slice[mid])? {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            slice.copy_within(left..next, left + 1);
            slice[left] = pivot;
        }
        Ok(())
    }

    /// Powersort's rule: before a new run of `len` at `start` is pushed, merge the runs on
    /// the stack whose boundary lies deeper in the ideal merge tree than the boundary between
    /// the top run and the new one.
    fn found_new_run(
        &mut self,
        perm: &mut [usize],
        start: usize,
        len: usize,
        total: usize,
    ) -> PyResult<()> {
        let Some(top) = self.runs.last() else {
            return Ok(());
        };
        debug_assert_eq!(top.base + top.len, start);
        let power = boundary_power(top.base, top.len, len, total);
        while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > power {
            self.merge_at(perm, self.runs.len() - 2)?;
        }
        if let Some(top) = self.runs.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges runs `at` and `at + 1` of the stack.
    fn merge_at(&mut self, perm: &mut [usize], at: usize) -> PyResult<()> {
        let a = self.runs[at];
        let b = self.runs[at + 1];
        self.runs[at].len = a.len + b.len;
        self.runs.remove(at + 1);
        // Leading elements of A not greater than B's first are already in place...
        let skip = gallop_right(&mut self.cmp, perm[b.base], &perm[a.base..b.base], 0)?;
        let (base_a, len_a) = (a.base + skip, a.len - skip);
        if len_a == 0 {
            return Ok(());
        }
        // ...and so are trailing elements of B not less than A's last.
        let end_b = b.base + b.len;
        let last_a = perm[b.base - 1];
        let len_b = gallop_left(&mut self.cmp, last_a, &perm[b.base..end_b], b.len - 1)?;
        if len_b == 0 {
            return Ok(());
        }
        if len_a <= len_b {
            self.merge_low(perm, base_a, len_a, len_b)
        } else {
            self.merge_high(perm, base_a, len_a, len_b)
        }
    }

    /// Merges `perm[base..base + na]` with the `nb` elements after it, left to right, with
    /// the first (shorter) run buffered in `tmp`.
    fn merge_low(&mut self, perm: &mut [usize], base: usize, na: usize, nb: usize) -> PyResult<()> {
        let end = base + na + nb;
        self.tmp.clear();
        self.tmp.extend_from_slice(&perm[base..base + na]);
        let mut left = Counts { na, nb };
        let outcome = self.merge_low_loop(perm, end, &mut left);
        // The remaining A elements are tmp[len - na..], the remaining B elements
        // perm[end - nb..end], and the gap before those is exactly na wide.
        let Counts { na, nb } = left;
        let a_rest = self.tmp.len() - na;
        match outcome {
            Ok(MergeEnd::OneLeft) => {
                perm.copy_within(end - nb..end, end - nb - 1);
                perm[end - 1] = self.tmp[a_rest];
                Ok(())
            }
            done_or_failed => {
                perm[end - nb - na..end - nb].copy_from_slice(&self.tmp[a_rest..]);
                done_or_failed.map(|_| ())
            }
        }
    }

    fn merge_low_loop(
        &mut self,
        perm: &mut [usize],
        end: usize,
        left: &mut Counts,
    ) -> PyResult<MergeEnd> {
        let total_a = self.tmp.len();
        // Next A is tmp[total_a - na], next B is perm[end - nb], the next slot to fill is
        // perm[end - nb - na].
        macro_rules! next_a {
            () => {
                self.tmp[total_a - left.na]
            };
        }
        macro_rules! take_b {
            () => {{
                perm[end - left.nb - left.na] = perm[end - left.nb];
                left.nb -= 1;
            }};
        }
        macro_rules! take_a {
            () => {{
                perm[end - left.nb - left.na] = next_a!();
                left.na -= 1;
            }};
        }
        // merge_at established that B's first element goes first.
        take_b!();
        if left.nb == 0 {
            return Ok(MergeEnd::Done);
        }
        if left.na == 1 {
            return Ok(MergeEnd::OneLeft);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            // One pair at a time, counting consecutive wins.
            let (mut wins_a, mut wins_b) = (0usize, 0usize);
            loop {
                if self.cmp.lt(perm[end - left.nb], next_a!())? {
                    take_b!();
                    wins_b += 1;
                    wins_a = 0;
                    if left.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if wins_b >= min_gallop {
                        break;
                    }
                } else {
                    take_a!();
                    wins_a += 1;
                    wins_b = 0;
                    if left.na == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    if wins_a >= min_gallop {
                        break;
                    }
                }
            }
            // Galloping: search each run for where the other's next element goes and move
            // whole stretches, until neither search pays off.
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let a_from = total_a - left.na;
                let key = perm[end - left.nb];
                let k = gallop_right(&mut self.cmp, key, &self.tmp[a_from..], 0)?;
                wins_a = k;
                if k > 0 {
                    let dest = end - left.nb - left.na;
                    perm[dest..dest + k].copy_from_slice(&self.tmp[a_from..a_from + k]);
                    left.na -= k;
                    if left.na == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    // Only possible when the comparisons are inconsistent.
                    if left.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                take_b!();
                if left.nb == 0 {
                    return Ok(MergeEnd::Done);
                }
                let key = next_a!();
                let k = gallop_left(&mut self.cmp, key, &perm[end - left.nb..end], 0)?;
                wins_b = k;
                if k > 0 {
                    let from = end - left.nb;
                    perm.copy_within(from..from + k, from - left.na);
                    left.nb -= k;
                    if left.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                take_a!();
                if left.na == 1 {
                    return Ok(MergeEnd::OneLeft);
                }
                if wins_a < MIN_GALLOP && wins_b < MIN_GALLOP {
                    break;
                }
            }
            // Leaving gallop mode costs: it takes longer to get back in.
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }

    /// Merges `perm[base..base + na]` with the `nb` elements after it, right to left, with
    /// the second (shorter) run buffered in `tmp`.
    fn merge_high(
        &mut self,
        perm: &mut [usize],
        base: usize,
        na: usize,
        nb: usize,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&perm[base + na..base + na + nb]);
        let mut left = Counts { na, nb };
        let outcome = self.merge_high_loop(perm, base, &mut left);
        // The remaining A elements are perm[base..base + na], the remaining B elements
        // tmp[..nb], and the gap after A is exactly nb wide.
        let Counts { na, nb } = left;
        match outcome {
            Ok(MergeEnd::OneLeft) => {
                perm.copy_within(base..base + na, base + 1);
                perm[base] = self.tmp[0];
                Ok(())
            }
            done_or_failed => {
                perm[base + na..base + na + nb].copy_from_slice(&self.tmp[..nb]);
                done_or_failed.map(|_| ())
            }
        }
    }

    fn merge_high_loop(
        &mut self,
        perm: &mut [usize],
        base: usize,
        left: &mut Counts,
    ) -> PyResult<MergeEnd> {
        // Next A is perm[base + na - 1], next B is tmp[nb - 1], the next slot to fill is
        // perm[base + na + nb - 1].
        macro_rules! last_a {
            () => {
                perm[base + left.na - 1]
            };
        }
        macro_rules! take_a {
            () => {{
                perm[base + left.na + left.nb - 1] = last_a!();
                left.na -= 1;
            }};
        }
        macro_rules! take_b {
            () => {{
                perm[base + left.na + left.nb - 1] = self.tmp[left.nb - 1];
                left.nb -= 1;
            }};
        }
        // merge_at established that A's last element goes last.
        take_a!();
        if left.na == 0 {
            return Ok(MergeEnd::Done);
        }
        if left.nb == 1 {
            return Ok(MergeEnd::OneLeft);
        }
        let mut min_gallop = self.min_gallop;
        loop {
            let (mut wins_a, mut wins_b) = (0usize, 0usize);
            loop {
                if self.cmp.lt(self.tmp[left.nb - 1], last_a!())? {
                    take_a!();
                    wins_a += 1;
                    wins_b = 0;
                    if left.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                    if wins_a >= min_gallop {
                        break;
                    }
                } else {
                    take_b!();
                    wins_b += 1;
                    wins_a = 0;
                    if left.nb == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    if wins_b >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= usize::from(min_gallop > 1);
                self.min_gallop = min_gallop;
                let key = self.tmp[left.nb - 1];
                let run_a = &perm[base..base + left.na];
                let k = left.na - gallop_right(&mut self.cmp, key, run_a, left.na - 1)?;
                wins_a = k;
                if k > 0 {
                    let from = base + left.na - k;
                    perm.copy_within(from..from + k, from + left.nb);
                    left.na -= k;
                    if left.na == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                take_b!();
                if left.nb == 1 {
                    return Ok(MergeEnd::OneLeft);
                }
                let key = last_a!();
                let k =
                    left.nb - gallop_left(&mut self.cmp, key, &self.tmp[..left.nb], left.nb - 1)?;
                wins_b = k;
                if k > 0 {
                    let dest = base + left.na + left.nb - k;
                    let from = left.nb - k;
                    perm[dest..dest + k].copy_from_slice(&self.tmp[from..from + k]);
                    left.nb -= k;
                    if left.nb == 1 {
                        return Ok(MergeEnd::OneLeft);
                    }
                    // Only possible when the comparisons are inconsistent.
                    if left.nb == 0 {
                        return Ok(MergeEnd::Done);
                    }
                }
                take_a!();
                if left.na == 0 {
                    return Ok(MergeEnd::Done);
                }
                if wins_a < MIN_GALLOP && wins_b < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            self.min_gallop = min_gallop;
        }
    }
}

/// Elements of the two runs of a merge not yet moved to their final place.
struct Counts {
    na: usize,
    nb: usize,
}

/// Runs shorter than this are extended by binary insertion. Below 64 elements that is the
/// whole list; above, a value in 32..=64 chosen so that `total / minrun` is a power of two or
/// just below one: the top six bits of `total`, plus one if any lower bit is set.
fn min_run_length(mut total: usize) -> usize {
    let mut lower_bits_set = 0;
    while total >= 64 {
        lower_bits_set |= total & 1;
        total >>= 1;
    }
    total + lower_bits_set
}

/// Powersort's power of the boundary between a run (`start1`, `len1`) and the run of `len2`
/// right after it, in a list of `total`: the first binary digit at which the two runs'
/// midpoints, as fractions of the list, differ.
fn boundary_power(start1: usize, len1: usize, len2: usize, total: usize) -> u32 {
    // Both midpoints doubled, so they are integers; each step exposes one more binary digit
    // of mid / total by comparing against total and doubling the remainder.
    let mut mid1 = 2 * start1 + len1;
    let mut mid2 = mid1 + len1 + len2;
    let mut power = 0;
    loop {
        power += 1;
        let (digit1, digit2) = (mid1 >= total, mid2 >= total);
        if digit1 != digit2 {
            return power;
        }
        if digit1 {
            mid1 -= total;
            mid2 -= total;
        }
        mid1 <<= 1;
        mid2 <<= 1;
    }
}

/// Position in the sorted `run` where `key` goes before all equal elements: the k with
/// `run[k - 1] < key <= run[k]`. Starts probing at `hint` and widens by 1, 3, 7, 15... before
/// a binary search of the bracketed stretch.
fn gallop_left(ts: &mut KeyLess, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    // The answer lies in lo..=hi.
    let (mut lo, mut hi);
    if ts.lt(run[hint], key)? {
        // Probe to the right: run[hint + last] < key <= run[hint + ofs].
        let limit = run.len() - hint;
        let (mut last, mut ofs) = (0, 1);
        while ofs < limit {
            if ts.lt(run[hint + ofs], key)? {
                last = ofs;
                ofs = 2 * ofs + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(limit);
        lo = hint + last + 1;
        hi = hint + ofs;
    } else {
        // Probe to the left: run[hint - ofs] < key <= run[hint - last].
        let limit = hint + 1;
        let (mut last, mut ofs) = (0, 1);
        while ofs < limit {
            if ts.lt(run[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(limit);
        lo = hint + 1 - ofs;
        hi = hint - last;
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if ts.lt(run[mid], key)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

/// Position in the sorted `run` where `key` goes after all equal elements: the k with
/// `run[k - 1] <= key < run[k]`. Probes like `gallop_left`.
fn gallop_right(ts: &mut KeyLess, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let (mut lo, mut hi);
    if ts.lt(key, run[hint])? {
        // Probe to the left: run[hint - ofs] <= key < run[hint - last].
        let limit = hint + 1;
        let (mut last, mut ofs) = (0, 1);
        while ofs < limit {
            if ts.lt(key, run[hint - ofs])? {
                last = ofs;
                ofs = 2 * ofs + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(limit);
        lo = hint + 1 - ofs;
        hi = hint - last;
    } else {
        // Probe to the right: run[hint + last] <= key < run[hint + ofs].
        let limit = run.len() - hint;
        let (mut last, mut ofs) = (0, 1);
        while ofs < limit {
            if ts.lt(key, run[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(limit);
        lo = hint + last + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if ts.lt(key, run[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(hi)
}
