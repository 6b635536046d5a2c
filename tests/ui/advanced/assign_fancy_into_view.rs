// Assigning through an index array writes into the array, and a `View` is read-only.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let v = a.view();
    index!(v[[0, 1]] = 0);
    println!("{a:?}");
}
