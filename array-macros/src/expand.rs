//! Code generation for `index!`.
//!
//! The expansion evaluates each item once, left to right, into an `Item` array, then calls
//! one runtime function per bracket. The bracket's counts (axes consumed, integers, new
//! axes) go in as const arguments, so the rank of the result and the "too many indices"
//! check happen in the type system, with the bracket's span on any error.
//!
//! In the assignment forms, the items and the value are evaluated before the target is
//! borrowed mutably, so `index!(a[..] = f(&a))` works when `f` returns an owned value, and
//! fails to borrow-check when it returns a view of `a` (NumPy would read and write the same
//! memory there).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::ast::{AssignOp, Bracket, Call, Form, Item, Mode, Part, Target};

pub(crate) fn expand(call: &Call) -> TokenStream {
    let k = &call.krate;
    // The runtime is imported under a hygienic name, so that generated calls can be
    // located at the user's tokens (a path starting with `$crate` cannot).
    let p_ident = syn::Ident::new("__ta_rt", Span::mixed_site());
    let import = quote!(
        use #k::__private as #p_ident;
        #[allow(unused_imports)]
        use #p_ident::NotAnArray as _;
    );
    let p = quote!(#p_ident);
    let try_mode = call.mode == Mode::Try;
    // Locals and the block label are hygienic: the user's expressions cannot see them.
    let label = syn::Lifetime::new("'__ta_block", Span::mixed_site());
    let ok = |v: TokenStream| {
        if try_mode {
            quote!(::core::result::Result::Ok(#v))
        } else {
            v
        }
    };
    // The receiver methods carry the base's location, so that "not an array" and
    // "read-only" errors point at the array expression.
    let base_span = match &call.form {
        Form::Read(t) | Form::Mut(t) | Form::Assign { target: t, .. } => t
            .base
            .clone()
            .into_iter()
            .next()
            .map_or_else(Span::call_site, |t| t.span()),
    };
    let read = syn::Ident::new("__ta_read", base_span);
    let write = syn::Ident::new("__ta_write", base_span);
    // A fully qualified call, so that writing into a `View` or `CowArray` reports our
    // message alone.
    let rt = syn::Ident::new("__ta_rt", Span::mixed_site().located_at(base_span));
    let into_target = quote_spanned!(base_span=> #rt::WriteTarget::into_target);
    let body = match &call.form {
        Form::Read(target) => {
            let base = &target.base;
            let src = format_ident!("__ta_src", span = Span::mixed_site());
            let (items, steps, result) = chain(&p, target, &src, false, try_mode, &label);
            let result = ok(quote!(#result));
            quote! {
                let #src = (#base).#read();
                #items
                #steps
                #result
            }
        }
        Form::Mut(target) => {
            let base = &target.base;
            let src = format_ident!("__ta_src", span = Span::mixed_site());
            let (items, steps, result) = chain(&p, target, &src, true, try_mode, &label);
            let result = ok(quote!(#result));
            quote! {
                let #src = #into_target((#base).#write());
                #items
                #steps
                #result
            }
        }
        Form::Assign { target, op, value } => {
            let base = &target.base;
            let src = format_ident!("__ta_src", span = Span::mixed_site());
            let val = format_ident!("__ta_value", span = Span::mixed_site());
            let (items, steps, result) = chain(&p, target, &src, true, try_mode, &label);
            let f = match (op, try_mode) {
                (AssignOp::Set, false) => quote!(set),
                (AssignOp::Add, false) => quote!(add_assign),
                (AssignOp::Sub, false) => quote!(sub_assign),
                (AssignOp::Mul, false) => quote!(mul_assign),
                (AssignOp::Div, false) => quote!(div_assign),
                (AssignOp::Set, true) => quote!(try_set),
                (AssignOp::Add, true) => quote!(try_add_assign),
                (AssignOp::Sub, true) => quote!(try_sub_assign),
                (AssignOp::Mul, true) => quote!(try_mul_assign),
                (AssignOp::Div, true) => quote!(try_div_assign),
            };
            quote! {
                #items
                let #val = #value;
                let #src = #into_target((#base).#write());
                #steps
                #p::#f(#result, #val)
            }
        }
    };
    if try_mode {
        quote!(#label: { #import #body })
    } else {
        quote!({ #import #body })
    }
}

/// The item arrays of every bracket, the per-bracket calls, and the name of the result.
fn chain(
    p: &TokenStream,
    target: &Target,
    src: &syn::Ident,
    write: bool,
    try_mode: bool,
    label: &syn::Lifetime,
) -> (TokenStream, TokenStream, syn::Ident) {
    let mut items = TokenStream::new();
    let mut steps = TokenStream::new();
    let mut cur = src.clone();
    for (n, bracket) in target.brackets.iter().enumerate() {
        let arr = format_ident!("__ta_items{}", n, span = Span::mixed_site());
        let list = bracket.items.iter().map(|i| item(p, i));
        items.extend(quote!(let #arr = [#(#list),*];));
        let next = format_ident!("__ta_r{}", n, span = Span::mixed_site());
        let call = step(p, bracket, &cur, &arr, write, try_mode);
        let call = if try_mode {
            quote! {
                match #call {
                    ::core::result::Result::Ok(v) => v,
                    ::core::result::Result::Err(e) => break #label ::core::result::Result::Err(e),
                }
            }
        } else {
            call
        };
        steps.extend(quote!(let #next = #call;));
        cur = next;
    }
    (items, steps, cur)
}

/// The call that applies one bracket, spanned on the bracket so that a rank error points
/// at it.
fn step(
    p: &TokenStream,
    b: &Bracket,
    src: &syn::Ident,
    arr: &syn::Ident,
    write: bool,
    try_mode: bool,
) -> TokenStream {
    let (c, k, m) = (b.consumed(), b.ints(), b.new_axes());
    let prefix = if try_mode { "try_" } else { "" };
    let suffix = if write { "_mut" } else { "" };
    let span = b.span;
    // The locals keep their hygiene but take the bracket's location, so that a rank error
    // points at the bracket rather than at the whole macro call.
    let at = |i: &syn::Ident| syn::Ident::new(&i.to_string(), Span::mixed_site().located_at(span));
    let (src, arr) = (at(src), at(arr));
    let p = syn::Ident::new(&p.to_string(), Span::mixed_site().located_at(span));
    let rank_of = format_ident!("rank_of{}", suffix, span = span);
    // The rank check is a fully qualified trait call: when the array has too few axes,
    // the error is our message alone, at the bracket.
    let (f, rank) = if b.ints_only() {
        (
            format_ident!("{}elem{}", prefix, suffix, span = span),
            quote_spanned!(span=> #p::IndexRank::<#k, #k, 0>::out(#p::#rank_of(&#src))),
        )
    } else {
        (
            format_ident!("{}view{}", prefix, suffix, span = span),
            quote_spanned!(span=> #p::IndexRank::<#c, #k, #m>::out(#p::#rank_of(&#src))),
        )
    };
    let o = syn::Ident::new("__ta_rank", Span::mixed_site().located_at(span));
    quote_spanned!(span=> {
        let #o = #rank;
        #p::#f(#src, &#arr, #o)
    })
}

fn item(p: &TokenStream, item: &Item) -> TokenStream {
    match item {
        Item::Int {
            expr,
            literal: true,
        } => quote!(#p::int_lit(#expr)),
        Item::Int { expr, .. } => quote!(#p::int(#expr)),
        Item::Slice { parts } => {
            let [a, b, c] = parts.each_ref().map(|part| slice_part(p, part.as_ref()));
            quote!(#p::slice(#a, #b, #c))
        }
        Item::Ellipsis => quote!(#p::Item::Ellipsis),
        Item::NewAxis => quote!(#p::Item::NewAxis),
    }
}

fn slice_part(p: &TokenStream, part: Option<&Part>) -> TokenStream {
    match part {
        None => quote!(::core::option::Option::None),
        Some(Part {
            expr,
            literal: true,
        }) => quote!(#p::part_lit(#expr)),
        Some(Part { expr, .. }) => quote!(#p::part(#expr)),
    }
}
