//! Who a builtin function is: recording, once the builtin types and native modules are
//! filled, which type or module holds each native function (`BuiltinHome`), and answering
//! from that `__qualname__` (`list.append`), `__module__` (`builtins`), `__self__` (the
//! module for a module function) and the repr (`<method 'join' of 'str' objects>`).

use std::rc::Rc;

use crate::objects::function::BuiltinHome;
use crate::objects::OrNone;
use crate::objects::{types, PyBuiltin, PyDict, PyResult, PyType, Value};

use super::Vm;

/// Gives every native function in `dict` the home `home`, in place (bound and already
/// placed ones are left alone).
pub fn record_home(dict: &PyDict, home: &BuiltinHome) {
    for v in dict.values() {
        if let Value::Builtin(b) = v {
            if b.bound_self.is_none() {
                // A function under two names (`sys.excepthook` and `sys.__excepthook__`),
                // or already recorded elsewhere, keeps its first home.
                let _ = b.home.set(home.clone());
            }
        }
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
    // Generators, coroutines and the builtin iterators: their `__next__`/`__iter__`/
    // `__await__` are slot wrappers, so bound they are method-wrappers.
    let async_types = super::coroutine::async_types();
    let (sized, unhinted) = crate::objects::methods::object::builtin_iterator_types(t);
    let coroutines = [
        &t.generator,
        &async_types.coroutine,
        &async_types.async_generator,
        &async_types.coroutine_wrapper,
        &async_types.asend,
        &async_types.athrow,
    ];
    for ty in coroutines.into_iter().chain(sized).chain(unhinted) {
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
    "__length_hint__",
    "__setstate__",
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
    "__alloc__",
    "__enter__",
    "__exit__",
    "__set_name__",
];

/// Is a builtin type's method of this name a slot wrapper (`list.__len__`) rather than a
/// method descriptor (`list.append`, `list.__reversed__`)?
pub fn is_slot_name(ty: &str, name: &str) -> bool {
    // A few containers define these as methods (which CPython prefers over the slot).
    let own_method = match name {
        "__getitem__" => matches!(ty, "list" | "dict"),
        "__contains__" => matches!(ty, "dict" | "set" | "frozenset"),
        _ => false,
    };
    name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name) && !own_method
}

/// How an unbound method of a builtin type shows itself: a slot wrapper (`object.__init__`),
/// a classmethod descriptor (`dict.__dict__['fromkeys']`) or a method descriptor
/// (`str.join`). None for a plain function, and for `__new__` (a function of the type).
fn method_kind(b: &PyBuiltin) -> Option<&'static str> {
    if b.bound_self.is_some() || b.is_static() || !matches!(b.home(), BuiltinHome::Type(_)) {
        return None;
    }
    let BuiltinHome::Type(home) = b.home() else {
        return None;
    };
    let slot = is_slot_name(home, &b.name);
    Some(if b.is_classmethod {
        "classmethod"
    } else if slot {
        "slot wrapper"
    } else {
        "method"
    })
}

/// Is `b` a slot wrapper bound to an object (`(1).__add__`, `object().__init__`), which
/// CPython calls a `method-wrapper`?
pub fn is_method_wrapper(b: &PyBuiltin) -> bool {
    let (Some(receiver), BuiltinHome::Type(home)) = (&b.bound_self, b.home()) else {
        return false;
    };
    // A type's `__new__` is bound to the type, but is a plain builtin function.
    !b.is_classmethod
        && !b.is_static()
        && !matches!(receiver, Value::Module(_))
        && is_slot_name(home, b.name)
}

/// The class a builtin method bound to an object is named after (its `__qualname__`, the
/// errors of a call through it): the receiver's class, or the receiver itself for a class
/// method (`F.fromhex`). None for an unbound method, a module's function, a method-wrapper
/// and a type's `__new__`, which keep their defining class's name.
pub fn bound_method_owner(b: &PyBuiltin) -> Option<Rc<PyType>> {
    let receiver = b.bound_self.as_ref()?;
    if !matches!(b.home(), BuiltinHome::Type(_)) || b.is_static() || is_method_wrapper(b) {
        return None;
    }
    match receiver {
        Value::Type(t) => Some(t.clone()),
        Value::Module(_) => None,
        other => Some(other.type_of()),
    }
}

/// The type of an unbound builtin function (`type(str.join)` is `method_descriptor`).
pub fn unbound_type(b: &PyBuiltin) -> Rc<PyType> {
    let t = types();
    match method_kind(b) {
        None => t.builtin_function.clone(),
        Some("classmethod") => t.classmethod_descriptor.clone(),
        Some("slot wrapper") => t.wrapper_descriptor.clone(),
        Some(_) => t.method_descriptor.clone(),
    }
}

/// The repr of a builtin function or method.
pub fn builtin_repr(vm: &Vm, b: &PyBuiltin) -> String {
    if let (true, Some(s)) = (is_method_wrapper(b), &b.bound_self) {
        return format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            b.name,
            s.type_name(),
            s.id()
        );
    }
    if let (Some(kind), BuiltinHome::Type(t)) = (method_kind(b), b.home()) {
        let kind = if kind == "slot wrapper" {
            kind
        } else {
            "method"
        };
        return format!("<{} '{}' of '{}' objects>", kind, b.name, t);
    }
    if b.bound_self.is_none() {
        // A type's `__new__`: a function bound to the type.
        if let Some(t) = home_type(vm, b) {
            return format!(
                "<built-in method {} of type object at {:#x}>",
                b.name,
                t.id()
            );
        }
    }
    match (&b.bound_self, b.home()) {
        (Some(s), _) if !matches!(s, Value::Module(_)) => format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            s.type_name(),
            s.id()
        ),
        _ => format!("<built-in function {}>", b.name),
    }
}

/// The builtin type whose dict holds `b`, when it is one the `builtins` module names.
pub fn home_type(vm: &Vm, b: &PyBuiltin) -> Option<Value> {
    match b.home() {
        BuiltinHome::Type(t) => match vm.builtins.get_str(t) {
            Some(v @ Value::Type(_)) => Some(v),
            _ => None,
        },
        _ => None,
    }
}

/// `__qualname__`, `__module__`, `__self__` and `__objclass__` of a builtin function
/// (None for another name). An unbound method of a type has neither `__module__` nor
/// `__self__`; a type's `__new__` has the type as `__self__`.
pub fn builtin_attr(
    vm: &mut Vm,
    obj: &Value,
    b: &PyBuiltin,
    name: &str,
) -> PyResult<Option<Value>> {
    let unbound = method_kind(b).is_some();
    // A method-wrapper has `__self__` (its object) and, like an unbound slot wrapper,
    // `__objclass__` but no `__module__`.
    let descriptor = unbound || is_method_wrapper(b);
    let missing = || super::attr::no_attribute(obj, name);
    Ok(Some(match name {
        "__qualname__" => match (bound_method_owner(b), b.home()) {
            (Some(owner), _) => Value::string(format!("{}.{}", owner.qualname.borrow(), b.name)),
            (None, BuiltinHome::Type(t)) => Value::string(format!("{}.{}", t, b.name)),
            _ => Value::str(b.name),
        },
        "__module__" if descriptor => return Err(missing()),
        "__self__" if unbound => return Err(missing()),
        "__objclass__" if descriptor => home_type(vm, b).ok_or_else(missing)?,
        "__module__" => match b.home() {
            BuiltinHome::Module(m) => Value::str(m),
            _ => Value::None,
        },
        "__self__" => match (&b.bound_self, b.home()) {
            (Some(s), _) => s.clone(),
            (None, BuiltinHome::Module(m)) => vm.modules.get_str(m).or_none(),
            (None, BuiltinHome::Type(_)) => home_type(vm, b).or_none(),
            _ => Value::None,
        },
        _ => return Ok(None),
    }))
}
