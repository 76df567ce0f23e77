//! The `__dict__` of `classmethod` and `staticmethod` objects. CPython copies the wrapped
//! callable's `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` into it
//! (those it has), and any other attribute can be set there. tote makes the dict on first use.

use std::rc::Rc;

use crate::objects::function::Descriptor;
use crate::objects::{PyDict, PyErr, PyResult, PyStr, Value};

use super::attr::no_attribute;
use super::Vm;

/// The wrapped callable's attributes a classmethod or staticmethod copies.
const COPIED: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

impl Vm {
    /// The attribute dict of a classmethod or staticmethod `d`, made now if it is not yet;
    /// `None` for other descriptors.
    pub(super) fn wrapper_dict(&mut self, d: &Descriptor) -> PyResult<Option<Rc<PyDict>>> {
        let (Descriptor::ClassMethod(f, slot) | Descriptor::StaticMethod(f, slot)) = d else {
            return Ok(None);
        };
        if let Some(dict) = slot.borrow().as_ref() {
            return Ok(Some(dict.clone()));
        }
        let dict = PyDict::new_tracked();
        let f = f.clone();
        for name in COPIED {
            if let Some(v) = self.get_attr_opt(&f, name)? {
                dict.set_str_key(PyStr::intern(name), v);
            }
        }
        // Reading an attribute of `f` ran Python code that may have made the dict already.
        let mut slot = slot.borrow_mut();
        Ok(Some(slot.get_or_insert(dict).clone()))
    }

    /// `obj.name` read from the dict of classmethod or staticmethod `d`.
    pub(super) fn wrapper_dict_get(
        &mut self,
        d: &Descriptor,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let (Descriptor::ClassMethod(_, slot) | Descriptor::StaticMethod(_, slot)) = d else {
            return Ok(None);
        };
        // A miss on a name the dict would not start with makes no dict.
        if slot.borrow().is_none() && name != "__dict__" && !COPIED.contains(&name) {
            return Ok(None);
        }
        Ok(match self.wrapper_dict(d)? {
            Some(dict) if name == "__dict__" => Some(Value::Dict(dict)),
            Some(dict) => dict.get_str(name),
            None => None,
        })
    }

    /// `obj.name = v` (`Some(v)`) or `del obj.name` (`None`) on classmethod or staticmethod
    /// `d`, which is `obj`.
    pub(super) fn wrapper_dict_set(
        &mut self,
        d: &Descriptor,
        obj: &Value,
        name: &Rc<PyStr>,
        v: Option<Value>,
    ) -> PyResult<()> {
        if name.as_str() == "__dict__" {
            return match (d, v) {
                (
                    Descriptor::ClassMethod(_, slot) | Descriptor::StaticMethod(_, slot),
                    Some(Value::Dict(new)),
                ) => {
                    let old = slot.borrow_mut().replace(new);
                    drop(old);
                    Ok(())
                }
                (_, Some(v)) => Err(PyErr::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    v.type_name()
                ))),
                (_, None) => Err(PyErr::type_error("cannot delete __dict__")),
            };
        }
        let Some(dict) = self.wrapper_dict(d)? else {
            return Err(no_attribute(obj, name.as_str()));
        };
        match v {
            Some(v) => {
                dict.set_str_key(name.clone(), v);
                Ok(())
            }
            None => match dict.del_str(name.as_str()) {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name.as_str())),
            },
        }
    }
}
