//! Compile-fail tests: each program in `tests/ui/<topic>/` makes one mistake that the
//! compiler must reject, and its `.stderr` is the message the user sees (SPEC §7).
//!
//! Runs on stable. To regenerate the expected output after a deliberate change to a
//! message: `TRYBUILD=overwrite cargo test --test compile_fail`, then read every diff.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/**/*.rs");
}
