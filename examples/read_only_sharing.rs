//! Sharing arrays between threads: many readers, or one writer per part.
//!
//! In NumPy, threads handed views of one array may all write to it at once, and nothing
//! stops two of them from writing the same elements. Here the borrow rules of `&T` and
//! `&mut T` apply across threads too: a `View` is `Copy` and `Sync`, so any number of
//! threads may read through copies of it; a `ViewMut` is exclusive, so it goes to exactly
//! one thread, and while it is away the source can be neither read nor written. To write
//! from several threads, split the array into disjoint `ViewMut`s first (`split_at_mut`,
//! `axis_iter_mut`, or the multi-view form `index!(mut a[..], mut a[..])`, which checks at
//! run time that the parts do not overlap).
//!
//! Run with `cargo run --example read_only_sharing`.

use std::thread;

use typed_array::prelude::*;

fn main() {
    // a = np.arange(24.0).reshape(6, 4)
    let mut a = Owned::<f64, U1>::arange(24.0).into_shape([6, 4]).unwrap();
    println!("a =\n{a}\n");

    // Many readers: each thread sums a band of two rows through its own copy of one View.
    let v: View<'_, f64, U2> = a.view();
    let band_sums: Vec<f64> = thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|k| s.spawn(move || index!(v[2 * k:2 * k + 2]).sum()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (k, sum) in band_sums.iter().enumerate() {
        println!(
            "thread {k}: index!(v[{}:{}]).sum() = {sum}",
            2 * k,
            2 * k + 2
        );
    }
    println!(
        "total of the bands = {}, a.sum() = {}",
        band_sums.iter().sum::<f64>(),
        a.sum()
    );

    // Column means, one thread per column, reading through `axis_iter`.
    let means: Vec<f64> = thread::scope(|s| {
        let handles: Vec<_> = v
            .axis_iter(1)
            .map(|col| s.spawn(move || col.mean()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("column means, one thread each: {means:?}");

    // One writer: a ViewMut moves into one thread; `a` is out of reach until it is back.
    let mut first_row: ViewMut<'_, f64, U1> = index!(mut a[0]);
    thread::scope(|s| {
        s.spawn(move || first_row += 100.0);
        // println!("{}", a.sum());   // error[E0502]: cannot borrow `a` as immutable
        //                            //   because it is also borrowed as mutable
    });
    println!("\none thread ran index!(mut a[0]) += 100.0; a =\n{a}");

    // Two writers on disjoint halves: split_at_mut along axis 0 before row 3.
    let (mut top, mut bottom) = a.view_mut().split_at_mut(0, 3);
    thread::scope(|s| {
        s.spawn(move || top.fill(1.0));
        s.spawn(move || bottom.fill(2.0));
    });
    println!(
        "\nsplit_at_mut(0, 3): one thread filled the top with 1, another the bottom with 2:\n{a}"
    );

    // The same with the multi-view form, here by columns: the two views are checked to be
    // disjoint before either is handed out.
    let (mut left, mut right) = index!(mut a[:, :2], mut a[:, 2:]);
    thread::scope(|s| {
        s.spawn(move || left += 10.0);
        s.spawn(move || right *= 100.0);
    });
    println!(
        "\nindex!(mut a[:, :2], mut a[:, 2:]): left += 10 in one thread, right *= 100 in another:\n{a}"
    );
    // Two separate `index!(mut a[..])` calls do not compile (error[E0499]: cannot borrow `a`
    // as mutable more than once at a time). Overlapping parts in the multi-view form are
    // refused at run time: `index!` panics and `try_index!` returns the error.
    let overlap = try_index!(mut a[:, :3], mut a[:, 2:]);
    println!(
        "\ntry_index!(mut a[:, :3], mut a[:, 2:]) -> {}",
        overlap
            .map(|_| "Ok".to_string())
            .unwrap_or_else(|e| e.to_string())
    );
}
