//! The operations of `benches/arith.rs`, timed by alternating typed-array and ndarray call
//! by call and comparing medians: on a shared, noisy machine, load that comes and goes
//! falls on both sides alike, where criterion's groups run one after the other.
//!
//!     cargo bench --bench arith_ab
//!
//! prints, per operation, the median and minimum time of each side over 400 alternating
//! calls, and the ratio of the medians (typed-array / ndarray; below 1 is faster).

use std::hint::black_box;
use std::time::Instant;

use ndarray::{Array2, Axis};
use typed_array::prelude::*;

const N: usize = 1000;
const CALLS: usize = 400;

type Op<'a> = Box<dyn FnMut() + 'a>;

fn main() {
    // Values in [0, 1) from a multiplicative hash of the position: cheap, and not a pattern
    // the compiler could see through.
    let fill = |seed: u64| -> Vec<f64> {
        (0..(N * N) as u64)
            .map(|i| {
                ((i ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 11) as f64 / (1u64 << 53) as f64
            })
            .collect()
    };
    let a = Owned::<f64, U2>::from_shape_vec([N, N], fill(1)).unwrap();
    let b = Owned::<f64, U2>::from_shape_vec([N, N], fill(2)).unwrap();
    let na = Array2::from_shape_vec((N, N), fill(1)).unwrap();
    let nb = Array2::from_shape_vec((N, N), fill(2)).unwrap();
    let (mut c, mut nc) = (a.clone(), na.clone());

    let ops: Vec<(&str, Op<'_>, Op<'_>)> = vec![
        (
            "&a + &b",
            Box::new(|| drop(black_box(&a + &b))),
            Box::new(|| drop(black_box(&na + &nb))),
        ),
        (
            "&a + b.t()",
            Box::new(|| drop(black_box(&a + b.t()))),
            Box::new(|| drop(black_box(&na + &nb.t()))),
        ),
        (
            "a.sum()",
            Box::new(|| {
                black_box(black_box(&a).sum());
            }),
            Box::new(|| {
                black_box(black_box(&na).sum());
            }),
        ),
        (
            "a.mean_axis(0)",
            Box::new(|| drop(black_box(a.mean_axis(0)))),
            Box::new(|| drop(black_box(na.mean_axis(Axis(0))))),
        ),
        (
            "a.mean_axis(1)",
            Box::new(|| drop(black_box(a.mean_axis(1)))),
            Box::new(|| drop(black_box(na.mean_axis(Axis(1))))),
        ),
        (
            "a.sum_axis(0)",
            Box::new(|| drop(black_box(a.sum_axis(0)))),
            Box::new(|| drop(black_box(na.sum_axis(Axis(0))))),
        ),
        (
            "a.sum_axis(1)",
            Box::new(|| drop(black_box(a.sum_axis(1)))),
            Box::new(|| drop(black_box(na.sum_axis(Axis(1))))),
        ),
        ("c += &b", Box::new(|| c += &b), Box::new(|| nc += &nb)),
    ];
    println!(
        "{:16} {:>12} {:>12} {:>8}   {:>10} {:>10}",
        "operation", "typed-array", "ndarray", "ratio", "min ours", "min theirs"
    );
    for (name, mut ours, mut theirs) in ops {
        let (mut t, mut u) = (Vec::with_capacity(CALLS), Vec::with_capacity(CALLS));
        for _ in 0..CALLS {
            let s = Instant::now();
            ours();
            t.push(s.elapsed().as_secs_f64() * 1e6);
            let s = Instant::now();
            theirs();
            u.push(s.elapsed().as_secs_f64() * 1e6);
        }
        t.sort_by(f64::total_cmp);
        u.sort_by(f64::total_cmp);
        let (mt, mu) = (t[CALLS / 2], u[CALLS / 2]);
        println!(
            "{name:16} {mt:>9.1} µs {mu:>9.1} µs {:>8.2}   {:>7.1} µs {:>7.1} µs",
            mt / mu,
            t[0],
            u[0]
        );
    }
}
