//! Reductions: `sum`, `product`, `mean`, `var`, `std`, `min`, `max`, `argmin`, `argmax`,
//! `all`, `any`, `allclose`, and their `*_axis` forms.
//!
//! # Accuracy of sums
//!
//! Sums (and so `mean`, `var`, `std`) are pairwise, as NumPy's are: a run of at most 1024
//! elements is summed by 16 interleaved accumulators that are then added pairwise, and a
//! longer run is split in two and the halves' sums added. (NumPy uses blocks of 128 and 8
//! accumulators; longer blocks spend less time on bookkeeping, for a larger constant below.)
//! Layouts that are not contiguous are summed in pieces whose sums are combined pairwise, and
//! a sum along an axis that is not the innermost in memory adds whole rows, 32 at a time,
//! and combines those partial sums pairwise too (NumPy adds them one after the other). In
//! every case the rounding error of a sum of `n` floating-point values is at most
//!
//! ```text
//! |computed − exact| ≤ (44 + ⌈log₂ n⌉) · ε · Σ|xᵢ|
//! ```
//!
//! to first order, where `ε` is the type's machine epsilon (`f64::EPSILON`), against
//! `n · ε · Σ|xᵢ|` for a plain loop. The tests check it on 10⁶ values against `math.fsum`,
//! and that the result is as close to NumPy's.

use core::ops::{Add, Mul};
use core::ptr::NonNull;

use crate::axes::without_axis;
use crate::error::{OrFail, ShapeError};
use crate::kernels::{self, Layout, Row};
use crate::layout;
use crate::num::{Float, One, Zero};
use crate::rank::{Dim, MaxRankWith, RankDown, U1};
use crate::write::Value;
use crate::{CowArray, Owned, View, ViewMut};

/// The longest run summed by one block of [`pairwise`]; longer runs are split in two.
const BLOCK: usize = 1024;

/// The accumulators of a block, each adding every `LANES`-th element.
const LANES: usize = 16;

/// The pairwise sum of `g(x)` over `s`.
///
/// Runs longer than [`BLOCK`] are split in two at a multiple of [`LANES`] and the halves'
/// sums added; a block is summed by [`LANES`] interleaved accumulators, combined pairwise.
/// (NumPy's `pairwise_sum` is the same scheme with blocks of 128 and 8 accumulators; longer
/// blocks halve the bookkeeping per element, at the price of a constant in the bound.)
///
/// On x86-64 processors with AVX the same operations run on wider registers (a copy of the
/// code compiled for AVX, chosen at run time); the result is the same, bit for bit.
fn pairwise<S, T>(s: &[S], g: &impl Fn(&S) -> T) -> T
where
    T: Clone + Zero + Add<Output = T>,
{
    #[cfg(target_arch = "x86_64")]
    if s.len() >= 4 * LANES && std::is_x86_feature_detected!("avx") {
        // SAFETY: the processor has AVX, as just checked.
        return unsafe { pairwise_avx(s, g) };
    }
    pairwise_base(s, g)
}

macro_rules! pairwise_tree {
    ($(#[$attr:meta])* $name:ident) => {
        /// The recursion of [`pairwise`] down to blocks of at most [`BLOCK`] elements.
        $(#[$attr])*
        fn $name<S, T>(s: &[S], g: &impl Fn(&S) -> T) -> T
        where
            T: Clone + Zero + Add<Output = T>,
        {
            if s.len() <= BLOCK {
                return block(s, g);
            }
            let mut n2 = s.len() / 2;
            n2 -= n2 % LANES;
            let (l, r) = s.split_at(n2);
            $name(l, g) + $name(r, g)
        }
    };
}

pairwise_tree!(pairwise_base);
pairwise_tree!(
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx")]
    pairwise_avx
);

/// A block of at most [`BLOCK`] elements: [`LANES`] interleaved accumulators, added
/// pairwise, then the remainder in order.
#[inline(always)]
fn block<S, T>(s: &[S], g: &impl Fn(&S) -> T) -> T
where
    T: Clone + Zero + Add<Output = T>,
{
    let n = s.len();
    if n < LANES {
        let mut r = T::zero();
        for x in s {
            r = r + g(x);
        }
        return r;
    }
    let full = n - n % LANES;
    let mut acc: [T; LANES] = core::array::from_fn(|j| g(&s[j]));
    for c in s[LANES..full].chunks_exact(LANES) {
        for (a, x) in acc.iter_mut().zip(c) {
            *a = a.clone() + g(x);
        }
    }
    // An opaque pass of the accumulators keeps the vectoriser from packing them in the
    // order of the additions below (`acc[0]` with `acc[2]`), which would shuffle every
    // loaded chunk.
    let acc = core::hint::black_box(acc);
    let mut res = add_pairwise(acc);
    for x in &s[full..] {
        res = res + g(x);
    }
    res
}

/// `((a0 + a1) + (a2 + a3)) + ...`, as a balanced tree.
#[inline(always)]
fn add_pairwise<T: Clone + Add<Output = T>>(a: [T; LANES]) -> T {
    let [
        a0,
        a1,
        a2,
        a3,
        a4,
        a5,
        a6,
        a7,
        a8,
        a9,
        a10,
        a11,
        a12,
        a13,
        a14,
        a15,
    ] = a;
    (((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7)))
        + (((a8 + a9) + (a10 + a11)) + ((a12 + a13) + (a14 + a15)))
}

/// Partial results combined like the digits of a binary counter, so that `k` pushed values
/// are added in a tree of depth `⌈log₂ k⌉`, in their order.
struct Cascade<T> {
    /// Level `i` holds the sum of `2^i` pushed values, or nothing.
    levels: [Option<T>; 64],
}

impl<T> Cascade<T> {
    fn new() -> Self {
        Cascade {
            levels: core::array::from_fn(|_| None),
        }
    }

    fn push(&mut self, x: T, add: &mut impl FnMut(T, T) -> T) {
        let mut carry = x;
        for slot in &mut self.levels {
            match slot.take() {
                None => {
                    *slot = Some(carry);
                    return;
                }
                Some(earlier) => carry = add(earlier, carry),
            }
        }
        // 2^64 pushes cannot happen: every push is at least one element of memory.
        unreachable!("more than 2^64 partial sums")
    }

    fn finish(self, add: &mut impl FnMut(T, T) -> T) -> Option<T> {
        let mut acc: Option<T> = None;
        for earlier in self.levels.into_iter().flatten() {
            acc = Some(match acc {
                None => earlier,
                Some(later) => add(earlier, later),
            });
        }
        acc
    }
}

/// [`sum_by`] of the elements themselves, with the halves of long contiguous runs summed on
/// rayon's threads: the same tree of additions as [`pairwise`], so the same result.
#[cfg(feature = "rayon")]
pub(crate) fn par_sum<T, D: Dim>(v: View<'_, T, D>) -> T
where
    T: Clone + Zero + Add<Output = T> + Send + Sync,
{
    fn tree<T: Clone + Zero + Add<Output = T> + Send + Sync>(s: &[T]) -> T {
        if s.len() < crate::parallel::PAR_THRESHOLD {
            return pairwise(s, &T::clone);
        }
        // Where `pairwise_tree!` splits.
        let mut n2 = s.len() / 2;
        n2 -= n2 % LANES;
        let (l, r) = s.split_at(n2);
        let (l, r) = rayon::join(|| tree(l), || tree(r));
        l + r
    }
    match v.as_slice() {
        Some(s) => tree(s),
        None => match v.t().as_slice() {
            Some(s) => tree(s),
            None => sum_by(v, T::clone),
        },
    }
}

/// The pairwise sum of `g(x)` over every element, pairwise.
#[inline]
fn sum_by<S, T, D: Dim>(v: View<'_, S, D>, g: impl Fn(&S) -> T) -> T
where
    T: Clone + Zero + Add<Output = T>,
{
    sum_by_in(Layout::of(&v), g)
}

/// [`sum_by`] of a layout with its rank erased.
fn sum_by_in<S, T>(v: Layout<'_, S>, g: impl Fn(&S) -> T) -> T
where
    T: Clone + Zero + Add<Output = T>,
{
    if let Some(s) = v.as_slice() {
        return pairwise(s, &g);
    }
    // An F-contiguous array (a transposed C array) is summed in memory order, as NumPy does.
    if let Some(s) = v.as_f_slice() {
        return pairwise(s, &g);
    }
    if let (&[len], &[stride]) = (v.shape(), v.strides()) {
        // One strided row (a lane of an axis reduction, typically): its sum, without the
        // walk and the cascade over rows, which would give it unchanged.
        // SAFETY: the layout's `len` positions, `stride` apart from its first, are
        // elements readable while `v` is borrowed.
        return unsafe { pairwise_strided(v.ptr().as_ptr(), len, stride, &g) };
    }
    let mut add = |a: T, b: T| a + b;
    let mut cascade = Cascade::new();
    kernels::for_each_row_in(v, |row| match row {
        Row::Slice(s) => cascade.push(pairwise(s, &g), &mut add),
        Row::Strided(r) => {
            let (len, stride) = (r.shape()[0], r.strides()[0]);
            // SAFETY: the row's `len` elements, `stride` apart from its first, are elements
            // of `v`, readable while it is borrowed.
            let sum = unsafe { pairwise_strided(r.ptr.as_ptr(), len, stride, &g) };
            cascade.push(sum, &mut add);
        }
    });
    cascade.finish(&mut add).unwrap_or_else(T::zero)
}

/// [`pairwise`] over `len` elements `stride` apart from `p`, in the same blocks and with
/// the same accumulators, reading the elements where they are.
///
/// # Safety
/// `p.offset(i * stride)` addresses an initialised element for every `i < len`.
unsafe fn pairwise_strided<S, T>(p: *const S, len: usize, stride: isize, g: &impl Fn(&S) -> T) -> T
where
    T: Clone + Zero + Add<Output = T>,
{
    let at = |i: usize| {
        // SAFETY: `at` is called with `i < len` only, so this is one of the caller's
        // elements.
        g(unsafe { &*p.offset(i as isize * stride) })
    };
    if len <= BLOCK {
        if len < LANES {
            let mut r = T::zero();
            for i in 0..len {
                r = r + at(i);
            }
            return r;
        }
        let full = len - len % LANES;
        let mut acc: [T; LANES] = core::array::from_fn(at);
        for c in (LANES..full).step_by(LANES) {
            for (j, a) in acc.iter_mut().enumerate() {
                *a = a.clone() + at(c + j);
            }
        }
        let mut res = add_pairwise(core::hint::black_box(acc));
        for i in full..len {
            res = res + at(i);
        }
        return res;
    }
    let mut n2 = len / 2;
    n2 -= n2 % LANES;
    // SAFETY: both halves are runs of the caller's elements.
    unsafe {
        pairwise_strided(p, n2, stride, g)
            + pairwise_strided(p.offset(n2 as isize * stride), len - n2, stride, g)
    }
}

/// NumPy's `min`/`max` step: `x` replaces `acc` when it is better or NaN (unordered with
/// itself); a NaN is kept.
#[inline(always)]
fn better<T: PartialOrd>(x: &T, acc: &T, min: bool) -> bool {
    use core::cmp::Ordering::{Greater, Less};
    let want = if min { Less } else { Greater };
    match x.partial_cmp(acc) {
        Some(o) => o == want,
        None => true,
    }
}

#[inline(always)]
fn is_nan<T: PartialOrd>(x: &T) -> bool {
    x.partial_cmp(x).is_none()
}

/// The position (in iteration order) and value of the minimum or maximum; the first one,
/// or the first NaN.
fn extremum<'v, T: PartialOrd + 'v>(
    mut it: impl Iterator<Item = &'v T>,
    min: bool,
) -> Option<(usize, &'v T)> {
    let mut best = it.next()?;
    let mut at = 0;
    if is_nan(best) {
        return Some((0, best));
    }
    for (i, x) in it.enumerate() {
        if better(x, best, min) {
            best = x;
            at = i + 1;
            if is_nan(best) {
                break;
            }
        }
    }
    Some((at, best))
}

/// The checked shape of a reduction's result over `axis` (`axis` resolved).
fn reduced_shape<T, D: RankDown, R>(
    v: &View<'_, T, D>,
    axis: isize,
) -> Result<(usize, <D::Down as Dim>::Shape), ShapeError> {
    let axis = layout::resolve_axis(axis, D::NDIM)?;
    let (shape, _, _, _) = without_axis::<D>(v.shape_arr(), v.strides_arr(), axis);
    layout::checked_size::<R>(shape.as_ref())?;
    Ok((axis, shape))
}

/// `f` of each lane along `axis` (a rank-1 view), into an array of the other axes.
fn reduce_lanes<T, R, D: RankDown>(
    v: View<'_, T, D>,
    axis: isize,
    mut f: impl FnMut(View<'_, T, U1>) -> R,
) -> Result<Owned<R, D::Down>, ShapeError> {
    let (axis, _) = reduced_shape::<T, D, R>(&v, axis)?;
    let (shape, strides, n, s) = without_axis::<D>(v.shape_arr(), v.strides_arr(), axis);
    if n == 0 {
        let m = layout::size_of_shape(shape.as_ref());
        // SAFETY: an empty lane addresses no element.
        let data = (0..m)
            .map(|_| f(unsafe { View::from_raw(v.ptr, [0], [1]) }))
            .collect();
        // SAFETY: one element per position of a shape whose size was checked.
        return Ok(unsafe { kernels::owned(shape, data) });
    }
    // SAFETY: each position of this layout is the first element of a lane of `v` (index 0
    // along `axis`), so it addresses an element of `v`.
    let starts = unsafe { View::<T, D::Down>::from_raw(v.ptr, shape, strides) };
    let data = kernels::map_collect(starts, |x| {
        // SAFETY: from the lane's first element, `n` positions `s` apart stay within `v`.
        f(unsafe { View::from_raw(NonNull::from(x), [n], [s]) })
    });
    // SAFETY: one element per position of a shape whose size was checked.
    Ok(unsafe { kernels::owned(shape, data) })
}

/// Whether `axis` is the innermost axis in memory of `v` (or the only one that matters), so
/// that lanes along it are the cache-friendly way to reduce.
fn lanes_are_inner<T, D: Dim>(v: &View<'_, T, D>, axis: usize) -> bool {
    let s = v.strides()[axis].unsigned_abs();
    v.shape()
        .iter()
        .zip(v.strides())
        .enumerate()
        .all(|(k, (&n, &t))| k == axis || n <= 1 || t.unsigned_abs() > s)
}

/// The pairwise sum of `g(x)` along `axis`.
fn sum_axis_by<S, T, D: RankDown>(
    v: View<'_, S, D>,
    axis: isize,
    g: impl Fn(&S) -> T,
) -> Result<Owned<T, D::Down>, ShapeError>
where
    T: Clone + Zero + Add<Output = T>,
{
    let (k, shape) = reduced_shape::<S, D, T>(&v, axis)?;
    let n = v.shape()[k];
    if n == 0 || lanes_are_inner(&v, k) || layout::size_of_shape(shape.as_ref()) == 0 {
        return reduce_lanes(v, axis, |lane| sum_by(lane, &g));
    }
    // Rows: add whole sub-arrays along `axis`, `ROWS` at a time, and combine those partial
    // sums pairwise.
    let (_, strides, _, s) = without_axis::<D>(v.shape_arr(), v.strides_arr(), k);
    let row = |i: usize| {
        // SAFETY: `i < n`, so the sub-array at index `i` along the axis is within `v`.
        unsafe {
            View::<S, D::Down>::from_raw(
                NonNull::new_unchecked(v.ptr.as_ptr().wrapping_offset(i as isize * s)),
                shape,
                strides,
            )
        }
    };
    let c_strides = layout::c_strides::<D::Down>(&shape);
    let as_mut = |buf: &mut Vec<T>| {
        // SAFETY: `buf` holds one element per position of `shape`, in C order.
        unsafe {
            ViewMut::<T, D::Down>::from_raw(
                NonNull::new_unchecked(buf.as_mut_ptr()),
                shape,
                c_strides,
            )
        }
    };
    let spare: core::cell::RefCell<Vec<Vec<T>>> = core::cell::RefCell::new(Vec::new());
    let mut add = |mut earlier: Vec<T>, later: Vec<T>| {
        earlier
            .iter_mut()
            .zip(&later)
            .for_each(|(a, b)| *a = a.clone() + b.clone());
        spare.borrow_mut().push(later);
        earlier
    };
    let mut cascade = Cascade::new();
    for start in (0..n).step_by(ROWS) {
        let mut acc = spare.borrow_mut().pop().unwrap_or_default();
        acc.clear();
        kernels::for_each_row(row(start), |r| match r {
            Row::Slice(x) => acc.extend(x.iter().map(&g)),
            Row::Strided(x) => acc.extend(x.iter().map(&g)),
        });
        let end = n.min(start + ROWS);
        let mut i = start + 1;
        if D::NDIM == 2 {
            // Rows of one axis: four at a time, so that each pass over the accumulator
            // loads it and stores it once for four rows (and four loads are in flight).
            // Each element still adds the rows in order, so the sums are those of one row
            // at a time, bit for bit.
            let (len, stride) = (shape.as_ref()[0], strides.as_ref()[0]);
            while i + 4 <= end {
                let p = |k: usize| {
                    v.ptr
                        .as_ptr()
                        .cast_const()
                        .wrapping_offset((i + k) as isize * s)
                };
                // SAFETY: rows `i..i + 4` are below `n`, so each of their `len` positions,
                // `stride` apart from the row's first, is an element of `v`.
                unsafe { kernels::add_rows4(&mut acc, [p(0), p(1), p(2), p(3)], len, stride, &g) };
                i += 4;
            }
        }
        for i in i..end {
            kernels::zip_mut_with(as_mut(&mut acc), row(i), |a, x| *a = a.clone() + g(x));
        }
        cascade.push(acc, &mut add);
    }
    let data = cascade.finish(&mut add).unwrap_or_default();
    // SAFETY: one element per position of a shape whose size was checked.
    Ok(unsafe { kernels::owned(shape, data) })
}

/// Rows added one after the other before their sum joins the pairwise combination.
const ROWS: usize = 32;

/// `x` divided by a count.
fn per<T: Float>(x: T, n: usize) -> T {
    x / T::from_usize(n)
}

fn var_of<T: Float, D: Dim>(v: View<'_, T, D>, ddof: usize) -> T {
    let n = v.len();
    let m = per(sum_by(v, T::clone), n);
    per(
        sum_by(v, |&x| {
            let d = x - m;
            d * d
        }),
        n.saturating_sub(ddof),
    )
}

fn var_axis_of<T: Float, D: RankDown>(
    v: View<'_, T, D>,
    axis: isize,
    ddof: usize,
) -> Result<Owned<T, D::Down>, ShapeError> {
    let mean = mean_axis_of(v, axis)?;
    let k = layout::resolve_axis(axis, D::NDIM)?;
    let n = v.shape()[k];
    // The means stretched back over the reduced axis (stride 0 there), as NumPy's
    // `keepdims=True` then broadcasting do.
    let mut strides = D::strides_filled(0);
    let ms = mean.view();
    let mut j = 0;
    for (i, st) in strides.as_mut().iter_mut().enumerate() {
        if i != k {
            *st = ms.strides()[j];
            j += 1;
        }
    }
    // SAFETY: every position of `v`'s shape, with the reduced axis at stride 0, maps to a
    // position of `mean`'s shape (the other axes), so it addresses an element of `mean`.
    let stretched = unsafe { View::<T, D>::from_raw(ms.ptr, *v.shape_arr(), strides) };
    let squares = kernels::map2_collect(v, stretched, |&x, &m| {
        let d = x - m;
        d * d
    });
    // SAFETY: one element per position of `v`'s (valid) shape.
    let squares: Owned<T, D> = unsafe { kernels::owned(*v.shape_arr(), squares) };
    let mut out = sum_axis_by(squares.view(), axis, T::clone)?;
    let count = n.saturating_sub(ddof);
    kernels::for_each_mut(out.view_mut(), |x| *x = per(*x, count));
    Ok(out)
}

fn mean_axis_of<T: Float, D: RankDown>(
    v: View<'_, T, D>,
    axis: isize,
) -> Result<Owned<T, D::Down>, ShapeError> {
    let mut out = sum_axis_by(v, axis, T::clone)?;
    let n = v.shape()[layout::resolve_axis(axis, D::NDIM)?];
    kernels::for_each_mut(out.view_mut(), |x| *x = per(*x, n));
    Ok(out)
}

fn extremum_axis<T: PartialOrd + Clone, D: RankDown>(
    v: View<'_, T, D>,
    axis: isize,
    min: bool,
) -> Result<Owned<T, D::Down>, ShapeError> {
    check_nonempty_axis(&v, axis, if min { "minimum" } else { "maximum" })?;
    reduce_lanes(v, axis, |lane| {
        let (_, x) =
            extremum(lane.iter(), min).expect("lanes along a non-empty axis are not empty");
        x.clone()
    })
}

fn arg_axis<T: PartialOrd, D: RankDown>(
    v: View<'_, T, D>,
    axis: isize,
    min: bool,
) -> Result<Owned<usize, D::Down>, ShapeError> {
    check_nonempty_axis(&v, axis, if min { "argmin" } else { "argmax" })?;
    reduce_lanes(v, axis, |lane| {
        extremum(lane.iter(), min).map_or(0, |(i, _)| i)
    })
}

fn check_nonempty_axis<T, D: Dim>(
    v: &View<'_, T, D>,
    axis: isize,
    operation: &'static str,
) -> Result<(), ShapeError> {
    let k = layout::resolve_axis(axis, D::NDIM)?;
    if v.shape()[k] == 0 {
        return Err(ShapeError::EmptyReduction { operation });
    }
    Ok(())
}

/// NumPy's `isclose` for one pair: `|x − y| ≤ atol + rtol·|y|`, infinities equal only to
/// themselves, NaN to nothing.
fn close<T: Float>(x: T, y: T, rtol: T, atol: T) -> bool {
    x == y || (x.is_finite() && y.is_finite() && (x - y).abs() <= atol + rtol * y.abs())
}

macro_rules! reductions {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// The sum of the elements (`0` when empty), pairwise for accuracy, as NumPy's
            /// `np.sum`; see the [error bound](crate::reductions#accuracy-of-sums).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![[1, 2], [3, 4]].sum(), 10);
            /// ```
            // Not inlined: the call is nothing beside the sum, and each caller is spared
            // the code that makes the view and its layout.
            #[inline(never)]
            pub fn sum(&self) -> T
            where
                T: Clone + Zero + Add<Output = T>,
            {
                sum_by(self.view(), T::clone)
            }

            /// The product of the elements (`1` when empty).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![[1, 2], [3, 4]].product(), 24);
            /// ```
            pub fn product(&self) -> T
            where
                T: Clone + One + Mul<Output = T>,
            {
                self.iter().fold(T::one(), |acc, x| acc * x.clone())
            }

            /// The arithmetic mean (NaN when empty, as NumPy's, which also warns).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![1.0, 2.0, 6.0].mean(), 3.0);
            /// ```
            pub fn mean(&self) -> T
            where
                T: Float,
            {
                per(self.sum(), self.len())
            }

            /// The population variance, `mean(|x − mean(x)|²)` (NumPy's `ddof=0`).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![1.0, 3.0].var(), 1.0);
            /// ```
            pub fn var(&self) -> T
            where
                T: Float,
            {
                var_of(self.view(), 0)
            }

            /// The variance with `ddof` "delta degrees of freedom": the sum of squared
            /// deviations divided by `len − ddof` (`var_ddof(1)` is the sample variance).
            pub fn var_ddof(&self, ddof: usize) -> T
            where
                T: Float,
            {
                var_of(self.view(), ddof)
            }

            /// The population standard deviation, `sqrt(var())`.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![1.0, 3.0].std(), 1.0);
            /// ```
            pub fn std(&self) -> T
            where
                T: Float,
            {
                self.var().sqrt()
            }

            /// `sqrt(var_ddof(ddof))`.
            pub fn std_ddof(&self, ddof: usize) -> T
            where
                T: Float,
            {
                self.var_ddof(ddof).sqrt()
            }

            /// The smallest element, `None` when empty. A NaN anywhere gives NaN, as in
            /// NumPy.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![3, 1, 2].min(), Some(1));
            /// assert!(array![1.0, f64::NAN].min().unwrap().is_nan());
            /// ```
            pub fn min(&self) -> Option<T>
            where
                T: PartialOrd + Clone,
            {
                extremum(self.iter(), true).map(|(_, x)| x.clone())
            }

            /// The largest element, `None` when empty. A NaN anywhere gives NaN.
            pub fn max(&self) -> Option<T>
            where
                T: PartialOrd + Clone,
            {
                extremum(self.iter(), false).map(|(_, x)| x.clone())
            }

            /// The position in C order (NumPy's flat index) of the first smallest element,
            /// or of the first NaN; `None` when empty.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![[3, 1], [0, 0]].argmin(), Some(2));
            /// ```
            pub fn argmin(&self) -> Option<usize>
            where
                T: PartialOrd,
            {
                extremum(self.iter(), true).map(|(i, _)| i)
            }

            /// The position in C order of the first largest element, or of the first NaN;
            /// `None` when empty.
            pub fn argmax(&self) -> Option<usize>
            where
                T: PartialOrd,
            {
                extremum(self.iter(), false).map(|(i, _)| i)
            }

            /// Whether every element is `true` (`true` when empty).
            pub fn all(&self) -> bool
            where
                T: Into<bool> + Copy,
            {
                self.iter().all(|&x| x.into())
            }

            /// Whether some element is `true` (`false` when empty).
            pub fn any(&self) -> bool
            where
                T: Into<bool> + Copy,
            {
                self.iter().any(|&x| x.into())
            }

            /// Whether the two arrays are equal within NumPy's default tolerances
            /// (`rtol = 1e-5`, `atol = 1e-8`): [`allclose_with`](Self::allclose_with).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![1.0, 2.0];
            /// assert!(a.allclose(&array![1.0 + 1e-9, 2.0]));
            /// assert!(!a.allclose(&array![1.0, 2.1]));
            /// ```
            pub fn allclose<R: Value<T>>(&self, other: R) -> bool
            where
                T: Float,
                D: MaxRankWith<R::Dim>,
            {
                self.allclose_with(other, T::from_usize(1) / T::from_usize(100_000), T::from_usize(1) / T::from_usize(100_000_000))
            }

            /// Whether `|self − other| ≤ atol + rtol·|other|` element-wise, after
            /// broadcasting, as NumPy's `np.allclose(self, other, rtol, atol)`: NaN is close
            /// to nothing and an infinity only to itself. Shapes that do not broadcast
            /// together give `false` (NumPy raises).
            pub fn allclose_with<R: Value<T>>(&self, other: R, rtol: T, atol: T) -> bool
            where
                T: Float,
                D: MaxRankWith<R::Dim>,
            {
                type O<D, E> = <D as MaxRankWith<E>>::Max;
                let (a, b) = (self.view(), other.as_array());
                let Some(shape) = kernels::broadcast_shape::<O<D, R::Dim>>(a.shape(), b.shape()) else {
                    return false;
                };
                let (a, b) = (kernels::stretch::<T, D, O<D, R::Dim>>(a, &shape), kernels::stretch::<T, R::Dim, O<D, R::Dim>>(b, &shape));
                a.iter().zip(b.iter()).all(|(&x, &y)| close(x, y, rtol, atol))
            }
        }

        reductions!(@axis [$($g)*] $ty;
            /// The sums along `axis` (negative counts from the end), pairwise; an array of
            /// the other axes.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[1, 2, 3], [4, 5, 6]];
            /// assert_eq!(a.sum_axis(0), array![5, 7, 9]);
            /// assert_eq!(a.sum_axis(-1), array![6, 15]);
            /// ```
            sum_axis try_sum_axis () -> T [T: Clone + Zero + Add<Output = T>]
                |v, axis| sum_axis_by(v, axis, T::clone);
            /// The products along `axis`.
            product_axis try_product_axis () -> T [T: Clone + One + Mul<Output = T>]
                |v, axis| reduce_lanes(v, axis, |lane| lane.iter().fold(T::one(), |acc, x| acc * x.clone()));
            /// The means along `axis`.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[1.0, 2.0], [3.0, 6.0]];
            /// assert_eq!(a.mean_axis(0), array![2.0, 4.0]);
            /// ```
            mean_axis try_mean_axis () -> T [T: Float]
                |v, axis| mean_axis_of(v, axis);
            /// The population variances along `axis`.
            var_axis try_var_axis () -> T [T: Float]
                |v, axis| var_axis_of(v, axis, 0);
            /// The variances along `axis` with `ddof` delta degrees of freedom.
            var_axis_ddof try_var_axis_ddof (ddof: usize) -> T [T: Float]
                |v, axis| var_axis_of(v, axis, ddof);
            /// The population standard deviations along `axis`.
            std_axis try_std_axis () -> T [T: Float]
                |v, axis| var_axis_of(v, axis, 0).map(|mut s| { kernels::for_each_mut(s.view_mut(), |x| *x = x.sqrt()); s });
            /// The standard deviations along `axis` with `ddof` delta degrees of freedom.
            std_axis_ddof try_std_axis_ddof (ddof: usize) -> T [T: Float]
                |v, axis| var_axis_of(v, axis, ddof).map(|mut s| { kernels::for_each_mut(s.view_mut(), |x| *x = x.sqrt()); s });
            /// The smallest elements along `axis` (NaN where a lane has one).
            ///
            /// Also panics when the axis is empty, with NumPy's message
            /// (`zero-size array to reduction operation minimum which has no identity`).
            min_axis try_min_axis () -> T [T: PartialOrd + Clone]
                |v, axis| extremum_axis(v, axis, true);
            /// The largest elements along `axis` (NaN where a lane has one).
            ///
            /// Also panics when the axis is empty.
            max_axis try_max_axis () -> T [T: PartialOrd + Clone]
                |v, axis| extremum_axis(v, axis, false);
            /// The positions along `axis` of the first smallest elements (or first NaNs).
            ///
            /// Also panics when the axis is empty
            /// (`attempt to get argmin of an empty sequence`).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[3, 1, 2], [0, 5, 0]];
            /// assert_eq!(a.argmin_axis(1), array![1, 0]);
            /// ```
            argmin_axis try_argmin_axis () -> usize [T: PartialOrd]
                |v, axis| arg_axis(v, axis, true);
            /// The positions along `axis` of the first largest elements (or first NaNs).
            ///
            /// Also panics when the axis is empty.
            argmax_axis try_argmax_axis () -> usize [T: PartialOrd]
                |v, axis| arg_axis(v, axis, false);
            /// Whether every element along `axis` is `true`.
            all_axis try_all_axis () -> bool [T: Into<bool> + Copy]
                |v, axis| reduce_lanes(v, axis, |lane| lane.iter().all(|&x| x.into()));
            /// Whether some element along `axis` is `true`.
            any_axis try_any_axis () -> bool [T: Into<bool> + Copy]
                |v, axis| reduce_lanes(v, axis, |lane| lane.iter().any(|&x| x.into()));
        );
    )*};
    (@axis [$($g:tt)*] $ty:ty; $(
        $(#[$doc:meta])*
        $name:ident $try:ident ($($arg:ident: $argty:ty),*) -> $out:ty [$($bound:tt)*]
            |$v:ident, $axis:ident| $body:expr;
    )*) => {
        impl<$($g)* T, D: RankDown> $ty {$(
            $(#[$doc])*
            ///
            /// # Panics
            /// When `axis` is out of range
            #[doc = concat!("(`axis 2 is out of bounds for array of dimension 2`); [`", stringify!($try), "`](Self::", stringify!($try), ")")]
            /// returns the error instead.
            #[track_caller]
            pub fn $name(&self, axis: isize $(, $arg: $argty)*) -> Owned<$out, D::Down>
            where
                $($bound)*
            {
                self.$try(axis $(, $arg)*).or_fail()
            }

            #[doc = concat!("[`", stringify!($name), "`](Self::", stringify!($name), "), returning the error instead of panicking.")]
            ///
            /// # Errors
            /// [`ShapeError::AxisOutOfBounds`], [`ShapeError::EmptyReduction`] (for the
            /// reductions without an identity), or [`ShapeError::Overflow`] when the result
            /// would not fit in memory.
            pub fn $try(&self, axis: isize $(, $arg: $argty)*) -> Result<Owned<$out, D::Down>, ShapeError>
            where
                $($bound)*
            {
                let $v = self.view();
                let $axis = axis;
                $body
            }
        )*}
    };
}

reductions! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plain double-double sum, to check the pairwise one against.
    fn exact(xs: &[f64]) -> f64 {
        let (mut hi, mut lo) = (0.0f64, 0.0f64);
        for &x in xs {
            let s = hi + x;
            let bb = s - hi;
            lo += (hi - (s - bb)) + (x - bb);
            hi = s;
        }
        hi + lo
    }

    #[test]
    fn pairwise_matches_a_compensated_sum_closely() {
        let xs: Vec<f64> = (0..10_000)
            .map(|i| ((i * 7919) % 1000) as f64 * 0.1 - 50.0)
            .collect();
        let p = pairwise(&xs, &f64::clone);
        let abs: f64 = xs.iter().map(|x| x.abs()).sum();
        assert!((p - exact(&xs)).abs() <= 40.0 * f64::EPSILON * abs);
    }

    #[test]
    fn the_wide_code_path_gives_the_same_bits() {
        // Lengths around the block and split boundaries, and one long enough to recurse.
        for n in [
            0, 1, 15, 16, 17, 63, 64, 65, 1023, 1024, 1025, 2048, 2049, 100_003,
        ] {
            let xs: Vec<f64> = (0..n)
                .map(|i| ((i as f64) * 0.618_033_988_749_894_9).fract() * 2e3 - 1e3)
                .collect();
            let base = pairwise_base(&xs, &f64::clone);
            assert_eq!(pairwise(&xs, &f64::clone).to_bits(), base.to_bits(), "{n}");
        }
    }

    #[test]
    fn cascade_adds_in_order() {
        let mut c = Cascade::new();
        let mut cat = |a: String, b: String| format!("({a}{b})");
        for s in ["a", "b", "c", "d", "e"] {
            c.push(s.to_string(), &mut cat);
        }
        assert_eq!(c.finish(&mut cat).unwrap(), "(((ab)(cd))e)");
    }
}
