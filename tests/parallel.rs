//! The `rayon` feature: every parallel form gives exactly the sequential form's result, for
//! arrays large enough to be split (on rayon's threads) and small ones (on the caller's),
//! of every layout, and sums agree bit for bit.

use std::thread;

use typed_array::parallel::PAR_THRESHOLD;
use typed_array::prelude::*;

/// Values in [0, 1) from a multiplicative hash of the position.
fn fill(seed: u64, n: usize) -> Vec<f64> {
    (0..n as u64)
        .map(|i| {
            ((i ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 11) as f64 / (1u64 << 53) as f64
        })
        .collect()
}

fn grid(seed: u64, rows: usize, cols: usize) -> Owned<f64, U2> {
    Owned::from_shape_vec([rows, cols], fill(seed, rows * cols)).unwrap()
}

#[test]
fn large_arrays_run_on_the_pool_and_small_ones_on_the_caller() {
    let me = thread::current().id();
    let big = grid(1, 400, 400);
    assert!(big.len() >= 2 * PAR_THRESHOLD);
    let elsewhere = big.par_map(|_| thread::current().id() != me);
    assert!(elsewhere.all(), "a large map ran on the calling thread");
    let small = grid(1, 10, 10);
    let elsewhere = small.par_map(|_| thread::current().id() != me);
    assert!(!elsewhere.any(), "a small map left the calling thread");
}

#[test]
fn maps_agree_with_the_sequential_forms_on_every_layout() {
    let a = grid(2, 600, 500);
    let views = [
        a.view(),
        a.t(),
        index!(a[::2, 1:]),
        index!(a[::-1, ::-3]),
        index!(a[:1, :]),
        index!(a[:0, :]),
    ];
    for v in views {
        let par = v.par_map(|x| x * 3.0 - 1.0);
        assert_eq!(par, v.map(|x| x * 3.0 - 1.0));
        assert_eq!(par.shape(), v.shape());
        assert!(par.is_c_contiguous());
        assert_eq!(v.par_mapv(f64::sqrt), v.mapv(f64::sqrt));
    }
    // Rank 0 and rank 3.
    let s = Owned::<f64, U0>::from_shape_vec([], vec![4.0]).unwrap();
    assert_eq!(s.par_mapv(f64::sqrt), s.mapv(f64::sqrt));
    let c =
        Owned::<i64, U3>::from_shape_fn([70, 40, 30], |[i, j, k]| (i * 1200 + j * 30 + k) as i64);
    assert_eq!(c.par_map(|x| x % 7), c.map(|x| x % 7));
    assert_eq!(
        index!(c[.., ::-1, 3:]).par_map(|x| -x),
        index!(c[.., ::-1, 3:]).map(|x| -x)
    );
    // Elements with drop glue.
    let words = Owned::from_shape_fn([300, 300], |[i, j]| format!("{i}:{j}"));
    assert_eq!(words.par_map(|w| w.len()), words.map(|w| w.len()));
}

#[test]
fn zip_maps_broadcast_like_the_sequential_form() {
    let a = grid(3, 500, 400);
    let b = grid(4, 400, 500);
    let row = Owned::<f64, U1>::linspace(0.0, 1.0, 400);
    let col = grid(5, 500, 1);
    assert_eq!(
        a.par_zip_map(b.t(), |x, y| x * y),
        a.zip_map(b.t(), |x, y| x * y)
    );
    assert_eq!(a.par_zip_map(&row, |x, y| x - y), &a - &row);
    assert_eq!(a.par_zip_map(&col, |x, y| x + y), &a + &col);
    assert_eq!(row.par_zip_map(&col, |x, y| x + y), &row + &col);
    let e = a.try_par_zip_map(&b, |x, y| x + y).unwrap_err();
    assert_eq!(
        e.to_string(),
        "operands could not be broadcast together with shapes (500,400) (400,500)"
    );
}

#[test]
fn in_place_maps_agree_with_the_sequential_forms() {
    let a = grid(6, 700, 300);
    let (mut p, mut s) = (a.clone(), a.clone());
    p.par_mapv_inplace(|x| x * x + 1.0);
    s.mapv_inplace(|x| x * x + 1.0);
    assert_eq!(p, s);

    // Through a strided writable view: the elements outside it stay as they were.
    let (mut p, mut s) = (a.clone(), a.clone());
    index!(mut p[::3, 1::2]).par_map_inplace(|x| *x = -*x);
    index!(mut s[::3, 1::2]).map_inplace(|x| *x = -*x);
    assert_eq!(p, s);
    assert_eq!(p[[1, 1]], a[[1, 1]]);
    assert_eq!(p[[0, 1]], -a[[0, 1]]);
}

#[test]
fn parallel_sums_are_the_sequential_sums_bit_for_bit() {
    for n in [
        0,
        1,
        1000,
        PAR_THRESHOLD - 1,
        PAR_THRESHOLD,
        3 * PAR_THRESHOLD + 17,
        1 << 20,
    ] {
        let x = Owned::<f64, U1>::from_vec(fill(7, n).into_iter().map(|v| v - 0.3).collect());
        assert_eq!(x.par_sum().to_bits(), x.sum().to_bits(), "n = {n}");
    }
    let a = grid(8, 900, 700);
    for v in [a.view(), a.t(), index!(a[::2, ::-1])] {
        assert_eq!(v.par_sum().to_bits(), v.sum().to_bits());
    }
    let ints = Owned::<i64, U1>::from_vec((0..500_000).collect());
    assert_eq!(ints.par_sum(), 499_999 * 500_000 / 2);
}
