//! The procedural macros behind typed-array: `array!` and `index!`/`try_index!`.
//!
//! Users call the `macro_rules!` wrappers in the `typed-array` facade, which pass `$crate`
//! as the first token so that the expansion names the runtime crate however the user
//! renamed it. This crate only wires: parse (`ast`), check while parsing, then expand.
//! Every mistake becomes a `syn::Error` spanned on the offending tokens; the expansion of a
//! failed call is `{ compile_error!(..)... $crate::__private::error() }` (a value of any
//! type), so the user sees each error once and no follow-on errors.

mod array;
mod ast;
mod expand;
mod tokens;

use proc_macro::TokenStream;

/// `array![..]`: input `$crate; ELEMENTS`. Not public API; use `typed_array::array!`.
#[proc_macro]
pub fn array_impl(input: TokenStream) -> TokenStream {
    array::expand(input.into()).into()
}

/// `index!(..)` and `try_index!(..)`: input `$crate; panic|try; FORM`. Not public API; use
/// `typed_array::index!`.
#[proc_macro]
pub fn index_impl(input: TokenStream) -> TokenStream {
    match ast::parse(input.into()) {
        Ok(call) => expand::expand(&call),
        Err((krate, err)) => tokens::error_expr(&krate, err),
    }
    .into()
}
