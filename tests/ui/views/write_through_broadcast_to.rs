use typed_array::prelude::*;

fn main() {
    let row = array![1, 2, 3];
    let mut b = row.broadcast_to([2, 3]).unwrap();
    b.fill(0);
}
