//! Element-wise comparisons that build boolean masks (`a > 5`, `a <= b`), and `&`, `|`,
//! `!` on masks, with NumPy's broadcasting.
//!
//! The `index!` macro compiles a comparison written inside brackets into these functions;
//! outside `index!` the same masks come from the methods [`Owned::gt`] and friends.
//!
//! The left operand is an array; the right one is an array of the same element type or a
//! scalar. The result has the larger rank of the two, as NumPy's broadcasting gives.

use typenum::{Max, Maximum};

use crate::error::{IndexError, TupleShape};
use crate::kernels;
use crate::rank::{Dim, ToRank};
use crate::write::Value;
use crate::{CowArray, Owned, View, ViewMut};

/// An array on the left of a comparison.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array: the left side of a comparison in an index must be one",
    label = "expected an array",
    note = "write the array first: `a > x` rather than `x < a` (a literal on the left, as in `5 < a`, is turned around for you)"
)]
pub trait ArrayOperand {
    /// The element type.
    type Elem;
    /// The rank.
    type Dim: Dim;
    /// The array as a view.
    fn operand(&self) -> View<'_, Self::Elem, Self::Dim>;
}

macro_rules! array_operands {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> ArrayOperand for $ty {
            type Elem = T;
            type Dim = D;
            #[inline]
            fn operand(&self) -> View<'_, T, D> {
                self.view()
            }
        }
    )*};
}

array_operands! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

impl<X: ArrayOperand + ?Sized> ArrayOperand for &X {
    type Elem = X::Elem;
    type Dim = X::Dim;
    #[inline]
    fn operand(&self) -> View<'_, X::Elem, X::Dim> {
        (**self).operand()
    }
}

/// The rank of the broadcast of ranks `A` and `B`: the larger one.
pub type MaxRank<A, B> = <Maximum<<A as Dim>::Tn, <B as Dim>::Tn> as ToRank>::Rank;

/// The mask of two operands of ranks `A` and `B`, or the error of shapes that do not
/// broadcast together.
pub type MaskOf<A, B> = Result<Owned<bool, MaxRank<A, B>>, IndexError>;

/// Applies `f` element-wise to two operands broadcast together.
pub(crate) fn zip_map<T, U, R, A: Dim, B: Dim, O: Dim>(
    a: View<'_, T, A>,
    b: View<'_, U, B>,
    f: impl FnMut(&T, &U) -> R,
) -> Result<Owned<R, O>, IndexError> {
    kernels::zip_map(a, b, f).map_err(|e| match e {
        crate::ShapeError::Operands { left, right } => IndexError::Operands2 { left, right },
        other => other.into(),
    })
}

macro_rules! comparisons {
    ($($(#[$doc:meta])* $name:ident $op:tt;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// [`IndexError::Operands2`] when the shapes do not broadcast together.
        pub fn $name<L, R>(l: &L, r: &R) -> MaskOf<L::Dim, R::Dim>
        where
            L: ArrayOperand + ?Sized,
            L::Elem: PartialOrd,
            R: Value<L::Elem> + ?Sized,
            <L::Dim as Dim>::Tn: Max<<R::Dim as Dim>::Tn>,
            Maximum<<L::Dim as Dim>::Tn, <R::Dim as Dim>::Tn>: ToRank,
        {
            // The trait's method rather than a closure, which would be a new type (and a
            // new copy of the loops) for every `L` and `R`.
            zip_map(l.operand(), r.as_array(), comparisons!(@method L::Elem, $op))
        }
    )*};
    // The trait method of each operator.
    (@method $t:ty, >) => { <$t as PartialOrd>::gt };
    (@method $t:ty, >=) => { <$t as PartialOrd>::ge };
    (@method $t:ty, <) => { <$t as PartialOrd>::lt };
    (@method $t:ty, <=) => { <$t as PartialOrd>::le };
    (@method $t:ty, ==) => { <$t as PartialEq>::eq };
    (@method $t:ty, !=) => { <$t as PartialEq>::ne };
}

comparisons! {
    /// `l > r` element-wise.
    gt >;
    /// `l >= r` element-wise.
    ge >=;
    /// `l < r` element-wise.
    lt <;
    /// `l <= r` element-wise.
    le <=;
    /// `l == r` element-wise.
    eq ==;
    /// `l != r` element-wise.
    ne !=;
}

/// `x & y`, as a function rather than a closure, so that every caller shares its loop.
fn both(x: &bool, y: &bool) -> bool {
    *x & *y
}

/// `x | y`, as [`both`].
fn either(x: &bool, y: &bool) -> bool {
    *x | *y
}

/// `l & r` on masks.
///
/// # Errors
/// [`IndexError::Operands2`] when the shapes do not broadcast together.
pub fn and<L, R>(l: &L, r: &R) -> MaskOf<L::Dim, R::Dim>
where
    L: ArrayOperand<Elem = bool> + ?Sized,
    R: ArrayOperand<Elem = bool> + ?Sized,
    <L::Dim as Dim>::Tn: Max<<R::Dim as Dim>::Tn>,
    Maximum<<L::Dim as Dim>::Tn, <R::Dim as Dim>::Tn>: ToRank,
{
    zip_map(l.operand(), r.operand(), both)
}

/// `l | r` on masks.
///
/// # Errors
/// [`IndexError::Operands2`] when the shapes do not broadcast together.
pub fn or<L, R>(l: &L, r: &R) -> MaskOf<L::Dim, R::Dim>
where
    L: ArrayOperand<Elem = bool> + ?Sized,
    R: ArrayOperand<Elem = bool> + ?Sized,
    <L::Dim as Dim>::Tn: Max<<R::Dim as Dim>::Tn>,
    Maximum<<L::Dim as Dim>::Tn, <R::Dim as Dim>::Tn>: ToRank,
{
    zip_map(l.operand(), r.operand(), either)
}

/// `!m` on a mask.
pub fn not<M: ArrayOperand<Elem = bool> + ?Sized>(m: &M) -> Owned<bool, M::Dim> {
    let v = m.operand();
    let data: Vec<bool> = v.iter().map(|x| !*x).collect();
    // SAFETY: one element per element of a valid shape.
    unsafe { Owned::from_vec_unchecked(*v.shape_arr(), data) }
}

impl<T, D: Dim> View<'_, T, D> {
    #[inline(always)]
    pub(crate) fn shape_arr(&self) -> &D::Shape {
        &self.shape
    }
}

/// Prints the two shapes of a failed element-wise operation.
pub(crate) fn operands_message(
    f: &mut core::fmt::Formatter<'_>,
    l: &[usize],
    r: &[usize],
) -> core::fmt::Result {
    write!(
        f,
        "operands could not be broadcast together with shapes {} {}",
        TupleShape(l),
        TupleShape(r)
    )
}

macro_rules! mask_methods {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T: PartialOrd, D: Dim> $ty {
            mask_methods!(@one
                /// The mask `self > other` (a scalar or an array that broadcasts), as `index!`
                /// builds for `a > other`.
                ///
                /// # Panics
                /// When the shapes do not broadcast together; [`mask::gt`](crate::mask::gt)
                /// returns the error instead.
                ///
                /// ```
                /// use typed_array::prelude::*;
                /// let a = array![1, 5, 3];
                /// assert_eq!(a.gt(2), array![false, true, true]);
                /// assert_eq!(a.le(&array![1, 1, 3]), array![true, false, true]);
                /// ```
                gt => gt);
            mask_methods!(@one
                /// The mask `self >= other`; see [`gt`](Self::gt).
                ///
                /// # Panics
                /// When the shapes do not broadcast together.
                ge => ge);
            mask_methods!(@one
                /// The mask `self < other`; see [`gt`](Self::gt).
                ///
                /// # Panics
                /// When the shapes do not broadcast together.
                lt => lt);
            mask_methods!(@one
                /// The mask `self <= other`; see [`gt`](Self::gt).
                ///
                /// # Panics
                /// When the shapes do not broadcast together.
                le => le);
            mask_methods!(@one
                /// The mask `self == other` element-wise; see [`gt`](Self::gt).
                ///
                /// # Panics
                /// When the shapes do not broadcast together.
                eq_elem => eq);
            mask_methods!(@one
                /// The mask `self != other` element-wise; see [`gt`](Self::gt).
                ///
                /// # Panics
                /// When the shapes do not broadcast together.
                ne_elem => ne);
        }
    )*};
    (@one $(#[$doc:meta])* $name:ident => $f:ident) => {
        $(#[$doc])*
        #[track_caller]
        pub fn $name<R: Value<T>>(&self, other: R) -> Owned<bool, MaxRank<D, R::Dim>>
        where
            D::Tn: Max<<R::Dim as Dim>::Tn>,
            Maximum<D::Tn, <R::Dim as Dim>::Tn>: ToRank,
        {
            crate::error::OrFail::or_fail($f(self, &other))
        }
    };
}

mask_methods! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}
