// Two `ViewMut`s of one array, taken one after the other, cannot be alive together, even when
// they do not overlap.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3, 4];
    let mut left = index!(mut a[:2]);
    let mut right = index!(mut a[2:]);
    left[0] = 10;
    right[0] = 30;
}
