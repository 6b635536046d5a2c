//! Element-wise arithmetic `+ - * /` between arrays of any kind and scalars, broadcasting
//! as NumPy does; the result is a new `Owned` of the larger rank.
//!
//! The left operand is an array (`Owned` by value or reference, `View`, `&View`,
//! `&ViewMut`, `&CowArray`) and the right one an array of the same element type or a
//! scalar; a scalar on the left works for the primitive numbers (`2.0 * &a`).

use core::ops::{Add, Div, Mul, Sub};

use typenum::{Max, Maximum};

use crate::error::OrFail;
use crate::mask::{MaxRank, zip_map};
use crate::rank::{Dim, ToRank};
use crate::write::Value;
use crate::{CowArray, Owned, View, ViewMut};

macro_rules! binary_ops {
    ($([$($g:tt)*] $lhs:ty;)*) => {$(
        binary_ops!(@each [$($g)*] $lhs: Add add +, Sub sub -, Mul mul *, Div div /);
    )*};
    (@each $g:tt $lhs:ty: $($trait:ident $method:ident $op:tt),*) => {$(
        binary_ops!(@impl $g $lhs: $trait $method $op);
    )*};
    (@impl [$($g:tt)*] $lhs:ty: $trait:ident $method:ident $op:tt) => {
        /// Element-wise, broadcasting as NumPy does; a new array.
        ///
        /// # Panics
        /// When the shapes do not broadcast together
        /// (`operands could not be broadcast together with shapes (3,) (4,)`).
        impl<$($g)* T, D: Dim, R> $trait<R> for $lhs
        where
            T: Clone + $trait<Output = T>,
            R: Value<T>,
            D::Tn: Max<<R::Dim as Dim>::Tn>,
            Maximum<D::Tn, <R::Dim as Dim>::Tn>: ToRank,
        {
            type Output = Owned<T, MaxRank<D, R::Dim>>;
            #[track_caller]
            fn $method(self, rhs: R) -> Self::Output {
                zip_map(self.view(), rhs.as_array(), |x: &T, y: &T| x.clone() $op y.clone()).or_fail()
            }
        }
    };
}

binary_ops! {
    [] Owned<T, D>;
    ['a,] &'a Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a, 'b,] &'a View<'b, T, D>;
    ['a, 'b,] &'a ViewMut<'b, T, D>;
    ['a, 'b,] &'a CowArray<'b, T, D>;
}

macro_rules! scalar_left {
    ($($t:ty)*) => {$(
        scalar_left!(@each $t: Add add +, Sub sub -, Mul mul *, Div div /);
    )*};
    (@each $t:ty: $($trait:ident $method:ident $op:tt),*) => {$(
        /// A scalar on the left, element-wise.
        impl<'a, D: Dim> $trait<&'a Owned<$t, D>> for $t {
            type Output = Owned<$t, D>;
            fn $method(self, rhs: &'a Owned<$t, D>) -> Owned<$t, D> {
                let data: Vec<$t> = rhs.iter().map(|&x| self $op x).collect();
                // SAFETY: one element per element of a valid shape.
                unsafe { Owned::from_vec_unchecked(*rhs.view().shape_arr(), data) }
            }
        }
        /// A scalar on the left, element-wise.
        impl<'a, D: Dim> $trait<View<'a, $t, D>> for $t {
            type Output = Owned<$t, D>;
            fn $method(self, rhs: View<'a, $t, D>) -> Owned<$t, D> {
                let data: Vec<$t> = rhs.iter().map(|&x| self $op x).collect();
                // SAFETY: one element per element of a valid shape.
                unsafe { Owned::from_vec_unchecked(*rhs.shape_arr(), data) }
            }
        }
    )*};
}

scalar_left!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
