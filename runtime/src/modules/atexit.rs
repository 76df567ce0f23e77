//! The `atexit` module: functions registered to run when the interpreter exits, last
//! registered first, after the program ends normally, by `sys.exit` or by an uncaught
//! exception.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("register", PyBuiltin::value("register", register));
    m.set("unregister", PyBuiltin::value("unregister", unregister));
    m.set(
        "_run_exitfuncs",
        PyBuiltin::value("_run_exitfuncs", run_exitfuncs_builtin),
    );
    m.set("_clear", PyBuiltin::value("_clear", clear));
    m.set("_ncallbacks", PyBuiltin::value("_ncallbacks", ncallbacks));
    Ok(())
}

fn register(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error(
            "register() takes at least 1 argument (0 given)",
        ));
    }
    let func = args.pos.remove(0);
    if !super::builtins_introspect::is_callable(&func) {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    vm.atexit.push((func.clone(), args));
    Ok(func)
}

fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("atexit.unregister", 1, 1)?;
    let target = &args.pos[0];
    let mut kept = Vec::new();
    for (f, a) in std::mem::take(&mut vm.atexit) {
        if !vm.eq(&f, target)? {
            kept.push((f, a));
        }
    }
    vm.atexit = kept;
    Ok(Value::None)
}

fn run_exitfuncs_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_run_exitfuncs", 0, 0)?;
    run_exitfuncs(vm);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_clear", 0, 0)?;
    vm.atexit.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("_ncallbacks", 0, 0)?;
    Ok(Value::Int(vm.atexit.len() as i64))
}

/// Runs and forgets every registered function, newest first. An exception in one is
/// reported on stderr as CPython reports it, and the others still run.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some((func, args)) = vm.atexit.pop() {
        if let Err(e) = vm.call_args(&func, args) {
            let what = vm.repr(&func).unwrap_or_default();
            let text = vm.format_unraisable(&e.exc);
            vm.flush_stdout();
            eprint!("Exception ignored in atexit callback: {}\n{}", what, text);
        }
    }
}
