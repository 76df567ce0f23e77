//! Attribute access, as CPython's `object.__getattribute__` and `type.__getattribute__` do
//! it: data descriptors on the type, then the instance dict, then non-data descriptors and
//! plain class attributes, then `__getattr__`. Also the special attributes of builtin objects
//! (`__name__`, `__dict__`, `args`, …) and `LoadMethod`'s shortcut that avoids building a
//! bound method. Assignment and deletion are in `attr_set.rs`.

use crate::objects::exception_members::set_field;
use std::rc::Rc;

use crate::objects::function::{BuiltinHome, Descriptor};
use crate::objects::OrNone;
use crate::objects::{types, PyDict, PyErr, PyResult, PyStr, PyType, Value};

use super::Vm;

/// Assigning (`set`) or deleting one of a class's special attributes that refuse it;
/// CPython 3.11's messages (it calls every class "immutable" when deleting these).
#[cold]
pub(super) fn special_type_attr_error(t: &PyType, name: &str, set: bool) -> PyErr {
    match name {
        "__mro__" | "__base__" => PyErr::attribute_error("readonly attribute"),
        "__dict__" => {
            PyErr::attribute_error("attribute '__dict__' of 'type' objects is not writable")
        }
        "__class__" if set => PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ),
        "__class__" => PyErr::type_error("can't delete __class__ attribute"),
        _ => PyErr::type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            name,
            t.name()
        )),
    }
}

pub(crate) fn no_attribute(obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        // The message names the module by its current `__name__`, which code may rebind.
        Value::Module(m) => match m.dict.get_str("__name__") {
            Some(Value::Str(n)) => format!("module '{}' has no attribute '{}'", n.as_str(), name),
            _ => format!("module has no attribute '{}'", name),
        },
        // type's own `__abstractmethods__` getter fails with the bare name.
        Value::Type(_) if name == "__abstractmethods__" => name.to_string(),
        Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name(), name),
        _ => format!("'{}' object has no attribute '{}'", obj.type_name(), name),
    };
    let err = PyErr::attribute_error(msg);
    set_field(&err.exc, "name", Value::str(name));
    set_field(&err.exc, "obj", obj.clone());
    err
}

/// Setting or deleting `name` on an instance without a `__dict__`: a class attribute of
/// that name is "read-only" from the instance (`__doc__` always: every class has one in
/// CPython), any other name is missing.
pub(super) fn no_instance_slot(obj: &Value, name: &str, class_attr: bool) -> PyErr {
    if !class_attr && name != "__doc__" {
        return no_attribute(obj, name);
    }
    PyErr::attribute_error(format!(
        "'{}' object attribute '{}' is read-only",
        obj.type_name(),
        name
    ))
}

/// Is `v` a data descriptor (defines `__set__` or `__delete__`, or is a property or a
/// `__slots__` member)?
pub(super) fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Descriptor(d) => matches!(
            **d,
            Descriptor::Property(_)
                | Descriptor::Member { .. }
                | Descriptor::GetSet { .. }
                | Descriptor::NativeAttr(_)
        ),
        Value::Instance(i) => {
            let t = i.class();
            t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
        }
        _ => false,
    }
}

/// A user data descriptor without `__get__` (only `__set__`/`__delete__`): reading lets
/// the instance dict win, and otherwise gives the descriptor itself.
fn lacks_get(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().lookup("__get__").is_none())
}

impl Vm {
    /// A module attribute that is missing; a module still running its top level says so,
    /// since the name is usually missing because of a circular import.
    #[cold]
    fn module_no_attribute(&self, obj: &Value, dict: &PyDict, name: &str) -> PyErr {
        let Some(Value::Str(modname)) = dict.get_str("__name__") else {
            return no_attribute(obj, name);
        };
        if !crate::import::is_initializing(self, modname.as_str()) {
            return no_attribute(obj, name);
        }
        let err = PyErr::attribute_error(format!(
            "partially initialized module '{}' has no attribute '{}' (most likely due to a circular import)",
            modname.as_str(),
            name
        ));
        set_field(&err.exc, "name", Value::str(name));
        set_field(&err.exc, "obj", obj.clone());
        err
    }

    /// `getattr(obj, name)`.
    pub fn get_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match obj {
            Value::Module(m) => {
                if let Some(v) = m.dict.get_name(name) {
                    return Ok(v);
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                // What the module type defines (`__class__`, its methods).
                let ty = obj.type_of();
                if let Some(a) = ty.lookup_name(name) {
                    return self.bind_descriptor(a, obj.clone(), &ty);
                }
                if let Some(ga) = m.dict.get_str("__getattr__") {
                    return self.call(&ga, vec![Value::Str(name.clone())]);
                }
                return Err(self.module_no_attribute(obj, &m.dict, name.as_str()));
            }
            Value::Type(t) => return self.type_getattr(t, name),
            // `super()` proxies every attribute (even those `object` defines) to the MRO
            // after its class; only its own few attributes are its own.
            Value::Descriptor(d) if matches!(**d, Descriptor::Super { .. }) => {
                if let Descriptor::Super {
                    this_class,
                    obj: inner,
                    obj_type,
                } = &**d
                {
                    match name.as_str() {
                        // An uninitialised super (null `obj`) has neither.
                        "__thisclass__" | "__self__" if inner.is_null() => return Ok(Value::None),
                        "__thisclass__" => return Ok(Value::Type(this_class.clone())),
                        "__self__" => return Ok(inner.clone()),
                        "__self_class__" => return Ok(obj_type.clone().map(Value::Type).or_none()),
                        "__class__" => return Ok(Value::Type(types().super_.clone())),
                        _ => {}
                    }
                }
                if let Some(v) = self.super_getattr(d, name.as_str())? {
                    return Ok(v);
                }
                // What the MRO lacks, `super` itself may define (`__get__`, `__repr__`).
                let ty = types().super_.clone();
                return match ty.lookup_name(name) {
                    Some(a) => self.bind_descriptor(a, obj.clone(), &ty),
                    None => Err(no_attribute(obj, name.as_str())),
                };
            }
            _ => {}
        }
        let ty = obj.type_of();
        let hooks = ty.hooks.get();
        if hooks.getattribute {
            if let Some(ga) = ty.lookup("__getattribute__") {
                let r = self.call_special(&ga, vec![obj.clone(), Value::Str(name.clone())]);
                return match r {
                    Err(e) if hooks.getattr && e.is_instance(&types().exc.attribute_error) => {
                        let g = ty.lookup("__getattr__").or_none();
                        self.call_special(&g, vec![obj.clone(), Value::Str(name.clone())])
                    }
                    other => other,
                };
            }
        }
        match self.generic_getattr(obj, &ty, name) {
            Ok(Some(v)) => Ok(v),
            // `__getattr__` answers what `__getattribute__` did not find, including an
            // AttributeError raised by a property's getter.
            Ok(None) if hooks.getattr => self.getattr_hook(obj, &ty, name, None),
            Ok(None) => Err(no_attribute(obj, name.as_str())),
            Err(e) if hooks.getattr && e.is_instance(&types().exc.attribute_error) => {
                self.getattr_hook(obj, &ty, name, Some(e))
            }
            Err(e) => Err(e),
        }
    }

    /// Calls the class's `__getattr__` (out of line: the common path has none).
    #[inline(never)]
    fn getattr_hook(
        &mut self,
        obj: &Value,
        ty: &Rc<PyType>,
        name: &Rc<PyStr>,
        err: Option<PyErr>,
    ) -> PyResult<Value> {
        match ty.lookup("__getattr__") {
            Some(g) => self.call_special(&g, vec![obj.clone(), Value::Str(name.clone())]),
            None => Err(err.unwrap_or_else(|| no_attribute(obj, name.as_str()))),
        }
    }

    /// `getattr(obj, name, None)`-style look-up: Ok(None) when the attribute is missing.
    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.lookup_attr(obj, &PyStr::intern(name))
    }

    /// `get_attr` answering Ok(None) for a missing attribute (CPython's
    /// `_PyObject_LookupAttr`). Where no hook can see the miss, the AttributeError is never
    /// built: `hasattr` and `getattr` with a default on a missing name cost a look-up, not an
    /// exception object and its formatted message.
    pub fn lookup_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let plain = !matches!(
            obj,
            Value::Module(_) | Value::Type(_) | Value::Descriptor(_)
        );
        let result = if plain {
            let ty = obj.type_of();
            let hooks = ty.hooks.get();
            if hooks.getattribute || hooks.getattr {
                self.get_attr(obj, name).map(Some)
            } else {
                self.generic_getattr(obj, &ty, name)
            }
        } else {
            self.get_attr(obj, name).map(Some)
        };
        match result {
            Err(e) if e.is_instance(&types().exc.attribute_error) => Ok(None),
            other => other,
        }
    }

    /// `object.__getattribute__` without the `__getattr__` fallback.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        ty: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let attr = ty.lookup_name(name);
        if let Some(a) = &attr {
            if is_data_descriptor(a) && !lacks_get(a) {
                return self.descriptor_get(a.clone(), obj.clone(), ty).map(Some);
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some(v) = inst.attr_named(name) {
                return Ok(Some(v));
            }
        }
        if let Value::Function(f) = obj {
            if let Some(d) = &*f.dict.borrow() {
                if let Some(v) = d.get_str(name.as_str()) {
                    return Ok(Some(v));
                }
            }
        }
        if let Value::Descriptor(d) = obj {
            if let Some(v) = self.wrapper_dict_get(d, name.as_str())? {
                return Ok(Some(v));
            }
        }
        if let Some(a) = attr {
            return self.bind_descriptor(a, obj.clone(), ty).map(Some);
        }
        self.special_attr(obj, name.as_str())
    }

    /// Calls a data descriptor's getter.
    fn descriptor_get(&mut self, d: Value, obj: Value, ty: &Rc<PyType>) -> PyResult<Value> {
        match &d {
            Value::Descriptor(desc) => match &**desc {
                Descriptor::Property(p) => self.property_get(p, obj),
                Descriptor::Member { name, index, owner } => {
                    super::slots::member_get(name, *index, owner, &obj)
                }
                Descriptor::GetSet { name, owner } => {
                    super::instance_getsets::get(name, owner, &obj)
                }
                Descriptor::NativeAttr(n) => n.get(self, obj),
                _ => Ok(d.clone()),
            },
            _ => self.bind_descriptor(d, obj, ty),
        }
    }

    /// What a classmethod wrapping `f` gives when looked up on `cls`: `f` bound to `cls`.
    /// As in CPython 3.9-3.12, a wrapped object that is itself a descriptor (a property,
    /// another classmethod, an object with `__get__`) is asked instead, with `(cls, cls)`:
    /// `@classmethod @property` makes a class-level property.
    pub(crate) fn bind_classmethod(&mut self, f: &Value, cls: &Rc<PyType>) -> PyResult<Value> {
        match f {
            Value::Function(_) | Value::Builtin(_) => {
                Ok(self.bind(f.clone(), Value::Type(cls.clone())))
            }
            _ => self.bind_wrapped_descriptor(f, cls),
        }
    }

    #[cold]
    fn bind_wrapped_descriptor(&mut self, f: &Value, cls: &Rc<PyType>) -> PyResult<Value> {
        let is_descriptor = match f {
            Value::Descriptor(_) => true,
            Value::Instance(i) => i.class().lookup("__get__").is_some(),
            _ => false,
        };
        if is_descriptor {
            self.bind_descriptor(f.clone(), Value::Type(cls.clone()), cls)
        } else {
            Ok(self.bind(f.clone(), Value::Type(cls.clone())))
        }
    }

    /// Binds a class attribute found on `obj`'s type: functions become bound methods,
    /// classmethods bind to the class, objects with `__get__` are asked.
    pub fn bind_descriptor(&mut self, attr: Value, obj: Value, ty: &Rc<PyType>) -> PyResult<Value> {
        Ok(match &attr {
            Value::Function(_) => self.bind(attr, obj),
            // A module function (`__repr__ = repr`) has no `__get__`: it stays unbound.
            // A type's `__new__` is a static method: it stays unbound.
            Value::Builtin(b)
                if b.bound_self.is_none()
                    && !b.is_static()
                    && !matches!(b.home(), crate::objects::function::BuiltinHome::Module(_)) =>
            {
                if b.is_classmethod {
                    b.bind(Value::Type(ty.clone()))
                } else {
                    // Found through a builtin type's MRO, the method is that type's or a
                    // base's; through a class's, it may be one stored under another name
                    // (`g = str.upper`), which CPython refuses to bind to a stranger.
                    if !ty.builtin {
                        super::method_wrappers::check_receiver_type(self, b, &obj)?;
                    }
                    b.bind(obj)
                }
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::ClassMethod(f, _) => self.bind_classmethod(f, ty)?,
                Descriptor::StaticMethod(f, _) => f.clone(),
                Descriptor::Property(p) => self.property_get(p, obj)?,
                Descriptor::Member { name, index, owner } => {
                    super::slots::member_get(name, *index, owner, &obj)?
                }
                Descriptor::GetSet { name, owner } => {
                    super::instance_getsets::get(name, owner, &obj)?
                }
                Descriptor::NativeAttr(n) => n.get(self, obj)?,
                Descriptor::Super { .. } => super::classes::super_descr_get(self, &attr, obj)?,
            },
            // `__get__` itself is called as found, unbound (as CPython's slot does).
            Value::Instance(i) => match i.class().lookup("__get__") {
                Some(get) => self.call(&get, vec![attr.clone(), obj, Value::Type(ty.clone())])?,
                None => attr.clone(),
            },
            _ => attr.clone(),
        })
    }

    /// Attribute look-up on a class object.
    fn type_getattr(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> PyResult<Value> {
        let meta = t.metatype();
        if !meta.builtin && meta.hooks.get().getattribute {
            if let Some(ga) = meta.lookup("__getattribute__") {
                let cls = Value::Type(t.clone());
                let r = self.call_special(&ga, vec![cls.clone(), Value::Str(name.clone())]);
                return match r {
                    Err(e)
                        if meta.hooks.get().getattr
                            && e.is_instance(&types().exc.attribute_error) =>
                    {
                        let g = meta.lookup("__getattr__").or_none();
                        self.call_special(&g, vec![cls, Value::Str(name.clone())])
                    }
                    other => other,
                };
            }
        }
        self.type_getattribute(t, &meta, name)
    }

    /// `type.__getattribute__`: the metaclass's data descriptors, the class's MRO, the
    /// metaclass's other attributes, then its `__getattr__`.
    pub fn type_getattribute(
        &mut self,
        t: &Rc<PyType>,
        meta: &Rc<PyType>,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        let meta = meta.clone();
        let meta_attr = if meta.builtin {
            None
        } else {
            meta.lookup_name(name)
        };
        if let Some(a) = &meta_attr {
            if is_data_descriptor(a) {
                return match self.descriptor_get(a.clone(), Value::Type(t.clone()), &meta) {
                    Err(e) => self.type_getattr_failed(t, &meta, name, e),
                    ok => ok,
                };
            }
        }
        // What `type`'s own data descriptors answer, before the class's dict is consulted
        // (`member_descriptor.__name__` is the class's name, not its instances' getter).
        match super::type_getsets::type_data_attr(self, t, name.as_str()) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            Err(e) => return self.type_getattr_failed(t, &meta, name, e),
        }
        if let Some(a) = t.lookup_name(name) {
            return Ok(match &a {
                Value::Descriptor(d) => match &**d {
                    Descriptor::ClassMethod(f, _) => self.bind_classmethod(f, t)?,
                    Descriptor::StaticMethod(f, _) => f.clone(),
                    _ => a.clone(),
                },
                Value::Builtin(b) if b.is_classmethod && b.bound_self.is_none() => {
                    b.bind(Value::Type(t.clone()))
                }
                Value::Instance(i) => match i.class().lookup("__get__") {
                    Some(get) => {
                        self.call(&get, vec![a.clone(), Value::None, Value::Type(t.clone())])?
                    }
                    None => a.clone(),
                },
                _ => a.clone(),
            });
        }
        if let Some(a) = meta_attr {
            return self.bind_descriptor(a, Value::Type(t.clone()), &meta);
        }
        if let Some(v) = self.special_attr(&Value::Type(t.clone()), name.as_str())? {
            return Ok(v);
        }
        if let Some(a) = meta.lookup_name(name) {
            return self.bind_descriptor(a, Value::Type(t.clone()), &meta);
        }
        if !meta.builtin {
            if let Some(g) = meta.lookup("__getattr__") {
                return self
                    .call_special(&g, vec![Value::Type(t.clone()), Value::Str(name.clone())]);
            }
        }
        Err(no_attribute(&Value::Type(t.clone()), name.as_str()))
    }

    /// A data descriptor of `type` failed for `t`: an AttributeError goes to the
    /// metaclass's `__getattr__` when it has one (out of line: rare).
    #[cold]
    fn type_getattr_failed(
        &mut self,
        t: &Rc<PyType>,
        meta: &Rc<PyType>,
        name: &Rc<PyStr>,
        err: PyErr,
    ) -> PyResult<Value> {
        if !meta.builtin && err.is_instance(&types().exc.attribute_error) {
            if let Some(g) = meta.lookup("__getattr__") {
                return self
                    .call_special(&g, vec![Value::Type(t.clone()), Value::Str(name.clone())]);
            }
        }
        Err(err)
    }

    /// Attributes builtin objects have without a dict entry.
    pub(super) fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Type(obj.type_of())));
        }
        Ok(match (obj, name) {
            // A class whose MRO declares `__slots__` throughout has instances without one.
            (Value::Instance(i), "__dict__") if i.class().instance_dict.get() => {
                Some(i.dict_object())
            }
            (Value::Instance(i), _) if i.exc.is_some() => self.exception_attr(i, name),
            (Value::Type(t), _) => super::type_getsets::type_attr(t, name),
            (Value::Function(f), _) => match name {
                "__name__" => Some(Value::string(f.name.borrow().clone())),
                "__qualname__" => Some(Value::string(f.qualname.borrow().clone())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__defaults__" => Some(f.defaults.borrow().clone().map(Value::Tuple).or_none()),
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone().map(Value::Dict).or_none()),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__dict__" => Some(Value::Dict(f.attr_dict())),
                "__code__" => Some(Value::Code(f.code.borrow().clone())),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    Some(Value::Dict(
                        a.get_or_insert_with(|| PyDict::new_tracked()).clone(),
                    ))
                }
                _ => None,
            },
            (Value::BoundMethod(m), _) => match name {
                "__self__" => Some(m.receiver.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let f = m.func.clone();
                    return self.get_attr_opt(&f, name);
                }
                // What the `method` type lacks is the function's (`__code__`, `__defaults__`,
                // its `__dict__` and whatever was set on it); a miss is reported by the
                // function, as CPython's `'function' object has no attribute …`.
                _ => {
                    let f = m.func.clone();
                    return self.get_attr(&f, &PyStr::intern(name)).map(Some);
                }
            },
            (Value::Builtin(b), _) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__doc__" => Some(Value::None),
                _ => super::builtin_names::builtin_attr(self, obj, b, name)?,
            },
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), _) => match name {
                "real" | "numerator" => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    o => o.clone(),
                }),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::float(0.0)),
            (Value::Complex(c), "real") => Some(Value::float(c.re)),
            (Value::Complex(c), "imag") => Some(Value::float(c.im)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Range(r), "start" | "stop" | "step") => {
                let (start, stop, step) = r.bounds();
                let v = match name {
                    "start" => start,
                    "stop" => stop,
                    _ => step,
                };
                Some(crate::objects::int::normalize(v))
            }
            (Value::Module(m), "__dict__") => Some(Value::Dict(m.dict.clone())),
            (Value::Cell(c), "cell_contents") => {
                let v = c.get();
                if v.is_null() {
                    return Err(PyErr::value_error("Cell is empty"));
                }
                Some(v)
            }
            (Value::Code(c), _) => super::code_attrs::code_attr(c, name),
            (Value::Descriptor(d), "__dict__") => return self.wrapper_dict_get(d, name),
            (Value::Descriptor(d), _) => match (&**d, name) {
                (
                    Descriptor::ClassMethod(f, _) | Descriptor::StaticMethod(f, _),
                    "__func__" | "__wrapped__",
                ) => Some(f.clone()),
                (Descriptor::Super { .. }, _) => return self.super_getattr(d, name),
                (
                    Descriptor::ClassMethod(f, _) | Descriptor::StaticMethod(f, _),
                    "__isabstractmethod__",
                ) => {
                    let f = f.clone();
                    let flag = self.get_attr_opt(&f, "__isabstractmethod__")?;
                    Some(Value::bool(match flag {
                        Some(v) => self.truthy(&v)?,
                        None => false,
                    }))
                }
                _ => None,
            },
            (Value::Generator(g), _) => g.special_attr(self, name),
            _ => None,
        }
        .or_else(|| common_attr(obj, name)))
    }

    fn exception_attr(&mut self, i: &Rc<crate::objects::PyInstance>, name: &str) -> Option<Value> {
        let d = i.exc.as_ref()?.borrow();
        Some(match name {
            "args" => Value::tuple(d.args.clone()),
            "__cause__" => d.cause.clone().or_none(),
            "__context__" => d.context.clone().or_none(),
            "__suppress_context__" => Value::bool(d.suppress_context),
            "__traceback__" => {
                drop(d);
                return Some(self.traceback_value(&Value::Instance(i.clone())));
            }
            _ => return crate::objects::exception_attrs::default_attr(i, &d.args, name),
        })
    }

    /// `super().name`: look name up in the MRO after `this_class`, bound to the object;
    /// None when the MRO (or an unbound super) has no such name.
    fn super_getattr(&mut self, d: &Descriptor, name: &str) -> PyResult<Option<Value>> {
        let Descriptor::Super {
            this_class,
            obj,
            obj_type,
        } = d
        else {
            return Ok(None);
        };
        let Some(obj_type) = obj_type else {
            return Ok(None);
        };
        let mro = obj_type.mro.borrow().clone();
        let start = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, this_class))
            .map(|i| i + 1)
            .unwrap_or(mro.len());
        for cls in &mro[start..] {
            if let Some(a) = cls.dict.get_str(name) {
                let is_type_obj = matches!(obj, Value::Type(t) if Rc::ptr_eq(t, obj_type));
                return Ok(Some(match &a {
                    Value::Function(_) if is_type_obj => a.clone(),
                    Value::Builtin(b) if is_type_obj && !b.is_classmethod => a.clone(),
                    _ => self.bind_descriptor(a, obj.clone(), obj_type)?,
                }));
            }
        }
        Ok(None)
    }

    /// `obj.name` for an immediate call: (function, receiver) when the bound method need not
    /// be built, else (attribute, Null).
    pub fn load_method(&mut self, obj: Value, name: &Rc<PyStr>) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if !ty.hooks.get().getattribute {
                    match ty.lookup_name(name) {
                        Some(a @ Value::Function(_)) => {
                            if inst.attr_named(name).is_none() {
                                return Ok((a, obj));
                            }
                        }
                        // A builtin type's method on an instance of a subclass is called
                        // through its descriptor, as CPython calls it: its errors name the
                        // defining class (`vm/method_call_errors.rs`).
                        Some(Value::Builtin(b))
                            if b.bound_self.is_none()
                                && !b.is_classmethod
                                && !b.is_static()
                                && matches!(b.home(), BuiltinHome::Type(_)) =>
                        {
                            if inst.attr_named(name).is_none() {
                                super::method_wrappers::check_receiver_type(self, &b, &obj)?;
                                return Ok((Value::Builtin(b), obj));
                            }
                        }
                        _ => {}
                    }
                }
            }
            // A property has no instance dict, so its type's methods are its own; the other
            // descriptors keep attributes of their own, and super proxies every name.
            Value::Descriptor(d) if !matches!(**d, Descriptor::Property(_)) => {}
            Value::Module(_) | Value::Type(_) => {}
            _ => {
                let ty = obj.type_of();
                if ty.builtin {
                    if let Some(a @ Value::Builtin(_)) = ty.lookup_name(name) {
                        if let Value::Builtin(b) = &a {
                            if !b.is_classmethod && b.bound_self.is_none() {
                                return Ok((a, obj));
                            }
                        }
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        Ok((v, Value::Null))
    }
}

/// Attributes every object has when nothing more specific answers: `__doc__` (its class's)
/// and, where instances may have one, `__weakref__` (its first weak reference, or None).
fn common_attr(obj: &Value, name: &str) -> Option<Value> {
    match (obj, name) {
        (Value::Type(_), _) => None,
        (_, "__doc__") => Some(match obj.type_of().dict.get_str("__doc__") {
            Some(Value::Descriptor(_)) | None => Value::None,
            Some(v) => v,
        }),
        (Value::Instance(i), "__weakref__") if super::slots::has_weakref(&i.class()) => {
            Some(crate::modules::weakref::first_ref(i))
        }
        _ => None,
    }
}
