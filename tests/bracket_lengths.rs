//! Brackets of every length from 1 to 9 items, read, written and assigned through, with
//! and without `...`, on a rank-8 array whose elements are their own flat positions. The
//! reference resolves each item position by position.

use typed_array::prelude::*;

/// One item of the reference: an integer, a slice with every part given and in range, or
/// `None`.
#[derive(Clone, Copy)]
enum R {
    I(isize),
    S(isize, isize, isize),
    N,
}

const SHAPE: [usize; 8] = [2, 3, 2, 3, 2, 3, 2, 3];

fn source() -> Owned<i64, U8> {
    let n: usize = SHAPE.iter().product();
    Owned::from_shape_vec(SHAPE, (0..n as i64).collect()).unwrap()
}

/// The shape and C-order elements of `source()[items]`, axis by axis.
fn reference(items: &[R]) -> (Vec<usize>, Vec<i64>) {
    // Per output axis, the input positions it walks and the input axis it walks them on
    // (`None` for a new axis); integers fix an input axis.
    let mut fixed = [0usize; 8];
    let mut walks: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let mut axis = 0;
    for item in items {
        match *item {
            R::I(k) => {
                let len = SHAPE[axis] as isize;
                fixed[axis] = if k < 0 { k + len } else { k } as usize;
                axis += 1;
            }
            R::S(start, stop, step) => {
                let mut positions = Vec::new();
                let mut p = start;
                while (step > 0 && p < stop) || (step < 0 && p > stop) {
                    positions.push(p as usize);
                    p += step;
                }
                walks.push((Some(axis), positions));
                axis += 1;
            }
            R::N => walks.push((None, vec![0])),
        }
    }
    for (a, &len) in SHAPE.iter().enumerate().skip(axis) {
        walks.push((Some(a), (0..len).collect()));
    }
    let shape: Vec<usize> = walks.iter().map(|(_, p)| p.len()).collect();
    let mut out = Vec::new();
    let mut at = fixed;
    fn rec(walks: &[(Option<usize>, Vec<usize>)], at: &mut [usize; 8], out: &mut Vec<i64>) {
        let Some(((axis, positions), rest)) = walks.split_first() else {
            let flat = at.iter().zip(SHAPE).fold(0, |f, (&i, n)| f * n + i);
            out.push(flat as i64);
            return;
        };
        for &p in positions {
            if let Some(a) = axis {
                at[*a] = p;
            }
            rec(rest, at, out);
        }
    }
    rec(&walks, &mut at, &mut out);
    (shape, out)
}

/// Checks a read, a mutable view and an assignment of one index expression against the
/// reference.
macro_rules! check {
    ([$($item:tt)*], $reference:expr) => {{
        let (shape, values) = reference(&$reference);
        let a = source();
        let v = index!(a[$($item)*]);
        assert_eq!(v.shape(), &shape[..], "shape of a[{}]", stringify!($($item)*));
        assert_eq!(v.iter().copied().collect::<Vec<_>>(), values, "a[{}]", stringify!($($item)*));
        assert!(typed_array::shares_memory(&v, &a), "a basic index is a view");

        let mut b = source();
        index!(mut b[$($item)*]).fill(-1);
        let written = b.iter().filter(|&&x| x == -1).count();
        assert_eq!(written, values.len(), "writes through mut b[{}]", stringify!($($item)*));
        for &flat in &values {
            assert_eq!(b.as_slice().unwrap()[flat as usize], -1);
        }

        let mut c = source();
        index!(c[$($item)*] = -2);
        assert_eq!(c.iter().filter(|&&x| x == -2).count(), values.len());
        for &flat in &values {
            assert_eq!(c.as_slice().unwrap()[flat as usize], -2);
        }
    }};
}

#[test]
fn every_bracket_length_gives_numpys_result() {
    use R::*;
    check!([1], [I(1)]);
    check!([1, ::-1], [I(1), S(2, -1, -1)]);
    check!([:, 1:3, -1], [S(0, 2, 1), S(1, 3, 1), I(-1)]);
    check!([0, None, ::2, 1], [I(0), N, S(0, 3, 2), I(1)]);
    check!([1, 2, 0, 1:, None], [I(1), I(2), I(0), S(1, 3, 1), N]);
    check!([1, 2, 0, 1:, None, ::-1], [I(1), I(2), I(0), S(1, 3, 1), N, S(1, -1, -1)]);
    check!(
        [1, 2, 0, 1:, None, ::-1, 0],
        [I(1), I(2), I(0), S(1, 3, 1), N, S(1, -1, -1), I(0)]
    );
    check!(
        [-1, -2, :, 0:3:2, 1, -1, 0, 2],
        [I(-1), I(-2), S(0, 2, 1), S(0, 3, 2), I(1), I(-1), I(0), I(2)]
    );
    check!(
        [None, 1, 2, 0, 1, 0, 2, 1, ::-2],
        [N, I(1), I(2), I(0), I(1), I(0), I(2), I(1), S(2, -1, -2)]
    );
}

#[test]
fn ellipsis_in_short_and_long_brackets() {
    use R::*;
    // `...` stands for the axes the other items leave: 6 here, then 2.
    check!([1, ..., 0], [I(1), S(0, 3, 1), S(0, 2, 1), S(0, 3, 1), S(0, 2, 1), S(0, 3, 1), S(0, 2, 1), I(0)]);
    check!(
        [1, 2, 0, None, ..., 1, 0, -1, ::-1],
        [I(1), I(2), I(0), N, S(0, 3, 1), I(1), I(0), I(-1), S(2, -1, -1)]
    );
}

#[test]
fn errors_name_the_item_in_long_brackets() {
    let a = source();
    let e = try_index!(a[0, 0, 0, 0, 0, 0, 0, 5]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index 5 is out of bounds for axis 7 with size 3"
    );
    let e = try_index!(a[0, 0, 0, 0, 0, 3]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index 3 is out of bounds for axis 5 with size 3"
    );
    let zero = 0;
    let e = try_index!(a[0, 0, 0, 0, ::zero, 0, 0]).unwrap_err();
    assert_eq!(e.to_string(), "slice step cannot be zero");
}
