//! The methods of the builtin types, one file per type, registered into each type's dict
//! once per thread. Every method is a `NativeFn` whose `pos[0]` is the receiver.

pub mod bytearray;
pub mod bytes;
pub mod bytes_new;
pub mod byteseq;
pub mod complex;
pub mod dict;
pub mod dict_views;
pub mod int_bytes;
pub mod iter_reduce;
pub mod list;
pub mod memoryview;
pub mod method_args;
pub mod numbers;
pub mod object;
pub mod operators;
pub mod protocols;
pub mod range;
pub mod reduce;
pub mod set;
pub mod str;
pub mod str_format;
pub mod str_search;
pub mod value_base;

use crate::objects::OrNone;
use std::cell::Cell;

use crate::objects::function::{Args, NativeFn};
use crate::objects::{PyBuiltin, PyErr, PyResult, PyType, Value};

/// Adds methods to a type's dict.
pub fn add_methods(ty: &PyType, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        ty.dict.set_str(name, PyBuiltin::value(name, *f));
    }
}

/// Adds a method unless the type's dict already has an entry of that name.
pub fn add_missing(ty: &PyType, name: &'static str, f: NativeFn) {
    if ty.dict.get_str(name).is_none() {
        ty.dict.set_str(name, PyBuiltin::value(name, f));
    }
}

/// Adds methods that are called on the class (`dict.fromkeys`).
pub fn add_classmethods(ty: &PyType, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        let mut b = PyBuiltin::new(name, *f);
        b.is_classmethod = true;
        ty.dict.set_str(name, Value::Builtin(std::rc::Rc::new(b)));
    }
}

thread_local! {
    static REGISTERED: Cell<bool> = const { Cell::new(false) };
}

pub fn register_all() {
    if REGISTERED.with(|r| r.replace(true)) {
        return;
    }
    object::register();
    reduce::register();
    str::register();
    bytes::register();
    bytearray::register();
    memoryview::register();
    list::register();
    dict::register();
    dict_views::register();
    set::register();
    numbers::register();
    complex::register();
    range::register();
    iter_reduce::register();
    protocols::register();
    operators::register();
    value_base::register();
    crate::objects::exception_group::register();
    crate::objects::exception_members::register();
    crate::vm::property::register();
    crate::vm::method_wrappers::register();
    crate::vm::slots::register();
    crate::vm::instance_getsets::register();
    crate::vm::type_getsets::register();
    crate::vm::special_getsets::register();
    crate::vm::code_replace::register();
    crate::vm::builtin_new::register_refusals();
    crate::vm::builtin_names::record_type_methods();
}

/// The receiver of a method call, checked against the expected variant by the caller.
pub fn receiver(args: &Args) -> Value {
    args.pos.first().cloned().or_none()
}

/// The receiver for a method's `this` check: `Value::Null` when the method was called on
/// the class without one (`str.upper()`), which `wrong_receiver` reports. Never hand the
/// result to Python code.
pub fn receiver_to_check(args: &Args) -> Value {
    args.pos.first().cloned().or_null()
}

/// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object", or
/// "unbound method list.append() needs an argument" when there is no receiver at all.
pub fn wrong_receiver(method: &str, ty: &str, got: &Value) -> PyErr {
    // A slot wrapper (`list.__len__`) words both errors its own way.
    if crate::vm::builtin_names::is_slot_name(ty, method) {
        return PyErr::type_error(if got.is_null() {
            format!(
                "descriptor '{}' of '{}' object needs an argument",
                method, ty
            )
        } else {
            format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                method,
                ty,
                got.type_name()
            )
        });
    }
    if got.is_null() {
        return PyErr::type_error(format!(
            "unbound method {}.{}() needs an argument",
            ty, method
        ));
    }
    PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method,
        ty,
        got.type_name()
    ))
}

pub type MethodResult = PyResult<Value>;
