// A `ViewMut` moved to another thread still borrows its array exclusively: this thread
// cannot read the array until the scope ends.
use typed_array::prelude::*;

fn main() {
    let mut a = array![1, 2, 3];
    let mut tail = index!(mut a[1:]);
    std::thread::scope(|s| {
        s.spawn(move || tail.fill(0));
        println!("{}", a.len());
    });
}
