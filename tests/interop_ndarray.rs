//! Conversions to and from ndarray (feature `ndarray`): every kind, several ranks and
//! layouts, and proof by pointer that no element is copied unless a layout forces it.

use std::rc::Rc;

use ndarray::{
    Array1, Array2, Array3, ArrayD, ArrayView, ArrayView0, ArrayView1, ArrayView2, ArrayView3,
    ArrayView6, ArrayViewD, ArrayViewMut2, ArrayViewMutD, Axis, Dimension, IxDyn, ShapeBuilder, s,
};
use typed_array::prelude::*;

/// The ndarray view reads the same memory as the typed-array one, with the same layout.
fn assert_same<T: PartialEq + std::fmt::Debug, D: Dim, E: Dimension>(
    v: View<'_, T, D>,
    nd: &ArrayView<'_, T, E>,
) {
    assert_eq!(nd.shape(), v.shape());
    assert_eq!(nd.strides(), v.strides());
    assert_eq!(nd.as_ptr(), v.as_ptr());
    assert_eq!(nd.iter().collect::<Vec<_>>(), v.iter().collect::<Vec<_>>());
}

/// `0, 1, 2, ...` in the given shape.
fn arange<const N: usize>(shape: [usize; N]) -> Owned<i64, Rank<N>>
where
    Rank<N>: Dim<Shape = [usize; N]>,
{
    let n = shape.iter().product::<usize>() as i64;
    Owned::<i64, U1>::arange(n).into_shape(shape).unwrap()
}

#[test]
fn views_round_trip_at_ranks_0_to_3() {
    let a0 = Owned::full([], 7.5f64);
    let nd0: ArrayView0<'_, f64> = a0.view().into();
    assert_same(a0.view(), &nd0);
    assert_eq!(nd0[()], 7.5);
    let back0 = View::from(nd0);
    assert_eq!((back0.as_ptr(), back0[[]]), (a0.as_ptr(), 7.5));

    let a1 = arange([5]);
    let nd1: ArrayView1<'_, i64> = a1.view().into();
    assert_same(a1.view(), &nd1);
    assert_eq!(nd1, ndarray::array![0i64, 1, 2, 3, 4]);

    let a2 = arange([3, 4]);
    let nd2: ArrayView2<'_, i64> = a2.view().into();
    assert_same(a2.view(), &nd2);
    assert_eq!(nd2[[2, 1]], 9);
    let back2: View<'_, i64, U2> = nd2.into();
    assert_eq!(
        (back2.as_ptr(), back2.shape(), back2.strides()),
        (a2.as_ptr(), &[3, 4][..], &[4, 1][..])
    );
    assert_eq!(back2, a2);

    let a3 = arange([2, 3, 4]);
    let nd3: ArrayView3<'_, i64> = a3.view().into_ndarray();
    assert_same(a3.view(), &nd3);
    assert_eq!(
        nd3.sum_axis(Axis(2)),
        ndarray::array![[6i64, 22, 38], [54, 70, 86]]
    );
}

#[test]
fn transposed_and_negative_strides_keep_their_layout() {
    let a = arange([2, 3, 4]);
    let cases: [View<'_, i64, U3>; 5] = [
        a.t(),
        a.permute_axes([1, 2, 0]),
        index!(a[::-1, :, ::-2]),
        index!(a[:, ::-1, 1:3]),
        index!(a[::-1, ::-1, ::-1]),
    ];
    for v in cases {
        let nd: ArrayView3<'_, i64> = v.into();
        assert_same(v, &nd);
        let back = View::from(nd);
        assert_eq!(
            (back.as_ptr(), back.shape(), back.strides()),
            (v.as_ptr(), v.shape(), v.strides())
        );
        assert_eq!(back, v);
    }
    let r = index!(a[::-1, 2, ::-3]);
    assert_eq!(r.strides(), &[-12, -3]);
    let nd = r.into_ndarray();
    assert_eq!(nd, ndarray::array![[23i64, 20], [11, 8]]);
    assert_eq!((nd.strides(), nd.as_ptr()), (&[-12, -3][..], r.as_ptr()));
}

#[test]
fn ndarray_slices_become_views_of_the_same_memory() {
    let nd = Array3::from_shape_fn((3, 4, 5), |(i, j, k)| 100 * i + 10 * j + k);
    let sliced = nd.slice(s![..;-1, 1..;2, ..;-2]);
    let v: View<'_, usize, U3> = sliced.into();
    assert_eq!(v.shape(), &[3, 2, 3]);
    assert_eq!(v.strides(), &[-20, 10, -2]);
    assert_eq!(v.as_ptr(), sliced.as_ptr());
    assert_eq!(v[[0, 0, 0]], 214);
    assert_eq!(index!(v[:, 1, 2]), array![230usize, 130, 30]);
    // A view, not a copy: the typed-array copy of it has its own buffer.
    assert_ne!(v.to_owned().as_ptr(), sliced.as_ptr());
}

#[test]
fn broadcast_and_empty_views() {
    let a = array![1, 2, 3];
    let b = a.broadcast_to([2, 3]).unwrap();
    assert_eq!(b.strides(), &[0, 1]);
    let nd: ArrayView2<'_, i32> = b.into();
    assert_same(b, &nd);
    assert_eq!(nd, ndarray::array![[1, 2, 3], [1, 2, 3]]);

    let e = arange([3, 4]);
    let empty = index!(e[::-1, 2:2]);
    assert_eq!(empty.shape(), &[3, 0]);
    let nd: ArrayView2<'_, i64> = empty.into();
    // Nothing to point at: ndarray gives an empty array zero strides.
    assert_eq!(
        (nd.shape(), nd.strides(), nd.len()),
        (&[3, 0][..], &[0, 0][..], 0)
    );
    let back = View::from(nd);
    assert_eq!((back.shape(), back.len()), (&[3, 0][..], 0));
}

#[test]
fn rank_6_and_dynamic_ranks() {
    let a = arange([1, 2, 1, 3, 2, 2]);
    let nd: ArrayView6<'_, i64> = index!(a[:, ::-1, :, :, :, ::-1]).into();
    assert_eq!(nd.strides(), &[24, -12, 12, 4, 2, -1]);
    assert_eq!(nd[[0, 0, 0, 0, 0, 0]], 13);
    assert_eq!(View::from(nd), index!(a[:, ::-1, :, :, :, ::-1]));

    // Ranks above 6 go through IxDyn.
    let b = arange([2; 8]);
    let v = index!(b[::-1, ..., 1:]);
    let nd: ArrayViewD<'_, i64> = v.into();
    assert_same(v, &nd);
    let back = View::<'_, i64, U8>::try_from(nd.clone()).unwrap();
    assert_eq!((back.as_ptr(), back.strides()), (v.as_ptr(), v.strides()));
    let err = View::<'_, i64, U7>::try_from(nd).unwrap_err();
    assert_eq!(err.kind(), ndarray::ErrorKind::IncompatibleShape);

    let dynamic = ArrayD::from_shape_vec(IxDyn(&[2, 3]), (0..6).collect::<Vec<i32>>()).unwrap();
    let v2 = View::<'_, i32, U2>::try_from(dynamic.view()).unwrap();
    assert_eq!(
        (v2, v2.as_ptr()),
        (array![[0, 1, 2], [3, 4, 5]].view(), dynamic.as_ptr())
    );
    assert!(View::<'_, i32, U1>::try_from(dynamic.view()).is_err());
}

#[test]
fn writes_through_a_converted_view_mut_land_in_the_source() {
    let mut a = arange([3, 4]);
    let p = a.as_ptr();
    {
        let m = index!(mut a[::-1, 1::2]);
        let mut nd: ArrayViewMut2<'_, i64> = m.into();
        assert_eq!(nd.shape(), &[3, 2]);
        assert_eq!(nd.strides(), &[-4, 2]);
        assert_eq!(nd.as_ptr(), p.wrapping_add(9));
        nd[[0, 0]] = -1; // a[2, 1]
        nd.column_mut(1).fill(0); // a[:, 3]
    }
    assert_eq!(a, array![[0, 1, 2, 0], [4, 5, 6, 0], [8, -1, 10, 0]]);

    let mut t = a.t_mut().into_ndarray();
    t[[3, 0]] = 33;
    t.row_mut(0).map_inplace(|x| *x += 100);
    assert_eq!(a, array![[100, 1, 2, 33], [104, 5, 6, 0], [108, -1, 10, 0]]);

    // Dynamic rank, and the way back: an ndarray writable view as a ViewMut.
    let mut d: ArrayViewMutD<'_, i64> = a.view_mut().into();
    d[[1, 1]] = 55;
    assert_eq!(a[[1, 1]], 55);

    let mut nd = Array2::<i32>::zeros((2, 3));
    let q = nd.as_ptr();
    let mut m: ViewMut<'_, i32, U2> = nd.slice_mut(s![.., ..;-1]).into();
    assert_eq!(m.strides(), &[3, -1]);
    assert_eq!(m.as_mut_ptr() as *const i32, q.wrapping_add(2));
    m[[0, 0]] = 7;
    index!(m[1, :] = 1);
    assert_eq!(nd, ndarray::array![[0, 0, 7], [1, 1, 1]]);
    let mut md = ArrayD::<i32>::zeros(IxDyn(&[2, 2]));
    let mut m = ViewMut::<'_, i32, U2>::try_from(md.view_mut()).unwrap();
    m.fill(4);
    assert_eq!(md.sum(), 16);
    assert!(ViewMut::<'_, i32, U3>::try_from(md.view_mut()).is_err());
}

#[test]
fn owned_round_trips_keep_the_buffer() {
    let a = arange([2, 3, 4]);
    let p = a.as_ptr();
    let nd: Array3<i64> = a.into();
    assert_eq!(
        (nd.as_ptr(), nd.shape(), nd.strides()),
        (p, &[2, 3, 4][..], &[12, 4, 1][..])
    );
    assert_eq!(nd[[1, 2, 3]], 23);
    let back = Owned::from(nd);
    assert_eq!((back.as_ptr(), back.strides()), (p, &[12, 4, 1][..]));
    assert_eq!(back, arange([2, 3, 4]));

    let s = Owned::full([], 'x');
    let nd: ndarray::Array0<char> = s.into_ndarray();
    assert_eq!(nd[()], 'x');
    assert_eq!(Owned::from(nd), Owned::full([], 'x'));

    let v = Owned::from_vec(vec![1.5f32, 2.5]);
    let p = v.as_ptr();
    let nd: Array1<f32> = v.into_ndarray();
    assert_eq!(nd.as_ptr(), p);
    let back = Owned::try_from_ndarray(nd).unwrap();
    assert_eq!((back.as_ptr(), back), (p, array![1.5f32, 2.5]));

    // Any rank through IxDyn.
    let big = arange([1, 2, 1, 2, 1, 2, 1]);
    let p = big.as_ptr();
    let nd = ArrayD::from(big);
    assert_eq!((nd.ndim(), nd.as_ptr()), (7, p));
    let back = Owned::<i64, U7>::try_from(nd).unwrap();
    assert_eq!(
        (back.as_ptr(), back.shape()),
        (p, &[1, 2, 1, 2, 1, 2, 1][..])
    );
    let nd = ArrayD::from(back);
    assert_eq!(
        Owned::<i64, U6>::try_from(nd).unwrap_err().kind(),
        ndarray::ErrorKind::IncompatibleShape
    );
}

#[test]
fn arrays_not_in_standard_layout_are_copied_into_c_order() {
    let fortran = Array2::from_shape_vec((2, 3).f(), vec![1, 4, 2, 5, 3, 6]).unwrap();
    assert!(!fortran.is_standard_layout());
    let p = fortran.as_ptr();
    let fortran = Owned::try_from_ndarray(fortran).unwrap_err();
    assert_eq!(fortran.as_ptr(), p, "given back as it was");
    let c: Owned<i32, U2> = fortran.into();
    assert_eq!(c, array![[1, 2, 3], [4, 5, 6]]);
    assert_eq!(c.strides(), &[3, 1]);
    assert_ne!(c.as_ptr(), p);

    let mut rev = Array1::from_vec(vec![1, 2, 3]);
    rev.invert_axis(Axis(0));
    assert_eq!(rev.strides(), &[-1]);
    let p = rev.as_ptr();
    let o = Owned::from(rev);
    assert_eq!((o.strides(), o.as_ptr() == p), (&[1][..], false));
    assert_eq!(o, array![3, 2, 1]);

    let t = Array2::from_shape_vec((2, 2), vec![1, 2, 3, 4])
        .unwrap()
        .reversed_axes();
    let o = Owned::from(t);
    assert_eq!(o, array![[1, 3], [2, 4]]);

    let d = ArrayD::from_shape_vec(IxDyn(&[2, 2]).f(), vec![1, 2, 3, 4]).unwrap();
    let o = Owned::<i32, U2>::try_from(d).unwrap();
    assert_eq!(o, array![[1, 3], [2, 4]]);
}

#[test]
fn sliced_arrays_keep_their_buffer() {
    // Standard layout, starting past the buffer's start: the kept elements move to the
    // front of the same buffer; the others are dropped exactly once.
    let items: Vec<Rc<i32>> = (0..6).map(Rc::new).collect();
    let nd = Array2::from_shape_vec((3, 2), items.clone()).unwrap();
    let base = nd.as_ptr();
    let sliced = nd.slice_move(s![1..2, ..]);
    assert!(sliced.is_standard_layout());
    let o = Owned::try_from_ndarray(sliced).unwrap();
    assert_eq!(o.as_ptr(), base);
    assert_eq!(o.shape(), &[1, 2]);
    assert_eq!((*o[[0, 0]], *o[[0, 1]]), (2, 3));
    let counts: Vec<usize> = items.iter().map(Rc::strong_count).collect();
    assert_eq!(counts, [1, 1, 2, 2, 1, 1]);
    drop(o);
    assert!(items.iter().all(|x| Rc::strong_count(x) == 1));

    // Sliced at the end only: the buffer is simply shortened.
    let nd = Array1::from_vec(vec![10, 20, 30, 40]);
    let base = nd.as_ptr();
    let o = Owned::try_from_ndarray(nd.slice_move(s![..2])).unwrap();
    assert_eq!((o.as_ptr(), o), (base, array![10, 20]));

    // Sliced to nothing.
    let nd = Array1::from_vec(vec![1, 2, 3]).slice_move(s![1..1]);
    let o = Owned::try_from_ndarray(nd).unwrap();
    assert_eq!((o.shape(), o.len()), (&[0][..], 0));
}

#[test]
fn elements_without_clone_convert_without_copying() {
    #[derive(Debug, PartialEq)]
    struct Token(u8);
    let a = Owned::from_shape_vec([2], vec![Token(1), Token(2)]).unwrap();
    let p = a.as_ptr();
    let nd = a.into_ndarray();
    let back = Owned::try_from_ndarray(nd).unwrap();
    assert_eq!(back.as_ptr(), p);
    assert_eq!(back.into_vec(), vec![Token(1), Token(2)]);
}
