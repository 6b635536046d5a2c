//! `flatten`, `ravel`, `broadcast_to`, `swap_axes` and `may_share_memory`, checked against
//! what NumPy 2.4 gives for the same calls (noted beside each).

use typed_array::prelude::*;

fn grid() -> Owned<i32, U2> {
    Owned::from_shape_vec([3, 4], (0..12).collect()).unwrap()
}

#[test]
fn ravel_is_a_view_exactly_when_c_contiguous() {
    let a = grid();
    // np.shares_memory(a.ravel(), a) -> True
    let r = a.ravel();
    assert!(r.is_view());
    assert_eq!(r.view().as_ptr(), a.as_ptr());
    // a.T.ravel() -> a copy: [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]
    let t = a.t().ravel();
    assert!(!t.is_view());
    assert_eq!(t, array![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
    // a[1:2].ravel() is a view; a[::2].ravel() is a copy [0..4, 8..12]
    assert!(index!(a[1:2]).ravel().is_view());
    let s = index!(a[::2]).ravel();
    assert!(!s.is_view());
    assert_eq!(s, array![0, 1, 2, 3, 8, 9, 10, 11]);
    // ravel gives a copy even where a strided 1-D view could cover the elements.
    assert!(!index!(a[0, ::2]).ravel().is_view());
}

#[test]
fn flatten_always_copies() {
    let a = grid();
    let f = a.flatten();
    assert_ne!(f.as_ptr(), a.as_ptr());
    assert_eq!(f.len(), 12);
    assert_eq!(index!(a[:, ::-3]).flatten(), array![3, 0, 7, 4, 11, 8]);
}

#[test]
fn broadcast_to_repeats_with_zero_strides() {
    let row = array![0, 1, 2];
    let b: View<'_, i32, U3> = index!(row[None, :]).broadcast_to([2, 2, 3]).unwrap();
    // np.broadcast_to(np.arange(3)[None, :], (2, 2, 3)).strides -> (0, 0, 8) bytes
    assert_eq!(b.strides(), &[0, 0, 1]);
    assert_eq!(b.shape(), &[2, 2, 3]);
    assert!(b.iter().copied().eq([0, 1, 2].repeat(4)));
    let err = row.broadcast_to([3, 2]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot broadcast array from shape (3,) to shape (3,2)"
    );
    assert!(
        grid().broadcast_to([4]).is_err(),
        "fewer axes never broadcast"
    );
    let empty = Owned::<i32, U1>::zeros([0]);
    assert_eq!(empty.broadcast_to([2, 0]).unwrap().shape(), &[2, 0]);
}

#[test]
fn swap_axes_is_a_view() {
    let a = Owned::<i32, U3>::from_shape_vec([2, 3, 4], (0..24).collect()).unwrap();
    let s = a.swap_axes(0, 2);
    assert_eq!(s.shape(), &[4, 3, 2]);
    assert_eq!(s[[3, 1, 0]], a[[0, 1, 3]]);
    assert_eq!(s.as_ptr(), a.as_ptr());
    assert_eq!(
        a.view().try_swap_axes(0, 3).unwrap_err().to_string(),
        "axis 3 is out of bounds for array of dimension 3"
    );
}

#[test]
fn may_share_memory_compares_address_ranges() {
    let a = grid();
    // np.may_share_memory(a[0], a[1]) -> False; a[:, 0] vs a[:, 1] -> True; empty -> False
    assert!(!may_share_memory(&index!(a[0]), &index!(a[1])));
    assert!(may_share_memory(&index!(a[:, 0]), &index!(a[:, 1])));
    assert!(!may_share_memory(&index!(a[0, :0]), &a));
    assert!(may_share_memory(&a, &a.t()));
    assert!(may_share_memory(&index!(a[::-1]), &index!(a[2])));
    let b = a.clone();
    assert!(!may_share_memory(&a, &b));
    let c = CowArray::from(a.view());
    assert!(may_share_memory(&c, &a.view()));
}

#[test]
fn axes_added_removed_and_iterated() {
    let a = Owned::<i32, U2>::from_shape_vec([2, 3], (0..6).collect()).unwrap();
    let up: View<'_, i32, U3> = a.view().insert_axis(1);
    assert_eq!((up.shape(), up.as_ptr()), (&[2, 1, 3][..], a.as_ptr()));
    let down: View<'_, i32, U2> = up.squeeze_axis(-2);
    assert_eq!(down, a);
    assert_eq!(
        a.view().try_squeeze_axis(0).unwrap_err().to_string(),
        "cannot select an axis to squeeze out which has size not equal to one: axis 0 of shape (2,3)"
    );
    let first: View<'_, i32, U1> = a.view().remove_axis(0);
    assert_eq!(first, array![0, 1, 2]);
    let rows: Vec<i32> = a.view().rows().map(|r| r.iter().sum()).collect();
    assert_eq!(rows, [3, 12]);
    let cols: Vec<i32> = a.view().columns().map(|c| c[1]).collect();
    assert_eq!(cols, [3, 4, 5]);
    assert_eq!(a.axis_iter(-1).len(), 3);
    let mut b = a.clone();
    for (k, mut col) in b.axis_iter_mut(1).enumerate() {
        col += k as i32 * 10;
    }
    assert_eq!(b, array![[0, 11, 22], [3, 14, 25]]);
    let (mut top, mut bottom) = b.view_mut().split_at_mut(0, 1);
    top.fill(-1);
    bottom.fill(-2);
    assert_eq!(b, array![[-1, -1, -1], [-2, -2, -2]]);
    let (l, r) = b.view_mut().split_at_mut(1, 3);
    assert_eq!((l.shape(), r.shape()), (&[2, 3][..], &[2, 0][..]));
}

#[test]
fn reshape_mut_writes_through_or_refuses() {
    let mut a = Owned::<i32, U2>::zeros([2, 6]);
    {
        let mut r = a.reshape_mut([3, 4]).unwrap();
        r[[2, 3]] = 5;
    }
    assert_eq!(a[[1, 5]], 5);
    // Strided but stride-chained: still a view, as in NumPy.
    let m = index!(mut a[:, ::2]);
    assert_eq!(m.reshape_mut([6]).unwrap().strides(), &[2]);
    let err = a.t_mut().reshape_mut([12]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot reshape array of shape (6,2) into shape (12,) without copying: its memory layout allows no such view; `to_shape` copies when it must"
    );
    let v = index!(mut a[1]);
    let mut w = v.reshape_mut([2, 3]).unwrap();
    w[[0, 0]] = 9;
    assert_eq!(a[[1, 0]], 9);
}

#[test]
fn an_inferred_length_like_numpys_minus_one() {
    let a = Owned::<i32, U1>::arange(12);
    assert_eq!(a.reshape([INFER, 3]).unwrap().shape(), &[4, 3]);
    assert_eq!(a.to_shape([2, 2, INFER]).unwrap().shape(), &[2, 2, 3]);
    assert_eq!(a.reshape([INFER]).unwrap().shape(), &[12]);
    // np.arange(12).reshape(5, -1) -> "cannot reshape array of size 12 into shape (5,newaxis)"
    assert_eq!(
        a.reshape([5, INFER]).unwrap_err().to_string(),
        "cannot reshape array of size 12 into shape (5,newaxis)"
    );
    // np.arange(12).reshape(-1, -1) -> "can only specify one unknown dimension"
    assert_eq!(
        a.reshape([INFER, INFER]).unwrap_err().to_string(),
        "can only specify one unknown dimension"
    );
    let m = a.clone().into_shape([INFER, 6]).unwrap();
    assert_eq!(m.shape(), &[2, 6]);
    let mut b = a.clone();
    assert_eq!(b.reshape_mut([3, INFER]).unwrap().shape(), &[3, 4]);
    let e = Owned::<i32, U1>::zeros([0]);
    assert_eq!(
        e.reshape([0, INFER]).unwrap_err().to_string(),
        "cannot reshape array of size 0 into shape (0,newaxis)"
    );
}
