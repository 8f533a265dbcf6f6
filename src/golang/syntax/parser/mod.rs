//! The parser's core: token handling, error reporting and recovery as Go's compiler does
//! them (one syntax error per line, at most ten errors, `advance` to a follow set), node
//! ids, the nesting limit, and the file level (package clause, imports, declarations).
//! Declarations, types, expressions and statements live in the sibling modules.

// Parsing functions hand back whole expressions and statements by value (`Err(x)` returns
// an expression unchanged); boxing them only for that would cost an allocation each.
#![allow(clippy::result_large_err, clippy::large_enum_variant)]

mod decl;
mod expr;
mod pragma;
mod stmt;
mod types;

use super::ast::*;
use super::lexer::Lexer;
use super::token::{Tok, Token};
use super::SyntaxError;

/// How deeply expressions, types and statements may nest before the parser gives up (so
/// that no input overflows the Rust stack).
pub const MAX_DEPTH: u32 = 100;

/// Go's compiler stops after this many errors (`too many errors`).
const MAX_ERRORS: usize = 10;

pub(crate) struct Parser<'a> {
    lx: Lexer<'a>,
    /// The file name, for positions inside messages (`label L already defined at ./x.go:3:1`).
    file: &'a str,
    /// The current token.
    t: Token<'a>,
    errors: Vec<SyntaxError>,
    /// How many errors were reported (before filtering), like Go's `errcnt`.
    errcnt: usize,
    last_syntax_line: u32,
    last_other: Option<(u32, String)>,
    /// Expression nesting: `-1` inside control clause headers (no composite literals).
    xnest: i32,
    /// Function nesting (for the recovery follow sets).
    fnest: u32,
    next_id: u32,
    depth: u32,
    /// Set after a fatal condition (too deep, too many errors): every token is then EOF.
    dead: bool,
    /// Compiler directives waiting for a declaration.
    pragma: pragma::Pragmas,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(file: &'a str, src: &'a str, invalid_utf8: Vec<usize>) -> Self {
        let lx = Lexer::with_invalid_utf8(src, invalid_utf8);
        let t = lx.tok;
        let mut p = Parser {
            lx,
            file,
            t,
            errors: Vec::new(),
            errcnt: 0,
            last_syntax_line: 0,
            last_other: None,
            xnest: 0,
            fnest: 0,
            next_id: 0,
            depth: 0,
            dead: false,
            pragma: pragma::Pragmas::default(),
        };
        p.next();
        p.lx.top = false;
        p
    }

    fn next(&mut self) {
        if self.dead {
            self.t.tok = Tok::EOF;
            return;
        }
        self.lx.next();
        self.t = self.lx.tok;
        if !self.lx.errors.is_empty() {
            let errs = std::mem::take(&mut self.lx.errors);
            for (pos, msg) in errs {
                self.error_at(pos, msg);
            }
        }
        if !self.lx.directives.is_empty() {
            for (pos, blank, text) in std::mem::take(&mut self.lx.directives) {
                self.directive(pos, blank, &text);
            }
        }
        if self.dead {
            self.t.tok = Tok::EOF;
        }
    }

    fn tok(&self) -> Tok {
        self.t.tok
    }

    fn pos(&self) -> Pos {
        self.t.pos
    }

    fn id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }

    fn expr_at(&mut self, pos: Pos, kind: ExprKind) -> Expr {
        Expr { id: self.id(), pos, kind }
    }

    fn got(&mut self, tok: Tok) -> bool {
        if self.tok() == tok {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, tok: Tok) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(&[]);
        }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Records an error as Go's compiler does: one syntax error per line, one copy of any
    /// other message per line, and a stop after the tenth.
    fn error_at(&mut self, pos: Pos, msg: String) {
        self.errcnt += 1;
        self.report(pos, msg);
    }

    /// Records an error without counting it as the parser's own (Go's compiler reports
    /// directive errors from outside its parser: they neither stop the parse after the
    /// package clause nor suppress the branch checks).
    fn report(&mut self, pos: Pos, msg: String) {
        if self.dead {
            return;
        }
        if msg.starts_with("syntax error") {
            if self.last_syntax_line == pos.line {
                return;
            }
            self.last_syntax_line = pos.line;
        } else {
            if self.last_other.as_ref().is_some_and(|(l, m)| *l == pos.line && *m == msg) {
                return;
            }
            self.last_other = Some((pos.line, msg.clone()));
        }
        self.errors.push(SyntaxError { pos, msg, go_command: false });
        if self.errors.len() >= MAX_ERRORS {
            self.die();
        }
    }

    fn die(&mut self) {
        self.dead = true;
        self.t.tok = Tok::EOF;
    }

    fn error(&mut self, msg: &str) {
        self.error_at(self.pos(), msg.to_string());
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos(), msg);
    }

    /// Go's `syntaxErrorAt`: `unexpected <token>` plus the message, or the plain message.
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Tok::EOF && self.errcnt > 0 {
            return;
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {}", msg)
        } else if msg.starts_with("expected ") {
            format!(", {}", msg)
        } else {
            self.error_at(pos, format!("syntax error: {}", msg));
            return;
        };
        let tok = self.t.describe();
        self.error_at(pos, format!("syntax error: unexpected {}{}", tok, msg));
    }

    /// Skips tokens until one in `follow` (and, inside functions, a statement keyword);
    /// with an empty list, skips one token.
    fn advance(&mut self, follow: &[Tok]) {
        if follow.is_empty() {
            if self.tok() != Tok::EOF {
                self.next();
            }
            return;
        }
        let stop = |t: Tok| {
            matches!(
                t,
                Tok::Break
                    | Tok::Const
                    | Tok::Continue
                    | Tok::Defer
                    | Tok::Fallthrough
                    | Tok::For
                    | Tok::Go
                    | Tok::Goto
                    | Tok::If
                    | Tok::Return
                    | Tok::Select
                    | Tok::Switch
                    | Tok::Type
                    | Tok::Var
            )
        };
        while self.tok() != Tok::EOF && !follow.contains(&self.tok()) && !(self.fnest > 0 && stop(self.tok())) {
            self.next();
        }
    }

    /// Enters one nesting level; false (after reporting it once) when too deep.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if !self.dead {
                let msg = format!("chanlab does not support nesting deeper than {} levels yet", MAX_DEPTH);
                self.errors.push(SyntaxError { pos: self.pos(), msg, go_command: false });
                self.die();
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Go's `list`: `f` repeatedly, separated by `sep`, up to `close`; returns the position
    /// of `close`.
    fn list(&mut self, context: &str, sep: Tok, close: Tok, mut f: impl FnMut(&mut Self) -> bool) -> Pos {
        let mut done = false;
        while self.tok() != Tok::EOF && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                let msg = format!("in {}; possibly missing {} or {}", context, sep.describe(), close.describe());
                self.syntax_error(&msg);
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    fn name(&mut self) -> Ident {
        let pos = self.pos();
        if self.tok() == Tok::Name {
            let name = self.t.lit.to_string();
            self.next();
            return Ident { id: self.id(), pos, name };
        }
        self.syntax_error("expected name");
        self.advance(&[]);
        Ident { id: self.id(), pos, name: "_".into() }
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// A placeholder expression where one is missing (the file has an error).
    fn bad_expr(&mut self) -> Expr {
        let pos = self.pos();
        self.expr_at(pos, ExprKind::Name("_".into()))
    }

    fn file(&mut self) -> Option<File> {
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return None;
        }
        self.take_pragma();
        let package = self.name();
        self.want(Tok::Semi);
        if self.errcnt > 0 {
            return None;
        }
        let mut f =
            File { package, imports: Vec::new(), decls: Vec::new(), go_version: self.lx.go_version, node_count: 0 };
        let mut prev = Tok::Import;
        while self.tok() != Tok::EOF {
            if self.tok() == Tok::Import && prev != Tok::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            if !self.top_decl(&mut f) {
                continue;
            }
            self.clear_pragma();
            if self.tok() != Tok::EOF && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        self.clear_pragma();
        Some(f)
    }

    /// One top-level declaration; false when the token starts none (after recovering).
    fn top_decl(&mut self, f: &mut File) -> bool {
        match self.tok() {
            Tok::Import => {
                self.next();
                self.group(|p| {
                    if let Some(i) = p.import_spec() {
                        f.imports.push(i);
                    }
                });
            }
            Tok::Const | Tok::Type | Tok::Var => {
                let d = self.decl();
                f.decls.push(d);
            }
            Tok::Func => {
                let pos = self.pos();
                self.next();
                if let Some(d) = self.func_decl(pos) {
                    f.decls.push(Decl::Func(d));
                }
            }
            _ => {
                let empty_func = matches!(f.decls.last(), Some(Decl::Func(d)) if d.body.is_none());
                if self.tok() == Tok::Lbrace && empty_func {
                    self.syntax_error("unexpected semicolon or newline before {");
                } else {
                    self.syntax_error("non-declaration statement outside function body");
                }
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                return false;
            }
        }
        true
    }

    /// Go's `appendGroup`: `f` once, or for each spec of a parenthesized group.
    fn group(&mut self, mut f: impl FnMut(&mut Self)) {
        if self.tok() == Tok::Lparen {
            self.clear_pragma();
        }
        if self.got(Tok::Lparen) {
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, |p| {
                f(p);
                false
            });
        } else {
            f(self);
        }
    }
}

/// A parse's result: the tree (unless the file has syntax errors proper) and every error.
pub struct Parsed {
    /// `None` after a `syntax error: ...`, a go-command error or too many errors; `Some`
    /// when the only errors are lexical (`newline in string`) or branch errors (`label L
    /// defined and not used`), after which Go's compiler still type-checks the file.
    pub file: Option<File>,
    /// Sorted by position as Go prints them, with a final `too many errors` after the tenth.
    pub errors: Vec<SyntaxError>,
}

pub(crate) fn parse(file: &str, src: &str, invalid_utf8: Vec<usize>) -> Parsed {
    if let Some((pos, msg)) = super::gocmd::check(src) {
        return Parsed { file: None, errors: vec![SyntaxError { pos, msg, go_command: true }] };
    }
    let mut p = Parser::new(file, src, invalid_utf8);
    let mut tree = p.file();
    if let Some(f) = &mut tree {
        f.node_count = p.next_id;
    }
    let mut errs = p.errors;
    let too_many = (errs.len() >= MAX_ERRORS).then(|| errs[errs.len() - 1].pos);
    let fatal = too_many.is_some() || p.dead || errs.iter().any(|e| e.msg.starts_with("syntax error"));
    if tree.is_none() && errs.is_empty() {
        errs.push(SyntaxError { pos: p.t.pos, msg: "syntax error: unexpected EOF".into(), go_command: false });
    }
    errs.sort_by_key(|e| e.pos);
    errs.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg);
    if let Some(pos) = too_many {
        errs.push(SyntaxError { pos, msg: "too many errors".into(), go_command: false });
    }
    Parsed { file: if fatal { None } else { tree }, errors: errs }
}
