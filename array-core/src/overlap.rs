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
    overlap_raw(&RawLayout::of(a), &RawLayout::of(b))
}

/// An array's layout with its address and element size, whatever its element type.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawLayout<'s> {
    /// The address of the first element.
    pub ptr: usize,
    /// The element size in bytes.
    pub size: usize,
    /// The shape.
    pub shape: &'s [usize],
    /// The strides, in elements.
    pub strides: &'s [isize],
}

impl<'s> RawLayout<'s> {
    /// The layout of a view.
    pub(crate) fn of<T, D: Dim>(v: &'s View<'_, T, D>) -> Self {
        RawLayout {
            ptr: v.as_ptr() as usize,
            size: size_of::<T>(),
            shape: v.shape(),
            strides: v.strides(),
        }
    }

    /// The bytes `[lo, hi)` the elements span, or `None` when there are none.
    fn byte_range(&self) -> Option<(i128, i128)> {
        if self.shape.contains(&0) || self.size == 0 {
            return None;
        }
        let (mut lo, mut hi) = (0i128, 0i128);
        for (&n, &s) in self.shape.iter().zip(self.strides) {
            let extent = (n as i128 - 1) * s as i128 * self.size as i128;
            if extent < 0 {
                lo += extent;
            } else {
                hi += extent;
            }
        }
        let p = self.ptr as i128;
        Some((p + lo, p + hi + self.size as i128))
    }
}

/// Whether the byte ranges of two layouts' elements overlap (`may_share_memory`).
pub(crate) fn ranges_overlap(a: &RawLayout<'_>, b: &RawLayout<'_>) -> bool {
    match (a.byte_range(), b.byte_range()) {
        (Some((a0, a1)), Some((b0, b1))) => a0 < b1 && b0 < a1,
        _ => false,
    }
}

/// [`shares_memory`] on raw layouts.
pub(crate) fn overlap_raw(a: &RawLayout<'_>, b: &RawLayout<'_>) -> bool {
    if !ranges_overlap(a, b) {
        return false;
    }
    // Work in bytes: element `x` of `a` covers `[pa + x·sa, pa + x·sa + size_a)`. Two
    // elements overlap when their start addresses differ by less than the sizes allow:
    // `-size_b < (pa + Σ x·sa) - (pb + Σ y·sb) < size_a`.
    let (sa, sb) = (a.size as i128, b.size as i128);
    let mut terms: Vec<(i128, i128)> = Vec::new();
    for (&n, &s) in a.shape.iter().zip(a.strides) {
        terms.push((s as i128 * sa, n as i128 - 1));
    }
    for (&n, &s) in b.shape.iter().zip(b.strides) {
        terms.push((-(s as i128) * sb, n as i128 - 1));
    }
    let d = b.ptr as i128 - a.ptr as i128;
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
