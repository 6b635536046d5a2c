#!/usr/bin/env python3
"""Generates tests/golden_arith.rs: NumPy conformance tests of element-wise arithmetic,
broadcasting, in-place operators, comparisons and reductions.

NumPy is the oracle: every expected shape, value and message in the generated file comes
from evaluating, here, the NumPy expression written in the comment of its test. Operands are
literals in the Rust code (`arr(shape, vec![..])` is `np.array(vec).reshape(shape)`), and the
names in the comment are those of the Rust bindings. The output is deterministic (fixed
seed), so re-running the script reproduces the committed file byte for byte.

Element-wise operators are Rust's own, which the expressions reflect: integer `/` truncates
toward zero (`np.trunc(a / b).astype(np.int64)`) and `%` keeps the sign of the dividend
(`np.fmod`, for floats too). Full `min`/`max`/`argmin`/`argmax` of an empty array give `None`
where NumPy raises.

Usage (from the workspace root, or anywhere):

    python3 scripts/golden_arith.py            # writes tests/golden_arith.rs
    python3 scripts/golden_arith.py --check    # exits 1 if the committed file is stale

Needs Python 3.8+, NumPy and rustfmt (the output is formatted as `cargo fmt` would).
"""

import math
import os
import random
import subprocess
import sys
import textwrap
import warnings
from fractions import Fraction

import numpy as np

SEED = 20250311
rng = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "golden_arith.rs")

# Means of empty lanes and ddof >= n are NaN or inf in NumPy, with a warning we do not need.
warnings.simplefilter("ignore")
np.seterr(all="ignore")

ETY = {"i": "i64", "f": "f64", "b": "bool", "u": "usize"}
NPTY = {"i": np.int64, "f": np.float64, "b": np.bool_}

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def rs_f(x):
    x = float(x)
    if math.isnan(x):
        return "f64::NAN"
    if math.isinf(x):
        return "f64::INFINITY" if x > 0 else "f64::NEG_INFINITY"
    r = repr(x)
    if "." not in r and "e" not in r and "n" not in r:
        r += ".0"
    return r


def rs_num(x, dtype):
    if dtype == "f":
        return rs_f(x)
    if dtype == "b":
        return "true" if bool(x) else "false"
    return str(int(x))


def rs_vals(a, dtype):
    return "[" + ", ".join(rs_num(v, dtype) for v in np.asarray(a).ravel().tolist()) + "]"


def rs_shape(shape):
    return "[" + ", ".join(str(n) for n in shape) + "]"


def py_shape(shape):
    return str(tuple(int(n) for n in shape))


def rs_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rs_arr(name, a, dtype, mut=False):
    """`let name: Owned<T, Uk> = arr(shape, vec![..]);`"""
    a = np.asarray(a)
    return "let %s%s: Owned<%s, U%d> = arr(%s, vec!%s);" % (
        "mut " if mut else "", name, ETY[dtype], a.ndim, rs_shape(a.shape), rs_vals(a, dtype))


def np_error(fn):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        # NumPy's broadcast messages end with a stray space; typed-array's do not.
        return str(e).rstrip()
    return None


# --------------------------------------------------------------------------------------------
# Random data
# --------------------------------------------------------------------------------------------


def rand_len():
    return rng.choices([0, 1, 2, 3, 4], weights=[1, 3, 4, 3, 2])[0]


def size(shape):
    return int(np.prod(shape, dtype=np.int64))


def rand_ints(n, lo=-12, hi=12, nonzero=False):
    out = []
    while len(out) < n:
        v = rng.randint(lo, hi)
        if nonzero and v == 0:
            continue
        out.append(v)
    return out


CONSTS = [math.pi, math.tau, math.e, math.pi / 2, math.pi / 3, math.pi / 4, math.pi / 6,
          math.pi / 8, 1 / math.pi, 2 / math.pi, 2 / math.sqrt(math.pi), math.sqrt(2),
          1 / math.sqrt(2), math.log(2), math.log(10), math.log2(math.e), math.log10(math.e),
          math.log2(10), math.log10(2)]


def looks_like_const(v):
    """Clippy's `approx_constant` refuses literals such as 3.14 or 6.28."""
    r = repr(abs(v))
    return len(r) > 3 and any(repr(c).startswith(r) or r == "%.*f" % (len(r) - 2, c)
                              for c in CONSTS)


def rand_floats(n, lo=-10.0, hi=10.0, nonzero=False):
    out = []
    while len(out) < n:
        v = round(rng.uniform(lo, hi), 2)
        if nonzero and abs(v) < 0.05 or looks_like_const(v):
            continue
        out.append(v)
    return out


def rand_data(shape, dtype, nonzero=False):
    n = size(shape)
    vals = rand_ints(n, nonzero=nonzero) if dtype == "i" else rand_floats(n, nonzero=nonzero)
    return np.array(vals, dtype=NPTY[dtype]).reshape(shape)


def rand_scalar(dtype, nonzero=False):
    if dtype == "i":
        return rand_ints(1, -9, 9, nonzero)[0]
    return rand_floats(1, -5.0, 5.0, nonzero)[0]


JUNK = {"i": 99, "f": 99.5, "b": True}

# --------------------------------------------------------------------------------------------
# Operands in their Rust kinds
# --------------------------------------------------------------------------------------------

# Forms of an array operand, and how each is spelled:
#   ref      `&a`                        NumPy `a`
#   val      `a` (an `Owned` by value)   NumPy `a`
#   view     `a.view()`                  NumPy `a`
#   viewref  `&a.view()`                 NumPy `a`
#   t        `a.t()`, `a` stored transposed                NumPy `a.T`
#   step     `index!(a[..., ::2])`, `a` with junk between  NumPy `a[..., ::2]`
#   rev      `index!(a[::-1])`, `a` stored reversed        NumPy `a[::-1]`
#   cow      `&CowArray::from(a.view())` on the left, `CowArray::from(b.view())` on the right
#   vmut     `&ma` with `let ma = a.view_mut();`
#   scalar   a literal (rank 0 only)


def base_of(data, form, dtype):
    """(stored array, NumPy expression of the operand in terms of the stored array `_`)."""
    if form == "t":
        return np.ascontiguousarray(data.T), "_.T"
    if form == "step":
        sh = list(data.shape)
        sh[-1] *= 2
        base = np.full(sh, JUNK[dtype], dtype=data.dtype)
        base[..., ::2] = data
        return base, "_[..., ::2]"
    if form == "rev":
        return np.ascontiguousarray(data[::-1]), "_[::-1]"
    return data.copy(), "_"


def fit_form(form, ndim):
    if form == "t" and ndim < 2:
        return "view"
    if form in ("step", "rev") and ndim < 1:
        return "ref"
    if form == "scalar" and ndim != 0:
        return "ref"
    return form


class Operand:
    def __init__(self, name, data, form, dtype, side):
        self.name, self.form, self.dtype, self.side = name, form, dtype, side
        if form == "scalar":
            self.scalar = data
            self.base = None
            self.np = repr(data)
            self.expr = self.recv = rs_num(data, dtype)
            self.lets, self.after = [], []
            return
        self.base, npx = base_of(data, form, dtype)
        self.np = npx.replace("_", name)
        n = name
        mvar = "m" + name
        keep = form != "val"
        self.lets = [rs_arr(n, self.base, dtype, mut=form == "vmut")]
        if keep:
            self.lets.append("let %s0 = %s.clone();" % (n, n))
        if form == "vmut":
            self.lets.append("let %s = %s.view_mut();" % (mvar, n))
        nan = dtype == "f" and bool(np.isnan(self.base).any())
        check = "same(&%s, &%s0);" if nan else "assert_eq!(%s, %s0);"
        self.after = [check % (n, n)] if keep else []
        self.expr, self.recv = {
            "ref": ("&" + n, n),
            "val": (n, n),
            "view": (n + ".view()", n + ".view()"),
            "viewref": ("&%s.view()" % n, n + ".view()"),
            "t": (n + ".t()", n + ".t()"),
            "step": ("index!(%s[..., ::2])" % n, "index!(%s[..., ::2])" % n),
            "rev": ("index!(%s[::-1])" % n, "index!(%s[::-1])" % n),
            "cow": ("&CowArray::from(%s.view())" % n if side == "l" else
                    "CowArray::from(%s.view())" % n, "CowArray::from(%s.view())" % n),
            "vmut": ("&" + mvar, mvar),
        }[form]

    def env(self):
        return self.base if self.base is not None else self.scalar


# --------------------------------------------------------------------------------------------
# Binary operators with broadcasting
# --------------------------------------------------------------------------------------------

OPS = [("i", "+"), ("f", "+"), ("i", "-"), ("f", "-"), ("i", "*"), ("f", "*"), ("i", "/"),
       ("f", "/"), ("i", "%"), ("f", "%"), ("i", "&"), ("i", "|"), ("i", "^")]
TRY = {"+": "try_add", "-": "try_sub", "*": "try_mul", "/": "try_div", "%": "try_rem"}
LFORMS = ["ref", "view", "t", "val", "step", "cow", "rev", "vmut", "viewref"]
RFORMS = ["ref", "view", "val", "t", "step", "cow", "vmut", "rev"]


def np_binop(op, dtype, l, r):
    if op == "%":
        return "np.fmod(%s, %s)" % (l, r)
    if op == "/" and dtype == "i":
        return "np.trunc(%s / %s).astype(np.int64)" % (l, r)
    return "%s %s %s" % (l, op, r)


def rand_pair():
    """Two random shapes of ranks 0..4 and lengths 0..4, mostly broadcast-compatible."""
    while True:
        r1, r2 = rng.randint(0, 4), rng.randint(0, 4)
        s1 = [rand_len() for _ in range(r1)]
        s2 = []
        for j in range(r2):
            k = r1 - r2 + j
            c = rng.random()
            if k < 0:
                s2.append(rand_len())
            elif c < 0.5:
                s2.append(s1[k])
            elif c < 0.8:
                s2.append(1)
            else:
                s2.append(rand_len())
        s1, s2 = tuple(s1), tuple(s2)
        try:
            out = np.broadcast_shapes(s1, s2)
        except ValueError:
            out = None
        if max(size(s1), size(s2), size(out) if out is not None else 0) <= 48:
            return s1, s2, out


class Case:
    def __init__(self, cat, lines, comment, panic=None):
        self.cat, self.lines, self.comment, self.panic = cat, lines, comment, panic
        # A `&View` on the left is a kind under test, though clippy would pass the view.
        self.allow_op_ref = any("= &%s.view() " % n in x for x in lines for n in "ab")


def bcast_case(s1, s2, dtype, op, lform, rform, use_try):
    div = op in "/%"
    lform, rform = fit_form(lform, len(s1)), fit_form(rform, len(s2))
    if lform == "scalar" and rform not in ("ref", "view"):
        rform = "ref"
    l = Operand("a", rand_scalar(dtype) if lform == "scalar" else rand_data(s1, dtype),
                lform, dtype, "l")
    r = Operand("b", rand_scalar(dtype, div) if rform == "scalar" else
                rand_data(s2, dtype, nonzero=div), rform, dtype, "r")
    expr = np_binop(op, dtype, l.np, r.np)
    res = np.asarray(eval(expr, {"np": np}, {"a": l.env(), "b": r.env()}))
    assert res.dtype == NPTY[dtype], (expr, res.dtype)
    assert res.shape == np.broadcast_shapes(s1, s2)
    if use_try and lform != "scalar" and op in TRY:
        call = "%s.%s(%s).unwrap()" % (l.recv, TRY[op], r.expr)
    else:
        call = "%s %s %s" % (l.expr, op, r.expr)
    lines = l.lets + r.lets
    lines.append("let r: Owned<%s, U%d> = %s;" % (ETY[dtype], res.ndim, call))
    lines.append("chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, dtype)))
    lines += l.after + r.after
    return Case("bcast", lines, ["%s  ->  shape %s" % (expr, py_shape(res.shape))])


def bcast_err_case(s1, s2, dtype, op, lform, rform, panic):
    lform, rform = fit_form(lform, len(s1)), fit_form(rform, len(s2))
    l = Operand("a", rand_data(s1, dtype), lform, dtype, "l")
    r = Operand("b", rand_data(s2, dtype, nonzero=True), rform, dtype, "r")
    expr = np_binop(op, dtype, l.np, r.np)
    msg = np_error(lambda: eval(expr, {"np": np}, {"a": l.env(), "b": r.env()}))
    assert msg is not None
    comment = ["%s  ->  ValueError: %s" % (expr, msg)]
    if panic:
        keep = [x for x in l.lets + r.lets if not x.endswith(".clone();")]
        lines = keep + ["let _r: Owned<%s, U%d> = %s %s %s;" % (
            ETY[dtype], max(len(s1), len(s2)), l.expr, op, r.expr)]
        return Case("bcast_panic", lines, comment, panic=msg)
    lines = l.lets + r.lets
    lines.append("assert_eq!(err(%s.%s(%s)), %s);" % (l.recv, TRY[op], r.expr, rs_str(msg)))
    lines += l.after + r.after
    return Case("bcast_err", lines, comment)


def bcast_cases(n_ok=104, n_err=26, n_panic=5):
    ok, bad, panics = [], [], []
    seen = set()
    while len(ok) < n_ok or len(bad) < n_err:
        s1, s2, out = rand_pair()
        if (s1, s2) in seen:
            continue
        if out is None and len(bad) >= n_err or out is not None and len(ok) >= n_ok:
            continue
        seen.add((s1, s2))
        if out is not None:
            k = len(ok)
            dtype, op = OPS[k % len(OPS)]
            lf, rf = LFORMS[k % len(LFORMS)], RFORMS[(k * 3) % len(RFORMS)]
            # Rank-0 operands are mostly written as scalars, on either side.
            if len(s1) == 0 and rng.random() < 0.6 and op not in "&|^":
                lf = "scalar"
            if len(s2) == 0 and rng.random() < 0.6 and lf != "scalar":
                rf = "scalar"
            ok.append(bcast_case(s1, s2, dtype, op, lf, rf, k % 7 == 3))
        else:
            k = len(bad)
            dtype, op = [x for x in OPS if x[1] in TRY][k % 10]
            bad.append(bcast_err_case(s1, s2, dtype, op, LFORMS[k % len(LFORMS)],
                                      RFORMS[(k * 3) % len(RFORMS)], False))
    # The operators themselves panic with the same message (bit operators have no `try_`).
    while len(panics) < n_panic:
        s1, s2, out = rand_pair()
        if out is not None or (s1, s2) in seen:
            continue
        seen.add((s1, s2))
        k = len(panics)
        dtype, op = [("i", "&"), ("f", "+"), ("i", "|"), ("f", "%"), ("i", "^")][k]
        panics.append(bcast_err_case(s1, s2, dtype, op, ["ref", "view", "t", "val", "ref"][k],
                                     ["ref", "view", "ref", "view", "val"][k], True))
    return ok + bad + panics


def hand_bcast_cases():
    """The same array on both sides, and 0-d arrays that are not scalars."""
    cs = []
    a = np.array([[3, -7, 5], [-2, 8, -9]], dtype=np.int64)
    res = a * a
    cs.append(Case("bcast", [rs_arr("a", a, "i"), "let a0 = a.clone();",
                             "let r: Owned<i64, U2> = &a * &a;",
                             "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "i")),
                             "assert_eq!(a, a0);"],
                   ["a * a  ->  shape (2, 3)"]))
    res = a.T - a[:, 0]
    cs.append(Case("bcast", [rs_arr("a", a, "i"), "let a0 = a.clone();",
                             "let r: Owned<i64, U2> = a.t() - index!(a[:, 0]);",
                             "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "i")),
                             "assert_eq!(a, a0);"],
                   ["a.T - a[:, 0]  ->  shape (3, 2)"]))
    z = np.array(2.5)
    b = np.array([[1.5, -4.0]])
    res = np.fmod(b, z)
    cs.append(Case("bcast", [rs_arr("z", z, "f"), rs_arr("b", b, "f"),
                             "let r: Owned<f64, U2> = b.view() % &z;",
                             "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "f"))],
                   ["np.fmod(b, z) with z 0-d  ->  shape (1, 2)"]))
    res = np.asarray(z - z)
    cs.append(Case("bcast", [rs_arr("z", z, "f"), "let r: Owned<f64, U0> = &z - z.view();",
                             "chk(&r, &[], &%s);" % rs_vals(res, "f")],
                   ["z - z with z 0-d  ->  shape ()"]))
    return cs


# --------------------------------------------------------------------------------------------
# In-place operators
# --------------------------------------------------------------------------------------------

# Targets: `a` (Owned), `a.view_mut()`, `index!(mut a[..., ::2])`, `a.t_mut()`, with the NumPy
# text that reads the target and the one that writes it in place.
TARGETS = [("own", ("a", "a")), ("vm", ("a", "a")), ("vmstep", ("a[..., ::2]", "a[..., ::2]")),
           ("vmt", ("a.T", "a.T[...]"))]
VFORMS = ["ref", "scalar", "view", "t", "val", "cow"]


def np_inplace(op, dtype, tgt, v):
    """NumPy's in-place form of `target op= v` (`np.fmod(.., out=..)` for `%`)."""
    read, write = tgt
    if op == "%":
        return "np.fmod(%s, %s, out=%s)" % (read, v, read)
    if op == "/" and dtype == "i":
        sub = read if "[" in read else read + "[...]"
        return "%s = np.trunc(%s / %s).astype(np.int64)" % (sub, read, v)
    return "%s %s= %s" % (write, op, v)


def rs_inplace(tform, op, vexpr):
    stmt = "%s %s= %s;" % ("a" if tform == "own" else "m", op, vexpr)
    if tform == "own":
        return [stmt]
    m = {"vm": "a.view_mut()", "vmstep": "index!(mut a[..., ::2])", "vmt": "a.t_mut()"}[tform]
    return ["let mut m = %s;" % m, stmt]


def target_base(tshape, tform, dtype):
    """The stored `a` and the target's shape within it."""
    if tform == "vmstep":
        sh = list(tshape)
        sh[-1] *= 2
        return rand_data(tuple(sh), dtype)
    if tform == "vmt":
        return rand_data(tuple(reversed(tshape)), dtype)
    return rand_data(tshape, dtype)


def value_shape(tshape):
    """A shape that broadcasts to `tshape` without growing it."""
    r = rng.randint(0, len(tshape))
    return tuple(1 if rng.random() < 0.35 else n for n in tshape[len(tshape) - r:])


def inplace_cases(n_ok=20, n_err=8):
    cs = []
    iops = [("i", "+"), ("f", "-"), ("i", "*"), ("f", "/"), ("i", "/"), ("f", "%"), ("i", "%"),
            ("f", "+"), ("i", "-"), ("f", "*")]
    k = 0
    while k < n_ok:
        dtype, op = iops[k % len(iops)]
        tform, tnp = TARGETS[k % len(TARGETS)]
        tshape = tuple(rng.choice([1, 2, 3, 4]) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.15:
            tshape = tshape[:-1] + (0,)
        vshape = value_shape(tshape)
        vform = VFORMS[k % len(VFORMS)]
        base = target_base(tshape, tform, dtype)
        div = op in "/%"
        if vform == "scalar":
            v = Operand("b", rand_scalar(dtype, div), "scalar", dtype, "r")
        else:
            vform = fit_form(vform, len(vshape))
            v = Operand("b", rand_data(vshape, dtype, nonzero=div), vform, dtype, "r")
        after = base.copy()
        stmt = np_inplace(op, dtype, tnp, v.np)
        exec(stmt, {"np": np}, {"a": after, "b": v.env()})
        lines = [rs_arr("a", base, dtype, mut=True)] + v.lets
        body = rs_inplace(tform, op, v.expr)
        if len(body) > 1:
            lines.append("{")
            lines += body
            lines.append("}")
        else:
            lines += body
        lines.append("chk(&a, &%s, &%s);" % (rs_shape(after.shape), rs_vals(after, dtype)))
        lines += v.after
        cs.append(Case("inplace", lines, [stmt]))
        k += 1
    # Truncating integer division has no in-place ufunc in NumPy to take the errors from.
    iops = [x for x in iops if x != ("i", "/")]
    k = 0
    while k < n_err:
        dtype, op = iops[k % len(iops)]
        tform, tnp = TARGETS[k % len(TARGETS)]
        tshape = tuple(rng.choice([1, 2, 3]) for _ in range(rng.randint(1, 3)))
        if k % 2 == 0:
            # The value stretches the target: NumPy refuses to write a larger result.
            vshape = list(value_shape(tshape))
            if rng.random() < 0.5 or not vshape:
                vshape = [rng.choice([1, 2])] + vshape
            else:
                j = rng.randrange(len(vshape))
                vshape[j] = 2 if tshape[len(tshape) - len(vshape) + j] == 1 else vshape[j]
        else:
            vshape = list(value_shape(tshape)) or [1]
            j = rng.randrange(len(vshape))
            vshape[j] = tshape[len(tshape) - len(vshape) + j] + rng.choice([1, 2])
        vshape = tuple(vshape)
        base = target_base(tshape, tform, dtype)
        vform = ["ref", "view", "val"][k % 3]
        v = Operand("b", rand_data(vshape, dtype, nonzero=True), vform, dtype, "r")
        stmt = np_inplace(op, dtype, tnp, v.np)
        trial = base.copy()
        msg = np_error(lambda: exec(stmt, {"np": np}, {"a": trial, "b": v.env()}))
        if msg is None:
            continue
        assert (trial == base).all()
        lines = [rs_arr("a", base, dtype, mut=True), "let a0 = a.clone();"] + v.lets
        body = rs_inplace(tform, op, v.expr)
        if len(body) == 1:
            lines.append("let msg = panic_msg(|| %s);" % body[0].rstrip(";"))
        else:
            lines.append("let msg = panic_msg(|| {")
            lines += body
            lines.append("});")
        lines.append("assert_eq!(msg, %s);" % rs_str(msg))
        lines.append("assert_eq!(a, a0);")
        lines += v.after
        cs.append(Case("inplace_err", lines, ["%s  ->  ValueError: %s" % (stmt, msg)]))
        k += 1
    return cs


# --------------------------------------------------------------------------------------------
# Reductions
# --------------------------------------------------------------------------------------------

# name: (NumPy method, keyword args, Rust full call, Rust axis method, result element kind)
REDS = {
    "sum": ("sum", {}, "sum()", "sum_axis", None),
    "product": ("prod", {}, "product()", "product_axis", None),
    "mean": ("mean", {}, "mean()", "mean_axis", None),
    "var": ("var", {}, "var()", "var_axis", None),
    "std": ("std", {}, "std()", "std_axis", None),
    "var_ddof": ("var", {"ddof": 1}, "var_ddof(1)", "var_axis_ddof", 1),
    "std_ddof": ("std", {"ddof": 1}, "std_ddof(1)", "std_axis_ddof", 1),
    "min": ("min", {}, "min()", "min_axis", None),
    "max": ("max", {}, "max()", "max_axis", None),
    "argmin": ("argmin", {}, "argmin()", "argmin_axis", None),
    "argmax": ("argmax", {}, "argmax()", "argmax_axis", None),
}
INT_REDS = ["sum", "product", "min", "max", "argmin", "argmax"]
FLOAT_REDS = ["sum", "product", "mean", "var", "std", "var_ddof", "std_ddof", "min", "max",
              "argmin", "argmax"]
RED_SHAPES = [(6,), (0,), (1,), (3, 4), (2, 0), (0, 3), (4, 1), (2, 3, 4), (3, 1, 2), (2, 0, 3)]
XFORMS = ["own", "view", "t", "step", "rev", "cow", "vmut"]


def np_reduce(x, red, axis=None, ddof=None):
    meth, kw, _, _, _ = REDS[red]
    kw = dict(kw)
    if ddof is not None:
        kw["ddof"] = ddof
    if axis is not None:
        kw["axis"] = axis
    try:
        return True, getattr(x, meth)(**kw)
    except (ValueError, np.exceptions.AxisError) as e:
        return False, str(e).rstrip()


def exact(vals, red, ddof):
    """The correctly rounded result (None where it is not a plain rounding)."""
    fr = [Fraction(float(v)) for v in vals]
    n = len(fr)
    if red == "sum":
        return float(sum(fr, Fraction(0)))
    if red == "product":
        p = Fraction(1)
        for v in fr:
            p *= v
        return float(p)
    if red == "mean":
        return float(sum(fr, Fraction(0)) / n) if n else math.nan
    if red in ("var", "std", "var_ddof", "std_ddof"):
        d = n - (ddof or 0)
        if n == 0 or d <= 0:
            return None
        m = sum(fr, Fraction(0)) / n
        v = sum(((x - m) ** 2 for x in fr), Fraction(0)) / d
        return float(v) if red.startswith("var") else math.sqrt(float(v))
    return None


def accurate(npv, ex):
    if ex is None:
        return True
    npv = float(npv)
    if math.isnan(npv) or math.isnan(ex):
        return math.isnan(npv) and math.isnan(ex)
    return npv == ex or abs(npv - ex) <= 2 * math.ulp(ex)


def red_data(shape, dtype, red, nan=False):
    n = size(shape)
    if dtype == "i":
        if red == "product":
            vals = [rng.choice([-2, -1, 1, 2, 3]) for _ in range(n)]
        elif red in ("argmin", "argmax", "min", "max"):
            vals = rand_ints(n, -3, 3)
        else:
            vals = rand_ints(n, -20, 20)
        return np.array(vals, dtype=np.int64).reshape(shape)
    if red == "product":
        vals = [rng.choice([0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 0.25, 3.0, -1.0, 1.25])
                for _ in range(n)]
    elif red in ("argmin", "argmax", "min", "max"):
        vals = [rng.choice([-2.5, -1.0, 0.0, 0.5, 1.75, 3.0, 4.25]) for _ in range(n)]
    else:
        vals = rand_floats(n, -4.0, 10.0)
    if nan:
        for j in range(n):
            if rng.random() < 0.2:
                vals[j] = math.nan
    return np.array(vals, dtype=np.float64).reshape(shape)


def data_ok(x, red):
    """NumPy's answer is within 2 ulps of the exact one, everywhere it is a plain rounding:
    the tolerance of the Rust side then measures the implementation, not the data."""
    ddof = REDS[red][4]
    ok, v = np_reduce(x, red)
    if ok and not accurate(v, exact(x.ravel().tolist(), red, ddof)):
        return False
    for ax in range(x.ndim):
        ok, v = np_reduce(x, red, ax, ddof)
        if not ok:
            continue
        m = np.moveaxis(x, ax, -1)
        for idx, got in zip(np.ndindex(*m.shape[:-1]), np.asarray(v).ravel()):
            if not accurate(got, exact(m[idx].tolist(), red, ddof)):
                return False
    return True


def stored(x, xform, junk):
    """The array `a` stored in the test, and the NumPy expression of `x` in terms of it."""
    if xform == "step":
        sh = list(x.shape)
        sh[-1] *= 2
        base = np.full(sh, junk, dtype=x.dtype)
        base[..., ::2] = x
        return base, "a[..., ::2]"
    if xform == "t":
        return np.ascontiguousarray(x.T), "a.T"
    if xform == "rev":
        return np.ascontiguousarray(x[::-1]), "a[::-1]"
    return x.copy(), "a"


XBIND = {"own": "&a", "view": "a.view()", "t": "a.t()", "step": "index!(a[..., ::2])",
         "rev": "index!(a[::-1])", "cow": "CowArray::from(a.view())", "vmut": "a.view_mut()"}


def x_binding(x, xform, dtype, junk=None):
    """Rust lines binding `a` and `x`, the NumPy text of `x`, the stored `a`, and the line
    that checks `a` is unchanged at the end."""
    if junk is None:
        junk = {"i": 99, "f": 99.5, "b": True}[dtype]
    base, xnp = stored(x, xform, junk)
    lines = [rs_arr("a", base, dtype, mut=xform == "vmut"), "let a0 = a.clone();",
             "let x = %s;" % XBIND[xform]]
    nan = dtype == "f" and bool(np.isnan(base).any())
    return lines, xnp, base, ("same(&a, &a0);" if nan else "assert_eq!(a, a0);")


def full_assert(red, dtype, ok, v):
    call = "x." + REDS[red][2]
    if red in ("min", "max", "argmin", "argmax"):
        kind = "u" if red.startswith("arg") else dtype
        want = "Some(%s)" % rs_num(v, kind) if ok else "None"
        if kind == "f":
            return "near_opt(%s, %s);" % (call, want)
        return "assert_eq!(%s, %s);" % (call, want)
    assert ok
    if dtype == "f":
        return "near(%s, %s);" % (call, rs_f(v))
    return "assert_eq!(%s, %s);" % (call, rs_num(v, dtype))


def axis_call(red, axis, try_=False):
    meth = REDS[red][3]
    ddof = REDS[red][4]
    args = str(axis) if ddof is None else "%d, %d" % (axis, ddof)
    return "x.%s%s(%s)" % ("try_" if try_ else "", meth, args)


def red_case(red, shape, dtype, xform, nan=False):
    for _ in range(200):
        x = red_data(shape, dtype, red, nan)
        if dtype == "i" or nan or data_ok(x, red):
            break
    else:
        raise RuntimeError("no well-conditioned data for %s %s" % (red, shape))
    lines, xnp, _, unchanged = x_binding(x, xform, dtype)
    full_ok, v = np_reduce(x, red)
    lines.append(full_assert(red, dtype, full_ok, v))
    nd = x.ndim
    ety = "usize" if red.startswith("arg") else ETY[dtype]
    kind = "u" if red.startswith("arg") else dtype
    chkf = "chk_f" if kind == "f" else "chk"
    errs = []
    for ax in list(range(nd)) + list(range(-nd, 0)):
        ok, r = np_reduce(x, red, ax, REDS[red][4])
        if not ok:
            lines.append("assert_eq!(err(%s), %s);" % (axis_call(red, ax, True), rs_str(r)))
            errs.append(r)
            continue
        r = np.asarray(r)
        use_try = ax == nd - 1
        lines.append("let r: Owned<%s, U%d> = %s%s;" % (
            ety, r.ndim, axis_call(red, ax, use_try), ".unwrap()" if use_try else ""))
        lines.append("%s(&r, &%s, &%s);" % (chkf, rs_shape(r.shape), rs_vals(r, kind)))
    for ax in (nd, -nd - 1):
        ok, r = np_reduce(x, red, ax, REDS[red][4])
        assert not ok
        lines.append("assert_eq!(err(%s), %s);" % (axis_call(red, ax, True), rs_str(r)))
    lines.append(unchanged)
    meth, kw = REDS[red][0], REDS[red][1]
    kws = "".join(", %s=%s" % (k, v) for k, v in kw.items())
    comment = ["x = %s; x.%s(%s), x.%s(axis=k%s) for k in %s; axis %d and %d raise AxisError" % (
        xnp, meth, kws.lstrip(", "), meth, kws,
        ", ".join(str(a) for a in list(range(nd)) + list(range(-nd, 0))), nd, -nd - 1)]
    if not full_ok:
        comment.append("x.%s() raises on an empty array; typed-array gives None" % meth)
    for e in dict.fromkeys(errs):
        comment.append("ValueError on a zero-length axis: %s" % e)
    return Case("red_%s_%s" % (dtype, red), lines, comment)


def red_cases():
    cs = []
    k = 0
    for red in INT_REDS:
        for shape in RED_SHAPES:
            cs.append(red_case(red, shape, "i", XFORMS[k % len(XFORMS)]))
            k += 1
    for red in FLOAT_REDS:
        for shape in RED_SHAPES:
            cs.append(red_case(red, shape, "f", XFORMS[k % len(XFORMS)]))
            k += 1
    # NaN propagates through min and max, and argmin/argmax point at the first NaN.
    for red in ["min", "max", "argmin", "argmax", "sum"]:
        for shape in [(7,), (3, 4), (2, 3, 2)]:
            c = red_case(red, shape, "f", XFORMS[k % len(XFORMS)], nan=True)
            c.cat = "red_nan_" + red
            cs.append(c)
            k += 1
    return cs


def ddof_cases():
    """ddof at or past the lane length: NumPy divides by max(n - ddof, 0)."""
    cs = []
    for red, shape, ddof, xs in [
        ("var", (3,), 3, [1.0, 2.0, 4.0]), ("std", (3,), 5, [1.0, 2.0, 4.0]),
        ("var", (2, 2), 2, [1.0, 2.5, 1.0, 2.5]), ("var", (1,), 1, [3.5]),
        ("std", (2, 3), 2, [0.5, 1.0, 2.0, -1.0, 3.0, 3.0]),
    ]:
        x = np.array(xs).reshape(shape)
        lines = [rs_arr("a", x, "f"), "let x = a.view();"]
        full = getattr(x, red)(ddof=ddof)
        lines.append("near(x.%s_ddof(%d), %s);" % (red, ddof, rs_f(full)))
        for ax in range(x.ndim):
            r = np.asarray(getattr(x, red)(axis=ax, ddof=ddof))
            lines.append("let r: Owned<f64, U%d> = x.%s_axis_ddof(%d, %d);" % (
                r.ndim, red, ax, ddof))
            lines.append("chk_f(&r, &%s, &%s);" % (rs_shape(r.shape), rs_vals(r, "f")))
        cs.append(Case("red_ddof", lines, [
            "a.%s(ddof=%d), a.%s(axis=k, ddof=%d) for each axis" % (red, ddof, red, ddof)]))
    return cs


def red_panic_cases():
    cs = []
    for red, shape, axis, dtype in [("sum", (2, 3), 2, "i"), ("mean", (4,), -2, "f"),
                                    ("min", (2, 0), 1, "i"), ("argmax", (0, 3), 0, "f"),
                                    ("var_ddof", (2, 2, 2), 3, "f"), ("max", (3, 0, 2), -2, "f"),
                                    ("argmin", (0,), 0, "i"), ("product", (3,), 1, "i")]:
        x = rand_data(shape, dtype)
        ok, msg = np_reduce(x, red, axis, REDS[red][4])
        assert not ok
        lines = [rs_arr("a", x, dtype), "let x = a.view();",
                 "let _r = %s;" % axis_call(red, axis)]
        meth, kw = REDS[red][0], REDS[red][1]
        kws = "".join(", %s=%s" % (k, v) for k, v in kw.items())
        cs.append(Case("red_panic", lines, ["a.%s(axis=%d%s)  ->  %s" % (meth, axis, kws, msg)],
                       panic=msg))
    return cs


# --------------------------------------------------------------------------------------------
# Booleans, comparisons, unary operators, allclose, maps
# --------------------------------------------------------------------------------------------


def bool_red_cases():
    cs = []
    k = 0
    for red in ["all", "any"]:
        for shape in [(5,), (0,), (3, 4), (2, 0), (0, 2), (2, 3, 2), (3, 1, 4)]:
            n = size(shape)
            p = 0.8 if red == "all" else 0.15
            x = np.array([rng.random() < p for _ in range(n)], dtype=bool).reshape(shape)
            xform = XFORMS[k % len(XFORMS)]
            k += 1
            # Junk between the elements of a strided view flips the answer if it is read.
            lines, xnp, _, unchanged = x_binding(x, xform, "b", junk=red == "any")
            full = bool(getattr(x, red)())
            lines.append("assert!(%sx.%s());" % ("" if full else "!", red))
            for ax in list(range(x.ndim)) + [-1]:
                r = np.asarray(getattr(x, red)(axis=ax))
                lines.append("let r: Owned<bool, U%d> = x.%s_axis(%d);" % (r.ndim, red, ax))
                lines.append("chk(&r, &%s, &%s);" % (rs_shape(r.shape), rs_vals(r, "b")))
            lines.append(unchanged)
            cs.append(Case("bool_" + red, lines, [
                "x = %s; x.%s(), x.%s(axis=k) for k in %s" % (
                    xnp, red, red, ", ".join(str(a) for a in list(range(x.ndim)) + [-1]))]))
    return cs


def bool_op_cases():
    cs = []
    specs = [("&", (2, 3), (3,), "ref", "ref"), ("|", (3, 1), (1, 4), "view", "view"),
             ("^", (2, 2), (2, 2), "t", "ref"), ("&", (0, 3), (1, 3), "ref", "view"),
             ("|", (4,), (), "ref", "scalar"), ("^", (2, 1, 3), (2, 1), "step", "val")]
    for op, s1, s2, lf, rf in specs:
        l = Operand("p", np.array([rng.random() < 0.5 for _ in range(size(s1))],
                                  dtype=bool).reshape(s1), lf, "b", "l")
        if rf == "scalar":
            r = Operand("q", True, "scalar", "b", "r")
            r.np = "True"
        else:
            r = Operand("q", np.array([rng.random() < 0.5 for _ in range(size(s2))],
                                      dtype=bool).reshape(s2), rf, "b", "r")
        expr = "%s %s %s" % (l.np, op, r.np)
        res = np.asarray(eval(expr, {"np": np}, {"p": l.env(), "q": r.env()}))
        lines = l.lets + r.lets
        lines.append("let r: Owned<bool, U%d> = %s %s %s;" % (res.ndim, l.expr, op, r.expr))
        lines.append("chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "b")))
        lines += l.after + r.after
        cs.append(Case("bool_op", lines, ["%s  ->  shape %s" % (expr, py_shape(res.shape))]))
    # Not of a mask.
    p = np.array([[True, False, False], [True, True, False]])
    lines = [rs_arr("p", p, "b"), "let p0 = p.clone();", "let r: Owned<bool, U2> = !&p;",
             "chk(&r, &%s, &%s);" % (rs_shape(p.shape), rs_vals(~p, "b")),
             "let r: Owned<bool, U2> = !p.t();",
             "chk(&r, &%s, &%s);" % (rs_shape(p.T.shape), rs_vals(~p.T, "b")),
             "assert_eq!(p, p0);"]
    cs.append(Case("bool_op", lines, ["~p, ~p.T"]))
    return cs


def unary_cases():
    cs = []
    for dtype, shape, form in [("i", (2, 3), "ref"), ("f", (3, 2), "t"), ("i", (0, 2), "view"),
                               ("f", (), "ref"), ("i", (2, 2, 2), "step")]:
        x = rand_data(shape, dtype)
        if dtype == "f" and x.size:
            x.ravel()[0] = 0.0
        o = Operand("a", x, fit_form(form, len(shape)), dtype, "l")
        xe = o.env()
        for sym, npf in [("-", "-"), ("!", "~")] if dtype == "i" else [("-", "-")]:
            expr = "%s%s" % (npf, o.np)
            res = np.asarray(eval(expr, {"np": np}, {"a": xe}))
            rexpr = o.expr if o.expr.startswith("&") or "(" in o.expr else "&" + o.expr
            pre = []
            if o.expr.startswith("index!"):
                # rustc checks a block under a unary operator against the annotated result
                # type, and `index!` expands to a block: bind the view first.
                pre, rexpr = ["let v = %s;" % o.expr], "v"
            lines = o.lets + pre + [
                "let r: Owned<%s, U%d> = %s%s;" % (ETY[dtype], res.ndim, sym, rexpr),
                              "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, dtype))]
            lines += o.after
            cs.append(Case("unary", lines, ["%s  ->  shape %s" % (expr, py_shape(res.shape))]))
    return cs


CMPS = [("gt", ">"), ("ge", ">="), ("lt", "<"), ("le", "<="), ("eq_elem", "=="), ("ne_elem", "!=")]


def cmp_cases(n=18):
    cs = []
    k = 0
    xforms = ["own", "view", "t", "cow", "vmut", "step"]
    while k < n:
        s1, s2, out = rand_pair()
        if out is None or len(s1) == 0:
            continue
        dtype = "i" if k % 3 != 2 else "f"
        meth, sym = CMPS[k % len(CMPS)]
        if dtype == "i":
            x = np.array(rand_ints(size(s1), -2, 2), dtype=np.int64).reshape(s1)
            yv = np.array(rand_ints(size(s2), -2, 2), dtype=np.int64).reshape(s2)
        else:
            x = np.array([rng.choice([-1.5, 0.0, 0.5, 2.0, math.nan]) for _ in range(size(s1))]
                         ).reshape(s1)
            yv = np.array([rng.choice([-1.5, 0.0, 0.5, 2.0, math.nan]) for _ in range(size(s2))]
                          ).reshape(s2)
        xform = xforms[k % len(xforms)]
        lines, xnp, base, unchanged = x_binding(x, xform, dtype)
        rform = ["ref", "view", "scalar", "val", "t"][k % 5]
        if rform == "scalar" or len(s2) == 0:
            sc = rand_scalar(dtype) if dtype == "i" else rng.choice([-1.5, 0.0, 0.5])
            r = Operand("b", sc, "scalar", dtype, "r")
        else:
            r = Operand("b", yv, fit_form(rform, len(s2)), dtype, "r")
        expr = "%s %s %s" % (xnp, sym, r.np)
        res = np.asarray(eval(expr, {"np": np}, {"a": base, "b": r.env()}))
        lines += r.lets
        lines.append("let r: Owned<bool, U%d> = x.%s(%s);" % (res.ndim, meth, r.expr))
        lines.append("chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "b")))
        lines.append(unchanged)
        lines += r.after
        cs.append(Case("cmp", lines, ["%s  ->  shape %s" % (expr, py_shape(res.shape))]))
        k += 1
    return cs


def close_cases():
    cs = []
    specs = [
        ([1.0, 2.0, 3.0], [1.0, 2.0, 3.0], None, "a.allclose(&b)"),
        ([0.0, 1e-9, -2e-9], [0.0, 0.0, 0.0], None, "a.allclose(&b)"),
        ([1e-7], [0.0], None, "a.allclose(&b)"),
        ([1000.0, -5.0], [1000.005, -5.00001], None, "a.view().allclose(b.view())"),
        ([1000.0, -5.0], [1000.02, -5.0], None, "a.allclose(&b)"),
        ([1.0, math.nan], [1.0, math.nan], None, "a.allclose(&b)"),
        ([math.inf, -math.inf], [math.inf, -math.inf], None, "a.allclose(&b)"),
        ([math.inf], [-math.inf], None, "a.allclose(&b)"),
        ([[1.0, 2.0, 3.0], [1.0, 2.0, 3.000001]], [1.0, 2.0, 3.0], None, "a.allclose(&b)"),
        ([[1.0, 2.0], [3.0, 4.0]], [[1.0, 3.0], [2.0, 4.0]], None, "a.t().allclose(&b)"),
        ([1.0, 2.0, 3.0], [1.05, 2.05, 2.95], (0.0, 0.1), "a.allclose_with(&b, 0.0, 0.1)"),
        ([1.0, 2.0, 3.0], [1.05, 2.05, 2.8], (0.0, 0.1), "a.allclose_with(&b, 0.0, 0.1)"),
        ([100.0, 200.0], [101.0, 198.5], (0.01, 0.0), "a.allclose_with(&b, 0.01, 0.0)"),
        ([], [], None, "a.allclose(&b)"),
    ]
    for av, bv, tol, call in specs:
        a, b = np.array(av, dtype=np.float64), np.array(bv, dtype=np.float64)
        x = a.T if ".t()" in call else a
        if tol is None:
            want = bool(np.allclose(x, b))
            npx = "np.allclose(%s, b)" % ("a.T" if ".t()" in call else "a")
        else:
            want = bool(np.allclose(x, b, rtol=tol[0], atol=tol[1]))
            npx = "np.allclose(a, b, rtol=%r, atol=%r)" % tol
        lines = [rs_arr("a", a, "f"), rs_arr("b", b, "f"),
                 "assert!(%s%s);" % ("" if want else "!", call)]
        cs.append(Case("close", lines, ["%s  ->  %s" % (npx, want)]))
    return cs


def map_cases():
    cs = []
    a = np.array([[3, -1, 4], [1, -5, 9]], dtype=np.int64)
    lines = [rs_arr("a", a, "i"), "let a0 = a.clone();",
             "let r: Owned<i64, U2> = a.mapv(|x: i64| x * x - 1);",
             "chk(&r, &[2, 3], &%s);" % rs_vals(a * a - 1, "i"),
             "let r: Owned<i64, U2> = a.t().map(|x: &i64| x.abs());",
             "chk(&r, &[3, 2], &%s);" % rs_vals(np.abs(a.T), "i"),
             "assert_eq!(a, a0);"]
    cs.append(Case("map", lines, ["a * a - 1; np.abs(a.T)"]))
    b = np.array([10, 20, 30, 40], dtype=np.int64)
    c = np.array([[1], [2], [3]], dtype=np.int64)
    res = c * 100 + b
    lines = [rs_arr("b", b, "i"), rs_arr("c", c, "i"),
             "let r: Owned<i64, U2> = c.zip_map(&b, |x, y| x * 100 + y);",
             "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "i"))]
    cs.append(Case("map", lines, ["c * 100 + b  ->  shape (3, 4)"]))
    f = np.array([[0.5, -1.25], [2.0, 3.5], [-0.75, 8.0]])
    g = np.array([1.5, -2.0])
    res = np.maximum(f[::-1], g)
    lines = [rs_arr("f", f, "f"), rs_arr("g", g, "f"),
             "let r: Owned<f64, U2> = index!(f[::-1]).zip_map(g.view(), |x, y| x.max(*y));",
             "chk(&r, &%s, &%s);" % (rs_shape(res.shape), rs_vals(res, "f"))]
    cs.append(Case("map", lines, ["np.maximum(f[::-1], g)  ->  shape (3, 2)"]))
    d = np.array([[7, -3], [0, 12], [-8, 5]], dtype=np.int64)
    lines = [rs_arr("d", d, "i"), "let r: Owned<f64, U2> = d.cast::<f64>();",
             "chk(&r, &[3, 2], &%s);" % rs_vals(d.astype(np.float64), "f"),
             "let r: Owned<f64, U2> = d.t().cast::<f64>();",
             "chk(&r, &[2, 3], &%s);" % rs_vals(d.T.astype(np.float64), "f")]
    cs.append(Case("map", lines, ["d.astype(np.float64); d.T.astype(np.float64)"]))
    h = np.array([2.7, -2.7, 0.5, -0.5, 9.99, -0.0])
    lines = [rs_arr("h", h, "f"), "let r: Owned<i64, U1> = h.cast::<i64>();",
             "chk(&r, &[6], &%s);" % rs_vals(h.astype(np.int64), "i")]
    cs.append(Case("map", lines, ["h.astype(np.int64) (truncates toward zero)"]))
    return cs


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

HEADER = """\
// @generated by scripts/golden_arith.py. DO NOT EDIT: change the script and regenerate with
//     python3 scripts/golden_arith.py
// (deterministic: fixed seed {seed}; NumPy {npver} was the oracle).
//
// NumPy conformance of element-wise arithmetic (`+ - * / %`, `& | ^`, unary `-` and `!`)
// between arrays of every kind and scalars, with broadcasting; of the in-place operators;
// of comparisons, `allclose`, `map`/`zip_map`/`cast`; and of the reductions, whole and along
// each axis. `arr(shape, vec![..])` is `np.array(vec).reshape(shape)`; the comment of each
// test is the NumPy expression that produced its expectations, with the names of the Rust
// bindings. Integer `/` truncates toward zero and `%` is `np.fmod`, as in Rust.
//
{counts}

use std::fmt::Debug;

use typed_array::prelude::*;

/// Relative tolerance of the reductions, in units of `f64::EPSILON` (element-wise operators
/// are compared exactly: each is one IEEE operation on both sides).
const ULPS: f64 = 4.0;

/// `np.array(data).reshape(shape)`, for any rank (0 included) and zero-length axes.
#[track_caller]
fn arr<T, D: Dim, const N: usize>(shape: [usize; N], data: Vec<T>) -> Owned<T, D>
where
    [usize; N]: IntoShape<D>,
{{
    Owned::from_shape_vec(shape, data).unwrap()
}}

/// Shape and values (C order), compared exactly, of a result that owns its elements.
#[track_caller]
fn chk<T: PartialEq + Debug + Clone, D: Dim>(r: &Owned<T, D>, shape: &[usize], vals: &[T]) {{
    assert_eq!(r.shape(), shape, "shape");
    assert_eq!(r.iter().cloned().collect::<Vec<_>>(), vals, "values");
    assert!(r.is_c_contiguous(), "a new array is C-contiguous");
}}

/// `actual` is `expected` within [`ULPS`] (NaN matches NaN, infinities match exactly).
fn close(actual: f64, expected: f64) -> bool {{
    if actual.is_nan() || expected.is_nan() {{
        return actual.is_nan() && expected.is_nan();
    }}
    actual == expected
        || (actual - expected).abs() <= ULPS * f64::EPSILON * actual.abs().max(expected.abs())
}}

#[track_caller]
fn near(actual: f64, expected: f64) {{
    assert!(close(actual, expected), "{{actual:?}} is not {{expected:?}}");
}}

#[track_caller]
fn near_opt(actual: Option<f64>, expected: Option<f64>) {{
    match (actual, expected) {{
        (Some(a), Some(e)) => near(a, e),
        (a, e) => assert_eq!(a, e),
    }}
}}

/// [`chk`] within [`ULPS`], for reductions of floats.
#[track_caller]
fn chk_f<D: Dim>(r: &Owned<f64, D>, shape: &[usize], vals: &[f64]) {{
    assert_eq!(r.shape(), shape, "shape");
    assert_eq!(r.len(), vals.len(), "len");
    for (k, (&a, &e)) in r.iter().zip(vals).enumerate() {{
        assert!(close(a, e), "element {{k}}: {{a:?}} is not {{e:?}}");
    }}
    assert!(r.is_c_contiguous(), "a new array is C-contiguous");
}}

/// An operand is unchanged: the same shape and elements, NaN included.
#[track_caller]
fn same<T: Debug, D: Dim>(a: &Owned<T, D>, before: &Owned<T, D>) {{
    let show = |x: &Owned<T, D>| x.iter().map(|v| format!("{{v:?}}")).collect::<Vec<_>>();
    assert_eq!((a.shape(), show(a)), (before.shape(), show(before)), "an operand changed");
}}

/// The message of a result that must be an error.
#[track_caller]
fn err<T>(r: Result<T, ShapeError>) -> String {{
    match r {{
        Ok(_) => panic!("expected a ShapeError, got Ok"),
        Err(e) => e.to_string(),
    }}
}}

/// The message of a panic that `f` must raise.
#[track_caller]
fn panic_msg(f: impl FnOnce()) -> String {{
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .expect_err("expected a panic");
    match payload.downcast::<String>() {{
        Ok(s) => *s,
        Err(p) => p.downcast::<&str>().map(|s| s.to_string()).expect("a message"),
    }}
}}
"""

ORDER = ["bcast", "bcast_err", "bcast_panic", "inplace", "inplace_err", "unary", "bool_op",
         "cmp", "close", "map", "red", "red_nan", "red_ddof", "red_panic", "bool_red"]
DESC = {
    "bcast": "binary operators with broadcasting", "bcast_err": "shapes that do not broadcast",
    "bcast_panic": "operators panicking on such shapes", "inplace": "in-place operators",
    "inplace_err": "in-place errors", "unary": "unary operators", "bool_op": "masks",
    "cmp": "comparisons", "close": "allclose", "map": "maps and casts",
    "red": "reductions", "red_nan": "reductions with NaN", "red_ddof": "ddof past the length",
    "red_panic": "reductions panicking", "bool_red": "all/any",
}


def group(cat):
    if cat.startswith("red_nan"):
        return "red_nan"
    if cat in ("red_ddof", "red_panic"):
        return cat
    if cat.startswith("red_"):
        return "red"
    if cat.startswith("bool_") and cat != "bool_op":
        return "bool_red"
    return cat


def render(c, name):
    out = "#[test]\n"
    if c.panic is not None:
        out += "#[should_panic(expected = %s)]\n" % rs_str(c.panic)
    if c.allow_op_ref:
        out += '#[allow(clippy::op_ref, reason = "the left operand under test is a `&View`")]\n'

    out += "fn %s() {\n" % name
    for i, line in enumerate(c.comment):
        out += "    // %s%s\n" % ("numpy: " if i == 0 else "", line)
    for line in c.lines:
        out += "    " + line + "\n"
    return out + "}\n"


def rustfmt(text):
    try:
        p = subprocess.run(["rustfmt", "--edition", "2024", "--emit", "stdout"], input=text,
                           capture_output=True, text=True, cwd=ROOT, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit("rustfmt failed (is a Rust toolchain on PATH?): %s" % getattr(e, "stderr", e))
    return p.stdout


def main():
    cases = (bcast_cases() + hand_bcast_cases() + inplace_cases() + unary_cases() +
             bool_op_cases() + cmp_cases() + close_cases() + map_cases() + red_cases() +
             ddof_cases() + red_panic_cases() + bool_red_cases())
    cases.sort(key=lambda c: ORDER.index(group(c.cat)))
    counts = {}
    for c in cases:
        counts[group(c.cat)] = counts.get(group(c.cat), 0) + 1
    count_text = ", ".join("%d %s" % (counts[k], DESC[k]) for k in ORDER if k in counts)
    count_text += "; %d in all" % len(cases)
    wrapped = textwrap.wrap("Cases: " + count_text + ".", 92)
    out = [HEADER.format(seed=SEED, npver=np.__version__.split(".")[0] + ".x",
                         counts="\n".join("// " + line for line in wrapped))]
    idx = {}
    for c in cases:
        idx[c.cat] = idx.get(c.cat, 0) + 1
        out.append("\n" + render(c, "%s_%03d" % (c.cat, idx[c.cat])))
    text = rustfmt("".join(out))
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT) as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print("tests/golden_arith.rs is stale: run python3 scripts/golden_arith.py")
            sys.exit(1)
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s: %s" % (os.path.relpath(OUT, ROOT), count_text))


if __name__ == "__main__":
    main()
