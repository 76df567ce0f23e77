//! The argument checks and errors of a builtin type's method that depend on how the
//! method was called: through a bound method object, or unbound without any receiver.
//!
//! CPython 3.11 has two ways of calling a method of a builtin type, and they word the same
//! argument error differently:
//!
//! - directly, through the method descriptor: `x.count(k=1)` (LOAD_METHOD, CALL_METHOD or
//!   CALL_METHOD_KW here) or `bytearray.count(x, k=1)`. The descriptor names the class that
//!   defines the method: "bytearray.count() takes no keyword arguments",
//!   "int.bit_length() takes no arguments (1 given)". tote's methods word their errors this
//!   way (`objects/methods/method_args.rs`).
//! - through a bound builtin-method object: `m = x.count; m(k=1)`, `getattr(x, 'count')()`,
//!   `x.count(*args)`, a method passed as a callback. That object names the method by its
//!   own `__qualname__`, which is built from the RECEIVER's class (or the receiver itself for
//!   a class method): `m = True.bit_length; m(1)` says "bool.bit_length() takes no
//!   arguments (1 given)", `L().append()` for a list subclass `L` says "L.append() takes
//!   exactly one argument (0 given)". The methods that parse a plain argument tuple (CPython's
//!   METH_VARARGS: `str.count`, `set.union`, … in `VARARGS_METHODS`, found by calling each
//!   method this way in CPython) refuse keywords under their bare name: "count() takes no
//!   keyword arguments". Argument-clinic wordings ("index expected at least 1 argument, got
//!   0") name no class and are the same either way.
//!
//! So tote words every error the direct way and `reword` rewrites it, only when a bound
//! builtin-method object was called and the call failed: the direct call paths and every
//! successful call pay nothing.
//!
//! A method descriptor called with no receiver at all (`list.append()`, `int.__eq__()`) is
//! refused before the method runs, as CPython's descriptor refuses it
//! (`missing_receiver`): "unbound method list.append() needs an argument", or for a slot
//! wrapper "descriptor '__eq__' of 'int' object needs an argument". Only calls without a
//! single positional argument look at it.
//!
//! A bound `str.format` object takes its `**` mapping as it is, without CPython's check
//! that every key is a str (the descriptor and every other callable make that check):
//! `'{}'.format(**{1: 2})` reaches the format string, whose fields can only ever name str
//! keys, so tote drops the others (`ignores_non_str_keywords`).

use crate::objects::function::BuiltinHome;
use crate::objects::{types, PyBuiltin, PyErr, Value};

/// The search methods str, bytes and bytearray share, all METH_VARARGS in CPython.
const SEARCH_METHODS: &[&str] = &[
    "count",
    "endswith",
    "find",
    "index",
    "rfind",
    "rindex",
    "startswith",
];

/// The methods of builtin types that refuse keywords under their bare name when called
/// through a bound method object, as (defining class, method).
const VARARGS_METHODS: &[(&str, &[&str])] = &[
    ("str", SEARCH_METHODS),
    ("bytes", SEARCH_METHODS),
    ("bytearray", SEARCH_METHODS),
    ("frozenset", &["difference", "intersection", "union"]),
    (
        "set",
        &[
            "difference",
            "difference_update",
            "intersection",
            "intersection_update",
            "union",
            "update",
        ],
    ),
    ("memoryview", &["__exit__"]),
    ("property", &["__set_name__"]),
    ("range", &["__reduce__"]),
];

/// The argument-count errors whose "<class>.<method>()" prefix depends on the call path.
const REWORDED: &[&str] = &[
    "takes no keyword arguments",
    "takes no arguments (",
    "takes exactly one argument (",
];

fn is_varargs(home: &str, name: &str) -> bool {
    VARARGS_METHODS
        .iter()
        .any(|(ty, names)| *ty == home && names.contains(&name))
}

/// `err`, raised by calling the builtin method `b` through a bound method object, worded
/// as CPython words it for that path (see the file header).
pub fn reword(b: &PyBuiltin, err: PyErr) -> PyErr {
    let BuiltinHome::Type(home) = b.home() else {
        return err;
    };
    // Only the method's own argument check: a TypeError raised by native code (no Python
    // frame recorded on it) whose message names this very method.
    if !std::rc::Rc::ptr_eq(&err.class(), &types().exc.type_error) {
        return err;
    }
    if err
        .exc
        .exc
        .as_ref()
        .is_some_and(|d| !d.borrow().traceback.is_empty())
    {
        return err;
    }
    let msg = err.message();
    let Some(rest) = msg
        .strip_prefix(&**home)
        .and_then(|r| r.strip_prefix('.'))
        .and_then(|r| r.strip_prefix(b.name))
        .and_then(|r| r.strip_prefix("() "))
    else {
        return err;
    };
    if !REWORDED.iter().any(|w| rest.starts_with(w)) {
        return err;
    }
    let reworded = if rest == REWORDED[0] && is_varargs(home, b.name) {
        format!("{}() {}", b.name, rest)
    } else {
        let Some(owner) = super::builtin_names::bound_method_owner(b) else {
            return err;
        };
        let qualname = owner.qualname.borrow();
        if *qualname == **home {
            return err;
        }
        format!("{}.{}() {}", qualname, b.name, rest)
    };
    PyErr::type_error(reworded)
}

/// The error of calling `b`, a builtin function, with no positional argument, when `b` is
/// a method descriptor of a builtin type, which needs its receiver first.
pub fn missing_receiver(b: &PyBuiltin) -> Option<PyErr> {
    let BuiltinHome::Type(home) = b.home() else {
        return None;
    };
    // A class method is bound to its class; `__new__` words its own refusal.
    if b.bound_self.is_some() || b.is_classmethod || b.is_static() {
        return None;
    }
    Some(crate::objects::methods::wrong_receiver(
        b.name,
        home,
        &Value::Null,
    ))
}

/// Does `callable` take a `**` mapping with keys that are not str, which it can never use?
/// Only a bound `str.format` (see the file header); asked only when such a key is there.
pub fn ignores_non_str_keywords(callable: &Value) -> bool {
    match callable {
        Value::Builtin(b) => {
            b.bound_self.is_some()
                && b.name == "format"
                && matches!(b.home(), BuiltinHome::Type(t) if &**t == "str")
        }
        _ => false,
    }
}
