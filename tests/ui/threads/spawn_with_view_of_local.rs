// `std::thread::spawn` needs `'static` data, and a `View` borrows a local array: use
// `std::thread::scope`, or move the `Owned` array into the thread.
use typed_array::prelude::*;

fn main() {
    let a = array![1, 2, 3];
    let v = a.view();
    let handle = std::thread::spawn(move || v.iter().sum::<i32>());
    println!("{}", handle.join().unwrap());
}
