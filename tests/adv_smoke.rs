use typed_array::prelude::*;

#[test]
fn advanced_smoke() {
    let a = Owned::<i64, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
    let r: Owned<i64, U1> = index!(a[1, 2, [0, 2, -1]]);
    assert_eq!(r, array![20, 22, 23]);
    let r: Owned<i64, U2> = index!(a[0, :, [0, 1]]);
    assert_eq!(r.shape(), &[2, 3]);
    let r: Owned<i64, U1> = index!(a[[0, 1], [1, 2], [3, 0]]);
    assert_eq!(r, array![7, 20]);
    let idx = vec![2usize, 0];
    let r: Owned<i64, U3> = index!(a[:, idx]);
    assert_eq!(r.shape(), &[2, 2, 4]);
    let m = [true, false];
    let r: Owned<i64, U3> = index!(a[m]);
    assert_eq!(r.shape(), &[1, 3, 4]);
    let r: Owned<i64, U2> = index!(a[[[true, false, true], [false, false, true]]][::2]);
    assert_eq!(r, array![[0, 1, 2, 3], [20, 21, 22, 23]]);
    let e: Owned<i64, U0> = index!(a[[0, 1]][1, 2, 3]);
    assert_eq!(e[[]], 23);
    let err = try_index!(a[[[true, false, true, false]]]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "boolean index did not match indexed array along axis 0; size of axis is 2 but size of corresponding boolean axis is 1"
    );
    let mut b = a.clone();
    index!(b[0, [0, 0, 1]] = 100);
    index!(b[1, [0, 0], 0] += 1);
    assert_eq!(b[[0, 0, 0]], 100);
    assert_eq!(b[[1, 0, 0]], 13);
    let i: usize = 1;
    let e: &i64 = index!(a[i, 1, 1]);
    assert_eq!(*e, 17);
}
