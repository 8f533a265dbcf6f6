//! Knobs on edited code, pure (tested natively by tests/editor_knobs.rs). A parameter change
//! re-renders the template with the old and the new value; the lines that differ are patched
//! into the learner's edited source where it still holds the old lines (found by their text
//! and the lines around them). A knob whose lines the learner changed cannot be patched: it
//! is detached until the example is reset.

/// One changed region between two renderings: old lines `a.0..a.1` became new lines
/// `b.0..b.1`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hunk {
    pub a: (usize, usize),
    pub b: (usize, usize),
}

/// The changed regions between two line lists (longest common subsequence).
pub fn hunks(a: &[&str], b: &[&str]) -> Vec<Hunk> {
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if a[i] == b[j] { dp[i + 1][j + 1] + 1 } else { dp[i + 1][j].max(dp[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out: Vec<Hunk> = Vec::new();
    let mut open: Option<Hunk> = None;
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.extend(open.take());
            i += 1;
            j += 1;
            continue;
        }
        let h = open.get_or_insert(Hunk { a: (i, i), b: (j, j) });
        if j < m && (i == n || dp[i][j + 1] >= dp[i + 1][j]) {
            j += 1;
            h.b.1 = j;
        } else {
            i += 1;
            h.a.1 = i;
        }
    }
    out.extend(open);
    out
}

/// Where hunk `h`'s old lines are in `e` (the edited lines): a place holding them with the
/// same lines before and after as in `a`; failing that, holding them alone (or, for lines
/// that were only added, with one of the two neighbours). Among several places, the nearest
/// to the hunk's own position. `None`: the learner changed them.
fn locate(a: &[&str], e: &[&str], h: &Hunk) -> Option<usize> {
    let old = &a[h.a.0..h.a.1];
    let before = h.a.0.checked_sub(1).map(|i| a[i]);
    let after = a.get(h.a.1).copied();
    let holds = |i: usize| i + old.len() <= e.len() && e[i..i + old.len()] == *old;
    let before_ok = |i: usize| match before {
        Some(l) => i > 0 && e[i - 1] == l,
        None => i == 0,
    };
    let after_ok = |i: usize| match after {
        Some(l) => e.get(i + old.len()) == Some(&l),
        None => i + old.len() == e.len(),
    };
    let nearest =
        |ok: &dyn Fn(usize) -> bool| (0..=e.len()).filter(|&i| holds(i) && ok(i)).min_by_key(|&i| i.abs_diff(h.a.0));
    nearest(&|i| before_ok(i) && after_ok(i)).or_else(|| {
        if old.is_empty() {
            nearest(&|i| before_ok(i) || after_ok(i))
        } else {
            nearest(&|_| true)
        }
    })
}

/// A knob moved the rendering from `old` to `new`: the same change made to `edited`, and the
/// 1-based lines it touched there; `None` when some changed lines are no longer in `edited`.
pub fn patch(old: &str, new: &str, edited: &str) -> Option<(String, Vec<u32>)> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let e: Vec<&str> = edited.lines().collect();
    let hs = hunks(&a, &b);
    let mut at = Vec::new();
    for h in &hs {
        at.push(locate(&a, &e, h)?);
    }
    // Hunks land in order and never overlap.
    if at.windows(2).zip(&hs).any(|(w, h)| w[1] < w[0] + (h.a.1 - h.a.0)) {
        return None;
    }
    let mut out: Vec<&str> = Vec::new();
    let mut changed = Vec::new();
    let mut from = 0;
    for (h, &i) in hs.iter().zip(&at) {
        out.extend(&e[from..i]);
        for l in &b[h.b.0..h.b.1] {
            out.push(l);
            changed.push(out.len() as u32);
        }
        from = i + (h.a.1 - h.a.0);
    }
    out.extend(&e[from..]);
    let mut s = out.join("\n");
    if edited.ends_with('\n') || (edited.is_empty() && new.ends_with('\n')) {
        s.push('\n');
    }
    Some((s, changed))
}
