//! `code.replace(**changes)`: a copy of a code object with some of its fields changed, as
//! `types.coroutine` uses to mark a generator function's code as an awaitable coroutine.
//!
//! tote's code is compiled instructions, not CPython bytecode, so only the fields that do
//! not change how the instructions run can be replaced: the names (`co_name`,
//! `co_qualname`, `co_filename`), `co_firstlineno`, and the `co_flags` bits that are not
//! part of the calling convention (`CO_ITERABLE_COROUTINE`, `CO_NESTED`). Any other field
//! is accepted only with its current value.

use crate::bytecode::code_flags;
use crate::modules::params::Params;
use crate::objects::function::{Args, PyCode};
use crate::objects::methods::{add_methods, receiver, wrong_receiver};
use crate::objects::{types, PyErr, PyResult, Value};

use super::Vm;

/// `replace()`'s keyword-only parameters, in CPython's order.
const FIELDS: &[&str] = &[
    "co_argcount",
    "co_posonlyargcount",
    "co_kwonlyargcount",
    "co_nlocals",
    "co_stacksize",
    "co_flags",
    "co_firstlineno",
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

/// The flag bits `co_flags` shows and `replace` may change: the ones that say how a call
/// binds its arguments and what kind of frame it makes must stay as compiled.
const CHANGEABLE_FLAGS: u32 = code_flags::ITERABLE_COROUTINE | code_flags::NESTED;

/// The flag bits that must keep their value.
const FIXED_FLAGS: u32 = code_flags::VARARGS
    | code_flags::VARKEYWORDS
    | code_flags::GENERATOR
    | code_flags::COROUTINE
    | code_flags::ASYNC_GENERATOR;

pub fn register() {
    add_methods(&types().code, &[("replace", replace)]);
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Value::Code(old) = receiver(&a) else {
        return Err(wrong_receiver("replace", "code", &receiver(&a)));
    };
    if a.pos.len() > 1 {
        return Err(PyErr::type_error("replace() takes no positional arguments"));
    }
    let params = Params {
        func: "replace",
        names: FIELDS,
        required: 0,
        positional: 0,
    };
    let slots = params.bind_method(&a)?;
    let mut code = old.code.clone();
    for (name, slot) in FIELDS.iter().zip(slots) {
        let Some(value) = slot else { continue };
        match *name {
            "co_name" | "co_qualname" | "co_filename" => {
                let Value::Str(s) = &value else {
                    return Err(PyErr::type_error(format!(
                        "replace() argument '{}' must be str, not {}",
                        name,
                        value.type_name()
                    )));
                };
                let s = s.as_str().to_string();
                match *name {
                    "co_name" => code.name = s,
                    "co_qualname" => code.qualname = s,
                    _ => code.filename = s,
                }
            }
            "co_firstlineno" => {
                let n = vm.index_value(&value)?;
                match n {
                    Value::Int(n) if n > 0 && n <= i64::from(u32::MAX) => {
                        code.first_line = n as u32
                    }
                    _ => {
                        return Err(PyErr::value_error(
                            "co_firstlineno must be a positive integer",
                        ))
                    }
                }
            }
            "co_flags" => {
                let n = match vm.index_value(&value)? {
                    Value::Int(n) if (0..=i64::from(u32::MAX)).contains(&n) => n as u32,
                    _ => return Err(PyErr::overflow_error("co_flags out of range")),
                };
                if (n ^ code.flags) & FIXED_FLAGS != 0 {
                    return Err(PyErr::value_error(
                        "code.replace(): tote cannot change how a code object is called \
                         (the generator, coroutine and *args/**kwargs flags)",
                    ));
                }
                code.flags = (code.flags & !CHANGEABLE_FLAGS) | (n & CHANGEABLE_FLAGS);
            }
            other => {
                let current = super::code_attrs::code_attr(&old, other);
                let same = match &current {
                    Some(c) => vm.eq(c, &value)?,
                    None => false,
                };
                if !same {
                    return Err(PyErr::value_error(format!(
                        "code.replace(): tote cannot change {}",
                        other
                    )));
                }
            }
        }
    }
    let new = PyCode::new(code);
    let new = match &old.builtins {
        Some(b) => new.with_builtins(Some(b.clone())),
        None => new,
    };
    new.stands_in_for_native.set(old.stands_in_for_native.get());
    Ok(Value::Code(new))
}
