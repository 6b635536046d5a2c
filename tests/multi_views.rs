//! Several writable views of one array at once: `index!(mut a[..], mut a[..], ...)`, checked
//! exactly for shared elements, so interleaved views such as `a[::2]` and `a[1::2]` work.

use typed_array::prelude::*;

#[test]
fn disjoint_views_are_handed_out_together() {
    let mut a = Owned::<i32, U1>::arange(10);
    let (mut even, mut odd) = index!(mut a[::2], mut a[1::2]);
    even.fill(0);
    odd += 100;
    assert_eq!(a, array![0, 101, 0, 103, 0, 105, 0, 107, 0, 109]);

    let mut m = Owned::<i32, U2>::zeros([3, 4]);
    let (mut top, mut corner, cell) = index!(mut m[0], mut m[1:, :2], mut m[2, 3]);
    top.fill(1);
    corner.fill(2);
    *cell = 3;
    assert_eq!(m, array![[1, 1, 1, 1], [2, 2, 0, 0], [2, 2, 0, 3]]);
}

#[test]
fn overlapping_views_are_refused_with_both_names() {
    let mut a = Owned::<i32, U1>::arange(10);
    let err = try_index!(mut a[::2], mut a[4:]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot borrow `a[::2]` and `a[4:]` mutably at once: they share elements"
    );
    assert!(try_index!(mut a[:5], mut a[5:], mut a[1:2]).is_err());
    let (x, y) = try_index!(mut a[:5], mut a[5:]).unwrap();
    assert_eq!((x.len(), y.len()), (5, 5));
}

#[test]
#[should_panic(
    expected = "cannot borrow `a[0]` and `a[..,0]` mutably at once: they share elements"
)]
fn overlapping_views_panic() {
    let mut a = Owned::<i32, U2>::zeros([2, 2]);
    let _ = index!(mut a[0], mut a[.., 0]);
}
