use typed_array::prelude::*;

fn main() {
    let a = Owned::<i32, U3>::zeros([2, 3, 4]);
    let x = index!(a[1, , 2]);
    println!("{x:?}");
}
