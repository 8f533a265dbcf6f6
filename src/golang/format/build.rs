//! `//go:build` lines in go/build/constraint's canonical form: `a || b && !c`, with
//! parentheses only where `&&` and `||` nest and around a negated group.

/// The canonical text of a `//go:build` comment, or `None` when it is not one or does not
/// parse (then gofmt leaves it alone).
pub fn canonical(text: &str) -> Option<String> {
    let rest = text.strip_prefix("//go:build")?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let toks = lex(rest.trim())?;
    let mut p = Parser { toks, i: 0 };
    let x = p.or()?;
    if p.i != p.toks.len() {
        return None;
    }
    Some(format!("//go:build {}", show(&x)))
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
