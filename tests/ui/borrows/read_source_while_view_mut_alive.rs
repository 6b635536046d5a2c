// A `ViewMut` borrows its array exclusively: the array cannot be read while the view is used.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3];
    let mut tail = index!(mut a[1:]);
    println!("{}", a.len());
    tail[0] = 20;
}
