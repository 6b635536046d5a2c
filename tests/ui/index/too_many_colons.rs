use typed_array::prelude::*;

fn main() {
    let a = Owned::<i32, U1>::arange(10);
    let x = index!(a[1:2:3:4]);
    println!("{x:?}");
}
