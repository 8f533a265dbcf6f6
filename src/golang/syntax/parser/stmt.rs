//! Statements: simple statements (assignments, sends, `++`, range clauses, type switch
//! guards), blocks, `if`/`for`/`switch`/`select` with Go's header rules and messages,
//! labels, branches, `go`/`defer`, `return`.

use super::super::ast::*;
use super::super::printer::{expr_string, stmt_string};
use super::super::token::{Op, Tok};
use super::decl::unparen;
use super::Parser;

/// A simple statement as parsed, before its context decides what it is.
pub(super) enum Simple {
    Stmt(Stmt),
    Range {
        pos: Pos,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
    },
    /// `v := x.(type)` (a type switch guard with a binding).
    Guard {
        pos: Pos,
        bind: Ident,
        x: Expr,
    },
}

/// A control clause header: init; cond; post.
struct Header {
    init: Option<Simple>,
    cond: Option<Simple>,
    post: Option<Simple>,
}

impl Simple {
    fn into_stmt(self) -> Stmt {
        match self {
            Simple::Stmt(s) => s,
            Simple::Range { pos, lhs, define, x } => {
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Stmt { pos, kind: StmtKind::Assign { lhs, op, rhs: vec![x] } }
            }
            Simple::Guard { pos, bind, x } => {
                let lhs = vec![super::decl::name_expr(bind)];
                Stmt { pos, kind: StmtKind::Assign { lhs, op: AssignOp::Define, rhs: vec![x] } }
            }
        }
    }

    fn pos(&self) -> Pos {
        match self {
            Simple::Stmt(s) => s.pos,
            Simple::Range { pos, .. } | Simple::Guard { pos, .. } => *pos,
        }
    }
}

fn boxed(s: Option<Simple>) -> Option<Box<Stmt>> {
    s.map(|s| Box::new(s.into_stmt()))
}

impl<'a> Parser<'a> {
    pub(super) fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.tok() == Tok::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && !matches!(self.tok(), Tok::Assign | Tok::Define) {
            let pos = self.pos();
            let x = lhs.pop().unwrap_or_else(|| self.bad_expr());
            let kind = match self.tok() {
                Tok::AssignOp => {
                    let op = self.t.op.binop().unwrap_or(BinOp::Add);
                    self.next();
                    let rhs = self.expr();
                    StmtKind::Assign { lhs: vec![x], op: AssignOp::Op(op), rhs: vec![rhs] }
                }
                Tok::IncOp => {
                    let inc = self.t.op == Op::Add;
                    self.next();
                    StmtKind::IncDec { x, inc }
                }
                Tok::Arrow => {
                    self.next();
                    let value = self.expr();
                    StmtKind::Send { ch: x, value }
                }
                _ => return Simple::Stmt(Stmt { pos: x.pos, kind: StmtKind::Expr(x) }),
            };
            return Simple::Stmt(Stmt { pos, kind });
        }
        match self.tok() {
            Tok::Assign | Tok::Define => {
                let pos = self.pos();
                let define = self.tok() == Tok::Define;
                self.next();
                if keyword == Some(Tok::For) && self.tok() == Tok::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                let guard = matches!(rhs.as_slice(), [Expr { kind: ExprKind::TypeAssert(_, None), .. }]);
                if guard && keyword == Some(Tok::Switch) && define {
                    if let [Expr { kind: ExprKind::Name(_), .. }] = lhs.as_slice() {
                        let Some(Expr { id, pos: npos, kind: ExprKind::Name(name) }) = lhs.pop() else {
                            unreachable!()
                        };
                        let x = rhs.pop().unwrap_or_else(|| self.bad_expr());
                        return Simple::Guard { pos, bind: Ident { id, pos: npos, name }, x };
                    }
                }
                let op = if define { AssignOp::Define } else { AssignOp::Assign };
                Simple::Stmt(Stmt { pos, kind: StmtKind::Assign { lhs, op, rhs } })
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad_expr());
                Simple::Stmt(Stmt { pos: x.pos, kind: StmtKind::Expr(x) })
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let pos = self.pos();
        self.next();
        let x = self.expr();
        Simple::Range { pos, lhs, define, x }
    }

    fn simple(&mut self) -> Stmt {
        self.simple_stmt(None, None).into_stmt()
    }

    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
        let lbrace = self.pos();
        if !self.got(Tok::Lbrace) {
            self.syntax_error(&format!("expected {{ after {}", context));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.pos();
            if self.got(Tok::Rbrace) {
                return Block { lbrace, stmts: Vec::new(), rbrace };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Block { lbrace, stmts, rbrace }
    }

    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(self.tok(), Tok::EOF | Tok::Rbrace | Tok::Case | Tok::Default) {
            let s = self.stmt_or_nil();
            self.clear_pragma();
            let Some(s) = s else { break };
            if !matches!(s.kind, StmtKind::Empty) {
                l.push(s);
            }
            if !self.got(Tok::Semi) && self.tok() != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi);
            }
        }
        l
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_inner();
        self.leave();
        s
    }

    fn stmt_inner(&mut self) -> Option<Stmt> {
        let pos = self.pos();
        if self.tok() == Tok::Name {
            self.clear_pragma();
            let mut lhs = self.expr_list();
            if self.tok() == Tok::Colon && matches!(lhs.as_slice(), [Expr { kind: ExprKind::Name(_), .. }]) {
                let Some(Expr { id, pos, kind: ExprKind::Name(name) }) = lhs.pop() else { unreachable!() };
                return self.labeled_stmt(Ident { id, pos, name });
            }
            return Some(self.simple_stmt(Some(lhs), None).into_stmt());
        }
        if !matches!(self.tok(), Tok::Var | Tok::Const | Tok::Type) {
            self.clear_pragma();
        }
        let kind = match self.tok() {
            Tok::Var | Tok::Const | Tok::Type => StmtKind::Decl(self.decl()),
            Tok::Lbrace => StmtKind::Block(self.block_stmt("")),
            Tok::Operator | Tok::Star => match self.t.op {
                Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not => return Some(self.simple()),
                _ => return None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => return Some(self.simple()),
            Tok::For => return Some(self.for_stmt()),
            Tok::Switch => return Some(self.switch_stmt()),
            Tok::Select => return Some(self.select_stmt()),
            Tok::If => return Some(self.if_stmt()),
            Tok::Fallthrough => {
                self.next();
                StmtKind::Branch { kind: BranchKind::Fallthrough, label: None }
            }
            Tok::Break | Tok::Continue => {
                let kind = if self.tok() == Tok::Break { BranchKind::Break } else { BranchKind::Continue };
                self.next();
                let label = if self.tok() == Tok::Name { Some(self.name()) } else { None };
                StmtKind::Branch { kind, label }
            }
            Tok::Go | Tok::Defer => return Some(self.call_stmt()),
            Tok::Goto => {
                self.next();
                let label = Some(self.name());
                StmtKind::Branch { kind: BranchKind::Goto, label }
            }
            Tok::Return => {
                self.next();
                let results = if matches!(self.tok(), Tok::Semi | Tok::Rbrace) { Vec::new() } else { self.expr_list() };
                StmtKind::Return(results)
            }
            Tok::Semi => StmtKind::Empty,
            _ => return None,
        };
        Some(Stmt { pos, kind })
    }

    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let colon = self.pos();
        self.want(Tok::Colon);
        let pos = label.pos;
        if self.tok() == Tok::Rbrace {
            let empty = Stmt { pos: self.pos(), kind: StmtKind::Empty };
            return Some(Stmt { pos, kind: StmtKind::Labeled { label, stmt: Box::new(empty) } });
        }
        match self.stmt_or_nil() {
            Some(s) => Some(Stmt { pos, kind: StmtKind::Labeled { label, stmt: Box::new(s) } }),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    fn call_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let kw = self.tok();
        self.next();
        let keep = self.tok() == Tok::Lparen;
        let mut x = self.pexpr(None, keep);
        if let ExprKind::Paren(_) = x.kind {
            self.error_at(x.pos, format!("expression in {} must not be parenthesized", kw.text()));
            x = unparen(x);
        }
        let kind = if kw == Tok::Go { StmtKind::Go(x) } else { StmtKind::Defer(x) };
        Stmt { pos, kind }
    }

    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        if let Some(Simple::Range { lhs, define, x, .. }) = h.init {
            let mut it = lhs.into_iter();
            let (key, value) = (it.next(), it.next());
            if let Some(extra) = it.next() {
                self.error_at(extra.pos, "range clause permits at most two iteration variables".into());
            }
            return Stmt { pos, kind: StmtKind::Range { key, value, define, x, body } };
        }
        let cond = h.cond.map(|c| self.cond_expr(c));
        Stmt { pos, kind: StmtKind::For { init: boxed(h.init), cond, post: boxed(h.post), body } }
    }

    fn cond_expr(&mut self, c: Simple) -> Expr {
        match c.into_stmt() {
            Stmt { kind: StmtKind::Expr(e), .. } => e,
            s => self.expr_at(s.pos, ExprKind::Name("_".into())),
        }
    }

    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            return Stmt { pos: self.pos(), kind: StmtKind::Empty };
        }
        let pos = self.pos();
        let h = self.header(Tok::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok() {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => {
                    let bpos = self.pos();
                    let b = self.block_stmt("");
                    els = Some(Box::new(Stmt { pos: bpos, kind: StmtKind::Block(b) }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        let cond = match h.cond {
            Some(c) => self.cond_expr(c),
            None => self.bad_expr(),
        };
        self.leave();
        Stmt { pos, kind: StmtKind::If { init: boxed(h.init), cond, then, els } }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Tok::Switch);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while !matches!(self.tok(), Tok::EOF | Tok::Rbrace) {
            clauses.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        let init = boxed(h.init);
        let (bind, guard) = match h.cond {
            Some(Simple::Guard { bind, x, .. }) => (Some(bind), x),
            Some(Simple::Stmt(Stmt {
                kind: StmtKind::Expr(e @ Expr { kind: ExprKind::TypeAssert(_, None), .. }),
                ..
            })) => (None, e),
            cond => {
                let tag = cond.map(|c| self.cond_expr(c));
                return Stmt { pos, kind: StmtKind::Switch { init, tag, clauses, rbrace } };
            }
        };
        let x = match guard.kind {
            ExprKind::TypeAssert(x, None) => *x,
            kind => Expr { kind, ..guard },
        };
        let clauses = clauses
            .into_iter()
            .map(|c| TypeCaseClause { id: self.id(), pos: c.pos, types: c.exprs, body: c.body })
            .collect();
        Stmt { pos, kind: StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } }
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let exprs = match self.tok() {
            Tok::Case => {
                self.next();
                Some(self.expr_list())
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
                None
            }
        };
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause { pos, exprs, body }
    }

    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut clauses = Vec::new();
        while !matches!(self.tok(), Tok::EOF | Tok::Rbrace) {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.pos();
        self.want(Tok::Rbrace);
        Stmt { pos, kind: StmtKind::Select { clauses, rbrace } }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        let comm = match self.tok() {
            Tok::Case => {
                self.next();
                Some(Box::new(self.simple()))
            }
            Tok::Default => {
                self.next();
                None
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
                None
            }
        };
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause { pos, comm, body }
    }

    /// Go's `header`: the clauses between `if`/`for`/`switch` and `{`.
    fn header(&mut self, keyword: Tok) -> Header {
        let mut h = Header { init: None, cond: None, post: None };
        self.want(keyword);
        if self.tok() == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
            }
            return h;
        }
        let outer = self.xnest;
        self.xnest = -1;
        if self.tok() != Tok::Semi {
            if self.got(Tok::Var) {
                self.syntax_error(&format!("var declaration not allowed in {} initializer", keyword.text()));
            }
            h.init = Some(self.simple_stmt(None, Some(keyword)));
            if let Some(Simple::Range { .. }) = h.init {
                self.xnest = outer;
                return h;
            }
        }
        let mut semi: Option<(Pos, &str)> = None;
        if self.tok() != Tok::Lbrace {
            if self.tok() == Tok::Semi {
                semi = Some((self.pos(), self.t.lit));
                self.next();
            } else {
                self.want(Tok::Lbrace);
                if self.tok() != Tok::Lbrace {
                    self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                }
            }
            if keyword == Tok::For {
                self.for_header_rest(&mut h);
            } else if self.tok() != Tok::Lbrace {
                h.cond = Some(self.simple_stmt(None, Some(keyword)));
            }
        } else {
            h.cond = h.init.take();
        }
        self.check_cond(&mut h, keyword, semi);
        self.xnest = outer;
        h
    }

    fn for_header_rest(&mut self, h: &mut Header) {
        if self.tok() != Tok::Semi {
            if self.tok() == Tok::Lbrace {
                self.syntax_error("expected for loop condition");
                return;
            }
            h.cond = Some(self.simple_stmt(None, None));
        }
        self.want(Tok::Semi);
        if self.tok() != Tok::Lbrace {
            let post = self.simple_stmt(None, None);
            if let Simple::Stmt(Stmt { pos, kind: StmtKind::Assign { op: AssignOp::Define, .. } }) = &post {
                self.syntax_error_at(*pos, "cannot declare in post statement of for loop");
            }
            h.post = Some(post);
        }
    }

    /// The condition must be an expression (or a type switch guard).
    fn check_cond(&mut self, h: &mut Header, keyword: Tok, semi: Option<(Pos, &str)>) {
        match &h.cond {
            None => {
                if let (Tok::If, Some((pos, lit))) = (keyword, semi) {
                    if lit != "semicolon" {
                        self.syntax_error_at(pos, &format!("unexpected {}, expected {{ after if clause", lit));
                    } else {
                        self.syntax_error_at(pos, "missing condition in if statement");
                    }
                }
            }
            Some(Simple::Stmt(Stmt { kind: StmtKind::Expr(_), .. })) | Some(Simple::Guard { .. }) => {}
            Some(s) => {
                let pos = s.pos();
                let text = match s {
                    Simple::Stmt(Stmt { kind: StmtKind::Assign { lhs, op: AssignOp::Assign, rhs }, .. }) => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    Simple::Stmt(s) => stmt_string(s),
                    _ => String::new(),
                };
                self.syntax_error_at(pos, &format!("cannot use {} as value", text));
            }
        }
    }
}

/// Go's `emphasize`: a binary expression in parentheses.
fn emphasize(list: &[Expr]) -> String {
    let s: Vec<String> = list.iter().map(expr_string).collect();
    let s = s.join(", ");
    match list {
        [Expr { kind: ExprKind::Binary { .. }, .. }] => format!("({})", s),
        _ => s,
    }
}
