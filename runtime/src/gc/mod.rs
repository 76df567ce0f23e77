//! The cycle collector's bookkeeping: which objects it watches, in which generation, and
//! when a collection is due.
//!
//! Reference counting frees an object the moment its count drops to zero, but a group of
//! objects that refer to each other keeps every count above zero after the program has
//! let go of all of them. The collector finds such groups (`graph.rs`) and breaks them
//! (`collect.rs`), as CPython's does.
//!
//! Only objects that can be part of a cycle are watched ("tracked"): the containers whose
//! contents can change after creation and the values made from them — lists, dicts, sets,
//! instances, functions, cells, classes, generators, bound methods, classmethod /
//! staticmethod / property objects, and tuples holding any of those. Each is registered by
//! its constructor as a weak handle, so tracking never keeps an object alive; an object
//! never tracked is simply treated as a root, which can only make the collector keep
//! more, never free too much.
//!
//! Generations follow CPython: new objects are in generation 0; the survivors of a
//! collection move one generation older. A collection of generation 0 is due once more
//! than `threshold[0]` tracked objects are alive in it; generation 1 is collected with it
//! every `threshold[1]` collections of generation 0, and generation 2 every `threshold[2]`
//! of generation 1, provided the objects waiting to be examined for the first time are
//! at least a quarter of those that were (so a growing heap costs linear time). Being
//! due only raises the VM's "work pending" flag; the collection itself runs at the next
//! safe point, where Python code (`__del__`) may run.

mod collect;
mod graph;

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{PyDict, PyTuple, Value};

pub use graph::{address, referents};

/// The weak handle the registry keeps on each tracked object.
pub use crate::objects::weak::WeakValue as Tracked;

/// Is `v` of a kind the collector tracks (one whose constructor registers it)?
pub fn trackable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_)
            | Value::Function(_)
            | Value::Cell(_)
            | Value::Type(_)
            | Value::Generator(_)
            | Value::BoundMethod(_)
            | Value::Descriptor(_)
    )
}

/// Can a value of this kind hold references that lead back to a tracked object? A tuple
/// is tracked only if one of its items can.
pub fn may_hold_cycles(v: &Value) -> bool {
    trackable(v) || matches!(v, Value::Iter(_) | Value::Builtin(_))
}

/// Per-generation figures for `gc.get_stats()`.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
}

pub const GENERATIONS: usize = 3;

/// The collector's state (one per thread, as the VM is).
pub struct State {
    /// Tracked objects by generation, youngest first. Dead handles are dropped when the
    /// generation is next pruned or collected.
    generations: [Vec<Tracked>; GENERATIONS],
    /// `frozen` by `gc.freeze()`: never examined again.
    permanent: Vec<Tracked>,
    pub thresholds: [usize; GENERATIONS],
    /// Collections of generation 0 since the last of generation 1, and of generation 1
    /// since the last of generation 2 (`gc.get_count()`'s last two figures).
    pub younger_collections: [usize; 2],
    /// Objects that survived a full collection, and survivors since that are waiting to
    /// be examined by one (CPython's `long_lived_total` / `long_lived_pending`).
    long_lived_total: usize,
    long_lived_pending: usize,
    pub enabled: bool,
    pub collecting: bool,
    /// A collection is due; the VM runs it at its next safe point.
    due: bool,
    /// Generation 0's length at which its dead handles are next dropped: its live
    /// count after the last pruning plus `threshold[0]` (or plus the live count, if
    /// larger), so that pruning costs at most about two steps per registration however
    /// many young objects stay alive.
    next_prune: usize,
    pub debug: i64,
    pub stats: [GenStats; GENERATIONS],
}

impl State {
    const fn new() -> State {
        State {
            generations: [Vec::new(), Vec::new(), Vec::new()],
            permanent: Vec::new(),
            thresholds: [700, 10, 10],
            younger_collections: [0, 0],
            long_lived_total: 0,
            long_lived_pending: 0,
            enabled: true,
            collecting: false,
            due: false,
            next_prune: 700,
            debug: 0,
            stats: [GenStats {
                collections: 0,
                collected: 0,
            }; GENERATIONS],
        }
    }
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::new()) };
    /// Has the program made anything whose death it can observe: a class with `__del__`,
    /// a weak reference with a callback, a generator (its `finally`)?
    static FINALIZERS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `TOTE_GC_THRESHOLD=n` sets generation 0's threshold (and 2 for the older ones) before
/// the program starts: a test knob that makes collections run every few allocations, so
/// that the conformance suite exercises the collector on every program.
pub fn threshold_from_env() {
    let Some(n) = std::env::var("TOTE_GC_THRESHOLD")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
    else {
        return;
    };
    with_state(|s| {
        s.thresholds = [n, 2, 2];
        s.next_prune = n.max(1);
    });
}

/// Records that objects with finalizers exist (see `finalizers_possible`).
#[inline]
pub fn note_finalizer() {
    let _ = FINALIZERS.try_with(|f| f.set(true));
}

/// Could collecting garbage run any code or be seen by the program? If not, the
/// collections at exit are skipped: freeing memory the process is about to give back
/// would only cost start-up-sized programs time.
pub fn finalizers_possible() -> bool {
    FINALIZERS.try_with(|f| f.get()).unwrap_or(true)
}

/// Runs `f` on the collector's state; None while the thread is exiting or the state is
/// already in use (nothing on the collector's own paths calls back into here).
pub fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> Option<R> {
    STATE
        .try_with(|s| s.try_borrow_mut().ok().map(|mut s| f(&mut s)))
        .ok()
        .flatten()
}

/// Starts watching `v` (its constructor calls this once).
#[inline]
pub fn track(v: &Value) {
    if let Some(t) = Tracked::of(v) {
        register(t);
    }
}

/// Starts watching the dict `d`.
#[inline]
pub fn track_dict(d: &Rc<PyDict>) {
    register(Tracked::Dict(Rc::downgrade(d)));
}

pub fn register(t: Tracked) {
    with_state(|s| {
        let young = &mut s.generations[0];
        young.push(t);
        if young.len() > s.next_prune {
            // Most young objects die young: drop their handles before asking for a
            // collection, so that one is due only when that many are really alive.
            young.retain(Tracked::is_alive);
            let live = young.len();
            // While no collection follows (the collector is off, or one is already due),
            // young objects pile up: spacing the prunes by at least the live count keeps
            // their cost linear instead of rescanning every live handle each time.
            s.next_prune = live + s.thresholds[0].max(live).max(1);
            if live > s.thresholds[0] && s.thresholds[0] > 0 && s.enabled && !s.due {
                s.due = true;
                crate::vm::coroutine::mark_pending();
            }
        }
    });
}

/// `track` for a new tuple: only one that holds something that may lead to a cycle.
#[inline]
pub fn track_tuple(t: &Rc<PyTuple>) {
    if t.items.iter().any(may_hold_cycles) {
        register(Tracked::Tuple(Rc::downgrade(t)));
    }
}

/// Every live tracked object, of generation `only` or of all (`gc.get_objects`).
pub fn live_objects(only: Option<usize>) -> Vec<Value> {
    with_state(|s| {
        s.generations
            .iter()
            .enumerate()
            .filter(|(g, _)| only.map_or(true, |o| o == *g))
            .flat_map(|(_, gen)| gen.iter().filter_map(Tracked::upgrade))
            .collect()
    })
    .unwrap_or_default()
}

/// `gc.get_count()`: live objects in generation 0 (after dropping dead handles), and the
/// younger-collection counters.
pub fn counts() -> (usize, usize, usize) {
    with_state(|s| {
        s.generations[0].retain(Tracked::is_alive);
        (
            s.generations[0].len(),
            s.younger_collections[0],
            s.younger_collections[1],
        )
    })
    .unwrap_or_default()
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    with_state(|s| {
        for gen in s.generations.iter_mut() {
            let moved = std::mem::take(gen);
            s.permanent
                .extend(moved.into_iter().filter(Tracked::is_alive));
        }
    });
}

/// `gc.unfreeze()`: the permanent generation goes back into the oldest.
pub fn unfreeze() {
    with_state(|s| {
        let moved = std::mem::take(&mut s.permanent);
        s.generations[GENERATIONS - 1].extend(moved.into_iter().filter(Tracked::is_alive));
    });
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    with_state(|s| {
        s.permanent.retain(Tracked::is_alive);
        s.permanent.len()
    })
    .unwrap_or(0)
}

/// Which generation the collection that is due should examine (CPython's rule), clearing
/// the "due" mark; None if none is due or the collector is off or busy.
fn take_due_generation() -> Option<usize> {
    with_state(|s| {
        if !std::mem::take(&mut s.due) || !s.enabled || s.collecting {
            return None;
        }
        if s.younger_collections[1] > s.thresholds[2]
            && s.thresholds[2] > 0
            && s.long_lived_pending * 4 > s.long_lived_total
        {
            Some(2)
        } else if s.younger_collections[0] > s.thresholds[1] && s.thresholds[1] > 0 {
            Some(1)
        } else {
            Some(0)
        }
    })
    .flatten()
}

/// Takes the live objects of generations `0..=generation` out of the registry for a
/// collection, and marks the collector busy. None if it already is.
fn begin(generation: usize) -> Option<Vec<graph::Candidate>> {
    with_state(|s| {
        if s.collecting {
            return None;
        }
        s.collecting = true;
        // Sized once: growing it would hold the old and new buffers together at the
        // collection's peak, which is the process's peak memory when the heap is large.
        let total = s
            .generations
            .iter()
            .take(generation + 1)
            .map(Vec::len)
            .sum();
        let mut objects = Vec::with_capacity(total);
        for gen in s.generations.iter_mut().take(generation + 1) {
            objects.extend(std::mem::take(gen).into_iter().filter_map(|handle| {
                let value = handle.upgrade()?;
                Some(graph::Candidate { value, handle })
            }));
        }
        Some(objects)
    })
    .flatten()
}

/// Ends a collection of `generation`: the survivors' handles move one generation older,
/// the counters and statistics advance.
fn finish(generation: usize, survivors: Vec<Tracked>, collected: usize) {
    with_state(|s| {
        let older = (generation + 1).min(GENERATIONS - 1);
        let survived = survivors.len();
        s.generations[older].extend(survivors);
        match generation {
            0 => s.younger_collections[0] += 1,
            1 => {
                s.younger_collections[0] = 0;
                s.younger_collections[1] += 1;
                s.long_lived_pending += survived;
            }
            _ => {
                s.younger_collections = [0, 0];
                s.long_lived_total = survived;
                s.long_lived_pending = 0;
            }
        }
        s.next_prune = s.generations[0].len() + s.thresholds[0].max(1);
        let stats = &mut s.stats[generation.min(GENERATIONS - 1)];
        stats.collections += 1;
        stats.collected += collected;
        s.collecting = false;
    });
}
