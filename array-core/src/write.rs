//! Writing into arrays: `fill`, `assign` (with NumPy's setitem broadcasting) and the
//! compound assignments `+= -= *= /=`, for the writable kinds [`Owned`] and [`ViewMut`].
//!
//! The read-only kinds get the same method names behind a `Writable` bound that they never
//! meet, so that `view.fill(0)` fails with a message saying why, rather than "no method".

use core::ops::{
    AddAssign, BitAndAssign, BitOrAssign, BitXorAssign, DivAssign, MulAssign, RemAssign, SubAssign,
};

use crate::error::{IndexError, OrFail};
use crate::rank::{Dim, U0};
use crate::{CowArray, Owned, View, ViewMut};

/// An array kind whose elements may be written: [`Owned`] and [`ViewMut`].
///
/// Generic code that writes into "any writable array" takes `impl Writable`:
///
/// ```
/// use typed_array::prelude::*;
/// fn zero_first<A: Writable<Elem = i32>>(a: &mut A) {
///     a.writable().iter_mut().take(1).for_each(|x| *x = 0);
/// }
/// let mut a = array![1, 2, 3];
/// zero_first(&mut a);
/// zero_first(&mut index!(mut a[1:]));
/// assert_eq!(a, array![0, 0, 3]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot write through `{Self}`: it is read-only",
    label = "read-only array",
    note = "a `View` or `CowArray` never writes; write through the array it came from, with `index!(mut a[..])`, `a.view_mut()`, or `index!(a[..] = value)`, or make a copy with `.to_owned()`"
)]
pub trait Writable {
    /// The element type.
    type Elem;
    /// The rank.
    type Dim: Dim;
    /// A writable view of the whole array.
    fn writable(&mut self) -> ViewMut<'_, Self::Elem, Self::Dim>;
}

impl<T, D: Dim> Writable for Owned<T, D> {
    type Elem = T;
    type Dim = D;
    #[inline]
    fn writable(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut()
    }
}

impl<T, D: Dim> Writable for ViewMut<'_, T, D> {
    type Elem = T;
    type Dim = D;
    #[inline]
    fn writable(&mut self) -> ViewMut<'_, T, D> {
        self.view_mut()
    }
}

/// What a value assigned into an array can be: a scalar of the element type, or an array of
/// any kind (by value or by reference) that broadcasts to the target.
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = Owned::<i32, U2>::zeros([2, 3]);
/// let row = array![1, 2, 3];
/// index!(a[0] = 7);            // a scalar
/// index!(a[1] = &row);         // an array by reference
/// index!(a[:, 0] = index!(row[1:])); // a view
/// assert_eq!(a, array![[2, 7, 7], [3, 2, 3]]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be assigned into an array of `{T}`",
    label = "expected a `{T}` or an array of `{T}`",
    note = "assign a scalar of the element type, or an array (`Owned`, `View`, `ViewMut`, `CowArray`, or a reference to one) whose shape broadcasts to the target"
)]
pub trait Value<T> {
    /// The rank of the value (`U0` for a scalar).
    type Dim: Dim;
    /// The value as a read-only array.
    fn as_array(&self) -> View<'_, T, Self::Dim>;

    /// The value's own buffer, when it is an `Owned` given by value (an operator may then
    /// write its result there instead of allocating).
    #[doc(hidden)]
    fn into_buffer(self) -> Result<Owned<T, Self::Dim>, Self>
    where
        Self: Sized,
    {
        Err(self)
    }
}

impl<T> Value<T> for T {
    type Dim = U0;
    #[inline]
    fn as_array(&self) -> View<'_, T, U0> {
        View::from_ref(self)
    }
}

macro_rules! array_values {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> Value<T> for $ty {
            type Dim = D;
            #[inline]
            fn as_array(&self) -> View<'_, T, D> {
                self.view()
            }
        }
    )*};
}

impl<T, D: Dim> Value<T> for Owned<T, D> {
    type Dim = D;
    #[inline]
    fn as_array(&self) -> View<'_, T, D> {
        self.view()
    }
    #[inline]
    fn into_buffer(self) -> Result<Owned<T, D>, Self> {
        Ok(self)
    }
}

array_values! {
    ['b,] &'b Owned<T, D>;
    ['b,] View<'b, T, D>;
    ['b, 'c,] &'b View<'c, T, D>;
    ['b, 'c,] &'b ViewMut<'c, T, D>;
    ['b,] CowArray<'b, T, D>;
    ['b, 'c,] &'b CowArray<'c, T, D>;
}

impl<'a, T> View<'a, T, U0> {
    /// A 0-d view of one element.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let x = 5;
    /// let v = View::from_ref(&x);
    /// assert_eq!((v.shape(), v[[]]), (&[][..], 5));
    /// ```
    pub fn from_ref(x: &'a T) -> Self {
        // SAFETY: a 0-d layout addresses exactly the one element, borrowed for 'a.
        unsafe { View::from_raw(x.into(), [], []) }
    }
}

impl<'a, T> ViewMut<'a, T, U0> {
    /// A 0-d writable view of one element.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let mut x = 5;
    /// ViewMut::from_mut(&mut x).fill(6);
    /// assert_eq!(x, 6);
    /// ```
    pub fn from_mut(x: &'a mut T) -> Self {
        // SAFETY: a 0-d layout addresses exactly the one element, exclusively borrowed.
        unsafe { ViewMut::from_raw(x.into(), [], []) }
    }
}

/// How a value is stretched over a target.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rule {
    /// NumPy's setitem (`a[...] = v`): leading length-1 axes of the value are dropped, then
    /// the value broadcasts to the target.
    SetItem,
    /// NumPy's in-place operators (`a[...] += v`): the value and the target broadcast
    /// together, and the result must have the target's shape.
    InPlace,
}

/// Broadcasts `src` to the shape `to` under `rule`, giving a view of `src` with `to`'s shape
/// (zero strides on stretched axes).
pub(crate) fn broadcast_value<'s, U, S: Dim, D: Dim>(
    src: View<'s, U, S>,
    to: &D::Shape,
    rule: Rule,
) -> Result<View<'s, U, D>, IndexError> {
    let (ssh, sst) = (src.shape.as_ref(), src.strides.as_ref());
    let to_sl = to.as_ref();
    let mut skip = 0;
    if rule == Rule::SetItem {
        while ssh.len() - skip > to_sl.len() && ssh[skip] == 1 {
            skip += 1;
        }
    }
    let (ssh, sst) = (&ssh[skip..], &sst[skip..]);
    let compatible = (rule == Rule::InPlace || ssh.len() <= to_sl.len())
        && ssh
            .iter()
            .rev()
            .zip(to_sl.iter().rev())
            .all(|(&n, &t)| n == t || n == 1 || (rule == Rule::InPlace && t == 1));
    if !compatible {
        return Err(match rule {
            Rule::SetItem => IndexError::broadcast(ssh, to_sl),
            Rule::InPlace => IndexError::Operands {
                target: to_sl.into(),
                value: ssh.into(),
            },
        });
    }
    if ssh.len() > to_sl.len()
        || ssh
            .iter()
            .rev()
            .zip(to_sl.iter().rev())
            .any(|(&n, &t)| n != t && n != 1)
    {
        // Only an in-place operation gets here (setitem's mismatches were caught above):
        // the operands broadcast, but to a shape larger than the target.
        return Err(output_mismatch(ssh, to_sl));
    }
    let lead = to_sl.len() - ssh.len();
    let mut strides = D::strides_filled(0);
    for (k, (&n, &s)) in ssh.iter().zip(sst).enumerate() {
        if n == to_sl[lead + k] {
            strides.as_mut()[lead + k] = s;
        }
    }
    // SAFETY: every multi-index within `to` maps, through zero strides on stretched axes, to
    // a multi-index within the source's shape, so it addresses a source element. When the
    // target is empty the pointer is never read.
    Ok(unsafe { View::from_raw(src.ptr, *to, strides) })
}

/// The error for operands that broadcast to a shape other than the target's.
#[cold]
fn output_mismatch(value: &[usize], target: &[usize]) -> IndexError {
    let n = value.len().max(target.len());
    let at = |s: &[usize], k: usize| {
        if k < n - s.len() {
            1
        } else {
            s[k - (n - s.len())]
        }
    };
    let broadcast: Box<[usize]> = (0..n).map(|k| at(value, k).max(at(target, k))).collect();
    IndexError::Output {
        target: target.into(),
        broadcast,
    }
}

/// Broadcasts `value` to `dst`'s shape, then combines each pair with `f`. Nothing is
/// written unless the shapes broadcast.
pub(crate) fn combine<T, V: Value<T> + ?Sized, D: Dim>(
    dst: ViewMut<'_, T, D>,
    value: &V,
    rule: Rule,
    f: impl FnMut(&mut T, &T),
) -> Result<(), IndexError> {
    let src = broadcast_value::<T, V::Dim, D>(value.as_array(), &dst.shape, rule)?;
    crate::kernels::zip_mut_with(dst, src, f);
    Ok(())
}

/// Calls the macro `$m` with the table of compound assignments: trait, method, operator.
macro_rules! compound_assignments {
    ($m:ident) => {
        $m! {
            AddAssign add_assign +=;
            SubAssign sub_assign -=;
            MulAssign mul_assign *=;
            DivAssign div_assign /=;
            RemAssign rem_assign %=;
            BitAndAssign bitand_assign &=;
            BitOrAssign bitor_assign |=;
            BitXorAssign bitxor_assign ^=;
        }
    };
}

/// The element operations of the assignments, as functions of the element type alone. A
/// closure written inside a generic function is a new type for every instantiation of
/// that function, and each would compile its own copy of the loops.
pub(crate) mod ops {
    use core::ops::{AddAssign, BitAndAssign, BitOrAssign, BitXorAssign};
    use core::ops::{DivAssign, MulAssign, RemAssign, SubAssign};

    /// `a = b` (NumPy's `a[...] = b`).
    pub(crate) fn set<T: Clone>(a: &mut T, b: &T) {
        a.clone_from(b);
    }

    macro_rules! compound {
        ($($trait:ident $name:ident $op:tt;)*) => {$(
            #[doc = concat!("`a ", stringify!($op), " b`.")]
            pub(crate) fn $name<T: $trait + Clone>(a: &mut T, b: &T) {
                *a $op b.clone();
            }
        )*};
    }

    compound_assignments!(compound);
}

macro_rules! write_methods {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T, D: Dim> $ty {
            /// Sets every element to `value`.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = Owned::<i32, U2>::zeros([2, 2]);
            /// a.fill(3);
            /// assert_eq!(a, array![[3, 3], [3, 3]]);
            /// ```
            pub fn fill(&mut self, value: T)
            where
                T: Clone,
                Self: Writable<Elem = T, Dim = D>,
            {
                self.writable().into_iter_mut().for_each(|x| x.clone_from(&value));
            }

            /// Copies `value` into the array, broadcasting it as NumPy's `a[...] = value`
            /// does (a scalar, or an array of any kind whose shape broadcasts).
            ///
            /// # Panics
            /// When the value's shape does not broadcast to the array's; see
            /// [`try_assign`](Self::try_assign).
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = Owned::<i32, U2>::zeros([2, 3]);
            /// a.assign(&array![1, 2, 3]);
            /// assert_eq!(a, array![[1, 2, 3], [1, 2, 3]]);
            /// ```
            #[track_caller]
            pub fn assign<V: Value<T>>(&mut self, value: V)
            where
                T: Clone,
                Self: Writable<Elem = T, Dim = D>,
            {
                self.try_assign(value).or_fail()
            }

            /// [`assign`](Self::assign), returning an error instead of panicking. Nothing is
            /// written when it fails.
            ///
            /// # Errors
            /// [`IndexError::Broadcast`] when the shapes do not broadcast.
            pub fn try_assign<V: Value<T>>(&mut self, value: V) -> Result<(), IndexError>
            where
                T: Clone,
                Self: Writable<Elem = T, Dim = D>,
            {
                combine(self.writable(), &value, Rule::SetItem, ops::set)
            }
        }
    )*};
}

write_methods! {
    [] Owned<T, D>;
    ['a,] ViewMut<'a, T, D>;
}

// The read-only kinds have the writing methods' names too, behind a bound they never meet,
// so that `view.fill(0)` says "cannot write through `View<..>`: it is read-only" instead of
// "no method named `fill`". Written out (not generated) so the error shows no macro. No
// caller can meet the bound, so the bodies only need to type-check.

impl<T, D: Dim> View<'_, T, D> {
    #[doc(hidden)]
    pub fn fill(&mut self, value: T)
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), value);
    }

    #[doc(hidden)]
    pub fn assign<V: Value<T>>(&mut self, value: V)
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), value);
    }
}

impl<T, D: Dim> CowArray<'_, T, D> {
    #[doc(hidden)]
    pub fn fill(&mut self, value: T)
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), value);
    }

    #[doc(hidden)]
    pub fn assign<V: Value<T>>(&mut self, value: V)
    where
        Self: Writable<Elem = T, Dim = D>,
    {
        let _ = (self.writable(), value);
    }
}

macro_rules! add_at {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T: AddAssign + Clone, D: Dim> $ty {
            /// Adds `value` at the positions `index` selects along the first axis,
            /// accumulating at repeated positions, like NumPy's `np.add.at(a, index, value)`.
            /// (`index!(a[index] += value)` follows NumPy's `a[index] += value` instead, where
            /// a repeated position is incremented once.) The value broadcasts to the
            /// selection as in an assignment.
            ///
            /// # Panics
            /// When an index is out of bounds or the value does not broadcast; see
            /// [`try_add_at`](Self::try_add_at). Nothing is written then.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let mut a = Owned::<i32, U1>::zeros([3]);
            /// a.add_at([0, 2, 0], 1);
            /// assert_eq!(a, array![2, 0, 1]);
            /// ```
            #[track_caller]
            pub fn add_at<I: crate::args::IntoArg<A>, A: crate::args::Arg, V: Value<T>>(&mut self, index: I, value: V)
            where
                (A, ()): crate::args::Kind,
                D: crate::args::Resolve<(A, ())>,
            {
                self.try_add_at(index, value).or_fail()
            }

            /// [`add_at`](Self::add_at), returning the error instead of panicking.
            ///
            /// # Errors
            /// [`IndexError`] for an out-of-bounds index or a value that does not broadcast.
            pub fn try_add_at<I: crate::args::IntoArg<A>, A: crate::args::Arg, V: Value<T>>(&mut self, index: I, value: V) -> Result<(), IndexError>
            where
                (A, ()): crate::args::Kind,
                D: crate::args::Resolve<(A, ())>,
            {
                let items = vec![index.into_arg().into_advanced()];
                type Out<D, A> = <D as crate::args::Resolve<(A, ())>>::Out;
                crate::advanced::scatter::<T, D, Out<D, A>, V>(self.view_mut(), items, &value, Rule::SetItem, false, |a, b| *a += b.clone())
            }
        }
    )*};
}

add_at! {
    [] Owned<T, D>;
    ['a,] ViewMut<'a, T, D>;
}

macro_rules! compound_ops {
    ($($trait:ident $method:ident $op:tt;)*) => {$(
        /// Applies the operation element-wise with a scalar or a broadcast array.
        ///
        /// # Panics
        /// When the value's shape does not broadcast to the array's.
        impl<T: $trait + Clone, D: Dim, V: Value<T>> $trait<V> for Owned<T, D> {
            #[track_caller]
            fn $method(&mut self, value: V) {
                combine(self.view_mut(), &value, Rule::InPlace, ops::$method::<T>)
                    .or_fail()
            }
        }

        /// Applies the operation element-wise with a scalar or a broadcast array.
        ///
        /// # Panics
        /// When the value's shape does not broadcast to the array's.
        impl<T: $trait + Clone, D: Dim, V: Value<T>> $trait<V> for ViewMut<'_, T, D> {
            #[track_caller]
            fn $method(&mut self, value: V) {
                combine(self.view_mut(), &value, Rule::InPlace, ops::$method::<T>)
                    .or_fail()
            }
        }
    )*};
}

compound_assignments!(compound_ops);

// `+=` and friends on the read-only kinds, behind the bound they never meet, so that
// `view += 1` says "cannot write through `View<..>`: it is read-only".
macro_rules! read_only_compound_ops {
    ($($trait:ident $method:ident $op:tt;)*) => {$(
        #[doc(hidden)]
        impl<T, D: Dim, V> $trait<V> for View<'_, T, D>
        where
            Self: Writable<Elem = T, Dim = D>,
        {
            fn $method(&mut self, value: V) {
                let _ = (self.writable(), value);
            }
        }

        #[doc(hidden)]
        impl<T, D: Dim, V> $trait<V> for CowArray<'_, T, D>
        where
            Self: Writable<Elem = T, Dim = D>,
        {
            fn $method(&mut self, value: V) {
                let _ = (self.writable(), value);
            }
        }
    )*};
}

compound_assignments!(read_only_compound_ops);
