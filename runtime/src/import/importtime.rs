//! `-X importtime`: like CPython, each import's own and cumulative time in microseconds on
//! stderr, nested imports indented under the one that caused them. A module whose bytecode
//! came from the cache is marked `(cached)`; one that had to be compiled, `(compiled)`.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// Set from the command line, before the VM's thread starts.
static ENABLED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// One entry per import in progress: the time its nested imports took so far, and how
    /// its code was obtained (set by the compile step, before nested imports run).
    static NESTED: RefCell<Vec<(u128, Option<&'static str>)>> = const { RefCell::new(Vec::new()) };
}

/// Turns the report on and prints its header (`-X importtime`).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
    eprintln!("import time: self [us] | cumulative | imported package");
}

#[inline]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Records whether the module now being imported was a cache hit.
pub fn note_cache_hit(hit: bool) {
    if enabled() {
        let origin = if hit { "(cached)" } else { "(compiled)" };
        NESTED.with(|n| {
            if let Some(top) = n.borrow_mut().last_mut() {
                top.1 = Some(origin);
            }
        });
    }
}

/// Starts timing one import.
pub fn begin() -> Instant {
    NESTED.with(|n| n.borrow_mut().push((0, None)));
    Instant::now()
}

/// Ends timing the import of `name` and prints its line.
pub fn end(name: &str, started: Instant) {
    let total = started.elapsed().as_micros();
    let (nested, origin, depth) = NESTED.with(|n| {
        let mut n = n.borrow_mut();
        let (nested, origin) = n.pop().unwrap_or((0, None));
        if let Some(parent) = n.last_mut() {
            parent.0 += total;
        }
        (nested, origin, n.len())
    });
    let own = total.saturating_sub(nested);
    let mark = origin.map(|o| format!(" {}", o)).unwrap_or_default();
    eprintln!(
        "import time: {:>9} | {:>10} | {}{}{}",
        own,
        total,
        "  ".repeat(depth),
        name,
        mark
    );
}
