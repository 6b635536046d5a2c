//! The auto traits, `Copy`/`Clone` and variance of the array kinds, as SPEC §2 fixes them.

use std::cell::Cell;
use std::rc::Rc;

use static_assertions::{assert_impl_all, assert_not_impl_any};
use typed_array::prelude::*;

// A `View` is a shared borrow: `Send + Sync` exactly when `T: Sync`, and `Copy`.
assert_impl_all!(View<'static, i32, U2>: Send, Sync, Copy, Clone);
// `Cell<i32>` is `Send` but not `Sync`: sharing a view of cells across threads would allow
// unsynchronised writes through `Cell::set`.
assert_not_impl_any!(View<'static, Cell<i32>, U1>: Send, Sync);

// A `ViewMut` is an exclusive borrow: `Send` when `T: Send`, `Sync` when `T: Sync`, and
// neither `Copy` nor `Clone` (two copies would be two exclusive borrows).
assert_impl_all!(ViewMut<'static, i32, U2>: Send, Sync);
assert_impl_all!(ViewMut<'static, Cell<i32>, U1>: Send);
assert_not_impl_any!(ViewMut<'static, Cell<i32>, U1>: Sync);
assert_not_impl_any!(ViewMut<'static, Rc<i32>, U1>: Send, Sync);
assert_not_impl_any!(ViewMut<'static, i32, U1>: Copy, Clone);

// An `Owned` follows `Vec<T>`.
assert_impl_all!(Owned<i32, U3>: Send, Sync, Clone);
assert_impl_all!(Owned<Cell<i32>, U1>: Send);
assert_not_impl_any!(Owned<Cell<i32>, U1>: Sync);
assert_not_impl_any!(Owned<Rc<i32>, U1>: Send, Sync);
// Not `Copy`: `Clone` is a deep copy.
assert_not_impl_any!(Owned<i32, U1>: Copy);

// A `CowArray` is a `View` or an `Owned`.
assert_impl_all!(CowArray<'static, i32, U1>: Send, Sync, Clone);
assert_not_impl_any!(CowArray<'static, i32, U1>: Copy);

// Views cost nothing: a pointer plus the inline shape and strides.
const _: () = assert!(
    size_of::<View<'static, f64, U2>>() == size_of::<usize>() * 5,
    "a rank-2 view is a pointer, two lengths and two strides"
);
const _: () = assert!(size_of::<View<'static, f64, U0>>() == size_of::<usize>());

/// `View` is covariant: a view of longer-lived elements is a view of shorter-lived ones.
/// (The opposite for `ViewMut` is a compile-fail test.)
fn shorten<'a, 'b: 'a>(v: View<'a, &'b str, U1>) -> View<'a, &'a str, U1> {
    v
}

#[test]
fn view_is_covariant() {
    let words = Owned::from_vec(vec!["a", "b"]);
    let v = shorten(words.view());
    assert_eq!(v[1], "b");
}

#[test]
fn any_element_type() {
    let cells = Owned::from_vec(vec![Cell::new(1), Cell::new(2)]);
    let v = index!(cells[1:]);
    v[0].set(5);
    assert_eq!(cells[1].get(), 5);
    let strs = array![["a", "b"], ["c", "d"]];
    assert_eq!(*index!(strs[1, 0]), "c");
}

/// One parameter type accepts every kind of array.
fn total(x: View<'_, i32, U2>) -> i32 {
    x.iter().sum()
}

#[test]
fn one_parameter_type_for_all_kinds() {
    let mut a = array![[1, 2], [3, 4]];
    assert_eq!(total(index!(a[.., ..])), 10);
    assert_eq!(total(a.view()), 10);
    assert_eq!(total((&a).into()), 10);
    {
        let m = a.view_mut();
        assert_eq!(total(m.view()), 10);
        assert_eq!(total((&m).into()), 10);
    }
    let c = CowArray::from(a.view());
    assert_eq!(total(c.view()), 10);
    assert_eq!(total((&c).into()), 10);
}

/// Slicing a `View` gives views that keep the original lifetime, not one tied to a borrow
/// of the view value.
fn first_row<'a>(v: View<'a, i32, U2>) -> View<'a, i32, U1> {
    let local = v;
    index!(local[0])
}

#[test]
fn views_of_views_keep_the_lifetime() {
    let a = array![[1, 2], [3, 4]];
    let row = first_row(a.view());
    let t = a.view().t();
    let col = index!(t[1]);
    assert_eq!(row, array![1, 2]);
    assert_eq!(col, array![2, 4]);
}
