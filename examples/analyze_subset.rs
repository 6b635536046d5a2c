//! Normalising part of a data set without touching the data set.
//!
//! The NumPy original:
//!
//! ```python
//! def analyze_subset(data):
//!     subset = data[10:20].copy()   # without .copy(), the next two lines rewrite `data`
//!     subset -= subset.mean()
//!     subset /= subset.std()
//!     return subset
//! ```
//!
//! In NumPy, forgetting `.copy()` silently normalises `data` itself. Here `index!(data[10:20])`
//! is a `View`, and `-=` on a `View` does not compile: the copy has to be asked for, and the
//! type of `subset` (`Owned`) says it is one.
//!
//! Run with `cargo run --example analyze_subset`.

use typed_array::prelude::*;

/// Rows 10..20 of `data`, shifted to mean 0 and scaled to standard deviation 1 (over all
/// their elements, as NumPy's `mean()` and `std()` without an axis). `data` is unchanged.
fn analyze_subset(data: View<'_, f64, U2>) -> Owned<f64, U2> {
    let mut subset: Owned<f64, U2> = index!(data[10:20]).to_owned();
    subset -= subset.mean();
    subset /= subset.std();
    subset
}

fn main() {
    // data = np.arange(60.0).reshape(20, 3) ** 1.5
    let data = Owned::<f64, U1>::arange(60.0)
        .into_shape([20, 3])
        .unwrap()
        .mapv(|x| x.powf(1.5));
    let before = data.clone();

    let subset = analyze_subset(data.view());
    println!("subset = analyze_subset(data)   # rows 10..20, normalised");
    println!("{subset}");
    println!("subset.mean() = {:.1e}", subset.mean());
    println!("subset.std()  = {:.6}", subset.std());
    println!("data unchanged: {}", data == before);
    println!(
        "subset shares memory with data: {}",
        shares_memory(&subset, &data)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_a_copy_and_leaves_the_source_alone() {
        let data = Owned::<f64, U1>::arange(60.0)
            .into_shape([20, 3])
            .unwrap()
            .mapv(|x| x.powf(1.5));
        let before = data.clone();
        let subset = analyze_subset(data.view());
        assert_eq!(subset.shape(), &[10, 3]);
        assert!(subset.mean().abs() < 1e-12);
        assert!((subset.std() - 1.0).abs() < 1e-12);
        assert_eq!(data, before);
        assert!(!shares_memory(&subset, &data));
        // NumPy: ((d := np.arange(30.0, 60.0) ** 1.5) - d.mean()) / d.std()
        let rows: Owned<f64, U1> = Owned::<f64, U1>::arange(30.0).mapv(|x| (x + 30.0).powf(1.5));
        let expected = (&rows - rows.mean()) / rows.std();
        assert!(subset.allclose(expected.into_shape([10, 3]).unwrap()));
        assert!((subset[[0, 0]] - -1.582155808550749).abs() < 1e-12);
    }
}
