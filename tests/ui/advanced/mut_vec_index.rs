// An index array given as an expression (here a `Vec<usize>`) is advanced just like a list
// literal: `index!(mut ..)` cannot take it.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3];
    let idx: Vec<usize> = vec![0, 2];
    let picked = index!(mut a[idx]);
    picked.fill(0);
    println!("{a:?}");
}
