//! Understanding an `index!` call: its form (read, `mut`, assignment), its target's base
//! expression and brackets, and each bracket's items. Every check that needs no types
//! happens here (zero steps, two `...`, empty or malformed items), each error spanned on the
//! offending item.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::{Expr, ExprLit, ExprUnary, Lit, UnOp};

use crate::tokens::{error_at, is_bracket, is_punct, push_error, split, take_krate};

/// Panicking (`index!`) or fallible (`try_index!`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Panic,
    Try,
}

/// A whole call.
pub(crate) struct Call {
    pub krate: TokenStream,
    pub mode: Mode,
    pub form: Form,
}

/// What the call does with its target.
pub(crate) enum Form {
    /// `a[..]`
    Read(Target),
    /// `mut a[..]`
    Mut(Target),
    /// `mut a[..], mut a[..], ...`: several disjoint writable views of one array.
    MultiMut(Vec<Target>),
    /// `a[..] = v`, `a[..] += v`, ...
    Assign {
        target: Target,
        op: AssignOp,
        value: Expr,
    },
}

/// `=`, `+=`, `-=`, `*=`, `/=`.
#[derive(Clone, Copy)]
pub(crate) enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
}

/// An array expression followed by one or more brackets.
pub(crate) struct Target {
    pub base: TokenStream,
    pub brackets: Vec<Bracket>,
}

/// One `[..]` of a target.
pub(crate) struct Bracket {
    pub span: Span,
    pub items: Vec<Item>,
    /// The items as written, without spaces (for messages).
    pub text: String,
}

/// One comma-separated item of a bracket.
pub(crate) enum Item {
    /// An integer expression; `literal` when it is an unsuffixed literal (which is `isize`).
    Int { expr: Expr, literal: bool },
    /// `start:stop:step`.
    Slice { parts: Box<[Option<Part>; 3]> },
    /// `...`
    Ellipsis,
    /// `None`
    NewAxis,
    /// A comparison such as `a > 5`, possibly combined with `&`, `|`, `!`: a mask.
    Mask(Expr),
    /// A list literal `[0, 2]` or `[[0, 1], [1, 2]]` (an index array), or of `true`/`false`
    /// (a mask).
    List {
        shape: Vec<usize>,
        leaves: Vec<Expr>,
        mask: bool,
    },
}

/// A bound or step of a slice.
pub(crate) struct Part {
    pub expr: Expr,
    pub literal: bool,
}

/// Parses the facade's input `$crate; panic|try; FORM`. On failure, returns the crate path
/// (for the fallback expansion) and every error found.
pub(crate) fn parse(input: TokenStream) -> Result<Call, (TokenStream, syn::Error)> {
    let mut tokens: Vec<TokenTree> = input.into_iter().collect();
    let krate = take_krate(&mut tokens);
    let mode = match tokens.first() {
        Some(TokenTree::Ident(i)) if i == "try" => Mode::Try,
        _ => Mode::Panic,
    };
    if tokens.len() >= 2 && is_punct(&tokens[1], ';') {
        tokens.drain(..2);
    }
    match parse_form(&tokens) {
        Ok(form) => Ok(Call { krate, mode, form }),
        Err(e) => Err((krate, e)),
    }
}

fn parse_form(tokens: &[TokenTree]) -> syn::Result<Form> {
    if tokens.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "expected an indexed array, as in `index!(a[1:3])`",
        ));
    }
    if let Some(TokenTree::Ident(i)) = tokens.first()
        && i == "mut"
    {
        let (mut parts, _) = split(&tokens[1..], ',');
        if parts.len() > 1 && parts.last().is_some_and(Vec::is_empty) {
            parts.pop();
        }
        if parts.len() == 1 {
            return Ok(Form::Mut(parse_target(&parts[0])?));
        }
        return parse_multi(&parts);
    }
    if let Some((pos, op)) = find_assign(tokens) {
        let op_len = if matches!(op, AssignOp::Set) { 1 } else { 2 };
        let target = parse_target(&tokens[..pos])?;
        let value_tokens = &tokens[pos + op_len..];
        if value_tokens.is_empty() {
            return Err(syn::Error::new(
                tokens[pos].span(),
                "expected a value after the assignment operator",
            ));
        }
        let value: Expr = syn::parse2(value_tokens.iter().cloned().collect())?;
        return Ok(Form::Assign { target, op, value });
    }
    Ok(Form::Read(parse_target(tokens)?))
}

/// `mut a[..], mut a[..], ...`: each part after the first starts with `mut`, takes one
/// bracket, and indexes the same array.
fn parse_multi(parts: &[Vec<TokenTree>]) -> syn::Result<Form> {
    if parts.len() > 4 {
        return Err(error_at(
            &parts[4],
            "at most four mutable views can be taken at once",
        ));
    }
    let mut targets = Vec::new();
    for (k, part) in parts.iter().enumerate() {
        let body = if k == 0 {
            &part[..]
        } else {
            match part.first() {
                Some(TokenTree::Ident(i)) if i == "mut" => &part[1..],
                _ => {
                    return Err(error_at(
                        part,
                        "each view after the first is written `mut a[..]`, as in `index!(mut a[..2], mut a[2..])`",
                    ));
                }
            }
        };
        let target = parse_target(body)?;
        if target.brackets.len() != 1 {
            return Err(error_at(
                body,
                "each of several mutable views takes one bracket",
            ));
        }
        if let Some(first) = targets.first() {
            let first: &Target = first;
            if first.base.to_string() != target.base.to_string() {
                return Err(error_at(
                    body,
                    "several mutable views at once must all be of one array, written the same way",
                ));
            }
        }
        targets.push(target);
    }
    Ok(Form::MultiMut(targets))
}

/// Finds a top-level assignment operator: `=` that is not part of `==`, `<=`, `>=`, `!=`
/// or `=>`, or one of `+=`, `-=`, `*=`, `/=`. Returns the position of its first character.
fn find_assign(tokens: &[TokenTree]) -> Option<(usize, AssignOp)> {
    for (i, tt) in tokens.iter().enumerate() {
        let TokenTree::Punct(p) = tt else { continue };
        if p.as_char() != '=' {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|j| match &tokens[j] {
            TokenTree::Punct(q) if q.spacing() == proc_macro2::Spacing::Joint => Some(q.as_char()),
            _ => None,
        });
        let next_is_eq_or_gt = p.spacing() == proc_macro2::Spacing::Joint
            && matches!(tokens.get(i + 1), Some(t) if is_punct(t, '=') || is_punct(t, '>'));
        if next_is_eq_or_gt {
            continue;
        }
        match prev {
            None => return Some((i, AssignOp::Set)),
            Some('+') => return Some((i - 1, AssignOp::Add)),
            Some('-') => return Some((i - 1, AssignOp::Sub)),
            Some('*') => return Some((i - 1, AssignOp::Mul)),
            Some('/') => return Some((i - 1, AssignOp::Div)),
            // `==`, `<=`, `>=`, `!=`: a comparison, not an assignment.
            Some(_) => continue,
        }
    }
    None
}

fn parse_target(tokens: &[TokenTree]) -> syn::Result<Target> {
    let first_bracket = tokens
        .iter()
        .rposition(|t| !is_bracket(t))
        .map_or(0, |i| i + 1);
    if first_bracket == tokens.len() {
        return Err(error_at(
            tokens,
            "expected an index in brackets after the array, as in `index!(a[1:3])`",
        ));
    }
    if first_bracket == 0 {
        return Err(error_at(
            tokens,
            "expected an array expression before the brackets, as in `index!(a[1:3])`",
        ));
    }
    let base: TokenStream = tokens[..first_bracket].iter().cloned().collect();
    let mut brackets = Vec::new();
    let mut errors = None;
    for tt in &tokens[first_bracket..] {
        // Only bracket groups follow the base (`first_bracket` was found that way).
        let TokenTree::Group(g) = tt else { continue };
        match parse_bracket(g.stream(), g.span()) {
            Ok(b) => brackets.push(b),
            Err(e) => push_error(&mut errors, e),
        }
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(Target { base, brackets }),
    }
}

fn parse_bracket(stream: TokenStream, span: Span) -> syn::Result<Bracket> {
    let text: String = stream
        .to_string()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    if tokens.is_empty() {
        return Err(syn::Error::new(
            span,
            "empty index: write `a[...]` for the whole array",
        ));
    }
    let (mut parts, seps) = split(&tokens, ',');
    // A trailing comma is allowed.
    if parts.len() > 1 && parts.last().is_some_and(Vec::is_empty) {
        parts.pop();
    }
    let mut items = Vec::new();
    let mut errors = None;
    let mut ellipsis_seen = false;
    for (k, part) in parts.iter().enumerate() {
        if part.is_empty() {
            let at = seps.get(k).or(seps.last()).copied().unwrap_or(span);
            push_error(
                &mut errors,
                syn::Error::new(
                    at,
                    "empty index item: each item between commas needs a value, a slice such as `:` or `1:3`, `...` or `None`",
                ),
            );
            continue;
        }
        match parse_item(part) {
            Ok(Item::Ellipsis) if ellipsis_seen => push_error(
                &mut errors,
                error_at(part, "an index can only have a single ellipsis ('...')"),
            ),
            Ok(item) => {
                ellipsis_seen |= matches!(item, Item::Ellipsis);
                items.push(item);
            }
            Err(e) => push_error(&mut errors, e),
        }
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(Bracket { span, items, text }),
    }
}

fn parse_item(tokens: &[TokenTree]) -> syn::Result<Item> {
    if tokens.len() == 3 && tokens.iter().all(|t| is_punct(t, '.')) {
        return Ok(Item::Ellipsis);
    }
    // Rust's `..` (a full range) reads as a full slice of one axis, like `:`.
    if tokens.len() == 2 && tokens.iter().all(|t| is_punct(t, '.')) {
        return Ok(Item::Slice {
            parts: Box::new([None, None, None]),
        });
    }
    if let [TokenTree::Ident(i)] = tokens
        && i == "None"
    {
        return Ok(Item::NewAxis);
    }
    if tokens.iter().any(|t| is_punct(t, ':')) {
        return parse_slice(tokens);
    }
    if let [TokenTree::Group(g)] = tokens
        && g.delimiter() == Delimiter::Bracket
    {
        return parse_list(g);
    }
    let expr = parse_expr(tokens)?;
    if is_comparison(&expr) {
        return Ok(Item::Mask(expr));
    }
    if let Expr::Range(r) = &expr {
        return Err(error_at(
            tokens,
            format!(
                "Rust ranges are not index items: write the NumPy slice `{}:{}` instead",
                r.start
                    .as_ref()
                    .map_or(String::new(), |e| quote::ToTokens::to_token_stream(e)
                        .to_string()),
                r.end
                    .as_ref()
                    .map_or(String::new(), |e| quote::ToTokens::to_token_stream(e)
                        .to_string()),
            ),
        ));
    }
    if let Expr::Lit(ExprLit { lit, .. }) = &expr
        && !matches!(lit, Lit::Int(_))
    {
        return Err(error_at(
            tokens,
            "only integers, slices (`:`), ellipsis (`...`) and `None` are valid indices",
        ));
    }
    let literal = is_int_literal(&expr);
    Ok(Item::Int { expr, literal })
}

/// A list literal: its shape, and its leaves, which are all integers or all `true`/`false`.
fn parse_list(g: &proc_macro2::Group) -> syn::Result<Item> {
    let tokens: Vec<TokenTree> = g.stream().into_iter().collect();
    let nested = crate::array::parse_level(&tokens)?;
    let mut leaves = Vec::with_capacity(nested.leaves.len());
    for leaf in nested.leaves {
        leaves.push(syn::parse2::<Expr>(leaf)?);
    }
    let is_bool = |e: &Expr| {
        matches!(
            e,
            Expr::Lit(ExprLit {
                lit: Lit::Bool(_),
                ..
            })
        )
    };
    let bools = leaves.iter().filter(|e| is_bool(e)).count();
    if bools > 0 && bools < leaves.len() {
        return Err(syn::Error::new(
            g.span(),
            "a list index mixes booleans and integers: a mask is all `true`/`false`, an index array all integers",
        ));
    }
    for leaf in &leaves {
        if let Expr::Lit(ExprLit { lit, .. }) = leaf
            && !matches!(lit, Lit::Int(_) | Lit::Bool(_))
        {
            return Err(syn::Error::new_spanned(
                leaf,
                "an index array holds integers, and a mask `true`/`false`",
            ));
        }
    }
    Ok(Item::List {
        shape: nested.shape,
        mask: bools > 0,
        leaves,
    })
}

fn parse_slice(tokens: &[TokenTree]) -> syn::Result<Item> {
    let (segments, colons) = split(tokens, ':');
    if segments.len() > 3 {
        return Err(syn::Error::new(
            colons[2],
            "a slice has at most two colons: `start:stop:step`",
        ));
    }
    let mut parts: [Option<Part>; 3] = [None, None, None];
    let mut errors = None;
    for (k, seg) in segments.iter().enumerate() {
        if seg.is_empty() {
            continue;
        }
        match parse_expr(seg) {
            Ok(expr) => {
                if k == 2 && is_zero_literal(&expr) {
                    push_error(&mut errors, error_at(seg, "slice step cannot be zero"));
                }
                let literal = is_int_literal(&expr);
                parts[k] = Some(Part { expr, literal });
            }
            Err(e) => push_error(&mut errors, e),
        }
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(Item::Slice {
            parts: Box::new(parts),
        }),
    }
}

fn parse_expr(tokens: &[TokenTree]) -> syn::Result<Expr> {
    syn::parse2::<Expr>(tokens.iter().cloned().collect()).map_err(|e| {
        // A path followed by `::` was split at the colons into a slice.
        let hint = if tokens.last().is_some_and(|t| matches!(t, TokenTree::Ident(_))) {
            " (a path such as `consts::N` needs parentheses: `(consts::N)`)"
        } else {
            ""
        };
        let msg = format!("malformed index item: {e}; an item is an integer expression, a slice `start:stop:step`, `...` or `None`{hint}");
        // syn places "unexpected end of input" at the macro call; the item is more useful.
        if e.to_string().contains("end of input") {
            error_at(tokens, msg)
        } else {
            syn::Error::new(e.span(), msg)
        }
    })
}

/// An unsuffixed integer literal, possibly negated: these are `isize` inside `index!`.
pub(crate) fn is_int_literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(ExprLit {
            lit: Lit::Int(i), ..
        }) => i.suffix().is_empty(),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => is_int_literal(expr),
        Expr::Paren(p) => is_int_literal(&p.expr),
        _ => false,
    }
}

fn is_zero_literal(e: &Expr) -> bool {
    match e {
        Expr::Lit(ExprLit {
            lit: Lit::Int(i), ..
        }) => i.base10_digits().bytes().all(|b| b == b'0'),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => is_zero_literal(expr),
        Expr::Paren(p) => is_zero_literal(&p.expr),
        _ => false,
    }
}

/// A comparison (`a > 5`), possibly combined with `&`, `|`, `!`: a mask.
fn is_comparison(e: &Expr) -> bool {
    use syn::BinOp::*;
    match e {
        Expr::Binary(b) => match b.op {
            Lt(_) | Le(_) | Gt(_) | Ge(_) | Eq(_) | Ne(_) => true,
            BitAnd(_) | BitOr(_) => is_comparison(&b.left) || is_comparison(&b.right),
            _ => false,
        },
        Expr::Unary(ExprUnary {
            op: UnOp::Not(_),
            expr,
            ..
        }) => is_comparison(expr),
        Expr::Paren(p) => is_comparison(&p.expr),
        _ => false,
    }
}
