#!/usr/bin/env python3
"""NumPy's side of `benches/fancy.rs` and `benches/arith.rs`: the same operations on the same
sizes and the very same data, timed with `timeit` and reported as the median.

    python3 benches/numpy_bench.py [fancy | arith | all]

runs the advanced-indexing section (`fancy`), the arithmetic one (`arith`), or both (the
default). Each prints one line per operation (milliseconds per call) on stdout, and the
checksums that `cargo bench --bench fancy` and `--bench arith` also print on stderr, to show
both sides compute on equal arrays. The sums in `arith` agree to about ten significant digits;
the rest depends on the order of summation, which is NumPy's own.

The data come from SplitMix64 evaluated at `(seed << 32) + i`, a counter-based generator
that vectorises over `uint64` (whose arithmetic wraps, as Rust's `wrapping_*` does).
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which this machine may set, do not matter here:
no BLAS routine is involved.
"""

import statistics
import sys
import timeit

import numpy as np

LEN = 10_000_000
TAKE = 1_000_000
SEED_VALUES, SEED_MASK, SEED_INDEX = 1, 2, 3
# Rows and columns of the operands of `arith`, and the seeds of their streams.
N = 1000
SEED_A, SEED_B = 4, 5
REPEAT = 10


def splitmix(seed, n):
    """SplitMix64's outputs for counters 0..n of the stream `seed`."""
    z = np.arange(n, dtype=np.uint64)
    z += np.uint64((seed << 32) + 1)
    z *= np.uint64(0x9E3779B97F4A7C15)
    z ^= z >> np.uint64(30)
    z *= np.uint64(0xBF58476D1CE4E5B9)
    z ^= z >> np.uint64(27)
    z *= np.uint64(0x94D049BB133111EB)
    z ^= z >> np.uint64(31)
    return z


def uniform(seed, n):
    """Uniform in [0, 1) from the stream `seed`: the top 53 bits."""
    return (splitmix(seed, n) >> np.uint64(11)).astype(np.float64) * 2.0**-53


def values(n):
    """The values that `fancy` indexes."""
    return uniform(SEED_VALUES, n)


def mask(n):
    """True with probability one half: the top bit."""
    return (splitmix(SEED_MASK, n) >> np.uint64(63)) == 1


def indices(n, length):
    """Uniform in 0..length."""
    return (splitmix(SEED_INDEX, n) % np.uint64(length)).astype(np.intp)


def median_ms(stmt, env):
    """The median over REPEAT runs of the time of one call, in milliseconds; each run makes
    as many calls as fill about 0.2 s, as `timeit`'s command line does."""
    timer = timeit.Timer(stmt, globals=env)
    number, _ = timer.autorange()
    runs = timer.repeat(repeat=REPEAT, number=number)
    return statistics.median(runs) / number * 1e3


def fancy():
    """`benches/fancy.rs`: advanced indexing on 10**7 elements."""
    a = values(LEN)
    m = mask(LEN)
    idx = indices(TAKE, LEN)

    sel = a[m]
    print(
        f"mask_read: {sel.size} of {LEN} true, sum of selected {sel.sum():.6f}",
        file=sys.stderr,
    )
    w = a.copy()
    w[m] = 0.0
    print(f"mask_write: sum after {w.sum():.6f}", file=sys.stderr)
    print(f"take: {TAKE} of {LEN}, sum of taken {a[idx].sum():.6f}", file=sys.stderr)

    env = {"a": a, "m": m, "idx": idx, "w": w}
    print(f"mask_read   a[m]        {median_ms('a[m]', env):9.3f} ms")
    # Repeated on the same array, as the Rust side does: zeros over zeros cost the same.
    print(f"mask_write  a[m] = 0.0  {median_ms('w[m] = 0.0', env):9.3f} ms")
    print(f"take        a[idx]      {median_ms('a[idx]', env):9.3f} ms")


def arith():
    """`benches/arith.rs`: arithmetic and reductions on two 1000x1000 arrays."""
    a = uniform(SEED_A, N * N).reshape(N, N)
    b = uniform(SEED_B, N * N).reshape(N, N)

    print(f"arith: sum of a {a.sum():.4f}, sum of b {b.sum():.4f}", file=sys.stderr)
    print(f"add_contiguous: sum {(a + b).sum():.4f}", file=sys.stderr)
    print(f"add_transposed: sum {(a + b.T).sum():.4f}", file=sys.stderr)
    print(f"sum: {a.sum():.4f}", file=sys.stderr)
    for k in range(2):
        print(f"mean_axis{k}: sum of means {a.mean(axis=k).sum():.7f}", file=sys.stderr)
        print(f"sum_axis{k}: sum of sums {a.sum(axis=k).sum():.4f}", file=sys.stderr)
    w = a.copy()
    w += b
    print(f"add_assign: sum after {w.sum():.4f}", file=sys.stderr)

    # `w += b` cannot be a timeit statement: the assignment would make `w` a local of the
    # timing function. `w.__iadd__(b)` is the call the operator makes. As on the Rust side,
    # it repeats on the same array, whose values only grow.
    env = {"a": a, "b": b, "w": w}
    ops = [
        ("add_contiguous", "a + b", "a + b"),
        ("add_transposed", "a + b.T", "a + b.T"),
        ("sum", "a.sum()", "a.sum()"),
        ("mean_axis0", "a.mean(axis=0)", "a.mean(axis=0)"),
        ("mean_axis1", "a.mean(axis=1)", "a.mean(axis=1)"),
        ("sum_axis0", "a.sum(axis=0)", "a.sum(axis=0)"),
        ("sum_axis1", "a.sum(axis=1)", "a.sum(axis=1)"),
        ("add_assign", "a += b", "w.__iadd__(b)"),
    ]
    for name, shown, stmt in ops:
        print(f"{name:<15} {shown:<15} {median_ms(stmt, env):9.3f} ms")


SECTIONS = {"fancy": fancy, "arith": arith}


def main():
    chosen = sys.argv[1:] or ["all"]
    unknown = [s for s in chosen if s != "all" and s not in SECTIONS]
    if unknown:
        sys.exit(f"unknown section {unknown[0]!r}: expected one of fancy, arith, all")
    print(f"numpy {np.__version__}, {REPEAT} repeats, median ms per call", file=sys.stderr)
    for name, section in SECTIONS.items():
        if "all" in chosen or name in chosen:
            section()


if __name__ == "__main__":
    main()
