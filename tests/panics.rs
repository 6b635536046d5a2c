//! Panicking operations report NumPy's words at the caller's line (`#[track_caller]` all the
//! way through the macro expansion), and `try_index!` returns the same errors.

use std::panic;
use std::sync::Mutex;

use typed_array::prelude::*;

static HOOK: Mutex<()> = Mutex::new(());

/// Runs `f`, expecting a panic; returns its message and the file and line it reports.
fn panic_site(f: impl FnOnce() + panic::UnwindSafe) -> (String, String, u32) {
    let _guard = HOOK.lock().unwrap_or_else(|e| e.into_inner());
    let seen = std::sync::Arc::new(Mutex::new(None));
    let seen2 = seen.clone();
    let prev = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        let loc = info.location().map(|l| (l.file().to_string(), l.line()));
        *seen2.lock().unwrap() = Some((msg, loc));
    }));
    let r = panic::catch_unwind(f);
    panic::set_hook(prev);
    assert!(r.is_err(), "expected a panic");
    let (msg, loc) = seen.lock().unwrap().take().expect("the hook saw the panic");
    let (file, line) = loc.expect("a location");
    (msg, file, line)
}

#[test]
fn panics_point_at_the_callers_line() {
    let a = Owned::<i32, U1>::arange(5);
    let line = line!() + 2;
    let (msg, file, at) = panic_site(|| {
        let _ = index!(a[5]);
    });
    assert_eq!(msg, "index 5 is out of bounds for axis 0 with size 5");
    assert_eq!((file.as_str(), at), (file!(), line));

    let line = line!() + 3;
    let (msg, file, at) = panic_site(|| {
        let mut b = Owned::<i32, U2>::zeros([2, 3]);
        index!(b[0] = array![1, 2]);
    });
    assert_eq!(
        msg,
        "could not broadcast input array from shape (2,) into shape (3,)"
    );
    assert_eq!((file.as_str(), at), (file!(), line));

    let line = line!() + 3;
    let (msg, file, at) = panic_site(|| {
        let mut b = Owned::<i32, U1>::zeros([2]);
        b += array![1, 2, 3];
    });
    assert_eq!(
        msg,
        "operands could not be broadcast together with shapes (2,) (3,) (2,)"
    );
    assert_eq!((file.as_str(), at), (file!(), line));

    let line = line!() + 1;
    let (msg, file, at) = panic_site(|| drop(Owned::<u8, U2>::zeros([usize::MAX, 2])));
    assert!(
        msg.starts_with("array is too big: shape (18446744073709551615,2)"),
        "{msg}"
    );
    assert_eq!((file.as_str(), at), (file!(), line));

    let line = line!() + 2;
    let (msg, file, at) = panic_site(|| {
        let _ = a[[7]];
    });
    assert_eq!(msg, "index 7 is out of bounds for axis 0 with size 5");
    assert_eq!((file.as_str(), at), (file!(), line));
}

#[test]
fn computed_zero_step_and_first_bad_item_from_the_left() {
    let a = Owned::<i32, U1>::arange(12).into_shape([3, 4]).unwrap();
    let zero = 0;
    assert_eq!(
        try_index!(a[::zero]).unwrap_err().to_string(),
        "slice step cannot be zero"
    );
    assert_eq!(
        try_index!(a[::zero]).unwrap_err(),
        IndexError::ZeroStep { axis: 0 }
    );
    assert_eq!(
        try_index!(a[7, 9]).unwrap_err().to_string(),
        "index 7 is out of bounds for axis 0 with size 3"
    );
    assert_eq!(
        try_index!(a[1, 9]).unwrap_err().to_string(),
        "index 9 is out of bounds for axis 1 with size 4"
    );
    assert_eq!(
        try_index!(a[-4, ::zero]).unwrap_err().to_string(),
        "index -4 is out of bounds for axis 0 with size 3"
    );
    let big = u64::MAX;
    assert_eq!(
        try_index!(a[big]).unwrap_err().to_string(),
        "index 18446744073709551615 is out of bounds for axis 0 with size 3"
    );
}

#[test]
fn element_targets_take_scalars_only() {
    let mut a = Owned::<i32, U2>::zeros([2, 2]);
    assert_eq!(
        try_index!(a[0, 1] = array![5]).unwrap_err().to_string(),
        "setting an array element with a sequence."
    );
    // A 0-d view (written with `...`) takes any value that broadcasts to no axes.
    try_index!(a[0, 1, ...] = array![[5]]).unwrap();
    index!(a[1, 1] = 7);
    index!(a[1, 0] += 2);
    assert_eq!(a, array![[0, 5], [2, 7]]);
}
