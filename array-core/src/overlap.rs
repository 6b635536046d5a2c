//! `shares_memory`: whether two arrays have an element in common, exactly.
//!
//! Two arrays share an element when some multi-index of each addresses the same place:
//! `a0 + Σ xᵢ·sᵢ = b0 + Σ yⱼ·tⱼ` with `0 ≤ xᵢ < nᵢ`, `0 ≤ yⱼ < mⱼ`. That is a bounded linear
//! Diophantine equation (NumPy's `mem_overlap.c` solves the same one). We first rule out
//! disjoint address ranges, then search the solutions depth-first over the terms, largest
//! coefficient first, pruning with the reachable range of the remaining terms and with the
//! gcd of their coefficients (which settles interleaved steps such as `a[::2]` and
//! `a[1::2]` at once).
//!
//! Unlike NumPy's, the search has no work limit: the answer is always exact. Its worst case
//! is exponential in the number of axes (the problem is NP-hard in general); for the
//! layouts slicing produces it is fast, and it is never slower than visiting each position
//! of the smaller array once per axis.

use crate::View;
use crate::mask::ArrayOperand;
use crate::rank::Dim;

/// True when some element of `a` is also an element of `b` (NumPy's `np.shares_memory`,
/// exact, without its `max_work` limit). An empty array shares memory with nothing.
///
/// ```
/// use typed_array::prelude::*;
/// let a = Owned::<i32, U1>::arange(10);
/// assert!(!shares_memory(&index!(a[::2]), &index!(a[1::2])));
/// assert!(shares_memory(&index!(a[::2]), &index!(a[4:])));
/// assert!(shares_memory(&a, &a.t()));
/// ```
pub fn shares_memory<A, B>(a: &A, b: &B) -> bool
where
    A: ArrayOperand + ?Sized,
    B: ArrayOperand + ?Sized,
{
    overlap(&a.operand(), &b.operand())
}

fn overlap<T, U, D: Dim, E: Dim>(a: &View<'_, T, D>, b: &View<'_, U, E>) -> bool {
    if a.is_empty() || b.is_empty() || size_of::<T>() == 0 || size_of::<U>() == 0 {
        return false;
    }
    if !crate::shape_ops::ranges_overlap(a, b) {
        return false;
    }
    // Work in bytes: element `x` of `a` covers `[pa + x·sa, pa + x·sa + size_a)`. Two
    // elements overlap when their start addresses differ by less than the sizes allow:
    // `-size_b < (pa + Σ x·sa) - (pb + Σ y·sb) < size_a`.
    let (sa, sb) = (size_of::<T>() as i128, size_of::<U>() as i128);
    let mut terms: Vec<(i128, i128)> = Vec::new();
    for (&n, &s) in a.shape().iter().zip(a.strides()) {
        terms.push((s as i128 * sa, n as i128 - 1));
    }
    for (&n, &s) in b.shape().iter().zip(b.strides()) {
        terms.push((-(s as i128) * sb, n as i128 - 1));
    }
    let d = b.as_ptr() as usize as i128 - a.as_ptr() as usize as i128;
    // Σ x·sa - Σ y·sb = d + e for some e in (-sa, sb).
    (-(sa - 1)..sb).any(|e| solvable(&terms, d + e))
}

/// Whether `Σ cᵢ·xᵢ = target` has a solution with `0 ≤ xᵢ ≤ uᵢ`.
fn solvable(terms: &[(i128, i128)], target: i128) -> bool {
    // Make every coefficient positive (x → u - x) and drop terms that cannot move.
    let mut t = target;
    let mut cs: Vec<(i128, i128)> = Vec::with_capacity(terms.len());
    for &(c, u) in terms {
        if c == 0 || u == 0 {
            continue;
        }
        if c < 0 {
            t -= c * u;
            cs.push((-c, u));
        } else {
            cs.push((c, u));
        }
    }
    cs.sort_by_key(|&(c, _)| core::cmp::Reverse(c));
    // The largest value the terms from k on can add, and the gcd of their coefficients.
    let mut reach = vec![0i128; cs.len() + 1];
    let mut gcds = vec![0i128; cs.len() + 1];
    for k in (0..cs.len()).rev() {
        reach[k] = reach[k + 1] + cs[k].0 * cs[k].1;
        gcds[k] = gcd(gcds[k + 1], cs[k].0);
    }
    search(&cs, &reach, &gcds, 0, t)
}

fn search(cs: &[(i128, i128)], reach: &[i128], gcds: &[i128], k: usize, t: i128) -> bool {
    if t < 0 || t > reach[k] {
        return false;
    }
    if k == cs.len() {
        return t == 0;
    }
    if gcds[k] != 0 && t % gcds[k] != 0 {
        return false;
    }
    let (c, u) = cs[k];
    // x must leave a remainder the later terms can reach: t - c·x in [0, reach[k + 1]].
    let lo = ((t - reach[k + 1]).max(0) + c - 1) / c;
    let hi = (t / c).min(u);
    (lo..=hi)
        .rev()
        .any(|x| search(cs, reach, gcds, k + 1, t - c * x))
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}
