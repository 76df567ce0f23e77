//! Object finalization: `__del__` and weak-reference callbacks.
//!
//! Memory is reference counted (`Rc`), and no Python code may run inside `Drop`. So a dying
//! instance whose class defines `__del__` is moved into a fresh instance marked finalized
//! (`PyInstance::queue_del`) and queued here; a dying instance that weak references point
//! to reports its address here, and its live weak references with a callback are queued.
//! The VM runs the queue at its next safe point (`Vm::finalize_dropped`, after stores,
//! deletes, pops and frame returns), as CPython's reference counting runs them at once.
//!
//! The weak references to an instance are listed in a side table keyed by its address,
//! only for instances that have had one (`WEAKLY_REFERENCED`), so that dropping any other
//! instance costs a flag test.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::objects::{OrNone, PyErr, PyInstance, Value};

use super::Vm;

/// Work for the next safe point, in the order CPython would do it.
enum Finalizer {
    /// Call `__del__` on this (already finalized-marked) heir of a dead instance.
    Del(Rc<PyInstance>),
    /// Call this weak reference's callback with the reference.
    Callback(Rc<PyInstance>),
}

thread_local! {
    static QUEUE: RefCell<Vec<Finalizer>> = const { RefCell::new(Vec::new()) };
    /// Address of a weakly referenced instance → the weak reference objects made to it
    /// (weak themselves: a dead weak reference calls no callback).
    static WEAKREFS: RefCell<HashMap<usize, Vec<Weak<PyInstance>>>> =
        RefCell::new(HashMap::new());
}

thread_local! {
    /// Set once the program is over and `__main__`'s objects are being released
    /// (`begin_teardown`).
    static TEARING_DOWN: Cell<bool> = const { Cell::new(false) };
}

/// The program is over: the objects that `__main__`'s globals hold are released next. At
/// that point CPython frees the module namespaces as one lot of cyclic garbage, and a
/// weak reference that is itself garbage calls no callback; so from here on a dying
/// object's weak references are cleared without calling theirs (`__del__` still runs).
pub fn begin_teardown() {
    let _ = TEARING_DOWN.try_with(|t| t.set(true));
}

fn push(item: Finalizer) {
    let mut slot = Some(item);
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            if let Some(item) = slot.take() {
                q.push(item);
            }
        }
    });
    if slot.is_none() {
        super::coroutine::mark_pending();
    }
    // Otherwise the thread is exiting: nothing can run it any more, and the heir (marked
    // finalized) is simply freed.
}

/// Called by `Drop for PyInstance` with the heir of an instance whose class has `__del__`.
pub fn note_del(heir: Rc<PyInstance>) {
    push(Finalizer::Del(heir));
}

/// For a `Drop`: reports the death of `obj` if a weak reference was made to it (its
/// `weakly_referenced` flag).
#[inline]
pub fn note_weak_death_of<T>(obj: &T, weakly_referenced: bool) {
    if weakly_referenced {
        note_weak_death(obj as *const T as usize);
    }
}

/// Called by the `Drop` of an object that had weak references: they are dead now; those
/// still alive with a callback get it called.
pub fn note_weak_death(addr: usize) {
    let tearing_down = TEARING_DOWN.try_with(Cell::get).unwrap_or(true);
    let refs = WEAKREFS
        .try_with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)))
        .ok()
        .flatten()
        .unwrap_or_default();
    if tearing_down {
        return;
    }
    // CPython calls the callbacks newest reference first.
    for r in refs.iter().rev() {
        if let Some(r) = r.upgrade() {
            if crate::modules::weakref::has_callback(&r) {
                push(Finalizer::Callback(r));
            }
        }
    }
}

/// Records `weakref` as a weak reference to the instance at `addr`.
pub fn register_weakref(addr: usize, weakref: &Rc<PyInstance>) {
    let _ = WEAKREFS.try_with(|t| {
        if let Ok(mut t) = t.try_borrow_mut() {
            let list = t.entry(addr).or_default();
            list.retain(|w| w.strong_count() > 0);
            list.push(Rc::downgrade(weakref));
        }
    });
}

/// The live weak reference objects to the instance at `addr`, oldest first.
pub fn weakrefs_of(addr: usize) -> Vec<Rc<PyInstance>> {
    WEAKREFS
        .try_with(|t| {
            t.try_borrow()
                .ok()
                .and_then(|t| {
                    t.get(&addr)
                        .map(|l| l.iter().filter_map(|w| w.upgrade()).collect())
                })
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

impl Vm {
    /// Runs the queued `__del__` calls and weak-reference callbacks, including those that
    /// running them queues.
    #[cold]
    pub(super) fn run_object_finalizers(&mut self) {
        loop {
            let batch = QUEUE
                .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
                .unwrap_or_default();
            if batch.is_empty() {
                return;
            }
            for item in batch {
                match item {
                    Finalizer::Del(obj) => {
                        let Some(del) = obj.class().lookup("__del__") else {
                            continue;
                        };
                        if let Err(e) = self.call_special(&del, vec![Value::Instance(obj)]) {
                            self.report_unraisable(&del, e);
                        }
                    }
                    Finalizer::Callback(r) => {
                        let callback = crate::modules::weakref::take_callback(&r);
                        if let Err(e) = self.call(&callback, vec![Value::Instance(r)]) {
                            self.report_unraisable(&callback, e);
                        }
                    }
                }
            }
        }
    }

    /// Prints `Exception ignored in: <what>` and the traceback of `e` on `sys.stderr`, as
    /// CPython's unraisable hook does. An error without a traceback gets the position of
    /// the running frame.
    pub(crate) fn report_unraisable(&mut self, what: &Value, e: PyErr) {
        let bare = e
            .exc
            .exc
            .as_ref()
            .is_some_and(|d| d.borrow().traceback.is_empty());
        if let (true, Some(f)) = (bare, self.frames.last_mut()) {
            let obj = super::frame_objects::frame_object_of(f, None);
            e.add_traceback(&f.code, f.pc.saturating_sub(1), Some(Value::Instance(obj)));
        }
        self.flush_stdout();
        let what = self.repr(what).unwrap_or_default();
        let text = format!(
            "Exception ignored in: {what}\n{}",
            self.format_unraisable(&e.exc)
        );
        let stderr = self.sys.get("stderr").or_none();
        let _ = self.write_to(&stderr, &text);
    }
}
