//! Instances of user classes (and of the builtin exception classes): a class pointer, the
//! attributes (`instance_attrs.rs`: values against the class's shared names, or a dict),
//! the values of its `__slots__`, for exceptions the exception state, and for subclasses
//! of builtin value types (`class L(list)`) the builtin value the instance extends.
//!
//! Dropping an instance whose class defines `__del__`, or that weak references point to,
//! cannot run Python code inside `Drop`: the parts of the dying instance move into a fresh
//! instance marked finalized, which `vm/finalize.rs` hands to `__del__` at the VM's next
//! safe point (identity changes, behaviour does not); its weak references are notified there.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::exception::ExcData;
use super::instance_attrs::{Attrs, Stored};
use super::typeobj::Layout;
use super::{PyDict, PyStr, PyType, Value};

pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    /// The attributes; `obj.__dict__ = d` puts `d` itself here. Borrowed only for a step
    /// that runs no Python code and drops no value (see the methods below).
    attrs: RefCell<Attrs>,
    /// Present when the class derives from BaseException (boxed: most instances are not
    /// exceptions, and inline it would be nearly half of every instance).
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// What only some instances carry (boxed: an instance is one size class smaller
    /// without them inline).
    extension: Option<Box<Extension>>,
    /// The values of the class's `__slots__` (`PyType::slot_names`), Null while unset.
    pub slots: RefCell<Box<[Value]>>,
    /// `FINALIZED` / `WEAKLY_REFERENCED`: what `Drop` must do beyond freeing.
    pub flags: Cell<u8>,
    /// `id()`, given out on first asking (0 until then); see `object_id`.
    id: Cell<u64>,
}

// With its reference counts an instance is then at most 128 bytes, an allocator size class;
// a field more would move all instances up to the next (160).
const _: () = assert!(std::mem::size_of::<PyInstance>() <= 112);

/// The state of a native class's instance, or the value a builtin subclass's extends.
enum Extension {
    /// The Rust state of an instance of a native class (an open file, a `StringIO`
    /// buffer), set when the instance is created; it is dropped with the instance.
    Native(Box<dyn Any>),
    /// For an instance of a subclass of a builtin value type (`list`, `dict`, `str`, `int`,
    /// …): the builtin value it extends. Builtin operations that find no override in the
    /// subclass work on this value; a mutable one (list, dict) is shared, so mutating it
    /// mutates the instance.
    Base(Value),
}

/// `__del__` has run (or is queued) for this object: it is not called again.
pub const FINALIZED: u8 = 1;
/// A weak reference was made to this object: its death is reported to `vm/finalize.rs`.
pub const WEAKLY_REFERENCED: u8 = 2;

impl Drop for PyInstance {
    fn drop(&mut self) {
        let flags = self.flags.get();
        // CPython runs `__del__` before it clears the weak references (and calls their
        // callbacks), so the `__del__` call is queued first.
        if flags & FINALIZED == 0 && self.class.get_mut().hooks.get().del {
            self.queue_del();
        }
        crate::vm::finalize::note_weak_death_of(self, flags & WEAKLY_REFERENCED != 0);
    }
}

/// Unset slots for an instance of `class`.
fn empty_slots(class: &PyType) -> RefCell<Box<[Value]>> {
    RefCell::new(vec![Value::Null; class.slot_names.borrow().len()].into_boxed_slice())
}

impl PyInstance {
    pub fn new(class: Rc<PyType>) -> Rc<PyInstance> {
        PyInstance::build(class, None)
    }

    /// An instance of a native class carrying its Rust state (an exception class's
    /// instance carries exception state too: an exception group).
    pub fn with_native(class: Rc<PyType>, state: Box<dyn Any>) -> Rc<PyInstance> {
        PyInstance::build(class, Some(Extension::Native(state)))
    }

    /// An instance of a subclass of a builtin value type, extending `base`.
    pub fn with_base(class: Rc<PyType>, base: Value) -> Rc<PyInstance> {
        PyInstance::build(class, Some(Extension::Base(base)))
    }

    /// A new instance, watched by the cycle collector.
    fn build(class: Rc<PyType>, extension: Option<Extension>) -> Rc<Self> {
        let extends_value = matches!(extension, Some(Extension::Base(_)));
        let exc = (!extends_value && class.layout == Layout::Exception)
            .then(|| Box::new(RefCell::new(ExcData::default())));
        let inst = Rc::new(PyInstance {
            slots: empty_slots(&class),
            attrs: RefCell::new(Attrs::empty(&class.instance_keys)),
            class: RefCell::new(class),
            exc,
            extension: extension.map(Box::new),
            flags: Cell::new(0),
            id: Cell::new(0),
        });
        crate::gc::register(crate::gc::Tracked::Instance(Rc::downgrade(&inst)));
        inst
    }

    /// The native state, if it is a `T`.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        match self.extension.as_deref()? {
            Extension::Native(state) => state.downcast_ref::<T>(),
            Extension::Base(_) => None,
        }
    }

    /// The builtin value an instance of a builtin type's subclass extends.
    #[inline]
    pub fn base(&self) -> Option<&Value> {
        match self.extension.as_deref()? {
            Extension::Base(v) => Some(v),
            Extension::Native(_) => None,
        }
    }

    /// The attribute dict (`obj.__dict__`), made the first time it is asked for and the
    /// same object until it is replaced.
    pub fn dict(&self) -> Rc<PyDict> {
        self.attrs.borrow_mut().materialize()
    }

    /// `obj.__dict__` as Python sees it: `dict()`, or the instance of a dict subclass that
    /// was assigned to it.
    pub fn dict_object(&self) -> Value {
        self.attrs.borrow_mut().dict_object()
    }

    /// The attribute `name` (the borrow ends before this returns, so the caller may run
    /// Python code while it holds the value).
    pub fn attr(&self, name: &str) -> Option<Value> {
        self.attr_named(&PyStr::new(name))
    }

    /// The attribute `name`, for a look-up by a str value (`LoadAttr`'s interned names).
    #[inline]
    pub fn attr_named(&self, name: &PyStr) -> Option<Value> {
        self.attrs.borrow().get(name)
    }

    /// Where the attribute `name` sits among the values (`vm/attr_cache.rs`).
    pub fn inline_slot(&self, name: &PyStr) -> Option<(usize, u32)> {
        self.attrs.borrow().slot_of(name)
    }

    /// The value at a place `inline_slot` gave, if it still holds one.
    #[inline]
    pub fn inline_value(&self, keys: usize, index: usize) -> Option<Value> {
        self.attrs.borrow().value_at(keys, index)
    }

    /// Stores at a place `inline_slot` gave (see `Attrs::store_at`); the replaced value
    /// comes back to be dropped once the borrow is over.
    #[inline]
    pub fn store_inline(
        &self,
        keys: usize,
        index: usize,
        value: Value,
    ) -> Result<Option<Value>, Value> {
        match self.attrs.try_borrow_mut() {
            Ok(mut a) => a.store_at(keys, index, value),
            Err(_) => Err(value),
        }
    }

    /// Sets the attribute `name`.
    pub fn set_attr(&self, name: &str, value: Value) {
        self.set_attr_named(&PyStr::intern(name), value)
    }

    /// Sets the attribute `name`. The value it replaces is dropped after the borrow ends:
    /// dropping may run code (a generator's `finally`) that reads this instance.
    pub fn set_attr_named(&self, name: &Rc<PyStr>, value: Value) {
        let stored = self.attrs.borrow_mut().set(name, value);
        match stored {
            Stored::Replaced(old) => drop(old),
            Stored::InDict(d, value) => d.set_str_key(name.clone(), value),
        }
    }

    /// Removes the attribute `name`, handing back its value (None if it had none).
    pub fn remove_attr(&self, name: &PyStr) -> Option<Value> {
        self.attrs.borrow_mut().remove(name)
    }

    /// Does the instance have no attributes?
    pub fn has_no_attrs(&self) -> bool {
        self.attrs.borrow().is_empty()
    }

    /// The attributes as (name, value) pairs, without making a dict.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        self.attrs.borrow().items()
    }

    /// `obj.__dict__ = d`: the instance's attributes are `d`'s from now on. The old ones are
    /// handed back so that they are dropped after the borrow ends. Refused while the
    /// attributes are in use: a value dropped during an attribute store may run code (a
    /// generator's `finally`) that replaces the dict.
    pub fn replace_dict(&self, d: Rc<PyDict>) -> super::PyResult<Attrs> {
        self.replace_attrs(Attrs::Dict(d))
    }

    /// Makes the dict carried by `owner`, an instance of a dict subclass, the attribute
    /// dict, handing back what was there.
    pub fn replace_dict_object(
        &self,
        d: Rc<PyDict>,
        owner: Rc<PyInstance>,
    ) -> super::PyResult<Attrs> {
        self.replace_attrs(Attrs::DictObject(d, owner))
    }

    fn replace_attrs(&self, attrs: Attrs) -> super::PyResult<Attrs> {
        match self.attrs.try_borrow_mut() {
            Ok(mut slot) => Ok(std::mem::replace(&mut *slot, attrs)),
            Err(_) => Err(super::PyErr::runtime_error(
                "cannot replace __dict__ while it is being updated",
            )),
        }
    }

    /// The attribute values, taken out to break a garbage cycle (an empty list if the
    /// attributes are in use or live in a dict, which is cleared as a dict).
    pub fn take_attr_values(&self) -> Vec<Value> {
        match self.attrs.try_borrow_mut() {
            Ok(mut a) => a.take_values(),
            Err(_) => Vec::new(),
        }
    }

    /// Moves this dying instance's state into a new instance marked finalized and queues it
    /// for `__del__`.
    #[cold]
    fn queue_del(&mut self) {
        let class = self.class.get_mut().clone();
        let heir = Rc::new(PyInstance {
            attrs: RefCell::new(std::mem::replace(
                self.attrs.get_mut(),
                Attrs::empty(&class.instance_keys),
            )),
            class: RefCell::new(class),
            exc: self.exc.take(),
            extension: self.extension.take(),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            flags: Cell::new(FINALIZED),
            // `__del__` runs on this heir: it answers `id(self)` (and the default hash) as
            // the instance did.
            id: Cell::new(self.id.get()),
        });
        crate::gc::register(crate::gc::Tracked::Instance(Rc::downgrade(&heir)));
        crate::vm::finalize::note_del(heir);
    }

    /// `id(obj)`: a number unique among all instances ever made, given out on first asking.
    /// Not the address, because `__del__` runs on an heir at another address (an `Rc` cannot
    /// be resurrected), and the heir must answer the same `id` and hash. Address-like
    /// multiples of 16, as CPython's, so the default hash (`id >> 4`) spreads.
    pub fn object_id(&self) -> i64 {
        static NEXT: std::sync::atomic::AtomicU64 =
            std::sync::atomic::AtomicU64::new(0x7f00_0000_0000);
        match self.id.get() {
            0 => {
                let id = NEXT.fetch_add(16, std::sync::atomic::Ordering::Relaxed);
                self.id.set(id);
                id as i64
            }
            id => id as i64,
        }
    }

    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }

    /// Visits every reference the instance holds (for the cycle collector; a part in use
    /// at this moment is skipped, which only makes the collector keep more).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(class) = self.class.try_borrow() {
            visit(&Value::Type(class.clone()));
        }
        if let Ok(attrs) = self.attrs.try_borrow() {
            attrs.trace(visit);
        }
        if let Some(Ok(e)) = self.exc.as_ref().map(|e| e.try_borrow()) {
            e.trace(visit);
        }
        match self.extension.as_deref() {
            Some(Extension::Base(b)) => visit(b),
            Some(Extension::Native(native)) => {
                crate::vm::native_trace::trace_native(native.as_ref(), visit)
            }
            None => {}
        }
        if let Ok(slots) = self.slots.try_borrow() {
            slots.iter().filter(|v| !v.is_null()).for_each(|v| visit(v));
        }
    }
}
