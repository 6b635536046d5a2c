//! Element-wise arithmetic: `+ - * / %` and `& | ^` between arrays of any kind and
//! scalars, broadcasting as NumPy does, unary `-` and `!`, and the `try_` methods that
//! return the broadcasting error instead of panicking.
//!
//! The result is a new C-contiguous [`Owned`] of the larger rank. When an operand is an
//! `Owned` given by value and the result has its shape, its buffer is reused: `a + &b`
//! with `a: Owned` writes into `a`'s elements and allocates nothing.
//!
//! Each element is combined by the element type's own operator, so the rules are Rust's:
//! integer `/` rounds toward zero and `%` takes the dividend's sign (NumPy's `np.fmod`,
//! not its `%`), integer division by zero panics, and integer overflow panics in debug
//! builds and wraps in release builds.

use core::ops::{Add, BitAnd, BitOr, BitXor, Div, Mul, Neg, Not, Rem, Sub};

use crate::error::{OrFail, ShapeError};
use crate::kernels::{self, broadcast_checked, map_collect, stretch, zip_mut_with};
use crate::rank::{Dim, MaxRankWith};
use crate::write::Value;
use crate::{CowArray, Owned, View, ViewMut};

/// The array an operation between ranks `D` and `E` gives.
pub(crate) type Out<T, D, E> = Owned<T, <D as MaxRankWith<E>>::Max>;

/// `Owned<T, D>` as `Owned<T, O>`, for ranks known at run time to be equal.
fn rerank<T, D: Dim, O: Dim>(a: Owned<T, D>, shape: O::Shape) -> Owned<T, O> {
    debug_assert_eq!(a.shape(), shape.as_ref());
    // SAFETY: an `Owned` is C-contiguous, so its elements are in C order, and there are as
    // many as `shape` has (it is the same shape).
    unsafe { kernels::owned(shape, a.into_vec()) }
}

/// The element operations, as functions of the element type alone: a closure written in a
/// generic function is a new type for every instantiation of that function, and each
/// would compile its own copy of the loops.
mod elem {
    use core::ops::{Add, BitAnd, BitOr, BitXor, Div, Mul, Neg, Not, Rem, Sub};

    macro_rules! binary {
        ($($trait:ident $method:ident $op:tt,)*) => {$(
            #[doc = concat!("`x ", stringify!($op), " y`.")]
            pub(super) fn $method<T: Clone + $trait<Output = T>>(x: &T, y: &T) -> T {
                x.clone() $op y.clone()
            }
        )*};
    }

    binary! {
        Add add +,
        Sub sub -,
        Mul mul *,
        Div div /,
        Rem rem %,
        BitAnd bitand &,
        BitOr bitor |,
        BitXor bitxor ^,
    }

    macro_rules! unary {
        ($($trait:ident $method:ident $in_place:ident $op:tt;)*) => {$(
            #[doc = concat!("`", stringify!($op), "x`.")]
            pub(super) fn $method<T: Clone + $trait<Output = T>>(x: &T) -> T {
                $op x.clone()
            }

            #[doc = concat!("`x = ", stringify!($op), "x`.")]
            pub(super) fn $in_place<T: Clone + $trait<Output = T>>(x: &mut T) {
                *x = $op x.clone();
            }
        )*};
    }

    unary! {
        Neg neg neg_in_place -;
        Not not not_in_place !;
    }

    /// `*x = f(x, y)`: a result written over the left operand.
    pub(super) fn onto_left<T, F: Fn(&T, &T) -> T>(f: F) -> impl FnMut(&mut T, &T) {
        move |x, y| *x = f(x, y)
    }

    /// `f(s, x)`, for a scalar `s` on the left.
    pub(super) fn scalar_left<T: Copy, F: Fn(T, T) -> T>(s: T, f: F) -> impl Fn(&T) -> T {
        move |x| f(s, *x)
    }

    /// `*x = f(s, x)`, for a scalar `s` on the left, in place.
    pub(super) fn scalar_left_in_place<T: Copy, F: Fn(T, T) -> T>(s: T, f: F) -> impl Fn(&mut T) {
        move |x| *x = f(s, *x)
    }

    /// `*y = f(x, y)`: a result written over the right operand.
    pub(super) fn onto_right<T, F: Fn(&T, &T) -> T>(f: F) -> impl FnMut(&mut T, &T) {
        move |y, x| *y = f(x, y)
    }
}

/// `f(a, b)` element-wise with an array on the left, reusing `b`'s buffer when `b` is an
/// `Owned` given by value whose shape is the result's.
fn binary<T, D, R>(
    a: View<'_, T, D>,
    b: R,
    f: impl Fn(&T, &T) -> T,
) -> Result<Out<T, D, R::Dim>, ShapeError>
where
    D: MaxRankWith<R::Dim>,
    R: Value<T>,
{
    type O<D, E> = <D as MaxRankWith<E>>::Max;
    let shape = broadcast_checked::<T, O<D, R::Dim>>(a.shape(), b.as_array().shape())?;
    match b.into_buffer() {
        Ok(b) if b.shape() == shape.as_ref() => {
            let mut b = rerank::<T, R::Dim, O<D, R::Dim>>(b, shape);
            zip_mut_with(b.view_mut(), stretch(a, &shape), elem::onto_right(&f));
            Ok(b)
        }
        other => {
            let bv = match &other {
                Ok(b) => b.view(),
                Err(b) => b.as_array(),
            };
            kernels::zip_map(a, bv, f)
        }
    }
}

/// `f(a, b)` element-wise with an `Owned` on the left, reusing its buffer when the result
/// has its shape.
fn binary_owned<T, D, R>(
    mut a: Owned<T, D>,
    b: R,
    f: impl Fn(&T, &T) -> T,
) -> Result<Out<T, D, R::Dim>, ShapeError>
where
    D: MaxRankWith<R::Dim>,
    R: Value<T>,
{
    type O<D, E> = <D as MaxRankWith<E>>::Max;
    let bv = b.as_array();
    let shape = broadcast_checked::<T, O<D, R::Dim>>(a.shape(), bv.shape())?;
    if a.shape() != shape.as_ref() {
        return binary(a.view(), b, f);
    }
    let own_shape = *a.view().shape_arr();
    zip_mut_with(a.view_mut(), stretch(bv, &own_shape), elem::onto_left(f));
    Ok(rerank(a, shape))
}

macro_rules! binary_ops {
    ($($trait:ident $method:ident $op:tt $try:ident,)*) => {$(
        binary_ops!(@refs $trait $method $op:
            ['a,] &'a Owned<T, D>;
            ['a,] View<'a, T, D>;
            ['a, 'b,] &'a View<'b, T, D>;
            ['a, 'b,] &'a ViewMut<'b, T, D>;
            ['a, 'b,] &'a CowArray<'b, T, D>;
        );

        /// Element-wise, broadcasting as NumPy does. The result reuses this array's buffer
        /// when it has this array's shape.
        ///
        /// # Panics
        /// When the shapes do not broadcast together
        /// (`operands could not be broadcast together with shapes (3,) (4,)`).
        impl<T, D, R> $trait<R> for Owned<T, D>
        where
            T: Clone + $trait<Output = T>,
            R: Value<T>,
            D: MaxRankWith<R::Dim>,
        {
            type Output = Out<T, D, R::Dim>;
            #[track_caller]
            fn $method(self, rhs: R) -> Self::Output {
                binary_owned(self, rhs, elem::$method::<T>).or_fail()
            }
        }

        binary_ops!(@try $trait $method $try $op: [] Owned<T, D>; ['a,] View<'a, T, D>;
            ['a,] ViewMut<'a, T, D>; ['a,] CowArray<'a, T, D>;);
    )*};
    (@refs $trait:ident $method:ident $op:tt: $([$($g:tt)*] $lhs:ty;)*) => {$(
        /// Element-wise, broadcasting as NumPy does; a new array (or the right operand's
        /// buffer, when it is an `Owned` given by value of the result's shape).
        ///
        /// # Panics
        /// When the shapes do not broadcast together
        /// (`operands could not be broadcast together with shapes (3,) (4,)`).
        impl<$($g)* T, D, R> $trait<R> for $lhs
        where
            T: Clone + $trait<Output = T>,
            R: Value<T>,
            D: MaxRankWith<R::Dim>,
        {
            type Output = Out<T, D, R::Dim>;
            #[track_caller]
            fn $method(self, rhs: R) -> Self::Output {
                binary(self.view(), rhs, elem::$method::<T>).or_fail()
            }
        }
    )*};
    (@try $trait:ident $method:ident $try:ident $op:tt: $([$($g:tt)*] $lhs:ty;)*) => {$(
        impl<$($g)* T: Clone + $trait<Output = T>, D: Dim> $lhs {
            #[doc = concat!("`self ", stringify!($op), " rhs` element-wise, broadcasting as NumPy does, ")]
            /// returning the error instead of panicking when the shapes do not broadcast.
            ///
            /// # Errors
            /// [`ShapeError::Operands`] naming both shapes.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![1, 2, 3];
            /// assert!(a.try_add(&array![1, 2]).is_err());
            /// assert_eq!(a.try_mul(2).unwrap(), array![2, 4, 6]);
            /// ```
            pub fn $try<R: Value<T>>(&self, rhs: R) -> Result<Out<T, D, R::Dim>, ShapeError>
            where
                D: MaxRankWith<R::Dim>,
            {
                binary(self.view(), rhs, elem::$method::<T>)
            }
        }
    )*};
}

binary_ops! {
    Add add + try_add,
    Sub sub - try_sub,
    Mul mul * try_mul,
    Div div / try_div,
    Rem rem % try_rem,
    BitAnd bitand & try_bitand,
    BitOr bitor | try_bitor,
    BitXor bitxor ^ try_bitxor,
}

macro_rules! unary_ops {
    ($($trait:ident $method:ident $in_place:ident;)*) => {$(
        unary_ops!(@refs $trait $method:
            ['a,] &'a Owned<T, D>;
            ['a,] View<'a, T, D>;
            ['a, 'b,] &'a View<'b, T, D>;
            ['a, 'b,] &'a ViewMut<'b, T, D>;
            ['a, 'b,] &'a CowArray<'b, T, D>;
        );

        /// Element-wise, in this array's own buffer.
        impl<T: Clone + $trait<Output = T>, D: Dim> $trait for Owned<T, D> {
            type Output = Owned<T, D>;
            fn $method(mut self) -> Owned<T, D> {
                kernels::for_each_mut(self.view_mut(), elem::$in_place::<T>);
                self
            }
        }
    )*};
    (@refs $trait:ident $method:ident: $([$($g:tt)*] $lhs:ty;)*) => {$(
        /// Element-wise; a new array.
        impl<$($g)* T: Clone + $trait<Output = T>, D: Dim> $trait for $lhs {
            type Output = Owned<T, D>;
            fn $method(self) -> Owned<T, D> {
                let v = self.view();
                let data = map_collect(v, elem::$method::<T>);
                // SAFETY: one element per element of a valid shape.
                unsafe { kernels::owned(*v.shape_arr(), data) }
            }
        }
    )*};
}

unary_ops! {
    Neg neg neg_in_place;
    Not not not_in_place;
}

macro_rules! scalar_left {
    ($($t:ty)*) => {$(
        scalar_left!(@each $t: Add add, Sub sub, Mul mul, Div div, Rem rem);
    )*};
    (@each $t:ty: $($trait:ident $method:ident),*) => {$(
        scalar_left!(@refs $t, $trait $method:
            ['a,] &'a Owned<$t, D>;
            ['a,] View<'a, $t, D>;
            ['a, 'b,] &'a View<'b, $t, D>;
            ['a, 'b,] &'a ViewMut<'b, $t, D>;
            ['a, 'b,] &'a CowArray<'b, $t, D>;
        );

        /// A scalar on the left, element-wise, in the array's own buffer.
        impl<D: Dim> $trait<Owned<$t, D>> for $t {
            type Output = Owned<$t, D>;
            fn $method(self, mut rhs: Owned<$t, D>) -> Owned<$t, D> {
                // `self - x`, not `x - self`: the scalar is the left operand.
                let f = elem::scalar_left_in_place(self, <$t as $trait>::$method);
                kernels::for_each_mut(rhs.view_mut(), f);
                rhs
            }
        }
    )*};
    (@refs $t:ty, $trait:ident $method:ident: $([$($g:tt)*] $rhs:ty;)*) => {$(
        /// A scalar on the left, element-wise; a new array.
        impl<$($g)* D: Dim> $trait<$rhs> for $t {
            type Output = Owned<$t, D>;
            fn $method(self, rhs: $rhs) -> Owned<$t, D> {
                let v = rhs.view();
                let data = map_collect(v, elem::scalar_left(self, <$t as $trait>::$method));
                // SAFETY: one element per element of a valid shape.
                unsafe { kernels::owned(*v.shape_arr(), data) }
            }
        }
    )*};
}

scalar_left!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64);
