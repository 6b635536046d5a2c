//! Reading and writing NumPy `.npy` files (cargo feature `npy`).
//!
//! [`read_npy`] reads a file into an [`Owned`] array whose element type and rank are given
//! by the caller and checked against the file's header; [`write_npy`] writes any array kind.
//! [`Owned::load_npy`] and the `save_npy` methods do the same with a path, as NumPy's
//! `np.load` and `np.save` do.
//!
//! ```
//! use typed_array::npy::{read_npy, write_npy};
//! use typed_array::prelude::*;
//!
//! let a = array![[1.5, 2.0, -3.0], [4.0, 5.0, 6.25]];
//! let mut file = Vec::new();
//! write_npy(&a, &mut file).unwrap();
//! let b: Owned<f64, U2> = read_npy(&file[..]).unwrap();
//! assert_eq!(b, a);
//! ```
//!
//! # Element types
//!
//! | Rust | dtype written | dtypes read |
//! |---|---|---|
//! | `bool` | `'\|b1'` | the same, or with `<` or `>` |
//! | `i8`, `u8` | `'\|i1'`, `'\|u1'` | the same, or with `<` or `>` |
//! | `i16`, `i32`, `i64` | `'<i2'`, `'<i4'`, `'<i8'` | `'<iN'` or `'>iN'` of the same size |
//! | `u16`, `u32`, `u64` | `'<u2'`, `'<u4'`, `'<u8'` | `'<uN'` or `'>uN'` of the same size |
//! | `f32`, `f64` | `'<f4'`, `'<f8'` | `'<fN'` or `'>fN'` of the same size |
//!
//! A file's dtype must be exactly the element type's kind and size: an `'<i4'` file does
//! not read as `i64`, nor a `'|b1'` file as `u8`. Files are written little-endian (what
//! NumPy writes on every common machine); big-endian files are read and converted. A
//! `bool` stored as a byte other than 0 or 1 reads as `true`, as NumPy treats it.
//!
//! # Layout
//!
//! A file in Fortran order (`fortran_order: True`) is read into C order, which costs one
//! copy of the elements, since an [`Owned`] is always C-contiguous. When writing, an array
//! that is Fortran-contiguous but not C-contiguous (the transpose of an `Owned`, say) is
//! written in Fortran order with its elements as they lie in memory, as `np.save` does;
//! every other array, strided views included, is written in C order.
//!
//! # Format
//!
//! The header's dictionary is parsed by the `npyz` crate (format versions 1.0 to 3.0).
//! Files are written in version 1.0 with the header `np.save` writes, byte for byte: for a
//! C-order little-endian array the file is the one NumPy would write. Elements are read and
//! written in blocks, straight from and to the reader and writer, which need no buffering.

use std::error;
use std::fmt::{self, Write as _};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use npyz::{DType, Endianness, NpyHeader, Order, TypeStr};

use crate::error::{ShapeError, TupleShape};
use crate::layout;
use crate::rank::Dim;
use crate::{CowArray, Owned, View, ViewMut};

/// An element type that `.npy` files can hold: `bool`, `i8` to `i64`, `u8` to `u64`, `f32`
/// and `f64`.
///
/// This trait is sealed: the set of types is fixed by this crate.
///
/// ```
/// use typed_array::npy::NpyElement;
/// assert_eq!(f64::DESCR, "<f8");
/// assert_eq!(bool::DESCR, "|b1");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be the element type of a `.npy` file",
    label = "not a `.npy` element type",
    note = "the element types of `.npy` files are `bool`, `i8` to `i64`, `u8` to `u64`, `f32` and `f64`"
)]
pub trait NpyElement: Copy + private::Sealed {
    /// The dtype this type is written as, in NumPy's type-string notation (`'<f8'` in a
    /// header is `"<f8"` here).
    const DESCR: &'static str;
}

mod private {
    /// How the elements are stored, kept out of the public API.
    pub trait Sealed: Sized {
        /// Appends the elements that `bytes` (whole elements) encode.
        fn decode(bytes: &[u8], big_endian: bool, out: &mut Vec<Self>);
        /// Appends the element's bytes, little-endian.
        fn encode(&self, out: &mut Vec<u8>);
    }
}

macro_rules! numbers {
    ($($t:ty => $descr:literal,)*) => {$(
        impl private::Sealed for $t {
            #[inline]
            fn decode(bytes: &[u8], big_endian: bool, out: &mut Vec<Self>) {
                let chunks = bytes.chunks_exact(size_of::<$t>());
                // `chunks_exact` gives slices of exactly the element's size.
                let array = |c: &[u8]| c.try_into().unwrap();
                if big_endian {
                    out.extend(chunks.map(|c| <$t>::from_be_bytes(array(c))));
                } else {
                    out.extend(chunks.map(|c| <$t>::from_le_bytes(array(c))));
                }
            }
            #[inline]
            fn encode(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(&self.to_le_bytes());
            }
        }
        impl NpyElement for $t {
            const DESCR: &'static str = $descr;
        }
    )*};
}

impl private::Sealed for bool {
    #[inline]
    fn decode(bytes: &[u8], _: bool, out: &mut Vec<Self>) {
        out.extend(bytes.iter().map(|&b| b != 0));
    }
    #[inline]
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
}

impl NpyElement for bool {
    const DESCR: &'static str = "|b1";
}

numbers! {
    i8 => "|i1",
    i16 => "<i2",
    i32 => "<i4",
    i64 => "<i8",
    u8 => "|u1",
    u16 => "<u2",
    u32 => "<u4",
    u64 => "<u8",
    f32 => "<f4",
    f64 => "<f8",
}

/// The type string of `T`'s dtype.
fn type_str<T: NpyElement>() -> TypeStr {
    T::DESCR
        .parse()
        .expect("every `NpyElement::DESCR` is a valid type string")
}

/// Why a `.npy` file could not be read or written.
///
/// ```
/// use typed_array::npy::{NpyError, read_npy, write_npy};
/// use typed_array::prelude::*;
///
/// let mut file = Vec::new();
/// write_npy(&array![1i32, 2, 3], &mut file).unwrap();
///
/// let err = read_npy::<f64, U1>(&file[..]).unwrap_err();
/// assert!(matches!(err, NpyError::Dtype { .. }));
/// assert_eq!(
///     err.to_string(),
///     "expected an array of `f64` (dtype '<f8') but the file holds '<i4'"
/// );
///
/// let err = read_npy::<i32, U2>(&file[..]).unwrap_err();
/// assert_eq!(err.to_string(), "expected rank 2 but the file's shape is (3,)");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum NpyError {
    /// Reading or writing failed (including opening or creating the file).
    Io(io::Error),
    /// The input is not a `.npy` file, or its header or data is malformed.
    Format {
        /// What is wrong, in `npyz`'s words where the header parser found it.
        message: Box<str>,
    },
    /// The file's dtype is not the requested element type.
    Dtype {
        /// The requested element type, as Rust names it (`"f64"`).
        expected: &'static str,
        /// Its dtype (`"<f8"`).
        expected_descr: &'static str,
        /// The file's dtype, as its header writes it (`"'<i4'"`, or a list for a
        /// structured dtype).
        found: Box<str>,
    },
    /// The file's array does not have the requested rank.
    Rank {
        /// The requested rank.
        expected: usize,
        /// The file's shape.
        shape: Box<[usize]>,
    },
    /// The input ends before the last element.
    Truncated {
        /// The number of elements of the file's shape.
        expected: usize,
        /// The number of whole elements present.
        found: usize,
    },
    /// The file's shape is too big to hold ([`ShapeError::Overflow`]).
    Shape(ShapeError),
}

impl fmt::Display for NpyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NpyError::Io(e) => fmt::Display::fmt(e, f),
            NpyError::Format { message } => write!(f, "not a valid `.npy` file: {message}"),
            NpyError::Dtype {
                expected,
                expected_descr,
                found,
            } => write!(
                f,
                "expected an array of `{expected}` (dtype '{expected_descr}') but the file holds {found}"
            ),
            NpyError::Rank { expected, shape } => write!(
                f,
                "expected rank {expected} but the file's shape is {}",
                TupleShape(shape)
            ),
            NpyError::Truncated { expected, found } => write!(
                f,
                "the file is truncated: it holds {found} of the array's {expected} elements"
            ),
            NpyError::Shape(e) => fmt::Display::fmt(e, f),
        }
    }
}

// The wrapped errors are part of the message already, so `source` does not repeat them.
impl error::Error for NpyError {}

impl From<io::Error> for NpyError {
    fn from(e: io::Error) -> Self {
        NpyError::Io(e)
    }
}

impl From<ShapeError> for NpyError {
    fn from(e: ShapeError) -> Self {
        NpyError::Shape(e)
    }
}

impl NpyError {
    #[cold]
    #[inline(never)]
    fn format(message: impl fmt::Display) -> Self {
        NpyError::Format {
            message: message.to_string().into(),
        }
    }

    #[cold]
    #[inline(never)]
    fn dtype<T: NpyElement>(found: &DType) -> Self {
        NpyError::Dtype {
            expected: core::any::type_name::<T>(),
            expected_descr: T::DESCR,
            found: found.descr().into(),
        }
    }
}

/// Reads an array from a `.npy` file, checking that the file holds elements of type `T` in
/// an array of rank `D`.
///
/// Exactly the file's bytes are consumed (the header, then the elements in large blocks),
/// so several arrays written one after the other into one stream read back one call at a
/// time. No buffering is needed around the reader. A file in Fortran order is copied into
/// C order.
///
/// # Errors
///
/// - [`NpyError::Format`] when the input is not a `.npy` file or its header is malformed;
/// - [`NpyError::Dtype`] when its dtype is not `T`'s (see the [module](self) table);
/// - [`NpyError::Rank`] when its rank is not `D`'s;
/// - [`NpyError::Shape`] when its shape has more elements or bytes than fit in `isize`;
/// - [`NpyError::Truncated`] when the input ends before the last element;
/// - [`NpyError::Io`] when the reader fails.
///
/// ```
/// use typed_array::npy::{read_npy, write_npy};
/// use typed_array::prelude::*;
///
/// let a = Owned::<u16, U1>::arange(6).into_shape([2, 3]).unwrap();
/// let mut file = Vec::new();
/// write_npy(a.t(), &mut file).unwrap(); // a Fortran-order file of shape (3, 2)
/// let b: Owned<u16, U2> = read_npy(&file[..]).unwrap();
/// assert_eq!(b, array![[0u16, 3], [1, 4], [2, 5]]);
/// assert!(b.is_c_contiguous());
/// ```
pub fn read_npy<T: NpyElement, D: Dim>(mut reader: impl Read) -> Result<Owned<T, D>, NpyError> {
    let header = read_header(&mut reader)?;
    let dtype = header.dtype();
    let expected = type_str::<T>();
    let big_endian = match &dtype {
        DType::Plain(ts)
            if ts.type_char() == expected.type_char()
                && ts.size_field() == expected.size_field() =>
        {
            ts.endianness() == Endianness::Big
        }
        _ => return Err(NpyError::dtype::<T>(&dtype)),
    };

    let file_shape = header
        .shape()
        .iter()
        .map(|&d| usize::try_from(d))
        .collect::<Result<Vec<usize>, _>>()
        .map_err(|_| {
            let saturated: Vec<usize> = header
                .shape()
                .iter()
                .map(|&d| usize::try_from(d).unwrap_or(usize::MAX))
                .collect();
            ShapeError::overflow(&saturated)
        })?;
    if file_shape.len() != D::NDIM {
        return Err(NpyError::Rank {
            expected: D::NDIM,
            shape: file_shape.into(),
        });
    }
    let n = layout::checked_size::<T>(&file_shape)?;
    let data = read_elements::<T>(&mut reader, n, big_endian)?;

    let mut shape = D::shape_filled(0);
    shape.as_mut().copy_from_slice(&file_shape);
    if header.order() == Order::Fortran && D::NDIM > 1 {
        // Fortran-order elements of shape (a, b, c) are the C-order elements of shape
        // (c, b, a): read them so, and copy the transpose.
        shape.as_mut().reverse();
        let reversed = Owned::<T, D>::from_shape_array(shape, data)?;
        Ok(reversed.view().t().to_owned())
    } else {
        Ok(Owned::from_shape_array(shape, data)?)
    }
}

/// The longest header accepted, in bytes. A header is a short dictionary (NumPy's own
/// `np.load` refuses more than 10 000 bytes by default); the limit keeps a damaged or
/// hostile length field from claiming gigabytes.
const MAX_HEADER: usize = 1 << 16;

/// The magic string every `.npy` file starts with.
const MAGIC: &[u8; 6] = b"\x93NUMPY";

/// Reads the header: the magic string, the version and the header's length are checked
/// here, then the whole header is handed to npyz, which parses the dictionary.
fn read_header(reader: &mut impl Read) -> Result<NpyHeader, NpyError> {
    let ends_early = || NpyError::format("the input ends inside the header");
    let mut bytes = vec![0u8; 12];
    let got = fill(reader, &mut bytes[..8])?;
    if bytes[..got.min(6)] != MAGIC[..got.min(6)] {
        return Err(NpyError::format(
            "the input does not start with the magic string `\\x93NUMPY`",
        ));
    }
    if got < 8 {
        return Err(ends_early());
    }
    // Versions 2.0 and 3.0 have a 4-byte length, for headers of 64 KiB and more.
    let prefix = match (bytes[6], bytes[7]) {
        (1, 0) => 10,
        (2 | 3, 0) => 12,
        (major, minor) => {
            return Err(NpyError::format(format_args!(
                "format version {major}.{minor} is not supported (only 1.0, 2.0 and 3.0 are)"
            )));
        }
    };
    if fill(reader, &mut bytes[8..prefix])? < prefix - 8 {
        return Err(ends_early());
    }
    let mut len = [0u8; 4];
    len[..prefix - 8].copy_from_slice(&bytes[8..prefix]);
    let len = u32::from_le_bytes(len) as usize;
    if len > MAX_HEADER {
        return Err(NpyError::format(format_args!(
            "the header claims {len} bytes, more than the {MAX_HEADER} accepted"
        )));
    }
    bytes.resize(prefix + len, 0);
    if fill(reader, &mut bytes[prefix..])? < len {
        return Err(ends_early());
    }
    check_tuples(&bytes[prefix..])?;
    // The slice holds the whole header, so npyz can fail only on malformed contents.
    NpyHeader::from_reader(&bytes[..]).map_err(NpyError::format)
}

/// Rejects a header holding a tuple or list of integers (the shape, as every writer
/// spells it: `(2, 3)`) whose product overflows `u64`, before npyz multiplies them: npyz
/// 0.8 computes that product unchecked, which panics in builds with overflow checks.
fn check_tuples(header: &[u8]) -> Result<(), ShapeError> {
    let mut rest = header;
    while let Some(open) = rest.iter().position(|&b| b == b'(' || b == b'[') {
        rest = &rest[open + 1..];
        let end = rest
            .iter()
            .position(|&b| !(b.is_ascii_digit() || b == b',' || b == b' '))
            .unwrap_or(rest.len());
        if !matches!(rest.get(end), Some(b')' | b']')) {
            continue;
        }
        // Only digits, commas and spaces: each piece is a decimal integer or empty.
        let dims: Vec<u64> = rest[..end]
            .split(|&b| b == b',')
            .map(|d| d.trim_ascii())
            .filter(|d| !d.is_empty())
            .map(|d| {
                d.iter().try_fold(0u64, |n, &c| {
                    n.checked_mul(10)?.checked_add(u64::from(c - b'0'))
                })
            })
            .collect::<Option<_>>()
            // A length beyond u64 is npyz's error to report.
            .unwrap_or_default();
        if dims
            .iter()
            .try_fold(1u64, |p, &d| p.checked_mul(d))
            .is_none()
        {
            let shape: Vec<usize> = dims
                .iter()
                .map(|&d| usize::try_from(d).unwrap_or(usize::MAX))
                .collect();
            return Err(ShapeError::overflow(&shape));
        }
    }
    Ok(())
}

/// The bytes read or written at a time.
const BLOCK: usize = 64 << 10;

/// The room, in bytes, reserved for the elements when the header claims more than can be
/// allocated; the array then grows as elements arrive.
const FALLBACK_RESERVE: usize = 64 << 20;

/// Reads and decodes `n` elements of `T`.
fn read_elements<T: NpyElement>(
    reader: &mut impl Read,
    n: usize,
    big_endian: bool,
) -> Result<Vec<T>, NpyError> {
    let size = size_of::<T>();
    // The whole array is allocated up front (advised huge pages when large, which makes
    // reading several times faster than growing). A failed allocation aborts the process,
    // so first try one that may fail: a header claiming more than memory can hold then
    // ends as `Truncated` (or as a genuine lack of memory once that much data arrives).
    let fits = Vec::<T>::new().try_reserve_exact(n).is_ok();
    let mut data = crate::alloc::vec_with_capacity(if fits { n } else { FALLBACK_RESERVE / size });
    let mut block = vec![0u8; n.saturating_mul(size).clamp(size, BLOCK)];
    while data.len() < n {
        let want = ((n - data.len()) * size).min(block.len());
        let got = fill(reader, &mut block[..want])?;
        T::decode(&block[..got - got % size], big_endian, &mut data);
        if got < want {
            return Err(NpyError::Truncated {
                expected: n,
                found: data.len(),
            });
        }
    }
    Ok(data)
}

/// Reads until `buf` is full or the input ends; returns the number of bytes read.
fn fill(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Writes an array as a `.npy` file.
///
/// Takes any array kind: a [`View`], or a reference to an [`Owned`], [`ViewMut`] or
/// [`CowArray`]. The elements go out in C order, except for an array that is
/// Fortran-contiguous and not C-contiguous, which is written in Fortran order straight from
/// memory (as `np.save` does). The dtype is little-endian (see the [module](self) table).
/// The writer gets the header and then blocks of 64 KiB, and is flushed at the end.
///
/// # Errors
///
/// [`NpyError::Io`] when the writer fails.
///
/// ```
/// use typed_array::npy::{read_npy, write_npy};
/// use typed_array::prelude::*;
///
/// let a = Owned::<i64, U1>::arange(12).into_shape([3, 4]).unwrap();
/// let mut file = Vec::new();
/// write_npy(index!(a[::2, ::-1]), &mut file).unwrap(); // a strided view: C order
/// let b: Owned<i64, U2> = read_npy(&file[..]).unwrap();
/// assert_eq!(b, array![[3i64, 2, 1, 0], [11, 10, 9, 8]]);
/// ```
pub fn write_npy<'a, T: NpyElement + 'a, D: Dim>(
    array: impl Into<View<'a, T, D>>,
    mut writer: impl Write,
) -> Result<(), NpyError> {
    let array = array.into();
    let fortran = !array.is_c_contiguous() && array.is_f_contiguous();
    writer.write_all(&header_bytes(T::DESCR, fortran, array.shape()))?;

    let in_memory_order = if fortran { array.t() } else { array };
    let mut block = Vec::with_capacity(BLOCK + size_of::<T>());
    let mut status = Ok(());
    let mut push = |x: &T| {
        if status.is_err() {
            return;
        }
        x.encode(&mut block);
        if block.len() >= BLOCK {
            status = writer.write_all(&block);
            block.clear();
        }
    };
    match in_memory_order.as_slice() {
        Some(elements) => elements.iter().for_each(&mut push),
        None => in_memory_order.iter().for_each(&mut push),
    }
    status?;
    writer.write_all(&block)?;
    writer.flush()?;
    Ok(())
}

/// The header `np.save` writes (format version 1.0).
fn header_bytes(descr: &str, fortran: bool, shape: &[usize]) -> Vec<u8> {
    let mut dict = format!(
        "{{'descr': '{descr}', 'fortran_order': {}, 'shape': (",
        if fortran { "True" } else { "False" }
    );
    for (k, d) in shape.iter().enumerate() {
        let sep = if k == 0 { "" } else { ", " };
        // Writing to a `String` cannot fail.
        let _ = write!(dict, "{sep}{d}");
    }
    dict.push_str(if shape.len() == 1 { ",), }" } else { "), }" });
    // NumPy leaves room for the length of the axis that grows when data is appended (the
    // first in C order, the last in Fortran order) to reach 21 digits in place...
    if let Some(growth) = if fortran { shape.last() } else { shape.first() } {
        let digits = growth.checked_ilog10().unwrap_or(0) as usize + 1;
        dict.extend(core::iter::repeat_n(' ', 21usize.saturating_sub(digits)));
    }
    // ... then pads with spaces and a newline so that the data starts at a multiple of 64
    // bytes (with at least one space).
    let unpadded = MAGIC.len() + 4 + dict.len() + 1;
    dict.extend(core::iter::repeat_n(' ', 64 - unpadded % 64));
    dict.push('\n');
    // At most 32 axes of at most 20 digits: the length always fits in the u16 of version 1.0.
    let len = u16::try_from(dict.len()).expect("a header shorter than 64 KiB");
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + dict.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[1, 0]);
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(dict.as_bytes());
    out
}

/// `error` with the path it concerns, keeping its kind.
#[cold]
#[inline(never)]
fn with_path(e: io::Error, path: &Path) -> NpyError {
    NpyError::Io(io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

impl<T: NpyElement, D: Dim> Owned<T, D> {
    /// Reads the `.npy` file at `path` (NumPy's `np.load`); see [`read_npy`].
    ///
    /// # Errors
    ///
    /// As [`read_npy`]; an [`NpyError::Io`] from opening the file names the path.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// let path = std::env::temp_dir().join(format!("load_npy_{}.npy", std::process::id()));
    /// array![[1u8, 2], [3, 4]].save_npy(&path)?;
    /// let a = Owned::<u8, U2>::load_npy(&path)?;
    /// assert_eq!(a, array![[1u8, 2], [3, 4]]);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn load_npy(path: impl AsRef<Path>) -> Result<Self, NpyError> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|e| with_path(e, path))?;
        read_npy(file)
    }
}

macro_rules! save_npy {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)* T: NpyElement, D: Dim> $ty {
            /// Writes the array to a `.npy` file at `path`, replacing any file there
            /// (NumPy's `np.save`); see [`write_npy`].
            ///
            /// # Errors
            ///
            /// [`NpyError::Io`] when the file cannot be created or written; one from
            /// creating the file names the path.
            ///
            /// ```
            /// use typed_array::prelude::*;
            /// let name = format!("save_npy_{}.npy", std::process::id());
            /// let path = std::env::temp_dir().join(name);
            /// let a = array![[1.0, 2.0], [3.0, 4.0]];
            /// a.t().save_npy(&path)?; // in Fortran order, as `np.save(path, a.T)` writes it
            /// assert_eq!(Owned::<f64, U2>::load_npy(&path)?, array![[1.0, 3.0], [2.0, 4.0]]);
            /// # std::fs::remove_file(&path)?;
            /// # Ok::<(), Box<dyn std::error::Error>>(())
            /// ```
            pub fn save_npy(&self, path: impl AsRef<Path>) -> Result<(), NpyError> {
                let path = path.as_ref();
                let file = File::create(path).map_err(|e| with_path(e, path))?;
                write_npy(self.view(), file)
            }
        }
    )*};
}

save_npy! {
    [] Owned<T, D>;
    ['a,] View<'a, T, D>;
    ['a,] ViewMut<'a, T, D>;
    ['a,] CowArray<'a, T, D>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rank::{U0, U1};

    #[test]
    fn every_descr_parses_to_its_type() {
        fn check<T: NpyElement>() {
            let ts = type_str::<T>();
            assert_eq!(ts.to_string(), T::DESCR);
            assert_eq!(ts.num_bytes(), Some(size_of::<T>()));
        }
        check::<bool>();
        check::<i8>();
        check::<i16>();
        check::<i32>();
        check::<i64>();
        check::<u8>();
        check::<u16>();
        check::<u32>();
        check::<u64>();
        check::<f32>();
        check::<f64>();
    }

    #[test]
    fn reads_stop_at_the_last_element() {
        let mut bytes = Vec::new();
        write_npy(&Owned::<u8, U1>::from_vec(vec![1, 2, 3]), &mut bytes).unwrap();
        write_npy(&Owned::<u8, U1>::from_vec(vec![4]), &mut bytes).unwrap();
        let mut input = &bytes[..];
        let a: Owned<u8, U1> = read_npy(&mut input).unwrap();
        let b: Owned<u8, U1> = read_npy(&mut input).unwrap();
        assert_eq!(a.into_vec(), [1, 2, 3]);
        assert_eq!(b.into_vec(), [4]);
        assert!(input.is_empty());
    }

    #[test]
    fn large_arrays_cross_blocks() {
        let n = 3 * BLOCK / 8 + 5;
        let a = Owned::<f64, U1>::from_vec((0..n).map(|i| i as f64 * 0.5).collect());
        let mut bytes = Vec::new();
        write_npy(&a, &mut bytes).unwrap();
        let b: Owned<f64, U1> = read_npy(&bytes[..]).unwrap();
        assert_eq!(b, a);
        let cut = &bytes[..bytes.len() - 12];
        match read_npy::<f64, U1>(cut).unwrap_err() {
            NpyError::Truncated { expected, found } => assert_eq!((expected, found), (n, n - 2)),
            e => panic!("{e}"),
        }
    }

    #[test]
    fn zero_d() {
        let a = Owned::<i16, U0>::full([], -7);
        let mut bytes = Vec::new();
        write_npy(&a, &mut bytes).unwrap();
        let b: Owned<i16, U0> = read_npy(&bytes[..]).unwrap();
        assert_eq!(b, a);
    }
}
