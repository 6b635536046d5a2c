//! Shapes and strides: element counts, C-order strides, contiguity, and the offset arithmetic
//! every array kind shares.
//!
//! Strides are in elements and may be negative or zero. All arithmetic that could overflow is
//! checked where a shape enters the crate (construction), so that the offsets computed later
//! from a valid layout always fit in `isize`.

use crate::error::ShapeError;
use crate::rank::Dim;

/// The number of elements of `shape`, or an error if it (or its size in bytes for `T`) does
/// not fit in `isize`.
pub(crate) fn checked_size<T>(shape: &[usize]) -> Result<usize, ShapeError> {
    let mut n: usize = 1;
    for &d in shape {
        n = n
            .checked_mul(d)
            .ok_or_else(|| ShapeError::overflow(shape))?;
    }
    // An allocation (and every offset into it) must fit in isize bytes. With a zero-length
    // axis the count is 0 whatever the other axes are, but those still must not overflow
    // the stride computation, so check the product of the non-zero axes too.
    let mut nonzero: usize = 1;
    for &d in shape {
        nonzero = nonzero
            .checked_mul(d.max(1))
            .ok_or_else(|| ShapeError::overflow(shape))?;
    }
    let bytes = nonzero.checked_mul(size_of::<T>().max(1));
    match bytes {
        Some(b) if b <= isize::MAX as usize => Ok(n),
        _ => Err(ShapeError::overflow(shape)),
    }
}

/// Checks that `len` elements of `T` fill `shape` exactly (and that the shape is valid),
/// returning the C-order strides that lay them out.
pub(crate) fn c_layout_for<T, D: Dim>(
    shape: &D::Shape,
    len: usize,
) -> Result<D::Strides, ShapeError> {
    let n = checked_size::<T>(shape.as_ref())?;
    if n != len {
        return Err(ShapeError::size_mismatch(len, shape.as_ref()));
    }
    Ok(c_strides::<D>(shape))
}

/// The length to infer in a reshape's shape, like NumPy's `-1`: `a.reshape([3, INFER])`.
///
/// At most one axis may be `INFER`; its length is what makes the element count match.
/// Only the re-shaping methods (`reshape`, `reshape_mut`, `to_shape`, `into_shape`)
/// understand it; elsewhere it is just a (far too large) length.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(12);
/// assert_eq!(a.reshape([INFER, 4]).unwrap().shape(), &[3, 4]);
/// assert_eq!(a.into_shape([2, INFER, 2]).unwrap().shape(), &[2, 3, 2]);
/// ```
pub const INFER: usize = usize::MAX;

/// Replaces an [`INFER`] length by the one that gives `len` elements, as NumPy does for
/// `-1`.
pub(crate) fn infer_shape<D: Dim>(mut shape: D::Shape, len: usize) -> Result<D::Shape, ShapeError> {
    let dims = shape.as_mut();
    let mut unknown = None;
    for (k, &d) in dims.iter().enumerate() {
        if d == INFER {
            if unknown.is_some() {
                return Err(ShapeError::TwoUnknown);
            }
            unknown = Some(k);
        }
    }
    let Some(k) = unknown else {
        return Ok(shape);
    };
    let known: usize = dims
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != k)
        .map(|(_, &d)| d)
        .try_fold(1usize, |acc, d| acc.checked_mul(d))
        .ok_or_else(|| ShapeError::overflow(dims))?;
    if known == 0 || !len.is_multiple_of(known) {
        // NumPy reports the shape with -1 left in; `INFER` prints as its value here.
        return Err(ShapeError::size_mismatch(len, dims));
    }
    dims[k] = len / known;
    Ok(shape)
}

/// The number of elements of a shape already known to be valid.
#[inline]
pub(crate) fn size_of_shape(shape: &[usize]) -> usize {
    shape.iter().product()
}

/// C-order (row-major) strides for a shape already checked by [`checked_size`].
#[inline]
pub(crate) fn c_strides<D: Dim>(shape: &D::Shape) -> D::Strides {
    let mut strides = D::strides_filled(0);
    let mut acc: isize = 1;
    let s = strides.as_mut();
    for (i, &d) in shape.as_ref().iter().enumerate().rev() {
        s[i] = acc;
        // Cannot overflow: the product of the non-zero axes fits in isize (checked_size).
        acc *= d.max(1) as isize;
    }
    strides
}

/// True when the elements lie in C order with no gaps (length-1 axes may have any stride).
pub(crate) fn is_c_contiguous(shape: &[usize], strides: &[isize]) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expected: isize = 1;
    for (&d, &s) in shape.iter().zip(strides).rev() {
        if d != 1 {
            if s != expected {
                return false;
            }
            expected *= d as isize;
        }
    }
    true
}

/// True when the elements lie in Fortran order with no gaps.
pub(crate) fn is_f_contiguous(shape: &[usize], strides: &[isize]) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let mut expected: isize = 1;
    for (&d, &s) in shape.iter().zip(strides) {
        if d != 1 {
            if s != expected {
                return false;
            }
            expected *= d as isize;
        }
    }
    true
}

/// The offset, in elements, of the element at `index`. The index must be in bounds.
#[inline]
pub(crate) fn offset_of(index: &[usize], strides: &[isize]) -> isize {
    index
        .iter()
        .zip(strides)
        .map(|(&i, &s)| i as isize * s)
        .sum()
}

/// Advances a C-order multi-index; returns false after the last index.
#[inline]
pub(crate) fn next_index(index: &mut [usize], shape: &[usize]) -> bool {
    for i in (0..index.len()).rev() {
        index[i] += 1;
        if index[i] < shape[i] {
            return true;
        }
        index[i] = 0;
    }
    false
}

/// Resolves a possibly negative axis argument against a rank, NumPy-style.
pub(crate) fn resolve_axis(axis: isize, ndim: usize) -> Result<usize, ShapeError> {
    let n = ndim as isize;
    let a = if axis < 0 { axis + n } else { axis };
    if (0..n).contains(&a) {
        Ok(a as usize)
    } else {
        Err(ShapeError::AxisOutOfBounds { axis, ndim })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rank::{U0, U3};

    #[test]
    fn sizes_and_strides() {
        assert_eq!(checked_size::<f64>(&[2, 3, 4]).unwrap(), 24);
        assert_eq!(checked_size::<f64>(&[]).unwrap(), 1);
        assert_eq!(
            checked_size::<f64>(&[0, usize::MAX])
                .unwrap_err()
                .to_string(),
            "array is too big: shape (0,18446744073709551615) has more elements or bytes than fit in isize"
        );
        assert!(checked_size::<u8>(&[1 << 32, 1 << 32]).is_err());
        assert!(checked_size::<u64>(&[1 << 61]).is_err());
        assert_eq!(c_strides::<U3>(&[2, 3, 4]), [12, 4, 1]);
        assert_eq!(c_strides::<U3>(&[2, 0, 4]), [4, 4, 1]);
        assert_eq!(c_strides::<U0>(&[]), []);
    }

    #[test]
    fn contiguity() {
        assert!(is_c_contiguous(&[2, 3], &[3, 1]));
        assert!(!is_c_contiguous(&[2, 3], &[1, 2]));
        assert!(is_f_contiguous(&[2, 3], &[1, 2]));
        assert!(is_c_contiguous(&[1, 3], &[99, 1]));
        assert!(is_c_contiguous(&[0, 3], &[-5, 7]));
        assert!(!is_c_contiguous(&[3], &[-1]));
    }

    #[test]
    fn axes() {
        assert_eq!(resolve_axis(-1, 3).unwrap(), 2);
        assert_eq!(
            resolve_axis(3, 3).unwrap_err().to_string(),
            "axis 3 is out of bounds for array of dimension 3"
        );
    }
}
