//! The performance suite: every operation the library is judged on, with contiguous,
//! transposed and strided inputs where that applies, timed against ndarray's closest idiom.
//! NumPy's side of the same operations is timed by `benches/suite.py`, which runs this
//! bench first and prints the three side by side:
//!
//!     python3 benches/suite.py            # the whole table (markdown)
//!     cargo bench --bench suite [FILTER]  # this side only, rows whose name contains FILTER
//!
//! Each operation is timed by alternating typed-array and ndarray batch by batch, as
//! `benches/arith_ab.rs` does, so that load coming and going on a shared machine falls on
//! both alike; a batch is as many calls as take about 50 µs (one call for anything slower),
//! and the figure reported is the median over the batches of the time per call. The copies
//! are also timed against a plain memcpy of as many bytes into a fresh `Vec` (`to_vec`:
//! `copy_from_slice` into new memory, without filling it with zeros first), which a copy
//! into a new array can only beat by getting its memory faster, as huge pages do.
//!
//! The result of every call is dropped inside the timed batch, as NumPy frees its own, so
//! allocation and page faults are part of what is measured. Both libraries are checked to
//! agree before anything is timed.
//!
//! Output: one tab-separated line per operation on stdout,
//! `row  name  label  bytes  typed-array µs  ndarray µs  memcpy µs` (the last `-` when there
//! is no reference copy, `bytes` 0 when the operation is not a copy), and a readable
//! progress line on stderr. The data come from SplitMix64 evaluated at `(seed << 32) + i`,
//! the generator of `benches/fancy.rs`, which `benches/numpy_bench.py` computes the same way.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use ndarray::{Array1, Array2, Axis, Zip, s};
use typed_array::prelude::*;

/// Rows and columns of the array that views and most copies are taken from.
const BIG: usize = 4000;
/// Rows and columns of the transposed copy.
const TRANSPOSED: usize = 2000;
/// Rows and columns of the operands of the arithmetic.
const N: usize = 1000;
/// Elements of the 1-D arrays of the reversed copy, the masks and `take`.
const LEN: usize = 10_000_000;
/// Entries of `take`'s index array.
const TAKE: usize = 1_000_000;
/// Rows of the mixed fancy-and-slice index, into an array of `BIG` rows and `N` columns.
const ROWS: usize = 1000;

/// Seeds of the streams; `benches/numpy_bench.py` and `benches/suite.py` use the same.
const SEED_VALUES: u64 = 1;
const SEED_MASK: u64 = 2;
const SEED_INDEX: u64 = 3;
const SEED_A: u64 = 4;
const SEED_B: u64 = 5;
const SEED_BIG: u64 = 6;

/// A batch takes at least this long, so that reading the clock costs nothing in comparison.
const BATCH: Duration = Duration::from_micros(50);
/// Each operation is timed for about this long, both libraries together...
const BUDGET: Duration = Duration::from_millis(1200);
/// ...but over at least this many rounds, and at most this many.
const MIN_ROUNDS: usize = 11;
const MAX_ROUNDS: usize = 2001;

/// SplitMix64's output for counter `i` of the stream `seed`.
fn splitmix(seed: u64, i: u64) -> u64 {
    let mut z = (seed << 32)
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
        .map(|i| (splitmix(seed, i) >> 11) as f64 * (1.0 / (1u64 << 53) as f64))
        .collect()
}

/// True with probability one half: the top bit.
fn mask(n: usize) -> Vec<bool> {
    (0..n as u64)
        .map(|i| splitmix(SEED_MASK, i) >> 63 == 1)
        .collect()
}

/// `n` indices uniform in `0..len`.
fn indices(n: usize, len: usize) -> Vec<usize> {
    (0..n as u64)
        .map(|i| (splitmix(SEED_INDEX, i) % len as u64) as usize)
        .collect()
}

/// A copy of `data` in a buffer allocated as typed-array allocates its own arrays: large
/// ones are advised to use huge pages, as NumPy's arrays are. Every input of the suite, for
/// both Rust libraries, is such a copy, so all three libraries read memory backed the same
/// way. (Which buffer an array lived in, the generator's or a copy of it, moved the ratios
/// of the rows reading `big` by up to 0.4 either way, a plain memcpy included; and inputs
/// on huge pages made `a + b` about 15 % faster for both libraries.)
fn advised<T: Clone>(data: &[T]) -> Vec<T> {
    Owned::from_vec(data.to_vec()).to_owned().into_vec()
}

/// Both arrays, typed-array's and ndarray's, of the same values, each in its own
/// [`advised`] copy.
fn both2(rows: usize, cols: usize, data: Vec<f64>) -> (Owned<f64, U2>, Array2<f64>) {
    let t = Owned::from_shape_vec([rows, cols], advised(&data)).unwrap();
    let n = Array2::from_shape_vec((rows, cols), advised(&data)).unwrap();
    (t, n)
}

/// Two sums of the same numbers in a different order agree to this relative difference.
fn assert_close(what: &str, t: f64, n: f64) {
    assert!(
        (t - n).abs() <= 1e-12 * n.abs(),
        "{what}: typed-array gives {t}, ndarray {n}"
    );
}

/// The equality every comparison starts from: same shape, same elements in C order.
fn assert_same(what: &str, t: View<'_, f64, U2>, n: ndarray::ArrayView2<'_, f64>) {
    assert_eq!(t.shape(), n.shape(), "{what}: shapes differ");
    assert!(t.iter().eq(n.iter()), "{what}: elements differ");
}

/// The time per call of `calls` calls in a row, in seconds.
fn batch<R>(f: &mut impl FnMut() -> R, calls: usize) -> f64 {
    let start = Instant::now();
    for _ in 0..calls {
        black_box(f());
    }
    start.elapsed().as_secs_f64() / calls as f64
}

/// A first estimate of the time per call, which also warms caches and the allocator up:
/// batches of doubling size until one lasts `BATCH` or 2 ms, whichever is longer.
fn estimate<R>(f: &mut impl FnMut() -> R) -> f64 {
    let mut calls = 1;
    loop {
        let start = Instant::now();
        for _ in 0..calls {
            black_box(f());
        }
        let took = start.elapsed();
        if took >= BATCH.max(Duration::from_millis(2)) {
            return took.as_secs_f64() / calls as f64;
        }
        calls *= 2;
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Runs the rows whose names contain the filter (every row without one).
struct Suite {
    filter: Option<String>,
}

impl Suite {
    /// Times `ours` against `theirs`.
    fn pair<R, S>(
        &self,
        name: &str,
        label: &str,
        ours: impl FnMut() -> R,
        theirs: impl FnMut() -> S,
    ) {
        self.run(name, label, 0, ours, theirs, None);
    }

    /// Times a copy of as many bytes as `source` has, `ours` against `theirs` and against a
    /// plain memcpy of `source` into a fresh `Vec`.
    fn copy<R, S>(
        &self,
        name: &str,
        label: &str,
        source: &[f64],
        ours: impl FnMut() -> R,
        theirs: impl FnMut() -> S,
    ) {
        let mut memcpy = || {
            // `vec![0.0; n]` and `copy_from_slice` would write small buffers twice (calloc
            // zeroes memory it reuses); `to_vec` allocates and copies once.
            black_box(black_box(source).to_vec());
        };
        self.run(
            name,
            label,
            size_of_val(source),
            ours,
            theirs,
            Some(&mut memcpy),
        );
    }

    fn run<R, S>(
        &self,
        name: &str,
        label: &str,
        bytes: usize,
        mut ours: impl FnMut() -> R,
        mut theirs: impl FnMut() -> S,
        mut reference: Option<&mut dyn FnMut()>,
    ) {
        if self
            .filter
            .as_ref()
            .is_some_and(|f| !name.contains(f.as_str()))
        {
            return;
        }
        let fastest = estimate(&mut ours).min(estimate(&mut theirs));
        if let Some(r) = reference.as_mut() {
            estimate(r);
        }
        let calls = (BATCH.as_secs_f64() / fastest).ceil().max(1.0) as usize;
        let (mut t, mut u, mut m) = (Vec::new(), Vec::new(), Vec::new());
        let start = Instant::now();
        while t.len() < MAX_ROUNDS && (t.len() < MIN_ROUNDS || start.elapsed() < BUDGET) {
            // Each side goes first every other round, so neither is always the one that
            // finds the caches or the allocator as the other left them.
            if t.len() % 2 == 0 {
                t.push(batch(&mut ours, calls));
                u.push(batch(&mut theirs, calls));
            } else {
                u.push(batch(&mut theirs, calls));
                t.push(batch(&mut ours, calls));
            }
            if let Some(r) = reference.as_mut() {
                m.push(batch(r, calls));
            }
        }
        let rounds = t.len();
        let (t, u) = (median(t) * 1e6, median(u) * 1e6);
        let m = (!m.is_empty()).then(|| median(m) * 1e6);
        let shown = m.map_or("-".to_string(), |m| format!("{m:.4}"));
        println!("row\t{name}\t{label}\t{bytes}\t{t:.4}\t{u:.4}\t{shown}");
        eprintln!(
            "{name:20} {t:>12.3} µs {u:>12.3} µs  ratio {:>5.2}  ({rounds} rounds of {calls})",
            t / u
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; anything else is a filter on the row names.
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let suite = Suite { filter };
    eprintln!("{:20} {:>15} {:>15}", "operation", "typed-array", "ndarray");
    let (big, nbig) = both2(BIG, BIG, uniform(SEED_BIG, BIG * BIG));
    views(&suite, &big, &nbig);
    copies(&suite, &big, &nbig);
    arith(&suite, &big, &nbig);
    fancy(&suite, &big);
    iteration(&suite, &big, &nbig);
    display(&suite);
}

/// Views cost no copy: slicing, re-slicing and transposing the 4000×4000 array.
fn views(s: &Suite, big: &Owned<f64, U2>, nbig: &Array2<f64>) {
    assert_same(
        "view",
        index!(big[100:200, 100:200]),
        nbig.slice(s![100..200, 100..200]),
    );
    s.pair(
        "view_slice",
        "view `a[100:200, 100:200]` of a 4000×4000",
        || {
            let a = black_box(big);
            index!(a[100:200, 100:200])
        },
        || black_box(nbig).slice(s![100..200, 100..200]),
    );

    let v = index!(big[100:200, 100:200]);
    let nv = nbig.slice(s![100..200, 100..200]);
    assert_same("re-slice", index!(v[::-1, 1:]), nv.slice(s![..;-1, 1..]));
    s.pair(
        "view_reslice",
        "re-slice that view, `v[::-1, 1:]`",
        || {
            let v = *black_box(&v);
            index!(v[::-1, 1:])
        },
        || black_box(&nv).slice(s![..;-1, 1..]),
    );

    assert_same("t", big.t(), nbig.t());
    s.pair(
        "view_t",
        "view `a.T` of a 4000×4000",
        || black_box(big).t(),
        || black_box(nbig).t(),
    );
}

/// Copies into a fresh C-order array. ndarray's `to_owned` keeps a contiguous input's
/// memory order (the transpose stays in F order, the reversal keeps its negative stride,
/// both by a plain memcpy), so the C-order copy that NumPy's `copy()` and typed-array make
/// is `as_standard_layout().into_owned()` there.
fn copies(s: &Suite, big: &Owned<f64, U2>, nbig: &Array2<f64>) {
    let slab = &big.as_slice().unwrap()[1000 * BIG..2000 * BIG];
    assert_same(
        "slab",
        index!(big[1000:2000]).to_owned().view(),
        nbig.slice(s![1000..2000, ..]).to_owned().view(),
    );
    s.copy(
        "copy_slab",
        "copy contiguous rows `a[1000:2000].copy()` (32 MB)",
        slab,
        || {
            let a = black_box(big);
            index!(a[1000:2000]).to_owned()
        },
        || black_box(nbig).slice(s![1000..2000, ..]).to_owned(),
    );

    assert_same(
        "block",
        index!(big[100:200, 100:200]).to_owned().view(),
        nbig.slice(s![100..200, 100..200]).to_owned().view(),
    );
    s.copy(
        "copy_block",
        "copy strided block `a[100:200, 100:200].copy()`",
        &slab[..100 * 100],
        || {
            let a = black_box(big);
            index!(a[100:200, 100:200]).to_owned()
        },
        || black_box(nbig).slice(s![100..200, 100..200]).to_owned(),
    );

    let (t2, nt2) = both2(
        TRANSPOSED,
        TRANSPOSED,
        slab[..TRANSPOSED * TRANSPOSED].to_vec(),
    );
    assert_same(
        "transposed",
        t2.t().to_owned().view(),
        nt2.t().as_standard_layout().view(),
    );
    s.copy(
        "copy_t",
        "copy transposed `b.T.copy()`, b 2000×2000 (32 MB)",
        t2.as_slice().unwrap(),
        || black_box(&t2).t().to_owned(),
        || black_box(&nt2).t().as_standard_layout().into_owned(),
    );
    drop((t2, nt2));

    let v = uniform(SEED_VALUES, LEN);
    let (x, nx) = (Owned::from_vec(advised(&v)), Array1::from_vec(advised(&v)));
    drop(v);
    let t = index!(x[::-1]).to_owned();
    let n = nx.slice(s![..;-1]).as_standard_layout().into_owned();
    assert!(t.iter().eq(n.iter()), "reversed copies differ");
    s.copy(
        "copy_rev",
        "copy reversed `x[::-1].copy()`, 10⁷ (80 MB)",
        x.as_slice().unwrap(),
        || {
            let x = black_box(&x);
            index!(x[::-1]).to_owned()
        },
        || {
            black_box(&nx)
                .slice(s![..;-1])
                .as_standard_layout()
                .into_owned()
        },
    );
}

/// Element-wise addition and reductions on 1000×1000 operands: contiguous `a` and `b`, the
/// transpose of `b`, and strided views (every other row and column of the big array).
fn arith(s: &Suite, big: &Owned<f64, U2>, nbig: &Array2<f64>) {
    let (a, na) = both2(N, N, uniform(SEED_A, N * N));
    let (b, nb) = both2(N, N, uniform(SEED_B, N * N));
    let (xs, ys) = (
        index!(big[:2000:2, :2000:2]),
        index!(big[1:2000:2, 1:2000:2]),
    );
    let (nxs, nys) = (
        nbig.slice(s![..2000;2, ..2000;2]),
        nbig.slice(s![1..2000;2, 1..2000;2]),
    );

    assert_same("add", (&a + &b).view(), (&na + &nb).view());
    s.pair(
        "add",
        "`a + b`, 1000×1000",
        || black_box(&a) + black_box(&b),
        || black_box(&na) + black_box(&nb),
    );
    assert_same("add_t", (&a + b.t()).view(), (&na + &nb.t()).view());
    s.pair(
        "add_t",
        "`a + b.T`",
        || black_box(&a) + black_box(&b).t(),
        || black_box(&na) + &black_box(&nb).t(),
    );
    assert_same("add_strided", (xs + ys).view(), (&nxs + &nys).view());
    s.pair(
        "add_strided",
        "`x + y`, both 1000×1000 strided views (`big[:2000:2, :2000:2]`)",
        || *black_box(&xs) + *black_box(&ys),
        || black_box(&nxs) + black_box(&nys),
    );

    let (mut c, mut nc) = both2(N, N, a.as_slice().unwrap().to_vec());
    c += &b;
    nc += &nb;
    assert_same("add_assign", c.view(), nc.view());
    c += b.t();
    nc += &nb.t();
    assert_same("add_assign_t", c.view(), nc.view());
    // Both repeat on the same array, whose values grow by at most one per call: that
    // changes neither the work nor its cost.
    s.pair(
        "add_assign",
        "`c += b`",
        || *black_box(&mut c) += black_box(&b),
        || *black_box(&mut nc) += black_box(&nb),
    );
    s.pair(
        "add_assign_t",
        "`c += b.T`",
        || *black_box(&mut c) += black_box(&b).t(),
        || *black_box(&mut nc) += &black_box(&nb).t(),
    );

    assert_close("sum", a.sum(), na.sum());
    s.pair(
        "sum",
        "`a.sum()`",
        || black_box(&a).sum(),
        || black_box(&na).sum(),
    );
    assert_close("sum_t", a.t().sum(), na.t().sum());
    s.pair(
        "sum_t",
        "`a.T.sum()`",
        || black_box(&a).t().sum(),
        || black_box(&na).t().sum(),
    );
    assert_close("sum_strided", xs.sum(), nxs.sum());
    s.pair(
        "sum_strided",
        "`x.sum()`, x strided",
        || black_box(&xs).sum(),
        || black_box(&nxs).sum(),
    );

    for (k, (t, n)) in [(a.view(), na.view()), (a.t(), na.t()), (xs, nxs.view())]
        .into_iter()
        .enumerate()
    {
        for axis in 0..2 {
            let (mt, mn) = (t.mean_axis(axis as isize), n.mean_axis(Axis(axis)).unwrap());
            for (&x, &y) in mt.iter().zip(&mn) {
                assert_close("mean_axis", x, y);
            }
            let (name, label) = match (k, axis) {
                (0, 0) => ("mean_axis0", "`a.mean(axis=0)`"),
                (0, _) => ("mean_axis1", "`a.mean(axis=1)`"),
                (1, 0) => ("mean_axis0_t", "`a.T.mean(axis=0)`"),
                (1, _) => ("mean_axis1_t", "`a.T.mean(axis=1)`"),
                (_, 0) => ("mean_axis0_strided", "`x.mean(axis=0)`, x strided"),
                _ => ("mean_axis1_strided", "`x.mean(axis=1)`, x strided"),
            };
            s.pair(
                name,
                label,
                || black_box(&t).mean_axis(axis as isize),
                || black_box(&n).mean_axis(Axis(axis)),
            );
        }
    }
}

/// Masks and index arrays on 10⁷ elements, and rows picked by an index array with a slice
/// of columns.
fn fancy(s: &Suite, big: &Owned<f64, U2>) {
    let v = uniform(SEED_VALUES, LEN);
    let m = mask(LEN);
    let (x, nx) = (Owned::from_vec(advised(&v)), Array1::from_vec(advised(&v)));
    let (tm, nm) = (Owned::from_vec(advised(&m)), Array1::from_vec(advised(&m)));

    let t: Owned<f64, U1> = index!(x[&tm]);
    assert_eq!(
        Some(t.as_slice().unwrap()),
        nd_mask_read(&nx, &nm).as_slice()
    );
    s.pair(
        "mask_read",
        "mask read `x[m]`, 10⁷, half true",
        || -> Owned<f64, U1> {
            let (x, tm) = black_box((&x, &tm));
            index!(x[tm])
        },
        || nd_mask_read(black_box(&nx), black_box(&nm)),
    );

    let (mut w, mut nw) = (
        Owned::from_vec(advised(x.as_slice().unwrap())),
        Array1::from_vec(advised(nx.as_slice().unwrap())),
    );
    index!(w[&tm] = 0.0);
    nd_mask_write(&mut nw, &nm);
    assert_eq!(w.as_slice(), nw.as_slice());
    // Zeros over zeros after the first call cost the same: the loop does not look.
    s.pair(
        "mask_write",
        "mask write `x[m] = 0.0`",
        || {
            let (w, tm) = black_box((&mut w, &tm));
            index!(w[tm] = 0.0)
        },
        || nd_mask_write(black_box(&mut nw), black_box(&nm)),
    );
    drop((w, nw, tm, nm));

    let idx = indices(TAKE, LEN);
    let t: Owned<f64, U1> = index!(x[&idx]);
    assert_eq!(t.as_slice(), nx.select(Axis(0), &idx).as_slice());
    s.pair(
        "take",
        "take `x[idx]`, 10⁶ of 10⁷",
        || -> Owned<f64, U1> {
            let (x, idx) = black_box((&x, &idx));
            index!(x[idx])
        },
        || black_box(&nx).select(Axis(0), black_box(&idx)),
    );
    drop((x, nx));

    let (f, nf) = both2(BIG, 1000, index!(big[:, :1000]).to_owned().into_vec());
    let rows = indices(ROWS, BIG);
    let t: Owned<f64, U2> = index!(f[&rows, 10:500]);
    assert_same(
        "fancy_slice",
        t.view(),
        nf.slice(s![.., 10..500]).select(Axis(0), &rows).view(),
    );
    s.pair(
        "fancy_slice",
        "`f[rows, 10:500]`, 1000 rows of a 4000×1000",
        || -> Owned<f64, U2> {
            let (f, rows) = black_box((&f, &rows));
            index!(f[rows, 10:500])
        },
        || {
            black_box(&nf)
                .slice(s![.., 10..500])
                .select(Axis(0), black_box(&rows))
        },
    );
}

/// ndarray's fastest idiom for `a[m]` (see `benches/fancy.rs`).
fn nd_mask_read(a: &Array1<f64>, m: &Array1<bool>) -> Array1<f64> {
    let mut out = Vec::new();
    Zip::from(a).and(m).for_each(|&x, &b| {
        if b {
            out.push(x);
        }
    });
    Array1::from_vec(out)
}

/// ndarray's fastest idiom for `a[m] = 0.0`: a select the compiler makes a vector blend.
fn nd_mask_write(a: &mut Array1<f64>, m: &Array1<bool>) {
    Zip::from(a)
        .and(m)
        .for_each(|x, &b| *x = if b { 0.0 } else { *x });
}

/// `iter().sum()`: the elements one by one in logical order, through the public iterator.
fn iteration(s: &Suite, big: &Owned<f64, U2>, nbig: &Array2<f64>) {
    let (a, na) = both2(N, N, uniform(SEED_A, N * N));
    let sv = index!(big[::3, ::2]);
    let nsv = nbig.slice(s![..;3, ..;2]);
    let cases = [
        (
            "iter_sum",
            "`a.iter().sum()`, 1000×1000",
            a.view(),
            na.view(),
        ),
        ("iter_sum_t", "`a.T.iter().sum()`", a.t(), na.t()),
        (
            "iter_sum_strided",
            "`big[::3, ::2].iter().sum()` (1334×2000)",
            sv,
            nsv,
        ),
    ];
    for (name, label, t, n) in cases {
        assert_close(name, t.iter().sum::<f64>(), n.iter().sum::<f64>());
        s.pair(
            name,
            label,
            || black_box(&t).iter().sum::<f64>(),
            || black_box(&n).iter().sum::<f64>(),
        );
    }
}

/// `Display`: a summarised 1000×1000, and 10⁴ elements in full. Arrays of more than 1000
/// elements are summarised (NumPy's default threshold), so the full print is of the ten
/// 10×100 slices of a 100×100 array. ndarray summarises past 500 elements, and prints all
/// of them with `{:#}`. ndarray's format differs from NumPy's (every float with its
/// shortest round-trip digits, no padding); the time is what is compared.
fn display(s: &Suite) {
    let (a, na) = both2(N, N, uniform(SEED_A, N * N));
    s.pair(
        "display_summary",
        "`str(a)`, 1000×1000 (summarised)",
        || format!("{}", black_box(&a)),
        || format!("{}", black_box(&na)),
    );
    let h = index!(a[:100, :100]).to_owned();
    let nh = na.slice(s![..100, ..100]).to_owned();
    s.pair(
        "display_full",
        "`str(h[i:i+10])` for the ten 10×100 slices of a 100×100",
        || {
            let h = black_box(&h);
            let mut out = String::new();
            for i in (0..100).step_by(10) {
                write!(out, "{}", index!(h[i:i + 10])).unwrap();
            }
            out
        },
        || {
            let nh = black_box(&nh);
            let mut out = String::new();
            for i in (0..100).step_by(10) {
                write!(out, "{:#}", nh.slice(s![i..i + 10, ..])).unwrap();
            }
            out
        },
    );
}
