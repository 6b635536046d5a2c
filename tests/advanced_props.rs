//! Property tests: gathering and scattering through index arrays and masks against naive
//! element-by-element references, on random shapes and indices.

use proptest::prelude::*;
use typed_array::prelude::*;

fn grid(rows: usize, cols: usize) -> Owned<i64, U2> {
    Owned::from_shape_vec([rows, cols], (0..(rows * cols) as i64).collect()).unwrap()
}

/// A shape and a list of in-bounds (possibly negative, possibly repeated) row indices.
fn rows_and_indices() -> impl Strategy<Value = (usize, usize, Vec<isize>)> {
    (1usize..6, 0usize..5).prop_flat_map(|(r, c)| {
        (
            Just(r),
            Just(c),
            proptest::collection::vec(-(r as isize)..r as isize, 0..8),
        )
    })
}

fn resolve(i: isize, len: usize) -> usize {
    if i < 0 {
        (i + len as isize) as usize
    } else {
        i as usize
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn take_rows_and_columns((r, c, idx) in rows_and_indices()) {
        let a = grid(r, c);
        let rows: Owned<i64, U2> = index!(a[&idx]);
        prop_assert_eq!(rows.shape(), &[idx.len(), c][..]);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..c {
                prop_assert_eq!(rows[[j, k]], a[[resolve(i, r), k]]);
            }
        }
        // The same indices on the transposed array's second axis.
        let t = a.t();
        let cols: Owned<i64, U2> = index!(t[:, &idx]);
        prop_assert_eq!(cols.shape(), &[c, idx.len()][..]);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..c {
                prop_assert_eq!(cols[[k, j]], a[[resolve(i, r), k]]);
            }
        }
    }

    #[test]
    fn paired_index_arrays_pick_elements((r, c, idx) in rows_and_indices()) {
        prop_assume!(c > 0);
        let a = grid(r, c);
        let cols: Vec<usize> = idx.iter().map(|&i| resolve(i, r) % c).collect();
        let picked: Owned<i64, U1> = index!(a[&idx, &cols]);
        let want: Vec<i64> = idx.iter().zip(&cols).map(|(&i, &k)| a[[resolve(i, r), k]]).collect();
        prop_assert_eq!(picked.into_vec(), want);
    }

    #[test]
    fn masks_select_in_c_order(r in 0usize..5, c in 0usize..5, bits in any::<u32>()) {
        let a = grid(r, c);
        let m = Owned::from_shape_fn([r, c], |[i, j]| bits >> ((i * c + j) % 32) & 1 == 1);
        let got: Owned<i64, U1> = index!(a[&m]);
        let want: Vec<i64> = a.iter().zip(m.iter()).filter(|(_, b)| **b).map(|(x, _)| *x).collect();
        prop_assert_eq!(got.into_vec(), want);
        // A row mask selects whole rows.
        let rm: Vec<bool> = (0..r).map(|i| bits >> i & 1 == 1).collect();
        let rows: Owned<i64, U2> = index!(a[rm.clone()]);
        prop_assert_eq!(rows.shape()[0], rm.iter().filter(|&&b| b).count());
    }

    #[test]
    fn assignment_last_write_wins_and_increments_are_buffered((r, c, idx) in rows_and_indices()) {
        let mut a = grid(r, c);
        let values: Vec<i64> = (0..idx.len() as i64).map(|v| 100 + v).collect();
        let v = Owned::from_vec(values.clone()).into_shape([idx.len(), 1]).unwrap();
        // Naive reference: write each selected row in order.
        let mut want = grid(r, c);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..c {
                want[[resolve(i, r), k]] = values[j];
            }
        }
        index!(a[&idx] = &v);
        prop_assert_eq!(&a, &want);

        // `+=` reads every selected element first (NumPy's buffered rule): a repeated row
        // is incremented once, by the last value that names it.
        let mut b = grid(r, c);
        let orig = grid(r, c);
        let mut want = grid(r, c);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..c {
                want[[resolve(i, r), k]] = orig[[resolve(i, r), k]] + values[j];
            }
        }
        index!(b[&idx] += &v);
        prop_assert_eq!(&b, &want);

        // `add_at` accumulates instead.
        let mut s = grid(r, c);
        let mut want = grid(r, c);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..c {
                want[[resolve(i, r), k]] += values[j];
            }
        }
        s.add_at(&idx, &v);
        prop_assert_eq!(&s, &want);
    }

    /// Long index arrays are turned into offsets a chunk at a time: a take across chunk
    /// boundaries, from a slice, a contiguous view and a strided view of indices, agrees
    /// with a loop, and the first entry out of bounds is the one reported.
    #[test]
    fn long_takes_agree_with_a_loop(
        n in 1usize..50,
        idx in proptest::collection::vec(-60isize..60, 0..1500),
    ) {
        let x = Owned::from_vec((0..n as i64).map(|v| v * 10).collect::<Vec<_>>());
        let first_bad = idx.iter().copied().find(|&i| i < -(n as isize) || i >= n as isize);
        let want: Vec<i64> = match first_bad {
            None => idx.iter().map(|&i| x[[resolve(i, n)]]).collect(),
            Some(_) => Vec::new(),
        };
        let as_array = Owned::from_vec(idx.clone());
        let doubled = Owned::from_vec(idx.iter().flat_map(|&i| [i, 0]).collect::<Vec<_>>());
        let strided = index!(doubled[::2]);
        let results = [
            try_index!(x[&idx]),
            try_index!(x[as_array.view()]),
            try_index!(x[strided]),
        ];
        for r in results {
            match (first_bad, r) {
                (None, Ok(got)) => prop_assert_eq!(got.as_slice().unwrap(), want.as_slice()),
                (Some(bad), Err(e)) => prop_assert_eq!(
                    e.to_string(),
                    format!("index {bad} is out of bounds for axis 0 with size {n}")
                ),
                (bad, r) => prop_assert!(false, "first bad {:?}, got {:?}", bad, r),
            }
        }
    }

    /// Rows picked by an index array and cut by a slice are copied as contiguous runs when
    /// the slice has step 1, element by element otherwise; both agree with a loop.
    #[test]
    fn rows_with_slices_agree_with_a_loop(
        (r, c, idx) in rows_and_indices(),
        lo in 0isize..5,
        hi in 0isize..6,
    ) {
        let a = grid(r, c);
        let runs: Owned<i64, U2> = index!(a[&idx, lo:hi]);
        let reversed: Owned<i64, U2> = index!(a[&idx, ::-1]);
        let (lo, hi) = ((lo as usize).min(c), (hi as usize).clamp(lo as usize, c.max(lo as usize)).min(c));
        let width = hi.saturating_sub(lo);
        prop_assert_eq!(runs.shape(), &[idx.len(), width][..]);
        prop_assert_eq!(reversed.shape(), &[idx.len(), c][..]);
        for (j, &i) in idx.iter().enumerate() {
            for k in 0..width {
                prop_assert_eq!(runs[[j, k]], a[[resolve(i, r), lo + k]]);
            }
            for k in 0..c {
                prop_assert_eq!(reversed[[j, k]], a[[resolve(i, r), c - 1 - k]]);
            }
        }
        // The same with axes before the index array (`t[:, idx, lo:hi]` on a stack of two).
        let stack = Owned::from_shape_fn([2, r, c], |[s, i, k]| a[[i, k]] + 1000 * s as i64);
        let cut: Owned<i64, U3> = index!(stack[:, &idx, 1:]);
        prop_assert_eq!(cut.shape(), &[2, idx.len(), c.saturating_sub(1)][..]);
        for s in 0..2 {
            for (j, &i) in idx.iter().enumerate() {
                for k in 1..c {
                    prop_assert_eq!(cut[[s, j, k - 1]], stack[[s, resolve(i, r), k]]);
                }
            }
        }
    }
}
