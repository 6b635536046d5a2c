//! The operations that give views: new shapes and strides over the same elements.
//!
//! In NumPy, slicing, `.T`, `transpose`, `reshape` (when the layout allows),
//! `broadcast_to` and `np.newaxis` all return views: nothing is copied, and a write through
//! one of them (where writing is allowed) changes the source. Here each returns a `View`,
//! and `reshape`, which NumPy silently turns into a copy when no view can show the
//! elements in the new shape, returns an error instead (`to_shape` is the one that copies).
//!
//! Run with `cargo run --example view_operations`.

use typed_array::prelude::*;

/// One line per view: its shape, its strides (in elements) and whether it shares memory
/// with the source.
fn report<T, D: Dim>(label: &str, v: View<'_, T, D>, source: &Owned<T, U2>) {
    println!(
        "{label:<28} shape {:<12} strides {:<12} shares memory with a: {}",
        format!("{:?}", v.shape()),
        format!("{:?}", v.strides()),
        shares_memory(&v, source)
    );
}

fn main() {
    // a = np.arange(12).reshape(3, 4)
    let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
    println!("a =\n{a}\n");

    // a[1:3, ::-1]   -- rows 1 and 2, columns reversed
    let s: View<'_, i64, U2> = index!(a[1:3, ::-1]);
    println!("index!(a[1:3, ::-1]) =\n{s}");
    report("index!(a[1:3, ::-1])", s, &a);

    // a.T
    let t: View<'_, i64, U2> = a.t();
    println!("\na.t() =\n{t}");
    report("a.t()", t, &a);

    // b = a.reshape(2, 3, 2); b.transpose(2, 0, 1)
    let b: View<'_, i64, U3> = a.reshape([2, 3, 2]).unwrap();
    let p: View<'_, i64, U3> = b.permute_axes([2, 0, 1]);
    println!();
    report("a.reshape([2, 3, 2])", b, &a);
    report("  .permute_axes([2, 0, 1])", p, &a);

    // a.reshape(4, 3)   -- a view: a is C-contiguous
    let r: View<'_, i64, U2> = a.reshape([4, 3]).unwrap();
    println!("\na.reshape([4, 3]) =\n{r}");
    report("a.reshape([4, 3])", r, &a);

    // a.T.reshape(12)   -- NumPy copies silently; here it is an error, and to_shape copies
    match a.t().reshape([12]) {
        Ok(v) => println!("a.t().reshape([12]) = {v}"),
        Err(e) => println!("\na.t().reshape([12]) is an error:\n  {e}"),
    }
    let c = a.t().to_shape([12]).unwrap();
    println!(
        "a.t().to_shape([12]) = {c}   (is_view: {}, shares memory with a: {})",
        c.is_view(),
        shares_memory(&c, &a)
    );

    // np.broadcast_to(a[0], (3, 4))   -- stride 0 repeats the row without copying it
    let row: View<'_, i64, U1> = index!(a[0]);
    let bc: View<'_, i64, U2> = row.broadcast_to([3, 4]).unwrap();
    println!("\nindex!(a[0]).broadcast_to([3, 4]) =\n{bc}");
    report("index!(a[0]).broadcast_to", bc, &a);
    if let Err(e) = row.broadcast_to([4, 3]) {
        println!("index!(a[0]).broadcast_to([4, 3]) is an error:\n  {e}");
    }

    // a[np.newaxis], a[:, np.newaxis]   -- a new axis of length 1
    let n0: View<'_, i64, U3> = a.view().insert_axis(0);
    let n1: View<'_, i64, U3> = index!(a[:, None]);
    println!();
    report("a.view().insert_axis(0)", n0, &a);
    report("index!(a[:, None])", n1, &a);

    // v = a[1:3, ::-1]; v[0, 0] = 100   -- a view asked for with `mut` writes into a
    let mut w: ViewMut<'_, i64, U2> = index!(mut a[1:3, ::-1]);
    w[[0, 0]] = 100;
    println!("\nindex!(mut a[1:3, ::-1])[[0, 0]] = 100; a =\n{a}");
}
