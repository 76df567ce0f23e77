//! Callables and their kin: runtime code objects (`PyCode`), Python functions, native
//! (builtin) functions and their calling convention (`Args`), bound methods, closure cells,
//! and the descriptor objects `property`, `classmethod`, `staticmethod`, `super` and
//! `__slots__` members.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{PyDict, PyErr, PyResult, PyStr, PyTuple, PyType, Value};
use crate::bytecode::{CodeObject, Constant};
use crate::vm::Vm;

/// A code object ready to run: the compiled `CodeObject` plus its constants and names
/// turned into values once, so executing `LoadConst` or `LoadAttr` never allocates.
pub struct PyCode {
    pub code: CodeObject,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub varnames: Vec<Rc<PyStr>>,
    /// Number of fast-local slots (`varnames.len()`).
    pub nlocals: usize,
    /// Number of cell slots (`cellvars.len() + freevars.len()`).
    pub ncells: usize,
    /// Calls with exactly `argcount` positional arguments and no keywords can bind them by
    /// moving the values into the locals: no keyword-only parameters, no `*args`/`**kwargs`,
    /// no cell variables, not a generator. Computed once here so a call checks one flag.
    pub fast_call: bool,
    /// One inline cache per entry of `names`, used by `LoadGlobal` (see `GlobalCache`).
    pub global_cache: Vec<Cell<GlobalCache>>,
    /// One inline cache per entry of `names`, used by `LoadAttr`/`StoreAttr` on instances
    /// (`vm/attr_cache.rs`).
    pub attr_cache: Vec<crate::vm::attr_cache::AttrCache>,
    /// The builtins its global names fall back to when they are not the VM's own: code
    /// run or defined where `__builtins__` names other builtins is a copy of the code with
    /// them (`vm/frame_builtins.rs`). None for nearly all code.
    pub builtins: Option<Rc<PyDict>>,
    /// Stdlib code standing in for a function CPython writes in C: tracebacks record no
    /// entry for its frames (`modules/native_frames.rs`).
    pub stands_in_for_native: Cell<bool>,
    /// A weak reference was made to this code object: its death is reported to
    /// `vm/finalize.rs`.
    pub weakly_referenced: Cell<bool>,
}

impl Drop for PyCode {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

/// Where `LoadGlobal` last found a name: an entry index in the globals dict (valid while the
/// entry at that index still has this name as its key), or an entry index in the builtins
/// dict together with the globals' key stamp (the name was absent from a globals dict with
/// exactly that key set; see `Table::stamp`). A stale entry only costs a normal look-up.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub kind: u8,
    pub idx: u32,
    pub stamp: u64,
}

impl GlobalCache {
    pub const EMPTY: u8 = 0;
    pub const GLOBALS: u8 = 1;
    pub const BUILTINS: u8 = 2;
}

/// `n` inline caches, all empty.
fn empty_caches<T: Default>(n: usize) -> Vec<T> {
    (0..n).map(|_| T::default()).collect()
}

impl PyCode {
    pub fn new(code: CodeObject) -> Rc<PyCode> {
        let consts = code.constants.iter().map(constant_to_value).collect();
        let names = code.names.iter().map(|n| PyStr::intern(n)).collect();
        let varnames = code.varnames.iter().map(|n| PyStr::intern(n)).collect();
        let nlocals = code.varnames.len();
        let ncells = code.cellvars.len() + code.freevars.len();
        let fast_call = code.kwonlyargcount == 0
            && code.flags
                & (crate::bytecode::code_flags::VARARGS | crate::bytecode::code_flags::VARKEYWORDS)
                == 0
            && !code.is_generator()
            && code.cellvars.is_empty()
            && code.argcount as usize <= nlocals;
        let global_cache = empty_caches(code.names.len());
        let attr_cache = empty_caches(code.names.len());
        Rc::new(PyCode {
            code,
            consts,
            names,
            varnames,
            nlocals,
            ncells,
            fast_call,
            global_cache,
            attr_cache,
            builtins: None,
            stands_in_for_native: Cell::new(false),
            weakly_referenced: Cell::new(false),
        })
    }

    /// A copy of this code that runs with `builtins` (with inline caches of its own).
    pub fn with_builtins(&self, builtins: Option<Rc<PyDict>>) -> Rc<PyCode> {
        Rc::new(PyCode {
            code: self.code.clone(),
            consts: self.consts.clone(),
            names: self.names.clone(),
            varnames: self.varnames.clone(),
            nlocals: self.nlocals,
            ncells: self.ncells,
            fast_call: self.fast_call,
            global_cache: empty_caches(self.names.len()),
            attr_cache: empty_caches(self.names.len()),
            builtins,
            stands_in_for_native: Cell::new(self.stands_in_for_native.get()),
            weakly_referenced: Cell::new(false),
        })
    }
}

/// Turns a compile-time constant into a value.
pub fn constant_to_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(s) => s
            .parse::<num_bigint::BigInt>()
            .map(Value::from_bigint)
            .unwrap_or(Value::Int(0)),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex(r, i) => Value::complex(*r, *i),
        Constant::Str(s) => Value::Str(if s.len() <= 32 {
            PyStr::intern(s)
        } else {
            Rc::new(PyStr::new(s))
        }),
        Constant::Bytes(b) => Value::Bytes(Rc::new(super::PyBytes::new(b.clone()))),
        Constant::Tuple(items) => Value::tuple(items.iter().map(constant_to_value).collect()),
        Constant::FrozenSet(items) => Value::frozenset(super::PySet::from_constants(
            items.iter().map(constant_to_value).collect(),
        )),
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Code(code) => Value::Code(PyCode::new((**code).clone())),
    }
}

/// A function defined in Python (`def` or `lambda`).
pub struct PyFunction {
    /// Replaceable by assigning `__code__`; calls take one short borrow per call.
    pub code: RefCell<Rc<PyCode>>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// The positional defaults tuple itself, so that `f.__defaults__` keeps its identity and
    /// `()` stays distinct from `None`.
    pub defaults: RefCell<Option<Rc<PyTuple>>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Cells,
    pub annotations: RefCell<Option<Rc<PyDict>>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    /// A weak reference was made to this function: its death is reported to
    /// `vm/finalize.rs`, which calls the references' callbacks.
    pub weakly_referenced: Cell<bool>,
}

impl Drop for PyFunction {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

impl PyFunction {
    /// Visits the references the function itself holds (not its code's: a code object
    /// shared by several functions holds each of its references once).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Dict(self.globals.clone()));
        if let Ok(Some(defaults)) = self.defaults.try_borrow().as_deref() {
            visit(&Value::Tuple(defaults.clone()));
        }
        for c in self.closure.iter() {
            visit(&Value::Cell(c.clone()));
        }
        for d in [&self.kwdefaults, &self.dict, &self.annotations] {
            if let Ok(Some(d)) = d.try_borrow().as_deref() {
                visit(&Value::Dict(d.clone()));
            }
        }
        if let Ok(doc) = self.doc.try_borrow() {
            visit(&doc);
        }
        if let Ok(module) = self.module.try_borrow() {
            visit(&module);
        }
    }

    /// The function's `__dict__`, created on first use.
    pub fn attr_dict(&self) -> Rc<PyDict> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(|| PyDict::new_tracked())
            .clone()
    }
}

/// Arguments of a call: positional values, then keyword name/value pairs.
#[derive(Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<PyStr>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Checks the positional count of a builtin that takes no keywords; CPython's messages.
    pub fn expect(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.refuse_keywords(name)?;
        self.expect_pos(name, min, max)
    }

    /// "len() takes no keyword arguments" when any keyword was given.
    pub fn refuse_keywords(&self, name: &str) -> PyResult<()> {
        match self.kw.is_empty() {
            true => Ok(()),
            false => Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                name
            ))),
        }
    }

    pub fn expect_pos(&self, name: &str, min: usize, max: usize) -> PyResult<()> {
        expect_count(name, self.pos.len(), min, max)
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| k.as_str() == name)?;
        Some(self.kw.remove(i).1)
    }

    /// Errors on keyword arguments left after the builtin took the ones it knows.
    pub fn no_more_kw(&self, func: &str) -> PyResult<()> {
        match self.kw.first() {
            None => Ok(()),
            Some((k, _)) => Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                func
            ))),
        }
    }

    /// Positional argument i, or keyword `name`, or None.
    pub fn arg(&mut self, i: usize, name: &str) -> Option<Value> {
        if let Some(v) = self.pos.get(i) {
            return Some(v.clone());
        }
        self.take_kw(name)
    }
}

/// Checks that a builtin taking no keywords was given `min..=max` positional arguments (`n`
/// of them); CPython's messages.
pub fn expect_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, n),
            1 => format!("{}() takes exactly one argument ({} given)", name, n),
            _ => format!("{} expected {} arguments, got {}", name, min, n),
        }
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(PyErr::type_error(msg))
}

/// The signature of every native function: the VM and the call's arguments (for a method,
/// `pos[0]` is the receiver).
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// A builtin's entry for a call with positional arguments only, taken as a slice: the
/// dispatch loop calls it on a pooled vector, with no `Args` built, moved or freed. Its
/// `NativeFn` checks the keywords and calls it.
pub type FastFn = fn(&mut Vm, &[Value]) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The positional-only entry, for the hottest builtins (`len`, `isinstance`).
    pub fast: Option<FastFn>,
    /// The receiver when this is a method bound to an object (`[].append`).
    pub bound_self: Option<Value>,
    /// Called on the class rather than an instance (`dict.fromkeys`).
    pub is_classmethod: bool,
    /// A method of a builtin value type (`list.append`): called with an instance of a
    /// subclass as receiver, it works on the builtin value the instance carries.
    pub on_base_value: bool,
    /// Where it was defined, for `__qualname__`, `__module__`, `__self__` and the repr: set
    /// once, in place, when its type or module is set up (`vm/builtin_names.rs`).
    pub home: std::cell::OnceCell<BuiltinHome>,
}

/// Where a builtin function lives: a method of a builtin type (`list.append`), a native
/// module's function (`builtins.len`), or not recorded (an internal helper).
#[derive(Clone)]
pub enum BuiltinHome {
    Unknown,
    /// The name of the type whose dict holds it.
    Type(Rc<str>),
    /// The name of the module whose dict holds it.
    Module(Rc<str>),
}

impl PyBuiltin {
    /// A type's `__new__`: a static method in CPython, so it is never bound to the instance
    /// or class it is read through, nor named or checked as a method of one.
    pub fn is_static(&self) -> bool {
        self.name == "__new__"
    }

    pub fn new(name: &'static str, func: NativeFn) -> PyBuiltin {
        PyBuiltin {
            name,
            func,
            fast: None,
            bound_self: None,
            is_classmethod: false,
            on_base_value: false,
            home: std::cell::OnceCell::new(),
        }
    }

    /// Where it lives, `Unknown` until recorded.
    pub fn home(&self) -> &BuiltinHome {
        self.home.get().unwrap_or(&BuiltinHome::Unknown)
    }

    pub fn value(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Rc::new(PyBuiltin::new(name, func)))
    }

    pub fn bind(&self, receiver: Value) -> Value {
        Value::Builtin(Rc::new(PyBuiltin {
            name: self.name,
            func: self.func,
            fast: self.fast,
            bound_self: Some(receiver),
            is_classmethod: self.is_classmethod,
            on_base_value: self.on_base_value,
            home: self.home.clone(),
        }))
    }
}

/// A Python function bound to a receiver (`obj.method`).
pub struct PyBoundMethod {
    pub func: Value,
    pub receiver: Value,
    /// A weak reference was made to this method object: its death is reported to
    /// `vm/finalize.rs`.
    pub weakly_referenced: Cell<bool>,
}

impl PyBoundMethod {
    pub fn new(func: Value, receiver: Value) -> PyBoundMethod {
        PyBoundMethod {
            func,
            receiver,
            weakly_referenced: Cell::new(false),
        }
    }
}

impl Drop for PyBoundMethod {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

/// A function's closure cells, or a frame's cells (`cellvars` then `freevars`): shared, so
/// that calling a closure hands its cells to the frame without copying them, and empty
/// without an allocation.
#[derive(Clone, Default)]
pub struct Cells(Option<Rc<[Rc<PyCell>]>>);

impl std::ops::Deref for Cells {
    type Target = [Rc<PyCell>];

    #[inline]
    fn deref(&self) -> &[Rc<PyCell>] {
        self.0.as_deref().unwrap_or(&[])
    }
}

impl From<Vec<Rc<PyCell>>> for Cells {
    fn from(cells: Vec<Rc<PyCell>>) -> Cells {
        Cells((!cells.is_empty()).then(|| Rc::from(cells)))
    }
}

/// A closure cell. `Value::Null` inside means empty (unbound).
pub struct PyCell {
    pub value: RefCell<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> Rc<PyCell> {
        let cell = Rc::new(PyCell {
            value: RefCell::new(v),
        });
        crate::gc::register(crate::gc::Tracked::Cell(Rc::downgrade(&cell)));
        cell
    }

    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Value) {
        let old = std::mem::replace(&mut *self.value.borrow_mut(), v);
        drop(old);
    }
}

/// The `__dict__` of a classmethod or staticmethod object.
pub type WrapperDict = RefCell<Option<Rc<PyDict>>>;

/// `property`, `classmethod`, `staticmethod`, `super` and `__slots__` member objects.
pub enum Descriptor {
    Property(Property),
    /// The wrapped callable, and the attribute dict (made on first use, starting with the
    /// callable's `__module__`, `__name__`, `__qualname__`, `__doc__`, `__annotations__`).
    ClassMethod(Value, WrapperDict),
    StaticMethod(Value, WrapperDict),
    Super {
        this_class: Rc<PyType>,
        obj: Value,
        /// None for an unbound `super(cls)`, which proxies nothing.
        obj_type: Option<Rc<PyType>>,
    },
    /// An entry of `__slots__`: slot `index` of instances of `owner` and its subclasses.
    Member {
        name: Rc<super::PyStr>,
        index: usize,
        owner: Rc<PyType>,
    },
    /// The `__dict__` or `__weakref__` attribute of a class's instances, in the class dict
    /// (`<attribute '__dict__' of 'C' objects>`).
    GetSet {
        name: Rc<super::PyStr>,
        owner: Rc<PyType>,
    },
    /// A builtin type's read-only attribute computed natively (`int.real`).
    NativeAttr(crate::vm::native_attrs::NativeAttr),
}

/// The state of a `property`. Its fields can change after creation, as in CPython:
/// `property.__init__` may run again, `__set_name__` names it, `__doc__` is writable.
pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// The attribute name `__set_name__` gave it (None before): error messages use it.
    pub name: RefCell<Value>,
    /// Was `doc` taken from the getter's docstring? Then a copy made by `.setter()` and
    /// the like takes the docstring of its own getter.
    pub getter_doc: Cell<bool>,
}

impl Property {
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> Property {
        Property {
            fget: RefCell::new(fget),
            fset: RefCell::new(fset),
            fdel: RefCell::new(fdel),
            doc: RefCell::new(doc),
            name: RefCell::new(Value::None),
            getter_doc: Cell::new(false),
        }
    }
}

impl Descriptor {
    /// A read-only property computed by `fget` (a native getter, usually).
    pub fn getter(fget: Value) -> Value {
        Value::descriptor(Descriptor::Property(Property::new(
            fget,
            Value::None,
            Value::None,
            Value::None,
        )))
    }

    pub fn classmethod(f: Value) -> Descriptor {
        Descriptor::ClassMethod(f, RefCell::new(None))
    }

    pub fn staticmethod(f: Value) -> Descriptor {
        Descriptor::StaticMethod(f, RefCell::new(None))
    }

    pub fn type_object(&self) -> Rc<PyType> {
        let t = super::types();
        match self {
            Descriptor::Property(_) => t.property.clone(),
            Descriptor::ClassMethod(_, _) => t.classmethod.clone(),
            Descriptor::StaticMethod(_, _) => t.staticmethod.clone(),
            Descriptor::Super { .. } => t.super_.clone(),
            Descriptor::Member { .. } => t.member_descriptor.clone(),
            Descriptor::GetSet { .. } => t.getset_descriptor.clone(),
            Descriptor::NativeAttr(n) if n.member => t.member_descriptor.clone(),
            Descriptor::NativeAttr(_) => t.getset_descriptor.clone(),
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Descriptor::Property(p) => {
                for part in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                    if let Ok(v) = part.try_borrow() {
                        visit(&v);
                    }
                }
            }
            Descriptor::ClassMethod(f, dict) | Descriptor::StaticMethod(f, dict) => {
                visit(f);
                if let Ok(Some(d)) = dict.try_borrow().as_deref() {
                    visit(&Value::Dict(d.clone()));
                }
            }
            Descriptor::Super {
                obj, this_class, ..
            } => {
                visit(obj);
                visit(&Value::Type(this_class.clone()));
            }
            Descriptor::Member { owner, .. } | Descriptor::GetSet { owner, .. } => {
                visit(&Value::Type(owner.clone()))
            }
            Descriptor::NativeAttr(n) => visit(&Value::Type(n.owner.clone())),
        }
    }
}

/// Builds a tuple value from a slice of strs (for `__slots__`-like name lists).
pub fn str_tuple(names: &[&str]) -> Value {
    Value::Tuple(Rc::new(PyTuple::new(
        names.iter().map(|s| Value::str(s)).collect(),
    )))
}
