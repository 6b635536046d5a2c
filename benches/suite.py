#!/usr/bin/env python3
"""The performance suite in one command: typed-array, ndarray and NumPy on the same
operations, sizes and data, as one markdown table.

    python3 benches/suite.py [--runs N] [FILTER]

runs `cargo bench --bench suite` (typed-array against ndarray, alternating call batches;
see `benches/suite.rs`), then times NumPy on the operations that bench reported, and prints

    operation | typed-array | ndarray | NumPy | ours/ndarray | ours/NumPy

followed by the copies as bandwidth (GB/s of result written), next to `copy_from_slice` of
as many bytes into a fresh `Vec`. FILTER keeps the rows whose names contain it. `--runs N`
repeats the whole (the Rust bench, then NumPy) N times and prints each figure's median
over the runs, and as ratios the median of each run's own ratio (the libraries of one run
share the machine's state of the moment). Progress goes to stderr, the tables to stdout. CARGO_TARGET_DIR and other
cargo variables are passed through.

NumPy's figure is the median over batches of about 200 µs each, for about a second per
operation, like the Rust side, and its batches alternate between two copies of the arrays
as the Rust side's alternate between typed-array's and ndarray's. Unlike the two Rust libraries, NumPy is not interleaved
with them, so a change in the machine's load between the two runs shows in `ours/NumPy`
only. The data come from `benches/numpy_bench.py`'s generators, the same streams as the
Rust side's.
"""

import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path

import numpy as np

from numpy_bench import SEED_A, SEED_B, SEED_VALUES, indices, mask, uniform

ROOT = Path(__file__).resolve().parent.parent

# The sizes and seeds of `benches/suite.rs`.
BIG = 4000
TRANSPOSED = 2000
N = 1000
LEN = 10_000_000
TAKE = 1_000_000
ROWS = 1000
SEED_BIG = 6

BATCH = 200e-6
BUDGET = 1.0
MIN_ROUNDS, MAX_ROUNDS = 11, 2001

# NumPy's statement for each row of the Rust bench. NumPy has no element iterator to
# compare with `iter().sum()`; its `sum()` (pairwise, in memory order) stands in.
STATEMENTS = {
    "view_slice": "big[100:200, 100:200]",
    "view_reslice": "v[::-1, 1:]",
    "view_t": "big.T",
    "copy_slab": "big[1000:2000].copy()",
    "copy_block": "big[100:200, 100:200].copy()",
    "copy_t": "t2.T.copy()",
    "copy_rev": "x[::-1].copy()",
    "add": "a + b",
    "add_t": "a + b.T",
    "add_strided": "xs + ys",
    # `c += b` would make `c` a local of timeit's function; `__iadd__` is the same call.
    "add_assign": "c.__iadd__(b)",
    "add_assign_t": "c.__iadd__(b.T)",
    "sum": "a.sum()",
    "sum_t": "a.T.sum()",
    "sum_strided": "xs.sum()",
    "mean_axis0": "a.mean(axis=0)",
    "mean_axis1": "a.mean(axis=1)",
    "mean_axis0_t": "a.T.mean(axis=0)",
    "mean_axis1_t": "a.T.mean(axis=1)",
    "mean_axis0_strided": "xs.mean(axis=0)",
    "mean_axis1_strided": "xs.mean(axis=1)",
    "mask_read": "x[m]",
    "mask_write": "w[m] = 0.0",
    "take": "x[idx]",
    "fancy_slice": "f[rows, 10:500]",
    "iter_sum": "a.sum()",
    "iter_sum_t": "a.T.sum()",
    "iter_sum_strided": "sv.sum()",
    "display_summary": "str(a)",
    "display_full": "''.join([str(h[i:i + 10]) for i in range(0, 100, 10)])",
}

FOOTNOTES = {
    "iter_sum": "NumPy: `.sum()`, pairwise in memory order (it has no element iterator).",
    "copy_t": "ndarray: `as_standard_layout().into_owned()`, a C-order copy like the "
    "others'; its `to_owned()` would memcpy into F order.",
    "copy_rev": "ndarray: `as_standard_layout().into_owned()`; its `to_owned()` would "
    "memcpy and keep the negative stride.",
    "display_full": "ndarray: `{:#}`, since it summarises past 500 elements; its format "
    "differs from NumPy's.",
}


def environment():
    """The arrays every statement names, from the streams the Rust side uses."""
    big = uniform(SEED_BIG, BIG * BIG).reshape(BIG, BIG)
    a = uniform(SEED_A, N * N).reshape(N, N)
    x = uniform(SEED_VALUES, LEN)
    return {
        "big": big,
        "v": big[100:200, 100:200],
        "t2": big[1000:2000].reshape(-1)[: TRANSPOSED * TRANSPOSED]
        .reshape(TRANSPOSED, TRANSPOSED)
        .copy(),
        "x": x,
        "w": x.copy(),
        "m": mask(LEN),
        "idx": indices(TAKE, LEN),
        "a": a,
        "b": uniform(SEED_B, N * N).reshape(N, N),
        "c": a.copy(),
        "xs": big[:2000:2, :2000:2],
        "ys": big[1:2000:2, 1:2000:2],
        "f": big[:, :1000].copy(),
        "rows": indices(ROWS, BIG),
        "sv": big[::3, ::2],
        "h": a[:100, :100].copy(),
    }


def numpy_us(stmt, envs):
    """The median time per call in µs, over batches of about BATCH seconds.

    Batches alternate between the environments, two independent copies of the same arrays,
    as the Rust side alternates typed-array and ndarray on their own copies: every batch
    starts with its data as far from the cache as the other copy's batch left it.
    """
    timers = [timeit.Timer(stmt, globals=env) for env in envs]
    # A first batch of doubling size warms up and sizes the batches.
    number = 1
    while (took := timers[0].timeit(number)) < max(BATCH, 2e-3):
        number *= 2
    number = max(1, round(BATCH / (took / number)))
    samples = []
    start = time.perf_counter()
    while len(samples) < MAX_ROUNDS and (
        len(samples) < MIN_ROUNDS or time.perf_counter() - start < BUDGET
    ):
        timer = timers[len(samples) % len(timers)]
        samples.append(timer.timeit(number) / number)
    return statistics.median(samples) * 1e6


def rust_rows(filter_args):
    """The rows of `cargo bench --bench suite`: name, label, bytes, ours, ndarray, memcpy."""
    out = subprocess.run(
        ["cargo", "bench", "--bench", "suite", "--", *filter_args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"cargo bench --bench suite failed with status {out.returncode}")
    rows = []
    for line in out.stdout.splitlines():
        fields = line.split("\t")
        if fields[0] != "row":
            continue
        _, name, label, nbytes, ours, nd, memcpy = fields
        rows.append(
            (
                name,
                label,
                int(nbytes),
                float(ours),
                float(nd),
                None if memcpy == "-" else float(memcpy),
            )
        )
    return rows


def fmt_time(us):
    if us < 1:
        return f"{us * 1e3:.3g} ns"
    if us < 1000:
        return f"{us:.3g} µs"
    return f"{us / 1e3:.3g} ms"


def fmt_ratio(r):
    # Slower than the other library by more than 5 %: in bold.
    return f"**{r:.2f}**" if r > 1.05 else f"{r:.2f}"


def gbps(nbytes, us):
    return f"{nbytes / (us * 1e3):.2f}"


def machine():
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    rustc = subprocess.run(
        ["rustc", "-V"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return (
        f"{model}, {os.cpu_count()} CPUs; {rustc}; NumPy {np.__version__}, "
        f"Python {platform.python_version()}"
    )


def main():
    args = sys.argv[1:]
    runs = 1
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    print("numpy: building the arrays", file=sys.stderr)
    envs = [environment(), environment()]
    # Each run times the Rust side, then NumPy; every figure is the median over the runs.
    per_run = []
    for run in range(runs):
        print(f"run {run + 1} of {runs}", file=sys.stderr)
        rows = rust_rows(args)
        if not rows:
            sys.exit("no rows: the filter matched no operation")
        timed = {}
        for name, *_ in rows:
            timed[name] = numpy_us(STATEMENTS[name], envs)
            print(f"{name:20} {timed[name]:>12.3f} µs", file=sys.stderr)
        per_run.append((rows, timed))
    rows = [
        (name, label, nbytes, *(
            statistics.median(r[0][k][j] for r in per_run) for j in (3, 4)
        ), None if memcpy is None else statistics.median(r[0][k][5] for r in per_run))
        for k, (name, label, nbytes, _, _, memcpy) in enumerate(per_run[0][0])
    ]
    ours_np = {name: statistics.median(r[1][name] for r in per_run) for name, *_ in rows}
    # The ratios are the median of each run's own ratio, not the ratio of the medians: the
    # libraries of one run share the machine's state at the time, which can change from
    # one run to the next (a run where every memory-bound row is twice as slow).
    ratios = {
        name: tuple(
            statistics.median(r[0][k][3] / other(r) for r in per_run)
            for other in (lambda r: r[0][k][4], lambda r: r[1][name])
        )
        for k, (name, *_) in enumerate(rows)
    }

    print("| operation | typed-array | ndarray | NumPy | ours/ndarray | ours/NumPy |")
    print("|---|---:|---:|---:|---:|---:|")
    notes = []
    for name, label, _, ours, nd, _ in rows:
        mark = ""
        key = next((k for k in FOOTNOTES if name.startswith(k)), None)
        if key is not None:
            if FOOTNOTES[key] not in notes:
                notes.append(FOOTNOTES[key])
            mark = f" [{notes.index(FOOTNOTES[key]) + 1}]"
        npy = ours_np[name]
        r_nd, r_np = ratios[name]
        print(
            f"| {label}{mark} | {fmt_time(ours)} | {fmt_time(nd)} | {fmt_time(npy)} "
            f"| {fmt_ratio(r_nd)} | {fmt_ratio(r_np)} |"
        )
    print()
    for i, note in enumerate(notes, 1):
        print(f"[{i}] {note}  ")

    copies = [r for r in rows if r[2] > 0]
    if copies:
        print()
        print("Copies as bandwidth, GB/s of result written (higher is faster):")
        print()
        print("| copy | typed-array | ndarray | NumPy | memcpy into a fresh `Vec` |")
        print("|---|---:|---:|---:|---:|")
        for name, label, nbytes, ours, nd, memcpy in copies:
            print(
                f"| {label} | {gbps(nbytes, ours)} | {gbps(nbytes, nd)} "
                f"| {gbps(nbytes, ours_np[name])} | {gbps(nbytes, memcpy)} |"
            )
    print()
    print(f"Machine: {machine()}; median of {runs} run{'s' if runs > 1 else ''} "
          "(times: each figure's median; ratios: the median of each run's ratio)")


if __name__ == "__main__":
    main()
