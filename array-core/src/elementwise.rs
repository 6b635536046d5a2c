//! Element-wise functions: `map`, `mapv`, `zip_map` (with broadcasting), `map_inplace`,
//! and numeric casts (`cast::<f64>()`, NumPy's `astype`).

use crate::error::{OrFail, ShapeError};
use crate::kernels;
use crate::mask::ArrayOperand;
use crate::rank::{Dim, MaxRankWith};
use crate::write::Writable;
use crate::{CowArray, Owned, View, ViewMut};

/// A numeric conversion with Rust's `as` semantics, for [`Owned::cast`] and friends.
///
/// Implemented between all primitive integer and floating-point types, and from `bool`
/// (`false` is `0`, `true` is `1`). As with `as` (and unlike NumPy, whose result is
/// unspecified), a float converted to an integer saturates at the integer's bounds and NaN
/// becomes `0`; integers wrap to narrower integers, as NumPy's do.
pub trait CastTo<U>: Copy {
    /// `self as U`.
    fn cast_to(self) -> U;
}

macro_rules! casts {
    ($($from:ty)*; $to:tt) => {$(
        casts!(@one $from; $to);
    )*};
    (@one $from:ty; [$($to:ty)*]) => {$(
        impl CastTo<$to> for $from {
            #[inline(always)]
            fn cast_to(self) -> $to {
                self as $to
            }
        }
    )*};
}

casts!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64;
    [i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64]);
casts!(bool; [i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize]);

impl CastTo<f32> for bool {
    #[inline(always)]
    fn cast_to(self) -> f32 {
        u8::from(self).into()
    }
}

impl CastTo<f64> for bool {
    #[inline(always)]
    fn cast_to(self) -> f64 {
        u8::from(self).into()
    }
}

impl CastTo<bool> for bool {
    #[inline(always)]
    fn cast_to(self) -> bool {
        self
    }
}

macro_rules! elementwise {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// `f` of each element, in a new array of the same shape (C-contiguous).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[1, 2], [3, 4]];
            /// assert_eq!(a.map(|x| x * 10), array![[10, 20], [30, 40]]);
            /// assert_eq!(a.t().map(|&x| x as f64 / 2.0), array![[0.5, 1.5], [1.0, 2.0]]);
            /// ```
            pub fn map<U>(&self, f: impl FnMut(&T) -> U) -> Owned<U, D> {
                let v = self.view();
                let data = kernels::map_collect(v, f);
                // SAFETY: one element per element of a valid shape.
                unsafe { kernels::owned(*v.shape_arr(), data) }
            }

            /// `f` of each element taken by value (a copy), in a new array.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![1.0, 4.0].mapv(f64::sqrt), array![1.0, 2.0]);
            /// ```
            pub fn mapv<U>(&self, mut f: impl FnMut(T) -> U) -> Owned<U, D>
            where
                T: Clone,
            {
                self.map(|x| f(x.clone()))
            }

            /// `f(x, y)` for each pair of elements of `self` and `other` (an array of any
            /// kind, by value or by reference) broadcast together, in a new array of the larger rank.
            ///
            /// # Panics
            /// When the shapes do not broadcast together; see
            /// [`try_zip_map`](Self::try_zip_map).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[1.0f64, 2.0], [3.0, 4.0]];
            /// let hyp = a.zip_map(&array![3.0, 0.0], |x, y| x.hypot(*y));
            /// assert_eq!(hyp, array![[3.1622776601683795, 2.0], [4.242640687119285, 4.0]]);
            /// ```
            #[track_caller]
            pub fn zip_map<V: ArrayOperand, R>(&self, other: V, f: impl FnMut(&T, &V::Elem) -> R) -> Owned<R, <D as MaxRankWith<V::Dim>>::Max>
            where
                D: MaxRankWith<V::Dim>,
            {
                self.try_zip_map(other, f).or_fail()
            }

            /// [`zip_map`](Self::zip_map), returning the error instead of panicking.
            ///
            /// # Errors
            /// [`ShapeError::Operands`] when the shapes do not broadcast together.
            pub fn try_zip_map<V: ArrayOperand, R>(&self, other: V, f: impl FnMut(&T, &V::Elem) -> R) -> Result<Owned<R, <D as MaxRankWith<V::Dim>>::Max>, ShapeError>
            where
                D: MaxRankWith<V::Dim>,
            {
                kernels::zip_map(self.view(), other.operand(), f)
            }

            /// The elements converted to `U` with `as` (NumPy's `astype`); see [`CastTo`].
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![1, 2, 3];
            /// assert_eq!(a.cast::<f64>().mean(), 2.0);
            /// assert_eq!(array![1.9, -1.9].cast::<i32>(), array![1, -1]);
            /// ```
            pub fn cast<U>(&self) -> Owned<U, D>
            where
                T: CastTo<U>,
            {
                self.map(|&x| x.cast_to())
            }
        }
    )*};
}

elementwise! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

macro_rules! in_place {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// Applies `f` to each element in place.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = array![[1, 2], [3, 4]];
            /// index!(mut a[:, 1]).map_inplace(|x| *x = -*x);
            /// assert_eq!(a, array![[1, -2], [3, -4]]);
            /// ```
            pub fn map_inplace(&mut self, f: impl FnMut(&mut T))
            where
                Self: Writable<Elem = T, Dim = D>,
            {
                kernels::for_each_mut(self.writable(), f);
            }

            /// Replaces each element by `f` of it (taken by value, a copy).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = array![1.0, 4.0];
            /// a.mapv_inplace(f64::sqrt);
            /// assert_eq!(a, array![1.0, 2.0]);
            /// ```
            pub fn mapv_inplace(&mut self, mut f: impl FnMut(T) -> T)
            where
                T: Clone,
                Self: Writable<Elem = T, Dim = D>,
            {
                kernels::for_each_mut(self.writable(), |x| *x = f(x.clone()));
            }
        }
    )*};
}

in_place! {
    [] Owned<T, D>;
    ['a,] ViewMut<'a, T, D>;
}

// The read-only kinds have the names too, behind the bound they never meet, so that
// `view.map_inplace(..)` says the view is read-only.

impl<T, D: Dim> View<'_, T, D> {
    #[doc(hidden)]
    pub fn map_inplace(&mut self, f: impl FnMut(&mut T))
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), f);
    }
}

impl<T, D: Dim> CowArray<'_, T, D> {
    #[doc(hidden)]
    pub fn map_inplace(&mut self, f: impl FnMut(&mut T))
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), f);
    }
}
