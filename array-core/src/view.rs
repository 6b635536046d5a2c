//! The borrowed array kinds: [`View`] (shared, read-only, `Copy`) and [`ViewMut`]
//! (exclusive, writable).
//!
//! # Invariants
//!
//! Both hold a pointer, a shape and strides inline; no view ever touches the heap.
//!
//! * For every multi-index `i` within `shape`, `ptr + Σ i[k]·strides[k]` (in elements) is
//!   the address of an initialised `T` inside one allocation that outlives `'a`. Every such
//!   offset fits in `isize`.
//! * A `View<'a>` may only read those elements, and nothing writes them while it lives (it
//!   stands for `&'a [T]`).
//! * A `ViewMut<'a>` has exclusive access to those elements for `'a` (it stands for
//!   `&'a mut [T]`), and distinct multi-indices address distinct elements: a `ViewMut` never
//!   has a zero stride on an axis longer than 1, nor overlapping axes.
//! * When the array is empty (some axis has length 0), `ptr` is non-null and aligned but
//!   may not point at anything; it is never dereferenced.

use core::fmt;
use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::error::{OrFail, ShapeError};
use crate::index::NdIndex;
use crate::iter::{Iter, IterMut};
use crate::layout;
use crate::owned::Owned;
use crate::rank::Dim;
use crate::slicing::RawParts;

/// A read-only view of array elements, like `&'a [T]` with a shape. `Copy`.
///
/// Obtained from basic `index!`, [`Owned::view`], [`View::t`], and the like. Writing through
/// a `View` does not compile; ask the owner for a [`ViewMut`] with `index!(mut ..)` instead.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(6);
/// let v: View<'_, i32, U1> = index!(a[1:4]);
/// assert_eq!(v, array![1, 2, 3]);
/// ```
pub struct View<'a, T, D: Dim> {
    pub(crate) ptr: NonNull<T>,
    pub(crate) shape: D::Shape,
    pub(crate) strides: D::Strides,
    pub(crate) life: PhantomData<&'a T>,
}

/// An exclusive, writable view of array elements, like `&'a mut [T]` with a shape.
///
/// Obtained from `index!(mut ..)`, [`Owned::view_mut`] and [`Owned::t_mut`]. While it lives,
/// the array it came from cannot be read or written through any other path.
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = Owned::<i32, U1>::zeros([4]);
/// let mut v = index!(mut a[1:3]);
/// v.fill(7);
/// assert_eq!(a, array![0, 7, 7, 0]);
/// ```
pub struct ViewMut<'a, T, D: Dim> {
    pub(crate) ptr: NonNull<T>,
    pub(crate) shape: D::Shape,
    pub(crate) strides: D::Strides,
    // `&'a mut T` makes the view invariant in `T`, as `&mut` is.
    pub(crate) life: PhantomData<&'a mut T>,
}

// SAFETY: a `View` only reads its elements, so sharing it across threads is sharing `&T`.
unsafe impl<T: Sync, D: Dim> Send for View<'_, T, D> {}
// SAFETY: as above.
unsafe impl<T: Sync, D: Dim> Sync for View<'_, T, D> {}
// SAFETY: a `ViewMut` is an exclusive borrow of its elements, like `&mut [T]`.
unsafe impl<T: Send, D: Dim> Send for ViewMut<'_, T, D> {}
// SAFETY: a shared `&ViewMut` gives only `&T` access, like `&&mut [T]`.
unsafe impl<T: Sync, D: Dim> Sync for ViewMut<'_, T, D> {}

impl<T, D: Dim> Clone for View<'_, T, D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T, D: Dim> Copy for View<'_, T, D> {}

impl<'a, T, D: Dim> View<'a, T, D> {
    /// # Safety
    /// The arguments must satisfy the invariants written above [`View`] for `'a`.
    #[inline(always)]
    pub(crate) unsafe fn from_raw(ptr: NonNull<T>, shape: D::Shape, strides: D::Strides) -> Self {
        View {
            ptr,
            shape,
            strides,
            life: PhantomData,
        }
    }

    /// Creates a view of a slice with the given shape (C order).
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the slice's length is not the shape's element count.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let data = [1, 2, 3, 4, 5, 6];
    /// let v = View::from_slice([2, 3], &data).unwrap();
    /// assert_eq!(v[[1, 0]], 4);
    /// ```
    pub fn from_slice<Sh: crate::IntoShape<D>>(
        shape: Sh,
        slice: &'a [T],
    ) -> Result<Self, ShapeError> {
        let shape = shape.into_shape();
        let strides = layout::c_layout_for::<T, D>(&shape, slice.len())?;
        let ptr = NonNull::from(slice).cast::<T>();
        // SAFETY: C-order strides over a slice of exactly the shape's size address each
        // element of the slice once; the slice is borrowed for 'a.
        Ok(unsafe { View::from_raw(ptr, shape, strides) })
    }

    /// The same view: `View` is `Copy`, and the copy keeps the lifetime `'a`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![1, 2, 3];
    /// let v = a.view();
    /// let w = v.view(); // a copy of the view, with the same lifetime
    /// assert_eq!(w.as_ptr(), a.as_ptr());
    /// ```
    #[inline]
    pub fn view(&self) -> View<'a, T, D> {
        *self
    }

    /// The element at `index` (`[usize; N]`, or a `usize` at rank 1), or `None` when out of
    /// bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.view().get([1, 0]), Some(&3));
    /// assert_eq!(a.view().get([2, 0]), None);
    /// ```
    #[inline]
    pub fn get<I: NdIndex<D>>(&self, index: I) -> Option<&'a T> {
        let off = index.offset(self.shape.as_ref(), self.strides.as_ref())?;
        // SAFETY: `offset` returns Some only for an in-bounds index, whose element is
        // readable for 'a (invariant of View).
        Some(unsafe { self.ptr.offset(off).as_ref() })
    }

    /// An iterator over the elements in logical C order.
    #[inline]
    pub fn iter(&self) -> Iter<'a, T, D> {
        // SAFETY: the view's elements are readable for 'a.
        unsafe { Iter::new(self.ptr, self.shape, self.strides) }
    }

    /// The elements as a slice when they are C-contiguous, else `None`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.view().as_slice(), Some(&[1, 2, 3, 4][..]));
    /// assert_eq!(a.t().as_slice(), None);
    /// ```
    pub fn as_slice(&self) -> Option<&'a [T]> {
        if !layout::is_c_contiguous(self.shape.as_ref(), self.strides.as_ref()) {
            return None;
        }
        let n = layout::size_of_shape(self.shape.as_ref());
        // SAFETY: C-contiguous elements are `n` consecutive `T`s from `ptr`, readable for 'a.
        Some(unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), n) })
    }

    /// The transpose: all axes reversed. A view; nothing is copied.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(a.t(), array![[1, 4], [2, 5], [3, 6]]);
    /// ```
    pub fn t(self) -> View<'a, T, D> {
        let (shape, strides) = reversed::<D>(&self.shape, &self.strides);
        // SAFETY: permuting axes keeps the set of addressed elements.
        unsafe { View::from_raw(self.ptr, shape, strides) }
    }

    /// The axes reordered: axis `k` of the result is axis `axes[k]` of `self` (negative
    /// axes count from the end). A view.
    ///
    /// # Panics
    /// When `axes` is not a permutation of the axes; see [`View::try_permute_axes`].
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<i32, U3>::zeros([2, 3, 4]);
    /// assert_eq!(a.permute_axes([2, 0, 1]).shape(), &[4, 2, 3]);
    /// ```
    #[track_caller]
    pub fn permute_axes(self, axes: D::Strides) -> View<'a, T, D> {
        self.try_permute_axes(axes).or_fail()
    }

    /// [`View::permute_axes`], returning an error instead of panicking.
    ///
    /// # Errors
    /// [`ShapeError::AxisOutOfBounds`] or [`ShapeError::NotAPermutation`].
    pub fn try_permute_axes(self, axes: D::Strides) -> Result<View<'a, T, D>, ShapeError> {
        let (shape, strides) = permuted::<D>(&self.shape, &self.strides, &axes)?;
        // SAFETY: permuting axes keeps the set of addressed elements.
        Ok(unsafe { View::from_raw(self.ptr, shape, strides) })
    }

    /// A C-contiguous copy of the elements. (This is this crate's method, not `Clone`'s
    /// `to_owned`, which would copy the view itself.)
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// let c: Owned<i32, U2> = a.t().to_owned();
    /// assert_eq!(c.as_slice(), Some(&[1, 3, 2, 4][..]));
    /// ```
    pub fn to_owned(&self) -> Owned<T, D>
    where
        T: Clone,
    {
        let data = crate::kernels::clone_collect(self.view());
        // SAFETY: `data` has the view's element count, which was valid for its shape.
        unsafe { Owned::from_vec_unchecked(self.shape, data) }
    }

    /// A raw pointer to the first element (multi-index `[0, 0, ...]`).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![1, 2, 3];
    /// assert_eq!(index!(a[1:]).as_ptr(), &a[1] as *const i32);
    /// ```
    pub fn as_ptr(&self) -> *const T {
        self.ptr.as_ptr()
    }

    /// The view with its pointer, shape and strides, for the index machinery.
    #[inline(always)]
    pub(crate) fn raw(self) -> RawParts<T, D> {
        (self.ptr, self.shape, self.strides)
    }
}

impl<'a, T, D: Dim> ViewMut<'a, T, D> {
    /// # Safety
    /// The arguments must satisfy the invariants written above [`View`] for a `ViewMut`
    /// that lives for `'a`.
    #[inline(always)]
    pub(crate) unsafe fn from_raw(ptr: NonNull<T>, shape: D::Shape, strides: D::Strides) -> Self {
        ViewMut {
            ptr,
            shape,
            strides,
            life: PhantomData,
        }
    }

    /// Creates a writable view of a slice with the given shape (C order).
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the slice's length is not the shape's element count.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut data = [0; 6];
    /// let mut v = ViewMut::from_slice([2, 3], &mut data).unwrap();
    /// v[[1, 2]] = 9;
    /// assert_eq!(data, [0, 0, 0, 0, 0, 9]);
    /// ```
    pub fn from_slice<Sh: crate::IntoShape<D>>(
        shape: Sh,
        slice: &'a mut [T],
    ) -> Result<Self, ShapeError> {
        let shape = shape.into_shape();
        let strides = layout::c_layout_for::<T, D>(&shape, slice.len())?;
        let ptr = NonNull::from(slice).cast::<T>();
        // SAFETY: C-order strides address each element of the exclusively borrowed slice
        // exactly once.
        Ok(unsafe { ViewMut::from_raw(ptr, shape, strides) })
    }

    /// A read-only view of the same elements, borrowing `self`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// let m = a.view_mut();
    /// assert_eq!(m.view().iter().sum::<i32>(), 6);
    /// ```
    #[inline]
    pub fn view(&self) -> View<'_, T, D> {
        // SAFETY: shared access to `self` gives read access to its elements for the borrow.
        unsafe { View::from_raw(self.ptr, self.shape, self.strides) }
    }

    /// A shorter-lived writable view of the same elements (a reborrow).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// let mut m = a.view_mut();
    /// m.view_mut()[0] = 10;
    /// m[1] = 20;
    /// assert_eq!(a, array![10, 20, 3]);
    /// ```
    #[inline]
    pub fn view_mut(&mut self) -> ViewMut<'_, T, D> {
        // SAFETY: the exclusive borrow of `self` passes its exclusive access on.
        unsafe { ViewMut::from_raw(self.ptr, self.shape, self.strides) }
    }

    /// Turns this view into a read-only one with the same lifetime.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// let v: View<'_, i32, U1> = a.view_mut().into_view();
    /// assert_eq!(v[2], 3);
    /// ```
    #[inline]
    pub fn into_view(self) -> View<'a, T, D> {
        // SAFETY: giving up exclusive access leaves read access for 'a.
        unsafe { View::from_raw(self.ptr, self.shape, self.strides) }
    }

    /// The element at `index`, writable, or `None` when out of bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut m = index!(mut a[:, 1]);
    /// *m.get_mut(1).unwrap() = 40;
    /// assert!(m.get_mut(2).is_none());
    /// assert_eq!(a, array![[1, 2], [3, 40]]);
    /// ```
    #[inline]
    pub fn get_mut<I: NdIndex<D>>(&mut self, index: I) -> Option<&mut T> {
        let off = index.offset(self.shape.as_ref(), self.strides.as_ref())?;
        // SAFETY: the index is in bounds, and `&mut self` gives exclusive access.
        Some(unsafe { self.ptr.offset(off).as_mut() })
    }

    /// Turns the view into a writable reference to the element at `index` with the view's
    /// lifetime, or `None` when out of bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// let last: &mut i32 = a.view_mut().into_mut(2).unwrap();
    /// *last = 30;
    /// assert_eq!(a, array![1, 2, 30]);
    /// ```
    #[inline]
    pub fn into_mut<I: NdIndex<D>>(self, index: I) -> Option<&'a mut T> {
        let off = index.offset(self.shape.as_ref(), self.strides.as_ref())?;
        // SAFETY: the index is in bounds, and the view's exclusive access for 'a moves into
        // the returned reference.
        Some(unsafe { self.ptr.offset(off).as_mut() })
    }

    /// An iterator over writable elements in logical C order.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut col = index!(mut a[:, 0]);
    /// col.iter_mut().for_each(|x| *x = -*x);
    /// assert_eq!(a, array![[-1, 2], [-3, 4]]);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T, D> {
        // SAFETY: a ViewMut's elements are distinct and exclusively borrowed.
        unsafe { IterMut::new(self.ptr, self.shape, self.strides) }
    }

    /// Turns the view into an iterator over writable elements with the view's lifetime.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// for x in index!(mut a[::2]).into_iter_mut() {
    ///     *x = 0;
    /// }
    /// assert_eq!(a, array![0, 2, 0]);
    /// ```
    #[inline]
    pub fn into_iter_mut(self) -> IterMut<'a, T, D> {
        // SAFETY: as for `iter_mut`, for 'a.
        unsafe { IterMut::new(self.ptr, self.shape, self.strides) }
    }

    /// The elements as a mutable slice when they are C-contiguous, else `None`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// index!(mut a[1]).as_slice_mut().unwrap().reverse();
    /// assert_eq!(a, array![[1, 2], [4, 3]]);
    /// assert!(a.t_mut().as_slice_mut().is_none());
    /// ```
    pub fn as_slice_mut(&mut self) -> Option<&mut [T]> {
        if !layout::is_c_contiguous(self.shape.as_ref(), self.strides.as_ref()) {
            return None;
        }
        let n = layout::size_of_shape(self.shape.as_ref());
        // SAFETY: C-contiguous elements are `n` consecutive `T`s, exclusively borrowed.
        Some(unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), n) })
    }

    /// The transpose as a writable view, consuming this one.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut t = a.view_mut().into_t();
    /// t[[0, 1]] = 30;
    /// assert_eq!(a, array![[1, 2], [30, 4]]);
    /// ```
    pub fn into_t(self) -> ViewMut<'a, T, D> {
        let (shape, strides) = reversed::<D>(&self.shape, &self.strides);
        // SAFETY: permuting axes keeps the set of elements and their distinctness.
        unsafe { ViewMut::from_raw(self.ptr, shape, strides) }
    }

    /// The transpose (all axes reversed) as a writable view, borrowing `self`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// let mut m = a.view_mut();
    /// m.t_mut()[[1, 0]] = 20;
    /// assert_eq!(a, array![[1, 20], [3, 4]]);
    /// ```
    pub fn t_mut(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut().into_t()
    }

    /// A raw pointer to the first element.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// let p = index!(mut a[1:]).as_mut_ptr() as *const i32;
    /// assert_eq!(p, &a[1] as *const i32);
    /// ```
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr.as_ptr()
    }

    #[inline(always)]
    pub(crate) fn raw(self) -> RawParts<T, D> {
        (self.ptr, self.shape, self.strides)
    }
}

/// Shape and strides with the axes reversed.
pub(crate) fn reversed<D: Dim>(shape: &D::Shape, strides: &D::Strides) -> (D::Shape, D::Strides) {
    let (mut sh, mut st) = (*shape, *strides);
    sh.as_mut().reverse();
    st.as_mut().reverse();
    (sh, st)
}

/// Shape and strides with the axes permuted as `axes` says (negative axes count from the end).
pub(crate) fn permuted<D: Dim>(
    shape: &D::Shape,
    strides: &D::Strides,
    axes: &D::Strides,
) -> Result<(D::Shape, D::Strides), ShapeError> {
    let n = D::NDIM;
    let mut seen = D::shape_filled(0);
    let mut sh = *shape;
    let mut st = *strides;
    for (k, &a) in axes.as_ref().iter().enumerate() {
        let a = layout::resolve_axis(a, n)?;
        if seen.as_ref()[a] != 0 {
            return Err(ShapeError::NotAPermutation {
                axes: axes.as_ref().iter().map(|&x| x as usize).collect(),
            });
        }
        seen.as_mut()[a] = 1;
        sh.as_mut()[k] = shape.as_ref()[a];
        st.as_mut()[k] = strides.as_ref()[a];
    }
    Ok((sh, st))
}

impl<T: fmt::Debug, D: Dim> fmt::Debug for View<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::fmt_debug::debug_array(f, "View", *self)
    }
}

impl<T: fmt::Debug, D: Dim> fmt::Debug for ViewMut<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::fmt_debug::debug_array(f, "ViewMut", self.view())
    }
}
