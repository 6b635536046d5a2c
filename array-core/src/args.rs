//! What each item of an `index!` bracket is, at the type level, and the rank and kind of
//! the result that follows.
//!
//! The macro cannot tell `a[i]` (an integer) from `a[idx]` (an index array) by syntax, so
//! every item becomes a value whose type says what it is ([`Arg`]), and each bracket's items
//! form a nested tuple `(a0, (a1, (a2, ())))` whose [`Kind`] sums them up with typenum:
//! axes consumed `C`, basic output axes `S` (slices and new axes), the largest advanced
//! rank `A` (an index array's rank; 1 for a mask; 0 for an integer), whether any item is an
//! array or mask, and whether every item is an integer. The result has rank
//! `D - C + S + A`; it is a copy when any item is advanced, the element itself when the
//! items are integers only and consume every axis, and a view otherwise.

use core::marker::PhantomData;
use core::ops::{Add, BitAnd, BitOr, Sub};
use std::borrow::Cow;

use typenum::{
    And, B0, B1, Bit, Diff, Eq, Gr, IsEqual, IsGreater, IsGreaterOrEqual, Max, Maximum, Or, Sum,
    U0 as T0, U1 as T1, Unsigned,
};

use crate::advanced::{AdvItem, IndexData};
use crate::rank::{Dim, Rank, ToRank};
use crate::slicing::{IndexInt, Item};
use crate::{CowArray, Owned, View, ViewMut};

/// The type-level summary of one item, or of a list of items.
pub trait Kind {
    /// Axes consumed.
    type C: Unsigned;
    /// Basic output axes (one per slice and per new axis).
    type S: Unsigned;
    /// The largest advanced rank.
    type A: Unsigned;
    /// Whether any item is an array or a mask.
    type Adv: Bit;
    /// Whether every item is a plain integer.
    type Int: Bit;
}

/// A kind with all five parts given.
#[derive(Debug)]
pub struct K<C, S, A, Adv, Int>(PhantomData<(C, S, A, Adv, Int)>);

impl<C: Unsigned, S: Unsigned, A: Unsigned, Adv: Bit, Int: Bit> Kind for K<C, S, A, Adv, Int> {
    type C = C;
    type S = S;
    type A = A;
    type Adv = Adv;
    type Int = Int;
}

/// An integer: consumes one axis.
pub type IntKind = K<T1, T0, T0, B0, B1>;
/// A slice: consumes one axis, keeps it.
pub type SliceKind = K<T1, T1, T0, B0, B0>;
/// `None`: adds an axis.
pub type NewAxisKind = K<T0, T1, T0, B0, B0>;
/// `...`: consumes nothing itself (the remaining axes stay, by the rank formula).
pub type EllipsisKind = K<T0, T0, T0, B0, B0>;
/// An integer array of rank `R`: consumes one axis, contributes its rank. A 0-d index
/// array is an integer, as in NumPy (`a[np.array(1)]` is a view).
pub type ArrayKind<R> = K<T1, T0, R, Gr<R, T0>, Eq<R, T0>>;
/// A mask of rank `R`: consumes `R` axes, contributes one.
pub type MaskKind<R> = K<R, T0, T1, B1, B0>;

/// The kind of a bracket whose items are all basic and literal (slices, integer literals,
/// `...`, `None`), which the macro sums up itself: `C` axes consumed, `S` added, and
/// whether every item is an integer. It spares the compiler the item-by-item sum.
#[derive(Debug)]
pub struct Basic<const C: usize, const S: usize, const INT: bool>;

impl<const C: usize, const S: usize> Kind for Basic<C, S, false>
where
    Rank<C>: Dim,
    Rank<S>: Dim,
{
    type C = <Rank<C> as Dim>::Tn;
    type S = <Rank<S> as Dim>::Tn;
    type A = T0;
    type Adv = B0;
    type Int = B0;
}

impl<const C: usize> Kind for Basic<C, 0, true>
where
    Rank<C>: Dim,
{
    type C = <Rank<C> as Dim>::Tn;
    type S = T0;
    type A = T0;
    type Adv = B0;
    type Int = B1;
}

/// The kind of a bracket the macro summed up, as a value.
#[inline(always)]
pub fn basic_kind<const C: usize, const S: usize, const INT: bool>() -> PhantomData<Basic<C, S, INT>>
{
    PhantomData
}

impl Kind for () {
    type C = T0;
    type S = T0;
    type A = T0;
    type Adv = B0;
    type Int = B1;
}

impl<H: Arg, T: Kind> Kind for (H, T)
where
    <H::Kind as Kind>::C: Add<T::C>,
    <H::Kind as Kind>::S: Add<T::S>,
    <H::Kind as Kind>::A: Max<T::A>,
    <H::Kind as Kind>::Adv: BitOr<T::Adv>,
    <H::Kind as Kind>::Int: BitAnd<T::Int>,
    Sum<<H::Kind as Kind>::C, T::C>: Unsigned,
    Sum<<H::Kind as Kind>::S, T::S>: Unsigned,
    Maximum<<H::Kind as Kind>::A, T::A>: Unsigned,
    Or<<H::Kind as Kind>::Adv, T::Adv>: Bit,
    And<<H::Kind as Kind>::Int, T::Int>: Bit,
{
    type C = Sum<<H::Kind as Kind>::C, T::C>;
    type S = Sum<<H::Kind as Kind>::S, T::S>;
    type A = Maximum<<H::Kind as Kind>::A, T::A>;
    type Adv = Or<<H::Kind as Kind>::Adv, T::Adv>;
    type Int = And<<H::Kind as Kind>::Int, T::Int>;
}

/// One evaluated item of a bracket.
pub trait Arg {
    /// What it is.
    type Kind: Kind;
    /// The item for a basic index (only called when every item is basic).
    fn basic(&self) -> Item;
    /// The item for an advanced index (borrowing what the item borrows).
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i;
}

impl Arg for Item {
    type Kind = SliceKind;
    #[inline(always)]
    fn basic(&self) -> Item {
        *self
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Basic(self)
    }
}

/// An integer item.
#[derive(Clone, Copy, Debug)]
pub struct IntArg(pub Item);

impl Arg for IntArg {
    type Kind = IntKind;
    #[inline(always)]
    fn basic(&self) -> Item {
        self.0
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Basic(self.0)
    }
}

/// `None`.
#[derive(Clone, Copy, Debug)]
pub struct NewAxisArg;

impl Arg for NewAxisArg {
    type Kind = NewAxisKind;
    #[inline(always)]
    fn basic(&self) -> Item {
        Item::NewAxis
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Basic(Item::NewAxis)
    }
}

/// `...`.
#[derive(Clone, Copy, Debug)]
pub struct EllipsisArg;

impl Arg for EllipsisArg {
    type Kind = EllipsisKind;
    #[inline(always)]
    fn basic(&self) -> Item {
        Item::Ellipsis
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Basic(Item::Ellipsis)
    }
}

/// An integer index array of rank `R` (a typenum number): owned entries, or the user's
/// array borrowed for `'i`.
#[derive(Debug)]
pub struct IntsArg<'i, R> {
    shape: Vec<usize>,
    data: IndexData<'i>,
    rank: PhantomData<R>,
}

impl<R: Unsigned + IsGreater<T0> + IsEqual<T0>> Arg for IntsArg<'_, R>
where
    Gr<R, T0>: Bit,
    Eq<R, T0>: Bit,
{
    type Kind = ArrayKind<R>;
    /// The integer of a 0-d index array; a placeholder otherwise, since a bracket with an
    /// index array of rank 1 or more never reads its basic items.
    fn basic(&self) -> Item {
        let first = match &self.data {
            IndexData::Owned(v) => v.first().copied(),
            IndexData::Borrowed(src) => src.first(),
        };
        match (self.shape.is_empty(), first) {
            (true, Some(k)) => Item::Index(k),
            _ => Item::NewAxis,
        }
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Ints {
            shape: self.shape,
            data: self.data,
        }
    }
}

/// A boolean mask of rank `R`, flattened in C order: the user's array borrowed for `'i`
/// when it is C-contiguous, its entries copied otherwise.
#[derive(Clone, Debug)]
pub struct MaskArg<'i, R> {
    shape: Vec<usize>,
    data: Cow<'i, [bool]>,
    rank: PhantomData<R>,
}

impl<R: Unsigned> Arg for MaskArg<'_, R> {
    type Kind = MaskKind<R>;
    /// A placeholder: a bracket with a mask never reads its basic items.
    fn basic(&self) -> Item {
        Item::NewAxis
    }
    fn into_advanced<'i>(self) -> AdvItem<'i>
    where
        Self: 'i,
    {
        AdvItem::Mask {
            shape: self.shape,
            data: self.data,
        }
    }
}

/// A list of items, as the nested tuple the macro builds.
pub trait ArgList: Kind {
    /// Appends the advanced form of every item.
    fn into_advanced<'i>(self, out: &mut Vec<AdvItem<'i>>)
    where
        Self: 'i;
}

impl ArgList for () {
    fn into_advanced<'i>(self, _: &mut Vec<AdvItem<'i>>)
    where
        Self: 'i,
    {
    }
}

impl<H: Arg, T: ArgList> ArgList for (H, T)
where
    (H, T): Kind,
{
    fn into_advanced<'i>(self, out: &mut Vec<AdvItem<'i>>)
    where
        Self: 'i,
    {
        out.push(self.0.into_advanced());
        self.1.into_advanced(out);
    }
}

/// Converts an expression written as an index item: an integer of any type, or an array of
/// integers or booleans.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as an index",
    label = "expected an integer, an integer array or a boolean mask",
    note = "an index item is an integer of any integer type, a slice `start:stop:step`, `...`, `None`, an integer array (`[0, 2]`, `Vec<usize>`, `&[i64]`, an `Owned`/`View` of integers) or a boolean mask (an array of `bool`, or a comparison such as `a > 5`)"
)]
///
/// The item type is a parameter rather than an associated type so that a failed conversion
/// leaves nothing behind to fail a second time: the user sees one error.
pub trait IntoArg<A> {
    /// Converts.
    fn into_arg(self) -> A;
}

macro_rules! int_args {
    ($($t:ty)*) => {$(
        impl IntoArg<IntArg> for $t {
            #[inline(always)]
            fn into_arg(self) -> IntArg {
                IntArg(crate::slicing::index_item(self.to_i128()))
            }
        }
    )*};
}

int_args!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// The entries of an index array as `isize`; values beyond `isize` saturate (they are out
/// of bounds of any axis, and reported as such).
fn to_isize<I: IndexInt>(i: &I) -> isize {
    i.to_isize_clamped()
}

/// An index array that borrows the user's array: its entries are read once, into offsets.
fn ints_from_view<I: IndexInt, D: Dim>(v: View<'_, I, D>) -> IntsArg<'_, D::Tn> {
    IntsArg {
        shape: v.shape().to_vec(),
        data: IndexData::Borrowed(Box::new(v)),
        rank: PhantomData,
    }
}

/// An index array that owns its entries (the user gave the array by value).
fn ints_owned<'i, I: IndexInt, R>(
    shape: Vec<usize>,
    entries: impl Iterator<Item = I>,
    n: usize,
) -> IntsArg<'i, R> {
    let mut data = crate::alloc::vec_with_capacity(n);
    data.extend(entries.map(|k| to_isize(&k)));
    IntsArg {
        shape,
        data: IndexData::Owned(data),
        rank: PhantomData,
    }
}

/// A mask array given by value hands over its buffer (C order).
fn mask_owned<D: Dim>(a: Owned<bool, D>) -> MaskArg<'static, D::Tn> {
    MaskArg {
        shape: a.shape().to_vec(),
        data: Cow::Owned(a.into_vec()),
        rank: PhantomData,
    }
}

fn mask_from_view<D: Dim>(v: View<'_, bool, D>) -> MaskArg<'_, D::Tn> {
    let data = match v.as_slice() {
        Some(s) => Cow::Borrowed(s),
        None => {
            let mut data = crate::alloc::vec_with_capacity(v.len());
            data.extend(v.iter().copied());
            Cow::Owned(data)
        }
    };
    MaskArg {
        shape: v.shape().to_vec(),
        data,
        rank: PhantomData,
    }
}

macro_rules! int_array_args {
    ($([$($g:tt)*] $ty:ty => $lt:lifetime, |$x:ident| $arg:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($g)* I: IndexInt, D: Dim> IntoArg<IntsArg<$lt, D::Tn>> for $ty
        where
            D::Tn: IsGreater<T0> + IsEqual<T0>,
            Gr<D::Tn, T0>: Bit,
            Eq<D::Tn, T0>: Bit,
        {
            fn into_arg(self) -> IntsArg<$lt, D::Tn> {
                let $x = self;
                $arg
            }
        }
    )*};
}

// Arrays given by reference (or views) are borrowed and read once; arrays given by value
// are converted.
int_array_args! {
    [] Owned<I, D> => 'static, |a| ints_owned(a.shape().to_vec(), a.iter().copied(), a.len());
    ['b,] &'b Owned<I, D> => 'b, |a| ints_from_view(a.view());
    ['b,] View<'b, I, D> => 'b, |a| ints_from_view(a);
    ['b, 'c,] &'b View<'c, I, D> => 'c, |a| ints_from_view(*a);
    ['b, 'c,] &'b ViewMut<'c, I, D> => 'b, |a| ints_from_view(a.view());
    ['b,] CowArray<'b, I, D> => 'static, |a| ints_owned(a.shape().to_vec(), a.iter().copied(), a.len());
    ['b, 'c,] &'b CowArray<'c, I, D> => 'b, |a| ints_from_view(a.view());
}

macro_rules! mask_array_args {
    ($([$($g:tt)*] $bty:ty => $lt:lifetime, |$x:ident| $arg:expr;)*) => {$(
        #[diagnostic::do_not_recommend]
        impl<$($g)* D: Dim> IntoArg<MaskArg<$lt, D::Tn>> for $bty {
            fn into_arg(self) -> MaskArg<$lt, D::Tn> {
                let $x = self;
                $arg
            }
        }
    )*};
}

// Masks given by reference (or views) are borrowed when C-contiguous; a mask given by value
// (a comparison's result, say) hands over its buffer.
mask_array_args! {
    [] Owned<bool, D> => 'static, |a| mask_owned(a);
    ['b,] &'b Owned<bool, D> => 'b, |a| mask_from_view(a.view());
    ['b,] View<'b, bool, D> => 'b, |a| mask_from_view(a);
    ['b, 'c,] &'b View<'c, bool, D> => 'c, |a| mask_from_view(*a);
    ['b, 'c,] &'b ViewMut<'c, bool, D> => 'b, |a| mask_from_view(a.view());
    ['b,] CowArray<'b, bool, D> => 'b, |a| match a.into_parts() {
        Ok(v) => mask_from_view(v),
        Err(a) => mask_owned(a),
    };
    ['b, 'c,] &'b CowArray<'c, bool, D> => 'b, |a| mask_from_view(a.view());
}

#[diagnostic::do_not_recommend]
impl<I: IndexInt> IntoArg<IntsArg<'static, T1>> for Vec<I> {
    fn into_arg(self) -> IntsArg<'static, T1> {
        let n = self.len();
        ints_owned(vec![n], self.into_iter(), n)
    }
}

#[diagnostic::do_not_recommend]
impl<'b, I: IndexInt> IntoArg<IntsArg<'b, T1>> for &'b Vec<I> {
    fn into_arg(self) -> IntsArg<'b, T1> {
        IntoArg::into_arg(self.as_slice())
    }
}

#[diagnostic::do_not_recommend]
impl<'b, I: IndexInt> IntoArg<IntsArg<'b, T1>> for &'b [I] {
    fn into_arg(self) -> IntsArg<'b, T1> {
        IntsArg {
            shape: vec![self.len()],
            data: IndexData::Borrowed(Box::new(self)),
            rank: PhantomData,
        }
    }
}

#[diagnostic::do_not_recommend]
impl IntoArg<MaskArg<'static, T1>> for Vec<bool> {
    fn into_arg(self) -> MaskArg<'static, T1> {
        MaskArg {
            shape: vec![self.len()],
            data: Cow::Owned(self),
            rank: PhantomData,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<'b> IntoArg<MaskArg<'b, T1>> for &'b Vec<bool> {
    fn into_arg(self) -> MaskArg<'b, T1> {
        IntoArg::into_arg(self.as_slice())
    }
}

#[diagnostic::do_not_recommend]
impl<'b> IntoArg<MaskArg<'b, T1>> for &'b [bool] {
    fn into_arg(self) -> MaskArg<'b, T1> {
        MaskArg {
            shape: vec![self.len()],
            data: Cow::Borrowed(self),
            rank: PhantomData,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<I: IndexInt, const N: usize> IntoArg<IntsArg<'static, T1>> for [I; N] {
    fn into_arg(self) -> IntsArg<'static, T1> {
        ints_owned(vec![N], self.into_iter(), N)
    }
}

#[diagnostic::do_not_recommend]
impl<const N: usize> IntoArg<MaskArg<'static, T1>> for [bool; N] {
    fn into_arg(self) -> MaskArg<'static, T1> {
        MaskArg {
            shape: vec![N],
            data: Cow::Owned(self.to_vec()),
            rank: PhantomData,
        }
    }
}

#[diagnostic::do_not_recommend]
impl<'b, I: IndexInt, const N: usize> IntoArg<IntsArg<'b, T1>> for &'b [I; N] {
    fn into_arg(self) -> IntsArg<'b, T1> {
        IntoArg::into_arg(&self[..])
    }
}

#[diagnostic::do_not_recommend]
impl<'b, const N: usize> IntoArg<MaskArg<'b, T1>> for &'b [bool; N] {
    fn into_arg(self) -> MaskArg<'b, T1> {
        IntoArg::into_arg(&self[..])
    }
}

/// A list literal `[[0, 1], [2, 3]]` of integers, flattened by the macro.
pub fn int_list<R: Unsigned, const N: usize>(
    shape: Vec<usize>,
    data: [isize; N],
) -> IntsArg<'static, R> {
    IntsArg {
        shape,
        data: IndexData::Owned(data.to_vec()),
        rank: PhantomData,
    }
}

/// A list literal of booleans, flattened by the macro.
pub fn mask_list<R: Unsigned, const N: usize>(
    shape: Vec<usize>,
    data: [bool; N],
) -> MaskArg<'static, R> {
    MaskArg {
        shape,
        data: Cow::Owned(data.to_vec()),
        rank: PhantomData,
    }
}

/// The rank and kind of the result of an index of kind `L` into an array of rank `Self`.
#[diagnostic::on_unimplemented(
    message = "too many indices for array: the index has more items than an array of rank `{Self}` has axes",
    label = "this index has more items than the array has axes",
    note = "each integer, slice or index array consumes one axis, a mask as many axes as it has; `...` and `None` consume none",
    note = "in chained brackets (`a[0][1]`), each bracket indexes what the previous one left: after one integer per axis, that is a single element"
)]
pub trait Resolve<L: Kind>: Dim {
    /// The rank of the result.
    type Out: Dim;
    /// The rank of the result, with the kinds, as a value for the runtime call.
    #[inline(always)]
    fn resolve(self, _: PhantomData<L>) -> Resolved<Self::Out, L::Adv, L::Int> {
        Resolved(PhantomData)
    }
}

#[diagnostic::do_not_recommend]
impl<D: Dim, L: Kind> Resolve<L> for D
where
    D::Tn: IsGreaterOrEqual<L::C, Output = B1> + Sub<L::C>,
    Diff<D::Tn, L::C>: Add<L::S>,
    Sum<Diff<D::Tn, L::C>, L::S>: Add<L::A>,
    Sum<Sum<Diff<D::Tn, L::C>, L::S>, L::A>: ToRank,
{
    type Out = <Sum<Sum<Diff<D::Tn, L::C>, L::S>, L::A> as ToRank>::Rank;
}

/// The resolved result of one bracket: its rank `O`, whether it is advanced, and whether
/// it is integers only.
#[derive(Debug)]
pub struct Resolved<O, Adv, Int>(PhantomData<(O, Adv, Int)>);

/// The kind of a bracket's items, as a value.
#[inline(always)]
pub fn kinds<L: ArgList>(_: &L) -> PhantomData<L> {
    PhantomData
}
