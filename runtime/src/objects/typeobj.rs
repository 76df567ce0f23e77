//! Type objects (`type`): every value has one, user classes are ones too. This file holds
//! `PyType`, the C3 method resolution order, look-up along the MRO, and the registry of
//! builtin types (`types()`), including the builtin exception hierarchy.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::{PyDict, PyErr, PyResult, Value};

/// What an instance of the type carries besides its `__dict__`: the builtin base whose data
/// layout instances of this type (and its subclasses) share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain `object` instances (and user classes deriving only from object).
    Object,
    /// `BaseException` and its subclasses: instances carry exception state.
    Exception,
    /// A builtin type whose values are not `Instance`s (int, str, list, …). Only the value
    /// types (`is_value_base`) can be subclassed.
    Builtin,
    /// A class deriving from a builtin value type: instances are `Instance`s carrying a
    /// value of that type (`PyInstance::base`).
    Value,
}

/// Can a class derive from the builtin type `t`, its instances carrying a `t` value?
pub fn is_value_base(t: &Rc<PyType>) -> bool {
    let ty = types();
    [
        &ty.int,
        &ty.float,
        &ty.complex,
        &ty.str,
        &ty.bytes,
        &ty.bytearray,
        &ty.tuple,
        &ty.list,
        &ty.dict,
        &ty.set,
        &ty.frozenset,
        &ty.property,
    ]
    .iter()
    .any(|b| Rc::ptr_eq(b, t))
}

pub struct PyType {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: Rc<PyDict>,
    pub layout: Layout,
    /// Builtin types are immutable (no attribute assignment) and print as `<class 'int'>`.
    pub builtin: bool,
    /// The metaclass, when it is not `type` itself.
    pub meta: RefCell<Option<Rc<PyType>>>,
    pub subclasses: RefCell<Vec<Weak<PyType>>>,
    /// Cached: does any class on the MRO define `__getattribute__`, `__getattr__`,
    /// `__setattr__`, `__delattr__`, `__del__`? Recomputed when a class attribute changes.
    pub hooks: Cell<AttrHooks>,
    /// The native constructor of a builtin type (`int(...)`, `list(...)`); its first
    /// argument is the class being called.
    pub ctor: Cell<Option<super::function::NativeFn>>,
    /// The `__slots__` of instances, inherited ones first: a slot's position here is its
    /// index in `PyInstance::slots`. Set when the class is made.
    pub slot_names: RefCell<Vec<Rc<super::PyStr>>>,
    /// Do instances have a `__dict__`? False for `object`, the builtin value types and a
    /// class whose MRO declares `__slots__` (without `"__dict__"`) all the way down.
    pub instance_dict: Cell<bool>,
    /// CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` bits set on this class itself
    /// (by `collections.abc` through `_abc`): what `match` patterns read, kept out of
    /// the class dict as CPython keeps them.
    pub collection_flags: Cell<u8>,
    /// A weak reference was made to this class: its death is reported to
    /// `vm/finalize.rs`, which calls the references' callbacks.
    pub weakly_referenced: Cell<bool>,
    /// False for a builtin type a class statement may not derive from although its layout
    /// would allow it (CPython's types without `Py_TPFLAGS_BASETYPE`: the struct sequences).
    pub subclassable: Cell<bool>,
    /// A stdlib class standing in for a C type of CPython's (`collections.deque`,
    /// `functools.partial`): messages name it module-qualified, as CPython's `tp_name`.
    pub c_named: Cell<bool>,
    /// The attribute names its instances share (`instance_attrs.rs`).
    pub instance_keys: Rc<super::instance_attrs::SharedKeys>,
}

impl Drop for PyType {
    fn drop(&mut self) {
        crate::vm::finalize::note_weak_death_of(self, self.weakly_referenced.get());
    }
}

#[derive(Clone, Copy, Default, Debug)]
pub struct AttrHooks {
    pub getattribute: bool,
    pub getattr: bool,
    pub setattr: bool,
    pub delattr: bool,
    /// A class on the MRO defines `__del__`: dropping an instance queues it for finalizing.
    pub del: bool,
}

const ATTR_CACHE_SIZE: usize = 4096;

/// One remembered MRO look-up: `name` on the type at address `ty` gave `value`, while the
/// epoch was `epoch`.
struct AttrCacheEntry {
    ty: usize,
    hash: i64,
    epoch: u64,
    name: Rc<super::PyStr>,
    value: Option<Value>,
}

/// The name a type look-up is for: an identifier from code (compared by identity first)
/// or any text.
#[derive(Clone, Copy)]
enum CacheName<'a> {
    Interned(&'a Rc<super::PyStr>),
    Text(&'a str),
}

thread_local! {
    /// Advanced by every change to any class dict and by every new class, so a cached
    /// look-up is valid exactly while the epoch it was made in lasts. (A new class may sit
    /// at a freed class's address; creating it moves the epoch on.)
    static ATTR_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    static ATTR_CACHE: RefCell<Vec<AttrCacheEntry>> = {
        let empty = Rc::new(super::PyStr::from_string(String::new()));
        RefCell::new(
            (0..ATTR_CACHE_SIZE)
                .map(|_| AttrCacheEntry {
                    ty: 0,
                    hash: 0,
                    epoch: 0,
                    name: empty.clone(),
                    value: None,
                })
                .collect(),
        )
    };
}

/// The current type-attribute epoch: a look-up made in it stays valid while it lasts.
#[inline]
pub fn attr_epoch() -> u64 {
    ATTR_EPOCH.with(|e| e.get())
}

/// Forgets every cached type attribute look-up.
#[inline]
pub fn invalidate_attr_cache() {
    ATTR_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Forgets every cached look-up and lets go of the values it held, so that the cache
/// keeps no class attribute (and so no class) alive: the cycle collector calls this
/// before it looks for garbage.
pub fn drop_attr_cache_values() {
    invalidate_attr_cache();
    let values: Vec<Value> = ATTR_CACHE
        .try_with(|c| {
            c.try_borrow_mut()
                .map(|mut c| c.iter_mut().filter_map(|e| e.value.take()).collect())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    drop(values);
}

impl PyType {
    /// A new builtin type with the given bases (MRO computed from them).
    pub fn new_builtin(name: &str, bases: Vec<Rc<PyType>>, layout: Layout) -> Rc<PyType> {
        let ty = Rc::new(PyType {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: Rc::new(PyDict::new()),
            layout,
            builtin: true,
            meta: RefCell::new(None),
            subclasses: RefCell::new(Vec::new()),
            hooks: Cell::new(AttrHooks::default()),
            ctor: Cell::new(None),
            slot_names: RefCell::new(Vec::new()),
            instance_dict: Cell::new(layout == Layout::Exception),
            collection_flags: Cell::new(0),
            weakly_referenced: Cell::new(false),
            subclassable: Cell::new(true),
            c_named: Cell::new(false),
            instance_keys: Rc::default(),
        });
        let mut mro = vec![ty.clone()];
        // Most builtin hierarchies are single-inheritance: the MRO is the chain of first
        // bases. `ExceptionGroup(BaseExceptionGroup, Exception)` needs the C3 merge (its
        // bases are consistent, so the merge cannot fail).
        match bases.as_slice() {
            [] => {}
            [base] => mro.extend(base.mro.borrow().iter().cloned()),
            _ => mro.extend(c3_merge(&bases).unwrap_or_default()),
        }
        *ty.mro.borrow_mut() = mro;
        ty.dict.mark_type_dict();
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&ty));
        }
        ty
    }

    /// A new class from a `class` statement or `type(name, bases, ns)`.
    pub fn new_class(
        name: &str,
        qualname: &str,
        bases: Vec<Rc<PyType>>,
        dict: Rc<PyDict>,
        meta: Option<Rc<PyType>>,
    ) -> PyResult<Rc<PyType>> {
        let bases = if bases.is_empty() {
            vec![types().object.clone()]
        } else {
            bases
        };
        let layout = best_layout(&bases)?;
        let slot_names = inherited_slots(&bases)?;
        // A class body without `__slots__` gives its instances a dict; with `__slots__`,
        // they have one if a base's have (`vm/slots.rs` adds a declared `"__dict__"`).
        let instance_dict =
            dict.get_str("__slots__").is_none() || bases.iter().any(|b| b.instance_dict.get());
        let mro_tail = c3_merge(&bases)?;
        let ty = Rc::new(PyType {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname.to_string()),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            builtin: false,
            meta: RefCell::new(meta),
            subclasses: RefCell::new(Vec::new()),
            hooks: Cell::new(AttrHooks::default()),
            ctor: Cell::new(None),
            slot_names: RefCell::new(slot_names),
            instance_dict: Cell::new(instance_dict),
            collection_flags: Cell::new(0),
            weakly_referenced: Cell::new(false),
            subclassable: Cell::new(true),
            c_named: Cell::new(false),
            instance_keys: Rc::default(),
        });
        let mut mro = vec![ty.clone()];
        mro.extend(mro_tail);
        *ty.mro.borrow_mut() = mro;
        ty.dict.mark_type_dict();
        for b in &bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&ty));
        }
        ty.refresh_hooks();
        crate::gc::register(crate::gc::Tracked::Type(Rc::downgrade(&ty)));
        Ok(ty)
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The name CPython's C code gives the type in messages: the module-qualified name for
    /// a final type of a native module (the struct sequences, `time.struct_time`) and for
    /// a stdlib class standing in for a C type (`collections.deque`), else the name.
    pub fn tp_name(&self) -> String {
        if self.subclassable.get() && !self.c_named.get() {
            return self.name();
        }
        match self.module_name() {
            Some(m) if m != "builtins" => format!("{}.{}", m, self.name()),
            _ => self.name(),
        }
    }

    pub fn metatype(&self) -> Rc<PyType> {
        self.meta
            .borrow()
            .clone()
            .unwrap_or_else(|| types().type_.clone())
    }

    /// Looks `name` up in the dicts along the MRO (no descriptors applied).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.lookup_cached(CacheName::Text(name), super::dict::str_hash(name))
    }

    /// `lookup`, but None when the first class on the MRO that defines `name` is a builtin
    /// type: the VM implements builtin types' special methods natively, so only a class made
    /// at run time (a `class` statement, or a native module's class) can override them —
    /// possibly with a native function.
    pub fn lookup_override(&self, name: &str) -> Option<Value> {
        let hash = super::dict::str_hash(name);
        for cls in self.mro.borrow().iter() {
            if let Some(v) = cls.dict.get_str_hashed(name, hash) {
                return (!cls.builtin).then_some(v);
            }
        }
        None
    }

    /// `lookup` for an identifier, using its cached hash (and, in the type attribute cache,
    /// its identity: no string comparison on a hit).
    pub fn lookup_name(&self, name: &Rc<super::PyStr>) -> Option<Value> {
        self.lookup_cached(CacheName::Interned(name), name.hash_value())
    }

    /// The MRO walk, answered from the type attribute cache when it can be.
    fn lookup_cached(&self, name: CacheName, hash: i64) -> Option<Value> {
        let ty = self as *const PyType as usize;
        let slot = ((ty >> 4) ^ (hash as usize)) & (ATTR_CACHE_SIZE - 1);
        let epoch = attr_epoch();
        let text = match name {
            CacheName::Text(t) => t,
            CacheName::Interned(s) => s.as_str(),
        };
        let hit = ATTR_CACHE.with(|c| {
            let c = c.borrow();
            let e = c.get(slot)?;
            if e.ty != ty || e.hash != hash || e.epoch != epoch {
                return None;
            }
            let same = match name {
                CacheName::Interned(s) => Rc::ptr_eq(s, &e.name) || e.name.as_str() == text,
                CacheName::Text(t) => e.name.as_str() == t,
            };
            same.then(|| e.value.clone())
        });
        if let Some(found) = hit {
            return found;
        }
        let mut found = None;
        for cls in self.mro.borrow().iter() {
            if let Some(v) = cls.dict.get_str_hashed(text, hash) {
                found = Some(v);
                break;
            }
        }
        let name = match name {
            CacheName::Interned(s) => s.clone(),
            CacheName::Text(t) => Rc::new(super::PyStr::from_string(t.to_string())),
        };
        ATTR_CACHE.with(|c| {
            if let Some(e) = c.borrow_mut().get_mut(slot) {
                *e = AttrCacheEntry {
                    ty,
                    hash,
                    epoch,
                    name,
                    value: found.clone(),
                };
            }
        });
        found
    }

    /// For a class deriving from a builtin value type: that builtin type.
    pub fn value_base(&self) -> Option<Rc<PyType>> {
        if self.layout != Layout::Value {
            return None;
        }
        self.mro
            .borrow()
            .iter()
            .find(|c| c.builtin && c.layout == Layout::Builtin)
            .cloned()
    }

    /// The sequence/mapping flags in force for instances of this class: the nearest ones on
    /// the MRO (a class inherits them, and a later `register` reaches its subclasses).
    pub fn collection_flags(&self) -> u8 {
        self.mro
            .borrow()
            .iter()
            .map(|c| c.collection_flags.get())
            .find(|f| *f != 0)
            .unwrap_or(0)
    }

    /// Is `self` a subclass of `other` (or the same class)?
    pub fn is_subtype(&self, other: &PyType) -> bool {
        std::ptr::eq(self, other) || self.mro.borrow().iter().any(|c| std::ptr::eq(&**c, other))
    }

    /// Recomputes the cached attribute-hook flags of this class and its subclasses.
    pub fn refresh_hooks(&self) {
        let user_defined = |name: &str| {
            self.mro
                .borrow()
                .iter()
                .any(|c| !c.builtin && c.dict.get_str(name).is_some())
        };
        let hooks = AttrHooks {
            getattribute: user_defined("__getattribute__"),
            getattr: user_defined("__getattr__"),
            setattr: user_defined("__setattr__"),
            delattr: user_defined("__delattr__"),
            del: user_defined("__del__"),
        };
        if hooks.del {
            crate::gc::note_finalizer();
        }
        self.hooks.set(hooks);
        for sub in self.live_subclasses() {
            sub.refresh_hooks();
        }
    }

    /// The direct subclasses still alive, in creation order (`__subclasses__()`); a copy,
    /// so the caller may run code that creates or drops classes.
    pub fn live_subclasses(&self) -> Vec<Rc<PyType>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Dict(self.dict.clone()));
        for list in [&self.bases, &self.mro] {
            if let Ok(list) = list.try_borrow() {
                list.iter().for_each(|t| visit(&Value::Type(t.clone())));
            }
        }
        if let Ok(Some(meta)) = self.meta.try_borrow().as_deref() {
            visit(&Value::Type(meta.clone()));
        }
    }

    /// `__module__` of the class, for its repr.
    pub fn module_name(&self) -> Option<String> {
        match self.dict.get_str("__module__") {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        }
    }

    /// `<class 'int'>` or `<class '__main__.C'>`.
    pub fn repr(&self) -> String {
        match self.module_name() {
            Some(m) if !self.builtin && m != "builtins" => {
                format!("<class '{}.{}'>", m, self.qualname.borrow())
            }
            _ => format!("<class '{}'>", self.name.borrow()),
        }
    }
}

/// "type 'time.struct_time' is not an acceptable base type" for a final type, named by its
/// module-qualified name as CPython names a native module's type.
fn not_acceptable_base(b: &PyType) -> PyErr {
    PyErr::type_error(format!(
        "type '{}' is not an acceptable base type",
        b.tp_name()
    ))
}

/// The layout instances of a class with these bases get: at most one non-object layout.
pub(crate) fn best_layout(bases: &[Rc<PyType>]) -> PyResult<Layout> {
    let mut layout = Layout::Object;
    let mut value_base: Option<Rc<PyType>> = None;
    let mut metaclass = false;
    for b in bases {
        if !b.subclassable.get() {
            return Err(not_acceptable_base(b));
        }
        metaclass |= b.is_subtype(&types().type_);
        let this_value = match b.layout {
            // A metaclass: its instances are classes, made by `type.__new__`.
            Layout::Builtin if Rc::ptr_eq(b, &types().type_) => None,
            Layout::Builtin if is_value_base(b) => Some(b.clone()),
            Layout::Builtin => {
                return Err(PyErr::type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )))
            }
            Layout::Value => b.value_base(),
            Layout::Exception => {
                layout = Layout::Exception;
                None
            }
            Layout::Object => None,
        };
        if let Some(v) = this_value {
            if value_base
                .as_ref()
                .is_some_and(|prev| !Rc::ptr_eq(prev, &v))
            {
                return Err(layout_conflict());
            }
            value_base = Some(v);
        }
    }
    // A class's layout (type's) combines with no builtin value or exception layout.
    if metaclass && (value_base.is_some() || layout == Layout::Exception) {
        return Err(layout_conflict());
    }
    if value_base.is_some() {
        if layout == Layout::Exception {
            return Err(layout_conflict());
        }
        layout = Layout::Value;
    }
    Ok(layout)
}

/// The slots instances of a class with these bases inherit: those of the base with the
/// most. Two bases that each add slots of their own cannot be combined (every base's slots
/// must begin the chosen one's).
pub(crate) fn inherited_slots(bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<super::PyStr>>> {
    let mut best: Vec<Rc<super::PyStr>> = Vec::new();
    for b in bases {
        let names = b.slot_names.borrow();
        if names.len() > best.len() {
            if !best.iter().zip(names.iter()).all(|(x, y)| Rc::ptr_eq(x, y)) {
                return Err(layout_conflict());
            }
            best = names.clone();
        } else if !names.iter().zip(best.iter()).all(|(x, y)| Rc::ptr_eq(x, y)) {
            return Err(layout_conflict());
        }
    }
    Ok(best)
}

fn layout_conflict() -> PyErr {
    PyErr::type_error("multiple bases have instance lay-out conflict")
}

/// The C3 linearisation of the bases' MROs followed by the bases list itself.
pub(crate) fn c3_merge(bases: &[Rc<PyType>]) -> PyResult<Vec<Rc<PyType>>> {
    let mut seqs: Vec<Vec<Rc<PyType>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(next) = chosen else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The builtin types, created once per thread (the runtime is single-threaded).
pub struct Types {
    pub object: Rc<PyType>,
    pub type_: Rc<PyType>,
    pub none_type: Rc<PyType>,
    pub not_implemented_type: Rc<PyType>,
    pub ellipsis_type: Rc<PyType>,
    pub int: Rc<PyType>,
    pub bool: Rc<PyType>,
    pub float: Rc<PyType>,
    pub complex: Rc<PyType>,
    pub str: Rc<PyType>,
    pub bytes: Rc<PyType>,
    pub bytearray: Rc<PyType>,
    pub memoryview: Rc<PyType>,
    pub tuple: Rc<PyType>,
    pub list: Rc<PyType>,
    pub dict: Rc<PyType>,
    pub set: Rc<PyType>,
    pub frozenset: Rc<PyType>,
    pub range: Rc<PyType>,
    pub slice: Rc<PyType>,
    pub function: Rc<PyType>,
    pub builtin_function: Rc<PyType>,
    pub builtin_method: Rc<PyType>,
    /// Unbound methods of builtin types: `str.join`, `object.__init__`, `dict.__dict__['fromkeys']`.
    pub method_descriptor: Rc<PyType>,
    pub wrapper_descriptor: Rc<PyType>,
    /// A slot wrapper bound to an object (`(1).__add__`).
    pub method_wrapper: Rc<PyType>,
    pub classmethod_descriptor: Rc<PyType>,
    pub method: Rc<PyType>,
    pub module: Rc<PyType>,
    pub cell: Rc<PyType>,
    pub code: Rc<PyType>,
    pub generator: Rc<PyType>,
    pub property: Rc<PyType>,
    pub member_descriptor: Rc<PyType>,
    pub getset_descriptor: Rc<PyType>,
    pub classmethod: Rc<PyType>,
    pub staticmethod: Rc<PyType>,
    pub super_: Rc<PyType>,
    pub iterator: Rc<PyType>,
    pub list_iterator: Rc<PyType>,
    pub list_reverseiterator: Rc<PyType>,
    pub tuple_iterator: Rc<PyType>,
    pub range_iterator: Rc<PyType>,
    pub longrange_iterator: Rc<PyType>,
    pub str_iterator: Rc<PyType>,
    /// A non-ASCII str's iterator (CPython keeps a separate type for ASCII text).
    pub str_unicode_iterator: Rc<PyType>,
    pub bytes_iterator: Rc<PyType>,
    pub bytearray_iterator: Rc<PyType>,
    pub memory_iterator: Rc<PyType>,
    pub dict_keyiterator: Rc<PyType>,
    pub dict_reversekeyiterator: Rc<PyType>,
    pub dict_reversevalueiterator: Rc<PyType>,
    pub dict_reverseitemiterator: Rc<PyType>,
    pub dict_valueiterator: Rc<PyType>,
    pub dict_itemiterator: Rc<PyType>,
    pub set_iterator: Rc<PyType>,
    pub dict_keys: Rc<PyType>,
    pub dict_values: Rc<PyType>,
    pub dict_items: Rc<PyType>,
    pub enumerate: Rc<PyType>,
    pub zip: Rc<PyType>,
    pub map: Rc<PyType>,
    pub filter: Rc<PyType>,
    pub reversed: Rc<PyType>,
    pub callable_iterator: Rc<PyType>,
    pub seq_iterator: Rc<PyType>,
    pub exc: ExceptionTypes,
}

/// The builtin exception classes, named as in CPython.
pub struct ExceptionTypes {
    pub base_exception: Rc<PyType>,
    pub exception: Rc<PyType>,
    pub system_exit: Rc<PyType>,
    pub keyboard_interrupt: Rc<PyType>,
    pub generator_exit: Rc<PyType>,
    pub stop_iteration: Rc<PyType>,
    pub arithmetic_error: Rc<PyType>,
    pub overflow_error: Rc<PyType>,
    pub zero_division_error: Rc<PyType>,
    pub assertion_error: Rc<PyType>,
    pub attribute_error: Rc<PyType>,
    pub import_error: Rc<PyType>,
    pub module_not_found_error: Rc<PyType>,
    pub lookup_error: Rc<PyType>,
    pub index_error: Rc<PyType>,
    pub key_error: Rc<PyType>,
    pub memory_error: Rc<PyType>,
    pub name_error: Rc<PyType>,
    pub unbound_local_error: Rc<PyType>,
    pub os_error: Rc<PyType>,
    pub runtime_error: Rc<PyType>,
    pub not_implemented_error: Rc<PyType>,
    pub recursion_error: Rc<PyType>,
    pub syntax_error: Rc<PyType>,
    pub indentation_error: Rc<PyType>,
    pub tab_error: Rc<PyType>,
    pub system_error: Rc<PyType>,
    pub type_error: Rc<PyType>,
    pub value_error: Rc<PyType>,
    pub unicode_error: Rc<PyType>,
    pub unicode_decode_error: Rc<PyType>,
    pub unicode_encode_error: Rc<PyType>,
    pub base_exception_group: Rc<PyType>,
    pub exception_group: Rc<PyType>,
    /// Every builtin exception class, in definition order (for the builtins module).
    pub all: Vec<Rc<PyType>>,
}

impl ExceptionTypes {
    fn new(object: &Rc<PyType>) -> ExceptionTypes {
        let mut all: Vec<Rc<PyType>> = Vec::new();
        let mut mk_multi = |name: &str, bases: &[&Rc<PyType>]| {
            let bases = bases.iter().map(|b| Rc::clone(b)).collect();
            let t = PyType::new_builtin(name, bases, Layout::Exception);
            all.push(t.clone());
            t
        };
        let base_exception = mk_multi("BaseException", &[object]);
        let exception = mk_multi("Exception", &[&base_exception]);
        let base_exception_group = mk_multi("BaseExceptionGroup", &[&base_exception]);
        let exception_group = mk_multi("ExceptionGroup", &[&base_exception_group, &exception]);
        let mut mk = |name: &str, base: &Rc<PyType>| mk_multi(name, &[base]);
        let system_exit = mk("SystemExit", &base_exception);
        let keyboard_interrupt = mk("KeyboardInterrupt", &base_exception);
        let generator_exit = mk("GeneratorExit", &base_exception);
        let stop_iteration = mk("StopIteration", &exception);
        mk("StopAsyncIteration", &exception);
        let arithmetic_error = mk("ArithmeticError", &exception);
        mk("FloatingPointError", &arithmetic_error);
        let overflow_error = mk("OverflowError", &arithmetic_error);
        let zero_division_error = mk("ZeroDivisionError", &arithmetic_error);
        let assertion_error = mk("AssertionError", &exception);
        let attribute_error = mk("AttributeError", &exception);
        mk("BufferError", &exception);
        mk("EOFError", &exception);
        let import_error = mk("ImportError", &exception);
        let module_not_found_error = mk("ModuleNotFoundError", &import_error);
        let lookup_error = mk("LookupError", &exception);
        let index_error = mk("IndexError", &lookup_error);
        let key_error = mk("KeyError", &lookup_error);
        let memory_error = mk("MemoryError", &exception);
        let name_error = mk("NameError", &exception);
        let unbound_local_error = mk("UnboundLocalError", &name_error);
        let os_error = mk("OSError", &exception);
        mk("BlockingIOError", &os_error);
        mk("ChildProcessError", &os_error);
        let connection_error = mk("ConnectionError", &os_error);
        mk("BrokenPipeError", &connection_error);
        mk("ConnectionAbortedError", &connection_error);
        mk("ConnectionRefusedError", &connection_error);
        mk("ConnectionResetError", &connection_error);
        mk("FileExistsError", &os_error);
        mk("FileNotFoundError", &os_error);
        mk("InterruptedError", &os_error);
        mk("IsADirectoryError", &os_error);
        mk("NotADirectoryError", &os_error);
        mk("PermissionError", &os_error);
        mk("ProcessLookupError", &os_error);
        mk("TimeoutError", &os_error);
        mk("ReferenceError", &exception);
        let runtime_error = mk("RuntimeError", &exception);
        let not_implemented_error = mk("NotImplementedError", &runtime_error);
        let recursion_error = mk("RecursionError", &runtime_error);
        let syntax_error = mk("SyntaxError", &exception);
        let indentation_error = mk("IndentationError", &syntax_error);
        let tab_error = mk("TabError", &indentation_error);
        let system_error = mk("SystemError", &exception);
        let type_error = mk("TypeError", &exception);
        let value_error = mk("ValueError", &exception);
        let unicode_error = mk("UnicodeError", &value_error);
        let unicode_decode_error = mk("UnicodeDecodeError", &unicode_error);
        let unicode_encode_error = mk("UnicodeEncodeError", &unicode_error);
        mk("UnicodeTranslateError", &unicode_error);
        let warning = mk("Warning", &exception);
        for w in [
            "BytesWarning",
            "DeprecationWarning",
            "EncodingWarning",
            "FutureWarning",
            "ImportWarning",
            "PendingDeprecationWarning",
            "ResourceWarning",
            "RuntimeWarning",
            "SyntaxWarning",
            "UnicodeWarning",
            "UserWarning",
        ] {
            mk(w, &warning);
        }
        ExceptionTypes {
            base_exception,
            exception,
            system_exit,
            keyboard_interrupt,
            generator_exit,
            stop_iteration,
            arithmetic_error,
            overflow_error,
            zero_division_error,
            assertion_error,
            attribute_error,
            import_error,
            module_not_found_error,
            lookup_error,
            index_error,
            key_error,
            memory_error,
            name_error,
            unbound_local_error,
            os_error,
            runtime_error,
            not_implemented_error,
            recursion_error,
            syntax_error,
            indentation_error,
            tab_error,
            system_error,
            type_error,
            value_error,
            unicode_error,
            unicode_decode_error,
            unicode_encode_error,
            base_exception_group,
            exception_group,
            all,
        }
    }
}

impl Types {
    fn new() -> Types {
        let object = PyType::new_builtin("object", vec![], Layout::Object);
        let b = |name: &str| PyType::new_builtin(name, vec![object.clone()], Layout::Builtin);
        let type_ = b("type");
        let int = b("int");
        let bool_ = PyType::new_builtin("bool", vec![int.clone()], Layout::Builtin);
        let iterator = b("iterator");
        let exc = ExceptionTypes::new(&object);
        Types {
            none_type: b("NoneType"),
            not_implemented_type: b("NotImplementedType"),
            ellipsis_type: b("ellipsis"),
            float: b("float"),
            complex: b("complex"),
            str: b("str"),
            bytes: b("bytes"),
            bytearray: b("bytearray"),
            memoryview: b("memoryview"),
            tuple: b("tuple"),
            list: b("list"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            range: b("range"),
            slice: b("slice"),
            function: b("function"),
            builtin_function: b("builtin_function_or_method"),
            builtin_method: b("builtin_function_or_method"),
            method_descriptor: b("method_descriptor"),
            wrapper_descriptor: b("wrapper_descriptor"),
            method_wrapper: b("method-wrapper"),
            classmethod_descriptor: b("classmethod_descriptor"),
            method: b("method"),
            module: b("module"),
            cell: b("cell"),
            code: b("code"),
            generator: b("generator"),
            property: b("property"),
            member_descriptor: b("member_descriptor"),
            getset_descriptor: b("getset_descriptor"),
            classmethod: b("classmethod"),
            staticmethod: b("staticmethod"),
            super_: b("super"),
            list_iterator: b("list_iterator"),
            list_reverseiterator: b("list_reverseiterator"),
            tuple_iterator: b("tuple_iterator"),
            range_iterator: b("range_iterator"),
            longrange_iterator: b("longrange_iterator"),
            str_iterator: b("str_ascii_iterator"),
            str_unicode_iterator: b("str_iterator"),
            bytes_iterator: b("bytes_iterator"),
            bytearray_iterator: b("bytearray_iterator"),
            memory_iterator: b("memory_iterator"),
            dict_keyiterator: b("dict_keyiterator"),
            dict_reversekeyiterator: b("dict_reversekeyiterator"),
            dict_reversevalueiterator: b("dict_reversevalueiterator"),
            dict_reverseitemiterator: b("dict_reverseitemiterator"),
            dict_valueiterator: b("dict_valueiterator"),
            dict_itemiterator: b("dict_itemiterator"),
            set_iterator: b("set_iterator"),
            dict_keys: b("dict_keys"),
            dict_values: b("dict_values"),
            dict_items: b("dict_items"),
            enumerate: b("enumerate"),
            zip: b("zip"),
            map: b("map"),
            filter: b("filter"),
            reversed: b("reversed"),
            callable_iterator: b("callable_iterator"),
            seq_iterator: b("iterator"),
            iterator,
            object,
            type_,
            int,
            bool: bool_,
            exc,
        }
    }
}

thread_local! {
    static TYPES: &'static Types = Box::leak(Box::new(Types::new()));
}

/// The builtin types of this thread's runtime.
pub fn types() -> &'static Types {
    TYPES.with(|t| *t)
}
