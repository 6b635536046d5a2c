// `index!(v[..] = x)` writes, and a `View` is read-only: write into the array it came from.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let v = a.view();
    index!(v[0] = 10);
    println!("{a:?}");
}
