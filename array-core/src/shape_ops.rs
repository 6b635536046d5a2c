//! Operations that change how elements are seen without changing them: `reshape` (a view
//! or an error, by NumPy's no-copy rule), `to_shape` (a view or a copy), `flatten` (always a
//! copy), `ravel` (a view exactly when NumPy's `ravel` gives one), `broadcast_to` (a
//! read-only view with zero strides) and `swap_axes`; and `may_share_memory`.

use crate::error::{OrFail, ShapeError};
use crate::layout;
use crate::mask::ArrayOperand;
use crate::rank::{Dim, U1};
use crate::{CowArray, IntoShape, Owned, View};

/// The strides that show the elements of `(shape, strides)` with `new_shape` without
/// moving them, or `None` when no strides can (NumPy's `_attempt_nocopy_reshape`): the old
/// axes are grouped into blocks whose sizes match groups of new axes, and each block must be
/// stride-chained; strides between blocks are free. Element counts are equal and non-zero.
fn nocopy_strides(
    shape: &[usize],
    strides: &[isize],
    new_shape: &[usize],
    out: &mut [isize],
) -> bool {
    let (dims, steps): (Vec<usize>, Vec<isize>) = shape
        .iter()
        .zip(strides)
        .filter(|(d, _)| **d != 1)
        .map(|(d, s)| (*d, *s))
        .unzip();
    let (old_n, new_n) = (dims.len(), new_shape.len());
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < new_n && oi < old_n {
        let (mut np, mut op) = (new_shape[ni], dims[oi]);
        while np != op {
            if np < op {
                np *= new_shape[nj];
                nj += 1;
            } else {
                op *= dims[oj];
                oj += 1;
            }
        }
        for ok in oi..oj - 1 {
            if steps[ok] != dims[ok + 1] as isize * steps[ok + 1] {
                return false;
            }
        }
        out[nj - 1] = steps[oj - 1];
        for nk in (ni + 1..nj).rev() {
            out[nk - 1] = out[nk] * new_shape[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last = if ni >= 1 { out[ni - 1] } else { 1 };
    out[ni..].iter_mut().for_each(|s| *s = last);
    true
}

impl<'a, T, D: Dim> View<'a, T, D> {
    /// The same elements seen with another shape of the same size, as a view: NumPy's
    /// `reshape(..., copy=False)`. Whether a view is possible depends on the layout, as in
    /// NumPy; [`View::to_shape`] copies when it must.
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the element counts differ, and
    /// [`ShapeError::NeedsCopy`] when no view can show the elements in that shape.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<i32, U1>::arange(12);
    /// let m: View<'_, i32, U2> = a.reshape([3, 4]).unwrap();
    /// assert_eq!(m[[1, 0]], 4);
    /// assert!(m.t().reshape([12]).is_err()); // the transpose would need a copy
    /// ```
    pub fn reshape<D2: Dim, Sh: IntoShape<D2>>(
        self,
        shape: Sh,
    ) -> Result<View<'a, T, D2>, ShapeError> {
        let new_shape = layout::infer_shape::<D2>(shape.into_shape(), self.len())?;
        let strides = self.reshaped_strides::<D2>(&new_shape)?;
        // SAFETY: the new layout addresses exactly the old one's elements, in C order of
        // the old multi-index (checked by `reshaped_strides`).
        Ok(unsafe { View::from_raw(self.ptr, new_shape, strides) })
    }

    /// The strides of a no-copy reshape, or why there are none.
    pub(crate) fn reshaped_strides<D2: Dim>(
        &self,
        new_shape: &D2::Shape,
    ) -> Result<D2::Strides, ShapeError> {
        let n = layout::checked_size::<T>(new_shape.as_ref())?;
        if n != self.len() {
            return Err(ShapeError::size_mismatch(self.len(), new_shape.as_ref()));
        }
        if n == 0 {
            return Ok(layout::c_strides::<D2>(new_shape));
        }
        let mut strides = D2::strides_filled(0);
        if nocopy_strides(
            self.shape(),
            self.strides(),
            new_shape.as_ref(),
            strides.as_mut(),
        ) {
            Ok(strides)
        } else {
            Err(ShapeError::NeedsCopy {
                from: self.shape().into(),
                to: new_shape.as_ref().into(),
            })
        }
    }

    /// The same elements with another shape of the same size: a view when NumPy's `reshape`
    /// would give one, else a C-order copy. [`CowArray::is_view`] tells which.
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the element counts differ.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<i32, U1>::arange(6).into_shape([2, 3]).unwrap();
    /// assert!(a.to_shape([3, 2]).unwrap().is_view());
    /// let c = a.t().to_shape([6]).unwrap();
    /// assert!(!c.is_view());
    /// assert_eq!(c, array![0, 3, 1, 4, 2, 5]);
    /// ```
    pub fn to_shape<D2: Dim, Sh: IntoShape<D2>>(
        self,
        shape: Sh,
    ) -> Result<CowArray<'a, T, D2>, ShapeError>
    where
        T: Clone,
    {
        let new_shape = layout::infer_shape::<D2>(shape.into_shape(), self.len())?;
        match self.reshaped_strides::<D2>(&new_shape) {
            Ok(strides) => {
                // SAFETY: as in `reshape`.
                let v = unsafe { View::from_raw(self.ptr, new_shape, strides) };
                Ok(CowArray::from(v))
            }
            Err(ShapeError::NeedsCopy { .. }) => Ok(CowArray::from(Owned::from_shape_array(
                new_shape,
                self.flatten().into_vec(),
            )?)),
            Err(e) => Err(e),
        }
    }

    /// The elements in C order as a new rank-1 array: always a copy (NumPy's `flatten`).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// assert_eq!(a.t().flatten(), array![1, 3, 2, 4]);
    /// ```
    pub fn flatten(&self) -> Owned<T, U1>
    where
        T: Clone,
    {
        Owned::from_vec(self.to_owned().into_vec())
    }

    /// The elements in C order as a rank-1 array: a view when they are C-contiguous, else a
    /// copy, exactly as NumPy's `ravel()` decides. [`CowArray::is_view`] tells which.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![[1, 2], [3, 4]];
    /// assert!(a.view().ravel().is_view());
    /// let t = a.t().ravel();
    /// assert!(!t.is_view());
    /// assert_eq!(t, array![1, 3, 2, 4]);
    /// ```
    pub fn ravel(self) -> CowArray<'a, T, U1>
    where
        T: Clone,
    {
        match self.as_slice() {
            Some(s) => CowArray::from(View::from_slice([s.len()], s).or_fail()),
            None => CowArray::from(self.flatten()),
        }
    }

    /// A read-only view with the given shape, repeating the elements along new leading axes
    /// and along axes of length 1 (zero strides), as NumPy's `broadcast_to`. Writing through
    /// it does not compile: it is a `View`.
    ///
    /// # Errors
    /// [`ShapeError::Broadcast`] when the shape does not broadcast to `shape`.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let row = array![1, 2, 3];
    /// let b = row.view().broadcast_to([2, 3]).unwrap();
    /// assert_eq!(b, array![[1, 2, 3], [1, 2, 3]]);
    /// assert_eq!(b.strides(), &[0, 1]);
    /// assert!(row.view().broadcast_to([3, 2]).is_err());
    /// ```
    pub fn broadcast_to<D2: Dim, Sh: IntoShape<D2>>(
        self,
        shape: Sh,
    ) -> Result<View<'a, T, D2>, ShapeError> {
        let to = shape.into_shape();
        layout::checked_size::<T>(to.as_ref())?;
        let (from, to_sl) = (self.shape(), to.as_ref());
        let fail = || ShapeError::Broadcast {
            from: from.into(),
            to: to_sl.into(),
        };
        if from.len() > to_sl.len() {
            return Err(fail());
        }
        let lead = to_sl.len() - from.len();
        let mut strides = D2::strides_filled(0);
        for (k, (&n, &s)) in from.iter().zip(self.strides()).enumerate() {
            let t = to_sl[lead + k];
            if n == t {
                strides.as_mut()[lead + k] = s;
            } else if n != 1 {
                return Err(fail());
            }
        }
        // An empty source broadcasts only to an empty target (a zero-length axis matches
        // only itself), so a non-empty result reads only elements of a non-empty source.
        // SAFETY: every multi-index within `to` maps, through zero strides on stretched
        // axes, to one within the source's shape; the view stays read-only for 'a.
        Ok(unsafe { View::from_raw(self.ptr, to, strides) })
    }

    /// The view with axes `a` and `b` exchanged (negative axes count from the end).
    ///
    /// # Panics
    /// When an axis is out of bounds; see [`View::try_swap_axes`].
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = Owned::<i32, U3>::zeros([2, 3, 4]);
    /// assert_eq!(a.swap_axes(0, -1).shape(), &[4, 3, 2]);
    /// ```
    #[track_caller]
    pub fn swap_axes(self, a: isize, b: isize) -> View<'a, T, D> {
        self.try_swap_axes(a, b).or_fail()
    }

    /// [`View::swap_axes`], returning an error instead of panicking.
    ///
    /// # Errors
    /// [`ShapeError::AxisOutOfBounds`].
    pub fn try_swap_axes(self, a: isize, b: isize) -> Result<View<'a, T, D>, ShapeError> {
        let (a, b) = (
            layout::resolve_axis(a, D::NDIM)?,
            layout::resolve_axis(b, D::NDIM)?,
        );
        let (mut shape, mut strides) = (self.shape, self.strides);
        shape.as_mut().swap(a, b);
        strides.as_mut().swap(a, b);
        // SAFETY: exchanging two axes keeps the set of addressed elements.
        Ok(unsafe { View::from_raw(self.ptr, shape, strides) })
    }
}

impl<'a, T, D: Dim> crate::ViewMut<'a, T, D> {
    /// The same elements seen with another shape, as a writable view, or an error when a
    /// copy would be needed (NumPy's `reshape(..., copy=False)`). See [`View::reshape`].
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] or [`ShapeError::NeedsCopy`].
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut a = Owned::<i32, U1>::zeros([6]);
    /// let mut m = a.view_mut().reshape_mut([2, 3]).unwrap();
    /// m[[1, 0]] = 7;
    /// assert_eq!(a, array![0, 0, 0, 7, 0, 0]);
    /// ```
    pub fn reshape_mut<D2: Dim, Sh: IntoShape<D2>>(
        self,
        shape: Sh,
    ) -> Result<crate::ViewMut<'a, T, D2>, ShapeError> {
        let new_shape = layout::infer_shape::<D2>(shape.into_shape(), self.len())?;
        let strides = self.view().reshaped_strides::<D2>(&new_shape)?;
        let (ptr, _, _) = self.raw();
        // SAFETY: the new layout addresses exactly this view's distinct elements (checked by
        // `reshaped_strides`), which stay exclusively borrowed for 'a.
        Ok(unsafe { crate::ViewMut::from_raw(ptr, new_shape, strides) })
    }
}

impl<T, D: Dim> Owned<T, D> {
    /// The elements seen with another shape, as a writable view (never an error for the
    /// layout: an `Owned` is C-contiguous). See [`ViewMut::reshape_mut`](crate::ViewMut::reshape_mut).
    ///
    /// # Errors
    /// [`ShapeError::SizeMismatch`] when the element counts differ.
    pub fn reshape_mut<D2: Dim, Sh: IntoShape<D2>>(
        &mut self,
        shape: Sh,
    ) -> Result<crate::ViewMut<'_, T, D2>, ShapeError> {
        self.view_mut().reshape_mut(shape)
    }
}

macro_rules! forward_shape_ops {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// The same elements seen with another shape, as a view, or an error when a copy
            /// would be needed. See [`View::reshape`].
            ///
            /// # Errors
            /// [`ShapeError::SizeMismatch`] or [`ShapeError::NeedsCopy`].
            pub fn reshape<D2: Dim, Sh: IntoShape<D2>>(&self, shape: Sh) -> Result<View<'_, T, D2>, ShapeError> {
                self.view().reshape(shape)
            }

            /// The same elements with another shape: a view when possible, else a copy. See
            /// [`View::to_shape`].
            ///
            /// # Errors
            /// [`ShapeError::SizeMismatch`] when the element counts differ.
            pub fn to_shape<D2: Dim, Sh: IntoShape<D2>>(&self, shape: Sh) -> Result<CowArray<'_, T, D2>, ShapeError>
            where
                T: Clone,
            {
                self.view().to_shape(shape)
            }

            /// The elements in C order as a new rank-1 array: always a copy. See
            /// [`View::flatten`].
            pub fn flatten(&self) -> Owned<T, U1>
            where
                T: Clone,
            {
                self.view().flatten()
            }

            /// The elements in C order as a rank-1 array: a view when they are
            /// C-contiguous, else a copy. See [`View::ravel`].
            pub fn ravel(&self) -> CowArray<'_, T, U1>
            where
                T: Clone,
            {
                self.view().ravel()
            }

            /// A read-only view broadcast to `shape`. See [`View::broadcast_to`].
            ///
            /// # Errors
            /// [`ShapeError::Broadcast`] when the shapes do not broadcast.
            pub fn broadcast_to<D2: Dim, Sh: IntoShape<D2>>(&self, shape: Sh) -> Result<View<'_, T, D2>, ShapeError> {
                self.view().broadcast_to(shape)
            }

            /// A view with axes `a` and `b` exchanged. See [`View::swap_axes`].
            ///
            /// # Panics
            /// When an axis is out of bounds.
            #[track_caller]
            pub fn swap_axes(&self, a: isize, b: isize) -> View<'_, T, D> {
                self.view().swap_axes(a, b)
            }
        }
    )*};
}

forward_shape_ops! {
    [] Owned<T, D>;
    ['a,] crate::ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

/// True when the address ranges of the two arrays' elements overlap (NumPy's
/// `may_share_memory`): cheap, and may say true for arrays that interleave without
/// sharing an element (`a[::2]` and `a[1::2]`). An empty array shares memory with nothing.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(10);
/// let b = Owned::<i32, U1>::arange(10);
/// assert!(may_share_memory(&index!(a[::2]), &index!(a[1::2])));
/// assert!(!may_share_memory(&index!(a[:5]), &index!(a[5:])));
/// assert!(!may_share_memory(&a, &b));
/// ```
pub fn may_share_memory<A, B>(a: &A, b: &B) -> bool
where
    A: ArrayOperand + ?Sized,
    B: ArrayOperand + ?Sized,
{
    ranges_overlap(&a.operand(), &b.operand())
}

/// Whether the byte ranges of two views' elements overlap.
fn ranges_overlap<T, U, D: Dim, E: Dim>(a: &View<'_, T, D>, b: &View<'_, U, E>) -> bool {
    crate::overlap::ranges_overlap(
        &crate::overlap::RawLayout::of(a),
        &crate::overlap::RawLayout::of(b),
    )
}
