//! The runtime's memory allocator: mimalloc, tuned for small processes, and refusing any
//! single request larger than the machine's memory.
//!
//! mimalloc is faster than the system allocator at the many small objects Python programs
//! make (measured with bench/run). Two of its defaults suit long-running servers, not a
//! process that is mostly short-lived and small: it commits each arena's whole reservation
//! up front where the OS over-commits (Linux), and holds freed pages for a while before
//! returning them. Both only inflate resident memory: `pass` took 13 MB against 6 MB with
//! them off, and 200k small instances 101 MB against 64 MB, at no measured cost in time.
//! Eager commit is switched off for the C build, in `.cargo/config.toml`; purging is set
//! here.
//!
//! mimalloc maps huge blocks without reserving swap for them, so a request for terabytes
//! (`list(range(2**40))`) succeeds and the kernel kills the process once the pages are
//! touched. The system allocator's request would have been refused up front, and CPython
//! raises MemoryError. So a request larger than RAM and swap together is refused here:
//! the fallible growth paths (`try_reserve`) turn that into MemoryError.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// The largest single request granted; `usize::MAX` until `configure` has run.
static LARGEST_REQUEST: AtomicUsize = AtomicUsize::new(usize::MAX);

struct Allocator;

// SAFETY: every call is forwarded to mimalloc unchanged, except that an oversized request
// gets a null pointer, which is how `GlobalAlloc` reports an allocation failure.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > LARGEST_REQUEST.load(Ordering::Relaxed) {
            return std::ptr::null_mut();
        }
        mimalloc::MiMalloc.alloc(layout)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() > LARGEST_REQUEST.load(Ordering::Relaxed) {
            return std::ptr::null_mut();
        }
        mimalloc::MiMalloc.alloc_zeroed(layout)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > LARGEST_REQUEST.load(Ordering::Relaxed) {
            return std::ptr::null_mut();
        }
        mimalloc::MiMalloc.realloc(ptr, layout, new_size)
    }
}

/// Sets mimalloc's options and the largest request, before the program allocates
/// anything itself.
pub fn configure() {
    // `mi_option_purge_delay` in the mimalloc v3 header that Cargo.lock pins
    // (libmimalloc-sys 0.1.49); its Rust bindings do not name it. (Eager commit cannot be
    // switched off here: the first arena is reserved before `main`.)
    const PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: a plain store into mimalloc's option table, which accepts any option at any
    // time.
    unsafe { mi_option_set(PURGE_DELAY, 0) };
    if let Some(total) = memory_and_swap() {
        LARGEST_REQUEST.store(total, Ordering::Relaxed);
    }
}

/// RAM and swap together, in bytes, if the OS says.
#[cfg(target_os = "linux")]
fn memory_and_swap() -> Option<usize> {
    // SAFETY: `sysinfo` fills the zeroed struct it is given and touches nothing else.
    let info = unsafe {
        let mut info: libc::sysinfo = std::mem::zeroed();
        if libc::sysinfo(&mut info) != 0 {
            return None;
        }
        info
    };
    let units = (info.totalram as u128 + info.totalswap as u128) * info.mem_unit.max(1) as u128;
    usize::try_from(units).ok().filter(|&n| n > 0)
}

#[cfg(not(target_os = "linux"))]
fn memory_and_swap() -> Option<usize> {
    None
}
