//! Ranks at the type level.
//!
//! The public rank of an array is [`Rank<N>`], a const-generic marker, so that compiler
//! messages print `Rank<2>` rather than typenum's `UInt<UInt<UTerm, B1>, B0>`. Arithmetic on
//! ranks (an integer index removes an axis, `None` adds one) goes through typenum: every
//! supported `Rank<N>` names its typenum twin in [`Dim::Tn`], and [`ToRank`] maps a typenum
//! number back to the `Rank` it stands for.

use core::fmt::Debug;
use core::hash::Hash;
use core::ops::{Add, Sub};

use typenum::{B1, Const, Diff, IsGreaterOrEqual, Sum, ToUInt, U, Unsigned};

/// The rank (number of axes) of an array, as a type: `Rank<2>` is a matrix.
///
/// Use the aliases [`U0`], [`U1`], [`U2`], ... in signatures:
///
/// ```
/// use typed_array::prelude::*;
/// fn trace(m: View<'_, i32, U2>) -> i32 {
///     (0..m.shape()[0].min(m.shape()[1])).map(|i| m[[i, i]]).sum()
/// }
/// assert_eq!(trace(array![[1, 2], [3, 4]].view()), 5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rank<const N: usize>;

/// A supported rank. Implemented for [`Rank<N>`] with `N` from 0 to [`MAX_RANK`].
///
/// This trait is sealed: the set of ranks is fixed by this crate. Code generic over the
/// rank takes `D: Dim`:
///
/// ```
/// use typed_array::prelude::*;
/// fn describe<T, D: Dim>(a: View<'_, T, D>) -> String {
///     format!("{}-d array of {} elements", D::NDIM, a.len())
/// }
/// assert_eq!(describe(array![[1, 2], [3, 4]].view()), "2-d array of 4 elements");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a supported array rank",
    label = "not a rank",
    note = "ranks are written `U0`, `U1`, `U2`, ... (that is `Rank<0>`, `Rank<1>`, ...), up to `Rank<32>`"
)]
pub trait Dim:
    Copy + Debug + Default + Eq + Hash + Send + Sync + 'static + private::Sealed
{
    /// The number of axes.
    const NDIM: usize;
    /// The shape, `[usize; NDIM]`.
    type Shape: Copy + Debug + Eq + Hash + Send + Sync + 'static + AsRef<[usize]> + AsMut<[usize]>;
    /// The strides, `[isize; NDIM]`, in elements.
    type Strides: Copy + Debug + Eq + Hash + Send + Sync + 'static + AsRef<[isize]> + AsMut<[isize]>;
    /// The same rank as a typenum number, for rank arithmetic.
    #[doc(hidden)]
    type Tn: Unsigned;
    /// A shape of this rank filled with `v`.
    fn shape_filled(v: usize) -> Self::Shape;
    /// Strides of this rank filled with `v`.
    fn strides_filled(v: isize) -> Self::Strides;
}

/// Maps a typenum number back to the [`Rank`] it stands for.
#[diagnostic::on_unimplemented(
    message = "the resulting array would have more than 32 axes",
    label = "too many axes"
)]
pub trait ToRank {
    /// The rank.
    type Rank: Dim;
}

/// The largest rank this crate supports.
pub const MAX_RANK: usize = 32;

mod private {
    pub trait Sealed {}
}

macro_rules! ranks {
    ($($n:literal $u:ident,)*) => {
        $(
            impl private::Sealed for Rank<$n> {}
            impl Dim for Rank<$n> {
                const NDIM: usize = $n;
                type Shape = [usize; $n];
                type Strides = [isize; $n];
                type Tn = typenum::consts::$u;
                #[inline(always)]
                fn shape_filled(v: usize) -> Self::Shape {
                    [v; $n]
                }
                #[inline(always)]
                fn strides_filled(v: isize) -> Self::Strides {
                    [v; $n]
                }
            }
            impl ToRank for typenum::consts::$u {
                type Rank = Rank<$n>;
            }
            #[doc = concat!("Rank ", stringify!($n), ": an array with ", stringify!($n), " axes.")]
            pub type $u = Rank<$n>;
        )*
    };
}

ranks! {
    0 U0, 1 U1, 2 U2, 3 U3, 4 U4, 5 U5, 6 U6, 7 U7, 8 U8, 9 U9, 10 U10, 11 U11, 12 U12,
    13 U13, 14 U14, 15 U15, 16 U16, 17 U17, 18 U18, 19 U19, 20 U20, 21 U21, 22 U22, 23 U23,
    24 U24, 25 U25, 26 U26, 27 U27, 28 U28, 29 U29, 30 U30, 31 U31, 32 U32,
}

/// The rank of the result of a basic index: the array's rank minus `K` integer items plus
/// `M` new axes, checked to consume at most as many axes (`C`: integers and slices) as the
/// array has.
///
/// The counts are const parameters, for code that builds basic indexes at run time from
/// known counts (the property tests do); the `index!` macro resolves its brackets with the
/// more general `Resolve`, which also knows index arrays and masks.
#[diagnostic::on_unimplemented(
    message = "too many indices for array: array of rank `{Self}`, but {C} were indexed",
    label = "this index has more items than the array has axes",
    note = "each integer or slice consumes one axis; `...` and `None` consume none",
    note = "in chained brackets (`a[0][1]`), each bracket indexes what the previous one left: after one integer per axis, that is a single element"
)]
pub trait IndexRank<const C: usize, const K: usize, const M: usize>: Dim {
    /// The rank of the result.
    type Out: Dim;
    /// The rank of the result, as a value.
    #[inline(always)]
    fn out(self) -> Self::Out {
        Self::Out::default()
    }
}

#[diagnostic::do_not_recommend]
impl<D: Dim, const C: usize, const K: usize, const M: usize> IndexRank<C, K, M> for D
where
    Const<C>: ToUInt,
    Const<K>: ToUInt,
    Const<M>: ToUInt,
    D::Tn: IsGreaterOrEqual<U<C>, Output = B1> + Sub<U<K>>,
    Diff<D::Tn, U<K>>: Add<U<M>>,
    Sum<Diff<D::Tn, U<K>>, U<M>>: ToRank,
{
    type Out = <Sum<Diff<D::Tn, U<K>>, U<M>> as ToRank>::Rank;
}

/// The rank one higher, for operations that add an axis.
#[diagnostic::on_unimplemented(
    message = "an array of rank `{Self}` cannot gain an axis",
    label = "ranks go up to `Rank<32>`"
)]
pub trait RankUp: Dim {
    /// `Self + 1`.
    type Up: Dim;
}

#[diagnostic::do_not_recommend]
impl<D: Dim> RankUp for D
where
    D::Tn: Add<typenum::U1>,
    Sum<D::Tn, typenum::U1>: ToRank,
{
    type Up = <Sum<D::Tn, typenum::U1> as ToRank>::Rank;
}

/// The rank one lower, for operations that remove an axis.
#[diagnostic::on_unimplemented(
    message = "an array of rank `{Self}` has no axis to remove",
    label = "a 0-d array has no axes"
)]
pub trait RankDown: Dim {
    /// `Self - 1`.
    type Down: Dim;
}

#[diagnostic::do_not_recommend]
impl<D: Dim> RankDown for D
where
    D::Tn: Sub<typenum::U1>,
    Diff<D::Tn, typenum::U1>: ToRank,
{
    type Down = <Diff<D::Tn, typenum::U1> as ToRank>::Rank;
}

/// The larger of two ranks: the rank of the result of an element-wise operation between
/// arrays of ranks `Self` and `B`, which NumPy's broadcasting gives.
#[diagnostic::on_unimplemented(
    message = "arrays of ranks `{Self}` and `{B}` cannot be combined element-wise",
    label = "ranks go up to `Rank<32>`"
)]
pub trait MaxRankWith<B: Dim>: Dim {
    /// `max(Self, B)`.
    type Max: Dim;
}

#[diagnostic::do_not_recommend]
impl<A: Dim, B: Dim> MaxRankWith<B> for A
where
    A::Tn: typenum::Max<B::Tn>,
    typenum::Maximum<A::Tn, B::Tn>: ToRank,
{
    type Max = <typenum::Maximum<A::Tn, B::Tn> as ToRank>::Rank;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out<D: IndexRank<C, K, M>, const C: usize, const K: usize, const M: usize>() -> usize {
        <D as IndexRank<C, K, M>>::Out::NDIM
    }

    #[test]
    fn rank_arithmetic() {
        assert_eq!(out::<U3, 1, 1, 0>(), 2);
        assert_eq!(out::<U2, 2, 1, 2>(), 3);
        assert_eq!(out::<U2, 2, 2, 0>(), 0);
        assert_eq!(out::<U0, 0, 0, 3>(), 3);
        assert_eq!(U16::NDIM, 16);
        assert_eq!(<U32 as Dim>::shape_filled(1).len(), 32);
    }
}
