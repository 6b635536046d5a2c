//! Telling a view from a copy: in the type, and at run time.
//!
//! NumPy has no static answer: `v.base is a` and `np.shares_memory(v, a)` are asked at run
//! time, after the fact. Here the type answers first: an indexing result is a `View`
//! (borrows, read-only), a `ViewMut` (borrows, writable) or an `Owned` (a copy), and a
//! function can accept only one of them. Only `ravel` and `to_shape`, whose answer depends
//! on the memory layout as in NumPy, decide at run time; they return a `CowArray`, and
//! `is_view()` says which it is. `shares_memory` and `may_share_memory` are NumPy's two
//! memory checks, for any two arrays of any kinds.
//!
//! Run with `cargo run --example detecting_views`.

use typed_array::prelude::*;

/// What kind of array a value is, known from its type alone.
trait Kind {
    const KIND: &'static str;
}

impl<T, D: Dim> Kind for View<'_, T, D> {
    const KIND: &'static str = "View     (borrows, read-only)";
}

impl<T, D: Dim> Kind for ViewMut<'_, T, D> {
    const KIND: &'static str = "ViewMut  (borrows, writable)";
}

impl<T, D: Dim> Kind for Owned<T, D> {
    const KIND: &'static str = "Owned    (its own copy)";
}

impl<T, D: Dim> Kind for CowArray<'_, T, D> {
    const KIND: &'static str = "CowArray (decided at run time: ask is_view())";
}

/// The kind of `x`, read off its type: no memory is inspected.
fn kind_of<A: Kind>(_: &A) -> &'static str {
    A::KIND
}

/// Accepts a view and nothing else: the caller's array is only borrowed, never copied.
fn sum_of_view(v: View<'_, i64, U2>) -> i64 {
    v.sum()
}

/// Accepts an owned array and nothing else: the callee may keep or change it freely.
fn into_sorted(o: Owned<i64, U1>) -> Vec<i64> {
    let mut v = o.into_vec();
    v.sort_unstable();
    v
}

fn main() {
    // a = np.arange(12).reshape(3, 4)
    let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
    println!("a =\n{a}\n");

    println!("-- the type says it --");
    // a[:, 0]   -- writable in NumPy too, but nothing says so
    let w = index!(mut a[:, 0]);
    println!("index!(mut a[:, 0])    {}", kind_of(&w));
    // a[1:], a[[0, 2]], a[a > 5]   -- NumPy: all three are just `ndarray`
    let sliced = index!(a[1:]);
    let fancy = index!(a[[0, 2]]);
    let masked = index!(a[a > 5]);
    println!("index!(a[1:])          {}", kind_of(&sliced));
    println!("index!(a[[0, 2]])      {}", kind_of(&fancy));
    println!("index!(a[a > 5])       {}", kind_of(&masked));
    println!("a.t()                  {}", kind_of(&a.t()));
    println!("a.flatten()            {}", kind_of(&a.flatten()));
    println!("a.ravel()              {}", kind_of(&a.ravel()));

    // A function that takes a `View` gets one; a copy has to be turned into a view
    // explicitly, so a signature tells which it works on.
    println!(
        "\nsum_of_view(index!(a[1:]))              = {}",
        sum_of_view(sliced)
    );
    println!(
        "sum_of_view(index!(a[[0, 2]]).view())   = {}",
        sum_of_view(fancy.view())
    );
    // sum_of_view(fancy) does not compile (E0308): expected `View<'_, i64, Rank<2>>`, found
    // `Owned<i64, Rank<2>>`.
    println!(
        "into_sorted(index!(a[a > 5]))           = {:?}",
        into_sorted(masked)
    );
    // into_sorted(index!(a[1, :])) does not compile (E0308): expected `Owned<i64, Rank<1>>`,
    // found `View<'_, i64, Rank<1>>`; `.to_owned()` makes the copy.
    println!(
        "into_sorted(index!(a[1, :]).to_owned()) = {:?}",
        into_sorted(index!(a[1, :]).to_owned())
    );

    println!("\n-- ravel and to_shape decide at run time, as in NumPy --");
    // a.ravel()            -- C-contiguous: a view
    // a.T.ravel()          -- not C-contiguous: a copy
    // a[:, ::2].ravel()    -- strided: a copy
    let r = a.ravel();
    let rt = a.t().ravel();
    let rs = index!(a[:, ::2]).ravel();
    println!("a.ravel().is_view()                     = {}", r.is_view());
    println!("a.t().ravel().is_view()                 = {}", rt.is_view());
    println!("index!(a[:, ::2]).ravel().is_view()     = {}", rs.is_view());
    // a.reshape(4, 3), a.T.reshape(12)
    let s = a.to_shape([4, 3]).unwrap();
    let st = a.t().to_shape([12]).unwrap();
    println!("a.to_shape([4, 3]).is_view()            = {}", s.is_view());
    println!("a.t().to_shape([12]).is_view()          = {}", st.is_view());
    println!("a.t().to_shape([12])                    = {st}");

    println!("\n-- memory checks at run time --");
    // np.shares_memory(x, y): exact; np.may_share_memory(x, y): address ranges only
    let evens = index!(a[:, ::2]);
    let odds = index!(a[:, 1::2]);
    let top = index!(a[:1]);
    let bottom = index!(a[1:]);
    let copy = a.to_owned();
    let rows = [
        (
            "a, a.t()",
            shares_memory(&a, &a.t()),
            may_share_memory(&a, &a.t()),
        ),
        (
            "a, a.ravel()",
            shares_memory(&a, &r),
            may_share_memory(&a, &r),
        ),
        (
            "a, a.t().ravel()",
            shares_memory(&a, &rt),
            may_share_memory(&a, &rt),
        ),
        (
            "a[:, ::2], a[:, 1::2]",
            shares_memory(&evens, &odds),
            may_share_memory(&evens, &odds),
        ),
        (
            "a[:1], a[1:]",
            shares_memory(&top, &bottom),
            may_share_memory(&top, &bottom),
        ),
        (
            "a, a.to_owned()",
            shares_memory(&a, &copy),
            may_share_memory(&a, &copy),
        ),
    ];
    println!(
        "{:<24} {:>14} {:>17}",
        "pair", "shares_memory", "may_share_memory"
    );
    for (pair, shares, may) in rows {
        println!("{pair:<24} {shares:>14} {may:>17}");
    }
    println!(
        "\nthe even and odd columns interleave: their address ranges overlap (may = true),\n\
         but no element is in both (shares = false)"
    );
}
