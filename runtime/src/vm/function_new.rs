//! `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`: a function
//! built from a code object at run time, with CPython's argument checks and messages (the
//! constructor a class statement also reaches when a function is used as a base), and
//! `types.CellType(contents)`, the cells such closures take.

use std::cell::RefCell;
use std::rc::Rc;

use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyFunction, PyResult, Value};

use super::Vm;

/// The function type's constructor; `args.pos[0]` is the class.
pub fn ctor_function(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    let params = Params {
        func: "function",
        names: &["code", "globals", "name", "argdefs", "closure"],
        required: 2,
        positional: 5,
    };
    let mut slots = params.bind(args)?.into_iter();
    let mut next = || slots.next().flatten().unwrap_or(Value::None);
    let (code, globals, name, argdefs, closure) = (next(), next(), next(), next(), next());
    let Value::Code(code) = code else {
        return Err(PyErr::type_error(format!(
            "function() argument 'code' must be code, not {}",
            code.type_name()
        )));
    };
    let Value::Dict(globals) = globals else {
        return Err(PyErr::type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            globals.type_name()
        )));
    };
    let name = match name {
        Value::None => code.code.name.clone(),
        Value::Str(s) => s.as_str().to_string(),
        _ => return Err(PyErr::type_error("arg 3 (name) must be None or string")),
    };
    let defaults = match argdefs {
        Value::None => None,
        Value::Tuple(t) => Some(t),
        _ => return Err(PyErr::type_error("arg 4 (defaults) must be None or tuple")),
    };
    let closure = closure_cells(&code.code.freevars, &name, closure)?.into();
    let module = globals.get_str("__name__").unwrap_or(Value::None);
    let doc = code
        .code
        .docstring
        .clone()
        .map(Value::string)
        .unwrap_or(Value::None);
    Ok(Value::function(PyFunction {
        name: RefCell::new(name),
        qualname: RefCell::new(code.code.qualname.clone()),
        globals,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(None),
        closure,
        annotations: RefCell::new(None),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        dict: RefCell::new(None),
        weakly_referenced: std::cell::Cell::new(false),
        code: RefCell::new(code),
    }))
}

/// The `closure` argument: a tuple of exactly one cell per free variable of the code.
fn closure_cells(
    freevars: &[String],
    name: &str,
    closure: Value,
) -> PyResult<Vec<Rc<crate::objects::PyCell>>> {
    let items = match closure {
        Value::None if freevars.is_empty() => return Ok(Vec::new()),
        Value::None => return Err(PyErr::type_error("arg 5 (closure) must be tuple")),
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(PyErr::type_error("arg 5 (closure) must be None or tuple")),
    };
    if items.len() != freevars.len() {
        return Err(PyErr::value_error(format!(
            "{} requires closure of length {}, not {}",
            name,
            freevars.len(),
            items.len()
        )));
    }
    items
        .into_iter()
        .map(|c| match c {
            Value::Cell(c) => Ok(c),
            other => Err(PyErr::type_error(format!(
                "arg 5 (closure) expected cell, found {}",
                other.type_name()
            ))),
        })
        .collect()
}

/// The cell type's constructor: `CellType()` is an empty cell, `CellType(v)` holds `v`.
pub fn ctor_cell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::methods::method_args::constructor_args(&args, "cell", 0, 1)?;
    let contents = args.pos.get(1).cloned().unwrap_or(Value::Null);
    Ok(Value::Cell(crate::objects::PyCell::new(contents)))
}
