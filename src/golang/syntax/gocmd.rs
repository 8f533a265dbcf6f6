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
        || matches!(
            msg,
            "missing import path"
                | "import path must be a string"
                | "string literal not terminated"
                | "raw string literal not terminated"
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

/// The go command's first complaint about the package clause and imports, if any.
pub fn check(src: &str) -> Option<(Pos, String)> {
    let mut lx = Lexer::new(src);
    lx.next();
    if lx.tok.tok != Tok::Package {
        let (pos, f) = found(&lx, src);
        return Some((pos, format!("expected 'package', found {}", f)));
    }
    lx.next();
    if lx.tok.tok != Tok::Name {
        let (pos, f) = found(&lx, src);
        return Some((pos, format!("expected 'IDENT', found {}", f)));
    }
    lx.next();
    if lx.tok.tok != Tok::Semi {
        return None;
    }
    lx.next();
    while lx.tok.tok == Tok::Import {
        lx.next();
        if lx.tok.tok == Tok::Lparen {
            lx.next();
            while !matches!(lx.tok.tok, Tok::Rparen | Tok::EOF) {
                if let Some(e) = import_spec(&mut lx) {
                    return Some(e);
                }
                if lx.tok.tok != Tok::Semi {
                    return None;
                }
                lx.next();
            }
            lx.next();
        } else if let Some(e) = import_spec(&mut lx) {
            return Some(e);
        }
        if lx.tok.tok != Tok::Semi {
            return None;
        }
        lx.next();
    }
    None
}

fn import_spec(lx: &mut Lexer) -> Option<(Pos, String)> {
    if matches!(lx.tok.tok, Tok::Name | Tok::Dot) {
        lx.next();
    }
    let t = lx.tok;
    match (t.tok, t.kind) {
        (Tok::Literal, LitKind::String) => {
            lx.next();
            if t.bad && !t.lit.ends_with(['"', '`']) || t.lit.len() < 2 {
                let raw = if t.lit.starts_with('`') { "raw " } else { "" };
                return Some((t.pos, format!("{}string literal not terminated", raw)));
            }
            None
        }
        (Tok::Literal, _) => Some((t.pos, "import path must be a string".into())),
        _ => Some((t.pos, "missing import path".into())),
    }
}
