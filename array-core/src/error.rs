//! The two error types: [`IndexError`] for indexing and assignment, [`ShapeError`] for
//! building and re-shaping arrays.
//!
//! Both keep the shapes, axis and value involved, and print them the way NumPy does, in
//! debug and release builds alike. Messages are built in `#[cold]` code so that the hot
//! paths stay lean.

use core::fmt;

/// A shape written as NumPy writes one in its messages: `(3,)`, `(2,3)`, `()`.
pub(crate) struct TupleShape<'a>(pub &'a [usize]);

impl fmt::Display for TupleShape<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for (i, n) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            write!(f, "{n}")?;
        }
        if self.0.len() == 1 {
            f.write_str(",")?;
        }
        f.write_str(")")
    }
}

/// Why an index, or an assignment through one, failed.
///
/// Returned by `try_index!` and the `try_*` methods; the panicking forms panic with the
/// same message.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(5);
/// let err = try_index!(a[5]).unwrap_err();
/// assert_eq!(err.to_string(), "index 5 is out of bounds for axis 0 with size 5");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum IndexError {
    /// An integer index outside `-size..size`.
    OutOfBounds {
        /// The index as written (before negative indices are resolved).
        index: i128,
        /// The axis it indexes.
        axis: usize,
        /// The length of that axis.
        size: usize,
    },
    /// More integers and slices than the array has axes.
    TooManyIndices {
        /// The array's rank.
        ndim: usize,
        /// How many axes the index consumes.
        indexed: usize,
    },
    /// A slice whose step is zero.
    ZeroStep {
        /// The axis the slice applies to.
        axis: usize,
    },
    /// More than one `...` in one index.
    MultipleEllipsis,
    /// An assigned value whose shape does not broadcast to the selection (`=`).
    Broadcast {
        /// The shape of the value, after its leading length-1 axes were dropped.
        from: Box<[usize]>,
        /// The shape of the selection.
        to: Box<[usize]>,
    },
    /// An array assigned to a single element (`a[i, j] = v` needs a scalar `v`).
    Sequence {
        /// The shape of the value.
        shape: Box<[usize]>,
    },
    /// A boolean mask whose shape differs from the axes it covers.
    MaskShape {
        /// The first axis where they differ.
        axis: usize,
        /// The length of that axis.
        size: usize,
        /// The mask's length there.
        mask_size: usize,
    },
    /// Integer index arrays whose shapes do not broadcast together.
    IndexBroadcast {
        /// The shapes of the index arrays (masks count as their `nonzero()` arrays).
        shapes: Box<[Box<[usize]>]>,
    },
    /// The two operands of an element-wise operation (such as a comparison building a
    /// mask) do not broadcast together.
    Operands2 {
        /// The left operand's shape.
        left: Box<[usize]>,
        /// The right operand's shape.
        right: Box<[usize]>,
    },
    /// A value that does not broadcast to the selection of an index array or mask.
    ValueShape {
        /// The value's shape.
        value: Box<[usize]>,
        /// The selection's shape.
        result: Box<[usize]>,
    },
    /// A 1-D value whose length is neither the number of true entries of a full-shape mask
    /// nor 1.
    MaskValueCount {
        /// The value's length.
        values: usize,
        /// The number of selected elements.
        count: usize,
    },
    /// A value of rank 2 or more assigned through a full-shape mask, which takes a scalar
    /// or a 1-D value.
    MaskValueRank {
        /// The value's rank.
        ndim: usize,
    },
    /// Two mutable views asked for at once (`index!(mut a[..], mut a[..])`) share an element.
    Overlap {
        /// The first index, as written.
        first: Box<str>,
        /// The second index, as written.
        second: Box<str>,
    },
    /// The result of an advanced index would be too big to hold.
    Shape(ShapeError),
    /// The operands of an in-place operation (`+=` and friends) do not broadcast together.
    Operands {
        /// The shape of the selection written to.
        target: Box<[usize]>,
        /// The shape of the value.
        value: Box<[usize]>,
    },
    /// The operands of an in-place operation broadcast to a shape other than the
    /// selection's, which cannot grow to hold it.
    Output {
        /// The shape of the selection written to.
        target: Box<[usize]>,
        /// The shape the operands broadcast to.
        broadcast: Box<[usize]>,
    },
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IndexError::OutOfBounds { index, axis, size } => {
                write!(
                    f,
                    "index {index} is out of bounds for axis {axis} with size {size}"
                )
            }
            IndexError::TooManyIndices { ndim, indexed } => write!(
                f,
                "too many indices for array: array is {ndim}-dimensional, but {indexed} were indexed"
            ),
            IndexError::ZeroStep { .. } => f.write_str("slice step cannot be zero"),
            IndexError::MultipleEllipsis => {
                f.write_str("an index can only have a single ellipsis ('...')")
            }
            IndexError::Broadcast { from, to } => write!(
                f,
                "could not broadcast input array from shape {} into shape {}",
                TupleShape(from),
                TupleShape(to)
            ),
            IndexError::Sequence { .. } => f.write_str("setting an array element with a sequence."),
            IndexError::Shape(e) => fmt::Display::fmt(e, f),
            IndexError::Overlap { first, second } => write!(
                f,
                "cannot borrow `{first}` and `{second}` mutably at once: they share elements"
            ),
            IndexError::ValueShape { value, result } => write!(
                f,
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                TupleShape(value),
                TupleShape(result)
            ),
            IndexError::MaskValueCount { values, count } => write!(
                f,
                "boolean array indexing assignment cannot assign {values} input values to the {count} output values where the mask is true"
            ),
            IndexError::MaskValueRank { ndim } => write!(
                f,
                "boolean array indexing assignment requires a 0 or 1-dimensional input, input has {ndim} dimensions"
            ),
            IndexError::Operands2 { left, right } => crate::mask::operands_message(f, left, right),
            IndexError::MaskShape {
                axis,
                size,
                mask_size,
            } => write!(
                f,
                "boolean index did not match indexed array along axis {axis}; size of axis is {size} but size of corresponding boolean axis is {mask_size}"
            ),
            IndexError::IndexBroadcast { shapes } => write!(
                f,
                "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
                crate::advanced::Shapes(shapes)
            ),
            IndexError::Operands { target, value } => write!(
                f,
                "operands could not be broadcast together with shapes {} {} {}",
                TupleShape(target),
                TupleShape(value),
                TupleShape(target)
            ),
            IndexError::Output { target, broadcast } => write!(
                f,
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                TupleShape(target),
                TupleShape(broadcast)
            ),
        }
    }
}

impl std::error::Error for IndexError {}

impl From<ShapeError> for IndexError {
    fn from(e: ShapeError) -> Self {
        IndexError::Shape(e)
    }
}

impl IndexError {
    #[cold]
    #[inline(never)]
    pub(crate) fn out_of_bounds(index: i128, axis: usize, size: usize) -> Self {
        IndexError::OutOfBounds { index, axis, size }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn broadcast(from: &[usize], to: &[usize]) -> Self {
        IndexError::Broadcast {
            from: from.into(),
            to: to.into(),
        }
    }
}

/// Why an array could not be built or re-shaped.
///
/// ```
/// use typed_array::prelude::*;
/// let err = Owned::from_shape_vec([2, 3], vec![1, 2, 3]).unwrap_err();
/// assert_eq!(err.to_string(), "cannot reshape array of size 3 into shape (2,3)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ShapeError {
    /// The number of elements does not match the shape.
    SizeMismatch {
        /// The number of elements available.
        size: usize,
        /// The shape asked for.
        shape: Box<[usize]>,
    },
    /// The shape's element count (or its size in bytes) does not fit in `isize`.
    Overflow {
        /// The shape asked for.
        shape: Box<[usize]>,
    },
    /// Two shapes that do not broadcast together.
    Broadcast {
        /// The first shape.
        from: Box<[usize]>,
        /// The shape it was to be broadcast to.
        to: Box<[usize]>,
    },
    /// An axis argument outside `-ndim..ndim`.
    AxisOutOfBounds {
        /// The axis as given.
        axis: isize,
        /// The array's rank.
        ndim: usize,
    },
    /// More than one [`INFER`](crate::INFER) length in a reshape.
    TwoUnknown,
    /// `squeeze_axis` on an axis whose length is not 1.
    NotLengthOne {
        /// The axis.
        axis: usize,
        /// The array's shape.
        shape: Box<[usize]>,
    },
    /// A reshape that cannot be a view of the same elements (NumPy's `copy=False` error).
    NeedsCopy {
        /// The array's shape.
        from: Box<[usize]>,
        /// The shape asked for.
        to: Box<[usize]>,
    },
    /// `permute_axes` was given something other than a permutation of `0..ndim`.
    NotAPermutation {
        /// The axes as given.
        axes: Box<[usize]>,
    },
    /// The operands of an element-wise operation do not broadcast together.
    Operands {
        /// The left operand's shape.
        left: Box<[usize]>,
        /// The right operand's shape.
        right: Box<[usize]>,
    },
    /// A reduction without an identity (`min`, `argmax`, ...) over an empty axis.
    EmptyReduction {
        /// The reduction, in NumPy's words: `"minimum"`, `"maximum"`, `"argmin"`, `"argmax"`.
        operation: &'static str,
    },
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeError::SizeMismatch { size, shape } => {
                write!(f, "cannot reshape array of size {size} into shape (")?;
                // An inferred length that could not be inferred reads as NumPy writes it.
                for (i, &d) in shape.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    if d == crate::INFER {
                        f.write_str("newaxis")?;
                    } else {
                        write!(f, "{d}")?;
                    }
                }
                f.write_str(if shape.len() == 1 { ",)" } else { ")" })
            }
            ShapeError::Overflow { shape } => write!(
                f,
                "array is too big: shape {} has more elements or bytes than fit in isize",
                TupleShape(shape)
            ),
            ShapeError::Broadcast { from, to } => write!(
                f,
                "cannot broadcast array from shape {} to shape {}",
                TupleShape(from),
                TupleShape(to)
            ),
            ShapeError::TwoUnknown => f.write_str("can only specify one unknown dimension"),
            ShapeError::NotLengthOne { axis, shape } => write!(
                f,
                "cannot select an axis to squeeze out which has size not equal to one: axis {axis} of shape {}",
                TupleShape(shape)
            ),
            ShapeError::NeedsCopy { from, to } => write!(
                f,
                "cannot reshape array of shape {} into shape {} without copying: its memory layout allows no such view; `to_shape` copies when it must",
                TupleShape(from),
                TupleShape(to)
            ),
            ShapeError::AxisOutOfBounds { axis, ndim } => write!(
                f,
                "axis {axis} is out of bounds for array of dimension {ndim}"
            ),
            ShapeError::NotAPermutation { axes } => {
                write!(f, "repeated axis in transpose: axes {axes:?}")
            }
            ShapeError::Operands { left, right } => crate::mask::operands_message(f, left, right),
            ShapeError::EmptyReduction { operation } => {
                if operation.starts_with("arg") {
                    write!(f, "attempt to get {operation} of an empty sequence")
                } else {
                    write!(
                        f,
                        "zero-size array to reduction operation {operation} which has no identity"
                    )
                }
            }
        }
    }
}

impl std::error::Error for ShapeError {}

impl ShapeError {
    #[cold]
    #[inline(never)]
    pub(crate) fn size_mismatch(size: usize, shape: &[usize]) -> Self {
        ShapeError::SizeMismatch {
            size,
            shape: shape.into(),
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn operands(left: &[usize], right: &[usize]) -> Self {
        ShapeError::Operands {
            left: left.into(),
            right: right.into(),
        }
    }

    #[cold]
    #[inline(never)]
    pub(crate) fn overflow(shape: &[usize]) -> Self {
        ShapeError::Overflow {
            shape: shape.into(),
        }
    }
}

/// Panics with an error's message. Kept out of line so callers stay small.
#[cold]
#[inline(never)]
#[track_caller]
pub(crate) fn fail(err: impl fmt::Display) -> ! {
    panic!("{err}")
}

/// `Result::unwrap` with the error's message and the caller's location (a closure passed
/// to `unwrap_or_else` would report its own location instead).
pub(crate) trait OrFail<T> {
    /// The value, or a panic with the error's message at the caller's location.
    fn or_fail(self) -> T;
}

impl<T, E: fmt::Display> OrFail<T> for Result<T, E> {
    #[inline]
    #[track_caller]
    fn or_fail(self) -> T {
        match self {
            Ok(v) => v,
            Err(e) => fail(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tuple_shapes_print_like_python() {
        assert_eq!(TupleShape(&[]).to_string(), "()");
        assert_eq!(TupleShape(&[3]).to_string(), "(3,)");
        assert_eq!(TupleShape(&[2, 3]).to_string(), "(2,3)");
    }

    #[test]
    fn messages_use_numpy_words() {
        assert_eq!(
            IndexError::out_of_bounds(-6, 1, 5).to_string(),
            "index -6 is out of bounds for axis 1 with size 5"
        );
        assert_eq!(
            IndexError::TooManyIndices {
                ndim: 2,
                indexed: 3
            }
            .to_string(),
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
        assert_eq!(
            IndexError::broadcast(&[3], &[2]).to_string(),
            "could not broadcast input array from shape (3,) into shape (2,)"
        );
    }
}
