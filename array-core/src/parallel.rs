//! Parallel element-wise functions and sums, on rayon's thread pool (feature `rayon`).
//!
//! `par_map`, `par_mapv`, `par_zip_map`, `par_map_inplace`, `par_mapv_inplace` and `par_sum`
//! compute exactly what `map`, `mapv`, `zip_map`, `map_inplace`, `mapv_inplace` and `sum`
//! compute, bit for bit (a parallel sum splits the elements where the pairwise sum splits
//! them anyway). They split an array along its first axis into pieces that rayon's threads
//! take; arrays of fewer than [`PAR_THRESHOLD`] elements, and arrays whose first axis has a
//! single position, are done on the calling thread.
//!
//! The operators (`&a + &b`, `a += &b`) and the sequential methods stay on one thread: they
//! accept element types that are not `Send` or `Sync`, and enabling a feature must not take
//! that away. Call the `par_` forms where the arrays are large:
//!
//! ```
//! use typed_array::prelude::*;
//! let a = Owned::<f64, U2>::from_shape_fn([1000, 1000], |[i, j]| (i + j) as f64);
//! let b = a.t().to_owned();
//! let c = a.par_zip_map(&b, |x, y| x + y);
//! assert_eq!(c, &a + &b);
//! assert_eq!(c.par_sum(), c.sum());
//! ```
//!
//! On the 2-core machine of `BENCHMARKS.md` the parallel forms took 0.55 (`par_mapv(exp)`)
//! to 0.89 (`par_zip_map` adding two 1000×1000 arrays, which is memory-bound) of the
//! sequential forms' time; `cargo bench --bench parallel --features rayon` measures it.

use core::mem::MaybeUninit;
use core::ops::{Add, Range};
use core::ptr::NonNull;

use rayon::prelude::*;

use crate::error::{OrFail, ShapeError};
use crate::kernels;
use crate::mask::ArrayOperand;
use crate::num::Zero;
use crate::rank::{Dim, MaxRankWith};
use crate::write::Writable;
use crate::{CowArray, Owned, View, ViewMut};

/// Arrays with fewer elements than this are processed on the calling thread: splitting
/// them costs more than it saves.
pub const PAR_THRESHOLD: usize = 1 << 16;

/// How many positions of the first axis each piece takes, or `None` to stay sequential.
fn rows_per_piece(shape: &[usize]) -> Option<usize> {
    let rows = *shape.first()?;
    let n: usize = shape.iter().product();
    if n < PAR_THRESHOLD || rows < 2 {
        return None;
    }
    let pieces = (n / (PAR_THRESHOLD / 2))
        .min(4 * rayon::current_num_threads())
        .clamp(2, rows);
    Some(rows.div_ceil(pieces))
}

/// The positions `r` of the first axis of `v`.
fn rows<T, D: Dim>(v: View<'_, T, D>, r: Range<usize>) -> View<'_, T, D> {
    let mut shape = *v.shape_arr();
    shape.as_mut()[0] = r.len();
    let offset = if r.is_empty() {
        0
    } else {
        r.start as isize * v.strides()[0]
    };
    // SAFETY: `r` lies within the first axis of `v`, so every position of the new layout
    // is a position of `v`: an element readable for as long as `v` is.
    unsafe {
        View::from_raw(
            NonNull::new_unchecked(v.ptr.as_ptr().wrapping_offset(offset)),
            shape,
            *v.strides_arr(),
        )
    }
}

/// A new vector of the `n` elements of a result of shape `shape`, in C order, written by
/// `fill`: `fill(Some(rows), out)` writes those of positions `rows` of the first axis into
/// `out`, in pieces on rayon's threads when that is worth it, and `fill(None, out)` writes
/// all of them on the calling thread otherwise.
fn collect_by_rows<R: Send>(
    shape: &[usize],
    fill: impl Fn(Option<Range<usize>>, &mut [MaybeUninit<R>]) + Sync,
) -> Vec<R> {
    let n: usize = shape.iter().product();
    let mut out = crate::alloc::vec_with_capacity(n);
    let spare = &mut out.spare_capacity_mut()[..n];
    match rows_per_piece(shape) {
        None => fill(None, spare),
        Some(per) => {
            let (len0, row) = (shape[0], n / shape[0]);
            spare
                .par_chunks_mut(per * row)
                .enumerate()
                .for_each(|(k, chunk)| fill(Some(k * per..(k * per + per).min(len0)), chunk));
        }
    }
    // SAFETY: `fill` wrote the `n` elements: all at once, or piece by piece, the pieces
    // covering the first axis (C order is first-axis-major) and each writing its own.
    unsafe { out.set_len(n) };
    out
}

/// The positions `r` of the first axis of `v`, or all of `v`.
fn part<T, D: Dim>(v: View<'_, T, D>, r: Option<Range<usize>>) -> View<'_, T, D> {
    match r {
        Some(r) => rows(v, r),
        None => v,
    }
}

/// `f` of each element, in C order, into a new vector, in parallel.
fn map_collect<T: Sync, R: Send, D: Dim>(
    a: View<'_, T, D>,
    f: &(impl Fn(&T) -> R + Sync),
) -> Vec<R> {
    collect_by_rows(a.shape(), |r, out| kernels::map_into(part(a, r), out, f))
}

/// `f` of each pair of elements at the same position (one shape), into a new vector, in
/// parallel.
fn map2_collect<T: Sync, U: Sync, R: Send, D: Dim>(
    a: View<'_, T, D>,
    b: View<'_, U, D>,
    f: &(impl Fn(&T, &U) -> R + Sync),
) -> Vec<R> {
    collect_by_rows(a.shape(), |r, out| {
        kernels::map2_into(part(a, r.clone()), part(b, r), out, f);
    })
}

/// A pointer shared by the pieces of a parallel in-place loop.
struct Shared<T>(NonNull<T>);

impl<T> Shared<T> {
    /// The pointer (a method, so that closures capture the `Shared`, not its field).
    fn get(&self) -> NonNull<T> {
        self.0
    }
}

// SAFETY: the pieces that share it write disjoint elements (different positions of the
// first axis of a layout that does not alias itself), each from one thread, and `T: Send`
// lets those elements be changed from another thread.
unsafe impl<T: Send> Send for Shared<T> {}
// SAFETY: as above; the pointer itself is only copied.
unsafe impl<T: Send> Sync for Shared<T> {}

/// `f` on each element of a writable layout, in parallel.
fn for_each_mut<T: Send, D: Dim>(a: ViewMut<'_, T, D>, f: &(impl Fn(&mut T) + Sync)) {
    let Some(per) = rows_per_piece(a.shape()) else {
        return kernels::for_each_mut(a, f);
    };
    let (shape, strides) = (a.shape, a.strides);
    let len0 = shape.as_ref()[0];
    let base = Shared(a.ptr);
    (0..len0.div_ceil(per)).into_par_iter().for_each(|k| {
        let r = k * per..(k * per + per).min(len0);
        let mut piece_shape = shape;
        piece_shape.as_mut()[0] = r.len();
        let offset = r.start as isize * strides.as_ref()[0];
        // SAFETY: positions `r` of the first axis of the exclusively borrowed layout; no
        // other piece holds any of them (see `Shared`).
        let piece = unsafe {
            ViewMut::<T, D>::from_raw(
                NonNull::new_unchecked(base.get().as_ptr().wrapping_offset(offset)),
                piece_shape,
                strides,
            )
        };
        kernels::for_each_mut(piece, f);
    });
}

macro_rules! parallel_reads {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// [`map`](Self::map) on rayon's threads; the same result.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = Owned::<f64, U1>::linspace(0.0, 1.0, 200_000);
            /// assert_eq!(a.par_map(|x| x * 2.0), a.map(|x| x * 2.0));
            /// ```
            pub fn par_map<U: Send>(&self, f: impl Fn(&T) -> U + Sync) -> Owned<U, D>
            where
                T: Sync,
            {
                let v = self.view();
                let data = map_collect(v, &f);
                // SAFETY: one element per position of the view's (valid) shape.
                unsafe { kernels::owned(*v.shape_arr(), data) }
            }

            /// [`mapv`](Self::mapv) on rayon's threads; the same result.
            pub fn par_mapv<U: Send>(&self, f: impl Fn(T) -> U + Sync) -> Owned<U, D>
            where
                T: Clone + Sync,
            {
                self.par_map(|x| f(x.clone()))
            }

            /// [`zip_map`](Self::zip_map) on rayon's threads, broadcasting likewise; the same
            /// result.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = Owned::<f64, U2>::from_shape_fn([500, 300], |[i, j]| (i * j) as f64);
            /// let row = Owned::<f64, U1>::linspace(0.0, 1.0, 300);
            /// assert_eq!(a.par_zip_map(&row, |x, y| x - y), &a - &row);
            /// ```
            #[track_caller]
            pub fn par_zip_map<V: ArrayOperand, R: Send>(
                &self,
                other: V,
                f: impl Fn(&T, &V::Elem) -> R + Sync,
            ) -> Owned<R, <D as MaxRankWith<V::Dim>>::Max>
            where
                D: MaxRankWith<V::Dim>,
                T: Sync,
                V::Elem: Sync,
            {
                self.try_par_zip_map(other, f).or_fail()
            }

            /// [`par_zip_map`](Self::par_zip_map), returning the error instead of panicking.
            ///
            /// # Errors
            /// [`ShapeError::Operands`] when the shapes do not broadcast together.
            pub fn try_par_zip_map<V: ArrayOperand, R: Send>(
                &self,
                other: V,
                f: impl Fn(&T, &V::Elem) -> R + Sync,
            ) -> Result<Owned<R, <D as MaxRankWith<V::Dim>>::Max>, ShapeError>
            where
                D: MaxRankWith<V::Dim>,
                T: Sync,
                V::Elem: Sync,
            {
                type Out<D, V> = <D as MaxRankWith<<V as ArrayOperand>::Dim>>::Max;
                let (a, b) = (self.view(), other.operand());
                let shape = kernels::broadcast_checked::<R, Out<D, V>>(a.shape(), b.shape())?;
                let data = map2_collect(
                    kernels::stretch::<T, D, Out<D, V>>(a, &shape),
                    kernels::stretch::<V::Elem, V::Dim, Out<D, V>>(b, &shape),
                    &f,
                );
                // SAFETY: one element per position of a shape whose size was checked.
                Ok(unsafe { kernels::owned(shape, data) })
            }

            /// [`sum`](Self::sum) on rayon's threads: the same pairwise sum, bit for bit.
            pub fn par_sum(&self) -> T
            where
                T: Clone + Zero + Add<Output = T> + Send + Sync,
            {
                crate::reductions::par_sum(self.view())
            }
        }
    )*};
}

parallel_reads! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

macro_rules! parallel_writes {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// [`map_inplace`](Self::map_inplace) on rayon's threads.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = Owned::<i64, U1>::from_vec((0..100_000).collect());
            /// a.par_map_inplace(|x| *x *= 3);
            /// assert_eq!(a[[99_999]], 299_997);
            /// ```
            pub fn par_map_inplace(&mut self, f: impl Fn(&mut T) + Sync)
            where
                T: Send,
                Self: Writable<Elem = T, Dim = D>,
            {
                for_each_mut(self.writable(), &f);
            }

            /// [`mapv_inplace`](Self::mapv_inplace) on rayon's threads.
            pub fn par_mapv_inplace(&mut self, f: impl Fn(T) -> T + Sync)
            where
                T: Clone + Send,
                Self: Writable<Elem = T, Dim = D>,
            {
                for_each_mut(self.writable(), &|x: &mut T| *x = f(x.clone()));
            }
        }
    )*};
}

parallel_writes! {
    [] Owned<T, D>;
    ['a,] ViewMut<'a, T, D>;
}
