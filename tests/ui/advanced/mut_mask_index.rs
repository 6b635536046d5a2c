// A boolean mask selects a copy too, so `index!(mut ..)` cannot take one.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3];
    let m: Owned<bool, U1> = array![true, false, true];
    let picked = index!(mut a[m]);
    picked.fill(0);
    println!("{a:?}");
}
