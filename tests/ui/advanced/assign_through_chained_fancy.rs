// NumPy's `a[[2, 3]][0] = 1` writes into a temporary copy and leaves `a` unchanged: an
// advanced bracket before the last of an assignment is a compile error.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3, 4, 5];
    index!(a[[2, 3]][0] = 1);
    println!("{a:?}");
}
