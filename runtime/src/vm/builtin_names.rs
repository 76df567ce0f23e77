//! Who a builtin function is: recording, once the builtin types and native modules are
//! filled, which type or module holds each native function (`BuiltinHome`), and answering
//! from that `__qualname__` (`list.append`), `__module__` (`builtins`), `__self__` (the
//! module for a module function) and the repr (`<method 'join' of 'str' objects>`).

use std::rc::Rc;

use crate::objects::function::BuiltinHome;
use crate::objects::{types, PyBuiltin, PyDict, PyResult, Value};

use super::Vm;

/// Gives every native function in `dict` the home `home` (the functions are replaced by
/// copies that know it; bound and already placed ones are left alone).
pub fn record_home(dict: &PyDict, home: &BuiltinHome) {
    for (k, v) in dict.items() {
        let (Value::Str(name), Value::Builtin(b)) = (&k, &v) else {
            continue;
        };
        if b.bound_self.is_some() || !matches!(b.home, BuiltinHome::Unknown) {
            continue;
        }
        dict.set_str_key(
            name.clone(),
            Value::Builtin(Rc::new(b.with_home(home.clone()))),
        );
    }
}

/// Records the home of the methods of the builtin types (after they are all registered).
pub fn record_type_methods() {
    let t = types();
    for ty in [
        &t.object,
        &t.type_,
        &t.int,
        &t.bool,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.memoryview,
        &t.tuple,
        &t.list,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.property,
        &t.member_descriptor,
        &t.exc.base_exception,
    ] {
        record_home(&ty.dict, &BuiltinHome::Type(Rc::from(ty.name().as_str())));
    }
}

/// Records `module` as the home of the native functions in its dict.
pub fn record_module_functions(module: &str, dict: &PyDict) {
    record_home(dict, &BuiltinHome::Module(Rc::from(module)));
}

/// Dunder methods CPython implements as ordinary methods rather than slot wrappers.
const METHOD_DUNDERS: &[&str] = &[
    "__format__",
    "__reduce__",
    "__reduce_ex__",
    "__sizeof__",
    "__getnewargs__",
    "__dir__",
    "__init_subclass__",
    "__subclasshook__",
    "__class_getitem__",
    "__getstate__",
    "__round__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__reversed__",
    "__subclasses__",
    "__instancecheck__",
    "__subclasscheck__",
    "__prepare__",
    "__copy__",
    "__deepcopy__",
    "__bytes__",
    "__complex__",
];

/// The repr of a builtin function or method.
pub fn builtin_repr(b: &PyBuiltin) -> String {
    match (&b.bound_self, &b.home) {
        (Some(s), _) if !matches!(s, Value::Module(_)) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            s.type_name(),
            s.id()
        ),
        (None, BuiltinHome::Type(t)) if !b.is_classmethod => {
            let slot = b.name.starts_with("__")
                && b.name.ends_with("__")
                && !METHOD_DUNDERS.contains(&b.name);
            let kind = if slot { "slot wrapper" } else { "method" };
            format!("<{} '{}' of '{}' objects>", kind, b.name, t)
        }
        _ => format!("<built-in function {}>", b.name),
    }
}

/// `__qualname__`, `__module__` and `__self__` of a builtin function (None for another
/// name). An unbound method of a type has neither `__module__` nor `__self__`.
pub fn builtin_attr(
    vm: &mut Vm,
    obj: &Value,
    b: &PyBuiltin,
    name: &str,
) -> PyResult<Option<Value>> {
    let unbound_method = b.bound_self.is_none() && matches!(b.home, BuiltinHome::Type(_));
    Ok(Some(match name {
        "__qualname__" => match &b.home {
            BuiltinHome::Type(t) => Value::string(format!("{}.{}", t, b.name)),
            _ => Value::str(b.name),
        },
        "__module__" | "__self__" if unbound_method => {
            return Err(super::attr::no_attribute(obj, name));
        }
        "__module__" => match &b.home {
            BuiltinHome::Module(m) => Value::str(m),
            _ => Value::None,
        },
        "__self__" => match (&b.bound_self, &b.home) {
            (Some(s), _) => s.clone(),
            (None, BuiltinHome::Module(m)) => vm.modules.get_str(m).unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => return Ok(None),
    }))
}
