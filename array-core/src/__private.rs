// Not public API.
//! The runtime half of the `index!` macro. Not public API: the macro's expansion calls
//! these functions, and they may change in any release.
//!
//! The expansion evaluates every item into a [`Item`] array, borrows the array through one of
//! the hidden `__ta_read`/`__ta_write` methods, then calls one function per bracket. Each
//! function names the counts of the bracket's items as const parameters (`C` axes consumed,
//! `K` integers, `M` new axes), from which [`IndexRank`] computes the rank of the result and
//! reports "too many indices" in the user's words.

use core::ops::{AddAssign, DivAssign, MulAssign, SubAssign};

use crate::error::{IndexError, OrFail};
use crate::rank::{Dim, Rank, U0};
use crate::slicing::{self, IndexInt};
use crate::write::{Rule, Value, combine};
use crate::{CowArray, Owned, View, ViewMut};

pub use crate::rank::IndexRank;
pub use crate::slicing::{Item, Slice};

/// An integer item.
#[inline(always)]
pub fn int<I: IndexInt>(i: I) -> Item {
    slicing::index_item(i.to_i128())
}

/// An integer literal item: literals inside `index!` are `isize`.
#[inline(always)]
pub fn int_lit(i: isize) -> Item {
    Item::Index(i)
}

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

/// What one bracket of a chained read applies to: a view, or the element a previous
/// bracket picked (a rank-0 array, so indexing it further reports too many indices).
pub trait Source<'a> {
    /// The element type.
    type Elem: 'a;
    /// The rank.
    type Dim: Dim;
    /// The source as a view.
    fn into_view(self) -> View<'a, Self::Elem, Self::Dim>;
}

impl<'a, T, D: Dim> Source<'a> for View<'a, T, D> {
    type Elem = T;
    type Dim = D;
    #[inline(always)]
    fn into_view(self) -> View<'a, T, D> {
        self
    }
}

impl<'a, T> Source<'a> for &'a T {
    type Elem = T;
    type Dim = U0;
    #[inline(always)]
    fn into_view(self) -> View<'a, T, U0> {
        View::from_ref(self)
    }
}

/// What one bracket of a chained write applies to.
pub trait SourceMut<'a> {
    /// The element type.
    type Elem: 'a;
    /// The rank.
    type Dim: Dim;
    /// True for a single element picked by integers (`a[i, j]`), which NumPy assigns
    /// only a scalar, unlike a 0-d view (`a[i, j, ...]`).
    const ELEMENT: bool = false;
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
    const ELEMENT: bool = true;
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

/// A read with slices, `...` or `None`: a view of rank `O` (checked by the caller).
#[track_caller]
#[inline]
pub fn view<'a, S: Source<'a>, O: Dim>(src: S, items: &[Item], _: O) -> View<'a, S::Elem, O> {
    raw_view(src, items).or_fail()
}

/// [`view`], returning the error.
#[inline]
pub fn try_view<'a, S: Source<'a>, O: Dim>(
    src: S,
    items: &[Item],
    _: O,
) -> Result<View<'a, S::Elem, O>, IndexError> {
    raw_view(src, items)
}

/// A read with integers only: the element, or a view of the remaining axes.
#[track_caller]
#[inline]
pub fn elem<'a, S: Source<'a>, O: ElemOrView>(src: S, items: &[Item], _: O) -> O::Ref<'a, S::Elem> {
    O::from_view(raw_view(src, items).or_fail())
}

/// [`elem`], returning the error.
#[inline]
pub fn try_elem<'a, S: Source<'a>, O: ElemOrView>(
    src: S,
    items: &[Item],
    _: O,
) -> Result<O::Ref<'a, S::Elem>, IndexError> {
    raw_view(src, items).map(O::from_view)
}

/// A write with slices, `...` or `None`: a writable view.
#[track_caller]
#[inline]
pub fn view_mut<'a, S: SourceMut<'a>, O: Dim>(
    src: S,
    items: &[Item],
    _: O,
) -> ViewMut<'a, S::Elem, O> {
    raw_view_mut(src, items).or_fail()
}

/// [`view_mut`], returning the error.
#[inline]
pub fn try_view_mut<'a, S: SourceMut<'a>, O: Dim>(
    src: S,
    items: &[Item],
    _: O,
) -> Result<ViewMut<'a, S::Elem, O>, IndexError> {
    raw_view_mut(src, items)
}

/// A write with integers only: the element, or a writable view of the remaining axes.
#[track_caller]
#[inline]
pub fn elem_mut<'a, S: SourceMut<'a>, O: ElemOrView>(
    src: S,
    items: &[Item],
    _: O,
) -> O::Mut<'a, S::Elem> {
    O::from_view_mut(raw_view_mut(src, items).or_fail())
}

/// [`elem_mut`], returning the error.
#[inline]
pub fn try_elem_mut<'a, S: SourceMut<'a>, O: ElemOrView>(
    src: S,
    items: &[Item],
    _: O,
) -> Result<O::Mut<'a, S::Elem>, IndexError> {
    raw_view_mut(src, items).map(O::from_view_mut)
}

/// What the writing forms of `index!` borrow: the `ViewMut` that an `Owned` or `ViewMut`
/// lends. A `View` or `CowArray` lends a `View`, for which this is not implemented, and
/// the macro's fully qualified call to [`WriteTarget::into_target`] then reports it in
/// the user's words.
#[diagnostic::on_unimplemented(
    message = "cannot write through `{Self}`: it is read-only",
    label = "read-only array",
    note = "a `View` or `CowArray` never writes; write through the array it came from, with `index!(mut a[..])` or `index!(a[..] = value)`, or make a copy with `.to_owned()`"
)]
pub trait WriteTarget<'a, T, D: Dim> {
    /// The writable view.
    fn into_target(self) -> ViewMut<'a, T, D>;
}

// The element type and rank are the trait's parameters rather than associated types, so
// that a failed call leaves no projection behind to fail a second time.
impl<'a, T, D: Dim> WriteTarget<'a, T, D> for ViewMut<'a, T, D> {
    #[inline(always)]
    fn into_target(self) -> ViewMut<'a, T, D> {
        self
    }
}

/// The operation of an assignment form.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    /// `=`
    Set,
    /// `+=`
    Add,
    /// `-=`
    Sub,
    /// `*=`
    Mul,
    /// `/=`
    Div,
}

/// `target = value`, broadcasting; nothing is written when the value does not broadcast.
pub fn try_set<'a, S: SourceMut<'a>, V: Value<S::Elem>>(
    target: S,
    value: V,
) -> Result<(), IndexError>
where
    S::Elem: Clone,
{
    if S::ELEMENT && V::Dim::NDIM > 0 {
        return Err(IndexError::Sequence {
            shape: value.as_array().shape().into(),
        });
    }
    combine(target.into_view_mut(), &value, Rule::SetItem, |a, b| {
        a.clone_from(b)
    })
}

/// `target = value`, panicking when the value does not broadcast.
#[track_caller]
pub fn set<'a, S: SourceMut<'a>, V: Value<S::Elem>>(target: S, value: V)
where
    S::Elem: Clone,
{
    try_set(target, value).or_fail()
}

macro_rules! compound {
    ($($name:ident $try_name:ident $trait:ident $op:tt;)*) => {$(
        #[doc = concat!("`target ", stringify!($op), " value`, broadcasting; nothing is written when the value does not broadcast.")]
        pub fn $try_name<'a, S: SourceMut<'a>, V: Value<S::Elem>>(target: S, value: V) -> Result<(), IndexError>
        where
            S::Elem: $trait + Clone,
        {
            if S::ELEMENT && V::Dim::NDIM > 0 {
                return Err(IndexError::Sequence {
                    shape: value.as_array().shape().into(),
                });
            }
            combine(target.into_view_mut(), &value, Rule::InPlace, |a, b| *a $op b.clone())
        }

        #[doc = concat!("`target ", stringify!($op), " value`, panicking when the value does not broadcast.")]
        #[track_caller]
        pub fn $name<'a, S: SourceMut<'a>, V: Value<S::Elem>>(target: S, value: V)
        where
            S::Elem: $trait + Clone,
        {
            $try_name(target, value).or_fail()
        }
    )*};
}

compound! {
    add_assign try_add_assign AddAssign +=;
    sub_assign try_sub_assign SubAssign -=;
    mul_assign try_mul_assign MulAssign *=;
    div_assign try_div_assign DivAssign /=;
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
