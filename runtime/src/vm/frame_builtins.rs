//! Which builtins global names fall back to. As in CPython 3.11 they come from the globals'
//! `__builtins__` (a dict, or a module standing for its dict) when a function or an
//! `exec`/`eval` frame is made, and stay fixed for it; globals without `__builtins__`
//! inherit the running code's.
//!
//! tote keeps them on the code object rather than on every function and frame: nearly all
//! code uses the VM's own builtins (`PyCode::builtins` is None), so calls carry and drop
//! nothing more and `LoadGlobal` only reads the field on its builtins path. Code that runs or
//! is defined with other builtins (`exec(src, {'__builtins__': {...}})`) runs as a copy of
//! its code object with them, its inline caches its own too. A `__builtins__` that is some
//! other mapping is asked, out of line, for each name the dicts lack.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::objects::function::PyCode;
use crate::objects::{PyDict, PyErr, PyResult, PyStr, Value};

/// The builtins dict `code` looks names up in: its own, else the VM's.
#[inline(always)]
pub fn code_builtins<'a>(code: &'a PyCode, vm_builtins: &'a PyDict) -> &'a PyDict {
    match &code.builtins {
        Some(b) => b,
        None => vm_builtins,
    }
}

impl Vm {
    /// The builtins of the innermost running code (the VM's outside any frame).
    pub fn current_builtins(&self) -> Rc<PyDict> {
        match self.frames.last() {
            Some(f) => f
                .code
                .builtins
                .clone()
                .unwrap_or_else(|| self.builtins.clone()),
            None => self.builtins.clone(),
        }
    }

    /// `code` to run with the builtins `globals` names (the running code's when it names
    /// none), as `exec`/`eval` run it.
    pub fn code_for_globals(&self, code: Rc<PyCode>, globals: &PyDict) -> Rc<PyCode> {
        let inherited = self.frames.last().and_then(|f| f.code.builtins.as_ref());
        let builtins = named_builtins(globals, inherited, &self.builtins);
        with_builtins(code, builtins)
    }
}

/// The code of a function that `frame` makes out of `code`: code of a function frame with
/// the VM's builtins passes through untouched (its globals' `__builtins__` could only have
/// been rebound by a `global __builtins__` statement); otherwise the globals are read again,
/// since module, class-body and `exec` code may have assigned `__builtins__` meanwhile.
#[inline(always)]
pub fn function_code(vm_builtins: &Rc<PyDict>, frame: &Frame, code: Rc<PyCode>) -> Rc<PyCode> {
    if frame.namespace.is_none() && frame.code.builtins.is_none() && code.builtins.is_none() {
        return code;
    }
    function_code_slow(vm_builtins, frame, code)
}

#[inline(never)]
fn function_code_slow(vm_builtins: &Rc<PyDict>, frame: &Frame, code: Rc<PyCode>) -> Rc<PyCode> {
    let builtins = if frame.namespace.is_none() {
        frame.code.builtins.clone()
    } else {
        named_builtins(&frame.globals, frame.code.builtins.as_ref(), vm_builtins)
    };
    with_builtins(code, builtins)
}

/// `code` running with `builtins`: itself when it already does, else a copy (changed in
/// place when nothing else holds it, as freshly compiled source).
fn with_builtins(mut code: Rc<PyCode>, builtins: Option<Rc<PyDict>>) -> Rc<PyCode> {
    let same = match (&code.builtins, &builtins) {
        (None, None) => true,
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        _ => false,
    };
    if same {
        return code;
    }
    if let Some(own) = Rc::get_mut(&mut code) {
        own.builtins = builtins;
        // Inline caches that found names in other builtins no longer apply.
        for c in &own.global_cache {
            c.set(Default::default());
        }
        return code;
    }
    code.with_builtins(builtins)
}

/// `globals['__builtins__']` as a dict (None for the VM's own), `inherited` when absent. A
/// dict subclass is used through its dict; a `__builtins__` that is neither a dict nor a
/// module has an empty one here, every look-up missing it and going to the mapping itself
/// (`Vm::builtin_from_mapping`).
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
            _ => PyDict::new_tracked(),
        },
    };
    (!Rc::ptr_eq(&dict, vm_builtins)).then_some(dict)
}

impl Vm {
    /// A name `LoadName`/`LoadGlobal` found in neither the globals nor the builtins dict.
    /// When the globals' `__builtins__` is a mapping rather than a dict or a module, CPython
    /// looks every builtin up with `__getitem__`: ask it now (a dict subclass's storage
    /// was already searched, so this reaches its `__missing__`); its KeyError means the
    /// name is not defined. Anything else raised propagates, as `{'__builtins__': 5}`'s
    /// "not subscriptable" does.
    /// `LoadName`'s last step: `name` in the builtins of `code` (or its `__builtins__`
    /// mapping); out of line, as the dispatch loop's rare paths are.
    #[inline(never)]
    pub(super) fn load_builtin_name(
        &mut self,
        fi: usize,
        code: &PyCode,
        name: &Rc<PyStr>,
    ) -> PyResult<Value> {
        match code_builtins(code, &self.builtins).get_name(name) {
            Some(v) => Ok(v),
            None => self.builtin_from_mapping(fi, Some(name)),
        }
    }

    #[cold]
    #[inline(never)]
    pub(super) fn builtin_from_mapping(
        &mut self,
        fi: usize,
        name: Option<&Rc<PyStr>>,
    ) -> PyResult<Value> {
        let Some(name) = name else {
            return Err(super::unbound_names::name_not_defined(""));
        };
        let mapping = self
            .frames
            .get(fi)
            .and_then(|f| f.globals.get_str("__builtins__"));
        match mapping {
            None | Some(Value::Dict(_) | Value::Module(_)) => {
                Err(super::unbound_names::name_not_defined(name.as_str()))
            }
            Some(m) => match self.get_item(&m, &Value::Str(name.clone())) {
                Err(e) if e.is_instance(&crate::objects::types().exc.key_error) => {
                    Err(super::unbound_names::name_not_defined(name.as_str()))
                }
                r => r,
            },
        }
    }
}

/// `LoadBuildClass`: the builtins' `__build_class__`, which code given other builtins may
/// lack.
#[inline(never)]
pub fn build_class_function(code: &PyCode, vm_builtins: &PyDict) -> PyResult<Value> {
    code_builtins(code, vm_builtins)
        .get_str("__build_class__")
        .ok_or_else(|| {
            PyErr::new(
                &crate::objects::types().exc.name_error,
                "__build_class__ not found",
            )
        })
}
