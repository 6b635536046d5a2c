//! `Debug` for every array kind: the elements as nested lists, then the layout.
//!
//! `Display` is NumPy's `str()` (see `format`); `Debug` works for any `T: Debug` and shows
//! what a debugger wants: which kind of array, its shape and its strides.

use core::fmt;

use crate::View;
use crate::layout;
use crate::rank::Dim;

/// Writes `Name([[1, 2], [3, 4]], shape=[2, 2], strides=[2, 1])`.
pub(crate) fn debug_array<T: fmt::Debug, D: Dim>(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    v: View<'_, T, D>,
) -> fmt::Result {
    write!(f, "{name}(")?;
    let mut index = D::shape_filled(0);
    nested(f, &v, index.as_mut(), 0)?;
    write!(f, ", shape={:?}, strides={:?})", v.shape(), v.strides())
}

fn nested<T: fmt::Debug, D: Dim>(
    f: &mut fmt::Formatter<'_>,
    v: &View<'_, T, D>,
    index: &mut [usize],
    axis: usize,
) -> fmt::Result {
    if axis == index.len() {
        let off = layout::offset_of(index, v.strides());
        // SAFETY: `index` is in bounds (each component below its axis length), so the
        // offset addresses an element of the view, readable while `v` lives.
        let x = unsafe { &*v.as_ptr().offset(off) };
        return fmt::Debug::fmt(x, f);
    }
    f.write_str("[")?;
    for i in 0..v.shape()[axis] {
        if i > 0 {
            f.write_str(", ")?;
        }
        index[axis] = i;
        nested(f, v, index, axis + 1)?;
    }
    index[axis] = 0;
    f.write_str("]")
}
