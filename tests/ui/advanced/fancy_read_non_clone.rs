// Fancy indexing copies the selected elements, so the element type must be `Clone`.
use typed_array::prelude::*;

#[derive(Debug)]
struct NoClone;

fn main() {
    let a: Owned<NoClone, U1> = Owned::from_vec(vec![NoClone, NoClone, NoClone]);
    let x = index!(a[[0, 2]]);
    println!("{x:?}");
}
