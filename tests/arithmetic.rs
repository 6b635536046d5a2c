//! `+ - * /` between arrays of any kind and scalars, broadcasting as NumPy does.

use typed_array::prelude::*;

#[test]
fn arrays_and_scalars_broadcast() {
    let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let row = array![10.0, 20.0, 30.0];
    let col = array![[1.0], [2.0]];
    let s: Owned<f64, U2> = &a + &row;
    assert_eq!(s, array![[11.0, 22.0, 33.0], [14.0, 25.0, 36.0]]);
    assert_eq!(&a * &col, array![[1.0, 2.0, 3.0], [8.0, 10.0, 12.0]]);
    assert_eq!(a.view() - 1.0, array![[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]);
    assert_eq!(&a.t() / 2.0, array![[0.5, 2.0], [1.0, 2.5], [1.5, 3.0]]);
    // np.arange(3)[:, None] + np.arange(4) has shape (3, 4): the larger rank, both stretched.
    let r = Owned::<i32, U1>::arange(3);
    let outer: Owned<i32, U2> = index!(r[:, None]) + Owned::<i32, U1>::arange(4);
    assert_eq!(outer.shape(), &[3, 4]);
    assert_eq!(outer[[2, 3]], 5);
    assert_eq!(2.0 * &a, array![[2.0, 4.0, 6.0], [8.0, 10.0, 12.0]]);
    assert_eq!(10 - array![1, 2].view(), array![9, 8]);
    let c = CowArray::from(a.view());
    assert_eq!(&c + &c, &a * 2.0);
    let mut m = a.clone();
    let mv = m.view_mut();
    assert_eq!(&mv + 0.5, array![[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]]);
}

#[test]
#[should_panic(expected = "operands could not be broadcast together with shapes (3,) (4,)")]
fn incompatible_shapes_panic_with_both_shapes() {
    let _ = &array![1, 2, 3] + &array![1, 2, 3, 4];
}

#[test]
// Every operand kind is exercised, `&View` among them.
#[allow(clippy::op_ref)]
fn every_operator_on_every_kind() {
    let a = array![[7, -7], [9, 4]];
    let b = array![2, 3];
    let expect = |op: fn(i32, i32) -> i32| {
        Owned::from_shape_vec([2, 2], vec![op(7, 2), op(-7, 3), op(9, 2), op(4, 3)]).unwrap()
    };
    // Rust's own element operators: `/` truncates and `%` keeps the dividend's sign.
    assert_eq!(&a / &b, array![[3, -2], [4, 1]]);
    assert_eq!(&a % &b, array![[1, -1], [1, 1]]);
    assert_eq!(&a + &b, expect(|x, y| x + y));
    assert_eq!(&a - b.view(), expect(|x, y| x - y));
    assert_eq!(a.view() * &b, expect(|x, y| x * y));
    assert_eq!(&a.view() & &b, expect(|x, y| x & y));
    assert_eq!(&a | b.clone(), expect(|x, y| x | y));
    assert_eq!(a.clone() ^ &b, expect(|x, y| x ^ y));
    let mut m = a.clone();
    assert_eq!(&m.view_mut() % 4, array![[3, -3], [1, 0]]);
    assert_eq!(&CowArray::from(a.view()) - 1, array![[6, -8], [8, 3]]);
    assert_eq!(-&a, array![[-7, 7], [-9, -4]]);
    assert_eq!(!&array![true, false], array![false, true]);
    assert_eq!(-a.view(), -a.clone());
    assert_eq!(!array![0u8, 255], array![255u8, 0]);
    // A float remainder is `fmod`, too.
    assert_eq!(array![5.5, -5.5] % 2.0, array![1.5, -1.5]);
    // Masks combine with `& | ^ !`.
    let x = array![1, 5, 3, 8];
    assert_eq!(&x.gt(2) & &x.lt(6), array![false, true, true, false]);
    assert_eq!(x.gt(2) ^ x.gt(4), array![false, false, true, false]);
}

#[test]
#[allow(clippy::op_ref)]
fn scalars_on_the_left_of_every_kind() {
    let a = array![[1.0, 2.0], [4.0, 8.0]];
    let want = array![[8.0, 4.0], [2.0, 1.0]];
    assert_eq!(8.0 / &a, want);
    assert_eq!(8.0 / a.view(), want);
    assert_eq!(8.0 / &a.view(), want);
    let mut m = a.clone();
    assert_eq!(8.0 / &m.view_mut(), want);
    assert_eq!(8.0 / &CowArray::from(a.view()), want);
    assert_eq!(8.0 / a.clone(), want);
    assert_eq!(10 % array![3, 4], array![1, 2]);
    assert_eq!(1u8 - array![1u8], array![0u8]);
}

#[test]
fn an_owned_operand_by_value_lends_its_buffer() {
    let a = Owned::<f64, U1>::linspace(0.0, 1.0, 1000)
        .into_shape([10, 100])
        .unwrap();
    let b = array![1.0];
    let p = a.as_ptr();
    let s = a + &b;
    assert_eq!(s.as_ptr(), p, "the left buffer is reused");
    assert_eq!(s[[0, 0]], 1.0);
    let q = s.as_ptr();
    let t = &b - s;
    assert_eq!(
        t.as_ptr(),
        q,
        "the right buffer is reused when it has the result's shape"
    );
    assert_eq!(t[[0, 0]], 0.0);
    assert_eq!(t[[9, 99]], -1.0);
    // When the result is larger than the owned operand, a new buffer is made.
    let row = Owned::<i32, U1>::arange(3);
    let col = index!(row[:, None]).to_owned();
    let r = row + &col;
    assert_eq!(r, array![[0, 1, 2], [1, 2, 3], [2, 3, 4]]);
}

#[test]
fn operands_are_left_unchanged_and_results_are_fresh() {
    let a = array![[1, 2], [3, 4]];
    let b = a.clone();
    let s: Owned<i32, U2> = &a + a.t();
    assert_eq!(s, array![[2, 5], [5, 8]]);
    assert_eq!(a, b);
    assert!(!shares_memory(&s, &a));
    assert!(s.is_c_contiguous());
    // Strided, reversed and broadcast operands in one expression.
    let m = Owned::<i64, U1>::arange(24).into_shape([4, 6]).unwrap();
    let lhs = index!(m[::-2, 1::2]);
    let rhs = index!(m[0, None, ::2]);
    let r = lhs * rhs;
    let mut want = Vec::new();
    for i in [3, 1] {
        for (jj, j) in [1, 3, 5].into_iter().enumerate() {
            want.push((6 * i + j) * (2 * jj as i64));
        }
    }
    assert_eq!(r, Owned::from_shape_vec([2, 3], want).unwrap());
}

#[test]
fn try_forms_return_the_broadcast_error() {
    let a = array![[1, 2, 3], [4, 5, 6]];
    let e = a.try_add(&array![1, 2]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "operands could not be broadcast together with shapes (2,3) (2,)"
    );
    assert!(matches!(e, ShapeError::Operands { .. }));
    assert_eq!(a.view().try_sub(1).unwrap(), array![[0, 1, 2], [3, 4, 5]]);
    assert_eq!(
        a.try_rem(&array![[2], [3]]).unwrap(),
        array![[1, 0, 1], [1, 2, 0]]
    );
    assert!(a.try_mul(&Owned::<i32, U3>::zeros([2, 1, 2])).is_err());
    assert_eq!(
        a.try_div(&Owned::<i32, U3>::ones([2, 1, 3]))
            .unwrap()
            .shape(),
        &[2, 2, 3]
    );
    assert_eq!(
        array![true].try_bitand(&array![true, false]).unwrap(),
        array![true, false]
    );
}

#[test]
#[should_panic(expected = "operands could not be broadcast together with shapes (2,3) (3,2)")]
fn a_transposed_mismatch_panics_with_both_shapes() {
    let a = Owned::<f64, U2>::zeros([2, 3]);
    let _ = &a * a.t();
}

#[test]
fn in_place_operators_broadcast_and_check() {
    let mut a = array![[1, 2, 3], [4, 5, 6]];
    a %= 4;
    assert_eq!(a, array![[1, 2, 3], [0, 1, 2]]);
    a += &array![10, 20, 30];
    assert_eq!(a, array![[11, 22, 33], [10, 21, 32]]);
    let mut col = index!(mut a[:, 1]);
    col *= 2;
    col -= &array![4, 2];
    col /= 10;
    col |= 1;
    col ^= 3;
    col &= 6;
    assert_eq!(a, array![[11, 6, 33], [10, 6, 32]]);
    // The value broadcasts to the target; a target that would have to grow is an error.
    let mut m = Owned::<f64, U2>::zeros([2, 2]);
    m += &array![[1.0], [2.0]];
    assert_eq!(m, array![[1.0, 1.0], [2.0, 2.0]]);
    let err = std::panic::catch_unwind(move || {
        let mut v = Owned::<f64, U1>::zeros([2]);
        v += &array![[1.0], [2.0]];
    })
    .unwrap_err();
    assert_eq!(
        err.downcast_ref::<String>().unwrap(),
        "non-broadcastable output operand with shape (2,) doesn't match the broadcast shape (2,2)"
    );
}

#[test]
fn unary_and_maps() {
    // `-` and `!` apply to the whole `index!` result, whatever type is expected around it.
    let v = array![1, -2, 3];
    let n: Owned<i32, U1> = -index!(v[::2]);
    assert_eq!(n, array![-1, -3]);
    let m = array![true, false];
    let flipped: Owned<bool, U1> = !index!(m[..]);
    assert_eq!(flipped, array![false, true]);
    let t: Result<Owned<i32, U1>, IndexError> = try_index!(v[1:]).map(|x| -x);
    assert_eq!(t.unwrap(), array![2, -3]);
    let a = array![[1.0, -4.0], [9.0, 16.0]];
    assert_eq!(a.t().map(|x| x.abs()), array![[1.0, 9.0], [4.0, 16.0]]);
    assert_eq!(a.mapv(|x| x > 0.0), array![[true, false], [true, true]]);
    assert_eq!(a.cast::<i8>(), array![[1i8, -4], [9, 16]]);
    assert_eq!(array![true, false].cast::<f32>(), array![1.0f32, 0.0]);
    assert_eq!(array![300, -1].cast::<u8>(), array![44u8, 255]);
    assert_eq!(array![f64::NAN, 1e10].cast::<i32>(), array![0, i32::MAX]);
    let z = a.zip_map(&array![1.0, 2.0], |x, y| x * y);
    assert_eq!(z, array![[1.0, -8.0], [9.0, 32.0]]);
    let mixed: Owned<String, U2> = a.zip_map(&array![[1], [2]], |x, n| format!("{x}/{n}"));
    assert_eq!(mixed[[1, 0]], "9/2");
    assert!(a.try_zip_map(&array![1.0, 2.0, 3.0], |x, y| x + y).is_err());
    let mut b = a.clone();
    index!(mut b[::-1, 1]).map_inplace(|x| *x *= 10.0);
    b.mapv_inplace(|x| x - 1.0);
    assert_eq!(b, array![[0.0, -41.0], [8.0, 159.0]]);
}

#[test]
fn large_transposed_operands() {
    // Large enough that a transposed operand is read in blocks.
    for (rows, cols) in [(64, 64), (70, 130), (200, 65)] {
        let a = Owned::<i64, U1>::arange((rows * cols) as i64)
            .into_shape([rows, cols])
            .unwrap();
        let b = Owned::<i64, U1>::arange((rows * cols) as i64)
            .into_shape([cols, rows])
            .unwrap();
        let r = &a - b.t();
        assert_eq!(r.shape(), &[rows, cols]);
        for i in (0..rows).step_by(7) {
            for j in (0..cols).step_by(5) {
                assert_eq!(r[[i, j]], (i * cols + j) as i64 - (j * rows + i) as i64);
            }
        }
        assert_eq!(
            r[[rows - 1, cols - 1]],
            a[[rows - 1, cols - 1]] - b[[cols - 1, rows - 1]]
        );
        assert_eq!(r.sum(), a.sum() - b.sum());
    }
    // Planes of a 3-D array, one operand permuted and reversed.
    let a = Owned::<i64, U1>::arange(3 * 70 * 80)
        .into_shape([3, 70, 80])
        .unwrap();
    let b = Owned::<i64, U1>::arange(3 * 70 * 80)
        .into_shape([3, 80, 70])
        .unwrap();
    let bt = index!(b[::-1]).permute_axes([0, 2, 1]);
    let r = bt.zip_map(&a, |x, y| x * 100_000 + y);
    for (k, i, j) in [(0, 0, 0), (2, 69, 79), (1, 33, 47), (0, 64, 5)] {
        assert_eq!(r[[k, i, j]], b[[2 - k, j, i]] * 100_000 + a[[k, i, j]]);
    }
    assert_eq!(r, bt.to_owned() * 100_000 + &a);
}
