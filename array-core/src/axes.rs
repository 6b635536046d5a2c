//! Operations on one axis: adding or removing an axis of length 1, iterating over the
//! sub-arrays along an axis, and splitting a writable view in two.
//!
//! Every result is a view that keeps the source's lifetime; the rank changes at the type
//! level ([`RankUp`], [`RankDown`]). Axis arguments are `isize`, negative from the end.

use core::marker::PhantomData;

use crate::error::{OrFail, ShapeError};
use crate::layout;
use crate::rank::{Dim, RankDown, RankUp, U2};
use crate::{Owned, View, ViewMut};

/// The layout without axis `axis`, and that axis's length and stride.
pub(crate) fn without_axis<D: RankDown>(
    shape: &D::Shape,
    strides: &D::Strides,
    axis: usize,
) -> (
    <D::Down as Dim>::Shape,
    <D::Down as Dim>::Strides,
    usize,
    isize,
) {
    let mut sh = <D::Down as Dim>::shape_filled(0);
    let mut st = <D::Down as Dim>::strides_filled(0);
    let (s, t) = (shape.as_ref(), strides.as_ref());
    let mut k = 0;
    for i in 0..D::NDIM {
        if i != axis {
            sh.as_mut()[k] = s[i];
            st.as_mut()[k] = t[i];
            k += 1;
        }
    }
    (sh, st, s[axis], t[axis])
}

impl<'a, T, D: Dim> View<'a, T, D> {
    /// A new axis of length 1 at position `axis` (`-1` appends it), like `index!(a[..., None])`.
    ///
    /// # Panics
    /// When `axis` is outside `-(ndim + 1)..=ndim`; see [`View::try_insert_axis`].
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![1, 2, 3];
    /// assert_eq!(a.view().insert_axis(0).shape(), &[1, 3]);
    /// assert_eq!(a.view().insert_axis(-1).shape(), &[3, 1]);
    /// ```
    #[track_caller]
    pub fn insert_axis(self, axis: isize) -> View<'a, T, D::Up>
    where
        D: RankUp,
    {
        self.try_insert_axis(axis).or_fail()
    }

    /// [`View::insert_axis`], returning an error instead of panicking.
    ///
    /// # Errors
    /// [`ShapeError::AxisOutOfBounds`].
    pub fn try_insert_axis(self, axis: isize) -> Result<View<'a, T, D::Up>, ShapeError>
    where
        D: RankUp,
    {
        let axis = layout::resolve_axis(axis, D::NDIM + 1)?;
        let mut sh = <D::Up as Dim>::shape_filled(1);
        let mut st = <D::Up as Dim>::strides_filled(0);
        let (s, t) = (self.shape(), self.strides());
        for i in 0..D::NDIM {
            let j = if i < axis { i } else { i + 1 };
            sh.as_mut()[j] = s[i];
            st.as_mut()[j] = t[i];
        }
        // SAFETY: an axis of length 1 adds no element.
        Ok(unsafe { View::from_raw(self.ptr, sh, st) })
    }

    /// The sub-array at position 0 of `axis`: the axis removed (ndarray's `remove_axis`).
    ///
    /// # Panics
    /// When `axis` is out of bounds or has length 0; see [`View::try_squeeze_axis`] for the
    /// NumPy-style removal that insists on length 1.
    #[track_caller]
    pub fn remove_axis(self, axis: isize) -> View<'a, T, D::Down>
    where
        D: RankDown,
    {
        let axis = layout::resolve_axis(axis, D::NDIM).or_fail();
        if self.shape()[axis] == 0 {
            crate::error::fail(crate::error::IndexError::out_of_bounds(0, axis, 0));
        }
        let (sh, st, _, _) = without_axis::<D>(&self.shape, &self.strides, axis);
        // SAFETY: position 0 of a non-empty axis; the other axes are unchanged.
        unsafe { View::from_raw(self.ptr, sh, st) }
    }

    /// `axis` removed, which must have length 1 (NumPy's `squeeze(axis)`).
    ///
    /// # Panics
    /// When `axis` is out of bounds or not of length 1; see [`View::try_squeeze_axis`].
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2, 3]];
    /// assert_eq!(a.view().squeeze_axis(0), array![1, 2, 3]);
    /// assert!(a.view().try_squeeze_axis(1).is_err());
    /// ```
    #[track_caller]
    pub fn squeeze_axis(self, axis: isize) -> View<'a, T, D::Down>
    where
        D: RankDown,
    {
        self.try_squeeze_axis(axis).or_fail()
    }

    /// [`View::squeeze_axis`], returning an error instead of panicking.
    ///
    /// # Errors
    /// [`ShapeError::AxisOutOfBounds`], or [`ShapeError::NotLengthOne`] when the axis is
    /// longer or shorter than 1.
    pub fn try_squeeze_axis(self, axis: isize) -> Result<View<'a, T, D::Down>, ShapeError>
    where
        D: RankDown,
    {
        let ax = layout::resolve_axis(axis, D::NDIM)?;
        if self.shape()[ax] != 1 {
            return Err(ShapeError::NotLengthOne {
                axis: ax,
                shape: self.shape().into(),
            });
        }
        let (sh, st, _, _) = without_axis::<D>(&self.shape, &self.strides, ax);
        // SAFETY: removing an axis of length 1 keeps every element.
        Ok(unsafe { View::from_raw(self.ptr, sh, st) })
    }

    /// The sub-arrays along `axis`, in order, each a view with that axis removed and the
    /// source's lifetime.
    ///
    /// # Panics
    /// When `axis` is out of bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// let cols: Vec<Owned<i32, U1>> = a.view().axis_iter(1).map(|c| c.to_owned()).collect();
    /// assert_eq!(cols, [array![1, 3], array![2, 4]]);
    /// ```
    #[track_caller]
    pub fn axis_iter(self, axis: isize) -> AxisIter<'a, T, D::Down>
    where
        D: RankDown,
    {
        let axis = layout::resolve_axis(axis, D::NDIM).or_fail();
        let (shape, strides, len, stride) = without_axis::<D>(&self.shape, &self.strides, axis);
        AxisIter {
            ptr: self.ptr,
            shape,
            strides,
            len,
            stride,
            next: 0,
            life: PhantomData,
        }
    }
}

impl<'a, T> View<'a, T, U2> {
    /// The rows, as rank-1 views with the source's lifetime.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.view().rows().map(|r| r.iter().sum::<i32>()).collect::<Vec<_>>(), [3, 7]);
    /// ```
    pub fn rows(self) -> AxisIter<'a, T, crate::rank::U1> {
        self.axis_iter(0)
    }

    /// The columns, as rank-1 views with the source's lifetime.
    pub fn columns(self) -> AxisIter<'a, T, crate::rank::U1> {
        self.axis_iter(1)
    }
}

/// The sub-arrays along one axis, from [`View::axis_iter`].
///
/// Invariant: `ptr`, with `shape`/`strides` and `next * stride` for `next < len`, addresses
/// elements readable for `'a` (the sub-arrays of a valid view).
#[derive(Debug)]
pub struct AxisIter<'a, T, D: Dim> {
    ptr: core::ptr::NonNull<T>,
    shape: D::Shape,
    strides: D::Strides,
    len: usize,
    stride: isize,
    next: usize,
    life: PhantomData<&'a T>,
}

impl<'a, T, D: Dim> Iterator for AxisIter<'a, T, D> {
    type Item = View<'a, T, D>;

    fn next(&mut self) -> Option<View<'a, T, D>> {
        if self.next >= self.len {
            return None;
        }
        let off = self.next as isize * self.stride;
        self.next += 1;
        // SAFETY: `next < len`, so the offset is that of position `next` along the axis, and
        // the sub-array there lies inside the source view (invariant of `AxisIter`).
        Some(unsafe { View::from_raw(self.ptr.offset(off), self.shape, self.strides) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.next;
        (n, Some(n))
    }
}

impl<T, D: Dim> ExactSizeIterator for AxisIter<'_, T, D> {}

// SAFETY: an `AxisIter` yields read-only views, like `slice::Iter`.
unsafe impl<T: Sync, D: Dim> Send for AxisIter<'_, T, D> {}
// SAFETY: as above.
unsafe impl<T: Sync, D: Dim> Sync for AxisIter<'_, T, D> {}

impl<'a, T, D: Dim> ViewMut<'a, T, D> {
    /// Splits the view in two along `axis` before position `index`: the halves are disjoint,
    /// so both may be written at once.
    ///
    /// # Panics
    /// When `axis` is out of bounds or `index` is past the axis's length.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = Owned::<i32, U2>::zeros([2, 4]);
    /// let (mut l, mut r) = a.view_mut().split_at_mut(1, 1);
    /// l.fill(1);
    /// r.fill(2);
    /// assert_eq!(a, array![[1, 2, 2, 2], [1, 2, 2, 2]]);
    /// ```
    #[track_caller]
    pub fn split_at_mut(self, axis: isize, index: usize) -> (ViewMut<'a, T, D>, ViewMut<'a, T, D>) {
        let axis = layout::resolve_axis(axis, D::NDIM).or_fail();
        let len = self.shape.as_ref()[axis];
        if index > len {
            crate::error::fail(crate::error::IndexError::out_of_bounds(
                index as i128,
                axis,
                len,
            ));
        }
        let (mut left, mut right) = (self.shape, self.shape);
        left.as_mut()[axis] = index;
        right.as_mut()[axis] = len - index;
        let empty = self.shape.as_ref().contains(&0) || index == len;
        let rptr = if empty {
            self.ptr
        } else {
            // SAFETY: `index < len` on a non-empty view, so this is the element at position
            // `index` of the axis (0 elsewhere), inside the view.
            unsafe {
                self.ptr
                    .offset(index as isize * self.strides.as_ref()[axis])
            }
        };
        // SAFETY: the two layouts cover positions `..index` and `index..` of the axis:
        // disjoint sets of the view's distinct elements, each exclusively borrowed for 'a.
        unsafe {
            (
                ViewMut::from_raw(self.ptr, left, self.strides),
                ViewMut::from_raw(rptr, right, self.strides),
            )
        }
    }

    /// The writable sub-arrays along `axis`, in order.
    ///
    /// # Panics
    /// When `axis` is out of bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = Owned::<i32, U2>::zeros([2, 3]);
    /// for (i, mut row) in a.view_mut().axis_iter_mut(0).enumerate() {
    ///     row.fill(i as i32);
    /// }
    /// assert_eq!(a, array![[0, 0, 0], [1, 1, 1]]);
    /// ```
    #[track_caller]
    pub fn axis_iter_mut(
        self,
        axis: isize,
    ) -> impl ExactSizeIterator<Item = ViewMut<'a, T, D::Down>>
    where
        D: RankDown,
        T: 'a,
    {
        let it = self.into_view().axis_iter(axis);
        // SAFETY: the sub-arrays along one axis are disjoint parts of this exclusively
        // borrowed view, so each may be handed out writable for 'a.
        it.map(|v| unsafe { ViewMut::from_raw(v.ptr, v.shape, v.strides) })
    }
}

impl<T, D: Dim> Owned<T, D> {
    /// The sub-arrays along `axis`, borrowing the array. See [`View::axis_iter`].
    ///
    /// # Panics
    /// When `axis` is out of bounds.
    #[track_caller]
    pub fn axis_iter(&self, axis: isize) -> AxisIter<'_, T, D::Down>
    where
        D: RankDown,
    {
        self.view().axis_iter(axis)
    }

    /// The writable sub-arrays along `axis`. See [`ViewMut::axis_iter_mut`].
    ///
    /// # Panics
    /// When `axis` is out of bounds.
    #[track_caller]
    pub fn axis_iter_mut(
        &mut self,
        axis: isize,
    ) -> impl ExactSizeIterator<Item = ViewMut<'_, T, D::Down>>
    where
        D: RankDown,
    {
        self.view_mut().axis_iter_mut(axis)
    }
}
