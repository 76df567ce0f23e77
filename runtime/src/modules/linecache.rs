//! The `linecache` module: source lines by file name, from the same store tracebacks use
//! (modules compiled by this process — bundled and frozen ones included — then the file
//! system). `warnings` prints the line of a warning with it.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("getline", PyBuiltin::value("getline", getline));
    m.set("getlines", PyBuiltin::value("getlines", getlines));
    m.set("clearcache", PyBuiltin::value("clearcache", no_op));
    m.set("checkcache", PyBuiltin::value("checkcache", no_op));
    m.set(
        "lazycache",
        PyBuiltin::value("lazycache", |_, _| Ok(Value::bool(false))),
    );
    Ok(())
}

fn no_op(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn filename_arg(args: &Args, fname: &str) -> PyResult<String> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(_) => Ok(String::new()),
        None => Err(PyErr::type_error(format!(
            "{}() missing 1 required positional argument: 'filename'",
            fname
        ))),
    }
}

/// The file's lines, each keeping its line ending; empty when the file is unknown.
fn lines_of(vm: &mut Vm, filename: &str) -> Vec<String> {
    let Some(text) = vm.source_text(filename) else {
        return Vec::new();
    };
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
    if let Some(last) = lines.last_mut() {
        if !last.ends_with('\n') {
            last.push('\n');
        }
    }
    lines
}

/// `getline(filename, lineno, module_globals=None)`: the line with its newline, or ''.
fn getline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let filename = filename_arg(&args, "getline")?;
    let lineno = match args.pos.get(1) {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => {
            return Err(PyErr::type_error(
                "getline() missing 1 required positional argument: 'lineno'",
            ))
        }
    };
    let lines = lines_of(vm, &filename);
    if lineno < 1 {
        return Ok(Value::str(""));
    }
    Ok(match lines.get(lineno as usize - 1) {
        Some(l) => Value::str(l),
        None => Value::str(""),
    })
}

/// `getlines(filename, module_globals=None)`: every line of the file.
fn getlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let filename = filename_arg(&args, "getlines")?;
    let lines = lines_of(vm, &filename);
    Ok(Value::list(lines.iter().map(|l| Value::str(l)).collect()))
}
