// A view borrows its array, so it cannot outlive it: return the `Owned` array instead.
use typed_array::prelude::*;

fn evens() -> View<'static, i64, U1> {
    let a = Owned::<i64, U1>::arange(10);
    index!(a[::2])
}

fn main() {
    println!("{:?}", evens());
}
