#!/usr/bin/env python3
"""Measures the compile-time cost of `index!` against ndarray's `s!`.

The target: a crate with 500 `index!` invocations of mixed forms builds in no more than
1.5 times the time of the same indexing written with ndarray's `s!`.

The script generates two binary crates of identical structure in a temporary directory
outside the repository: one uses typed-array (a path dependency on this repository), the
other ndarray 0.17.2. Each has about 500 indexing expressions spread over 50 functions,
covering these forms (`--only FORM` generates a crate with one form alone, to see which
forms cost the most):

    slice      a[1:3, ::-2]            a.slice(s![1..3, ..;-2])
    slice3     c[:, 1:, ::2]           c.slice(s![.., 1.., ..;2])
    int        a[-1, 1:]               a.slice(s![-1, 1..])
    newaxis    c[1, ..., None]         c.slice(s![1, .., .., NewAxis])
    chained    a[1:][:, 0]             a.slice(s![1.., ..]).slice_move(s![.., 0])
    mut        index!(mut a[0])        a.slice_mut(s![0, ..])              (then a write)
    assign     index!(a[1:3] = 2.0)    a.slice_mut(s![1..3, ..]).fill(2.0)
    compound   index!(b[::2] += 1.0)   b.slice_mut(s![..;2]) += 1.0
    scalar     *index!(a[-1, 2])       a[[3, 2]]
    fancy      a[[0, 2]]               a.select(Axis(0), &[0, 2])
    mask       a[a > 5.0]              a.iter().copied().filter(|&x| x > 5.0) collected

Every expression is generated from one description rendered twice, so both sides select
the same elements of the same arrays. Each program prints one checksum per function; the
script runs both and stops if the outputs differ.

What is timed: `cargo build` (debug) and `cargo check` of the generated crate alone, and
with `--release` also `cargo build --release`. The dependencies are built first; each timed
run touches `src/main.rs` so only the generated crate is recompiled. Incremental compilation
is off (`CARGO_INCREMENTAL=0`) so every run compiles the crate from scratch rather than
replaying its incremental cache; `--incremental` keeps cargo's default instead. The two
crates alternate within each run, in the opposite order every other run, so that load from
other processes falls on both.

For each mode the script prints the median wall time of each crate, their ratio
typed-array / ndarray, and the target. Beside it, the median CPU time (user + system of
cargo and rustc): on a shared machine it moves much less than the wall time when other
work competes for the cores, so it is the better cross-check of the ratio there.

Usage (from anywhere; needs cargo and the crates.io registry, or a cache holding ndarray):

    python3 scripts/compile_time.py                  # 5 runs of build and check
    python3 scripts/compile_time.py --runs 9         # more runs on a noisy machine
    python3 scripts/compile_time.py --release        # also time `cargo build --release`
    python3 scripts/compile_time.py --keep /tmp/ct   # keep the crates and targets in /tmp/ct
    python3 scripts/compile_time.py --only mask      # 500 expressions of one form

Uses only the standard library.
"""

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

try:
    import resource
except ImportError:  # Windows has no `resource`: CPU times are then shown as nan
    resource = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NDARRAY_VERSION = "0.17.2"
TARGET_RATIO = 1.5
SEED = 20260401

# The arrays every generated function starts from, and their shapes.
SHAPES = {"a": (4, 5), "b": (10,), "c": (2, 3, 4)}

# --------------------------------------------------------------------------------------------
# Index items, rendered for `index!` and for `s!`
# --------------------------------------------------------------------------------------------
#
# An item is ("int", i), ("slice", start, stop, step) with NumPy's meaning (None for an
# omitted part), ("ellipsis",) or ("none",). The `s!` rendering has no `...`, so the
# ellipsis is spelled out as `..` per axis, and trailing axes are written out since `s!`
# must name every axis. ndarray's negative step reverses the range (`s![a..b; -1]` is
# NumPy's `x[a:b][::-1]`), so a slice is rendered from the positions it selects, not from
# NumPy's bounds.


def positions(item, n):
    """The positions a slice item selects on an axis of length `n` (Python's rules)."""
    _, start, stop, step = item
    return list(range(*slice(start, stop, step).indices(n)))


def axes_of(items, ndim):
    """Pairs every item with the source axis it consumes (None for `None`), with the
    ellipsis expanded to full slices and missing trailing axes appended."""
    consumed = sum(1 for it in items if it[0] in ("int", "slice"))
    assert consumed <= ndim, (items, ndim)
    out, axis = [], 0
    has_ellipsis = any(it[0] == "ellipsis" for it in items)
    for it in items:
        if it[0] == "ellipsis":
            for _ in range(ndim - consumed):
                out.append((("slice", None, None, None), axis))
                axis += 1
        elif it[0] == "none":
            out.append((it, None))
        else:
            out.append((it, axis))
            axis += 1
    if not has_ellipsis:
        while axis < ndim:
            out.append((("slice", None, None, None), axis))
            axis += 1
    return out


def result_shape(items, shape):
    """The shape of `x[items]` for basic items."""
    out = []
    for it, axis in axes_of(items, len(shape)):
        if it[0] == "none":
            out.append(1)
        elif it[0] == "slice":
            out.append(len(positions(it, shape[axis])))
    return tuple(out)


def typed_item(it):
    kind = it[0]
    if kind == "int":
        return str(it[1])
    if kind == "ellipsis":
        return "..."
    if kind == "none":
        return "None"
    _, start, stop, step = it
    text = ("" if start is None else str(start)) + ":" + ("" if stop is None else str(stop))
    if step is not None:
        text += ":" + str(step)
    return text


def typed_items(items):
    return ", ".join(typed_item(it) for it in items)


def nd_slice(it, n):
    """An ndarray range selecting the same positions as the NumPy slice `it`."""
    step = it[3] if it[3] is not None else 1
    pos = positions(it, n)
    assert pos, it
    lo, hi = min(pos), max(pos)
    k = abs(step)
    # `lo..hi + 1` with step k (from the start when positive, from the end when negative)
    # selects exactly `pos`; an omitted bound is written when it selects the same.
    if step > 0:
        start = "" if lo == 0 else str(lo)
        stop = "" if hi + k >= n else str(hi + 1)
    else:
        start = "" if lo < k else str(lo)
        stop = "" if hi == n - 1 else str(hi + 1)
    text = start + ".." + stop
    if step != 1:
        text += ";" + str(step)
    return text


def nd_items(items, shape):
    out = []
    for it, axis in axes_of(items, len(shape)):
        if it[0] == "none":
            out.append("NewAxis")
        elif it[0] == "int":
            out.append(str(it[1]))
        else:
            out.append(nd_slice(it, shape[axis]))
    return ", ".join(out)


# --------------------------------------------------------------------------------------------
# Random items
# --------------------------------------------------------------------------------------------


def rand_int(rng, n):
    return ("int", rng.randrange(-n, n))


def rand_slice(rng, n, negative=None):
    """A non-empty NumPy slice on an axis of length `n`; `negative` forces the step's sign."""
    def bound():
        return rng.choice([None, None, rng.randrange(-n, n + 1)])

    while True:
        step = rng.choice([None, None, 1, 2, 3, -1, -1, -2])
        if negative is True and (step is None or step > 0):
            step = rng.choice([-1, -2])
        if negative is False and step is not None and step < 0:
            step = None
        it = ("slice", bound(), bound(), step)
        if positions(it, n):
            return it


def rand_basic(rng, shape, ints=0, negative=None):
    """One item per axis: `ints` integers at random axes (leaving at least one slice), the
    rest slices."""
    ndim = len(shape)
    ints = min(ints, ndim - 1)
    int_axes = set(rng.sample(range(ndim), ints))
    return [rand_int(rng, n) if ax in int_axes else rand_slice(rng, n, negative)
            for ax, n in enumerate(shape)]


# --------------------------------------------------------------------------------------------
# Forms: each returns (typed-array statement, ndarray statement)
# --------------------------------------------------------------------------------------------


def view_stmt(name, items, shape):
    return (f"acc += index!({name}[{typed_items(items)}]).sum();",
            f"acc += {name}.slice(s![{nd_items(items, shape)}]).sum();")


def form_slice(rng):
    name = rng.choice("ab")
    shape = SHAPES[name]
    return view_stmt(name, rand_basic(rng, shape, negative=rng.choice([None, True])), shape)


def form_slice3(rng):
    shape = SHAPES["c"]
    return view_stmt("c", rand_basic(rng, shape, ints=rng.choice([0, 0, 1])), shape)


def form_int(rng):
    name = rng.choice("ac")
    shape = SHAPES[name]
    items = rand_basic(rng, shape, ints=rng.choice([1, 2]))
    # Some indices are run-time values rather than literals.
    if rng.random() < 0.3:
        ax = next(i for i, it in enumerate(items) if it[0] == "int")
        items[ax] = ("int", f"i % {shape[ax]}")
    return view_stmt(name, items, shape)


def form_newaxis(rng):
    name = rng.choice("abc")
    shape = SHAPES[name]
    ndim = len(shape)
    while True:
        items = rand_basic(rng, shape, ints=rng.choice([0, 1]))
        # Replace some middle items by an ellipsis (which may cover no axis), and insert
        # one or two `None`s.
        if rng.random() < 0.7:
            before = rng.randrange(0, ndim + 1)
            after = rng.randrange(0, ndim - before + 1)
            items = items[:before] + [("ellipsis",)] + items[ndim - after:]
        for _ in range(rng.choice([1, 1, 2])):
            items.insert(rng.randrange(0, len(items) + 1), ("none",))
        if result_shape(items, shape):
            return view_stmt(name, items, shape)


def form_chained(rng):
    name = rng.choice("ac")
    shape = SHAPES[name]
    first = rand_basic(rng, shape, ints=rng.choice([0, 1]))
    mid = result_shape(first, shape)
    second = rand_basic(rng, mid, ints=rng.choice([0, 1]))
    return (f"acc += index!({name}[{typed_items(first)}][{typed_items(second)}]).sum();",
            f"acc += {name}.slice(s![{nd_items(first, shape)}])"
            f".slice_move(s![{nd_items(second, mid)}]).sum();")


def mut_items(rng):
    """Items for a write: a name, its shape and basic items, possibly fewer than the rank."""
    name = rng.choice("abc")
    shape = SHAPES[name]
    items = rand_basic(rng, shape, ints=rng.choice([0, 1, 1]))
    if len(items) > 1 and rng.random() < 0.4:
        items = items[:-1]
    return name, shape, items


def form_mut(rng):
    while True:
        name, shape, items = mut_items(rng)
        if len(result_shape(items, shape)) <= 2:
            break
    rank = len(result_shape(items, shape))
    at = "0" if rank == 1 else "[0, 0]"
    # ndarray cannot infer the rank of the view before the write, so its integer literal
    # falls back to i32 unless it is given a type.
    nd_at = "0usize" if rank == 1 else "[0usize, 0]"
    v = rng.choice(["1.0", "2.0", "3.0"])
    return (f"{{ let mut w = index!(mut {name}[{typed_items(items)}]); w[{at}] += {v}; }}",
            f"{{ let mut w = {name}.slice_mut(s![{nd_items(items, shape)}]); "
            f"w[{nd_at}] += {v}; }}")


def form_assign(rng):
    name, shape, items = mut_items(rng)
    v = rng.choice(["0.0", "1.0", "2.0", "5.0"])
    return (f"index!({name}[{typed_items(items)}] = {v});",
            f"{name}.slice_mut(s![{nd_items(items, shape)}]).fill({v});")


def form_compound(rng):
    name, shape, items = mut_items(rng)
    op = rng.choice(["+=", "-=", "*="])
    v = rng.choice(["1.0", "2.0"])
    return (f"index!({name}[{typed_items(items)}] {op} {v});",
            f"{{ let mut w = {name}.slice_mut(s![{nd_items(items, shape)}]); w {op} {v}; }}")


def form_scalar(rng):
    name = rng.choice("abc")
    shape = SHAPES[name]
    idx = [rng.randrange(-n, n) for n in shape]
    pos = [i % n for i, n in zip(idx, shape)]
    nd_at = str(pos[0]) if len(shape) == 1 else "[" + ", ".join(map(str, pos)) + "]"
    return (f"acc += *index!({name}[{', '.join(map(str, idx))}]);",
            f"acc += {name}[{nd_at}];")


def form_fancy(rng):
    name = rng.choice("abc")
    shape = SHAPES[name]
    axis = rng.randrange(len(shape))
    n = shape[axis]
    idx = [rng.randrange(-n, n) for _ in range(rng.choice([1, 2, 3]))]
    pos = [i % n for i in idx]
    # The index array is the only item at its axis, so the axis keeps its place, as
    # `select` keeps it.
    if axis == len(shape) - 1 and rng.random() < 0.5:
        lead = "..., "
    else:
        lead = ":, " * axis
    return (f"acc += index!({name}[{lead}[{', '.join(map(str, idx))}]]).sum();",
            f"acc += {name}.select(Axis({axis}), &[{', '.join(map(str, pos))}]).sum();")


def form_mask(rng):
    name = rng.choice("abc")
    lo = rng.randrange(0, 6)
    if rng.random() < 0.5:
        hi = lo + rng.randrange(2, 6)
        cond_t = f"({name} > {lo}.0) & ({name} < {hi}.0)"
        cond_n = f"x > {lo}.0 && x < {hi}.0"
    else:
        cond_t = f"{name} > {lo}.0"
        cond_n = f"x > {lo}.0"
    return (f"acc += index!({name}[{cond_t}]).sum();",
            f"acc += Array1::from_iter({name}.iter().copied().filter(|&x| {cond_n})).sum();")


FORMS = {
    "slice": form_slice,
    "slice3": form_slice3,
    "int": form_int,
    "newaxis": form_newaxis,
    "chained": form_chained,
    "mut": form_mut,
    "assign": form_assign,
    "compound": form_compound,
    "scalar": form_scalar,
    "fancy": form_fancy,
    "mask": form_mask,
}

# The mixed crate: every function cycles through these ten slots, so each form is a tenth
# of the expressions, except fancy and mask, which share one slot.
MIXED = ["slice", "slice3", "int", "newaxis", "chained", "mut", "assign", "compound",
         "scalar", ("fancy", "mask")]

# --------------------------------------------------------------------------------------------
# The crates
# --------------------------------------------------------------------------------------------

TYPED_HEAD = """\
//! Generated by scripts/compile_time.py: {n} `index!` expressions.
#![allow(unused_mut, unused_variables)]

use typed_array::prelude::*;

// Small integers as f64, so every sum is exact in any order.
fn m1(k: usize) -> Owned<f64, U1> {{
    Owned::from_shape_fn([10], |[i]| ((3 * i + k) % 11) as f64)
}}

fn m2(k: usize) -> Owned<f64, U2> {{
    Owned::from_shape_fn([4, 5], |[i, j]| ((3 * (5 * i + j) + k) % 11) as f64)
}}

fn m3(k: usize) -> Owned<f64, U3> {{
    Owned::from_shape_fn([2, 3, 4], |[i, j, l]| ((3 * (12 * i + 4 * j + l) + k) % 11) as f64)
}}
"""

NDARRAY_HEAD = """\
//! Generated by scripts/compile_time.py: {n} `s!` (and `select`, filter) expressions.
#![allow(unused_mut, unused_variables)]

use ndarray::{{Array1, Array2, Array3, Axis, NewAxis, s}};

// Small integers as f64, so every sum is exact in any order.
fn m1(k: usize) -> Array1<f64> {{
    Array1::from_shape_fn(10, |i| ((3 * i + k) % 11) as f64)
}}

fn m2(k: usize) -> Array2<f64> {{
    Array2::from_shape_fn((4, 5), |(i, j)| ((3 * (5 * i + j) + k) % 11) as f64)
}}

fn m3(k: usize) -> Array3<f64> {{
    Array3::from_shape_fn((2, 3, 4), |(i, j, l)| ((3 * (12 * i + 4 * j + l) + k) % 11) as f64)
}}
"""


def generate(exprs, functions, only):
    """The two `main.rs` texts."""
    rng = random.Random(SEED)
    per_fn = [exprs // functions + (1 if f < exprs % functions else 0) for f in range(functions)]
    typed = [TYPED_HEAD.format(n=exprs)]
    nd = [NDARRAY_HEAD.format(n=exprs)]
    slot = 0
    for f, count in enumerate(per_fn):
        body_t, body_n = [], []
        for _ in range(count):
            if only:
                form = only
            else:
                form = MIXED[slot % len(MIXED)]
                if isinstance(form, tuple):
                    form = form[(slot // len(MIXED)) % len(form)]
                slot += 1
            t, n = FORMS[form](rng)
            body_t.append(t)
            body_n.append(n)
        for out, body in ((typed, body_t), (nd, body_n)):
            lines = "\n".join("    " + line for line in body)
            out.append(f"""
fn f{f}(i: usize) -> f64 {{
    let mut a = m2(i);
    let mut b = m1(i);
    let mut c = m3(i);
    let mut acc = 0.0;
{lines}
    acc + a.sum() + b.sum() + c.sum()
}}
""")
    calls = "\n".join(f'    println!("f{f} {{}}", f{f}({f}));' for f in range(functions))
    main = f"\nfn main() {{\n{calls}\n}}\n"
    return "".join(typed) + main, "".join(nd) + main


def manifest(name, dependency):
    return f"""\
[package]
name = "{name}"
version = "0.0.0"
edition = "2024"
publish = false

# Not a member of any enclosing workspace.
[workspace]

[dependencies]
{dependency}
"""


def children_cpu():
    """CPU seconds used so far by finished child processes and their descendants."""
    if resource is None:
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Crate:
    def __init__(self, label, name, directory, target, dependency, source, env):
        self.label = label
        self.name = name
        self.dir = directory
        self.target = target
        self.env = dict(env, CARGO_TARGET_DIR=target)
        os.makedirs(os.path.join(directory, "src"), exist_ok=True)
        with open(os.path.join(directory, "Cargo.toml"), "w") as f:
            f.write(manifest(name, dependency))
        with open(os.path.join(directory, "src", "main.rs"), "w") as f:
            f.write(source)
        # The workspace's lock file, so both sides resolve the versions the repository uses.
        lock = os.path.join(ROOT, "Cargo.lock")
        if os.path.exists(lock) and not os.path.exists(os.path.join(directory, "Cargo.lock")):
            shutil.copy(lock, os.path.join(directory, "Cargo.lock"))

    def touch(self):
        os.utime(os.path.join(self.dir, "src", "main.rs"))

    def cargo(self, args, expect_rebuild=True):
        """Runs cargo, returns its wall time and CPU time (user + system, of cargo and the
        compilers it ran) in seconds; stops the script on failure."""
        cpu_start = children_cpu()
        start = time.perf_counter()
        p = subprocess.run(["cargo", *args], cwd=self.dir, env=self.env,
                           capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        cpu = children_cpu() - cpu_start
        if p.returncode != 0:
            sys.exit(f"`cargo {' '.join(args)}` failed for the {self.label} crate "
                     f"({self.dir}):\n{p.stderr}")
        if expect_rebuild and f" {self.name} v" not in p.stderr:
            sys.exit(f"`cargo {' '.join(args)}` did not recompile the {self.label} crate:\n"
                     f"{p.stderr}")
        return elapsed, cpu

    def run(self, profile):
        exe = os.path.join(self.target, profile, self.name)
        p = subprocess.run([exe], capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"the {self.label} program failed:\n{p.stderr}")
        return p.stdout


def compare_outputs(crates, profile):
    outs = [c.run(profile) for c in crates]
    if outs[0] != outs[1]:
        for x, y in zip(outs[0].splitlines(), outs[1].splitlines()):
            if x != y:
                sys.exit(f"the programs disagree: {crates[0].label} `{x}`, "
                         f"{crates[1].label} `{y}`")
        sys.exit("the programs disagree in length")
    total = sum(float(line.split()[1]) for line in outs[0].splitlines())
    print(f"  both programs print the same {len(outs[0].splitlines())} checksums "
          f"(total {total:g})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per crate and mode")
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    ap.add_argument("--release", action="store_true", help="also time release builds")
    ap.add_argument("--exprs", type=int, default=500, help="indexing expressions per crate")
    ap.add_argument("--functions", type=int, default=50, help="functions they are spread over")
    ap.add_argument("--only", choices=sorted(FORMS), help="generate one form only")
    ap.add_argument("--incremental", action="store_true",
                    help="keep cargo's incremental compilation (off by default)")
    ap.add_argument("--no-check", action="store_true", help="do not time `cargo check`")
    args = ap.parse_args()

    if args.keep:
        work = os.path.abspath(args.keep)
        if os.path.commonpath([work, ROOT]) == ROOT:
            sys.exit("--keep must name a directory outside the repository")
        os.makedirs(work, exist_ok=True)
    else:
        work = tempfile.mkdtemp(prefix="typed-array-compile-time-")

    env = dict(os.environ)
    env.pop("CARGO_TARGET_DIR", None)
    env.pop("RUSTFLAGS", None)
    if not args.incremental:
        env["CARGO_INCREMENTAL"] = "0"

    typed_src, nd_src = generate(args.exprs, args.functions, args.only)
    root = ROOT.replace("\\", "/")
    crates = [
        Crate("typed-array", "ct_typed_array", os.path.join(work, "typed-array"),
              os.path.join(work, "target-typed-array"),
              f'typed-array = {{ path = "{root}" }}', typed_src, env),
        Crate("ndarray", "ct_ndarray", os.path.join(work, "ndarray"),
              os.path.join(work, "target-ndarray"),
              f'ndarray = "{NDARRAY_VERSION}"', nd_src, env),
    ]

    modes = [("build (debug)", ["build"], "debug")]
    if not args.no_check:
        modes.append(("check", ["check"], None))
    if args.release:
        modes.append(("build --release", ["build", "--release"], "release"))

    rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
    form = f"only `{args.only}`" if args.only else "mixed forms"
    print(f"{args.exprs} expressions ({form}) in {args.functions} functions; {rustc}; "
          f"{os.cpu_count()} cpus; incremental {'on' if args.incremental else 'off'}")
    print(f"crates in {work}")

    print("building the dependencies")
    for label, cargo_args, profile in modes:
        for crate in crates:
            crate.cargo(cargo_args, expect_rebuild=False)
        if profile:
            compare_outputs(crates, profile)

    # times[(mode, crate label)] = [(wall, cpu), ...]
    times = {(label, c.label): [] for label, _, _ in modes for c in crates}
    for run in range(args.runs):
        order = crates if run % 2 == 0 else crates[::-1]
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        line = []
        for label, cargo_args, _ in modes:
            for crate in order:
                crate.touch()
                wall, cpu = crate.cargo(cargo_args)
                times[(label, crate.label)].append((wall, cpu))
                line.append(f"{label} {crate.label} {wall:.2f}s (cpu {cpu:.2f}s)")
        print(f"  run {run + 1}/{args.runs} (load {load:.1f}):\n    " + "\n    ".join(line))

    # Wall time is what the target speaks of; CPU time is less disturbed by other
    # processes on a shared machine, so it is shown beside it as a cross-check.
    print()
    print(f"median of {args.runs} runs, seconds"
          "      wall: typed-array  ndarray  ratio     cpu: typed-array  ndarray  ratio")
    worst = {0: 0.0, 1: 0.0}
    for label, _, _ in modes:
        row = f"{label:<32}"
        for k in (0, 1):
            t = statistics.median(x[k] for x in times[(label, "typed-array")])
            n = statistics.median(x[k] for x in times[(label, "ndarray")])
            worst[k] = max(worst[k], t / n)
            row += f"{t:>18.2f}{n:>9.2f}{t / n:>7.2f}"
        print(row)
    for k, what in ((0, "wall"), (1, "cpu")):
        verdict = "within" if worst[k] <= TARGET_RATIO else "over"
        print(f"largest {what} ratio {worst[k]:.2f}: {verdict} the target of {TARGET_RATIO}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
