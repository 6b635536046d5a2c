//! Property test: `shares_memory` against brute force (the addresses of both arrays'
//! elements, intersected) on thousands of random pairs of strided views of one array, and
//! `may_share_memory` as its cheap over-approximation.

use std::collections::HashSet;

use proptest::prelude::*;
use typed_array::__private::{Item, Slice};
use typed_array::prelude::*;

fn addresses<T, D: Dim>(v: &View<'_, T, D>) -> HashSet<usize> {
    v.iter().map(|x| x as *const T as usize).collect()
}

fn slice_strategy() -> impl Strategy<Value = Item> {
    (
        prop_oneof![Just(None), (-6isize..7).prop_map(Some)],
        prop_oneof![Just(None), (-6isize..7).prop_map(Some)],
        prop_oneof![
            Just(None),
            (-3isize..4)
                .prop_filter("non-zero", |s| *s != 0)
                .prop_map(Some)
        ],
    )
        .prop_map(|(start, stop, step)| Item::Slice(Slice { start, stop, step }))
}

/// A random strided view of `a`: two slices, maybe transposed.
fn view_of<'a>(a: &'a Owned<i64, U2>, items: &[Item; 2], transpose: bool) -> View<'a, i64, U2> {
    let v = a.view();
    let kind =
        typed_array::__private::IndexRank::<2, 0, 0>::out(typed_array::__private::rank_of(&v));
    let s = typed_array::__private::try_view(v, items, kind).unwrap();
    if transpose { s.t() } else { s }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn exact_against_brute_force(
        rows in 1usize..6, cols in 1usize..6,
        x0 in slice_strategy(), x1 in slice_strategy(), xt in any::<bool>(),
        y0 in slice_strategy(), y1 in slice_strategy(), yt in any::<bool>(),
    ) {
        let a = Owned::from_shape_vec([rows, cols], (0..(rows * cols) as i64).collect()).unwrap();
        let (x, y) = (view_of(&a, &[x0, x1], xt), view_of(&a, &[y0, y1], yt));
        let brute = !addresses(&x).is_disjoint(&addresses(&y));
        prop_assert_eq!(shares_memory(&x, &y), brute);
        if brute {
            prop_assert!(may_share_memory(&x, &y));
        }
        // A 1-D view of the flat buffer against a 2-D one.
        let flat = a.reshape([rows * cols]).unwrap();
        let f = index!(flat[(rows as isize) / 2::(cols as isize % 3 + 1)]);
        prop_assert_eq!(shares_memory(&f, &x), !addresses(&f).is_disjoint(&addresses(&x)));
    }
}

#[test]
fn common_cases() {
    let a = Owned::<f64, U1>::linspace(0.0, 1.0, 100);
    assert!(!shares_memory(&index!(a[::2]), &index!(a[1::2])));
    assert!(may_share_memory(&index!(a[::2]), &index!(a[1::2])));
    assert!(shares_memory(&index!(a[::3]), &index!(a[::4])));
    assert!(!shares_memory(&index!(a[:50]), &index!(a[50:])));
    assert!(
        !shares_memory(&index!(a[:0]), &a),
        "an empty array shares nothing"
    );
    let b = a.clone();
    assert!(!shares_memory(&a, &b));
    let m = a.reshape([10, 10]).unwrap();
    assert!(!shares_memory(&index!(m[:, ::2]), &index!(m[:, 1::2])));
    assert!(shares_memory(&index!(m[::-1, 3]), &index!(m[5])));
    assert!(!shares_memory(&index!(m[1:, 0]), &index!(m[0])));
}
