// An index array holds integers; a `Vec<f64>` is not one.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let idx = vec![0.5f64];
    let x = index!(a[idx]);
    println!("{x:?}");
}
