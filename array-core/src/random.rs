//! Random arrays, with the cargo feature `rand`: [`Owned::random`], [`Owned::randn`] and
//! [`Owned::random_using`].
//!
//! Elements are drawn in C order from the generator given, so a seeded generator gives the
//! same array on every run and platform (as far as the distribution itself is portable).

use rand::Rng;
use rand::distr::{Distribution, StandardUniform};
use rand_distr::StandardNormal;

use crate::error::OrFail;
use crate::layout;
use crate::{IntoShape, Owned, rank::Dim};

impl<T, D: Dim> Owned<T, D> {
    /// An array of `shape` with elements drawn from `distribution`, in C order.
    ///
    /// # Panics
    /// When the shape's size does not fit in memory (`isize::MAX` bytes).
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// use typed_array::rand::SeedableRng;
    /// use typed_array::rand_distr::Uniform;
    ///
    /// let mut rng = typed_array::rand::rngs::StdRng::seed_from_u64(7);
    /// let dice = Owned::<u8, U2>::random_using([2, 3], Uniform::new_inclusive(1, 6).unwrap(), &mut rng);
    /// assert!(dice.iter().all(|&d| (1..=6).contains(&d)));
    /// ```
    #[track_caller]
    pub fn random_using<Sh, X, R>(shape: Sh, distribution: X, rng: &mut R) -> Self
    where
        Sh: IntoShape<D>,
        X: Distribution<T>,
        R: Rng + ?Sized,
    {
        let shape = shape.into_shape();
        let n = layout::checked_size::<T>(shape.as_ref()).or_fail();
        let mut data: Vec<T> = crate::alloc::vec_with_capacity(n);
        data.extend((0..n).map(|_| distribution.sample(rng)));
        // SAFETY: `n` elements for a shape whose size was checked.
        unsafe { Owned::from_vec_unchecked(shape, data) }
    }

    /// Uniform in `[0, 1)` for floats (rand's `StandardUniform`; for integers, uniform over
    /// all values), NumPy's `rng.random(shape)`.
    ///
    /// # Panics
    /// When the shape's size does not fit in memory.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// use typed_array::rand::SeedableRng;
    ///
    /// let mut rng = typed_array::rand::rngs::StdRng::seed_from_u64(1);
    /// let a = Owned::<f64, U2>::random([100, 10], &mut rng);
    /// assert!(a.iter().all(|&x| (0.0..1.0).contains(&x)));
    /// ```
    #[track_caller]
    pub fn random<Sh: IntoShape<D>, R: Rng + ?Sized>(shape: Sh, rng: &mut R) -> Self
    where
        StandardUniform: Distribution<T>,
    {
        Self::random_using(shape, StandardUniform, rng)
    }

    /// Standard normal (mean 0, standard deviation 1), NumPy's
    /// `rng.standard_normal(shape)`.
    ///
    /// # Panics
    /// When the shape's size does not fit in memory.
    ///
    /// ```
    /// use typed_array::prelude::*;
    /// use typed_array::rand::SeedableRng;
    ///
    /// let mut rng = typed_array::rand::rngs::StdRng::seed_from_u64(2);
    /// let z = Owned::<f64, U1>::randn([10_000], &mut rng);
    /// assert!(z.mean().abs() < 0.05 && (z.std() - 1.0).abs() < 0.05);
    /// ```
    #[track_caller]
    pub fn randn<Sh: IntoShape<D>, R: Rng + ?Sized>(shape: Sh, rng: &mut R) -> Self
    where
        StandardNormal: Distribution<T>,
    {
        Self::random_using(shape, StandardNormal, rng)
    }
}
