//! Import sorting, as gofmt does it before printing: within each parenthesized import
//! declaration, every run of specs on consecutive lines (a blank or comment-only line ends
//! a run) is sorted by path (then name, then trailing comment), exact duplicates are
//! dropped, and comments inside a spec move after its path. Done on the source text (each
//! spec on its own line), so the printer then sees a file whose imports are in order.

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

/// One import spec line.
struct Unit {
    original: String,
    line: String,
    key: (String, String, String),
}

/// Lines between a group's parentheses: runs of spec lines, and the blank or comment-only
/// lines that end runs.
enum Segment {
    Run(Vec<Unit>),
    Verbatim(String),
}

/// Sorts the lines strictly between lines `a` and `b` (1-based); false if nothing changed
/// or the group is not one spec per line.
fn sort_group(sm: &SrcMap, lines: &[&str], a: usize, b: usize, out: &mut [String]) -> bool {
    let mut segs: Vec<Segment> = vec![Segment::Run(Vec::new())];
    for ln in a + 1..b {
        let text = lines[ln - 1];
        let t = text.trim();
        if t.is_empty() || t.starts_with("//") || t.starts_with("/*") {
            if t.starts_with("/*") && !t.ends_with("*/") {
                return false;
            }
            segs.push(Segment::Verbatim(text.to_string()));
            segs.push(Segment::Run(Vec::new()));
            continue;
        }
        let Some((key, line)) = spec_line(sm, ln, text) else { return false };
        if let Some(Segment::Run(run)) = segs.last_mut() {
            run.push(Unit { original: text.to_string(), line, key });
        }
    }
    let mut new_lines: Vec<String> = Vec::new();
    for seg in segs {
        match seg {
            Segment::Verbatim(l) => new_lines.push(l),
            Segment::Run(run) if run.len() <= 1 => new_lines.extend(run.into_iter().map(|u| lines_of(&u, true))),
            Segment::Run(mut run) => {
                run.sort_by(|x, y| x.key.cmp(&y.key));
                let n = run.len();
                for i in 0..n {
                    let dup = i + 1 < n
                        && run[i].key.0 == run[i + 1].key.0
                        && run[i].key.1 == run[i + 1].key.1
                        && run[i].key.2.is_empty();
                    if !dup {
                        new_lines.push(lines_of(&run[i], false));
                    }
                }
            }
        }
    }
    let old: Vec<String> = out[a..b - 1].to_vec();
    if old == new_lines {
        return false;
    }
    for (k, slot) in out[a..b - 1].iter_mut().enumerate() {
        *slot = if k == 0 { new_lines.concat() } else { String::new() };
    }
    true
}

/// A spec's line: as written when alone in its run, else rebuilt with its comments after
/// the path (where gofmt moves them when it sorts a run).
fn lines_of(u: &Unit, alone: bool) -> String {
    if alone {
        return u.original.clone();
    }
    u.line.clone()
}

/// The sort key (path, name, trailing comment) of the one spec on line `ln`, and the line
/// rebuilt with every comment on it after the path.
fn spec_line(sm: &SrcMap, ln: usize, text: &str) -> Option<((String, String, String), String)> {
    let toks: Vec<_> = sm.toks.iter().filter(|t| sm.line(t.off) == ln).collect();
    let (name, path) = match toks.as_slice() {
        [p] if p.tok == Tok::Literal => ("", p.text),
        [n, p] if p.tok == Tok::Literal && matches!(n.tok, Tok::Name | Tok::Dot) => (n.text, p.text),
        [p, s] if p.tok == Tok::Literal && s.tok == Tok::Semi => ("", p.text),
        _ => return None,
    };
    let comments: Vec<&str> = sm
        .groups
        .iter()
        .flat_map(|g| g.list.iter())
        .filter(|c| sm.line(c.off) == ln)
        .map(|c| c.text.as_str())
        .collect();
    let line_comment = comments.last().filter(|c| c.starts_with("//")).map_or(String::new(), |c| c.to_string());
    let indent = &text[..text.len() - text.trim_start().len()];
    let mut line = format!("{indent}{}{}{path}", name, if name.is_empty() { "" } else { " " });
    for c in &comments {
        line.push(' ');
        line.push_str(c);
    }
    line.push('\n');
    let unquoted = path.get(1..path.len().saturating_sub(1)).unwrap_or("").to_string();
    Some(((unquoted, name.to_string(), line_comment), line))
}
