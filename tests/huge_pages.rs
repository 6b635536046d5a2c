//! Large fresh arrays are advised to use transparent huge pages, as NumPy's are (Linux).
//!
//! The kernel marks an advised range `hg` in the `VmFlags` of `/proc/self/smaps`; that flag
//! is checked, not whether huge pages were actually granted, which depends on the machine.
#![cfg(target_os = "linux")]

use typed_array::prelude::*;

/// Whether the mapping holding `p` carries `MADV_HUGEPAGE`, or `None` when the kernel has no
/// transparent huge pages (nothing to check).
fn advised(p: *const f64) -> Option<bool> {
    if !std::path::Path::new("/sys/kernel/mm/transparent_hugepage/enabled").exists() {
        return None;
    }
    let addr = p as usize;
    let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
    let mut inside = false;
    for line in smaps.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        let range = first
            .split_once('-')
            .map(|(lo, hi)| (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16)));
        if let Some((Ok(lo), Ok(hi))) = range {
            inside = lo <= addr && addr < hi;
            continue;
        }
        if inside && line.starts_with("VmFlags:") {
            return Some(line.split_whitespace().any(|f| f == "hg"));
        }
    }
    panic!("no mapping holds {addr:#x}");
}

/// A pointer into the middle of the array's buffer: the advice covers the whole 2 MiB blocks
/// inside it, so its first bytes may lie in a mapping of their own.
fn middle<D: Dim>(a: &Owned<f64, D>) -> *const f64 {
    let s = a.as_slice().unwrap();
    &s[s.len() / 2]
}

#[test]
fn fresh_large_arrays_are_advised() {
    const N: usize = 2_000_000; // 16 MB of f64
    let x = Owned::<f64, U1>::linspace(0.0, 1.0, N);
    let made: Vec<(&str, Owned<f64, U1>)> = vec![
        ("zeros", Owned::zeros([N])),
        ("full", Owned::full([N], 1.5)),
        ("from_shape_fn", Owned::from_shape_fn([N], |[i]| i as f64)),
        ("to_owned of a reversed view", index!(x[::-1]).to_owned()),
        ("arithmetic", &x + &x),
        ("map", x.map(|v| v * 2.0)),
        ("mask read", index!(x[x > 0.25])),
    ];
    if advised(middle(&x)).is_none() {
        return;
    }
    assert_eq!(advised(middle(&x)), Some(true), "linspace");
    for (what, a) in &made {
        assert!(a.len() > N / 2, "{what}: a large array");
        assert_eq!(advised(middle(a)), Some(true), "{what}");
    }
    // Values as well as advice: the buffers hold what they should.
    assert!(made[0].1.iter().all(|&v| v == 0.0));
    assert!(made[1].1.iter().all(|&v| v == 1.5));
    assert_eq!(made[2].1.as_slice().unwrap()[N - 1], (N - 1) as f64);
    assert_eq!(made[3].1.as_slice().unwrap()[0], 1.0);
}
