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

#[test]
fn masks_from_comparisons() {
    let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
    let r: Owned<i64, U1> = index!(a[a > 8]);
    assert_eq!(r, array![9, 10, 11]);
    let r: Owned<i64, U1> = index!(a[(a > 2) & (a < 6) | (a == 11)]);
    assert_eq!(r, array![3, 4, 5, 11]);
    let r: Owned<i64, U1> = index!(a[!(a >= 2)]);
    assert_eq!(r, array![0, 1]);
    let r: Owned<i64, U1> = index!(a[10 <= a]);
    assert_eq!(r, array![10, 11]);
    let row = array![0, 5, 0, 5];
    let r: Owned<i64, U1> = index!(a[a > row]);
    assert_eq!(r, array![2, 4, 6, 7, 8, 9, 10, 11]);
    let first = index!(a[0]);
    let r: Owned<i64, U2> = index!(a[:, first >= 1][1:]);
    assert_eq!(r, array![[5, 6, 7], [9, 10, 11]]);
    index!(a[a > 5] = 0);
    assert_eq!(a, array![[0, 1, 2, 3], [4, 5, 0, 0], [0, 0, 0, 0]]);
    index!(a[a == 0] += 7);
    assert_eq!(a, array![[7, 1, 2, 3], [4, 5, 7, 7], [7, 7, 7, 7]]);
    let bad = array![1, 2, 3];
    let err = try_index!(a[a > bad]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "operands could not be broadcast together with shapes (3,4) (3,)"
    );
    assert_eq!(a.gt(6).iter().filter(|&&b| b).count(), 7);
}

/// A long take is checked chunk by chunk as it is read: a bad entry past the first chunks
/// is still reported, the first one in order, for every kind of index source; an
/// assignment through the same index writes nothing.
#[test]
fn bad_entries_past_the_first_chunks() {
    let x = Owned::<i64, U1>::arange(100);
    let mut idx: Vec<i64> = (0..3000).map(|i| i % 100).collect();
    idx[1700] = 250;
    idx[2900] = -300;
    let expected = "index 250 is out of bounds for axis 0 with size 100";
    assert_eq!(try_index!(x[&idx]).unwrap_err().to_string(), expected);
    let as_array = Owned::from_vec(idx.clone());
    assert_eq!(try_index!(x[&as_array]).unwrap_err().to_string(), expected);
    assert_eq!(
        try_index!(x[as_array.view()]).unwrap_err().to_string(),
        expected
    );
    let mut y = x.clone();
    assert_eq!(try_index!(y[&idx] = 0).unwrap_err().to_string(), expected);
    assert_eq!(y, x, "nothing written");
    assert_eq!(try_index!(y[&idx] += 1).unwrap_err().to_string(), expected);
    assert_eq!(y, x, "nothing written");
    // Without the bad entries, the same take reads every chunk.
    idx[1700] = 17;
    idx[2900] = -1;
    let t: Owned<i64, U1> = index!(x[&idx]);
    assert_eq!(t.len(), 3000);
    assert_eq!(t.as_slice().unwrap()[1700], 17);
    assert_eq!(t.as_slice().unwrap()[2900], 99);
    assert_eq!(t.as_slice().unwrap()[2999], 99);
}
