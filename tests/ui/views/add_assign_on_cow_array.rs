// A `CowArray` may borrow its source, so it is read-only: `-=` is refused.
use typed_array::prelude::*;

fn main() {
    let a = array![[1, 2], [3, 4]];
    let mut c = a.ravel();
    c -= 1;
}
