//! A guard against overflowing the interpreter thread's native stack. Python-to-Python calls
//! use none of it, but native code that re-enters the VM does (a `__repr__` called by
//! `repr`, `__eq__` from a comparison, a generator resumed by `yield from`). Under a raised
//! `sys.setrecursionlimit` that recursion could outgrow the thread's stack, and the process
//! would abort (CPython 3.11 segfaults there). Each re-entry compares the stack pointer with
//! where the interpreter thread started and raises RecursionError while there is room left.

use std::cell::Cell;

use crate::objects::{PyErr, PyResult};

thread_local! {
    /// The stack address at the start of the interpreter thread; 0 on other threads.
    static STACK_START: Cell<usize> = const { Cell::new(0) };
}

/// Native stack the VM may use: the interpreter thread has 512 MiB, and the rest is
/// headroom for the native work done between two checks (the parser, deep containers).
const BUDGET: usize = 384 << 20;

/// Records the current stack position as the start of the interpreter thread's stack.
pub fn mark_thread_start() {
    let here = stack_position();
    let _ = STACK_START.try_with(|s| s.set(here));
}

#[inline(always)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// RecursionError when the native stack in use exceeds the budget (stacks grow downwards
/// on every platform tote builds for).
#[inline]
pub fn check() -> PyResult<()> {
    let start = STACK_START.try_with(|s| s.get()).unwrap_or(0);
    if start != 0 && start.saturating_sub(stack_position()) > BUDGET {
        return Err(PyErr::recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}
