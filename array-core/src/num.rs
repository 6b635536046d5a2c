//! The small numeric vocabulary the constructors and reductions need: [`Zero`], [`One`],
//! [`Float`].
//!
//! Implemented for the primitive numbers. They are ordinary traits, so a user's number type
//! can implement them too.

/// A type with an additive identity, for [`Owned::zeros`](crate::Owned::zeros).
pub trait Zero {
    /// `0`.
    fn zero() -> Self;
}

/// A type with a multiplicative identity, for [`Owned::ones`](crate::Owned::ones).
pub trait One {
    /// `1`.
    fn one() -> Self;
}

/// A floating-point type, for [`Owned::linspace`](crate::Owned::linspace).
pub trait Float:
    Copy
    + Zero
    + One
    + PartialOrd
    + core::ops::Add<Output = Self>
    + core::ops::Sub<Output = Self>
    + core::ops::Mul<Output = Self>
    + core::ops::Div<Output = Self>
{
    /// The nearest value to `n`.
    fn from_usize(n: usize) -> Self;
    /// The square root (NaN for a negative number).
    fn sqrt(self) -> Self;
    /// The absolute value.
    fn abs(self) -> Self;
    /// Whether the value is neither infinite nor NaN.
    fn is_finite(self) -> bool;
}

macro_rules! numbers {
    ($zero:literal $one:literal: $($t:ty)*) => {$(
        impl Zero for $t {
            #[inline(always)]
            fn zero() -> Self {
                $zero
            }
        }
        impl One for $t {
            #[inline(always)]
            fn one() -> Self {
                $one
            }
        }
    )*};
}

numbers!(0 1: i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);
numbers!(0.0 1.0: f32 f64);

impl Zero for bool {
    fn zero() -> Self {
        false
    }
}

impl One for bool {
    fn one() -> Self {
        true
    }
}

impl Float for f32 {
    #[inline(always)]
    fn from_usize(n: usize) -> Self {
        n as f32
    }
    #[inline(always)]
    fn sqrt(self) -> Self {
        f32::sqrt(self)
    }
    #[inline(always)]
    fn abs(self) -> Self {
        f32::abs(self)
    }
    #[inline(always)]
    fn is_finite(self) -> bool {
        f32::is_finite(self)
    }
}

impl Float for f64 {
    #[inline(always)]
    fn from_usize(n: usize) -> Self {
        n as f64
    }
    #[inline(always)]
    fn sqrt(self) -> Self {
        f64::sqrt(self)
    }
    #[inline(always)]
    fn abs(self) -> Self {
        f64::abs(self)
    }
    #[inline(always)]
    fn is_finite(self) -> bool {
        f64::is_finite(self)
    }
}
