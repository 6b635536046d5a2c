//! `array![..]`: nested brackets to an `Owned` array whose rank is the nesting depth.
//!
//! The shape is read off the brackets; rows of different lengths, or a row mixed with a
//! scalar, are errors spanned on the offending row.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;

use crate::tokens::{error_at, error_expr, push_error, split, take_krate};

/// A parsed nested list: its shape and its leaves in C order.
pub(crate) struct Nested {
    pub shape: Vec<usize>,
    pub leaves: Vec<TokenStream>,
}

pub(crate) fn expand(input: TokenStream) -> TokenStream {
    let mut tokens: Vec<TokenTree> = input.into_iter().collect();
    let krate = take_krate(&mut tokens);
    match parse_level(&tokens) {
        Ok(n) => {
            let shape = n.shape.iter().map(|d| quote!(#d));
            let leaves = &n.leaves;
            quote! {
                #krate::__private::from_nested([#(#shape),*], ::std::vec![#(#leaves),*])
            }
        }
        Err(e) => error_expr(&krate, e),
    }
}

/// Parses the comma-separated items of one level (also the list literals of `index!`).
pub(crate) fn parse_level(tokens: &[TokenTree]) -> syn::Result<Nested> {
    let (mut parts, seps) = split(tokens, ',');
    if parts.last().is_some_and(Vec::is_empty) {
        parts.pop();
    }
    if let Some(k) = parts.iter().position(Vec::is_empty) {
        return Err(syn::Error::new(
            seps[k.min(seps.len() - 1)],
            "expected an element before this comma",
        ));
    }
    let mut rows: Vec<(Nested, proc_macro2::Span)> = Vec::new();
    let mut leaves = Vec::new();
    let mut errors = None;
    for part in &parts {
        match part.as_slice() {
            [TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                match parse_level(&inner) {
                    Ok(n) => rows.push((n, g.span())),
                    Err(e) => push_error(&mut errors, e),
                }
            }
            _ => leaves.push(part.iter().cloned().collect::<TokenStream>()),
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    if !rows.is_empty() && !leaves.is_empty() {
        let at = parts
            .iter()
            .find(|p| !matches!(p.as_slice(), [TokenTree::Group(g)] if g.delimiter() == Delimiter::Bracket))
            .map_or(&[][..], Vec::as_slice);
        return Err(error_at(
            at,
            "ragged nested array: this element is a scalar, but the other elements at this depth are rows in brackets",
        ));
    }
    if rows.is_empty() {
        return Ok(Nested {
            shape: vec![leaves.len()],
            leaves,
        });
    }
    let first = rows[0].0.shape.clone();
    let mut errors = None;
    for (row, span) in &rows[1..] {
        if row.shape != first {
            push_error(
                &mut errors,
                syn::Error::new(
                    *span,
                    format!(
                        "ragged nested array: this row has shape {}, but the first row has shape {}",
                        tuple(&row.shape),
                        tuple(&first)
                    ),
                ),
            );
        }
    }
    if let Some(e) = errors {
        return Err(e);
    }
    let mut shape = vec![rows.len()];
    shape.extend_from_slice(&first);
    let leaves = rows.into_iter().flat_map(|(r, _)| r.leaves).collect();
    Ok(Nested { shape, leaves })
}

/// A shape as NumPy prints it: `(2,)`, `(2, 3)`.
fn tuple(shape: &[usize]) -> String {
    let inner: Vec<String> = shape.iter().map(ToString::to_string).collect();
    if shape.len() == 1 {
        format!("({},)", inner[0])
    } else {
        format!("({})", inner.join(", "))
    }
}
