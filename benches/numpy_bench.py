#!/usr/bin/env python3
"""NumPy's side of `benches/fancy.rs`: the same three advanced-indexing operations on the
same sizes and the very same data, timed with `timeit` and reported as the median.

    python3 benches/numpy_bench.py

prints one line per operation (milliseconds per call) on stdout, and the checksums that
`cargo bench --bench fancy` also prints on stderr, to show both sides index equal arrays.

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


def values(n):
    """Uniform in [0, 1): the top 53 bits."""
    return (splitmix(SEED_VALUES, n) >> np.uint64(11)).astype(np.float64) * 2.0**-53


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


def main():
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
    print(f"numpy {np.__version__}, {REPEAT} repeats, median ms per call", file=sys.stderr)
    print(f"mask_read   a[m]        {median_ms('a[m]', env):9.3f} ms")
    # Repeated on the same array, as the Rust side does: zeros over zeros cost the same.
    print(f"mask_write  a[m] = 0.0  {median_ms('w[m] = 0.0', env):9.3f} ms")
    print(f"take        a[idx]      {median_ms('a[idx]', env):9.3f} ms")


if __name__ == "__main__":
    main()
