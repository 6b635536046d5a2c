// Not public API.
//! The runtime half of the `index!` macro. Not public API: the macro's expansion calls
//! these functions, and they may change in any release.
//!
//! The expansion evaluates every item into a value whose type says what it is (see
//! `args.rs`), borrows the array through one of the hidden `__ta_read`/`__ta_write` methods,
//! then, per bracket, resolves the rank and kind of the result with [`Resolve`] (reporting
//! "too many indices" in the user's words) and calls [`read`], [`read_mut`], [`chain`] or
//! one of the `assign_*` functions, which dispatch on that kind: a view, an element, or a
//! copy through index arrays and masks.

use core::ops::{AddAssign, DivAssign, MulAssign, SubAssign};

use core::ops::BitOr;

use typenum::{B0, B1, Bit, Or};

use crate::error::{IndexError, OrFail};
use crate::rank::{Dim, Rank, U0};
use crate::slicing::{self, IndexInt};
use crate::write::{Value, combine, ops};
use crate::{CowArray, Owned, View, ViewMut};

pub use crate::rank::IndexRank;
pub use crate::slicing::{Item, Slice};

/// A slice bound or step given as an expression of any integer type.
#[inline(always)]
pub fn part<I: IndexInt>(i: I) -> Option<isize> {
    Some(i.to_isize_clamped())
}

/// A slice bound or step given as a literal.
#[inline(always)]
pub fn part_lit(i: isize) -> Option<isize> {
    Some(i)
}

/// A slice item.
#[inline(always)]
pub fn slice(start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> Item {
    Item::Slice(Slice { start, stop, step })
}

/// What one bracket of a chained read applies to: a view, the element a previous bracket
/// picked (a rank-0 array, so indexing it further reports too many indices), or the copy a
/// previous advanced bracket made (`Owning`: then every later bracket copies too, as NumPy
/// indexes the copy).
pub trait Source<'a> {
    /// The element type.
    type Elem: 'a;
    /// The rank.
    type Dim: Dim;
    /// Whether the source owns its elements, so that results cannot borrow them.
    type Owning: Bit;
    /// The source as a view (borrowed sources only; the read modes of owning sources call
    /// [`Source::with_view`]).
    fn into_view(self) -> View<'a, Self::Elem, Self::Dim>;
    /// Calls `f` with a view of the source.
    fn with_view<R>(self, f: impl FnOnce(View<'_, Self::Elem, Self::Dim>) -> R) -> R;
}

impl<'a, T, D: Dim> Source<'a> for View<'a, T, D> {
    type Elem = T;
    type Dim = D;
    type Owning = B0;
    #[inline(always)]
    fn into_view(self) -> View<'a, T, D> {
        self
    }
    #[inline(always)]
    fn with_view<R>(self, f: impl FnOnce(View<'_, T, D>) -> R) -> R {
        f(self)
    }
}

impl<'a, T> Source<'a> for &'a T {
    type Elem = T;
    type Dim = U0;
    type Owning = B0;
    #[inline(always)]
    fn into_view(self) -> View<'a, T, U0> {
        View::from_ref(self)
    }
    #[inline(always)]
    fn with_view<R>(self, f: impl FnOnce(View<'_, T, U0>) -> R) -> R {
        f(View::from_ref(self))
    }
}

impl<'a, T: 'a, D: Dim> Source<'a> for Owned<T, D> {
    type Elem = T;
    type Dim = D;
    type Owning = B1;
    fn into_view(self) -> View<'a, T, D> {
        // `Owning` is B1, so the read modes (which select on it) never call this.
        unreachable!("an owned intermediate is read through `with_view`")
    }
    #[inline(always)]
    fn with_view<R>(self, f: impl FnOnce(View<'_, T, D>) -> R) -> R {
        f(self.view())
    }
}

/// What one bracket of a chained write applies to.
pub trait SourceMut<'a> {
    /// The element type.
    type Elem: 'a;
    /// The rank.
    type Dim: Dim;
    /// The source as a writable view.
    fn into_view_mut(self) -> ViewMut<'a, Self::Elem, Self::Dim>;
}

impl<'a, T, D: Dim> SourceMut<'a> for ViewMut<'a, T, D> {
    type Elem = T;
    type Dim = D;
    #[inline(always)]
    fn into_view_mut(self) -> ViewMut<'a, T, D> {
        self
    }
}

impl<'a, T> SourceMut<'a> for &'a mut T {
    type Elem = T;
    type Dim = U0;
    #[inline(always)]
    fn into_view_mut(self) -> ViewMut<'a, T, U0> {
        ViewMut::from_mut(self)
    }
}

/// The result of an index of integers only: a reference to the element when every axis is
/// consumed (rank 0), else a view of the remaining axes.
pub trait ElemOrView: Dim {
    /// `&'a T` at rank 0, else `View<'a, T, Self>`.
    type Ref<'a, T: 'a>;
    /// `&'a mut T` at rank 0, else `ViewMut<'a, T, Self>`.
    type Mut<'a, T: 'a>;
    /// Converts a view of this rank.
    fn from_view<'a, T>(v: View<'a, T, Self>) -> Self::Ref<'a, T>;
    /// Converts a writable view of this rank.
    fn from_view_mut<'a, T>(v: ViewMut<'a, T, Self>) -> Self::Mut<'a, T>;
}

impl ElemOrView for Rank<0> {
    type Ref<'a, T: 'a> = &'a T;
    type Mut<'a, T: 'a> = &'a mut T;
    #[inline(always)]
    fn from_view<'a, T>(v: View<'a, T, Self>) -> &'a T {
        // SAFETY: a 0-d view addresses exactly one element, readable for 'a.
        unsafe { v.ptr.as_ref() }
    }
    #[inline(always)]
    fn from_view_mut<'a, T>(v: ViewMut<'a, T, Self>) -> &'a mut T {
        let mut p = v.ptr;
        // SAFETY: a 0-d writable view addresses exactly one element, exclusively for 'a.
        unsafe { p.as_mut() }
    }
}

macro_rules! elem_or_view {
    ($($n:literal)*) => {$(
        impl ElemOrView for Rank<$n> {
            type Ref<'a, T: 'a> = View<'a, T, Self>;
            type Mut<'a, T: 'a> = ViewMut<'a, T, Self>;
            #[inline(always)]
            fn from_view<'a, T>(v: View<'a, T, Self>) -> View<'a, T, Self> {
                v
            }
            #[inline(always)]
            fn from_view_mut<'a, T>(v: ViewMut<'a, T, Self>) -> ViewMut<'a, T, Self> {
                v
            }
        }
    )*};
}

elem_or_view!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32);

/// The rank of a source, as a value, for the type-level rank check of each bracket
/// (`IndexRank::<C, K, M>::out(rank_of(&src))`), which the macro writes as a fully qualified
/// call so that a failure reads as our message alone.
#[inline(always)]
pub fn rank_of<'a, S: Source<'a>>(_: &S) -> S::Dim {
    S::Dim::default()
}

/// [`rank_of`] for a writable source.
#[inline(always)]
pub fn rank_of_mut<'a, S: SourceMut<'a>>(_: &S) -> S::Dim {
    S::Dim::default()
}

#[inline(always)]
fn raw_view<'a, S: Source<'a>, O: Dim>(
    src: S,
    items: &[Item],
) -> Result<View<'a, S::Elem, O>, IndexError> {
    let (ptr, shape, strides) = src.into_view().raw();
    let (ptr, shape, strides) = slicing::apply::<S::Elem, S::Dim, O>(ptr, &shape, &strides, items)?;
    // SAFETY: `apply` maps a valid layout to a layout of a subset of its elements.
    Ok(unsafe { View::from_raw(ptr, shape, strides) })
}

#[inline(always)]
fn raw_view_mut<'a, S: SourceMut<'a>, O: Dim>(
    src: S,
    items: &[Item],
) -> Result<ViewMut<'a, S::Elem, O>, IndexError> {
    let (ptr, shape, strides) = src.into_view_mut().raw();
    let (ptr, shape, strides) = slicing::apply::<S::Elem, S::Dim, O>(ptr, &shape, &strides, items)?;
    // SAFETY: `apply` maps a valid layout to a layout of a subset of its elements; slices
    // with a step never map two positions to one element, and new axes have length 1, so
    // the result's elements stay distinct and exclusively borrowed.
    Ok(unsafe { ViewMut::from_raw(ptr, shape, strides) })
}

/// A basic read as a view of rank `O` (checked by the caller with [`IndexRank`]), returning
/// the error: the plain slicing engine, for tests that drive it with runtime items.
#[inline]
pub fn try_view<'a, S: Source<'a>, O: Dim>(
    src: S,
    items: &[Item],
    _: O,
) -> Result<View<'a, S::Elem, O>, IndexError> {
    raw_view(src, items)
}

/// What the writing forms of `index!` borrow: the `ViewMut` that an `Owned` or `ViewMut`
/// lends. A `View` or `CowArray` lends a `View`, for which this is not implemented, and
/// the macro's fully qualified call to [`WriteTarget::into_target`] then reports it in
/// the user's words.
#[diagnostic::on_unimplemented(
    message = "cannot write through `{Self}`: it is read-only",
    label = "read-only array",
    note = "a `View` or `CowArray` never writes; assign into the array it came from (`index!(a[..] = value)`), or make a copy with `.to_owned()`"
)]
pub trait WriteTarget<'a, T, D: Dim> {
    /// The writable view.
    fn into_target(self) -> ViewMut<'a, T, D>;
}

// The element type and rank are the trait's parameters rather than associated types, so
// that a failed call leaves no projection behind to fail a second time.
#[diagnostic::do_not_recommend]
impl<'a, T, D: Dim> WriteTarget<'a, T, D> for ViewMut<'a, T, D> {
    #[inline(always)]
    fn into_target(self) -> ViewMut<'a, T, D> {
        self
    }
}

// The receivers of `index!`: hidden inherent methods, so that method-call auto-referencing
// accepts an array, a reference to one, or a `&mut` binding alike, and so that a `&mut`
// reborrow keeps the original lifetime.

impl<T, D: Dim> Owned<T, D> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_read(&self) -> View<'_, T, D> {
        self.view()
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_write(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut()
    }
}

impl<'a, T, D: Dim> View<'a, T, D> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_read(self) -> View<'a, T, D> {
        self
    }
    /// A `View` cannot be written: this lends the view itself, which
    /// [`WriteTarget`] then refuses with a message saying so.
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_write(&mut self) -> View<'a, T, D> {
        *self
    }
}

impl<T, D: Dim> ViewMut<'_, T, D> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_read(&self) -> View<'_, T, D> {
        self.view()
    }
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_write(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut()
    }
}

impl<T, D: Dim> CowArray<'_, T, D> {
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_read(&self) -> View<'_, T, D> {
        self.view()
    }
    /// A `CowArray` cannot be written: see `View::__ta_write`.
    #[doc(hidden)]
    #[inline(always)]
    pub fn __ta_write(&mut self) -> View<'_, T, D> {
        self.view()
    }
}

/// The receiver methods for anything that is not an array, so that `index!(x[0])` on a
/// non-array says so (E0277 with the message of [`IsArray`]) instead of naming a hidden
/// method. Inherent methods win over this trait's at every auto-deref step, so real arrays
/// never reach it.
pub trait NotAnArray {
    /// Never callable: `Self: IsArray` holds for no type that reaches this method.
    fn __ta_read(&self) -> View<'static, Unreachable, Rank<32>>
    where
        Self: IsArray;
    /// Never callable, as above.
    fn __ta_write(&mut self) -> ViewMut<'static, Unreachable, Rank<32>>
    where
        Self: IsArray;
}

impl<X: ?Sized> NotAnArray for X {
    fn __ta_read(&self) -> View<'static, Unreachable, Rank<32>>
    where
        Self: IsArray,
    {
        unreachable!("no type reaching this method is an array")
    }
    fn __ta_write(&mut self) -> ViewMut<'static, Unreachable, Rank<32>>
    where
        Self: IsArray,
    {
        unreachable!("no type reaching this method is an array")
    }
}

/// Implemented by no type: the bound that makes `index!` on a non-array an error in the
/// user's words.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an array",
    label = "`index!` needs an array here",
    note = "`index!` indexes an `Owned`, `View`, `ViewMut` or `CowArray`, or a reference to one; build one with `array![..]`, `Owned::from_vec(..)` or `View::from_slice(..)`"
)]
pub trait IsArray {}

/// The element type of the placeholder result of `index!` on a non-array; it has no values.
#[derive(Clone, Copy, Debug)]
pub enum Unreachable {}

/// The value of a macro call that failed to compile: its type is whatever the context
/// wants, so the user sees the macro's error alone.
pub fn error<T>() -> T {
    unreachable!("a macro call that reported a compile error")
}

/// Builds the array of an `array!` literal.
#[track_caller]
pub fn from_nested<T, const N: usize>(shape: [usize; N], data: Vec<T>) -> Owned<T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N]>,
{
    Owned::from_shape_vec(shape, data).or_fail()
}

// ---------------------------------------------------------------------------------------
// Items whose kind (integer, index array, mask) is known only from their types, and the
// read, mutable and assignment forms that dispatch on the resolved kind of each bracket.

pub use crate::advanced::AdvItem;
pub use crate::args::{
    Arg, ArgList, Basic, EllipsisArg, IntArg, IntoArg, NewAxisArg, Resolve, Resolved, basic_kind,
    int_list, kinds, mask_list,
};
pub use crate::mask;
pub use crate::write::Rule;
pub use typenum;

/// An item written as an expression: an integer or an array, decided by its type.
#[inline(always)]
pub fn arg<X: IntoArg<A>, A: Arg>(x: X) -> A {
    x.into_arg()
}

/// An integer literal item (`isize`).
#[inline(always)]
pub fn int_arg(i: isize) -> IntArg {
    IntArg(Item::Index(i))
}

/// A comparison inside brackets: the mask, or the error of operands that do not broadcast.
pub type MaskResult<D> = Result<Owned<bool, D>, IndexError>;

/// A boolean array used inside a mask expression (`m & (a > 0)`), copied.
pub fn mask_of<M: crate::mask::ArrayOperand<Elem = bool> + ?Sized>(m: &M) -> MaskResult<M::Dim> {
    Ok(m.operand().to_owned())
}

/// `l & r` of two mask expressions.
pub fn mask_and<A: Dim, B: Dim>(l: MaskResult<A>, r: MaskResult<B>) -> crate::mask::MaskOf<A, B>
where
    A::Tn: typenum::Max<B::Tn>,
    typenum::Maximum<A::Tn, B::Tn>: crate::rank::ToRank,
{
    crate::mask::and(&l?, &r?)
}

/// `l | r` of two mask expressions.
pub fn mask_or<A: Dim, B: Dim>(l: MaskResult<A>, r: MaskResult<B>) -> crate::mask::MaskOf<A, B>
where
    A::Tn: typenum::Max<B::Tn>,
    typenum::Maximum<A::Tn, B::Tn>: crate::rank::ToRank,
{
    crate::mask::or(&l?, &r?)
}

/// `!m` of a mask expression.
pub fn mask_not<A: Dim>(m: MaskResult<A>) -> MaskResult<A> {
    m.map(|m| !m)
}

/// The item of a mask expression, panicking when its operands do not broadcast.
#[track_caller]
pub fn mask_arg<A: Dim>(m: MaskResult<A>) -> crate::args::MaskArg<'static, A::Tn> {
    IntoArg::into_arg(m.or_fail())
}

/// An entry of an integer list literal given as an expression of any integer type.
#[inline(always)]
pub fn list_entry<I: IndexInt>(i: I) -> isize {
    i.to_isize_clamped()
}

/// How a bracket reads, by its resolved kind: a view, the element (or a view of the
/// remaining axes) for integers only, or a copy for index arrays and masks.
#[diagnostic::on_unimplemented(
    message = "indexing with an index array or mask copies the selected elements, which needs `{T}: Clone`",
    label = "fancy indexing makes a copy",
    note = "derive or implement `Clone` for the element type, or index with slices and integers, which give a view"
)]
pub trait ReadMode<'a, T: 'a> {
    /// The result.
    type Out;
    /// Applies the bracket.
    fn read<S: Source<'a, Elem = T>, L: ArgList>(
        src: S,
        basic: &[Item],
        list: L,
    ) -> Result<Self::Out, IndexError>;
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, O: Dim> ReadMode<'a, T> for Resolved<O, B0, B0> {
    type Out = View<'a, T, O>;
    #[inline(always)]
    fn read<S: Source<'a, Elem = T>, L: ArgList>(
        src: S,
        basic: &[Item],
        _: L,
    ) -> Result<Self::Out, IndexError> {
        raw_view(src, basic)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, O: ElemOrView> ReadMode<'a, T> for Resolved<O, B0, B1> {
    type Out = O::Ref<'a, T>;
    #[inline(always)]
    fn read<S: Source<'a, Elem = T>, L: ArgList>(
        src: S,
        basic: &[Item],
        _: L,
    ) -> Result<Self::Out, IndexError> {
        raw_view(src, basic).map(O::from_view)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T: Clone + 'a, O: Dim, I: Bit> ReadMode<'a, T> for Resolved<O, B1, I> {
    type Out = Owned<T, O>;
    fn read<S: Source<'a, Elem = T>, L: ArgList>(
        src: S,
        _: &[Item],
        list: L,
    ) -> Result<Self::Out, IndexError> {
        let mut items = Vec::new();
        list.into_advanced(&mut items);
        src.with_view(|v| crate::advanced::gather::<T, S::Dim, O>(v, items))
    }
}

/// How a bracket of `index!(mut ..)` gives a writable view; index arrays and masks cannot.
#[diagnostic::on_unimplemented(
    message = "`index!(mut ..)` cannot take an index array or mask: fancy indexing makes a copy, and writes to a copy would be lost",
    label = "an index array or mask selects a copy, not a view",
    note = "to write through an index array or mask, assign through it: `index!(a[[0, 2]] = value)` or `index!(a[a > 0] += 1)`"
)]
pub trait MutMode<'a, T: 'a> {
    /// The rank of the selection.
    type Rank: Dim;
    /// The result.
    type Out;
    /// The selection as a writable view (no reference to an element is made yet).
    fn select<S: SourceMut<'a, Elem = T>>(
        src: S,
        basic: &[Item],
    ) -> Result<ViewMut<'a, T, Self::Rank>, IndexError> {
        raw_view_mut(src, basic)
    }
    /// The result made from the selection.
    fn finish(v: ViewMut<'a, T, Self::Rank>) -> Self::Out;
    /// Applies the bracket.
    #[inline(always)]
    fn read_mut<S: SourceMut<'a, Elem = T>>(
        src: S,
        basic: &[Item],
    ) -> Result<Self::Out, IndexError> {
        Self::select(src, basic).map(Self::finish)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, O: Dim> MutMode<'a, T> for Resolved<O, B0, B0> {
    type Rank = O;
    type Out = ViewMut<'a, T, O>;
    #[inline(always)]
    fn finish(v: ViewMut<'a, T, O>) -> Self::Out {
        v
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, O: ElemOrView> MutMode<'a, T> for Resolved<O, B0, B1> {
    type Rank = O;
    type Out = O::Mut<'a, T>;
    #[inline(always)]
    fn finish(v: ViewMut<'a, T, O>) -> Self::Out {
        O::from_view_mut(v)
    }
}

macro_rules! multi {
    ($($name:ident $try_name:ident: $($k:ident $r:ident $b:ident),+;)*) => {$(
        /// Several writable views of one array at once (`index!(mut a[..], mut a[..])`),
        /// checked to share no element before any is handed out; the error names the two
        /// index expressions that overlap.
        #[allow(clippy::too_many_arguments)]
        pub fn $try_name<'a, T: 'a, D: Dim, $($r: MutMode<'a, T>),+>(
            src: ViewMut<'a, T, D>,
            names: &[&'static str],
            $($b: &[Item], _: $r,)+
        ) -> Result<($($r::Out,)+), IndexError> {
            let (ptr, shape, strides) = src.raw();
            // Each copy of the source's layout only computes one selection (no element is
            // read, written or referenced); the selections are handed out only after the
            // check below proves them pairwise disjoint.
            // SAFETY: so each keeps exclusive access to its own elements for 'a.
            let sels = ($(<$r>::select(unsafe { ViewMut::<'a, T, D>::from_raw(ptr, shape, strides) }, $b)?,)+);
            let ($($k,)+) = sels;
            let footprints: &[&dyn Footprint] = &[$(&$k),+];
            for i in 0..footprints.len() {
                for j in i + 1..footprints.len() {
                    if footprints[i].overlaps(footprints[j]) {
                        return Err(IndexError::Overlap {
                            first: names[i].into(),
                            second: names[j].into(),
                        });
                    }
                }
            }
            Ok(($(<$r>::finish($k),)+))
        }

        #[doc = concat!("[`", stringify!($try_name), "`], panicking with the error's message.")]
        #[track_caller]
        #[allow(clippy::too_many_arguments)]
        pub fn $name<'a, T: 'a, D: Dim, $($r: MutMode<'a, T>),+>(
            src: ViewMut<'a, T, D>,
            names: &[&'static str],
            $($b: &[Item], $k: $r,)+
        ) -> ($($r::Out,)+) {
            $try_name(src, names, $($b, $k,)+).or_fail()
        }
    )*};
}

/// The place a selection's elements occupy, for the overlap check of several mutable views.
trait Footprint {
    /// The selection's layout in bytes.
    fn layout(&self) -> crate::overlap::RawLayout<'_>;
    /// Whether `self` and `other` share an element.
    fn overlaps(&self, other: &dyn Footprint) -> bool {
        crate::overlap::overlap_raw(&self.layout(), &other.layout())
    }
}

impl<T, D: Dim> Footprint for ViewMut<'_, T, D> {
    fn layout(&self) -> crate::overlap::RawLayout<'_> {
        crate::overlap::RawLayout {
            ptr: self.ptr.as_ptr() as usize,
            size: size_of::<T>(),
            shape: self.shape(),
            strides: self.strides(),
        }
    }
}

multi! {
    multi2 try_multi2: k0 R0 b0, k1 R1 b1;
    multi3 try_multi3: k0 R0 b0, k1 R1 b1, k2 R2 b2;
    multi4 try_multi4: k0 R0 b0, k1 R1 b1, k2 R2 b2, k3 R3 b3;
}

/// How a bracket before the last of an assignment narrows the target; index arrays and
/// masks cannot, since NumPy would write into a temporary copy there.
#[diagnostic::on_unimplemented(
    message = "cannot assign through an index array or mask followed by more brackets: the assignment would go to a temporary copy",
    label = "this bracket selects a copy",
    note = "NumPy silently loses such a write (`a[[2, 3]][0] = 1` leaves `a` unchanged); select the same elements in one bracket (`a[[2, 3]][0]` is `a[2]`, so write `index!(a[2] = 1)`), or put the basic brackets first (`index!(a[2:5][[0, 1]] = 1)` writes into `a`)"
)]
pub trait ChainMode<'a, T: 'a> {
    /// The result.
    type Out;
    /// Applies the bracket.
    fn chain<S: SourceMut<'a, Elem = T>>(src: S, basic: &[Item]) -> Result<Self::Out, IndexError>;
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, R: MutMode<'a, T>> ChainMode<'a, T> for R {
    type Out = R::Out;
    #[inline(always)]
    fn chain<S: SourceMut<'a, Elem = T>>(src: S, basic: &[Item]) -> Result<Self::Out, IndexError> {
        R::read_mut(src, basic)
    }
}

/// How the last bracket of an assignment writes: through a view, into one element, or
/// scattered through index arrays and masks.
pub trait AssignMode<'a, T: 'a> {
    /// Writes `value` combined by `op` under `rule`; nothing is written on error.
    fn assign<S: SourceMut<'a, Elem = T>, L: ArgList, V: Value<T> + ?Sized>(
        src: S,
        basic: &[Item],
        list: L,
        value: &V,
        rule: Rule,
        op: impl FnMut(&mut T, &T),
    ) -> Result<(), IndexError>;
}

impl<'a, T: 'a, O: Dim> AssignMode<'a, T> for Resolved<O, B0, B0> {
    fn assign<S: SourceMut<'a, Elem = T>, L: ArgList, V: Value<T> + ?Sized>(
        src: S,
        basic: &[Item],
        _: L,
        value: &V,
        rule: Rule,
        op: impl FnMut(&mut T, &T),
    ) -> Result<(), IndexError> {
        combine(raw_view_mut::<S, O>(src, basic)?, value, rule, op)
    }
}

impl<'a, T: 'a, O: Dim> AssignMode<'a, T> for Resolved<O, B0, B1> {
    fn assign<S: SourceMut<'a, Elem = T>, L: ArgList, V: Value<T> + ?Sized>(
        src: S,
        basic: &[Item],
        _: L,
        value: &V,
        rule: Rule,
        op: impl FnMut(&mut T, &T),
    ) -> Result<(), IndexError> {
        let target = raw_view_mut::<S, O>(src, basic)?;
        // One integer per axis picks an element, which NumPy assigns only a scalar.
        if O::NDIM == 0 && V::Dim::NDIM > 0 {
            return Err(IndexError::Sequence {
                shape: value.as_array().shape().into(),
            });
        }
        combine(target, value, rule, op)
    }
}

impl<'a, T: Clone + 'a, O: Dim, I: Bit> AssignMode<'a, T> for Resolved<O, B1, I> {
    fn assign<S: SourceMut<'a, Elem = T>, L: ArgList, V: Value<T> + ?Sized>(
        src: S,
        _: &[Item],
        list: L,
        value: &V,
        rule: Rule,
        op: impl FnMut(&mut T, &T),
    ) -> Result<(), IndexError> {
        let mut items = Vec::new();
        list.into_advanced(&mut items);
        // The only assignment under the setitem rule is `=` (a `clone_from`).
        let assigns = rule == Rule::SetItem;
        crate::advanced::scatter::<T, S::Dim, O, V>(
            src.into_view_mut(),
            items,
            value,
            rule,
            assigns,
            op,
        )
    }
}

/// The read mode of a bracket of kind `Resolved<O, A, I>` applied to the source `S`: a
/// copy when the bracket is advanced or the source is itself a copy.
pub type ModeOf<'a, S, O, A, I> = Resolved<O, Or<A, <S as Source<'a>>::Owning>, I>;

/// The result of a read bracket.
pub type ReadOut<'a, S, O, A, I> =
    <ModeOf<'a, S, O, A, I> as ReadMode<'a, <S as Source<'a>>::Elem>>::Out;

/// A read bracket.
#[track_caller]
#[inline]
pub fn read<'a, S: Source<'a>, L: ArgList, O, A: BitOr<S::Owning>, I>(
    src: S,
    basic: &[Item],
    list: L,
    _: Resolved<O, A, I>,
) -> ReadOut<'a, S, O, A, I>
where
    ModeOf<'a, S, O, A, I>: ReadMode<'a, S::Elem>,
{
    <ModeOf<'a, S, O, A, I>>::read(src, basic, list).or_fail()
}

/// A read bracket, returning the error.
#[inline]
pub fn try_read<'a, S: Source<'a>, L: ArgList, O, A: BitOr<S::Owning>, I>(
    src: S,
    basic: &[Item],
    list: L,
    _: Resolved<O, A, I>,
) -> Result<ReadOut<'a, S, O, A, I>, IndexError>
where
    ModeOf<'a, S, O, A, I>: ReadMode<'a, S::Elem>,
{
    <ModeOf<'a, S, O, A, I>>::read(src, basic, list)
}

/// A bracket of `index!(mut ..)`.
#[track_caller]
#[inline]
pub fn read_mut<'a, S: SourceMut<'a>, R: MutMode<'a, S::Elem>>(
    src: S,
    basic: &[Item],
    _: R,
) -> R::Out {
    R::read_mut(src, basic).or_fail()
}

/// A bracket of `try_index!(mut ..)`.
#[inline]
pub fn try_read_mut<'a, S: SourceMut<'a>, R: MutMode<'a, S::Elem>>(
    src: S,
    basic: &[Item],
    _: R,
) -> Result<R::Out, IndexError> {
    R::read_mut(src, basic)
}

/// A bracket before the last of an assignment.
#[track_caller]
#[inline]
pub fn chain<'a, S: SourceMut<'a>, R: ChainMode<'a, S::Elem>>(
    src: S,
    basic: &[Item],
    _: R,
) -> R::Out {
    R::chain(src, basic).or_fail()
}

/// A bracket before the last of a fallible assignment.
#[inline]
pub fn try_chain<'a, S: SourceMut<'a>, R: ChainMode<'a, S::Elem>>(
    src: S,
    basic: &[Item],
    _: R,
) -> Result<R::Out, IndexError> {
    R::chain(src, basic)
}

macro_rules! assign_fns {
    ($($name:ident $try_name:ident [$($bound:tt)*] $rule:ident $op:ident;)*) => {$(
        #[doc = concat!("The last bracket of an assignment (`", stringify!($name), "`).")]
        #[track_caller]
        pub fn $name<'a, S: SourceMut<'a>, L: ArgList, R: AssignMode<'a, S::Elem>, V: Value<S::Elem>>(
            src: S,
            basic: &[Item],
            list: L,
            _: R,
            value: V,
        ) where
            S::Elem: $($bound)*,
        {
            R::assign(src, basic, list, &value, Rule::$rule, ops::$op::<S::Elem>).or_fail()
        }

        #[doc = concat!("The last bracket of a fallible assignment (`", stringify!($name), "`).")]
        pub fn $try_name<'a, S: SourceMut<'a>, L: ArgList, R: AssignMode<'a, S::Elem>, V: Value<S::Elem>>(
            src: S,
            basic: &[Item],
            list: L,
            _: R,
            value: V,
        ) -> Result<(), IndexError>
        where
            S::Elem: $($bound)*,
        {
            R::assign(src, basic, list, &value, Rule::$rule, ops::$op::<S::Elem>)
        }
    )*};
}

assign_fns! {
    assign_set try_assign_set [Clone] SetItem set;
    assign_add try_assign_add [AddAssign + Clone] InPlace add_assign;
    assign_sub try_assign_sub [SubAssign + Clone] InPlace sub_assign;
    assign_mul try_assign_mul [MulAssign + Clone] InPlace mul_assign;
    assign_div try_assign_div [DivAssign + Clone] InPlace div_assign;
}

/// The result of an `index!` expansion, returned by [`Expr::get`] so that the expansion is
/// a method call rather than a bare block (whose type rustc would check against the type
/// expected around it, as in `-index!(a[..])`).
#[derive(Debug)]
pub struct Expr<T>(pub T);

impl<T> Expr<T> {
    /// The value.
    #[inline(always)]
    pub fn get(self) -> T {
        self.0
    }
}
