//! The go command's own look at a file before compiling it: `go build` reads the package
//! clause and imports with `go/parser`, so mistakes there are reported in that parser's
//! words, as `main.go:1:1: expected 'package', found main` (no `./`, no
//! `# command-line-arguments` header).

use super::ast::{LitKind, Pos};
use super::lexer::Lexer;
use super::token::Tok;

/// Messages that come from the go command rather than the compiler.
pub fn is_go_command_message(msg: &str) -> bool {
    msg.starts_with("expected '")
        || msg.starts_with("illegal character")
        || matches!(
            msg,
            "missing import path"
                | "import path must be a string"
                | "string literal not terminated"
                | "raw string literal not terminated"
                | "unknown escape sequence"
                | "illegal rune literal"
        )
}

/// How `go/parser` names the token in `found X`.
fn found(lx: &Lexer, src: &str) -> (Pos, String) {
    let t = lx.tok;
    let desc = match t.tok {
        Tok::Name | Tok::Literal => t.lit.to_string(),
        Tok::EOF => "'EOF'".to_string(),
        Tok::Semi if t.lit == "newline" => "newline".to_string(),
        Tok::Semi if t.lit == "EOF" => "'EOF'".to_string(),
        Tok::Semi => "';'".to_string(),
        Tok::Operator | Tok::Star => format!("'{}'", t.op.text()),
        Tok::AssignOp => format!("'{}='", t.op.text()),
        Tok::IncOp => format!("'{0}{0}'", t.op.text()),
        other => format!("'{}'", other.text()),
    };
    let pos = if matches!(t.tok, Tok::EOF) || (t.tok == Tok::Semi && t.lit == "EOF") { eof_pos(src) } else { t.pos };
    (pos, desc)
}

/// Where `go/token` puts the end of the file: a final newline starts no new line.
fn eof_pos(src: &str) -> Pos {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let line = body.matches('\n').count() as u32 + 1;
    let start = body.rfind('\n').map_or(0, |i| i + 1);
    Pos { line, col: (src.len() - start) as u32 + 1 }
}

/// The lexer as the go command's header reader uses it: lexical errors are kept in
/// `go/scanner`'s words, positioned with the token being read.
struct Hdr<'a> {
    lx: Lexer<'a>,
    src: &'a str,
    lexical: Vec<(Pos, String)>,
}

impl Hdr<'_> {
    fn next(&mut self) {
        let before = self.lx.errors.len();
        self.lx.next();
        for i in before..self.lx.errors.len() {
            let (pos, msg) = self.lx.errors[i].clone();
            let e = scanner_wording(pos, &msg, &self.lx);
            self.lexical.push(e);
        }
    }

    fn tok(&self) -> Tok {
        self.lx.tok.tok
    }

    fn found(&self) -> (Pos, String) {
        found(&self.lx, self.src)
    }
}

/// The go command's first complaint about the package clause and imports, if any: a
/// lexical error there (in `go/scanner`'s words) or a structural one.
pub fn check(src: &str) -> Option<(Pos, String)> {
    let mut h = Hdr { lx: Lexer::new(src), src, lexical: Vec::new() };
    let structural = header(&mut h);
    // Errors in the token after the imports (read ahead) are the compiler's to report.
    let stop = h.lx.tok.pos;
    let lexical = h.lexical.iter().find(|(pos, _)| *pos < stop || structural.is_some()).cloned();
    match (lexical, structural) {
        (Some(l), Some(s)) => Some(if l.0 <= s.0 { l } else { s }),
        (l, s) => l.or(s),
    }
}

/// `go/scanner`'s wording (and position) for an error our lexer reported while reading
/// the token now current.
fn scanner_wording(pos: Pos, msg: &str, lx: &Lexer) -> (Pos, String) {
    let at_lit = lx.tok.pos;
    let raw = lx.tok.lit.starts_with('`');
    match msg {
        "unknown escape" => (pos, "unknown escape sequence".into()),
        "newline in string" | "string not terminated" if raw => (at_lit, "raw string literal not terminated".into()),
        "newline in string" | "string not terminated" => (at_lit, "string literal not terminated".into()),
        "newline in rune literal" | "rune literal not terminated" => (at_lit, "rune literal not terminated".into()),
        "more than one character in rune literal" => (at_lit, "illegal rune literal".into()),
        m if m.starts_with("empty rune literal") => (at_lit, "illegal rune literal".into()),
        m if m.starts_with("invalid character U+") => {
            let m = m.strip_suffix(" in identifier").unwrap_or(m);
            (pos, m.replacen("invalid character", "illegal character", 1))
        }
        m if m.starts_with("identifier cannot begin with digit ") => {
            (pos, m.replacen("identifier cannot begin with digit", "illegal character", 1))
        }
        m => (pos, m.to_string()),
    }
}

fn header(h: &mut Hdr) -> Option<(Pos, String)> {
    h.next();
    if h.tok() != Tok::Package {
        let (pos, f) = h.found();
        return Some((pos, format!("expected 'package', found {}", f)));
    }
    h.next();
    if h.tok() != Tok::Name {
        let (pos, f) = h.found();
        return Some((pos, format!("expected 'IDENT', found {}", f)));
    }
    h.next();
    if h.tok() != Tok::Semi {
        return None;
    }
    h.next();
    while h.tok() == Tok::Import {
        h.next();
        if h.tok() == Tok::Lparen {
            h.next();
            while !matches!(h.tok(), Tok::Rparen | Tok::EOF) {
                if let Some(e) = import_spec(h).or_else(|| expect_semi(h)) {
                    return Some(e);
                }
            }
            if h.tok() != Tok::Rparen {
                return None;
            }
            h.next();
        } else if let Some(e) = import_spec(h) {
            return Some(e);
        }
        if h.tok() != Tok::Semi {
            return None;
        }
        h.next();
    }
    None
}

/// go/parser's `expectSemi`: a `;` (or newline), optional before `)` and `}`.
fn expect_semi(h: &mut Hdr) -> Option<(Pos, String)> {
    match h.tok() {
        Tok::Rparen | Tok::Rbrace => None,
        Tok::Semi => {
            h.next();
            None
        }
        _ => {
            let (pos, f) = h.found();
            Some((pos, format!("expected ';', found {}", f)))
        }
    }
}

fn import_spec(h: &mut Hdr) -> Option<(Pos, String)> {
    if matches!(h.tok(), Tok::Name | Tok::Dot) {
        h.next();
    }
    let t = h.lx.tok;
    match (t.tok, t.kind) {
        (Tok::Literal, LitKind::String) => {
            h.next();
            None
        }
        (Tok::Literal, _) => Some((t.pos, "import path must be a string".into())),
        _ => Some((t.pos, "missing import path".into())),
    }
}
