//! Element-wise arithmetic and reductions on two 1000×1000 `f64` arrays `a` and `b` (C order),
//! against ndarray's same operations; NumPy's are timed by `benches/numpy_bench.py arith`.
//!
//! * `add_contiguous`: `&a + &b`, both operands contiguous;
//! * `add_transposed`: `&a + b.t()`, the right operand read down its columns;
//! * `sum`: `a.sum()`;
//! * `mean_axis0`, `mean_axis1`: `a.mean_axis(k)`, one mean per column (k = 0) or per row (k = 1);
//! * `sum_axis0`, `sum_axis1`: `a.sum_axis(k)` likewise;
//! * `add_assign`: `a += &b`, in place.
//!
//! Each group times typed-array and ndarray side by side, so one run gives the ratios. The
//! additions allocate their 8 MB result on every call, as NumPy's do; the reductions allocate
//! at most one row. `add_assign` repeats on the same array, whose values grow by at most one
//! per call: that changes neither the work nor its cost.
//!
//! The data come from SplitMix64 evaluated at `(seed << 32) + i`, the counter-based generator
//! of `benches/fancy.rs`, which NumPy computes with the same `uint64` arithmetic, so both sides
//! add the very same arrays. Each side prints checksums before timing to show it, to ten
//! significant digits: the rest depends on the order of summation, which differs between the
//! three libraries.
//!
//! Every operation is one pass over 8 or 16 MB and takes a millisecond or so, so twenty
//! samples of a fixed number of calls over three seconds suffice (`SamplingMode::Flat`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, criterion_group, criterion_main};
use ndarray::{Array2, Axis};
use typed_array::prelude::*;

/// Rows and columns of both operands.
const N: usize = 1000;

/// Seeds of the streams of `a` and `b`; `benches/numpy_bench.py` uses the same (and
/// `benches/fancy.rs` the ones below them).
const SEED_A: u64 = 4;
const SEED_B: u64 = 5;

/// SplitMix64's output for counter `i` of the stream `seed`.
fn splitmix(seed: u64, i: u64) -> u64 {
    let mut z = seed
        .wrapping_add(i)
        .wrapping_add(1)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `n` values uniform in `[0, 1)` from the stream `seed`: the top 53 bits.
fn uniform(seed: u64, n: usize) -> Vec<f64> {
    (0..n as u64)
        .map(|i| (splitmix(seed << 32, i) >> 11) as f64 * (1.0 / (1u64 << 53) as f64))
        .collect()
}

/// Two sums of the same numbers in a different order agree to this relative difference.
fn assert_close(what: &str, t: f64, n: f64) {
    assert!(
        (t - n).abs() <= 1e-12 * n.abs(),
        "{what}: typed-array gives {t}, ndarray {n}"
    );
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(20)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    g
}

/// Times one operation in both libraries, in one group.
fn pair<T, U>(
    c: &mut Criterion,
    name: &str,
    mut typed: impl FnMut() -> T,
    mut nd: impl FnMut() -> U,
) {
    let mut g = group(c, name);
    g.bench_function("typed-array", |b| b.iter(&mut typed));
    g.bench_function("ndarray", |b| b.iter(&mut nd));
    g.finish();
}

fn arith(c: &mut Criterion) {
    let (va, vb) = (uniform(SEED_A, N * N), uniform(SEED_B, N * N));
    let ta = Owned::<f64, U2>::from_shape_vec([N, N], va.clone()).unwrap();
    let tb = Owned::<f64, U2>::from_shape_vec([N, N], vb.clone()).unwrap();
    let na = Array2::from_shape_vec((N, N), va).unwrap();
    let nb = Array2::from_shape_vec((N, N), vb).unwrap();

    // Both libraries must agree, element for element where no sum is involved, before
    // either is timed.
    eprintln!("arith: sum of a {:.4}, sum of b {:.4}", na.sum(), nb.sum());
    let t = &ta + &tb;
    let n = &na + &nb;
    assert!(t.iter().eq(n.iter()), "add_contiguous differs");
    eprintln!("add_contiguous: sum {:.4}", n.sum());
    let t = &ta + tb.t();
    let n = &na + &nb.t();
    assert!(t.iter().eq(n.iter()), "add_transposed differs");
    eprintln!("add_transposed: sum {:.4}", n.sum());
    assert_close("sum", ta.sum(), na.sum());
    eprintln!("sum: {:.4}", na.sum());
    for k in 0..2 {
        let t = ta.mean_axis(k as isize);
        let n = na.mean_axis(Axis(k)).unwrap();
        assert_eq!(t.len(), N);
        for (&x, &y) in t.iter().zip(&n) {
            assert_close("mean_axis", x, y);
        }
        eprintln!("mean_axis{k}: sum of means {:.7}", n.sum());
        let t = ta.sum_axis(k as isize);
        let n = na.sum_axis(Axis(k));
        assert_eq!(t.len(), N);
        for (&x, &y) in t.iter().zip(&n) {
            assert_close("sum_axis", x, y);
        }
        eprintln!("sum_axis{k}: sum of sums {:.4}", n.sum());
    }
    let mut t = ta.clone();
    t += &tb;
    let mut n = na.clone();
    n += &nb;
    assert!(t.iter().eq(n.iter()), "add_assign differs");
    eprintln!("add_assign: sum after {:.4}", n.sum());

    pair(
        c,
        "add_contiguous",
        || black_box(&ta) + black_box(&tb),
        || black_box(&na) + black_box(&nb),
    );
    pair(
        c,
        "add_transposed",
        || black_box(&ta) + black_box(&tb).t(),
        || black_box(&na) + &black_box(&nb).t(),
    );
    pair(c, "sum", || black_box(&ta).sum(), || black_box(&na).sum());
    pair(
        c,
        "mean_axis0",
        || black_box(&ta).mean_axis(0),
        || black_box(&na).mean_axis(Axis(0)),
    );
    pair(
        c,
        "mean_axis1",
        || black_box(&ta).mean_axis(1),
        || black_box(&na).mean_axis(Axis(1)),
    );
    pair(
        c,
        "sum_axis0",
        || black_box(&ta).sum_axis(0),
        || black_box(&na).sum_axis(Axis(0)),
    );
    pair(
        c,
        "sum_axis1",
        || black_box(&ta).sum_axis(1),
        || black_box(&na).sum_axis(Axis(1)),
    );
    let (mut ta, mut na) = (ta, na);
    pair(
        c,
        "add_assign",
        || *black_box(&mut ta) += black_box(&tb),
        || *black_box(&mut na) += black_box(&nb),
    );
}

criterion_group!(benches, arith);
criterion_main!(benches);
