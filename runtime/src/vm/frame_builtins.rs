//! Which builtins a frame's global names fall back to. As in CPython 3.11 they come from the
//! globals' `__builtins__` (a dict, or a module standing for its dict) when a function or an
//! `exec`/`eval` frame is made, and stay fixed for that function or frame; globals without
//! `__builtins__` inherit the running frame's. Nearly every frame uses the VM's own builtins
//! dict, recorded as None in `Frame::builtins` and `PyFunction::builtins`, so the common case
//! stores and checks nothing more than an empty option: only code given other builtins
//! (`exec(src, {'__builtins__': {...}})`) carries its own dict.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::objects::{PyDict, Value};

/// The builtins dict `frame` looks names up in: its own, else the VM's.
#[inline(always)]
pub fn frame_builtins<'a>(frame: &'a Frame, vm_builtins: &'a Rc<PyDict>) -> &'a Rc<PyDict> {
    match &frame.builtins {
        Some(b) => b,
        None => vm_builtins,
    }
}

impl Vm {
    /// The builtins of the innermost running frame (the VM's outside any frame).
    pub fn current_builtins(&self) -> Rc<PyDict> {
        match self.frames.last() {
            Some(f) => frame_builtins(f, &self.builtins).clone(),
            None => self.builtins.clone(),
        }
    }

    /// The builtins named by `globals['__builtins__']`, the running frame's when there is
    /// none; None when they are the VM's own.
    pub fn builtins_named_by(&self, globals: &PyDict) -> Option<Rc<PyDict>> {
        let inherited = self.frames.last().and_then(|f| f.builtins.as_ref());
        named_builtins(globals, inherited, &self.builtins)
    }
}

/// The builtins of a function that `frame` makes: a function frame passes its own on (its
/// globals' `__builtins__` could only have been rebound by a `global __builtins__`
/// statement); a module, class body or `exec` frame reads its globals again, since its code
/// may have assigned `__builtins__` since it started.
#[inline(never)]
pub fn builtins_for_new_function(vm_builtins: &Rc<PyDict>, frame: &Frame) -> Option<Rc<PyDict>> {
    if frame.namespace.is_none() {
        return frame.builtins.clone();
    }
    named_builtins(&frame.globals, frame.builtins.as_ref(), vm_builtins)
}

/// `globals['__builtins__']` as a dict (None for the VM's own), `inherited` when absent. A
/// dict subclass is used through its dict; a `__builtins__` that is neither a dict nor a
/// module provides no names at all (CPython would index it).
fn named_builtins(
    globals: &PyDict,
    inherited: Option<&Rc<PyDict>>,
    vm_builtins: &Rc<PyDict>,
) -> Option<Rc<PyDict>> {
    let dict = match globals.get_str("__builtins__") {
        None => return inherited.cloned(),
        Some(Value::Module(m)) => m.dict.clone(),
        Some(Value::Dict(d)) => d,
        Some(other) => match super::subclass::base_value(&other) {
            Some(Value::Dict(d)) => d,
            _ => Rc::new(PyDict::new()),
        },
    };
    (!Rc::ptr_eq(&dict, vm_builtins)).then_some(dict)
}

/// `class` statement in code whose builtins have no `__build_class__`.
#[cold]
pub fn no_build_class() -> crate::objects::PyErr {
    crate::objects::PyErr::new(
        &crate::objects::types().exc.name_error,
        "__build_class__ not found",
    )
}
