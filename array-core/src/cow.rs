//! [`CowArray`]: a [`View`] or an [`Owned`], decided at run time.
//!
//! NumPy's `reshape` and `ravel` return a view when the memory layout allows and a copy
//! otherwise; here the same operations return a `CowArray`, and [`CowArray::is_view`] says
//! which it is. Either way it is read-only: call [`CowArray::into_owned`] to write.

use core::fmt;

use crate::rank::Dim;
use crate::{Owned, View};

/// A read-only array that is either a view of another array or an owned copy.
///
/// ```
/// use typed_array::prelude::*;
/// let a = array![1, 2, 3];
/// let c = CowArray::from(a.view());
/// assert!(c.is_view());
/// let o: Owned<i32, U1> = c.into_owned();
/// assert_eq!(o, a);
/// ```
pub struct CowArray<'a, T, D: Dim> {
    repr: Repr<'a, T, D>,
}

enum Repr<'a, T, D: Dim> {
    View(View<'a, T, D>),
    Owned(Owned<T, D>),
}

impl<'a, T, D: Dim> CowArray<'a, T, D> {
    /// True when this borrows another array's elements, false when it owns a copy.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![1, 2];
    /// assert!(CowArray::from(a.view()).is_view());
    /// assert!(!CowArray::from(a.clone()).is_view());
    /// ```
    pub fn is_view(&self) -> bool {
        matches!(self.repr, Repr::View(_))
    }

    /// A read-only view of the elements, whichever kind this is.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let c = CowArray::from(array![[1, 2], [3, 4]]);
    /// assert_eq!(c.view().t(), array![[1, 3], [2, 4]]);
    /// ```
    #[inline]
    pub fn view(&self) -> View<'_, T, D> {
        match &self.repr {
            Repr::View(v) => *v,
            Repr::Owned(o) => o.view(),
        }
    }

    /// The elements as an `Owned` array: the owned copy as it is (no copy), or a copy of
    /// the view.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let a = array![1, 2, 3];
    /// let mut o = CowArray::from(index!(a[::-1])).into_owned();
    /// o[0] = 30;
    /// assert_eq!((o, a), (array![30, 2, 1], array![1, 2, 3]));
    /// ```
    pub fn into_owned(self) -> Owned<T, D>
    where
        T: Clone,
    {
        match self.repr {
            Repr::View(v) => v.to_owned(),
            Repr::Owned(o) => o,
        }
    }

    /// The borrowed view, or the owned array.
    pub(crate) fn into_parts(self) -> Result<View<'a, T, D>, Owned<T, D>> {
        match self.repr {
            Repr::View(v) => Ok(v),
            Repr::Owned(o) => Err(o),
        }
    }

    #[inline(always)]
    pub(crate) fn layout_ref(&self) -> (&D::Shape, &D::Strides) {
        match &self.repr {
            Repr::View(v) => (&v.shape, &v.strides),
            Repr::Owned(o) => o.layout_ref(),
        }
    }
}

impl<'a, T, D: Dim> From<View<'a, T, D>> for CowArray<'a, T, D> {
    fn from(v: View<'a, T, D>) -> Self {
        CowArray {
            repr: Repr::View(v),
        }
    }
}

impl<T, D: Dim> From<Owned<T, D>> for CowArray<'_, T, D> {
    fn from(o: Owned<T, D>) -> Self {
        CowArray {
            repr: Repr::Owned(o),
        }
    }
}

impl<'a, T, D: Dim> From<&'a CowArray<'_, T, D>> for View<'a, T, D> {
    fn from(c: &'a CowArray<'_, T, D>) -> Self {
        c.view()
    }
}

impl<T: Clone, D: Dim> Clone for CowArray<'_, T, D> {
    fn clone(&self) -> Self {
        CowArray {
            repr: match &self.repr {
                Repr::View(v) => Repr::View(*v),
                Repr::Owned(o) => Repr::Owned(o.clone()),
            },
        }
    }
}

impl<T: fmt::Debug, D: Dim> fmt::Debug for CowArray<'_, T, D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.is_view() {
            "CowArray::View"
        } else {
            "CowArray::Owned"
        };
        crate::fmt_debug::debug_array(f, name, self.view())
    }
}
