//! Element access by a multi-index: [`NdIndex`] and the `Index`/`IndexMut` impls.
//!
//! `a[[i, j]]` takes one `usize` per axis (no negative indices: those are `index!`'s), and
//! `a[i]` works at rank 1. Out-of-bounds access panics with NumPy's words.

use core::ops::{Index, IndexMut};

use crate::error::{IndexError, fail};
use crate::rank::{Dim, Rank};
use crate::{CowArray, Owned, View, ViewMut};

/// A multi-index that picks one element of an array of rank `D`: `[usize; N]` for
/// `Rank<N>`, and a plain `usize` at rank 1.
///
/// ```
/// use typed_array::prelude::*;
/// let a = array![[1, 2], [3, 4]];
/// assert_eq!((a[[1, 0]], a.get([0, 1])), (3, Some(&2)));
/// let r = array![5, 6];
/// assert_eq!(r[1], 6);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not pick one element of an array of rank `{D}`",
    label = "expected one `usize` per axis",
    note = "index an element with `a[[i, j]]`, one `usize` per axis; for slices, negative or computed indices use `index!(a[..])`"
)]
pub trait NdIndex<D: Dim>: Copy {
    /// The element offset of this index, or `None` when it is out of bounds.
    fn offset(self, shape: &[usize], strides: &[isize]) -> Option<isize>;
    /// The first out-of-bounds component, for the panic message.
    #[doc(hidden)]
    fn out_of_bounds(self, shape: &[usize]) -> IndexError;
}

impl<const N: usize> NdIndex<Rank<N>> for [usize; N]
where
    Rank<N>: Dim,
{
    #[inline]
    fn offset(self, shape: &[usize], strides: &[isize]) -> Option<isize> {
        let mut off = 0isize;
        for k in 0..N {
            if self[k] >= shape[k] {
                return None;
            }
            // In bounds, so the product is an element offset and fits in isize.
            off += self[k] as isize * strides[k];
        }
        Some(off)
    }

    #[cold]
    fn out_of_bounds(self, shape: &[usize]) -> IndexError {
        let axis = (0..N).find(|&k| self[k] >= shape[k]).unwrap_or(0);
        IndexError::out_of_bounds(self[axis] as i128, axis, shape[axis])
    }
}

impl NdIndex<Rank<1>> for usize {
    #[inline]
    fn offset(self, shape: &[usize], strides: &[isize]) -> Option<isize> {
        [self].offset(shape, strides)
    }

    #[cold]
    fn out_of_bounds(self, shape: &[usize]) -> IndexError {
        [self].out_of_bounds(shape)
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn oob<D: Dim, I: NdIndex<D>>(index: I, shape: &[usize]) -> ! {
    fail(index.out_of_bounds(shape))
}

macro_rules! impl_index {
    ($([$($g:tt)*] $ty:ty, $mut:tt;)*) => {$(
        impl<$($g)* T, D: Dim, I: NdIndex<D>> Index<I> for $ty {
            type Output = T;
            /// # Panics
            /// When the index is out of bounds.
            #[inline]
            #[track_caller]
            fn index(&self, index: I) -> &T {
                let v = self.view();
                match v.get(index) {
                    Some(x) => x,
                    None => oob::<D, I>(index, v.shape()),
                }
            }
        }
        impl_index!(@mut $mut [$($g)*] $ty);
    )*};
    (@mut yes [$($g:tt)*] $ty:ty) => {
        impl<$($g)* T, D: Dim, I: NdIndex<D>> IndexMut<I> for $ty {
            /// # Panics
            /// When the index is out of bounds.
            #[inline]
            #[track_caller]
            fn index_mut(&mut self, index: I) -> &mut T {
                let shape = self.view().shape;
                match self.get_mut(index) {
                    Some(x) => x,
                    None => oob::<D, I>(index, shape.as_ref()),
                }
            }
        }
    };
    (@mut no [$($g:tt)*] $ty:ty) => {};
}

impl_index! {
    [] Owned<T, D>, yes;
    ['a,] View<'a, T, D>, no;
    ['a,] ViewMut<'a, T, D>, yes;
    ['a,] CowArray<'a, T, D>, no;
}
