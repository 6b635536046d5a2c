// A mask written as a comparison is advanced too: `index!(mut ..)` cannot take it. Assign
// through it instead: `index!(a[a > 0] = v)`.
use typed_array::prelude::*;

fn main() {
    let mut a = array![-1, 2, 3];
    let positive = index!(mut a[a > 0]);
    positive.fill(0);
    println!("{a:?}");
}
