//! NumPy's indexing for Rust, with the copy-vs-view rules checked by the compiler.
#![deny(missing_docs)]

pub use array_core::*;

/// Brings every name of the crate into scope: `use typed_array::prelude::*;`.
pub mod prelude {
    pub use crate::{array, index, try_index};
    pub use array_core::{
        CowArray, DisplayElement, Float, IndexError, IntoShape, NdIndex, One, Owned, Rank,
        ShapeError, Value, View, ViewMut, Writable, Zero,
    };
    pub use array_core::{
        U0, U1, U2, U3, U4, U5, U6, U7, U8, U9, U10, U11, U12, U13, U14, U15, U16, U17, U18, U19,
        U20, U21, U22, U23, U24, U25, U26, U27, U28, U29, U30, U31, U32,
    };
}

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

/// NumPy indexing: `index!(a[1:4, ::-1, ..., None])`. See the crate documentation.
#[macro_export]
macro_rules! index {
    ($($t:tt)*) => { $crate::__private::index_impl!($crate; panic; $($t)*) };
}

/// [`index!`], returning `Result<_, IndexError>` instead of panicking.
#[macro_export]
macro_rules! try_index {
    ($($t:tt)*) => { $crate::__private::index_impl!($crate; try; $($t)*) };
}
