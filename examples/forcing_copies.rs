//! Asking for a copy: `to_owned`, `into_owned`, and `to_shape` when it must.
//!
//! In NumPy, `.copy()` is how a slice stops being a view, and forgetting it is a silent
//! bug. Here a slice is a `View`, which cannot be written, so the copy is asked for before
//! the first write: `to_owned()` always copies into a new `Owned`. `ravel` and `to_shape`
//! give a `CowArray` (a view when the layout allows, a copy when it does not, as NumPy's
//! `ravel` and `reshape` decide); `into_owned()` turns one into an `Owned`, copying only
//! when it is still a view.
//!
//! Run with `cargo run --example forcing_copies`.

use typed_array::prelude::*;

fn main() {
    // a = np.linspace(0, 9, 10) ** 2
    let a = Owned::<f64, U1>::linspace(0.0, 9.0, 10).mapv(|x| x * x);
    println!("a = {a}\n");

    // s = a[:5].copy(); s -= s.mean(); s /= s.std()
    let mut s: Owned<f64, U1> = index!(a[:5]).to_owned();
    s -= s.mean();
    s /= s.std();
    println!("s = index!(a[:5]).to_owned(); s -= s.mean(); s /= s.std()");
    println!("s = {s}");
    println!("s.mean() = {:.1e}, s.std() = {:.6}", s.mean(), s.std());
    println!(
        "a = {a}   (unchanged; s shares memory with a: {})",
        shares_memory(&s, &a)
    );

    // m = np.arange(6).reshape(2, 3)
    let m = Owned::<i64, U1>::arange(6).into_shape([2, 3]).unwrap();
    println!("\nm =\n{m}");

    // m.ravel()   -- a view; m.ravel().copy()   -- a copy, however ravel decided
    let r = m.ravel();
    println!("\nm.ravel()                  is_view: {}", r.is_view());
    let mut owned_r: Owned<i64, U1> = r.clone().into_owned();
    owned_r[0] = -1;
    println!(
        "m.ravel().into_owned()     copied (it was a view); written: {owned_r}; m[[0, 0]] = {}",
        m[[0, 0]]
    );

    // m.T.ravel()   -- already a copy: into_owned() hands it over without copying again
    let rt = m.t().ravel();
    println!("\nm.t().ravel()              is_view: {}", rt.is_view());
    let before = rt.view().as_ptr();
    let owned_rt = rt.into_owned();
    println!(
        "m.t().ravel().into_owned() = {owned_rt}   same buffer, not copied again: {}",
        owned_rt.as_ptr() == before
    );

    // m.reshape(3, 2) is a view; m.T.reshape(6) has to copy
    let v = m.to_shape([3, 2]).unwrap();
    let c = m.t().to_shape([6]).unwrap();
    println!(
        "\nm.to_shape([3, 2])         is_view: {}, shares memory with m: {}",
        v.is_view(),
        shares_memory(&v, &m)
    );
    println!(
        "m.t().to_shape([6])        is_view: {}, shares memory with m: {}   = {c}",
        c.is_view(),
        shares_memory(&c, &m)
    );
    if let Err(e) = m.t().reshape([6]) {
        println!("m.t().reshape([6])         refuses instead:\n  {e}");
    }

    // w = m.reshape(3, 2).copy()   -- a copy even where a view was possible
    let mut w: Owned<i64, U2> = m.to_shape([3, 2]).unwrap().to_owned();
    w *= 10;
    println!("\nw = m.to_shape([3, 2]).unwrap().to_owned(); w *= 10; w =\n{w}");
    println!("m =\n{m}   (unchanged)");
}
