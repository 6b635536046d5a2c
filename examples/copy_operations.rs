//! The operations that copy: fancy indexing, masks, `flatten` and arithmetic.
//!
//! In NumPy, `a[[0, 2]]`, `a[a > 5]`, `a.flatten()` and `a + 1` return new arrays, which
//! look exactly like views: writing to one of them changes nothing in `a`, silently. Here
//! each returns an `Owned`, so the type says that it is a copy. The assignment forms
//! (`index!(a[[0, 2]] = v)`, `index!(a[a > 5] = v)`) are what writes through such an
//! index into `a`, as NumPy's `a[[0, 2]] = v` does.
//!
//! Run with `cargo run --example copy_operations`.

use typed_array::prelude::*;

fn main() {
    // a = np.arange(12).reshape(3, 4)
    let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
    let before = a.clone();
    println!("a =\n{a}\n");

    // f = a[[0, 2]]; f[0, 0] = -1
    let mut fancy: Owned<i64, U2> = index!(a[[0, 2]]);
    println!(
        "f = index!(a[[0, 2]])            shares memory with a: {}",
        shares_memory(&fancy, &a)
    );
    fancy[[0, 0]] = -1;
    println!("f[[0, 0]] = -1; f =\n{fancy}");

    // m = a[a > 5]; m[:] = 0
    let mut masked: Owned<i64, U1> = index!(a[a > 5]);
    println!(
        "\nm = index!(a[a > 5])             shares memory with a: {}",
        shares_memory(&masked, &a)
    );
    masked.fill(0);
    println!("m.fill(0); m = {masked}");

    // fl = a.flatten(); fl[-1] = 99
    let mut flat: Owned<i64, U1> = a.flatten();
    println!(
        "\nfl = a.flatten()                 shares memory with a: {}",
        shares_memory(&flat, &a)
    );
    *index!(mut flat[-1]) = 99;
    println!("fl[-1] = 99; fl = {flat}");

    // s = a + 1; s *= 10
    let mut sum: Owned<i64, U2> = &a + 1;
    println!(
        "\ns = &a + 1                       shares memory with a: {}",
        shares_memory(&sum, &a)
    );
    sum *= 10;
    println!("s *= 10; s =\n{sum}");

    // None of the four writes reached a.
    println!("\na after all four writes =\n{a}");
    println!("a unchanged: {}", a == before);

    // a[[0, 2], 0] = -1; a[a > 9] = 0   -- assignment through a copying index writes into a
    index!(a[[0, 2], 0] = -1);
    index!(a[a > 9] = 0);
    println!("\nindex!(a[[0, 2], 0] = -1); index!(a[a > 9] = 0); a =\n{a}");
    // index!(mut a[[0, 2]]) does not compile: fancy indexing copies, so a writable view of
    // it cannot exist; the assignment form above is what writes into `a`.
}
