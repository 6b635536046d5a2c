// `index!(mut ..)` gives a view, and an index array selects a copy: writes to it would be
// lost. Assign through the index instead: `index!(a[[0, 2]] = v)`.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3];
    let picked = index!(mut a[[0, 2]]);
    picked.fill(0);
    println!("{a:?}");
}
