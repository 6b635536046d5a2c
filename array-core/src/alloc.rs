//! Fresh buffers for large results, allocated the way NumPy allocates them.
//!
//! Writing into freshly mapped memory costs a page fault per 4 KiB page, which dominates a
//! large copy (10⁷ `f64` copy in about 68 ms that way, against 15 ms with huge pages). NumPy
//! asks the kernel for transparent huge pages on large allocations; so do we: a buffer of
//! [`HUGE_THRESHOLD`] bytes or more is advised `MADV_HUGEPAGE` before it is first touched.
//! On other systems, and when the kernel declines, this is an ordinary `Vec`.

/// Buffers at least this large (in bytes) are advised to use huge pages.
pub(crate) const HUGE_THRESHOLD: usize = 4 << 20;

/// An empty vector with room for `n` elements, backed by huge pages when it is large.
pub(crate) fn vec_with_capacity<T>(n: usize) -> Vec<T> {
    let v: Vec<T> = Vec::with_capacity(n);
    let bytes = n.saturating_mul(size_of::<T>());
    if bytes >= HUGE_THRESHOLD {
        advise_huge(v.as_ptr().cast(), bytes);
    }
    v
}

/// `n` zeros, backed by huge pages when large. `vec!` takes zeros of the primitive types
/// from the allocator's zeroed memory (`calloc`), untouched until first written, as NumPy's
/// `zeros` does; the advice is given before that first write.
pub(crate) fn zeroed_vec<T: Clone>(n: usize, zero: T) -> Vec<T> {
    let v = vec![zero; n];
    let bytes = n.saturating_mul(size_of::<T>());
    if bytes >= HUGE_THRESHOLD {
        advise_huge(v.as_ptr().cast(), bytes);
    }
    v
}

/// `n` clones of `value`, backed by huge pages when large (advised before they are
/// written).
pub(crate) fn filled_vec<T: Clone>(n: usize, value: T) -> Vec<T> {
    let mut v = vec_with_capacity(n);
    v.resize(n, value);
    v
}

#[cfg(target_os = "linux")]
fn advise_huge(ptr: *const u8, len: usize) {
    const HUGE: usize = 2 << 20;
    // madvise wants a page-aligned start; only whole 2 MiB blocks can become huge pages.
    let start = (ptr as usize).next_multiple_of(HUGE);
    let end = (ptr as usize + len) & !(HUGE - 1);
    if end > start {
        // SAFETY: the range lies inside the vector's own allocation (start and end were
        // rounded inwards), and MADV_HUGEPAGE only changes how the kernel backs those
        // pages, never their contents or validity. Its result is a hint; failure is fine.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_: *const u8, _: usize) {}
