// A shape's length is the rank: `[2, 3, 4]` is rank 3, and the array was declared rank 2.
use typed_array::prelude::*;

fn main() {
    let a = Owned::<i32, U2>::zeros([2, 3, 4]);
    println!("{a:?}");
}
