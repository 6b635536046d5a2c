//! Basic indexing: integers, NumPy slices, `...` and `None`, applied to a layout.
//!
//! Slices follow CPython's `PySlice_Unpack` and `PySlice_AdjustIndices` exactly: bounds clamp
//! and never fail, a negative step counts down from the end, and huge values saturate. This
//! module works on pointers and layouts only; the rank of the result is fixed by the caller
//! (at the type level, by the `index!` macro).

use core::ptr::NonNull;

use crate::error::IndexError;
use crate::rank::Dim;

/// A layout with its data pointer: what a view is made of.
pub(crate) type RawParts<T, D> = (NonNull<T>, <D as Dim>::Shape, <D as Dim>::Strides);

/// One item of a basic index, as the `index!` macro evaluates it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// One position; negative counts from the end. Removes the axis.
    Index(isize),
    /// A position outside the range of `isize` (from a wider integer type): always out of
    /// bounds, kept exactly for the error message. Stored as the `i128`'s two halves so that
    /// `Item` keeps the alignment of `isize`.
    Wide {
        /// The high 64 bits of the `i128`.
        hi: i64,
        /// The low 64 bits.
        lo: u64,
    },
    /// `start:stop:step`, any part omitted.
    Slice(Slice),
    /// `None`: a new axis of length 1.
    NewAxis,
    /// `...`: as many full slices as needed.
    Ellipsis,
}

/// A NumPy slice `start:stop:step`; `None` parts take Python's defaults.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Slice {
    /// The first position (default: the first in the direction of `step`).
    pub start: Option<isize>,
    /// The position to stop before (default: past the last in the direction of `step`).
    pub stop: Option<isize>,
    /// The step (default 1; never 0).
    pub step: Option<isize>,
}

impl Slice {
    /// Resolves the slice against an axis of length `len`, as Python's
    /// `slice(start, stop, step).indices(len)` does, and counts its positions.
    ///
    /// Returns `(start, step, count)`, or `None` when the step is zero.
    #[inline]
    pub fn indices(self, len: usize) -> Option<(isize, isize, usize)> {
        let mut step = self.step.unwrap_or(1);
        if step == 0 {
            return None;
        }
        // CPython clamps the step so that `-step` cannot overflow.
        if step < -isize::MAX {
            step = -isize::MAX;
        }
        // An axis length always fits in isize: it is a factor of a checked element count.
        let len = len as isize;
        let adjust = |v: isize| -> isize {
            if v < 0 {
                let v = v + len;
                if v < 0 {
                    if step < 0 { -1 } else { 0 }
                } else {
                    v
                }
            } else if v >= len {
                if step < 0 { len - 1 } else { len }
            } else {
                v
            }
        };
        let start = match self.start {
            None if step < 0 => len - 1,
            None => 0,
            Some(s) => adjust(s),
        };
        let stop = match self.stop {
            None if step < 0 => -1,
            None => len,
            Some(s) => adjust(s),
        };
        let count = if step == 1 {
            // The common case, without a division.
            (stop - start).max(0)
        } else if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Some((start, step, count as usize))
    }
}

/// The checks NumPy makes on an index as a whole before it looks at any item: at most one
/// `...`, and no more axes consumed than the array has.
#[inline]
pub(crate) fn check_counts(
    consumed: usize,
    ellipses: usize,
    ndim: usize,
) -> Result<(), IndexError> {
    if ellipses > 1 {
        return Err(IndexError::MultipleEllipsis);
    }
    if consumed > ndim {
        return Err(IndexError::TooManyIndices {
            ndim,
            indexed: consumed,
        });
    }
    Ok(())
}

/// Resolves a possibly negative integer index against an axis.
#[inline]
pub(crate) fn resolve_index(i: isize, axis: usize, len: usize) -> Result<usize, IndexError> {
    // An axis length fits in isize, so neither the sum nor the comparison overflows.
    let r = if i < 0 { i + len as isize } else { i };
    if r >= 0 && (r as usize) < len {
        Ok(r as usize)
    } else {
        Err(IndexError::out_of_bounds(i as i128, axis, len))
    }
}

/// The item for an integer index given as an `i128` (the widest value any integer type
/// converts to exactly, but for `u128`s past `i128::MAX`, which are out of bounds anyway).
#[inline]
pub(crate) fn index_item(i: i128) -> Item {
    match isize::try_from(i) {
        Ok(k) => Item::Index(k),
        Err(_) => Item::Wide {
            hi: (i >> 64) as i64,
            lo: i as u64,
        },
    }
}

/// Applies a basic index to a layout, giving the layout of the result (rank `O`).
///
/// The caller guarantees, through the types, that `O::NDIM` is the input rank minus the
/// integer items plus the `None` items; errors are reported for the first bad item from the
/// left, as NumPy does.
#[inline]
pub(crate) fn apply<T, D: Dim, O: Dim>(
    ptr: NonNull<T>,
    shape: &D::Shape,
    strides: &D::Strides,
    items: &[Item],
) -> Result<RawParts<T, O>, IndexError> {
    let (shape, strides) = (shape.as_ref(), strides.as_ref());
    let ndim = D::NDIM;
    let mut consumed = 0;
    let mut ellipses = 0;
    for item in items {
        match item {
            Item::Index(_) | Item::Wide { .. } | Item::Slice(_) => consumed += 1,
            Item::Ellipsis => ellipses += 1,
            Item::NewAxis => {}
        }
    }
    check_counts(consumed, ellipses, ndim)?;

    let mut out_shape = O::shape_filled(0);
    let mut out_strides = O::strides_filled(0);
    let (osh, ost) = (out_shape.as_mut(), out_strides.as_mut());
    let (mut i, mut o) = (0usize, 0usize);
    let mut offset: isize = 0;
    let mut empty = false;
    // Axes taken whole (by `...` or after the last item) are copied one by one: there are a
    // handful, and `copy_from_slice` would call `memcpy`.
    macro_rules! keep {
        ($n:expr) => {
            for _ in 0..$n {
                osh[o] = shape[i];
                ost[o] = strides[i];
                empty |= shape[i] == 0;
                i += 1;
                o += 1;
            }
        };
    }
    for item in items {
        match *item {
            Item::Wide { hi, lo } => {
                let wide = (i128::from(hi) << 64) | i128::from(lo);
                return Err(IndexError::out_of_bounds(wide, i, shape[i]));
            }
            Item::Index(k) => {
                let r = resolve_index(k, i, shape[i])?;
                // An in-bounds position of a valid layout: the product is an element offset.
                offset += r as isize * strides[i];
                i += 1;
            }
            Item::Slice(s) => {
                // A `match` rather than `ok_or(..)?`, which builds and drops an error on
                // every call.
                let Some((start, step, count)) = s.indices(shape[i]) else {
                    return Err(IndexError::ZeroStep { axis: i });
                };
                osh[o] = count;
                // With fewer than two positions the stride is never used to move, and
                // `stride * step` could overflow for huge steps.
                ost[o] = if count > 1 {
                    strides[i] * step
                } else {
                    strides[i]
                };
                if count == 0 {
                    empty = true;
                } else {
                    offset += start * strides[i];
                }
                i += 1;
                o += 1;
            }
            Item::NewAxis => {
                osh[o] = 1;
                ost[o] = 0;
                o += 1;
            }
            Item::Ellipsis => keep!(ndim - consumed),
        }
    }
    keep!(ndim - i);
    debug_assert_eq!(o, O::NDIM);

    let ptr = if empty {
        // Nothing will be read through an empty result; keep a pointer known to be valid
        // rather than one that may point outside the allocation.
        ptr
    } else {
        // SAFETY: the result is non-empty, so `offset` is the offset of the element at the
        // first position of every item, an element of the input array.
        unsafe { ptr.offset(offset) }
    };
    Ok((ptr, out_shape, out_strides))
}

/// An integer that can index an axis or bound a slice: every primitive integer type.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as an index",
    label = "expected an integer",
    note = "an index item is an integer of any integer type, a slice `start:stop:step` of integers, `...` or `None`"
)]
pub trait IndexInt: Copy {
    /// The value, exactly (saturated at `i128::MAX` for larger `u128`s, which are out of
    /// bounds of any axis anyway).
    fn to_i128(self) -> i128;
    /// The value clamped to `isize`, for slice bounds and steps: any bound beyond the range
    /// of `isize` clamps to the same positions.
    #[inline]
    fn to_isize_clamped(self) -> isize {
        self.to_i128().clamp(isize::MIN as i128, isize::MAX as i128) as isize
    }
}

macro_rules! index_ints {
    // Types whose every value fits in `isize` (on 64-bit targets): a plain conversion, so
    // that converting a large index array is a vectorised copy.
    (exact: $($t:ty)*) => {$(
        impl IndexInt for $t {
            #[inline(always)]
            fn to_i128(self) -> i128 {
                self as i128
            }
            #[inline(always)]
            fn to_isize_clamped(self) -> isize {
                isize::try_from(self).unwrap_or(if self > 0 as $t { isize::MAX } else { isize::MIN })
            }
        }
    )*};
    (wide: $($t:ty)*) => {$(
        impl IndexInt for $t {
            #[inline(always)]
            fn to_i128(self) -> i128 {
                self as i128
            }
        }
    )*};
}

index_ints!(exact: i8 i16 i32 i64 isize u8 u16 u32 u64 usize);
index_ints!(wide: i128);

impl IndexInt for u128 {
    #[inline(always)]
    fn to_i128(self) -> i128 {
        i128::try_from(self).unwrap_or(i128::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: Option<isize>, stop: Option<isize>, step: Option<isize>) -> Slice {
        Slice { start, stop, step }
    }

    #[test]
    fn python_slice_indices() {
        // (start, step, count) against Python's slice.indices and len(range(...)).
        assert_eq!(s(Some(4), Some(1), Some(-1)).indices(5), Some((4, -1, 3)));
        assert_eq!(s(Some(1), Some(3), Some(-1)).indices(5), Some((1, -1, 0)));
        assert_eq!(s(Some(0), Some(100), None).indices(5), Some((0, 1, 5)));
        assert_eq!(s(None, None, Some(-1)).indices(5), Some((4, -1, 5)));
        assert_eq!(s(None, Some(0), None).indices(5), Some((0, 1, 0)));
        assert_eq!(
            s(None, None, Some(isize::MIN)).indices(5),
            Some((4, -isize::MAX, 1))
        );
        assert_eq!(
            s(None, None, Some(isize::MAX)).indices(5),
            Some((0, isize::MAX, 1))
        );
        assert_eq!(
            s(Some(-100), Some(-100), Some(-1)).indices(5),
            Some((-1, -1, 0))
        );
        assert_eq!(
            s(Some(isize::MIN), Some(isize::MAX), Some(2)).indices(5),
            Some((0, 2, 3))
        );
        assert_eq!(s(None, None, Some(-1)).indices(0), Some((-1, -1, 0)));
        assert_eq!(s(None, None, Some(0)).indices(3), None);
    }

    #[test]
    fn integer_indices() {
        assert_eq!(index_item(-3), Item::Index(-3));
        assert_eq!(
            index_item(i128::MIN),
            Item::Wide {
                hi: i64::MIN,
                lo: 0
            }
        );
        assert_eq!(resolve_index(-1, 0, 5), Ok(4));
        assert_eq!(resolve_index(-5, 0, 5), Ok(0));
        assert_eq!(
            resolve_index(-6, 2, 5).unwrap_err().to_string(),
            "index -6 is out of bounds for axis 2 with size 5"
        );
        assert_eq!(u128::MAX.to_i128(), i128::MAX);
        assert_eq!(u64::MAX.to_isize_clamped(), isize::MAX);
        assert_eq!(i128::MIN.to_isize_clamped(), isize::MIN);
    }
}
