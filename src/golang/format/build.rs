//! Build constraints as gofmt handles them: `//go:build` and `// +build` comments are
//! found, and after printing the `//go:build` line is put at the top of the file (before
//! the package clause and its doc comment), in go/build/constraint's canonical form
//! (`a || b && !c`), made from the `// +build` lines when there is none.

use super::engine::Printer;
use super::tabwriter::ESC;

/// Whether a comment is a `//go:build` line.
pub fn is_go_build(text: &str) -> bool {
    text.strip_prefix("//go:build").is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

/// Whether a comment is a `// +build` line.
pub fn is_plus_build(text: &str) -> bool {
    let Some(r) = text.strip_prefix("//") else { return false };
    r.trim_start_matches([' ', '\t']).strip_prefix("+build").is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

fn parse_go_build(text: &str) -> Option<Expr> {
    let rest = text.strip_prefix("//go:build")?;
    let toks = lex(rest.trim())?;
    let mut p = Parser { toks, i: 0 };
    let x = p.or()?;
    (p.i == p.toks.len()).then_some(x)
}

/// `// +build a,b !c`: fields are or-ed, comma-separated terms and-ed.
fn parse_plus_build(text: &str) -> Option<Expr> {
    let rest = text.strip_prefix("//")?.trim_start().strip_prefix("+build")?;
    let mut x: Option<Expr> = None;
    for field in rest.split_whitespace() {
        let mut y: Option<Expr> = None;
        for term in field.split(',') {
            let (neg, tag) = match term.strip_prefix('!') {
                Some(t) => (true, t),
                None => (false, term),
            };
            if tag.is_empty()
                || tag.starts_with('!')
                || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            {
                return None;
            }
            let t = if neg { Expr::Not(Box::new(Expr::Tag(tag.into()))) } else { Expr::Tag(tag.into()) };
            y = Some(match y {
                None => t,
                Some(a) => Expr::And(Box::new(a), Box::new(t)),
            });
        }
        let y = y?;
        x = Some(match x {
            None => y,
            Some(a) => Expr::Or(Box::new(a), Box::new(y)),
        });
    }
    x
}

enum Expr {
    Tag(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

fn lex(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            i += 1;
        } else if c == b'!' || c == b'(' || c == b')' {
            out.push((c as char).to_string());
            i += 1;
        } else if (c == b'&' || c == b'|') && b.get(i + 1) == Some(&c) {
            out.push(s[i..i + 2].to_string());
            i += 2;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            let j = (i..b.len())
                .find(|&j| !(b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'.' || b[j] >= 0x80))
                .unwrap_or(b.len());
            out.push(s[i..j].to_string());
            i = j;
        } else {
            return None;
        }
    }
    Some(out)
}

struct Parser {
    toks: Vec<String>,
    i: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(String::as_str)
    }

    fn or(&mut self) -> Option<Expr> {
        let mut x = self.and()?;
        while self.peek() == Some("||") {
            self.i += 1;
            x = Expr::Or(Box::new(x), Box::new(self.and()?));
        }
        Some(x)
    }

    fn and(&mut self) -> Option<Expr> {
        let mut x = self.not()?;
        while self.peek() == Some("&&") {
            self.i += 1;
            x = Expr::And(Box::new(x), Box::new(self.not()?));
        }
        Some(x)
    }

    fn not(&mut self) -> Option<Expr> {
        let t = self.peek()?.to_string();
        self.i += 1;
        match t.as_str() {
            "!" => Some(Expr::Not(Box::new(self.not()?))),
            "(" => {
                let x = self.or()?;
                (self.peek() == Some(")")).then(|| self.i += 1)?;
                Some(x)
            }
            "&&" | "||" | ")" => None,
            _ => Some(Expr::Tag(t)),
        }
    }
}

fn show(x: &Expr) -> String {
    match x {
        Expr::Tag(t) => t.clone(),
        Expr::Not(y) => match **y {
            Expr::And(..) | Expr::Or(..) => format!("!({})", show(y)),
            _ => format!("!{}", show(y)),
        },
        Expr::And(a, b) => format!("{} && {}", arg(a, true), arg(b, true)),
        Expr::Or(a, b) => format!("{} || {}", arg(a, false), arg(b, false)),
    }
}

/// An operand of `&&` (`in_and`) or `||`, in parentheses when it is the other operator.
fn arg(x: &Expr, in_and: bool) -> String {
    match (x, in_and) {
        (Expr::Or(..), true) | (Expr::And(..), false) => format!("({})", show(x)),
        _ => show(x),
    }
}

fn is_nl(b: u8) -> bool {
    b == b'\n' || b == b'\x0c'
}

/// Where the build lines go: after the file's leading comment blocks that end in a blank
/// line (a copyright notice), before the rest.
fn insert_point(out: &[u8]) -> usize {
    let (mut insert, mut pos) = (0, 0);
    loop {
        let mut blank = true;
        while pos < out.len() && (out[pos] == b' ' || out[pos] == b'\t') {
            pos += 1;
        }
        if pos + 3 < out.len() && out[pos] == ESC && out[pos + 1] == b'/' && out[pos + 2] == b'/' {
            blank = false;
            while pos < out.len() && !is_nl(out[pos]) {
                pos += 1;
            }
        }
        if pos >= out.len() || !is_nl(out[pos]) {
            return insert;
        }
        pos += 1;
        if blank {
            insert = pos;
        }
    }
}

fn line_at(out: &[u8], start: usize) -> &[u8] {
    let mut pos = start;
    while pos < out.len() && !is_nl(out[pos]) {
        pos += 1;
    }
    &out[start..(pos + 1).min(out.len())]
}

fn comment_text_at(out: &[u8], start: usize) -> String {
    let start = if out.get(start) == Some(&ESC) { start + 1 } else { start };
    let end = (start..out.len()).find(|&i| out[i] == ESC || is_nl(out[i])).unwrap_or(out.len());
    String::from_utf8_lossy(&out[start..end]).into_owned()
}

fn append_lines(x: &mut Vec<u8>, y: &[u8]) {
    let x_blank_end = x.is_empty() || (x.len() >= 2 && is_nl(x[x.len() - 1]) && is_nl(x[x.len() - 2]));
    if !y.is_empty() && is_nl(y[0]) && x_blank_end {
        x.extend_from_slice(&y[1..]);
    } else {
        x.extend_from_slice(y);
    }
}

impl Printer<'_, '_> {
    /// go/printer's `fixGoBuildLines`, on the printer's raw output.
    pub fn fix_go_build_lines(&mut self) {
        if self.go_build.is_empty() && self.plus_build.is_empty() {
            return;
        }
        let out = std::mem::take(&mut self.output);
        let mut insert = insert_point(&out);
        if let Some(&g) = self.go_build.first().filter(|&&g| g < insert) {
            insert = g;
        } else if let Some(&b) = self.plus_build.first().filter(|&&b| b < insert) {
            insert = b;
        }
        let x = match self.go_build.len() {
            0 => self
                .plus_build
                .iter()
                .try_fold(None, |acc: Option<Expr>, &pos| {
                    let y = parse_plus_build(&comment_text_at(&out, pos))?;
                    Some(Some(match acc {
                        None => y,
                        Some(a) => Expr::And(Box::new(a), Box::new(y)),
                    }))
                })
                .flatten(),
            1 => parse_go_build(&comment_text_at(&out, self.go_build[0])),
            _ => None,
        };
        let mut block: Vec<u8> = Vec::new();
        if let Some(x) = &x {
            block.push(ESC);
            block.extend_from_slice(format!("//go:build {}", show(x)).as_bytes());
            block.extend_from_slice(&[ESC, b'\n']);
        } else {
            self.go_build.iter().for_each(|&p| block.extend_from_slice(line_at(&out, p)));
        }
        self.plus_build.iter().for_each(|&p| block.extend_from_slice(line_at(&out, p)));
        block.push(b'\n');
        let mut to_delete: Vec<usize> = self.go_build.iter().chain(&self.plus_build).copied().collect();
        to_delete.sort();
        let mut after = Vec::new();
        let mut start = insert;
        for end in to_delete {
            if end < start {
                continue;
            }
            append_lines(&mut after, &out[start..end]);
            start = end + line_at(&out, end).len();
        }
        append_lines(&mut after, &out[start.min(out.len())..]);
        let n = after.len();
        if n >= 2 && is_nl(after[n - 1]) && is_nl(after[n - 2]) {
            after.pop();
        }
        self.output = out[..insert].to_vec();
        self.output.extend(block);
        self.output.extend(after);
    }
}
