//! `serde` support (feature `serde`): arrays as `{ "shape": [..], "data": [..] }` in C order,
//! views written like their copies, and the checks made when reading one back.

use serde_json::json;
use typed_array::prelude::*;

/// The JSON text of any serialisable value (a macro: the tests see serde only through
/// serde_json).
macro_rules! to_json {
    ($x:expr) => {
        serde_json::to_string($x).unwrap()
    };
}

#[test]
fn integer_arrays_round_trip_at_ranks_0_to_3() {
    let a0 = Owned::full([], -7i32);
    assert_eq!(to_json!(&a0), r#"{"shape":[],"data":[-7]}"#);
    let b0: Owned<i32, U0> = serde_json::from_str(&to_json!(&a0)).unwrap();
    assert_eq!((b0.shape(), b0[[]]), (&[][..], -7));

    let a1 = array![1u64, 2, u64::MAX];
    let s1 = to_json!(&a1);
    assert_eq!(s1, r#"{"shape":[3],"data":[1,2,18446744073709551615]}"#);
    let b1: Owned<u64, U1> = serde_json::from_str(&s1).unwrap();
    assert_eq!(b1, a1);

    let a2 = array![[1i8, -2, 3], [4, 5, -6]];
    let s2 = to_json!(&a2);
    assert_eq!(s2, r#"{"shape":[2,3],"data":[1,-2,3,4,5,-6]}"#);
    let b2: Owned<i8, U2> = serde_json::from_str(&s2).unwrap();
    assert_eq!((b2.shape(), b2.strides()), (&[2, 3][..], &[3, 1][..]));
    assert_eq!(b2, a2);

    let a3 = Owned::<i64, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
    let b3: Owned<i64, U3> = serde_json::from_str(&to_json!(&a3)).unwrap();
    assert_eq!(b3, a3);
    assert_eq!(b3[[1, 2, 3]], 23);

    let empty = Owned::<i32, U2>::zeros([0, 3]);
    assert_eq!(to_json!(&empty), r#"{"shape":[0,3],"data":[]}"#);
    let back: Owned<i32, U2> = serde_json::from_str(&to_json!(&empty)).unwrap();
    assert_eq!(back.shape(), &[0, 3]);
}

#[test]
fn float_arrays_round_trip_at_ranks_0_to_3() {
    let a0 = Owned::full([], 0.25f64);
    let b0: Owned<f64, U0> = serde_json::from_str(&to_json!(&a0)).unwrap();
    assert_eq!(b0[[]], 0.25);

    let a1 = array![0.5f32, -1.25, 3.0e-3];
    let b1: Owned<f32, U1> = serde_json::from_str(&to_json!(&a1)).unwrap();
    assert_eq!(b1, a1);

    let a2 = array![[1.5, -2.0], [1e300, -0.0]];
    assert_eq!(
        to_json!(&a2),
        r#"{"shape":[2,2],"data":[1.5,-2.0,1e+300,-0.0]}"#
    );
    let b2: Owned<f64, U2> = serde_json::from_str(&to_json!(&a2)).unwrap();
    assert_eq!(b2, a2);
    assert!(b2[[1, 1]].is_sign_negative());

    let a3 = Owned::<f64, U1>::linspace(0.0, 1.0, 8)
        .into_shape([2, 2, 2])
        .unwrap();
    let b3: Owned<f64, U3> = serde_json::from_str(&to_json!(&a3)).unwrap();
    assert_eq!(b3, a3);
}

#[test]
fn views_serialise_like_their_copies() {
    let a = Owned::<i32, U1>::arange(12).into_shape([3, 4]).unwrap();
    let views: [View<'_, i32, U2>; 4] = [
        a.view(),
        a.t(),
        index!(a[::-1, 1::2]),
        a.broadcast_to([3, 4]).unwrap(),
    ];
    for v in views {
        assert_eq!(to_json!(&v), to_json!(&v.to_owned()));
    }
    assert_eq!(
        to_json!(&a.t()),
        r#"{"shape":[4,3],"data":[0,4,8,1,5,9,2,6,10,3,7,11]}"#
    );
    // A view reads back as an Owned copy in C order.
    let copy: Owned<i32, U2> = serde_json::from_str(&to_json!(&index!(a[::-1, 1::2]))).unwrap();
    assert_eq!(copy, array![[9, 11], [5, 7], [1, 3]]);
    assert_eq!(copy.strides(), &[2, 1]);

    let row: View<'_, i32, U1> = index!(a[1]);
    assert_eq!(to_json!(&row), r#"{"shape":[4],"data":[4,5,6,7]}"#);

    let mut b = a.clone();
    let m = index!(mut b[:, ::-3]);
    assert_eq!(to_json!(&m), r#"{"shape":[3,2],"data":[3,0,7,4,11,8]}"#);

    let cow_view = CowArray::from(a.t());
    let cow_owned = CowArray::from(a.t().to_owned());
    assert!(cow_view.is_view() && !cow_owned.is_view());
    assert_eq!(to_json!(&cow_view), to_json!(&a.t().to_owned()));
    assert_eq!(to_json!(&cow_owned), to_json!(&cow_view));
}

#[test]
fn fields_may_come_in_any_order_or_as_a_sequence() {
    let a: Owned<u8, U2> = serde_json::from_str(r#"{"data":[1,2,3,4],"shape":[2,2]}"#).unwrap();
    assert_eq!(a, array![[1u8, 2], [3, 4]]);
    // Unknown fields are skipped.
    let a: Owned<u8, U1> =
        serde_json::from_str(r#"{"dtype":"u8","shape":[2],"data":[5,6]}"#).unwrap();
    assert_eq!(a, array![5u8, 6]);
    // The sequence form, which formats without field names use.
    let a: Owned<i16, U2> = serde_json::from_str("[[3,1],[7,8,9]]").unwrap();
    assert_eq!(a.shape(), &[3, 1]);
    assert_eq!(a.into_vec(), vec![7i16, 8, 9]);
    let a: Owned<i16, U0> = serde_json::from_value(json!([[], [4]])).unwrap();
    assert_eq!(a[[]], 4);
}

#[test]
fn a_payload_of_the_wrong_length_is_an_error() {
    let err = serde_json::from_str::<Owned<i32, U2>>(r#"{"shape":[2,3],"data":[1,2,3,4,5]}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot reshape array of size 5 into shape (2,3)"),
        "{err}"
    );
    let err = serde_json::from_str::<Owned<i32, U1>>("[[4],[1,2,3,4,5]]").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot reshape array of size 5 into shape (4,)"),
        "{err}"
    );
    let err =
        serde_json::from_value::<Owned<u8, U0>>(json!({"shape": [], "data": []})).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot reshape array of size 0 into shape ()"
    );
    // A shape too big to allocate is refused before anything else.
    let err = serde_json::from_value::<Owned<u8, U2>>(json!({"shape": [u64::MAX, 2], "data": []}))
        .unwrap_err();
    assert!(err.to_string().starts_with("array is too big"), "{err}");
}

#[test]
fn a_payload_of_the_wrong_rank_is_an_error() {
    let err = serde_json::from_str::<Owned<i32, U2>>(r#"{"shape":[2,3,1],"data":[1,2,3,4,5,6]}"#)
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot deserialize a 2-dimensional array from shape (2,3,1)"),
        "{err}"
    );
    let err = serde_json::from_str::<Owned<i32, U3>>("[[6],[1,2,3,4,5,6]]").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot deserialize a 3-dimensional array from shape (6,)"),
        "{err}"
    );
    let err =
        serde_json::from_value::<Owned<i32, U0>>(json!({"shape": [1], "data": [1]})).unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot deserialize a 0-dimensional array from shape (1,)"
    );
}

#[test]
fn malformed_payloads_are_errors() {
    let missing = serde_json::from_str::<Owned<i32, U1>>(r#"{"shape":[2]}"#).unwrap_err();
    assert!(
        missing.to_string().starts_with("missing field `data`"),
        "{missing}"
    );
    let twice = serde_json::from_str::<Owned<i32, U1>>(r#"{"shape":[1],"shape":[1],"data":[1]}"#)
        .unwrap_err();
    assert!(
        twice.to_string().starts_with("duplicate field `shape`"),
        "{twice}"
    );
    let negative =
        serde_json::from_str::<Owned<i32, U1>>(r#"{"shape":[-1],"data":[]}"#).unwrap_err();
    assert!(
        negative.to_string().contains("expected usize"),
        "{negative}"
    );
    let short = serde_json::from_str::<Owned<i32, U1>>("[[1]]").unwrap_err();
    assert!(short.to_string().starts_with("invalid length 1"), "{short}");
    let element =
        serde_json::from_str::<Owned<u8, U1>>(r#"{"shape":[1],"data":[300]}"#).unwrap_err();
    assert!(element.to_string().contains("expected u8"), "{element}");
}
