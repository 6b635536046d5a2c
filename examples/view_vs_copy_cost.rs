//! What a view costs against a copy: time and bytes.
//!
//! A view is a pointer, a shape and strides: making one reads no element and allocates
//! nothing, however large the array. A copy allocates and writes every selected element.
//! This program takes a 100×100 block of a 10000×10000 `f64` array (800 MB) both ways,
//! times each, and counts the bytes the allocator hands out while it does, with a counting
//! allocator wrapped around the system's.
//!
//! Run with `cargo run --example view_vs_copy_cost` (add `--release` for optimised
//! timings; the byte counts are the same).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use typed_array::prelude::*;

/// The system allocator, counting the allocations and the bytes it hands out.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static BYTES: AtomicUsize = AtomicUsize::new(0);

fn record(bytes: usize) {
    ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
    BYTES.fetch_add(bytes, Ordering::Relaxed);
}

// SAFETY: every method forwards to `System` with the caller's arguments unchanged, so
// `System`'s guarantees are this allocator's; counting touches no allocated memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: the caller upholds `alloc`'s contract (a non-zero size), passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record(new_size);
        // SAFETY: `ptr` was allocated by this allocator, that is by `System`, with `layout`;
        // the caller upholds the rest of `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by this allocator, that is by `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` `reps` times and returns the mean time per call in µs, and the allocations and
/// bytes allocated per call.
fn measure<R>(reps: usize, mut f: impl FnMut() -> R) -> (f64, usize, usize) {
    let (n0, b0) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    let start = Instant::now();
    for _ in 0..reps {
        black_box(f());
    }
    let micros = start.elapsed().as_secs_f64() * 1e6 / reps as f64;
    let (n1, b1) = (
        ALLOCATIONS.load(Ordering::Relaxed),
        BYTES.load(Ordering::Relaxed),
    );
    (micros, (n1 - n0) / reps, (b1 - b0) / reps)
}

fn main() {
    const N: usize = 10_000;
    const BLOCK: usize = 100;

    // big = np.zeros((10000, 10000))
    let before = BYTES.load(Ordering::Relaxed);
    let mut big = Owned::<f64, U2>::zeros([N, N]);
    println!(
        "big = Owned::<f64, U2>::zeros([{N}, {N}])   allocated {} bytes",
        BYTES.load(Ordering::Relaxed) - before
    );
    // The zeroed buffer is mapped lazily by the operating system; write the block that is
    // read below, so that both ways read real memory.
    index!(big[:100, :100] = &Owned::<f64, U1>::arange(BLOCK as f64));
    let big = big;

    // v = big[:100, :100]          -- a view
    let (view_us, view_allocs, view_bytes) = measure(100_000, || -> View<'_, f64, U2> {
        let big = black_box(&big);
        index!(big[:100, :100])
    });
    // c = big[:100, :100].copy()   -- a copy
    let (copy_us, copy_allocs, copy_bytes) = measure(1_000, || -> Owned<f64, U2> {
        let big = black_box(&big);
        index!(big[:100, :100]).to_owned()
    });

    let v: View<'_, f64, U2> = index!(big[:100, :100]);
    let c: Owned<f64, U2> = v.to_owned();

    println!(
        "\n{:<36} {:>12} {:>12} {:>14} {:>14}",
        "", "time (µs)", "allocations", "bytes on heap", "size_of value"
    );
    println!(
        "{:<36} {:>12.3} {:>12} {:>14} {:>14}",
        "index!(big[:100, :100])",
        view_us,
        view_allocs,
        view_bytes,
        size_of::<View<'_, f64, U2>>()
    );
    println!(
        "{:<36} {:>12.3} {:>12} {:>14} {:>14}",
        "index!(big[:100, :100]).to_owned()",
        copy_us,
        copy_allocs,
        copy_bytes,
        size_of::<Owned<f64, U2>>()
    );

    println!(
        "\nthe view is {} bytes on the stack (pointer, shape, strides) and shares memory with big: {}",
        size_of::<View<'_, f64, U2>>(),
        shares_memory(&v, &big)
    );
    println!(
        "the copy owns {} × {} × {} = {} bytes ({} kB) and shares memory with big: {}",
        BLOCK,
        BLOCK,
        size_of::<f64>(),
        c.len() * size_of::<f64>(),
        c.len() * size_of::<f64>() / 1000,
        shares_memory(&c, &big)
    );
    println!(
        "a view of all of big costs the same {} bytes; a copy of it would be {} MB",
        size_of_val(&big.view()),
        N * N * size_of::<f64>() / 1_000_000
    );
    println!("copy / view time: {:.0}×", copy_us / view_us);
}
