//! Code run in a namespace that is not an exact dict — a class body in what a metaclass's
//! `__prepare__` returned, or `exec`/`eval` given a mapping as locals:
//! `LoadName`/`StoreName`/`DeleteName`/`LoadClassDeref`/`SetupAnnotations` then use the
//! mapping's item protocol (`ns[name] = v` calls an overridden `__setitem__`), with a
//! missing name (KeyError) falling back to the globals and builtins as usual. Kept out of
//! the dispatch loop, which only checks `Frame::namespace_object`.

use super::unbound_names::{cell_value, name_not_defined};
use super::Vm;
use crate::objects::{types, PyErr, PyResult, PyStr, Value};
use std::rc::Rc;

impl Vm {
    /// `ns[name]`, or None when the mapping raises KeyError.
    fn mapped_lookup(&mut self, fi: usize, name: &str) -> PyResult<Option<Value>> {
        let Some(ns) = self.frames.get(fi).and_then(|f| f.namespace_object.clone()) else {
            return Ok(None);
        };
        match self.get_item(&ns, &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is_instance(&types().exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `LoadName` in a class body with a prepared mapping.
    #[inline(never)]
    pub(super) fn load_name_mapped(&mut self, fi: usize, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.mapped_lookup(fi, name.as_str())? {
            return Ok(v);
        }
        let Some(f) = self.frames.get(fi) else {
            return Err(name_not_defined(name.as_str()));
        };
        let found = f.globals.get_name(name).or_else(|| {
            super::frame_builtins::code_builtins(&f.code, &self.builtins).get_name(name)
        });
        match found {
            Some(v) => Ok(v),
            None => self.builtin_from_mapping(fi, Some(name)),
        }
    }

    /// `LoadClassDeref` (a free variable read in a class body) with a prepared mapping.
    #[inline(never)]
    pub(super) fn load_class_deref_mapped(
        &mut self,
        fi: usize,
        cell: usize,
        name: &str,
    ) -> PyResult<Value> {
        if let Some(v) = self.mapped_lookup(fi, name)? {
            return Ok(v);
        }
        match self.frames.get(fi) {
            Some(f) => cell_value(f, cell),
            None => Err(name_not_defined(name)),
        }
    }

    /// `SetupAnnotations` with a prepared mapping: `ns['__annotations__'] = {}` unless the
    /// mapping has that key.
    #[inline(never)]
    pub(super) fn setup_annotations_mapped(&mut self, fi: usize) -> PyResult<()> {
        if self.mapped_lookup(fi, "__annotations__")?.is_some() {
            return Ok(());
        }
        let Some(ns) = self.frames.get(fi).and_then(|f| f.namespace_object.clone()) else {
            return Ok(());
        };
        let annotations = Value::dict(crate::objects::PyDict::new());
        self.set_item(&ns, Value::str("__annotations__"), annotations)
    }

    /// `DeleteName` with a prepared mapping: `del ns[name]`; whatever that raises becomes
    /// the NameError (CPython reports any failure so, not only a KeyError).
    #[inline(never)]
    pub(super) fn delete_name_mapped(&mut self, ns: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        self.del_item(ns, &Value::Str(name.clone()))
            .map_err(|_| name_not_defined(name.as_str()))
    }
}

/// The error for a `__prepare__` that returned something that is not a mapping.
pub fn prepare_not_mapping(meta: &str, got: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{}.__prepare__() must return a mapping, not {}",
        meta,
        got.type_name()
    ))
}
