//! `C.__bases__ = (...)`: replacing a class's bases after it was made, with CPython 3.11's
//! checks (a tuple of classes, no inheritance cycle, the same instance layout) and its
//! effects (the MRO of the class and of every subclass recomputed, `__subclasses__()` of
//! the old and new bases updated, cached look-ups forgotten); and a metaclass's own
//! `mro()` deciding the MRO of a class it makes.

use std::rc::Rc;

use crate::objects::typeobj::{best_layout, c3_merge, inherited_slots, invalidate_attr_cache};
use crate::objects::{PyErr, PyResult, PyType, Value};
use crate::vm::Vm;

/// The base that decides the instance layout: the first base that is not plain `object`
/// (CPython's "solid base"), or `object`.
fn layout_base(bases: &[Rc<PyType>]) -> Option<Rc<PyType>> {
    bases
        .iter()
        .find(|b| !b.builtin || b.layout != crate::objects::typeobj::Layout::Object)
        .or_else(|| bases.first())
        .cloned()
}

/// Does an instance made with `old` bases fit a class with `new` bases?
fn check_layout(t: &PyType, old: &[Rc<PyType>], new: &[Rc<PyType>]) -> PyResult<()> {
    let (Some(old_base), Some(new_base)) = (layout_base(old), layout_base(new)) else {
        return Ok(());
    };
    // A builtin base allocates its instances itself; a class statement's class does not.
    if old_base.builtin != new_base.builtin {
        return Err(PyErr::type_error(format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            new_base.name(),
            old_base.name()
        )));
    }
    let same_slots = {
        let (a, b) = (inherited_slots(old)?, inherited_slots(new)?);
        a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.as_str() == y.as_str())
    };
    if best_layout(new)? != t.layout || !same_slots {
        return Err(PyErr::type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            new_base.name(),
            old_base.name()
        )));
    }
    Ok(())
}

/// Recomputes the MRO of `t` and of its subclasses from their bases.
fn recompute_mro(t: &Rc<PyType>) -> PyResult<()> {
    let bases = t.bases.borrow().clone();
    let mut mro = vec![t.clone()];
    mro.extend(c3_merge(&bases)?);
    *t.mro.borrow_mut() = mro;
    let subs = t.live_subclasses();
    for sub in subs {
        recompute_mro(&sub)?;
    }
    Ok(())
}

/// `t.__bases__ = v` for a class made by a class statement.
pub fn assign_bases(t: &Rc<PyType>, v: &Value) -> PyResult<()> {
    let Value::Tuple(items) = v else {
        return Err(PyErr::type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            t.name(),
            v.type_name()
        )));
    };
    if items.items.is_empty() {
        return Err(PyErr::type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name()
        )));
    }
    let mut new: Vec<Rc<PyType>> = Vec::new();
    for item in &items.items {
        let Value::Type(b) = item else {
            return Err(PyErr::type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                t.name(),
                item.type_name()
            )));
        };
        if b.is_subtype(t) {
            return Err(PyErr::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
        if new.iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                b.name()
            )));
        }
        new.push(b.clone());
    }
    let old = t.bases.borrow().clone();
    check_layout(t, &old, &new)?;
    *t.bases.borrow_mut() = new.clone();
    if let Err(e) = recompute_mro(t) {
        *t.bases.borrow_mut() = old;
        let _ = recompute_mro(t);
        return Err(e);
    }
    for b in &old {
        b.subclasses
            .borrow_mut()
            .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(t)));
    }
    for b in &new {
        b.subclasses.borrow_mut().push(Rc::downgrade(t));
    }
    invalidate_attr_cache();
    t.refresh_hooks();
    Ok(())
}

/// A class whose metaclass defines `mro()` gets the MRO that method returns (a sequence
/// of classes), in place of the C3 one.
pub fn apply_metaclass_mro(vm: &mut Vm, cls: &Rc<PyType>) -> PyResult<()> {
    let Some(method) = cls.metatype().lookup_override("mro") else {
        return Ok(());
    };
    let r = vm.call_special(&method, vec![Value::Type(cls.clone())])?;
    let mut mro = Vec::new();
    for item in vm.collect_iterable(&r)? {
        match item {
            Value::Type(t) => mro.push(t),
            other => {
                return Err(PyErr::type_error(format!(
                    "mro() returned a non-class ('{}')",
                    other.type_name()
                )))
            }
        }
    }
    *cls.mro.borrow_mut() = mro;
    invalidate_attr_cache();
    cls.refresh_hooks();
    Ok(())
}
