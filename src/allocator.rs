//! The binary's allocator: mimalloc, built without transparent huge pages.
//!
//! An analysis makes tens of thousands of small allocations (words, keys,
//! lists) and frees most of them at its end; mimalloc serves them in about
//! half the instructions of the system allocator (see BENCHMARKS.md). With
//! transparent huge pages its arenas would be backed by 2 MiB pages and a
//! one-draft check would hold 27 MB resident instead of 11 MB; without
//! them it stays within 2 MB of the system allocator, and with freed memory
//! purged at once (`configure`) the server holds no more than with it.
//!
//! Most allocations need no more alignment than every mimalloc block has
//! (a machine word): those take `mi_malloc`'s fast path, not the aligned
//! entry point's extra tests.

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::{c_int, c_long, c_void};

extern "C" {
    fn mi_option_set(option: c_int, value: c_long);
    #[cfg(test)]
    fn mi_option_get(option: c_int) -> c_long;
}

/// `mi_option_purge_delay` in mimalloc's `mi_option_e` (the
/// `libmimalloc-sys` bindings name only the options of older versions).
const PURGE_DELAY: c_int = 15;

/// Memory a draft's analysis freed goes back to the system at once, not
/// after mimalloc's default delay: the server, its threads each holding
/// pages between edits, keeps 52 open drafts in 21 MB instead of 32 MB.
pub fn configure() {
    // SAFETY: setting an option is allowed at any time.
    unsafe { mi_option_set(PURGE_DELAY, 0) }
}

/// The alignment every mimalloc block has whatever its size: block sizes
/// are whole machine words and pages start on a 16-byte boundary.
const WORD: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

// SAFETY: each method forwards to the mimalloc function with the same
// contract, with the layout's alignment passed on wherever it exceeds the
// word alignment mimalloc gives every block.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `GlobalAlloc::alloc`.
        unsafe {
            if layout.align() <= WORD {
                mi_malloc(layout.size()).cast()
            } else {
                mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `GlobalAlloc::alloc_zeroed`.
        unsafe {
            if layout.align() <= WORD {
                mi_zalloc(layout.size()).cast()
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            if layout.align() <= WORD {
                mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn freed_memory_is_purged_at_once() {
        configure();
        // SAFETY: reading an option is allowed at any time.
        assert_eq!(unsafe { mi_option_get(PURGE_DELAY) }, 0);
    }

    #[test]
    fn blocks_keep_their_alignment_and_contents() {
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1, 7, 8, 24, 100, 4097, 100_000] {
                let size = size.max(align);
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null() && p as usize % align == 0);
                    p.write_bytes(0xAB, size);
                    let q = MiMalloc.realloc(p, layout, size * 3);
                    assert!(!q.is_null() && q as usize % align == 0);
                    assert!((0..size).all(|k| *q.add(k) == 0xAB));
                    MiMalloc.dealloc(q, Layout::from_size_align(size * 3, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert!(!z.is_null() && z as usize % align == 0);
                    assert!((0..size).all(|k| *z.add(k) == 0));
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }
}
