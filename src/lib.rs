//! NumPy's indexing for Rust, with the copy-vs-view rules checked by the compiler.
//!
//! In NumPy, `a[1:4]` is a view and `a[[1, 2]]` is a copy, and nothing but memory tells
//! them apart: a write through the first changes `a`, a write through the second is lost.
//! Here the difference is in the type:
//!
//! | kind | what it is | may write? |
//! |---|---|---|
//! | [`Owned<T, D>`] | owns its elements (C order) | yes |
//! | [`View<'a, T, D>`] | borrows read-only, like `&'a [T]`; `Copy` | no |
//! | [`ViewMut<'a, T, D>`] | borrows exclusively, like `&'a mut [T]` | yes |
//! | [`CowArray<'a, T, D>`] | a view or a copy, decided at run time | no |
//!
//! `D` is the rank as a type: [`U0`], [`U1`], [`U2`], ... Integer indices remove axes and
//! `None` adds them at the type level, so indexing more axes than an array has is a compile
//! error.
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//!
//! let v: View<'_, i64, U2> = index!(a[1:, ::-1]);      // a view: nothing is copied
//! assert_eq!(v, array![[7, 6, 5, 4], [11, 10, 9, 8]]);
//!
//! let row: View<'_, i64, U1> = index!(a[-1]);           // an integer removes an axis
//! let x: &i64 = index!(a[2, 3]);                        // one integer per axis: the element
//! assert_eq!((row[0], *x), (8, 11));
//!
//! let mut col = index!(mut a[:, 0]);                    // a writable view
//! col[1] = 40;
//! index!(a[0, ::2] = 0);                                // assignment through an index
//! index!(a[..., None][2] += 100);                       // compound assignment, chained
//! assert_eq!(a, array![[0, 1, 0, 3], [40, 5, 6, 7], [108, 109, 110, 111]]);
//! ```
//!
//! # `index!` items
//!
//! | item | meaning | result |
//! |---|---|---|
//! | `i` (any integer expression: `-1`, `n - 1`, `idx`) | one position, negative from the end | axis removed |
//! | `start:stop:step`, any part omitted (`:`, `1:`, `:-1`, `::2`, `::-1`) | NumPy's slice | view |
//! | `..` | the same as `:` | view |
//! | `...` | as many `:` as needed | view |
//! | `None` | a new axis of length 1 | view |
//! | `[0, 2, -1]`, `[[0, 1], [1, 0]]`, or an integer array (`Vec`, `&[_]`, `[_; N]`, `Owned`, `View`, of any integer type) | index array (fancy indexing) | copy |
//! | `[true, false, true]`, a boolean array, or a comparison `a > 5`, `a <= b`, `x == 0` with `&`, `\|`, `!` | mask | copy |
//!
//! With an index array or a mask among the items the result is an [`Owned`] copy, as in
//! NumPy; the rules for where its axes go are NumPy's (adjacent advanced items keep their
//! place, separated ones go first):
//!
//! ```
//! use typed_array::prelude::*;
//! let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let picked: Owned<i64, U1> = index!(a[[0, 2], [1, 3]]);       // elements (0, 1) and (2, 3)
//! assert_eq!(picked, array![1, 11]);
//! let big: Owned<i64, U1> = index!(a[(a > 2) & (a < 6)]);       // a copy, in C order
//! assert_eq!(big, array![3, 4, 5]);
//! index!(a[a > 8] = 0);                                         // writes into `a`
//! index!(a[[0, 0], 0] += 1);                                    // repeated: incremented once
//! assert_eq!(index!(a[:, 0]), array![1, 4, 8]);
//! a.add_at([0, 0], 1);                                          // np.add.at accumulates
//! assert_eq!(index!(a[0]), array![3, 3, 4, 5]);
//! ```
//!
//! Slice bounds clamp as Python's do (`a[0:100]` is the whole axis, `a[4:1:-1]` is
//! positions 4, 3, 2) and never overflow. Integer literals are `isize`; other integer
//! expressions may be of any integer type. A path inside an item needs parentheses:
//! `a[(consts::N):]`, since `::` inside brackets is two slice colons.
//!
//! # Forms
//!
//! | form | gives |
//! |---|---|
//! | `index!(a[ITEMS])` | a `View`, or `&T` when the items are one integer per axis; an `Owned` copy with an index array or mask |
//! | `index!(mut a[ITEMS])` | a `ViewMut`, or `&mut T` (an index array or mask here is a compile error: it would be a copy) |
//! | `index!(a[ITEMS] = v)`, `+=`, `-=`, `*=`, `/=` | writes into `a`; `v` is a scalar or an array that broadcasts |
//! | `try_index!(...)` | any form above as `Result<_, IndexError>` |
//!
//! In an assignment the items and the value are evaluated before `a` is borrowed, so a
//! value computed from `a` works when it is a copy, and a view of `a` is refused by the
//! borrow checker (write `.to_owned()` to copy first, which is what NumPy does implicitly).
//!
//! # Optional features
//!
//! `rand` (random arrays), `ndarray` (zero-copy conversions to and from ndarray), `npy`
//! (`.npy` files), `serde`, and `rayon` (`par_map`, `par_zip_map`, `par_sum` and the other
//! forms of module `parallel`, on rayon's threads). The guide for NumPy users is
//! [`for_numpy_users`].
#![deny(missing_docs)]

pub use array_core::*;

/// Brings every name of the crate into scope: `use typed_array::prelude::*;`.
pub mod prelude {
    pub use crate::{array, index, try_index};
    pub use array_core::{
        CowArray, Dim, DisplayElement, Float, IndexError, IntoShape, NdIndex, One, Owned, Rank,
        ShapeError, Value, View, ViewMut, Writable, Zero,
    };
    pub use array_core::{INFER, may_share_memory, shares_memory};
    pub use array_core::{
        U0, U1, U2, U3, U4, U5, U6, U7, U8, U9, U10, U11, U12, U13, U14, U15, U16, U17, U18, U19,
        U20, U21, U22, U23, U24, U25, U26, U27, U28, U29, U30, U31, U32,
    };
}

pub mod for_numpy_users;

// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

// Not public API.
#[doc(hidden)]
pub mod __private {
    pub use array_core::__private::*;
    pub use array_macros::{array_impl, index_impl};
}

/// Builds an [`Owned`] array from nested brackets: the nesting depth is the rank.
///
/// ```
/// use typed_array::prelude::*;
/// let a: Owned<i32, U2> = array![[1, 2], [3, 4]];
/// assert_eq!(a.shape(), &[2, 2]);
/// ```
#[macro_export]
macro_rules! array {
    ($($t:tt)*) => { $crate::__private::array_impl!($crate; $($t)*) };
}

/// NumPy indexing: `index!(a[1:4, ::-1, ..., None])`. See the crate documentation for
/// the items and forms.
///
/// # Panics
/// When an integer is out of bounds (`index 5 is out of bounds for axis 0 with size 5`), a
/// computed slice step is zero, or an assigned value does not broadcast to the selection.
/// [`try_index!`] returns these as errors. Nothing is written when an assignment fails.
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = array![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(index!(a[:, ::-1]), array![[3, 2, 1], [6, 5, 4]]);
/// index!(a[1] = array![7, 8, 9]);
/// assert_eq!(*index!(a[-1, -1]), 9);
/// ```
#[macro_export]
macro_rules! index {
    ($($t:tt)*) => { $crate::__private::index_impl!($crate; panic; $($t)*) };
}

/// [`index!`], returning `Result<_, IndexError>` instead of panicking.
///
/// ```
/// use typed_array::prelude::*;
/// let mut a = array![1, 2, 3];
/// let err = try_index!(a[3]).unwrap_err();
/// assert_eq!(err.to_string(), "index 3 is out of bounds for axis 0 with size 3");
/// assert!(try_index!(a[:2] = array![1, 2, 3]).is_err());
/// assert_eq!(a, array![1, 2, 3]); // nothing was written
/// ```
#[macro_export]
macro_rules! try_index {
    ($($t:tt)*) => { $crate::__private::index_impl!($crate; try; $($t)*) };
}
