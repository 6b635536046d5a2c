//! A function that mutates its input by accident, and the two ways Rust makes you choose.
//!
//! The NumPy bug:
//!
//! ```python
//! def center(x):
//!     x -= x.mean()              # in place: writes into whatever `x` is a view of
//!     return x
//!
//! data = np.arange(10.0)
//! c = center(data[:5])           # data[:5] is a view, so `data` is centered too
//! print(data)                    # [-2. -1.  0.  1.  2.  5.  6.  7.  8.  9.]
//! ```
//!
//! Nothing in `center`'s signature says it writes, nothing at the call site says `data` is
//! lent out for writing, and `center(data[[0, 1, 2, 3, 4]])` would leave `data` alone. Here
//! a `View` is read-only, so the same body does not compile. The function has to say what
//! it means: take a `&mut ViewMut` when it is meant to write into the caller's array, or
//! copy with `to_owned()` and return the copy.
//!
//! Run with `cargo run --example safe_processing`.

use typed_array::prelude::*;

// The direct translation does not compile:
//
//     fn center(mut x: View<'_, f64, U1>) -> View<'_, f64, U1> {
//         x -= x.mean();
//         x
//     }
//
//     error[E0368]: binary assignment operation `-=` cannot be applied to type `View<'_, f64, Rank<1>>`
//     note: `View<'_, f64, Rank<1>>` does not implement `Writable`
//
// A `View` is a shared borrow, like `&[f64]`: it reads, it never writes. The other ways of
// writing are refused too: `x.fill(0.0)` and `x.assign(..)` with "cannot write through
// `View<..>`: it is read-only", and `x[0] = 0.0` with E0594.

/// Centers `x` in place: the caller's array changes, and both the signature (`&mut
/// ViewMut`) and the call site (`index!(mut ..)`) say so.
fn center_in_place(x: &mut ViewMut<'_, f64, U1>) {
    let mean = x.mean();
    *x -= mean;
}

/// Returns a centered copy of `x`: the caller's array is only read.
fn centered(x: View<'_, f64, U1>) -> Owned<f64, U1> {
    let mut c = x.to_owned();
    c -= c.mean();
    c
}

fn main() {
    // data = np.arange(10.0)
    let mut data = Owned::<f64, U1>::arange(10.0);
    println!("data                              = {data}");

    // c = center(data[:5].copy())   -- the copy: data is only read
    let c = centered(index!(data[:5]));
    println!("\nc = centered(index!(data[:5]))");
    println!("c                                 = {c}");
    println!("data                              = {data}   (unchanged)");
    println!("c shares memory with data: {}", shares_memory(&c, &data));

    // The same without a named copy: arithmetic on a view gives a new array.
    let d: Owned<f64, U1> = index!(data[:5]) - index!(data[:5]).mean();
    println!("\nindex!(data[:5]) - index!(data[:5]).mean() = {d}   (an Owned, data unchanged)");

    // center(data[:5])   -- the in-place version, asked for in the open
    center_in_place(&mut index!(mut data[:5]));
    println!("\ncenter_in_place(&mut index!(mut data[:5]))");
    println!("data                              = {data}   (changed, as asked)");

    // While a function holds the `ViewMut`, nothing else can read or write `data`:
    //
    //     let mut head = index!(mut data[:5]);
    //     println!("{}", data.sum());    // error[E0502]: cannot borrow `data` as immutable
    //     center_in_place(&mut head);    //   because it is also borrowed as mutable
}
