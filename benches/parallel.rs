//! The `rayon` feature's parallel forms against the sequential ones, on the same arrays,
//! calls alternated and medians compared (as in `benches/arith_ab.rs`):
//!
//!     cargo bench --bench parallel --features rayon
//!
//! prints, per operation, the median time of each form over alternating calls and the
//! ratio parallel / sequential (below 1: the parallel form is faster).

use std::hint::black_box;
use std::time::Instant;

use typed_array::prelude::*;

type Op<'a> = Box<dyn FnMut() + 'a>;

/// Values in [0, 1) from a multiplicative hash of the position.
fn fill(seed: u64, n: usize) -> Vec<f64> {
    (0..n as u64)
        .map(|i| {
            ((i ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 11) as f64 / (1u64 << 53) as f64
        })
        .collect()
}

fn main() {
    let n = 1000;
    let a = Owned::<f64, U2>::from_shape_vec([n, n], fill(1, n * n)).unwrap();
    let b = Owned::<f64, U2>::from_shape_vec([n, n], fill(2, n * n)).unwrap();
    let x = Owned::<f64, U1>::from_vec(fill(3, 10_000_000));
    let y = Owned::<f64, U1>::from_vec(fill(4, 10_000_000));
    let (mut c, mut d) = (a.clone(), a.clone());
    assert_eq!(a.par_zip_map(&b, |p, q| p + q), &a + &b);
    assert_eq!(x.par_sum().to_bits(), x.sum().to_bits());

    let ops: Vec<(&str, Op<'_>, Op<'_>)> = vec![
        (
            "a + b, 1000×1000",
            Box::new(|| drop(black_box(a.par_zip_map(&b, |p, q| p + q)))),
            Box::new(|| drop(black_box(&a + &b))),
        ),
        (
            "a + b.T",
            Box::new(|| drop(black_box(a.par_zip_map(b.t(), |p, q| p + q)))),
            Box::new(|| drop(black_box(&a + b.t()))),
        ),
        (
            "x + y, 10⁷",
            Box::new(|| drop(black_box(x.par_zip_map(&y, |p, q| p + q)))),
            Box::new(|| drop(black_box(&x + &y))),
        ),
        (
            "a.mapv(exp)",
            Box::new(|| drop(black_box(a.par_mapv(f64::exp)))),
            Box::new(|| drop(black_box(a.mapv(f64::exp)))),
        ),
        (
            "c *= 1.0000001",
            Box::new(|| c.par_mapv_inplace(|v| v * 1.000_000_1)),
            Box::new(|| d.mapv_inplace(|v| v * 1.000_000_1)),
        ),
        (
            "a.sum()",
            Box::new(|| {
                black_box(black_box(&a).par_sum());
            }),
            Box::new(|| {
                black_box(black_box(&a).sum());
            }),
        ),
        (
            "x.sum(), 10⁷",
            Box::new(|| {
                black_box(black_box(&x).par_sum());
            }),
            Box::new(|| {
                black_box(black_box(&x).sum());
            }),
        ),
    ];
    println!(
        "{:16} {:>12} {:>12} {:>8}   (threads: {})",
        "operation",
        "parallel",
        "sequential",
        "ratio",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for (name, mut par, mut seq) in ops {
        let calls = 60;
        let (mut t, mut u) = (Vec::with_capacity(calls), Vec::with_capacity(calls));
        for _ in 0..calls {
            let s = Instant::now();
            par();
            t.push(s.elapsed().as_secs_f64() * 1e6);
            let s = Instant::now();
            seq();
            u.push(s.elapsed().as_secs_f64() * 1e6);
        }
        t.sort_by(f64::total_cmp);
        u.sort_by(f64::total_cmp);
        let (mt, mu) = (t[calls / 2], u[calls / 2]);
        println!("{name:16} {mt:>9.1} µs {mu:>9.1} µs {:>8.2}", mt / mu);
    }
}
