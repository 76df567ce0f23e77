//! What frames and the Rust state of native objects refer to, for the cycle collector
//! (`Value::trace` covers the values themselves).
//!
//! A suspended generator owns its frame, a frame object that outlived its activation owns
//! the locals it took over, and a traceback object owns its frame object and the next
//! traceback: each is a link in the cycles exceptions make (`e.__traceback__` → frame →
//! the local `e`), so each must be reported.

use std::any::Any;

use crate::objects::Value;

use super::Frame;

impl Frame {
    /// Visits every value the frame refers to: its locals, stack and cells, its globals,
    /// namespaces, the exception it saved and its frame object.
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.values.iter().for_each(|v| visit(v));
        for c in self.cells.iter() {
            visit(&Value::Cell(c.clone()));
        }
        visit(&Value::Dict(self.globals.clone()));
        for d in self.namespace.iter().chain(self.locals_dict.iter()) {
            visit(&Value::Dict(d.clone()));
        }
        if let Some(ns) = &self.namespace_object {
            visit(ns);
        }
        visit(&self.saved_exc);
        if let Some(obj) = &self.obj {
            visit(&Value::Instance(obj.clone()));
        }
    }
}

/// Visits the references held by a native instance's Rust state, for the kinds of state
/// that hold any.
pub fn trace_native(native: &dyn Any, visit: &mut dyn FnMut(&Value)) {
    if !super::frame_objects::trace_state(native, visit) {
        super::tb_objects::trace_state(native, visit);
    }
}
