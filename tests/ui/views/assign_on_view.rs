// `assign` copies a value into the array, so it is not available on a read-only `View`.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let mut v = a.view();
    v.assign(&array![4, 5, 6]);
    println!("{a:?}");
}
