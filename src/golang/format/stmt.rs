//! Statements and blocks, after go/printer: one statement per line with the source's blank
//! lines kept (one at most), labels outdented, `case` clauses at the level of their
//! `switch`, control clauses without redundant parentheses.

use super::engine::{Printer, Ws};
use super::exprlist::{NO_INDENT, NO_MODE};
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

impl Printer<'_, '_> {
    pub fn stmt_list(&mut self, list: &[Stmt], nindent: usize, next_is_rbrace: bool) {
        if nindent > 0 {
            self.ws(Ws::Indent);
        }
        let mut slot: Option<usize> = None;
        let mut i = 0;
        for s in list {
            if matches!(s.kind, StmtKind::Empty) {
                continue;
            }
            if !self.output.is_empty() {
                let sect = i == 0 || nindent == 0 || slot.is_some_and(|sl| self.lines_from(sl) > 0);
                self.linebreak(self.line_for(self.sm.stmt_start(s)), 1, Ws::Ignore, sect);
            }
            let sl = self.record_line();
            self.stmt(s, next_is_rbrace && i + 1 == list.iter().filter(|s| !matches!(s.kind, StmtKind::Empty)).count());
            let mut t = s;
            while let StmtKind::Labeled { stmt, .. } = &t.kind {
                self.line_slots[sl] += 1;
                t = stmt;
            }
            slot = Some(sl);
            i += 1;
        }
        if nindent > 0 {
            self.ws(Ws::Unindent);
        }
    }

    pub fn block(&mut self, b: &Block, nindent: usize) {
        self.set_pos(self.sm.off(b.lbrace));
        self.tok("{");
        self.stmt_list(&b.stmts, nindent, true);
        self.linebreak(self.line_for(self.sm.off(b.rbrace)), 1, Ws::Ignore, true);
        self.set_pos(self.sm.off(b.rbrace));
        self.tok("}");
    }

    pub fn control_clause(&mut self, is_for: bool, init: Option<&Stmt>, expr: Option<&Expr>, post: Option<&Stmt>) {
        self.ws(Ws::Blank);
        let mut needs_blank = false;
        if init.is_none() && post.is_none() {
            if let Some(e) = expr {
                self.expr_stripped(e);
                needs_blank = true;
            }
        } else {
            if let Some(s) = init {
                self.stmt(s, false);
            }
            self.tok(";");
            self.ws(Ws::Blank);
            if let Some(e) = expr {
                self.expr_stripped(e);
                needs_blank = true;
            }
            if is_for {
                self.tok(";");
                self.ws(Ws::Blank);
                needs_blank = false;
                if let Some(s) = post {
                    self.stmt(s, false);
                    needs_blank = true;
                }
            }
        }
        if needs_blank {
            self.ws(Ws::Blank);
        }
    }

    pub fn stmt(&mut self, s: &Stmt, next_is_rbrace: bool) {
        self.set_pos(self.sm.stmt_start(s));
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.decl(d, self.sm.off(s.pos)),
            StmtKind::Labeled { label, stmt } => {
                self.ws(Ws::Unindent);
                self.ident(&label.name);
                if let Some(i) = self.sm.find(self.sm.off(label.pos), Tok::Colon) {
                    self.set_pos(self.sm.toks[i].off);
                }
                self.tok(":");
                self.ws(Ws::Indent);
                if matches!(stmt.kind, StmtKind::Empty) {
                    if !next_is_rbrace {
                        self.ws(Ws::Newline);
                        let colon = self.sm.find(self.sm.off(label.pos), Tok::Colon);
                        if let Some(i) = colon.and_then(|c| self.sm.find(self.sm.toks[c].end(), Tok::Semi)) {
                            self.set_pos(self.sm.toks[i].off);
                        }
                        self.tok(";");
                        return;
                    }
                } else {
                    self.linebreak(self.line_for(self.sm.stmt_start(stmt)), 1, Ws::Ignore, true);
                }
                self.stmt(stmt, next_is_rbrace);
            }
            StmtKind::Expr(x) => self.expr0(x, 1),
            StmtKind::Send { ch, value } => {
                self.expr0(ch, 1);
                self.ws(Ws::Blank);
                self.set_pos(self.sm.off(s.pos));
                self.tok("<-");
                self.ws(Ws::Blank);
                self.expr0(value, 1);
            }
            StmtKind::IncDec { x, inc } => {
                self.expr0(x, 2);
                self.set_pos(self.sm.off(s.pos));
                self.tok(if *inc { "++" } else { "--" });
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(s, lhs, *op, rhs),
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                self.tok(if matches!(s.kind, StmtKind::Go(_)) { "go" } else { "defer" });
                self.ws(Ws::Blank);
                self.expr(x);
            }
            StmtKind::Return(results) => {
                self.tok("return");
                if !results.is_empty() {
                    self.ws(Ws::Blank);
                    if self.indent_list(results) {
                        self.ws(Ws::Indent);
                        self.expr_list(None, results, 1, NO_INDENT, None);
                        self.ws(Ws::Unindent);
                    } else {
                        self.expr_list(None, results, 1, NO_MODE, None);
                    }
                }
            }
            StmtKind::Branch { kind, label } => {
                self.tok(match kind {
                    BranchKind::Break => "break",
                    BranchKind::Continue => "continue",
                    BranchKind::Goto => "goto",
                    BranchKind::Fallthrough => "fallthrough",
                });
                if let Some(l) = label {
                    self.ws(Ws::Blank);
                    self.set_pos(self.sm.off(l.pos));
                    self.ident(&l.name);
                }
            }
            StmtKind::Block(b) => self.block(b, 1),
            _ => self.compound(s, next_is_rbrace),
        }
    }

    fn assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        let depth = if lhs.len() > 1 && rhs.len() > 1 { 2 } else { 1 };
        let tp = self.sm.off(s.pos);
        let start = self.sm.stmt_start(s);
        self.expr_list(Some(start), lhs, depth, NO_MODE, Some(tp));
        self.ws(Ws::Blank);
        self.set_pos(tp);
        let text: &'static str = match op {
            AssignOp::Assign => "=",
            AssignOp::Define => ":=",
            AssignOp::Op(b) => assign_op(b),
        };
        self.tok(text);
        self.ws(Ws::Blank);
        self.expr_list(Some(tp), rhs, depth, NO_MODE, None);
    }

    fn indent_list(&self, list: &[Expr]) -> bool {
        if list.len() < 2 {
            return false;
        }
        let b = self.line_for(self.sm.outer_start(&list[0]));
        let e = self.line_for(self.sm.outer_end(&list[list.len() - 1]));
        if !(0 < b && b < e) {
            return false;
        }
        let (mut n, mut line) = (0, b);
        for x in list {
            let xb = self.line_for(self.sm.outer_start(x));
            let xe = self.line_for(self.sm.outer_end(x));
            if line < xb {
                return true;
            }
            if xb < xe && !is_complit_like(x) {
                n += 1;
            }
            line = xe;
        }
        n > 1
    }
}

fn is_complit_like(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::Paren(y) => is_complit_like(y),
        ExprKind::CompositeLit { .. } => true,
        ExprKind::Unary(UnOp::Addr, y) => matches!(y.kind, ExprKind::CompositeLit { .. }),
        _ => false,
    }
}

fn assign_op(b: BinOp) -> &'static str {
    use BinOp::*;
    match b {
        Add => "+=",
        Sub => "-=",
        Mul => "*=",
        Div => "/=",
        Rem => "%=",
        And => "&=",
        Or => "|=",
        Xor => "^=",
        Shl => "<<=",
        Shr => ">>=",
        AndNot => "&^=",
        _ => "=",
    }
}
