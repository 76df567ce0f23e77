//! One collection: take a generation's objects, find the garbage among them, run its
//! finalizers, break its cycles, and let reference counting free it.
//!
//! As in CPython since PEP 442, finalizers run before anything is cleared, on objects
//! still intact: `__del__` of garbage instances (marked finalized first, so it runs once),
//! and `close()` of garbage generators suspended inside a `try` (so their `finally`
//! blocks run). A finalizer may make garbage reachable again ("resurrect" it); the search
//! is then repeated and only what is still garbage is cleared. Clearing empties the
//! mutable parts of each garbage object (list items, dict and set entries, cell contents,
//! instance slots and exception state, function defaults and attributes, a class's MRO
//! and bases, a generator's frame), which breaks every cycle: the counts then fall to zero
//! and the objects are freed the ordinary way, weak-reference callbacks included.

use std::rc::Rc;

use crate::modules::weakref;
use crate::objects::instance::FINALIZED;
use crate::objects::{PyDict, Value};
use crate::vm::finalize::weakrefs_of;
use crate::vm::Vm;

use super::graph::{unreachable, Candidate};

impl Vm {
    /// Runs the collection that allocation made due, if any (called at a safe point).
    #[cold]
    pub(crate) fn collect_if_due(&mut self) {
        if let Some(generation) = super::take_due_generation() {
            self.collect_generation(generation);
        }
    }

    /// Collects generations `0..=generation` and returns how many unreachable objects it
    /// found (0 if a collection is already running).
    pub(crate) fn collect_generation(&mut self, generation: usize) -> usize {
        self.collect(generation, true, None)
    }

    /// A collection at exit: the one before `__main__`'s globals go calls `gc.callbacks`
    /// as any other does; the one after calls none (CPython's, whose callbacks' globals
    /// are gone by then).
    pub(crate) fn collect_at_exit(&mut self, callbacks: bool) {
        self.collect(super::GENERATIONS - 1, callbacks, None);
    }

    /// The last collection, after `__main__` left the module table: its garbage's
    /// finalizers run in the order a breadth-first walk from `main_globals` first reaches
    /// them (what the first globals hold first), not in the order the registry happens to
    /// keep, which depends on when earlier collections ran. CPython's last collection
    /// likewise meets the objects the globals hold roughly in the globals' order.
    pub(crate) fn collect_main_at_exit(&mut self, main_globals: Rc<PyDict>) {
        // Ranked before the collection, and the globals let go of: held, they would keep
        // everything alive.
        let rank = reach_order(Value::Dict(main_globals));
        self.collect(super::GENERATIONS - 1, false, Some(&rank));
    }

    fn collect(&mut self, generation: usize, callbacks: bool, rank: Option<&Rank>) -> usize {
        let generation = generation.min(super::GENERATIONS - 1);
        let Some(mut objects) = super::begin(generation) else {
            return 0;
        };
        if generation > 0 {
            // The type attribute cache holds class attributes; methods refer to their
            // classes (`__class__` cells). Older classes are only examined here.
            crate::objects::typeobj::drop_attr_cache_values();
        }
        if callbacks {
            self.run_gc_callbacks("start", generation, 0);
        }
        let mut garbage = unreachable(&mut objects);
        self.clear_weakrefs_to_garbage(&objects, &garbage);
        let order = finalization_order(&objects, &garbage, rank);
        if self.finalize_garbage(&objects, &order) {
            // Finalizers ran Python code: whatever they made reachable again stays.
            garbage = unreachable(&mut objects);
        }
        let found = garbage.iter().filter(|&&g| g).count();
        let mut survivors = Vec::with_capacity(objects.len() - found);
        let mut doomed = Vec::with_capacity(found);
        for (c, g) in objects.into_iter().zip(garbage) {
            if g {
                doomed.push(c.value);
            } else {
                // The value's reference goes now; the handle returns to the registry.
                survivors.push(c.handle);
            }
        }
        let cleared_a_class = doomed.iter().any(|v| matches!(v, Value::Type(_)));
        for v in &doomed {
            clear(v);
        }
        super::finish(generation, survivors, found);
        // The last references: the objects are freed now, and what dying queued (weak
        // reference callbacks) runs before the collection returns.
        drop(doomed);
        if cleared_a_class {
            crate::objects::typeobj::invalidate_attr_cache();
        }
        self.finalize_dropped();
        if callbacks {
            self.run_gc_callbacks("stop", generation, found);
        }
        found
    }

    /// Kills the weak references to garbage instances and calls the callbacks of those
    /// that are not garbage themselves, before any finalizer runs (CPython's order: a
    /// callback never sees an object a finalizer may have resurrected).
    fn clear_weakrefs_to_garbage(&mut self, objects: &[Candidate], garbage: &[bool]) {
        let referenced = |v: &Value| weakref::is_weakly_referenced(v);
        let doomed = || {
            objects
                .iter()
                .zip(garbage)
                .filter(|(_, &g)| g)
                .map(|(c, _)| &c.value)
        };
        let targets: Vec<Value> = doomed().filter(|v| referenced(v)).cloned().collect();
        if targets.is_empty() {
            return;
        }
        let doomed: std::collections::HashSet<usize> =
            doomed().filter_map(super::graph::address).collect();
        for v in targets {
            let Some(addr) = weakref::death_reported_address(&v) else {
                continue;
            };
            for r in weakrefs_of(addr).into_iter().rev() {
                weakref::clear_ref(&r);
                if doomed.contains(&(Rc::as_ptr(&r) as usize)) || !weakref::has_callback(&r) {
                    continue;
                }
                let callback = weakref::take_callback(&r);
                if let Err(e) = self.call(&callback, vec![Value::Instance(r)]) {
                    self.report_unraisable(&callback, e);
                }
            }
        }
    }

    /// Runs the finalizers of the garbage objects that have one; true if any ran.
    /// Runs the finalizers of `objects[i]` for each `i` of `order`.
    fn finalize_garbage(&mut self, objects: &[Candidate], order: &[usize]) -> bool {
        let mut ran = false;
        for &i in order {
            let Some(c) = objects.get(i) else {
                continue;
            };
            let v = &c.value;
            match v {
                Value::Instance(inst) => {
                    let flags = inst.flags.get();
                    if flags & FINALIZED != 0 || !inst.class().hooks.get().del {
                        continue;
                    }
                    inst.flags.set(flags | FINALIZED);
                    let Some(del) = inst.class().lookup("__del__") else {
                        continue;
                    };
                    ran = true;
                    if let Err(e) = self.call_special(&del, vec![v.clone()]) {
                        self.report_unraisable(&del, e);
                    }
                }
                Value::Generator(g) => {
                    let suspended = g.frame.borrow().is_some() && g.started.get();
                    if !suspended || g.finalized.get() {
                        continue;
                    }
                    g.finalized.set(true);
                    ran = true;
                    if let Err(e) = self.generator_close(g) {
                        self.report_unraisable(v, e);
                    }
                }
                _ => {}
            }
        }
        ran
    }

    /// Calls each of `gc.callbacks` with `phase` and the collection's figures, if the
    /// program imported `gc`. An error is reported as unraisable, as CPython does.
    fn run_gc_callbacks(&mut self, phase: &str, generation: usize, collected: usize) {
        let Some(Value::Module(m)) = self.modules.get_str("gc") else {
            return;
        };
        let Some(Value::List(callbacks)) = m.dict.get_str("callbacks") else {
            return;
        };
        let callbacks = callbacks.items.borrow().clone();
        if callbacks.is_empty() {
            return;
        }
        let info = Rc::new(PyDict::new());
        info.set_str("generation", Value::Int(generation as i64));
        info.set_str("collected", Value::Int(collected as i64));
        info.set_str("uncollectable", Value::Int(0));
        let info = Value::Dict(info);
        for cb in callbacks {
            if let Err(e) = self.call(&cb, vec![Value::str(phase), info.clone()]) {
                self.report_unraisable(&cb, e);
            }
        }
    }
}

/// Empties the mutable parts of a garbage object. A part that is borrowed at this moment
/// is left alone (the object then stays alive; nothing is ever freed that is in use).
fn clear(v: &Value) {
    match v {
        Value::List(l) => {
            let items = l
                .items
                .try_borrow_mut()
                .map(|mut i| std::mem::take(&mut *i));
            drop(items);
        }
        Value::Dict(d) => {
            d.try_clear();
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            s.try_clear();
        }
        Value::Cell(c) => {
            let old = c
                .value
                .try_borrow_mut()
                .map(|mut x| std::mem::replace(&mut *x, Value::Null));
            drop(old);
        }
        Value::Instance(inst) => {
            let slots = inst.slots.try_borrow_mut().map(|mut s| {
                s.iter_mut()
                    .map(|x| std::mem::replace(x, Value::Null))
                    .collect::<Vec<_>>()
            });
            drop(slots);
            drop(inst.take_attr_values());
            if let Some(exc) = &inst.exc {
                let state = exc.try_borrow_mut().map(|mut e| {
                    (
                        std::mem::take(&mut e.args),
                        std::mem::take(&mut e.traceback),
                        e.cause.take(),
                        e.context.take(),
                    )
                });
                drop(state);
            }
        }
        Value::Function(f) => {
            let defaults = f
                .defaults
                .try_borrow_mut()
                .map(|mut d| std::mem::take(&mut *d));
            let kw = f.kwdefaults.try_borrow_mut().map(|mut d| d.take());
            let dict = f.dict.try_borrow_mut().map(|mut d| d.take());
            let ann = f.annotations.try_borrow_mut().map(|mut d| d.take());
            drop((defaults, kw, dict, ann));
        }
        Value::Type(t) => {
            let mro = t.mro.try_borrow_mut().map(|mut m| std::mem::take(&mut *m));
            let bases = t
                .bases
                .try_borrow_mut()
                .map(|mut b| std::mem::take(&mut *b));
            let meta = t.meta.try_borrow_mut().map(|mut m| m.take());
            drop((mro, bases, meta));
        }
        Value::Generator(g) => {
            let frame = g.frame.try_borrow_mut().map(|mut f| f.take());
            let exc = g.exc_state.try_borrow_mut().map(|mut e| e.take());
            drop((frame, exc));
        }
        // Immutable: a cycle through one of these passes through a mutable object too.
        _ => {}
    }
}

/// Object address → when a walk of references first reached it.
type Rank = std::collections::HashMap<usize, usize>;

/// Ranks every tracked object reachable from `root` by a breadth-first walk.
fn reach_order(root: Value) -> Rank {
    let mut rank = Rank::new();
    let mut queue = std::collections::VecDeque::from([root]);
    while let Some(v) = queue.pop_front() {
        let Some(addr) = super::graph::address(&v) else {
            continue;
        };
        if rank.contains_key(&addr) {
            continue;
        }
        rank.insert(addr, rank.len());
        // `referents` lists a sequence's items last first, as `gc.get_referents` does.
        let mut next = super::graph::referents(&v);
        if matches!(v, Value::List(_) | Value::Tuple(_)) {
            next.reverse();
        }
        queue.extend(next);
    }
    rank
}

/// The positions of the garbage among `objects`: in candidate order, or by `rank` (those
/// it lacks last, in candidate order).
fn finalization_order(objects: &[Candidate], garbage: &[bool], rank: Option<&Rank>) -> Vec<usize> {
    let mut order: Vec<usize> = (0..objects.len()).filter(|&i| garbage[i]).collect();
    if let Some(rank) = rank {
        order.sort_by_key(|&i| {
            super::graph::address(&objects[i].value)
                .and_then(|a| rank.get(&a).copied())
                .unwrap_or(usize::MAX)
        });
    }
    order
}
