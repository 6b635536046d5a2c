//! The element loops behind arithmetic, maps and reductions: broadcasting two layouts to one
//! shape, and walking one or two strided layouts row by row.
//!
//! A walk visits the elements in logical C order, as contiguous "rows" along the last axis:
//! adjacent axes that every operand lays out contiguously are merged first, so a
//! C-contiguous array is one row however many axes it has, and the inner loops see plain
//! slices whenever they can (which the compiler vectorises).

use core::marker::PhantomData;

use crate::alloc;
use crate::error::ShapeError;
use crate::layout;
use crate::rank::Dim;
use crate::{Owned, View, ViewMut};

/// The most axes a rank has.
const MAX_AXES: usize = 32;

/// An operand with its rank erased: its first element, and its shape and strides as
/// slices. The loops below take operands in this form, so that each is compiled once per
/// element type and operation rather than once per rank as well; the rank-typed entry
/// points only convert their views.
///
/// Made only from a `View` borrowed for `'s`: every position of the layout is an element
/// readable for `'s`.
pub(crate) struct Layout<'s, T> {
    ptr: *const T,
    shape: &'s [usize],
    strides: &'s [isize],
    _elems: PhantomData<&'s T>,
}

// Not derived: a derive would ask `T: Copy`.
impl<T> Clone for Layout<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Layout<'_, T> {}

impl<'s, T> Layout<'s, T> {
    #[inline(always)]
    pub(crate) fn of<D: Dim>(v: &'s View<'_, T, D>) -> Self {
        Layout {
            ptr: v.ptr.as_ptr().cast_const(),
            shape: v.shape.as_ref(),
            strides: v.strides.as_ref(),
            _elems: PhantomData,
        }
    }

    fn len(&self) -> usize {
        layout::size_of_shape(self.shape)
    }

    /// The first element.
    pub(crate) fn ptr(&self) -> core::ptr::NonNull<T> {
        // SAFETY: made from a view's pointer, which is not null.
        unsafe { core::ptr::NonNull::new_unchecked(self.ptr.cast_mut()) }
    }

    pub(crate) fn shape(&self) -> &'s [usize] {
        self.shape
    }

    pub(crate) fn strides(&self) -> &'s [isize] {
        self.strides
    }

    /// The elements as a slice, in C order, when they are C-contiguous.
    pub(crate) fn as_slice(&self) -> Option<&'s [T]> {
        layout::is_c_contiguous(self.shape, self.strides)
            // SAFETY: C-contiguous positions are `len` consecutive elements, readable for 's.
            .then(|| unsafe { slice(self.ptr, self.len()) })
    }

    /// The elements as a slice, in memory order, when they are F-contiguous (the layout
    /// of a transposed C-contiguous array).
    pub(crate) fn as_f_slice(&self) -> Option<&'s [T]> {
        layout::is_f_contiguous(self.shape, self.strides)
            // SAFETY: F-contiguous positions are `len` consecutive elements, readable for 's.
            .then(|| unsafe { slice(self.ptr, self.len()) })
    }
}

/// A writable operand with its rank erased, as [`Layout`]. Made only from a `ViewMut`
/// borrowed exclusively for `'s`: its positions are distinct elements, exclusively
/// borrowed for `'s`.
pub(crate) struct LayoutMut<'s, T> {
    ptr: *mut T,
    shape: &'s [usize],
    strides: &'s [isize],
    _elems: PhantomData<&'s mut T>,
}

impl<'s, T> LayoutMut<'s, T> {
    #[inline(always)]
    pub(crate) fn of<D: Dim>(v: &'s mut ViewMut<'_, T, D>) -> Self {
        LayoutMut {
            ptr: v.ptr.as_ptr(),
            shape: v.shape.as_ref(),
            strides: v.strides.as_ref(),
            _elems: PhantomData,
        }
    }

    /// The elements as a slice, in C order, when they are C-contiguous.
    fn as_slice_mut(&mut self) -> Option<&mut [T]> {
        let n = layout::size_of_shape(self.shape);
        layout::is_c_contiguous(self.shape, self.strides)
            // SAFETY: C-contiguous positions are `n` consecutive elements, exclusively
            // borrowed for 's (and the slice borrows `self`).
            .then(|| unsafe { slice_mut(self.ptr, n) })
    }
}

/// The shape two shapes broadcast to, or `None` when they do not.
pub(crate) fn broadcast_shape<O: Dim>(a: &[usize], b: &[usize]) -> Option<O::Shape> {
    let mut out = O::shape_filled(1);
    let o = out.as_mut();
    let n = o.len();
    for (k, slot) in o.iter_mut().enumerate() {
        let pick = |s: &[usize]| {
            let lead = n - s.len();
            if k < lead { 1 } else { s[k - lead] }
        };
        let (x, y) = (pick(a), pick(b));
        *slot = if x == y || y == 1 {
            x
        } else if x == 1 {
            y
        } else {
            return None;
        };
    }
    Some(out)
}

/// Stretches `v` to `shape` (which it broadcasts to) with zero strides.
pub(crate) fn stretch<'v, T, S: Dim, O: Dim>(
    v: View<'v, T, S>,
    shape: &O::Shape,
) -> View<'v, T, O> {
    let mut strides = O::strides_filled(0);
    let lead = O::NDIM - S::NDIM;
    for k in 0..S::NDIM {
        if v.shape()[k] != 1 {
            strides.as_mut()[lead + k] = v.strides()[k];
        }
    }
    // SAFETY: `shape` is the broadcast of `v`'s shape, so every multi-index within it maps,
    // through zero strides on stretched axes, to one within `v`.
    unsafe { View::from_raw(v.ptr, *shape, strides) }
}

/// The broadcast of two operands' shapes, checked to have a size that fits, as NumPy's
/// error when they do not broadcast.
pub(crate) fn broadcast_checked<R, O: Dim>(
    a: &[usize],
    b: &[usize],
) -> Result<O::Shape, ShapeError> {
    let shape = broadcast_shape::<O>(a, b).ok_or_else(|| ShapeError::operands(a, b))?;
    layout::checked_size::<R>(shape.as_ref())?;
    Ok(shape)
}

/// `f` of each pair of elements of two operands broadcast together, in a new C-contiguous
/// array of the broadcast shape.
pub(crate) fn zip_map<T, U, R, A: Dim, B: Dim, O: Dim>(
    a: View<'_, T, A>,
    b: View<'_, U, B>,
    f: impl FnMut(&T, &U) -> R,
) -> Result<Owned<R, O>, ShapeError> {
    let shape = broadcast_checked::<R, O>(a.shape(), b.shape())?;
    let data = map2_collect(
        stretch::<T, A, O>(a, &shape),
        stretch::<U, B, O>(b, &shape),
        f,
    );
    // SAFETY: one element per position of a shape whose size was checked.
    Ok(unsafe { owned(shape, data) })
}

/// A walk over `K` layouts of one shape: the merged shape and each operand's strides.
struct Walk<const K: usize> {
    shape: [usize; MAX_AXES],
    strides: [[isize; MAX_AXES]; K],
    ndim: usize,
}

impl<const K: usize> Walk<K> {
    /// Merges adjacent axes that every operand lays out contiguously; drops length-1 axes.
    fn new(shape: &[usize], strides: [&[isize]; K]) -> Self {
        let mut w = Walk {
            shape: [1; MAX_AXES],
            strides: [[0; MAX_AXES]; K],
            ndim: 0,
        };
        for (k, &n) in shape.iter().enumerate() {
            if n == 1 {
                continue;
            }
            let d = w.ndim;
            let merge = d > 0
                && w.strides.iter().zip(strides).all(|(ws, s)| {
                    // Axis `k` continues the previous kept axis `d - 1` in memory.
                    ws[d - 1] == s[k].wrapping_mul(n as isize)
                });
            if merge {
                w.shape[d - 1] *= n;
                for (ws, s) in w.strides.iter_mut().zip(strides) {
                    ws[d - 1] = s[k];
                }
            } else {
                w.shape[d] = n;
                for (ws, s) in w.strides.iter_mut().zip(strides) {
                    ws[d] = s[k];
                }
                w.ndim += 1;
            }
        }
        w
    }

    /// Calls `row(offsets, len, inner_strides)` for each row in C order: the element offsets
    /// of the row's first element in each operand. Nothing is called for an empty shape.
    fn rows(&self, mut row: impl FnMut([isize; K], usize, [isize; K])) {
        let nd = self.ndim;
        if self.shape[..nd].contains(&0) {
            return;
        }
        if nd == 0 {
            row([0; K], 1, [0; K]);
            return;
        }
        let len = self.shape[nd - 1];
        let inner: [isize; K] = core::array::from_fn(|o| self.strides[o][nd - 1]);
        let mut index = [0usize; MAX_AXES];
        let mut off = [0isize; K];
        loop {
            row(off, len, inner);
            // The odometer over the outer axes, last fastest. Offsets stay within the layout
            // (every position is one of its elements) except transiently past an axis's end,
            // which is undone before the next row; wrapping arithmetic keeps that defined.
            let mut k = nd - 1;
            loop {
                if k == 0 {
                    return;
                }
                k -= 1;
                index[k] += 1;
                for (off, st) in off.iter_mut().zip(&self.strides) {
                    *off = off.wrapping_add(st[k]);
                }
                if index[k] < self.shape[k] {
                    break;
                }
                index[k] = 0;
                let len = self.shape[k] as isize;
                for (off, st) in off.iter_mut().zip(&self.strides) {
                    *off = off.wrapping_sub(st[k].wrapping_mul(len));
                }
            }
        }
    }
}

/// Calls the function `$name` of this module as it is, or, on an x86-64 processor with
/// AVX2, its copy compiled for AVX2 (`avx2::$name`), whose loops use registers twice as
/// wide: on this kind of loop over data in cache, up to 1.7 times as fast. Both copies
/// compute the same results, element by element.
macro_rules! wide {
    ($name:ident($($arg:expr),*)) => {{
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2") {
                // (Used inside `unsafe` blocks too, where this one is redundant.)
                #[allow(unused_unsafe)]
                // SAFETY: the processor has AVX2, as just checked.
                let r = unsafe { avx2::$name($($arg),*) };
                r
            } else {
                $name($($arg),*)
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            $name($($arg),*)
        }
    }};
}

/// The contiguous loops of the element-wise kernels: defined once as they are, and once
/// compiled for AVX2 (module `avx2`).
macro_rules! contiguous_loops {
    ($($attr:meta)?) => {
        /// Writes `f` of each element into `out` (as long as `x`).
        #[inline]
        $(#[$attr])?
        pub(super) fn fill1<T, R>(x: &[T], out: &mut [core::mem::MaybeUninit<R>], mut f: impl FnMut(&T) -> R) {
            for (o, x) in out.iter_mut().zip(x) {
                o.write(f(x));
            }
        }

        /// `f` of each element, writable.
        #[inline]
        $(#[$attr])?
        pub(super) fn each1<T>(x: &mut [T], f: impl FnMut(&mut T)) {
            x.iter_mut().for_each(f);
        }

        /// Writes `f` of each pair into `out` (as long as `x` and `y`).
        #[inline]
        $(#[$attr])?
        pub(super) fn fill2<T, U, R>(
            x: &[T],
            y: &[U],
            out: &mut [core::mem::MaybeUninit<R>],
            mut f: impl FnMut(&T, &U) -> R,
        ) {
            for ((o, x), y) in out.iter_mut().zip(x).zip(y) {
                o.write(f(x, y));
            }
        }

        /// Adds `g` of four rows to `acc`, element by element and in row order.
        #[inline]
        $(#[$attr])?
        pub(super) fn add4<T: Clone + core::ops::Add<Output = T>, S>(
            acc: &mut [T],
            [r0, r1, r2, r3]: [&[S]; 4],
            g: &impl Fn(&S) -> T,
        ) {
            let rows = r0.iter().zip(r1).zip(r2).zip(r3);
            for (a, (((x0, x1), x2), x3)) in acc.iter_mut().zip(rows) {
                *a = a.clone() + g(x0) + g(x1) + g(x2) + g(x3);
            }
        }

        /// `f` of each pair, the first writable.
        #[inline]
        $(#[$attr])?
        pub(super) fn zip2<T, U>(x: &mut [T], y: &[U], mut f: impl FnMut(&mut T, &U)) {
            x.iter_mut().zip(y).for_each(|(x, y)| f(x, y));
        }
    };
}

contiguous_loops!();

#[cfg(target_arch = "x86_64")]
mod avx2 {
    contiguous_loops!(target_feature(enable = "avx2"));
}

/// Clones of the elements, in C order, into a new vector. When the innermost axis that
/// matters has stride 1, each row is copied whole (`extend_from_slice`, a `memcpy` for
/// `Copy` types); otherwise element by element through [`map_collect`].
#[inline]
pub(crate) fn clone_collect<T: Clone, D: Dim>(a: View<'_, T, D>) -> Vec<T> {
    clone_collect_in(Layout::of(&a))
}

fn clone_collect_in<T: Clone>(a: Layout<'_, T>) -> Vec<T> {
    let inner = a
        .shape
        .iter()
        .zip(a.strides)
        .rev()
        .find(|&(&n, _)| n > 1)
        .map(|(_, &s)| s);
    if inner.is_some_and(|s| s != 1) {
        return map_collect_in(a, T::clone);
    }
    let mut out = alloc::vec_with_capacity(a.len());
    for_each_row_in(a, |row| match row {
        Row::Slice(s) => out.extend_from_slice(s),
        Row::Strided(r) => out.extend(r.iter().cloned()),
    });
    out
}

/// `f` of each element, in C order, into a new vector.
#[inline]
pub(crate) fn map_collect<T, R, D: Dim>(a: View<'_, T, D>, f: impl FnMut(&T) -> R) -> Vec<R> {
    map_collect_in(Layout::of(&a), f)
}

fn map_collect_in<T, R>(a: Layout<'_, T>, f: impl FnMut(&T) -> R) -> Vec<R> {
    let n = a.len();
    let mut out: Vec<R> = alloc::vec_with_capacity(n);
    map_into_in(a, &mut out.spare_capacity_mut()[..n], f);
    // SAFETY: `map_into` wrote the first `n` elements.
    unsafe { out.set_len(n) };
    out
}

/// Writes `f` of each element, in C order, into `out`, which holds as many elements as `a`.
#[cfg(feature = "rayon")]
#[inline]
pub(crate) fn map_into<T, R, D: Dim>(
    a: View<'_, T, D>,
    out: &mut [core::mem::MaybeUninit<R>],
    f: impl FnMut(&T) -> R,
) {
    map_into_in(Layout::of(&a), out, f);
}

fn map_into_in<T, R>(
    a: Layout<'_, T>,
    out: &mut [core::mem::MaybeUninit<R>],
    mut f: impl FnMut(&T) -> R,
) {
    let n = a.len();
    assert_eq!(out.len(), n, "an output of the input's length");
    if let Some(s) = a.as_slice() {
        wide!(fill1(s, out, f));
        return;
    }
    let dst = out.as_mut_ptr().cast::<R>();
    let mut written = 0usize;
    let base = a.ptr;
    let walk = Walk::new(a.shape, [a.strides]);
    if walk.ndim == 2 && walk.strides[0][0] == 1 && walk.strides[0][1].unsigned_abs() >= TILE {
        // A transpose (`a.t()`, an F-ordered layout): C order walks down the columns of
        // memory, a cache line and often a page per element. Square tiles of `TILE` keep
        // the lines and pages of both sides in use until they are done with.
        let (rows, cols) = (walk.shape[0], walk.shape[1]);
        let col_stride = walk.strides[0][1];
        for r0 in (0..rows).step_by(TILE) {
            let r1 = (r0 + TILE).min(rows);
            for c0 in (0..cols).step_by(TILE) {
                let c1 = (c0 + TILE).min(cols);
                for r in r0..r1 {
                    // Along a row of the output: its writes are consecutive, and the
                    // tile's `TILE` source lines stay in cache from one row to the next.
                    let pr = base.wrapping_add(r);
                    for c in c0..c1 {
                        // SAFETY: `(r, c)` is a position of the layout, at
                        // `r + c * col_stride` from its first element, and `r * cols + c`
                        // is below `n`, in the output.
                        unsafe {
                            dst.add(r * cols + c)
                                .write(f(&*pr.wrapping_offset(c as isize * col_stride)))
                        };
                    }
                }
            }
        }
        return;
    }
    walk.rows(|[oa], len, [sa]| {
        let pa = base.wrapping_offset(oa);
        // SAFETY: the row's `len` positions are elements of `a`'s layout (from `pa`, `sa`
        // apart; for a stride of -1 they end at `pa`), and the output has room for them at
        // `written..written + len` (at most `n`, its capacity).
        unsafe {
            let d = dst.add(written);
            match sa {
                1 => {
                    for (i, x) in slice(pa, len).iter().enumerate() {
                        d.add(i).write(f(x));
                    }
                }
                -1 => {
                    let first = pa.wrapping_offset(1 - len as isize);
                    for (i, x) in slice(first, len).iter().rev().enumerate() {
                        d.add(i).write(f(x));
                    }
                }
                _ => {
                    for i in 0..len {
                        d.add(i).write(f(&*pa.wrapping_offset(i as isize * sa)));
                    }
                }
            }
        }
        written += len;
    });
    debug_assert_eq!(written, n);
}

/// Adds `g` of the elements of four rows of `len` elements each, `stride` apart from the
/// row's first (`rows`), to `acc`, element by element and in row order: for each `j`,
/// `acc[j] + g(r0[j]) + g(r1[j]) + g(r2[j]) + g(r3[j])`, as four passes of one row would.
///
/// # Safety
///
/// Each row's `len` positions are elements readable for the duration of the call, and
/// `acc` holds `len` elements.
pub(crate) unsafe fn add_rows4<T, S>(
    acc: &mut [T],
    rows: [*const S; 4],
    len: usize,
    stride: isize,
    g: &impl Fn(&S) -> T,
) where
    T: Clone + core::ops::Add<Output = T>,
{
    debug_assert_eq!(acc.len(), len);
    if stride == 1 {
        // SAFETY: each row is `len` consecutive elements, readable (the caller's contract).
        let rows = rows.map(|p| unsafe { slice(p, len) });
        wide!(add4(acc, rows, g));
        return;
    }
    let [p0, p1, p2, p3] = rows;
    for (j, a) in acc.iter_mut().enumerate() {
        let o = j as isize * stride;
        // SAFETY: `j < len`, so `o` is the offset of the row's `j`-th position, an element
        // (the caller's contract).
        unsafe {
            *a = a.clone()
                + g(&*p0.wrapping_offset(o))
                + g(&*p1.wrapping_offset(o))
                + g(&*p2.wrapping_offset(o))
                + g(&*p3.wrapping_offset(o));
        }
    }
}

/// The side of a tile in [`map_into`]'s transposed copy: a 64 × 64 tile of `f64` reads 512
/// cache lines, 32 KiB, as much as a core's L1 cache holds. (16, 32 and 128 were slower.)
const TILE: usize = 64;

/// `f` of each pair of elements at the same position, in C order, into a new vector. The
/// two layouts have the same shape.
#[inline]
pub(crate) fn map2_collect<T, U, R, D: Dim>(
    a: View<'_, T, D>,
    b: View<'_, U, D>,
    f: impl FnMut(&T, &U) -> R,
) -> Vec<R> {
    let n = a.len();
    let mut out: Vec<R> = alloc::vec_with_capacity(n);
    map2_into_in(
        Layout::of(&a),
        Layout::of(&b),
        &mut out.spare_capacity_mut()[..n],
        f,
    );
    // SAFETY: `map2_into` wrote the first `n` elements.
    unsafe { out.set_len(n) };
    out
}

/// Writes `f` of each pair of elements at the same position, in C order, into `out`, which
/// holds as many elements as the two layouts, of one shape.
#[cfg(feature = "rayon")]
#[inline]
pub(crate) fn map2_into<T, U, R, D: Dim>(
    a: View<'_, T, D>,
    b: View<'_, U, D>,
    out: &mut [core::mem::MaybeUninit<R>],
    f: impl FnMut(&T, &U) -> R,
) {
    map2_into_in(Layout::of(&a), Layout::of(&b), out, f);
}

fn map2_into_in<T, U, R>(
    a: Layout<'_, T>,
    b: Layout<'_, U>,
    out: &mut [core::mem::MaybeUninit<R>],
    mut f: impl FnMut(&T, &U) -> R,
) {
    debug_assert_eq!(a.shape, b.shape);
    let n = a.len();
    assert_eq!(out.len(), n, "an output of the inputs' length");
    if let (Some(x), Some(y)) = (a.as_slice(), b.as_slice()) {
        wide!(fill2(x, y, out, f));
        return;
    }
    let dst = out.as_mut_ptr().cast::<R>();
    let mut written = 0usize;
    let (ba, bb) = (a.ptr, b.ptr);
    Walk::new(a.shape, [a.strides, b.strides]).rows(|[oa, ob], len, [sa, sb]| {
        let (pa, pb) = (ba.wrapping_offset(oa), bb.wrapping_offset(ob));
        // SAFETY: the row's `len` positions are elements of both layouts, and the output has
        // room for them at `written..written + len` (at most `n`, its capacity).
        unsafe {
            let d = dst.add(written);
            match (sa, sb) {
                (1, 1) => {
                    let (x, y) = (slice(pa, len), slice(pb, len));
                    for (i, (x, y)) in x.iter().zip(y).enumerate() {
                        d.add(i).write(f(x, y));
                    }
                }
                (1, 0) => {
                    let y = &*pb;
                    for (i, x) in slice(pa, len).iter().enumerate() {
                        d.add(i).write(f(x, y));
                    }
                }
                (0, 1) => {
                    let x = &*pa;
                    for (i, y) in slice(pb, len).iter().enumerate() {
                        d.add(i).write(f(x, y));
                    }
                }
                _ => {
                    // Pairs of elements per step, as in `zip_mut_with`.
                    let (mut p, mut q) = (pa, pb);
                    for i in 0..len / 2 {
                        d.add(2 * i).write(f(&*p, &*q));
                        d.add(2 * i + 1)
                            .write(f(&*p.wrapping_offset(sa), &*q.wrapping_offset(sb)));
                        p = p.wrapping_offset(2 * sa);
                        q = q.wrapping_offset(2 * sb);
                    }
                    if len % 2 == 1 {
                        d.add(len - 1).write(f(&*p, &*q));
                    }
                }
            }
        }
        written += len;
    });
    debug_assert_eq!(written, n);
}

/// Calls `f(&mut a_elem, &b_elem)` for each pair at the same position; equal shapes.
#[inline]
pub(crate) fn zip_mut_with<T, U, D: Dim>(
    mut a: ViewMut<'_, T, D>,
    b: View<'_, U, D>,
    f: impl FnMut(&mut T, &U),
) {
    zip_mut_with_in(LayoutMut::of(&mut a), Layout::of(&b), f);
}

fn zip_mut_with_in<T, U>(mut a: LayoutMut<'_, T>, b: Layout<'_, U>, mut f: impl FnMut(&mut T, &U)) {
    debug_assert_eq!(a.shape, b.shape);
    if let Some(y) = b.as_slice()
        && let Some(x) = a.as_slice_mut()
    {
        wide!(zip2(x, y, f));
        return;
    }
    let (ba, bb) = (a.ptr, b.ptr);
    Walk::new(a.shape, [a.strides, b.strides]).rows(|[oa, ob], len, [sa, sb]| {
        let (pa, pb) = (ba.wrapping_offset(oa), bb.wrapping_offset(ob));
        // SAFETY: the row's positions are elements of both layouts; `a`'s are distinct (a
        // writable view never aliases itself) and exclusively borrowed, so the `&mut` made
        // for each is unique; `b` may alias nothing of `a` (it is borrowed while `a` is).
        unsafe {
            match (sa, sb) {
                (1, 1) => {
                    let (x, y) = (slice_mut(pa, len), slice(pb, len));
                    wide!(zip2(x, y, &mut f));
                }
                (1, 0) => {
                    let y = &*pb;
                    slice_mut(pa, len).iter_mut().for_each(|x| f(x, y));
                }
                (1, _) => {
                    // Pairs of elements per step: two strided loads in flight at once.
                    let x = slice_mut(pa, len);
                    let mut chunks = x.chunks_exact_mut(2);
                    let mut q = pb;
                    for c in &mut chunks {
                        f(&mut c[0], &*q);
                        f(&mut c[1], &*q.wrapping_offset(sb));
                        q = q.wrapping_offset(2 * sb);
                    }
                    if let [last] = chunks.into_remainder() {
                        f(last, &*q);
                    }
                }
                _ => {
                    for i in 0..len {
                        let k = i as isize;
                        f(
                            &mut *pa.wrapping_offset(k * sa),
                            &*pb.wrapping_offset(k * sb),
                        );
                    }
                }
            }
        }
    });
}

/// Calls `f` on each element of a writable layout, in C order.
#[inline]
pub(crate) fn for_each_mut<T, D: Dim>(mut a: ViewMut<'_, T, D>, f: impl FnMut(&mut T)) {
    for_each_mut_in(LayoutMut::of(&mut a), f);
}

fn for_each_mut_in<T>(mut a: LayoutMut<'_, T>, mut f: impl FnMut(&mut T)) {
    if let Some(x) = a.as_slice_mut() {
        wide!(each1(x, f));
        return;
    }
    let base = a.ptr;
    Walk::new(a.shape, [a.strides]).rows(|[oa], len, [sa]| {
        let pa = base.wrapping_offset(oa);
        for i in 0..len {
            // SAFETY: each position of the row is a distinct element of the exclusively
            // borrowed layout.
            unsafe { f(&mut *pa.wrapping_offset(i as isize * sa)) };
        }
    });
}

/// Calls `f(row)` for each row of a layout in C order after merging axes: `row` is the
/// row's elements as a slice when they are contiguous.
#[inline]
pub(crate) fn for_each_row<T, D: Dim>(a: View<'_, T, D>, f: impl FnMut(Row<'_, T>)) {
    for_each_row_in(Layout::of(&a), f);
}

/// [`for_each_row`] of a layout with its rank erased.
pub(crate) fn for_each_row_in<'s, T>(a: Layout<'s, T>, mut f: impl FnMut(Row<'s, T>)) {
    if let Some(s) = a.as_slice() {
        if !s.is_empty() {
            f(Row::Slice(s));
        }
        return;
    }
    let base = a.ptr;
    Walk::new(a.shape, [a.strides]).rows(|[oa], len, [sa]| {
        let p = base.wrapping_offset(oa);
        if sa == 1 {
            // SAFETY: the row's `len` positions are contiguous elements of the layout.
            f(Row::Slice(unsafe { slice(p, len) }));
        } else {
            // SAFETY: the row's `len` positions, `stride` apart, are elements of the layout,
            // borrowed for as long as `a` is.
            f(Row::Strided(unsafe {
                View::from_raw(core::ptr::NonNull::new_unchecked(p.cast_mut()), [len], [sa])
            }));
        }
    });
}

/// One row of a walk.
pub(crate) enum Row<'r, T> {
    /// Contiguous elements.
    Slice(&'r [T]),
    /// Elements a stride apart.
    Strided(View<'r, T, crate::rank::U1>),
}

/// # Safety
/// `p` addresses `len` initialised, contiguous elements, valid for `'s`.
unsafe fn slice<'s, T>(p: *const T, len: usize) -> &'s [T] {
    // SAFETY: as the caller guarantees.
    unsafe { core::slice::from_raw_parts(p, len) }
}

/// # Safety
/// `p` addresses `len` initialised, contiguous elements, exclusively valid for `'s`.
unsafe fn slice_mut<'s, T>(p: *mut T, len: usize) -> &'s mut [T] {
    // SAFETY: as the caller guarantees.
    unsafe { core::slice::from_raw_parts_mut(p, len) }
}

/// A new array of `shape` from elements in C order.
///
/// # Safety
/// `data` has exactly the shape's element count, and the shape passed `checked_size`.
pub(crate) unsafe fn owned<R, O: Dim>(shape: O::Shape, data: Vec<R>) -> Owned<R, O> {
    // SAFETY: as the caller guarantees.
    unsafe { Owned::from_vec_unchecked(shape, data) }
}
