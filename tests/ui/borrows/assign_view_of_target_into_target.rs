// The value is a view of the array being written: NumPy would read memory it is overwriting.
// Copy it first with `.to_owned()`.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3, 4, 5, 6];
    index!(a[::2] = index!(a[:3]));
    println!("{a:?}");
}
