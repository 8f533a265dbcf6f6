//! Go-source templates: `{{name}}` and `{{dur name}}` substitutions and `{{if ...}}` /
//! `{{else}}` / `{{end}}` line blocks. The rendered source is the program itself: reports
//! name its lines as the interpreter's parser numbers them.

use super::{Params, Value};
use crate::runtime::gofmt::duration_literal_ms;

/// A rendered Go program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub source: String,
}

/// A template problem, at a 1-based template line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

fn err(line: usize, message: impl Into<String>) -> TemplateError {
    TemplateError { line, message: message.into() }
}

/// Evaluate `name`, `!name`, `name == value`, `name != value`.
fn condition(expr: &str, p: &Params, line: usize) -> Result<bool, TemplateError> {
    let expr = expr.trim();
    let lookup =
        |name: &str| p.0.get(name.trim()).ok_or_else(|| err(line, format!("unknown parameter `{}`", name.trim())));
    if let Some((a, b)) = expr.split_once("!=") {
        return Ok(lookup(a)?.to_string() != b.trim());
    }
    if let Some((a, b)) = expr.split_once("==") {
        return Ok(lookup(a)?.to_string() == b.trim());
    }
    let (neg, name) = match expr.strip_prefix('!') {
        Some(n) => (true, n),
        None => (false, expr),
    };
    match lookup(name)? {
        Value::Bool(b) => Ok(*b != neg),
        other => Err(err(line, format!("`{{{{if {expr}}}}}` needs a toggle, `{name}` is {other}"))),
    }
}

/// Substitute `{{name}}` and `{{dur name}}` in one line.
fn substitute(text: &str, p: &Params, line: usize) -> Result<String, TemplateError> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("}}").ok_or_else(|| err(line, "`{{` without `}}`"))?;
        let inner = after[..end].trim();
        let (dur, name) = match inner.strip_prefix("dur ") {
            Some(n) => (true, n.trim()),
            None => (false, inner),
        };
        let v = p.0.get(name).ok_or_else(|| err(line, format!("unknown parameter `{name}`")))?;
        match (dur, v) {
            (true, Value::Int(ms)) => out.push_str(&duration_literal_ms(*ms)),
            (true, other) => return Err(err(line, format!("`dur` needs a millisecond int, `{name}` is {other}"))),
            (false, v) => out.push_str(&v.to_string()),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Render `template` with `params`.
pub fn render(template: &str, p: &Params) -> Result<Rendered, TemplateError> {
    // Each open block: (condition of the branch being emitted, whether the enclosing is on, line).
    let mut stack: Vec<(bool, bool, usize)> = Vec::new();
    let mut on = true;
    let mut source = String::new();
    for (i, raw) in template.lines().enumerate() {
        let lineno = i + 1;
        let t = raw.trim();
        if let Some(expr) = t.strip_prefix("{{if ").and_then(|r| r.strip_suffix("}}")) {
            let c = condition(expr, p, lineno)?;
            stack.push((c, on, lineno));
            on = on && c;
            continue;
        }
        if t == "{{else}}" {
            let top = stack.last_mut().ok_or_else(|| err(lineno, "`{{else}}` without `{{if}}`"))?;
            top.0 = !top.0;
            on = top.1 && top.0;
            continue;
        }
        if t == "{{end}}" {
            let (_, outer, _) = stack.pop().ok_or_else(|| err(lineno, "`{{end}}` without `{{if}}`"))?;
            on = outer;
            continue;
        }
        if !on {
            continue;
        }
        source.push_str(&substitute(raw, p, lineno)?);
        source.push('\n');
    }
    if let Some((_, _, line)) = stack.last() {
        return Err(err(*line, "`{{if}}` without `{{end}}`"));
    }
    Ok(Rendered { source: tidy_blank_lines(&source) })
}

/// Collapse runs of blank lines left by switched-off blocks into one.
fn tidy_blank_lines(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for l in s.lines() {
        if l.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// 1-based lines of `new` that are not in `old` (a line-level LCS diff), for highlighting
/// what a parameter change touched.
pub fn changed_lines(old: &str, new: &str) -> Vec<u32> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if a[i] == b[j] { dp[i + 1][j + 1] + 1 } else { dp[i + 1][j].max(dp[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut changed = Vec::new();
    while j < m {
        if i < n && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < n && dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            changed.push(j as u32 + 1);
            j += 1;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, Value)]) -> Params {
        Params(pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    #[test]
    fn substitutes_blocks_and_durations() {
        let p = params(&[("n", Value::Int(3)), ("t_ms", Value::Int(500)), ("on", Value::Bool(false))]);
        let t = "a {{n}}\n{{if on}}\nyes\n{{else}}\nno // a comment\n{{end}}\nwait {{dur t_ms}}\n";
        let r = render(t, &p).unwrap();
        assert_eq!(r.source, "a 3\nno // a comment\nwait 500 * time.Millisecond\n");
    }

    #[test]
    fn collapses_the_blank_lines_switched_off_blocks_leave() {
        let p = params(&[("on", Value::Bool(false))]);
        let r = render("a\n\n{{if on}}\nb\n{{end}}\n\nc\n", &p).unwrap();
        assert_eq!(r.source, "a\n\nc\n");
    }

    #[test]
    fn reports_unknown_parameters_and_unbalanced_blocks() {
        let p = params(&[]);
        assert_eq!(render("x {{nope}}", &p).unwrap_err().line, 1);
        assert!(render("{{if !x}}\n", &params(&[("x", Value::Bool(true))])).unwrap_err().message.contains("without"));
    }

    #[test]
    fn changed_lines_marks_new_and_edited_lines() {
        assert_eq!(changed_lines("a\nb\nc\n", "a\nB\nc\nd\n"), vec![2, 4]);
    }
}
