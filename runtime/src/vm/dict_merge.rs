//! `**` unpacking (`{**m}`, `f(**m)`): merging a mapping into a dict, and the name a
//! callable goes by in that and other call errors.

use std::rc::Rc;

use crate::objects::{PyDict, PyErr, PyResult, Value};

use super::Vm;

impl Vm {
    /// How CPython names a callable in call errors: `module.qualname()` (the module left out
    /// for builtins), else `type object`.
    pub(super) fn callable_name(&self, v: &Value) -> String {
        let qualified = |module: Option<Value>, qualname: &str| match module {
            Some(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), qualname)
            }
            _ => format!("{}()", qualname),
        };
        match v {
            Value::Function(f) => qualified(Some(f.module.borrow().clone()), &f.qualname.borrow()),
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Type(t) => {
                let qualname = match t.dict.get_str("__qualname__") {
                    Some(Value::Str(q)) => q.as_str().to_string(),
                    _ => t.name(),
                };
                qualified(t.dict.get_str("__module__"), &qualname)
            }
            Value::BoundMethod(m) => self.callable_name(&m.func),
            other => format!("{} object", other.type_name()),
        }
    }

    /// `{**m}` and `f(**m)`: merges a mapping into d.
    pub fn dict_merge(&mut self, d: &Rc<PyDict>, m: &Value, func: Option<&Value>) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match m {
            Value::Dict(src) => src.items(),
            other if super::subclass::merged_as_dict(other).is_some() => {
                super::subclass::merged_as_dict(other).map_or_else(Vec::new, |d| d.items())
            }
            other => {
                if self.get_attr_opt(other, "keys")?.is_none() {
                    return Err(PyErr::type_error(match func {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.callable_name(f),
                            other.type_name()
                        ),
                        None => format!("'{}' object is not a mapping", other.type_name()),
                    }));
                }
                let keys = self.call_method(other, "keys", vec![])?;
                // A `keys()` result that cannot be iterated is named as such (CPython's
                // `PyMapping_Keys`); errors while iterating it pass through.
                let keys = self.get_iter(&keys).map_err(|e| {
                    if e.is_instance(&crate::objects::types().exc.type_error) {
                        PyErr::type_error(format!(
                            "{}.keys() returned a non-iterable (type {})",
                            other.type_of().tp_name(),
                            keys.type_name()
                        ))
                    } else {
                        e
                    }
                })?;
                let mut out = Vec::new();
                for k in self.collect_iterable(&keys)? {
                    let v = self.get_item(other, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if let Some(f) = func {
                if d.contains(self, &k)? {
                    let key = match &k {
                        Value::Str(s) => s.as_str().to_string(),
                        _ => self.repr(&k)?,
                    };
                    return Err(PyErr::type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        self.callable_name(f),
                        key
                    )));
                }
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }
}
