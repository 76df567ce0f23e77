//! Attribute assignment and deletion (`setattr`/`delattr`, `StoreAttr`/`DeleteAttr`), as
//! CPython's `object.__setattr__` and `type.__setattr__` do them: a data descriptor on the
//! type first, then the instance's own storage; class attributes move the type-attribute
//! epoch that the inline caches check.

use std::rc::Rc;

use crate::objects::function::Descriptor;
use crate::objects::{PyDict, PyErr, PyResult, PyStr, PyType, Value};

use super::attr::{is_data_descriptor, no_attribute, no_instance_slot, special_type_attr_error};
use super::Vm;

impl Vm {
    /// `setattr(obj, name, v)`.
    pub fn set_attr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if ty.hooks.get().setattr {
                    if let Some(sa) = ty.lookup("__setattr__") {
                        self.call_special(&sa, vec![obj.clone(), Value::Str(name.clone()), v])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, v)
            }
            Value::Type(t) => {
                let meta = t.metatype();
                if !meta.builtin && meta.hooks.get().setattr {
                    if let Some(sa) = meta.lookup("__setattr__") {
                        self.call_special(&sa, vec![obj.clone(), Value::Str(name.clone()), v])?;
                        return Ok(());
                    }
                }
                self.type_setattr(t, name, v)
            }
            Value::Module(_) | Value::Function(_) if is_object_field(obj, name) => {
                object_field_refusal(obj, name, Some(v))
            }
            Value::Module(m) => {
                m.dict.set_str_key(name.clone(), v);
                Ok(())
            }
            Value::Function(f) => super::function_setattr::set_function_attr(f, obj, name, Some(v)),
            Value::Descriptor(d) if in_wrapper_dict(d, obj, name) => {
                self.wrapper_dict_set(d, obj, name, Some(v))
            }
            _ => self.set_builtin_value_attr(obj, name, Some(v)),
        }
    }

    /// `obj.name = v` (`Some(v)`) or `del obj.name` on a builtin value without a
    /// `__dict__`: a data descriptor of its type decides; any other attribute of the type
    /// (`__doc__` included, which CPython's builtin types all have) is read-only.
    fn set_builtin_value_attr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Option<Value>,
    ) -> PyResult<()> {
        let ty = obj.type_of();
        let found = ty.lookup_name(name);
        if let Some(a) = &found {
            if is_data_descriptor(a) {
                return self.descriptor_set(a, obj, v);
            }
        }
        // A builtin function's own fields are getsets that refuse any change.
        let builtin_field = matches!(
            name.as_str(),
            "__doc__" | "__name__" | "__qualname__" | "__self__" | "__text_signature__"
        );
        if matches!(obj, Value::Builtin(_)) && builtin_field {
            return Err(PyErr::attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                name.as_str(),
                ty.name()
            )));
        }
        if found.is_some() || name.as_str() == "__doc__" {
            return Err(PyErr::attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                ty.name(),
                name.as_str()
            )));
        }
        Err(no_attribute(obj, name.as_str()))
    }

    /// `type.__setattr__`: assignment of a class attribute.
    pub fn type_setattr(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        if t.builtin {
            return Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name()
            )));
        }
        match name.as_str() {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = &v else {
                    return Err(PyErr::type_error(format!(
                        "can only assign string to {}.{}, not '{}'",
                        t.name(),
                        name.as_str(),
                        v.type_name()
                    )));
                };
                if name.as_str() == "__qualname__" {
                    *t.qualname.borrow_mut() = s.as_str().to_string();
                } else if s.as_str().contains('\0') {
                    return Err(PyErr::value_error(
                        "type name must not contain null characters",
                    ));
                } else {
                    *t.name.borrow_mut() = s.as_str().to_string();
                }
            }
            "__bases__" => return super::class_bases::assign_bases(t, &v),
            "__class__" if !matches!(v, Value::Type(_)) => {
                return super::special_getsets::class_set(&Value::Type(t.clone()), Some(v))
            }
            "__mro__" | "__base__" | "__dict__" | "__class__" => {
                return Err(special_type_attr_error(t, name.as_str(), true))
            }
            _ => t.dict.set_str_key(name.clone(), v),
        }
        if name.as_str().starts_with("__") {
            t.refresh_hooks();
        }
        Ok(())
    }

    /// `type.__delattr__`: deletion of a class attribute.
    pub fn type_delattr(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> PyResult<()> {
        if t.builtin {
            return Err(PyErr::type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name()
            )));
        }
        if matches!(
            name.as_str(),
            "__name__"
                | "__qualname__"
                | "__bases__"
                | "__doc__"
                | "__module__"
                | "__mro__"
                | "__base__"
                | "__dict__"
                | "__class__"
        ) {
            return Err(special_type_attr_error(t, name.as_str(), false));
        }
        match t.dict.del_str(name.as_str()) {
            Some(_) => {
                t.refresh_hooks();
                Ok(())
            }
            None => Err(no_attribute(&Value::Type(t.clone()), name.as_str())),
        }
    }

    /// `object.__setattr__`: data descriptors on the type, else the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        self.generic_setattr_key(obj, name, None, v)
    }

    /// `generic_setattr` given the name as the caller passed it, when that is a str
    /// subclass instance (`setattr(o, S('b'), 2)`): a new instance dict entry keeps it as
    /// its key, as CPython stores the name object itself.
    pub fn generic_setattr_key(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        key: Option<&Value>,
        v: Value,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(no_attribute(obj, name.as_str()));
        };
        let ty = inst.class();
        let class_attr = ty.lookup_name(name);
        if let Some(a) = &class_attr {
            if is_data_descriptor(a) {
                return self.descriptor_set(a, obj, Some(v));
            }
        }
        if inst.exc.is_some()
            && crate::objects::exception_attrs::set_common_attr(self, inst, name.as_str(), &v)?
        {
            return Ok(());
        }
        if !ty.instance_dict.get() {
            return Err(no_instance_slot(obj, name.as_str(), class_attr.is_some()));
        }
        if name.as_str() == "__dict__" {
            return super::instance_getsets::assign_dict(inst, &v);
        }
        match key {
            Some(key) => self.store_keyed(&inst.dict(), name, key, v),
            None => {
                inst.set_attr_named(name, v);
                Ok(())
            }
        }
    }

    /// `object.__delattr__`: data descriptors on the type, else the instance dict.
    pub fn generic_delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return Err(no_attribute(obj, name.as_str()));
        };
        let ty = inst.class();
        let class_attr = ty.lookup_name(name);
        if let Some(a) = &class_attr {
            if is_data_descriptor(a) {
                return self.descriptor_set(a, obj, None);
            }
        }
        if !ty.instance_dict.get() {
            return Err(no_instance_slot(obj, name.as_str(), class_attr.is_some()));
        }
        let removed = inst.remove_attr(name);
        match removed {
            Some(_) => Ok(()),
            // `del obj.__dict__` leaves the instance a fresh, empty dict.
            None if name.as_str() == "__dict__" && ty.instance_dict.get() => {
                drop(inst.replace_dict(PyDict::new_tracked())?);
                Ok(())
            }
            None => Err(no_attribute(obj, name.as_str())),
        }
    }

    fn descriptor_set(&mut self, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
        match d {
            Value::Descriptor(desc) => match &**desc {
                Descriptor::Property(p) => self.property_set(p, obj, v),
                Descriptor::Member { name, index, owner } => {
                    super::slots::member_set(name, *index, owner, obj, v)
                }
                Descriptor::GetSet { name, owner } => {
                    super::instance_getsets::set(name, owner, obj, v)
                }
                Descriptor::NativeAttr(n) => n.set(self, obj, v),
                _ => Ok(()),
            },
            Value::Instance(i) => {
                let t = i.class();
                match v {
                    Some(v) => match t.lookup("__set__") {
                        Some(set) => self
                            .call_special(&set, vec![d.clone(), obj.clone(), v])
                            .map(|_| ()),
                        None => Err(PyErr::attribute_error("__set__")),
                    },
                    None => match t.lookup("__delete__") {
                        Some(del) => self
                            .call_special(&del, vec![d.clone(), obj.clone()])
                            .map(|_| ()),
                        None => Err(PyErr::attribute_error("__delete__")),
                    },
                }
            }
            _ => Ok(()),
        }
    }

    /// `delattr(obj, name)`.
    pub fn del_attr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if ty.hooks.get().delattr {
                    if let Some(da) = ty.lookup("__delattr__") {
                        self.call_special(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, name)
            }
            Value::Type(t) => {
                let meta = t.metatype();
                if !meta.builtin && meta.hooks.get().delattr {
                    if let Some(da) = meta.lookup("__delattr__") {
                        self.call_special(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.type_delattr(t, name)
            }
            Value::Module(_) | Value::Function(_) if is_object_field(obj, name) => {
                object_field_refusal(obj, name, None)
            }
            // Deleting goes through the generic setattr, whose message names no module.
            Value::Module(m) => match m.dict.del_str(name.as_str()) {
                Some(_) => Ok(()),
                None => Err(PyErr::attribute_error(format!(
                    "'module' object has no attribute '{}'",
                    name.as_str()
                ))),
            },
            Value::Function(f) => super::function_setattr::set_function_attr(f, obj, name, None),
            Value::Descriptor(d) if in_wrapper_dict(d, obj, name) => {
                self.wrapper_dict_set(d, obj, name, None)
            }
            _ => self.set_builtin_value_attr(obj, name, None),
        }
    }
}

/// `__class__` of a function or module, and a module's `__dict__`: fields CPython's
/// `object` and `module` types guard.
fn is_object_field(obj: &Value, name: &PyStr) -> bool {
    name.as_str() == "__class__" || (name.as_str() == "__dict__" && matches!(obj, Value::Module(_)))
}

fn object_field_refusal(obj: &Value, name: &PyStr, v: Option<Value>) -> PyResult<()> {
    match name.as_str() {
        "__class__" => super::special_getsets::class_set(obj, v),
        _ => Err(PyErr::attribute_error("readonly attribute")),
    }
}

/// Does `obj.name = …` on classmethod or staticmethod `d` (which is `obj`) go to its
/// `__dict__`? Yes, unless the type has a data descriptor of that name (`__func__`).
fn in_wrapper_dict(d: &Descriptor, obj: &Value, name: &Rc<PyStr>) -> bool {
    matches!(
        d,
        Descriptor::ClassMethod(..) | Descriptor::StaticMethod(..)
    ) && !obj
        .type_of()
        .lookup_name(name)
        .is_some_and(|a| is_data_descriptor(&a))
}
