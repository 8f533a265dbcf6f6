//! Import sorting, as gofmt does it before printing: within each parenthesized import
//! declaration, every run of specs not broken by a blank line is sorted by path (then name,
//! then trailing comment) and exact duplicates are dropped. Done on the source text (each
//! spec on its own line, comment lines above a spec moving with it), so the printer then
//! sees a file whose imports are already in order.

use super::srcmap::SrcMap;
use crate::golang::syntax::token::Tok;

/// The source with its import groups sorted, or `None` when nothing moves.
pub fn sorted(src: &str) -> Option<String> {
    let sm = SrcMap::new(src);
    let lines: Vec<&str> = src.split_inclusive('\n').collect();
    let mut out: Vec<String> = lines.iter().map(|s| s.to_string()).collect();
    let mut changed = false;
    let mut depth = 0i32;
    for (i, t) in sm.toks.iter().enumerate() {
        match t.tok {
            Tok::Lparen | Tok::Lbrack | Tok::Lbrace => depth += 1,
            Tok::Rparen | Tok::Rbrack | Tok::Rbrace => depth -= 1,
            Tok::Import if depth == 0 && sm.toks.get(i + 1).is_some_and(|n| n.tok == Tok::Lparen) => {
                let close = sm.partner[i + 1];
                let (a, b) = (sm.line(sm.toks[i + 1].off), sm.line(sm.toks[close].off));
                if a < b {
                    changed |= sort_group(&sm, &lines, a, b, &mut out);
                }
            }
            _ => {}
        }
    }
    changed.then(|| out.concat())
}

/// One import spec line with the comment lines above it.
struct Unit {
    lines: Vec<String>,
    key: (String, String, String),
}

/// Sorts the lines strictly between lines `a` and `b` (1-based); false if nothing changed
/// or the group is not one spec per line.
fn sort_group(sm: &SrcMap, lines: &[&str], a: usize, b: usize, out: &mut [String]) -> bool {
    let mut runs: Vec<Vec<Unit>> = vec![Vec::new()];
    let mut pending: Vec<String> = Vec::new();
    for ln in a + 1..b {
        let text = lines[ln - 1];
        let t = text.trim();
        if t.is_empty() {
            if !pending.is_empty() {
                return false;
            }
            runs.push(Vec::new());
            continue;
        }
        if t.starts_with("//") || t.starts_with("/*") {
            if t.starts_with("/*") && !t.ends_with("*/") {
                return false;
            }
            pending.push(text.to_string());
            continue;
        }
        let Some(key) = spec_key(sm, ln) else { return false };
        let mut unit_lines = std::mem::take(&mut pending);
        unit_lines.push(text.to_string());
        runs.last_mut().expect("a run").push(Unit { lines: unit_lines, key });
    }
    if !pending.is_empty() {
        return false;
    }
    let mut new_lines: Vec<String> = Vec::new();
    for (r, mut run) in runs.into_iter().enumerate() {
        if r > 0 {
            new_lines.push("\n".into());
        }
        run.sort_by(|x, y| x.key.cmp(&y.key));
        let n = run.len();
        for i in 0..n {
            let dup = i + 1 < n
                && run[i].key.0 == run[i + 1].key.0
                && run[i].key.1 == run[i + 1].key.1
                && run[i].key.2.is_empty();
            if !dup {
                new_lines.extend(run[i].lines.iter().cloned());
            }
        }
    }
    let old: Vec<String> = out[a..b - 1].to_vec();
    if old == new_lines {
        return false;
    }
    let len = b - 1 - a;
    for (k, slot) in out[a..b - 1].iter_mut().enumerate() {
        *slot = if k == 0 { new_lines.concat() } else { String::new() };
    }
    let _ = len;
    true
}

/// (path, name, trailing comment) of the one spec on line `ln`, if the line holds exactly one.
fn spec_key(sm: &SrcMap, ln: usize) -> Option<(String, String, String)> {
    let toks: Vec<_> = sm.toks.iter().filter(|t| sm.line(t.off) == ln).collect();
    let (name, path) = match toks.as_slice() {
        [p] if p.tok == Tok::Literal => (String::new(), p.text),
        [n, p] if p.tok == Tok::Literal && matches!(n.tok, Tok::Name | Tok::Dot) => (n.text.to_string(), p.text),
        [p, s] if p.tok == Tok::Literal && s.tok == Tok::Semi => (String::new(), p.text),
        _ => return None,
    };
    let path = path.get(1..path.len().saturating_sub(1)).unwrap_or("").to_string();
    let comment = sm
        .groups
        .iter()
        .flat_map(|g| g.list.iter())
        .find(|c| sm.line(c.off) == ln)
        .map(|c| c.text.clone())
        .unwrap_or_default();
    Some((path, name, comment))
}
