//! The array types behind `typed-array`, their layouts and all runtime behaviour.
//!
//! Users depend on the `typed-array` facade, which re-exports everything here together with
//! the `array!`, `index!` and `try_index!` macros. See that crate for the guide.
//!
//! | type | owns? | may write? |
//! |---|---|---|
//! | [`Owned<T, D>`] | yes | yes |
//! | [`View<'a, T, D>`] | no, borrows like `&'a [T]` (`Copy`) | no |
//! | [`ViewMut<'a, T, D>`] | no, borrows like `&'a mut [T]` | yes |
//! | [`CowArray<'a, T, D>`] | a view or a copy, decided at run time | no |
//!
//! `D` is the rank: [`U0`], [`U1`], [`U2`], ... ([`Rank<N>`]).

#![deny(missing_docs)]

mod advanced;
mod alloc;
mod args;
mod arith;
mod axes;
mod common;
mod cow;
mod elementwise;
mod error;
mod fmt_debug;
mod format;
mod index;
mod iter;
mod kernels;
mod layout;
pub mod mask;
#[cfg(feature = "ndarray")]
mod ndarray_interop;
#[cfg(feature = "npy")]
pub mod npy;
mod num;
mod overlap;
mod owned;
#[cfg(feature = "rayon")]
pub mod parallel;
#[cfg(feature = "rand")]
mod random;
mod rank;
pub mod reductions;
#[cfg(feature = "serde")]
mod serde_impls;
mod shape_ops;
mod slicing;
mod view;
mod write;

#[doc(hidden)]
pub mod __private;

pub use axes::AxisIter;
pub use cow::CowArray;
pub use elementwise::CastTo;
pub use error::{IndexError, ShapeError};
pub use format::DisplayElement;
pub use index::NdIndex;
pub use iter::{Iter, IterMut};
pub use layout::INFER;
pub use num::{Float, One, Zero};
pub use overlap::shares_memory;
pub use owned::{IntoShape, Owned};
pub use rank::*;
pub use shape_ops::may_share_memory;
pub use view::{View, ViewMut};
pub use write::{Value, Writable};

/// The random-number crates the `rand` feature builds on, re-exported so that generators
/// and distributions match the versions this crate uses.
#[cfg(feature = "rand")]
pub use {rand, rand_distr};
