//! The `linecache` module: source lines by file name, from the same store tracebacks use
//! (modules compiled by this process — bundled and frozen ones included — then the file
//! system). `warnings` prints the line of a warning with it.

use std::rc::Rc;

use super::params::DefParams;
use crate::objects::function::Args;
use crate::objects::OrNone;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("getline", PyBuiltin::value("getline", getline));
    m.set("getlines", PyBuiltin::value("getlines", getlines));
    m.set("clearcache", PyBuiltin::value("clearcache", clearcache));
    m.set("checkcache", PyBuiltin::value("checkcache", checkcache));
    m.set("lazycache", PyBuiltin::value("lazycache", lazycache));
    Ok(())
}

/// CPython writes linecache in Python: a wrong call gets the def-call messages.
fn bind(args: &Args, func: &str, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    DefParams {
        func,
        names,
        positional: names.len(),
        required,
    }
    .bind(args)
}

fn clearcache(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    bind(&args, "clearcache", &[], 0)?;
    Ok(Value::None)
}

/// `checkcache(filename=None)`: nothing to recheck, but the name is looked up in the
/// cache as CPython's is, so an unhashable one fails the same way.
fn checkcache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(&args, "checkcache", &["filename"], 0)?;
    if let Some(name) = p[0].as_ref().filter(|v| !v.is_none()) {
        vm.hash(name)?;
    }
    Ok(Value::None)
}

/// `lazycache(filename, module_globals)`: tote keeps no lazy entries.
fn lazycache(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(&args, "lazycache", &["filename", "module_globals"], 2)?;
    filename_of(vm, &p[0].clone().or_none())?;
    Ok(Value::bool(false))
}

/// The file name to read, or None when it names no file. CPython hashes the name (a
/// cache lookup) and, when it is true, asks it `startswith('<')`; doing the same gives a
/// wrong argument CPython's error ("unhashable type: 'list'", "'int' object has no
/// attribute 'startswith'").
fn filename_of(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Value::Str(s) = v {
        return Ok(Some(s.as_str().to_string()));
    }
    vm.hash(v)?;
    if vm.truthy(v)? {
        vm.call_method(v, "startswith", vec![Value::str("<")])?;
    }
    Ok(None)
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
    let p = bind(
        &args,
        "getline",
        &["filename", "lineno", "module_globals"],
        2,
    )?;
    let filename = filename_of(vm, &p[0].clone().or_none())?;
    let lineno = match &p[1] {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )))
        }
        None => 0,
    };
    let lines = filename.map(|f| lines_of(vm, &f)).unwrap_or_default();
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
    let p = bind(&args, "getlines", &["filename", "module_globals"], 1)?;
    let filename = filename_of(vm, &p[0].clone().or_none())?;
    let lines = filename.map(|f| lines_of(vm, &f)).unwrap_or_default();
    Ok(Value::list(lines.iter().map(|l| Value::str(l)).collect()))
}
