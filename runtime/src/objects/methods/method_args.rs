//! Argument checking shared by the methods of the builtin types. CPython words a wrong
//! argument count differently depending on how the method parses its arguments, so each
//! family has its own checker here; all of them count the arguments after the receiver
//! (`pos[0]`), never the receiver itself:
//!
//! - no arguments: `str.upper() takes no arguments (1 given)`;
//! - exactly one: `str.zfill() takes exactly one argument (0 given)`;
//! - positional-only, argument-clinic style: `get expected at least 1 argument, got 0`;
//! - positional-only, older style: `count() takes at least 1 argument (0 given)`;
//! - slot wrappers (`__len__`, `__contains__` of str…): `expected 1 argument, got 0`;
//! - keyword-capable methods go through `modules::params::Params::bind_method`.
//!
//! The class named is the defining one, as a direct call (`x.m(…)`) words it; a call
//! through a bound method object is reworded by `vm/method_call_errors.rs`.
//!
//! It also holds the integer and start/end conversions those methods share.

use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Arguments after the receiver.
pub fn nargs(a: &Args) -> usize {
    a.pos.len().saturating_sub(1)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver's type name, which qualifies a method shared by several classes
/// (`BufferedWriter.write`).
pub fn receiver_type(a: &Args) -> String {
    a.pos.first().map(|v| v.type_name()).unwrap_or_default()
}

/// `one_arg` for a method shared by several classes, qualified by the receiver's type
/// (looked up only to word an error).
pub fn one_arg_of_receiver(a: &Args, method: &str) -> PyResult<Value> {
    match (a.kw.is_empty(), a.pos.get(1)) {
        (true, Some(v)) if nargs(a) == 1 => Ok(v.clone()),
        _ => one_arg(a, &receiver_type(a), method),
    }
}

/// `positional` for a method shared by several classes (see `one_arg_of_receiver`).
pub fn positional_of_receiver(a: &Args, method: &str, min: usize, max: usize) -> PyResult<()> {
    match a.kw.is_empty() && (min..=max).contains(&nargs(a)) {
        true => Ok(()),
        false => positional(a, &receiver_type(a), method, min, max),
    }
}

/// A method's name as messages spell it: "str.upper", or "wrapper __len__" for a slot
/// wrapper (`ty` is then "wrapper" and the separator a space), or the bare name.
struct Named<'a> {
    ty: &'a str,
    sep: &'a str,
    method: &'a str,
}

impl std::fmt::Display for Named<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}{}", self.ty, self.sep, self.method)
    }
}

fn qualified<'a>(ty: &'a str, method: &'a str) -> Named<'a> {
    Named {
        ty,
        sep: ".",
        method,
    }
}

/// "str.center() takes no keyword arguments" (the name formatted only on error).
fn no_keywords(a: &Args, name: Named<'_>) -> PyResult<()> {
    match a.kw.is_empty() {
        true => Ok(()),
        false => Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        ))),
    }
}

/// A method without arguments: "str.upper() takes no arguments (1 given)".
pub fn no_args(a: &Args, ty: &str, method: &str) -> PyResult<()> {
    let q = qualified(ty, method);
    no_keywords(a, qualified(ty, method))?;
    match nargs(a) {
        0 => Ok(()),
        n => Err(PyErr::type_error(format!(
            "{}() takes no arguments ({} given)",
            q, n
        ))),
    }
}

/// A method of exactly one argument, which it returns: "str.zfill() takes exactly one
/// argument (0 given)".
pub fn one_arg(a: &Args, ty: &str, method: &str) -> PyResult<Value> {
    let q = qualified(ty, method);
    no_keywords(a, qualified(ty, method))?;
    match (nargs(a), a.pos.get(1)) {
        (1, Some(v)) => Ok(v.clone()),
        (n, _) => Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            q, n
        ))),
    }
}

/// Positional-only arguments checked the argument-clinic way: "center expected at least 1
/// argument, got 0"; keywords are refused with the qualified name.
pub fn positional(a: &Args, ty: &str, method: &str, min: usize, max: usize) -> PyResult<()> {
    no_keywords(a, qualified(ty, method))?;
    count_expected(method, nargs(a), min, max)
}

/// "NAME expected N arguments, got M" and its at-least / at-most forms (also what a
/// static method or a builtin function parsed this way says).
pub fn count_expected(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, limit) = if min == max && n != min {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else if n > max {
        ("at most ", max)
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(format!(
        "{} expected {}{} argument{}, got {}",
        name,
        bound,
        limit,
        plural(limit),
        n
    )))
}

/// The arguments of a builtin class called to make an instance (`pos[0]` is the class):
/// "tuple expected at most 1 argument, got 2", "tuple() takes no keyword arguments".
pub fn constructor_args(a: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let bare = Named {
        ty: "",
        sep: "",
        method: name,
    };
    no_keywords(a, bare)?;
    count_expected(name, nargs(a), min, max)
}

/// Positional-only arguments checked the older way: "find() takes at least 1 argument (0
/// given)". Keywords are refused as a direct call `s.find(x, start=1)` refuses them, "str.find()
/// takes no keyword arguments" (through a bound-method object, `s.find(**kw)` included,
/// CPython leaves the type out: `vm/method_call_errors.rs` rewords it there).
pub fn varargs(a: &Args, ty: &str, method: &str, min: usize, max: usize) -> PyResult<()> {
    no_keywords(a, qualified(ty, method))?;
    let n = nargs(a);
    let (bound, limit) = if n < min {
        ("at least", min)
    } else if n > max {
        ("at most", max)
    } else {
        return Ok(());
    };
    Err(PyErr::type_error(format!(
        "{}() takes {} {} argument{} ({} given)",
        method,
        bound,
        limit,
        plural(limit),
        n
    )))
}

/// A slot wrapper such as `str.__contains__`: "expected 1 argument, got 0",
/// "wrapper __contains__() takes no keyword arguments".
pub fn slot_wrapper(a: &Args, method: &str, n: usize) -> PyResult<()> {
    let wrapper = Named {
        ty: "wrapper",
        sep: " ",
        method,
    };
    no_keywords(a, wrapper)?;
    let given = nargs(a);
    if given != n {
        return Err(PyErr::type_error(format!(
            "expected {} argument{}, got {}",
            n,
            plural(n),
            given
        )));
    }
    Ok(())
}

/// The arguments of a number type's slot wrapper (`int.__add__`, `float.__neg__`,
/// `complex.__pow__`): none for a unary slot, one for a binary one, and one or two (the
/// modulus) for `__pow__`, which says " expected at least 1 argument, got 0".
pub fn number_slot_args(a: &Args, method: &str) -> PyResult<()> {
    match method {
        "__pow__" | "__rpow__" => {
            no_keywords(
                a,
                Named {
                    ty: "wrapper",
                    sep: " ",
                    method,
                },
            )?;
            count_expected("", nargs(a), 1, 2)
        }
        "__neg__" | "__pos__" | "__abs__" | "__bool__" | "__invert__" | "__index__" | "__int__"
        | "__float__" | "__hash__" | "__repr__" => slot_wrapper(a, method, 0),
        _ => slot_wrapper(a, method, 1),
    }
}

/// A slot wrapper taking `min` to `max` arguments (`property.__get__`), whose unnamed
/// argument parser says " expected at least 1 argument, got 0" (with the leading space).
pub fn slot_wrapper_range(a: &Args, method: &str, min: usize, max: usize) -> PyResult<()> {
    let wrapper = Named {
        ty: "wrapper",
        sep: " ",
        method,
    };
    no_keywords(a, wrapper)?;
    count_expected("", nargs(a), min, max)
}

/// A slot wrapper taking two arguments (`__setitem__`), whose unnamed argument parser
/// says " expected 2 arguments, got 1" (with the leading space).
pub fn slot_wrapper_pair(a: &Args, method: &str) -> PyResult<()> {
    slot_wrapper_range(a, method, 2, 2)
}

/// `x.__format__(spec)` of type `ty`: one str argument.
pub fn format_spec_arg(a: &Args, ty: &str) -> PyResult<String> {
    match one_arg(a, ty, "__format__")? {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(bad_argument("__format__", "argument", "str", &other)),
    }
}

/// An argument of the wrong type, as argument clinic words it: "replace() argument 1 must
/// be str, not int" (`which` is "argument 1", "argument 'encoding'" or "argument"); None is
/// named "None", not "NoneType".
pub fn bad_argument(func: &str, which: &str, expected: &str, got: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{}() {} must be {}, not {}",
        func,
        which,
        expected,
        arg_type_name(got)
    ))
}

/// How argument errors name the type of `v`: "None" for None, else the type's name.
pub fn arg_type_name(v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        other => other.type_name(),
    }
}

/// Is `v` usable as an integer (an int, or an object with `__index__`)?
pub fn is_index(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => v.type_of().lookup("__index__").is_some(),
        _ => false,
    }
}

/// An integer argument (`__index__`): "'str' object cannot be interpreted as an integer".
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !is_index(v) {
        return Err(crate::vm::ops::type_error_not_int(v));
    }
    vm.index_of(v, "index")
}

/// An argument CPython reads as a `Py_ssize_t` (widths, counts, maxsplit): "Python int too
/// large to convert to C ssize_t" for one that does not fit.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::modules::params::index_int_as(vm, v, "ssize_t")
}

/// An argument CPython reads as a C int: "Python int too large to convert to C int".
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = crate::modules::params::index_int_as(vm, v, "int")?;
    if i32::try_from(n).is_err() {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(n)
}

/// An optional start/end argument of the search methods (None means absent; an int too
/// large for an index clamps to the far end, as in CPython).
pub fn bound_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) if is_index(v) => bound_int(vm, v).map(Some),
        Some(_) => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// A start/end bound that may be omitted but not None (`list.index`).
fn bound_arg_not_none(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if is_index(v) => bound_int(vm, v).map(Some),
        Some(_) => Err(PyErr::type_error(
            "slice indices must be integers or have an __index__ method",
        )),
    }
}

/// A bound as an index, clamped far out of range when it is too large for one.
fn bound_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let clamped = |b: &num_bigint::BigInt| {
        if num_traits::Signed::is_negative(b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }
    };
    match v {
        Value::BigInt(b) => Ok(clamped(b)),
        // What `__index__` gives is clamped the same way.
        Value::Instance(_) => match vm.index_value(v)? {
            Value::BigInt(b) => Ok(clamped(&b)),
            n => vm.index_of(&n, "slice"),
        },
        v => vm.index_of(v, "slice"),
    }
}

/// The `(start, end)` window of a search method whose bounds are arguments `first` and
/// `first + 1`, over a sequence of `len` items. `start` may exceed `len` (then nothing,
/// not even the empty string, is found there); `end` is clamped to `len`.
pub fn window(vm: &mut Vm, a: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let start = bound_arg(vm, a.pos.get(first))?;
    let end = bound_arg(vm, a.pos.get(first + 1))?;
    Ok(super::byteseq::adjust_indices(start, end, len))
}

/// `window` for bounds that may not be None (`list.index`, `tuple.index`).
pub fn window_not_none(
    vm: &mut Vm,
    a: &Args,
    first: usize,
    len: usize,
) -> PyResult<(usize, usize)> {
    let start = bound_arg_not_none(vm, a.pos.get(first))?;
    let end = bound_arg_not_none(vm, a.pos.get(first + 1))?;
    Ok(super::byteseq::adjust_indices(start, end, len))
}
