//! Advanced indexing: integer arrays and boolean masks, mixed with basic items, read as a
//! copy (gather) and written through (scatter), with NumPy's rules exactly.
//!
//! The rules, from NumPy's `mapping.c`:
//! * a mask of rank k stands for the k integer arrays of its `nonzero()`, and its shape must
//!   equal the k axes it covers;
//! * once any array is present, plain integers are 0-d integer arrays;
//! * all the integer arrays broadcast together to one shape `B`;
//! * the axes of `B` replace the indexed axes in place when the advanced items are adjacent
//!   in the index, and go first when a slice, `None` or `...` separates them.
//!
//! A [`Plan`] resolves all that once, checking every index before anything is read or
//! written; gathering and scattering then walk the result in C order: the basic axes before
//! the advanced block, the block (one precomputed offset per position of `B`), and the basic
//! axes after it.

use core::ptr::NonNull;

use crate::error::{IndexError, TupleShape};
use crate::kernels::Layout;
use crate::rank::Dim;
use crate::slicing::{Item, resolve_index};
use crate::{Owned, View, ViewMut};

/// One item of an index that may hold arrays.
#[derive(Debug)]
pub enum AdvItem<'i> {
    /// An integer, a slice, `None` or `...`.
    Basic(Item),
    /// An integer array, in C order.
    Ints {
        /// Its shape.
        shape: Vec<usize>,
        /// Its entries (negative count from the end).
        data: IndexData<'i>,
    },
    /// A boolean mask, flattened in C order.
    Mask {
        /// Its shape, which must equal the axes it covers.
        shape: Vec<usize>,
        /// Its entries, borrowed from the user's mask when it is C-contiguous.
        data: std::borrow::Cow<'i, [bool]>,
    },
}

/// The entries of an integer index array: already `isize`, or borrowed from the user's
/// array and read once, when the plan turns them into element offsets.
pub enum IndexData<'i> {
    /// Entries owned as `isize`.
    Owned(Vec<isize>),
    /// Entries read from an array the index borrows.
    Borrowed(Box<dyn IndexSource + 'i>),
}

impl core::fmt::Debug for IndexData<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            IndexData::Owned(v) => f.debug_tuple("Owned").field(v).finish(),
            IndexData::Borrowed(s) => write!(f, "Borrowed({} entries)", s.len()),
        }
    }
}

/// An array of integer indices, read without copying it first.
pub trait IndexSource {
    /// The number of entries.
    fn len(&self) -> usize;
    /// The first entry (that of a 0-d index array, which acts as an integer).
    fn first(&self) -> Option<isize>;
    /// Appends each entry's element offset on an axis of length `len` and stride `stride`
    /// (negative entries count from the end), or returns the first entry out of bounds
    /// (and what was appended then is meaningless).
    fn offsets_into(&self, len: isize, stride: isize, out: &mut Vec<isize>) -> Result<(), i128>;
    /// The entries as one contiguous run, when they are, so that offsets can be made a chunk
    /// at a time instead of all at once.
    fn chunks(&self) -> Option<&dyn Chunks> {
        None
    }
}

/// Index entries in one contiguous run.
pub trait Chunks {
    /// The first entry out of bounds on an axis of length `len`, if any.
    fn check(&self, len: isize) -> Result<(), i128>;
    /// Writes the element offsets of entries `start..start + out.len()` on an axis of
    /// length `len` and stride `stride`, checking them in the same pass: the first entry of
    /// the chunk out of bounds, if any, and then nothing is promised of `out`.
    fn offsets(
        &self,
        start: usize,
        len: isize,
        stride: isize,
        out: &mut [isize],
    ) -> Result<(), i128>;
}

impl<I: crate::slicing::IndexInt> Chunks for &[I] {
    fn check(&self, len: isize) -> Result<(), i128> {
        check_entries(self, len)
    }
    fn offsets(
        &self,
        start: usize,
        len: isize,
        stride: isize,
        out: &mut [isize],
    ) -> Result<(), i128> {
        let entries = &self[start..start + out.len()];
        if slice_offsets(entries, len, stride, out) {
            check_entries(entries, len)?;
        }
        Ok(())
    }
}

impl<I: crate::slicing::IndexInt, D: Dim> Chunks for View<'_, I, D> {
    fn check(&self, len: isize) -> Result<(), i128> {
        check_entries(self.as_slice().unwrap_or_default(), len)
    }
    fn offsets(
        &self,
        start: usize,
        len: isize,
        stride: isize,
        out: &mut [isize],
    ) -> Result<(), i128> {
        self.as_slice()
            .unwrap_or_default()
            .offsets(start, len, stride, out)
    }
}

/// The offset of an entry, or the entry itself when it is out of bounds.
#[inline(always)]
fn entry_offset<I: crate::slicing::IndexInt>(
    k: I,
    len: isize,
    stride: isize,
) -> Result<isize, i128> {
    let v = k.to_isize_clamped();
    if v >= -len && v < len {
        Ok((if v < 0 { v + len } else { v }) * stride)
    } else {
        Err(k.to_i128())
    }
}

/// The first entry of `s` out of bounds on an axis of length `len`, if any.
fn check_entries<I: crate::slicing::IndexInt>(s: &[I], len: isize) -> Result<(), i128> {
    // One branch-free pass first; the entries are read again only to name a bad one.
    let bad = s.iter().fold(false, |bad, &k| {
        let v = k.to_isize_clamped();
        bad | (v < -len) | (v >= len)
    });
    if bad {
        for &k in s {
            entry_offset(k, len, 1)?;
        }
    }
    Ok(())
}

/// The element offsets of the entries of `s`, as many as `out` holds, in one branch-free
/// pass that also tells whether any entry was out of bounds (its offset is then
/// meaningless, and [`check_entries`] names the first such entry).
fn slice_offsets<I: crate::slicing::IndexInt>(
    s: &[I],
    len: isize,
    stride: isize,
    out: &mut [isize],
) -> bool {
    let mut bad = false;
    for (o, &k) in out.iter_mut().zip(s) {
        let v = k.to_isize_clamped();
        bad |= (v < -len) | (v >= len);
        *o = (if v < 0 { v + len } else { v }).wrapping_mul(stride);
    }
    bad
}

impl<I: crate::slicing::IndexInt> IndexSource for &[I] {
    fn len(&self) -> usize {
        <[I]>::len(self)
    }
    fn chunks(&self) -> Option<&dyn Chunks> {
        Some(self)
    }
    fn first(&self) -> Option<isize> {
        self.iter().next().map(|k| k.to_isize_clamped())
    }
    fn offsets_into(&self, len: isize, stride: isize, out: &mut Vec<isize>) -> Result<(), i128> {
        let start = out.len();
        out.resize(start + self.len(), 0);
        if slice_offsets(self, len, stride, &mut out[start..]) {
            check_entries(self, len)?;
        }
        Ok(())
    }
}

impl<I: crate::slicing::IndexInt, D: Dim> IndexSource for View<'_, I, D> {
    fn len(&self) -> usize {
        View::len(self)
    }
    fn first(&self) -> Option<isize> {
        self.iter().next().map(|k| k.to_isize_clamped())
    }
    fn chunks(&self) -> Option<&dyn Chunks> {
        self.as_slice().map(|_| self as &dyn Chunks)
    }
    fn offsets_into(&self, len: isize, stride: isize, out: &mut Vec<isize>) -> Result<(), i128> {
        match self.as_slice() {
            Some(s) => s.offsets_into(len, stride, out),
            None => {
                for &k in self.iter() {
                    out.push(entry_offset(k, len, stride)?);
                }
                Ok(())
            }
        }
    }
}

/// An integer array of an advanced index: its shape, its entries, and the axis it indexes
/// (none for the array that a 0-d mask stands for).
type IndexArray<'i> = (Vec<usize>, IndexData<'i>, Option<usize>);

/// Axes walked in C order: lengths and strides.
#[derive(Clone, Debug, Default)]
struct Axes {
    shape: Vec<usize>,
    strides: Vec<isize>,
}

impl Axes {
    fn push(&mut self, len: usize, stride: isize) {
        self.shape.push(len);
        self.strides.push(stride);
    }

    fn len(&self) -> usize {
        self.shape.iter().product()
    }

    /// Calls `f` with the offset of each position, in C order.
    #[inline]
    fn for_each_offset(&self, mut f: impl FnMut(isize)) {
        let n = self.shape.len();
        if self.shape.contains(&0) {
            return;
        }
        if n == 0 {
            f(0);
            return;
        }
        let (inner_len, inner_stride) = (self.shape[n - 1], self.strides[n - 1]);
        let mut index = vec![0usize; n - 1];
        let mut base: isize = 0;
        loop {
            let mut off = base;
            for _ in 0..inner_len {
                f(off);
                off += inner_stride;
            }
            // Odometer over the outer axes.
            let mut k = n - 1;
            loop {
                if k == 0 {
                    return;
                }
                k -= 1;
                index[k] += 1;
                base += self.strides[k];
                if index[k] < self.shape[k] {
                    break;
                }
                base -= self.strides[k] * self.shape[k] as isize;
                index[k] = 0;
            }
        }
    }
}

/// The source offsets of the positions of the advanced block, in C order.
enum Block<'i> {
    /// One offset per position.
    Offsets(Vec<isize>),
    /// A single contiguous index array whose entries become offsets a chunk at a time, as
    /// they are used: no buffer as large as the index. Its entries are checked by
    /// [`Plan::check_entries`], or chunk by chunk ([`Block::try_for_each_chunk`]).
    Lazy {
        /// The entries.
        src: Box<dyn IndexSource + 'i>,
        /// The axis indexed, for the error.
        axis: usize,
        /// The length of the axis indexed.
        len: isize,
        /// The stride of the axis indexed.
        stride: isize,
    },
}

/// Offsets made at a time from a lazy block.
const CHUNK: usize = 512;

impl Block<'_> {
    fn len(&self) -> usize {
        match self {
            Block::Offsets(v) => v.len(),
            Block::Lazy { src, .. } => src.len(),
        }
    }

    /// Calls `f` with runs of consecutive offsets, in order. A lazy block's entries must
    /// have been checked ([`Plan::check_entries`]).
    #[inline]
    fn for_each_chunk(&self, f: impl FnMut(&[isize])) {
        let checked = self.try_for_each_chunk(f);
        debug_assert!(checked.is_ok(), "a lazy block's entries are checked first");
    }

    /// [`for_each_chunk`](Self::for_each_chunk) for a block whose entries may not be
    /// checked yet: each chunk is checked as its offsets are made, just before `f` gets it,
    /// and the first entry out of bounds stops the walk. One pass over the entries.
    #[inline]
    fn try_for_each_chunk(&self, mut f: impl FnMut(&[isize])) -> Result<(), IndexError> {
        match self {
            Block::Offsets(v) => f(v),
            &Block::Lazy {
                ref src,
                axis,
                len,
                stride,
            } => {
                let Some(entries) = src.chunks() else {
                    unreachable!("a lazy block's entries are contiguous")
                };
                let mut buf = [0isize; CHUNK];
                let n = src.len();
                for start in (0..n).step_by(CHUNK) {
                    let out = &mut buf[..CHUNK.min(n - start)];
                    entries
                        .offsets(start, len, stride, out)
                        .map_err(|v| IndexError::out_of_bounds(v, axis, len as usize))?;
                    f(out);
                }
            }
        }
        Ok(())
    }
}

impl core::fmt::Debug for Block<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Block::Offsets(v) => f.debug_tuple("Offsets").field(v).finish(),
            Block::Lazy {
                src, len, stride, ..
            } => write!(
                f,
                "Lazy {{ entries: {}, len: {len}, stride: {stride} }}",
                src.len()
            ),
        }
    }
}

/// A resolved advanced index: where every element of the result comes from.
#[derive(Debug)]
pub(crate) struct Plan<'i> {
    /// Offset of the result's first element from the source pointer (basic items).
    base: isize,
    /// Basic axes before the advanced block.
    before: Axes,
    /// The broadcast shape of the advanced block.
    block_shape: Vec<usize>,
    /// The offset of each position of the block (none when `pending` is set).
    block: Block<'i>,
    /// The first out-of-bounds entry of an index array. NumPy finds these while it walks
    /// the selection, after it has checked the value's shape, so the error waits here.
    pending: Option<IndexError>,
    /// Basic axes after the advanced block.
    after: Axes,
}

impl Plan<'_> {
    /// The shape of the result.
    pub(crate) fn shape(&self) -> Vec<usize> {
        let mut s = self.before.shape.clone();
        s.extend_from_slice(&self.block_shape);
        s.extend_from_slice(&self.after.shape);
        s
    }

    /// The deferred error of an out-of-bounds index array entry, if any: the one found
    /// when the plan was made, or the first of a lazy block's entries.
    fn check_entries(&mut self) -> Result<(), IndexError> {
        self.check_pending()?;
        if let Block::Lazy { src, axis, len, .. } = &self.block
            && let Some(entries) = src.chunks()
        {
            entries
                .check(*len)
                .map_err(|v| IndexError::out_of_bounds(v, *axis, *len as usize))?;
        }
        Ok(())
    }

    /// The error found when the plan was made, if any; a lazy block's entries are left to
    /// [`Block::try_for_each_chunk`].
    fn check_pending(&mut self) -> Result<(), IndexError> {
        match self.pending.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// The number of elements of the result.
    fn len(&self) -> usize {
        self.before.len() * self.block.len() * self.after.len()
    }

    /// Calls `f` with the source offset of each element of the result, in C order.
    fn for_each_offset(&self, f: impl FnMut(isize)) {
        self.walk(&self.after, f);
    }

    /// When the result's last axis comes from a basic axis of stride 1 (`a[idx, 10:500]`),
    /// its length: the result is then runs of contiguous source elements.
    fn contiguous_run(&self) -> Option<usize> {
        match (self.after.shape.last(), self.after.strides.last()) {
            (Some(&n), Some(1)) if n > 1 => Some(n),
            _ => None,
        }
    }

    /// Calls `f` with the source offset of the first element of each run of
    /// [`contiguous_run`](Self::contiguous_run), in C order.
    fn for_each_run(&self, f: impl FnMut(isize)) {
        let k = self.after.shape.len().saturating_sub(1);
        let outer = Axes {
            shape: self.after.shape[..k].to_vec(),
            strides: self.after.strides[..k].to_vec(),
        };
        self.walk(&outer, f);
    }

    /// Calls `f` with the offset of each position of the axes before, the block, and
    /// `after`, in C order.
    fn walk(&self, after: &Axes, mut f: impl FnMut(isize)) {
        if self.len() == 0 {
            return;
        }
        self.before.for_each_offset(|b| {
            self.block.for_each_chunk(|chunk| {
                for &j in chunk {
                    after.for_each_offset(|a| f(self.base + b + j + a));
                }
            });
        });
    }
}

/// Resolves `items` against a layout. Every index is checked here; nothing is read.
pub(crate) fn plan<'i>(
    shape: &[usize],
    strides: &[isize],
    items: Vec<AdvItem<'i>>,
) -> Result<Plan<'i>, IndexError> {
    let ndim = shape.len();
    let mut consumed = 0;
    let mut ellipses = 0;
    for item in &items {
        match item {
            AdvItem::Basic(Item::Index(_) | Item::Wide { .. } | Item::Slice(_))
            | AdvItem::Ints { .. } => consumed += 1,
            AdvItem::Mask { shape, .. } => consumed += shape.len(),
            AdvItem::Basic(Item::Ellipsis) => ellipses += 1,
            AdvItem::Basic(Item::NewAxis) => {}
        }
    }
    crate::slicing::check_counts(consumed, ellipses, ndim)?;

    // Basic axes in output order, with the number of them that come before the first
    // advanced item; advanced arrays with the input axis each indexes.
    let mut basic = Axes::default();
    let mut block_at: Option<usize> = None;
    let mut arrays: Vec<IndexArray<'_>> = Vec::new();
    let mut base: isize = 0;
    let mut axis = 0;
    // Whether the advanced items are adjacent, decided before the items are consumed.
    let adjacent = {
        let adv = |i: &AdvItem| {
            matches!(
                i,
                AdvItem::Basic(Item::Index(_) | Item::Wide { .. })
                    | AdvItem::Ints { .. }
                    | AdvItem::Mask { .. }
            )
        };
        match (items.iter().position(adv), items.iter().rposition(adv)) {
            (Some(first), Some(last)) => items[first..=last].iter().all(|i| {
                !matches!(
                    i,
                    AdvItem::Basic(Item::Slice(_) | Item::NewAxis | Item::Ellipsis)
                )
            }),
            _ => true,
        }
    };
    for item in items {
        let is_advanced = matches!(
            item,
            AdvItem::Basic(Item::Index(_) | Item::Wide { .. })
                | AdvItem::Ints { .. }
                | AdvItem::Mask { .. }
        );
        if is_advanced && block_at.is_none() {
            block_at = Some(basic.shape.len());
        }
        match item {
            AdvItem::Basic(Item::Index(k)) => {
                // NumPy checks plain integers while it reads the index, before the entries
                // of any index array.
                resolve_index(k, axis, shape[axis])?;
                arrays.push((Vec::new(), IndexData::Owned(vec![k]), Some(axis)));
                axis += 1;
            }
            AdvItem::Basic(Item::Wide { hi, lo }) => {
                let wide = (i128::from(hi) << 64) | i128::from(lo);
                return Err(IndexError::out_of_bounds(wide, axis, shape[axis]));
            }
            AdvItem::Basic(Item::Slice(s)) => {
                let (start, step, count) = s
                    .indices(shape[axis])
                    .ok_or(IndexError::ZeroStep { axis })?;
                basic.push(
                    count,
                    if count > 1 {
                        strides[axis] * step
                    } else {
                        strides[axis]
                    },
                );
                if count > 0 {
                    base += start * strides[axis];
                }
                axis += 1;
            }
            AdvItem::Basic(Item::NewAxis) => basic.push(1, 0),
            AdvItem::Basic(Item::Ellipsis) => {
                for _ in 0..ndim - consumed {
                    basic.push(shape[axis], strides[axis]);
                    axis += 1;
                }
            }
            AdvItem::Ints { shape: s, data } => {
                arrays.push((s, data, Some(axis)));
                axis += 1;
            }
            AdvItem::Mask { shape: s, data } if s.is_empty() => {
                // A 0-d mask indexes no axis: it adds one of length 1 (true) or 0 (false).
                let count = usize::from(data.first().copied().unwrap_or(false));
                arrays.push((vec![count], IndexData::Owned(vec![0; count]), None));
            }
            AdvItem::Mask { shape: s, data } => {
                let k = s.len();
                check_mask_shape(&s, &shape[..axis + k], axis)?;
                for (d, coords) in nonzero(&s, &data).into_iter().enumerate() {
                    arrays.push((vec![coords.len()], IndexData::Owned(coords), Some(axis + d)));
                }
                axis += k;
            }
        }
    }
    while axis < ndim {
        basic.push(shape[axis], strides[axis]);
        axis += 1;
    }

    // Advanced items separated by anything else put their axes first.
    let split = if adjacent { block_at.unwrap_or(0) } else { 0 };

    let block_shape = broadcast_shapes(&arrays)?;
    let (block, pending) = match block_offsets(arrays, &block_shape, shape, strides) {
        Ok(b) => (b, None),
        Err(e) => (Block::Offsets(Vec::new()), Some(e)),
    };
    let after = Axes {
        shape: basic.shape.split_off(split),
        strides: basic.strides.split_off(split),
    };
    Ok(Plan {
        base,
        before: basic,
        block_shape,
        block,
        pending,
        after,
    })
}

/// The coordinates of the true entries of a mask, one array per axis (NumPy's `nonzero`).
fn nonzero(shape: &[usize], data: &[bool]) -> Vec<Vec<isize>> {
    let count = data.iter().filter(|&&b| b).count();
    let mut coords = vec![Vec::with_capacity(count); shape.len()];
    let mut index = vec![0usize; shape.len()];
    for &b in data {
        if b {
            for (c, &i) in coords.iter_mut().zip(&index) {
                c.push(i as isize);
            }
        }
        crate::layout::next_index(&mut index, shape);
    }
    coords
}

/// The shape all the index arrays broadcast to.
fn broadcast_shapes(arrays: &[IndexArray<'_>]) -> Result<Vec<usize>, IndexError> {
    let n = arrays.iter().map(|a| a.0.len()).max().unwrap_or(0);
    let mut out = vec![1usize; n];
    for (shape, _, _) in arrays {
        for (k, &d) in shape.iter().rev().enumerate() {
            let o = &mut out[n - 1 - k];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                // NumPy's message lists the index arrays, not the integers among them.
                return Err(IndexError::IndexBroadcast {
                    shapes: arrays
                        .iter()
                        .filter(|a| !(a.0.is_empty() && a.2.is_some()))
                        .map(|a| a.0.clone().into())
                        .collect(),
                });
            }
        }
    }
    Ok(out)
}

/// The source offset of each position of the broadcast block, checking every index.
fn block_offsets<'i>(
    mut arrays: Vec<IndexArray<'i>>,
    block_shape: &[usize],
    shape: &[usize],
    strides: &[isize],
) -> Result<Block<'i>, IndexError> {
    // A single contiguous index array (a take) is turned into offsets only as they are
    // used, and checked then or by `Plan::check_entries`.
    if let [(_, IndexData::Borrowed(src), Some(axis))] = arrays.as_slice()
        && src.chunks().is_some()
    {
        let axis = *axis;
        let Some((_, IndexData::Borrowed(src), _)) = arrays.pop() else {
            unreachable!("matched above")
        };
        return Ok(Block::Lazy {
            src,
            axis,
            len: shape[axis] as isize,
            stride: strides[axis],
        });
    }
    // Turn entries into element offsets in place, keeping the first out-of-bounds entry
    // (array by array, as NumPy reports it) for the error.
    let mut shapes = Vec::with_capacity(arrays.len());
    let mut resolved: Vec<Vec<isize>> = Vec::with_capacity(arrays.len());
    for (ashape, data, axis) in arrays {
        shapes.push(ashape);
        let Some(axis) = axis else {
            let n = match &data {
                IndexData::Owned(v) => v.len(),
                IndexData::Borrowed(src) => src.len(),
            };
            resolved.push(vec![0; n]);
            continue;
        };
        let (len, stride) = (shape[axis] as isize, strides[axis]);
        let offsets = match data {
            IndexData::Owned(mut data) => {
                let mut first_bad = None;
                for k in data.iter_mut() {
                    let v = *k;
                    if v >= -len && v < len {
                        *k = (if v < 0 { v + len } else { v }) * stride;
                    } else if first_bad.is_none() {
                        first_bad = Some(v as i128);
                    }
                }
                match first_bad {
                    Some(v) => Err(v),
                    None => Ok(data),
                }
            }
            IndexData::Borrowed(src) => {
                let mut out = crate::alloc::vec_with_capacity(src.len());
                src.offsets_into(len, stride, &mut out).map(|()| out)
            }
        };
        match offsets {
            Ok(o) => resolved.push(o),
            Err(v) => return Err(IndexError::out_of_bounds(v, axis, shape[axis])),
        }
    }
    let arrays: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
    let total: usize = block_shape.iter().product();
    let mut resolved = resolved.into_iter();
    // The common cases (one index array, masks, arrays of one shape) need no broadcasting:
    // offsets add up position by position.
    if arrays.iter().all(|a| *a == block_shape) {
        let mut offsets = resolved.next().unwrap_or_else(|| vec![0; total]);
        for res in resolved {
            offsets.iter_mut().zip(res).for_each(|(o, r)| *o += r);
        }
        return Ok(Block::Offsets(offsets));
    }
    let mut offsets = vec![0isize; total];
    let n = block_shape.len();
    for (ashape, res) in arrays.iter().zip(resolved) {
        // The array's strides within the block: 0 on broadcast axes.
        let mut bstrides = vec![0usize; n];
        let mut acc = 1usize;
        for (k, &d) in ashape.iter().enumerate().rev() {
            if d != 1 {
                bstrides[n - ashape.len() + k] = acc;
            }
            acc *= d;
        }
        let mut index = vec![0usize; n];
        for off in offsets.iter_mut() {
            let src: usize = index.iter().zip(&bstrides).map(|(i, s)| i * s).sum();
            *off += res[src];
            crate::layout::next_index(&mut index, block_shape);
        }
    }
    Ok(Block::Offsets(offsets))
}

/// The shape of a plan as the rank `O` the types promised.
fn typed_shape<O: Dim>(shape: &[usize]) -> O::Shape {
    let mut out = O::shape_filled(0);
    debug_assert_eq!(
        shape.len(),
        O::NDIM,
        "the type-level rank of an advanced index"
    );
    out.as_mut().copy_from_slice(shape);
    out
}

/// Reads the elements an advanced index selects into a new C-contiguous array.
#[inline]
pub(crate) fn gather<T: Clone, D: Dim, O: Dim>(
    src: View<'_, T, D>,
    items: Vec<AdvItem<'_>>,
) -> Result<Owned<T, O>, IndexError> {
    let (dims, data) = gather_in(Layout::of(&src), items)?;
    Ok(Owned::from_shape_array(typed_shape::<O>(&dims), data)?)
}

/// [`gather`] with the ranks erased: the result's shape and its elements in C order.
fn gather_in<T: Clone>(
    src: Layout<'_, T>,
    items: Vec<AdvItem<'_>>,
) -> Result<(Vec<usize>, Vec<T>), IndexError> {
    if let Some(data) = gather_full_mask(src, &items)? {
        return Ok((vec![data.len()], data));
    }
    let mut plan = plan(src.shape(), src.strides(), items)?;
    let take = plan.before.shape.is_empty() && plan.after.shape.is_empty();
    if take {
        // The entries are checked chunk by chunk as they are read, below.
        plan.check_pending()?;
    } else {
        plan.check_entries()?;
    }
    let dims = plan.shape();
    let total = crate::layout::checked_size::<T>(&dims)?;
    let ptr = src.ptr();
    // A `move` closure: a copy of the pointer that no store into `data` can change, so the
    // compiler keeps it in a register.
    let read = move |off: isize| {
        // SAFETY: each offset the plan gives is that of an element of `src` (every index
        // was checked in bounds before its offset is used: a take's chunk by chunk),
        // readable while `src` is borrowed.
        unsafe { ptr.offset(off).as_ref() }.clone()
    };
    let mut data = crate::alloc::vec_with_capacity(total);
    if take {
        // The common take: one offset per element, in a loop the compiler keeps tight.
        let base = plan.base;
        plan.block.try_for_each_chunk(|chunk| {
            data.extend(chunk.iter().map(move |&j| read(base + j)));
        })?;
    } else if let Some(run) = plan.contiguous_run() {
        plan.for_each_run(|off| {
            // SAFETY: from `off`, the run's elements are contiguous elements of `src`.
            let s = unsafe { core::slice::from_raw_parts(ptr.offset(off).as_ptr(), run) };
            data.extend_from_slice(s);
        });
    } else {
        plan.for_each_offset(|off| data.push(read(off)));
    }
    Ok((dims, data))
}

/// A single mask with the array's own shape over a C-contiguous array selects in one pass
/// over both, without coordinates or offsets. `None` when the index is anything else.
fn gather_full_mask<T: Clone>(
    src: Layout<'_, T>,
    items: &[AdvItem<'_>],
) -> Result<Option<Vec<T>>, IndexError> {
    let [AdvItem::Mask { shape, data: mask }] = items else {
        return Ok(None);
    };
    let ndim = src.shape().len();
    if shape.len() != ndim || ndim == 0 {
        return Ok(None);
    }
    check_mask_shape(shape, src.shape(), 0)?;
    let Some(values) = src.as_slice() else {
        return Ok(None);
    };
    Ok(Some(select(values, mask)))
}

/// The elements of `values` where `mask` is true, in order: counted first, so the result
/// is allocated once.
fn select<T: Clone>(values: &[T], mask: &[bool]) -> Vec<T> {
    let count = mask.iter().filter(|&&b| b).count();
    if core::mem::needs_drop::<T>() {
        let mut out = crate::alloc::vec_with_capacity(count);
        out.extend(
            values
                .iter()
                .zip(mask)
                .filter(|(_, b)| **b)
                .map(|(x, _)| x.clone()),
        );
        return out;
    }
    // Without drop glue, every element is written to the next free slot and the slot is
    // kept only when selected: no branch to mispredict on a random mask (for `f64` both arms
    // below are the same load and store). One spare slot takes the last unselected write.
    let mut out: Vec<T> = crate::alloc::vec_with_capacity(count + 1);
    let dst = out.as_mut_ptr();
    let mut k = 0;
    for (x, &b) in values.iter().zip(mask) {
        // SAFETY: `k` counts the true entries before this one, so `k <= count` and the slot
        // is within the capacity of `count + 1`. A slot not kept holds plain bytes of a `T`
        // that are overwritten or left beyond the length; `T` has no drop glue, so nothing
        // is owed for them.
        unsafe {
            if b {
                dst.add(k).write(x.clone());
            } else {
                core::ptr::copy_nonoverlapping(x, dst.add(k), 1);
            }
        }
        k += usize::from(b);
    }
    // SAFETY: the first `count` slots hold the clones of the selected elements, in order.
    unsafe { out.set_len(count) };
    out
}

/// A single full-shape mask over a C-contiguous array, with a scalar value or one value
/// per selected element, writes in one pass (each position is selected at most once, so
/// `=` and `+=` agree on it). Returns false, having written nothing, for anything else.
fn scatter_full_mask<T: Clone, D: Dim, V: crate::Value<T> + ?Sized>(
    dst: &mut ViewMut<'_, T, D>,
    items: &[AdvItem<'_>],
    value: &V,
    assigns: bool,
    op: &mut impl FnMut(&mut T, &T),
) -> Result<bool, IndexError> {
    let [AdvItem::Mask { shape, data: mask }] = items else {
        return Ok(false);
    };
    if D::NDIM == 0 {
        return Ok(false);
    }
    check_mask_shape(shape, dst.shape(), 0)?;
    let v = value.as_array();
    let Some(slice) = dst.as_slice_mut() else {
        return Ok(false);
    };
    match v.shape() {
        [] => {
            if let Some(x) = v.iter().next() {
                if assigns && !core::mem::needs_drop::<T>() {
                    fill_where(slice, mask, x);
                } else {
                    for (a, _) in slice.iter_mut().zip(mask.iter()).filter(|(_, b)| **b) {
                        op(a, x);
                    }
                }
            }
            Ok(true)
        }
        [len] if *len == mask.iter().filter(|&&b| b).count() => {
            let mut vals = v.iter();
            for (a, _) in slice.iter_mut().zip(mask.iter()).filter(|(_, b)| **b) {
                if let Some(x) = vals.next() {
                    op(a, x);
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Writes clones of `x` into the elements of `slice` where `mask` is true, for a `T`
/// without drop glue: each element is read and written back, or replaced, by a select
/// that vectorises, instead of a branch that a random mask mispredicts half the time.
///
fn fill_where<T: Clone>(slice: &mut [T], mask: &[bool], x: &T) {
    debug_assert!(!core::mem::needs_drop::<T>());
    // A local copy, which the compiler knows no write below can change (`x` may point into
    // memory it cannot tell apart from `slice`).
    let x = x.clone();
    for (a, &b) in slice.iter_mut().zip(mask) {
        let p: *mut T = a;
        // SAFETY: `p` comes from an exclusive reference, so reading the element out and
        // writing a value back is a move out and in. A replaced element is not dropped,
        // which is fine: `T` has no drop glue (nor has the copy read out, should `clone`
        // panic and leave the element in place). This exact shape (read, assign, write)
        // is what the compiler turns into a select for a generic `T`.
        unsafe {
            let mut cur = p.read();
            if b {
                cur = x.clone();
            }
            p.write(cur);
        }
    }
}

/// NumPy's check that a mask has the shape of the axes it covers (from `axis` on).
fn check_mask_shape(mask: &[usize], shape: &[usize], axis: usize) -> Result<(), IndexError> {
    for (d, (&m, &a)) in mask.iter().zip(&shape[axis..]).enumerate() {
        if m != a {
            return Err(IndexError::MaskShape {
                axis: axis + d,
                size: a,
                mask_size: m,
            });
        }
    }
    Ok(())
}

/// Writes `value` (broadcast as NumPy's setitem does) into the elements an advanced index
/// selects, in C order of the selection, so that the last write to a repeated position
/// wins. Nothing is written unless every index and the value's shape are valid.
///
/// `op` writes a value into an element; `assigns` says that it is a plain `clone_from`,
/// which lets a mask write choose without branching.
pub(crate) fn scatter<T: Clone, D: Dim, O: Dim, V: crate::Value<T> + ?Sized>(
    mut dst: ViewMut<'_, T, D>,
    items: Vec<AdvItem<'_>>,
    value: &V,
    rule: crate::write::Rule,
    assigns: bool,
    mut op: impl FnMut(&mut T, &T),
) -> Result<(), IndexError> {
    // A single mask with as many axes as the array takes NumPy's boolean-assignment path,
    // which accepts only a scalar or a 1-D value, with its own messages.
    let full_mask =
        matches!(items.as_slice(), [AdvItem::Mask { shape, .. }] if shape.len() == D::NDIM);
    if full_mask && scatter_full_mask(&mut dst, &items, value, assigns, &mut op)? {
        return Ok(());
    }
    let mut plan = plan(dst.shape(), dst.strides(), items)?;
    let shape = typed_shape::<O>(&plan.shape());
    let ptr: NonNull<T> = dst.ptr;
    if rule == crate::write::Rule::InPlace {
        plan.check_entries()?;
        // NumPy's buffered rule: `a[idx] += v` is `a[idx] = a[idx] + v`, so a repeated
        // position is updated once, from its original value.
        let mut current: Vec<T> = Vec::with_capacity(plan.len());
        plan.for_each_offset(|off| {
            // SAFETY: the offset addresses an element of `dst` (checked by the plan).
            current.push(unsafe { ptr.offset(off).as_ref() }.clone());
        });
        let mut tmp: Owned<T, O> = Owned::from_shape_array(shape, current)?;
        crate::write::combine(tmp.view_mut(), value, rule, &mut op)?;
        let mut it = tmp.into_vec().into_iter();
        plan.for_each_offset(|off| {
            if let Some(x) = it.next() {
                // SAFETY: the offset addresses an element of `dst`, which the exclusive
                // borrow lets us write; no reference to it is alive.
                unsafe { *ptr.offset(off).as_ptr() = x };
            }
        });
        return Ok(());
    }
    let v = value.as_array();
    if full_mask {
        let count = plan.len();
        match v.shape() {
            [] => {}
            [n] if *n == count || *n == 1 => {}
            [n] => {
                return Err(IndexError::MaskValueCount { values: *n, count });
            }
            dims => return Err(IndexError::MaskValueRank { ndim: dims.len() }),
        }
    }
    let src = crate::write::broadcast_value::<T, V::Dim, O>(v, &shape, rule).map_err(|_| {
        IndexError::ValueShape {
            value: v.shape().into(),
            result: shape.as_ref().into(),
        }
    })?;
    plan.check_entries()?;
    let mut it = src.iter();
    plan.for_each_offset(|off| {
        if let Some(x) = it.next() {
            // SAFETY: as above; `x` borrows the value, which cannot alias `dst` (the borrow
            // checker keeps a view of `dst` from being the value while `dst` is borrowed
            // mutably).
            op(unsafe { ptr.offset(off).as_mut() }, x);
        }
    });
    Ok(())
}

/// Prints `(2,) (3,)` for the broadcast error.
pub(crate) struct Shapes<'a>(pub &'a [Box<[usize]>]);

impl core::fmt::Display for Shapes<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{}", TupleShape(s))?;
        }
        Ok(())
    }
}
