//! Element iterators in logical C order: [`Iter`] (`&T`) and [`IterMut`] (`&mut T`).
//!
//! A contiguous C-order array iterates as a slice; anything else walks a multi-index, with
//! the innermost axis as the hot loop. `for x in &a` and `for x in &mut a` work on every
//! kind that allows them.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ptr::NonNull;

use crate::layout;
use crate::rank::Dim;
use crate::{CowArray, Owned, View, ViewMut};

/// The strided walk shared by [`Iter`] and [`IterMut`].
///
/// Invariant: `ptr` with `shape` and `strides` describes elements that are valid for the
/// iterator's lifetime (for reading, or for writing in `IterMut`), `index` is the next
/// multi-index to yield, `offset` is its element offset, and `remaining` counts the elements
/// not yet yielded.
struct Walk<T, D: Dim> {
    ptr: NonNull<T>,
    shape: D::Shape,
    strides: D::Strides,
    index: D::Shape,
    offset: isize,
    remaining: usize,
}

impl<T, D: Dim> Walk<T, D> {
    fn new(ptr: NonNull<T>, shape: D::Shape, strides: D::Strides) -> Self {
        Walk {
            ptr,
            shape,
            strides,
            index: D::shape_filled(0),
            offset: 0,
            remaining: layout::size_of_shape(shape.as_ref()),
        }
    }

    /// The pointer to the next element, advancing the walk.
    #[inline]
    fn next_ptr(&mut self) -> Option<NonNull<T>> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let off = self.offset;
        if self.remaining > 0 {
            self.step();
        }
        // SAFETY: `off` is the offset of the multi-index being yielded, which is in bounds,
        // so it addresses an element inside the allocation (invariant of `Walk`).
        Some(unsafe { self.ptr.offset(off) })
    }

    /// Moves the index and offset one element on, in C order (there is one).
    #[inline]
    fn step(&mut self) {
        // Odometer step, keeping the offset in step with the index: the last axis moves by
        // its stride; an axis that wraps moves back to its start. Wrapping arithmetic only
        // for the intermediate value one stride past an axis's end; the resulting offset is
        // that of an in-bounds index and so is exact.
        let (index, shape, strides) = (
            self.index.as_mut(),
            self.shape.as_ref(),
            self.strides.as_ref(),
        );
        for k in (0..index.len()).rev() {
            index[k] += 1;
            self.offset = self.offset.wrapping_add(strides[k]);
            if index[k] < shape[k] {
                break;
            }
            self.offset = self
                .offset
                .wrapping_sub(strides[k].wrapping_mul(shape[k] as isize));
            index[k] = 0;
        }
    }

    /// Folds `f` over the pointers of the remaining elements, in order, a run along the
    /// last axis at a time (so the odometer moves once per run, not once per element).
    #[inline]
    fn fold_ptr<B>(mut self, init: B, mut f: impl FnMut(B, *mut T) -> B) -> B {
        let mut acc = init;
        let Some(last) = D::NDIM.checked_sub(1) else {
            while let Some(p) = self.next_ptr() {
                acc = f(acc, p.as_ptr());
            }
            return acc;
        };
        let (len, stride) = (self.shape.as_ref()[last], self.strides.as_ref()[last]);
        while self.remaining > 0 {
            let at = self.index.as_ref()[last];
            let run = (len - at).min(self.remaining);
            let base = self.ptr.as_ptr().wrapping_offset(self.offset);
            // Two elements a step (still one after the other): a strided loop otherwise
            // waits on each load before it issues the next.
            let mut p = base;
            for _ in 0..run / 2 {
                acc = f(acc, p);
                acc = f(acc, p.wrapping_offset(stride));
                p = p.wrapping_offset(2 * stride);
            }
            if run % 2 == 1 {
                acc = f(acc, p);
            }
            self.remaining -= run;
            if self.remaining > 0 {
                // To the run's last element, then one step on, to the next run's first.
                self.index.as_mut()[last] = at + run - 1;
                self.offset = self.offset.wrapping_add((run - 1) as isize * stride);
                self.step();
            }
        }
        acc
    }
}

enum Repr<'a, T, D: Dim> {
    Slice(core::slice::Iter<'a, T>),
    Strided(Walk<T, D>, PhantomData<&'a T>),
}

/// An iterator over `&T` in logical C order, from [`View::iter`](crate::View::iter) and
/// friends.
///
/// ```
/// use typed_array::prelude::*;
/// let a = array![[1, 2], [3, 4]];
/// let t: Vec<i32> = a.t().iter().copied().collect();
/// assert_eq!(t, [1, 3, 2, 4]);
/// ```
pub struct Iter<'a, T, D: Dim> {
    repr: Repr<'a, T, D>,
}

impl<'a, T, D: Dim> Iter<'a, T, D> {
    /// # Safety
    /// `ptr`, `shape` and `strides` must describe elements readable for `'a`.
    pub(crate) unsafe fn new(ptr: NonNull<T>, shape: D::Shape, strides: D::Strides) -> Self {
        let repr = if layout::is_c_contiguous(shape.as_ref(), strides.as_ref()) {
            let len = layout::size_of_shape(shape.as_ref());
            // SAFETY: a C-contiguous array's elements are `len` consecutive `T`s starting at
            // `ptr`, readable for `'a` (the caller's promise).
            Repr::Slice(unsafe { core::slice::from_raw_parts(ptr.as_ptr(), len) }.iter())
        } else {
            Repr::Strided(Walk::new(ptr, shape, strides), PhantomData)
        };
        Iter { repr }
    }
}

impl<'a, T, D: Dim> Iterator for Iter<'a, T, D> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        match &mut self.repr {
            Repr::Slice(it) => it.next(),
            // SAFETY: the walk yields pointers to distinct elements readable for 'a.
            Repr::Strided(w, _) => w.next_ptr().map(|p| unsafe { p.as_ref() }),
        }
    }

    #[inline]
    fn fold<B, F: FnMut(B, &'a T) -> B>(self, init: B, mut f: F) -> B {
        match self.repr {
            Repr::Slice(it) => it.fold(init, f),
            // SAFETY: the walk gives pointers to the remaining elements, which are readable
            // for 'a (invariant of `Walk`).
            Repr::Strided(w, _) => w.fold_ptr(init, |acc, p| f(acc, unsafe { &*p })),
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl<T, D: Dim> ExactSizeIterator for Iter<'_, T, D> {
    fn len(&self) -> usize {
        match &self.repr {
            Repr::Slice(it) => it.len(),
            Repr::Strided(w, _) => w.remaining,
        }
    }
}

impl<T, D: Dim> FusedIterator for Iter<'_, T, D> {}

impl<T, D: Dim> Clone for Iter<'_, T, D> {
    fn clone(&self) -> Self {
        Iter {
            repr: match &self.repr {
                Repr::Slice(it) => Repr::Slice(it.clone()),
                Repr::Strided(w, p) => Repr::Strided(
                    Walk {
                        ptr: w.ptr,
                        shape: w.shape,
                        strides: w.strides,
                        index: w.index,
                        offset: w.offset,
                        remaining: w.remaining,
                    },
                    *p,
                ),
            },
        }
    }
}

impl<T, D: Dim> fmt::Debug for Iter<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iter")
            .field("remaining", &self.len())
            .finish()
    }
}

// SAFETY: an `Iter` hands out `&T` only, like `slice::Iter`.
unsafe impl<T: Sync, D: Dim> Send for Iter<'_, T, D> {}
// SAFETY: as above.
unsafe impl<T: Sync, D: Dim> Sync for Iter<'_, T, D> {}

enum ReprMut<'a, T, D: Dim> {
    Slice(core::slice::IterMut<'a, T>),
    Strided(Walk<T, D>, PhantomData<&'a mut T>),
}

/// An iterator over `&mut T` in logical C order, from
/// [`ViewMut::iter_mut`](crate::ViewMut::iter_mut) and [`Owned::iter_mut`](crate::Owned::iter_mut).
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = array![1, 2, 3];
/// a.iter_mut().for_each(|x| *x *= 10);
/// assert_eq!(a, array![10, 20, 30]);
/// ```
pub struct IterMut<'a, T, D: Dim> {
    repr: ReprMut<'a, T, D>,
}

impl<'a, T, D: Dim> IterMut<'a, T, D> {
    /// # Safety
    /// `ptr`, `shape` and `strides` must describe distinct elements (no zero strides on an
    /// axis longer than 1, no overlap) writable and exclusively borrowed for `'a`.
    pub(crate) unsafe fn new(ptr: NonNull<T>, shape: D::Shape, strides: D::Strides) -> Self {
        let repr = if layout::is_c_contiguous(shape.as_ref(), strides.as_ref()) {
            let len = layout::size_of_shape(shape.as_ref());
            // SAFETY: a C-contiguous array is `len` consecutive `T`s from `ptr`, exclusively
            // borrowed for 'a (the caller's promise).
            ReprMut::Slice(unsafe { core::slice::from_raw_parts_mut(ptr.as_ptr(), len) }.iter_mut())
        } else {
            ReprMut::Strided(Walk::new(ptr, shape, strides), PhantomData)
        };
        IterMut { repr }
    }
}

impl<'a, T, D: Dim> Iterator for IterMut<'a, T, D> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        match &mut self.repr {
            ReprMut::Slice(it) => it.next(),
            // SAFETY: the walk yields each element once, and elements are distinct and
            // exclusively borrowed for 'a (invariant of `IterMut::new`).
            ReprMut::Strided(w, _) => w.next_ptr().map(|mut p| unsafe { p.as_mut() }),
        }
    }

    #[inline]
    fn fold<B, F: FnMut(B, &'a mut T) -> B>(self, init: B, mut f: F) -> B {
        match self.repr {
            ReprMut::Slice(it) => it.fold(init, f),
            // SAFETY: the walk gives each remaining element once; they are distinct and
            // exclusively borrowed for 'a (invariant of `IterMut::new`).
            ReprMut::Strided(w, _) => w.fold_ptr(init, |acc, p| f(acc, unsafe { &mut *p })),
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl<T, D: Dim> ExactSizeIterator for IterMut<'_, T, D> {
    fn len(&self) -> usize {
        match &self.repr {
            ReprMut::Slice(it) => it.len(),
            ReprMut::Strided(w, _) => w.remaining,
        }
    }
}

impl<T, D: Dim> FusedIterator for IterMut<'_, T, D> {}

impl<T, D: Dim> fmt::Debug for IterMut<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IterMut")
            .field("remaining", &self.len())
            .finish()
    }
}

// SAFETY: an `IterMut` hands out `&mut T` to distinct elements, like `slice::IterMut`.
unsafe impl<T: Send, D: Dim> Send for IterMut<'_, T, D> {}
// SAFETY: as above; shared access to the iterator gives no access to elements.
unsafe impl<T: Sync, D: Dim> Sync for IterMut<'_, T, D> {}

macro_rules! into_iter {
    ($([$($g:tt)*] $ty:ty => $item:ty, $iter:ty, |$x:ident| $body:expr;)*) => {$(
        impl<$($g)* T, D: Dim> IntoIterator for $ty {
            type Item = $item;
            type IntoIter = $iter;
            #[inline]
            fn into_iter(self) -> $iter {
                let $x = self;
                $body
            }
        }
    )*};
}

into_iter! {
    ['a,] View<'a, T, D> => &'a T, Iter<'a, T, D>, |v| v.iter();
    ['a, 'b,] &'a View<'b, T, D> => &'b T, Iter<'b, T, D>, |v| v.iter();
    ['a,] &'a Owned<T, D> => &'a T, Iter<'a, T, D>, |a| a.iter();
    ['a, 'b,] &'a ViewMut<'b, T, D> => &'a T, Iter<'a, T, D>, |v| v.iter();
    ['a, 'b,] &'a CowArray<'b, T, D> => &'a T, Iter<'a, T, D>, |c| c.iter();
    ['a,] &'a mut Owned<T, D> => &'a mut T, IterMut<'a, T, D>, |a| a.iter_mut();
    ['a,] ViewMut<'a, T, D> => &'a mut T, IterMut<'a, T, D>, |v| v.into_iter_mut();
    ['a, 'b,] &'a mut ViewMut<'b, T, D> => &'a mut T, IterMut<'a, T, D>, |v| v.iter_mut();
}
