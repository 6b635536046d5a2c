//! The macros work when the facade is renamed.

#[test]
fn every_form_through_a_renamed_dependency() {
    let a = renamed_dependent::every_form();
    assert_eq!(a, ta::array![[11, 3, 1], [80, 15, 0]]);
}

#[test]
fn advanced_forms_through_a_renamed_dependency() {
    let a = renamed_dependent::advanced_forms();
    assert_eq!(a, ta::array![[11, 2, 3], [6, 2, 2]]);
}
