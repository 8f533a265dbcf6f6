//! The editor's highlighted view (the `<pre>` under the transparent textarea), pure: one
//! block per source line with its number, Go highlighting, the marks (changed lines, lines a
//! report names, a compile error's line, the matching brackets) and compile errors under
//! their line. Also Go's compile-error lines parsed into [`Diag`]s.
//!
//! Every character of the source is in the view at the same place as in the textarea (no
//! wrapping, the same font), so the caret lands on the highlighted text.

use super::highlight::{escape, tokenize};

/// A compile error at a line (and column) of `main.go`, with Go's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

/// Go's compile errors from what `go run` printed (`./main.go:12:5: undefined: x` lines);
/// other lines (`# command-line-arguments`) are left out.
pub fn parse_diags(stderr: &str) -> Vec<Diag> {
    stderr
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("./").unwrap_or(l);
            let rest = rest.strip_prefix("main.go:")?;
            let (line, rest) = rest.split_once(':')?;
            let line = line.parse().ok()?;
            let (col, msg) = match rest.split_once(':') {
                Some((c, m)) if c.parse::<u32>().is_ok() => (c.parse().unwrap_or(0), m),
                _ => (0, rest),
            };
            Some(Diag { line, col, msg: msg.trim().to_string() })
        })
        .collect()
}

/// What to mark in the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    pub changed: Vec<u32>,
    pub reported: Vec<u32>,
    pub diags: Vec<Diag>,
    /// Byte offsets of a bracket beside the caret and of its partner (`bad`: unmatched).
    pub brackets: Vec<usize>,
    pub bad_bracket: bool,
}

/// The highlighted lines' HTML: each token escaped, split at line breaks and at bracket
/// marks.
fn lines_html(src: &str, marks: &Marks) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut at = 0;
    for (tok, text) in tokenize(src) {
        let class = tok.class();
        // Cut the token at bracket marks so a mark wraps exactly one character.
        let mut cuts: Vec<usize> =
            marks.brackets.iter().filter(|b| **b >= at && **b < at + text.len()).copied().collect();
        cuts.sort_unstable();
        let mut pieces = Vec::new();
        let mut from = 0;
        for c in cuts {
            pieces.push((&text[from..c - at], false));
            pieces.push((&text[c - at..c - at + 1], true));
            from = c - at + 1;
        }
        pieces.push((&text[from..], false));
        for (piece, mark) in pieces {
            for (k, part) in piece.split('\n').enumerate() {
                if k > 0 {
                    lines.push(String::new());
                }
                if part.is_empty() {
                    continue;
                }
                let cur = lines.last_mut().expect("at least one line");
                let mut html = escape(part);
                if !class.is_empty() {
                    html = format!("<span class=\"{class}\">{html}</span>");
                }
                if mark {
                    let bm = if marks.bad_bracket { "bm bad" } else { "bm" };
                    html = format!("<span class=\"{bm}\">{html}</span>");
                }
                cur.push_str(&html);
            }
        }
        at += text.len();
    }
    lines
}

/// The view's HTML: `<span class="line" data-line="N">` per line (the last, empty line of a
/// source ending in `\n` has no number), the line number in `.ln`, and each compile error in
/// a `.diag` block under its line.
pub fn view_html(src: &str, marks: &Marks) -> String {
    let lines = lines_html(src, marks);
    let last = lines.len();
    let mut html = String::with_capacity(src.len() * 2);
    for (i, l) in lines.iter().enumerate() {
        let n = i as u32 + 1;
        let mut class = String::from("line");
        for (on, c) in [
            (marks.changed.contains(&n), " changed"),
            (marks.reported.contains(&n), " reported"),
            (marks.diags.iter().any(|d| d.line == n), " has-diag"),
        ] {
            if on {
                class.push_str(c);
            }
        }
        let ln = if i + 1 == last && l.is_empty() && src.ends_with('\n') { String::new() } else { n.to_string() };
        html.push_str(&format!(
            "<span class=\"{class}\" data-line=\"{n}\"><span class=\"ln\" aria-hidden=\"true\">{ln}</span>{l}"
        ));
        for d in marks.diags.iter().filter(|d| d.line == n) {
            html.push_str(&format!("<span class=\"diag\">{}:{}: {}</span>", d.line, d.col, escape(&d.msg)));
        }
        html.push_str("</span>");
    }
    html
}
