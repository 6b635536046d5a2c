//! Reductions: whole-array and per-axis, on every layout, against loops over the elements
//! (exact for integers), plus NumPy's edge cases: empty arrays, NaN, and the errors.

use proptest::prelude::*;
use typed_array::__private::{Item, Slice};
use typed_array::prelude::*;

#[test]
fn whole_array_reductions() {
    let a = array![[3, -1, 4], [1, -5, 9]];
    assert_eq!((a.sum(), a.product()), (11, 540));
    assert_eq!((a.min(), a.max()), (Some(-5), Some(9)));
    assert_eq!((a.argmin(), a.argmax()), (Some(4), Some(5)));
    // On a transposed view the flat index is the view's own C order.
    assert_eq!((a.t().argmin(), a.t().argmax()), (Some(3), Some(5)));
    let f = array![2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0];
    assert_eq!((f.mean(), f.var(), f.std()), (5.0, 4.0, 2.0));
    assert_eq!(f.var_ddof(1), 32.0 / 7.0);
    assert_eq!(f.std_ddof(1), (32.0f64 / 7.0).sqrt());
    // Ties: the first position wins, as in NumPy.
    assert_eq!(array![1, 0, 0, 1].argmin(), Some(1));
    assert_eq!(array![1, 0, 0, 1].argmax(), Some(0));
    assert!(array![true, true].all() && !array![true, false].all());
    assert!(array![false, true].any() && !array![false, false].any());
}

#[test]
fn empty_arrays() {
    let e = Owned::<f64, U2>::zeros([0, 3]);
    assert_eq!(e.sum(), 0.0);
    assert_eq!(e.product(), 1.0);
    assert!(e.mean().is_nan() && e.var().is_nan());
    assert_eq!(
        (e.min(), e.max(), e.argmin(), e.argmax()),
        (None, None, None, None)
    );
    assert!(Owned::<bool, U1>::zeros([0]).all() && !Owned::<bool, U1>::zeros([0]).any());
    // Along the empty axis: the identity for sums and products, an error for the others.
    assert_eq!(e.sum_axis(0), array![0.0, 0.0, 0.0]);
    assert_eq!(e.product_axis(0), array![1.0, 1.0, 1.0]);
    assert!(e.mean_axis(0).iter().all(|x| x.is_nan()));
    assert_eq!(
        e.try_min_axis(0).unwrap_err().to_string(),
        "zero-size array to reduction operation minimum which has no identity"
    );
    assert_eq!(
        e.try_argmax_axis(-2).unwrap_err().to_string(),
        "attempt to get argmax of an empty sequence"
    );
    // Along a non-empty axis of an empty array: an empty result, as NumPy.
    assert_eq!(e.min_axis(1).shape(), &[0]);
    assert_eq!(e.argmin_axis(1).shape(), &[0]);
    assert_eq!(e.sum_axis(1).shape(), &[0]);
}

#[test]
fn nan_propagates_like_numpy() {
    let a = array![[1.0, f64::NAN, 0.0], [2.0, 3.0, f64::NAN]];
    assert!(a.min().unwrap().is_nan() && a.max().unwrap().is_nan());
    assert_eq!((a.argmin(), a.argmax()), (Some(1), Some(1)));
    let m = a.min_axis(0);
    assert_eq!((m[0], m[1].is_nan(), m[2].is_nan()), (1.0, true, true));
    assert_eq!(a.argmax_axis(1), array![1, 2]);
    assert_eq!(array![3.0, f64::NAN, f64::NAN].argmax(), Some(1));
    assert!(a.sum().is_nan());
}

#[test]
fn axis_errors_and_negative_axes() {
    let a = Owned::<i32, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
    assert_eq!(a.sum_axis(-1), a.sum_axis(2));
    assert_eq!(a.sum_axis(-3), a.sum_axis(0));
    assert_eq!(
        a.try_sum_axis(3).unwrap_err().to_string(),
        "axis 3 is out of bounds for array of dimension 3"
    );
    assert!(matches!(
        a.try_max_axis(-4),
        Err(ShapeError::AxisOutOfBounds { axis: -4, ndim: 3 })
    ));
    let r: Owned<i32, U2> = a.sum_axis(1);
    assert_eq!(r, array![[12, 15, 18, 21], [48, 51, 54, 57]]);
    let z: Owned<i32, U0> = array![1, 2, 3].sum_axis(0);
    assert_eq!(z[[]], 6);
}

#[test]
#[should_panic(expected = "axis 2 is out of bounds for array of dimension 2")]
fn an_axis_out_of_range_panics_with_numpys_words() {
    let _ = array![[1.0]].mean_axis(2);
}

#[test]
fn float_axis_statistics() {
    let a = array![[1.0, 2.0, 4.0], [3.0, 6.0, 8.0]];
    assert_eq!(a.mean_axis(0), array![2.0, 4.0, 6.0]);
    assert_eq!(a.mean_axis(1), array![7.0 / 3.0, 17.0 / 3.0]);
    assert_eq!(a.var_axis(0), array![1.0, 4.0, 4.0]);
    assert_eq!(a.std_axis(0), array![1.0, 2.0, 2.0]);
    assert_eq!(a.var_axis_ddof(0, 1), array![2.0, 8.0, 8.0]);
    assert_eq!(
        a.std_axis_ddof(0, 1),
        array![2.0f64.sqrt(), 8.0f64.sqrt(), 8.0f64.sqrt()]
    );
    assert!(a.var_axis(1).allclose(array![14.0 / 9.0, 38.0 / 9.0]));
    assert!(a.t().var_axis(0).allclose(a.var_axis(1)));
    // ddof larger than the count divides by zero, as NumPy does (with a warning there).
    assert!(a.var_axis_ddof(0, 5).iter().all(|x| x.is_infinite()));
}

#[test]
fn allclose_follows_numpy() {
    let a = array![1.0, 1e10, f64::INFINITY];
    assert!(a.allclose(array![1.0 + 1e-9, 1.00001e10, f64::INFINITY]));
    assert!(!a.allclose(array![1.0, 1e10, -f64::INFINITY]));
    assert!(!array![f64::NAN].allclose(array![f64::NAN]));
    assert!(array![[1.0, 2.0]].allclose(2.0 - array![1.0, 0.0]));
    assert!(!array![1.0].allclose_with(array![1.1], 0.0, 0.05));
    assert!(array![1.0].allclose_with(array![1.1], 0.0, 0.11));
    // Shapes that do not broadcast are not close.
    assert!(!array![1.0, 2.0].allclose(array![1.0, 2.0, 3.0]));
}

/// The documented bound on a sum's rounding error.
fn bound(n: usize, abs_sum: f64) -> f64 {
    (44.0 + (n as f64).log2().ceil()) * f64::EPSILON * abs_sum
}

#[test]
fn the_sum_is_pairwise() {
    // 1 followed by 2^20 values of ε/2: a plain loop rounds each addition away and returns
    // 1; a pairwise sum adds the small values among themselves first.
    let n = 1 << 20;
    let small = f64::EPSILON / 2.0;
    let exact = 1.0 + n as f64 * small;
    let abs_sum = exact;
    let mut v = vec![small; n + 1];
    v[0] = 1.0;
    let a = Owned::from_vec(v);
    assert_eq!(a.iter().fold(0.0, |s, x| s + x), 1.0);
    assert!((a.sum() - exact).abs() <= bound(n + 1, abs_sum));
    assert!(exact - 1.0 > 1000.0 * bound(n + 1, abs_sum));
    // The same on a strided view.
    let mut b = vec![small; 2 * n + 2];
    b[0] = 1.0;
    let b = Owned::from_vec(b);
    assert!((index!(b[::2]).sum() - exact).abs() <= bound(n + 1, abs_sum));
    // And along either axis of a 2-D array, whichever axis is innermost in memory.
    let mut m = Owned::<f64, U2>::full([n + 1, 4], small);
    index!(m[0] = 1.0);
    for s in m.sum_axis(0).iter().chain(m.t().sum_axis(1).iter()) {
        assert!((s - exact).abs() <= bound(n + 1, abs_sum), "{s} vs {exact}");
    }
    let mt = m.t().to_owned();
    for s in mt.sum_axis(1).iter().chain(mt.t().sum_axis(0).iter()) {
        assert!((s - exact).abs() <= bound(n + 1, abs_sum), "{s} vs {exact}");
    }
}

#[test]
fn mutable_iteration_folds_over_strided_views() {
    let mut a = Owned::<i32, U1>::arange(60).into_shape([3, 4, 5]).unwrap();
    let mut order = Vec::new();
    let mut w = index!(mut a[::-1, 1::2, ::2]);
    let mut it = w.iter_mut();
    if let Some(x) = it.next() {
        *x = -1;
    }
    it.enumerate().for_each(|(i, x)| {
        order.push(*x);
        *x = 1000 + i as i32;
    });
    assert_eq!(
        order,
        [
            47, 49, 55, 57, 59, 25, 27, 29, 35, 37, 39, 5, 7, 9, 15, 17, 19
        ]
    );
    assert_eq!(index!(a[2, 1]), array![-1, 46, 1000, 48, 1001]);
    assert_eq!(index!(a[0, 3, ::2]), array![1014, 1015, 1016]);
    let t: Vec<i32> = a.t_mut().iter_mut().map(|x| *x).take(6).collect();
    assert_eq!(t, [0, 20, 40, 1011, 1005, -1]);
}

fn slice_item() -> impl Strategy<Value = Item> {
    (
        prop_oneof![Just(None), (-5isize..6).prop_map(Some)],
        prop_oneof![Just(None), (-5isize..6).prop_map(Some)],
        prop_oneof![
            Just(None),
            (-3isize..4)
                .prop_filter("non-zero", |s| *s != 0)
                .prop_map(Some)
        ],
    )
        .prop_map(|(start, stop, step)| Item::Slice(Slice { start, stop, step }))
}

/// A strided, possibly reversed and permuted view of `a`.
fn view_of<'a>(a: &'a Owned<i64, U3>, items: &[Item; 3], perm: [isize; 3]) -> View<'a, i64, U3> {
    let v = a.view();
    let kind =
        typed_array::__private::IndexRank::<3, 0, 0>::out(typed_array::__private::rank_of(&v));
    typed_array::__private::try_view(v, items, kind)
        .unwrap()
        .permute_axes(perm)
}

/// `f` over each lane along `axis` of `v`'s elements, by explicit indexing.
fn lanes<R>(v: &View<'_, i64, U3>, axis: usize, f: impl Fn(&[i64]) -> R) -> (Vec<usize>, Vec<R>) {
    let sh = v.shape().to_vec();
    let others: Vec<usize> = (0..3).filter(|&k| k != axis).collect();
    let mut out = Vec::new();
    for i in 0..sh[others[0]] {
        for j in 0..sh[others[1]] {
            let lane: Vec<i64> = (0..sh[axis])
                .map(|k| {
                    let mut ix = [0; 3];
                    ix[axis] = k;
                    ix[others[0]] = i;
                    ix[others[1]] = j;
                    v[ix]
                })
                .collect();
            out.push(f(&lane));
        }
    }
    (vec![sh[others[0]], sh[others[1]]], out)
}

fn first_extreme(l: &[i64], min: bool) -> usize {
    let mut at = 0;
    for (i, x) in l.iter().enumerate() {
        if (min && *x < l[at]) || (!min && *x > l[at]) {
            at = i;
        }
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn axis_reductions_on_any_layout(
        d0 in 1usize..5, d1 in 1usize..5, d2 in 1usize..6,
        s0 in slice_item(), s1 in slice_item(), s2 in slice_item(),
        perm in Just([0isize, 1, 2]).prop_shuffle(),
        axis in 0usize..3, seed in any::<u64>(),
    ) {
        let n = d0 * d1 * d2;
        let data: Vec<i64> = (0..n as u64).map(|i| ((i.wrapping_mul(seed | 1) >> 7) % 7) as i64 - 3).collect();
        let a = Owned::from_shape_vec([d0, d1, d2], data).unwrap();
        let v = view_of(&a, &[s0, s1, s2], [perm[0], perm[1], perm[2]]);
        let ax = axis as isize - if axis % 2 == 0 { 3 } else { 0 };

        let (shape, sums) = lanes(&v, axis, |l| l.iter().sum::<i64>());
        let got = v.sum_axis(ax);
        prop_assert_eq!(got.shape(), &shape[..]);
        prop_assert_eq!(got.iter().copied().collect::<Vec<_>>(), sums);
        let (_, prods) = lanes(&v, axis, |l| l.iter().product::<i64>());
        prop_assert_eq!(v.product_axis(ax).iter().copied().collect::<Vec<_>>(), prods);
        prop_assert_eq!(v.sum(), v.iter().sum::<i64>());

        let f = v.cast::<f64>();
        let (_, means) = lanes(&v, axis, |l| l.iter().sum::<i64>() as f64 / l.len() as f64);
        let (_, vars) = lanes(&v, axis, |l| {
            let m = l.iter().sum::<i64>() as f64 / l.len() as f64;
            l.iter().map(|&x| (x as f64 - m).powi(2)).sum::<f64>() / l.len() as f64
        });
        let fv = f.view();
        for (x, y) in fv.mean_axis(ax).iter().zip(&means) {
            prop_assert!((x - y).abs() <= 1e-12 || (x.is_nan() && y.is_nan()));
        }
        for (x, y) in fv.var_axis(ax).iter().zip(&vars) {
            prop_assert!((x - y).abs() <= 1e-12 || (x.is_nan() && y.is_nan()));
        }

        if v.shape()[axis] > 0 {
            let (_, mins) = lanes(&v, axis, |l| *l.iter().min().unwrap());
            let (_, maxs) = lanes(&v, axis, |l| *l.iter().max().unwrap());
            let (_, amin) = lanes(&v, axis, |l| first_extreme(l, true));
            let (_, amax) = lanes(&v, axis, |l| first_extreme(l, false));
            prop_assert_eq!(v.min_axis(ax).iter().copied().collect::<Vec<_>>(), mins);
            prop_assert_eq!(v.max_axis(ax).iter().copied().collect::<Vec<_>>(), maxs);
            prop_assert_eq!(v.argmin_axis(ax).iter().copied().collect::<Vec<_>>(), amin);
            prop_assert_eq!(v.argmax_axis(ax).iter().copied().collect::<Vec<_>>(), amax);
        } else {
            prop_assert!(v.try_min_axis(ax).is_err());
        }
        // Element by element (a `for` loop calls `next`), and folded (collect, sum) after a
        // few `next` calls: the same elements in the same order.
        let mut flat = Vec::new();
        for &x in v.iter() {
            flat.push(x);
        }
        let skip = (seed % 7) as usize;
        let mut it = v.iter();
        let head: Vec<i64> = it.by_ref().take(skip).copied().collect();
        let folded = it.fold(head, |mut acc, &x| { acc.push(x); acc });
        prop_assert_eq!(&folded, &flat);
        prop_assert_eq!(v.iter().sum::<i64>(), flat.iter().sum::<i64>());
        // Copies of any layout: C-contiguous, the same shape and elements.
        let c = v.to_owned();
        prop_assert!(c.is_c_contiguous());
        prop_assert_eq!(c.shape(), v.shape());
        prop_assert_eq!(c.as_slice().unwrap(), &flat[..]);
        prop_assert_eq!(v.flatten().into_vec(), flat.clone());
        prop_assert_eq!(v.map(|x| x * 2).into_vec(), flat.iter().map(|x| x * 2).collect::<Vec<_>>());
        prop_assert_eq!(v.min(), flat.iter().min().copied());
        prop_assert_eq!(v.argmax(), (!flat.is_empty()).then(|| first_extreme(&flat, false)));

        let mask = v.gt(0);
        let (_, alls) = lanes(&v, axis, |l| l.iter().all(|&x| x > 0));
        let (_, anys) = lanes(&v, axis, |l| l.iter().any(|&x| x > 0));
        prop_assert_eq!(mask.all_axis(ax).iter().copied().collect::<Vec<_>>(), alls);
        prop_assert_eq!(mask.any_axis(ax).iter().copied().collect::<Vec<_>>(), anys);
        prop_assert_eq!(mask.any(), flat.iter().any(|&x| x > 0));
    }

    #[test]
    fn arithmetic_on_any_layout(
        d0 in 1usize..5, d1 in 1usize..5, d2 in 1usize..6,
        s0 in slice_item(), s1 in slice_item(), s2 in slice_item(),
        perm in Just([0isize, 1, 2]).prop_shuffle(),
        t0 in slice_item(), t1 in slice_item(), t2 in slice_item(),
    ) {
        let a = Owned::from_shape_vec([d0, d1, d2], (0..(d0 * d1 * d2) as i64).collect()).unwrap();
        let x = view_of(&a, &[s0, s1, s2], [perm[0], perm[1], perm[2]]);
        let y = view_of(&a, &[t0, t1, t2], [0, 1, 2]);
        // Against an explicit broadcast of the two shapes.
        let mut shape = [0usize; 3];
        let mut ok = true;
        for ((slot, &p), &q) in shape.iter_mut().zip(x.shape()).zip(y.shape()) {
            *slot = if p == q || q == 1 { p } else if p == 1 { q } else { ok = false; 0 };
        }
        match x.try_sub(y) {
            Ok(r) => {
                prop_assert!(ok);
                prop_assert_eq!(r.shape(), &shape[..]);
                let at = |v: &View<'_, i64, U3>, ix: [usize; 3]| {
                    v[core::array::from_fn::<usize, 3, _>(|k| if v.shape()[k] == 1 { 0 } else { ix[k] })]
                };
                for i in 0..shape[0] { for j in 0..shape[1] { for k in 0..shape[2] {
                    prop_assert_eq!(r[[i, j, k]], at(&x, [i, j, k]) - at(&y, [i, j, k]));
                }}}
                let mut c = x.to_owned();
                if c.shape() == r.shape() {
                    c -= y;
                    prop_assert_eq!(&c, &r);
                }
            }
            Err(e) => {
                prop_assert!(!ok);
                let msg = format!(
                    "operands could not be broadcast together with shapes ({},{},{}) ({},{},{})",
                    x.shape()[0], x.shape()[1], x.shape()[2], y.shape()[0], y.shape()[1], y.shape()[2]
                );
                prop_assert_eq!(e.to_string(), msg);
            }
        }
    }
}

/// Sums along an outer axis add whole rows into an accumulator (several rows a pass): each
/// element still adds its rows in order, so up to 32 rows (one block of the pairwise
/// combination) the result is the plain fold over the rows, bit for bit, on every layout.
/// Pseudo-random values of either sign with magnitudes from 1e-8 to 1e8, so that adding
/// them in any other order rounds differently.
fn wide_values(mut state: u64) -> impl FnMut() -> f64 {
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let m = (state % 17) as i32 - 8;
        (state >> 11) as f64 / (1u64 << 53) as f64
            * 10f64.powi(m)
            * if state & 1 == 0 { 1.0 } else { -1.0 }
    }
}

#[test]
fn axis_sums_add_rows_in_order() {
    let mut next = wide_values(0x2545_f491_4f6c_dd1d);
    for rows in 1..=32usize {
        // (One column would be summed as a lane, pairwise.)
        for cols in [2usize, 3, 8, 37] {
            let big = Owned::from_shape_vec(
                [rows * 2, cols * 3],
                (0..rows * cols * 6).map(|_| next()).collect(),
            )
            .unwrap();
            let strided = index!(big[::2, 1::3]);
            let reversed = index!(big[:rows, ::-1]);
            let transposed = index!(big[:rows, :cols]).to_owned();
            for (name, v) in [
                ("strided", strided),
                ("reversed", index!(reversed[:, :cols])),
                ("contiguous", transposed.view()),
            ] {
                let expected: Vec<f64> = (0..cols)
                    .map(|j| (1..rows).fold(*index!(v[0, j]), |acc, i| acc + *index!(v[i, j])))
                    .collect();
                let got = v.sum_axis(0);
                assert_eq!(got.shape(), &[cols], "{name} {rows}x{cols}");
                assert_eq!(
                    got.iter().copied().collect::<Vec<_>>(),
                    expected,
                    "{name} {rows}x{cols}"
                );
                let t = v.t();
                let got_t = t.sum_axis(1);
                assert_eq!(
                    got_t.iter().copied().collect::<Vec<_>>(),
                    expected,
                    "{name}.T {rows}x{cols}"
                );
            }
        }
    }
}

#[test]
fn strided_sums_match_contiguous_ones_bit_for_bit() {
    // The pairwise sum reads strided elements where they are, in the same blocks as a
    // contiguous copy of them: the results agree to the last bit, whatever the stride.
    let mut next = wide_values(0x9e37_79b9_7f4a_7c15);
    for n in [2usize, 7, 8, 9, 100, 127, 128, 129, 300, 1000] {
        let big = Owned::from_shape_vec([3, 3 * n], (0..9 * n).map(|_| next()).collect()).unwrap();
        let row = index!(big[1]);
        for (name, v) in [
            ("step 2", index!(row[::2])),
            ("step 3", index!(row[::3])),
            ("reversed", index!(row[::-1])),
            ("step -3", index!(row[::-3])),
        ] {
            let copy = v.to_owned();
            assert_eq!(v.shape(), copy.shape());
            assert_eq!(
                v.sum().to_bits(),
                copy.sum().to_bits(),
                "{name}, {n} elements"
            );
            assert_eq!(
                v.mean().to_bits(),
                copy.mean().to_bits(),
                "{name}, {n} elements"
            );
        }
        // Lanes of an axis reduction: each is one strided row.
        let lanes = index!(big[:, ::3]);
        let sums = lanes.sum_axis(1);
        assert_eq!(sums.shape(), &[3]);
        for i in 0..3usize {
            let lane = index!(lanes[i]).to_owned();
            assert_eq!(
                index!(sums[i]).to_bits(),
                lane.sum().to_bits(),
                "lane {i}, {n}"
            );
        }
    }
    // A broadcast row (stride 0) sums like its copy too.
    let x = array![0.1f64, 0.2, 0.3];
    let b = x.broadcast_to([1000, 3]).unwrap();
    let col = index!(b[:, 1]);
    assert_eq!(col.strides(), &[0]);
    assert_eq!(col.sum().to_bits(), col.to_owned().sum().to_bits());
}
