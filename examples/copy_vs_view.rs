//! NumPy's copy-vs-view walkthrough, in typed-array.
//!
//! In NumPy, `a[2:5]` is a view (a write through it changes `a`) and `a[2:5].copy()` is a
//! copy (a write to it leaves `a` alone), and nothing in the code tells them apart. Here the
//! types do: slicing gives a `View`, which cannot be written at all; `index!(mut ..)` gives
//! a `ViewMut`, which writes into `a`; `.to_owned()` gives an `Owned` copy.
//!
//! Run with `cargo run --example copy_vs_view`. Each step prints what NumPy prints.

use typed_array::prelude::*;

fn main() {
    // a = np.arange(10)
    let mut a = Owned::<i64, U1>::arange(10);
    println!("a = np.arange(10)");
    println!("a:                    {a}");

    // v = a[2:5]   -- a view: reading is free, nothing is copied
    let v: View<'_, i64, U1> = index!(a[2:5]);
    println!("\nv = a[2:5]            (a view)");
    println!("v:                    {v}");
    // v[0] = 100 would not compile here: a `View` is read-only.

    // v[0] = 100   -- the NumPy way to write through a view: ask for a writable one
    let mut w: ViewMut<'_, i64, U1> = index!(mut a[2:5]);
    w[0] = 100;
    println!("\nw = index!(mut a[2:5]); w[0] = 100   (writes through to a)");
    println!("a:                    {a}");

    // c = a[2:5].copy(); c[0] = -1   -- a copy: a stays as it was
    let mut c: Owned<i64, U1> = index!(a[2:5]).to_owned();
    c[0] = -1;
    println!("\nc = index!(a[2:5]).to_owned(); c[0] = -1   (a copy)");
    println!("c:                    {c}");
    println!("a:                    {a}   (unchanged)");

    // a[::2] = 0   -- assignment through a slice writes into a
    index!(a[::2] = 0);
    println!("\nindex!(a[::2] = 0)");
    println!("a:                    {a}");

    // m = a.reshape(2, 5); m[1, ::-1]   -- views of views keep pointing into the same data
    let m = a
        .clone()
        .into_shape([2, 5])
        .expect("10 elements make a 2x5 array");
    let r: View<'_, i64, U1> = index!(m[1, ::-1]);
    println!("\nm = a.reshape(2, 5)   (an owned copy here)");
    println!("m:\n{m}");
    println!("m[1, ::-1]:           {r}");
}
