// A list index is either a mask (all `true`/`false`) or an index array (all integers).
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let x = index!(a[[true, 1]]);
    println!("{x:?}");
}
