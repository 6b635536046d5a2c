//! [`Owned`]: the array kind that owns its elements, and its constructors.
//!
//! # Invariants
//!
//! An `Owned` is always C-contiguous: `data.len()` is the product of `shape` (which fits in
//! `isize`, in elements and in bytes), and `strides` are the C-order strides of `shape`.
//! Every operation that would give another layout returns a view or a copy instead.

use core::fmt;
use core::ptr::NonNull;

use crate::error::{OrFail, ShapeError};
use crate::index::NdIndex;
use crate::iter::IterMut;
use crate::layout;
use crate::num::{Float, One, Zero};
use crate::rank::{Dim, Rank, U1};
use crate::{View, ViewMut};

/// An array that owns its elements, stored contiguously in C order.
///
/// `Clone` makes a deep copy. Fancy and mask indexing, [`View::to_owned`] and arithmetic
/// produce `Owned` arrays.
///
/// ```
/// use typed_array::prelude::*;
/// let a: Owned<i32, U2> = array![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(a.shape(), &[2, 3]);
/// assert_eq!(a[[1, 2]], 6);
/// ```
pub struct Owned<T, D: Dim> {
    data: Vec<T>,
    shape: D::Shape,
    strides: D::Strides,
}

impl<T, D: Dim> Owned<T, D> {
    /// # Safety
    /// `data.len()` must equal the product of `shape`, and that shape must have passed
    /// [`layout::checked_size`] for `T`.
    pub(crate) unsafe fn from_vec_unchecked(shape: D::Shape, data: Vec<T>) -> Self {
        debug_assert_eq!(layout::size_of_shape(shape.as_ref()), data.len());
        Owned {
            strides: layout::c_strides::<D>(&shape),
            data,
            shape,
        }
    }

    /// An array of the given shape from elements in C order.
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when `data.len()` is not the shape's element count,
    /// [`ShapeError::Overflow`] when that count does not fit in `isize`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::from_shape_vec([2, 2], vec![1, 2, 3, 4]).unwrap();
    /// assert_eq!(a, array![[1, 2], [3, 4]]);
    /// ```
    pub fn from_shape_vec<Sh: IntoShape<D>>(shape: Sh, data: Vec<T>) -> Result<Self, ShapeError> {
        let shape = shape.into_shape();
        let strides = layout::c_layout_for::<T, D>(&shape, data.len())?;
        Ok(Owned {
            data,
            shape,
            strides,
        })
    }

    /// [`Owned::from_shape_vec`] for a shape already in the rank's own form.
    pub(crate) fn from_shape_array(shape: D::Shape, data: Vec<T>) -> Result<Self, ShapeError> {
        let strides = layout::c_layout_for::<T, D>(&shape, data.len())?;
        Ok(Owned {
            data,
            shape,
            strides,
        })
    }

    /// An array of the given shape built by calling `f` with each multi-index, in C order.
    ///
    /// # Panics
    /// When the shape's element count does not fit in `isize`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::from_shape_fn([2, 3], |[i, j]| 10 * i + j);
    /// assert_eq!(a, array![[0, 1, 2], [10, 11, 12]]);
    /// ```
    #[track_caller]
    pub fn from_shape_fn<Sh: IntoShape<D>>(shape: Sh, mut f: impl FnMut(D::Shape) -> T) -> Self {
        let shape = shape.into_shape();
        let n = layout::checked_size::<T>(shape.as_ref()).or_fail();
        let mut data = crate::alloc::vec_with_capacity(n);
        let mut index = D::shape_filled(0);
        for k in 0..n {
            data.push(f(index));
            if k + 1 < n {
                layout::next_index(index.as_mut(), shape.as_ref());
            }
        }
        // SAFETY: exactly `n` elements were pushed for the validated shape.
        unsafe { Self::from_vec_unchecked(shape, data) }
    }

    /// An array of the given shape with every element `value`.
    ///
    /// # Panics
    /// When the shape's element count does not fit in `isize`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::full([2, 2], 7u8);
    /// assert_eq!(a, array![[7u8, 7], [7, 7]]);
    /// ```
    #[track_caller]
    pub fn full<Sh: IntoShape<D>>(shape: Sh, value: T) -> Self
    where
        T: Clone,
    {
        let shape = shape.into_shape();
        let n = layout::checked_size::<T>(shape.as_ref()).or_fail();
        // SAFETY: exactly `n` elements for the validated shape.
        unsafe { Self::from_vec_unchecked(shape, crate::alloc::filled_vec(n, value)) }
    }

    /// An array of zeros.
    ///
    /// # Panics
    /// When the shape's element count does not fit in `isize`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<f64, U2>::zeros([2, 3]);
    /// assert_eq!(a.shape(), &[2, 3]);
    /// assert!(a.iter().all(|&x| x == 0.0));
    /// ```
    #[track_caller]
    pub fn zeros<Sh: IntoShape<D>>(shape: Sh) -> Self
    where
        T: Clone + Zero,
    {
        let shape = shape.into_shape();
        let n = layout::checked_size::<T>(shape.as_ref()).or_fail();
        // SAFETY: exactly `n` elements for the validated shape.
        unsafe { Self::from_vec_unchecked(shape, crate::alloc::zeroed_vec(n, T::zero())) }
    }

    /// An array of ones.
    ///
    /// # Panics
    /// When the shape's element count does not fit in `isize`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// assert_eq!(Owned::<i32, U1>::ones([3]), array![1, 1, 1]);
    /// ```
    #[track_caller]
    pub fn ones<Sh: IntoShape<D>>(shape: Sh) -> Self
    where
        T: Clone + One,
    {
        Self::full(shape, T::one())
    }

    /// The same elements with another shape of the same size. Never copies: an `Owned` is
    /// C-contiguous, so any shape of the same size is a re-reading of the same buffer.
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the element counts differ.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<i32, U1>::arange(6).into_shape([2, 3]).unwrap();
    /// assert_eq!(a, array![[0, 1, 2], [3, 4, 5]]);
    /// ```
    pub fn into_shape<D2: Dim, Sh: IntoShape<D2>>(
        self,
        shape: Sh,
    ) -> Result<Owned<T, D2>, ShapeError> {
        let shape = layout::infer_shape::<D2>(shape.into_shape(), self.data.len())?;
        Owned::from_shape_array(shape, self.data)
    }

    /// The elements in C order, giving up the shape.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// assert_eq!(array![[1, 2], [3, 4]].into_vec(), vec![1, 2, 3, 4]);
    /// ```
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// A read-only view of the whole array.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// fn total(v: View<'_, f64, U1>) -> f64 {
    ///     v.iter().sum()
    /// }
    /// let a = array![1.0, 2.5];
    /// assert_eq!(total(a.view()), 3.5);
    /// ```
    #[inline]
    pub fn view(&self) -> View<'_, T, D> {
        // SAFETY: `&self` lends the buffer for reading; C strides of the shape address
        // exactly the buffer's elements (invariant of Owned).
        unsafe { View::from_raw(self.ptr(), self.shape, self.strides) }
    }

    /// A writable view of the whole array.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// fn double(mut v: ViewMut<'_, i32, U1>) {
    ///     v.iter_mut().for_each(|x| *x *= 2);
    /// }
    /// let mut a = array![1, 2];
    /// double(a.view_mut());
    /// assert_eq!(a, array![2, 4]);
    /// ```
    #[inline]
    pub fn view_mut(&mut self) -> ViewMut<'_, T, D> {
        // SAFETY: `&mut self` lends the buffer exclusively; C strides address each element
        // once.
        unsafe { ViewMut::from_raw(self.ptr_mut(), self.shape, self.strides) }
    }

    /// The transpose (all axes reversed) as a writable view.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// a.t_mut()[[0, 1]] = 9;
    /// assert_eq!(a, array![[1, 2], [9, 4]]);
    /// ```
    pub fn t_mut(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut().into_t()
    }

    /// The element at `index`, writable, or `None` when out of bounds.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![[1, 2], [3, 4]];
    /// *a.get_mut([1, 1]).unwrap() = 40;
    /// assert!(a.get_mut([2, 0]).is_none());
    /// assert_eq!(a[[1, 1]], 40);
    /// ```
    #[inline]
    pub fn get_mut<I: NdIndex<D>>(&mut self, index: I) -> Option<&mut T> {
        let off = index.offset(self.shape.as_ref(), self.strides.as_ref())?;
        // In bounds of a C-contiguous buffer, so the offset is a valid non-negative index.
        self.data.get_mut(off as usize)
    }

    /// An iterator over writable elements in C order.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2, 3];
    /// a.iter_mut().for_each(|x| *x += 1);
    /// assert_eq!(a, array![2, 3, 4]);
    /// ```
    #[inline]
    pub fn iter_mut(&mut self) -> IterMut<'_, T, D> {
        self.view_mut().into_iter_mut()
    }

    /// The elements as a mutable slice in C order (always `Some`: an `Owned` is contiguous).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![3, 1, 2];
    /// a.as_slice_mut().unwrap().sort();
    /// assert_eq!(a, array![1, 2, 3]);
    /// ```
    pub fn as_slice_mut(&mut self) -> Option<&mut [T]> {
        Some(&mut self.data)
    }

    /// A raw pointer to the first element.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = array![1, 2];
    /// let p = a.as_mut_ptr();
    /// assert_eq!(p as *const i32, a.as_ptr());
    /// ```
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.data.as_mut_ptr()
    }

    #[inline(always)]
    pub(crate) fn layout_ref(&self) -> (&D::Shape, &D::Strides) {
        (&self.shape, &self.strides)
    }

    /// The buffer's pointer, for reading only.
    #[inline(always)]
    fn ptr(&self) -> NonNull<T> {
        // Vec's pointer is never null (dangling and aligned when empty).
        NonNull::new(self.data.as_ptr().cast_mut()).unwrap_or(NonNull::dangling())
    }

    /// The buffer's pointer, for writing: derived from `as_mut_ptr` so that writes through
    /// it are allowed by the aliasing model.
    #[inline(always)]
    fn ptr_mut(&mut self) -> NonNull<T> {
        NonNull::new(self.data.as_mut_ptr()).unwrap_or(NonNull::dangling())
    }
}

impl<T> Owned<T, U1> {
    /// A rank-1 array of the vector's elements.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// assert_eq!(Owned::from_vec(vec![1, 2, 3]), array![1, 2, 3]);
    /// ```
    pub fn from_vec(data: Vec<T>) -> Self {
        // A Vec's length always fits in isize elements and bytes.
        // SAFETY: the shape is the vector's own length.
        unsafe { Self::from_vec_unchecked([data.len()], data) }
    }

    /// `0, 1, ..., stop - 1` (NumPy's `arange(stop)`); empty when `stop` is not positive.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// assert_eq!(Owned::<i64, U1>::arange(4), array![0i64, 1, 2, 3]);
    /// assert_eq!(Owned::<f64, U1>::arange(3.0), array![0.0, 1.0, 2.0]);
    /// ```
    pub fn arange(stop: T) -> Self
    where
        T: Clone + PartialOrd + Zero + One + core::ops::Add<Output = T>,
    {
        let mut data = Vec::new();
        let mut x = T::zero();
        while x < stop {
            let next = x.clone() + T::one();
            data.push(x);
            x = next;
        }
        Self::from_vec(data)
    }

    /// `num` evenly spaced values from `start` to `stop` inclusive (NumPy's `linspace`).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// assert_eq!(Owned::linspace(0.0, 1.0, 5), array![0.0, 0.25, 0.5, 0.75, 1.0]);
    /// ```
    pub fn linspace(start: T, stop: T, num: usize) -> Self
    where
        T: Float,
    {
        let data = match num {
            0 => Vec::new(),
            1 => vec![start],
            _ => {
                let div = T::from_usize(num - 1);
                let step = (stop - start) / div;
                let mut v: Vec<T> = crate::alloc::vec_with_capacity(num);
                v.extend((0..num).map(|i| start + T::from_usize(i) * step));
                // NumPy pins the last value to `stop` exactly.
                v[num - 1] = stop;
                v
            }
        };
        Self::from_vec(data)
    }
}

impl<T> From<Vec<T>> for Owned<T, U1> {
    fn from(data: Vec<T>) -> Self {
        Self::from_vec(data)
    }
}

impl<T> FromIterator<T> for Owned<T, U1> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        Self::from_vec(iter.into_iter().collect())
    }
}

impl<T: Clone, D: Dim> Clone for Owned<T, D> {
    fn clone(&self) -> Self {
        Owned {
            data: self.data.clone(),
            shape: self.shape,
            strides: self.strides,
        }
    }
}

impl<T: fmt::Debug, D: Dim> fmt::Debug for Owned<T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::fmt_debug::debug_array(f, "Owned", self.view())
    }
}

impl<'a, T, D: Dim> From<&'a Owned<T, D>> for View<'a, T, D> {
    fn from(a: &'a Owned<T, D>) -> Self {
        a.view()
    }
}

impl<'a, T, D: Dim> From<&'a mut Owned<T, D>> for ViewMut<'a, T, D> {
    fn from(a: &'a mut Owned<T, D>) -> Self {
        a.view_mut()
    }
}

impl<'a, T, D: Dim> From<&'a ViewMut<'_, T, D>> for View<'a, T, D> {
    fn from(a: &'a ViewMut<'_, T, D>) -> Self {
        a.view()
    }
}

/// A shape argument for an array of rank `D`: `[usize; N]` for `Rank<N>`.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<f32, U3>::zeros([2, 3, 4]);       // the rank fixes the shape's length
/// let b = Owned::from_shape_vec([2, 2], vec![1, 2, 3, 4]).unwrap(); // or the shape fixes the rank
/// assert_eq!((a.ndim(), b.ndim()), (3, 2));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a shape for an array of rank `{D}`",
    label = "expected one length per axis",
    note = "a shape is `[usize; N]` with one length per axis: `[2, 3]` is a shape for `Rank<2>` (`U2`)"
)]
pub trait IntoShape<D: Dim> {
    /// The shape as the rank's `[usize; N]`.
    fn into_shape(self) -> D::Shape;
}

impl<const N: usize> IntoShape<Rank<N>> for [usize; N]
where
    Rank<N>: Dim<Shape = [usize; N]>,
{
    #[inline]
    fn into_shape(self) -> [usize; N] {
        self
    }
}
