//! `dir()`: the attribute names of an object, listed as CPython's `__dir__`
//! implementations list them, then sorted.
//!
//! - `object.__dir__(obj)`: the instance's `__dict__` keys, then every name in the dicts of
//!   its class's MRO (for a class called this way, only its metaclass's names);
//! - for a class: the names in the dicts of its MRO (not its metaclass's);
//! - for a module: its dict's keys, or what a module-level `__dir__` function returns.
//!
//! Some attributes CPython keeps as descriptors in a type's dict (`slice.start`,
//! `object.__class__`, a class's `__dict__` and `__weakref__`, a slot's member) are answered
//! here by the attribute look-up itself (`vm/attr.rs`, `special_attr`); `type_extra_names`
//! lists them per type so that `dir()` shows what `getattr` finds. A user `__dir__` result is
//! sorted but kept as it is otherwise (duplicates stay), as in CPython.

use std::collections::HashSet;
use std::rc::Rc;

use crate::objects::{types, PyDict, PyResult, PyType, Value};

use super::Vm;

impl Vm {
    /// `dir(obj)`: `type(obj).__dir__(obj)` (a module's own `__dir__` first), as a sorted
    /// list.
    pub fn dir_of(&mut self, obj: &Value) -> PyResult<Value> {
        // A classmethod's or staticmethod's dict lists the names copied into it.
        if let Value::Descriptor(d) = obj {
            self.wrapper_dict(d)?;
        }
        let listed = match obj {
            Value::Module(m) => match m.dict.get_str("__dir__") {
                Some(f) => Some(self.call(&f, vec![])?),
                None => None,
            },
            _ => None,
        };
        let listed = match listed {
            Some(v) => v,
            None => match obj.type_of().lookup("__dir__") {
                Some(method) => self.call_special(&method, vec![obj.clone()])?,
                None => self.default_dir(obj),
            },
        };
        let mut items = self.collect_iterable(&listed)?;
        crate::objects::sort::sort_items(self, &mut items, None, false)?;
        Ok(Value::list(items))
    }

    /// What the builtin `__dir__` gives for `obj` (unsorted, without duplicates).
    pub fn default_dir(&self, obj: &Value) -> Value {
        Value::list(
            self.attribute_names(obj)
                .into_iter()
                .map(Value::string)
                .collect(),
        )
    }

    /// `object.__dir__(obj)`. For a class that is only its metaclass's names: CPython's
    /// reads the object's `__dict__` and takes nothing from a class's, a mappingproxy.
    pub fn object_dir(&self, obj: &Value) -> Value {
        let Value::Type(_) = obj else {
            return self.default_dir(obj);
        };
        let mut names = NameSet::default();
        names.add_type(&obj.type_of());
        Value::list(names.list.into_iter().map(Value::string).collect())
    }

    /// The names `dir()` lists for `obj` when no user `__dir__` is involved.
    pub fn attribute_names(&self, obj: &Value) -> Vec<String> {
        let mut names = NameSet::default();
        match obj {
            Value::Module(m) => {
                names.add_dict(&m.dict);
                return names.list;
            }
            Value::Type(t) => {
                names.add_type(t);
                return names.list;
            }
            Value::Instance(i) => {
                if i.class().instance_dict.get() {
                    names.add_dict(&i.dict());
                }
            }
            Value::Function(f) => {
                if let Some(d) = &*f.dict.borrow() {
                    names.add_dict(d);
                }
            }
            // A bound method's `__dict__` is its function's.
            Value::BoundMethod(m) => {
                if let Value::Function(f) = &m.func {
                    if let Some(d) = &*f.dict.borrow() {
                        names.add_dict(d);
                    }
                }
            }
            Value::Descriptor(d) => {
                use crate::objects::function::Descriptor;
                if let Descriptor::ClassMethod(_, slot) | Descriptor::StaticMethod(_, slot) = &**d {
                    if let Some(dict) = &*slot.borrow() {
                        names.add_dict(dict);
                    }
                }
            }
            _ => {}
        }
        names.add_type(&obj.type_of());
        names.list
    }
}

/// Names in first-seen order, each once.
#[derive(Default)]
struct NameSet {
    list: Vec<String>,
    seen: HashSet<String>,
}

impl NameSet {
    fn add(&mut self, name: &str) {
        if self.seen.insert(name.to_string()) {
            self.list.push(name.to_string());
        }
    }

    fn add_dict(&mut self, d: &PyDict) {
        for k in d.keys() {
            if let Value::Str(s) = k {
                self.add(s.as_str());
            }
        }
    }

    /// The names of a class: those in the dicts along its MRO, and those CPython keeps as
    /// descriptors there that tote answers without a dict entry.
    fn add_type(&mut self, t: &Rc<PyType>) {
        for cls in t.mro.borrow().iter() {
            self.add_dict(&cls.dict);
            for name in type_extra_names(cls) {
                self.add(name);
            }
            if !cls.builtin {
                self.add_user_class_slots(cls);
            }
        }
    }

    /// A user class has `__dict__`, `__weakref__` and `__module__`, or, with `__slots__`,
    /// a member per slot.
    fn add_user_class_slots(&mut self, cls: &PyType) {
        self.add("__module__");
        self.add("__doc__");
        let slots = match cls.dict.get_str("__slots__") {
            None => {
                let (has_dict, no_weakref) = builtin_base_provides(cls);
                if !has_dict {
                    self.add("__dict__");
                }
                if !no_weakref {
                    self.add("__weakref__");
                }
                return;
            }
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(Value::Tuple(t)) => t.items.clone(),
            Some(Value::List(l)) => l.snapshot(),
            Some(_) => Vec::new(),
        };
        for slot in slots {
            if let Value::Str(s) = slot {
                self.add(s.as_str());
            }
        }
    }
}

/// What a class's builtin base already gives its instances, so that CPython adds no
/// `__dict__` (types, exceptions have one) or no `__weakref__` (types, sets and frozensets
/// have weak references; ints, tuples and bytes are variable-sized and can have none).
fn builtin_base_provides(cls: &PyType) -> (bool, bool) {
    let t = types();
    let mro = cls.mro.borrow();
    let Some(base) = mro.iter().find(|b| b.builtin) else {
        return (false, false);
    };
    let under = |x: &Rc<PyType>| base.is_subtype(x);
    let has_dict = under(&t.type_) || under(&t.exc.base_exception);
    let no_weakref = [&t.type_, &t.int, &t.tuple, &t.bytes, &t.set, &t.frozenset]
        .into_iter()
        .any(under);
    (has_dict, no_weakref)
}

/// Attributes of instances of `ty` (not of its bases) that CPython lists in `ty`'s dict
/// and tote answers in `special_attr`.
fn type_extra_names(ty: &PyType) -> &'static [&'static str] {
    let t = types();
    let is = |other: &Rc<PyType>| std::ptr::eq(ty, Rc::as_ptr(other));
    if is(&t.object) {
        &["__class__", "__doc__"]
    } else if is(&t.slice) || is(&t.range) {
        &["start", "stop", "step"]
    } else if is(&t.function) {
        &[
            "__annotations__",
            "__closure__",
            "__code__",
            "__defaults__",
            "__dict__",
            "__globals__",
            "__kwdefaults__",
            "__module__",
            "__name__",
            "__qualname__",
        ]
    } else if is(&t.builtin_function) || is(&t.builtin_method) {
        &["__module__", "__name__", "__qualname__", "__self__"]
    } else if is(&t.method_descriptor) || is(&t.wrapper_descriptor) || is(&t.classmethod_descriptor)
    {
        &["__name__", "__objclass__", "__qualname__"]
    } else if is(&t.method) {
        &["__func__", "__self__"]
    } else if is(&t.cell) {
        &["cell_contents"]
    } else if is(&t.code) {
        super::code_attrs::CODE_ATTRIBUTES
    } else if is(&t.generator) {
        &[
            "__name__",
            "__qualname__",
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ]
    } else if is(&super::coroutine::coroutine_type()) {
        &[
            "__name__",
            "__qualname__",
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_origin",
            "cr_running",
            "cr_suspended",
        ]
    } else if is(&super::coroutine::async_generator_type()) {
        &[
            "__name__",
            "__qualname__",
            "ag_await",
            "ag_code",
            "ag_frame",
            "ag_running",
        ]
    } else if is(&t.property) {
        &["fget", "fset", "fdel", "__isabstractmethod__"]
    } else if is(&t.classmethod) || is(&t.staticmethod) {
        &[
            "__dict__",
            "__func__",
            "__wrapped__",
            "__isabstractmethod__",
        ]
    } else if is(&t.exc.base_exception) {
        &[
            "__cause__",
            "__context__",
            "__dict__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ]
    } else if is(&t.type_) {
        &[
            "__base__",
            "__bases__",
            "__dict__",
            "__doc__",
            "__module__",
            "__mro__",
            "__name__",
            "__qualname__",
        ]
    } else {
        &[]
    }
}
