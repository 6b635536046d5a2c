// The second row of the second block is short.
use typed_array::prelude::*;

fn main() {
    let a = array![[[1, 2], [3, 4]], [[5, 6], [7]]];
    println!("{a:?}");
}
