//! Advanced ("fancy") indexing on large 1-D arrays, against ndarray's closest idioms; the
//! same operations in NumPy are timed by `benches/numpy_bench.py`.
//!
//! * `mask_read`: `a[m]` for 10⁷ `f64` and a mask with about half its entries true;
//! * `mask_write`: `a[m] = 0.0` on the same;
//! * `take`: `a[idx]` for 10⁶ random indices into 10⁷ `f64`.
//!
//! The data come from SplitMix64 evaluated at `(seed << 32) + i`, a counter-based generator
//! that NumPy computes with the same vectorised `uint64` arithmetic, so both sides index the
//! very same arrays; each side prints checksums to show it.
//!
//! Every operation here is one pass over tens of megabytes, so ten samples of a fixed
//! number of calls suffice (`SamplingMode::Flat`). A read allocates its result each time, as
//! NumPy does, so page faults on the fresh buffer are part of what is measured.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, criterion_group, criterion_main};
use ndarray::{Array1, Axis, Zip};
use typed_array::prelude::*;

/// Elements of the indexed array.
const LEN: usize = 10_000_000;
/// Entries of the integer index array.
const TAKE: usize = 1_000_000;

/// Seeds of the three streams; `benches/numpy_bench.py` uses the same.
const SEED_VALUES: u64 = 1;
const SEED_MASK: u64 = 2;
const SEED_INDEX: u64 = 3;

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

/// Uniform in `[0, 1)`: the top 53 bits.
fn values(n: usize) -> Vec<f64> {
    (0..n as u64)
        .map(|i| (splitmix(SEED_VALUES << 32, i) >> 11) as f64 * (1.0 / (1u64 << 53) as f64))
        .collect()
}

/// True with probability one half: the top bit.
fn mask(n: usize) -> Vec<bool> {
    (0..n as u64)
        .map(|i| splitmix(SEED_MASK << 32, i) >> 63 == 1)
        .collect()
}

/// Uniform in `0..len` (the modulo bias, below 10⁻¹², does not matter here).
fn indices(n: usize, len: usize) -> Vec<usize> {
    (0..n as u64)
        .map(|i| (splitmix(SEED_INDEX << 32, i) % len as u64) as usize)
        .collect()
}

fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(6));
    g
}

fn mask_read(c: &mut Criterion) {
    let (v, m) = (values(LEN), mask(LEN));
    let ta = Owned::from_vec(v.clone());
    let tm = Owned::from_vec(m.clone());
    let na = Array1::from_vec(v);
    let nm = Array1::from_vec(m);

    // The three must agree before any is timed.
    let t: Owned<f64, U1> = index!(ta[&tm]);
    let n = nd_mask_read(&na, &nm);
    assert_eq!(t.as_slice(), n.as_slice());
    eprintln!(
        "mask_read: {} of {LEN} true, sum of selected {:.6}",
        n.len(),
        n.sum()
    );

    let mut g = group(c, "mask_read");
    g.bench_function("typed-array", |b| {
        b.iter(|| -> Owned<f64, U1> { index!(ta[black_box(&tm)]) })
    });
    g.bench_function("ndarray", |b| b.iter(|| nd_mask_read(&na, black_box(&nm))));
    g.finish();
}

/// ndarray's fastest idiom for `a[m]` that we found: `Zip` pushing the selected elements.
/// Reserving the exact capacity first (a counting pass) and `collect` of a zipped filter
/// both measured 10–30 % slower on this machine.
fn nd_mask_read(a: &Array1<f64>, m: &Array1<bool>) -> Array1<f64> {
    let mut out = Vec::new();
    Zip::from(a).and(m).for_each(|&x, &b| {
        if b {
            out.push(x);
        }
    });
    Array1::from_vec(out)
}

fn mask_write(c: &mut Criterion) {
    let (v, m) = (values(LEN), mask(LEN));
    let mut ta = Owned::from_vec(v.clone());
    let tm = Owned::from_vec(m.clone());
    let mut na = Array1::from_vec(v);
    let nm = Array1::from_vec(m);

    index!(ta[&tm] = 0.0);
    nd_mask_write(&mut na, &nm);
    assert_eq!(ta.as_slice(), na.as_slice());
    eprintln!("mask_write: sum after {:.6}", na.sum());

    // The writes repeat on the same array: after the first, they store zeros over zeros,
    // which costs the same (NumPy's loop does the same).
    let mut g = group(c, "mask_write");
    g.bench_function("typed-array", |b| {
        b.iter(|| index!(ta[black_box(&tm)] = 0.0))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| nd_mask_write(black_box(&mut na), black_box(&nm)))
    });
    // The plainer idiom, for reference: a branch per element.
    g.bench_function("ndarray if", |b| {
        b.iter(|| {
            Zip::from(black_box(&mut na))
                .and(black_box(&nm))
                .for_each(|x, &b| {
                    if b {
                        *x = 0.0;
                    }
                })
        })
    });
    g.finish();
}

/// ndarray's fastest idiom for `a[m] = 0.0`: `Zip` with a select the compiler turns into a
/// branch-free vector blend (`if b { *x = 0.0 }` mispredicts on a random mask).
fn nd_mask_write(a: &mut Array1<f64>, m: &Array1<bool>) {
    Zip::from(a)
        .and(m)
        .for_each(|x, &b| *x = if b { 0.0 } else { *x });
}

fn take(c: &mut Criterion) {
    let v = values(LEN);
    let idx = indices(TAKE, LEN);
    let idx_i64 = Owned::from_vec(idx.iter().map(|&i| i as i64).collect::<Vec<_>>());
    let ta = Owned::from_vec(v.clone());
    let na = Array1::from_vec(v);

    let t: Owned<f64, U1> = index!(ta[&idx]);
    let t64: Owned<f64, U1> = index!(ta[&idx_i64]);
    let n = na.select(Axis(0), &idx);
    assert_eq!(t.as_slice(), n.as_slice());
    assert_eq!(t64.as_slice(), n.as_slice());
    eprintln!("take: {TAKE} of {LEN}, sum of taken {:.6}", n.sum());

    let mut g = group(c, "take");
    g.bench_function("typed-array Vec<usize>", |b| {
        b.iter(|| -> Owned<f64, U1> { index!(ta[black_box(&idx)]) })
    });
    g.bench_function("typed-array Owned<i64, U1>", |b| {
        b.iter(|| -> Owned<f64, U1> { index!(ta[black_box(&idx_i64)]) })
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| na.select(Axis(0), black_box(&idx)))
    });
    g.finish();
}

criterion_group!(benches, mask_read, mask_write, take);
criterion_main!(benches);
