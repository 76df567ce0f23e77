//! Inline caches for `obj.name` and `obj.name = v` on instances whose attributes are
//! kept against their class's shared names (`objects/instance_attrs.rs`).
//!
//! Each entry of a code object's `names` has one cache (`PyCode::attr_cache`). It remembers
//! the class the name was last looked up for, the type-attribute epoch of that look-up,
//! and where the attribute sat: the shared-names object and the position in it. While the
//! epoch lasts no class dict anywhere has changed, so the class still has no data
//! descriptor or attribute hook that would take the name over; and a shared-names object
//! only grows, so a position keeps naming the same attribute. A hit is then a pointer
//! compare or two and a vector index, instead of the class look-up and the name scan.
//! Anything else (another class, an instance whose attributes are a dict, a missing
//! attribute) takes the full path, which refills the cache.

use std::cell::Cell;
use std::rc::Rc;

use super::attr::is_data_descriptor;
use super::eval::bad_bytecode;
use super::Vm;
use crate::objects::function::PyCode;
use crate::objects::typeobj::attr_epoch;
use crate::objects::{PyInstance, PyResult, PyStr, PyType, Value};

/// Where an attribute was last found for one name of one code object.
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The class's address; 0 while empty.
    class: usize,
    epoch: u64,
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

/// The cache's answer for `inst.name`, if it holds for this instance.
#[inline]
pub fn load(cache: &Cell<AttrCache>, inst: &PyInstance) -> Option<Value> {
    let c = cache.get();
    if c.allows & LOAD_OK == 0 || c.class != class_address(inst) || c.epoch != attr_epoch() {
        return None;
    }
    inst.inline_value(c.keys, c.index as usize)
}

/// Stores `value` as `inst.name` if the cache holds for this instance; otherwise hands the
/// value back. The replaced value is returned to be dropped by the caller.
#[inline]
pub fn store(
    cache: &Cell<AttrCache>,
    inst: &PyInstance,
    value: Value,
) -> Result<Option<Value>, Value> {
    let c = cache.get();
    if c.allows & STORE_OK == 0 || c.class != class_address(inst) || c.epoch != attr_epoch() {
        return Err(value);
    }
    inst.store_inline(c.keys, c.index as usize, value)
}

/// After a full look-up or store of `inst.name`: remembers where the attribute is, if
/// later ones on instances of the same class may go straight there.
fn fill(cache: &Cell<AttrCache>, inst: &PyInstance, name: &Rc<PyStr>) {
    let class = inst.class();
    let (class_addr, epoch) = (Rc::as_ptr(&class) as usize, attr_epoch());
    let old = cache.get();
    if old.class == class_addr && old.epoch == epoch && old.allows == 0 {
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
    cache.set(AttrCache {
        class: class_addr,
        epoch,
        keys,
        index,
        allows,
    });
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
            if let Some(v) = load(cache, inst) {
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
            (Value::Instance(inst), Some(cache)) => match store(cache, inst, v) {
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
