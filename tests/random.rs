//! Random arrays (the `rand` feature): shapes, ranges, and reproducibility from a seed.

use rand::SeedableRng;
use rand::rngs::StdRng;
use typed_array::prelude::*;
use typed_array::rand_distr::{Bernoulli, Uniform};

#[test]
fn uniform_values_in_the_unit_interval() {
    let mut rng = StdRng::seed_from_u64(42);
    let a = Owned::<f64, U3>::random([20, 30, 40], &mut rng);
    assert_eq!(a.shape(), &[20, 30, 40]);
    assert!(a.iter().all(|&x| (0.0..1.0).contains(&x)));
    // 24000 uniform values: mean 1/2 and variance 1/12, within a few standard errors.
    assert!((a.mean() - 0.5).abs() < 0.01);
    assert!((a.var() - 1.0 / 12.0).abs() < 0.005);
    let f = Owned::<f32, U1>::random([1000], &mut rng);
    assert!(f.iter().all(|&x| (0.0..1.0).contains(&x)));
}

#[test]
fn normal_values() {
    let mut rng = StdRng::seed_from_u64(7);
    let z = Owned::<f64, U2>::randn([200, 500], &mut rng);
    assert!(z.mean().abs() < 0.01);
    assert!((z.std() - 1.0).abs() < 0.01);
    // Some values beyond two standard deviations, about 4.6% of them.
    let tails = z.iter().filter(|x| x.abs() > 2.0).count() as f64 / z.len() as f64;
    assert!((tails - 0.0455).abs() < 0.005, "{tails}");
}

#[test]
fn a_seed_reproduces_the_array() {
    let draw = |seed| Owned::<f64, U2>::random([3, 4], &mut StdRng::seed_from_u64(seed));
    assert_eq!(draw(1), draw(1));
    assert_ne!(draw(1), draw(2));
    // Elements come in C order from the generator: the same stream as drawing one by one.
    let mut rng = StdRng::seed_from_u64(9);
    let a = Owned::<u32, U2>::random_using([2, 3], Uniform::new(0, 10).unwrap(), &mut rng);
    let mut rng = StdRng::seed_from_u64(9);
    let flat = Owned::<u32, U1>::random_using([6], Uniform::new(0, 10).unwrap(), &mut rng);
    assert_eq!(a, flat.into_shape([2, 3]).unwrap());
    assert!(a.iter().all(|&x| x < 10));
}

#[test]
fn any_distribution_and_empty_shapes() {
    let mut rng = StdRng::seed_from_u64(3);
    let coin = Owned::<bool, U1>::random_using([10_000], Bernoulli::new(0.25).unwrap(), &mut rng);
    let heads = coin.iter().filter(|&&x| x).count();
    assert!((2300..2700).contains(&heads), "{heads}");
    let e = Owned::<f64, U2>::random([0, 5], &mut rng);
    assert_eq!((e.shape(), e.len()), (&[0, 5][..], 0));
}
