// `ViewMut` is invariant in its element type, like `&mut [T]`: if a `ViewMut<&'static str>`
// could be seen as a `ViewMut<&'a str>`, a short-lived `&'a str` could be written into it.
// (The same function with `View` compiles: `View` is covariant, like `&[T]`.)
use typed_array::prelude::*;

fn shorten<'a, 'b: 'a>(v: ViewMut<'a, &'b str, U1>) -> ViewMut<'a, &'a str, U1> {
    v
}

fn main() {
    let mut words = array!["a", "b"];
    let short = shorten(words.view_mut());
    println!("{short:?}");
}
