//! The `linecache` module: source lines by file name, from the same store tracebacks use
//! (modules compiled by this process — bundled and frozen ones included — then the file
//! system). `warnings` prints the line of a warning with it.

use std::rc::Rc;

use super::params::DefParams;
use crate::bytecode::CmpOp;
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
    if filename_of(vm, &p[0].clone().or_none())?.is_some_and(|n| !names_no_file(&n)) {
        check_module_globals(vm, &p[1])?;
    }
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
    let lines = lines_for(vm, &p[0], &p[2])?;
    let lineno = p[1].clone().or_none();
    let index = match lineno {
        Value::Int(n) => n,
        Value::Bool(b) => b as i64,
        // CPython tests `1 <= lineno <= len(lines)` and then indexes the list, so another
        // type fails (or not) as those operations do.
        other => {
            let low = vm.compare(&Value::Int(1), &other, CmpOp::Le)?;
            let high = vm.compare(&other, &Value::from(lines.len()), CmpOp::Le)?;
            if vm.truthy(&low)? && vm.truthy(&high)? {
                return Err(PyErr::type_error(format!(
                    "list indices must be integers or slices, not {}",
                    other.type_name()
                )));
            }
            return Ok(Value::str(""));
        }
    };
    if index < 1 {
        return Ok(Value::str(""));
    }
    Ok(match lines.get(index as usize - 1) {
        Some(l) => Value::str(l),
        None => Value::str(""),
    })
}

/// `getlines(filename, module_globals=None)`: every line of the file.
fn getlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = bind(&args, "getlines", &["filename", "module_globals"], 1)?;
    let lines = lines_for(vm, &p[0], &p[1])?;
    Ok(Value::list(lines.iter().map(|l| Value::str(l)).collect()))
}

/// The lines of the file named by the `filename` argument. For a file it cannot find,
/// CPython consults `module_globals` (`'__name__' in module_globals` when it is true), so
/// a wrong one fails there as it does.
fn lines_for(
    vm: &mut Vm,
    filename: &Option<Value>,
    module_globals: &Option<Value>,
) -> PyResult<Vec<String>> {
    let Some(name) = filename_of(vm, &filename.clone().or_none())? else {
        return Ok(Vec::new());
    };
    let lines = lines_of(vm, &name);
    if lines.is_empty() && !names_no_file(&name) {
        check_module_globals(vm, module_globals)?;
    }
    Ok(lines)
}

/// '' and '<string>'-like names, which CPython never looks for on disk.
fn names_no_file(name: &str) -> bool {
    name.is_empty() || (name.starts_with('<') && name.ends_with('>'))
}

fn check_module_globals(vm: &mut Vm, module_globals: &Option<Value>) -> PyResult<()> {
    if let Some(g) = module_globals {
        if vm.truthy(g)? {
            vm.contains(g, &Value::str("__name__"))?;
        }
    }
    Ok(())
}
