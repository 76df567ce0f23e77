//! An instance's attributes, stored as CPython 3.11 stores them: a plain list of values
//! whose names are kept once per class, until something needs a real dict.
//!
//! Most instances of a class get the same attributes in the same order (`__init__` sets
//! them). So the class keeps one append-only list of attribute names (`SharedKeys`), and
//! an instance keeps only its values, the i-th being the attribute named by the i-th key.
//! That costs one small vector per instance, where a dict costs a table, an index and
//! the cycle collector's handle on it.
//!
//! The instance turns its values into a real dict (`Attrs::materialize`) the first time
//! the dict itself is wanted (`obj.__dict__`, `vars(obj)`, pickling), or when an
//! attribute breaks the pattern: one set out of the class's order, one deleted other
//! than the last, or more than `MAX_SHARED_KEYS` names. From then on the dict is the
//! attributes, as before; it never goes back. Nothing a program can observe differs:
//! the dict, once made, holds the same names in the same (insertion) order.

use std::cell::RefCell;
use std::rc::Rc;

use super::{PyDict, PyInstance, PyStr, Value};

/// Past this many names a class's instances keep dicts (as CPython's shared keys stop
/// growing at 30): a scan of the names is no longer cheaper than a hash look-up.
const MAX_SHARED_KEYS: usize = 30;

/// A class's attribute names, in the order its instances first set them.
#[derive(Default)]
pub struct SharedKeys {
    table: RefCell<KeyTable>,
}

#[derive(Default)]
struct KeyTable {
    names: Vec<Rc<PyStr>>,
    /// `names`' hashes, scanned instead of the names themselves.
    hashes: Vec<i64>,
    /// One bit per name (`filter_bit` of its hash): a name whose bit is clear is not
    /// here, which answers most misses (`obj.method` looks at the attributes first) at
    /// once.
    filter: u64,
}

fn filter_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

impl SharedKeys {
    /// The position of `name` among the first `limit` names.
    fn position(&self, name: &PyStr, limit: usize) -> Option<usize> {
        let t = self.table.borrow();
        let hash = name.hash_value();
        if t.filter & filter_bit(hash) == 0 {
            return None;
        }
        let same = |i: usize| {
            t.names
                .get(i)
                .is_some_and(|k| std::ptr::eq(k.as_ref(), name) || k.as_str() == name.as_str())
        };
        (0..limit.min(t.hashes.len())).find(|&i| t.hashes.get(i) == Some(&hash) && same(i))
    }

    /// Where an instance that holds `held` values puts the new attribute `name`: at
    /// `held`, if that is `name`'s place or `name` can be given it. `None` when the
    /// instance must keep a dict instead.
    fn slot_for_new(&self, name: &Rc<PyStr>, held: usize) -> Option<usize> {
        let mut t = self.table.borrow_mut();
        match t.names.get(held) {
            Some(k) if Rc::ptr_eq(k, name) || k.as_str() == name.as_str() => Some(held),
            Some(_) => None,
            None if held == t.names.len() && held < MAX_SHARED_KEYS => {
                let hash = name.hash_value();
                t.names.push(name.clone());
                t.hashes.push(hash);
                t.filter |= filter_bit(hash);
                Some(held)
            }
            None => None,
        }
    }

    fn len(&self) -> usize {
        self.table.borrow().names.len()
    }

    /// The first `count` names.
    fn names(&self, count: usize) -> Vec<Rc<PyStr>> {
        self.table
            .borrow()
            .names
            .iter()
            .take(count)
            .cloned()
            .collect()
    }
}

/// Where an instance's attributes live.
pub enum Attrs {
    /// The attribute named `keys[i]` is `values[i]`, set in that order.
    Inline {
        keys: Rc<SharedKeys>,
        values: Vec<Value>,
    },
    /// A real dict: made on demand, or assigned with `obj.__dict__ = d`.
    Dict(Rc<PyDict>),
    /// An instance of a dict subclass assigned with `obj.__dict__ = d`: the attributes
    /// live in the dict it carries, and `obj.__dict__` gives back the instance itself.
    DictObject(Rc<PyDict>, Rc<PyInstance>),
}

/// What a store did not keep: the value it replaced (to be dropped once no borrow is
/// held, as dropping may run code), or the dict the store must go to instead.
pub enum Stored {
    Replaced(Option<Value>),
    InDict(Rc<PyDict>, Value),
}

/// Appends the value of the next name.
fn push_value(keys: &SharedKeys, values: &mut Vec<Value>, value: Value) {
    if values.capacity() == 0 {
        // The class's instances usually end with as many attributes as it has names: one
        // allocation instead of a few growths.
        values.reserve_exact(keys.len().max(1));
    }
    values.push(value);
}

impl Attrs {
    /// No attributes yet, named after `keys`.
    pub fn empty(keys: &Rc<SharedKeys>) -> Attrs {
        Attrs::Inline {
            keys: keys.clone(),
            values: Vec::new(),
        }
    }

    pub fn get(&self, name: &PyStr) -> Option<Value> {
        match self {
            Attrs::Inline { keys, values } => {
                let i = keys.position(name, values.len())?;
                values.get(i).cloned()
            }
            Attrs::Dict(d) | Attrs::DictObject(d, _) => d.get_name(name),
        }
    }

    /// Stores `value` as `name`, in place when the values can hold it.
    pub fn set(&mut self, name: &Rc<PyStr>, value: Value) -> Stored {
        if let Attrs::Inline { keys, values } = self {
            if let Some(i) = keys.position(name, values.len()) {
                return Stored::Replaced(values.get_mut(i).map(|v| std::mem::replace(v, value)));
            }
            if keys.slot_for_new(name, values.len()).is_some() {
                push_value(keys, values, value);
                return Stored::Replaced(None);
            }
        }
        Stored::InDict(self.materialize(), value)
    }

    /// Removes `name`, handing back its value. Only the last value can go without a dict
    /// (the others' positions would shift off their names).
    pub fn remove(&mut self, name: &PyStr) -> Option<Value> {
        if let Attrs::Inline { keys, values } = self {
            let i = keys.position(name, values.len())?;
            if i + 1 == values.len() {
                return values.pop();
            }
        }
        self.materialize().del_str(name.as_str())
    }

    /// The dict of the attributes: made from the values the first time, the same dict
    /// after that. It is tracked by the cycle collector from then on.
    pub fn materialize(&mut self) -> Rc<PyDict> {
        if let Attrs::Dict(d) | Attrs::DictObject(d, _) = self {
            return d.clone();
        }
        let d = PyDict::new_tracked();
        if let Attrs::Inline { keys, values } = self {
            for (k, v) in keys.names(values.len()).into_iter().zip(values.drain(..)) {
                d.set_str_key(k, v);
            }
        }
        *self = Attrs::Dict(d.clone());
        d
    }

    /// `obj.__dict__` as Python sees it: the dict subclass instance assigned, if that is
    /// where the attributes live, else the dict (made now if need be).
    pub fn dict_object(&mut self) -> Value {
        match self {
            Attrs::DictObject(_, owner) => Value::Instance(owner.clone()),
            _ => Value::Dict(self.materialize()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Attrs::Inline { values, .. } => values.is_empty(),
            Attrs::Dict(d) | Attrs::DictObject(d, _) => d.is_empty(),
        }
    }

    /// (name, value) pairs in insertion order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        match self {
            Attrs::Inline { keys, values } => keys
                .names(values.len())
                .into_iter()
                .zip(values.iter())
                .map(|(k, v)| (Value::Str(k), v.clone()))
                .collect(),
            Attrs::Dict(d) | Attrs::DictObject(d, _) => d.items(),
        }
    }

    /// Visits what the attributes hold: the values themselves, or the dict (tracked on
    /// its own).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Attrs::Inline { values, .. } => values.iter().for_each(visit),
            Attrs::Dict(d) => visit(&Value::Dict(d.clone())),
            Attrs::DictObject(d, owner) => {
                visit(&Value::Dict(d.clone()));
                visit(&Value::Instance(owner.clone()));
            }
        }
    }

    /// Where `name` sits: the shared-names object's address and the position in it, for
    /// `vm/attr_cache.rs`. None unless the attributes are values and hold `name`.
    pub fn slot_of(&self, name: &PyStr) -> Option<(usize, u32)> {
        match self {
            Attrs::Inline { keys, values } => {
                let i = keys.position(name, values.len())?;
                Some((Rc::as_ptr(keys) as usize, u32::try_from(i).ok()?))
            }
            Attrs::Dict(_) | Attrs::DictObject(..) => None,
        }
    }

    /// The value at position `index` of the names at address `keys`, if these attributes
    /// are values against those names and hold that many.
    #[inline]
    pub fn value_at(&self, keys: usize, index: usize) -> Option<Value> {
        match self {
            Attrs::Inline { keys: k, values } if Rc::as_ptr(k) as usize == keys => {
                values.get(index).cloned()
            }
            _ => None,
        }
    }

    /// Stores `value` at position `index` of the names at address `keys`: in place of the
    /// value there, or as the next value when the attributes hold exactly `index` (the
    /// names only grow, so position `index` still names the same attribute). Otherwise
    /// hands the value back.
    #[inline]
    pub fn store_at(
        &mut self,
        keys: usize,
        index: usize,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        match self {
            Attrs::Inline { keys: k, values } if Rc::as_ptr(k) as usize == keys => {
                if let Some(slot) = values.get_mut(index) {
                    return Ok(Some(std::mem::replace(slot, value)));
                }
                if index == values.len() && index < k.len() {
                    push_value(k, values, value);
                    return Ok(None);
                }
                Err(value)
            }
            _ => Err(value),
        }
    }

    /// The values, taken out to break a garbage cycle (a dict is cleared as a dict).
    pub fn take_values(&mut self) -> Vec<Value> {
        match self {
            Attrs::Inline { values, .. } => std::mem::take(values),
            Attrs::Dict(_) | Attrs::DictObject(..) => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Rc<PyStr> {
        PyStr::intern(s)
    }

    fn names_of(a: &Attrs) -> Vec<String> {
        a.items()
            .into_iter()
            .map(|(k, _)| match k {
                Value::Str(s) => s.as_str().to_string(),
                _ => unreachable!("instance attribute names are str"),
            })
            .collect()
    }

    #[test]
    fn instances_in_the_class_order_share_names_and_stay_inline() {
        let keys = Rc::new(SharedKeys::default());
        let mut a = Attrs::empty(&keys);
        let mut b = Attrs::empty(&keys);
        for attrs in [&mut a, &mut b] {
            assert!(matches!(
                attrs.set(&name("x"), Value::Int(1)),
                Stored::Replaced(None)
            ));
            assert!(matches!(
                attrs.set(&name("y"), Value::Int(2)),
                Stored::Replaced(None)
            ));
        }
        assert!(matches!(b, Attrs::Inline { .. }));
        assert!(matches!(b.get(&name("y")), Some(Value::Int(2))));
        assert_eq!(keys.len(), 2);
        assert!(matches!(
            a.set(&name("x"), Value::Int(5)),
            Stored::Replaced(Some(Value::Int(1)))
        ));
    }

    #[test]
    fn an_attribute_out_of_order_gives_a_dict_in_insertion_order() {
        let keys = Rc::new(SharedKeys::default());
        let mut a = Attrs::empty(&keys);
        a.set(&name("x"), Value::Int(1));
        a.set(&name("y"), Value::Int(2));
        let mut b = Attrs::empty(&keys);
        match b.set(&name("y"), Value::Int(3)) {
            Stored::InDict(d, v) => d.set_str_key(name("y"), v),
            Stored::Replaced(_) => panic!("y is not the first name"),
        }
        assert!(matches!(b, Attrs::Dict(_)));
        assert_eq!(names_of(&b), ["y"]);
        assert!(b.get(&name("x")).is_none());
    }

    #[test]
    fn removing_other_than_the_last_keeps_the_others_names() {
        let keys = Rc::new(SharedKeys::default());
        let mut a = Attrs::empty(&keys);
        for (n, v) in [("p", 1), ("q", 2), ("r", 3)] {
            a.set(&name(n), Value::Int(v));
        }
        assert!(matches!(a.remove(&name("r")), Some(Value::Int(3))));
        assert!(matches!(a, Attrs::Inline { .. }));
        assert!(matches!(a.remove(&name("p")), Some(Value::Int(1))));
        assert_eq!(names_of(&a), ["q"]);
        assert!(matches!(a.get(&name("q")), Some(Value::Int(2))));
        assert!(a.remove(&name("zz")).is_none());
    }
}
