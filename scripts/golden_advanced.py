#!/usr/bin/env python3
"""Generates tests/golden_advanced.rs: NumPy conformance tests of `index!` for advanced
indexing (integer arrays and boolean masks, mixed with basic items).

NumPy is the oracle: every expected shape, value, write and error message in the generated
file comes from running the same expression through NumPy here (the comment of each test is
that expression, and it is what was evaluated). The output is deterministic (fixed seed), so
re-running the script reproduces the committed file byte for byte.

Usage (from the workspace root, or anywhere):

    python3 scripts/golden_advanced.py            # writes tests/golden_advanced.rs
    python3 scripts/golden_advanced.py --check    # exits 1 if the committed file is stale

Needs Python 3.8+, NumPy (`pip install numpy`) and rustfmt (the output is formatted as
`cargo fmt` would format it).
"""

import os
import random
import subprocess
import sys
import textwrap

import numpy as np

SEED = 20250217
rng = random.Random(SEED)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "golden_advanced.rs")

# --------------------------------------------------------------------------------------------
# Rendering helpers (as in scripts/golden.py)
# --------------------------------------------------------------------------------------------


def rs_num(x, dtype):
    if dtype == "f":
        r = repr(float(x))
        assert r not in ("inf", "-inf", "nan"), r
        if "." not in r and "e" not in r:
            r += ".0"
        return r
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
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


def rs_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def np_slice(it):
    p = lambda x: "" if x is None else str(x)
    s = p(it.start) + ":" + p(it.stop)
    if it.step is not None:
        s += ":" + p(it.step)
    return s


# --------------------------------------------------------------------------------------------
# Index arrays and masks, in the forms the macro accepts
# --------------------------------------------------------------------------------------------

INT_FORMS_1D = ["vec", "vecref", "slice", "arr", "own", "ownref", "view"]
MASK_FORMS_1D = ["vec", "arr", "own", "ownref", "view"]
SIGNED = ["i64", "i32", "isize", "i16", "i8"]
UNSIGNED = ["u8", "usize", "u32", "u16"]


class Arr:
    """An index array (integer entries) or a mask (bool entries), and how the Rust test
    spells it:

    lit     a list literal inside the brackets: `[0, 2]`, `[[true, false]]`
    vec     `let v: Vec<usize | i64 | bool> = vec![..];` then `v`
    vecref  `let v: Vec<i64> = vec![..];` then `&v`
    slice   `let v: &[i32] = &[..];` then `v`
    arr     `let v: [u8 | bool; N] = [..];` then `v`
    own     `let v: Owned<T, Uk> = Owned::from_shape_vec(..).unwrap();` then `v`
    ownref  the same, then `&v`
    view    the same, then `v.view()`
    """

    def __init__(self, data, form="lit", ty=None):
        d = np.asarray(data)
        if d.dtype != np.bool_:
            d = d.astype(np.int64)
        self.data, self.form = d, form
        self.mask = d.dtype == np.bool_
        if ty is None:
            ty = "bool" if self.mask else ("usize" if form == "vec" and self.nonneg() else "i64")
        self.ty = ty
        self.check()

    def nonneg(self):
        return self.data.size == 0 or int(self.data.min()) >= 0

    def check(self):
        d, f = self.data, self.form
        if f == "lit":
            assert d.ndim >= 1, "a list literal has rank >= 1"
            assert 0 not in d.shape[:-1], "a list literal cannot spell shape %s" % (d.shape,)
            assert not (self.mask and d.size == 0), "an empty list literal is an index array"
        elif f in ("vec", "vecref", "slice", "arr"):
            assert d.ndim == 1, f
        if self.ty in UNSIGNED + ["usize"]:
            assert self.nonneg(), "negative entries in an unsigned index array"
            assert self.data.size == 0 or int(d.max()) < 256

    def np_text(self):
        d = self.data
        if self.form == "lit":
            return repr(d.tolist())
        dt = "bool" if self.mask else "np.intp"
        if d.size == 0:
            return "np.zeros(%s, dtype=%s)" % (tuple(d.shape), dt)
        if d.ndim == 0:
            return "np.array(%r)" % (d.item(),)
        return "np.array(%r)" % (d.tolist(),)

    def rs(self, var):
        """(Rust statement binding `var`, the item as written inside the brackets)."""
        d, f, ty = self.data, self.form, self.ty
        flat = d.ravel().tolist()
        vals = ", ".join(rs_num(x, "i") for x in flat)
        if f == "lit":
            return "", rs_nested(d.tolist(), "i")
        if f == "vec":
            return "let %s: Vec<%s> = vec![%s];" % (var, ty, vals), var
        if f == "vecref":
            return "let %s: Vec<%s> = vec![%s];" % (var, ty, vals), "&" + var
        if f == "slice":
            return "let %s: &[%s] = &[%s];" % (var, ty, vals), var
        if f == "arr":
            return "let %s: [%s; %d] = [%s];" % (var, ty, d.size, vals), var
        stmt = "let %s: Owned<%s, U%d> = Owned::from_shape_vec(%s, vec![%s]).unwrap();" % (
            var, ty, d.ndim, rs_shape(d.shape), vals)
        return stmt, {"own": var, "ownref": "&" + var, "view": var + ".view()"}[f]


def A(data, form="lit", ty=None):
    return Arr(data, form, ty)


def M(data, form="lit"):
    return Arr(np.asarray(data, dtype=bool), form)


class Target:
    """An indexed expression: brackets of items (int, slice, Ellipsis, None, Arr)."""

    def __init__(self, brackets):
        self.brackets = brackets

    def render(self):
        """(NumPy text, Rust text, Rust statements binding the array variables)."""
        np_b, rs_b, pre = [], [], []
        for b in self.brackets:
            ni, ri = [], []
            for it in b:
                if isinstance(it, Arr):
                    var = "i%d" % len(pre)
                    stmt, item = it.rs(var)
                    if stmt:
                        pre.append(stmt)
                    ni.append(it.np_text())
                    ri.append(item)
                elif it is Ellipsis:
                    ni.append("...")
                    ri.append("...")
                elif it is None:
                    ni.append("None")
                    ri.append("None")
                elif isinstance(it, slice):
                    ni.append(np_slice(it))
                    ri.append(np_slice(it))
                else:
                    ni.append(str(it))
                    ri.append(str(it))
            np_b.append("[" + ", ".join(ni) + "]")
            rs_b.append("[" + ", ".join(ri) + "]")
        return "a" + "".join(np_b), "a" + "".join(rs_b), pre


def parse_template(tmpl, arrs):
    """A hand-written target: `a[{0}, :, [0, 1]]` with `{k}` standing for arrs[k] (list
    literals may be written inline, with Python's True/False)."""
    np_text = tmpl.format(*[x.np_text() for x in arrs])
    pre, items = [], []
    for x in arrs:
        stmt, item = x.rs("i%d" % len(pre))
        if stmt:
            pre.append(stmt)
        items.append(item)
    rs_text = tmpl.replace("True", "true").replace("False", "false").format(*items)
    return np_text, rs_text, pre


# --------------------------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------------------------


class Case:
    """One generated test.

    kind: read | assign | err | panic
    expr: the indexed expression in NumPy syntax (evaluated as written)
    rs:   the same in `index!` syntax
    pre:  Rust statements binding the variables `rs` uses
    form: read | assign (for err / panic)
    """

    def __init__(self, cat, kind, shape, expr, rs, pre=(), dtype="i", op=None, value=None,
                 vform=None, form="read", vrs=None, note=None):
        self.cat, self.kind, self.shape, self.expr, self.rs = cat, kind, tuple(shape), expr, rs
        self.pre, self.dtype, self.op, self.value = list(pre), dtype, op, value
        self.vform, self.form, self.vrs, self.note = vform, form, vrs, note
        self.vnp = None
        self.try_ok = None
        self.after = []


def evaluate(expr, a):
    return eval(expr, {"np": np}, {"a": a})


def np_assign(a, expr, op, value):
    exec("%s %s value" % (expr, op), {"np": np}, {"a": a, "value": value})


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


def np_error(fn):
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        # NumPy's broadcast message ends with a stray space; typed-array's does not.
        msg = str(e).rstrip()
        # typed-array words NumPy's boolean-assignment messages without the word "NumPy".
        if msg.startswith("NumPy "):
            msg = msg[len("NumPy "):]
        return type(e).__name__, msg
    return None


def render(c, idx):
    name = "%s_%03d" % (c.cat, idx)
    shape, dtype = c.shape, c.dtype
    mk = "%s!%s" % ("arf" if dtype == "f" else "ar", rs_shape(shape))
    pre = "".join("\n    " + p for p in c.pre)
    note = "".join("\n    // " + line for line in (c.note or "").splitlines())
    head = "#[test]\nfn %s() {\n    // numpy: a = %s; " % (name, np_source(shape, dtype))
    a0 = source(shape, dtype)
    ety = "f64" if dtype == "f" else "i64"

    if c.kind == "read":
        r = np.asarray(evaluate(c.expr, a0.copy()))
        body = head + c.expr + note + pre
        call = "index!(%s)" % c.rs if c.rs else "try_index!(%s).unwrap()" % c.try_ok
        after = "".join("    %s\n" % x for x in c.after)
        body += "\n    let a = %s;\n%s    let r: Owned<%s, U%d> = %s;\n" % (
            mk, after, ety, r.ndim, call)
        body += "    chk(&r, &%s, &%s);\n}\n" % (rs_shape(r.shape), rs_list(r.ravel().tolist(), dtype))
        return body

    if c.kind == "assign":
        b = a0.copy()
        np_assign(b, c.expr, c.op, c.value)
        if c.vrs is not None:
            lets, vexpr = "", c.vrs
            vdesc = c.vnp
        else:
            lets, vexpr = rs_value(c.value, dtype, c.vform)
            vdesc = np_value(c.value)
        body = head + "%s %s %s%s%s" % (c.expr, c.op, vdesc, note, pre)
        call = "index!(%s %s %s);" % (c.rs, c.op, vexpr)
        if c.after:
            # The target borrows `a`: write in a block, then look at `a`.
            call = "{\n        %s\n        %s\n    }" % ("\n        ".join(c.after), call)
        body += "\n    let mut a = %s;\n    %s%s\n" % (mk, lets, call)
        body += "    %s(&a, %s);\n}\n" % ("chgf" if dtype == "f" else "chg", diffs(a0, b, dtype))
        return body

    if c.kind in ("err", "panic"):
        b = a0.copy()
        if c.form == "assign":
            res = np_error(lambda: np_assign(b, c.expr, c.op, c.value))
        else:
            res = np_error(lambda: evaluate(c.expr, b))
        assert res is not None, "expected NumPy to fail: %s on %s" % (c.expr, shape)
        etype, msg = res
        assert (a0 == b).all(), "NumPy wrote before failing"
        if c.form == "assign":
            lets, vexpr = rs_value(c.value, dtype, c.vform or "lit")
            call = "%s %s %s" % (c.rs, c.op, vexpr)
            desc = "%s %s %s" % (c.expr, c.op, np_value(c.value))
        else:
            lets, call, desc = "", c.rs, c.expr
        desc += "  ->  %s: %s" % (etype, msg)
        mut = "mut " if c.form == "assign" else ""
        if c.kind == "panic":
            body = "#[test]\n#[should_panic(expected = %s)]\nfn %s() {\n    // numpy: a = %s; %s%s%s" % (
                rs_str(msg), name, np_source(shape, dtype), desc, note, pre)
            bind = "" if c.form == "assign" else "let _: Owned<%s, _> = " % ety
            body += "\n    let %sa = %s;\n    %s%sindex!(%s);\n}\n" % (mut, mk, lets, bind, call)
            return body
        body = head + desc + note + pre
        body += "\n    let %sa = %s;\n    %sassert_eq!(err(try_index!(%s)), %s);\n" % (
            mut, mk, lets, call, rs_str(msg))
        if c.form == "assign":
            body += "    %s(&a, &[]);\n" % ("chgf" if dtype == "f" else "chg")
        body += "}\n"
        return body

    raise ValueError(c.kind)


# --------------------------------------------------------------------------------------------
# Hand-picked cases
# --------------------------------------------------------------------------------------------

V5 = (5,)
B = (2, 3, 4)
C2 = (3, 4)
D4 = (2, 3, 4, 5)


def check_read(c):
    r = evaluate(c.expr, source(c.shape, c.dtype))
    assert np.asarray(r).dtype != object


def hand_picked():
    cs = []

    def R(cat, shape, tmpl, *arrs, note=None, pre=()):
        e, r, p = parse_template(tmpl, arrs)
        c = Case(cat, "read", shape, e, r, pre=list(pre) + p, note=note)
        check_read(c)
        cs.append(c)

    # Placement of the advanced axes.
    P = lambda *a, **k: R("place", *a, **k)
    P(V5, "a[[0, 2, -1]]")
    P(V5, "a[[-5, -1, 0, 4]]")
    P(V5, "a[[[0, 1], [1, 0]]]")
    P(B, "a[[[0, 1], [1, 0]]]")
    P(B, "a[0, :, [0, 1]]", note="an integer counts as advanced once an array is present")
    P(B, "a[1, 2, [0, 2, -1]]")
    P(B, "a[:, [0, 2], [1, 3]]", note="adjacent: the block stays in place")
    P(B, "a[[0, 1], :, [1, 3]]", note="separated by a slice: the block goes first")
    P(B, "a[[0, 1], [2, 0], :]")
    P(B, "a[[1, 0], [2, 0]]")
    P(B, "a[:, 1, [0, 3]]", note="an integer next to an array: adjacent")
    P(B, "a[:, [0, 1, 2], 1]")
    P(B, "a[1, [0, 2], :]")
    P(B, "a[[1], ..., [0, 3]]", note="separated by `...`")
    P(B, "a[0, ..., [0, 1]]")
    P((3, 2, 4), "a[:, 0, ..., [0, 1]]", note="a `...` covering no axis still separates")
    P((3, 2, 4), "a[:, 0, [0, 1], ...]")
    P((3, 2, 4), "a[:, 0, [0, 1]]")
    P(B, "a[:, None, [0, 1]]")
    P(B, "a[[0, 1], None, [0, 1]]", note="separated by `None`")
    P(B, "a[None, [0, 1], [0, 1]]")
    P(B, "a[:, [0, 1], None, 1]")
    P(B, "a[:, [0, 1], 1, None]")
    P(B, "a[..., [1, 0], None]")
    P(D4, "a[:, [0, 1], :, [1, 2]]")
    P(D4, "a[:, [0, 1], [1, 2], :]")
    P(D4, "a[..., [0, 1], 2]")
    P(D4, "a[[1], :, 2, :]")
    P(D4, "a[:, :, [[0, 1], [2, 3]], 0]")
    P(D4, "a[0, 1, [0, 1], 2]")
    P(D4, "a[0, 1, 2, [3]]")
    P(D4, "a[1, :, [2, 0], 1:4]")
    P(D4, "a[::-1, [2, 0], None, ::2, 4]")
    P(D4, "a[None, ..., [0, 4], None]")
    P(D4, "a[[1, 0], ..., [0, 4]]")
    P(D4, "a[:, [1], 1:, [0, 4]]")
    P(B, "a[[1, 0]][1, 2, 3]", note="an all-integer bracket after an advanced one: a 0-d copy")

    # Several index arrays broadcast together.
    Q = lambda *a, **k: R("bcast", *a, **k)
    Q(B, "a[[[0], [1]], [0, 2, 1]]")
    Q(B, "a[[[0], [1]], [[0, 2, 1]], 0]")
    Q(B, "a[[0, 1], [[1], [2]], [[[3]]]]")
    Q(B, "a[[1], [0, 1, 2]]")
    Q(B, "a[:, [[0, 1]], [[1], [2], [0]]]")
    Q(B, "a[{0}, [0, 1, 2]]", A(1, "own", "i64"))
    Q(B, "a[1, [[0, 1], [2, 0]]]")
    Q(C2, "a[[[0, 0], [2, 2]], [[0, 3], [0, 3]]]")
    Q(C2, "a[[[0], [2]], [0, 3]]")
    Q(D4, "a[[[0], [1]], :, [1, 2, 3], [[0], [4]]]")
    Q(D4, "a[[[1, 0, 1]], [[2], [0]], [1, 1, 3]]")
    Q(D4, "a[0, [[1, 2]], 3, [[0], [1], [4]]]")
    Q(D4, "a[:, {0}, [0, 3]]", A([[0, 1], [2, 2]], "own", "i32"))
    Q(D4, "a[{0}, {1}, {2}, {3}]", A([1, 0], "vec"), A([[2], [0]], "own", "i16"),
      A([3, -1], "slice", "i32"), A([[[4]]], "lit"))
    Q(V5, "a[{0}]", A(np.arange(24).reshape(2, 3, 4) % 5, "own", "u16"))

    # Masks.
    K = lambda *a, **k: R("mask", *a, **k)
    K(V5, "a[[True, False, True, False, True]]")
    K(V5, "a[[True, True, True, True, True]]")
    K(B, "a[[True, False]]")
    K(B, "a[:, [True, False, True]]")
    K(B, "a[..., [True, False, False, True]]")
    K(B, "a[[[True, False, True], [False, True, True]]]")
    K(B, "a[{0}]", M(np.arange(24).reshape(B) % 3 == 0, "ownref"))
    K(B, "a[:, [[True, False, True, False], [False, False, True, True], [True, True, True, False]]]")
    K(B, "a[1, [True, False, True]]")
    K(B, "a[[True, False], :, 1]", note="a mask and an integer separated by a slice")
    K(B, "a[[True, False], 2]")
    K(B, "a[[True, False], [True, False, False]]", note="two masks combine pointwise")
    K(B, "a[:, [True, False, True], [True, True, False, False]]")
    K(B, "a[[False, True], [True, False, True]]", note="one true entry broadcasts")
    K(C2, "a[[True, False, True], [0, 3]]")
    K(B, "a[[[True, False, True], [False, False, True]], [0, 1, 3]]")
    K(B, "a[[[True, False, True], [False, False, True]], 2]")
    K(B, "a[[[True, False, True], [False, False, True]], None]")
    K(B, "a[None, [[True, False, True], [False, False, True]], ::-1]")
    K(D4, "a[:, {0}]", M(np.arange(60).reshape(3, 4, 5) % 7 < 2, "own"))
    K(D4, "a[[True, True], ..., [False, True, False, True, False]]")
    K(D4, "a[1:, [True, False, True], :, [True, False, False, False, True]]")
    K(B, "a[{0}]", M(True, "own"), note="a 0-d mask adds an axis of length 1")
    K(B, "a[{0}]", M(False, "own"))
    K(B, "a[0, {0}]", M(True, "own"))
    K(V5, "a[{0}]", M([True, False, False, True, True], "vec"))
    K(B, "a[:, {0}]", M([False, True, True], "arr"))
    K(B, "a[{0}, 1:]", M([[True, False, True], [False, True, False]], "ownref"))
    K(B, "a[..., {0}]", M([True, False, True, True], "view"))

    # Empty index arrays, all-false masks, zero-length axes.
    E = lambda *a, **k: R("empty", *a, **k)
    E(V5, "a[[]]")
    E(B, "a[[]]")
    E(B, "a[:, []]")
    E(B, "a[[], []]")
    E(B, "a[[], 0]")
    E(B, "a[0, :, []]")
    E(B, "a[[[], []]]")
    E(B, "a[[], [[0], [1]]]")
    E(B, "a[{0}]", A([], "vec"))
    E(B, "a[{0}, 1]", A(np.zeros((0, 2), dtype=np.int64), "own", "i32"))
    E(B, "a[[False, False]]")
    E(B, "a[:, [False, False, False]]")
    E(B, "a[{0}]", M(np.zeros(B, dtype=bool), "own"))
    E(B, "a[[False, False], [False, True, False]]")
    E(B, "a[[False, False], 1]")
    E((3, 0, 2), "a[[0, 2]]")
    E((3, 0, 2), "a[:, []]")
    E((3, 0, 2), "a[[1], :, [1]]")
    E((3, 0, 2), "a[:, {0}]", M(np.zeros(0, dtype=bool), "own"))
    E((3, 0, 2), "a[{0}]", M(np.zeros((3, 0), dtype=bool), "own"))
    E((0,), "a[[]]")
    E((0,), "a[{0}]", M(np.zeros(0, dtype=bool), "vec"))
    E((0, 3), "a[:, [2, 0]]")
    E((0, 3), "a[[], [2]]")

    # Index arrays as expressions, of any integer type.
    F = lambda *a, **k: R("forms", *a, **k)
    F(V5, "a[{0}]", A([4, 0, 2], "vec"))
    F(V5, "a[{0}]", A([4, -5, 2], "vec"))
    F(V5, "a[{0}]", A([1, -1], "vecref"))
    F(V5, "a[{0}]", A([3, -2, 0], "slice", "i32"))
    F(V5, "a[{0}]", A([2, 2, 4], "arr", "u8"))
    F(V5, "a[{0}]", A([[1, 2], [3, 4]], "own", "i64"))
    F(V5, "a[{0}]", A([[1, -2], [3, 4]], "ownref", "i32"))
    F(V5, "a[{0}]", A([[[0], [4]]], "view", "u8"))
    F(V5, "a[{0}]", A([0, 1, 2], "own", "usize"))
    F(V5, "a[{0}]", A([-1, -3], "own", "i8"))
    F(V5, "a[{0}]", A([[4, 3, 2]], "own", "isize"))
    F(B, "a[{0}, 1:, None, {1}]", A([1, 0], "vec"), A([[3], [-4]], "own", "i64"))
    F(B, "a[{0}, ..., 2]", A([1, 1, 0], "arr", "u8"))
    F(B, "a[None, {0}, {1}]", A([0, 1], "vecref"), M([True, False, True], "arr"))
    F(D4, "a[{0}, :, {1}]", A([[0], [1]], "view", "i16"), A([[3, 0]], "ownref", "u32"))
    R("forms", V5, "a[[4 - 1, 0 + 1]]", pre=["let (i, n) = (1usize, 4i64);"])
    cs[-1].rs = "a[[n - 1, i]]"
    R("forms", B, "a[1, [2, 0]]", pre=["let k: i32 = -1;"])
    cs[-1].rs = "a[1, [k + 3, 0]]"

    def X(cat, shape, np_expr, rs_expr, pre, note=None):
        c = Case(cat, "read", shape, np_expr, rs_expr, pre=pre, note=note)
        check_read(c)
        cs.append(c)

    # Index arrays and masks that are strided views, or computed by a nested `index!`.
    X("forms", V5, "a[np.array([[0, 1, 2], [3, 4, 0]]).T]", "a[i0.t()]",
      ["let i0: Owned<i64, U2> = Owned::from_shape_vec([2, 3], vec![0, 1, 2, 3, 4, 0]).unwrap();"])
    X("forms", V5, "a[np.array([0, 1, 2, 3, 4])[::-2]]", "a[i1]",
      ["let i0: Owned<i32, U1> = Owned::from_vec(vec![0, 1, 2, 3, 4]);",
       "let i1 = index!(i0[::-2]);"])
    X("forms", B, "a[:, np.array([True, False, True, True, False, False])[::2]]",
      "a[:, index!(m[::2])]",
      ["let m: Owned<bool, U1> = Owned::from_vec(vec![true, false, true, true, false, false]);"])
    X("forms", B, "a[np.array([[0, 1], [1, 0]])[:, ::-1], 2]", "a[index!(i0[:, ::-1]), 2]",
      ["let i0: Owned<u8, U2> = Owned::from_shape_vec([2, 2], vec![0, 1, 1, 0]).unwrap();"])
    X("forms", B, "a[[0, 1], 1:]", "a[[0, 1], 1:]", [], note="through `try_index!`")
    cs[-1].rs = None  # rendered with try_index!(..).unwrap()
    cs[-1].try_ok = "a[[0, 1], 1:]"

    # Sources that are not C-contiguous owned arrays: views, references, transposes, `ravel`.
    def Y(shape, np_expr, rs_expr, after, note=None):
        X("forms", shape, np_expr, rs_expr, [], note=note)
        cs[-1].after = after

    Y(B, "a[::-1, 1:][[0, 1], [1, 0]]", "v[[0, 1], [1, 0]]", ["let v = index!(a[::-1, 1:]);"],
      note="the indexed expression is a strided `View`")
    Y(B, "a[:, ::-2][[True, False], ..., [3, 1]]", "v[[true, false], ..., [3, 1]]",
      ["let v = index!(a[:, ::-2]);"])
    Y(B, "a.T[[3, 0], 1]", "a.t()[[3, 0], 1]", [])
    Y(B, "a.T[:, [[True, False], [False, True], [True, True]]]",
      "a.view().t()[:, [[true, false], [false, true], [true, true]]]", [])
    Y(C2, "a[[2, 0]]", "b[[2, 0]]", ["let b = &a;"], note="through a reference")

    # Rank 0: a 0-d mask is the only advanced item that fits.
    K((), "a[{0}]", M(True, "own"))
    K((), "a[{0}]", M(False, "ownref"))
    K((), "a[None, {0}]", M(True, "view"))

    # Chained brackets: after an advanced bracket, everything is a copy.
    H = lambda *a, **k: R("chain", *a, **k)
    H(B, "a[[0, 1]][:, 0]")
    H(B, "a[[0, 1]][::-1, [2, 0]]")
    H(B, "a[1:][[0, 0]]")
    H(B, "a[:, ::2][[1], [0, 1]]")
    H(B, "a[[[True, False, True], [False, False, True]]][::2]")
    H(B, "a[..., [3, 0]][None]")
    H(B, "a[0][[2, 0]][1:]")
    H(B, "a[[0]][0][[1, 2]]")
    H(B, "a[::-1][[True, False]]")
    H(B, "a[[1, 0]][[True, False]][0, 2]")
    H(B, "a[[1, 0]][1, ...]")
    return cs


def hand_picked_sets():
    cs = []

    def S(shape, tmpl, op, value, *arrs, vform="lit", dtype="i", note=None, vrs=None, vnp=None):
        e, r, p = parse_template(tmpl, arrs)
        c = Case("set", "assign", shape, e, r, pre=p, op=op, value=value, vform=vform,
                 dtype=dtype, note=note, vrs=vrs)
        c.vnp = vnp
        cs.append(c)

    arr = np.array
    S(V5, "a[[0, 2, 4]]", "=", 7)
    S(V5, "a[[0, 0, 0]]", "=", arr([1, 2, 3]), note="repeated positions: the last write wins")
    S(V5, "a[[3, -2, 3]]", "=", arr([10, 20, 30]))
    S(V5, "a[[1, 1, 3]]", "+=", 10, note="buffered: a repeated position is updated once")
    S(V5, "a[[1, 1, 3]]", "+=", arr([1, 2, 3]))
    S(V5, "a[[1, 1]]", "-=", 5)
    S(V5, "a[[2, 2, -3]]", "*=", 3)
    S(V5, "a[[[1, 2], [1, 2]]]", "+=", arr([[10, 20], [30, 40]]))
    S(V5, "a[[1, -1]]", "=", arr([[-1, -2]]), note="leading length-1 axes of the value are dropped")
    S(V5, "a[[1, -1]]", "=", arr([[[5]]]))
    S(B, "a[0, :, [0, 1]]", "=", arr([[1, 2, 3], [4, 5, 6]]))
    S(B, "a[0, :, [0, 1]]", "=", arr([10, 20, 30]))
    S(B, "a[:, [0, 2], [1, 3]]", "=", arr([[1], [2]]))
    S(B, "a[[0, 1], :, [1, 3]]", "-=", arr([[1, 2, 3], [4, 5, 6]]), vform="ref")
    S(B, "a[[0, 0], [1, 1]]", "+=", arr([[1, 2, 3, 4], [5, 6, 7, 8]]))
    S(B, "a[[0, 0], [1, 1]]", "=", arr([[1, 2, 3, 4], [5, 6, 7, 8]]), vform="view")
    S(B, "a[[[0], [1]], [0, 2, 1], 3]", "=", arr([[1, 2, 3], [4, 5, 6]]), vform="own")
    S(B, "a[[0, 1]]", "=", np.ones((1, 1, 2, 3, 4), dtype=np.int64) * 5, vform="own")
    S(B, "a[[True, False]]", "=", 0)
    S(B, "a[:, [False, True, False]]", "*=", arr([[[2]], [[3]]]))
    S(B, "a[{0}]", "=", -1, M(np.arange(24).reshape(B) % 5 == 1, "own"))
    S(B, "a[{0}]", "=", arr([10, 20, 30, 40, 50]), M(np.arange(24).reshape(B) % 5 == 1, "ownref"),
      note="through a full-shape mask: a 1-D value of the selected length")
    S(B, "a[{0}]", "=", arr([9]), M(np.arange(24).reshape(B) % 5 == 1, "own"))
    S(B, "a[{0}]", "+=", arr(100), M(np.arange(24).reshape(B) % 7 == 0, "own"), vform="own")
    S(B, "a[{0}]", "=", arr([1]), M(np.zeros(B, dtype=bool), "own"))
    S(B, "a[[[True, False, True], [True, True, False]]]", "=", arr([1, 2, 3, 4]))
    S(B, "a[[[True, False, True], [True, True, False]]]", "=", arr([[1], [2], [3], [4]]))
    S(B, "a[[[True, False, True], [True, True, False]], 1:3]", "+=", arr([[1, 2]]))
    S(B, "a[[True, True], [True, False, True]]", "=", arr([[7], [8]]),
      note="two masks select pointwise: (0, 0) and (1, 2)")
    S(V5, "a[[True, False, True, False, True]]", "-=", arr([1, 2, 3]), vform="view")
    S(V5, "a[[]]", "=", 5)
    S(V5, "a[[]]", "=", np.zeros(0, dtype=np.int64), vform="own")
    S(V5, "a[[]]", "+=", np.zeros(0, dtype=np.int64), vform="own")
    S(V5, "a[[False, False, False, False, False]]", "=", 9)
    S(B, "a[[], 1]", "=", arr([1, 2, 3, 4]))
    S((3, 0, 2), "a[[0, 2]]", "=", 4)
    S(B, "a[1, 2, {0}]", "=", 99, A(3, "own"))
    S(B, "a[{0}, 1]", "=", arr([[1, 2, 3, 4]]), A([1, 1, 0], "vec"))
    S(B, "a[{0}]", "+=", 1, A([[1], [1]], "own", "i32"))
    S(B, "a[:, {0}]", "=", arr([[1, 2, 3, 4]]), A([2, 0], "arr", "u8"))
    S(B, "a[{0}, {1}]", "*=", arr([[-1], [2]]), M([True, True], "vec"), A([2, 0], "slice", "i32"))
    S(B, "a[[0, 1]]", "=", None, vrs="index!(a[[1, 0]])", vnp="a[[1, 0]]",
      note="the value is a fancy read of the same array: a copy, evaluated first")
    S(B, "a[1:][[0, 0], 2]", "=", arr([7, 8, 9, 10]), note="earlier brackets basic: writes into `a`")
    S(B, "a[::2][[True], 1]", "+=", 1)
    S(B, "a[0][:, [1, 1]]", "=", arr([5, 6]))
    S(B, "a[:, 1][[1, 0], [3, 3]]", "-=", arr([1, 2]))
    S(D4, "a[:, [0, 1], :, [1, 2]]", "=", arr([[[1], [2]], [[3], [4]]]).reshape(2, 2, 1), vform="ref")
    S(D4, "a[1, ..., [True, False, True, False, True]]", "=", 0)

    def W(shape, np_tmpl, rs_expr, op, value, after, vform="lit", note=None):
        S(shape, np_tmpl, op, value, vform=vform, note=note)
        cs[-1].rs, cs[-1].after = rs_expr, after

    W(B, "a[::-1, 1:][[0, 1], [1, 1]]", "v[[0, 1], [1, 1]]", "=", arr([1, 2, 3, 4]),
      ["let mut v = index!(mut a[::-1, 1:]);"], note="the target is a strided `ViewMut`")
    W(B, "a[:, ::-1][[True, False], 1]", "v[[true, false], 1]", "+=", arr([10, 20, 30, 40]),
      ["let mut v = index!(mut a[:, ::-1]);"])
    W(B, "a.T[[3, 0], 1]", "v[[3, 0], 1]", "=", arr([[1], [2]]), ["let mut v = a.t_mut();"])
    S(B, "a[[0, 1]]", "=", None, vrs="index!(v[::-1])", vnp="np.arange(4)[::-1]",
      note="a strided view as the value")
    cs[-1].pre = ["let v = Owned::<i64, U1>::arange(4);"]
    S((), "a[{0}]", "=", 7, M(True, "own"))
    S((), "a[{0}]", "+=", np.array([3]), M(False, "own"))
    S((), "a[None, {0}]", "-=", np.array([[3]]), M(True, "ownref"))
    f = lambda *a, **k: S(*a, dtype="f", **k)
    f((3,), "a[[0, 0, 1]]", "/=", 2.0)
    f((3,), "a[[1, 1]]", "/=", arr([2.0, 4.0]))
    f((2, 3), "a[[True, False], [0, 2]]", "/=", arr([0.5, 8.0]))
    f((2, 3), "a[:, [2, 1]]", "/=", arr([[4.0], [-2.0]]), vform="view")
    f((2, 3), "a[[1, 1, 0], [2, 2, 0]]", "=", arr([0.25, 1.5, -3.0]))
    for c in cs:
        if c.vrs is not None:
            c.value = evaluate(c.vnp, source(c.shape, c.dtype))
        res = np_error(lambda: np_assign(source(c.shape, c.dtype), c.expr, c.op, c.value))
        assert res is None, (c.expr, c.op, c.value, res)
    return cs


def hand_picked_errors():
    cs = []

    def E(shape, tmpl, *arrs, form="read", op=None, value=None, vform=None, dtype="i",
          kind="err", note=None):
        e, r, p = parse_template(tmpl, arrs)
        cs.append(Case("err" if kind == "err" else "panic", kind, shape, e, r, pre=p, op=op,
                       value=value, vform=vform, form=form, dtype=dtype, note=note))

    arr = np.array
    E(V5, "a[[0, 7]]")
    E(V5, "a[[-6]]")
    E(V5, "a[[[0, 1], [5, 2]]]")
    E(B, "a[:, [0, 3]]")
    E(B, "a[:, [[0], [-4]], 1]")
    E(B, "a[1, :, [0, 1, 4]]")
    E(B, "a[[0, 1], [0, 1, 2]]")
    E(B, "a[[[0], [1]], [[0, 1, 2]], [0, 1]]")
    E(B, "a[[0, 1], :, [[1, 2, 3]], None]")
    E(B, "a[[True, False, True]]")
    E(B, "a[:, [True, False]]")
    E(B, "a[..., [True, True, True]]")
    E(B, "a[[[True, False], [True, False]]]")
    E(B, "a[[True, False], [True, False]]")
    E(B, "a[[False, False, False]]", note="an all-false mask must still have the right shape")
    E(B, "a[[True, True], [True, True, True]]")
    E(B, "a[:, [True, True, False], [True, True, True, False]]")
    E(B, "a[[True, True], [0, 1, 2]]")
    E(B, "a[[0, 1], 5]")
    E(B, "a[-3, [0, 1]]")
    E(B, "a[[0, 4], :, 9]",
      note="NumPy checks plain integers while parsing the index, before any array entry")
    E(B, "a[[0, 1], [0, 1, 2], 9]")
    E(B, "a[[0, 9], [0, 1, 2]]", note="broadcasting is checked before array entries")
    E(B, "a[[True, False, True], 9]")
    E(B, "a[9, [True, False, True]]")
    E(B, "a[[[]], [0, 1]]")
    E(B, "a[1, [0, 1], [0, 1, 2]]", note="NumPy lists the shapes of the arrays, not of the integers")
    E(B, "a[{0}, [0, 1], [0, 1, 2]]", A(1, "own"), note="a 0-d index array is an integer to NumPy")
    E(B, "a[{0}, [0, 1], [0, 1, 2]]", M(True, "own"))
    E(B, "a[[[True, True, False], [False, False, False]], [0, 1, 2]]")
    E(B, "a[[5, 0], [0, 9]]")
    E(B, "a[[0, 1], [0, 9], [9, 0]]")
    E(V5, "a[[0, 7, -9]]")
    E(B, "a[[True], [True]]")
    E(B, "a[[True, True], [True]]")
    E((0,), "a[[0]]")
    E((3, 0, 2), "a[:, [0]]")
    E(V5, "a[{0}]", A([0, 5], "vec"))
    E(V5, "a[{0}]", A([200, 1], "arr", "u8"))
    E(B, "a[{0}, 1]", A([[0, 1], [-7, 1]], "own", "i32"))
    E(B, "a[{0}]", M([True, False, True], "vec"))
    E(B, "a[{0}]", M(np.ones((2, 4), dtype=bool), "own"))
    E(B, "a[[0, 1]][:, 3]")
    E(B, "a[1:][[1]]")
    E(B, "a[[1, 0]][[True, False, True]]")
    # Assignments: nothing is written.
    A_ = dict(form="assign")
    E(V5, "a[[0, 7]]", op="=", value=1, **A_)
    E(V5, "a[[0, 1, 7]]", op="+=", value=arr([1, 2, 3]), **A_)
    E(V5, "a[[0, 1]]", op="=", value=arr([1, 2, 3]), **A_)
    E(V5, "a[[0, 9]]", op="=", value=arr([1, 2, 3]), **A_,
      note="NumPy checks the value's shape before the index entries")
    E(V5, "a[[0, 1]]", op="+=", value=arr([1, 2, 3]), **A_)
    E(V5, "a[[0, 1]]", op="+=", value=arr([[1, 2]]), **A_,
      note="`+=` is an in-place ufunc: the value cannot have extra leading axes")
    E(B, "a[[0, 1], :, [0, 1]]", op="=", value=np.ones((3, 3), dtype=np.int64), vform="own", **A_)
    E(B, "a[[0, 1], [0, 1]]", op="=", value=arr([[1, 2, 3]]), **A_)
    E(B, "a[[0, 1], [0, 1, 2]]", op="=", value=0, **A_)
    E(B, "a[[True, False, True]]", op="=", value=5, **A_)
    E(B, "a[[True, False]]", op="=", value=arr([1, 2]), **A_)
    E(V5, "a[[True, False, True, False, True]]", op="=", value=arr([1, 2]), **A_)
    E(V5, "a[[True, False, True, False, True]]", op="=", value=arr([[1, 2, 3]]), **A_,
      note="through a full-shape mask, a value of rank > 1 is refused")
    E(B, "a[{0}]", M(np.zeros(B, dtype=bool), "own"), op="=", value=arr([1, 2]), **A_)
    E(B, "a[{0}]", M(np.ones(B, dtype=bool), "ownref"), op="-=", value=arr([1, 2]), **A_)
    E(B, "a[1:][[0, 2]]", op="=", value=1, **A_)
    E((2, 3), "a[[0, 1]]", op="/=", value=arr([1.0, 2.0]), dtype="f", **A_)
    E(B, "a[{0}, 1]", A([0, 2], "vec"), op="*=", value=arr([1, 2]), vform="ref", **A_)
    # The panicking forms panic with NumPy's words.
    E(V5, "a[[0, 7]]", kind="panic")
    E(B, "a[[True, False, True]]", kind="panic")
    E(B, "a[[0, 1], [0, 1, 2]]", kind="panic")
    E(V5, "a[[0, 1]]", op="=", value=arr([1, 2, 3]), kind="panic", **A_)
    E(V5, "a[[1, -9]]", op="+=", value=1, kind="panic", **A_)
    return cs


# --------------------------------------------------------------------------------------------
# Random cases
# --------------------------------------------------------------------------------------------


def rand_shape(max_size=120):
    while True:
        rank = rng.choice([1, 1, 2, 2, 3, 3, 3, 4, 4])
        shape = tuple(rng.choice([0, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5]) for _ in range(rank))
        if int(np.prod(shape, dtype=np.int64)) <= max_size:
            return shape


def rand_bound(n):
    x = rng.random()
    if x < 0.25:
        return None
    if x < 0.75:
        return rng.randint(max(-7, -n - 1), min(7, n + 1))
    return rng.randint(-7, 7)


def rand_slice(n):
    if rng.random() < 0.15:
        return slice(None)
    want_some = n > 0 and rng.random() < 0.8
    for _ in range(20):
        step = None if rng.random() < 0.35 else rng.choice([1, 2, 3, -1, -2, -3])
        sl = slice(rand_bound(n), rand_bound(n), step)
        if not want_some or len(range(*sl.indices(n))) > 0:
            break
    return sl


def rand_basic(shape):
    """A random basic bracket (integers, slices, `...`, `None`) for a chained read."""
    R = len(shape)
    ell = rng.random() < 0.3
    k = rng.randint(0, R) if ell else rng.randint(min(1, R), R)
    before = rng.randint(0, k) if ell else k
    axes = list(range(before)) + list(range(R - (k - before), R))
    items = []
    for ax in axes:
        n = shape[ax]
        if n > 0 and rng.random() < 0.3:
            items.append(rng.randint(-n, n - 1))
        else:
            items.append(rand_slice(n))
    if ell:
        items.insert(before, Ellipsis)
    for _ in range(rng.choice([0, 0, 1])):
        items.insert(rng.randint(0, len(items)), None)
    if not items:
        items = [rng.choice([Ellipsis, None])]
    return items


def rand_entries(n, size):
    return [rng.randint(-n, n - 1) for _ in range(size)]


def pick_int_form(d):
    nonneg = d.size == 0 or int(d.min()) >= 0
    if d.ndim == 0:
        form = rng.choice(["own", "ownref", "view"])
    elif d.ndim == 1:
        form = rng.choice(["lit"] * 6 + INT_FORMS_1D)
    else:
        form = rng.choice(["lit"] * 3 + ["own", "ownref", "view"])
    if form == "lit" and 0 in d.shape[:-1]:
        form = "own"
    if form == "arr" and not nonneg:
        form = "slice"
    if form in ("own", "ownref", "view"):
        ty = rng.choice(SIGNED + (UNSIGNED if nonneg else []))
    elif form == "vec":
        ty = "usize" if nonneg else "i64"
    elif form == "vecref":
        ty = "i64"
    elif form == "slice":
        ty = "i32"
    elif form == "arr":
        ty = "u8"
    else:
        ty = None
    return Arr(d, form, ty)


def pick_mask_form(d):
    if d.ndim == 1:
        form = rng.choice(["lit"] * 6 + MASK_FORMS_1D)
    else:
        form = rng.choice(["lit"] * 3 + ["own", "ownref"])
    if form == "lit" and d.size == 0:
        form = "own"
    return Arr(d, form)


def rand_mask(shape, count=None):
    size = int(np.prod(shape, dtype=np.int64))
    if count is None:
        p = rng.choice([0.0, 0.3, 0.5, 0.5, 0.7, 0.7, 0.85, 1.0])
        flat = [rng.random() < p for _ in range(size)]
    else:
        on = set(rng.sample(range(size), count))
        flat = [k in on for k in range(size)]
    return np.array(flat, dtype=bool).reshape(shape)


def rand_adv(shape, mask_prob=0.2):
    """A random bracket holding at least one index array or mask, valid for `shape`."""
    R = len(shape)
    for _ in range(200):
        ell = rng.random() < 0.25
        k = rng.randint(0, R) if ell else rng.randint(1, R)
        before = rng.randint(0, k) if ell else k
        segs = [list(range(before)), list(range(R - (k - before), R))]
        seq = []  # (kind, axes)
        for si, seg in enumerate(segs):
            j = 0
            while j < len(seg):
                x = rng.random()
                if x < mask_prob:
                    kk = rng.randint(1, min(3, len(seg) - j))
                    seq.append(["mask", seg[j:j + kk]])
                    j += kk
                    continue
                kind = "arr" if x < 0.5 else "int" if x < 0.7 else "slice"
                seq.append([kind, [seg[j]]])
                j += 1
            if si == 0 and ell:
                seq.append(["ell", []])
        cand = [s for s in seq if s[0] in ("int", "slice")]
        if not any(s[0] in ("arr", "mask") for s in seq):
            if not cand:
                continue
            rng.choice(cand)[0] = "arr"
        for s in seq:
            if s[0] == "int" and shape[s[1][0]] == 0:
                s[0] = "slice"
        # Masks: their nonzero() arrays must broadcast together.
        masks = {}
        counts = []
        ok = True
        for n, s in enumerate(seq):
            if s[0] != "mask":
                continue
            mshape = tuple(shape[ax] for ax in s[1])
            size = int(np.prod(mshape, dtype=np.int64))
            if not counts:
                m = rand_mask(mshape)
            else:
                c0 = max(counts)
                want = c0 if c0 <= size and rng.random() < 0.85 else (1 if size >= 1 else 0)
                if want > size or (want not in (1, c0) and c0 != 1):
                    ok = False
                    break
                m = rand_mask(mshape, want)
            counts.append(int(m.sum()))
            masks[n] = m
        if not ok:
            continue
        big = [c for c in counts if c != 1]
        if len(set(big)) > 1:
            continue
        need_empty = [n for n, s in enumerate(seq) if s[0] == "arr" and shape[s[1][0]] == 0]
        if counts:
            c = big[0] if big else 1
            if need_empty and c != 0:
                continue
            prefix = [rng.choice([1, 2, 3])] if rng.random() < 0.2 else []
            bshape = prefix + [c]
        else:
            brank = rng.choice([0, 1, 1, 1, 1, 2, 2, 3])
            bshape = [rng.choice([1, 2, 2, 3, 3, 4]) if rng.random() > 0.04 else 0
                      for _ in range(brank)]
            if need_empty and 0 not in bshape:
                if not bshape:
                    bshape = [0]
                else:
                    bshape[rng.randrange(len(bshape))] = 0
        items = []
        for n, s in enumerate(seq):
            kind, axes = s
            if kind == "ell":
                items.append(Ellipsis)
            elif kind == "slice":
                items.append(rand_slice(shape[axes[0]]))
            elif kind == "int":
                nn = shape[axes[0]]
                items.append(rng.randint(-nn, nn - 1))
            elif kind == "mask":
                items.append(pick_mask_form(masks[n]))
            else:
                nn = shape[axes[0]]
                if counts:
                    if n in need_empty:
                        ashape = list(bshape)
                    else:
                        ashape = rng.choice([[], [1], [bshape[-1]], list(bshape)])
                elif n in need_empty:
                    z = bshape.index(0)
                    m = rng.randint(len(bshape) - z, len(bshape))
                    ashape = bshape[len(bshape) - m:]
                else:
                    m = rng.randint(0, len(bshape))
                    ashape = [d if rng.random() < 0.7 else 1 for d in bshape[len(bshape) - m:]]
                size = int(np.prod(ashape, dtype=np.int64))
                if nn == 0:
                    assert size == 0, (ashape, bshape)
                d = np.array(rand_entries(nn, size), dtype=np.int64).reshape(ashape)
                items.append(pick_int_form(d))
        # A 0-d integer array is an integer to NumPy: keep one only next to a real array, where
        # integers are advanced anyway (alone, whether it reads a view or a copy is the
        # library's choice, not NumPy's).
        if not any(isinstance(it, Arr) and (it.mask or it.data.ndim > 0) for it in items):
            items = [pick_int_form(it.data.reshape(1)) if isinstance(it, Arr) else it
                     for it in items]
        for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
            items.insert(rng.randint(0, len(items)), None)
        return items
    raise RuntimeError("no advanced index for %s" % (shape,))


def rand_target(shape, chain_before, chain_after, max_len=150):
    """Random brackets: an optional basic one, an advanced one, an optional basic one."""
    for _ in range(100):
        brackets = []
        cur = shape
        if rng.random() < chain_before:
            b0 = rand_basic(shape)
            r0 = evaluate(Target([b0]).render()[0], source(shape, "i"))
            if not isinstance(r0, np.ndarray) or r0.ndim == 0:
                continue
            brackets.append(b0)
            cur = r0.shape
        brackets.append(rand_adv(cur))
        t = Target(brackets)
        try:
            r = evaluate(t.render()[0], source(shape, "i"))
        except (IndexError, ValueError) as e:
            raise AssertionError("generated an invalid index %s on %s: %s"
                                 % (t.render()[0], shape, e))
        if r.size > max_len:
            continue
        if r.ndim >= 1 and rng.random() < chain_after:
            t = Target(brackets + [rand_basic(r.shape)])
        return t
    raise RuntimeError("no target for %s" % (shape,))


def rand_value(tshape, dtype, op):
    def elem():
        if dtype == "f":
            return rng.choice([2.0, 4.0, -2.0, 0.5, 8.0, -1.0, 0.25])
        return rng.randint(-9, 9)

    if rng.random() < 0.3:
        return elem(), "lit"
    m = rng.randint(0, len(tshape))
    vs = [d if rng.random() < 0.7 else 1 for d in tshape[len(tshape) - m:]]
    if op == "=" and rng.random() < 0.2:
        vs = [1] * rng.randint(1, 2) + vs
    n = int(np.prod(vs, dtype=np.int64))
    v = np.array([elem() for _ in range(n)], dtype=np.float64 if dtype == "f" else np.int64)
    v = v.reshape(vs)
    return v, rng.choice(["lit", "lit", "ref", "view", "own"])


def random_cases(n_read=140, n_set=100, n_full=20):
    seen = set()
    cs = []
    while len(cs) < n_read:
        shape = rand_shape()
        t = rand_target(shape, 0.08, 0.15)
        e, r, p = t.render()
        if (shape, e) in seen:
            continue
        seen.add((shape, e))
        cs.append(Case("rand", "read", shape, e, r, pre=p))
    n = 0
    ops = ["=", "=", "=", "+=", "-=", "*=", "/="]
    while n < n_set:
        shape = rand_shape()
        t = rand_target(shape, 0.1, 0.0)
        e, r, p = t.render()
        op = rng.choice(ops)
        dtype = "f" if op == "/=" else "i"
        res = np.asarray(evaluate(e, source(shape, dtype)))
        value, vform = rand_value(res.shape, dtype, op)
        if np_error(lambda: np_assign(source(shape, dtype), e, op, value)):
            continue  # e.g. a value of rank > 1 through a full-shape mask
        if (shape, e, op) in seen:
            continue
        seen.add((shape, e, op))
        cs.append(Case("rand_set", "assign", shape, e, r, pre=p, op=op, value=value,
                       vform=vform, dtype=dtype))
        n += 1
    # A mask covering every axis (NumPy's own path for reads and writes), on a contiguous
    # array or on a strided view of it.
    n = 0
    while n < 2 * n_full:
        shape = rand_shape()
        if len(shape) > 3:
            continue
        brackets, cur = [], shape
        if rng.random() < 0.3:
            b0 = rand_basic(shape)
            r0 = evaluate(Target([b0]).render()[0], source(shape, "i"))
            if not isinstance(r0, np.ndarray) or not 1 <= r0.ndim <= 3:
                continue
            brackets.append(b0)
            cur = r0.shape
        m = rand_mask(cur)
        brackets.append([pick_mask_form(m)])
        e, r, p = Target(brackets).render()
        if (shape, e) in seen:
            continue
        seen.add((shape, e))
        if n < n_full:
            cs.append(Case("rand", "read", shape, e, r, pre=p))
        else:
            op = rng.choice(["=", "=", "+=", "-=", "*=", "/="])
            dtype = "f" if op == "/=" else "i"
            k = int(m.sum())
            elem = (lambda: rng.choice([2.0, -4.0, 0.5])) if dtype == "f" else \
                (lambda: rng.randint(-9, 9))
            shp = rng.choice([None, (), (1,), (k,), (k,)])
            if shp is None:
                value, vform = elem(), "lit"
            else:
                value = np.array([elem() for _ in range(int(np.prod(shp)))],
                                 dtype=np.float64 if dtype == "f" else np.int64).reshape(shp)
                vform = rng.choice(["lit", "ref", "view", "own"])
            cs.append(Case("rand_set", "assign", shape, e, r, pre=p, op=op, value=value,
                           vform=vform, dtype=dtype))
        n += 1
    return cs


def corrupt(shape, items):
    """Makes one item of a valid advanced bracket wrong; returns False if it cannot."""
    what = rng.choice(["oob", "oob", "mask", "bcast", "int"])
    arrs = [k for k, it in enumerate(items) if isinstance(it, Arr)]
    # The axis each item indexes.
    axes, ax = {}, 0
    nell = len(shape) - sum(it.data.ndim if isinstance(it, Arr) and it.mask else
                            0 if it is None or it is Ellipsis else 1 for it in items)
    for k, it in enumerate(items):
        axes[k] = ax
        if it is Ellipsis:
            ax += nell
        elif isinstance(it, Arr) and it.mask:
            ax += it.data.ndim
        elif it is not None:
            ax += 1
    if what == "oob":
        ks = [k for k in arrs if not items[k].mask and items[k].data.size > 0]
        if not ks:
            return False
        k = rng.choice(ks)
        x = items[k]
        n = shape[axes[k]]
        d = x.data.copy().ravel()
        bad = n + rng.randint(0, 3) if rng.random() < 0.5 else -(n + 1 + rng.randint(0, 3))
        d[rng.randrange(d.size)] = bad
        d = d.reshape(x.data.shape)
        form, ty = x.form, x.ty
        if bad < 0 and ty in UNSIGNED + ["usize"]:
            ty = "i64" if form in ("vec", "own", "ownref", "view") else "i32"
            if form == "arr":
                form = "slice"
        items[k] = Arr(d, form, ty)
        return True
    if what == "int":
        ks = [k for k, it in enumerate(items) if isinstance(it, int) and not isinstance(it, bool)]
        if not ks:
            return False
        k = rng.choice(ks)
        n = shape[axes[k]]
        items[k] = n + rng.randint(0, 2) if rng.random() < 0.5 else -(n + 1 + rng.randint(0, 2))
        return True
    if what == "mask":
        ks = [k for k in arrs if items[k].mask]
        if not ks:
            return False
        k = rng.choice(ks)
        x = items[k]
        ms = list(x.data.shape)
        j = rng.randrange(len(ms))
        ms[j] = ms[j] + 1 if ms[j] == 0 or rng.random() < 0.5 else ms[j] - 1
        form = x.form
        d = rand_mask(tuple(ms))
        if form == "lit" and d.size == 0:
            form = "own"
        if form in ("vec", "arr", "view") and d.ndim != 1:
            form = "own"
        items[k] = Arr(d, form)
        return True
    if what == "bcast":
        ks = [k for k in arrs if not items[k].mask]
        if len(arrs) < 2 or not ks:
            return False
        k = rng.choice(ks)
        x = items[k]
        n = shape[axes[k]]
        if n == 0:
            return False
        others = [items[j] for j in arrs if j != k]
        oshape = np.broadcast_shapes(*[(int(o.data.sum()),) if o.mask and o.data.ndim > 0
                                       else o.data.shape for o in others])
        if not oshape:
            return False
        j = rng.randrange(len(oshape))
        bs = list(oshape[j:])
        bs[0] = oshape[j] + rng.randint(1, 2) if oshape[j] != 1 else rng.randint(2, 3)
        if oshape[j] == 1:
            return False
        d = np.array(rand_entries(n, int(np.prod(bs))), dtype=np.int64).reshape(bs)
        items[k] = pick_int_form(d)
        return True
    return False


def random_errors(n_idx=30, n_val=12, n_full=4):
    cs = []
    seen = set()
    while len(cs) < n_idx:
        shape = rand_shape(60)
        items = rand_adv(shape, mask_prob=0.3)
        if not corrupt(shape, items):
            continue
        t = Target([items])
        e, r, p = t.render()
        if np_error(lambda: evaluate(e, source(shape, "i"))) is None or (shape, e) in seen:
            continue
        seen.add((shape, e))
        if rng.random() < 0.35:
            cs.append(Case("rand_err", "err", shape, e, r, pre=p, form="assign",
                           op=rng.choice(["=", "+="]), value=rng.randint(-9, 9), vform="lit"))
        else:
            cs.append(Case("rand_err", "err", shape, e, r, pre=p))
    n = 0
    while n < n_val:
        shape = rand_shape(60)
        t = rand_target(shape, 0.0, 0.0)
        e, r, p = t.render()
        res = evaluate(e, source(shape, "i"))
        if res.ndim == 0:
            continue
        vs = list(res.shape)
        ax = rng.randrange(len(vs))
        vs[ax] = vs[ax] + rng.randint(1, 2) if vs[ax] != 1 else 2
        v = np.arange(1, 1 + int(np.prod(vs))).reshape(vs)
        if np_error(lambda: np_assign(source(shape, "i"), e, "=", v)) is None:
            continue
        if (shape, e) in seen:
            continue
        seen.add((shape, e))
        cs.append(Case("rand_err", "err", shape, e, r, pre=p, form="assign", op="=", value=v,
                       vform=rng.choice(["lit", "ref", "own"])))
        n += 1
    # Values that a full-shape mask refuses: a wrong length, or a rank above 1.
    n = 0
    while n < n_full:
        shape = rand_shape(60)
        if len(shape) > 3:
            continue
        m = rand_mask(shape)
        e, r, p = Target([[pick_mask_form(m)]]).render()
        k = int(m.sum())
        vs = rng.choice([(k + rng.randint(1, 2),), (2, k), (1, k)])
        if vs == (1, 1):
            continue
        v = np.arange(1, 1 + int(np.prod(vs))).reshape(vs)
        if np_error(lambda: np_assign(source(shape, "i"), e, "=", v)) is None or (shape, e) in seen:
            continue
        seen.add((shape, e))
        cs.append(Case("rand_err", "err", shape, e, r, pre=p, form="assign", op="=", value=v,
                       vform=rng.choice(["lit", "ref", "own"])))
        n += 1
    return cs


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

HEADER = """\
// @generated by scripts/golden_advanced.py. DO NOT EDIT: change the script and regenerate with
//     python3 scripts/golden_advanced.py
// (deterministic: fixed seed {seed}; NumPy {npver} was the oracle).
//
// NumPy conformance of `index!` / `try_index!` for advanced indexing: integer index arrays
// (list literals and array expressions of any integer type) and boolean masks, mixed with
// integers, slices, `...` and `None`; reads (always an `Owned` copy), assignments through
// the index (`=`, `+=`, `-=`, `*=`, `/=`) and their errors. Each test names the NumPy
// expression it mirrors; every expected shape, value and message below was produced by
// running that expression through NumPy.
//
{counts}

use typed_array::Dim;
use typed_array::prelude::*;

/// A shape literal as `[usize; N]` (`[]` included).
fn sh<const N: usize>(shape: [usize; N]) -> [usize; N] {{
    shape
}}

/// `np.arange(n).reshape(shape)` as `i64`: `ar![2, 3, 4]`.
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

/// Shape and values (C order) of a copy, which is C-contiguous.
#[track_caller]
fn chk<D: Dim>(r: &Owned<i64, D>, shape: &[usize], vals: &[i64]) {{
    assert_eq!(r.shape(), shape, "shape");
    assert_eq!(r.ndim(), shape.len(), "ndim");
    assert_eq!(r.len(), vals.len(), "len");
    assert_eq!(r.iter().copied().collect::<Vec<_>>(), vals, "values");
    assert!(r.is_c_contiguous(), "a copy is C-contiguous");
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


ORDER = ["place", "bcast", "mask", "empty", "forms", "chain", "set", "rand", "rand_set", "err",
         "rand_err", "panic"]
DESC = {
    "place": "placement of the advanced axes", "bcast": "index arrays broadcasting together",
    "mask": "masks", "empty": "empty arrays, all-false masks and zero-length axes",
    "forms": "index arrays as expressions", "chain": "chained brackets",
    "set": "hand-picked assignments", "rand": "random reads", "rand_set": "random assignments",
    "err": "hand-picked errors", "rand_err": "random errors", "panic": "panicking forms",
}


def main():
    cases = hand_picked() + hand_picked_sets() + random_cases() + hand_picked_errors() + \
        random_errors()
    cases.sort(key=lambda c: ORDER.index(c.cat))
    counts = {}
    for c in cases:
        counts[c.cat] = counts.get(c.cat, 0) + 1
    count_text = ", ".join("%d %s (%s_*)" % (counts[k], DESC[k], k) for k in ORDER if k in counts)
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
        try:
            with open(OUT) as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print("tests/golden_advanced.rs is stale: run python3 scripts/golden_advanced.py")
            sys.exit(1)
        return
    with open(OUT, "w") as f:
        f.write(text)
    print("wrote %s: %s" % (os.path.relpath(OUT, ROOT), count_text))


if __name__ == "__main__":
    main()
