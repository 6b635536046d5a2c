//! The macros work when the facade is renamed.

#[test]
fn every_form_through_a_renamed_dependency() {
    let a = renamed_dependent::every_form();
    assert_eq!(a, ta::array![[11, 3, 1], [80, 15, 0]]);
}
