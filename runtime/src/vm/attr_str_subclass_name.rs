//! Attribute assignment by a name that is an instance of a str subclass
//! (`setattr(o, S('b'), 2)`): CPython stores the name object itself as the attribute
//! dict's key and hands it to a user `__setattr__`, so `type(k)` of the keys shows `S`.
//! The common path (`o.b = 2`, `setattr` with a plain str) never comes here.

use std::rc::Rc;

use crate::objects::{PyDict, PyResult, PyStr, Value};

use super::Vm;

impl Vm {
    /// Stores attribute `name` in an attribute dict under `key`, a str subclass instance
    /// (an existing entry keeps its key, as a dict store does).
    #[cold]
    pub(super) fn store_keyed(
        &mut self,
        dict: &PyDict,
        name: &Rc<PyStr>,
        key: &Value,
        v: Value,
    ) -> PyResult<()> {
        if dict.get_name(name).is_some() {
            dict.set_str_key(name.clone(), v);
            return Ok(());
        }
        dict.set(self, key.clone(), v)
    }

    /// `setattr(obj, key, v)` for a name `key` that is a str subclass instance: its
    /// `__setattr__` is given `key` itself, and the instance dict keeps it as the key.
    #[cold]
    pub fn set_attr_by_key(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        key: &Value,
        v: Value,
    ) -> PyResult<()> {
        let inst = match obj {
            Value::Instance(inst) => inst,
            Value::Module(m) => return self.store_keyed(&m.dict, name, key, v),
            _ => return self.set_attr(obj, name, v),
        };
        let ty = inst.class();
        if ty.hooks.get().setattr {
            if let Some(sa) = ty.lookup("__setattr__") {
                self.call_special(&sa, vec![obj.clone(), key.clone(), v])?;
                return Ok(());
            }
        }
        self.generic_setattr_key(obj, name, Some(key), v)
    }
}
