//! Inline caches for `obj.name` and `obj.name = v` on instances whose attributes are
//! kept against their class's shared names (`objects/instance_attrs.rs`).
//!
//! Each entry of a code object's `names` has one cache (`PyCode::attr_cache`). For up to
//! `WAYS` classes it remembers where the name's value sits in their instances: the
//! shared-names object and the position in it, together with the type-attribute epoch of
//! those look-ups. While the epoch lasts no class dict anywhere has changed, so a class
//! still has no data descriptor or attribute hook that would take the name over; and a
//! shared-names object only grows, so a position keeps naming the same attribute. A hit
//! is then a few compares and a vector index, instead of the class look-up and the name
//! scan. Several ways, because a method of a base class sees the instances of all its
//! subclasses, each class with its own names. Anything else (an instance whose attributes
//! are a dict, a missing attribute) takes the full path, which refills the cache.

use std::cell::Cell;
use std::rc::Rc;

use super::attr::is_data_descriptor;
use super::eval::bad_bytecode;
use super::Vm;
use crate::objects::function::PyCode;
use crate::objects::typeobj::attr_epoch;
use crate::objects::{PyInstance, PyResult, PyStr, PyType, Value};

/// How many classes one name's cache remembers.
const WAYS: usize = 4;

/// Where one name was found for up to `WAYS` classes, in one epoch.
#[derive(Default)]
pub struct AttrCache {
    epoch: Cell<u64>,
    ways: [Cell<Way>; WAYS],
}

/// One class's answer.
#[derive(Clone, Copy, Default)]
struct Way {
    /// The class's address; 0 while empty.
    class: usize,
    /// The shared-names object's address; 0 when not known.
    keys: usize,
    index: u32,
    /// `LOAD_OK` / `STORE_OK`: which of `obj.name` and `obj.name = v` the class lets go
    /// straight to the values. Neither (with `keys` 0): the class keeps the name from
    /// being cached in this epoch, so a miss does not look again.
    allows: u8,
}

/// No `__getattribute__` and no data descriptor for the name.
const LOAD_OK: u8 = 1;
/// No `__setattr__`, no data descriptor for the name, a `__dict__`, not an exception
/// (exceptions route some names to their own state, `objects/exception_attrs.rs`).
const STORE_OK: u8 = 2;

fn class_address(inst: &PyInstance) -> usize {
    Rc::as_ptr(&*inst.class.borrow()) as usize
}

impl AttrCache {
    /// The way for `inst`'s class that allows `op`, if the epoch still holds.
    #[inline]
    fn way_for(&self, inst: &PyInstance, op: u8) -> Option<Way> {
        if self.epoch.get() != attr_epoch() {
            return None;
        }
        let class = class_address(inst);
        self.ways
            .iter()
            .map(Cell::get)
            .find(|w| w.class == class)
            .filter(|w| w.allows & op != 0)
    }

    /// The cache's answer for `inst.name`, if it holds for this instance.
    #[inline]
    fn load(&self, inst: &PyInstance) -> Option<Value> {
        let w = self.way_for(inst, LOAD_OK)?;
        inst.inline_value(w.keys, w.index as usize)
    }

    /// Stores `value` as `inst.name` if the cache holds for this instance; otherwise hands
    /// the value back. The replaced value is returned to be dropped by the caller.
    #[inline]
    fn store(&self, inst: &PyInstance, value: Value) -> Result<Option<Value>, Value> {
        match self.way_for(inst, STORE_OK) {
            Some(w) => inst.store_inline(w.keys, w.index as usize, value),
            None => Err(value),
        }
    }

    fn set_way(&self, way: Way, epoch: u64) {
        if self.epoch.get() != epoch {
            self.ways.iter().for_each(|w| w.set(Way::default()));
            self.epoch.set(epoch);
        }
        let slot = match self.ways.iter().position(|w| w.get().class == way.class) {
            Some(i) => i,
            // A full cache keeps the classes it has: at a site that more classes than
            // ways go through in turn (a base-class method on six subclasses), replacing
            // would make every look-up miss; keeping makes most of them hit.
            None => match self.ways.iter().position(|w| w.get().class == 0) {
                Some(i) => i,
                None => return,
            },
        };
        if let Some(w) = self.ways.get(slot) {
            w.set(way);
        }
    }
}

/// After a full look-up or store of `inst.name`: remembers where the attribute is, if
/// later ones on instances of the same class may go straight there.
fn fill(cache: &AttrCache, inst: &PyInstance, name: &Rc<PyStr>) {
    let class = inst.class();
    let (class_addr, epoch) = (Rc::as_ptr(&class) as usize, attr_epoch());
    if cache.epoch.get() == epoch
        && cache
            .ways
            .iter()
            .any(|w| w.get().class == class_addr && w.get().allows == 0)
    {
        return;
    }
    let allows = class_allows(&class, inst, name);
    let (keys, index) = match allows {
        0 => (0, 0),
        // An instance whose attributes are a dict, or lack the name, says nothing about
        // the next one: the cache stays as it was.
        _ => match inst.inline_slot(name) {
            Some(place) => place,
            None => return,
        },
    };
    let way = Way {
        class: class_addr,
        keys,
        index,
        allows,
    };
    cache.set_way(way, epoch);
}

fn class_allows(class: &PyType, inst: &PyInstance, name: &Rc<PyStr>) -> u8 {
    if class
        .lookup_name(name)
        .is_some_and(|a| is_data_descriptor(&a))
    {
        return 0;
    }
    let hooks = class.hooks.get();
    let mut allows = 0;
    if !hooks.getattribute {
        allows |= LOAD_OK;
    }
    if !hooks.setattr && class.instance_dict.get() && inst.exc.is_none() {
        allows |= STORE_OK;
    }
    allows
}

impl Vm {
    /// `LoadAttr`: `obj.names[arg]`, from the cache when it holds.
    #[inline]
    pub(super) fn load_attr_op(
        &mut self,
        code: &PyCode,
        arg: usize,
        obj: &Value,
    ) -> PyResult<Value> {
        if let (Value::Instance(inst), Some(cache)) = (obj, code.attr_cache.get(arg)) {
            if let Some(v) = cache.load(inst) {
                return Ok(v);
            }
        }
        self.load_attr_filling(code, arg, obj)
    }

    #[inline(never)]
    fn load_attr_filling(&mut self, code: &PyCode, arg: usize, obj: &Value) -> PyResult<Value> {
        let name = attr_name(code, arg)?;
        let v = self.get_attr(obj, &name)?;
        if let (Value::Instance(inst), Some(cache)) = (obj, code.attr_cache.get(arg)) {
            fill(cache, inst, &name);
        }
        Ok(v)
    }

    /// `StoreAttr`: `obj.names[arg] = v`, straight into the values when the cache holds.
    #[inline]
    pub(super) fn store_attr_op(
        &mut self,
        code: &PyCode,
        arg: usize,
        obj: &Value,
        v: Value,
    ) -> PyResult<()> {
        let v = match (obj, code.attr_cache.get(arg)) {
            (Value::Instance(inst), Some(cache)) => match cache.store(inst, v) {
                Ok(replaced) => {
                    drop(replaced);
                    return Ok(());
                }
                Err(v) => v,
            },
            _ => v,
        };
        self.store_attr_filling(code, arg, obj, v)
    }

    #[inline(never)]
    fn store_attr_filling(
        &mut self,
        code: &PyCode,
        arg: usize,
        obj: &Value,
        v: Value,
    ) -> PyResult<()> {
        let name = attr_name(code, arg)?;
        self.set_attr(obj, &name, v)?;
        if let (Value::Instance(inst), Some(cache)) = (obj, code.attr_cache.get(arg)) {
            fill(cache, inst, &name);
        }
        Ok(())
    }
}

fn attr_name(code: &PyCode, arg: usize) -> PyResult<Rc<PyStr>> {
    code.names
        .get(arg)
        .cloned()
        .ok_or_else(|| bad_bytecode("attribute name index out of range"))
}
