//! Creating views costs nothing: slicing a 4000×4000 `f64` array, re-slicing the view, and
//! transposing, against ndarray's `slice` and `t`. No allocation happens in any of them
//! (`tests/zero_alloc.rs` proves it); this measures the time.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use ndarray::{Array2, s};
use typed_array::prelude::*;

fn views(c: &mut Criterion) {
    let a = Owned::<f64, U2>::zeros([4000, 4000]);
    let n = Array2::<f64>::zeros((4000, 4000));
    let mut g = c.benchmark_group("view");
    g.bench_function("typed-array index!(a[100:200, 100:200])", |b| {
        b.iter(|| {
            let lo = black_box(100isize);
            black_box(index!(a[lo:200, lo:200]))
        })
    });
    g.bench_function("ndarray slice(s![100..200, 100..200])", |b| {
        b.iter(|| {
            let lo = black_box(100isize);
            black_box(n.slice(s![lo..200, lo..200]))
        })
    });
    g.bench_function("typed-array re-slice index!(v[::-1, 1:])", |b| {
        let v = index!(a[100:200, 100:200]);
        b.iter(|| black_box(index!(v[::-1, 1:])))
    });
    g.bench_function("ndarray re-slice s![..;-1, 1..]", |b| {
        let v = n.slice(s![100..200, 100..200]);
        b.iter(|| black_box(v.slice(s![..;-1, 1..])))
    });
    g.bench_function("typed-array t()", |b| {
        b.iter(|| black_box(black_box(&a).t()))
    });
    g.bench_function("ndarray t()", |b| b.iter(|| black_box(black_box(&n).t())));
    g.finish();
}

criterion_group!(benches, views);
criterion_main!(benches);
