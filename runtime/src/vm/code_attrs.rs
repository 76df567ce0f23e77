//! The `co_*` attributes of code objects, read from the compiled `CodeObject` and given the
//! shapes and values CPython 3.11 gives them (`co_flags` with CPython's bits, name tables as
//! tuples of str).

use crate::bytecode::code_flags;
use crate::objects::function::PyCode;
use crate::objects::Value;

/// The attributes `code_attr` answers, for `dir()`.
pub const CODE_ATTRIBUTES: &[&str] = &[
    "co_argcount",
    "co_cellvars",
    "co_consts",
    "co_filename",
    "co_firstlineno",
    "co_flags",
    "co_freevars",
    "co_kwonlyargcount",
    "co_name",
    "co_names",
    "co_nlocals",
    "co_posonlyargcount",
    "co_qualname",
    "co_stacksize",
    "co_varnames",
];

/// CPython's CO_OPTIMIZED | CO_NEWLOCALS: set on function code, not on module, class or
/// `exec` code.
const OPTIMIZED_NEWLOCALS: u32 = 0x1 | 0x2;

/// The flag bits CPython defines that tote's code flags share (tote's own bits, such as
/// `MODULE_OR_CLASS`, are not shown).
const SHARED_FLAGS: u32 = code_flags::VARARGS
    | code_flags::VARKEYWORDS
    | code_flags::NESTED
    | code_flags::GENERATOR
    | code_flags::COROUTINE
    | code_flags::ITERABLE_COROUTINE
    | code_flags::ASYNC_GENERATOR;

fn names(list: &[String]) -> Value {
    Value::tuple(list.iter().map(|s| Value::str(s)).collect())
}

/// `code.<name>`, or None if code objects have no such attribute.
pub fn code_attr(c: &PyCode, name: &str) -> Option<Value> {
    let co = &c.code;
    let int = |n: u32| Value::Int(n as i64);
    Some(match name {
        "co_name" => Value::str(&co.name),
        "co_qualname" => Value::str(&co.qualname),
        "co_filename" => Value::str(&co.filename),
        "co_firstlineno" => int(co.first_line),
        "co_argcount" => int(co.argcount),
        "co_posonlyargcount" => int(co.posonlyargcount),
        "co_kwonlyargcount" => int(co.kwonlyargcount),
        "co_nlocals" => Value::Int(co.varnames.len() as i64),
        "co_stacksize" => int(co.max_stack),
        "co_varnames" => names(&co.varnames),
        "co_cellvars" => names(&co.cellvars),
        "co_freevars" => names(&co.freevars),
        "co_names" => names(&co.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_flags" => {
            let mut flags = co.flags & SHARED_FLAGS;
            if co.flags & code_flags::MODULE_OR_CLASS == 0 {
                flags |= OPTIMIZED_NEWLOCALS;
            }
            int(flags)
        }
        _ => return None,
    })
}
