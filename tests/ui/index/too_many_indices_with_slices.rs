use typed_array::prelude::*;

fn main() {
    let a = Owned::<i32, U2>::zeros([2, 3]);
    let x = index!(a[1:, :, 0]);
    println!("{x:?}");
}
