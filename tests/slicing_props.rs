//! Property test: basic indexing against a naive reference.
//!
//! The reference resolves every item by stepping through positions one at a time (no
//! closed-form counts, no strides) and gathers the result element by element; the library
//! computes a strided layout. Random arrays of rank 1–4 with axis lengths 0–5, random items
//! in random order (integers, slices with any part omitted, `...`, `None`), compared on
//! shape, values and errors.
//!
//! The rank arithmetic is type-level, so each (integers, slices, new axes) count is its own
//! instantiation of the runtime function the `index!` macro calls; the items' order and
//! values are random.

use proptest::prelude::*;
use typed_array::__private::{self, Item, Slice};
use typed_array::prelude::*;

/// Positions of a slice on an axis of length `len`, by Python's definition: start from the
/// (clamped) start and step until the (clamped) stop is reached or passed.
fn naive_positions(s: Slice, len: usize) -> Option<Vec<usize>> {
    let step = s.step.unwrap_or(1) as i128;
    if step == 0 {
        return None;
    }
    let len = len as i128;
    let norm = |v: Option<isize>, default: i128| -> i128 {
        match v {
            None => default,
            Some(v) if (v as i128) < 0 => v as i128 + len,
            Some(v) => v as i128,
        }
    };
    let mut out = Vec::new();
    if step > 0 {
        let start = norm(s.start, 0).max(0);
        let stop = norm(s.stop, len).min(len);
        let mut p = start;
        while p < stop {
            out.push(p as usize);
            p += step;
        }
    } else {
        let start = norm(s.start, len - 1).min(len - 1);
        let stop = norm(s.stop, -1).max(-1);
        let mut p = start;
        while p > stop {
            out.push(p as usize);
            p += step;
        }
    }
    Some(out)
}

/// What the reference expects: the result's shape and values, or the error message.
fn reference(
    a: &Owned<i64, U4>,
    ndim: usize,
    items: &[Item],
) -> Result<(Vec<usize>, Vec<i64>), String> {
    let shape = &a.shape()[4 - ndim..];
    let consumed = items
        .iter()
        .filter(|i| matches!(i, Item::Index(_) | Item::Slice(_)))
        .count();
    // Expand `...` (or the implicit one at the end) into full slices.
    let mut full: Vec<Item> = Vec::new();
    let mut had_ellipsis = false;
    for it in items {
        if *it == Item::Ellipsis {
            had_ellipsis = true;
            full.extend(std::iter::repeat_n(
                Item::Slice(Slice::default()),
                ndim - consumed,
            ));
        } else {
            full.push(*it);
        }
    }
    if !had_ellipsis {
        full.extend(std::iter::repeat_n(
            Item::Slice(Slice::default()),
            ndim - consumed,
        ));
    }
    // Per item: the input axis it reads (if any) and the positions it selects.
    let mut axis = 0;
    let mut picks: Vec<(Option<usize>, Vec<usize>, bool)> = Vec::new();
    for it in &full {
        match *it {
            Item::Index(i) => {
                let (i, len) = (i as i128, shape[axis] as i128);
                let r = if i < 0 { i + len } else { i };
                if r < 0 || r >= len {
                    return Err(format!(
                        "index {i} is out of bounds for axis {axis} with size {len}"
                    ));
                }
                picks.push((Some(axis), vec![r as usize], false));
                axis += 1;
            }
            Item::Slice(s) => {
                let p = naive_positions(s, shape[axis])
                    .ok_or_else(|| "slice step cannot be zero".to_string())?;
                picks.push((Some(axis), p, true));
                axis += 1;
            }
            Item::NewAxis => picks.push((None, vec![0], true)),
            Item::Ellipsis | Item::Wide { .. } => unreachable!(),
        }
    }
    let out_shape: Vec<usize> = picks.iter().filter(|p| p.2).map(|p| p.1.len()).collect();
    let mut values = Vec::new();
    let total: usize = picks.iter().map(|p| p.1.len()).product();
    for mut flat in 0..total {
        let mut idx = [0usize; 4];
        for (ax, pos, _) in picks.iter().rev() {
            let k = flat % pos.len();
            flat /= pos.len();
            if let Some(ax) = ax {
                idx[4 - ndim + ax] = pos[k];
            }
        }
        values.push(a[idx]);
    }
    Ok((out_shape, values))
}

fn item_strategy(kind: u8) -> BoxedStrategy<Item> {
    let bound = prop_oneof![Just(None), (-7isize..8).prop_map(Some)];
    match kind {
        0 => (-6isize..6).prop_map(Item::Index).boxed(),
        1 => (
            bound.clone(),
            bound,
            prop_oneof![
                Just(None),
                (-4isize..5).prop_map(Some),
                Just(Some(isize::MIN)),
                Just(Some(isize::MAX))
            ],
        )
            .prop_map(|(start, stop, step)| Item::Slice(Slice { start, stop, step }))
            .boxed(),
        _ => Just(Item::NewAxis).boxed(),
    }
}

/// A random index for an array of rank `ndim`: `k` integers, `s` slices, `m` new axes,
/// maybe a `...`, in random order.
fn index_strategy(ndim: usize) -> impl Strategy<Value = (usize, usize, usize, Vec<Item>)> {
    (0..=ndim, 0..=2usize, any::<bool>())
        .prop_flat_map(move |(k, m, ell)| (Just(k), 0..=ndim - k, Just(m), Just(ell)))
        .prop_flat_map(|(k, s, m, ell)| {
            let mut kinds = vec![0u8; k];
            kinds.extend(std::iter::repeat_n(1u8, s));
            kinds.extend(std::iter::repeat_n(2u8, m));
            let items: Vec<_> = kinds.into_iter().map(item_strategy).collect();
            (Just((k, s, m)), items, Just(ell)).prop_flat_map(|((k, s, m), items, ell)| {
                let n = items.len();
                (
                    Just((k, s, m, items, ell)),
                    Just(()).prop_perturb(move |_, mut rng| {
                        let mut order: Vec<usize> = (0..n).collect();
                        for i in (1..n).rev() {
                            order.swap(i, rng.random_range(0..=i));
                        }
                        (order, rng.random_range(0..=n))
                    }),
                )
            })
        })
        .prop_map(|((k, s, m, items, ell), (order, at))| {
            let mut items: Vec<Item> = order.iter().map(|&i| items[i]).collect();
            if ell {
                items.insert(at.min(items.len()), Item::Ellipsis);
            }
            (k, k + s, m, items)
        })
}

/// Calls the runtime with the counts as const parameters.
macro_rules! dispatch {
    ($v:expr, $items:expr, ($k:expr, $c:expr, $m:expr), [$(($K:literal, $C:literal, $M:literal)),*]) => {
        match ($k, $c, $m) {
            $(($K, $C, $M) => __private::try_view($v, $items, __private::IndexRank::<$C, $K, $M>::out(__private::rank_of(&$v)))
                .map(|r| (r.shape().to_vec(), r.iter().copied().collect::<Vec<i64>>()))
                .map_err(|e| e.to_string()),)*
            _ => unreachable!("counts out of range"),
        }
    };
}

macro_rules! counts {
    (1, $mac:ident!($($args:tt)*)) => {
        $mac!($($args)*, [(0,0,0),(0,1,0),(1,1,0),(0,0,1),(0,1,1),(1,1,1),(0,0,2),(0,1,2),(1,1,2)])
    };
    (2, $mac:ident!($($args:tt)*)) => {
        $mac!($($args)*, [(0,0,0),(0,1,0),(0,2,0),(1,1,0),(1,2,0),(2,2,0),(0,0,1),(0,1,1),(0,2,1),(1,1,1),(1,2,1),(2,2,1),(0,0,2),(0,1,2),(0,2,2),(1,1,2),(1,2,2),(2,2,2)])
    };
    (3, $mac:ident!($($args:tt)*)) => {
        $mac!($($args)*, [(0,0,0),(0,1,0),(0,2,0),(0,3,0),(1,1,0),(1,2,0),(1,3,0),(2,2,0),(2,3,0),(3,3,0),(0,0,1),(0,1,1),(0,2,1),(0,3,1),(1,1,1),(1,2,1),(1,3,1),(2,2,1),(2,3,1),(3,3,1),(0,0,2),(0,1,2),(0,2,2),(0,3,2),(1,1,2),(1,2,2),(1,3,2),(2,2,2),(2,3,2),(3,3,2)])
    };
    (4, $mac:ident!($($args:tt)*)) => {
        $mac!($($args)*, [(0,0,0),(0,1,0),(0,2,0),(0,3,0),(0,4,0),(1,1,0),(1,2,0),(1,3,0),(1,4,0),(2,2,0),(2,3,0),(2,4,0),(3,3,0),(3,4,0),(4,4,0),(0,0,1),(0,1,1),(0,2,1),(0,3,1),(0,4,1),(1,1,1),(1,2,1),(1,3,1),(1,4,1),(2,2,1),(2,3,1),(2,4,1),(3,3,1),(3,4,1),(4,4,1),(0,0,2),(0,1,2),(0,2,2),(0,3,2),(0,4,2),(1,1,2),(1,2,2),(1,3,2),(1,4,2),(2,2,2),(2,3,2),(2,4,2),(3,3,2),(3,4,2),(4,4,2)])
    };
}

fn run(
    a: &Owned<i64, U4>,
    ndim: usize,
    k: usize,
    c: usize,
    m: usize,
    items: &[Item],
) -> Result<(Vec<usize>, Vec<i64>), String> {
    // View the trailing `ndim` axes of the rank-4 array as an array of rank `ndim`.
    let v4 = a.view();
    match ndim {
        1 => {
            let v: View<'_, i64, U1> = index!(v4[0, 0, 0, :]);
            counts!(1, dispatch!(v, items, (k, c, m)))
        }
        2 => {
            let v: View<'_, i64, U2> = index!(v4[0, 0, :, :]);
            counts!(2, dispatch!(v, items, (k, c, m)))
        }
        3 => {
            let v: View<'_, i64, U3> = index!(v4[0, :, :, :]);
            counts!(3, dispatch!(v, items, (k, c, m)))
        }
        _ => counts!(4, dispatch!(v4, items, (k, c, m))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn basic_indexing_matches_reference(
        (ndim, shape, (k, c, m, items)) in (1usize..=4)
            .prop_flat_map(|ndim| (Just(ndim), proptest::collection::vec(0usize..=5, ndim), index_strategy(ndim)))
    ) {
        let mut full = [1usize; 4];
        full[4 - ndim..].copy_from_slice(&shape);
        let n: usize = full.iter().product();
        let a = Owned::from_shape_vec(full, (0..n as i64).collect()).unwrap();
        let got = run(&a, ndim, k, c, m, &items);
        let want = reference(&a, ndim, &items);
        prop_assert_eq!(got, want, "shape {:?}, items {:?}", shape, items);
    }
}
