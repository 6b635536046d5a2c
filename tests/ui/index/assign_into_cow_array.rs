// A `CowArray` is read-only (it may be a view): `.into_owned()` it first.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let c = CowArray::from(a.view());
    index!(c[0] = 10);
    println!("{c:?}");
}
