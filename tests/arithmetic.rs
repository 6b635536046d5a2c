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
