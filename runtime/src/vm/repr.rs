//! `repr()` and `str()` of every value, spelled as CPython spells them, with the
//! `[...]`/`{...}` guard for containers that contain themselves.

use std::rc::Rc;

use crate::objects::bytes::repr_bytes;
use crate::objects::float::float_repr;
use crate::objects::function::Descriptor;
use crate::objects::str::repr_str;
use crate::objects::{PyErr, PyResult, PyStr, Value};

use super::Vm;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null | Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                crate::objects::int_str_limit::check_int_to_str(b)?;
                b.to_string()
            }
            Value::Float(f) => float_repr(f.get()),
            Value::Complex(c) => crate::objects::complex::complex_repr(c.re, c.im),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(&b.data),
            Value::ByteArray(b) => format!(
                "bytearray({})",
                crate::objects::bytes::repr_bytearray_body(&b.data.borrow())
            ),
            Value::MemoryView(m) => {
                let state = if m.is_released() { "released " } else { "" };
                format!("<{}memory at {:#x}>", state, v.id())
            }
            Value::Tuple(t) => {
                if t.items.is_empty() {
                    return Ok("()".into());
                }
                let Some(_g) = self.repr_enter(v)? else {
                    return Ok("(...)".into());
                };
                let r = self.repr_items(&t.items);
                self.repr_leave(v);
                let parts = r?;
                if t.items.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::List(l) => {
                let Some(_g) = self.repr_enter(v)? else {
                    return Ok("[...]".into());
                };
                let items = l.snapshot();
                let r = self.repr_items(&items);
                self.repr_leave(v);
                format!("[{}]", r?.join(", "))
            }
            Value::Dict(d) => {
                let Some(_g) = self.repr_enter(v)? else {
                    return Ok("{...}".into());
                };
                let r = self.repr_pairs(d.items());
                self.repr_leave(v);
                format!("{{{}}}", r?)
            }
            Value::Set(s) => {
                if s.is_empty() {
                    return Ok("set()".into());
                }
                let Some(_g) = self.repr_enter(v)? else {
                    return Ok("set(...)".into());
                };
                let r = self.repr_items(&s.items());
                self.repr_leave(v);
                format!("{{{}}}", r?.join(", "))
            }
            Value::FrozenSet(s) => {
                if s.is_empty() {
                    return Ok("frozenset()".into());
                }
                let r = self.repr_items(&s.items())?;
                format!("frozenset({{{}}})", r.join(", "))
            }
            Value::Range(r) => {
                let (start, stop, step) = r.bounds();
                if step == 1.into() {
                    format!("range({}, {})", start, stop)
                } else {
                    format!("range({}, {}, {})", start, stop, step)
                }
            }
            Value::Slice(s) => {
                let a = self.repr(&s.start)?;
                let b = self.repr(&s.stop)?;
                let c = self.repr(&s.step)?;
                format!("slice({}, {}, {})", a, b, c)
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Value::Builtin(b) => super::builtin_names::builtin_repr(self, b),
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().clone(),
                    other => other.type_name(),
                };
                let recv = self.repr(&m.receiver)?;
                format!("<bound method {} of {}>", fname, recv)
            }
            Value::Type(t) => match t.metatype().lookup_override("__repr__") {
                Some(m) => return self.repr_by_method(&m, v),
                None => t.repr(),
            },
            Value::Module(m) => return self.module_repr(m),
            Value::Cell(c) => {
                let inner = c.get();
                if inner.is_null() {
                    format!("<cell at {:#x}: empty>", v.id())
                } else {
                    format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        v.id(),
                        inner.type_name(),
                        inner.id()
                    )
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.id(),
                c.code.filename,
                c.code.first_line
            ),
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.type_object().name(),
                g.qualname.borrow(),
                v.id()
            ),
            Value::Iter(it) => {
                let view = match &*it.kind.borrow() {
                    crate::objects::iter::IterKind::DictView { .. } => true,
                    _ => false,
                };
                if view {
                    let Some(_g) = self.repr_enter(v)? else {
                        return Ok("...".into());
                    };
                    let parts = self
                        .collect_iterable(v)
                        .and_then(|items| self.repr_items(&items));
                    self.repr_leave(v);
                    format!("{}([{}])", v.type_name(), parts?.join(", "))
                } else {
                    format!("<{} object at {:#x}>", v.type_name(), v.id())
                }
            }
            Value::Descriptor(d) => match &**d {
                // `super.__new__(super)`, not initialised.
                Descriptor::Super {
                    obj: Value::Null, ..
                } => "<super: <class 'NULL'>, NULL>".to_string(),
                Descriptor::Super {
                    this_class,
                    obj_type: None,
                    ..
                } => format!("<super: <class '{}'>, NULL>", this_class.name()),
                // CPython names both classes by their C-level name, which for a class
                // statement is the bare `__name__`.
                Descriptor::Super {
                    this_class,
                    obj_type: Some(obj_type),
                    ..
                } => format!(
                    "<super: <class '{}'>, <{} object>>",
                    this_class.name(),
                    obj_type.name()
                ),
                Descriptor::ClassMethod(f, _) => format!("<classmethod({})>", self.repr(f)?),
                Descriptor::StaticMethod(f, _) => format!("<staticmethod({})>", self.repr(f)?),
                Descriptor::Property(_) => format!("<property object at {:#x}>", v.id()),
                Descriptor::Member { name, owner, .. } => super::slots::member_repr(name, owner),
                Descriptor::GetSet { name, owner } => super::instance_getsets::repr(name, owner),
                Descriptor::NativeAttr(n) => n.repr(),
            },
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(m) = ty.lookup_override("__repr__") {
                    return self.repr_by_method(&m, v);
                }
                if let Some(b) = inst.base() {
                    // Sets and bytearrays print their class's name; the others as the base.
                    return Ok(match b {
                        Value::Set(_) | Value::FrozenSet(_) | Value::ByteArray(_) => {
                            let whole = self.repr(b)?;
                            // `{1}` or `set()`, `frozenset({1})`, `bytearray(b'x')`.
                            let inner = ["set()", "frozenset()"]
                                .contains(&whole.as_str())
                                .then_some("")
                                .or_else(|| {
                                    ["frozenset(", "bytearray("]
                                        .iter()
                                        .find_map(|p| whole.strip_prefix(p))
                                        .and_then(|rest| rest.strip_suffix(')'))
                                })
                                .unwrap_or(&whole);
                            format!("{}({})", ty.name(), inner)
                        }
                        _ => self.repr(b)?,
                    });
                }
                if let Some(d) = &inst.exc {
                    let args = d.borrow().args.clone();
                    let name = ty.name();
                    return Ok(match args.len() {
                        1 => format!("{}({})", name, self.repr(&args[0])?),
                        _ => format!("{}({})", name, self.repr_items(&args)?.join(", ")),
                    });
                }
                let module = ty.module_name().unwrap_or_else(|| "builtins".into());
                let prefix = if module == "builtins" {
                    String::new()
                } else {
                    format!("{}.", module)
                };
                format!(
                    "<{}{} object at {:#x}>",
                    prefix,
                    ty.qualname.borrow(),
                    v.id()
                )
            }
        })
    }

    /// `repr(v)` by the `__repr__` its class (or metaclass) defines.
    fn repr_by_method(&mut self, m: &Value, v: &Value) -> PyResult<String> {
        let r = self.repr_object_by_method(m, v)?;
        Ok(str_result(r)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default())
    }

    /// What the `__repr__` of `v`'s class returned, checked to be a str (or an instance
    /// of a str subclass, handed back as it is).
    fn repr_object_by_method(&mut self, m: &Value, v: &Value) -> PyResult<Value> {
        self.enter_native(" while getting the repr of an object")?;
        let r = self.call_special(m, vec![v.clone()]);
        self.leave_native();
        let r = r?;
        match str_result(r.clone()) {
            Ok(_) => Ok(r),
            Err(other) => Err(PyErr::type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
        }
    }

    /// The builtin `repr(v)` as an object: what a class's own `__repr__` returned, kept
    /// as it is when it is an instance of a str subclass (as CPython's `repr()` does).
    pub fn repr_object(&mut self, v: &Value) -> PyResult<Value> {
        let m = match v {
            Value::Instance(i) => i.class().lookup_override("__repr__"),
            Value::Type(t) => t.metatype().lookup_override("__repr__"),
            _ => None,
        };
        match m {
            Some(m) => self.repr_object_by_method(&m, v),
            None => Ok(Value::string(self.repr(v)?)),
        }
    }

    /// The builtin `str(v)` as an object: what a class's own `__str__` returned, kept as
    /// it is when it is an instance of a str subclass (as CPython's `str()` does).
    pub fn str_object(&mut self, v: &Value) -> PyResult<Value> {
        let m = match v {
            Value::Instance(i) => i.class().lookup_override("__str__"),
            Value::Type(t) => t.metatype().lookup_override("__str__"),
            _ => None,
        };
        let Some(m) = m else {
            // `object.__str__` is `repr()`, whatever str subclass that gives.
            if let Value::Instance(i) = v {
                if i.exc.is_none() && i.base().is_none() {
                    if let Some(m) = i.class().lookup_override("__repr__") {
                        return self.str_by_own_repr(&m, v);
                    }
                    // A level for the `str`, then the `repr`'s own (see `str_by_repr`).
                    return self.nested(" while getting the str of an object", |vm| {
                        vm.repr_object(v)
                    });
                }
            }
            return Ok(Value::Str(self.to_str(v)?));
        };
        let r = self.nested(" while getting the str of an object", |vm| {
            vm.call_special(&m, vec![v.clone()])
        })?;
        match str_result(r.clone()) {
            Ok(_) => Ok(r),
            Err(other) => Err(str_returned_non_string(&other)),
        }
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        self.enter_native(" while getting the repr of an object")?;
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            match self.repr(it) {
                Ok(s) => out.push(s),
                Err(e) => {
                    self.leave_native();
                    return Err(e);
                }
            }
        }
        self.leave_native();
        Ok(out)
    }

    fn repr_pairs(&mut self, items: Vec<(Value, Value)>) -> PyResult<String> {
        self.enter_native(" while getting the repr of an object")?;
        let mut parts = Vec::with_capacity(items.len());
        for (k, val) in items {
            let r = self
                .repr(&k)
                .and_then(|ks| Ok(format!("{}: {}", ks, self.repr(&val)?)));
            match r {
                Ok(s) => parts.push(s),
                Err(e) => {
                    self.leave_native();
                    return Err(e);
                }
            }
        }
        self.leave_native();
        Ok(parts.join(", "))
    }

    /// Marks a container as being printed; None if it already is (a cycle).
    fn repr_enter(&mut self, v: &Value) -> PyResult<Option<()>> {
        let id = v.id() as usize;
        if self.repr_active.contains(&id) {
            return Ok(None);
        }
        self.repr_active.push(id);
        Ok(Some(()))
    }

    fn repr_leave(&mut self, v: &Value) {
        let id = v.id() as usize;
        if let Some(p) = self.repr_active.iter().rposition(|x| *x == id) {
            self.repr_active.remove(p);
        }
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Type(t) => {
                if let Some(m) = t.metatype().lookup_override("__str__") {
                    return self.str_by_method(&m, v);
                }
                Ok(Rc::new(PyStr::from_string(self.repr(v)?)))
            }
            Value::Instance(inst) => {
                let ty = inst.class();
                // A class made at run time may define `__str__` natively (`mappingproxy`).
                if let Some(m) = ty.lookup_override("__str__") {
                    return self.str_by_method(&m, v);
                }
                if inst.exc.is_some() {
                    let s = crate::objects::exception_attrs::exception_str(self, inst)?;
                    return Ok(Rc::new(PyStr::from_string(s)));
                }
                match inst.base() {
                    Some(Value::Str(s)) => return Ok(s.clone()),
                    // bytes and bytearray have a `__str__` of their own: their repr, not
                    // one a subclass defines (a bytearray's names the subclass).
                    Some(b @ Value::Bytes(_)) => {
                        let b = b.clone();
                        return Ok(Rc::new(PyStr::from_string(self.repr(&b)?)));
                    }
                    Some(Value::ByteArray(b)) => {
                        let data = crate::objects::bytes::repr_bytes(&b.data.borrow());
                        let text = format!("{}({})", ty.name(), data);
                        return Ok(Rc::new(PyStr::from_string(text)));
                    }
                    _ => {}
                }
                self.str_by_repr(v)
            }
            // Plain values cannot recurse: no level to count.
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                Ok(Rc::new(PyStr::from_string(self.repr(v)?)))
            }
            _ => self.str_by_repr(v),
        }
    }

    /// `str(v)` for an object whose str is its repr: CPython counts a level for the `str`
    /// before the one for the `repr`.
    /// A class's own `__repr__` returning a non-str is reported as `__str__`'s fault, as
    /// CPython's `str()` checks what `object.__str__` got from the repr slot.
    fn str_by_repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        let own_repr = match v {
            Value::Instance(i) => i.class().lookup_override("__repr__"),
            _ => None,
        };
        if let Some(m) = own_repr {
            let r = self.str_by_own_repr(&m, v)?;
            return str_result(r).map_err(|other| str_returned_non_string(&other));
        }
        let r = self.nested(" while getting the str of an object", |vm| vm.repr(v))?;
        Ok(Rc::new(PyStr::from_string(r)))
    }

    /// `str(v)` through the `__repr__` `m` of `v`'s class: what it returned, a str
    /// subclass's instance kept as it is; a non-str is `__str__`'s fault.
    fn str_by_own_repr(&mut self, m: &Value, v: &Value) -> PyResult<Value> {
        let r = self.nested(" while getting the str of an object", |vm| {
            vm.enter_native(" while getting the repr of an object")?;
            let r = vm.call_special(m, vec![v.clone()]);
            vm.leave_native();
            r
        })?;
        match str_result(r.clone()) {
            Ok(_) => Ok(r),
            Err(other) => Err(str_returned_non_string(&other)),
        }
    }
}

impl Vm {
    /// `str(v)` by the `__str__` its class (or metaclass) defines.
    fn str_by_method(&mut self, m: &Value, v: &Value) -> PyResult<Rc<PyStr>> {
        let r = self.nested(" while getting the str of an object", |vm| {
            vm.call_special(m, vec![v.clone()])
        })?;
        str_result(r).map_err(|other| str_returned_non_string(&other))
    }

    /// `<module 'name' from 'file'>`. A module with a `__spec__` is named by its import
    /// name; one without (e.g. `types.ModuleType(...)`) by its current `__name__`, `'?'`
    /// when that is gone, as CPython's module repr does.
    fn module_repr(&mut self, m: &crate::objects::PyModule) -> PyResult<String> {
        // Native modules stand for CPython's built-in and extension modules, which have one.
        let native = crate::modules::is_native(&m.name);
        let has_spec = native || matches!(m.dict.get_str("__spec__"), Some(s) if !s.is_none());
        let name = if has_spec {
            repr_str(&m.name)
        } else {
            match m.dict.get_str("__name__") {
                Some(n) => self.repr(&n)?,
                None => "'?'".to_string(),
            }
        };
        Ok(match m.dict.get_str("__file__") {
            Some(Value::Str(f)) => format!("<module {} from {}>", name, repr_str(f.as_str())),
            Some(f) if !has_spec => format!("<module {} from {}>", name, self.repr(&f)?),
            _ if native => {
                format!("<module {} (built-in)>", name)
            }
            _ => format!("<module {}>", name),
        })
    }
}

fn str_returned_non_string(other: &Value) -> PyErr {
    PyErr::type_error(format!(
        "__str__ returned non-string (type {})",
        other.type_name()
    ))
}

/// The text a `__str__`/`__repr__` returned: a str, or an instance of a str subclass (whose
/// text is the str it extends); anything else is handed back for the error message.
pub(crate) fn str_result(v: Value) -> Result<Rc<PyStr>, Value> {
    match v {
        Value::Str(s) => Ok(s),
        Value::Instance(ref i) => match i.base() {
            Some(Value::Str(s)) => Ok(s.clone()),
            _ => Err(v),
        },
        other => Err(other),
    }
}
