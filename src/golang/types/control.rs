//! Control flow: conditions (`non-boolean condition in if statement`), `if`, `for` loops,
//! `select` (each case a send or receive), and the breakable statements they enclose.

use super::check::Checker;
use super::expr::{start_pos, unparen};
use super::table::*;
use super::{ast, Basic};
use ast::{Expr, ExprKind, Stmt, StmtKind};

impl Checker {
    fn cond(&mut self, e: &Expr, what: &str) {
        let mut x = self.value_expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.type_set_all(x.ty, |_, b| is_boolean(b)) {
            self.error(start_pos(e), format!("non-boolean condition in {what} statement"));
            return;
        }
        if self.is_untyped(x.ty) {
            self.assign_to(&mut x, e, Some(basic(Basic::Bool)), "condition");
        }
    }

    pub(super) fn if_stmt(&mut self, init: Option<&Stmt>, cond: &Expr, then: &ast::Block, els: Option<&Stmt>) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        self.cond(cond, "if");
        let s2 = self.open_scope();
        self.stmt_list(&then.stmts);
        self.scope = s2;
        if let Some(e) = els {
            self.stmt(e, None);
        }
        self.scope = saved;
    }

    pub(super) fn with_target<R>(
        &mut self,
        label: Option<&str>,
        is_loop: bool,
        f: impl FnOnce(&mut Checker) -> R,
    ) -> R {
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.push((label.map(String::from), is_loop));
        }
        let r = f(self);
        if let Some(fc) = self.fun.as_mut() {
            fc.targets.pop();
        }
        r
    }

    pub(super) fn select_stmt(&mut self, clauses: &[ast::CommClause], label: Option<&str>) {
        self.with_target(label, false, |c| {
            for cl in clauses {
                let s = c.open_scope();
                if let Some(comm) = &cl.comm {
                    let ok = match &comm.kind {
                        StmtKind::Send { .. } => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign { rhs, op: ast::AssignOp::Assign | ast::AssignOp::Define, .. } => {
                            rhs.len() == 1 && is_recv(&rhs[0])
                        }
                        _ => false,
                    };
                    if !ok {
                        let at = match &comm.kind {
                            StmtKind::Assign { lhs, .. } => lhs.first().map(start_pos).unwrap_or(comm.pos),
                            _ => comm.pos,
                        };
                        c.error(at, "select case must be send or receive (possibly with assignment)");
                        // Go checks nothing more of the clause.
                        c.scope = s;
                        continue;
                    }
                    c.stmt(comm, None);
                }
                c.clause_body(&cl.body, None);
                c.scope = s;
            }
        });
    }

    pub(super) fn for_stmt(
        &mut self,
        init: Option<&Stmt>,
        cond: Option<&Expr>,
        post: Option<&Stmt>,
        body: &ast::Block,
        label: Option<&str>,
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, None);
        }
        if let Some(c) = cond {
            self.cond(c, "for");
        }
        if let Some(p) = post {
            if let StmtKind::Assign { op: ast::AssignOp::Define, .. } = p.kind {
                self.error(p.pos, "cannot declare in post statement of for loop");
            }
            self.stmt(p, None);
        }
        self.with_target(label, true, |c| {
            let s = c.open_scope();
            c.stmt_list(&body.stmts);
            c.scope = s;
        });
        self.scope = saved;
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(unparen(e).kind, ExprKind::Unary(ast::UnOp::Recv, _))
}
