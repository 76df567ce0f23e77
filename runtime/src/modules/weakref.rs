//! The `_weakref` module: weak reference objects (`ref`, alias `ReferenceType`),
//! `getweakrefcount` and `getweakrefs`. The rest of `weakref` (proxies, the weak
//! containers, `finalize`, `WeakMethod`) is Python code in `stdlib/weakref.py`.
//!
//! A weak reference holds an `rc::Weak` to its referent: instances, classes, functions,
//! methods, builtins, sets, generators, modules and code objects can be referred to. Only
//! instances report their death (their `Drop` tells `vm/finalize.rs`, which calls the
//! callbacks): a callback on another referent is never called.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::function::{Args, Descriptor, Property};
use crate::objects::instance::WEAKLY_REFERENCED;
use crate::objects::weak::WeakValue;
use crate::objects::{PyBuiltin, PyErr, PyInstance, PyModule, PyResult, PyType, Value};
use crate::vm::finalize::{register_weakref, weakrefs_of};
use crate::vm::Vm;

use super::native_class::native_class;

/// The native state of a weak reference object.
struct WeakRefState {
    target: WeakValue,
    /// Cleared by the cycle collector while its referent, garbage, is still being
    /// finalized: the reference answers None from then on, as a dead one does.
    cleared: Cell<bool>,
    /// Called with the reference when the referent dies (None: no callback, or called).
    callback: RefCell<Value>,
    /// The referent's hash, remembered once asked (a dead reference keeps answering it).
    hash: Cell<Option<i64>>,
}

impl WeakRefState {
    fn referent(&self) -> Option<Value> {
        if self.cleared.get() {
            return None;
        }
        self.target.upgrade()
    }
}

/// Kills the weak reference `r` before its referent dies (the cycle collector does this
/// for garbage objects before running their finalizers, as CPython does).
pub fn clear_ref(r: &PyInstance) {
    if let Some(s) = state(r) {
        s.cleared.set(true);
    }
}

thread_local! {
    static REF_TYPE: RefCell<Option<Rc<PyType>>> = const { RefCell::new(None) };
}

/// The `weakref.ReferenceType` class, made once per thread.
fn ref_type() -> Rc<PyType> {
    REF_TYPE.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let class = native_class(
                    "weakref",
                    "ReferenceType",
                    &[
                        ("__new__", ref_new),
                        ("__init__", |_, _| Ok(Value::None)),
                        ("__call__", ref_call),
                        ("__eq__", ref_eq),
                        ("__ne__", ref_ne),
                        ("__hash__", ref_hash),
                        ("__repr__", ref_repr),
                    ],
                );
                let readonly = PyBuiltin::value("__callback__", |_, _| {
                    Err(PyErr::attribute_error("readonly attribute"))
                });
                let field = Property::new(
                    PyBuiltin::value("__callback__", ref_callback),
                    readonly.clone(),
                    readonly,
                    Value::None,
                );
                class.dict.set_str(
                    "__callback__",
                    Value::descriptor(Descriptor::Property(field)),
                );
                // A C type in CPython: messages name it `weakref.ReferenceType`.
                class.c_named.set(true);
                class
            })
            .clone()
    })
}

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let ty = Value::Type(ref_type());
    m.set("ref", ty.clone());
    m.set("ReferenceType", ty);
    m.set(
        "getweakrefcount",
        PyBuiltin::value("getweakrefcount", getweakrefcount),
    );
    m.set("getweakrefs", PyBuiltin::value("getweakrefs", getweakrefs));
    Ok(())
}

fn state(r: &PyInstance) -> Option<&WeakRefState> {
    r.native::<WeakRefState>()
}

/// Does the weak reference `r` still have a callback to call?
pub fn has_callback(r: &PyInstance) -> bool {
    state(r).is_some_and(|s| !matches!(*s.callback.borrow(), Value::None))
}

/// The callback of `r`, forgotten (a callback runs once).
pub fn take_callback(r: &PyInstance) -> Value {
    match state(r) {
        Some(s) => std::mem::replace(&mut *s.callback.borrow_mut(), Value::None),
        None => Value::None,
    }
}

/// `obj.__weakref__`: the oldest live weak reference to `obj`, or None.
pub fn first_ref(obj: &Rc<PyInstance>) -> Value {
    if obj.flags.get() & WEAKLY_REFERENCED == 0 {
        return Value::None;
    }
    match weakrefs_of(Rc::as_ptr(obj) as usize).into_iter().next() {
        Some(r) => Value::Instance(r),
        None => Value::None,
    }
}

fn cannot_refer(obj: &Value) -> PyErr {
    PyErr::type_error(format!(
        "cannot create weak reference to '{}' object",
        obj.type_name()
    ))
}

/// `ref(obj[, callback])` (and a subclass's `__new__`).
fn ref_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = args.pos.first().cloned() else {
        return Err(PyErr::type_error(
            "ReferenceType.__new__(X): X is not a type",
        ));
    };
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("ref() takes no keyword arguments"));
    }
    let given = args.pos.len() - 1;
    if given == 0 {
        return Err(PyErr::type_error(
            "__new__ expected at least 1 argument, got 0",
        ));
    }
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "__new__ expected at most 2 arguments, got {given}"
        )));
    }
    let obj = args.pos[1].clone();
    let callback = args.pos.get(2).cloned().unwrap_or(Value::None);
    // The kinds CPython lets a weak reference point to (an instance only if its class
    // has `__weakref__`).
    let referable = match &obj {
        Value::Instance(i) => crate::vm::slots::has_weakref(&i.class()),
        Value::Type(_)
        | Value::Function(_)
        | Value::BoundMethod(_)
        | Value::Builtin(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Generator(_)
        | Value::Module(_)
        | Value::MemoryView(_)
        | Value::Code(_) => true,
        _ => false,
    };
    let Some(target) = WeakValue::of(&obj).filter(|_| referable) else {
        return Err(cannot_refer(&obj));
    };
    let Some(addr) = death_reported_address(&obj) else {
        return Ok(make_ref(cls, target, callback));
    };
    // A plain `ref(obj)` without a callback is shared, as in CPython.
    let plain = Rc::ptr_eq(&cls, &ref_type()) && matches!(callback, Value::None);
    if plain {
        for r in weakrefs_of(addr) {
            if Rc::ptr_eq(&r.class(), &cls) && !has_callback(&r) {
                return Ok(Value::Instance(r));
            }
        }
    }
    let r = make_ref(cls, target, callback);
    if let Value::Instance(ri) = &r {
        mark_weakly_referenced(&obj);
        register_weakref(addr, ri);
    }
    Ok(r)
}

/// The flag that asks `obj`'s `Drop` to report its death to `vm/finalize.rs` (so its weak
/// references' callbacks run), for the kinds of object whose `Drop` does.
enum DeathFlag<'a> {
    /// An instance's `WEAKLY_REFERENCED` bit.
    Bit(&'a Cell<u8>),
    /// The other kinds' `weakly_referenced`.
    Flag(&'a Cell<bool>),
}

fn death_flag(obj: &Value) -> Option<DeathFlag<'_>> {
    Some(match obj {
        Value::Instance(i) => DeathFlag::Bit(&i.flags),
        Value::Type(t) => DeathFlag::Flag(&t.weakly_referenced),
        Value::Function(f) => DeathFlag::Flag(&f.weakly_referenced),
        Value::Set(s) | Value::FrozenSet(s) => DeathFlag::Flag(&s.weakly_referenced),
        Value::BoundMethod(m) => DeathFlag::Flag(&m.weakly_referenced),
        Value::Generator(g) => DeathFlag::Flag(&g.weakly_referenced),
        Value::Code(c) => DeathFlag::Flag(&c.weakly_referenced),
        Value::Module(m) => DeathFlag::Flag(&m.weakly_referenced),
        Value::MemoryView(m) => DeathFlag::Flag(&m.weakly_referenced),
        _ => return None,
    })
}

/// The address under which the death of `obj` is reported, for the kinds that report it.
pub fn death_reported_address(obj: &Value) -> Option<usize> {
    death_flag(obj)?;
    obj.heap_ptr()
}

/// Asks `obj`'s `Drop` to report its death.
fn mark_weakly_referenced(obj: &Value) {
    match death_flag(obj) {
        Some(DeathFlag::Bit(bits)) => bits.set(bits.get() | WEAKLY_REFERENCED),
        Some(DeathFlag::Flag(flag)) => flag.set(true),
        None => {}
    }
}

/// Has a weak reference been made to `obj` (one whose death is reported)?
pub fn is_weakly_referenced(obj: &Value) -> bool {
    match death_flag(obj) {
        Some(DeathFlag::Bit(bits)) => bits.get() & WEAKLY_REFERENCED != 0,
        Some(DeathFlag::Flag(flag)) => flag.get(),
        None => false,
    }
}

fn make_ref(cls: Rc<PyType>, target: WeakValue, callback: Value) -> Value {
    if !callback.is_none() {
        crate::gc::note_finalizer();
    }
    let state = WeakRefState {
        target,
        cleared: Cell::new(false),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    };
    Value::Instance(PyInstance::with_native(cls, Box::new(state)))
}

/// The weak reference a method was called on, and its state.
fn this(args: &Args, method: &str) -> PyResult<(Rc<PyInstance>, Value)> {
    if let Some(Value::Instance(r)) = args.pos.first() {
        if let Some(s) = state(r) {
            let target = s.referent().unwrap_or(Value::None);
            return Ok((r.clone(), target));
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{method}' requires a 'weakref.ReferenceType' object"
    )))
}

fn ref_call(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("weakref() takes no keyword arguments"));
    }
    Ok(this(&args, "__call__")?.1)
}

fn ref_eq_bool(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let (me, mine) = this(args, "__eq__")?;
    let Some(Value::Instance(other)) = args.pos.get(1) else {
        return Ok(None);
    };
    let Some(os) = state(other) else {
        return Ok(None);
    };
    let theirs = os.referent().unwrap_or(Value::None);
    if matches!(mine, Value::None) || matches!(theirs, Value::None) {
        return Ok(Some(Rc::ptr_eq(&me, other)));
    }
    vm.eq(&mine, &theirs).map(Some)
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_eq_bool(vm, &args)? {
        Some(b) => Value::bool(b),
        None => Value::NotImplemented,
    })
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_eq_bool(vm, &args)? {
        Some(b) => Value::bool(!b),
        None => Value::NotImplemented,
    })
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, target) = this(&args, "__hash__")?;
    let Some(s) = state(&me) else {
        return Ok(Value::None);
    };
    if let Some(h) = s.hash.get() {
        return Ok(Value::Int(h));
    }
    if matches!(target, Value::None) {
        return Err(PyErr::type_error("weak object has gone away"));
    }
    let h = vm.hash(&target)?;
    s.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn ref_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, target) = this(&args, "__repr__")?;
    let at = Rc::as_ptr(&me) as usize;
    Ok(Value::string(match target {
        Value::None => format!("<weakref at {at:#x}; dead>"),
        t => format!(
            "<weakref at {at:#x}; to '{}' at {:#x}>",
            t.type_name(),
            t.id()
        ),
    }))
}

/// `r.__callback__`: the callback still to call, or None.
fn ref_callback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (me, _) = this(&args, "__callback__")?;
    Ok(state(&me)
        .map(|s| s.callback.borrow().clone())
        .unwrap_or(Value::None))
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_weakref.getweakrefcount", 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Instance(i) if i.flags.get() & WEAKLY_REFERENCED != 0 => {
            weakrefs_of(Rc::as_ptr(i) as usize).len() as i64
        }
        _ => 0,
    }))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_weakref.getweakrefs", 1, 1)?;
    let refs = match &args.pos[0] {
        Value::Instance(i) if i.flags.get() & WEAKLY_REFERENCED != 0 => {
            weakrefs_of(Rc::as_ptr(i) as usize)
        }
        _ => Vec::new(),
    };
    Ok(Value::list(refs.into_iter().map(Value::Instance).collect()))
}
