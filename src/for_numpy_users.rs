//! How to write a NumPy line in typed-array, and whether the result is a view or a copy.
//!
//! Each table gives the NumPy expression, the typed-array expression and the kind of the
//! result:
//!
//! - a view: [`View`](crate::View) (read-only, `Copy`), [`ViewMut`](crate::ViewMut)
//!   (writable, exclusive), or `&T`/`&mut T` for a single element. Writes through a
//!   `ViewMut` change the array it came from.
//! - a copy: [`Owned`](crate::Owned). Writes to it never change the source.
//! - `CowArray`: a [`CowArray`](crate::CowArray), a view or a copy decided at run time, as
//!   NumPy decides for `reshape` and `ravel`; [`is_view`](crate::CowArray::is_view) says which.
//!
//! In NumPy only the memory tells a view from a copy; here the type does, so the third
//! column is what the compiler checks. The examples after each table run every row, with
//! `a = np.arange(12).reshape(3, 4)` and `x = np.arange(10)` unless they say otherwise.
//! The last section lists where typed-array deliberately differs from NumPy.
//!
//! # Creating and inspecting arrays
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `np.array([[1, 2], [3, 4]])` | `array![[1, 2], [3, 4]]` (nesting depth is the rank) | `Owned<i32, U2>` |
//! | `np.array([1.0, 2.5])` | `array![1.0, 2.5]` | `Owned<f64, U1>` |
//! | `np.zeros((2, 3))` | `Owned::<f64, U2>::zeros([2, 3])` | `Owned` |
//! | `np.ones(3, dtype=np.int64)` | `Owned::<i64, U1>::ones([3])` | `Owned` |
//! | `np.full((2, 2), 7)` | `Owned::full([2, 2], 7)` | `Owned` |
//! | `np.arange(5)` | `Owned::<i64, U1>::arange(5)` | `Owned` |
//! | `np.arange(2, 10, 3)` | `(2..10).step_by(3).collect::<Owned<i64, U1>>()` | `Owned` |
//! | `np.linspace(0, 1, 5)` | `Owned::linspace(0.0, 1.0, 5)` | `Owned` |
//! | `np.arange(12).reshape(3, 4)` | `Owned::<i64, U1>::arange(12).into_shape([3, 4])?` | `Owned` (same buffer) |
//! | `np.array(v)`, `np.array(v).reshape(2, 3)` | `Owned::from_vec(v)`, `Owned::from_shape_vec([2, 3], v)?` | `Owned` |
//! | `np.fromfunction(f, (2, 3))` | `Owned::from_shape_fn([2, 3], \|[i, j]\| ..)` | `Owned` |
//! | `a.shape`, `a.ndim`, `a.size`, `len(a)` | `a.shape()`, `a.ndim()`, `a.len()`, `a.shape()[0]` | `&[usize]`, `usize` |
//! | `a.strides` (bytes) | `a.strides()` (elements) | `&[isize]` |
//! | `print(a)` | `println!("{a}")` (the same text) | |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let a: Owned<i32, U2> = array![[1, 2], [3, 4]];
//! let f: Owned<f64, U1> = array![1.0, 2.5];
//! assert_eq!((a.shape(), f.shape()), (&[2, 2][..], &[2][..]));
//! let z = Owned::<f64, U2>::zeros([2, 3]);
//! assert_eq!((z.shape(), z.sum()), (&[2, 3][..], 0.0));
//! assert_eq!(Owned::<i64, U1>::ones([3]), array![1, 1, 1]);
//! assert_eq!(Owned::full([2, 2], 7), array![[7, 7], [7, 7]]);
//! assert_eq!(Owned::<i64, U1>::arange(5), array![0, 1, 2, 3, 4]);
//! let r: Owned<i64, U1> = (2..10).step_by(3).collect();
//! assert_eq!(r, array![2, 5, 8]);
//! assert_eq!(Owned::linspace(0.0, 1.0, 5), array![0.0, 0.25, 0.5, 0.75, 1.0]);
//! let m = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! assert_eq!(m.shape(), &[3, 4]);
//! let v = Owned::from_vec(vec![1, 2, 3, 4, 5, 6]);
//! let s = Owned::from_shape_vec([2, 3], vec![1, 2, 3, 4, 5, 6]).unwrap();
//! assert_eq!((v.shape(), s.shape()), (&[6][..], &[2, 3][..]));
//! let g = Owned::from_shape_fn([2, 3], |[i, j]| 10 * i + j);
//! assert_eq!(g, array![[0, 1, 2], [10, 11, 12]]);
//! assert_eq!((m.ndim(), m.len(), m.shape()[0]), (2, 12, 3));
//! assert_eq!(m.strides(), &[4, 1]);
//! assert_eq!(a.to_string(), "[[1 2]\n [3 4]]");
//! ```
//!
//! # Reading: integers, slices, `...`, `None`
//!
//! These are views in NumPy too. The difference is that a `View` cannot be written: ask for a
//! writable view with `mut` (next section). Views of views keep pointing into the original.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `a[1]`, `a[-1]` | `index!(a[1])`, `index!(a[-1])` | `View<i64, U1>` |
//! | `a[1, 2]`, `a[1][2]`, `a[n - 1, j]` | `index!(a[1, 2])`, `index!(a[1][2])`, `index!(a[n - 1, j])` | `&i64` |
//! | `a[1, 2, ...]` | `index!(a[1, 2, ...])` | `View<i64, U0>` |
//! | `x[:]` | `index!(x[:])` or `index!(x[..])` | `View` |
//! | `x[7:]`, `x[:3]`, `x[2:5]`, `x[-3:]`, `x[:-7]` | the same inside `index!(..)` | `View` |
//! | `x[::3]`, `x[1::4]`, `x[:5:2]`, `x[1:8:3]` | the same | `View` |
//! | `x[::-3]`, `x[4:1:-1]`, `x[:6:-1]`, `x[2::-1]` | the same | `View` |
//! | `x[1:3:-1]` (empty), `x[0:100]` (clamped) | the same | `View` |
//! | `x[i:i + 2]`, `x[i:j]` (any integer types, even mixed) | `index!(x[i:i + 2])`, `index!(x[i:j])` | `View` |
//! | `a[:, 0]`, `a[1:, ::-1]` | `index!(a[:, 0])`, `index!(a[1:, ::-1])` | `View` |
//! | `a[..., 0]`, `a[0, ...]` | `index!(a[..., 0])`, `index!(a[0, ...])` | `View` |
//! | `a[None]`, `a[:, None]`, `x[:, np.newaxis]` | `index!(a[None])`, `index!(a[:, None])`, `index!(x[:, None])` | `View`, one more axis |
//! | `a[1:][:, 0]` | `index!(a[1:][:, 0])` | `View` |
//! | `a[consts.N:]` | `index!(a[(consts::N):])` (a path needs parentheses) | `View` |
//! | `r = a[1:]; r[0]` | `let r = index!(a[1:]); index!(r[0])` | `View` of `a` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let x = Owned::<i64, U1>::arange(10);
//!
//! // Takes only a `View`: a copy would not compile here.
//! fn check(v: View<'_, i64, U1>, base: &Owned<i64, U1>, want: &[i64]) {
//!     assert_eq!(v.iter().copied().collect::<Vec<_>>(), want);
//!     assert!(v.is_empty() || shares_memory(&v, base));
//! }
//!
//! let r: View<'_, i64, U1> = index!(a[1]);
//! assert_eq!(r, array![4, 5, 6, 7]);
//! assert!(shares_memory(&r, &a));
//! assert_eq!(index!(a[-1]), array![8, 9, 10, 11]);
//! let (n, j) = (3usize, 0u8);
//! let e: &i64 = index!(a[1, 2]);
//! assert_eq!((*e, *index!(a[1][2]), *index!(a[n - 1, j])), (6, 6, 8));
//! let z: View<'_, i64, U0> = index!(a[1, 2, ...]);
//! assert_eq!((z.shape(), z[[]]), (&[][..], 6));
//!
//! check(index!(x[:]), &x, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
//! check(index!(x[..]), &x, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
//! check(index!(x[7:]), &x, &[7, 8, 9]);
//! check(index!(x[:3]), &x, &[0, 1, 2]);
//! check(index!(x[2:5]), &x, &[2, 3, 4]);
//! check(index!(x[-3:]), &x, &[7, 8, 9]);
//! check(index!(x[:-7]), &x, &[0, 1, 2]);
//! check(index!(x[::3]), &x, &[0, 3, 6, 9]);
//! check(index!(x[1::4]), &x, &[1, 5, 9]);
//! check(index!(x[:5:2]), &x, &[0, 2, 4]);
//! check(index!(x[1:8:3]), &x, &[1, 4, 7]);
//! check(index!(x[::-3]), &x, &[9, 6, 3, 0]);
//! check(index!(x[4:1:-1]), &x, &[4, 3, 2]);
//! check(index!(x[:6:-1]), &x, &[9, 8, 7]);
//! check(index!(x[2::-1]), &x, &[2, 1, 0]);
//! check(index!(x[1:3:-1]), &x, &[]);
//! check(index!(x[0:100]), &x, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
//! let i = 4u32;
//! check(index!(x[i:i + 2]), &x, &[4, 5]);
//! let j = -3i64;
//! check(index!(x[i:j]), &x, &[4, 5, 6]);
//!
//! let c: View<'_, i64, U1> = index!(a[:, 0]);
//! let f: View<'_, i64, U2> = index!(a[1:, ::-1]);
//! assert_eq!((c, f), (array![0, 4, 8].view(), array![[7, 6, 5, 4], [11, 10, 9, 8]].view()));
//! assert_eq!(index!(a[..., 0]), c);
//! assert_eq!(index!(a[0, ...]), array![0, 1, 2, 3]);
//! let n1: View<'_, i64, U3> = index!(a[None]);
//! let n2: View<'_, i64, U3> = index!(a[:, None]);
//! let n3: View<'_, i64, U2> = index!(x[:, None]);
//! assert_eq!((n1.shape(), n2.shape()), (&[1, 3, 4][..], &[3, 1, 4][..]));
//! assert_eq!(n3.shape(), &[10, 1]);
//! assert!(shares_memory(&n1, &a) && shares_memory(&n3, &x));
//! let ch: View<'_, i64, U1> = index!(a[1:][:, 0]);
//! assert_eq!(ch, array![4, 8]);
//! mod consts {
//!     pub const N: usize = 2;
//! }
//! let tail: View<'_, i64, U2> = index!(a[(consts::N):]);
//! assert_eq!(tail, array![[8, 9, 10, 11]]);
//! let r = index!(a[1:]);
//! let r0: View<'_, i64, U1> = index!(r[0]);
//! assert_eq!(r0.as_ptr(), index!(a[1]).as_ptr());
//! ```
//!
//! # Writing through views: `index!(mut ..)`
//!
//! NumPy lets every slice write into its array. Here a writable view is asked for with
//! `mut`, and while it lives the array cannot be read (the borrow checker's rule), so a
//! write is never hidden behind an alias. Several writable views at once come from one
//! call, which checks that they share no element.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `v = a[1:]; v[0, 0] = 40` | `let mut v = index!(mut a[1:]); v[[0, 0]] = 40;` | `ViewMut<i64, U2>` |
//! | `v += 1`, `v[:] = 0` | `v += 1`, `v.fill(0)` | writes into `a` |
//! | `a[0, 1] = 10` (one element) | `*index!(mut a[0, 1]) = 10` | `&mut i64` |
//! | `w = a[...]` to write | `a.view_mut()` | `ViewMut` |
//! | `a.T[3, 0] = 5` | `a.t_mut()[[3, 0]] = 5` | `ViewMut` |
//! | `e, o = x[::2], x[1::2]` (both written) | `let (e, o) = index!(mut x[::2], mut x[1::2]);` | `(ViewMut, ViewMut)`; panics if they overlap |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let mut v: ViewMut<'_, i64, U2> = index!(mut a[1:]);
//! v[[0, 0]] = 40;
//! v += 1;
//! assert_eq!(index!(a[:, 0]), array![0, 41, 9]);
//! index!(mut a[2:]).fill(0);
//! assert_eq!(index!(a[2]), array![0, 0, 0, 0]);
//! let e: &mut i64 = index!(mut a[0, 1]);
//! *e = 10;
//! let mut w: ViewMut<'_, i64, U2> = a.view_mut();
//! w[[0, 0]] = -1;
//! let mut t: ViewMut<'_, i64, U2> = a.t_mut();
//! t[[3, 0]] = 5;
//! assert_eq!(index!(a[0]), array![-1, 10, 2, 5]);
//!
//! let mut x = Owned::<i64, U1>::arange(6);
//! let (mut e, mut o): (ViewMut<'_, i64, U1>, ViewMut<'_, i64, U1>) =
//!     index!(mut x[::2], mut x[1::2]);
//! e.fill(0);
//! o *= 10;
//! assert_eq!(x, array![0, 10, 0, 30, 0, 50]);
//! let (top, cell): (ViewMut<'_, i64, U1>, &mut i64) = index!(mut a[0], mut a[2, 3]);
//! assert_eq!((top.len(), *cell), (4, 0));
//! ```
//!
//! # Index arrays (fancy indexing): copies
//!
//! NumPy silently copies here; the `Owned` in the type says so, and writing into it cannot
//! be mistaken for writing into the array (for that, see [assignment](#assignment)). After
//! an advanced bracket, later brackets index the copy and give copies too, as in NumPy.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `x[[0, 2, -1]]`, `x[[]]` | `index!(x[[0, 2, -1]])`, `index!(x[[]])` | `Owned<i64, U1>` |
//! | `x[[[0, 1], [2, 3]]]` | `index!(x[[[0, 1], [2, 3]]])` | `Owned<i64, U2>` |
//! | `x[idx]` (`idx` a list or integer array) | `index!(x[idx])`, `index!(x[&idx])` with a `Vec`, `&[_]`, `[_; N]`, `Owned` or `View` of any integer type | `Owned` |
//! | `a[[0, 2], [1, 3]]` | `index!(a[[0, 2], [1, 3]])` (pairs, broadcast together) | `Owned<i64, U1>` |
//! | `a[[[0], [2]], [1, 3]]` | `index!(a[[[0], [2]], [1, 3]])` | `Owned<i64, U2>` |
//! | `a[:, [0, 2]]`, `a[1, [0, 2]]` | `index!(a[:, [0, 2]])`, `index!(a[1, [0, 2]])` | `Owned` |
//! | `b[0, :, [0, 1]]` (`b.shape == (2, 3, 4)`) | `index!(b[0, :, [0, 1]])`: separated advanced axes go first | `Owned`, shape `[2, 3]` |
//! | `a[[0, 2]][0]`, `a[[0, 2]][1, 3]` | `index!(a[[0, 2]][0])`, `index!(a[[0, 2]][1, 3])` | `Owned<i64, U1>`, `Owned<i64, U0>` |
//! | `a[np.array(1)]` (a 0-d index array is an integer) | `index!(a[i0])`, `i0: Owned<isize, U0>` | `View<i64, U1>` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let x = Owned::<i64, U1>::arange(10) * 10;
//!
//! let c: Owned<i64, U1> = index!(x[[0, 2, -1]]);
//! assert_eq!(c, array![0, 20, 90]);
//! assert!(!shares_memory(&c, &x));
//! let empty: Owned<i64, U1> = index!(x[[]]);
//! assert_eq!(empty.shape(), &[0]);
//! let c2: Owned<i64, U2> = index!(x[[[0, 1], [2, 3]]]);
//! assert_eq!(c2, array![[0, 10], [20, 30]]);
//!
//! let idx = vec![3usize, 1];
//! let arr = [3u8, 1];
//! let io: Owned<i64, U1> = array![3, 1];
//! let want = array![30, 10];
//! assert_eq!(index!(x[&idx]), want);
//! assert_eq!(index!(x[idx.as_slice()]), want);
//! assert_eq!(index!(x[arr]), want);
//! assert_eq!(index!(x[&io]), want);
//! assert_eq!(index!(x[io.view()]), want);
//! assert_eq!(index!(x[idx]), want);
//!
//! let p: Owned<i64, U1> = index!(a[[0, 2], [1, 3]]);
//! assert_eq!(p, array![1, 11]);
//! let g: Owned<i64, U2> = index!(a[[[0], [2]], [1, 3]]);
//! assert_eq!(g, array![[1, 3], [9, 11]]);
//! let cols: Owned<i64, U2> = index!(a[:, [0, 2]]);
//! assert_eq!(cols, array![[0, 2], [4, 6], [8, 10]]);
//! let r: Owned<i64, U1> = index!(a[1, [0, 2]]);
//! assert_eq!(r, array![4, 6]);
//! let b = Owned::<i64, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
//! let s: Owned<i64, U2> = index!(b[0, :, [0, 1]]);
//! assert_eq!(s, array![[0, 4, 8], [1, 5, 9]]);
//! let ch: Owned<i64, U1> = index!(a[[0, 2]][0]);
//! let el: Owned<i64, U0> = index!(a[[0, 2]][1, 3]);
//! assert_eq!((ch, el[[]]), (array![0, 1, 2, 3], 11));
//! let i0 = Owned::<isize, U0>::from_shape_vec([], vec![1]).unwrap();
//! let v: View<'_, i64, U1> = index!(a[i0]);
//! assert!(shares_memory(&v, &a) && v == index!(a[1]));
//! ```
//!
//! # Masks: copies
//!
//! A mask selects in C order and gives an `Owned`, as NumPy's copy. Comparisons, `&`, `|`
//! and `!` (NumPy's `~`) are written inside the brackets; outside `index!`, masks come from
//! [`gt`](crate::Owned::gt), [`lt`](crate::Owned::lt), [`eq_elem`](crate::Owned::eq_elem)
//! and friends, and combine with `&`, `|`, `!` on references.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `s[[True, False, True]]` | `index!(s[[true, false, true]])` | `Owned<_, U1>` |
//! | `m = x > 6; x[m]` | `let m = x.gt(6); index!(x[&m])` (or `x[m]`) | `Owned<bool, U1>`, `Owned` |
//! | `x[x > 6]`, `x[6 < x]` | `index!(x[x > 6])`, `index!(x[6 < x])` | `Owned` |
//! | `x[(x > 2) & (x < 6)]` | `index!(x[(x > 2) & (x < 6)])` | `Owned` |
//! | `x[(x < 2) \| (x > 8)]` | `index!(x[(x < 2) \| (x > 8)])` | `Owned` |
//! | `x[~(x > 2)]` | `index!(x[!(x > 2)])` | `Owned` |
//! | `x[x == 4]`, `x[x != 0]`, `x[x <= y]` | `index!(x[x == 4])`, `index!(x[x != 0])`, `index!(x[x <= y])` | `Owned` |
//! | `a[a > 8]` (a 2-D mask) | `index!(a[a > 8])` | `Owned<i64, U1>` |
//! | `a[a[:, 0] > 3]` (rows) | `let c0 = index!(a[:, 0]); index!(a[c0 > 3])` | `Owned<i64, U2>` |
//! | `a[:, [True, False, True, False]]` | `index!(a[:, [true, false, true, false]])` | `Owned<i64, U2>` |
//! | `(x > 2) & (x < 6)`, `~m`, `x == 4` | `&x.gt(2) & &x.lt(6)`, `!&m`, `x.eq_elem(4)` | `Owned<bool, U1>` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let x = Owned::<i64, U1>::arange(10);
//! let y = Owned::<i64, U1>::arange(10).mapv(|v| 9 - v);
//! let s = array![10, 20, 30];
//!
//! let c: Owned<i32, U1> = index!(s[[true, false, true]]);
//! assert_eq!(c, array![10, 30]);
//! let m: Owned<bool, U1> = x.gt(6);
//! let c: Owned<i64, U1> = index!(x[&m]);
//! assert_eq!(c, array![7, 8, 9]);
//! assert!(!shares_memory(&c, &x));
//! assert_eq!(index!(x[m]), c);
//! assert_eq!(index!(x[x > 6]), c);
//! assert_eq!(index!(x[6 < x]), c);
//! assert_eq!(index!(x[(x > 2) & (x < 6)]), array![3, 4, 5]);
//! assert_eq!(index!(x[(x < 2) | (x > 8)]), array![0, 1, 9]);
//! assert_eq!(index!(x[!(x > 2)]), array![0, 1, 2]);
//! assert_eq!(index!(x[x == 4]), array![4]);
//! assert_eq!(index!(x[x != 0]).len(), 9);
//! assert_eq!(index!(x[x <= y]), array![0, 1, 2, 3, 4]);
//!
//! let big: Owned<i64, U1> = index!(a[a > 8]);
//! assert_eq!(big, array![9, 10, 11]);
//! let c0 = index!(a[:, 0]);
//! let rows: Owned<i64, U2> = index!(a[c0 > 3]);
//! assert_eq!(rows, array![[4, 5, 6, 7], [8, 9, 10, 11]]);
//! let cols: Owned<i64, U2> = index!(a[:, [true, false, true, false]]);
//! assert_eq!(cols, array![[0, 2], [4, 6], [8, 10]]);
//!
//! let both: Owned<bool, U1> = &x.gt(2) & &x.lt(6);
//! assert_eq!(index!(x[both]), array![3, 4, 5]);
//! let not: Owned<bool, U1> = !&x.gt(2);
//! assert_eq!(not.iter().filter(|&&b| b).count(), 3);
//! assert_eq!(x.eq_elem(4), index!(x[..]).map(|&v| v == 4));
//! ```
//!
//! # Assignment
//!
//! Assignment through any index, basic or advanced, writes into the array, as NumPy's does.
//! Every index and the value's shape are checked before anything is written. The value is
//! a scalar or any array (by value or reference) that broadcasts to the selection. Where
//! NumPy would write into a temporary copy (`x[[2, 3]][0] = 1` is silently lost), the code
//! does not compile; so does a value that is a view of the array being written (NumPy
//! reads and writes the same memory there): copy it first with `.to_owned()`.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `x[1] = 10` | `index!(x[1] = 10)`, or `x[1] = 10` with a `usize` | writes into `x` |
//! | `a[1, 2] = 5` | `index!(a[1, 2] = 5)`, or `a[[1, 2]] = 5` with `usize`s | writes into `a` |
//! | `x[::4] = -1` | `index!(x[::4] = -1)` | writes into `x` |
//! | `x[5:] += 100` (also `-=`, `*=`, `/=`) | `index!(x[5:] += 100)` | writes into `x` |
//! | `a[0] = [1, 2, 3, 4]`, `a[1:, 0] = [7, 8]` | `index!(a[0] = array![1, 2, 3, 4])`, `index!(a[1:, 0] = array![7, 8])` | writes into `a` |
//! | `a[:] += b`, `a[...] = b`, `a[:] = 0` | `index!(a[..] += &b)`, `a.assign(&b)`, `a.fill(0)` | writes into `a` |
//! | `a[:, 0] = a[:, 1]` | `index!(a[:, 0] = index!(a[:, 1]).to_owned())` | writes into `a` |
//! | `x[[0, 2]] = 7`, `x[[1, 3]] = [10, 30]` | `index!(x[[0, 2]] = 7)`, `index!(x[[1, 3]] = array![10, 30])` | writes into `x` |
//! | `x[x > 8] = 0`, `x[x == 0] += 1` | `index!(x[x > 8] = 0)`, `index!(x[x == 0] += 1)` | writes into `x` |
//! | `x[[4, 4, 5]] += 1` (a repeated position once) | `index!(x[[4, 4, 5]] += 1)` | writes into `x` |
//! | `np.add.at(x, [4, 4], 1)` (accumulates) | `x.add_at([4, 4], 1)` | writes into `x` |
//! | `x[1:4][[0, 2]] = 9` | `index!(x[1:4][[0, 2]] = 9)` | writes into `x` |
//! | `x[[0, 5]] = x[[5, 0]]` | `index!(x[[0, 5]] = index!(x[[5, 0]]))` | writes into `x` |
//! | `x[[2, 3]][0] = 1` (lost in NumPy) | `index!(x[[2, 3]][0] = 1)` | compile error |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut x = Owned::<i64, U1>::arange(8);
//! index!(x[1] = 10);
//! x[2] = 20;
//! index!(x[::4] = -1);
//! index!(x[5:] += 100);
//! index!(x[5:] -= 1);
//! index!(x[6:] *= 2);
//! index!(x[6:] /= 3);
//! assert_eq!(x, array![-1, 10, 20, 3, -1, 104, 70, 70]);
//!
//! let mut a = Owned::<i64, U2>::zeros([3, 4]);
//! index!(a[1, 2] = 5);
//! a[[2, 3]] = 6;
//! index!(a[0] = array![1, 2, 3, 4]);
//! index!(a[1:, 0] = array![7, 8]);
//! assert_eq!(a, array![[1, 2, 3, 4], [7, 0, 5, 0], [8, 0, 0, 6]]);
//! let b = Owned::<i64, U2>::ones([3, 4]);
//! index!(a[..] += &b);
//! assert_eq!(a.sum(), 36 + 12);
//! index!(a[:, 0] = index!(a[:, 1]).to_owned());
//! assert_eq!(index!(a[:, 0]), array![3, 1, 1]);
//! a.assign(&b);
//! assert_eq!(a, b);
//! a.fill(0);
//! assert_eq!(a.sum(), 0);
//!
//! let mut x = Owned::<i64, U1>::arange(6);
//! index!(x[[0, 2]] = 7);
//! index!(x[[1, 3]] = array![10, 30]);
//! assert_eq!(x, array![7, 10, 7, 30, 4, 5]);
//! index!(x[x > 8] = 0);
//! index!(x[x == 0] += 1);
//! assert_eq!(x, array![7, 1, 7, 1, 4, 5]);
//! index!(x[[4, 4, 5]] += 1);
//! assert_eq!(index!(x[4:]), array![5, 6]);
//! x.add_at([4, 4], 1);
//! assert_eq!(x[4], 7);
//! index!(x[1:4][[0, 2]] = 9);
//! index!(x[[0, 5]] = index!(x[[5, 0]]));
//! assert_eq!(x, array![6, 9, 7, 9, 7, 7]);
//! ```
//!
//! Writing into a copy, writing through a `View`, and asking a copy for `mut` do not
//! compile:
//!
//! ```compile_fail
//! use typed_array::prelude::*;
//! let mut x = Owned::<i64, U1>::arange(6);
//! index!(x[[2, 3]][0] = 1); // NumPy writes into a temporary copy
//! ```
//!
//! ```compile_fail
//! use typed_array::prelude::*;
//! let x = Owned::<i64, U1>::arange(6);
//! let mut v = index!(x[1:]);
//! v[0] = 1; // a `View` is read-only: use `index!(mut x[1:])`
//! ```
//!
//! ```compile_fail
//! use typed_array::prelude::*;
//! let mut x = Owned::<i64, U1>::arange(6);
//! let c = index!(mut x[[0, 2]]); // fancy indexing copies: `index!(x[[0, 2]] = v)` writes
//! ```
//!
//! ```compile_fail
//! use typed_array::prelude::*;
//! let mut x = Owned::<i64, U1>::arange(6);
//! index!(x[::2] = index!(x[:3])); // a view of `x`: write `index!(x[:3]).to_owned()`
//! ```
//!
//! # Errors as values: `try_index!`
//!
//! Where NumPy raises `IndexError` or `ValueError`, [`index!`](crate::index!) panics with
//! NumPy's words and [`try_index!`](crate::try_index!) returns
//! `Result<_, IndexError>`. A failed assignment writes nothing.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `x[7]` raises `IndexError` | `try_index!(x[7])` | `Result<&i64, IndexError>` |
//! | `x[1:]` | `try_index!(x[1:])` | `Result<View, IndexError>` |
//! | `x[::k]` with `k == 0` raises | `try_index!(x[::k])` | `Err` |
//! | `x[[0, 7]]`, `x[[True, False]]` raise | `try_index!(x[[0, 7]])`, `try_index!(x[[true, false]])` | `Err` |
//! | `x[:2] = [1, 2, 3]` raises | `try_index!(x[:2] = array![1, 2, 3])` | `Result<(), IndexError>` |
//! | `x[1:]` to write | `try_index!(mut x[1:])` | `Result<ViewMut, IndexError>` |
//! | two overlapping writable views | `try_index!(mut x[::2], mut x[4:])` | `Err` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut x = Owned::<i64, U1>::arange(5);
//! let r: Result<&i64, IndexError> = try_index!(x[7]);
//! assert_eq!(r.unwrap_err().to_string(), "index 7 is out of bounds for axis 0 with size 5");
//! let v: View<'_, i64, U1> = try_index!(x[1:]).unwrap();
//! assert_eq!(v, array![1, 2, 3, 4]);
//! let k = 0;
//! assert!(try_index!(x[::k]).is_err());
//! assert!(try_index!(x[[0, 7]]).is_err());
//! assert!(try_index!(x[[true, false]]).is_err());
//! let w: Result<(), IndexError> = try_index!(x[:2] = array![1, 2, 3]);
//! assert!(w.is_err());
//! assert!(try_index!(x[[0, 9]] = 1).is_err());
//! assert_eq!(x, array![0, 1, 2, 3, 4]);
//! let m: ViewMut<'_, i64, U1> = try_index!(mut x[1:]).unwrap();
//! assert_eq!(m.len(), 4);
//! assert!(try_index!(mut x[::2], mut x[4:]).is_err());
//! assert!(try_index!(mut x[::2], mut x[1::2]).is_ok());
//! ```
//!
//! # Views, copies and `CowArray`
//!
//! NumPy's `reshape` and `ravel` copy when the layout needs it and say nothing. Here
//! `reshape` never copies (it returns an error instead, NumPy's `copy=False`), `to_shape` and
//! `ravel` return a `CowArray` that says which it is, and `flatten`/`to_owned` always copy.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `a[1:]` (any basic index) | `index!(a[1:])` | `View` |
//! | `a.view()`, `np.asarray(a)` | `a.view()` | `View` |
//! | `a.T` | `a.t()` | `View` |
//! | `b.transpose(2, 0, 1)` | `b.permute_axes([2, 0, 1])` | `View` |
//! | `a.swapaxes(0, 1)` | `a.swap_axes(0, 1)` | `View` |
//! | `np.broadcast_to(s, (2, 3))` (read-only) | `s.broadcast_to([2, 3])?` | `View` |
//! | `a[...]` to write, `a.T` to write | `a.view_mut()`, `a.t_mut()` | `ViewMut` |
//! | `a.reshape(4, 3)`, `a.reshape(-1, 2)` (no copy) | `a.reshape([4, 3])?`, `a.reshape([INFER, 2])?` | `View` |
//! | `a.T.reshape(12, copy=False)` raises | `a.t().reshape([12])` | `Err(ShapeError::NeedsCopy)` |
//! | `a.reshape(12)`, `a.T.reshape(12)` | `a.to_shape([12])?`, `a.t().to_shape([12])?` | `CowArray` (view, copy) |
//! | `a.ravel()`, `a.T.ravel()` | `a.ravel()`, `a.t().ravel()` | `CowArray` (view, copy) |
//! | `a.flatten()` | `a.flatten()` | `Owned` |
//! | `a.copy()`, `np.array(a)` | `a.to_owned()` (any kind), `a.clone()` (an `Owned`) | `Owned` |
//! | `np.array(c)` for a view or copy | `c.into_owned()` (copies only a view) | `Owned` |
//! | `c.base is not None` | `c.is_view()` | `bool` |
//! | `a[[0, 1]]`, `a[a > 5]` | `index!(a[[0, 1]])`, `index!(a[a > 5])` | `Owned` |
//! | `a + 0` | `&a + 0` | `Owned` |
//! | `np.shares_memory(p, q)` | `shares_memory(&p, &q)` (exact) | `bool` |
//! | `np.may_share_memory(p, q)` | `may_share_memory(&p, &q)` (address ranges) | `bool` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
//! let b = Owned::<i64, U1>::arange(24).into_shape([2, 3, 4]).unwrap();
//! let s = array![1, 2, 3];
//!
//! let v: View<'_, i64, U2> = index!(a[1:]);
//! let w: View<'_, i64, U2> = a.view();
//! let t: View<'_, i64, U2> = a.t();
//! let p: View<'_, i64, U3> = b.permute_axes([2, 0, 1]);
//! let sw: View<'_, i64, U2> = a.swap_axes(0, 1);
//! let bc: View<'_, i32, U2> = s.broadcast_to([2, 3]).unwrap();
//! assert!(shares_memory(&v, &a) && shares_memory(&w, &a) && shares_memory(&t, &a));
//! assert_eq!((t.shape(), t[[3, 0]]), (&[4, 3][..], 3));
//! assert_eq!((p.shape(), p[[1, 1, 2]]), (&[4, 2, 3][..], 21));
//! assert_eq!(sw, t);
//! assert_eq!((bc, bc.strides()), (array![[1, 2, 3], [1, 2, 3]].view(), &[0, 1][..]));
//!
//! let r: View<'_, i64, U2> = a.reshape([4, 3]).unwrap();
//! let ri: View<'_, i64, U2> = a.reshape([INFER, 2]).unwrap();
//! assert!(shares_memory(&r, &a) && ri.shape() == [6, 2]);
//! assert!(matches!(a.t().reshape([12]), Err(ShapeError::NeedsCopy { .. })));
//! let cv: CowArray<'_, i64, U1> = a.to_shape([12]).unwrap();
//! let cc: CowArray<'_, i64, U1> = a.t().to_shape([12]).unwrap();
//! assert!(cv.is_view() && !cc.is_view());
//! assert_eq!(index!(cc[:4]), array![0, 4, 8, 1]);
//! let rv: CowArray<'_, i64, U1> = a.ravel();
//! let rc: CowArray<'_, i64, U1> = a.t().ravel();
//! assert!(rv.is_view() && shares_memory(&rv, &a));
//! assert!(!rc.is_view() && !shares_memory(&rc, &a));
//! let f: Owned<i64, U1> = a.flatten();
//! let o: Owned<i64, U2> = a.t().to_owned();
//! let k: Owned<i64, U2> = a.clone();
//! assert!(!shares_memory(&f, &a) && !shares_memory(&o, &a) && !shares_memory(&k, &a));
//! assert!(o.is_c_contiguous() && o == a.t());
//! let ptr = rc.view().as_ptr();
//! let own: Owned<i64, U1> = rc.into_owned(); // already a copy: not copied again
//! assert_eq!(own.as_ptr(), ptr);
//! assert!(!shares_memory(&rv.into_owned(), &a));
//! let fancy: Owned<i64, U2> = index!(a[[0, 1]]);
//! let masked: Owned<i64, U1> = index!(a[a > 5]);
//! let sum: Owned<i64, U2> = &a + 0;
//! assert!(!shares_memory(&fancy, &a) && !shares_memory(&masked, &a) && !shares_memory(&sum, &a));
//! let (even, odd) = (index!(a[.., ::2]), index!(a[.., 1::2]));
//! assert!(!shares_memory(&even, &odd) && may_share_memory(&even, &odd));
//!
//! let mut m: ViewMut<'_, i64, U2> = a.view_mut();
//! m[[0, 0]] = 100;
//! let mut mt: ViewMut<'_, i64, U2> = a.t_mut();
//! mt[[3, 0]] = 300;
//! assert_eq!(index!(a[0, ::3]), array![100, 300]);
//! ```
//!
//! # Arithmetic and reductions
//!
//! Operators broadcast as NumPy's and return a new `Owned` (an `Owned` given by value lends
//! its buffer: `a + &b` allocates nothing). Reductions return the element type; the `_axis`
//! forms return an `Owned` with one axis less.
//!
//! | NumPy | typed-array | result |
//! |---|---|---|
//! | `a + b`, `a - b`, `a * b`, `a / b` | `&a + &b`, ... (or `a + &b`, reusing `a`) | `Owned` |
//! | `a * 2`, `1 - a`, `-a` | `&a * 2.0`, `1.0 - &a`, `-&a` | `Owned` |
//! | `a + row` (broadcasting) | `&a + &row` | `Owned` |
//! | `a += 1`, `a *= b` | `a += 1.0`, `a *= &b` | in place |
//! | `np.fmod(i, 3)`, `np.trunc(i / 2)` | `&i % 3`, `&i / 2` | `Owned` |
//! | `a.sum()`, `a.prod()` | `a.sum()`, `a.product()` | `T` |
//! | `a.sum(axis=0)`, `a.sum(axis=-1)` | `a.sum_axis(0)`, `a.sum_axis(-1)` | `Owned<T, U1>` |
//! | `a.mean()`, `a.mean(axis=0)` | `a.mean()`, `a.mean_axis(0)` | `T`, `Owned` |
//! | `a.var()`, `a.std()`, `a.std(ddof=1)` | `a.var()`, `a.std()`, `a.std_ddof(1)` | `T` |
//! | `a.min()`, `a.max()` | `a.min()`, `a.max()` | `Option<T>` |
//! | `a.argmin()`, `a.argmax()` (flat index) | `a.argmin()`, `a.argmax()` | `Option<usize>` |
//! | `a.argmax(axis=1)` | `a.argmax_axis(1)` | `Owned<usize, U1>` |
//! | `np.allclose(a, b)`, `np.allclose(a, b, rtol, atol)` | `a.allclose(&b)`, `a.allclose_with(&b, rtol, atol)` | `bool` |
//! | `(a > 2).any()`, `(a > 0).all()` | `a.gt(2.0).any()`, `a.gt(0.0).all()` | `bool` |
//! | `i.astype(np.float64)` | `i.cast::<f64>()` | `Owned<f64, _>` |
//! | `np.sqrt(a)`, `np.maximum(a, b)` | `a.mapv(f64::sqrt)`, `a.zip_map(&b, \|x, y\| x.max(*y))` | `Owned` |
//! | `np.array_equal(a, b)`, `a == b` | `a == b`, `a.eq_elem(&b)` | `bool`, `Owned<bool, _>` |
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let a = array![[1.0, 2.0], [3.0, 4.0]];
//! let b = array![[0.5, 0.5], [1.0, 1.0]];
//! let row = array![10.0, 20.0];
//! let i = array![[7, -7], [1, 2]];
//!
//! let s: Owned<f64, U2> = &a + &b;
//! assert_eq!(s, array![[1.5, 2.5], [4.0, 5.0]]);
//! assert_eq!(&a - &b, array![[0.5, 1.5], [2.0, 3.0]]);
//! assert_eq!(&a * &b, array![[0.5, 1.0], [3.0, 4.0]]);
//! assert_eq!(&a / &b, array![[2.0, 4.0], [3.0, 4.0]]);
//! assert_eq!(a.clone() + &b, s); // `a` by value: its buffer holds the result
//! assert_eq!(&a * 2.0, array![[2.0, 4.0], [6.0, 8.0]]);
//! assert_eq!(1.0 - &a, array![[0.0, -1.0], [-2.0, -3.0]]);
//! assert_eq!(-&a, &a * -1.0);
//! assert_eq!(&a + &row, array![[11.0, 22.0], [13.0, 24.0]]);
//! let mut c = a.clone();
//! c += 1.0;
//! c *= &b;
//! assert_eq!(c, array![[1.0, 1.5], [4.0, 5.0]]);
//! assert_eq!((&i % 3, &i / 2), (array![[1, -1], [1, 2]], array![[3, -3], [0, 1]]));
//!
//! assert_eq!((a.sum(), a.product()), (10.0, 24.0));
//! let s0: Owned<f64, U1> = a.sum_axis(0);
//! assert_eq!((s0, a.sum_axis(-1)), (array![4.0, 6.0], array![3.0, 7.0]));
//! assert_eq!((a.mean(), a.mean_axis(0)), (2.5, array![2.0, 3.0]));
//! assert_eq!((a.var(), a.std()), (1.25, 1.25f64.sqrt()));
//! assert_eq!(a.std_ddof(1), (5.0f64 / 3.0).sqrt());
//! assert_eq!((a.min(), a.max()), (Some(1.0), Some(4.0)));
//! assert_eq!((a.argmin(), a.argmax()), (Some(0), Some(3)));
//! let am: Owned<usize, U1> = i.argmax_axis(1);
//! assert_eq!(am, array![0, 1]);
//! assert!(a.allclose(&(&a + 1e-9)) && !a.allclose(&b));
//! assert!(a.allclose_with(&(&a + 0.1), 0.0, 0.2));
//! assert!(a.gt(2.0).any() && a.gt(0.0).all());
//! let fi: Owned<f64, U2> = i.cast::<f64>();
//! assert_eq!(fi, array![[7.0, -7.0], [1.0, 2.0]]);
//! assert_eq!(a.mapv(f64::sqrt)[[1, 1]], 2.0);
//! assert_eq!(a.zip_map(&row, |x, y| x.max(*y)), array![[10.0, 20.0], [10.0, 20.0]]);
//! assert!(a == a.clone() && a != b);
//! assert_eq!(a.eq_elem(&b), array![[false, false], [false, false]]);
//! ```
//!
//! # Differences from NumPy
//!
//! Each of these is deliberate; the compiler or the result's type points them out.
//!
//! - Inside `index!`, `..` is the same as `:` and `...` is NumPy's `Ellipsis`; `::` is two
//!   slice colons, so a path needs parentheses: `a[(consts::N):]`.
//! - The inferred length of a reshape is [`INFER`](crate::INFER), not `-1` (shapes are
//!   `usize`).
//! - `%` is `np.fmod` (the sign of the dividend), not NumPy's `%`; integer `/` truncates
//!   toward zero (NumPy's `/` gives floats and `//` floors). Integer division by zero
//!   panics, and integer overflow panics in debug builds and wraps in release builds.
//! - A comparison inside `index!` has the array on the left. A literal may stand on either
//!   side (`6 < x` is read as `x > 6`), but a scalar variable goes on the right: `x > t`.
//! - Chained reads after an advanced index give copies (NumPy indexes the copy too), and an
//!   assignment through them does not compile instead of writing into a temporary.
//! - `reshape` never copies: where NumPy would copy, it returns an error. `to_shape` and
//!   `ravel` copy when they must, and `Owned::into_shape` re-shapes an owned array in place.
//! - `a.len()` is the element count (`a.size`); NumPy's `len(a)` is `a.shape()[0]`.
//! - `a == b` compares whole arrays (shape and elements) to one `bool`, as `np.array_equal`;
//!   the element-wise comparison is `a.eq_elem(&b)`.
//! - `array![1, 2]` holds `i32`, Rust's default integer (NumPy's is `int64`): write
//!   `array![1i64, 2]` or annotate the type. Integer literals inside `index!` are `isize`.
//! - Strides are counted in elements, not bytes.
//! - `min`, `max`, `argmin`, `argmax` return `None` for an empty array where NumPy raises;
//!   `allclose` returns `false` for shapes that do not broadcast, where NumPy raises.
//! - `cast` follows Rust's `as`: a float converted to an integer saturates and NaN becomes `0`.
//!
//! ```
//! use typed_array::prelude::*;
//!
//! let mut x = Owned::<i64, U1>::arange(6);
//! assert_eq!(index!(x[..]), index!(x[:]));
//! let m: View<'_, i64, U2> = x.reshape([INFER, 2]).unwrap();
//! assert_eq!(m.shape(), &[3, 2]);
//! let d = array![-7, 7];
//! assert_eq!((&d % 2, &d / 2), (array![-1, 1], array![-3, 3]));
//! let t = 3;
//! assert_eq!(index!(x[x > t]), index!(x[3 < x]));
//! let c: Owned<i64, U0> = index!(x[[1, 2]][0]);
//! assert_eq!(c[[]], 1);
//! assert!(x.t().reshape([3, 2]).is_ok() && m.t().reshape([6]).is_err());
//! let grid = Owned::<i64, U2>::zeros([2, 3]);
//! assert_eq!((grid.len(), grid.shape()[0]), (6, 2));
//! assert!(grid != Owned::<i64, U2>::zeros([3, 2]));
//! let n = array![1, 2];
//! let _: &Owned<i32, U1> = &n;
//! assert_eq!(index!(x[::2]).strides(), &[2]);
//! assert_eq!(Owned::<f64, U1>::from_vec(vec![]).min(), None);
//! assert_eq!(array![f64::NAN, 1e300].cast::<i32>(), array![0, i32::MAX]);
//! index!(x[x > 4] = 0);
//! assert_eq!(x, array![0, 1, 2, 3, 4, 0]);
//! ```
//!
//! ```compile_fail
//! use typed_array::prelude::*;
//! let x = Owned::<i64, U1>::arange(6);
//! let t = 3;
//! let big = index!(x[t < x]); // a scalar variable on the left: write `x > t`
//! ```
