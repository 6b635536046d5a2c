//! Token-level helpers shared by both macros: splitting a stream at top-level punctuation,
//! and the expansion of a call that failed to parse.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::quote;

/// True when `tt` is the punctuation character `c`.
pub(crate) fn is_punct(tt: &TokenTree, c: char) -> bool {
    matches!(tt, TokenTree::Punct(p) if p.as_char() == c)
}

/// Splits a token list at each top-level `c` (groups are single trees, so separators inside
/// them are not top-level). Returns the segments and the separators' spans.
pub(crate) fn split(tokens: &[TokenTree], c: char) -> (Vec<Vec<TokenTree>>, Vec<Span>) {
    let mut parts = vec![Vec::new()];
    let mut seps = Vec::new();
    for tt in tokens {
        if is_punct(tt, c) {
            seps.push(tt.span());
            parts.push(Vec::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(tt.clone());
        }
    }
    (parts, seps)
}

/// True when `tt` is a `[...]` group.
pub(crate) fn is_bracket(tt: &TokenTree) -> bool {
    matches!(tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket)
}

/// An error underlining every token of `tokens` (`syn` spans it from the first token to
/// the last, which works on stable, where `Span::join` does not).
pub(crate) fn error_at(tokens: &[TokenTree], msg: impl std::fmt::Display) -> syn::Error {
    if tokens.is_empty() {
        return syn::Error::new(Span::call_site(), msg);
    }
    syn::Error::new_spanned(tokens.iter().cloned().collect::<TokenStream>(), msg)
}

/// The expansion of a failed call: every error, then a value of whatever type the context
/// wants (neither `!`, which would add an "unreachable code" warning, nor a concrete type,
/// which could add a type error), so that the user sees the macro's errors alone.
pub(crate) fn error_expr(krate: &TokenStream, err: syn::Error) -> TokenStream {
    let errors = err.to_compile_error();
    quote! {
        {
            #errors
            #krate::__private::error()
        }
    }
}

/// Adds `err` to the errors collected so far.
pub(crate) fn push_error(acc: &mut Option<syn::Error>, err: syn::Error) {
    match acc {
        Some(e) => e.combine(err),
        None => *acc = Some(err),
    }
}

/// Splits `$crate ;` (the facade's first tokens) off the input.
pub(crate) fn take_krate(tokens: &mut Vec<TokenTree>) -> TokenStream {
    match tokens.iter().position(|t| is_punct(t, ';')) {
        Some(i) => {
            let krate: TokenStream = tokens[..i].iter().cloned().collect();
            tokens.drain(..=i);
            krate
        }
        // Called directly rather than through the facade; the best guess at the runtime.
        None => quote!(::typed_array),
    }
}
