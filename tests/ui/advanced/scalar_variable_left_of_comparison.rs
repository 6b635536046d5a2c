// Inside brackets the array goes on the left of a comparison: `t < x` with a scalar `t` is
// refused, and the message says to write `x > t`.
use typed_array::prelude::*;

fn main() {
    let x = array![1, 5, 3];
    let t = 2;
    let _big = index!(x[t < x]);
}
