#!/usr/bin/env python3
"""Writes the golden data for array-core's printing tests: arrays and NumPy's str() of them.

Run from the repository root with NumPy 2.x installed:

    python3 scripts/golden_display.py

It rewrites array-core/tests/data/display_cases.txt, which `format.rs`'s tests read with
`include_str!`. The output is deterministic (fixed seeds), so a diff after regenerating
means NumPy's printing changed.

File format, one case after another:

    case <number> <rust element type> shape=<comma-separated lengths, empty for 0-d>
    values <the elements in C order> | values arange <step>
    |<first line of str(arr)>
    |<...every further line, a `|` before each so blank lines survive>
    end

Integers are written in decimal and bools as 0/1. Floats are written as the hexadecimal bit
pattern of their own width (`f32::from_bits`, `f64::from_bits`), so Rust reads back exactly
the value NumPy printed, NaN payloads and negative zero included. `arange` stands for the
values 0, step, 2 * step, ... of a numeric type (the step a whole number), which keeps arrays
of a million elements small here.
"""

import math
import sys
from pathlib import Path

import numpy as np
from numpy._core.arrayprint import IntegerFormat

OUT = Path(__file__).resolve().parent.parent / "array-core" / "tests" / "data" / "display_cases.txt"

RUST_TYPES = {
    "int8": "i8", "int16": "i16", "int32": "i32", "int64": "i64",
    "uint8": "u8", "uint16": "u16", "uint32": "u32", "uint64": "u64",
    "bool": "bool", "float32": "f32", "float64": "f64",
}

cases = []


def encode(arr, rust):
    """The `values` line for `arr`: `arange <step>` when that is what it holds, else every value."""
    flat = arr.reshape(-1)
    # Negative zeros compare equal to zeros, so they must be listed to keep their sign.
    if flat.size > 200 and arr.dtype.kind in "iuf" and not np.signbit(flat).any():
        step = flat[1].item() - flat[0].item()
        whole = math.isfinite(step) and step == round(step) and step != 0
        if whole and flat.tolist() == [i * step for i in range(flat.size)]:
            return f"values arange {int(step)}"
    assert flat.size <= 2000, "write a large array as a multiple of arange"
    if rust == "f32":
        words = (f"{b:08x}" for b in flat.view(np.uint32))
    elif rust == "f64":
        words = (f"{b:016x}" for b in flat.view(np.uint64))
    elif rust == "bool":
        words = ("1" if v else "0" for v in flat)
    else:
        words = (str(int(v)) for v in flat)
    return " ".join(["values", *words])


def add(arr, rust=None, expected=None):
    """Records `arr` with NumPy's str() of it; `rust` overrides the element type's name."""
    arr = np.asarray(arr)
    rust = rust or RUST_TYPES[arr.dtype.name]
    text = str(arr) if expected is None else expected
    shape = ",".join(str(n) for n in arr.shape)
    lines = [f"case {len(cases) + 1} {rust} shape={shape}", encode(arr, rust)]
    lines += ["|" + line for line in text.split("\n")]
    lines.append("end")
    cases.append("\n".join(lines))


def add_wide_ints(values, shape, rust):
    """i128/u128 values beyond NumPy's integers, printed as NumPy prints its own integers."""
    arr = np.array([int(v) for v in values], dtype=object).reshape(shape)
    if arr.shape == ():
        expected = str(arr.item())
    else:
        expected = np.array2string(arr, formatter={"all": IntegerFormat(arr, "-")})
    text = "\n".join(["|" + line for line in expected.split("\n")])
    dims = ",".join(str(n) for n in arr.shape)
    words = " ".join(str(int(v)) for v in arr.reshape(-1))
    cases.append(f"case {len(cases) + 1} {rust} shape={dims}\nvalues {words}\n{text}\nend")


def f64(*values):
    return np.array(values, dtype=np.float64)


def f32(*values):
    return np.array(values, dtype=np.float32)


def integers():
    rng = np.random.default_rng(1)
    add(np.array([1, 999, 3]))
    add(np.array([-1, 2, -300]))
    add(np.array([5]))
    add(np.array([0, 0, 0]))
    add(np.array([-128, 127, 0], dtype=np.int8))
    add(np.array([0, 255, 7], dtype=np.uint8))
    add(np.array([-32768, 12, 32767], dtype=np.int16))
    add(np.array([0, 65535], dtype=np.uint16))
    add(np.array([-2**31, 2**31 - 1], dtype=np.int32))
    add(np.array([0, 2**32 - 1, 10], dtype=np.uint32))
    add(np.array([-2**63, 2**63 - 1, 0], dtype=np.int64))
    add(np.array([0, 2**64 - 1, 42], dtype=np.uint64))
    add(np.array([-9, 10]))  # the minus sign counts towards the width
    add(np.array([-10, 9]))
    add(rng.integers(-1000, 1000, size=(3, 4)))
    add(rng.integers(0, 50, size=(2, 3, 4)).astype(np.uint16))
    add(rng.integers(-5, 5, size=(2, 2, 2, 3)).astype(np.int8))
    add(np.array([[[7]]]))
    add(np.arange(6).reshape(1, 6))
    add(np.arange(6).reshape(6, 1))
    add(np.arange(24).reshape(2, 3, 1, 4))
    # 0-d arrays print the scalar, without padding.
    add(np.array(5))
    add(np.array(-7, dtype=np.int8))
    add(np.array(2**64 - 1, dtype=np.uint64))
    add(np.array(0, dtype=np.uint8))
    # Rows long enough to wrap, at every rank.
    add(np.arange(100))
    add(np.arange(-50, 50).astype(np.int16))
    for n in (24, 25, 26, 27):  # around the 75-column boundary for two-digit numbers
        add(np.arange(10, 10 + n))
    add(rng.integers(-10**12, 10**12, size=20))
    add(rng.integers(0, 10**9, size=(3, 12)).astype(np.uint32))
    add(rng.integers(-10**6, 10**6, size=(2, 2, 13)).astype(np.int32))
    add(rng.integers(0, 99, size=(2, 2, 2, 30)).astype(np.uint8))
    add(np.array([2**64 - 1] * 5, dtype=np.uint64))
    # A line too short for even one element: NumPy does not wrap a line that holds nothing.
    add(np.array([2**64 - 1, 1, 2**63], dtype=np.uint64).reshape((1,) * 59 + (3,)))
    # isize and usize are NumPy's intp and uintp.
    add(rng.integers(-100, 100, size=7), rust="isize")
    add(rng.integers(0, 10**15, size=(2, 3)).astype(np.uint64), rust="usize")
    add(np.array(-3), rust="isize")
    # i128 and u128: small values through NumPy, large ones printed by NumPy's own rule.
    add(rng.integers(-10**6, 10**6, size=(2, 4)), rust="i128")
    add(rng.integers(0, 10**6, size=5).astype(np.uint64), rust="u128")
    add_wide_ints([-2**127, 2**127 - 1, 0, 5], (4,), "i128")
    add_wide_ints([2**128 - 1, 1, 2**100, 7, 12, 2**90], (2, 3), "u128")
    add_wide_ints([2**128 - 1] * 4, (4,), "u128")
    add_wide_ints([-2**127], (), "i128")
    add_wide_ints([2**128 - 1], (), "u128")


def summaries():
    # More than 1000 elements: 3 items at each end of every axis longer than 6.
    add(np.arange(1001))
    add(np.arange(2000))
    add(-np.arange(1500).astype(np.int16))
    add(np.arange(40 * 40).reshape(40, 40))
    add(np.arange(11 * 11 * 11).reshape(11, 11, 11))
    add(np.arange(7**4).reshape(7, 7, 7, 7))
    add(np.arange(1000 * 1000).reshape(1000, 1000))
    add(np.arange(2 * 1001).reshape(2, 1001))
    add(np.arange(1001 * 2).reshape(1001, 2))
    add(np.arange(3 * 3 * 200).reshape(3, 3, 200))  # only the last axis is long enough
    add(np.arange(1001).reshape(1, 1, 1001))
    add(np.arange(6 * 6 * 6 * 6).reshape(6, 6, 6, 6))  # summarised, yet no axis is cut
    # Hidden elements do not widen the shown ones.
    a = np.arange(2000)
    a[1000] = 10**12
    add(a)
    # Summary rows that wrap, and a `...` that lands at the end of a line.
    add((np.arange(2 * 1001) * 10**15).reshape(2, 1001))
    add(np.arange(3000) * 10**15)
    add(np.arange(1500).astype(np.uint64) * 10**15)
    add((np.arange(1001) % 2).astype(bool))
    add((np.arange(40 * 40).reshape(40, 40) % 3 == 0))


def booleans():
    add(np.array([True, False]))
    add(np.array([True, True]))
    add(np.array([False]))
    add(np.array(True))
    add(np.array(False))
    add(np.array([[True, False, True], [False, False, True]]))
    add(np.array([True, False] * 30))
    add((np.arange(2 * 2 * 14) % 3 == 0).reshape(2, 2, 14))


def floats64():
    rng = np.random.default_rng(2)
    add(f64(0.5, 1.0, 1.5))
    add(f64(1.0, 2.0, 3.0))
    add(f64(100.0, -200.0))
    add(f64(0.1 + 0.2, 1.0))
    add(f64(0.1, 0.2, 0.3))
    add(f64(1 / 3, 2 / 3))
    add(f64(np.pi, np.e, -np.sqrt(2)))
    add(f64(0.123456789123))
    add(f64(1.000000001, 2.0))
    add(f64(0.999999999, 0.5))
    add(f64(12345678.9, 1.0))
    add(f64(99999999.0))
    add(f64(10000000.123456789))
    add(f64(0.001953125, 0.5))  # an exact tie at the 9th digit rounds half to even
    add(f64(0.001953125 * 3, 0.5))
    # Exactly halfway between two shortest candidates: Dragon4 takes the even one.
    add(f64(67108864 + 1 / 512, 1.0))
    add(f64(67108864 + 3 / 512, 2.5))
    # The switch to scientific notation.
    add(f64(1e8))
    add(f64(1e16))
    add(f64(1e20))
    add(f64(1e-4))
    add(f64(9.9e-5))
    add(f64(1e-4, 0.1))
    add(f64(1.0, 1000.0))
    add(f64(1.0, 1000.5))
    add(f64(1.0, 1001.0))
    add(f64(1e-5, 1e5))
    add(f64(1e-5, 1.5e-5))
    add(f64(1e-5, 0.1 + 0.2))
    add(f64(1e-5, 1 / 3))
    add(f64(0.125, 1e-5))
    add(f64(-1e-5, 1e10, 3.0))
    add(f64(1e-100, 1e100))  # three exponent digits for everyone
    add(f64(1e-300, 1.0))
    add(f64(5e-324, 1.0))
    add(f64(1.7976931348623157e308, -1.0))
    add(f64(9.999999999e5, 1.0, 1e-9))
    add(f64(0.0, 1e-10))
    add(f64(0.0, 1e10))
    # nan, inf and negative zero.
    add(f64(np.nan))
    add(f64(np.inf))
    add(f64(-np.inf))
    add(f64(np.nan, np.inf))
    add(f64(np.nan, -np.inf))
    add(f64(np.nan, 1.5))
    add(f64(-np.inf, 1.0))
    add(f64(np.nan, np.inf, -np.inf, 0.0))
    add(f64(np.nan, 1e-10))
    add(f64(np.inf, 1e20, -2.0))
    add(f64(-np.nan, 2.25))
    add(f64(-np.inf, 123.456))
    add(f64(-0.0))
    add(f64(-0.0, 0.0))
    add(f64(-0.0, 1.5))
    add(f64(-0.0, 1e-5))
    add(f64(0.0, 0.0))
    # Ranks 2 to 4.
    add(np.arange(6.0).reshape(2, 3) / 4)
    add(np.arange(24.0).reshape(2, 3, 4) - 11.5)
    add(np.arange(16.0).reshape(2, 2, 2, 2) * 1e-6)
    # Rows that wrap, positional and scientific.
    add(rng.random(30))
    add(rng.random((3, 12)) * 100 - 50)
    add(rng.random((2, 2, 12)))
    add(rng.random(20) * 1e-6)
    add(rng.standard_normal((2, 15)) * 1e12)
    add(np.array([np.nan, 1.0] * 20))
    # Summaries: the layout comes only from the shown elements.
    add(rng.random(1001))
    add(rng.random((32, 32)) * 1000)
    big = rng.random(1001)
    big[500] = 1e20  # hidden, so the shown elements stay positional
    big[501] = np.nan
    add(big)
    small = np.linspace(1.0, 2.0, 1001)
    small[3] = 1e-9  # hidden: index 3 of 1200 is not among the first three
    add(small)
    shown = rng.random((11, 11, 11))
    shown[0, 0, 0] = 1e-9  # shown, so everything goes scientific
    add(shown)
    add(np.arange(1000 * 1000, dtype=np.float64).reshape(1000, 1000))
    # 0-d arrays print the scalar: positional from 1e-4 up to 1e16, with a zero after the point.
    for v in (1.5, 1.0, 0.0, -0.0, 1e16, 9.99e15, 1e-4, 9.9e-5, 1e20, 1.5e-5, np.nan, np.inf,
              -np.inf, 0.1 + 0.2, 123456789.123, 1e-300, -2.5e-7, 5e-324, 1.7976931348623157e308,
              140737488355328.125, 140737488355328.375):
        add(np.array(v))


def floats32():
    rng = np.random.default_rng(3)
    add(f32(0.1, 0.2, 1 / 3))
    add(f32(0.5, 1.0, 1.5))
    add(f32(0.0001))  # compared in float32, 0.0001 is not below the cutoff
    add(f32(9.9e-5))
    add(f32(1e6))  # float32 goes scientific from 1e6 (its precision is 6 digits)
    add(f32(999999.0))
    add(f32(123456.79, 0.5))
    add(f32(16777216.0))
    add(f32(0.1, 1e-5, 0.118105225))  # extra digits are the float32's exact ones
    add(f32(0.1, 1e-5, 0.3))
    add(f32(3.4e38, 1e-45))
    add(f32(433083.125, 26822.0625, -164205.125))  # ties between shortest candidates
    add(f32(433083.125, 1e-5))
    add(f32(np.nan, 1.5, -np.inf))
    add(f32(-0.0, 2.0))
    add(f32(1.0, 1000.0))
    add(f32(1.0, 1000.0001))
    add(rng.random((3, 4)).astype(np.float32))
    add((rng.random((2, 2, 3)) * 1e-7).astype(np.float32))
    add(rng.random(25).astype(np.float32))
    add((rng.standard_normal(1001) * 10).astype(np.float32))
    for v in (0.1, 1e15, 16777216.0, 1e-4, 123456.79, 1e6, 999999.0, -0.0, np.nan, 1.0, 3.4e38,
              1e-45, 433083.125, 26822.0625):
        add(np.array(v, dtype=np.float32))


def random_floats():
    """Mixed magnitudes, signs and special values, to exercise rounding and alignment."""
    rng = np.random.default_rng(4)
    for n in range(40):
        dtype = np.float32 if n % 3 == 0 else np.float64
        shape = tuple(int(d) for d in rng.integers(1, 5, size=int(rng.integers(1, 4))))
        size = int(np.prod(shape))
        scale = 10.0 ** rng.integers(-12, 12, size=size)
        if n % 2:
            scale = 10.0 ** rng.integers(-3, 4)  # one magnitude, usually positional
        values = rng.standard_normal(size) * scale
        if n % 4 == 1:
            values = np.round(values, int(rng.integers(0, 10)))
        if n % 5 == 2:
            values[int(rng.integers(0, size))] = [np.nan, np.inf, -np.inf, -0.0][n % 4]
        add(values.astype(dtype).reshape(shape))


def random_ints():
    rng = np.random.default_rng(5)
    dtypes = [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]
    for n in range(16):
        dtype = dtypes[n % len(dtypes)]
        info = np.iinfo(dtype)
        shape = tuple(int(d) for d in rng.integers(1, 9, size=int(rng.integers(1, 4))))
        limit = min(int(info.max), 10 ** int(rng.integers(1, 19)))
        low = max(int(info.min), -limit)
        add(rng.integers(low, limit, size=shape, dtype=dtype, endpoint=True))


def main():
    if not np.__version__.startswith("2."):
        sys.exit(f"NumPy 2.x is required, found {np.__version__}")
    for group in (integers, summaries, booleans, floats64, floats32, random_floats, random_ints):
        group()
    header = (
        f"# Generated by scripts/golden_display.py with NumPy {np.__version__}; do not edit.\n"
        "# Each case: `case <n> <type> shape=<dims>`, `values ...` (floats as bit patterns)\n"
        "# or `values arange <step>`, then NumPy's str() with `|` before each line, then `end`.\n"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(cases) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
