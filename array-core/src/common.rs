//! The read-only methods every array kind has, written once.
//!
//! [`View`] implements the reading methods itself (they keep its lifetime `'a`); the other
//! kinds forward to a view of themselves, so their results borrow them.

use core::fmt;

use crate::error::ShapeError;
use crate::index::NdIndex;
use crate::iter::Iter;
use crate::layout;
use crate::rank::Dim;
use crate::{CowArray, Owned, View, ViewMut};

macro_rules! layout_methods {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// The length of each axis.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![[1, 2, 3], [4, 5, 6]].shape(), &[2, 3]);
            /// ```
            #[inline]
            pub fn shape(&self) -> &[usize] {
                self.layout_parts().0.as_ref()
            }

            /// The distance, in elements (not bytes), between neighbours along each axis.
            /// Negative for reversed axes, zero for broadcast ones.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = Owned::<i32, U2>::zeros([2, 3]);
            /// assert_eq!(a.strides(), &[3, 1]);
            /// assert_eq!(index!(a[::-1, ::2]).strides(), &[-3, 2]);
            /// ```
            #[inline]
            pub fn strides(&self) -> &[isize] {
                self.layout_parts().1.as_ref()
            }

            /// The number of axes (the rank `D` as a number).
            #[inline]
            pub fn ndim(&self) -> usize {
                D::NDIM
            }

            /// The number of elements.
            #[inline]
            pub fn len(&self) -> usize {
                layout::size_of_shape(self.shape())
            }

            /// True when the array has no elements (some axis has length 0).
            #[inline]
            pub fn is_empty(&self) -> bool {
                self.shape().contains(&0)
            }

            /// True when the elements lie in C (row-major) order with no gaps.
            pub fn is_c_contiguous(&self) -> bool {
                layout::is_c_contiguous(self.shape(), self.strides())
            }

            /// True when the elements lie in Fortran (column-major) order with no gaps.
            pub fn is_f_contiguous(&self) -> bool {
                layout::is_f_contiguous(self.shape(), self.strides())
            }
        }
    )*};
}

layout_methods! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

/// Access to an array's shape and strides, whatever its kind.
trait LayoutParts<D: Dim> {
    fn layout_parts(&self) -> (&D::Shape, &D::Strides);
}

impl<T, D: Dim> LayoutParts<D> for View<'_, T, D> {
    #[inline(always)]
    fn layout_parts(&self) -> (&D::Shape, &D::Strides) {
        (&self.shape, &self.strides)
    }
}

impl<T, D: Dim> LayoutParts<D> for ViewMut<'_, T, D> {
    #[inline(always)]
    fn layout_parts(&self) -> (&D::Shape, &D::Strides) {
        (&self.shape, &self.strides)
    }
}

impl<T, D: Dim> LayoutParts<D> for Owned<T, D> {
    #[inline(always)]
    fn layout_parts(&self) -> (&D::Shape, &D::Strides) {
        self.layout_ref()
    }
}

impl<T, D: Dim> LayoutParts<D> for CowArray<'_, T, D> {
    #[inline(always)]
    fn layout_parts(&self) -> (&D::Shape, &D::Strides) {
        self.layout_ref()
    }
}

macro_rules! forward_reads {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// The element at `index` (`[usize; N]`, or a `usize` at rank 1), or `None` when
            /// out of bounds.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = array![[1, 2], [3, 4]];
            /// assert_eq!(a.get([0, 1]), Some(&2));
            /// assert_eq!(a.get([0, 2]), None);
            /// ```
            #[inline]
            pub fn get<I: NdIndex<D>>(&self, index: I) -> Option<&T> {
                self.view().get(index)
            }

            /// An iterator over the elements in logical C order.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// assert_eq!(array![[1, 2], [3, 4]].iter().sum::<i32>(), 10);
            /// ```
            #[inline]
            pub fn iter(&self) -> Iter<'_, T, D> {
                self.view().iter()
            }

            /// The elements as a slice in C order when they are C-contiguous, else `None`.
            pub fn as_slice(&self) -> Option<&[T]> {
                self.view().as_slice()
            }

            /// The transpose: all axes reversed. A view; nothing is copied.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let a = Owned::<i32, U3>::zeros([2, 3, 4]);
            /// assert_eq!(a.t().shape(), &[4, 3, 2]);
            /// ```
            pub fn t(&self) -> View<'_, T, D> {
                self.view().t()
            }

            /// The axes reordered: axis `k` of the result is axis `axes[k]` (negative axes
            /// count from the end). A view.
            ///
            /// # Panics
            /// When `axes` is not a permutation of the axes.
            #[track_caller]
            pub fn permute_axes(&self, axes: D::Strides) -> View<'_, T, D> {
                self.view().permute_axes(axes)
            }

            /// [`View::permute_axes`], returning an error instead of panicking.
            ///
            /// # Errors
            /// [`ShapeError::AxisOutOfBounds`] or [`ShapeError::NotAPermutation`].
            pub fn try_permute_axes(&self, axes: D::Strides) -> Result<View<'_, T, D>, ShapeError> {
                self.view().try_permute_axes(axes)
            }

            /// A C-contiguous copy of the elements.
            pub fn to_owned(&self) -> Owned<T, D>
            where
                T: Clone,
            {
                self.view().to_owned()
            }

            /// A raw pointer to the first element.
            pub fn as_ptr(&self) -> *const T {
                self.view().as_ptr()
            }
        }
    )*};
}

forward_reads! {
    [] Owned<T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

macro_rules! display {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        /// Prints exactly what NumPy's `str()` prints for the same data.
        ///
        /// ```
        /// use typed_array::prelude::*;
        /// assert_eq!(array![[1, 20], [300, 4]].to_string(), "[[  1  20]\n [300   4]]");
        /// assert_eq!(array![0.5, 1.0, 1.5].to_string(), "[0.5 1.  1.5]");
        /// ```
        impl<$($g)* T: crate::format::DisplayElement, D: Dim> fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let v = self.view();
                let strides = *v.strides_arr();
                crate::format::write_array(f, v.shape(), &|idx: &[usize]| {
                    // SAFETY: the formatter only asks for in-bounds multi-indices, whose
                    // elements are readable while `self` is borrowed.
                    unsafe { *v.ptr.as_ptr().offset(layout::offset_of(idx, strides.as_ref())) }
                })
            }
        }
    )*};
}

display! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

impl<T, D: Dim> View<'_, T, D> {
    #[inline(always)]
    pub(crate) fn strides_arr(&self) -> &D::Strides {
        &self.strides
    }
}

macro_rules! partial_eq {
    ($([$($g:tt)*] $lhs:ty => $($rhs:ty),*;)*) => {$(
        partial_eq!(@each [$($g)*] $lhs => $($rhs),*);
    )*};
    (@each $g:tt $lhs:ty => $($rhs:ty),*) => {$(
        partial_eq!(@impl $g $lhs => $rhs);
    )*};
    (@impl [$($g:tt)*] $lhs:ty => $rhs:ty) => {
        /// Equal when the shapes are equal and so are the elements (compared in C order).
        impl<$($g)* T: PartialEq<U>, U, D: Dim> PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool {
                let (a, b) = (self.view(), other.view());
                a.shape() == b.shape() && a.iter().zip(b.iter()).all(|(x, y)| x == y)
            }
        }
    };
}

partial_eq! {
    [] Owned<T, D> => Owned<U, D>, View<'_, U, D>, ViewMut<'_, U, D>, CowArray<'_, U, D>;
    ['a,] View<'a, T, D> => Owned<U, D>, View<'_, U, D>, ViewMut<'_, U, D>, CowArray<'_, U, D>;
    ['a,] ViewMut<'a, T, D> => Owned<U, D>, View<'_, U, D>, ViewMut<'_, U, D>, CowArray<'_, U, D>;
    ['a,] CowArray<'a, T, D> => Owned<U, D>, View<'_, U, D>, ViewMut<'_, U, D>, CowArray<'_, U, D>;
}

impl<T: Eq, D: Dim> Eq for Owned<T, D> {}
