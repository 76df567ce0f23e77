//! Finding the garbage among a set of objects: which of them nothing outside the set
//! keeps alive, directly or through the others.
//!
//! Each object's reference count says how many references to it exist. Subtracting the
//! references that come from objects of the set itself (found with `Value::trace`) leaves
//! the references from outside: the VM's frames and stacks, Rust code holding a value,
//! older generations, untracked objects. An object with some left is reachable, and so is
//! everything it refers to; whatever is not reached that way is referred to only from
//! inside the set, and nothing can ever reach it again.
//!
//! A missing edge (a reference `trace` does not report) only makes its target look
//! referenced from outside, so the collector keeps more than it could; a reported edge
//! that is not a real counted reference would make it free a live object, so `trace`
//! must report only references the object really holds.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use crate::objects::Value;

/// Hashes an object address: addresses are already well spread apart from their low
/// (alignment) bits, so one multiplication mixes them enough, at a fraction of SipHash's
/// cost (a collection looks up every reference it traces).
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_usize(&mut self, n: usize) {
        // The table's bucket comes from the low bits and its tag from the top seven: keep
        // the address in the low bits, so that objects allocated together (an instance,
        // its dict, the lists in it) land in nearby buckets and a collection's lookups
        // walk the table in the order they walk the heap, and mix only the tag bits.
        const TAG: u64 = 0xfe00_0000_0000_0000;
        let a = n as u64 >> 3;
        self.0 = (a & !TAG) | (a.wrapping_mul(0x9e37_79b9_7f4a_7c15) & TAG);
    }
}

/// Object address → position among the candidates. Positions (and the edge lists below)
/// are 32-bit: a collection's side tables are its whole memory cost, and four billion
/// objects would not fit in memory anyway.
type AddressMap = HashMap<usize, u32, BuildHasherDefault<AddressHasher>>;

/// The address of the object `v` refers to (its identity), if it is of a kind the
/// collector tracks: other references (strs, ints) cannot lead back into the set, and are
/// not looked up at all.
pub fn address(v: &Value) -> Option<usize> {
    if super::trackable(v) {
        v.heap_ptr()
    } else {
        None
    }
}

/// How many strong references to `v`'s object exist.
fn reference_count(v: &Value) -> usize {
    match v {
        Value::List(x) => Rc::strong_count(x),
        Value::Tuple(x) => Rc::strong_count(x),
        Value::Dict(x) => Rc::strong_count(x),
        Value::Set(x) | Value::FrozenSet(x) => Rc::strong_count(x),
        Value::Instance(x) => Rc::strong_count(x),
        Value::Function(x) => Rc::strong_count(x),
        Value::Cell(x) => Rc::strong_count(x),
        Value::Type(x) => Rc::strong_count(x),
        Value::Generator(x) => Rc::strong_count(x),
        Value::BoundMethod(x) => Rc::strong_count(x),
        Value::Descriptor(x) => Rc::strong_count(x),
        _ => 0,
    }
}

/// The values `v` refers to (`gc.get_referents`), in CPython's order where a program
/// can see it: a list's or tuple's items last first, and a dict's values (each before
/// its key, and without the keys when all of them are strs, which CPython does not
/// visit).
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    match v {
        Value::Dict(d) => {
            let items = d.items();
            let str_keys = items.iter().all(|(k, _)| matches!(k, Value::Str(_)));
            for (key, value) in items {
                out.push(value);
                if !str_keys {
                    out.push(key);
                }
            }
        }
        Value::List(_) | Value::Tuple(_) => {
            v.trace(&mut |r| out.push(r.clone()));
            out.reverse();
        }
        _ => v.trace(&mut |r| out.push(r.clone())),
    }
    out
}

/// An object a collection examines, with the registry's handle on it: a survivor's
/// handle goes back into the registry as it is, instead of a new one being made (which
/// would touch every surviving object once more).
pub struct Candidate {
    pub value: Value,
    pub handle: super::Tracked,
}

/// Removes duplicates from `objects` (an object registered twice), keeping the first.
fn dedup(objects: &mut Vec<Candidate>) -> AddressMap {
    let mut index = AddressMap::with_capacity_and_hasher(objects.len(), Default::default());
    let mut position = 0u32;
    objects.retain(|c| match address(&c.value) {
        Some(a) => match index.entry(a) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(position);
                position += 1;
                true
            }
            std::collections::hash_map::Entry::Occupied(_) => false,
        },
        None => false,
    });
    index
}

/// Which of `objects` are garbage: `result[i]` is true when nothing outside `objects`
/// reaches `objects[i]`. Duplicates are removed from `objects` first (the caller's vector
/// holds exactly one reference to each object afterwards, which is accounted for).
pub fn unreachable(objects: &mut Vec<Candidate>) -> Vec<bool> {
    let index = dedup(objects);
    // References from outside the set, once the set's own (and the caller's one) are gone.
    let mut outside: Vec<i64> = objects
        .iter()
        .map(|c| reference_count(&c.value) as i64 - 1)
        .collect();
    // The edges inside the set, kept as it is traced once: `targets[starts[i]..starts[i+1]]`
    // are the objects `objects[i]` refers to. The reachability walk then follows these
    // plain indices instead of tracing and looking every reference up again.
    let mut starts: Vec<usize> = Vec::with_capacity(objects.len() + 1);
    let mut targets: Vec<u32> = Vec::new();
    for c in objects.iter() {
        starts.push(targets.len());
        c.value.trace(&mut |r| {
            if let Some(&j) = address(r).and_then(|a| index.get(&a)) {
                if let Some(n) = outside.get_mut(j as usize) {
                    *n -= 1;
                }
                targets.push(j);
            }
        });
    }
    starts.push(targets.len());
    drop(index);
    let mut reachable: Vec<bool> = outside.iter().map(|&n| n > 0).collect();
    drop(outside);
    let mut pending: Vec<u32> = (0..objects.len() as u32)
        .filter(|&i| reachable[i as usize])
        .collect();
    while let Some(i) = pending.pop() {
        let i = i as usize;
        let edges = match (starts.get(i), starts.get(i + 1)) {
            (Some(&from), Some(&to)) => targets.get(from..to).unwrap_or(&[]),
            _ => &[],
        };
        for &j in edges {
            if let Some(r) = reachable.get_mut(j as usize) {
                if !*r {
                    *r = true;
                    pending.push(j);
                }
            }
        }
    }
    reachable.into_iter().map(|r| !r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::PyList;

    fn candidates(values: Vec<Value>) -> Vec<Candidate> {
        values
            .into_iter()
            .filter_map(|value| {
                let handle = crate::gc::Tracked::of(&value)?;
                Some(Candidate { value, handle })
            })
            .collect()
    }

    fn list(items: Vec<Value>) -> (Value, Rc<PyList>) {
        let l = Rc::new(PyList::new(items));
        (Value::List(l.clone()), l)
    }

    #[test]
    fn a_self_cycle_with_no_outside_reference_is_garbage() {
        let (v, l) = list(vec![]);
        l.items.borrow_mut().push(v.clone());
        drop(l);
        let mut objects: Vec<Candidate> = candidates(vec![v]);
        assert_eq!(unreachable(&mut objects), vec![true]);
        // Break the cycle so the test does not leak.
        if let Value::List(l) = &objects[0].value {
            l.items.borrow_mut().clear();
        }
    }

    #[test]
    fn an_outside_reference_keeps_the_whole_cycle() {
        let (a, la) = list(vec![]);
        let (b, lb) = list(vec![a.clone()]);
        la.items.borrow_mut().push(b.clone());
        let outside = a.clone();
        drop((la, lb));
        let mut objects: Vec<Candidate> = candidates(vec![a, b]);
        assert_eq!(unreachable(&mut objects), vec![false, false]);
        drop(outside);
        assert_eq!(unreachable(&mut objects), vec![true, true]);
        if let Value::List(l) = &objects[0].value {
            l.items.borrow_mut().clear();
        }
    }

    #[test]
    fn a_reference_from_an_untracked_object_counts_as_outside() {
        let (a, la) = list(vec![]);
        la.items.borrow_mut().push(a.clone());
        // The tuple is not in the set: its reference is one from outside.
        let holder = Value::tuple(vec![a.clone()]);
        drop(la);
        let mut objects: Vec<Candidate> = candidates(vec![a]);
        assert_eq!(unreachable(&mut objects), vec![false]);
        drop(holder);
        assert_eq!(unreachable(&mut objects), vec![true]);
        if let Value::List(l) = &objects[0].value {
            l.items.borrow_mut().clear();
        }
    }
}
