use typed_array::prelude::*;

fn main() {
    let x = 5;
    let y = index!(x[0]);
    println!("{y:?}");
}
