#!/usr/bin/env python3
"""Generates tests/data/npy/: `.npy` files written by NumPy, and the manifest that
tests/npy.rs reads to check that typed-array reads them back with the same shape and
values; and checks the other direction, that the files tests/npy.rs writes load in NumPy.

The files cover every element type typed-array reads and writes (bool, int8 to int64,
uint8 to uint64, float32, float64) at ranks 0 to 3, in C and Fortran order, big-endian
files, and empty arrays. Values are deterministic (fixed seed) and include each type's
extremes, and for floats NaN, the infinities, -0.0 and the smallest subnormal.

manifest.txt has one line per file:

    FILE ELEMENT DESCR ORDER SHAPE VALUE...

where ELEMENT is the Rust element type, DESCR the file's dtype (`<f8`, `>i4`, `|b1`),
ORDER `C` or `F`, SHAPE a Python tuple without spaces (`()`, `(5,)`, `(2,3)`), and the
values are in C order, written so that Rust's `str::parse` reads them exactly (`true`,
`-128`, `nan`, `-inf`, `5e-324`; a float32 value as the float64 it widens to).

Checking both directions takes two steps, from the workspace root:

    cargo test --test npy                   # 1. reads tests/data/npy/, and writes each
                                            #    array back into the round-trip directory
    python3 scripts/golden_npy.py --check   # 2. exits 1 if tests/data/npy/ is stale or a
                                            #    file written in step 1 is missing or does
                                            #    not load in NumPy as expected

The round-trip directory is `npy-roundtrip` in Cargo's CARGO_TARGET_TMPDIR, that is
`$CARGO_TARGET_DIR/tmp/npy-roundtrip` (default `target/tmp/npy-roundtrip`); give
`--roundtrip-dir DIR` when it is elsewhere. For every FILE of the manifest, step 1 writes
FILE (the array as read, in C order and little-endian) and, at rank 2 and more,
STEM_t.npy (its transpose, which typed-array writes in Fortran order when it is not also
C-contiguous, as np.save does); plus f64_2d_c_strided.npy, the strided view
`a[::-1, ::2]` of f64_2d_c.npy, written in C order. Step 2 checks each one's header
(version, dtype, order, shape) and its bytes.

Usage:

    python3 scripts/golden_npy.py            # writes tests/data/npy/
    python3 scripts/golden_npy.py --check    # the two checks above

Needs Python 3.8+ and NumPy.
"""

import argparse
import io
import math
import os
import random
import sys

import numpy as np

SEED = 20260412

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "data", "npy")
MANIFEST = "manifest.txt"

# Rust element type -> the little-endian (or byte-order-free) dtype NumPy writes for it.
TYPES = [
    ("bool", "|b1"),
    ("i8", "|i1"),
    ("i16", "<i2"),
    ("i32", "<i4"),
    ("i64", "<i8"),
    ("u8", "|u1"),
    ("u16", "<u2"),
    ("u32", "<u4"),
    ("u64", "<u8"),
    ("f32", "<f4"),
    ("f64", "<f8"),
]
DESCR = dict(TYPES)


def values(rng, elem, n):
    """`n` values of `elem`: first the type's extremes and special values, then random
    ones, as Python numbers."""
    dt = np.dtype(DESCR[elem])
    if elem == "bool":
        special = [True, False]
        rand = lambda: rng.random() < 0.5
    elif dt.kind in "iu":
        info = np.iinfo(dt)
        special = [int(info.min), int(info.max), 0, 1]
        if dt.kind == "i":
            special.append(-1)
        rand = lambda: rng.randint(int(info.min), int(info.max))
    else:
        info = np.finfo(dt)
        special = [math.nan, math.inf, -math.inf, -0.0, float(info.smallest_subnormal),
                   float(info.max), float(info.min)]
        rand = lambda: float(dt.type(round(rng.uniform(-1000.0, 1000.0), rng.randint(0, 6))))
    out = list(special)
    while len(out) < n:
        out.append(rand())
    # Shuffled, so that a transposition or an offset error shows in the values (and a
    # small array gets some of the special values, not always the same ones).
    rng.shuffle(out)
    return out[:n]


def cases():
    """(file, element, descr, order, shape): every file of tests/data/npy/."""
    out = []
    for elem, descr in TYPES:
        out += [
            ("%s_0d.npy" % elem, elem, descr, "C", ()),
            ("%s_1d.npy" % elem, elem, descr, "C", (5,)),
            ("%s_2d_c.npy" % elem, elem, descr, "C", (2, 3)),
            ("%s_3d_f.npy" % elem, elem, descr, "F", (2, 3, 4)),
        ]
    out += [
        ("f64_2d_f.npy", "f64", "<f8", "F", (3, 2)),
        ("f64_3d_c.npy", "f64", "<f8", "C", (2, 3, 4)),
        ("i32_3d_c.npy", "i32", "<i4", "C", (2, 3, 4)),
        ("u8_2d_f.npy", "u8", "|u1", "F", (4, 3)),
        # Big-endian.
        ("f64_2d_be.npy", "f64", ">f8", "C", (2, 3)),
        ("i32_1d_be.npy", "i32", ">i4", "C", (4,)),
        ("u16_3d_f_be.npy", "u16", ">u2", "F", (2, 3, 2)),
        ("f32_0d_be.npy", "f32", ">f4", "C", ()),
        # Empty.
        ("f64_empty.npy", "f64", "<f8", "C", (0, 3)),
        ("bool_empty.npy", "bool", "|b1", "C", (0,)),
        ("i64_empty_3d.npy", "i64", "<i8", "C", (2, 0, 4)),
    ]
    return out


def build():
    """The NumPy arrays of every case, and the files' bytes, by file name."""
    rng = random.Random(SEED)
    arrays, files = {}, {}
    for name, elem, descr, order, shape in cases():
        n = int(np.prod(shape, dtype=np.int64))
        a = np.array(values(rng, elem, n), dtype=descr).reshape(shape)
        if order == "F":
            a = np.asfortranarray(a)
            assert a.ndim < 2 or not a.flags.c_contiguous, name
        buf = io.BytesIO()
        np.save(buf, a, allow_pickle=False)
        arrays[name] = a
        files[name] = buf.getvalue()
    return arrays, files


def rs_value(x, elem):
    """`x` as Rust's `str::parse` for `elem` reads it exactly."""
    if elem == "bool":
        return "true" if x else "false"
    if elem in ("f32", "f64"):
        # repr round-trips a float64; a float32 widens to float64 exactly, and the nearest
        # float32 to that decimal is the value itself.
        return repr(float(x))
    return str(int(x))


def manifest(arrays):
    lines = [
        "# @generated by scripts/golden_npy.py. DO NOT EDIT: change the script and regenerate",
        "# with `python3 scripts/golden_npy.py` (deterministic: fixed seed %d)." % SEED,
        "# FILE ELEMENT DESCR ORDER SHAPE VALUE... (values in C order; see the script)",
    ]
    for name, elem, descr, order, shape in cases():
        a = arrays[name]
        shape_text = "(" + ",".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"
        vals = [rs_value(x, elem) for x in a.ravel(order="C").tolist()]
        lines.append(" ".join([name, elem, descr, order, shape_text] + vals))
    return "\n".join(lines) + "\n"


def expected_roundtrip(arrays):
    """(file, array, fortran_order) for every file tests/npy.rs writes."""
    out = []
    for name, elem, descr, order, shape in cases():
        a = arrays[name]
        out.append((name, a, False))
        if a.ndim >= 2:
            # The transpose of the C-order array tests/npy.rs reads the file into.
            t = np.ascontiguousarray(a).T
            out.append((name[:-len(".npy")] + "_t.npy", t, not t.flags.c_contiguous))
    out.append(("f64_2d_c_strided.npy", arrays["f64_2d_c.npy"][::-1, ::2], False))
    return out


def check_roundtrip(arrays, directory):
    """The problems found in the files tests/npy.rs wrote into `directory`."""
    problems = []
    for name, want, fortran in expected_roundtrip(arrays):
        path = os.path.join(directory, name)
        if not os.path.exists(path):
            problems.append("%s: missing" % name)
            continue
        want_dtype = want.dtype.newbyteorder("<")
        try:
            with open(path, "rb") as f:
                version = np.lib.format.read_magic(f)
                if version == (1, 0):
                    shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(f)
                else:
                    shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(f)
            got = np.load(path, allow_pickle=False)
        except Exception as e:  # noqa: BLE001 - any failure to load is the finding
            problems.append("%s: NumPy cannot load it: %s" % (name, e))
            continue
        header = (version, shape, fortran_order, dtype)
        expected = ((1, 0), want.shape, fortran, want_dtype)
        if header != expected:
            problems.append("%s: header (version, shape, fortran_order, dtype) is %r, "
                            "expected %r" % (name, header, expected))
        elif got.tobytes(order="C") != want.astype(want_dtype).tobytes(order="C"):
            problems.append("%s: values %r, expected %r" % (name, got.tolist(), want.tolist()))
    return problems


def default_roundtrip_dir():
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    return os.path.join(os.path.abspath(target), "tmp", "npy-roundtrip")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="check tests/data/npy/ and the files `cargo test --test npy` wrote")
    ap.add_argument("--roundtrip-dir", default=default_roundtrip_dir(),
                    help="where `cargo test --test npy` wrote its files (default: %(default)s)")
    args = ap.parse_args()

    arrays, files = build()
    files[MANIFEST] = manifest(arrays).encode()
    rel = os.path.relpath(OUT, ROOT)

    if not args.check:
        os.makedirs(OUT, exist_ok=True)
        for name in os.listdir(OUT):
            if name not in files:
                os.remove(os.path.join(OUT, name))
        for name, data in files.items():
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(data)
        print("wrote %s: %d files and %s (%d bytes in all)"
              % (rel, len(files) - 1, MANIFEST, sum(map(len, files.values()))))
        return

    stale = []
    present = set(os.listdir(OUT)) if os.path.isdir(OUT) else set()
    for name, data in files.items():
        path = os.path.join(OUT, name)
        if name not in present:
            stale.append("%s: missing" % name)
        else:
            with open(path, "rb") as f:
                if f.read() != data:
                    stale.append("%s: differs" % name)
    stale += ["%s: not generated by this script" % n for n in sorted(present - set(files))]
    if stale:
        print("%s is stale (run python3 scripts/golden_npy.py):\n  %s"
              % (rel, "\n  ".join(stale)))
        sys.exit(1)

    if not os.path.isdir(args.roundtrip_dir):
        print("%s does not exist: run `cargo test --test npy` first (with the same "
              "CARGO_TARGET_DIR), or give --roundtrip-dir" % args.roundtrip_dir)
        sys.exit(1)
    problems = check_roundtrip(arrays, args.roundtrip_dir)
    if problems:
        print("files written by typed-array in %s do not load in NumPy as expected:\n  %s"
              % (args.roundtrip_dir, "\n  ".join(problems)))
        sys.exit(1)
    print("%s is up to date, and NumPy loads the %d files typed-array wrote in %s"
          % (rel, len(expected_roundtrip(arrays)), args.roundtrip_dir))


if __name__ == "__main__":
    main()
