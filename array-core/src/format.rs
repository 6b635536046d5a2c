//! `Display` in NumPy's `str()` format: how each element is spelled and padded, where rows
//! wrap, and which elements a summary keeps.
//!
//! The rules are those of NumPy 2's `arrayprint.py` under its default print options
//! (`linewidth=75`, `threshold=1000`, `edgeitems=3`, `precision=8`, `floatmode='maxprec'`,
//! `sign='-'`, `legacy=False`). Printing first chooses one layout for the whole array from
//! the elements that will be shown (NumPy's `IntegerFormat`, `BoolFormat` or
//! `FloatingFormat`), then writes every element with it. A summarised array never visits
//! the elements hidden behind `...`, and, as in NumPy, they do not influence the layout.

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
    /// elements are read by value, possibly more than once.
    pub trait Sealed: Copy {}
}

/// Writes the array with `shape` whose element at multi-index `idx` is `elem(idx)`, as
/// NumPy's `str()` does.
///
/// A 0-d array (empty `shape`) prints its element as NumPy prints a scalar, and an array
/// with no elements prints `[]` whatever its shape. Otherwise `elem` is called only with
/// the indices of printed elements, at most three times each (floats: once to choose the
/// notation, once to measure, once to write).
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

    let mut idx = vec![0; shape.len()];
    let mut style = T::Style::choose(&mut |visit| {
        for_each_shown(shape, summarise, &mut idx, 0, &mut |i| visit(elem(i)));
    });
    let mut write_elem = |i: &[usize], word: &mut String| style.write(elem(i), word);
    Printer {
        shape,
        summarise,
        idx,
        word: String::new(),
        write_elem: &mut write_elem,
    }
    .write_axis(f, 0)
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
    /// The multi-index of the block being written.
    idx: Vec<usize>,
    /// The current element's text, reused to avoid an allocation per element.
    word: String,
    /// Appends the text of the element at an index, padded to the array's common width.
    write_elem: &'a mut dyn FnMut(&[usize], &mut String),
}

impl Printer<'_> {
    /// Writes the block at `self.idx[..axis]`, starting at the cursor's column.
    fn write_axis(&mut self, f: &mut fmt::Formatter<'_>, axis: usize) -> fmt::Result {
        let ndim = self.shape.len();
        if axis + 1 == ndim {
            return self.write_row(f);
        }
        // Sub-blocks are separated by one line break per axis they span (so rank-3 blocks
        // have a blank line between them) and start under the block's first `[`.
        f.write_char('[')?;
        for (n, item) in shown(self.shape[axis], self.summarise).enumerate() {
            if n > 0 {
                write_repeated(f, '\n', ndim - axis - 1)?;
                write_repeated(f, ' ', axis + 1)?;
            }
            match item {
                Some(i) => {
                    self.idx[axis] = i;
                    self.write_axis(f, axis + 1)?;
                }
                None => f.write_str("...")?,
            }
        }
        f.write_char(']')
    }

    /// Writes the row at `self.idx[..ndim - 1]`, wrapping it as NumPy's `_extendLine` does.
    fn write_row(&mut self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
        f.write_char('[')?;
        for (n, item) in shown(self.shape[axis], self.summarise).enumerate() {
            self.word.clear();
            match item {
                Some(i) => {
                    self.idx[axis] = i;
                    (self.write_elem)(&self.idx, &mut self.word);
                }
                None => self.word.push_str("..."),
            }
            if n > 0 {
                owed += 1;
                column += 1;
            }
            // Wrapping cannot help a word that already starts its line.
            if column + self.word.len() > limit && column > start {
                f.write_char('\n')?;
                write_repeated(f, ' ', start)?;
                column = start;
                owed = 0;
            }
            let text = self.word.trim_end();
            write_repeated(f, ' ', owed)?;
            f.write_str(text)?;
            owed = self.word.len() - text.len();
            column += self.word.len();
        }
        write_repeated(f, ' ', owed)?;
        f.write_char(']')
    }
}

/// Writes `n` copies of `c`.
fn write_repeated(f: &mut fmt::Formatter<'_>, c: char, n: usize) -> fmt::Result {
    for _ in 0..n {
        f.write_char(c)?;
    }
    Ok(())
}

// Not public API: `Style` and its implementors are `pub` only because the sealed
// `DisplayElement` names them; this module is private, so nothing outside the crate can.

/// Passes every element that will be printed, in C order, to its argument. A style may call
/// it more than once.
pub type Shown<'a, T> = dyn FnMut(&mut dyn FnMut(T)) + 'a;

/// How one element type is laid out: chosen once per array from the elements that will be
/// printed, then used to write each of them.
pub trait Style<T>: Sized {
    /// Chooses the layout from the elements `shown` passes.
    fn choose(shown: &mut Shown<'_, T>) -> Self;

    /// Appends `x`'s text to `word`, padded to the width every element of the array shares.
    fn write(&mut self, x: T, word: &mut String);

    /// Writes the only element of a 0-d array, as NumPy's `str()` of that scalar.
    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result;
}

/// Integers are right-aligned to the longest one, minus sign included (`IntegerFormat`).
#[derive(Debug)]
pub struct IntStyle {
    width: usize,
}

impl<T: fmt::Display> Style<T> for IntStyle {
    fn choose(shown: &mut Shown<'_, T>) -> Self {
        let mut width = 0;
        shown(&mut |x| {
            let mut len = CharCount(0);
            push_fmt(&mut len, format_args!("{x}"));
            width = width.max(len.0);
        });
        IntStyle { width }
    }

    fn write(&mut self, x: T, word: &mut String) {
        push_fmt(word, format_args!("{x:>width$}", width = self.width));
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result {
        write!(f, "{x}")
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
    fn choose(_shown: &mut Shown<'_, bool>) -> Self {
        BoolStyle
    }

    fn write(&mut self, x: bool, word: &mut String) {
        word.push_str(if x { " True" } else { "False" });
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: bool) -> fmt::Result {
        f.write_str(if x { "True" } else { "False" })
    }
}

/// What float printing needs from `f32` and `f64`.
///
/// Rust's `{}` and `{:e}` give the shortest digits that round-trip in the value's own type,
/// as NumPy's Dragon4 does in "unique" mode, except that the two break ties differently
/// (see `is_tie`); `{:.N}` and `{:.Ne}` round the exact binary value half to even, as
/// Dragon4 does when it cuts digits off.
pub trait PrintFloat:
    Copy + PartialOrd + Div<Output = Self> + fmt::Display + fmt::LowerExp
{
    /// Arrays switch to scientific notation from this magnitude on: NumPy's
    /// `10 ** min(8, finfo(dtype).precision)`.
    const EXP_CUTOFF: f64;
    /// A scalar is written positionally below this magnitude (NumPy's `max_positional`).
    const SCALAR_POSITIONAL_LIMIT: f64;
    /// Rounds to the type, as NumPy does with Python floats compared against its scalars.
    fn from_f64(x: f64) -> Self;
    /// Widens exactly.
    fn to_f64(self) -> f64;
}

impl PrintFloat for f64 {
    const EXP_CUTOFF: f64 = 1e8;
    const SCALAR_POSITIONAL_LIMIT: f64 = 1e16;
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
    fn from_f64(x: f64) -> Self {
        // Rounding is the point: NumPy compares in the array's own precision.
        x as f32
    }
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// How many digits a float keeps after the point.
#[derive(Clone, Copy, Debug)]
enum Digits {
    /// The shortest round-trip digits (Dragon4's "unique" mode).
    Shortest,
    /// The shortest round-trip digits, but no more than this many: past the cap the exact
    /// value is rounded, and the zeros that rounding may leave are trimmed.
    AtMost(usize),
    /// Exactly this many, rounded from the exact value.
    Exactly(usize),
}

/// A non-negative finite float's digits, split where NumPy aligns them.
#[derive(Debug)]
struct Pieces<'a> {
    int: &'a str,
    frac: &'a str,
    /// The exponent's sign and digits, in scientific notation.
    exp: Option<(char, &'a str)>,
}

impl<'a> Pieces<'a> {
    /// Splits Rust's rendering (`12.5`, `1e20`, `1.25e-5`) into its pieces.
    fn split(text: &'a str) -> Self {
        let (mantissa, exp) = match text.split_once('e') {
            Some((mantissa, exp)) => {
                let exp = match exp.strip_prefix('-') {
                    Some(digits) => ('-', digits),
                    None => ('+', exp),
                };
                (mantissa, Some(exp))
            }
            None => (text, None),
        };
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        Pieces { int, frac, exp }
    }
}

/// Renders `magnitude` (finite and not negative) with Rust's formatter into `buf` and
/// splits it.
fn render<T: PrintFloat>(
    magnitude: T,
    scientific: bool,
    digits: Digits,
    buf: &mut String,
) -> Pieces<'_> {
    buf.clear();
    if let Digits::Exactly(precision) = digits {
        push_exact(buf, magnitude, scientific, precision);
        return Pieces::split(buf);
    }
    push_shortest(buf, magnitude, scientific);
    let shortest = Pieces::split(buf);
    let places = shortest.frac.len();
    let cut = matches!(digits, Digits::AtMost(cap) if places > cap);
    if cut || is_tie(magnitude.to_f64(), &shortest) {
        let places = match digits {
            Digits::AtMost(cap) => places.min(cap),
            _ => places,
        };
        buf.clear();
        push_exact(buf, magnitude, scientific, places);
    }
    let mut pieces = Pieces::split(buf);
    pieces.frac = pieces.frac.trim_end_matches('0');
    pieces
}

/// Whether `magnitude` lies exactly halfway between the shortest digits Rust chose and the
/// neighbouring ones of the same length. Both round-trip; Rust picks the upper, Dragon4 the
/// one whose last digit is even, which exact rounding at that length also picks.
fn is_tie(magnitude: f64, shortest: &Pieces<'_>) -> bool {
    // The last shortest digit has weight 10^-places; a tie puts the value's last exact
    // decimal digit (a 5) one place further.
    let Ok(places) = i64::try_from(shortest.frac.len()) else {
        return false;
    };
    let exponent = match shortest.exp {
        None => Some(0),
        Some(('-', digits)) => digits.parse::<i64>().ok().map(|e| -e),
        Some((_, digits)) => digits.parse::<i64>().ok(),
    };
    exponent.is_some_and(|exponent| exact_places(magnitude) == places - exponent + 1)
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

/// Appends `magnitude`'s shortest round-trip digits.
fn push_shortest<T: PrintFloat>(buf: &mut String, magnitude: T, scientific: bool) {
    if scientific {
        push_fmt(buf, format_args!("{magnitude:e}"));
    } else {
        push_fmt(buf, format_args!("{magnitude}"));
    }
}

/// Appends `magnitude` rounded to `precision` digits after the point.
fn push_exact<T: PrintFloat>(buf: &mut String, magnitude: T, scientific: bool, precision: usize) {
    if scientific {
        push_fmt(buf, format_args!("{magnitude:.precision$e}"));
    } else {
        push_fmt(buf, format_args!("{magnitude:.precision$}"));
    }
}

/// Appends formatted text to an in-memory sink.
fn push_fmt(out: &mut impl fmt::Write, args: fmt::Arguments<'_>) {
    // Neither sink used here fails, and the `Display` impls of numbers never do.
    let _ = out.write_fmt(args);
}

/// Appends `n` copies of `c`.
fn push_repeated(out: &mut String, c: char, n: usize) {
    out.extend(core::iter::repeat_n(c, n));
}

/// Appends an exponent as NumPy spells it: `e`, a sign, at least `min_digits` digits.
fn push_exponent(out: &mut String, (sign, digits): (char, &str), min_digits: usize) {
    out.push('e');
    out.push(sign);
    push_repeated(out, '0', min_digits.saturating_sub(digits.len()));
    out.push_str(digits);
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
    /// Digits after the point: exact in scientific notation, a cap in positional.
    digits: Digits,
    /// Characters before the point, sign included.
    pad_left: usize,
    /// Characters after the point (in scientific notation: digits, `e`, sign, exponent).
    pad_right: usize,
    exp_digits: usize,
    /// Rust's rendering of the current element, reused to avoid an allocation per element.
    buf: String,
}

impl<T: PrintFloat> Style<T> for FloatStyle {
    fn choose(shown: &mut Shown<'_, T>) -> Self {
        // The notation depends on the finite non-zero magnitudes, compared in the array's
        // own precision as NumPy does.
        let mut range: Option<(T, T)> = None;
        let mut any_finite = false;
        let mut any_non_finite = false;
        let mut neg_inf = false;
        shown(&mut |x| {
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
        });
        let scientific = range.is_some_and(|(lo, hi)| {
            hi >= T::from_f64(T::EXP_CUTOFF) || lo < T::from_f64(1e-4) || hi / lo > T::from_f64(1e3)
        });

        let mut style = FloatStyle {
            scientific,
            digits: Digits::AtMost(PRECISION),
            pad_left: 0,
            pad_right: 0,
            exp_digits: 2,
            buf: String::new(),
        };
        if any_finite {
            // Measure every element's shortest digits (capped at 8) in the chosen notation.
            let (mut int_len, mut frac_len, mut exp_len) = (0, 0, 2);
            let buf = &mut style.buf;
            shown(&mut |x| {
                let v = x.to_f64();
                if v.is_finite() {
                    let pieces = render(T::from_f64(v.abs()), scientific, style.digits, buf);
                    int_len = int_len.max(usize::from(v.is_sign_negative()) + pieces.int.len());
                    frac_len = frac_len.max(pieces.frac.len());
                    if let Some((_, exp)) = pieces.exp {
                        exp_len = exp_len.max(exp.len());
                    }
                }
            });
            style.pad_left = int_len;
            if scientific {
                style.digits = Digits::Exactly(frac_len);
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

    fn write(&mut self, x: T, word: &mut String) {
        let v = x.to_f64();
        if !v.is_finite() {
            let text = non_finite(v);
            push_repeated(
                word,
                ' ',
                (self.pad_left + 1 + self.pad_right).saturating_sub(text.len()),
            );
            word.push_str(text);
            return;
        }
        let negative = v.is_sign_negative();
        let pieces = render(
            T::from_f64(v.abs()),
            self.scientific,
            self.digits,
            &mut self.buf,
        );
        let int_len = usize::from(negative) + pieces.int.len();
        push_repeated(word, ' ', self.pad_left.saturating_sub(int_len));
        if negative {
            word.push('-');
        }
        word.push_str(pieces.int);
        word.push('.');
        word.push_str(pieces.frac);
        match pieces.exp {
            Some(exp) => push_exponent(word, exp, self.exp_digits),
            None => push_repeated(word, ' ', self.pad_right.saturating_sub(pieces.frac.len())),
        }
    }

    fn write_scalar(f: &mut fmt::Formatter<'_>, x: T) -> fmt::Result {
        let v = x.to_f64();
        if !v.is_finite() {
            return f.write_str(non_finite(v));
        }
        let magnitude = v.abs();
        let scientific =
            magnitude != 0.0 && !(1e-4..T::SCALAR_POSITIONAL_LIMIT).contains(&magnitude);
        let mut buf = String::new();
        let pieces = render(
            T::from_f64(magnitude),
            scientific,
            Digits::Shortest,
            &mut buf,
        );
        let mut out = String::new();
        if v.is_sign_negative() {
            out.push('-');
        }
        out.push_str(pieces.int);
        match pieces.exp {
            // A scalar keeps a zero after the point (`1.0`) but not before an exponent (`1e+20`).
            Some(exp) => {
                if !pieces.frac.is_empty() {
                    out.push('.');
                    out.push_str(pieces.frac);
                }
                push_exponent(&mut out, exp, 2);
            }
            None => {
                out.push('.');
                out.push_str(if pieces.frac.is_empty() {
                    "0"
                } else {
                    pieces.frac
                });
            }
        }
        f.write_str(&out)
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
        // Three passes: choose the notation, measure, write.
        assert_eq!(visited.len(), 3 * 36);
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
}
