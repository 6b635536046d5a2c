//! Creating, slicing, re-slicing and transposing views never touches the heap, and a mask
//! given by reference is read where it is, not copied.
//!
//! A counting global allocator wraps the system one; this file holds a single test so that
//! no other test's allocations are counted.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use typed_array::prelude::*;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded unchanged to the system allocator; the counter has no
// effect on the memory handed out.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        BYTES.fetch_add(layout.size(), Ordering::SeqCst);
        // SAFETY: forwarded with the caller's layout, which meets `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        BYTES.fetch_add(new_size, Ordering::SeqCst);
        // SAFETY: forwarded unchanged; `ptr` came from this allocator with `layout`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn bytes_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = BYTES.load(Ordering::SeqCst);
    let r = std::hint::black_box(f());
    (BYTES.load(Ordering::SeqCst) - before, r)
}

fn allocations_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let r = std::hint::black_box(f());
    (ALLOCATIONS.load(Ordering::SeqCst) - before, r)
}

#[test]
fn views_never_allocate() {
    let mut a = Owned::<f64, U1>::linspace(0.0, 1.0, 4 * 5 * 6)
        .into_shape([4, 5, 6])
        .unwrap();

    let (n, v) = allocations_during(|| index!(a[1:3, ::-1, None, 2]));
    assert_eq!(n, 0, "slicing allocated");
    assert_eq!(v.shape(), &[2, 5, 1]);

    let (n, w) = allocations_during(|| index!(v[::-1, 1:, 0]));
    assert_eq!(n, 0, "re-slicing a view allocated");
    assert_eq!(w.shape(), &[2, 4]);

    let (n, t) = allocations_during(|| (a.view().t(), a.permute_axes([1, 2, 0])));
    assert_eq!(n, 0, "transposing allocated");
    assert_eq!(t.0.shape(), &[6, 5, 4]);
    assert_eq!(t.1.shape(), &[5, 6, 4]);

    let (n, e) = allocations_during(|| *index!(a[-1, -1, -1]));
    assert_eq!(n, 0, "reading an element allocated");
    assert_eq!(e, 1.0);

    let (n, r) = allocations_during(|| try_index!(a[1, ..., 7]).is_err());
    assert_eq!(n, 0, "a failed try_index! allocated");
    assert!(r);

    let (n, ()) = allocations_during(|| {
        let mut m = index!(mut a[.., 1:4]);
        m.fill(2.0);
        index!(a[0, 0] = 3.0);
        index!(a[::2] += 1.0);
    });
    assert_eq!(n, 0, "writing through views allocated");
    assert_eq!(a[[0, 0, 0]], 4.0);
    assert_eq!(a[[1, 1, 0]], 2.0);

    // Masks by reference are borrowed: a write allocates a few bytes of bookkeeping, not a
    // copy of the 100 000-entry mask, and a read allocates its result and that bookkeeping.
    let mut x = Owned::<f64, U1>::zeros([100_000]);
    let m = Owned::from_shape_fn([100_000], |[i]| i % 3 == 0);
    let (bytes, ()) = bytes_during(|| index!(x[&m] = 1.0));
    assert!(bytes < 1000, "a mask write allocated {bytes} bytes");
    assert_eq!(x.sum(), 33_334.0);
    let (bytes, r) = bytes_during(|| -> Owned<f64, U1> { index!(x[&m]) });
    assert_eq!(r.len(), 33_334);
    let result = (33_334 + 1) * size_of::<f64>();
    assert!(bytes < result + 1000, "a mask read allocated {bytes} bytes");
}
