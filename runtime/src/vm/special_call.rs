//! Calling a special method found on an object's type (`len(a)` → `type(a).__len__`), as
//! CPython's implicit look-ups do: the class attribute is bound through the descriptor
//! protocol before the call. A plain function (by far the common case) takes the receiver
//! as its first argument; a staticmethod, classmethod, `functools.partialmethod`, property
//! or user descriptor is asked through `__get__`; an object without `__get__` (a callable
//! instance, a builtin module function such as `repr`) is called without the receiver.

use crate::objects::function::{Args, BuiltinHome};
use crate::objects::{PyBuiltin, PyResult, Value};

use super::Vm;

/// Does the builtin `b`, found as a class attribute, take the instance as its first
/// argument (an unbound method of a builtin type), as opposed to a module function (which,
/// like every builtin function in CPython, has no `__get__`), a bound method or a
/// classmethod?
pub(crate) fn builtin_takes_receiver(b: &PyBuiltin) -> bool {
    b.bound_self.is_none() && !b.is_classmethod && !matches!(b.home(), BuiltinHome::Module(_))
}

/// Is `v`, a special method found on a class, a builtin type's own method (`object.__init__`,
/// `object.__format__`, `type.__call__`) rather than something a class set itself, such as
/// `__init__ = print`?
pub(crate) fn is_builtin_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if builtin_takes_receiver(b))
}

impl Vm {
    /// Calls `method`, the special method found on the type of `args[0]`, with `args[0]` as
    /// the receiver and the rest as its arguments.
    #[inline]
    pub fn call_special(&mut self, method: &Value, args: Vec<Value>) -> PyResult<Value> {
        match method {
            Value::Function(_) => self.call(method, args),
            _ => self.call_special_args(method, Args::new(args)),
        }
    }

    /// `call_special` with keyword arguments too; `args.pos[0]` is the receiver.
    pub fn call_special_args(&mut self, method: &Value, mut args: Args) -> PyResult<Value> {
        match method {
            Value::Function(_) => self.call_args(method, args),
            Value::Builtin(b) if builtin_takes_receiver(b) => self.call_args(method, args),
            _ if args.pos.is_empty() => self.call_args(method, args),
            _ => {
                let obj = args.pos.remove(0);
                let ty = obj.type_of();
                let bound = self.bind_descriptor(method.clone(), obj, &ty)?;
                self.call_args(&bound, args)
            }
        }
    }
}
