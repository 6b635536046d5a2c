//! The methods every array kind has (SPEC §5): layout queries, transposes, copies, element
//! access, iteration, equality across kinds, `Debug`, and the writing methods.

use typed_array::prelude::*;

fn grid() -> Owned<i32, U2> {
    Owned::from_shape_vec([3, 4], (0..12).collect()).unwrap()
}

#[test]
fn layout_queries() {
    let a = grid();
    assert_eq!(
        (a.shape(), a.strides(), a.ndim(), a.len()),
        (&[3, 4][..], &[4, 1][..], 2, 12)
    );
    assert!(a.is_c_contiguous() && !a.is_f_contiguous());
    let t = a.t();
    assert_eq!((t.shape(), t.strides()), (&[4, 3][..], &[1, 4][..]));
    assert!(!t.is_c_contiguous() && t.is_f_contiguous());
    let r = index!(a[::-1, 1::2]);
    assert_eq!((r.shape(), r.strides()), (&[3, 2][..], &[-4, 2][..]));
    assert!(!r.is_c_contiguous() && !r.is_f_contiguous());
    let row = index!(a[1:2, :]);
    assert!(row.is_c_contiguous() && row.as_slice() == Some(&[4, 5, 6, 7][..]));
    let empty = index!(a[2:1]);
    assert_eq!(
        (empty.is_empty(), empty.len(), empty.shape()),
        (true, 0, &[0, 4][..])
    );
}

#[test]
fn transposes_are_views() {
    let a = grid();
    let t = a.t();
    assert_eq!(t[[3, 2]], 11);
    assert_eq!(t.as_ptr(), a.as_ptr());
    let b = Owned::from_shape_vec([2, 3, 4], (0..24).collect::<Vec<i32>>()).unwrap();
    let p = b.permute_axes([2, 0, -2]);
    assert_eq!((p.shape(), p.strides()), (&[4, 2, 3][..], &[1, 12, 4][..]));
    assert_eq!(p[[3, 1, 2]], b[[1, 2, 3]]);
    let err = b.try_permute_axes([0, 0, 1]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "repeated axis in transpose: axes [0, 0, 1]"
    );
    let err = b.try_permute_axes([0, 1, 3]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "axis 3 is out of bounds for array of dimension 3"
    );
}

#[test]
#[should_panic(expected = "repeated axis in transpose")]
fn permute_axes_panics_on_a_repeated_axis() {
    let _ = grid().permute_axes([1, 1]);
}

#[test]
fn to_owned_is_a_c_contiguous_copy() {
    let a = grid();
    let v: View<'_, i32, U2> = index!(a[::-1, ::2]);
    let c: Owned<i32, U2> = v.to_owned();
    assert_eq!(c.as_slice(), Some(&[8, 10, 4, 6, 0, 2][..]));
    assert_eq!(c.strides(), &[2, 1]);
    assert_ne!(c.as_ptr(), v.as_ptr());
    let tt = a.t().to_owned();
    assert_eq!(tt.as_slice().unwrap()[..4], [0, 4, 8, 1]);
    // A View's `to_owned` is this crate's: it gives an Owned, not another View.
    let o: Owned<i32, U2> = a.view().to_owned();
    assert_eq!(o, a);
}

#[test]
fn element_access() {
    let mut a = grid();
    assert_eq!(a[[2, 3]], 11);
    assert_eq!(a.get([0, 4]), None);
    assert_eq!(a.get([2, 0]), Some(&8));
    a[[1, 1]] = 50;
    *a.get_mut([0, 0]).unwrap() = -1;
    assert_eq!(index!(a[:2, :2]), array![[-1, 1], [4, 50]]);
    let r = array![1, 2, 3];
    assert_eq!((r[2], r.view()[0]), (3, 1));
}

#[test]
#[should_panic(expected = "index 4 is out of bounds for axis 1 with size 4")]
fn index_out_of_bounds_panics_with_numpy_words() {
    let a = grid();
    let _ = a[[0, 4]];
}

#[test]
fn iteration_is_logical_c_order() {
    let a = grid();
    let t: Vec<i32> = a.t().iter().copied().collect();
    assert_eq!(&t[..6], [0, 4, 8, 1, 5, 9]);
    let r: Vec<i32> = index!(a[::-2, ::-3]).iter().copied().collect();
    assert_eq!(r, [11, 8, 3, 0]);
    assert_eq!(index!(a[1:, 1:]).iter().len(), 6);
    let mut b = grid();
    for x in index!(mut b[:, ::-1]).iter_mut() {
        *x *= 10;
    }
    assert_eq!(b[[2, 3]], 110);
    let mut it = index!(a[None]).iter();
    assert_eq!(it.size_hint(), (12, Some(12)));
    it.nth(11);
    assert_eq!(it.next(), None);
}

#[test]
fn for_loops_over_every_kind() {
    let mut a = grid();
    let mut seen = Vec::new();
    for x in &a {
        seen.push(*x);
    }
    for x in a.t() {
        seen.push(*x);
    }
    assert_eq!(seen.len(), 24);
    assert_eq!(&seen[12..15], [0, 4, 8]);
    for x in &mut a {
        *x += 1;
    }
    for x in index!(mut a[:, ::3]) {
        *x = 0;
    }
    let mut m = a.view_mut();
    for x in &mut m {
        *x *= 2;
    }
    let total: i32 = (&m).into_iter().sum();
    assert_eq!(total, 2 * (78 - 1 - 4 - 5 - 8 - 9 - 12));
    let o: Owned<i32, U1> = vec![1, 2].into();
    assert_eq!(o, array![1, 2]);
}

#[test]
fn equality_across_kinds() {
    let mut a = array![[1, 2], [3, 4]];
    let b = a.clone();
    let c = CowArray::from(b.view());
    assert_eq!(a, b);
    assert_eq!(a, b.view());
    assert_eq!(b.view(), a);
    assert_eq!(c, a);
    assert_eq!(a.t(), array![[1, 3], [2, 4]]);
    assert_ne!(a.view(), a.t());
    {
        let m = a.view_mut();
        assert_eq!(m, b);
        assert_eq!(b, m);
    }
    // Same elements, different shape: not equal.
    assert_ne!(
        index!(a[None]).to_owned().into_shape([4]).unwrap(),
        array![1, 2, 3, 5]
    );
    assert_ne!(
        array![1, 2, 3, 4].into_shape([2, 2]).unwrap(),
        array![[1, 2], [3, 5]]
    );
}

#[test]
fn debug_shows_kind_elements_and_layout() {
    let a = array![[1, 2], [3, 4]];
    assert_eq!(
        format!("{a:?}"),
        "Owned([[1, 2], [3, 4]], shape=[2, 2], strides=[2, 1])"
    );
    assert_eq!(
        format!("{:?}", a.t()),
        "View([[1, 3], [2, 4]], shape=[2, 2], strides=[1, 2])"
    );
    let s = Owned::<&str, U0>::full([], "x");
    assert_eq!(format!("{s:?}"), "Owned(\"x\", shape=[], strides=[])");
    let c = CowArray::from(a.view());
    assert!(format!("{c:?}").starts_with("CowArray::View([[1, 2]"));
}

#[test]
fn fill_assign_and_compound_assignment() {
    let mut a = Owned::<i32, U2>::zeros([2, 3]);
    a.fill(1);
    let row = array![10, 20, 30];
    a.assign(&row);
    assert_eq!(
        row.len(),
        3,
        "assigning by reference leaves the value usable"
    );
    assert_eq!(a, array![[10, 20, 30], [10, 20, 30]]);
    a.assign(array![[1], [2]].view());
    assert_eq!(a, array![[1, 1, 1], [2, 2, 2]]);
    // Leading length-1 axes of the value are dropped, as NumPy's setitem does.
    a.assign(array![[[[7, 8, 9]]]]);
    assert_eq!(a, array![[7, 8, 9], [7, 8, 9]]);
    let err = a.try_assign(array![1, 2]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "could not broadcast input array from shape (2,) into shape (2,3)"
    );
    assert_eq!(
        a,
        array![[7, 8, 9], [7, 8, 9]],
        "a failed assign writes nothing"
    );
    a += 1;
    a -= &array![1, 1, 1];
    a *= array![[2], [3]];
    let mut m = index!(mut a[:, 1:]);
    m /= 2;
    m += &array![100, 200];
    assert_eq!(a, array![[14, 108, 209], [21, 112, 213]]);
}

#[test]
#[should_panic(expected = "operands could not be broadcast together with shapes (2,) (3,) (2,)")]
fn compound_assignment_with_a_bad_shape_panics() {
    let mut a = array![1, 2];
    a += array![1, 2, 3];
}

#[test]
fn cow_arrays() {
    let a = array![1.0, 2.0];
    let v = CowArray::from(a.view());
    let o = CowArray::from(a.clone());
    assert!(v.is_view() && !o.is_view());
    assert_eq!(v.view().as_ptr(), a.as_ptr());
    assert_ne!(o.view().as_ptr(), a.as_ptr());
    assert_eq!(index!(o[::-1]), array![2.0, 1.0]);
    assert_eq!(v.clone().into_owned(), a);
    assert_eq!(v.to_owned(), o.into_owned());
}

/// Copies of transposed layouts go tile by tile; every shape around the tile's side, and
/// reversed axes, give the elements in C order of the transpose.
#[test]
fn transposed_copies_agree_element_by_element() {
    for (r, c) in [
        (1, 100),
        (31, 33),
        (32, 32),
        (33, 70),
        (64, 65),
        (100, 33),
        (200, 3),
    ] {
        let a = Owned::<i64, U2>::from_shape_fn([r, c], |[i, j]| (i * 1000 + j) as i64);
        let views = [a.t(), index!(a[::-1, :]).t(), index!(a[:, ::-1]).t()];
        for v in views {
            let o = v.to_owned();
            assert_eq!(o.shape(), &[c, r]);
            assert!(o.is_c_contiguous());
            for i in 0..c {
                for j in 0..r {
                    assert_eq!(o[[i, j]], v[[i, j]], "({r}, {c}) at [{i}, {j}]");
                }
            }
            let m = v.map(|x| x * 2);
            assert_eq!(m.as_slice().unwrap(), o.map(|x| x * 2).as_slice().unwrap());
        }
    }
}
