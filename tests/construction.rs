//! Building arrays: `array!`, the constructors of SPEC §3, and their errors.

use typed_array::prelude::*;

#[test]
fn array_literal_rank_is_nesting_depth() {
    let a: Owned<i32, U1> = array![1, 2, 3];
    assert_eq!((a.shape(), a.as_slice()), (&[3][..], Some(&[1, 2, 3][..])));
    let b: Owned<i32, U2> = array![[1, 2], [3, 4], [5, 6]];
    assert_eq!(b.shape(), &[3, 2]);
    assert_eq!(b.strides(), &[2, 1]);
    let c: Owned<f64, U3> = array![[[1.0], [2.0]], [[3.0], [4.0]]];
    assert_eq!(c.shape(), &[2, 2, 1]);
    assert_eq!(c.as_slice(), Some(&[1.0, 2.0, 3.0, 4.0][..]));
    let e: Owned<u8, U1> = array![];
    assert_eq!((e.shape(), e.len(), e.is_empty()), (&[0][..], 0, true));
    let z: Owned<u8, U2> = array![[], []];
    assert_eq!(z.shape(), &[2, 0]);
    // Elements are expressions, evaluated in order.
    let mut n = 0;
    let mut next = || {
        n += 1;
        n
    };
    let f = array![[next(), next()], [next(), next()]];
    assert_eq!(f, array![[1, 2], [3, 4]]);
}

#[test]
fn constructors() {
    let z = Owned::<f64, U2>::zeros([2, 3]);
    assert_eq!(z.shape(), &[2, 3]);
    assert!(z.iter().all(|&x| x == 0.0));
    assert_eq!(Owned::<i32, U1>::ones([3]), array![1, 1, 1]);
    assert_eq!(Owned::full([2], 'x'), Owned::from_vec(vec!['x', 'x']));
    assert_eq!(Owned::<i64, U1>::arange(0), Owned::from_vec(vec![]));
    assert_eq!(Owned::<i64, U1>::arange(-3).len(), 0);
    assert_eq!(Owned::<u8, U1>::arange(4), array![0u8, 1, 2, 3]);
    assert_eq!(Owned::linspace(1.0, 2.0, 3), array![1.0, 1.5, 2.0]);
    assert_eq!(Owned::linspace(1.0f32, 2.0, 1), array![1.0f32]);
    assert_eq!(Owned::<f64, U1>::linspace(1.0, 2.0, 0).len(), 0);
    let l = Owned::linspace(0.0, 1.0, 7);
    assert_eq!(l[6], 1.0, "the last value is exactly stop");
    let it: Owned<i32, U1> = (1..=4).map(|x| x * x).collect();
    assert_eq!(it, array![1, 4, 9, 16]);
    let s = Owned::<i32, U0>::full([], 7);
    assert_eq!((s.shape(), s.len(), s[[]]), (&[][..], 1, 7));
    let f = Owned::from_shape_fn([2, 2], |[i, j]| i * 2 + j);
    assert_eq!(f, array![[0usize, 1], [2, 3]]);
}

#[test]
fn from_shape_vec_and_into_shape() {
    let a = Owned::from_shape_vec([2, 3], vec![1, 2, 3, 4, 5, 6]).unwrap();
    assert_eq!(a, array![[1, 2, 3], [4, 5, 6]]);
    let p = a.as_ptr();
    let b: Owned<i32, U3> = a.into_shape([3, 1, 2]).unwrap();
    assert_eq!(b.as_ptr(), p, "into_shape never copies");
    assert_eq!(b, array![[[1, 2]], [[3, 4]], [[5, 6]]]);
    let err = b.into_shape([4]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot reshape array of size 6 into shape (4,)"
    );
    assert_eq!(
        err,
        ShapeError::SizeMismatch {
            size: 6,
            shape: vec![4].into()
        }
    );
    let err = Owned::from_shape_vec([2, 2], vec![1, 2, 3]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot reshape array of size 3 into shape (2,2)"
    );
}

#[test]
fn shape_overflow_is_an_error_not_a_wrap() {
    let err = Owned::<u8, U2>::from_shape_vec([usize::MAX, 2], vec![]).unwrap_err();
    assert!(matches!(err, ShapeError::Overflow { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "array is too big: shape (18446744073709551615,2) has more elements or bytes than fit in isize"
    );
    // Zero elements, but the other axes would still overflow the strides.
    let err = Owned::<u8, U3>::from_shape_vec([0, 1 << 40, 1 << 40], vec![]).unwrap_err();
    assert!(matches!(err, ShapeError::Overflow { .. }), "{err}");
    // Too many bytes even though the count fits.
    let err = Owned::<u64, U1>::from_shape_vec([1 << 61], vec![]).unwrap_err();
    assert!(matches!(err, ShapeError::Overflow { .. }), "{err}");
    // A legal empty array with a long axis.
    let ok = Owned::<u8, U2>::from_shape_vec([0, 1 << 40], vec![]).unwrap();
    assert_eq!(ok.shape(), &[0, 1 << 40]);
    assert_eq!(index!(ok[:, 5:]).shape(), &[0, (1 << 40) - 5]);
}

#[test]
#[should_panic(expected = "has more elements or bytes than fit in isize")]
fn zeros_of_an_impossible_shape_panics_with_the_shape() {
    let _ = Owned::<f64, U2>::zeros([usize::MAX / 2, 4]);
}

#[test]
fn views_from_slices() {
    let data = [1, 2, 3, 4, 5, 6];
    let v = View::from_slice([3, 2], &data).unwrap();
    assert_eq!(v, array![[1, 2], [3, 4], [5, 6]]);
    assert_eq!(v.as_ptr(), data.as_ptr());
    assert!(View::from_slice([4], &data).is_err());
    let mut buf = [0; 4];
    {
        let mut m = ViewMut::from_slice([2, 2], &mut buf).unwrap();
        index!(m[:, 1] = 9);
    }
    assert_eq!(buf, [0, 9, 0, 9]);
}

#[test]
fn high_ranks_work() {
    let mut a = Owned::<u8, U16>::zeros([1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2]);
    assert_eq!(a.len(), 256);
    let v: View<'_, u8, U14> = index!(a[0, ..., 1]);
    assert_eq!(v.len(), 128);
    index!(a[..., 1] = 7);
    assert_eq!(a.iter().filter(|&&x| x == 7).count(), 128);
    let b = Owned::<u8, U32>::ones([1; 32]);
    let e: &u8 = index!(b[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(*e, 1);
    let m = try_index!(mut a[0, 2]);
    assert_eq!(
        m.unwrap_err().to_string(),
        "index 2 is out of bounds for axis 1 with size 2"
    );
}
