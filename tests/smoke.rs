use typed_array::prelude::*;

#[test]
fn smoke() {
    let a = Owned::<i64, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
    let v: View<'_, i64, U2> = index!(a[1, ::-1, 1:3]);
    assert_eq!(v.shape(), &[3, 2]);
    assert_eq!(
        v.iter().copied().collect::<Vec<_>>(),
        vec![21, 22, 17, 18, 13, 14]
    );
    let e: &i64 = index!(a[1, 2, -1]);
    assert_eq!(*e, 23);
    let w: View<'_, i64, U2> = index!(a[0]);
    assert_eq!(w.shape(), &[3, 4]);
    let x: View<'_, i64, U0> = index!(a[1, 2, 3, ...]);
    assert_eq!(x.shape(), &[] as &[usize]);
    let y: View<'_, i64, U5> = index!(a[None, ..., None]);
    assert_eq!(y.shape(), &[1, 2, 3, 4, 1]);
    let z = index!(a[1:][0][::2]);
    assert_eq!(z.shape(), &[2, 4]);
    let r = try_index!(a[2]);
    assert_eq!(
        r.unwrap_err().to_string(),
        "index 2 is out of bounds for axis 0 with size 2"
    );
    let mut b = a.clone();
    index!(b[0, :, ::2] = 100);
    index!(b[1] += array![1, 2, 3, 4]);
    let mut m = index!(mut b[1, 0]);
    m[0] = -5;
    let i: usize = 1;
    *index!(mut b[i, 1, 1u8]) = 7;
    println!("{b:?}");
    let arr = array![[1, 2], [3, 4]];
    assert_eq!(arr.shape(), &[2, 2]);
    let r2: Result<(), IndexError> = try_index!(b[0] = array![1, 2]);
    println!("{:?}", r2);
}
