//! Code generation for `index!`.
//!
//! Each item is evaluated once, left to right, into a value whose type says what it is (an
//! integer, a slice, `None`, `...`, an index array or a mask). A bracket's items form a
//! nested tuple; the runtime resolves its kind and the result's rank at the type level
//! (`Resolve`), reporting "too many indices" at the bracket, and then reads a view, an
//! element or a copy, or writes through it.
//!
//! In the assignment forms, the items and the value are evaluated before the target is
//! borrowed mutably, so `index!(a[a > 5] = 0)` and `index!(a[..] = f(&a))` work when the
//! value is owned, and a view of `a` as the value fails to borrow-check (NumPy would read
//! and write the same memory there).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::ast::{AssignOp, Bracket, Call, Form, Item, Mode, Part, Target};

/// What the brackets of a target do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// `index!(a[..])`
    Read,
    /// `index!(mut a[..])`
    Mut,
    /// `index!(a[..] op= v)`: every bracket but the last narrows the target.
    Assign,
}

pub(crate) fn expand(call: &Call) -> TokenStream {
    let k = &call.krate;
    // The runtime is imported under a hygienic name, so that generated calls can be
    // located at the user's tokens (a path starting with `$crate` cannot).
    let rt = syn::Ident::new("__ta_rt", Span::mixed_site());
    let import = quote!(
        use #k::__private as #rt;
        #[allow(unused_imports)]
        use #rt::NotAnArray as _;
    );
    let try_mode = call.mode == Mode::Try;
    // Locals and the block label are hygienic: the user's expressions cannot see them.
    let label = syn::Lifetime::new("'__ta_block", Span::mixed_site());
    let target = match &call.form {
        Form::Read(t) | Form::Mut(t) | Form::Assign { target: t, .. } => t,
        Form::MultiMut(ts) => &ts[0],
    };
    // The receiver methods carry the base's location, so that "not an array" and
    // "read-only" errors point at the array expression.
    let base_span = target
        .base
        .clone()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |t| t.span());
    let base = &target.base;
    let src = format_ident!("__ta_src", span = Span::mixed_site());
    let read = syn::Ident::new("__ta_read", base_span);
    let write = syn::Ident::new("__ta_write", base_span);
    let rt_at_base = syn::Ident::new("__ta_rt", Span::mixed_site().located_at(base_span));
    // A fully qualified call, so that writing into a `View` or `CowArray` reports our
    // message alone.
    let borrow_mut =
        quote_spanned!(base_span=> #rt_at_base::WriteTarget::into_target((#base).#write()));
    let ok = |v: TokenStream| {
        if try_mode {
            quote!(::core::result::Result::Ok(#v))
        } else {
            v
        }
    };
    let body = match &call.form {
        Form::MultiMut(targets) => multi(&rt, targets, &src, &borrow_mut, try_mode),
        Form::Read(_) => {
            let (items, steps, result) =
                chain(&rt, target, &src, Use::Read, try_mode, &label, None);
            let result = ok(quote!(#result));
            quote! {
                let #src = (#base).#read();
                #items
                #steps
                #result
            }
        }
        Form::Mut(_) => {
            let (items, steps, result) = chain(&rt, target, &src, Use::Mut, try_mode, &label, None);
            let result = ok(quote!(#result));
            quote! {
                let #src = #borrow_mut;
                #items
                #steps
                #result
            }
        }
        Form::Assign { op, value, .. } => {
            let val = format_ident!("__ta_value", span = Span::mixed_site());
            let (items, steps, result) = chain(
                &rt,
                target,
                &src,
                Use::Assign,
                try_mode,
                &label,
                Some((*op, &val)),
            );
            // A `match` keeps a temporary target (`index!(a.t_mut()[0] = 1)`) alive until
            // the write is done, where a `let` would drop it at once.
            quote! {
                #items
                let #val = #value;
                match #borrow_mut {
                    #src => {
                        #steps
                        #result
                    }
                }
            }
        }
    };
    // The block is passed through a method call: rustc checks a block against the type
    // expected of the expression around it, so `let r: Owned<..> = -index!(a[..])` would
    // otherwise try to make the `View` inside the block an `Owned` before `-` applies to
    // it. A method's receiver is checked on its own.
    if try_mode {
        quote!(#k::__private::Expr(#label: { #import #body }).get())
    } else {
        quote!(#k::__private::Expr({ #import #body }).get())
    }
}

/// `mut a[..], mut a[..], ...`: every view's items, then one runtime call that computes the
/// views, checks them pairwise for shared elements, and hands them out.
fn multi(
    rt: &syn::Ident,
    targets: &[Target],
    src: &syn::Ident,
    borrow_mut: &TokenStream,
    try_mode: bool,
) -> TokenStream {
    let mut items = TokenStream::new();
    let mut args = Vec::new();
    let mut names = Vec::new();
    for (n, t) in targets.iter().enumerate() {
        let b = &t.brackets[0];
        let (basic, list, kind) = (
            format_ident!("__ta_basic{}", n, span = Span::mixed_site()),
            format_ident!("__ta_list{}", n, span = Span::mixed_site()),
            format_ident!("__ta_kind{}", n, span = Span::mixed_site()),
        );
        let vals: Vec<syn::Ident> = (0..b.items.len())
            .map(|k| format_ident!("__ta_arg{}_{}", n, k, span = Span::mixed_site()))
            .collect();
        let kinds = literal_kind(rt, &b.items);
        let label = syn::Lifetime::new("'__ta_block", Span::mixed_site());
        let (lets, basic_value) =
            bracket_values(rt, &b.items, &vals, kinds.is_some(), false, &label);
        items.extend(lets);
        let nested = nested_list(&vals, kinds.is_some());
        let span = b.span;
        let p = syn::Ident::new(&rt.to_string(), Span::mixed_site().located_at(span));
        let src_at = syn::Ident::new(&src.to_string(), Span::mixed_site().located_at(span));
        items.extend(quote! {
            let #basic = #basic_value;
            let #list = #nested;
        });
        let kinds = kinds.unwrap_or_else(|| quote_spanned!(span=> #p::kinds(&#list)));
        items.extend(quote_spanned! {span=>
            let #kind = #p::Resolve::resolve(#p::rank_of_mut(&#src_at), #kinds);
        });
        args.push(quote!(#basic, #kind));
        names.push(name_of(t));
    }
    let f = format_ident!(
        "{}multi{}",
        if try_mode { "try_" } else { "" },
        targets.len()
    );
    quote! {
        let #src = #borrow_mut;
        #items
        #rt::#f(#src, &[#(#names),*], #(#args),*)
    }
}

/// An index as the user wrote it, for the overlap message: `a[::2]`.
fn name_of(t: &Target) -> String {
    let b = &t.brackets[0];
    let items = b.text.clone();
    let base: String = t
        .base
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    format!("{base}[{items}]")
}

/// The items of every bracket, the per-bracket calls, and the expression of the result.
fn chain(
    rt: &syn::Ident,
    target: &Target,
    src: &syn::Ident,
    usage: Use,
    try_mode: bool,
    label: &syn::Lifetime,
    assign: Option<(AssignOp, &syn::Ident)>,
) -> (TokenStream, TokenStream, TokenStream) {
    let mut items = TokenStream::new();
    let mut steps = TokenStream::new();
    let mut cur = src.clone();
    let last = target.brackets.len() - 1;
    let mut summed_so_far = true;
    for (n, bracket) in target.brackets.iter().enumerate() {
        let (basic, list) = (
            format_ident!("__ta_basic{}", n, span = Span::mixed_site()),
            format_ident!("__ta_list{}", n, span = Span::mixed_site()),
        );
        let args: Vec<syn::Ident> = (0..bracket.items.len())
            .map(|k| format_ident!("__ta_arg{}_{}", n, k, span = Span::mixed_site()))
            .collect();
        // After a bracket that may copy (`a[idx][1:]`), the source may be an `Owned`, which
        // any later bracket reads as a copy through its list of items: that list is needed.
        let kinds = literal_kind(rt, &bracket.items).filter(|_| summed_so_far);
        summed_so_far = kinds.is_some();
        let (lets, basic_value) =
            bracket_values(rt, &bracket.items, &args, kinds.is_some(), try_mode, label);
        items.extend(lets);
        let nested = nested_list(&args, kinds.is_some());
        items.extend(quote! {
            let #basic = #basic_value;
            let #list = #nested;
        });
        let call = step(
            rt,
            bracket,
            &cur,
            &basic,
            &list,
            kinds,
            usage,
            n == last,
            try_mode,
            assign,
        );
        if n == last && usage == Use::Assign {
            steps.extend(call);
            break;
        }
        let next = format_ident!("__ta_r{}", n, span = Span::mixed_site());
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
    let result = if usage == Use::Assign {
        TokenStream::new()
    } else {
        quote!(#cur)
    };
    (items, steps, result)
}

/// The call that applies one bracket, located at the bracket so that a rank or mode error
/// points at it.
#[allow(clippy::too_many_arguments)]
fn step(
    rt: &syn::Ident,
    b: &Bracket,
    src: &syn::Ident,
    basic: &syn::Ident,
    list: &syn::Ident,
    kinds: Option<TokenStream>,
    usage: Use,
    last: bool,
    try_mode: bool,
    assign: Option<(AssignOp, &syn::Ident)>,
) -> TokenStream {
    let span = b.span;
    // The locals keep their hygiene but take the bracket's location.
    let at = |i: &syn::Ident| syn::Ident::new(&i.to_string(), Span::mixed_site().located_at(span));
    let (src, basic, list, p) = (at(src), at(basic), at(list), at(rt));
    let kind = at(&format_ident!("__ta_kind"));
    let rank_of = if usage == Use::Read {
        quote_spanned!(span=> #p::rank_of)
    } else {
        quote_spanned!(span=> #p::rank_of_mut)
    };
    let prefix = if try_mode { "try_" } else { "" };
    let call = match (usage, last, assign) {
        (Use::Read, _, _) => {
            let f = format_ident!("{}read", prefix, span = span);
            quote_spanned!(span=> #p::#f(#src, #basic, #list, #kind))
        }
        (Use::Mut, _, _) => {
            let f = format_ident!("{}read_mut", prefix, span = span);
            quote_spanned!(span=> #p::#f(#src, #basic, #kind))
        }
        (Use::Assign, true, Some((op, value))) => {
            let name = match op {
                AssignOp::Set => "assign_set",
                AssignOp::Add => "assign_add",
                AssignOp::Sub => "assign_sub",
                AssignOp::Mul => "assign_mul",
                AssignOp::Div => "assign_div",
            };
            let f = format_ident!("{}{}", prefix, name, span = span);
            quote_spanned!(span=> #p::#f(#src, #basic, #list, #kind, #value))
        }
        (Use::Assign, _, _) => {
            let f = format_ident!("{}chain", prefix, span = span);
            quote_spanned!(span=> #p::#f(#src, #basic, #kind))
        }
    };
    // The rank check is a fully qualified trait call: when the array has too few axes, the
    // error is our message alone, at the bracket.
    let kinds = kinds.unwrap_or_else(|| quote_spanned!(span=> #p::kinds(&#list)));
    quote_spanned!(span=> {
        let #kind = #p::Resolve::resolve(#rank_of(&#src), #kinds);
        #call
    })
}

/// The `let`s that bind a bracket's items to `args`, and the expression of its basic items
/// (`&[Item; N]`). When the items are all literal and the macro has summed up their kind
/// (`summed`), nothing else reads them: the basic items are a constant and no `let` is
/// needed.
fn bracket_values(
    rt: &syn::Ident,
    items: &[Item],
    args: &[syn::Ident],
    summed: bool,
    try_mode: bool,
    label: &syn::Lifetime,
) -> (TokenStream, TokenStream) {
    if summed && let Some(constant) = const_items(rt, items) {
        return (TokenStream::new(), constant);
    }
    let mut lets = TokenStream::new();
    for (a, item) in args.iter().zip(items) {
        let value = item_tokens(rt, item, try_mode, label);
        lets.extend(quote!(let #a = #value;));
    }
    (lets, quote!(&[#(#rt::Arg::basic(&#args)),*]))
}

/// The basic items of a bracket whose items are all literal (integer literals, slices of
/// literals, `...`, `None`) as a reference to a constant array: the compiler evaluates it
/// once and promotes it to a `'static`, so each use is a pointer to it rather than the items
/// built, or copied, one by one. `None` otherwise.
fn const_items(rt: &syn::Ident, items: &[Item]) -> Option<TokenStream> {
    let some = |e: &syn::Expr| quote!(::core::option::Option::Some(#e));
    let none = quote!(::core::option::Option::None);
    let mut out = Vec::new();
    for item in items {
        out.push(match item {
            // Unsuffixed integer literals, `isize` inside `index!` (`-1` included).
            Item::Int {
                expr,
                literal: true,
            } => quote!(#rt::Item::Index(#expr)),
            Item::Slice { parts } => {
                let mut ps = Vec::new();
                for part in parts.iter() {
                    ps.push(match part {
                        None => none.clone(),
                        Some(Part {
                            expr,
                            literal: true,
                        }) => some(expr),
                        Some(_) => return None,
                    });
                }
                let [start, stop, step] = [&ps[0], &ps[1], &ps[2]];
                quote!(#rt::Item::Slice(#rt::Slice { start: #start, stop: #stop, step: #step }))
            }
            Item::Ellipsis => quote!(#rt::Item::Ellipsis),
            Item::NewAxis => quote!(#rt::Item::NewAxis),
            _ => return None,
        });
    }
    let n = out.len();
    Some(quote!({
        const ITEMS: [#rt::Item; #n] = [#(#out),*];
        &ITEMS
    }))
}

/// The items of a bracket as the nested tuple `(a0, (a1, ()))` whose type the compiler sums
/// up, or `()` when the macro has summed them up itself.
fn nested_list(args: &[syn::Ident], summed: bool) -> TokenStream {
    let mut nested = quote!(());
    if !summed {
        for a in args.iter().rev() {
            nested = quote!((#a, #nested));
        }
    }
    nested
}

/// The kind of a bracket whose items are all basic and literal (slices, integer literals,
/// `...`, `None`), summed up here rather than by the compiler, which saves it a chain of
/// type-level additions per bracket: `basic_kind::<C, S, INT>()`. `None` when any item's
/// kind depends on its type.
fn literal_kind(rt: &syn::Ident, items: &[Item]) -> Option<TokenStream> {
    let (mut consumed, mut added, mut ints) = (0usize, 0usize, true);
    for item in items {
        match item {
            Item::Int { literal: true, .. } => consumed += 1,
            Item::Slice { .. } => {
                consumed += 1;
                added += 1;
                ints = false;
            }
            Item::NewAxis => {
                added += 1;
                ints = false;
            }
            Item::Ellipsis => ints = false,
            _ => return None,
        }
    }
    // Ranks exist up to 32; past that the compiler's sum gives the message.
    if consumed > 32 || added > 32 {
        return None;
    }
    Some(quote!(#rt::basic_kind::<#consumed, #added, #ints>()))
}

fn item_tokens(rt: &syn::Ident, item: &Item, try_mode: bool, label: &syn::Lifetime) -> TokenStream {
    match item {
        Item::Mask(expr) => {
            let mask = mask_expr(rt, expr);
            if try_mode {
                quote! {
                    match #mask {
                        ::core::result::Result::Ok(m) => #rt::arg(m),
                        ::core::result::Result::Err(e) => break #label ::core::result::Result::Err(e),
                    }
                }
            } else {
                quote!(#rt::mask_arg(#mask))
            }
        }
        Item::Int {
            expr,
            literal: true,
        } => quote!(#rt::int_arg(#expr)),
        Item::Int { expr, .. } => quote!(#rt::arg(#expr)),
        Item::Slice { parts } => {
            let [a, b, c] = parts.each_ref().map(|part| slice_part(rt, part.as_ref()));
            quote!(#rt::slice(#a, #b, #c))
        }
        Item::Ellipsis => quote!(#rt::EllipsisArg),
        Item::NewAxis => quote!(#rt::NewAxisArg),
        Item::List {
            shape,
            leaves,
            mask,
        } => {
            let rank = format_ident!("U{}", shape.len());
            let n = leaves.len();
            if *mask {
                quote!(#rt::mask_list::<#rt::typenum::consts::#rank, #n>(::std::vec![#(#shape),*], [#(#leaves),*]))
            } else {
                let leaves = leaves.iter().map(|e| {
                    if crate::ast::is_int_literal(e) {
                        quote!(#e)
                    } else {
                        quote!(#rt::list_entry(#e))
                    }
                });
                quote!(#rt::int_list::<#rt::typenum::consts::#rank, #n>(::std::vec![#(#shape),*], [#(#leaves),*]))
            }
        }
    }
}

/// A mask expression as a call giving `Result<Owned<bool, _>, IndexError>`: comparisons
/// become element-wise comparisons, `&`, `|`, `!` combine masks, and anything else is a
/// boolean array.
fn mask_expr(rt: &syn::Ident, e: &syn::Expr) -> TokenStream {
    use syn::{BinOp, Expr, UnOp};
    match e {
        Expr::Paren(p) => mask_expr(rt, &p.expr),
        Expr::Unary(u) if matches!(u.op, UnOp::Not(_)) => {
            let inner = mask_expr(rt, &u.expr);
            quote!(#rt::mask_not(#inner))
        }
        Expr::Binary(b) => {
            let (l, r) = (&b.left, &b.right);
            match b.op {
                BinOp::BitAnd(_) => {
                    let (l, r) = (mask_expr(rt, l), mask_expr(rt, r));
                    quote!(#rt::mask_and(#l, #r))
                }
                BinOp::BitOr(_) => {
                    let (l, r) = (mask_expr(rt, l), mask_expr(rt, r));
                    quote!(#rt::mask_or(#l, #r))
                }
                op => {
                    // The array goes on the left: `5 < a` is `a > 5`.
                    let (name, flipped) = match op {
                        BinOp::Gt(_) => ("gt", "lt"),
                        BinOp::Ge(_) => ("ge", "le"),
                        BinOp::Lt(_) => ("lt", "gt"),
                        BinOp::Le(_) => ("le", "ge"),
                        BinOp::Eq(_) => ("eq", "eq"),
                        BinOp::Ne(_) => ("ne", "ne"),
                        _ => return quote!(#rt::mask_of(&(#e))),
                    };
                    let (name, l, r) = if is_scalar_literal(l) && !is_scalar_literal(r) {
                        (flipped, r, l)
                    } else {
                        (name, l, r)
                    };
                    let f = syn::Ident::new(name, Span::call_site());
                    quote!(#rt::mask::#f(&(#l), &(#r)))
                }
            }
        }
        _ => quote!(#rt::mask_of(&(#e))),
    }
}

/// A literal number (possibly negated): never the array side of a comparison.
fn is_scalar_literal(e: &syn::Expr) -> bool {
    match e {
        syn::Expr::Lit(_) => true,
        syn::Expr::Unary(u) => matches!(u.op, syn::UnOp::Neg(_)) && is_scalar_literal(&u.expr),
        syn::Expr::Paren(p) => is_scalar_literal(&p.expr),
        _ => false,
    }
}

fn slice_part(rt: &syn::Ident, part: Option<&Part>) -> TokenStream {
    match part {
        None => quote!(::core::option::Option::None),
        Some(Part {
            expr,
            literal: true,
        }) => quote!(#rt::part_lit(#expr)),
        Some(Part { expr, .. }) => quote!(#rt::part(#expr)),
    }
}
