// `index!(mut ..)` asks for a `ViewMut`, and a `View` cannot give one.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let v = a.view();
    let tail = index!(mut v[1:]);
    println!("{tail:?}");
}
