// A `View` is read-only, like `&[T]`: its elements cannot be assigned.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let v = a.view();
    v[[0]] = 10;
    println!("{a:?}");
}
