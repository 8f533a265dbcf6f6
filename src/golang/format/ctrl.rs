//! Compound statements: `if`/`else`, `switch` (expression and type), `select`, `for` and
//! `for range`, with their clauses; `case` and `default` line up with their `switch`.

use super::engine::{Printer, Ws};
use super::exprlist::NO_MODE;
use crate::golang::syntax::ast::*;
use crate::golang::syntax::token::Tok;

impl Printer<'_, '_> {
    pub fn compound(&mut self, s: &Stmt, next_is_rbrace: bool) {
        match &s.kind {
            StmtKind::If { init, cond, then, els } => {
                self.tok("if");
                self.control_clause(false, init.as_deref(), Some(cond), None);
                self.block(then, 1);
                if let Some(e) = els {
                    self.ws(Ws::Blank);
                    self.tok("else");
                    self.ws(Ws::Blank);
                    self.stmt(e, next_is_rbrace);
                }
            }
            StmtKind::Switch { init, tag, clauses, rbrace } => {
                self.tok("switch");
                self.control_clause(false, init.as_deref(), tag.as_ref(), None);
                let lb = self.body_lbrace(s, *rbrace);
                self.clauses_block(lb, *rbrace, clauses.len(), |p, i, last| {
                    let c = &clauses[i];
                    p.case_clause(c.pos, c.exprs.as_deref(), &c.body, last)
                });
            }
            StmtKind::TypeSwitch { init, bind, x, clauses, rbrace } => {
                self.tok("switch");
                if let Some(i) = init {
                    self.ws(Ws::Blank);
                    self.stmt(i, false);
                    self.tok(";");
                }
                self.ws(Ws::Blank);
                self.guard(bind.as_ref(), x);
                self.ws(Ws::Blank);
                let lb = self.body_lbrace(s, *rbrace);
                self.clauses_block(lb, *rbrace, clauses.len(), |p, i, last| {
                    let c = &clauses[i];
                    p.case_clause(c.pos, c.types.as_deref(), &c.body, last)
                });
            }
            StmtKind::Select { clauses, rbrace } => {
                self.tok("select");
                self.ws(Ws::Blank);
                let lb = self.body_lbrace(s, *rbrace);
                if clauses.is_empty() && !self.comment_before(self.pos_for(self.sm.off(*rbrace))) {
                    self.set_pos(lb);
                    self.tok("{");
                    self.set_pos(self.sm.off(*rbrace));
                    self.tok("}");
                    return;
                }
                self.clauses_block(lb, *rbrace, clauses.len(), |p, i, last| p.comm_clause(&clauses[i], last));
            }
            StmtKind::For { init, cond, post, body } => {
                self.tok("for");
                self.control_clause(true, init.as_deref(), cond.as_ref(), post.as_deref());
                self.block(body, 1);
            }
            StmtKind::Range { key, value, define, x, body } => {
                self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body)
            }
            _ => {}
        }
    }

    fn range_stmt(&mut self, key: Option<&Expr>, value: Option<&Expr>, define: bool, x: &Expr, body: &Block) {
        self.tok("for");
        self.ws(Ws::Blank);
        if let Some(k) = key {
            self.expr(k);
            if let Some(v) = value {
                self.set_pos(self.sm.outer_start(v));
                self.tok(",");
                self.ws(Ws::Blank);
                self.expr(v);
            }
            self.ws(Ws::Blank);
            let want = if define { Tok::Define } else { Tok::Assign };
            if let Some(i) = self.sm.find(self.sm.outer_end(value.unwrap_or(k)), want) {
                self.set_pos(self.sm.toks[i].off);
            }
            self.tok(if define { ":=" } else { "=" });
            self.ws(Ws::Blank);
        }
        self.tok("range");
        self.ws(Ws::Blank);
        self.expr_stripped(x);
        self.ws(Ws::Blank);
        self.block(body, 1);
    }

    fn guard(&mut self, bind: Option<&Ident>, x: &Expr) {
        if let Some(b) = bind {
            self.set_pos(self.sm.off(b.pos));
            self.ident(&b.name);
            self.ws(Ws::Blank);
            if let Some(i) = self.sm.find(self.sm.off(b.pos), Tok::Define) {
                self.set_pos(self.sm.toks[i].off);
            }
            self.tok(":=");
            self.ws(Ws::Blank);
        }
        self.expr1(x, super::binary::HIGHEST_PREC, 1);
        self.tok(".");
        let open = self.sm.find(self.sm.outer_end(x), Tok::Lparen);
        if let Some(i) = open {
            self.set_pos(self.sm.toks[i].off);
        }
        self.tok("(");
        self.tok("type");
        if let Some(i) = open {
            self.set_pos(self.sm.toks[self.sm.partner[i]].off);
        }
        self.tok(")");
    }

    /// The `{` matching a statement's closing brace.
    fn body_lbrace(&self, _s: &Stmt, rbrace: Pos) -> usize {
        let r = self.sm.off(rbrace);
        match self.sm.tok_at(r) {
            Some(i) => self.sm.toks[self.sm.partner[i]].off,
            None => r,
        }
    }

    /// A switch or select body: clauses at the statement's indentation.
    fn clauses_block(&mut self, lb: usize, rbrace: Pos, n: usize, mut clause: impl FnMut(&mut Self, usize, bool)) {
        self.set_pos(lb);
        self.tok("{");
        for i in 0..n {
            clause(self, i, i + 1 == n);
        }
        self.linebreak(self.line_for(self.sm.off(rbrace)), 1, Ws::Ignore, true);
        self.set_pos(self.sm.off(rbrace));
        self.tok("}");
    }

    fn case_clause(&mut self, pos: Pos, exprs: Option<&[Expr]>, body: &[Stmt], last: bool) {
        let at = self.sm.off(pos);
        self.linebreak(self.line_for(at), 1, Ws::Ignore, true);
        self.set_pos(at);
        let colon_from = match exprs {
            Some(list) => {
                self.tok("case");
                self.ws(Ws::Blank);
                let colon = list.last().map_or(at, |x| self.sm.outer_end(x));
                let colon = self.sm.find(colon, Tok::Colon).map_or(colon, |i| self.sm.toks[i].off);
                self.expr_list(Some(at), list, 1, NO_MODE, Some(colon));
                colon
            }
            None => {
                self.tok("default");
                self.sm.find(at, Tok::Colon).map_or(at, |i| self.sm.toks[i].off)
            }
        };
        self.set_pos(colon_from);
        self.tok(":");
        self.stmt_list(body, 1, last);
    }

    fn comm_clause(&mut self, c: &CommClause, last: bool) {
        let at = self.sm.off(c.pos);
        self.linebreak(self.line_for(at), 1, Ws::Ignore, true);
        self.set_pos(at);
        let colon = match &c.comm {
            Some(s) => {
                self.tok("case");
                self.ws(Ws::Blank);
                self.stmt(s, false);
                let end = self.stmt_end(s);
                self.sm.find(end, Tok::Colon).map_or(end, |i| self.sm.toks[i].off)
            }
            None => {
                self.tok("default");
                self.sm.find(at, Tok::Colon).map_or(at, |i| self.sm.toks[i].off)
            }
        };
        self.set_pos(colon);
        self.tok(":");
        self.stmt_list(&c.body, 1, last);
    }

    /// The end of a simple statement (a select case's communication).
    fn stmt_end(&self, s: &Stmt) -> usize {
        match &s.kind {
            StmtKind::Expr(x) => self.sm.outer_end(x),
            StmtKind::Send { value, .. } => self.sm.outer_end(value),
            StmtKind::Assign { rhs, .. } if !rhs.is_empty() => self.sm.outer_end(&rhs[rhs.len() - 1]),
            _ => self.sm.off(s.pos),
        }
    }
}
