#!/usr/bin/env python3
"""Generates tests/golden_basic.rs: NumPy conformance tests of `index!` for basic indexing.

NumPy is the oracle: every expected shape, value, write and error message in the generated
file comes from running the same expression through NumPy here. The output is deterministic
(fixed seed), so re-running the script reproduces the committed file byte for byte.

Usage (from the workspace root, or anywhere):

    python3 scripts/golden.py            # writes tests/golden_basic.rs
    python3 scripts/golden.py --check    # exits 1 if the committed file is stale

Needs Python 3.8+, NumPy (`pip install numpy`) and rustfmt (the output is formatted as
`cargo fmt` would format it).
"""

import os
import random
import subprocess
import sys
import textwrap

import numpy as np

SEED = 20240611
rng = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "golden_basic.rs")

# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------


def rs_num(x, dtype):
    if dtype == "f":
        r = repr(float(x))
        assert r not in ("inf", "-inf", "nan"), r
        if "." not in r and "e" not in r:
            r += ".0"
        return r
    return str(int(x))


def rs_list(vals, dtype):
    return "[" + ", ".join(rs_num(v, dtype) for v in vals) + "]"


def rs_shape(shape):
    return "[" + ", ".join(str(n) for n in shape) + "]"


def rs_nested(x, dtype):
    if isinstance(x, list):
        return "[" + ", ".join(rs_nested(y, dtype) for y in x) + "]"
    return rs_num(x, dtype)


def np_source(shape, dtype):
    start = "np.arange(%d%s)" % (int(np.prod(shape, dtype=np.int64)), ".0" if dtype == "f" else "")
    if len(shape) == 1:
        return start
    return start + ".reshape(%s)" % (tuple(shape),)


def np_value(v):
    if isinstance(v, np.ndarray):
        if v.size == 0 or v.ndim == 0:
            return "np.full(%s, %s)" % (tuple(v.shape), repr(v.tolist()) if v.ndim == 0 else "0")
        return "np.array(%s)" % (repr(v.tolist()),)
    return repr(v)


def source(shape, dtype):
    n = int(np.prod(shape, dtype=np.int64))
    return np.arange(n, dtype=np.float64 if dtype == "f" else np.int64).reshape(shape)


def rs_item(it):
    if it is Ellipsis:
        return "..."
    if it is None:
        return "None"
    if isinstance(it, int):
        return str(it)
    if isinstance(it, slice):
        p = lambda x: "" if x is None else str(x)
        s = p(it.start) + ":" + p(it.stop)
        if it.step is not None:
            s += ":" + p(it.step)
        return s
    raise TypeError(it)


def rs_bracket(items):
    return "[" + ", ".join(rs_item(i) for i in items) + "]"


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


class Case:
    """One generated test.

    kind: read | mut | assign | err | panic
    expr: the indexed expression in NumPy syntax, starting with `a` (`a[1:][::-1]`); it is
          also the Rust `index!` syntax unless `rs` says otherwise.
    pre:  Rust statements binding the variables `rs` uses (variable / expression items).
    """

    def __init__(self, cat, kind, shape, expr, rs=None, pre="", dtype="i", op=None,
                 value=None, vform=None, write=("seq",), form="read"):
        self.cat, self.kind, self.shape, self.expr = cat, kind, tuple(shape), expr
        self.rs = rs if rs is not None else expr
        self.pre, self.dtype, self.op, self.value = pre, dtype, op, value
        self.vform, self.write, self.form = vform, write, form


def evaluate(expr, a):
    return eval(expr, {"np": np}, {"a": a})


def diffs(before, after, dtype):
    b, a = before.ravel(), after.ravel()
    out = []
    for k in range(b.size):
        if not (b[k] == a[k]):
            out.append("(%d, %s)" % (k, rs_num(a[k], dtype)))
    return "&[" + ", ".join(out) + "]"


def rs_value(v, dtype, vform):
    """Rust statements + the value expression for a scalar or an ndarray value."""
    if not isinstance(v, np.ndarray):
        return "", rs_num(v, dtype)
    if v.ndim >= 1 and v.size > 0:
        lit = "array!%s" % rs_nested(v.tolist(), dtype)
    else:
        lit = "own!(%s, vec!%s)" % (rs_shape(v.shape), rs_list(v.ravel().tolist(), dtype))
    if vform == "lit":
        return "", lit
    if vform == "own":
        return "", "own!(%s, vec!%s)" % (rs_shape(v.shape), rs_list(v.ravel().tolist(), dtype))
    if vform == "ref":
        return "let v = %s;\n    " % lit, "&v"
    if vform == "view":
        return "let v = %s;\n    " % lit, "v.view()"
    raise ValueError(vform)


def np_assign(a, expr, op, value):
    exec("%s %s value" % (expr, op), {"np": np}, {"a": a, "value": value})


def render(c, idx):
    name = "%s_%03d" % (c.cat, idx)
    shape, dtype = c.shape, c.dtype
    mk = "%s!%s" % ("arf" if dtype == "f" else "ar", rs_shape(shape))
    pre = ("\n    " + c.pre) if c.pre else ""
    head = "#[test]\nfn %s() {\n    // numpy: a = %s; " % (name, np_source(shape, dtype))
    a0 = source(shape, dtype)

    if c.kind == "read":
        r = evaluate(c.expr, a0.copy())
        body = head + c.expr + pre
        if isinstance(r, np.ndarray):
            body += "\n    let a = %s;\n    let r: View<'_, %s, U%d> = index!(%s);\n" % (
                mk, "i64", r.ndim, c.rs)
            body += "    chk(span(&a), r, &%s, &%s);\n}\n" % (
                rs_shape(r.shape), rs_list(r.ravel().tolist(), dtype))
        else:
            body += "\n    let a = %s;\n    let r: &i64 = index!(%s);\n" % (mk, c.rs)
            body += "    chk_el(span(&a), r, %s);\n}\n" % rs_num(r, dtype)
        return body

    if c.kind == "mut":
        b = a0.copy()
        r = evaluate(c.expr, b)
        w = c.write
        body = head
        if isinstance(r, np.ndarray):
            if w[0] == "seq":
                r[...] = 1000 + np.arange(r.size).reshape(r.shape)
                wr = "seq(&mut r);"
                desc = "; v[...] = 1000 + np.arange(v.size).reshape(v.shape)"
            elif w[0] == "fill":
                r[...] = w[1]
                wr = "r.fill(%s);" % w[1]
                desc = "; v[...] = %s" % w[1]
            elif w[0] in ("+=", "-=", "*="):
                exec("r %s value" % w[0], {}, {"r": r, "value": w[1]})
                _, vexpr = rs_value(w[1], dtype, "lit")
                wr = "r %s %s;" % (w[0], vexpr)
                desc = "; v %s %s" % (w[0], np_value(w[1]))
            elif w[0] == "assign":
                r[...] = w[1]
                _, vexpr = rs_value(w[1], dtype, "lit")
                wr = "r.assign(%s);" % vexpr
                desc = "; v[...] = %s" % np_value(w[1])
            else:
                raise ValueError(w)
            body += "v = %s%s%s" % (c.expr, desc, pre)
            body += "\n    let mut a = %s;\n    let sp = span(&a);\n" % mk
            body += "    let mut r: ViewMut<'_, i64, U%d> = index!(mut %s);\n" % (r.ndim, c.rs)
            body += "    chk(sp, r.view(), &%s, &%s);\n" % (
                rs_shape(r.shape), rs_list(evaluate(c.expr, a0.copy()).ravel().tolist(), dtype))
            body += "    %s\n" % wr
        else:
            val = w[1] if w[0] == "set" else -1
            np_assign(b, c.expr, "=", val)
            body += "%s = %s%s" % (c.expr, val, pre)
            body += "\n    let mut a = %s;\n    let sp = span(&a);\n" % mk
            body += "    let r: &mut i64 = index!(mut %s);\n" % c.rs
            body += "    chk_el(sp, r, %s);\n    *r = %s;\n" % (rs_num(r, dtype), val)
        body += "    chg(&a, %s);\n}\n" % diffs(a0, b, dtype)
        return body

    if c.kind == "assign":
        b = a0.copy()
        np_assign(b, c.expr, c.op, c.value)
        lets, vexpr = rs_value(c.value, dtype, c.vform)
        body = head + "%s %s %s%s" % (c.expr, c.op, np_value(c.value), pre)
        body += "\n    let mut a = %s;\n    %sindex!(%s %s %s);\n" % (mk, lets, c.rs, c.op, vexpr)
        body += "    %s(&a, %s);\n}\n" % ("chgf" if dtype == "f" else "chg", diffs(a0, b, dtype))
        return body

    if c.kind in ("err", "panic"):
        b = a0.copy()
        try:
            if c.form == "assign":
                np_assign(b, c.expr, c.op, c.value)
            else:
                r = evaluate(c.expr, b)
                if c.form == "mut" and not isinstance(r, np.ndarray):
                    raise AssertionError("mut error case must fail")
        except (IndexError, ValueError) as e:
            # NumPy's broadcast message ends with a stray space; typed-array's does not.
            msg, etype = str(e).rstrip(), type(e).__name__
        else:
            raise AssertionError("expected NumPy to fail: %s on %s" % (c.expr, shape))
        assert (a0 == b).all(), "NumPy wrote before failing"
        if c.form == "assign":
            lets, vexpr = rs_value(c.value, dtype, c.vform or "lit")
            call = "%s %s %s" % (c.rs, c.op, vexpr)
            desc = "%s %s %s" % (c.expr, c.op, np_value(c.value))
        else:
            lets, call, desc = "", ("mut " if c.form == "mut" else "") + c.rs, c.expr
        desc += "  ->  %s: %s" % (etype, msg)
        mut = "mut " if c.form != "read" else ""
        if c.kind == "panic":
            body = "#[test]\n#[should_panic(expected = %s)]\nfn %s() {\n    // numpy: a = %s; %s%s" % (
                rs_str(msg), name, np_source(shape, dtype), desc, pre)
            bind = "" if c.form == "assign" else "let _ = "
            body += "\n    let %sa = %s;\n    %s%sindex!(%s);\n}\n" % (mut, mk, lets, bind, call)
            return body
        body = head + desc + pre
        body += "\n    let %sa = %s;\n    %sassert_eq!(err(try_index!(%s)), %s);\n" % (
            mut, mk, lets, call, rs_str(msg))
        if c.form == "assign":
            body += "    %s(&a, &[]);\n" % ("chgf" if dtype == "f" else "chg")
        body += "}\n"
        return body

    raise ValueError(c.kind)


def rs_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --------------------------------------------------------------------------------------------
# Hand-picked edge cases
# --------------------------------------------------------------------------------------------

B = (2, 3, 4)
A5 = (5,)
A10 = (10,)
IMAX = "9223372036854775807"
IMIN = "-9223372036854775808"


def hand_picked():
    cs = []

    def R(shape, expr, rs=None, pre=""):
        cs.append(Case("edge", "read", shape, expr, rs=rs, pre=pre))

    def M(shape, expr, write=("seq",), rs=None, pre=""):
        cs.append(Case("edge_mut", "mut", shape, expr, rs=rs, pre=pre, write=write))

    def S(shape, expr, op, value, vform="lit", dtype="i", rs=None, pre=""):
        cs.append(Case("edge_set", "assign", shape, expr, rs=rs, pre=pre, op=op,
                       value=value, vform=vform, dtype=dtype))

    # Slices normalised like Python's slice.indices.
    R(A5, "a[4:1:-1]")
    R(A5, "a[1:3:-1]")
    R(A5, "a[:-0]")
    R(A5, "a[-0:]")
    R(A5, "a[::-1]")
    R(A5, "a[0:100]")
    R(A5, "a[-100:]")
    R(A5, "a[-100:100:-1]")
    R(A5, "a[100:-100:-1]")
    R(A5, "a[-1:-6:-1]")
    R(A5, "a[-1:-7:-1]")
    R(A5, "a[-1:-5:-1]")
    R(A5, "a[5:]")
    R(A5, "a[:0]")
    R(A5, "a[3:3]")
    R(A5, "a[-1::-2]")
    R(A5, "a[:2:-1]")
    R(A5, "a[1:-1:2]")
    R(A5, "a[::]")
    R(A5, "a[1::]")
    R(A5, "a[:]")
    R(A10, "a[10:0:-3]")
    R(A10, "a[::3]")
    R(A10, "a[::-4]")
    R(A10, "a[-3::-3]")
    # Huge steps and bounds: clamped, never overflowing.
    R(A5, "a[::-%s]" % IMAX)
    R(A5, "a[::%s]" % IMAX)
    R(A5, "a[::%s]" % IMIN)
    R(A5, "a[%s:]" % IMAX)
    R(A5, "a[%s:]" % IMIN)
    R(A5, "a[:%s:-1]" % IMIN)
    R(A5, "a[%s:%s:-1]" % (IMAX, IMIN))
    R(A5, "a[%s:%s:%s]" % (IMIN, IMAX, IMAX))
    R(A5, "a[1:%s:%s]" % (IMAX, IMIN))
    # Integers, `...`, `None`.
    R(A5, "a[-2]")
    R(A5, "a[0]")
    R(A5, "a[-5]")
    R(A5, "a[..., -1]")
    R(A5, "a[None]")
    R(A5, "a[:, None]")
    R(A5, "a[None, ..., None]")
    R(A5, "a[...]")
    R(A5, "a[1:,]")
    R(B, "a[1:, ::-1, 2]")
    R(B, "a[1, 2, ...]")
    R(B, "a[1, 2, 3, ...]")
    R(B, "a[..., 1, 2, 3]")
    R(B, "a[1, ..., 2, 3]")
    R(B, "a[..., 1]")
    R(B, "a[1, ..., 1]")
    R(B, "a[0, ..., None]")
    R(B, "a[None, 0, None, :, None, ::-2]")
    R(B, "a[None, None, None, ..., None, None]")
    R(B, "a[-1, -1, -1]")
    R(B, "a[:, 1:2, :]")
    R(B, "a[::-1, ::-1, ::-1]")
    R(B, "a[..., ::-1, :]")
    R(B, "a[1, -1]")
    R(B, "a[1, ::2, ...]")
    # Chained brackets.
    R(A5, "a[1:][::-1][0]")
    R(A5, "a[1:][::-1]")
    R(A5, "a[::2][::-1]")
    R(A5, "a[::-1][::2][1:]")
    R(B, "a[-1][-1][-1]")
    R(B, "a[1][2]")
    R(B, "a[1, ...][..., 2]")
    R(B, "a[None][0][None]")
    R(B, "a[:, ::-1][1, ::2][..., 1]")
    R(B, "a[1, 2, ...][...]")
    R(B, "a[1, 2, 3, ...][None]")
    # Zero-length axes.
    R((3, 0, 2), "a[1]")
    R((3, 0, 2), "a[:, :, 1]")
    R((3, 0, 2), "a[::-1]")
    R((3, 0, 2), "a[..., None]")
    R((3, 0, 2), "a[-1, 5:, -2]")
    R((0,), "a[:]")
    R((0,), "a[::-1]")
    R((0,), "a[None]")
    R((0,), "a[...]")
    R((0, 3), "a[:, 1]")
    R((0, 3), "a[..., -1]")
    R((0, 3), "a[-3:3, ::-2]")
    # Rank 0.
    R((), "a[...]")
    R((), "a[None]")
    R((), "a[..., None]")
    R((), "a[None, None, ...]")
    R((), "a[None][0]")
    R((), "a[None][-1, ...]")
    # Items that are variables or expressions, of any integer type, mixed within one slice.
    R(B, "a[2 - 1, 2, 4 - 1:]", rs="a[i, n - 2, n - 1:]", pre="let (i, n) = (1usize, 4usize);")
    R(A5, "a[1:5]", rs="a[1u8:5i64]")
    R(A5, "a[-4:4]", rs="a[lo:hi]", pre="let (lo, hi) = (-4i16, 4u32);")
    R(A5, "a[-1]", rs="a[j]", pre="let j: i32 = -1;")
    R(A5, "a[::-2]", rs="a[::-k]", pre="let k = 2i8;")
    R(A5, "a[3]", rs="a[(2 + 1)]")
    R(A5, "a[1]", rs="a[i - 1]", pre="let i = 2usize;")
    R(B, "a[1, ::-1, 0]", rs="a[x, ::s, y]", pre="let (x, s, y) = (1u64, -1isize, 0i128);")
    R(A5, "a[1:4:2]", rs="a[b:b + 3:b + 1]", pre="let b = 1u16;")
    R(A5, "a[-10**20:]", rs="a[-100000000000000000000i128:]")
    R(A5, "a[:10**20]", rs="a[:100000000000000000000i128]")
    R(A5, "a[::10**20]", rs="a[::100000000000000000000i128]")
    R(A5, "a[::-10**20]", rs="a[::-100000000000000000000i128]")
    R(A5, "a[10**20:0:-1]", rs="a[100000000000000000000u128:0:-1]")
    R(A5, "a[1:18446744073709551615]", rs="a[1:(u64::MAX)]")

    # The mut form: write through the result, compare the whole array.
    M(A5, "a[::-2]", ("fill", 9))
    M(A5, "a[1:3:-1]", ("fill", 9))
    M(A5, "a[4:1:-1]")
    M(A5, "a[::%s]" % IMIN, ("fill", 7))
    M(B, "a[1, -1, 0]", ("set", 99))
    M(B, "a[1:][::-1][0]", ("+=", 10))
    M(B, "a[..., None]", ("seq",))
    M(B, "a[1, 2, 3, ...]", ("fill", -5))
    M(B, "a[0]", ("assign", np.array([1, 2, 3, 4])))
    M(B, "a[:, ::-1, 1]", ("*=", np.array([[2], [3]])))
    M(B, "a[None, ::-1, 2, None]", ("-=", 100))
    M((3, 0, 2), "a[:, :, ::-1]", ("fill", 1))
    M((), "a[...]", ("fill", 42))
    M((), "a[None, None]", ("seq",))
    M(B, "a[1, 0:3:2, 2:]", ("seq",), rs="a[i, 0:n:2, i + 1:]", pre="let (i, n) = (1u8, 3i64);")

    # Assignment forms.
    S(A5, "a[::2]", "=", 7)
    S(A5, "a[4:1:-1]", "=", np.array([10, 20, 30]))
    S(A5, "a[1:3:-1]", "=", 5)
    S(A5, "a[:-0]", "=", np.zeros(0, dtype=np.int64), vform="own")
    S(A5, "a[::-%s]" % IMAX, "=", 42)
    S(A5, "a[::%s]" % IMAX, "+=", 42)
    S(A5, "a[-1:]", "=", np.array([[[1]]]))
    S(A5, "a[-2]", "-=", 10)
    S(A5, "a[...]", "*=", np.array(3))
    S(B, "a[0]", "=", np.array([1, 2, 3, 4]))
    S(B, "a[:, 1]", "=", np.array([[1], [2]]))
    S(B, "a[1]", "=", np.array([[[[5, 6, 7, 8]]]]))
    S(B, "a[0, 0]", "=", np.array([[[9, 9, 9, 9]]]))
    S(B, "a[1, 2, 3]", "=", 0)
    S(B, "a[1, 2, 3]", "+=", 100)
    S(B, "a[1, 2, 3]", "=", np.array(-8), vform="own")
    S(B, "a[1, 2, 3, ...]", "=", np.array([[-8]]))
    S(B, "a[..., ::-1]", "-=", np.array([1, 2, 3, 4]))
    S(B, "a[None, 1]", "*=", np.array([[[2], [3], [4]]]))
    S(B, "a[0]", "=", np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), vform="ref")
    S(B, "a[0]", "=", np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), vform="view")
    S(B, "a[0]", "=", np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]), vform="own")
    S(B, "a[::-1, 1:]", "+=", np.array([[[1], [2]], [[3], [4]]]), vform="view")
    S(B, "a[1:][0][::-1]", "=", np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]))
    S(B, "a[:, 1][..., ::-1][0]", "-=", np.array([1, 2, 3, 4]), vform="ref")
    S(B, "a[1, 1:]", "=", 0, rs="a[i, i:]", pre="let i = 1usize;")
    S((3, 0, 2), "a[:, :, 0]", "=", 5)
    S((3, 0, 2), "a[...]", "=", np.array([1, 2]))
    S((3, 0, 2), "a[1]", "=", np.zeros((1, 2), dtype=np.int64), vform="own")
    S((3, 0, 2), "a[1]", "=", np.zeros((0, 1), dtype=np.int64), vform="own")
    S((), "a[...]", "=", 5)
    S((), "a[None]", "=", np.array([7]))
    S((), "a[None, None, ...]", "=", np.array([[[7]]]), vform="ref")
    S((2, 3), "a[::2]", "/=", 2.0, dtype="f")
    S((2, 3), "a[1:, None]", "/=", np.array([2.0, 4.0, 0.5]), dtype="f")
    S((2, 3), "a[..., ::-1]", "/=", np.array([[3.0], [-8.0]]), dtype="f", vform="view")
    S((2, 3), "a[1, 2]", "/=", 4.0, dtype="f")
    S((2, 3), "a[:, 0]", "=", np.array([0.5, -1.25]), dtype="f")
    return cs


def hand_picked_errors():
    cs = []

    def E(shape, expr, form="read", op=None, value=None, vform=None, rs=None, pre="",
          dtype="i", kind="err"):
        cs.append(Case("err" if kind == "err" else "panic", kind, shape, expr, rs=rs, pre=pre,
                       op=op, value=value, vform=vform, form=form, dtype=dtype))

    E(A5, "a[5]")
    E(A5, "a[-6]")
    E(A5, "a[%s]" % IMAX)
    E(A5, "a[%s]" % IMIN)
    E(B, "a[2]")
    E(B, "a[1, 3]")
    E(B, "a[1, -4]")
    E(B, "a[0, 0, 4]")
    E(B, "a[..., 4]")
    E(B, "a[..., -5, 0]")
    E(B, "a[None, 1, None, 3]")
    E(B, "a[1:][1]")
    E(B, "a[1][0][9]")
    E(B, "a[5, 7]")
    E(B, "a[0, 9, -9]")
    E(B, "a[1, :, 4]")
    E(B, "a[7:, 5]")
    E((0, 3), "a[0]")
    E((3, 0), "a[:, 0]")
    E((3, 0), "a[1, -1]")
    E(A5, "a[7]", rs="a[i]", pre="let i = 7u16;")
    E(A5, "a[-6]", rs="a[j]", pre="let j = -6i64;")
    E(B, "a[2]", form="mut")
    E(B, "a[0, 0, 5]", form="mut")
    E(B, "a[0, :, -5]", form="mut")
    # A zero step computed at run time (written literally, it is a compile error).
    E(A5, "a[::0]", rs="a[::z]", pre="let z = 0isize;")
    E(B, "a[1, 0:2:0]", rs="a[1, 0:2:z]", pre="let z = 0u8;", form="mut")
    E(A5, "a[1::0]", "assign", "=", 1, rs="a[1::z]", pre="let z = 0i64;")
    E(A5, "a[0:2]", "assign", "=", np.array([1, 2, 3]))
    E(A5, "a[1:1]", "assign", "=", np.array([1, 2]))
    E(A5, "a[::-1]", "assign", "+=", np.array([1, 2]), vform="ref")
    E(B, "a[0]", "assign", "=", np.array([1, 2, 3]))
    E(B, "a[:, 0]", "assign", "=", np.array([[1, 2, 3]]))
    E(B, "a[0]", "assign", "=", np.array([[[1, 2, 3]]]), vform="view")
    E(B, "a[1, 1]", "assign", "-=", np.array([[1, 2, 3, 4], [5, 6, 7, 8]]))
    E(B, "a[1, 2, ...]", "assign", "*=", np.array([1, 2]))
    E(B, "a[9]", "assign", "=", np.array([1, 2, 3]))
    E(B, "a[0, :, 7]", "assign", "+=", 1)
    E(B, "a[0, 9, ::-1]", "assign", "=", np.array([1, 2, 3, 4, 5]))
    E(A5, "a[3]", "assign", "=", np.array([1, 2]))
    E(A5, "a[3]", "assign", "=", np.array([7]))
    E(A5, "a[3]", "assign", "+=", np.array([1, 2]))
    E(A5, "a[3]", "assign", "*=", np.array([7]), vform="view")
    E(A5, "a[3, ...]", "assign", "+=", np.array([[1]]))
    E((2, 3), "a[0:2]", "assign", "/=", np.array([1.0, 2.0]), dtype="f")
    E((0, 3), "a[...]", "assign", "=", np.array([1, 2]))
    E((), "a[...]", "assign", "=", np.array([1, 2]))
    E((), "a[None]", "assign", "=", np.array([1, 2]), vform="own")
    # `a[i] += v` is `a[i] = a[i].__iadd__(v)`: an in-place ufunc, whose output cannot take the
    # value's extra leading length-1 axes (plain `=` drops them).
    E(A5, "a[-1:]", "assign", "+=", np.array([[[1]]]))
    E(B, "a[0]", "assign", "-=", np.array([[[1, 2, 3, 4]]]), vform="ref")
    # The panicking forms panic with NumPy's words.
    E(A5, "a[5]", kind="panic")
    E(B, "a[1, 2, -5]", form="mut", kind="panic")
    E(A5, "a[0:2]", "assign", "=", np.array([1, 2, 3]), kind="panic")
    E(A5, "a[9]", "assign", "+=", 1, kind="panic")
    return cs


# --------------------------------------------------------------------------------------------
# Random cases
# --------------------------------------------------------------------------------------------


def rand_shape(max_size=120):
    while True:
        rank = rng.choice([0, 1, 1, 2, 2, 3, 3, 3, 4, 4])
        shape = tuple(rng.choice([0, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5]) for _ in range(rank))
        if int(np.prod(shape, dtype=np.int64)) <= max_size:
            return shape


def rand_bound(n):
    """A slice bound in -7..=7 or None, biased towards the axis (length n) itself."""
    x = rng.random()
    if x < 0.25:
        return None
    if x < 0.75:
        return rng.randint(max(-7, -n - 1), min(7, n + 1))
    return rng.randint(-7, 7)


def rand_index(shape, int_prob=0.35):
    """Random basic index; returns [(item, axis or None)]."""
    R = len(shape)
    if R > 0 and all(shape) and rng.random() < 0.08:
        # One integer per axis: an element.
        return [(rng.randint(-n, n - 1), ax) for ax, n in enumerate(shape)]
    ell = rng.random() < 0.3
    k = rng.randint(0, R) if ell else rng.randint(min(1, R), R)
    before = rng.randint(0, k) if ell else k
    axes = list(range(before)) + list(range(R - (k - before), R))
    items = []
    for ax in axes:
        n = shape[ax]
        if n > 0 and rng.random() < int_prob:
            items.append((rng.randint(-n, n - 1), ax))
        elif rng.random() < 0.12:
            items.append((slice(None), ax))
        else:
            # Most slices select something (else most multi-axis results would be empty).
            want_some = n > 0 and rng.random() < 0.8
            for _ in range(20):
                step = None if rng.random() < 0.3 else rng.choice([1, 2, 3, 4, -1, -2, -3, -4])
                sl = slice(rand_bound(n), rand_bound(n), step)
                if not want_some or len(range(*sl.indices(n))) > 0:
                    break
            items.append((sl, ax))
    if ell:
        items.insert(before, (Ellipsis, None))
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        items.insert(rng.randint(0, len(items)), (None, None))
    if not items:
        items = [(rng.choice([Ellipsis, None]), None)]
    return items


def expr_of(brackets):
    return "a" + "".join(rs_bracket([i for i, _ in b]) for b in brackets)


def rand_target(shape, chain_prob):
    """One or two random brackets whose result is an array (or, last, an element)."""
    while True:
        b1 = rand_index(shape)
        r = evaluate(expr_of([b1]), source(shape, "i"))
        brackets = [b1]
        if isinstance(r, np.ndarray) and rng.random() < chain_prob:
            brackets.append(rand_index(r.shape))
        return expr_of(brackets)


def rand_value(tshape, is_elem, dtype, op):
    def elem():
        if dtype == "f":
            return rng.choice([2.0, 4.0, -2.0, 0.5, 8.0, -1.0, 0.25, 3.0])
        return rng.randint(-9, 9)

    if is_elem:
        if rng.random() < 0.75:
            return elem(), "lit"
        return np.array(elem(), dtype=np.float64 if dtype == "f" else np.int64), "own"
    if rng.random() < 0.3:
        return elem(), "lit"
    m = rng.randint(0, len(tshape))
    vs = [d if rng.random() < 0.7 else 1 for d in tshape[len(tshape) - m:]]
    if op == "=" and rng.random() < 0.25:
        vs = [1] * rng.randint(1, 2) + vs
    n = int(np.prod(vs, dtype=np.int64))
    v = np.array([elem() for _ in range(n)], dtype=np.float64 if dtype == "f" else np.int64)
    v = v.reshape(vs)
    return v, rng.choice(["lit", "lit", "ref", "view", "own"])


def random_cases():
    seen = set()
    cs = []

    def fresh(key):
        if key in seen:
            return False
        seen.add(key)
        return True

    while len(cs) < 130:
        shape = rand_shape()
        expr = rand_target(shape, 0.2)
        if fresh(("r", shape, expr)):
            cs.append(Case("rand", "read", shape, expr))
    n = 0
    while n < 35:
        shape = rand_shape()
        expr = rand_target(shape, 0.15)
        if fresh(("m", shape, expr)):
            cs.append(Case("rand_mut", "mut", shape, expr, write=("seq",)))
            n += 1
    n = 0
    ops = ["=", "=", "=", "+=", "-=", "*=", "/="]
    while n < 70:
        shape = rand_shape()
        expr = rand_target(shape, 0.15)
        op = rng.choice(ops)
        dtype = "f" if op == "/=" else "i"
        r = evaluate(expr, source(shape, dtype))
        is_elem = not isinstance(r, np.ndarray)
        value, vform = rand_value(() if is_elem else r.shape, is_elem, dtype, op)
        if fresh(("s", shape, expr, op)):
            cs.append(Case("rand_set", "assign", shape, expr, op=op, value=value, vform=vform,
                           dtype=dtype))
            n += 1
    return cs


def random_errors():
    cs = []
    seen = set()
    while len(cs) < 18:
        shape = rand_shape()
        if len(shape) == 0:
            continue
        items = rand_index(shape, int_prob=0.6)
        ints = [k for k, (it, ax) in enumerate(items) if ax is not None and isinstance(it, int)]
        if not ints:
            # Put an integer on an axis the index names, if any.
            named = [k for k, (it, ax) in enumerate(items) if ax is not None]
            if not named:
                continue
            ints = [rng.choice(named)]
        for k in rng.sample(ints, min(len(ints), rng.choice([1, 1, 2]))):
            ax = items[k][1]
            n = shape[ax]
            bad = n + rng.randint(0, 3) if rng.random() < 0.5 else -(n + 1 + rng.randint(0, 3))
            items[k] = (bad, ax)
        expr = expr_of([items])
        if (shape, expr) in seen:
            continue
        seen.add((shape, expr))
        form = rng.choice(["read", "read", "mut", "assign"])
        if form == "assign":
            cs.append(Case("rand_err", "err", shape, expr, form="assign", op=rng.choice(["=", "+="]),
                           value=rng.randint(-9, 9), vform="lit"))
        else:
            cs.append(Case("rand_err", "err", shape, expr, form=form))
    # Values that do not broadcast, on random targets.
    n = 0
    while n < 8:
        shape = rand_shape()
        expr = rand_target(shape, 0.0)
        r = evaluate(expr, source(shape, "i"))
        if not isinstance(r, np.ndarray) or r.ndim == 0:
            continue
        vs = list(r.shape)
        ax = rng.randrange(len(vs))
        vs[ax] = vs[ax] + rng.randint(1, 3) if vs[ax] != 1 else 2
        if vs[ax] == 1:
            continue
        v = np.arange(1, 1 + int(np.prod(vs))).reshape(vs)
        try:
            x = source(shape, "i")
            np_assign(x, expr, "=", v)
            continue
        except ValueError:
            pass
        if (shape, expr) in seen:
            continue
        seen.add((shape, expr))
        cs.append(Case("rand_err", "err", shape, expr, form="assign",
                       op=rng.choice(["=", "=", "-="]), value=v,
                       vform=rng.choice(["lit", "ref"])))
        n += 1
    return cs


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

HEADER = """\
// @generated by scripts/golden.py. DO NOT EDIT: change the script and regenerate with
//     python3 scripts/golden.py
// (deterministic: fixed seed {seed}; NumPy {npver} was the oracle).
//
// NumPy conformance of `index!` / `try_index!` for basic indexing: integers, slices, `...`,
// `None`, chained brackets, the `mut` form, the assignment forms and their errors. Each test
// names the NumPy expression it mirrors; every expected shape, value and message below was
// produced by running that expression through NumPy.
//
{counts}

use typed_array::prelude::*;
use typed_array::Dim;

/// A shape literal as `[usize; N]` (`[]` included).
fn sh<const N: usize>(shape: [usize; N]) -> [usize; N] {{
    shape
}}

/// `np.arange(n).reshape(shape)` as `i64`: `ar![2, 3, 4]`, `ar![]` (rank 0).
macro_rules! ar {{
    ($($n:expr),*) => {{{{
        let shape = sh([$($n),*]);
        let n: usize = shape.iter().product();
        Owned::from_shape_vec(shape, (0..n as i64).collect::<Vec<i64>>()).unwrap()
    }}}};
}}

/// `np.arange(n, dtype=float).reshape(shape)`.
macro_rules! arf {{
    ($($n:expr),*) => {{{{
        let shape = sh([$($n),*]);
        let n: usize = shape.iter().product();
        Owned::from_shape_vec(shape, (0..n).map(|k| k as f64).collect::<Vec<f64>>()).unwrap()
    }}}};
}}

/// An `Owned` value of any shape, zero-length axes and rank 0 included.
macro_rules! own {{
    ($shape:expr, $data:expr) => {{
        Owned::from_shape_vec(sh($shape), $data).unwrap()
    }};
}}

/// The byte range of an owned array's buffer.
fn span<T, D: Dim>(a: &Owned<T, D>) -> (usize, usize) {{
    let lo = a.as_ptr() as usize;
    (lo, lo + a.len() * size_of::<T>())
}}

/// The element lies inside the source's buffer: the result aliases the source.
fn within<T>(sp: (usize, usize), e: &T) {{
    let p = e as *const T as usize;
    assert!(sp.0 <= p && p + size_of::<T>() <= sp.1, "element at {{p:#x}} is outside the source {{sp:x?}}: not a view");
}}

/// Shape, values (C order) and aliasing of a view.
#[track_caller]
fn chk<D: Dim>(sp: (usize, usize), r: View<'_, i64, D>, shape: &[usize], vals: &[i64]) {{
    assert_eq!(r.shape(), shape, "shape");
    assert_eq!(r.ndim(), shape.len(), "ndim");
    assert_eq!(r.len(), vals.len(), "len");
    assert_eq!(r.iter().copied().collect::<Vec<_>>(), vals, "values");
    r.iter().for_each(|e| within(sp, e));
}}

/// Value and aliasing of an element.
#[track_caller]
fn chk_el(sp: (usize, usize), r: &i64, val: i64) {{
    assert_eq!(*r, val);
    within(sp, r);
}}

/// Writes 1000, 1001, ... through a mutable view, in C order.
fn seq<D: Dim>(r: &mut ViewMut<'_, i64, D>) {{
    r.iter_mut().enumerate().for_each(|(k, x)| *x = 1000 + k as i64);
}}

/// The whole array equals `arange` except at the listed flat (C-order) positions.
#[track_caller]
fn chg<D: Dim>(a: &Owned<i64, D>, changed: &[(usize, i64)]) {{
    let mut want: Vec<i64> = (0..a.len() as i64).collect();
    changed.iter().for_each(|&(k, v)| want[k] = v);
    assert_eq!(a.iter().copied().collect::<Vec<_>>(), want);
}}

/// [`chg`] for `f64` arrays (exact comparison: every expected value is exact).
#[track_caller]
fn chgf<D: Dim>(a: &Owned<f64, D>, changed: &[(usize, f64)]) {{
    let mut want: Vec<f64> = (0..a.len()).map(|k| k as f64).collect();
    changed.iter().for_each(|&(k, v)| want[k] = v);
    assert_eq!(a.iter().copied().collect::<Vec<_>>(), want);
}}

/// The error message of a result that must be an error.
#[track_caller]
fn err<T>(r: Result<T, IndexError>) -> String {{
    match r {{
        Ok(_) => panic!("expected an IndexError, got Ok"),
        Err(e) => e.to_string(),
    }}
}}
"""


def rustfmt(text):
    """Formats the output as `cargo fmt` would, so that formatting the workspace leaves the
    generated file unchanged (and `--check` stays meaningful)."""
    try:
        p = subprocess.run(["rustfmt", "--edition", "2024", "--emit", "stdout"], input=text,
                           capture_output=True, text=True, cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("rustfmt failed (is a Rust toolchain on PATH?): %s" % getattr(e, "stderr", e))
    return p.stdout


def main():
    cases = hand_picked() + random_cases() + hand_picked_errors() + random_errors()
    counts = {}
    for c in cases:
        counts[c.cat] = counts.get(c.cat, 0) + 1
    order = ["edge", "edge_mut", "edge_set", "rand", "rand_mut", "rand_set", "err", "rand_err",
             "panic"]
    desc = {
        "edge": "hand-picked reads", "edge_mut": "hand-picked mut", "edge_set":
        "hand-picked assignments", "rand": "random reads", "rand_mut": "random mut",
        "rand_set": "random assignments", "err": "hand-picked errors",
        "rand_err": "random errors", "panic": "panicking forms",
    }
    count_text = ", ".join("%d %s (%s_*)" % (counts[k], desc[k], k) for k in order if k in counts)
    count_text += "; %d in all" % len(cases)
    wrapped = textwrap.wrap("Cases: " + count_text + ".", 92)
    out = [HEADER.format(seed=SEED, npver=np.__version__.split(".")[0] + ".x",
                         counts="\n".join("// " + line for line in wrapped))]
    idx = {}
    for c in cases:
        idx[c.cat] = idx.get(c.cat, 0) + 1
        out.append("\n" + render(c, idx[c.cat]))
    text = rustfmt("".join(out))
    if "--check" in sys.argv[1:]:
        with open(OUT) as f:
            if f.read() != text:
                print("tests/golden_basic.rs is stale: run python3 scripts/golden.py")
                sys.exit(1)
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s: %s" % (os.path.relpath(OUT, ROOT), count_text))


if __name__ == "__main__":
    main()
