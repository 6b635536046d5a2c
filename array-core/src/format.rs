//! `Display` in NumPy's `str()` format: how each element is spelled and padded, where rows
//! wrap, and which elements a summary keeps.
//!
//! The rules are those of NumPy 2's `arrayprint.py` under its default print options
//! (`linewidth=75`, `threshold=1000`, `edgeitems=3`, `precision=8`, `floatmode='maxprec'`,
//! `sign='-'`, `legacy=False`). Printing first reads the elements that will be shown, once
//! each, and chooses one layout for the whole array from them (NumPy's `IntegerFormat`,
//! `BoolFormat` or `FloatingFormat`), then writes every element with it. A summarised array
//! never visits the elements hidden behind `...`, and, as in NumPy, they do not influence the
//! layout.
//!
//! Floats are the costly part. Each is turned into decimal digits once, while the layout is
//! chosen, and those digits are kept until it is written. Most of them never reach Rust's
//! float formatter: rounded to at most 8 digits after the point, which is what NumPy prints
//! of a value with more, they are found by integer arithmetic on the binary value (see
//! `Decimal::positional` and `Decimal::scientific`).

use core::fmt::{self, Write as _};
use core::ops::Div;

/// No printed line is longer than this (NumPy's `linewidth`).
const LINE_WIDTH: usize = 75;
/// Arrays with more elements than this are summarised (NumPy's `threshold`).
const THRESHOLD: usize = 1000;
/// A summarised axis keeps this many items at each end (NumPy's `edgeitems`).
const EDGE_ITEMS: usize = 3;
/// Floats never show more digits than this after the point (NumPy's `precision`).
const PRECISION: usize = 8;

/// Element types that print like NumPy's: all primitive integers (`i8` to `i128`, `u8` to
/// `u128`, `isize`, `usize`), `f32`, `f64` and `bool`.
///
/// An array of these displays exactly as NumPy's `str()` displays an array with the same
/// shape and values. Every element is padded to the widest one, floats keep their decimal
/// points aligned and switch to scientific notation all together, rows wrap at 75 columns,
/// and arrays of more than 1000 elements are summarised with `...`:
///
/// ```text
/// [  1 999   3]
/// [ True False]
/// [0.5 1.  1.5]
/// [[1.e-05 1.e+05]
///  [1.e+00 2.e+00]]
/// [   0    1    2 ... 1997 1998 1999]
/// ```
///
/// `f32` elements print with the fewest digits that identify an `f32`, as NumPy's `float32`
/// does. `i128` and `u128`, which NumPy lacks, print as its other integers would.
///
/// The trait is sealed: it is implemented for exactly the types above.
pub trait DisplayElement: private::Sealed {
    /// The per-array layout this element type uses (an implementation detail).
    #[doc(hidden)]
    type Style: Style<Self>;
}

mod private {
    /// Keeps `DisplayElement` to the types this module knows how to print. `Copy` because
    /// elements are read by value.
    pub trait Sealed: Copy {}
}

/// Writes the array with `shape` whose element at multi-index `idx` is `elem(idx)`, as
/// NumPy's `str()` does.
///
/// A 0-d array (empty `shape`) prints its element as NumPy prints a scalar, and an array
/// with no elements prints `[]` whatever its shape. Otherwise `elem` is called once with the
/// index of each printed element, and with no other index.
pub(crate) fn write_array<T: DisplayElement>(
    f: &mut fmt::Formatter<'_>,
    shape: &[usize],
    elem: &dyn Fn(&[usize]) -> T,
) -> fmt::Result {
    if shape.is_empty() {
        return T::Style::write_scalar(f, elem(&[]));
    }
    if shape.contains(&0) {
        return f.write_str("[]");
    }
    // A product that overflows `usize` cannot describe memory, but it still means "large".
    let summarise = shape
        .iter()
        .try_fold(1_usize, |n, &len| n.checked_mul(len))
        .is_none_or(|size| size > THRESHOLD);

    // The elements in the order they are printed. A summary keeps at most 2 * EDGE_ITEMS
    // items per axis, and an array that is not summarised has at most THRESHOLD elements.
    let count = shape
        .iter()
        .map(|&len| shown(len, summarise).flatten().count())
        .try_fold(1_usize, usize::checked_mul)
        .unwrap_or(0);
    let mut elems = Vec::with_capacity(count);
    for_each_shown(shape, summarise, &mut vec![0; shape.len()], 0, &mut |i| {
        elems.push(elem(i));
    });
    let mut style = T::Style::choose(&elems);
    let mut next = 0;
    let mut write_elem = |out: &mut Vec<u8>| {
        style.write(next, elems[next], out);
        next += 1;
    };
    let mut printer = Printer {
        shape,
        summarise,
        out: Vec::new(),
        write_elem: &mut write_elem,
    };
    printer.write_axis(0);
    // One call, so that a `Formatter` writing into a `String` copies the text once. Every
    // piece written is ASCII, so this cannot fail.
    f.write_str(core::str::from_utf8(&printer.out).map_err(|_| fmt::Error)?)
}

/// The items printed along an axis of length `len`, in order: `Some(i)` for the element or
/// sub-block at index `i`, `None` for the `...` that stands for the hidden ones.
fn shown(len: usize, summarise: bool) -> impl Iterator<Item = Option<usize>> {
    let (head, tail) = if summarise && len > 2 * EDGE_ITEMS {
        (0..EDGE_ITEMS, len - EDGE_ITEMS..len)
    } else {
        (0..len, len..len)
    };
    let gap = (!tail.is_empty()).then_some(None);
    head.map(Some).chain(gap).chain(tail.map(Some))
}

/// Calls `visit` with the multi-index of every printed element from `axis` on, in C order;
/// `idx[..axis]` is fixed by the caller.
fn for_each_shown(
    shape: &[usize],
    summarise: bool,
    idx: &mut [usize],
    axis: usize,
    visit: &mut dyn FnMut(&[usize]),
) {
    for i in shown(shape[axis], summarise).flatten() {
        idx[axis] = i;
        if axis + 1 == shape.len() {
            visit(idx);
        } else {
            for_each_shown(shape, summarise, idx, axis + 1, visit);
        }
    }
}

/// Writes brackets, separators, wrapped rows and `...` around the elements, once a style
/// has been chosen for them. Not generic, so one copy serves every element type.
struct Printer<'a> {
    shape: &'a [usize],
    summarise: bool,
    /// The text written so far, all ASCII; the formatter receives it in one piece.
    out: Vec<u8>,
    /// Appends the text of the next element in C order (the order of `for_each_shown`),
    /// padded to the array's common width.
    write_elem: &'a mut dyn FnMut(&mut Vec<u8>),
}

impl Printer<'_> {
    /// Writes the next block spanning the axes from `axis` on, starting at the cursor's
    /// column.
    fn write_axis(&mut self, axis: usize) {
        let ndim = self.shape.len();
        if axis + 1 == ndim {
            self.write_row();
            return;
        }
        // Sub-blocks are separated by one line break per axis they span (so rank-3 blocks
        // have a blank line between them) and start under the block's first `[`.
        self.out.push(b'[');
        for (n, item) in shown(self.shape[axis], self.summarise).enumerate() {
            if n > 0 {
                push_repeated(&mut self.out, b'\n', ndim - axis - 1);
                push_repeated(&mut self.out, b' ', axis + 1);
            }
            match item {
                Some(_) => self.write_axis(axis + 1),
                None => self.out.extend_from_slice(b"..."),
            }
        }
        self.out.push(b']');
    }

    /// Writes the next row, wrapping it as NumPy's `_extendLine` does.
    fn write_row(&mut self) {
        let ndim = self.shape.len();
        let axis = ndim - 1;
        // The enclosing blocks' `[`s come before the first element, and continuation lines
        // are indented to the same column; one column stays free for the row's `]`.
        let start = ndim;
        let limit = LINE_WIDTH.saturating_sub(ndim);

        let mut column = start;
        // Spaces owed before the next text. A line break cancels them, as NumPy's
        // `line.rstrip()` drops the separator and the previous element's right padding.
        let mut owed = 0;
        self.out.push(b'[');
        for (n, item) in shown(self.shape[axis], self.summarise).enumerate() {
            if n > 0 {
                owed += 1;
                column += 1;
            }
            // The word is written after the spaces owed, and they are swapped for a line
            // break if it turns out not to fit.
            let gap = self.out.len();
            push_repeated(&mut self.out, b' ', owed);
            let word = self.out.len();
            match item {
                Some(_) => (self.write_elem)(&mut self.out),
                None => self.out.extend_from_slice(b"..."),
            }
            let word_len = self.out.len() - word;
            // Wrapping cannot help a word that already starts its line.
            if column + word_len > limit && column > start {
                let indent = core::iter::repeat_n(b' ', start);
                self.out
                    .splice(gap..word, core::iter::once(b'\n').chain(indent));
                column = start;
            }
            let text_len = self.out.trim_ascii_end().len();
            owed = self.out.len() - text_len;
            self.out.truncate(text_len);
            column += word_len;
        }
        push_repeated(&mut self.out, b' ', owed);
        self.out.push(b']');
    }
}

// Not public API: `Style` and its implementors are `pub` only because the sealed
// `DisplayElement` names them; this module is private, so nothing outside the crate can.

/// How one element type is laid out: chosen once per array from the elements that will be
/// printed, then used to write each of them.
pub trait Style<T>: Sized {
    /// Chooses the layout from the elements that will be printed, in the order they are.
    fn choose(shown: &[T]) -> Self;

    /// Appends the text of `x`, which is `shown[n]` of `choose`, to `out`, padded to the
    /// width every element of the array shares.
    fn write(&mut self, n: usize, x: T, out: &mut Vec<u8>);

    /// Writes the only element of a 0-d array, as NumPy's `str()` of that scalar.
    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result;
}

/// Integers are right-aligned to the longest one, minus sign included (`IntegerFormat`).
#[derive(Debug)]
pub struct IntStyle {
    width: usize,
}

impl<T: fmt::Display> Style<T> for IntStyle {
    fn choose(shown: &[T]) -> Self {
        let mut width = 0;
        for x in shown {
            let mut len = CharCount(0);
            // `CharCount` never fails, and the `Display` impls of integers never do.
            let _ = write!(len, "{x}");
            width = width.max(len.0);
        }
        IntStyle { width }
    }

    fn write(&mut self, _n: usize, x: T, out: &mut Vec<u8>) {
        // `Utf8` never fails, and the `Display` impls of integers never do.
        let _ = write!(Utf8(out), "{x:>width$}", width = self.width);
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result {
        write!(f, "{x}")
    }
}

/// Appends the text written to it to a byte buffer.
struct Utf8<'a>(&'a mut Vec<u8>);

impl fmt::Write for Utf8<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

/// Counts the characters written to it, to measure text without keeping it.
struct CharCount(usize);

impl fmt::Write for CharCount {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// Booleans are ` True` and `False`, the same width, in arrays; a 0-d array prints `True`
/// (`BoolFormat`).
#[derive(Debug)]
pub struct BoolStyle;

impl Style<bool> for BoolStyle {
    fn choose(_shown: &[bool]) -> Self {
        BoolStyle
    }

    fn write(&mut self, _n: usize, x: bool, out: &mut Vec<u8>) {
        out.extend_from_slice(if x { b" True" } else { b"False" });
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: bool) -> fmt::Result {
        f.write_str(if x { "True" } else { "False" })
    }
}

/// What float printing needs from `f32` and `f64`.
///
/// Rust's `{:e}` gives the shortest digits that round-trip in the value's own type, as
/// NumPy's Dragon4 does in "unique" mode, except that the two break ties differently (see
/// `is_tie`); `{:.N}` and `{:.Ne}` round the exact binary value half to even, as Dragon4
/// does when it cuts digits off.
pub trait PrintFloat:
    Copy + PartialOrd + Div<Output = Self> + fmt::Display + fmt::LowerExp
{
    /// Arrays switch to scientific notation from this magnitude on: NumPy's
    /// `10 ** min(8, finfo(dtype).precision)`.
    const EXP_CUTOFF: f64;
    /// A scalar is written positionally below this magnitude (NumPy's `max_positional`).
    const SCALAR_POSITIONAL_LIMIT: f64;
    /// Bits of the significand, the implicit one included.
    const MANTISSA_DIGITS: u32;
    /// The smallest positive normal value.
    const MIN_NORMAL: f64;
    /// The most digits after the point in scientific notation for which the shortest
    /// digits of a normal value, padded with zeros, are its exact value rounded: the
    /// largest `n` with `10^-n / 20 > 2^-MANTISSA_DIGITS`, its relative half ulp. (Such
    /// shortest digits lie less than that half ulp from the value, and the nearest point
    /// where rounding to `n` digits changes is at least `10^-n / 20` of it away.)
    const PADDED_DIGITS: usize;
    /// Rounds to the type, as NumPy does with Python floats compared against its scalars.
    fn from_f64(x: f64) -> Self;
    /// Widens exactly.
    fn to_f64(self) -> f64;
}

impl PrintFloat for f64 {
    const EXP_CUTOFF: f64 = 1e8;
    const SCALAR_POSITIONAL_LIMIT: f64 = 1e16;
    const MANTISSA_DIGITS: u32 = f64::MANTISSA_DIGITS;
    const MIN_NORMAL: f64 = f64::MIN_POSITIVE;
    const PADDED_DIGITS: usize = 14;
    fn from_f64(x: f64) -> Self {
        x
    }
    fn to_f64(self) -> f64 {
        self
    }
}

impl PrintFloat for f32 {
    const EXP_CUTOFF: f64 = 1e6;
    const SCALAR_POSITIONAL_LIMIT: f64 = 1e6;
    const MANTISSA_DIGITS: u32 = f32::MANTISSA_DIGITS;
    const MIN_NORMAL: f64 = f32::MIN_POSITIVE as f64;
    const PADDED_DIGITS: usize = 5;
    fn from_f64(x: f64) -> Self {
        // Rounding is the point: NumPy compares in the array's own precision.
        x as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// `10^0` to `10^22`: multiplied by a 53-bit significand they still fit in 128 bits.
const POW10: [u128; 23] = {
    let mut table = [1; 23];
    let mut i = 1;
    while i < table.len() {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// The most significant digits a `Decimal` holds: enough for the shortest digits of an
/// `f64` (17), and for every rounding of them this module asks Rust's formatter for.
const MAX_DIGITS: usize = 17;

/// A non-negative finite float's decimal digits `d₀d₁d₂…`, meaning `d₀.d₁d₂… × 10^exp`.
#[derive(Clone, Copy, Debug)]
struct Decimal {
    /// The digits as an integer, without trailing zeros (0 only for zero).
    sig: u64,
    /// How many digits `sig` has (1 for zero).
    len: u8,
    exp: i16,
}

impl Decimal {
    const ZERO: Decimal = Decimal {
        sig: 0,
        len: 1,
        exp: 0,
    };

    /// The digits of `sig` (less than `10^MAX_DIGITS`), the first meaning `10^exp`.
    fn new(mut sig: u64, exp: i16) -> Self {
        if sig == 0 {
            return Self::ZERO;
        }
        while sig.is_multiple_of(10) {
            sig /= 10;
        }
        Decimal {
            sig,
            len: sig.ilog10() as u8 + 1,
            exp,
        }
    }

    fn is_zero(&self) -> bool {
        self.sig == 0
    }

    /// Rust's shortest round-trip digits of `magnitude`.
    fn shortest<T: PrintFloat>(magnitude: T) -> Self {
        Self::parse(format_args!("{magnitude:e}"))
    }

    /// `magnitude` rounded to `places` digits after the point, by Rust's formatter.
    fn exact_positional<T: PrintFloat>(magnitude: T, places: usize) -> Self {
        Self::parse(format_args!("{magnitude:.places$}"))
    }

    /// `magnitude` rounded to `places` digits after the point in scientific notation, by
    /// Rust's formatter.
    fn exact_scientific<T: PrintFloat>(magnitude: T, places: usize) -> Self {
        Self::parse(format_args!("{magnitude:.places$e}"))
    }

    /// Reads the digits of a non-negative number as Rust formats it (`12.50`, `1.25e-5`).
    fn parse(args: fmt::Arguments<'_>) -> Self {
        let mut parser = DecimalParser::default();
        // The parser never fails, and neither do the `Display` impls of floats.
        let _ = parser.write_fmt(args);
        parser.finish()
    }

    /// `n * 10^-places`, for `n < 10^MAX_DIGITS`.
    fn from_scaled(n: u64, places: i16) -> Self {
        let exp = n.checked_ilog10().map_or(0, |log| log as i16 - places);
        Self::new(n, exp)
    }

    /// Rounds to `keep` (at least 1) significant digits, to nearest; `None` when the
    /// dropped digits are exactly one half, whose rounding these digits cannot decide.
    ///
    /// If `self` is Rust's shortest rendering of a value, the result is also the value
    /// itself rounded: a point where rounding to `keep` digits changes, strictly between the
    /// value and `self`, would be a rendering with at most `self.len` digits that also
    /// round-trips but is closer, or shorter, than the shortest and closest one.
    fn round(&self, keep: usize) -> Option<Self> {
        let Some(dropped) = usize::from(self.len).checked_sub(keep).filter(|&n| n > 0) else {
            return Some(*self);
        };
        let unit = 10_u64.pow(dropped as u32);
        let (kept, rest) = (self.sig / unit, self.sig % unit);
        // With no trailing zeros, the dropped digits are one half only if they are `5`.
        let half = unit / 2;
        if rest == half {
            return None;
        }
        let kept = kept + u64::from(rest > half);
        // Rounding 9.99… up gives 10.0…, one digit longer.
        let carried = kept.ilog10() as usize == keep;
        Some(Self::new(kept, self.exp + i16::from(carried)))
    }

    /// Characters before the point in positional notation.
    fn int_len(&self) -> usize {
        usize::try_from(self.exp).map_or(1, |exp| exp + 1)
    }

    /// Digits after the point in positional notation.
    fn frac_len(&self) -> usize {
        usize::try_from(i32::from(self.len) - 1 - i32::from(self.exp)).unwrap_or(0)
    }

    /// Digits of the exponent in scientific notation.
    fn exp_len(&self) -> usize {
        self.exp
            .unsigned_abs()
            .checked_ilog10()
            .map_or(1, |n| n as usize + 1)
    }

    /// `magnitude` as NumPy writes it positionally in an array: its shortest digits, but
    /// no more than `PRECISION` after the point (past them the exact value is rounded, and
    /// the zeros rounding leaves are dropped).
    fn positional<T: PrintFloat>(magnitude: T) -> Self {
        if let Some(d) = Self::positional_by_integers(magnitude) {
            return d;
        }
        let shortest = Self::shortest(magnitude);
        let places = shortest.frac_len();
        if places > PRECISION {
            let keep = i32::from(shortest.exp) + 1 + PRECISION as i32;
            return usize::try_from(keep)
                .ok()
                .filter(|&keep| keep > 0)
                .and_then(|keep| shortest.round(keep))
                .unwrap_or_else(|| Self::exact_positional(magnitude, PRECISION));
        }
        if is_tie(magnitude, places, 0) {
            return Self::exact_positional(magnitude, places);
        }
        shortest
    }

    /// `positional` by integer arithmetic, for a value whose rounding interval (the numbers
    /// that round to it) is narrower than `10^-PRECISION`: then it is always
    /// `magnitude * 10^PRECISION` rounded half to even, which this computes exactly.
    ///
    /// If the shortest digits have more than `PRECISION` places, that rounding is what is
    /// printed. If they have no more, they are a multiple of `10^-PRECISION` less than half
    /// an ulp from the value, and in so narrow an interval only the nearest multiple is.
    /// `None` for values this does not cover (the interval too wide, or the value too small
    /// or too large for 128-bit arithmetic).
    fn positional_by_integers<T: PrintFloat>(magnitude: T) -> Option<Self> {
        let (m, k) = decode::<T>(magnitude)?;
        // T's ulp is 2^(53 - MANTISSA_DIGITS - k); below 10^-8 from 2^-27 on.
        if k < 80 - T::MANTISSA_DIGITS as i32 || k > 100 {
            return None;
        }
        let n = shift_rounding(u128::from(m) * POW10[PRECISION], k as u32);
        let n = u64::try_from(n).ok()?;
        (n < 10_u64.pow(MAX_DIGITS as u32)).then(|| Self::from_scaled(n, PRECISION as i16))
    }

    /// `magnitude` as NumPy measures it in scientific notation: its shortest digits, but no
    /// more than `PRECISION` after the point, with the zeros rounding leaves dropped.
    fn scientific<T: PrintFloat>(magnitude: T) -> Measured {
        // Rounded from the exact value: padding it with zeros rounds it again, to fewer
        // digits, which cannot change it.
        let rounded = |digits| Measured {
            digits,
            padded_below: PRECISION as u8 + 1,
        };
        if let Some(d) = Self::scientific_by_integers(magnitude) {
            return rounded(d);
        }
        let shortest = Self::shortest(magnitude);
        let places = usize::from(shortest.len) - 1;
        if places > PRECISION {
            let d = shortest
                .round(PRECISION + 1)
                .unwrap_or_else(|| Self::exact_scientific(magnitude, PRECISION));
            return rounded(d);
        }
        if is_tie(magnitude, places, shortest.exp) {
            return Measured {
                digits: Self::exact_scientific(magnitude, places),
                padded_below: 0,
            };
        }
        let padded_below = if shortest.is_zero() {
            PRECISION + 1
        } else if magnitude.to_f64() >= T::MIN_NORMAL {
            T::PADDED_DIGITS.min(PRECISION) + 1
        } else {
            0
        };
        Measured {
            digits: shortest,
            padded_below: padded_below as u8,
        }
    }

    /// `scientific` by integer arithmetic, for normal values from about `10^-14` to `10^8`
    /// whose rounding interval is narrower than a unit of the ninth significant digit
    /// (every such `f64`): then it is always `magnitude` rounded half to even to
    /// `PRECISION + 1` significant digits, which this computes exactly.
    ///
    /// If the shortest digits are longer, that rounding is what is printed; if not, they
    /// are the only number with so few digits in the rounding interval, which is also the
    /// nearest to the value.
    fn scientific_by_integers<T: PrintFloat>(magnitude: T) -> Option<Self> {
        let (m, k) = decode::<T>(magnitude)?;
        if !(1..=120).contains(&k) {
            return None;
        }
        // 2^(52 - k) <= magnitude < 2^(53 - k), so its decimal exponent is the floor of
        // (52 - k) * log10(2) or one more; `* 78913 >> 18` is that floor for the exponents
        // of binary powers up to 2^1650 (Ryu's `log10Pow2`).
        let estimate = ((52 - k) * 78913) >> 18;
        // `magnitude * 10^(PRECISION - exp)` is `m * scale(exp) * 2^-k`.
        let scale = |exp: i32| {
            let power = usize::try_from(PRECISION as i32 - exp).ok()?;
            POW10.get(power).copied()
        };
        let m = u128::from(m);
        let above = scale(estimate + 1)?;
        let (exp, scale) = if (m * above) >> k >= POW10[PRECISION] {
            (estimate + 1, above)
        } else {
            (estimate, scale(estimate)?)
        };
        // T's ulp, in units of the ninth digit, is 2^(53 - MANTISSA_DIGITS) * scale * 2^-k.
        if (scale << (53 - T::MANTISSA_DIGITS)) >> k != 0 {
            return None;
        }
        let n = shift_rounding(m * scale, k as u32);
        // Nine digits, or 10^9 when rounding carries; anything else would mean a wrong
        // exponent, which the general path gets right.
        let nine_digits = POW10[PRECISION]..=POW10[PRECISION + 1];
        let n = u64::try_from(n).ok().filter(|_| nine_digits.contains(&n))?;
        Some(Self::from_scaled(n, PRECISION as i16 - exp as i16))
    }

    /// Writes the digits positionally: `12.5`, `0.001`, `100.`.
    fn push_positional(&self, out: &mut Vec<u8>) {
        let len = usize::from(self.len);
        match usize::try_from(self.exp) {
            Ok(exp) if exp < len => push_digits(out, self.sig, len, exp + 1),
            Ok(exp) => {
                push_digits(out, self.sig, len, usize::MAX);
                push_repeated(out, b'0', exp + 1 - len);
                out.push(b'.');
            }
            Err(_) => {
                out.extend_from_slice(b"0.");
                push_repeated(out, b'0', usize::from(self.exp.unsigned_abs()) - 1);
                push_digits(out, self.sig, len, usize::MAX);
            }
        }
    }

    /// Writes the digits in scientific notation, padded with zeros to at least `places`
    /// after the point, with at least `exp_digits` in the exponent: `1.50e+03`, `1.e-05`.
    fn push_scientific(&self, out: &mut Vec<u8>, places: usize, exp_digits: usize) {
        let len = usize::from(self.len);
        push_digits(out, self.sig, len, 1);
        push_repeated(out, b'0', places.saturating_sub(len - 1));
        self.push_exponent(out, exp_digits);
    }

    /// Writes the exponent as NumPy spells it: `e`, a sign, at least `exp_digits` digits.
    fn push_exponent(&self, out: &mut Vec<u8>, exp_digits: usize) {
        out.push(b'e');
        out.push(if self.exp < 0 { b'-' } else { b'+' });
        let len = self.exp_len();
        push_repeated(out, b'0', exp_digits.saturating_sub(len));
        push_digits(out, u64::from(self.exp.unsigned_abs()), len, usize::MAX);
    }
}

/// Writes the `len` digits of `n` (with leading zeros if it has fewer), with a point after
/// the first `point` of them if `point <= len`.
fn push_digits(out: &mut Vec<u8>, mut n: u64, len: usize, point: usize) {
    let start = out.len();
    let with_point = point <= len;
    out.resize(start + len + usize::from(with_point), b'.');
    // The digits go after the point's place, two at a time from the last; then the first
    // `point` of them move one place left.
    let digits = &mut out[start + usize::from(with_point)..];
    let mut end = digits.len();
    while end >= 2 {
        let pair = 2 * (n % 100) as usize;
        n /= 100;
        end -= 2;
        digits[end..end + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if end == 1 {
        digits[0] = b'0' + (n % 10) as u8;
    }
    if with_point {
        // Usually one digit: a loop beats a call to `memmove`.
        for i in start..start + point {
            out[i] = out[i + 1];
        }
        out[start + point] = b'.';
    }
}

/// `00`, `01`, ..., `99`, to write digits two at a time.
const DIGIT_PAIRS: [u8; 200] = {
    let mut table = [0; 200];
    let mut i = 0;
    while i < 100 {
        table[2 * i] = b'0' + (i / 10) as u8;
        table[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    table
};

/// Collects the digits and exponent of a number as Rust's formatter writes it.
#[derive(Default)]
struct DecimalParser {
    /// The digits up to the last nonzero one, as an integer.
    sig: u64,
    len: usize,
    /// Zeros seen after the last nonzero digit: written only if another nonzero digit
    /// follows.
    zeros: usize,
    /// Digits seen, leading zeros included.
    seen: i32,
    /// The position in `seen` of the first nonzero digit.
    first: Option<i32>,
    /// Digits before the point.
    int_digits: Option<i32>,
    /// After the `e`: the exponent, and whether it is negative.
    exp: Option<(i32, bool)>,
}

impl fmt::Write for DecimalParser {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for b in s.bytes() {
            match (b, &mut self.exp) {
                (b'0'..=b'9', Some((exp, _))) => *exp = *exp * 10 + i32::from(b - b'0'),
                (b'-', Some((_, negative))) => *negative = true,
                (b'0', None) => self.zeros += usize::from(self.first.is_some()),
                (b'1'..=b'9', None) => {
                    self.first.get_or_insert(self.seen);
                    // Rust's formatter is asked for no more than MAX_DIGITS significant
                    // digits (see `MAX_DIGITS`).
                    debug_assert!(self.len + self.zeros < MAX_DIGITS, "too many digits");
                    if self.len + self.zeros < MAX_DIGITS {
                        self.sig =
                            self.sig * 10_u64.pow(self.zeros as u32 + 1) + u64::from(b - b'0');
                        self.len += self.zeros + 1;
                    }
                    self.zeros = 0;
                }
                (b'.', None) => self.int_digits = Some(self.seen),
                (b'e', None) => {
                    self.int_digits.get_or_insert(self.seen);
                    self.exp = Some((0, false));
                }
                _ => {}
            }
            if b.is_ascii_digit() && self.exp.is_none() {
                self.seen += 1;
            }
        }
        Ok(())
    }
}

impl DecimalParser {
    fn finish(self) -> Decimal {
        let Some(first) = self.first else {
            return Decimal::ZERO;
        };
        let int_digits = self.int_digits.unwrap_or(self.seen);
        let exp = self
            .exp
            .map_or(0, |(exp, negative)| if negative { -exp } else { exp });
        Decimal {
            sig: self.sig,
            len: self.len as u8,
            exp: (int_digits - 1 - first + exp) as i16,
        }
    }
}

/// A positive normal `x` (normal in `T`) as `(m, k)` with `x = m * 2^-k`, `m` having 53
/// bits; `None` for zero and subnormals.
fn decode<T: PrintFloat>(x: T) -> Option<(u64, i32)> {
    let x = x.to_f64();
    if x < T::MIN_NORMAL {
        return None;
    }
    let bits = x.to_bits();
    let biased = (bits >> 52) as i32 & 0x7ff;
    Some(((bits & ((1 << 52) - 1)) | 1 << 52, 1075 - biased))
}

/// `x * 2^-k` rounded to the nearest integer, ties to even; `1 <= k <= 127`.
fn shift_rounding(x: u128, k: u32) -> u128 {
    let n = x >> k;
    let rest = x & ((1 << k) - 1);
    let half = 1 << (k - 1);
    n + u128::from(rest > half || (rest == half && n & 1 == 1))
}

/// Whether `magnitude` lies exactly halfway between its shortest digits, which have
/// `places` after the point when multiplied by `10^-exp`, and the neighbouring ones of the
/// same length. Both round-trip; Rust picks the upper, Dragon4 the one whose last digit is
/// even, which exact rounding at that length also picks.
fn is_tie<T: PrintFloat>(magnitude: T, places: usize, exp: i16) -> bool {
    // The last shortest digit has weight 10^(exp - places); a tie puts the value's last
    // exact decimal digit (a 5) one place further.
    let Ok(places) = i64::try_from(places) else {
        return false;
    };
    exact_places(magnitude.to_f64()) == places - i64::from(exp) + 1
}

/// How many decimal places `x`'s exact value has: `m * 2^-n` with `m` odd has `n` of them
/// (the last being a 5), and an integer has none.
fn exact_places(x: f64) -> i64 {
    let bits = x.to_bits();
    let biased = i64::from((bits >> 52) as u16 & 0x7ff);
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    if mantissa == 0 {
        return 0;
    }
    (-(exponent + i64::from(mantissa.trailing_zeros()))).max(0)
}

/// Appends `n` copies of `c`.
fn push_repeated(out: &mut Vec<u8>, c: u8, n: usize) {
    out.resize(out.len() + n, c);
}

/// The spelling of a value that is not finite; NumPy never prints a sign on `nan`.
fn non_finite(x: f64) -> &'static str {
    if x.is_nan() {
        "nan"
    } else if x < 0.0 {
        "-inf"
    } else {
        "inf"
    }
}

/// Floats share one notation and are aligned on the decimal point (`FloatingFormat` with
/// `floatmode='maxprec'`).
///
/// Positional: each element keeps its shortest digits, at most 8 after the point, and is
/// padded on both sides (`[0.5 1.  1.5]`). Scientific: every element gets as many digits
/// after the point as the longest needs, and as many exponent digits (`[1.0e-05 1.5e+10]`).
#[derive(Debug)]
pub struct FloatStyle {
    scientific: bool,
    /// Digits after the point in scientific notation, the same for every element.
    places: usize,
    /// Characters before the point, sign included.
    pad_left: usize,
    /// Characters after the point (in scientific notation: digits, `e`, sign, exponent).
    pad_right: usize,
    exp_digits: usize,
    /// The digits of each element `choose` saw, as `Decimal::positional` or
    /// `Decimal::scientific` gives them (zero for values that are not finite).
    shown: Vec<Measured>,
}

/// An element's digits as `FloatStyle::choose` measured them.
#[derive(Clone, Copy, Debug)]
struct Measured {
    digits: Decimal,
    /// In scientific notation, `digits` padded with zeros to `n` places after the point (at
    /// least as many as they have) are the exact value rounded to `n` places for every `n`
    /// below this; from this on, `write` asks Rust's formatter.
    padded_below: u8,
}

impl<T: PrintFloat> Style<T> for FloatStyle {
    fn choose(shown: &[T]) -> Self {
        // The notation depends on the finite non-zero magnitudes, compared in the array's
        // own precision as NumPy does.
        let mut range: Option<(T, T)> = None;
        let mut any_finite = false;
        let mut any_non_finite = false;
        let mut neg_inf = false;
        for &x in shown {
            let v = x.to_f64();
            if v.is_finite() {
                any_finite = true;
                if v != 0.0 {
                    let magnitude = T::from_f64(v.abs());
                    range = Some(match range {
                        None => (magnitude, magnitude),
                        Some((lo, hi)) => (
                            if magnitude < lo { magnitude } else { lo },
                            if magnitude > hi { magnitude } else { hi },
                        ),
                    });
                }
            } else {
                any_non_finite = true;
                neg_inf |= v == f64::NEG_INFINITY;
            }
        }
        let scientific = range.is_some_and(|(lo, hi)| {
            hi >= T::from_f64(T::EXP_CUTOFF) || lo < T::from_f64(1e-4) || hi / lo > T::from_f64(1e3)
        });

        let mut style = FloatStyle {
            scientific,
            places: 0,
            pad_left: 0,
            pad_right: 0,
            exp_digits: 2,
            shown: Vec::new(),
        };
        if any_finite {
            // Every element's shortest digits (at most 8 after the point) in the chosen
            // notation, kept for `write`.
            let (mut int_len, mut frac_len, mut exp_len) = (0, 0, 2);
            style.shown.reserve_exact(shown.len());
            for &x in shown {
                let v = x.to_f64();
                if !v.is_finite() {
                    style.shown.push(Measured {
                        digits: Decimal::ZERO,
                        padded_below: 0,
                    });
                    continue;
                }
                let sign = usize::from(v.is_sign_negative());
                let magnitude = T::from_f64(v.abs());
                if scientific {
                    let measured = Decimal::scientific(magnitude);
                    let d = measured.digits;
                    int_len = int_len.max(sign + 1);
                    frac_len = frac_len.max(usize::from(d.len) - 1);
                    exp_len = exp_len.max(d.exp_len());
                    style.shown.push(measured);
                } else {
                    let d = Decimal::positional(magnitude);
                    int_len = int_len.max(sign + d.int_len());
                    frac_len = frac_len.max(d.frac_len());
                    style.shown.push(Measured {
                        digits: d,
                        padded_below: 0,
                    });
                }
            }
            style.pad_left = int_len;
            if scientific {
                style.places = frac_len;
                style.exp_digits = exp_len;
                style.pad_right = frac_len + 2 + exp_len;
            } else {
                style.pad_right = frac_len;
            }
        }
        if any_non_finite {
            // `nan`, `inf` and `-inf` are right-aligned in the common width, which grows to
            // hold them.
            let longest = if neg_inf { "-inf".len() } else { "nan".len() };
            style.pad_left = style
                .pad_left
                .max(longest.saturating_sub(style.pad_right + 1));
        }
        style
    }

    fn write(&mut self, n: usize, x: T, out: &mut Vec<u8>) {
        let v = x.to_f64();
        if !v.is_finite() {
            let text = non_finite(v);
            push_repeated(
                out,
                b' ',
                (self.pad_left + 1 + self.pad_right).saturating_sub(text.len()),
            );
            out.extend_from_slice(text.as_bytes());
            return;
        }
        let negative = v.is_sign_negative();
        let Measured {
            digits: mut d,
            padded_below,
        } = self.shown[n];
        let int_len = usize::from(negative) + if self.scientific { 1 } else { d.int_len() };
        push_repeated(out, b' ', self.pad_left.saturating_sub(int_len));
        if negative {
            out.push(b'-');
        }
        if self.scientific {
            // Every element shows `places` digits after the point, rounded from its exact
            // value: its digits padded with zeros where they are that rounding.
            if self.places >= usize::from(padded_below) {
                d = Decimal::exact_scientific(T::from_f64(v.abs()), self.places);
            }
            d.push_scientific(out, self.places, self.exp_digits);
        } else {
            d.push_positional(out);
            push_repeated(out, b' ', self.pad_right.saturating_sub(d.frac_len()));
        }
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result {
        let v = x.to_f64();
        if !v.is_finite() {
            return f.write_str(non_finite(v));
        }
        let magnitude = T::from_f64(v.abs());
        let scientific = v != 0.0 && !(1e-4..T::SCALAR_POSITIONAL_LIMIT).contains(&v.abs());
        let mut d = Decimal::shortest(magnitude);
        let mut out = Vec::new();
        if v.is_sign_negative() {
            out.push(b'-');
        }
        if scientific {
            let places = usize::from(d.len) - 1;
            if is_tie(magnitude, places, d.exp) {
                d = Decimal::exact_scientific(magnitude, places);
            }
            // A scalar keeps no point without digits after it before an exponent (`1e+20`).
            let len = usize::from(d.len);
            push_digits(&mut out, d.sig, len, if len > 1 { 1 } else { usize::MAX });
            d.push_exponent(&mut out, 2);
        } else {
            let places = d.frac_len();
            if is_tie(magnitude, places, 0) {
                d = Decimal::exact_positional(magnitude, places);
            }
            d.push_positional(&mut out);
            // ... but keeps one otherwise (`1.0`).
            if d.frac_len() == 0 {
                out.push(b'0');
            }
        }
        // ASCII, so this cannot fail.
        f.write_str(core::str::from_utf8(&out).map_err(|_| fmt::Error)?)
    }
}

macro_rules! display_elements {
    ($style:ty => $($t:ty),*) => {$(
        impl private::Sealed for $t {}
        impl DisplayElement for $t {
            type Style = $style;
        }
    )*};
}

display_elements!(IntStyle => i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
display_elements!(BoolStyle => bool);
display_elements!(FloatStyle => f32, f64);

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// NumPy's `str()` of arrays of every element type, rank and notation, written by
    /// `scripts/golden_display.py`.
    const CASES: &str = include_str!("../tests/data/display_cases.txt");

    /// Displays a C-order buffer through `write_array`, as the array types' `Display` does.
    struct Show<'a, T> {
        shape: &'a [usize],
        data: &'a [T],
    }

    impl<T: DisplayElement> fmt::Display for Show<'_, T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_array(f, self.shape, &|idx| self.data[flat_index(self.shape, idx)])
        }
    }

    fn flat_index(shape: &[usize], idx: &[usize]) -> usize {
        assert_eq!(idx.len(), shape.len(), "index {idx:?} for shape {shape:?}");
        shape.iter().zip(idx).fold(0, |flat, (&len, &i)| {
            assert!(i < len, "index {idx:?} out of bounds for shape {shape:?}");
            flat * len + i
        })
    }

    fn show<T: DisplayElement>(shape: &[usize], data: &[T]) -> String {
        assert_eq!(shape.iter().product::<usize>(), data.len());
        Show { shape, data }.to_string()
    }

    /// One case of the golden file.
    struct Case<'a> {
        number: &'a str,
        element: &'a str,
        shape: Vec<usize>,
        values: Values<'a>,
        expected: String,
    }

    enum Values<'a> {
        Listed(Vec<&'a str>),
        /// `0, step, 2 * step, ...`
        Arange(i64),
    }

    impl Case<'_> {
        /// Builds the case's array with `T` elements and prints it.
        fn print<T: DisplayElement>(
            &self,
            parse: impl Fn(&str) -> T,
            nth: impl Fn(i128) -> T,
        ) -> String {
            let len = self.shape.iter().product::<usize>();
            let data: Vec<T> = match &self.values {
                Values::Listed(words) => words.iter().map(|w| parse(w)).collect(),
                Values::Arange(step) => (0..len)
                    .map(|i| nth(i as i128 * i128::from(*step)))
                    .collect(),
            };
            assert_eq!(data.len(), len, "case {}: value count", self.number);
            show(&self.shape, &data)
        }

        fn actual(&self) -> String {
            macro_rules! by_element_type {
                ($($name:literal => $t:ty),*) => {
                    match self.element {
                        $($name => self.print(
                            |w| w.parse::<$t>().unwrap(),
                            |n| <$t>::try_from(n).unwrap(),
                        ),)*
                        "bool" => self.print(|w| w == "1", |n| n % 2 == 1),
                        "f32" => self.print(
                            |w| f32::from_bits(u32::from_str_radix(w, 16).unwrap()),
                            |n| n as f32,
                        ),
                        "f64" => self.print(
                            |w| f64::from_bits(u64::from_str_radix(w, 16).unwrap()),
                            |n| n as f64,
                        ),
                        other => panic!("case {}: unknown element type {other}", self.number),
                    }
                };
            }
            by_element_type!(
                "i8" => i8, "i16" => i16, "i32" => i32, "i64" => i64, "i128" => i128,
                "isize" => isize, "u8" => u8, "u16" => u16, "u32" => u32, "u64" => u64,
                "u128" => u128, "usize" => usize
            )
        }
    }

    fn parse_cases(text: &str) -> Vec<Case<'_>> {
        let mut lines = text.lines().filter(|line| !line.starts_with('#'));
        let mut cases = Vec::new();
        while let Some(header) = lines.next() {
            let mut words = header.split(' ');
            assert_eq!(
                words.next(),
                Some("case"),
                "expected a case header, found {header:?}"
            );
            let number = words.next().unwrap();
            let element = words.next().unwrap();
            let dims = words.next().unwrap().strip_prefix("shape=").unwrap();
            let shape = dims
                .split(',')
                .filter(|d| !d.is_empty())
                .map(|d| d.parse().unwrap())
                .collect();
            let values_line = lines.next().unwrap();
            let mut values = values_line.strip_prefix("values ").unwrap().split(' ');
            let values = match values.next() {
                Some("arange") => Values::Arange(values.next().unwrap().parse().unwrap()),
                first => Values::Listed(first.into_iter().chain(values).collect()),
            };
            let mut expected = Vec::new();
            for line in lines.by_ref() {
                match line.strip_prefix('|') {
                    Some(text) => expected.push(text),
                    None => {
                        assert_eq!(line, "end", "case {number}: unterminated");
                        break;
                    }
                }
            }
            cases.push(Case {
                number,
                element,
                shape,
                values,
                expected: expected.join("\n"),
            });
        }
        cases
    }

    #[test]
    fn matches_numpy_golden_cases() {
        let cases = parse_cases(CASES);
        assert!(cases.len() >= 120, "only {} golden cases", cases.len());
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|case| {
                let actual = case.actual();
                (actual != case.expected).then(|| {
                    format!(
                        "case {} ({} {:?}):\n--- numpy\n{}\n--- ours\n{}\n",
                        case.number, case.element, case.shape, case.expected, actual
                    )
                })
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{} of {} cases differ from NumPy:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn pads_every_element_to_the_widest() {
        assert_eq!(show(&[3], &[1, 999, 3]), "[  1 999   3]");
        assert_eq!(show(&[2], &[-9, 10]), "[-9 10]");
        assert_eq!(show(&[2], &[-10_i8, 9]), "[-10   9]");
        // Two 40-character elements do not fit on one line.
        assert_eq!(
            show(&[2], &[i128::MIN, 1]),
            format!("[{}\n {:>40}]", i128::MIN, 1)
        );
        assert_eq!(show(&[2], &[true, false]), "[ True False]");
        assert_eq!(show(&[2], &[true, true]), "[ True  True]");
    }

    #[test]
    fn aligns_decimal_points() {
        assert_eq!(show(&[3], &[0.5, 1.0, 1.5]), "[0.5 1.  1.5]");
        assert_eq!(show(&[2], &[0.1 + 0.2, 1.0]), "[0.3 1. ]");
        assert_eq!(show(&[2], &[-0.0, 1.5]), "[-0.   1.5]");
        assert_eq!(show(&[2], &[1.000_000_001, 2.0]), "[1. 2.]");
        // An exact tie at the ninth digit rounds to even, as Dragon4 does.
        assert_eq!(show(&[2], &[0.001_953_125, 0.5]), "[0.00195312 0.5       ]");
    }

    #[test]
    fn switches_to_scientific_by_numpys_rule() {
        assert_eq!(show(&[1], &[99_999_999.0]), "[99999999.]");
        assert_eq!(show(&[1], &[1e8]), "[1.e+08]");
        // float32's cutoff is 10**6, its decimal precision.
        assert_eq!(show(&[1], &[999_999.0_f32]), "[999999.]");
        assert_eq!(show(&[1], &[1e6_f32]), "[1.e+06]");
        assert_eq!(show(&[1], &[1e-4]), "[0.0001]");
        assert_eq!(show(&[1], &[9.9e-5]), "[9.9e-05]");
        assert_eq!(show(&[2], &[1.0, 1000.0]), "[   1. 1000.]");
        assert_eq!(show(&[2], &[1.0, 1000.5]), "[1.0000e+00 1.0005e+03]");
        assert_eq!(show(&[2], &[1e-100, 1e100]), "[1.e-100 1.e+100]");
        // Digits past the shortest are the float32's exact ones.
        assert_eq!(
            show(&[3], &[0.1_f32, 1e-5, 0.118_105_225]),
            "[1.00000001e-01 9.99999975e-06 1.18105225e-01]"
        );
    }

    #[test]
    fn non_finite_values_share_the_width() {
        assert_eq!(show(&[2], &[f64::NAN, f64::INFINITY]), "[nan inf]");
        assert_eq!(show(&[2], &[f64::NAN, f64::NEG_INFINITY]), "[ nan -inf]");
        assert_eq!(show(&[2], &[f64::NAN, 1.5]), "[nan 1.5]");
        assert_eq!(show(&[2], &[-f64::NAN, 2.25]), "[ nan 2.25]");
    }

    #[test]
    fn zero_d_arrays_print_the_scalar() {
        assert_eq!(show(&[], &[5]), "5");
        assert_eq!(show(&[], &[true]), "True");
        assert_eq!(show(&[], &[1.0]), "1.0");
        assert_eq!(show(&[], &[-0.0]), "-0.0");
        assert_eq!(show(&[], &[1e16]), "1e+16");
        assert_eq!(show(&[], &[9.99e15]), "9990000000000000.0");
        assert_eq!(show(&[], &[1.5e-5]), "1.5e-05");
        assert_eq!(show(&[], &[f64::NEG_INFINITY]), "-inf");
        assert_eq!(show(&[], &[16_777_216.0_f32]), "1.6777216e+07");
        assert_eq!(show(&[], &[1e-4_f32]), "1e-04");
    }

    #[test]
    fn empty_arrays_print_one_pair_of_brackets() {
        assert_eq!(show::<f64>(&[0], &[]), "[]");
        assert_eq!(show::<i32>(&[2, 0], &[]), "[]");
        assert_eq!(show::<bool>(&[0, 3, 2], &[]), "[]");
    }

    #[test]
    fn blocks_of_rank_three_are_separated_by_a_blank_line() {
        let data: Vec<i32> = (0..8).collect();
        assert_eq!(
            show(&[2, 2, 2], &data),
            "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]"
        );
        assert_eq!(show(&[2, 1, 1, 1], &data[..2]), "[[[[0]]]\n\n\n [[[1]]]]");
    }

    #[test]
    fn wrapped_rows_drop_trailing_padding() {
        let data: Vec<f64> = (0..40)
            .map(|i| if i % 2 == 0 { 1.0 } else { 0.25 })
            .collect();
        let text = show(&[2, 20], &data);
        assert!(
            text.lines()
                .all(|line| !line.ends_with(' ') && line.len() <= LINE_WIDTH)
        );
        assert_eq!(
            text.lines().next(),
            Some("[[1.   0.25 1.   0.25 1.   0.25 1.   0.25 1.   0.25 1.   0.25 1.   0.25")
        );
    }

    #[test]
    fn a_summary_visits_only_the_printed_elements() {
        let visited = RefCell::new(Vec::new());
        let elem = |idx: &[usize]| {
            visited.borrow_mut().push(idx.to_vec());
            (idx[0] * 1000 + idx[1]) as f64
        };
        struct Big<'a>(&'a dyn Fn(&[usize]) -> f64);
        impl fmt::Display for Big<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write_array(f, &[1000, 1000], self.0)
            }
        }
        let text = Big(&elem).to_string();
        assert!(
            text.starts_with("[[0.00000e+00 1.00000e+00 2.00000e+00 ..."),
            "{text}"
        );
        let visited = visited.into_inner();
        // Each printed element is read once.
        assert_eq!(visited.len(), 36);
        let edge = |i: usize| !(3..997).contains(&i);
        assert!(visited.iter().all(|idx| edge(idx[0]) && edge(idx[1])));
    }

    #[test]
    fn hidden_elements_do_not_change_the_layout() {
        let mut data: Vec<f64> = (0..2000).map(f64::from).collect();
        data[1000] = 1e300;
        data[1001] = f64::NAN;
        assert_eq!(
            show(&[2000], &data),
            "[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]"
        );
    }

    // The expected strings below are NumPy 2.4's `str()` of the same arrays. They cover the
    // ways a float's digits are found: integer arithmetic, rounding Rust's shortest digits,
    // and Rust's exact formatting where neither can decide.

    #[test]
    fn positional_digits_round_from_the_exact_value() {
        // Rounding carries into the integer part.
        assert_eq!(show(&[2], &[0.999_999_999, 0.5]), "[1.  0.5]");
        assert_eq!(show(&[2], &[9.999_999_999_6, 1.0]), "[10.  1.]");
        // From 2^26 on the shortest digits are rounded rather than the binary value.
        assert_eq!(
            show(&[2], &[67_108_864.123_456_79, 1.5e7]),
            "[67108864.12345679 15000000.        ]"
        );
        assert_eq!(
            show(&[2], &[99_999_999.999_999_99, 5e7]),
            "[99999999.99999999 50000000.        ]"
        );
        // The shortest digits end with a 5 in the ninth place; the exact value is below.
        assert_eq!(show(&[2], &[1.000_000_005, 2.0]), "[1. 2.]");
        assert_eq!(show(&[2], &[0.123_456_785, 0.1]), "[0.12345678 0.1       ]");
    }

    #[test]
    fn scientific_digits_round_from_the_exact_value() {
        assert_eq!(show(&[2], &[0.1 + 0.2, 1e-5]), "[3.e-01 1.e-05]");
        assert_eq!(
            show(&[2], &[1e22, 1.234_567_895_1e25]),
            "[1.0000000e+22 1.2345679e+25]"
        );
        assert_eq!(
            show(&[2], &[123_456_789.5, 2.0]),
            "[1.2345679e+08 2.0000000e+00]"
        );
        assert_eq!(
            show(&[2], &[1.000_000_004_999_999_9e-15, 3.0]),
            "[1.e-15 3.e+00]"
        );
        // The shortest digits end with a 5 just past the ninth significant digit, and only
        // the exact value tells which way to round.
        assert_eq!(show(&[2], &[1.000_000_005e20, 1.0]), "[1.e+20 1.e+00]");
        assert_eq!(
            show(&[2], &[1.000_000_015e-20, 1.0]),
            "[1.00000001e-20 1.00000000e+00]"
        );
        assert_eq!(
            show(&[2], &[1.234_567_885e30, 1.0]),
            "[1.23456789e+30 1.00000000e+00]"
        );
        assert_eq!(
            show(&[4], &[f64::NAN, f64::NEG_INFINITY, 1e-9, 123.0]),
            "[     nan     -inf 1.00e-09 1.23e+02]"
        );
    }

    #[test]
    fn zeros_subnormals_and_extremes() {
        assert_eq!(show(&[3], &[-0.0, 0.0, -1.25]), "[-0.    0.   -1.25]");
        assert_eq!(show(&[2], &[-0.0, 1e-7]), "[-0.e+00  1.e-07]");
        assert_eq!(show(&[2], &[0.0, 1e10]), "[0.e+00 1.e+10]");
        assert_eq!(
            show(&[3], &[1e-300, 2.5e-310, 1.0]),
            "[1.0e-300 2.5e-310 1.0e+000]"
        );
        assert_eq!(show(&[2], &[5e-324, 1.0]), "[5.e-324 1.e+000]");
        assert_eq!(
            show(&[2], &[f64::MAX, -f64::MIN_POSITIVE]),
            "[ 1.79769313e+308 -2.22507386e-308]"
        );
    }

    #[test]
    fn f32_digits_are_the_f32_ones() {
        // NumPy converts Python floats to float32 by way of float64, as `as f32` does.
        let f32s = |xs: &[f64]| xs.iter().map(|&x| x as f32).collect::<Vec<_>>();
        let show32 = |xs: &[f64]| show(&[xs.len()], &f32s(xs));
        assert_eq!(
            show32(&[0.1, 1e-5, 3.402_823_5e38]),
            "[1.0000000e-01 9.9999997e-06 3.4028235e+38]"
        );
        assert_eq!(
            show32(&[16_777_216.0, 0.3]),
            "[1.6777216e+07 3.0000001e-01]"
        );
        assert_eq!(show32(&[0.1, 0.2, 0.3]), "[0.1 0.2 0.3]");
        assert_eq!(
            show32(&[1.175_494_4e-38, 1e-45, 1.0]),
            "[1.1754944e-38 1.4012985e-45 1.0000000e+00]"
        );
        assert_eq!(show32(&[0.0001, 1000.5]), "[1.0000e-04 1.0005e+03]");
        assert_eq!(show32(&[123_456.7, 0.5]), "[1.234567e+05 5.000000e-01]");
    }

    #[test]
    fn summarised_rank_three_arrays() {
        let data: Vec<f64> = (0..2 * 4 * 300)
            .map(|i| (f64::from(i) - 1000.0) / 7.0)
            .collect();
        assert_eq!(
            show(&[2, 4, 300], &data),
            "[[[-142.85714286 -142.71428571 -142.57142857 ... -100.42857143\n   -100.28571429 -100.14285714]\n  [-100.          -99.85714286  -99.71428571 ...  -57.57142857\n    -57.42857143  -57.28571429]\n  [ -57.14285714  -57.          -56.85714286 ...  -14.71428571\n    -14.57142857  -14.42857143]\n  [ -14.28571429  -14.14285714  -14.         ...   28.14285714\n     28.28571429   28.42857143]]\n\n [[  28.57142857   28.71428571   28.85714286 ...   71.\n     71.14285714   71.28571429]\n  [  71.42857143   71.57142857   71.71428571 ...  113.85714286\n    114.          114.14285714]\n  [ 114.28571429  114.42857143  114.57142857 ...  156.71428571\n    156.85714286  157.        ]\n  [ 157.14285714  157.28571429  157.42857143 ...  199.57142857\n    199.71428571  199.85714286]]]"
        );
        let data: Vec<f32> = (0..1200).map(|i| i as f32 * 1e-3).collect();
        let text = show(&[3, 20, 20], &data);
        assert!(
            text.starts_with(
                "[[[0.0000000e+00 1.0000000e-03 2.0000001e-03 ... 1.7000001e-02\n   1.8000001e-02 1.9000001e-02]\n  [2.0000001e-02 2.1000002e-02 2.2000002e-02 ... 3.7000000e-02\n   3.8000003e-02 3.9000001e-02]\n  [4.0000003e-02 4.1000001e-02 4.2000003e-02 ... 5.7000004e-02\n   5.8000002e-02 5.9000004e-02]\n  ...\n  [3.4000000e-01 "
            ),
            "{text}"
        );
        assert!(
            text.ends_with(
                "  [1.1800001e+00 1.1810001e+00 1.1820000e+00 ... 1.1970000e+00\n   1.1980001e+00 1.1990000e+00]]]"
            ),
            "{text}"
        );
    }
}
