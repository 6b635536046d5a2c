//! A crate that depends on `typed-array` under another name (`ta`) and nothing else: every
//! macro form must still expand, since the facade passes `$crate` to the proc macros.

use ta::prelude::*;

/// Uses every basic form of `index!` through the renamed dependency.
pub fn every_form() -> Owned<i32, U2> {
    let mut a: Owned<i32, U2> = ta::array![[1, 2, 3], [4, 5, 6]];
    let v: View<'_, i32, U2> = ta::index!(a[::-1, 1:]);
    assert_eq!(v, ta::array![[5, 6], [2, 3]]);
    let e: &i32 = ta::index!(a[-1, -1]);
    assert_eq!(*e, 6);
    let z: View<'_, i32, U3> = ta::index!(a[None, ..., 0:2][0][None]);
    assert_eq!(z.shape(), &[1, 2, 2]);
    *ta::index!(mut a[0, 0]) = 10;
    ta::index!(mut a[1])[0] = 40;
    ta::index!(a[:, 2] = 0);
    ta::index!(a[0] += 1);
    ta::index!(a[1, :2] *= ta::array![2, 3]);
    assert!(ta::try_index!(a[2, 0]).is_err());
    assert!(ta::try_index!(a[0] = ta::array![1, 2]).is_err());
    a
}

/// Uses the advanced forms (index arrays, masks, comparisons, assignment through them)
/// through the renamed dependency.
pub fn advanced_forms() -> Owned<i32, U2> {
    let mut a: Owned<i32, U2> = ta::array![[1, 2, 3], [4, 5, 6]];
    let picked: Owned<i32, U1> = ta::index!(a[[0, 1], [2, 0]]);
    assert_eq!(picked, ta::array![3, 4]);
    let rows = vec![1usize, 1];
    let twice: Owned<i32, U2> = ta::index!(a[rows, ::-1]);
    assert_eq!(twice.shape(), &[2, 3]);
    let big: Owned<i32, U1> = ta::index!(a[(a > 2) & (a != 5)]);
    assert_eq!(big, ta::array![3, 4, 6]);
    ta::index!(a[a > 4] = 0);
    ta::index!(a[[0, 0], 0] += 10);
    assert!(ta::try_index!(a[[0, 7]]).is_err());
    a.add_at([1, 1], 1);
    a
}
