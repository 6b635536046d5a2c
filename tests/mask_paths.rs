//! Whole-array masks take fast paths: the mask is borrowed rather than copied, reads select
//! without branching and `=` writes choose by a select, for element types without drop
//! glue. These tests check every path against a plain loop, for element types with and
//! without drop glue, masks of every kind, and a `clone` that panics halfway.

use std::panic::{AssertUnwindSafe, catch_unwind};

use typed_array::prelude::*;

/// A mask with runs and isolated entries, as a random one has.
fn pattern(n: usize) -> Vec<bool> {
    (0..n).map(|i| (i * 7 + i / 3) % 5 < 2).collect()
}

fn expected_read<T: Clone>(x: &[T], m: &[bool]) -> Vec<T> {
    x.iter()
        .zip(m)
        .filter(|p| *p.1)
        .map(|p| p.0.clone())
        .collect()
}

fn expected_write<T: Clone>(x: &[T], m: &[bool], v: &T) -> Vec<T> {
    x.iter()
        .zip(m)
        .map(|(a, &b)| if b { v.clone() } else { a.clone() })
        .collect()
}

#[test]
fn reads_and_writes_agree_with_a_loop_for_copy_elements() {
    for n in [0, 1, 5, 16, 17, 1000, 4097] {
        let m = pattern(n);
        let data: Vec<f64> = (0..n).map(|i| i as f64 * 0.5 - 3.0).collect();
        let x = Owned::from_vec(data.clone());
        let mask = Owned::from_vec(m.clone());

        let r: Owned<f64, U1> = index!(x[&mask]);
        assert_eq!(r.as_slice().unwrap(), expected_read(&data, &m).as_slice());
        assert!(!typed_array::shares_memory(&r, &x));

        let mut w = x.clone();
        index!(w[&mask] = 9.25);
        assert_eq!(w.as_slice().unwrap(), expected_write(&data, &m, &9.25));

        let ints = Owned::from_vec((0..n as i32).collect::<Vec<_>>());
        let mut wi = ints.clone();
        index!(wi[&m] = -1);
        let want = expected_write(ints.as_slice().unwrap(), &m, &-1);
        assert_eq!(wi.as_slice().unwrap(), want.as_slice());
    }
}

#[test]
fn reads_and_writes_agree_with_a_loop_for_elements_with_drop_glue() {
    let n = 300;
    let m = pattern(n);
    let data: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
    let x = Owned::from_vec(data.clone());
    let mask = Owned::from_vec(m.clone());

    let r: Owned<String, U1> = index!(x[&mask]);
    assert_eq!(r.as_slice().unwrap(), expected_read(&data, &m).as_slice());

    let mut w = x.clone();
    index!(w[&mask] = String::from("new"));
    let want = expected_write(&data, &m, &String::from("new"));
    assert_eq!(w.as_slice().unwrap(), want.as_slice());
}

#[test]
fn in_place_operators_under_a_mask_change_only_the_selected_elements() {
    let m = pattern(100);
    let x = Owned::from_vec((0..100).map(f64::from).collect::<Vec<_>>());
    let mut w = x.clone();
    index!(w[&m] += 0.5);
    for (i, (&a, &b)) in w.iter().zip(&m).enumerate() {
        assert_eq!(a, i as f64 + if b { 0.5 } else { 0.0 }, "at {i}");
    }
    // A value per selected element.
    let count = m.iter().filter(|&&b| b).count();
    let vals = Owned::from_vec((0..count).map(|k| -(k as f64)).collect::<Vec<_>>());
    let mut w = x.clone();
    index!(w[&m] = vals);
    let mut k = 0.0;
    for (i, (&a, &b)) in w.iter().zip(&m).enumerate() {
        if b {
            assert_eq!(a, -k, "at {i}");
            k += 1.0;
        } else {
            assert_eq!(a, i as f64, "at {i}");
        }
    }
}

#[test]
fn every_kind_of_mask_selects_the_same_elements() {
    let x = Owned::from_shape_fn([6, 5], |[i, j]| (10 * i + j) as i64);
    let m = x.gt(22);
    let want: Vec<i64> = x.iter().copied().filter(|&v| v > 22).collect();

    let by_value: Owned<i64, U1> = index!(x[x.gt(22)]);
    let by_ref: Owned<i64, U1> = index!(x[&m]);
    let view: Owned<i64, U1> = index!(x[m.view()]);
    let comparison: Owned<i64, U1> = index!(x[x > 22]);
    let (cv, co) = (CowArray::from(m.view()), CowArray::from(m.clone()));
    let cow_view: Owned<i64, U1> = index!(x[cv]);
    let cow_owned: Owned<i64, U1> = index!(x[co]);
    for got in [by_value, by_ref, view, comparison, cow_view, cow_owned] {
        assert_eq!(got.as_slice().unwrap(), want.as_slice());
    }

    // A mask that is not contiguous (every other row of a larger one) is copied first.
    let big = Owned::from_shape_fn([12, 5], |[i, j]| (10 * (i / 2) + j) as i64);
    let strided_mask = index!(big[::2]).gt(22);
    let sparse = big.gt(22);
    let every_other = index!(sparse[::2]);
    assert!(!every_other.is_c_contiguous());
    let a: Owned<i64, U1> = index!(x[every_other]);
    let b: Owned<i64, U1> = index!(x[&strided_mask]);
    assert_eq!(a.as_slice().unwrap(), want.as_slice());
    assert_eq!(b.as_slice().unwrap(), want.as_slice());

    let mut w = x.clone();
    index!(w[every_other] = 0);
    assert!(
        w.iter()
            .zip(x.iter())
            .all(|(&a, &b)| a == if b > 22 { 0 } else { b })
    );
}

/// No drop glue, and a `clone` that panics on the value 7.
#[derive(Debug, PartialEq)]
struct Fragile(u32);

impl Clone for Fragile {
    fn clone(&self) -> Self {
        assert!(self.0 != 7, "cloning 7");
        Fragile(self.0)
    }
}

#[test]
fn a_panicking_clone_leaves_every_element_valid() {
    let mut a = Owned::from_vec((0..10).map(Fragile).collect::<Vec<_>>());
    let m = [
        false, true, false, true, false, false, false, false, false, false,
    ];
    // Cloning the value panics before anything is written: the array is unchanged.
    let r = catch_unwind(AssertUnwindSafe(|| index!(a[m] = Fragile(7))));
    assert!(r.is_err());
    assert_eq!(
        a.as_slice().unwrap(),
        (0..10).map(Fragile).collect::<Vec<_>>()
    );

    // A read whose selection meets the 7 panics and leaks nothing it must not.
    let m7 = [
        false, false, false, false, false, false, false, true, true, false,
    ];
    let r = catch_unwind(AssertUnwindSafe(|| -> Owned<Fragile, U1> { index!(a[m7]) }));
    assert!(r.is_err());
    let ok: Owned<Fragile, U1> = index!(a[m]);
    assert_eq!(ok.as_slice().unwrap(), &[Fragile(1), Fragile(3)]);

    index!(a[m] = Fragile(40));
    assert_eq!(a[[1]], Fragile(40));
    assert_eq!(a[[3]], Fragile(40));
    assert_eq!(a[[7]], Fragile(7));
}
