//! Every expression inside `index!` is evaluated exactly once, left to right; in the
//! assignment forms the items and the value come before the target is borrowed.

use std::cell::RefCell;

use typed_array::prelude::*;

#[test]
fn items_are_evaluated_once_left_to_right() {
    let log = RefCell::new(Vec::new());
    let at = |name: &'static str, v: isize| {
        log.borrow_mut().push(name);
        v
    };
    let a = Owned::<i32, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
    let v = index!(a[at("i", 1), at("start", 0):at("stop", 3):at("step", 2)][at("j", -1)]);
    assert_eq!(v, array![20, 21, 22, 23]);
    assert_eq!(*log.borrow(), ["i", "start", "stop", "step", "j"]);
}

#[test]
fn assignment_evaluates_items_then_value_then_borrows_the_target() {
    let log = RefCell::new(Vec::new());
    let at = |name: &'static str, v: usize| {
        log.borrow_mut().push(name);
        v
    };
    let mut a = Owned::<i32, U1>::zeros([6]);
    // The value is computed from `a` itself: it is an owned copy, so this compiles and
    // reads `a` before anything is written (NumPy's copy-first semantics).
    index!(a[at("start", 1):at("stop", 4)] = {
        log.borrow_mut().push("value");
        let mut c = index!(a[:3]).to_owned();
        c += 5;
        c
    });
    assert_eq!(*log.borrow(), ["start", "stop", "value"]);
    assert_eq!(a, array![0, 5, 5, 5, 0, 0]);
}

#[test]
fn integer_types_mix_and_literals_are_isize() {
    let a = Owned::<i32, U1>::arange(10);
    let (s, e): (u8, i64) = (2, 8);
    assert_eq!(index!(a[s:e:3u16]), array![2, 5]);
    let n = a.len();
    assert_eq!(index!(a[n - 3:]), array![7, 8, 9]);
    // A literal far beyond i32 is fine: literals are isize, and slices clamp.
    assert_eq!(index!(a[-9_000_000_000:3]), array![0, 1, 2]);
    assert_eq!(index!(a[::-9_223_372_036_854_775_807]), array![9]);
}

#[test]
fn a_temporary_writable_view_can_be_assigned_through() {
    let mut a = Owned::<i32, U2>::zeros([2, 3]);
    index!(a.t_mut()[2, 0] = 100);
    index!(a.view_mut()[1] += array![1, 2, 3]);
    assert_eq!(a, array![[0, 0, 100], [1, 2, 3]]);
}
