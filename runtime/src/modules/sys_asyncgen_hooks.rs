//! `sys.set_asyncgen_hooks` / `sys.get_asyncgen_hooks`, and where the hooks act: an async
//! generator's first `__anext__`/`asend`/`athrow`/`aclose` call calls `firstiter` with it and
//! remembers the `finalizer` then in effect; when the generator is dropped unfinished, that
//! finalizer is called with it instead of closing it (`vm/generator.rs`,
//! `Vm::run_finalizers`). This is how an event loop learns of async generators it must
//! close itself.

use std::cell::RefCell;
use std::rc::Rc;

use super::struct_seq;
use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyErr, PyModule, PyResult, PyType, Value};
use crate::vm::generator::PyGenerator;
use crate::vm::Vm;

thread_local! {
    /// The hooks in effect: (firstiter, finalizer), None when unset.
    static HOOKS: RefCell<(Value, Value)> = const { RefCell::new((Value::None, Value::None)) };
    static HOOKS_TYPE: Rc<PyType> =
        struct_seq::new_type("builtins", "asyncgen_hooks", &["firstiter", "finalizer"], 2);
}

pub fn install(sys: &PyModule) {
    sys.set(
        "get_asyncgen_hooks",
        PyBuiltin::value("get_asyncgen_hooks", get_hooks),
    );
    sys.set(
        "set_asyncgen_hooks",
        PyBuiltin::value("set_asyncgen_hooks", set_hooks),
    );
}

fn current() -> (Value, Value) {
    HOOKS
        .try_with(|h| h.borrow().clone())
        .unwrap_or((Value::None, Value::None))
}

fn get_hooks(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("sys.get_asyncgen_hooks", 0, 0)?;
    let (firstiter, finalizer) = current();
    let ty = HOOKS_TYPE
        .try_with(|t| t.clone())
        .map_err(|_| PyErr::runtime_error("sys is finalizing"))?;
    Ok(struct_seq::new_instance(&ty, vec![firstiter, finalizer]))
}

/// `set_asyncgen_hooks(firstiter=..., finalizer=...)`: an omitted hook keeps its value, None
/// unsets it; nothing changes unless both given values are acceptable.
fn set_hooks(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    // CPython parses these arguments with its old-style parser, whose messages name no
    // function.
    let names = ["firstiter", "finalizer"];
    if a.pos.len() > names.len() {
        return Err(PyErr::type_error(format!(
            "function takes at most 2 arguments ({} given)",
            a.pos.len() + a.kw.len()
        )));
    }
    let mut slots: [Option<Value>; 2] = [a.pos.first().cloned(), a.pos.get(1).cloned()];
    for (key, value) in &a.kw {
        let Some(i) = names.iter().position(|n| *n == key.as_str()) else {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for this function",
                key.as_str()
            )));
        };
        if slots[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for function given by name ('{}') and position ({})",
                names[i],
                i + 1
            )));
        }
        slots[i] = Some(value.clone());
    }
    let [firstiter, finalizer] = slots;
    // CPython checks the finalizer first.
    for (name, hook) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = hook {
            if !v.is_none() && !super::builtins_introspect::is_callable(v) {
                return Err(PyErr::type_error(format!(
                    "callable {} expected, got {}",
                    name,
                    v.type_name()
                )));
            }
        }
    }
    let _ = HOOKS.try_with(|h| {
        let mut h = h.borrow_mut();
        if let Some(v) = firstiter {
            h.0 = v;
        }
        if let Some(v) = finalizer {
            h.1 = v;
        }
    });
    Ok(Value::None)
}

/// Before an async generator's first `__anext__`/`asend`/`athrow`/`aclose`: remember the
/// finalizer and call `firstiter` with the generator (once, even if it fails).
pub fn first_iteration(vm: &mut Vm, agen: &Rc<PyGenerator>) -> PyResult<()> {
    if agen.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = current();
    if !finalizer.is_none() {
        *agen.async_finalizer.borrow_mut() = Some(finalizer);
    }
    if !firstiter.is_none() {
        vm.call(&firstiter, vec![Value::Generator(agen.clone())])?;
    }
    Ok(())
}
