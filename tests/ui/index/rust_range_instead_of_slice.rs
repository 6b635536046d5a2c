// Rust's `1..3` is not an index item: NumPy's slice `1:3` is.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3, 4];
    let x = index!(a[1..3]);
    println!("{x:?}");
}
