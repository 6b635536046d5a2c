//! Zero-copy conversions between typed-array and ndarray (cargo feature `ndarray`).
//!
//! Both crates describe an array by a pointer to its first element, a shape, and strides
//! counted in elements that may be negative, so a conversion hands these over and copies no
//! element:
//!
//! | typed-array | ndarray | conversions |
//! |---|---|---|
//! | `View<'a, T, U0>` ... `View<'a, T, U6>` | `ArrayView<'a, T, Ix0>` ... `Ix6` | `From` both ways, [`View::into_ndarray`] |
//! | `ViewMut<'a, T, U0>` ... `U6` | `ArrayViewMut<'a, T, Ix0>` ... `Ix6` | `From` both ways, [`ViewMut::into_ndarray`] |
//! | `Owned<T, U0>` ... `U6` | `Array<T, Ix0>` ... `Ix6` | `From` both ways, [`Owned::into_ndarray`], [`Owned::try_from_ndarray`] |
//! | any rank up to `U32` | `IxDyn` | `From` to ndarray, `TryFrom` back (the rank must match) |
//!
//! Two differences need care:
//!
//! * ndarray's raw constructors take only non-negative strides. A view with reversed axes is
//!   built from its element with the lowest address, and each reversed axis is flipped back
//!   with `invert_axis`, which moves the pointer and negates the stride without touching an
//!   element. An empty view has no element to point at; it gets zero strides, as ndarray
//!   gives every empty array.
//! * An [`Owned`] is always C-contiguous from the start of its `Vec`; an ndarray `Array` need
//!   not be (after `reversed_axes`, a stepped `slice_move`, or when built in Fortran order).
//!   An array in standard (C) layout hands its `Vec` over: elements that a `slice_move` left
//!   outside the array are dropped, and the kept ones moved to the buffer's front when they
//!   do not start there. Any other array is copied into C order by `From`, and given back by
//!   [`Owned::try_from_ndarray`].

use core::ptr::NonNull;

use ndarray::{
    Array, ArrayView, ArrayViewMut, Axis, Dimension, ErrorKind, IxDyn, ShapeBuilder, StrideShape,
};

use crate::error::{OrFail, ShapeError};
use crate::layout;
use crate::rank::{Dim, Rank};
use crate::{Owned, View, ViewMut};

/// The layout ndarray's raw constructors accept for a view with these shape and strides:
/// the offset, in elements, from the first element to the one with the lowest address, the
/// strides without their signs, and which axes were reversed.
fn lowered<const N: usize>(
    shape: &[usize; N],
    strides: &[isize; N],
) -> (isize, [usize; N], [bool; N]) {
    if shape.contains(&0) {
        return (0, [0; N], [false; N]);
    }
    let mut back = 0;
    let mut abs = [0; N];
    let mut reversed = [false; N];
    for k in 0..N {
        let s = strides[k];
        if s < 0 {
            // The last position along a reversed axis has the lowest address. No overflow:
            // it is the offset of an element of the view.
            back += (shape[k] as isize - 1) * s;
            reversed[k] = true;
        }
        abs[k] = s.unsigned_abs();
    }
    (back, abs, reversed)
}

/// A typed-array view as an ndarray view of the same elements. `dims` turns the shape and the
/// unsigned strides into ndarray's dimension type.
fn nd_view<'a, T, E: Dimension, const N: usize>(
    v: View<'a, T, Rank<N>>,
    dims: impl FnOnce(&[usize; N], &[usize; N]) -> StrideShape<E>,
) -> ArrayView<'a, T, E>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    let (back, strides, reversed) = lowered(&v.shape, &v.strides);
    // SAFETY: `back` is 0 for an empty view, and otherwise the offset of the view's element
    // at the last position of each reversed axis and the first of the others, which exists
    // (invariants of View).
    let low = unsafe { v.ptr.offset(back) };
    // SAFETY: from the element with the lowest address, the unsigned strides reach exactly
    // the view's elements (or none, for an empty view), which are initialised, readable and
    // not written for 'a (invariants of View). Their offsets fit in isize, the product of
    // the non-zero lengths does too (every shape is checked where it enters the crate, see
    // `layout`), and the pointer is non-null and aligned.
    let mut a = unsafe { ArrayView::from_shape_ptr(dims(&v.shape, &strides), low.as_ptr()) };
    for k in (0..N).filter(|&k| reversed[k]) {
        a.invert_axis(Axis(k));
    }
    a
}

/// [`nd_view`] for a writable view.
fn nd_view_mut<'a, T, E: Dimension, const N: usize>(
    v: ViewMut<'a, T, Rank<N>>,
    dims: impl FnOnce(&[usize; N], &[usize; N]) -> StrideShape<E>,
) -> ArrayViewMut<'a, T, E>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    let (ptr, shape, strides) = v.raw();
    let (back, abs, reversed) = lowered(&shape, &strides);
    // SAFETY: as in `nd_view`: the offset of an element of the view, or 0.
    let low = unsafe { ptr.offset(back) };
    // SAFETY: as in `nd_view`; in addition the view's elements are distinct and exclusively
    // borrowed for 'a (invariants of ViewMut), and that exclusive access moves into the
    // ndarray view.
    let mut a = unsafe { ArrayViewMut::from_shape_ptr(dims(&shape, &abs), low.as_ptr()) };
    for k in (0..N).filter(|&k| reversed[k]) {
        a.invert_axis(Axis(k));
    }
    a
}

/// The shape and strides of an ndarray array of rank `N` (checked by the caller), after
/// checking the shape as every shape entering the crate is.
fn layout_of<T, const N: usize>(
    shape: &[usize],
    strides: &[isize],
) -> Result<([usize; N], [isize; N]), ShapeError> {
    layout::checked_size::<T>(shape)?;
    let mut sh = [0; N];
    let mut st = [0; N];
    sh.copy_from_slice(shape);
    st.copy_from_slice(strides);
    Ok((sh, st))
}

/// An ndarray view of rank `N` as a typed-array view of the same elements.
///
/// # Errors
/// When the shape's size in bytes does not fit in `isize` (a broadcast or empty view can
/// have such a shape in ndarray, never in this crate).
fn from_nd_view<'a, T, E: Dimension, const N: usize>(
    a: ArrayView<'a, T, E>,
) -> Result<View<'a, T, Rank<N>>, ShapeError>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    let (shape, strides) = layout_of::<T, N>(a.shape(), a.strides())?;
    let ptr = a.as_ptr().cast_mut();
    // SAFETY: ndarray's pointer is non-null and aligned, and an `ArrayView<'a>` can read
    // every element its shape and strides reach for 'a, none of which is written meanwhile;
    // their offsets fit in isize (ndarray's invariants). These are the invariants of View.
    Ok(unsafe { View::from_raw(NonNull::new_unchecked(ptr), shape, strides) })
}

/// An ndarray writable view of rank `N` as a typed-array one.
///
/// # Errors
/// As [`from_nd_view`].
fn from_nd_view_mut<'a, T, E: Dimension, const N: usize>(
    mut a: ArrayViewMut<'a, T, E>,
) -> Result<ViewMut<'a, T, Rank<N>>, ShapeError>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    let (shape, strides) = layout_of::<T, N>(a.shape(), a.strides())?;
    let ptr = a.as_mut_ptr();
    // SAFETY: as in `from_nd_view`; in addition an `ArrayViewMut<'a>` borrows its elements
    // exclusively for 'a and no two indices reach the same element (ndarray's invariants),
    // and `a` is consumed here, so that access moves into the ViewMut.
    Ok(unsafe { ViewMut::from_raw(NonNull::new_unchecked(ptr), shape, strides) })
}

/// An owned ndarray array of rank `N` as an [`Owned`] without copying, or the array back
/// when its layout is not standard (or its rank is not `N`, or its shape is one this crate
/// refuses).
fn owned_from_nd<T, E: Dimension, const N: usize>(
    a: Array<T, E>,
) -> Result<Owned<T, Rank<N>>, Array<T, E>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    if a.ndim() != N || !a.is_standard_layout() || layout::checked_size::<T>(a.shape()).is_err() {
        return Err(a);
    }
    let mut shape = [0; N];
    shape.copy_from_slice(a.shape());
    let n = a.len();
    let (mut data, offset) = a.into_raw_vec_and_offset();
    // In standard layout the elements are `data[offset..offset + n]`, in C order. The
    // buffer holds more when the array was sliced after it was built: those elements are
    // dropped, and the kept ones moved to the front when they do not start there.
    let start = offset.unwrap_or(0);
    data.truncate(start + n);
    data.drain(..start);
    // Cannot fail: the shape was checked above and `data` holds its `n` elements.
    Ok(Owned::from_shape_array(shape, data).or_fail())
}

/// An owned ndarray array of rank `N` as an [`Owned`]: its buffer when its layout is
/// standard, else a copy in C order.
#[track_caller]
fn owned_from_nd_or_copy<T: Clone, E: Dimension, const N: usize>(
    a: Array<T, E>,
) -> Owned<T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    match owned_from_nd(a) {
        Ok(o) => o,
        Err(a) => from_nd_view::<T, E, N>(a.view()).or_fail().to_owned(),
    }
}

/// An [`Owned`] as an ndarray array over the same buffer.
fn owned_to_nd<T, E: Dimension, const N: usize>(
    o: Owned<T, Rank<N>>,
    dims: impl FnOnce(&[usize; N]) -> E,
) -> Array<T, E>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    let mut shape = [0; N];
    shape.copy_from_slice(o.shape());
    // Cannot fail: an Owned's buffer holds exactly its shape's elements in C order, and the
    // shape passed `checked_size`, which is stricter than ndarray's check.
    match Array::from_shape_vec(dims(&shape), o.into_vec()) {
        Ok(a) => a,
        Err(e) => unreachable!("an Owned's buffer fits its shape: {e}"),
    }
}

/// The conversions for the ranks ndarray has fixed dimension types for.
macro_rules! fixed_ranks {
    ($($n:literal)*) => {$(
        #[doc = concat!(
            "A rank-", $n, " view as an ndarray view of the same elements, with the same ",
            "strides; see [`View::into_ndarray`]."
        )]
        impl<'a, T> From<View<'a, T, Rank<$n>>> for ArrayView<'a, T, ndarray::Dim<[usize; $n]>> {
            fn from(v: View<'a, T, Rank<$n>>) -> Self {
                nd_view(v, |shape, strides| (*shape).strides(*strides))
            }
        }

        #[doc = concat!(
            "A rank-", $n, " ndarray view as a view of the same elements, with the same ",
            "strides.\n\n",
            "# Panics\n",
            "When the shape's size in bytes does not fit in `isize`, which ndarray allows only ",
            "for broadcast and empty views and this crate never."
        )]
        impl<'a, T> From<ArrayView<'a, T, ndarray::Dim<[usize; $n]>>> for View<'a, T, Rank<$n>> {
            #[track_caller]
            fn from(a: ArrayView<'a, T, ndarray::Dim<[usize; $n]>>) -> Self {
                from_nd_view(a).or_fail()
            }
        }

        #[doc = concat!(
            "A rank-", $n, " writable view as an ndarray one of the same elements, with the ",
            "same strides; see [`ViewMut::into_ndarray`]."
        )]
        impl<'a, T> From<ViewMut<'a, T, Rank<$n>>>
            for ArrayViewMut<'a, T, ndarray::Dim<[usize; $n]>>
        {
            fn from(v: ViewMut<'a, T, Rank<$n>>) -> Self {
                nd_view_mut(v, |shape, strides| (*shape).strides(*strides))
            }
        }

        #[doc = concat!(
            "A rank-", $n, " ndarray writable view as a writable view of the same elements, ",
            "with the same strides.\n\n",
            "# Panics\n",
            "When the shape's size in bytes does not fit in `isize`, which ndarray allows only ",
            "for empty views and this crate never."
        )]
        impl<'a, T> From<ArrayViewMut<'a, T, ndarray::Dim<[usize; $n]>>>
            for ViewMut<'a, T, Rank<$n>>
        {
            #[track_caller]
            fn from(a: ArrayViewMut<'a, T, ndarray::Dim<[usize; $n]>>) -> Self {
                from_nd_view_mut(a).or_fail()
            }
        }

        #[doc = concat!(
            "A rank-", $n, " array as an ndarray array over the same buffer; see ",
            "[`Owned::into_ndarray`]."
        )]
        impl<T> From<Owned<T, Rank<$n>>> for Array<T, ndarray::Dim<[usize; $n]>> {
            fn from(o: Owned<T, Rank<$n>>) -> Self {
                owned_to_nd(o, |shape| ndarray::Dim(*shape))
            }
        }

        #[doc = concat!(
            "A rank-", $n, " ndarray array as an `Owned`: over the same buffer when the array ",
            "is in standard (C) layout, else a copy in C order. ",
            "[`Owned::try_from_ndarray`] never copies.\n\n",
            "# Panics\n",
            "When the shape's size in bytes does not fit in `isize`, which ndarray allows only ",
            "for empty arrays and this crate never."
        )]
        impl<T: Clone> From<Array<T, ndarray::Dim<[usize; $n]>>> for Owned<T, Rank<$n>> {
            #[track_caller]
            fn from(a: Array<T, ndarray::Dim<[usize; $n]>>) -> Self {
                owned_from_nd_or_copy(a)
            }
        }
    )*};
}

fixed_ranks!(0 1 2 3 4 5 6);

/// The error for a dynamic-rank ndarray array of another rank, as ndarray's own
/// `into_dimensionality` gives it.
#[cold]
fn rank_mismatch() -> ndarray::ShapeError {
    ndarray::ShapeError::from_kind(ErrorKind::IncompatibleShape)
}

/// A view of any rank as an ndarray view with a dynamic rank (`IxDyn`), of the same elements
/// with the same strides.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(128).into_shape([2; 7]).unwrap();
/// let nd: ndarray::ArrayViewD<'_, i32> = a.view().into();
/// assert_eq!(nd.shape(), &[2; 7]);
/// assert_eq!(nd.as_ptr(), a.as_ptr());
/// ```
impl<'a, T, const N: usize> From<View<'a, T, Rank<N>>> for ArrayView<'a, T, IxDyn>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    fn from(v: View<'a, T, Rank<N>>) -> Self {
        nd_view(v, |shape, strides| shape[..].strides(&strides[..]))
    }
}

/// An ndarray view with a dynamic rank as a view of the same elements, with the same
/// strides.
///
/// # Errors
/// ndarray's `ShapeError` of kind `IncompatibleShape` when the view's rank is not `N`, and
/// of kind `Overflow` when its shape's size in bytes does not fit in `isize`.
///
/// ```
/// use typed_array::prelude::*;
/// let nd = ndarray::ArrayD::<f64>::zeros(vec![2, 3]);
/// let v = View::<'_, f64, U2>::try_from(nd.view()).unwrap();
/// assert_eq!((v.shape(), v.as_ptr()), (&[2, 3][..], nd.as_ptr()));
/// assert!(View::<'_, f64, U3>::try_from(nd.view()).is_err());
/// ```
impl<'a, T, const N: usize> TryFrom<ArrayView<'a, T, IxDyn>> for View<'a, T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    type Error = ndarray::ShapeError;

    fn try_from(a: ArrayView<'a, T, IxDyn>) -> Result<Self, Self::Error> {
        if a.ndim() != N {
            return Err(rank_mismatch());
        }
        from_nd_view(a).map_err(|_| ndarray::ShapeError::from_kind(ErrorKind::Overflow))
    }
}

/// A writable view of any rank as an ndarray writable view with a dynamic rank (`IxDyn`),
/// of the same elements with the same strides.
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = array![[1, 2], [3, 4]];
/// let mut nd: ndarray::ArrayViewMutD<'_, i32> = a.t_mut().into();
/// nd[[0, 1]] = 30;
/// assert_eq!(a, array![[1, 2], [30, 4]]);
/// ```
impl<'a, T, const N: usize> From<ViewMut<'a, T, Rank<N>>> for ArrayViewMut<'a, T, IxDyn>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    fn from(v: ViewMut<'a, T, Rank<N>>) -> Self {
        nd_view_mut(v, |shape, strides| shape[..].strides(&strides[..]))
    }
}

/// An ndarray writable view with a dynamic rank as a writable view of the same elements,
/// with the same strides.
///
/// # Errors
/// As for [`View`]'s `TryFrom<ArrayViewD>`.
///
/// ```
/// use typed_array::prelude::*;
/// let mut nd = ndarray::ArrayD::<i32>::zeros(vec![2, 2]);
/// let mut v = ViewMut::<'_, i32, U2>::try_from(nd.view_mut()).unwrap();
/// v[[1, 0]] = 5;
/// assert_eq!(nd[[1, 0]], 5);
/// ```
impl<'a, T, const N: usize> TryFrom<ArrayViewMut<'a, T, IxDyn>> for ViewMut<'a, T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    type Error = ndarray::ShapeError;

    fn try_from(a: ArrayViewMut<'a, T, IxDyn>) -> Result<Self, Self::Error> {
        if a.ndim() != N {
            return Err(rank_mismatch());
        }
        from_nd_view_mut(a).map_err(|_| ndarray::ShapeError::from_kind(ErrorKind::Overflow))
    }
}

/// An array of any rank as an ndarray array with a dynamic rank (`IxDyn`) over the same
/// buffer.
///
/// ```
/// use typed_array::prelude::*;
/// let a = array![[1, 2, 3], [4, 5, 6]];
/// let p = a.as_ptr();
/// let nd = ndarray::ArrayD::from(a);
/// assert_eq!((nd.shape(), nd.as_ptr()), (&[2, 3][..], p));
/// ```
impl<T, const N: usize> From<Owned<T, Rank<N>>> for Array<T, IxDyn>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    fn from(o: Owned<T, Rank<N>>) -> Self {
        owned_to_nd(o, |shape| IxDyn(shape))
    }
}

/// An ndarray array with a dynamic rank as an `Owned`: over the same buffer when the array
/// is in standard (C) layout, else a copy in C order.
///
/// # Errors
/// ndarray's `ShapeError` of kind `IncompatibleShape` when the array's rank is not `N` (the
/// array is dropped: compare `ndim()` first to keep it), and of kind `Overflow` when its
/// shape's size in bytes does not fit in `isize`.
///
/// ```
/// use typed_array::prelude::*;
/// let nd = ndarray::ArrayD::<u8>::ones(vec![3, 1]);
/// let p = nd.as_ptr();
/// let a = Owned::<u8, U2>::try_from(nd).unwrap();
/// assert_eq!((a.as_ptr(), a), (p, array![[1u8], [1], [1]]));
/// ```
impl<T: Clone, const N: usize> TryFrom<Array<T, IxDyn>> for Owned<T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
{
    type Error = ndarray::ShapeError;

    fn try_from(a: Array<T, IxDyn>) -> Result<Self, Self::Error> {
        if a.ndim() != N {
            return Err(rank_mismatch());
        }
        match owned_from_nd(a) {
            Ok(o) => Ok(o),
            Err(a) => Ok(from_nd_view::<T, IxDyn, N>(a.view())
                .map_err(|_| ndarray::ShapeError::from_kind(ErrorKind::Overflow))?
                .to_owned()),
        }
    }
}

impl<'a, T, const N: usize> View<'a, T, Rank<N>>
where
    Rank<N>: Dim,
    ArrayView<'a, T, ndarray::Dim<[usize; N]>>: From<Self>,
{
    /// The same elements as an ndarray view (ranks 0 to 6), with the same strides. Nothing is
    /// copied; `View::from` converts back. (For ranks above 6, convert into `ArrayViewD`.)
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// let v = index!(a[:, ::-1]);
    /// let nd = v.into_ndarray();
    /// assert_eq!(nd, ndarray::array![[3, 2, 1], [6, 5, 4]]);
    /// assert_eq!((nd.strides(), nd.as_ptr()), (v.strides(), v.as_ptr()));
    /// assert_eq!(View::from(nd), v);
    /// ```
    pub fn into_ndarray(self) -> ArrayView<'a, T, ndarray::Dim<[usize; N]>> {
        self.into()
    }
}

impl<'a, T, const N: usize> ViewMut<'a, T, Rank<N>>
where
    Rank<N>: Dim,
    ArrayViewMut<'a, T, ndarray::Dim<[usize; N]>>: From<Self>,
{
    /// The same elements as an ndarray writable view (ranks 0 to 6), with the same strides.
    /// Nothing is copied: writes through it land in the array this view borrows.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut nd = index!(mut a[::-1]).into_ndarray();
    /// nd.row_mut(0).fill(0); // row 0 of the view is row 1 of `a`
    /// assert_eq!(a, array![[1, 2], [0, 0]]);
    /// ```
    pub fn into_ndarray(self) -> ArrayViewMut<'a, T, ndarray::Dim<[usize; N]>> {
        self.into()
    }
}

impl<T, const N: usize> Owned<T, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N], Strides = [isize; N]>,
    ndarray::Dim<[usize; N]>: Dimension,
{
    /// The array as an ndarray array (ranks 0 to 6) over the same buffer: nothing is copied.
    /// `Owned::from` converts back.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1.0, 2.0], [3.0, 4.0]];
    /// let p = a.as_ptr();
    /// let nd = a.into_ndarray();
    /// assert_eq!(nd.as_ptr(), p);
    /// assert_eq!(nd.dot(&nd), ndarray::array![[7.0, 10.0], [15.0, 22.0]]);
    /// ```
    pub fn into_ndarray(self) -> Array<T, ndarray::Dim<[usize; N]>>
    where
        Array<T, ndarray::Dim<[usize; N]>>: From<Self>,
    {
        self.into()
    }

    /// An ndarray array (ranks 0 to 6) as an `Owned` over the same buffer, or the array back
    /// when it is not in standard (C) layout. Never copies an element, and needs no `Clone`;
    /// `Owned::from` copies such an array into C order instead.
    ///
    /// An array sliced after it was built keeps its whole buffer: the elements outside the
    /// slice are dropped, and when the slice does not start at the buffer's start, the kept
    /// elements are moved to the front of the same buffer.
    ///
    /// # Errors
    /// The array itself, when it is not in standard layout (or, for an empty array, when its
    /// shape's size in bytes does not fit in `isize`).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// use ndarray::ShapeBuilder;
    ///
    /// let nd = ndarray::Array::from_shape_vec((2, 3), vec![0, 1, 2, 3, 4, 5]).unwrap();
    /// let p = nd.as_ptr();
    /// let a = Owned::try_from_ndarray(nd).unwrap();
    /// assert_eq!((a.as_ptr(), &a), (p, &array![[0, 1, 2], [3, 4, 5]]));
    ///
    /// let f = ndarray::Array2::<i32>::zeros((2, 3).f()); // Fortran order
    /// let f = Owned::try_from_ndarray(f).unwrap_err();
    /// let c = Owned::from(f); // a copy in C order
    /// assert_eq!(c.strides(), &[3, 1]);
    /// ```
    pub fn try_from_ndarray(
        a: Array<T, ndarray::Dim<[usize; N]>>,
    ) -> Result<Self, Array<T, ndarray::Dim<[usize; N]>>> {
        owned_from_nd(a)
    }
}
