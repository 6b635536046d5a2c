use typed_array::prelude::*;

fn main() {
    let a = array![[1, 2], 3];
    println!("{a:?}");
}
